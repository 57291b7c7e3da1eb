"""JSON output: the stable contracts gapcheck/resume/v1 and gapcheck/gap/v1 (README, "JSON contracts")."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from gapcheck.gaps import SCORING_VERSION, verdict
from gapcheck.models import (
    DateRange,
    Degree,
    ExperiencePath,
    Position,
    Readability,
    ResumeProfile,
    RoleProfile,
    Salary,
    SkillHit,
    as_of_month,
    month_index,
    month_label,
)
from gapcheck.reportmodels import GapReport, RunReport, SkippedResume

if TYPE_CHECKING:
    from gapcheck.summarymodels import CohortSummary  # only named: a check's JSON imports none of a cohort's values

RESUME_SCHEMA = "gapcheck/resume/v1"
GAP_SCHEMA = "gapcheck/gap/v1"
BATCH_SCHEMA = "gapcheck/batch/v1"


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def format_position(position: Position) -> dict[str, Any]:
    dates = position.dates
    return {
        "title": position.title,
        "organization": position.organization,
        "start": month_label(dates.start) if dates else None,
        "end": None if dates is None or dates.current else month_label(dates.end),
        "current": bool(dates and dates.current),
        "dates": dates.text if dates else None,
        "years": _round(position.months / 12, 2) if dates else None,
        "skills": list(position.skills),
        "line": position.line,
        "end_line": position.end_line,
    }


def format_degree(degree: Degree) -> dict[str, Any]:
    return {
        "level": degree.level,
        "field": degree.field,
        "institution": degree.institution,
        "year": degree.year,
        "in_progress": degree.in_progress,
        "text": degree.text,
    }


def format_readability(readability: Readability) -> dict[str, Any]:
    return {
        "pages": readability.pages,
        "words": readability.words,
        "sections": list(readability.sections),
        "warnings": list(readability.warnings),
    }


def format_profile(profile: ResumeProfile) -> dict[str, Any]:
    """A resume profile as the gapcheck/resume/v1 object: what ``extract --format json`` prints and the
    batch cache stores; ``parse_profile`` is its exact inverse.

    Examples
    --------
    >>> import datetime as dt
    >>> profile = ResumeProfile("cv.pdf", dt.date(2026, 1, 1), 1, (), (), (), Readability(1, 9, (), ()))
    >>> parse_profile(format_profile(profile)) == profile
    True
    """
    return {
        "schema": RESUME_SCHEMA,
        "source": profile.source,
        "name": profile.name,
        "as_of": profile.as_of.isoformat(),
        "pages": profile.pages,
        "skills": [
            {
                "name": hit.name,
                "id": hit.id,
                "category": hit.category,
                "evidence": list(hit.evidence),
                "years": _round(hit.years, 2),
                "lines": list(hit.lines),
            }
            for hit in profile.skills
        ],
        "degrees": [format_degree(d) for d in profile.degrees],
        "highest_degree": profile.highest_degree,
        "experience": {
            "total_years": _round(profile.total_years, 2),
            "claimed_years": profile.claimed_years,
            "positions": [format_position(p) for p in profile.positions],
        },
        "readability": format_readability(profile.readability),
    }


def parse_profile(data: dict[str, Any]) -> ResumeProfile:
    """Rebuild a ResumeProfile from ``format_profile`` output (after a trip through JSON text).

    Raises
    ------
    KeyError, TypeError, ValueError
        When the data does not have the expected shape.
    """
    if data.get("schema") != RESUME_SCHEMA:
        raise ValueError(f"not a {RESUME_SCHEMA} object: {data.get('schema')!r}")
    as_of = dt.date.fromisoformat(data["as_of"])
    readability = data["readability"]
    claimed = data["experience"].get("claimed_years")  # absent from profiles cached before it was added
    return ResumeProfile(
        source=str(data["source"]),
        as_of=as_of,
        pages=int(data["pages"]),
        skills=tuple(
            SkillHit(h["id"], h["name"], h["category"], tuple(h["evidence"]), tuple(h["lines"]), _years(h["years"]))
            for h in data["skills"]
        ),
        degrees=tuple(
            Degree(d["level"], d["field"], d["institution"], d["year"], d["in_progress"], d["text"])
            for d in data["degrees"]
        ),
        positions=tuple(_parse_position(p, as_of) for p in data["experience"]["positions"]),
        readability=Readability(
            readability["pages"], readability["words"], tuple(readability["sections"]), tuple(readability["warnings"])
        ),
        claimed_years=None if claimed is None else float(claimed),
        name=data["name"],
    )


def _years(rounded: float | None) -> float | None:
    # years are whole months over 12; two decimals are enough to get the months back exactly
    return None if rounded is None else round(rounded * 12) / 12


def _month(label: str) -> int:
    year, month = label.split("-")
    return month_index(int(year), int(month))


def _parse_position(data: dict[str, Any], as_of: dt.date) -> Position:
    dates = None
    if data["dates"] is not None:
        # a current position runs to the as-of month (DateRange.end), which is why "end" can be null
        end = as_of_month(as_of) if data["current"] else _month(data["end"])
        dates = DateRange(_month(data["start"]), end, bool(data["current"]), data["dates"])
    return Position(data["title"], data["organization"], dates, data["line"], data["end_line"], tuple(data["skills"]))


def format_salary(salary: Salary | None) -> dict[str, Any] | None:
    """The salary facts a role states (only the keys it has), or None."""
    if salary is None:
        return None
    keys = ("base_usd", "base_usd_min", "base_usd_max", "additional_usd", "note")
    return {k: getattr(salary, k) for k in keys if getattr(salary, k) is not None}


def format_role_ref(role: RoleProfile | None, role_id: str | None = None) -> dict[str, Any]:
    """The ``role`` object of a gap report: id, title, organization, level, salary (null when only the id is known)."""
    if role is None:
        return {"id": role_id, "title": None, "organization": None, "level": None, "salary": None}
    return {
        "id": role.id,
        "title": role.title,
        "organization": role.organization,
        "level": role.level,
        "salary": format_salary(role.salary),
    }


def format_path(path: ExperiencePath) -> dict[str, Any]:
    """One degree-dependent experience path: ``{"degree": "doctorate", "years": 2.0}`` (degree null: any)."""
    return {"degree": path.degree, "years": path.years}


def format_gap_report(report: GapReport) -> dict[str, Any]:
    degree = report.degree
    return {
        "schema": GAP_SCHEMA,
        "scoring_version": SCORING_VERSION,
        "idf_basis": report.idf_basis,
        "resume": report.resume.source,
        "name": report.resume.name,
        "as_of": report.resume.as_of.isoformat(),
        "role": format_role_ref(report.role),
        "score": _round(report.score),
        "subscores": {
            "skills": _round(report.subscores.skills),
            "experience": _round(report.subscores.experience),
            "degree": _round(report.subscores.degree),
        },
        "meets_required": report.meets_required,
        "verdict": verdict(report),
        "skills": {
            "matched": [
                {
                    "name": s.label,
                    "required": s.required,
                    "weight": _round(s.weight),
                    "matched_by": list(s.matched_by),
                    "evidence": list(s.evidence),
                    "years": _round(s.years, 2),
                }
                for s in report.matched_skills
            ],
            "missing": [
                {
                    "name": s.label,
                    "required": s.required,
                    "weight": _round(s.weight),
                    "gain": _round(s.gain, 2),
                    "satisfied_by": list(s.satisfied_by),
                    "nearest": list(s.nearest),
                }
                for s in report.missing_skills
            ],
        },
        "experience": [
            {
                "requirement": e.label,
                "required": e.required,
                "required_years": e.required_years,
                "found_years": _round(e.found_years, 2),
                "met": e.met,
                "status": e.status,
                "positions": list(e.positions),
                "gain": _round(e.gain, 2),
                "paths": [format_path(p) for p in e.paths],
                "path": None if e.path is None else format_path(e.path),
                "found_degree": e.found_degree,
            }
            for e in report.experience
        ],
        "degree": None
        if degree is None
        else {
            "required_level": degree.required_level,
            "preferred_level": degree.preferred_level,
            "found_level": degree.found_level,
            "found_field": degree.found_field,
            "in_progress_level": degree.in_progress_level,
            "fields": list(degree.fields),
            "field_match": degree.field_match,
            "matched_field": degree.matched_field,
            "met": degree.met,
            "preferred_met": degree.preferred_met,
            "met_by_experience": degree.met_by_experience,
            "equivalent_years": degree.equivalent_years,
            "relevant_years": _round(degree.relevant_years, 2),
            "also_level": degree.also_level,
            "gain": _round(degree.gain, 2),
        },
        "total_years": _round(report.resume.total_years, 2),
        "claimed_years": report.resume.claimed_years,
        "readability": format_readability(report.resume.readability),
        "error": None,
    }


GAP_KEYS: tuple[str, ...] = (
    "schema", "scoring_version", "idf_basis", "resume", "name", "as_of", "role", "score", "subscores",
    "meets_required", "verdict", "skills", "experience", "degree", "total_years", "claimed_years", "readability",
    "error",
)  # fmt: skip
"""The keys of every gapcheck/gap/v1 object, checked or skipped, in order."""


def format_skipped(skipped: SkippedResume) -> dict[str, Any]:
    """A skipped file as a gap object of the same shape: what could not be known is null, ``error`` says why."""
    known = {
        "schema": GAP_SCHEMA,
        "scoring_version": SCORING_VERSION,
        "resume": skipped.path,
        "role": format_role_ref(skipped.role, skipped.role_id),
        "error": skipped.reason,
    }
    return {key: known.get(key) for key in GAP_KEYS}


def format_summary(summary: CohortSummary) -> dict[str, Any]:
    return {
        "resumes": summary.resumes,
        "skipped": summary.skipped,
        "roles": [
            {
                "id": r.role_id,
                "title": r.role_title,
                "checked": r.checked,
                "meets_required": r.meets_required,
                "scores": [_round(s) for s in r.scores],
                "missing": [
                    {"name": m.label, "required": m.required, "count": m.count, "share": _round(m.share)}
                    for m in r.missing
                ],
                "experience_gaps": [
                    {"requirement": m.label, "required": m.required, "count": m.count, "share": _round(m.share)}
                    for m in r.experience_gaps
                ],
                "degree_gaps": r.degree_gaps,
            }
            for r in summary.roles
        ],
    }


def format_result(result: GapReport | SkippedResume) -> dict[str, Any]:
    return format_skipped(result) if isinstance(result, SkippedResume) else format_gap_report(result)


class JsonRenderer:
    """One gap report as a JSON object; several (or a summary) inside a batch envelope."""

    def render(self, report: RunReport) -> str:
        if len(report.results) == 1 and report.summary is None:
            return _dump(format_result(report.results[0]))
        data: dict[str, Any] = {"schema": BATCH_SCHEMA, "results": [format_result(r) for r in report.results]}
        if report.summary is not None:
            data["summary"] = format_summary(report.summary)
        return _dump(data)

    def render_profile(self, profile: ResumeProfile) -> str:
        return _dump(format_profile(profile))


def render_reports(reports: Sequence[GapReport]) -> str:
    """Several gap reports of one resume (``check`` with several roles): a JSON list of gap objects."""
    return _dump([format_result(report) for report in reports])


def _dump(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
