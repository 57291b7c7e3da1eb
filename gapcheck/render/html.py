"""HTML output: a gap report (or what was read from a resume) as one self-contained page to hand to a person."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

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
    degree_text,
    experience_gain_text,
    experience_status,
    experience_text,
    gain_text,
    names_text,
    role_heading,
    salary_text,
    score_note,
    stated_experience_text,
    years_text,
)
from gapcheck.reportmodels import GapReport, RunReport, SkippedResume

BASE_CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; margin: 2rem auto;
       max-width: 64rem; padding: 0 1rem; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
table { border-collapse: collapse; margin: .5rem 0; } td, th { padding: .25rem .6rem; text-align: left;
  vertical-align: top; }
th { border-bottom: 2px solid #d0d7de; } td { border-bottom: 1px solid #eaeef2; } td.n { text-align: right; }
"""
"""The look every gapcheck HTML page shares (reports and cohort summaries)."""

_CSS = """
.score { font-size: 1.3rem; font-weight: 600; } .ok { color: #1a7f37; } .gap { color: #9a6700; }
.req { color: #cf222e; } .notes { color: #57606a; }
"""


def page(title: str, body: Sequence[str], css: str = _CSS) -> str:
    """A whole HTML page around already escaped body parts: inline CSS, no script, nothing fetched."""
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{BASE_CSS}{css}</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )


def _table(headings: Sequence[str], rows: Sequence[Sequence[str]], numeric: frozenset[int] = frozenset()) -> str:
    """A table of already escaped cells; columns in ``numeric`` are right-aligned."""
    head = "".join(f"<th>{h}</th>" for h in headings)
    body = "".join(
        "<tr>"
        + "".join(f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(row))
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _kind(required: bool) -> str:
    return '<span class="req">required</span>' if required else "preferred"


def _notes(warnings: Sequence[str]) -> list[str]:
    if not warnings:
        return []
    return ["<h2>Reading notes</h2>", '<ul class="notes">', *(f"<li>{escape(w)}</li>" for w in warnings), "</ul>"]


def _report(report: GapReport) -> list[str]:
    status = "ok" if report.meets_required else "gap"
    out = [f"<h1>{escape(report.resume.name or report.resume.source)} vs {escape(role_heading(report.role))}</h1>"]
    if report.resume.name:
        out.append(f"<p>{escape(report.resume.source)}</p>")
    salary = salary_text(report.role.salary)
    if salary:
        out.append(f"<p>{escape(salary)}</p>")
    out += [
        f'<p><span class="score">Score {report.score:.2f}</span> ({escape(score_note(report))})</p>',
        f'<p class="{status}">{escape(verdict(report))}</p>',
        "<h2>Skills found</h2>",
    ]
    if report.matched_skills:
        rows = [
            [
                escape(s.label),
                _kind(s.required),
                escape(names_text(s.matched_by)),
                years_text(s.years),
                escape(s.evidence[0] if s.evidence else ""),
            ]
            for s in report.matched_skills
        ]
        out.append(_table(["Requirement", "", "Found as", "Years", "Evidence"], rows, frozenset({3})))
    else:
        out.append(f"<p>{NO_SKILLS_FOUND.capitalize()}.</p>")
    out.append("<h2>Skills missing</h2>")
    if report.missing_skills:
        rows = [
            [gain_text(s.gain), escape(s.label), _kind(s.required), escape(alternatives_text(s))]
            for s in report.missing_skills
        ]
        out += [
            f"<p>{escape(RANKING)}</p>",
            _table(["Gain", "Requirement", "", "What would meet it"], rows, frozenset({0})),
        ]
    else:
        out.append(f"<p>{NO_SKILLS_MISSING.capitalize()}.</p>")
    out.append("<h2>Experience</h2>")
    if report.experience:
        rows = [
            [escape(e.label), _kind(e.required), escape(experience_status(e)), experience_gain_text(e)]
            for e in report.experience
        ]
        out.append(_table(["Requirement", "", "Shown", "Gain"], rows, frozenset({3})))
        if stated := stated_experience_text(report.resume.total_years, report.resume.claimed_years):
            out.append(f"<p>{escape(stated)}</p>")
    else:
        out.append(f"<p>{NO_EXPERIENCE.capitalize()}.</p>")
    degree = degree_text(report.degree) if report.degree is not None else NO_DEGREE
    out += ["<h2>Degree</h2>", f"<p>{escape(degree[:1].upper() + degree[1:])}</p>"]
    return out + _notes(report.resume.readability.warnings)


class HtmlRenderer:
    """A page per run: each report under its own heading; inline CSS, no scripts, nothing fetched."""

    def render(self, report: RunReport) -> str:
        body: list[str] = []
        for result in report.results:
            if isinstance(result, SkippedResume):
                body += [f"<h1>{escape(result.path)}</h1>", f"<p>Skipped: {escape(result.reason)}</p>"]
            else:
                body += _report(result)
        first = report.results[0] if report.results else None
        title = "gapcheck report"
        if isinstance(first, GapReport):
            title = f"{first.resume.name or first.resume.source} vs {first.role.title}"
        return page(title, body)

    def render_profile(self, profile: ResumeProfile) -> str:
        r = profile.readability
        body = [
            f"<h1>{escape(profile.name or profile.source)}</h1>",
            f"<p>{escape(profile.source)}: {r.pages} page(s), {r.words} words; sections: "
            f"{escape(', '.join(r.sections) or 'none found')}</p>",
            f"<p>Highest degree: {escape(profile.highest_degree or 'none found')}. Experience: "
            f"{experience_text(profile.total_years)} (as of {profile.as_of.isoformat()}).</p>",
            "<h2>Positions</h2>",
        ]
        if profile.positions:
            rows = [
                [escape(p.title), escape(p.organization), escape(p.dates.text if p.dates else "no dates")]
                for p in profile.positions
            ]
            body.append(_table(["Title", "Organization", "Dates"], rows))
        else:
            body.append(f"<p>{escape(NO_POSITIONS.capitalize())}.</p>")
        body.append("<h2>Skills</h2>")
        if profile.skills:
            rows = [
                [escape(s.name), escape(s.category), years_text(s.years), escape(s.evidence[0] if s.evidence else "")]
                for s in profile.skills
            ]
            body.append(_table(["Skill", "Category", "Years", "Evidence"], rows, frozenset({2})))
        else:
            body.append(f"<p>{NO_SKILLS.capitalize()}.</p>")
        return page(profile.name or profile.source, body + _notes(r.warnings))
