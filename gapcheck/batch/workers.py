"""Worker processes that read resumes in parallel; one that overruns the time limit is killed and replaced.

pdfminer is pure Python, so a hostile or unusual PDF can keep it busy for minutes (a 1 KB file
with a few thousand tiny text lines does). A thread cannot be stopped, and a
``concurrent.futures`` pool cannot kill one busy worker, so each worker here is a process with
its own pipe: the parent hands it one file at a time and kills it when the file's time is up.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import signal
import threading
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from gapcheck.errors import ResumeReadError
from gapcheck.limits import cap_cpu_time, cap_memory, die_with_parent, memory_message, sigint_ignored
from gapcheck.models import ResumeProfile

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import SpawnContext, SpawnProcess

    from gapcheck.pipeline import Checker
    from gapcheck.skills import Vocabulary

log = logging.getLogger(__name__)

_READY = "ready"
_READY_CPU = "ready, with a limit on processor time"
WORKER_DIED = "the reading process died on this file (a crash or out of memory)"
"""The reason given for a file whose worker died."""
CLOCK_FACTOR = 10
CLOCK_SLACK = 60.0
"""Where the processor time of each file is limited, the clock gives it ``CLOCK_FACTOR`` times the limit and
``CLOCK_SLACK`` seconds more: only a machine that busy, or a file that blocks without computing, meets it."""
OVERLOADED = (
    "reading went on far longer on the clock than the time limit without using it up in processor time (the "
    "machine may be overloaded); run the batch again, or raise --timeout"
)
"""The reason given for a file stopped by the clock although it did not use its processor time."""


def _serve(
    conn: Connection,
    max_pages: int | None,
    max_memory: int | None,
    timeout: float | None,
    log_level: int,
    cache_dir: Path | None = None,
) -> None:
    """Worker main loop: import the readers, take the reader settings (vocabulary, as-of date), then read the files
    the parent sends until it sends None or goes away; each file may use ``timeout`` seconds of processor time, or
    the system kills this process (SIGXCPU). With the batch's ``cache_dir``, the patterns and data files earlier
    runs compiled are taken from it (and what this worker compiles anew is added), as the command's own process
    does (``gapcheck.cli.start``)."""
    die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group; the parent stops us
    cap_memory(max_memory)
    logging.basicConfig(level=log_level, format="%(name)s: %(message)s")
    if log_level > logging.DEBUG:
        logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings would drown the progress bar
    # the readers first (compiling their patterns is most of a worker's start: about 0.6 s of processor time to
    # import them, more as a file needs others, against 0.1 s with the compiled ones): a worker started early
    # (IdleReaders) does this while the parent loads the roles and the vocabulary it sends next
    from gapcheck import compiled, regexcache

    regexcache.load(cache_dir)
    compiled.use_folder(cache_dir)
    import gapcheck.filetext
    import gapcheck.resume  # noqa: F401

    regexcache.save()  # what the imports compiled anew, before any file's time limit is set (once: then none is new)
    try:
        reader: tuple[Vocabulary, dt.date] | None = conn.recv()
        if reader is None:
            return  # never used
        conn.send(_READY_CPU if timeout is not None and cap_cpu_time(timeout) else _READY)
        while (task := conn.recv()) is not None:
            index, path = task
            if timeout is not None:
                cap_cpu_time(timeout)  # counted from now: the processor time used so far is not this file's
            conn.send((index, _read(reader, Path(path), max_pages, max_memory)))
        regexcache.save()  # the few the files needed besides (told to stop: the parent waits for this worker's end)
    except (EOFError, OSError):
        pass  # the parent is gone or closed the pipe: nothing left to report to


def _read(
    reader: tuple[Vocabulary, dt.date], path: Path, max_pages: int | None, max_memory: int | None
) -> ResumeProfile | str:
    from gapcheck.pipeline import read_resume  # here: the parent, which only compares, never loads the readers

    vocabulary, as_of = reader
    try:
        return read_resume(path, as_of=as_of, vocabulary=vocabulary, max_pages=max_pages)
    except ResumeReadError as exc:
        return str(exc)
    except MemoryError:
        return memory_message(path.name, max_memory)
    except Exception as exc:  # a bug met on one file must not end a batch of thousands
        log.debug("reading %s failed", path, exc_info=True)
        return f"{path.name}: gapcheck failed on this file ({type(exc).__name__}); please report it with -v output"


class _Worker:
    def __init__(
        self,
        context: SpawnContext,
        max_pages: int | None,
        max_memory: int | None,
        timeout: float | None,
        cache_dir: Path | None = None,
    ) -> None:
        self.conn, child = context.Pipe()
        level = logging.getLogger("gapcheck").getEffectiveLevel()
        self.settings = (max_pages, max_memory, timeout)
        self.process: SpawnProcess = context.Process(
            target=_serve,
            args=(child, max_pages, max_memory, timeout, level, cache_dir),
            name="gapcheck-reader",
            daemon=True,
        )
        with sigint_ignored():  # the new process starts ignoring Ctrl-C, even before Python sets up its handler
            self.process.start()
        child.close()
        self.ready = False
        self.cpu_limited = False
        """Whether the system limits the processor time of each file (then the clock is only a backstop)."""
        self.task: tuple[int, str] | None = None
        self.deadline = float("inf")
        self._sending: threading.Thread | None = None

    def begin(self, reader: tuple[Vocabulary, dt.date], task: tuple[int, str] | None) -> None:
        """Send the reader settings and the first file on a thread: the worker takes them once it has imported the
        readers, and the parent goes on meanwhile (the vocabulary is larger than a pipe holds). The file's time
        starts when the parent sees the worker ready (``give`` with ``sent``)."""
        self.task = task
        messages = (reader,) if task is None else (reader, task)
        self._sending = threading.Thread(target=self._send, args=messages, name="gapcheck-send", daemon=True)
        self._sending.start()

    def _send(self, *messages: object) -> None:
        with contextlib.suppress(OSError, ValueError):  # the worker died or was killed: _died or kill() tells
            for message in messages:
                self.conn.send(message)

    def _sent(self) -> None:
        """Wait until ``begin``'s messages are in the pipe (at once by the time the worker answered), so that no
        other message goes between them."""
        if self._sending is not None:
            self._sending.join()
            self._sending = None

    def give(self, task: tuple[int, str], timeout: float | None, *, sent: bool = False) -> None:
        if not sent:
            self._sent()
            self.conn.send(task)
        self.task = task
        self.deadline = time.monotonic() + timeout if timeout is not None else float("inf")

    def stop(self) -> None:
        """Tell an idle worker to exit by itself (``end`` waits for it)."""
        self._sent()
        with contextlib.suppress(OSError):
            self.conn.send(None)

    def end(self) -> None:
        """Wait briefly for a stopped worker to exit; kill it if it does not."""
        self.process.join(timeout=2)
        self.kill()

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self._sent()  # a send to a process gone fails at once
        self.conn.close()


class IdleReaders:
    """Worker processes started before there is anything to read, so that each imports the readers (compiling
    their patterns is most of a worker's start) while the parent loads the roles and the vocabulary; a
    ``ReadingPool`` with the same limits takes them over instead of starting its own. Worth it only where every
    file will be read (a batch without a cache: with one, the files may all come from it, and then no process
    should start). Leaving the ``with`` block (or ``close``) kills the workers no pool took.

    Parameters
    ----------
    count : int
        How many processes to start.
    max_pages, timeout, max_memory
        As the ``ReadingPool`` that takes them over will be given (a pool with other limits starts its own).
    """

    def __init__(
        self, count: int, *, max_pages: int | None = None, timeout: float | None = None, max_memory: int | None = None
    ) -> None:
        if count < 1:
            raise ValueError(f"Invalid value for count={count!r}; expected 1 or more")
        self.count = count
        self.settings = (max_pages, max_memory, timeout)
        self.workers: list[_Worker] = []

    def __enter__(self) -> IdleReaders:
        return self.start()

    def start(self) -> IdleReaders:
        """Start the processes (``close`` ends those no pool took)."""
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        try:
            for _ in range(self.count):
                self.workers.append(_Worker(context, *self.settings))
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def take(self, settings: tuple[int | None, int | None, float | None]) -> _Worker | None:
        """A started worker for a pool with these limits (max pages, max memory, timeout), or None."""
        return self.workers.pop(0) if self.workers and settings == self.settings else None

    def close(self) -> None:
        """Kill the workers no pool took."""
        for worker in self.workers:
            worker.kill()
        self.workers.clear()


class ReadingPool:
    """Worker processes reading files, started on entering the ``with`` block and killed on leaving it;
    iterate it for ``(index in paths, profile or error message)`` in the order files finish.

    Each worker gets the checker's vocabulary and as-of date once, when it starts (not the roles or the
    TF-IDF weights, which only comparing needs). A file that takes longer than ``timeout`` seconds gets
    an error message, and its worker is killed and replaced; so does a file whose worker dies (a crash,
    out of memory). Where the system can (Linux, macOS) the limit is processor time, counted by the kernel
    in the worker, so a busy machine does not make a file fail; the clock then stops a file only far later
    (``CLOCK_FACTOR``, ``CLOCK_SLACK``), with a reason (``OVERLOADED``) that is not the file's. Each worker
    starts with its first file in its pipe, and is handed its next file before the parent turns to the result
    it sent, so it never waits while the parent fits the TF-IDF weights, compares or writes.

    Parameters
    ----------
    checker : Checker
        Its vocabulary and as-of date are sent to each worker once.
    paths : sequence of Path
        The files to read.
    workers : int
        How many processes read at once (at most one per file).
    max_pages : int, optional
        Files with more pages get an error message.
    timeout : float, optional
        Seconds (of processor time, where the system limits it) one file may take; None for no limit.
    max_memory : int, optional
        Bytes of address space each worker may use (see ``gapcheck.limits.cap_memory``).
    idle : IdleReaders, optional
        Workers started earlier, taken over (when their limits are these) before any is started.
    cache_dir : Path, optional
        The batch's cache folder: the workers this pool starts take the compiled patterns and data files from it.
    """

    def __init__(
        self,
        checker: Checker,
        paths: Sequence[Path],
        *,
        workers: int = 1,
        max_pages: int | None = None,
        timeout: float | None = None,
        max_memory: int | None = None,
        idle: IdleReaders | None = None,
        cache_dir: Path | None = None,
    ) -> None:
        if workers < 1:
            raise ValueError(f"Invalid value for workers={workers!r}; expected 1 or more")
        self.idle = idle
        self.reader = (checker.vocabulary, checker.as_of)
        self.count = min(workers, len(paths))
        self.max_pages = max_pages
        self.max_memory = max_memory
        self.timeout = timeout
        self.cache_dir = cache_dir
        self.todo = deque((index, str(path)) for index, path in enumerate(paths))
        self.workers: dict[Connection, _Worker] = {}
        self.stopped: list[_Worker] = []
        self.context: SpawnContext | None = None

    def __enter__(self) -> ReadingPool:
        if self.todo:
            # spawn, not fork: the parent may run a progress-bar thread, and forking a threaded process is unsafe
            import multiprocessing  # here: a batch whose files all come from the cache starts no process

            self.context = multiprocessing.get_context("spawn")
            try:
                for _ in range(self.count):
                    self._start()
            except BaseException:
                self.kill_all()
                raise
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.kill_all()

    def __iter__(self) -> Iterator[tuple[int, ResumeProfile | str]]:
        while self.workers:
            for worker in self._wait():
                yield from self._collect(worker)
            yield from self._expire()

    def _start(self) -> None:
        """Start a worker with its first file already in its pipe: it reads as soon as it is up, even while
        the parent is busy (fitting the TF-IDF weights); the file's time starts when the parent sees it ready."""
        assert self.context is not None
        settings = (self.max_pages, self.max_memory, self.timeout)
        taken = self.idle.take(settings) if self.idle is not None else None
        worker = taken or _Worker(self.context, *settings, cache_dir=self.cache_dir)
        self.workers[worker.conn] = worker
        worker.begin(self.reader, self.todo.popleft() if self.todo else None)

    def _wait(self) -> list[_Worker]:
        """The workers with a message to read, waiting at most until the nearest deadline."""
        deadline = min(w.deadline for w in self.workers.values())
        timeout = None if deadline == float("inf") else max(deadline - time.monotonic(), 0.0)
        from multiprocessing.connection import wait

        return [self.workers[conn] for conn in wait(list(self.workers), timeout=timeout)]  # type: ignore[index]

    def _collect(self, worker: _Worker) -> Iterator[tuple[int, ResumeProfile | str]]:
        """Read a worker's message (it is ready, or a file is read, or it died), give it the next file, then
        pass the message on."""
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            yield from self._died(worker)
            return
        if message in (_READY, _READY_CPU):
            worker.ready = True
            worker.cpu_limited = message == _READY_CPU
            if worker.task is not None:  # the first file, given at the start: its time starts now
                worker.give(worker.task, self._clock_limit(worker), sent=True)
                return
        else:
            worker.task = None
            worker.deadline = float("inf")
        if self.todo:
            worker.give(self.todo.popleft(), self._clock_limit(worker))
        else:
            del self.workers[worker.conn]
            worker.stop()
            self.stopped.append(worker)
        if message not in (_READY, _READY_CPU):
            yield message

    def _clock_limit(self, worker: _Worker) -> float | None:
        """Seconds on the clock a file may take in this worker: the time limit, or a multiple of it where the
        system limits the file's processor time to the time limit."""
        if self.timeout is None:
            return None
        return self.timeout * CLOCK_FACTOR + CLOCK_SLACK if worker.cpu_limited else self.timeout

    def _expire(self) -> Iterator[tuple[int, ResumeProfile | str]]:
        """Kill and replace the workers whose file is over time, with an error message for the file."""
        now = time.monotonic()
        for worker in [w for w in self.workers.values() if w.deadline <= now and not w.conn.poll()]:
            assert worker.task is not None
            self._replace(worker)
            log.debug("killed the reader of %s after %s s on the clock", worker.task[1], self._clock_limit(worker))
            yield worker.task[0], OVERLOADED if worker.cpu_limited else self._timed_out()

    def _timed_out(self) -> str:
        return (
            f"reading took longer than the limit of {self.timeout:g} s (the PDF may be malformed or "
            "built to be slow); raise --timeout to give it more time"
        )

    def kill_all(self) -> None:
        """Kill every worker still running, and end the stopped ones (they were not waited for, so the
        parent went on with the other workers' files while these exited)."""
        for worker in self.workers.values():
            worker.kill()
        self.workers.clear()
        for worker in self.stopped:
            worker.end()
        self.stopped.clear()

    def _died(self, worker: _Worker) -> Iterator[tuple[int, ResumeProfile | str]]:
        self._replace(worker)
        if not worker.ready:
            raise RuntimeError("a gapcheck worker process failed to start") from None
        if worker.task is not None:
            killed_by = -(worker.process.exitcode or 0)
            over_time = killed_by == getattr(signal, "SIGXCPU", None) and worker.cpu_limited
            yield worker.task[0], self._timed_out() if over_time else WORKER_DIED

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start another if files are left."""
        del self.workers[worker.conn]
        worker.kill()
        if self.todo:
            self._start()
