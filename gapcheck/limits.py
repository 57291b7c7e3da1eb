"""What reading one untrusted file may cost (size, pages, time, memory), and the checks and messages for each.

A resume or role file may come from a stranger. Only regular files are opened (a named pipe
called ``x.pdf`` would block forever), their size is checked before any byte is parsed, and
the PDF reader runs in a child process (``gapcheck.limitedrun``) that is killed when its time is up and whose address
space is capped (``RLIMIT_AS``), so a file built to exhaust memory fails with a one-line error.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import signal
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from gapcheck.errors import GapcheckError, ResumeReadError

log = logging.getLogger(__name__)

MB = 2**20
_RESUME_HINT = "raise --max-size-mb if this is really a resume"


@dataclass(frozen=True, slots=True)
class Limits:
    """What one resume may cost before it is refused with a reason; None turns a limit off."""

    max_pages: int | None = 20
    max_bytes: int | None = 10 * MB
    timeout: float | None = 60.0
    """Seconds a file may take to read; the process reading it is killed after that."""
    max_memory: int | None = 1024 * MB
    """Bytes of address space reading may add to the reading process (enforced where the system has ``RLIMIT_AS``)."""


def read_regular_file(
    path: Path,
    max_bytes: int | None,
    *,
    error: type[GapcheckError] = ResumeReadError,
    hint: str = _RESUME_HINT,
) -> bytes:
    """The bytes of a regular file, refusing folders, pipes and devices, and files over ``max_bytes``.

    The file is opened without blocking and checked through its open descriptor, so a named
    pipe never stalls the caller and a file swapped after a check cannot slip through.

    Raises
    ------
    GapcheckError
        ``error`` (a ``ResumeReadError`` by default) naming the file and what is wrong.
    """
    name = path.name
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        raise error(f"{name}: cannot open the file ({exc.strerror or exc})") from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a pipe or device"
            raise error(f"{name}: cannot open the file: it is {kind}, not a regular file; give the path of a file")
        if max_bytes is not None and info.st_size > max_bytes:
            raise error(too_large(name, info.st_size, max_bytes, hint))
        chunks = []
        remaining = (max_bytes if max_bytes is not None else info.st_size) + 1
        while remaining > 0 and (chunk := os.read(fd, min(remaining, 1 << 20))):
            chunks.append(chunk)
            remaining -= len(chunk)
        data = b"".join(chunks)
    except OSError as exc:
        raise error(f"{name}: cannot read the file ({exc.strerror or exc})") from exc
    finally:
        os.close(fd)
    if max_bytes is not None and len(data) > max_bytes:  # it grew while we read it
        raise error(too_large(name, len(data), max_bytes, hint))
    return data


def too_large(name: str, size: int, max_bytes: int, hint: str = _RESUME_HINT) -> str:
    """The message for a file over the size limit."""
    return f"{name}: the file is {size / MB:.1f} MB, more than the limit of {max_bytes / MB:.3g} MB; {hint}"


def cap_memory(max_bytes: int | None) -> bool:
    """Let this process's address space grow by at most ``max_bytes``; whether the system took the cap.

    The cap is counted from what the process already maps (a forked copy of a large program may
    start big), so the limit means the same in a small worker and inside a notebook. Linux enforces
    ``RLIMIT_AS``; macOS accepts it for some allocations only, and Windows has no rlimits, so
    elsewhere the time limit is what bounds a hostile file.
    """
    if max_bytes is None:
        return False
    try:
        import resource
    except ImportError:  # Windows
        log.debug("no rlimits on this system; reading without a memory cap")
        return False
    try:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = _address_space() + max_bytes
        soft = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    except (ValueError, OSError) as exc:
        log.debug("could not cap memory at %d bytes: %s", max_bytes, exc)
        return False
    return True


def cap_cpu_time(seconds: float) -> bool:
    """Let this process use at most ``seconds`` more of processor time, then be killed by SIGXCPU (without a core
    file); whether the system took the cap. The kernel counts it, so it holds inside C code too, and a busy
    machine, which stretches the clock time of every process, does not bring it nearer. Linux and macOS.
    """
    try:
        import resource
    except ImportError:  # Windows
        return False
    try:
        used = resource.getrusage(resource.RUSAGE_SELF)
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        wanted = math.ceil(used.ru_utime + used.ru_stime + seconds)  # the limit is whole seconds
        if hard != resource.RLIM_INFINITY and wanted > hard:
            return False
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
        resource.setrlimit(resource.RLIMIT_CPU, (wanted, hard))
    except (ValueError, OSError) as exc:
        log.debug("could not cap processor time at %s s: %s", seconds, exc)
        return False
    return True


def _address_space() -> int:
    """Bytes this process maps now (Linux); 0 where the system does not tell."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def die_with_parent() -> None:
    """Ask Linux to kill this process when its parent dies (kill -9), so no reader is orphaned."""
    if sys.platform != "linux":
        return
    try:
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def memory_message(name: str, max_bytes: int | None) -> str:
    """The message for a file whose reading ran out of the memory it may use."""
    limit = f"the limit of {max_bytes / MB:.0f} MB" if max_bytes is not None else "the memory available"
    return (
        f"{name}: reading it needs more memory than {limit} (the file may be built to exhaust memory); "
        "raise --max-memory-mb if this is really a resume"
    )


def timeout_message(name: str, timeout: float) -> str:
    """The message for a file that took longer than the time limit."""
    return (
        f"{name}: reading took longer than the limit of {timeout:g} s (the file may be malformed or built to be "
        "slow); raise --timeout to give it more time"
    )


@contextlib.contextmanager
def sigint_ignored() -> Iterator[None]:
    """Ignore Ctrl-C while a child process starts, so it inherits the setting and never prints a traceback."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
