"""One reading process: its main loop (in the child), the parent's handle on it, and ``IdleReaders``, which
starts some before there is anything to read. ``gapcheck.batch.workers.ReadingPool`` hands them files.

A spawned reading process imports this module (and ``gapcheck.batch``), not the pool's.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import signal
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

from gapcheck.errors import ResumeReadError
from gapcheck.limits import cap_cpu_time, cap_memory, die_with_parent, memory_message, sigint_ignored
from gapcheck.models import ResumeProfile

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.context import SpawnContext, SpawnProcess

    from gapcheck.skills import Vocabulary

log = logging.getLogger(__name__)

READY = "ready"
READY_CPU = "ready, with a limit on processor time"
"""What a process sends once it has imported the readers and taken the reader settings (the second: the system
limits the processor time of each file)."""


def _serve(
    conn: Connection,
    max_pages: int | None,
    max_memory: int | None,
    timeout: float | None,
    log_level: int,
    cache_dir: Path | None = None,
    private: bool = False,
) -> None:
    """Worker main loop: import the readers, take the reader settings (vocabulary, as-of date), then read the files
    the parent sends until it sends None or goes away; each file may use ``timeout`` seconds of processor time, or
    the system kills this process (SIGXCPU). With the batch's ``cache_dir``, the patterns and data files earlier
    runs compiled are taken from it (and what this worker compiles anew is added), as the command's own process
    does (``gapcheck.cli.start``); ``private`` (``--no-cache``) keeps none compiled once a file is read."""
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

    # what the imports compiled anew, before any file's time limit is set (once: then none is new); with ``private``
    # none after it, as a pattern compiled while reading may come from a resume's text
    if private:
        regexcache.seal()
    else:
        regexcache.save()
    try:
        reader: tuple[Vocabulary, dt.date] | None = conn.recv()
        if reader is None:
            return  # never used
        conn.send(READY_CPU if timeout is not None and cap_cpu_time(timeout) else READY)
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


class Worker:
    def __init__(
        self,
        context: SpawnContext,
        max_pages: int | None,
        max_memory: int | None,
        timeout: float | None,
        cache_dir: Path | None = None,
        private: bool = False,
    ) -> None:
        self.conn, child = context.Pipe()
        level = logging.getLogger("gapcheck").getEffectiveLevel()
        self.settings = (max_pages, max_memory, timeout)
        self.process: SpawnProcess = context.Process(
            target=_serve,
            args=(child, max_pages, max_memory, timeout, level, cache_dir, private),
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
    code_dir : Path, optional
        Where the processes take gapcheck's compiled patterns and data files from; they keep none compiled once
        they read a file (as a pool's ``private`` workers: there is no cache of profiles to keep them beside).
    """

    def __init__(
        self,
        count: int,
        *,
        max_pages: int | None = None,
        timeout: float | None = None,
        max_memory: int | None = None,
        code_dir: Path | None = None,
    ) -> None:
        if count < 1:
            raise ValueError(f"Invalid value for count={count!r}; expected 1 or more")
        self.count = count
        self.settings = (max_pages, max_memory, timeout)
        self.code_dir = code_dir
        self.workers: list[Worker] = []

    def __enter__(self) -> IdleReaders:
        return self.start()

    def start(self) -> IdleReaders:
        """Start the processes (``close`` ends those no pool took)."""
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        try:
            for _ in range(self.count):
                self.workers.append(Worker(context, *self.settings, cache_dir=self.code_dir, private=True))
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def take(
        self, settings: tuple[int | None, int | None, float | None], code_dir: Path | None = None
    ) -> Worker | None:
        """A started worker for a pool with these limits (max pages, max memory, timeout) and compiled data folder, or
        None. The worker keeps no pattern compiled once it reads a file, whether the pool's are private or not."""
        return self.workers.pop(0) if self.workers and (settings, code_dir) == (self.settings, self.code_dir) else None

    def close(self) -> None:
        """Kill the workers no pool took."""
        for worker in self.workers:
            worker.kill()
        self.workers.clear()
