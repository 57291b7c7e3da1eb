"""The cohort summary of a batch as Markdown: who meets each role, the score distribution, the gaps to teach."""

from __future__ import annotations

from gapcheck.models import CohortSummary, MissingCount, RoleSummary
from gapcheck.render.markdown import escape


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
        return "Scores: none."
    median = f"median {role.median_score:.2f}, " if role.median_score is not None else ""
    return f"Scores: {median}lowest {role.scores[0]:.2f}, highest {role.scores[-1]:.2f}."


def _count_table(heading: str, counts: tuple[MissingCount, ...], checked: int) -> list[str]:
    lines = [
        f"| {heading} | | Resumes | Share |",
        "|---|---|---:|---:|",
    ]
    for m in counts:
        lines.append(
            f"| {escape(m.label)} | {'req' if m.required else 'pref'} | {m.count} of {checked} | {m.share:.0%} |"
        )
    return lines


def _role(role: RoleSummary) -> list[str]:
    lines = [
        f"## {escape(role.role_title)} [{escape(role.role_id)}]",
        "",
        f"- Meet every required qualification: **{role.meets_required} of {role.checked}**",
        f"- {score_line(role)}",
        f"- Below the minimum degree: {role.degree_gaps} of {role.checked}",
        "",
        "### Score distribution",
        "",
        "| Score | Resumes |",
        "|---|---:|",
    ]
    lines += [f"| {band_label(i, len(role.score_bands))} | {n} |" for i, n in enumerate(role.score_bands)]
    lines += ["", "### Skills most often missing", ""]
    if role.missing:
        lines += _count_table("Skill", role.missing, role.checked)
    else:
        lines.append("Every resume shows every skill this role asks for.")
    lines += ["", "### Experience requirements not met", ""]
    if role.experience_gaps:
        lines += _count_table("Requirement", role.experience_gaps, role.checked)
    else:
        lines.append("None.")
    return lines


def render_summary_markdown(summary: CohortSummary) -> str:
    """The whole summary as a Markdown document."""
    lines = ["# Cohort summary", "", cohort_line(summary)]
    for role in summary.roles:
        lines += ["", *_role(role)]
    return "\n".join(lines) + "\n"
