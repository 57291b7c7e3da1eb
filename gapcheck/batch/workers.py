"""Worker processes that read resumes in parallel; one that overruns the time limit is killed and replaced.

pdfminer is pure Python, so a hostile or unusual PDF can keep it busy for minutes (a 1 KB file
with a few thousand tiny text lines does). A thread cannot be stopped, and a
``concurrent.futures`` pool cannot kill one busy worker, so each worker here is a process with
its own pipe: the parent hands it one file at a time and kills it when the file's time is up.
"""

from __future__ import annotations

import logging
import signal
import time
from collections import deque
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from gapcheck.batch.readers import READY, READY_CPU, IdleReaders, Worker
from gapcheck.models import ResumeProfile

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import SpawnContext

    from gapcheck.pipeline import Checker

log = logging.getLogger(__name__)

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
        Where the workers take gapcheck's compiled patterns and data files from (and add those they compile).
    private : bool
        Whether the batch keeps nothing read from a resume (``--no-cache``): then a worker keeps no pattern it
        compiles once it reads a file, as a rule may make one from the text.
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
        private: bool = False,
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
        self.private = private
        self.todo = deque((index, str(path)) for index, path in enumerate(paths))
        self.workers: dict[Connection, Worker] = {}
        self.stopped: list[Worker] = []
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
        taken = self.idle.take(settings, self.cache_dir) if self.idle is not None else None
        worker = taken or Worker(self.context, *settings, cache_dir=self.cache_dir, private=self.private)
        self.workers[worker.conn] = worker
        worker.begin(self.reader, self.todo.popleft() if self.todo else None)

    def _wait(self) -> list[Worker]:
        """The workers with a message to read, waiting at most until the nearest deadline."""
        deadline = min(w.deadline for w in self.workers.values())
        timeout = None if deadline == float("inf") else max(deadline - time.monotonic(), 0.0)
        from multiprocessing.connection import wait

        return [self.workers[conn] for conn in wait(list(self.workers), timeout=timeout)]  # type: ignore[index]

    def _collect(self, worker: Worker) -> Iterator[tuple[int, ResumeProfile | str]]:
        """Read a worker's message (it is ready, or a file is read, or it died), give it the next file, then
        pass the message on."""
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            yield from self._died(worker)
            return
        if message in (READY, READY_CPU):
            worker.ready = True
            worker.cpu_limited = message == READY_CPU
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
        if message not in (READY, READY_CPU):
            yield message

    def _clock_limit(self, worker: Worker) -> float | None:
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

    def _died(self, worker: Worker) -> Iterator[tuple[int, ResumeProfile | str]]:
        self._replace(worker)
        if not worker.ready:
            raise RuntimeError("a gapcheck worker process failed to start") from None
        if worker.task is not None:
            killed_by = -(worker.process.exitcode or 0)
            over_time = killed_by == getattr(signal, "SIGXCPU", None) and worker.cpu_limited
            yield worker.task[0], self._timed_out() if over_time else WORKER_DIED

    def _replace(self, worker: Worker) -> None:
        """Kill a worker and start another if files are left."""
        del self.workers[worker.conn]
        worker.kill()
        if self.todo:
            self._start()
