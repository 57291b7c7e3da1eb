"""Terminal output: rich tables for a person reading the report."""

from __future__ import annotations

import io

from rich.console import Console, Group, RenderableType
from rich.table import Table
from rich.text import Text

from gapcheck.gaps import SCORING_VERSION, verdict
from gapcheck.models import GapReport, ResumeProfile, RunReport, SkippedResume
from gapcheck.render.text import degree_text, experience_text, names_text, role_heading, years_text


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
        sub = report.subscores
        bits = [f"skills {sub.skills:.2f}"]
        if sub.experience is not None:
            bits.append(f"experience {sub.experience:.2f}")
        if sub.degree is not None:
            bits.append(f"degree {sub.degree:.2f}")
        style = "green" if report.meets_required else "yellow"
        head = Text.assemble(
            (f"{report.resume.source}", "bold"),
            "  vs  ",
            (role_heading(report.role), "bold"),
            "\n",
            ("Score ", ""),
            (f"{report.score:.2f}", f"bold {style}"),
            f"  ({' · '.join(bits)}; scoring v{SCORING_VERSION})\n",
            (verdict(report), style),
        )
        out: list[RenderableType] = [head]
        matched = Table(title="Skills found", title_justify="left", expand=True)
        for name, kw in (("Requirement", {"ratio": 3}), ("", {"width": 4}),
                         ("Weight", {"justify": "right", "width": 6}), ("Found as", {"ratio": 2}),
                         ("Years", {"justify": "right", "width": 5}), ("Evidence", {"ratio": 5})):  # fmt: skip
            matched.add_column(name, **kw)
        for s in report.matched_skills:
            matched.add_row(
                s.label,
                "req" if s.required else "pref",
                f"{s.weight:.2f}",
                names_text(s.matched_by),
                years_text(s.years),
                s.evidence[0] if s.evidence else "",
            )
        missing = Table(title="Skills missing, most important first", title_justify="left", expand=True)
        missing.add_column("Requirement", ratio=6)
        missing.add_column("", width=4)
        missing.add_column("Weight", justify="right", width=6)
        for s in report.missing_skills:
            missing.add_row(Text(s.label, style="red" if s.required else ""), "req" if s.required else "pref",
                            f"{s.weight:.2f}")  # fmt: skip
        out += [matched if report.matched_skills else Text("Skills found: none"), missing]
        if report.experience:
            exp = Table(title="Experience", title_justify="left", expand=True)
            exp.add_column("Requirement", ratio=5)
            exp.add_column("", width=4)
            exp.add_column("Needs", justify="right", width=6)
            exp.add_column("Found", justify="right", width=8)
            exp.add_column("Met", width=4)
            for e in report.experience:
                exp.add_row(e.label, "req" if e.required else "pref", f"{e.required_years:g} y",
                            experience_text(e.found_years), "yes" if e.met else "no")  # fmt: skip
            out.append(exp)
        if report.degree is not None:
            out.append(Text("Degree: " + degree_text(report.degree)))
        warnings = report.resume.readability.warnings
        if warnings:
            out.append(Text("Reading notes:\n" + "\n".join(f"  - {w}" for w in warnings), style="dim"))
        out.append(Text(""))
        return out

    def render_profile(self, profile: ResumeProfile) -> str:
        r = profile.readability
        total = profile.total_years
        head = Text.assemble(
            (profile.source, "bold"),
            f"  {r.pages} page(s), {r.words} words; sections: {', '.join(r.sections) or 'none found'}\n",
            f"Highest degree: {profile.highest_degree or 'none found'}   ",
            f"Experience: {experience_text(total)} (as of {profile.as_of.isoformat()})",
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
        parts: list[RenderableType] = [head, positions, degrees, skills]
        if r.warnings:
            parts.append(Text("Reading notes:\n" + "\n".join(f"  - {w}" for w in r.warnings)))
        return self._to_text(Group(*parts))
