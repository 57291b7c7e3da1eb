"""A role profile as a role file (YAML), each requirement under a comment quoting its posting line."""

from __future__ import annotations

import json

from gapcheck.models import RoleProfile, SkillRequirement
from gapcheck.skills import Vocabulary


def _q(value: object) -> str:
    """A YAML scalar: JSON's double-quoted strings, numbers and lists are valid YAML."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return json.dumps(value, ensure_ascii=False)


def _comment(quote: str | None, indent: str) -> list[str]:
    return [f"{indent}# {_q(quote)}"] if quote else []


def _skill(req: SkillRequirement, vocabulary: Vocabulary, previous: str | None) -> list[str]:
    lines = _comment(req.quote, "    ") if req.quote != previous else []
    if req.phrase is not None:
        lines.append(f"    - phrase: {_q(req.phrase)}")
        if req.label != req.phrase:
            lines.append(f"      label: {_q(req.label)}")
        return lines
    default = " or ".join(vocabulary.entries[s].name for s in req.skills)
    if len(req.skills) == 1:
        lines.append(f"    - skill: {_q(req.skills[0])}")
    else:
        lines.append(f"    - any_of: {_q(list(req.skills))}")
    if req.label != default:
        lines.append(f"      label: {_q(req.label)}")
    return lines


def render_role_yaml(role: RoleProfile, vocabulary: Vocabulary, *, unchecked: tuple[str, ...] = ()) -> str:
    """The text of a role file that ``roles.parse_role`` loads back into the same role.

    Literal phrases are written as ``phrase:`` items; lines the posting asks for that a resume
    cannot show (work authorisation, travel) are listed in comments at the end, so nothing is lost.
    """
    out = [
        "# Role profile written by `gapcheck roles from-posting`. Review it before use: each requirement is",
        "# preceded by the posting line it was read from.",
        f"title: {_q(role.title)}",
    ]
    if role.organization:
        out.append(f"organization: {_q(role.organization)}")
    out += [f"level: {role.level}", f"source: {_q(role.source)}"]
    if role.summary:
        out.append(f"summary: {_q(role.summary)}")
    out.append("skills:")
    for required, key in ((True, "required"), (False, "preferred")):
        items = [s for s in role.skills if s.required == required]
        if items:
            out.append(f"  {key}:")
            previous = None
            for req in items:
                out += _skill(req, vocabulary, previous)
                previous = req.quote
    if role.experience:
        out.append("experience:")
        for exp in role.experience:
            out += _comment(exp.quote, "  ")
            out += [f"  # {line}" for line in (exp.note or "").splitlines()]
            out.append(f"  - label: {_q(exp.label)}")
            if exp.paths:  # one line per path: "degree: null" is any degree
                out.append("    paths:")
                out += [f"      - {{degree: {_q(p.degree)}, years: {_q(p.years)}}}" for p in exp.paths]
            else:
                out.append(f"    years: {_q(exp.years)}")
            out.append(f"    required: {_q(exp.required)}")
            if exp.skills:
                out.append(f"    skills: {_q(list(exp.skills))}")
            if exp.titles:
                out.append(f"    titles: {_q(list(exp.titles))}")
            if not exp.skills and not exp.titles:
                out.append("    any_position: true")
    if role.degree is not None:
        d = role.degree
        out.append("degree:")
        out += _comment(d.quote, "  ")
        out += [f"  minimum: {_q(d.minimum)}", f"  preferred: {_q(d.preferred)}", f"  fields: {_q(list(d.fields))}",
                f"  in_progress_ok: {_q(d.in_progress_ok)}",
                f"  equivalent_experience: {_q(d.equivalent_experience)}"]  # fmt: skip
        if d.also_level is not None:
            out.append(f"  also_required: {{level: {d.also_level}, fields: {_q(list(d.also_fields))}}}")
    if unchecked:
        out.append("# The posting also asks for these, which a resume cannot show; they are not checked:")
        out += [f"#   {_q(line)}" for line in unchecked]
    return "\n".join(out) + "\n"
