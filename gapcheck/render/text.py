"""Small wording helpers shared by the human-readable formats (table, Markdown, HTML)."""

from __future__ import annotations

from gapcheck.gaps import SCORING_VERSION, SHOWN_ALTERNATIVES
from gapcheck.models import DegreeRequirement, ExperiencePath, RoleProfile, Salary, degree_rank
from gapcheck.reportmodels import DegreeResult, ExperienceResult, GapReport, SkillResult

_PATH_NAMES = {"associate": "associate degree", "bachelor": "bachelor's", "master": "master's", "doctorate": "PhD"}
_LEVEL_NAMES = {
    "associate": "an associate degree",
    "bachelor": "a bachelor's degree",
    "master": "a master's degree",
    "doctorate": "a doctorate",
}


def years_text(years: float | None) -> str:
    return "" if years is None else f"{years:.1f}"


def experience_text(years: float | None) -> str:
    """'3.2 y', or 'unknown' when the resume has no readable dates (never a silent zero)."""
    return "unknown" if years is None else f"{years:.1f} y"


def claimed_text(claimed: float | None) -> str:
    """'the resume states 7 years', or '' when the resume states no total of its own."""
    return "" if claimed is None else f"the resume states {claimed:g} {'year' if claimed == 1 else 'years'}"


def stated_experience_text(total: float | None, claimed: float | None) -> str:
    """The check report's line under the experience requirements, or '' when the resume states no total."""
    if claimed is None:
        return ""
    counted = "unknown" if total is None else f"{total:.1f} years"
    return f"Experience from dated positions: {counted}; {claimed_text(claimed)}"


def kind_text(required: bool) -> str:
    return "req" if required else "pref"


def gain_text(gain: float) -> str:
    """Points of score an item would add: '+6', or '+<1' for less than half a point."""
    return f"+{gain:.0f}" if gain >= 0.5 else "+<1"


def experience_gain_text(result: ExperienceResult) -> str:
    """The points an experience item would add ('+6'); '' when met or when it would add none (years that meet a
    path whose degree could not be read)."""
    return "" if result.met or result.gain <= 0 else gain_text(result.gain)


def role_heading(role: RoleProfile) -> str:
    org = f" ({role.organization})" if role.organization else ""
    return f"{role.title}{org} [{role.id}]"


def score_note(report: GapReport) -> str:
    """'skills 0.68 · experience 1.00 · degree 1.00; scoring v2, IDF over bundled roles (9, 1f2e...)'."""
    sub = report.subscores
    bits = [f"skills {sub.skills:.2f}"]
    if sub.experience is not None:
        bits.append(f"experience {sub.experience:.2f}")
    if sub.degree is not None:
        bits.append(f"degree {sub.degree:.2f}")
    # the digest after the name is for machines (JSON); people read which roles the IDF came from
    basis = f", IDF over {report.idf_basis.split(' (')[0]}" if report.idf_basis else ""
    return f"{' · '.join(bits)}; scoring v{SCORING_VERSION}{basis}"


def salary_text(salary: Salary | None) -> str:
    """'Salary: base $141,000-$178,000 (Indeed estimate ...)', or '' when the role states none."""
    if salary is None:
        return ""
    parts = []
    if salary.base_usd_min is not None and salary.base_usd_max is not None:
        parts.append(f"base ${salary.base_usd_min:,}–${salary.base_usd_max:,}")
    if salary.base_usd is not None:
        parts.append(f"{'average ' if parts else ''}base ${salary.base_usd:,}")
    if salary.additional_usd is not None:
        parts.append(f"plus ${salary.additional_usd:,} additional pay")
    if not parts and salary.note is None:
        return ""
    note = f" ({salary.note})" if salary.note else ""
    return "Salary: " + ", ".join(parts) + note


