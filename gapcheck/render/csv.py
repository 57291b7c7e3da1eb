"""CSV output: one row per resume and role, fixed header, cells a spreadsheet would run as formulas neutralised."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

from gapcheck.render.json import format_gap_report, format_skipped
from gapcheck.reportmodels import GapReport, SkippedResume

HEADER: tuple[str, ...] = (
    "file",
    "name",
    "role",
    "score",
    "verdict",
    "meets_required",
    "skills_score",
    "experience_score",
    "degree_score",
    "matched_skills",
    "missing_required_skills",
    "missing_preferred_skills",
    "experience_found_years",
    "experience_required_years",
    "experience_gaps",
    "degree_found",
    "degree_required",
    "degree_preferred",
    "degree_met",
    "error",
)
"""The columns, in order; README "Batch mode" says what each holds."""

LIST_SEPARATOR = "; "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""Spreadsheets run a cell starting with these as a formula (OWASP, "CSV Injection")."""


def neutralise(cell: str) -> str:
    """Prefix a cell a spreadsheet would run as a formula with an apostrophe, so it shows as text.

    A cell that already starts with an apostrophe gets one more, so ``restore`` is an exact inverse.

    >>> neutralise("=SUM(A1:A9)"), neutralise("@cmd"), neutralise("Python")
    ("'=SUM(A1:A9)", "'@cmd", 'Python')
    >>> restore(neutralise("'=1")) == "'=1"
    True
    """
    return "'" + cell if cell.startswith((*_FORMULA_START, "'")) else cell


def restore(cell: str) -> str:
    """Undo ``neutralise``."""
    return cell[1:] if cell.startswith("'") else cell


def _bool(value: bool | None) -> str:
    return "" if value is None else ("true" if value else "false")


def _number(value: float | None, digits: int) -> str:
    return "" if value is None else f"{value:.{digits}f}"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _experience_gap(entry: dict[str, Any]) -> str:
    found = "unknown" if entry["found_years"] is None else f"{entry['found_years']:.1f} y"
    kind = "" if entry["required"] else " (preferred)"
    path = entry.get("path")  # a degree-dependent path: the one compared, and whether the degree was read
    wanted = f"{entry['required_years']:g} y" + (f" with {path['degree']}" if path and path["degree"] else "")
    unknown = " (degree unknown)" if path and path["degree"] and entry.get("found_degree") is None else ""
    return f"{entry['requirement']}{kind}: found {found} of {wanted}{unknown}"


def csv_cells(result: GapReport | SkippedResume) -> tuple[str, ...]:
    """The row of one result, one cell per ``HEADER`` column, not yet neutralised.

    Built from the JSON contract (``format_gap_report``), so both formats say the same thing.
    """
    if isinstance(result, SkippedResume):
        data = format_skipped(result)
        return _in_order({"file": data["resume"], "role": data["role"]["id"] or "", "error": data["error"]})
    data = format_gap_report(result)
    missing = data["skills"]["missing"]
    required_years = [e["required_years"] for e in data["experience"] if e["required"]]
    degree = data["degree"]
    subscores = data["subscores"]
    cells = {
        "file": data["resume"],
        "name": data["name"] or "",
        "role": data["role"]["id"],
        "score": _number(data["score"], 4),
        "verdict": data["verdict"],
        "meets_required": _bool(data["meets_required"]),
        "skills_score": _number(subscores["skills"], 4),
        "experience_score": _number(subscores["experience"], 4),
        "degree_score": _number(subscores["degree"], 4),
        "matched_skills": LIST_SEPARATOR.join(m["name"] for m in data["skills"]["matched"]),
        "missing_required_skills": LIST_SEPARATOR.join(m["name"] for m in missing if m["required"]),
        "missing_preferred_skills": LIST_SEPARATOR.join(m["name"] for m in missing if not m["required"]),
        "experience_found_years": _number(data["total_years"], 1),
        "experience_required_years": f"{max(required_years):g}" if required_years else "",
        "experience_gaps": LIST_SEPARATOR.join(_experience_gap(e) for e in data["experience"] if not e["met"]),
        "degree_found": (degree["found_level"] if degree else result.resume.highest_degree) or "none",
        "degree_required": (degree["required_level"] or "") if degree else "",
        "degree_preferred": (degree["preferred_level"] or "") if degree else "",
        "degree_met": _bool(degree["met"] if degree else None),
        "error": "",
    }
    return _in_order(cells)


def _in_order(cells: dict[str, str]) -> tuple[str, ...]:
    """The cells in ``HEADER`` order, each on one line, but the file name exactly as it is, so ``--resume``
    finds its rows even for names that differ only in a tab, a newline or a non-breaking space."""
    return tuple(cells.get(column, "") if column == "file" else _one_line(cells.get(column, "")) for column in HEADER)


def format_row(cells: Sequence[str]) -> str:
    """One CSV line (with its line ending), every cell neutralised."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow([neutralise(cell) for cell in cells])
    return buffer.getvalue()
