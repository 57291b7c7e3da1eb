"""Batch mode: find the resume files, then check each against the roles, in parallel, one result per pair."""

from __future__ import annotations

import glob
import logging
import os
from collections.abc import Collection, Generator, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from gapcheck.errors import ResumeReadError
from gapcheck.models import GapReport, ResumeProfile, SkippedResume
from gapcheck.pipeline import Checker
from gapcheck.profilecache import ProfileCache
from gapcheck.workers import read_in_workers

log = logging.getLogger(__name__)

RESUME_SUFFIXES = frozenset({".pdf"})
"""What a folder search collects; files named one by one (or by a glob) are taken whatever their suffix."""
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Limits:
    """What one file may cost before it is skipped with a reason."""

    max_pages: int | None = 20
    max_bytes: int | None = 10 * 1024 * 1024
    timeout: float | None = 60.0
    """Seconds a file may take to read; the process reading it is killed after that."""


@dataclass(frozen=True, slots=True)
class BatchFile:
    """One resume file of a batch and the roles it still has to be checked against."""

    path: Path
    name: str
    """How results name the file: the path as found (relative paths stay relative)."""
    roles: tuple[str, ...]
    """Ids of the roles still to check; fewer than all when ``--resume`` found some done."""


def find_resumes(paths: Sequence[str | Path]) -> tuple[Path, ...]:
    """The files named by paths, folders (searched recursively for PDFs) and globs, sorted, without duplicates.

    Hidden files and folders (names starting with a dot) are left out of folder searches.

    Raises
    ------
    ResumeReadError
        When a path is neither a file nor a folder and no file matches it as a glob, or no file is found.

    Examples
    --------
    >>> [str(path) for path in find_resumes(["examples/*.pdf", "examples/resume.pdf", "examples"])]
    ['examples/resume.pdf']
    """
    found: dict[Path, Path] = {}
    for given in paths:
        for path in _expand(str(given)):
            key = path.resolve()
            if key not in found or str(path) < str(found[key]):
                found[key] = path
    if not found:
        raise ResumeReadError(f"{', '.join(map(str, paths))}: no PDF files found")
    return tuple(sorted(found.values(), key=str))


def _expand(given: str) -> list[Path]:
    path = Path(given)
    if path.is_file():
        return [path]
    if path.is_dir():
        return _search(path)
    if _GLOB_CHARS & set(given):
        matches = [Path(m) for m in sorted(glob.glob(given, recursive=True))]
        return [p for m in matches for p in ([m] if m.is_file() else _search(m) if m.is_dir() else [])]
    raise ResumeReadError(f"{given}: no such file or folder, and no file matches it; check the path")


def _search(folder: Path) -> list[Path]:
    found = []
    for root, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if not f.startswith(".")]
        found += [Path(root, f) for f in files if not f.startswith(".") and Path(f).suffix.lower() in RESUME_SUFFIXES]
    return found


def plan_batch(
    files: Sequence[Path], role_ids: Sequence[str], finished: Collection[tuple[str, str]] = ()
) -> tuple[BatchFile, ...]:
    """The files with the roles each still needs, leaving out ``(file name, role id)`` pairs already finished."""
    batch = []
    for path in files:
        name = str(path)
        roles = tuple(role for role in dict.fromkeys(role_ids) if (name, role) not in finished)
        if roles:
            batch.append(BatchFile(path, name, roles))
    return tuple(batch)


def check_files(
    checker: Checker,
    batch: Sequence[BatchFile],
    *,
    workers: int = 1,
    limits: Limits = Limits(),  # noqa: B008 - a frozen value
    cache: ProfileCache | None = None,
) -> Generator[GapReport | SkippedResume, None, None]:
    """Check every file against its roles; yield one GapReport or SkippedResume per (file, role).

    A file that cannot be read (encrypted, damaged, not a PDF, no text, too large, too many
    pages, too slow) gives a ``SkippedResume`` per role with the reason, and the batch goes on.
    Results come in the order files finish, all roles of one file together; sort them for
    a deterministic report. Profiles found in ``cache`` are not read again; new ones are stored.

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

    Examples
    --------
    >>> import datetime as dt
    >>> checker = Checker(["data-scientist"], as_of=dt.date(2026, 11, 1))
    >>> batch = plan_batch(find_resumes(["examples"]), ["data-scientist"])
    >>> [(r.resume.source, r.role.id) for r in check_files(checker, batch)]
    [('examples/resume.pdf', 'data-scientist')]
    """
    to_read: list[tuple[int, BatchFile, str | None]] = []
    for item in batch:
        found, key, size = _look_up(item, limits, cache)
        if found is None:
            to_read.append((size, item, key))
        else:
            yield from _results(checker, item, found)
    to_read.sort(key=lambda entry: -entry[0])  # big files first, so no long one is left for the end alone
    outcomes = read_in_workers(
        checker,
        [item.path for _, item, _ in to_read],
        workers=workers,
        max_pages=limits.max_pages,
        timeout=limits.timeout,
    )
    for index, outcome in outcomes:
        _, item, key = to_read[index]
        if cache is not None and key is not None and isinstance(outcome, ResumeProfile):
            cache.put(key, outcome)
        yield from _results(checker, item, outcome)


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
        key = cache.key(item.path.read_bytes())
    except OSError as exc:
        return f"cannot open the file ({exc.strerror or exc})", None, size
    profile = cache.get(key)
    if profile is not None and limits.max_pages is not None and profile.pages > limits.max_pages:
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
        yield from (SkippedResume(item.name, reason, role) for role in item.roles)
        return
    profile = replace(outcome, source=item.name)
    wanted = set(item.roles)
    for report in checker.compare(profile):
        if report.role.id in wanted:
            wanted.remove(report.role.id)  # one result per role id, even if a role was given twice
            yield report
