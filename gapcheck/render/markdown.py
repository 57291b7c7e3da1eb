"""Markdown output: a report a person can paste into a note or an issue."""

from __future__ import annotations

from gapcheck.gaps import SCORING_VERSION, verdict
from gapcheck.models import GapReport, ResumeProfile, RunReport, SkippedResume
from gapcheck.render.text import degree_text, experience_text, names_text, role_heading, years_text


def escape(text: str) -> str:
    """Escape what would break a Markdown table cell."""
    return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ")


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
        sub = report.subscores
        lines = [
            f"## {escape(report.resume.source)} vs {escape(role_heading(report.role))}",
            "",
            f"**Score: {report.score:.2f}** (skills {sub.skills:.2f}"
            + (f", experience {sub.experience:.2f}" if sub.experience is not None else "")
            + (f", degree {sub.degree:.2f}" if sub.degree is not None else "")
            + f"; scoring v{SCORING_VERSION})",
            "",
            f"{verdict(report)}",
            "",
            "### Skills found",
            "",
            "| Requirement | | Weight | Found as | Years | Evidence |",
            "|---|---|---:|---|---:|---|",
        ]
        for s in report.matched_skills:
            lines.append(
                f"| {escape(s.label)} | {'req' if s.required else 'pref'} | {s.weight:.2f} | "
                f"{escape(names_text(s.matched_by))} | {years_text(s.years)} | {escape(_first(s.evidence))} |"
            )
        lines += ["", "### Skills missing, most important first", "", "| Requirement | | Weight |", "|---|---|---:|"]
        for s in report.missing_skills:
            lines.append(f"| {escape(s.label)} | {'req' if s.required else 'pref'} | {s.weight:.2f} |")
        if report.experience:
            lines += ["", "### Experience", "", "| Requirement | | Needs | Found | Met |", "|---|---|---:|---:|---|"]
            for e in report.experience:
                lines.append(
                    f"| {escape(e.label)} | {'req' if e.required else 'pref'} | {e.required_years:g} y | "
                    f"{experience_text(e.found_years)} | {'yes' if e.met else 'no'} |"
                )
        if report.degree is not None:
            lines += ["", f"**Degree:** {escape(degree_text(report.degree))}"]
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
            f"- Experience: {experience_text(profile.total_years)} (as of {profile.as_of.isoformat()})",
            "",
            "| Title | Organization | Dates |",
            "|---|---|---|",
        ]
        for p in profile.positions:
            lines.append(
                f"| {escape(p.title)} | {escape(p.organization)} | {escape(p.dates.text if p.dates else 'no dates')} |"
            )
        lines += ["", "| Skill | Category | Years | Evidence |", "|---|---|---:|---|"]
        for s in profile.skills:
            lines.append(f"| {escape(s.name)} | {s.category} | {years_text(s.years)} | {escape(_first(s.evidence))} |")
        if r.warnings:
            lines += ["", "**Reading notes:**", ""] + [f"- {escape(w)}" for w in r.warnings]
        return "\n".join(lines) + "\n"
