"""The results file of a batch (CSV or JSON Lines): rows appended as files finish, read back for --resume,
rewritten complete and sorted at the end."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from gapcheck.errors import GapcheckError
from gapcheck.render import ResultsFormat
from gapcheck.render.csv import HEADER, csv_cells, format_row, restore
from gapcheck.render.json import GAP_SCHEMA
from gapcheck.render.jsonl import format_line
from gapcheck.reportmodels import GapReport, SkippedResume

SUFFIXES = {".csv": ResultsFormat.csv, ".jsonl": ResultsFormat.jsonl, ".ndjson": ResultsFormat.jsonl}


_FILE, _ROLE, _ERROR = HEADER.index("file"), HEADER.index("role"), HEADER.index("error")


def results_format_for(path: Path) -> ResultsFormat | None:
    """The format a results file's name asks for, or None when its suffix says nothing."""
    return SUFFIXES.get(path.suffix.lower())


@dataclass(frozen=True, slots=True)
class Row:
    """One written result: its key, its error (None when checked) and its text as written."""

    file: str
    role: str
    error: str | None
    text: str
    """One line, line ending included."""

    @property
    def key(self) -> tuple[str, str]:
        return self.file, self.role


def result_key(result: GapReport | SkippedResume) -> tuple[str, str]:
    """(file, role id): what a results file sorts and finds rows by."""
    if isinstance(result, SkippedResume):
        return result.path, result.role_id or ""
    return result.resume.source, result.role.id


def encode(result: GapReport | SkippedResume, results_format: ResultsFormat) -> Row:
    """The row of one result in a format."""
    file, role = result_key(result)
    error = result.reason if isinstance(result, SkippedResume) else None
    if results_format is ResultsFormat.csv:
        return Row(file, role, error, format_row(csv_cells(result)))
    return Row(file, role, error, format_line(result))


def decode(text: str, results_format: ResultsFormat, where: str) -> list[Row]:
    """The rows of a results file's text; a last line cut short by a kill is dropped.

    Raises
    ------
    GapcheckError
        When the text is not a gapcheck results file in that format.
    """
    text = text[: text.rfind("\n") + 1]  # a torn last line (no line ending) never finished
    if not text:
        return []
    problem = f"{where}: not a gapcheck batch {results_format.value} file; choose another --output or drop --resume"
    rows = []
    if results_format is ResultsFormat.csv:
        table = list(csv.reader(io.StringIO(text, newline="")))
        if tuple(table[0]) != HEADER or any(len(cells) != len(HEADER) for cells in table[1:]):
            raise GapcheckError(problem)
        for cells in table[1:]:
            plain = [restore(cell) for cell in cells]
            rows.append(Row(plain[_FILE], plain[_ROLE], plain[_ERROR] or None, format_row(plain)))
        return rows
    for line in text.splitlines(keepends=True):
        try:
            data = json.loads(line)
            role = data["role"]["id"] if isinstance(data["role"], dict) else data["role"]
            if data.get("schema") != GAP_SCHEMA:
                raise ValueError(data.get("schema"))
            rows.append(Row(str(data["resume"]), str(role), data.get("error"), line))
        except (ValueError, KeyError, TypeError):
            raise GapcheckError(problem) from None
    return rows


class ResultsFile:
    """A results file being written: valid after every ``add``, complete and sorted after ``finish``.

    Parameters
    ----------
    path : Path
        The file; its folder must exist.
    results_format : ResultsFormat
        CSV or JSON Lines.
    """

    def __init__(self, path: Path, results_format: ResultsFormat) -> None:
        self.path = path
        self.format = results_format
        self.rows: dict[tuple[str, str], Row] = {}
        self._handle: TextIO | None = None
        self._lock: TextIO | None = None

    def open(self, *, resume: bool = False) -> dict[tuple[str, str], Row]:
        """Start the file, empty or (``resume``) with the rows it already holds; return those rows by key.

        Raises
        ------
        GapcheckError
            When the file cannot be written, or (``resume``) read as a results file.
        """
        self._take_lock()
        try:
            old = ""
            if resume and self.path.exists():
                with self.path.open(encoding="utf-8", newline="") as existing:
                    old = existing.read()
            self.rows = {row.key: row for row in decode(old, self.format, str(self.path))}
            self._rewrite()
            self._handle = self.path.open("a", encoding="utf-8", newline="")
        except (OSError, UnicodeDecodeError) as exc:
            raise GapcheckError(f"{self.path}: cannot use the results file ({_why(exc)})") from exc
        return dict(self.rows)

    def add(self, results: Iterable[GapReport | SkippedResume]) -> None:
        """Append rows and flush them, so a kill right after leaves them in the file."""
        rows = [encode(result, self.format) for result in results]
        assert self._handle is not None, "open() first"
        try:
            self._handle.write("".join(row.text for row in rows))
            self._handle.flush()
        except OSError as exc:
            raise GapcheckError(f"{self.path}: cannot write the results ({_why(exc)})") from exc
        self.rows.update((row.key, row) for row in rows)

    def finish(self) -> None:
        """Replace the file, in one step, by every row sorted by file and role."""
        self._stop_appending()
        try:
            self._rewrite()
        except OSError as exc:
            raise GapcheckError(f"{self.path}: cannot write the results ({_why(exc)})") from exc
        finally:
            self.close()

    def files(self) -> tuple[int, int]:
        """How many files the rows name, and how many of them have an error row (were skipped)."""
        names = {row.file for row in self.rows.values()}
        skipped = {row.file for row in self.rows.values() if row.error is not None}
        return len(names), len(skipped)

    def close(self) -> None:
        """Stop writing and let another run use the file."""
        self._stop_appending()
        if self._lock is not None:
            self._lock.close()  # closing the lock file releases its lock
            self._lock = None

    def _stop_appending(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def _take_lock(self) -> None:
        """Hold a lock beside the file until ``close``, so a second batch with the same --output is refused.

        Both runs would otherwise append and rewrite one file, and only the last run's rows would remain.
        The lock is a hidden file beside the results (the results file itself is replaced at the end).
        """
        lock_path = self.path.with_name(f".{self.path.name}.lock")
        try:
            handle = lock_path.open("a", encoding="utf-8")
        except OSError as exc:
            raise GapcheckError(f"{self.path}: cannot use the results file ({_why(exc)})") from exc
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks; runs are not guarded there
            self._lock = handle
            return
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            raise GapcheckError(
                f"{self.path}: another gapcheck batch is writing this file; "
                "wait for it to end or choose another --output"
            ) from None
        self._lock = handle

    def _rewrite(self) -> None:
        header = format_row(HEADER) if self.format is ResultsFormat.csv else ""
        text = header + "".join(self.rows[key].text for key in sorted(self.rows))
        # not mkstemp: its 0600 mode would stick to the user's results file
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            with temporary.open("w", encoding="utf-8", newline="") as out:
                out.write(text)
            os.replace(temporary, self.path)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise


def _why(exc: Exception) -> str:
    return (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
