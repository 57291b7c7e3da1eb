"""Terminal output: rich tables for a person reading the report."""

from __future__ import annotations

import io
import textwrap

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from gapcheck.gaps import RANKING, verdict
from gapcheck.models import ResumeProfile
from gapcheck.render.text import (
    NO_DEGREE,
    NO_DEGREES,
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

STACKED_BELOW = 100
"""Below this width the report is a list of paragraphs, not tables, so nothing is cut at 80 columns."""


class TableRenderer:
    """Rich tables; ``width`` and ``color`` come from the CLI, so the output is reproducible."""

    def __init__(self, *, width: int = 100, color: bool = False) -> None:
        self.width = width
        self.color = color

    def _to_text(self, renderable: RenderableType) -> str:
        buffer = io.StringIO()
        console = Console(
            file=buffer,
            width=self.width,
            force_terminal=self.color,
            color_system="standard" if self.color else None,
            no_color=not self.color,
            highlight=False,
            emoji=False,
            markup=False,  # resume text, role titles and file names are printed as written ("[/]", "[p.11]")
        )
        console.print(renderable)
        return buffer.getvalue()

    def render(self, report: RunReport) -> str:
        parts: list[RenderableType] = []
        for result in report.results:
            if isinstance(result, SkippedResume):
                parts.append(Text(f"{result.path}: skipped: {result.reason}", style="red"))
            else:
                parts.extend(self._report(result))
        return self._to_text(Group(*parts))

    def _report(self, report: GapReport) -> list[RenderableType]:
        style = "green" if report.meets_required else "yellow"
        head = Text.assemble((report.resume.source, "bold"), "  vs  ", (role_heading(report.role), "bold"), "\n")
        salary = salary_text(report.role.salary)
        if salary:
            head.append(salary + "\n")
        score = Text.assemble("Score ", (f"{report.score:.2f}", f"bold {style}"), f"  ({score_note(report)})\n")
        head.append_text(score)
        head.append(verdict(report), style)
        layout = self._wide if self.width >= STACKED_BELOW else self._stacked
        out: list[RenderableType] = [head, *layout(report)]
        out.append(Text("Degree: " + (degree_text(report.degree) if report.degree is not None else NO_DEGREE)))
        warnings = report.resume.readability.warnings
        if warnings:
            out.append(Text("Reading notes:\n" + "\n".join(f"  - {w}" for w in warnings), style="dim"))
        out.append(Text(""))
        return out

    def _wide(self, report: GapReport) -> list[RenderableType]:
        """Tables, for terminals at least ``STACKED_BELOW`` columns wide; evidence stays on one line."""
        out: list[RenderableType] = []
        if report.matched_skills:
            matched = Table(title="Skills found", title_justify="left", expand=True)
            matched.add_column("Requirement", ratio=4)
            matched.add_column("", width=4)
            matched.add_column("Found as", ratio=2)
            matched.add_column("Years", justify="right", width=5)
            matched.add_column("Evidence", ratio=5, no_wrap=True, overflow="ellipsis")
            for s in report.matched_skills:
                matched.add_row(s.label, kind_text(s.required), names_text(s.matched_by), years_text(s.years),
                                s.evidence[0] if s.evidence else "")  # fmt: skip
            out.append(matched)
        else:
            out.append(Text(f"Skills found: {NO_SKILLS_FOUND}"))
        if report.missing_skills:
            missing = Table(title="Skills missing", title_justify="left", caption=RANKING, caption_justify="left",
                            expand=True)  # fmt: skip
            missing.add_column("Gain", justify="right", width=4)
            missing.add_column("Requirement", ratio=5)
            missing.add_column("", width=4)
            missing.add_column("What would meet it", ratio=5)
            for s in report.missing_skills:
                missing.add_row(gain_text(s.gain), Text(s.label, style="red" if s.required else ""),
                                kind_text(s.required), alternatives_text(s))  # fmt: skip
            out.append(missing)
        else:
            out.append(Text(f"Skills missing: {NO_SKILLS_MISSING}"))
        if not report.experience:
            out.append(Text(f"Experience: {NO_EXPERIENCE}"))
        else:
            exp = Table(title="Experience", title_justify="left", expand=True)
            exp.add_column("Requirement", ratio=5)
            exp.add_column("", width=4)
            exp.add_column("Shown", ratio=2)
            exp.add_column("Gain", justify="right", width=4)
            for e in report.experience:
                exp.add_row(e.label, kind_text(e.required), experience_status(e), experience_gain_text(e))
            out.append(exp)
            if stated := stated_experience_text(report.resume.total_years, report.resume.claimed_years):
                out.append(Text(stated))
        return out

    def _stacked(self, report: GapReport) -> list[RenderableType]:
        """One item per paragraph, for narrow terminals: names wrap, never cut; evidence is one cut line."""
        lines: list[str] = []
        found = report.matched_skills
        lines += _wrap(
            f"Skills found ({len(found)})" if found else f"Skills found: {NO_SKILLS_FOUND}", self.width, 2, first=0
        )
        for s in found:
            lines += _wrap(f"yes  {s.label} ({kind_text(s.required)})", self.width, 7)
            shown = f"found as {names_text(s.matched_by)}" + (f", {s.years:.1f} years" if s.years else "")
            lines += _wrap(shown, self.width, 7, first=7)
            if s.evidence:
                lines.append(_cut(f'"{s.evidence[0]}"', self.width, 7))
        if report.missing_skills:
            lines += ["", f"Skills missing ({len(report.missing_skills)})", *_wrap(RANKING, self.width, 2)]
            for s in report.missing_skills:
                lines += _wrap(f"{gain_text(s.gain):>4} {s.label} ({kind_text(s.required)})", self.width, 7, first=2)
                if alternatives_text(s):
                    lines += _wrap(alternatives_text(s), self.width, 7, first=7)
        else:
            lines += ["", *_wrap(f"Skills missing: {NO_SKILLS_MISSING}", self.width, 2, first=0)]
        if not report.experience:
            lines += ["", *_wrap(f"Experience: {NO_EXPERIENCE}", self.width, 2, first=0)]
        else:
            lines += ["", "Experience"]
            for e in report.experience:
                gain = f" {experience_gain_text(e)}" if experience_gain_text(e) else ""
                mark = {"met": "yes", "short": "no ", "unknown": "?  "}[e.status]
                item = f"{mark}  {e.label} ({kind_text(e.required)}): {experience_status(e)}{gain}"
                lines += _wrap(item, self.width, 7, first=2)
            if stated := stated_experience_text(report.resume.total_years, report.resume.claimed_years):
                lines += _wrap(stated, self.width, 2, first=2)
        return [Text("\n".join(lines))]

    def render_profile(self, profile: ResumeProfile) -> str:
        r = profile.readability
        total = profile.total_years
        head = Text.assemble(
            (profile.source, "bold"),
            f"  {r.pages} page(s), {r.words} words; sections: {', '.join(r.sections) or 'none found'}\n",
            f"Highest degree: {profile.highest_degree or 'none found'}   ",
            f"Experience: {experience_text(total)} (as of {profile.as_of.isoformat()})",
            f"\n{claimed.capitalize()} (not counted in the years above)"
            if (claimed := claimed_text(profile.claimed_years))
            else "",
        )
        positions = Table(title="Positions", title_justify="left", expand=True)
        for name in ("Title", "Organization", "Dates", "Years"):
            positions.add_column(name)
        for p in profile.positions:
            positions.add_row(p.title, p.organization, p.dates.text if p.dates else "no dates",
                              years_text(p.months / 12 if p.dates else None))  # fmt: skip
        degrees = Table(title="Degrees", title_justify="left", expand=True)
        for name in ("Level", "Field", "Institution", "Year", "Status"):
            degrees.add_column(name)
        for d in profile.degrees:
            degrees.add_row(d.level, d.field or "", d.institution or "", str(d.year or ""),
                            "in progress" if d.in_progress else "awarded")  # fmt: skip
        skills = Table(title=f"Skills ({len(profile.skills)})", title_justify="left", expand=True)
        skills.add_column("Skill", ratio=2)
        skills.add_column("Category", ratio=2)
        skills.add_column("Years", justify="right", width=5)
        skills.add_column("Evidence", ratio=6)
        for s in profile.skills:
            skills.add_row(s.name, s.category, years_text(s.years), s.evidence[0] if s.evidence else "")
        parts: list[RenderableType] = [
            head,
            positions if profile.positions else Text(f"Positions: {NO_POSITIONS}"),
            degrees if profile.degrees else Text(f"Degrees: {NO_DEGREES}"),
            skills if profile.skills else Text(f"Skills: {NO_SKILLS}"),
        ]
        if r.warnings:
            parts.append(Text("Reading notes:\n" + "\n".join(f"  - {w}" for w in r.warnings)))
        return self._to_text(Group(*parts))


def _wrap(text: str, width: int, indent: int, first: int | None = None) -> list[str]:
    """Word-wrap ``text``; the first line indented by ``first`` (default: 2), the rest by ``indent``."""
    lead = " " * (2 if first is None else first)
    return textwrap.wrap(text, width=width, initial_indent=lead, subsequent_indent=" " * indent,
                         break_on_hyphens=False) or [lead]  # fmt: skip


def _cut(text: str, width: int, indent: int) -> str:
    """One line of at most ``width`` characters, ending in an ellipsis when cut."""
    room = width - indent
    return " " * indent + (text if len(text) <= room else text[: room - 1].rstrip() + "…")
