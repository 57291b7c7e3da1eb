"""The cohort summary of a batch as Markdown: what to teach next, who meets each role, the scores, the gaps, a row per
student."""

from __future__ import annotations

from collections.abc import Sequence

from gapcheck.render.markdown import escape
from gapcheck.summarymodels import CohortSummary, MissingCount, RoleSummary, TeachItem

GAIN_NOTE = (
    "Cohort gain: the points (0 to 100) the cohort's average score would rise by if everyone missing the item "
    "showed it."
)


def band_label(index: int, bands: int) -> str:
    """'0.3-0.4' for the fourth of ten score bands."""
    return f"{index / bands:.1f}-{(index + 1) / bands:.1f}"


def cohort_line(summary: CohortSummary) -> str:
    """One sentence: how many resumes, roles and skipped files."""
    roles = len(summary.roles)
    line = f"{summary.resumes} resume{'s' * (summary.resumes != 1)} checked against {roles} role{'s' * (roles != 1)}"
    if summary.skipped:
        line += f"; {summary.skipped} could not be read (see the error column of the results)"
    return line + "."


def score_line(role: RoleSummary) -> str:
    if not role.scores:
        return "Scores: no resume could be scored for this role."
    median = f"median {role.median_score:.2f}, " if role.median_score is not None else ""
    return f"Scores: {median}lowest {role.scores[0]:.2f}, highest {role.scores[-1]:.2f}."


def degree_line(role: RoleSummary) -> str:
    if not role.states_degree:
        return "Degree: this role states no degree requirement."
    return f"Below the minimum degree: {role.degree_gaps} of {role.checked}"


def missing_empty() -> str:
    return "Every resume shows every skill this role asks for."


def experience_empty(role: RoleSummary) -> str:
    """Why the experience gaps are empty."""
    if not role.states_experience:
        return "This role states no experience requirement."
    return "Every resume meets every experience requirement of this role."


def required_for(item: TeachItem) -> str:
    """The roles that require a skill to teach, or those that only prefer it."""
    if item.required_for:
        return ", ".join(item.required_for)
    return "preferred only: " + ", ".join(item.roles)


def _who(names: Sequence[str]) -> str:
    return escape(", ".join(names))


def gain_text(gain: float) -> str:
    return f"+{gain:.1f}"


def _count_table(heading: str, counts: Sequence[MissingCount], checked: int) -> list[str]:
    lines = [f"| {heading} | | Resumes | Share | Cohort gain | Who lacks it |", "|---|---|---:|---:|---:|---|"]
    for m in counts:
        lines.append(
            f"| {escape(m.label)} | {'req' if m.required else 'pref'} | {m.count} of {checked} | {m.share:.0%} | "
            f"{gain_text(m.gain)} | "
            f"{_who(m.who)} |"
        )
    return lines


def _teach_next(items: Sequence[TeachItem]) -> list[str]:
    lines = ["## Teach next", ""]
    if not items:
        return [*lines, "Nothing to teach: every resume checked shows every skill its roles ask for."]
    lines += [
        "Skills missing across every role of this run: required by some role first, then by how many students miss "
        "them (a student missing a skill for two roles counts once).",
        "",
        "| Skill | Required for | Students | Share | Who lacks it |",
        "|---|---|---:|---:|---|",
    ]
    for t in items:
        lines.append(f"| {escape(t.label)} | {escape(required_for(t))} | {t.count} | {t.share:.0%} | {_who(t.who)} |")
    return lines


def _role(role: RoleSummary) -> list[str]:
    lines = [
        f"## {escape(role.role_title)} [{escape(role.role_id)}]",
        "",
        f"- Meet every required qualification: **{role.meets_required} of {role.checked}**",
        f"- {score_line(role)}",
        f"- {degree_line(role)}",
        "",
        "### Score distribution",
        "",
        "| Score | Resumes |",
        "|---|---:|",
    ]
    lines += [f"| {band_label(i, len(role.score_bands))} | {n} |" for i, n in enumerate(role.score_bands)]
    lines += ["", "### Share meeting each required item", ""]
    if role.required_met:
        lines += ["| Required item | Kind | Meet it | Share |", "|---|---|---:|---:|"]
        lines += [
            f"| {escape(r.label)} | {r.kind} | {r.met} of {role.checked} | {r.share:.0%} |" for r in role.required_met
        ]
    else:
        lines.append("This role states no required item; every requirement is preferred.")
    lines += ["", "### Skills most often missing", ""]
    lines += [*_count_table("Skill", role.missing, role.checked), "", GAIN_NOTE] if role.missing else [missing_empty()]
    lines += ["", "### Experience requirements not met", ""]
    if role.experience_gaps:
        lines += _count_table("Requirement", role.experience_gaps, role.checked)
    else:
        lines.append(experience_empty(role))
    lines += [
        "",
        "### Students",
        "",
        "Lowest score first: whom to help first. The name is blank when it could not be read with confidence.",
        "",
        "| Name | File | Score | Meets required | Top three missing |",
        "|---|---|---:|---|---|",
    ]
    for r in role.students:
        missing = escape("; ".join(r.top_missing)) or "nothing"
        lines.append(
            f"| {escape(r.name or '')} | {escape(r.file)} | {r.score:.2f} | {'yes' if r.meets_required else 'no'} | "
            f"{missing} |"
        )
    return lines


def render_summary_markdown(summary: CohortSummary) -> str:
    """The whole summary as a Markdown document."""
    lines = ["# Cohort summary", "", cohort_line(summary), "", *_teach_next(summary.teach_next)]
    for role in summary.roles:
        lines += ["", *_role(role)]
    return "\n".join(lines) + "\n"
