"""Running one task within ``Limits``: in a child process started at once, or in this process under an alarm.

The text of an untrusted file is read in a child process (forked on Linux, spawned elsewhere) that is
killed when its time is up and whose address space is capped; the caller works on meanwhile and collects
the result. A later stage of the same read (building a profile from that text) may run in the calling
process within the time left, under an alarm signal and the same memory cap, when the process is free to
use an alarm; else in a child as well.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import select
import signal
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterator
from typing import Any, Generic, TypeVar

from gapcheck.errors import GapcheckError, ResumeReadError
from gapcheck.limits import Limits, cap_memory, die_with_parent, memory_message, sigint_ignored, timeout_message

log = logging.getLogger(__name__)

_T = TypeVar("_T")


def start_limited(
    task: Callable[[], _T], limits: Limits, name: str, *, deadline: float | None = None
) -> LimitedRun[_T]:
    """Start ``task`` in a child process within ``limits`` and return at once; ``result()`` waits for it.

    The caller works on while the child runs (on another core), and closes the run (``with``) so the
    child never outlives it. ``deadline`` (a ``time.monotonic()`` value) replaces the time limit's end,
    for a later stage of one read that shares its limit; messages still name ``limits.timeout``.
    """
    if deadline is None and limits.timeout is not None:
        deadline = time.monotonic() + limits.timeout
    start = _fork if sys.platform == "linux" else _spawn
    return LimitedRun(start(task, limits.max_memory, name), deadline, limits, name)


class LimitedRun(Generic[_T]):
    """A task running in a child process within limits (made by ``start_limited``)."""

    def __init__(self, child: _ForkedChild | _SpawnedChild, deadline: float | None, limits: Limits, name: str) -> None:
        self._child = child
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
            if not self._child.poll(wait):
                raise ResumeReadError(timeout_message(name, self._limits.timeout or 0.0))
            try:
                kind, value = self._child.recv()
            except (EOFError, OSError):
                self._child.end()
                log.debug("the reader of %s ended with exit code %s", name, self._child.exitcode)
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
        self._child.end()

    def __enter__(self) -> LimitedRun[_T]:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _fork(task: Callable[[], object], max_memory: int | None, name: str) -> _ForkedChild:
    """A plain fork with a pipe: no multiprocessing import or start-up (about 10 ms of the parent's CPU, before
    the child even starts), and the child shares everything already imported."""
    read_end, write_end = os.pipe()
    with sigint_ignored():  # the child starts with Ctrl-C ignored
        pid = os.fork()
        if pid == 0:  # the child: never returns, never runs the parent's cleanup or flushes its buffers
            code = 1
            try:
                os.close(read_end)
                _child(_PipeSender(write_end), task, max_memory, name)
                code = 0
            finally:
                os._exit(code)
    os.close(write_end)
    return _ForkedChild(pid, read_end)


def _spawn(task: Callable[[], object], max_memory: int | None, name: str) -> _SpawnedChild:
    """A spawned child (where fork is unsafe, macOS, or missing, Windows); ``task`` must be picklable."""
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    with sigint_ignored():  # a spawned child starts with Ctrl-C ignored, before Python installs its handler
        process = context.Process(target=_child, args=(sender, task, max_memory, name), daemon=True)
        process.start()
    sender.close()
    return _SpawnedChild(process, receiver)


class _PipeSender:
    """The forked child's end of the pipe: one pickled message."""

    def __init__(self, fd: int) -> None:
        self._fd = fd

    def send(self, message: object) -> None:
        data = memoryview(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))
        while data:
            data = data[os.write(self._fd, data) :]

    def close(self) -> None:
        os.close(self._fd)


class _ForkedChild:
    """The parent's view of a forked child: its pid and the read end of its pipe."""

    def __init__(self, pid: int, fd: int) -> None:
        self._pid = pid
        self._fd = fd
        self.exitcode: int | None = None

    def poll(self, wait: float | None) -> bool:
        poller = select.poll()
        poller.register(self._fd, select.POLLIN)
        return bool(poller.poll(None if wait is None else wait * 1000))

    def recv(self) -> Any:
        chunks = []
        while chunk := os.read(self._fd, 1 << 20):
            chunks.append(chunk)
        try:
            return pickle.loads(b"".join(chunks))
        except Exception:  # nothing, or a message cut short: the child died while sending
            raise EOFError from None

    def end(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1
        if self.exitcode is None:
            pid, status = os.waitpid(self._pid, os.WNOHANG)
            if pid == 0:  # still running: the caller gave up on it
                os.kill(self._pid, signal.SIGKILL)
                _, status = os.waitpid(self._pid, 0)
            self.exitcode = os.waitstatus_to_exitcode(status)


class _SpawnedChild:
    """The parent's view of a multiprocessing child: the same four calls as ``_ForkedChild``."""

    def __init__(self, process: Any, receiver: Any) -> None:
        self._process = process
        self._receiver = receiver
        self.exitcode: int | None = None

    def poll(self, wait: float | None) -> bool:
        return bool(self._receiver.poll(wait))

    def recv(self) -> Any:
        return self._receiver.recv()

    def end(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._receiver.close()
        self.exitcode = self._process.exitcode


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
