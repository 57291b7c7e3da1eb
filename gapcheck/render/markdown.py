"""Markdown output: a report a person can paste into a note or an issue."""

from __future__ import annotations

import re

from gapcheck.gaps import RANKING, verdict
from gapcheck.models import ResumeProfile
from gapcheck.render.text import (
    NO_DEGREE,
    NO_EXPERIENCE,
    NO_POSITIONS,
    NO_SKILLS,
    NO_SKILLS_FOUND,
    NO_SKILLS_MISSING,
    alternatives_text,
    claimed_text,
    degree_text,
    experience_gain_text,
    experience_status,
    experience_text,
    gain_text,
    kind_text,
    names_text,
    role_heading,
    salary_text,
    score_note,
    stated_experience_text,
    years_text,
)
from gapcheck.reportmodels import GapReport, RunReport, SkippedResume

_SPECIAL = re.compile(r"([\\`*_|])")


def escape(text: str) -> str:
    """Escape what Markdown would read as markup (``*``, ``_``, backticks, backslashes) or as a cell
    boundary (``|``) in resume and role text, so "C++ | Python" and "snake_case" print as written."""
    return _SPECIAL.sub(r"\\\1", text).replace("\n", " ")


def _first(evidence: tuple[str, ...]) -> str:
    return evidence[0] if evidence else ""


class MarkdownRenderer:
    def render(self, report: RunReport) -> str:
        parts = []
        for result in report.results:
            if isinstance(result, SkippedResume):
                parts.append(f"- **{escape(result.path)}**: skipped: {escape(result.reason)}\n")
            else:
                parts.append(self._report(result))
        return "\n".join(parts)

    def _report(self, report: GapReport) -> str:
        lines = [f"## {escape(report.resume.source)} vs {escape(role_heading(report.role))}", ""]
        salary = salary_text(report.role.salary)
        if salary:
            lines += [escape(salary), ""]
        lines += [f"**Score: {report.score:.2f}** ({escape(score_note(report))})", "", verdict(report), ""]
        lines += ["### Skills found", ""]
        if report.matched_skills:
            lines += ["| Requirement | | Found as | Years | Evidence |", "|---|---|---|---:|---|"]
        else:
            lines.append(f"{NO_SKILLS_FOUND.capitalize()}.")
        for s in report.matched_skills:
            lines.append(
                f"| {escape(s.label)} | {kind_text(s.required)} | {escape(names_text(s.matched_by))} | "
                f"{years_text(s.years)} | {escape(_first(s.evidence))} |"
            )
        if report.missing_skills:
            lines += ["", "### Skills missing", "", RANKING, ""]
            lines += ["| Gain | Requirement | | What would meet it |", "|---:|---|---|---|"]
            for s in report.missing_skills:
                cells = [gain_text(s.gain), escape(s.label), kind_text(s.required), escape(alternatives_text(s))]
                lines.append(f"| {' | '.join(cells)} |")
        else:
            lines += ["", "### Skills missing", "", f"{NO_SKILLS_MISSING.capitalize()}."]
        if not report.experience:
            lines += ["", "### Experience", "", f"{NO_EXPERIENCE.capitalize()}."]
        else:
            lines += ["", "### Experience", "", "| Requirement | | Shown | Gain |", "|---|---|---|---:|"]
            for e in report.experience:
                gain = experience_gain_text(e)
                lines.append(f"| {escape(e.label)} | {kind_text(e.required)} | {experience_status(e)} | {gain} |")
            if stated := stated_experience_text(report.resume.total_years, report.resume.claimed_years):
                lines += ["", stated]
        degree = degree_text(report.degree) if report.degree is not None else NO_DEGREE
        lines += ["", f"**Degree:** {escape(degree)}"]
        warnings = report.resume.readability.warnings
        if warnings:
            lines += ["", "**Reading notes:**", ""] + [f"- {escape(w)}" for w in warnings]
        return "\n".join(lines) + "\n"

    def render_profile(self, profile: ResumeProfile) -> str:
        r = profile.readability
        lines = [
            f"## {escape(profile.source)}",
            "",
            f"{r.pages} page(s), {r.words} words; sections: {', '.join(r.sections) or 'none found'}",
            "",
            f"- Highest degree: {profile.highest_degree or 'none found'}",
            f"- Experience: {experience_text(profile.total_years)} (as of {profile.as_of.isoformat()})"
            + (f"; {claimed}" if (claimed := claimed_text(profile.claimed_years)) else ""),
            "",
        ]
        if profile.positions:
            lines += ["| Title | Organization | Dates |", "|---|---|---|"]
        else:
            lines.append(f"Positions: {NO_POSITIONS}.")
        for p in profile.positions:
            lines.append(
                f"| {escape(p.title)} | {escape(p.organization)} | {escape(p.dates.text if p.dates else 'no dates')} |"
            )
        lines.append("")
        if profile.skills:
            lines += ["| Skill | Category | Years | Evidence |", "|---|---|---:|---|"]
        else:
            lines.append(f"Skills: {NO_SKILLS}.")
        for s in profile.skills:
            lines.append(f"| {escape(s.name)} | {s.category} | {years_text(s.years)} | {escape(_first(s.evidence))} |")
        if r.warnings:
            lines += ["", "**Reading notes:**", ""] + [f"- {escape(w)}" for w in r.warnings]
        return "\n".join(lines) + "\n"
