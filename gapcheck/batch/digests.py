"""Files' content digests remembered by their status, so a cached re-run does not read and hash every file again."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
import time
from pathlib import Path
from typing import Any

from gapcheck.compiled import write_atomically
from gapcheck.limits import read_regular_file

log = logging.getLogger(__name__)

FORMAT = 1
"""Changes whenever the form of the file does."""
STILL_NS = 2 * 10**9
"""A file whose status changed less than this long ago (nanoseconds) is not remembered: another change within the
file system's time resolution might leave its status as it was."""
MAX_FILES = 100_000
"""The most files remembered (those seen last are kept)."""


class FileDigests:
    """SHA-256 digests of files' bytes, kept in ``folder/digests.json`` with each file's status (size, modification
    and status-change times, inode, device): a file whose status is the same as when it was read is not read again.

    Every write to a file, and every change to its name, owner or permissions, moves its status-change time, which no
    program can set back, so a changed file is always read again. Reading and hashing the corpus's 167 PDFs (31 MB)
    was the largest part of looking up their cached profiles.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / "digests.json"
        self._known: dict[str, Any] = self._load()
        self._seen: dict[str, list[Any]] = {}

    def _load(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_bytes())
        except FileNotFoundError:
            return {}
        except (OSError, ValueError):
            log.debug("ignoring unreadable digests %s", self.path, exc_info=True)
            return {}
        files = data.get("files") if isinstance(data, dict) and data.get("format") == FORMAT else None
        return files if isinstance(files, dict) else {}

    def digest(self, path: Path, max_bytes: int | None) -> bytes:
        """The SHA-256 digest of a regular file's bytes.

        Raises
        ------
        ResumeReadError
            As ``read_regular_file`` does, for a file that is not regular, is over ``max_bytes`` or cannot be read.
        """
        name = os.path.abspath(path)
        before = _status(path, max_bytes)
        known = self._known.get(name)
        if before is not None and isinstance(known, list) and known[:-1] == before:
            try:
                digest = bytes.fromhex(known[-1])
            except (TypeError, ValueError):
                pass
            else:
                self._seen[name] = known
                return digest
        digest = hashlib.sha256(read_regular_file(path, max_bytes)).digest()
        if before is not None and time.time_ns() - before[2] > STILL_NS and _status(path, max_bytes) == before:
            self._seen[name] = [*before, digest.hex()]
        return digest

    def save(self) -> None:
        """Keep what this run read for the next one (nothing is written when nothing changed)."""
        if all(self._known.get(name) == entry for name, entry in self._seen.items()):
            return
        files = {name: entry for name, entry in self._known.items() if name not in self._seen}
        files.update(self._seen)
        kept = dict(list(files.items())[-MAX_FILES:])
        write_atomically(self.path, json.dumps({"format": FORMAT, "files": kept}, separators=(",", ":")))


def _status(path: Path, max_bytes: int | None) -> list[int] | None:
    """Size, modification and status-change times (ns), inode and device of a regular file within ``max_bytes``;
    None for anything else (read then, which says what is wrong with it)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(info.st_mode) or (max_bytes is not None and info.st_size > max_bytes):
        return None
    return [info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev]
