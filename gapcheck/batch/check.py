"""Check a planned batch: profiles from the cache, the rest read in worker processes, each compared with its roles."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Generator, Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from gapcheck.batch.cache import ProfileCache
from gapcheck.batch.plan import BatchFile
from gapcheck.batch.readers import IdleReaders
from gapcheck.batch.workers import OVERLOADED, WORKER_DIED, ReadingPool
from gapcheck.errors import ResumeReadError
from gapcheck.limits import Limits
from gapcheck.models import ResumeProfile
from gapcheck.pipeline import Checker
from gapcheck.reportmodels import GapReport, SkippedResume

log = logging.getLogger(__name__)


def check_files(
    checker: Checker,
    batch: Sequence[BatchFile],
    *,
    workers: int = 1,
    limits: Limits = Limits(),  # noqa: B008 - a frozen value
    cache: ProfileCache | None = None,
    idle: IdleReaders | None = None,
    code_dir: Path | None = None,
) -> Generator[GapReport | SkippedResume, None, None]:
    """Check every file against its roles; yield one GapReport or SkippedResume per (file, role).

    A file that cannot be read (encrypted, damaged, not a PDF, no text, too large, too many
    pages, too slow) gives a ``SkippedResume`` per role with the reason, and the batch goes on.
    Results come in the order files finish, all roles of one file together; sort them for
    a deterministic report. Profiles found in ``cache`` are not read again, nor are files whose read
    error it holds (under limits as strict as now); new profiles and read errors are stored.

    Parameters
    ----------
    checker : Checker
        The roles to check against (its ``roles``) and the reader settings.
    batch : sequence of BatchFile
        From ``plan_batch``.
    workers : int
        Processes reading PDFs at once.
    limits : Limits
        Per-file page, size and time limits.
    cache : ProfileCache, optional
        Where profiles are looked up and stored by content hash.
    idle : IdleReaders, optional
        Worker processes started earlier, used before any new one is started.
    code_dir : Path, optional
        Where the workers keep gapcheck's compiled patterns and data files (nothing from a resume); default: the
        folder of ``cache``. Without ``cache`` a worker keeps no pattern it compiles once it reads a file.

    Examples
    --------
    >>> import datetime as dt
    >>> from gapcheck.batch import find_resumes, plan_batch
    >>> checker = Checker(["data-scientist"], as_of=dt.date(2026, 11, 1))
    >>> batch = plan_batch(find_resumes(["examples/*.pdf"]), ["data-scientist"])
    >>> [(r.resume.source, r.role.id) for r in check_files(checker, batch)]
    [('examples/resume.pdf', 'data-scientist')]
    """
    cached: list[tuple[BatchFile, ResumeProfile | str]] = []
    to_read: list[tuple[int, BatchFile, str | None]] = []
    for item in batch:
        found, key, size = _look_up(item, limits, cache)
        if found is None:
            to_read.append((size, item, key))
        else:
            cached.append((item, found))
    if cache is not None:
        cache.digests.save()
    to_read.sort(key=lambda entry: -entry[0])  # big files first, so no long one is left for the end alone
    pool = ReadingPool(
        checker,
        [item.path for _, item, _ in to_read],
        workers=workers,
        max_pages=limits.max_pages,
        timeout=limits.timeout,
        max_memory=limits.max_memory,
        idle=idle,
        cache_dir=code_dir if code_dir is not None or cache is None else cache.folder,
        private=cache is None,
    )
    with pool:
        # the workers are starting, each with its first file; the TF-IDF weights are fitted meanwhile (importing
        # scikit-learn unless they are cached) on a thread, so the parent goes on handing files to the workers.
        # Results wait for the weights, but never for a file being read: once every file is handed out, the parent
        # has nothing else to do and waits for the weights
        fit = _BackgroundFit(checker) if to_read else None
        waiting = deque(cached)
        for index, outcome in pool:
            _, item, key = to_read[index]
            if cache is not None and key is not None:
                if isinstance(outcome, ResumeProfile):
                    cache.put(key, outcome)
                elif outcome not in (WORKER_DIED, OVERLOADED):  # may be the machine's doing, not the file's: try again
                    cache.put_error(key, outcome.removeprefix(f"{item.path.name}: "), limits)
            waiting.append((item, outcome))
            if fit is None or fit.done(wait=not pool.todo):
                yield from _compare(checker, waiting)
        if fit is not None:
            fit.done(wait=True)
        yield from _compare(checker, waiting)


class _BackgroundFit:
    """The checker's TF-IDF weights fitted on a thread of their own; ``done()`` says whether they are ready."""

    def __init__(self, checker: Checker) -> None:
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._fit, args=(checker,), name="gapcheck-fit", daemon=True)
        self._thread.start()

    def _fit(self, checker: Checker) -> None:
        try:
            checker.fit()
        except BaseException as exc:  # raised again on the caller's thread, by done()
            self._error = exc

    def done(self, *, wait: bool = False) -> bool:
        """Whether the weights are fitted (waiting for them with ``wait``); raises what fitting raised."""
        if wait:
            self._thread.join()
        if self._thread.is_alive():
            return False
        if self._error is not None:
            raise self._error
        return True


def _compare(
    checker: Checker, waiting: deque[tuple[BatchFile, ResumeProfile | str]]
) -> Iterator[GapReport | SkippedResume]:
    """The results of the files waiting for the weights, emptying the queue."""
    while waiting:
        yield from _results(checker, *waiting.popleft())


def _look_up(
    item: BatchFile, limits: Limits, cache: ProfileCache | None
) -> tuple[ResumeProfile | str | None, str | None, int]:
    """A reason to skip the file, or its cached profile, or None (read it); its cache key and size."""
    size = 0
    try:
        size = item.path.stat().st_size
        if limits.max_bytes is not None and size > limits.max_bytes:
            return (
                (
                    f"the file is {size / 2**20:.1f} MB, more than the limit of {limits.max_bytes / 2**20:.3g} MB; "
                    "raise --max-size-mb if this is really a resume"
                ),
                None,
                size,
            )
        if cache is None:
            return None, None, size
        key = cache.file_key(item.path, limits.max_bytes)
    except ResumeReadError as exc:
        return str(exc), None, size
    except OSError as exc:
        return f"cannot open the file ({exc.strerror or exc})", None, size
    profile = cache.get(key)
    if profile is None:
        return cache.get_error(key, limits), key, size
    if limits.max_pages is not None and profile.pages > limits.max_pages:
        return (
            (
                f"{profile.pages} pages is more than the limit of {limits.max_pages}; "
                "raise --max-pages if this is really a resume"
            ),
            key,
            size,
        )
    return profile, key, size


def _results(checker: Checker, item: BatchFile, outcome: ResumeProfile | str) -> Iterator[GapReport | SkippedResume]:
    if isinstance(outcome, str):
        reason = outcome.removeprefix(f"{item.path.name}: ")
        log.debug("skipped %s: %s", item.name, reason)
        roles = {role.id: role for role in checker.roles}
        yield from (SkippedResume(item.name, reason, role, roles.get(role)) for role in item.roles)
        return
    profile = replace(outcome, source=item.name)
    wanted = set(item.roles)
    for report in checker.compare(profile):
        if report.role.id in wanted:
            wanted.remove(report.role.id)  # one result per role id, even if a role was given twice
            yield report
