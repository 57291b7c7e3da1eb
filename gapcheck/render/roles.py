"""Role profiles as text: ``gapcheck roles list`` and ``gapcheck roles show`` in every format."""

from __future__ import annotations

import json
from typing import Any

from gapcheck.models import RoleProfile
from gapcheck.postings import ParsedPosting
from gapcheck.render import OutputFormat, RoleFormat
from gapcheck.render.json import format_path, format_salary
from gapcheck.render.markdown import escape
from gapcheck.render.role_yaml import render_role_yaml
from gapcheck.render.text import path_text, role_degree_lines, salary_text
from gapcheck.skills import Vocabulary

ROLE_SCHEMA = "gapcheck/role/v1"


def format_role(role: RoleProfile) -> dict[str, Any]:
    return {
        "schema": ROLE_SCHEMA,
        "id": role.id,
        "title": role.title,
        "organization": role.organization,
        "level": role.level,
        "source": role.source,
        "summary": role.summary,
        "salary": format_salary(role.salary),
        "skills": [
            {"name": s.label, "required": s.required, "any_of": list(s.skills), "phrase": s.phrase} for s in role.skills
        ],
        "experience": [
            {
                "requirement": e.label,
                "years": e.years,
                "required": e.required,
                "skills": list(e.skills),
                "titles": list(e.titles),
                "also_skills": list(e.also_skills),
                "paths": [format_path(p) for p in e.paths],
            }  # fmt: skip
            for e in role.experience
        ],
        "degree": None
        if role.degree is None
        else {
            "minimum": role.degree.minimum,
            "preferred": role.degree.preferred,
            "fields": list(role.degree.fields),
            "in_progress_ok": role.degree.in_progress_ok,
            "equivalent_experience": role.degree.equivalent_experience,
            "also_required": None
            if role.degree.also_level is None
            else {"level": role.degree.also_level, "fields": list(role.degree.also_fields)},
        },  # fmt: skip
        "path": str(role.path) if role.path else None,
    }


def render_role_list(roles: tuple[RoleProfile, ...], output_format: OutputFormat) -> str:
    if output_format is OutputFormat.json:
        return (
            json.dumps(
                [{"id": r.id, "title": r.title, "organization": r.organization, "level": r.level} for r in roles],
                indent=2,
            )
            + "\n"
        )
    if output_format is OutputFormat.markdown:
        rows = ["| Id | Title | Organization | Level |", "|---|---|---|---|"]
        rows += [f"| {r.id} | {escape(r.title)} | {escape(r.organization or '')} | {r.level} |" for r in roles]
        return "\n".join(rows) + "\n"
    width = max((len(r.id) for r in roles), default=2)
    return "".join(f"{r.id:<{width}}  {r.level:<8}  {r.title}{f' ({r.organization})' if r.organization else ''}\n"
                   for r in roles)  # fmt: skip


def render_role(role: RoleProfile, output_format: OutputFormat) -> str:
    if output_format is OutputFormat.json:
        return json.dumps(format_role(role), indent=2, ensure_ascii=False) + "\n"
    bullet = "- " if output_format is OutputFormat.markdown else "  - "
    lines = [f"{role.title}{f' ({role.organization})' if role.organization else ''} [{role.id}], level {role.level}"]
    if role.summary:
        lines.append(role.summary)
    lines.append(f"Source: {role.source}")
    if role.salary is not None:
        lines.append(salary_text(role.salary))
    for required, name in ((True, "Required skills"), (False, "Preferred skills")):
        items = [s for s in role.skills if s.required == required]
        if items:
            lines.append(f"{name}:")
            lines += [f"{bullet}{s.label}" + (f" (any of: {', '.join(s.skills)})" if len(s.skills) > 1 else "")
                      + (" (phrase, matched in the resume's text)" if s.phrase else "") for s in items]  # fmt: skip
    if role.experience:
        lines.append("Experience:")
        for e in role.experience:
            length = f"{e.years:g}+ years" if e.years > 0 else "no length given"
            if e.paths:
                length = " or ".join(path_text(p) for p in e.paths)
            lines.append(f"{bullet}{e.label} ({'required' if e.required else 'preferred'}; {length})")
    if role.degree is not None:
        lines += role_degree_lines(role.degree)
    return "\n".join(lines) + "\n"


def render_posting_role(posting: ParsedPosting, output_format: RoleFormat, vocabulary: Vocabulary) -> str:
    """A role read from a posting: a role file (YAML), the JSON of ``roles show``, or the table view."""
    if output_format is RoleFormat.yaml:
        return render_role_yaml(posting.role, vocabulary, unchecked=posting.unchecked)
    if output_format is RoleFormat.json:
        return render_role(posting.role, OutputFormat.json)
    text = render_role(posting.role, OutputFormat.table)
    if posting.unchecked:
        text += "Not checked (a resume cannot show them):\n" + "".join(f"  - {u}\n" for u in posting.unchecked)
    return text
