"""A batch's plan: the resume files a run names (files, folders, globs), the limits, the roles each file needs."""

from __future__ import annotations

import glob
import os
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path

from gapcheck.errors import ResumeReadError
from gapcheck.filetext import RESUME_SUFFIXES
from gapcheck.limits import Limits as Limits  # re-exported: batch callers import it from here

_GLOB_CHARS = frozenset("*?[")


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
    ['examples/amazon-mle-posting.md', 'examples/resume.pdf']
    """
    found: dict[Path, Path] = {}
    for given in paths:
        for path in _expand(str(given)):
            key = _identity(path)
            if key not in found or str(path) < str(found[key]):
                found[key] = path
    if not found:
        raise ResumeReadError(f"{', '.join(map(str, paths))}: no PDF, Word or text files found")
    return tuple(sorted(found.values(), key=str))


def _identity(path: Path) -> Path:
    """The file a path names, to drop duplicates; a symlink loop names itself (it is skipped when read)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: "Symlink loop" before Python 3.13
        return Path(os.path.abspath(path))


def _expand(given: str) -> list[Path]:
    path = Path(given)
    if path.is_file() or (os.path.lexists(path) and not path.is_dir()):
        return [path]  # a pipe or a broken link named by the user is skipped with a reason, not fatal
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
