"""What reading one untrusted file may cost (size, pages, time, memory), and reading it within those limits.

A resume or role file may come from a stranger. Only regular files are opened (a named pipe
called ``x.pdf`` would block forever), their size is checked before any byte is parsed, and
the PDF reader runs in a child process that is killed when its time is up and whose address
space is capped (``RLIMIT_AS``), so a file built to exhaust memory fails with a one-line error.
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import stat
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from gapcheck.errors import GapcheckError, ResumeReadError

log = logging.getLogger(__name__)

_T = TypeVar("_T")
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


def run_limited(task: Callable[[], _T], limits: Limits, name: str) -> _T:
    """Run ``task`` (a picklable callable) in a child process within ``limits``; return its result.

    The child ignores Ctrl-C (the caller's process gets it and kills the child), caps its
    memory, and is killed when ``limits.timeout`` passes. ``GapcheckError`` raised by the task
    is raised here; any other exception is a bug in gapcheck and is raised as ``RuntimeError``
    with the child's traceback. Without a time or memory limit the task runs in this process.

    Raises
    ------
    ResumeReadError
        When the task runs out of time or memory, or its process dies.
    """
    if limits.timeout is None and limits.max_memory is None:
        return task()
    with start_limited(task, limits, name) as run:
        return run.result()


def start_limited(
    task: Callable[[], _T], limits: Limits, name: str, *, deadline: float | None = None
) -> LimitedRun[_T]:
    """Start ``task`` in a child process within ``limits`` and return at once; ``result()`` waits for it.

    The caller works on while the child runs (on another core), and closes the run (``with``) so the
    child never outlives it. ``deadline`` (a ``time.monotonic()`` value) replaces the time limit's end,
    for a later stage of one read that shares its limit; messages still name ``limits.timeout``.
    """
    import multiprocessing

    # fork starts in milliseconds and shares what is already imported; spawn where fork is unsafe (macOS)
    context: Any = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    if deadline is None and limits.timeout is not None:
        deadline = time.monotonic() + limits.timeout
    receiver, sender = context.Pipe(duplex=False)
    with sigint_ignored():  # a spawned child starts with Ctrl-C ignored, before Python installs its handler
        process = context.Process(target=_child, args=(sender, task, limits.max_memory, name), daemon=True)
        process.start()
    sender.close()
    return LimitedRun(process, receiver, deadline, limits, name)


class LimitedRun(Generic[_T]):
    """A task running in a child process within limits (made by ``start_limited``)."""

    def __init__(self, process: Any, receiver: Any, deadline: float | None, limits: Limits, name: str) -> None:
        self._process = process
        self._receiver = receiver
        self.deadline = deadline
        """When the time limit ends (``time.monotonic()``); None without one."""
        self._limits = limits
        self._name = name

    def result(self) -> _T:
        """Wait for the task's result within the time limit, then end the child.

        Raises
        ------
        ResumeReadError
            When the task runs out of time or memory, or its process dies.
        """
        name = self._name
        try:
            wait = None if self.deadline is None else max(self.deadline - time.monotonic(), 0.0)
            if not self._receiver.poll(wait):
                raise ResumeReadError(timeout_message(name, self._limits.timeout or 0.0))
            try:
                kind, value = self._receiver.recv()
            except (EOFError, OSError):
                self._process.join(timeout=5)
                log.debug("the reader of %s ended with exit code %s", name, self._process.exitcode)
                raise ResumeReadError(
                    f"{name}: the process reading the file died (a crash or out of memory); "
                    "re-export the file and retry, or raise --max-memory-mb"
                ) from None
        finally:
            self.close()
        if kind == "ok":
            return value  # type: ignore[no-any-return]
        if kind == "error":
            raise value
        raise RuntimeError(f"gapcheck failed while reading {name}; please report this:\n{value}")

    def close(self) -> None:
        """End the child if it still runs (the caller gave up on it); safe to call twice."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receiver.close()

    def __enter__(self) -> LimitedRun[_T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def call_limited_here(task: Callable[[], _T], limits: Limits, name: str, *, deadline: float | None) -> _T:
    """Run ``task`` in this process within the time left before ``deadline`` and ``limits.max_memory``.

    This costs no process start. The time limit is an alarm signal, so this process must be free
    to use one: on the main thread of a POSIX system, with no alarm handler or timer of its own.
    Elsewhere the task runs in a child process (``start_limited``) with the same deadline.
    ``GapcheckError`` and bugs raised by the task propagate as they are.

    Raises
    ------
    ResumeReadError
        When the task runs out of time or memory.
    """
    if deadline is None and limits.max_memory is None:
        return task()
    if not _alarm_is_free():
        with start_limited(task, limits, name, deadline=deadline) as run:
            return run.result()
    previous = signal.signal(signal.SIGALRM, _out_of_time)
    try:
        with _memory_capped(limits.max_memory):
            if deadline is not None:
                # setitimer(0) would cancel the timer, not fire it: a spent budget gets the shortest wait
                signal.setitimer(signal.ITIMER_REAL, max(deadline - time.monotonic(), 1e-6))
            try:
                return task()
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
    except _OutOfTime:
        raise ResumeReadError(timeout_message(name, limits.timeout or 0.0)) from None
    except MemoryError:
        raise ResumeReadError(memory_message(name, limits.max_memory)) from None
    finally:
        signal.signal(signal.SIGALRM, previous)


class _OutOfTime(BaseException):
    """Raised by the alarm; a BaseException so no ``except Exception`` in the task swallows it."""


def _out_of_time(signum: int, frame: object) -> None:
    raise _OutOfTime


def _alarm_is_free() -> bool:
    """Whether this thread may set an alarm: POSIX, the main thread, and no alarm of the program's own."""
    if not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        return False
    return signal.getsignal(signal.SIGALRM) == signal.SIG_DFL and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@contextlib.contextmanager
def _memory_capped(max_bytes: int | None) -> Iterator[None]:
    """Cap this process's address space while the body runs (see ``cap_memory``), then lift the cap."""
    try:
        import resource
    except ImportError:  # Windows
        yield
        return
    previous = resource.getrlimit(resource.RLIMIT_AS)
    capped = cap_memory(max_bytes)
    try:
        yield
    finally:
        if capped:  # lowering the soft limit is reversible: it may rise again up to the hard limit
            resource.setrlimit(resource.RLIMIT_AS, previous)


def _child(sender: Any, task: Callable[[], object], max_memory: int | None, name: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent decides
    die_with_parent()
    cap_memory(max_memory)
    try:
        message: tuple[str, object] = ("ok", task())
    except GapcheckError as exc:
        message = ("error", exc)
    except MemoryError:
        message = ("error", ResumeReadError(memory_message(name, max_memory)))
    except Exception:  # a bug in gapcheck: the parent raises it with this traceback
        message = ("bug", traceback.format_exc())
    try:
        sender.send(message)
    except MemoryError:
        sender.send(("error", ResumeReadError(memory_message(name, max_memory))))
    sender.close()


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
