"""Two results files of one cohort (before and after a module) -> what changed, per student and per skill."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Any

from gapcheck.batch.resultfile import results_format_for
from gapcheck.errors import GapcheckError
from gapcheck.render import ResultsFormat
from gapcheck.render.csv import LIST_SEPARATOR, restore
from gapcheck.render.json import GAP_SCHEMA

_CSV_COLUMNS = frozenset(
    {"file", "role", "score", "meets_required", "missing_required_skills", "missing_preferred_skills", "error"}
)
"""What a CSV results file needs for a comparison (older files without ``name`` are fine)."""


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One row of a results file, as much as a comparison needs."""

    file: str
    role: str
    name: str | None
    score: float | None
    """None when the file was skipped."""
    meets_required: bool | None
    missing: tuple[str, ...]
    """The missing skill requirements, required ones first."""
    error: str | None


@dataclass(frozen=True, slots=True)
class StudentChange:
    """One student against one role in both runs (or in one of them only)."""

    role: str
    file: str
    """The file as the new run names it (the old run's name when only the old run has it)."""
    name: str | None
    status: str
    """``compared``, ``skipped`` (in either run), ``only in old`` or ``only in new``."""
    old_score: float | None
    new_score: float | None
    change: float | None
    """New score minus old, when both runs scored the resume."""
    old_meets: bool | None
    new_meets: bool | None
    learned: tuple[str, ...]
    """Skills missing in the old run and shown in the new one."""
    lost: tuple[str, ...]
    """Skills shown in the old run and missing in the new one."""


@dataclass(frozen=True, slots=True)
class SkillChange:
    """How many students miss one skill requirement of a role, in each run."""

    role: str
    label: str
    old_missing: int
    new_missing: int
    change: int


@dataclass(frozen=True, slots=True)
class RoleChange:
    """The students of one role scored in both runs: how many improved, and how many meet every requirement."""

    role: str
    compared: int
    improved: int
    declined: int
    meets_before: int
    meets_after: int


@dataclass(frozen=True, slots=True)
class RunComparison:
    old: str
    new: str
    roles: tuple[RoleChange, ...]
    students: tuple[StudentChange, ...]
    """By role, then by the change in score, largest rise first; those in one run only last."""
    skills: tuple[SkillChange, ...]
    """By role, then by the change in how many miss it, largest drop first."""