def role_degree_lines(degree: DegreeRequirement) -> list[str]:
    """What a role asks of degrees, as ``roles show`` prints it: the minimum with its conditions, the
    preferred level, and any further degree the posting asks for."""

    def with_fields(level: str | None, fields: tuple[str, ...]) -> str:
        return level_text(level) + (f" in {_or_list(fields)}" if fields else "")

    if degree.minimum is None:
        minimum = "Degree: no minimum stated"
    else:
        minimum = "Degree: at least " + with_fields(degree.minimum, degree.fields)
        if degree.in_progress_ok:
            minimum += " (in progress accepted)"
        if degree.equivalent_experience:
            minimum += ", or equivalent practical experience"
    lines = [minimum]
    if degree.preferred is not None:
        lines.append("Degree preferred: " + with_fields(degree.preferred, () if degree.minimum else degree.fields))
    if degree.also_level is not None:
        lines.append("Degree also asked for: " + with_fields(degree.also_level, degree.also_fields))
    return lines


def _or_list(words: tuple[str, ...]) -> str:
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def level_text(level: str | None) -> str:
    return _LEVEL_NAMES[level] if level else "no degree"


def degree_text(degree: DegreeResult) -> str:
    """The degree verdict as a sentence: what the role asks for, what the resume shows, and whether it is enough."""
    found = _found_degree(degree) + field_text(degree)
    wanted, preferred = degree.required_level, degree.preferred_level
    if degree.level_met and not degree.met_by_degree:
        return f"{found}, so only the level ({level_text(degree.required_level)}) is met."
    if preferred and degree.preferred_met and degree_rank(preferred) > degree_rank(wanted):
        return f"{found}: meets the preferred level ({level_text(preferred)})."
    if wanted is None:
        return f"{found}; {level_text(preferred)} is preferred (no minimum is stated)." if preferred else f"{found}."
    asked = level_text(wanted)
    if degree.met_by_degree and degree_rank(degree.found_level) >= degree_rank(wanted):
        tail = f"; {level_text(preferred)} is preferred" if preferred and not degree.preferred_met else ""
        return f"{found}: meets the minimum ({asked}){tail}."
    if degree.met_by_degree:
        return f"{found}: {asked} in progress is accepted."
    if degree.equivalent_years is not None:
        shown = "unknown" if degree.relevant_years is None else f"{degree.relevant_years:.1f}"
        needed = f"{degree.equivalent_years:g}"
        if degree.met_by_experience:
            return f"{found}: {shown} years of relevant experience stand in for {asked} ({needed} needed)."
        missing_also = degree_rank(degree.found_level) < degree_rank(degree.also_level)
        if missing_also:
            return (f"{found}: below the minimum ({asked}); experience could stand in for it, "
                    f"but {level_text(degree.also_level)} is also asked for.")  # fmt: skip
        return (f"{found}: below the minimum ({asked}); {needed} years of relevant experience "
                f"would stand in for it, {shown} shown.")  # fmt: skip
    return f"{found}: below the minimum ({asked})."


def field_text(degree: DegreeResult) -> str:
    """How the degree's field compares with the role's, in words: ' (field differs: the role asks for statistics or
    computer science)', ' (a field the role asks for: statistics)'; '' when the role names no field."""
    if degree.field_match is None or not degree.fields:
        return ""
    asked = list(degree.fields)
    names = asked[0] if len(asked) == 1 else ", ".join(asked[:-1]) + " or " + asked[-1]
    if degree.field_match == "match":
        same = (degree.found_field or "").lower() == (degree.matched_field or "").lower()
        return " (a field the role asks for)" if same else f" (a field the role asks for: {degree.matched_field})"
    if degree.field_match == "related":
        return f" (related to {degree.matched_field}, a field the role asks for)"
    how = "field differs" if degree.field_match == "differs" else "field could not be read"
    return f" ({how}: the role asks for {names})"


def _found_degree(degree: DegreeResult) -> str:
    if degree.found_level is None:
        found = "No degree found"
    else:
        found = "Found " + level_text(degree.found_level)
        if degree.found_field:
            found += f" in {degree.found_field}"
    if degree.in_progress_level:
        found += f", {level_text(degree.in_progress_level)} in progress"
    return found


