"""A comparison of two batch runs (``gapcheck compare``) as a plain-text table, Markdown or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from gapcheck.batch.compare import RoleChange, RunComparison, SkillChange, StudentChange
from gapcheck.render import OutputFormat
from gapcheck.render.markdown import escape

COMPARE_SCHEMA = "gapcheck/compare/v1"
_NO_STUDENTS = "No student is in both runs: check that the two files are runs of the same cohort."
_NO_SKILLS = "No skill is missing in either run."


def _score(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _change(value: float | int | None) -> str:
    if value is None:
        return ""
    return f"{value:+.2f}" if isinstance(value, float) else f"{value:+d}"


def _meets(before: bool | None, after: bool | None) -> str:
    def word(value: bool | None) -> str:
        return "?" if value is None else "yes" if value else "no"

    return word(before) if before == after else f"{word(before)} -> {word(after)}"


def _who(student: StudentChange) -> str:
    return student.name or student.file


def role_line(role: RoleChange) -> str:
    """One sentence per role: how the students scored in both runs moved."""
    if not role.compared:
        return f"{role.role}: no student was scored in both runs."
    return (
        f"{role.role}: {role.compared} student(s) in both runs, {role.improved} improved, {role.declined} declined; "
        f"meeting every required qualification: {role.meets_before} -> {role.meets_after}."
    )


def _student_cells(s: StudentChange) -> list[str]:
    status = "" if s.status == "compared" else s.status
    return [
        s.role,
        _who(s),
        _score(s.old_score),
        _score(s.new_score),
        _change(s.change) or status,
        _meets(s.old_meets, s.new_meets),
        "; ".join(s.learned),
        "; ".join(s.lost),
    ]


_STUDENT_HEADINGS = ["Role", "Student", "Old", "New", "Change", "Meets required", "Now shows", "No longer shows"]
_SKILL_HEADINGS = ["Role", "Skill", "Missing before", "Missing now", "Change"]


def _skill_cells(c: SkillChange) -> list[str]:
    return [c.role, c.label, str(c.old_missing), str(c.new_missing), _change(c.change)]


def _text_table(headings: Sequence[str], rows: Sequence[Sequence[str]], widest: int = 40) -> list[str]:
    cut = [[cell if len(cell) <= widest else cell[: widest - 1] + "…" for cell in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cut)) for i, h in enumerate(headings)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headings, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in cut]
    return lines


def _markdown_table(headings: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(headings) + " |", "|" + "---|" * len(headings)]
    return lines + ["| " + " | ".join(escape(cell) for cell in row) + " |" for row in rows]


def render_comparison(comparison: RunComparison, output_format: OutputFormat) -> str:
    """The comparison in a format: ``table``, ``markdown`` or ``json``.

    Raises
    ------
    ValueError
        For a format a comparison has no renderer for.
    """
    if output_format is OutputFormat.json:
        return json.dumps(_json(comparison), indent=2, ensure_ascii=False) + "\n"
    if output_format not in (OutputFormat.table, OutputFormat.markdown):
        raise ValueError(f"Invalid value for output_format={output_format!r}; expected table, markdown or json")
    markdown = output_format is OutputFormat.markdown
    table = _markdown_table if markdown else _text_table
    title = f"{comparison.old} -> {comparison.new}"
    lines = [f"# Changes: {escape(title)}" if markdown else f"Changes: {title}", ""]
    lines += [("- " if markdown else "") + role_line(role) for role in comparison.roles]
    lines += ["", "## Students" if markdown else "Students", ""]
    students = [_student_cells(s) for s in comparison.students]
    lines += table(_STUDENT_HEADINGS, students) if students else []
    if not any(s.change is not None for s in comparison.students):
        lines += ["", _NO_STUDENTS]
    lines += ["", "## Skills (students missing each)" if markdown else "Skills (students missing each)", ""]
    lines += table(_SKILL_HEADINGS, [_skill_cells(c) for c in comparison.skills]) if comparison.skills else [_NO_SKILLS]
    return "\n".join(lines) + "\n"


def _json(comparison: RunComparison) -> dict[str, Any]:
    return {
        "schema": COMPARE_SCHEMA,
        "old": comparison.old,
        "new": comparison.new,
        "roles": [
            {
                "role": r.role,
                "compared": r.compared,
                "improved": r.improved,
                "declined": r.declined,
                "meets_before": r.meets_before,
                "meets_after": r.meets_after,
            }
            for r in comparison.roles
        ],
        "students": [
            {
                "role": s.role,
                "file": s.file,
                "name": s.name,
                "status": s.status,
                "old_score": s.old_score,
                "new_score": s.new_score,
                "change": None if s.change is None else round(s.change, 4),
                "old_meets_required": s.old_meets,
                "new_meets_required": s.new_meets,
                "now_shows": list(s.learned),
                "no_longer_shows": list(s.lost),
            }
            for s in comparison.students
        ],
        "skills": [
            {
                "role": c.role,
                "skill": c.label,
                "missing_before": c.old_missing,
                "missing_now": c.new_missing,
                "change": c.change,
            }
            for c in comparison.skills
        ],
    }