def read_results(path: Path) -> tuple[ResultRow, ...]:
    """The rows of a ``gapcheck batch`` results file, CSV or JSON Lines (by its ending, else by its content).

    Raises
    ------
    GapcheckError
        When the file cannot be read or is not a gapcheck results file.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) else "not UTF-8 text"
        raise GapcheckError(f"{path}: cannot read the results file ({reason or exc})") from exc
    results_format = results_format_for(path)
    if results_format is None:
        results_format = ResultsFormat.jsonl if text.lstrip().startswith("{") else ResultsFormat.csv
    problem = f"{path}: not a gapcheck batch {results_format.value} file; give the -o file of a gapcheck batch run"
    try:
        rows = _csv_rows(text) if results_format is ResultsFormat.csv else _jsonl_rows(text)
    except (ValueError, KeyError, TypeError, AttributeError, csv.Error):
        raise GapcheckError(problem) from None
    if not rows:
        raise GapcheckError(f"{path}: the results file has no rows")
    return rows


def _csv_rows(text: str) -> tuple[ResultRow, ...]:
    reader = csv.DictReader(io.StringIO(text, newline=""))
    if not set(reader.fieldnames or ()) >= _CSV_COLUMNS:
        raise ValueError("missing columns")
    rows = []
    for raw in reader:
        cell = {key: restore(value or "") for key, value in raw.items() if key is not None}
        missing = [cell["missing_required_skills"], cell["missing_preferred_skills"]]
        rows.append(
            ResultRow(
                file=cell["file"],
                role=cell["role"],
                name=cell.get("name") or None,
                score=float(cell["score"]) if cell["score"] else None,
                meets_required={"true": True, "false": False}.get(cell["meets_required"]),
                missing=tuple(label for part in missing if part for label in part.split(LIST_SEPARATOR)),
                error=cell["error"] or None,
            )
        )
    return tuple(rows)


def _jsonl_rows(text: str) -> tuple[ResultRow, ...]:
    rows = []
    for line in text.splitlines():
        if not line.strip():
            continue
        data: dict[str, Any] = json.loads(line)
        if data["schema"] != GAP_SCHEMA:
            raise ValueError(data["schema"])
        role = data["role"]["id"] if isinstance(data["role"], dict) else data["role"]
        skills = data.get("skills") or {"missing": []}
        score = data.get("score")
        rows.append(
            ResultRow(
                file=str(data["resume"]),
                role=str(role),
                name=data.get("name"),
                score=None if score is None else float(score),
                meets_required=data.get("meets_required"),
                missing=tuple(str(m["name"]) for m in skills["missing"]),
                error=data.get("error"),
            )
        )
    return tuple(rows)


def compare_runs(old: Sequence[ResultRow], new: Sequence[ResultRow], old_name: str, new_name: str) -> RunComparison:
    """What changed between two runs of one cohort, per student and per skill.

    A student is the same in both runs when the file path is; failing that, when the file name
    is (``before/ann.pdf`` and ``after/ann.pdf``), or the name read from the resume, as long as
    only one file of each run has it.
    """
    pairs, only_old, only_new = _pair(old, new)
    students = [_student(a, b) for a, b in pairs]
    students += [_student(a, None) for a in only_old] + [_student(None, b) for b in only_new]
    order = {"compared": 0, "skipped": 1, "only in old": 2, "only in new": 3}
    students.sort(key=lambda s: (s.role, order[s.status], -(s.change or 0.0), s.file))
    return RunComparison(old_name, new_name, _roles(students), tuple(students), _skills(old, new))


def _pair(
    old: Sequence[ResultRow], new: Sequence[ResultRow]
) -> tuple[list[tuple[ResultRow, ResultRow]], list[ResultRow], list[ResultRow]]:
    pairs: list[tuple[ResultRow, ResultRow]] = []
    paired_old: set[int] = set()
    paired_new: set[int] = set()
    for key in (lambda r: r.file, lambda r: PurePath(r.file).name, lambda r: r.name):
        # a key must be unique in the whole run, not only among the rows left: two "Ann Lee" never pair by name
        old_by, new_by = _unique(old, key), _unique(new, key)
        for k in sorted(old_by.keys() & new_by.keys(), key=str):
            a, b = old_by[k], new_by[k]
            if k[1] and id(a) not in paired_old and id(b) not in paired_new:
                pairs.append((a, b))
                paired_old.add(id(a))
                paired_new.add(id(b))
    return pairs, [r for r in old if id(r) not in paired_old], [r for r in new if id(r) not in paired_new]


def _unique(rows: Iterable[ResultRow], key: Any) -> dict[tuple[str, str | None], ResultRow]:
    """Rows by (role, key), leaving out keys that more than one row of a role has."""
    found: dict[tuple[str, str | None], list[ResultRow]] = {}
    for row in rows:
        found.setdefault((row.role, key(row)), []).append(row)
    return {k: group[0] for k, group in found.items() if len(group) == 1}


def _student(old: ResultRow | None, new: ResultRow | None) -> StudentChange:
    if old is None or new is None:
        row = new or old
        assert row is not None
        return StudentChange(
            role=row.role,
            file=row.file,
            name=row.name,
            status="only in new" if old is None else "only in old",
            old_score=old.score if old else None,
            new_score=new.score if new else None,
            change=None,
            old_meets=old.meets_required if old else None,
            new_meets=new.meets_required if new else None,
            learned=(),
            lost=(),
        )
    scored = old.score is not None and new.score is not None and not (old.error or new.error)
    return StudentChange(
        role=new.role,
        file=new.file,
        name=new.name or old.name,
        status="compared" if scored else "skipped",
        old_score=old.score,
        new_score=new.score,
        change=new.score - old.score if scored and new.score is not None and old.score is not None else None,
        old_meets=old.meets_required,
        new_meets=new.meets_required,
        learned=tuple(s for s in old.missing if s not in new.missing) if scored else (),
        lost=tuple(s for s in new.missing if s not in old.missing) if scored else (),
    )


def _roles(students: Sequence[StudentChange]) -> tuple[RoleChange, ...]:
    roles = []
    for role in sorted({s.role for s in students}):
        both = [s for s in students if s.role == role and s.change is not None]
        roles.append(
            RoleChange(
                role=role,
                compared=len(both),
                improved=sum(s.change > 0 for s in both if s.change is not None),
                declined=sum(s.change < 0 for s in both if s.change is not None),
                meets_before=sum(bool(s.old_meets) for s in both),
                meets_after=sum(bool(s.new_meets) for s in both),
            )
        )
    return tuple(roles)


def _skills(old: Sequence[ResultRow], new: Sequence[ResultRow]) -> tuple[SkillChange, ...]:
    def counts(rows: Sequence[ResultRow]) -> dict[tuple[str, str], int]:
        found: dict[tuple[str, str], int] = {}
        for row in rows:
            if row.error is None:
                for label in row.missing:
                    found[(row.role, label)] = found.get((row.role, label), 0) + 1
        return found

    before, after = counts(old), counts(new)
    changes = []
    for key in before.keys() | after.keys():
        was, now = before.get(key, 0), after.get(key, 0)
        changes.append(SkillChange(key[0], key[1], was, now, now - was))
    changes.sort(key=lambda c: (c.role, c.change, -c.old_missing, c.label.casefold()))
    return tuple(changes)