def path_text(path: ExperiencePath) -> str:
    """'PhD + 2 years', "master's + 5 years", '8 years with any degree', 'PhD' (a degree-only path)."""
    years = f"{path.years:g} {'year' if path.years == 1 else 'years'}"
    if path.degree is None:
        return f"{years} with any degree"
    name = _PATH_NAMES[path.degree]
    return name if path.years <= 0 else f"{name} + {years}"


def experience_status(result: ExperienceResult) -> str:
    """What the resume shows against one experience requirement, in words."""
    if result.path is not None:
        return _path_status(result, result.path)
    if result.found_years is None:
        return "unknown: no dates on the resume"
    if result.required_years <= 0:
        return "shown" if result.positions else "not shown"
    needed = f"{result.required_years:g} {'year' if result.required_years == 1 else 'years'}"
    if result.met:
        return f"{result.found_years:.1f} years shown ({needed} needed)"
    return f"{result.found_years:.1f} of {needed} shown"


def _path_status(result: ExperienceResult, path: ExperiencePath) -> str:
    """'PhD + 2 years: 3.1 years shown', or the nearest path and what it lacks; unknown is said so."""
    shown = "no dates on the resume" if result.found_years is None else f"{result.found_years:.1f} years shown"
    if result.status == "met":
        return f"{path_text(path)}: {shown}" if path.years > 0 else f"{path_text(path)}: met by the degree"
    if result.status == "unknown":
        if result.degree_met is None:
            return f"unknown: no degree found on the resume; {shown}, enough for {path_text(path)}"
        return f"unknown: no dates on the resume ({' or '.join(path_text(p) for p in result.paths)})"
    lacking = []
    if result.degree_met is False:
        found = _PATH_NAMES.get(result.found_degree or "", "no degree")
        lacking.append(f"needs {_LEVEL_NAMES[path.degree or '']} (found {found})")
    if result.years_met is False:
        lacking.append(f"{result.found_years or 0:.1f} of {path.years:g} years shown")
    elif path.years > 0:
        lacking.append(shown)
    return f"nearest {path_text(path)}: {', '.join(lacking)}"


def alternatives_text(skill: SkillResult, most: int = SHOWN_ALTERNATIVES) -> str:
    """'show any of: PyTorch, TensorFlow, Keras, JAX; nearest on the resume: Power BI', for a missing requirement."""
    if skill.literal:  # a requirement from a posting that no vocabulary skill names
        return "a phrase from the posting, looked for word for word in the resume"
    parts = []
    names = skill.satisfied_by
    if len(names) > 1 or (names and names[0].lower() != skill.label.lower()):
        shown = ", ".join(names[:most])
        more = f" and {len(names) - most} more" if len(names) > most else ""
        parts.append(f"{'show any of' if len(names) > 1 else 'show'}: {shown}{more}")
    if skill.nearest:
        parts.append(f"nearest on the resume: {', '.join(skill.nearest)}")
    return "; ".join(parts)


def names_text(names: tuple[str, ...], most: int = 3) -> str:
    """'PyTorch, TensorFlow, Keras +2': the resume skills that satisfy a requirement, kept short."""
    shown = ", ".join(names[:most])
    return f"{shown} +{len(names) - most}" if len(names) > most else shown


NO_SKILLS_FOUND = "none of the skills this role asks for is on the resume"
NO_SKILLS_MISSING = "every skill this role asks for is on the resume"
NO_EXPERIENCE = "this role states no experience requirement"
NO_DEGREE = "this role states no degree requirement"
NO_POSITIONS = "no positions were found (see the reading notes)"
NO_DEGREES = "no degrees were found"
NO_SKILLS = "no skill of the vocabulary was found"
"""Why an empty section is empty: every format says it in these words, never 'None.'."""
