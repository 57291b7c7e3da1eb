"""The cohort summary of a batch as one self-contained HTML page: inline CSS and SVG charts, no scripts."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from gapcheck.render.html import page
from gapcheck.render.summary_md import (
    GAIN_NOTE,
    band_label,
    cohort_line,
    degree_line,
    experience_empty,
    gain_text,
    missing_empty,
    required_for,
    score_line,
)
from gapcheck.summarymodels import CohortSummary, MissingCount, RoleSummary, StudentRow

_CSS = """
.facts { display: flex; gap: 1rem; flex-wrap: wrap; }
.fact { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem .9rem; }
.fact b { font-size: 1.3rem; display: block; }
caption { text-align: left; color: #57606a; padding-bottom: .3rem; }
details summary { cursor: pointer; color: #0969da; }
svg text { font: 12px system-ui, sans-serif; fill: #1f2328; } svg text.axis { font-weight: 600; }
svg line { stroke: #8c959f; }
.required { fill: #cf222e; } .preferred { fill: #f0a58f; } .band { fill: #0969da; } .met { fill: #1a7f37; }
.key span { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 1rem; vertical-align: -1px; }
"""

_LABEL_WIDTH = 330
_BAR_WIDTH = 380
_ROW_HEIGHT = 22
_LABEL_CHARS = 44
_KEY = (
    '<p class="key">Bar colour:<span style="background:#cf222e"></span>required'
    '<span style="background:#f0a58f"></span>preferred</p>'
)


@dataclass(frozen=True, slots=True)
class _Bar:
    label: str
    share: float
    text: str
    """Printed after the bar."""
    kind: str
    """CSS class: required, preferred or met."""
    tooltip: str


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1].rstrip() + "…"


def _svg(width: int, height: int, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    )


def _bar_chart(bars: Sequence[_Bar], title: str, axis: str) -> str:
    """Horizontal bars on a 0-100% axis, one per row, with the axis and its title under them."""
    top = len(bars) * _ROW_HEIGHT + 4
    width = _LABEL_WIDTH + _BAR_WIDTH + 110
    parts = [_svg(width, top + 44, title)]
    for row, bar in enumerate(bars):
        y = row * _ROW_HEIGHT + 2
        parts.append(
            f"<g><title>{escape(bar.tooltip)}</title>"
            f'<text x="{_LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(_short(bar.label))}</text>'
            f'<rect class="{bar.kind}" x="{_LABEL_WIDTH}" y="{y + 3}" width="{max(bar.share * _BAR_WIDTH, 1):.1f}" '
            f'height="{_ROW_HEIGHT - 6}"/>'
            f'<text x="{_LABEL_WIDTH + bar.share * _BAR_WIDTH + 6:.1f}" y="{y + 15}">{escape(bar.text)}</text></g>'
        )
    parts.append(f'<line x1="{_LABEL_WIDTH}" y1="{top}" x2="{_LABEL_WIDTH + _BAR_WIDTH}" y2="{top}"/>')
    for tick in range(5):
        x = _LABEL_WIDTH + tick / 4 * _BAR_WIDTH
        parts.append(
            f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + 4}"/>'
            f'<text x="{x:.1f}" y="{top + 16}" text-anchor="middle">{tick * 25}%</text>'
        )
    parts.append(
        f'<text class="axis" x="{_LABEL_WIDTH + _BAR_WIDTH / 2}" y="{top + 36}" text-anchor="middle">'
        f"{escape(axis)}</text></svg>"
    )
    return "".join(parts)


def _histogram(role: RoleSummary) -> str:
    """Vertical bars: how many resumes score in each band, with both axes titled."""
    bands = role.score_bands
    tallest = max(bands, default=0) or 1
    column, plot, base, left = 58, 150, 170, 40
    width = left + column * len(bands) + 10
    parts = [_svg(width, base + 48, f"Score distribution for {role.role_title}")]
    parts.append(
        f'<text class="axis" x="14" y="{base - plot / 2}" text-anchor="middle" '
        f'transform="rotate(-90 14 {base - plot / 2})">Resumes</text>'
        f'<line x1="{left}" y1="{base}" x2="{width - 5}" y2="{base}"/>'
    )
    for i, count in enumerate(bands):
        height = count / tallest * plot
        x = left + i * column
        label = band_label(i, len(bands))
        parts.append(
            f"<g><title>{count} resume{'s' * (count != 1)} scored {label}</title>"
            f'<rect class="band" x="{x + 4}" y="{base - height:.1f}" width="{column - 8}" height="{height:.1f}"/>'
            f'<text x="{x + column / 2}" y="{base - height - 4:.1f}" text-anchor="middle">{count}</text>'
            f'<text x="{x + column / 2}" y="{base + 16}" text-anchor="middle">{label}</text></g>'
        )
    parts.append(
        f'<text class="axis" x="{left + column * len(bands) / 2}" y="{base + 40}" text-anchor="middle">'
        "Score (0 to 1)</text></svg>"
    )
    return "".join(parts)


def _who(names: Sequence[str]) -> str:
    if not names:
        return ""
    listed = ", ".join(escape(n) for n in names)
    return f"<details><summary>{len(names)} student{'s' * (len(names) != 1)}</summary>{listed}</details>"


def _count_table(heading: str, counts: Sequence[MissingCount], checked: int) -> str:
    rows = "".join(
        f"<tr><td>{escape(m.label)}</td><td>{'required' if m.required else 'preferred'}</td>"
        f'<td class="n">{m.count} of {checked}</td><td class="n">{m.share:.0%}</td>'
        f'<td class="n">{gain_text(m.gain)}</td><td>{_who(m.who)}</td></tr>'
        for m in counts
    )
    return (
        f"<table><caption>{escape(GAIN_NOTE)}</caption><thead><tr><th>{heading}</th><th></th><th>Resumes</th>"
        "<th>Share</th><th>Cohort gain</th><th>Who lacks it</th></tr>"
        f"</thead><tbody>{rows}</tbody></table>"
    )


def _teach_next(summary: CohortSummary) -> str:
    items = summary.teach_next
    parts = ["<section><h2>Teach next</h2>"]
    if not items:
        parts.append("<p>Nothing to teach: every resume checked shows every skill its roles ask for.</p></section>")
        return "\n".join(parts)
    bars = [
        _Bar(
            t.label,
            t.share,
            f"{t.count} ({t.share:.0%})",
            "required" if t.required_for else "preferred",
            f"{t.label}: missing for {t.count} student(s)",
        )
        for t in items
    ]
    rows = "".join(
        f"<tr><td>{escape(t.label)}</td><td>{escape(required_for(t))}</td>"
        f'<td class="n">{t.count}</td><td class="n">{t.share:.0%}</td><td>{_who(t.who)}</td></tr>'
        for t in items
    )
    parts += [
        "<p>The skills missing across every role of this run, required by some role first, then by how many "
        "students miss them; a student missing a skill for two roles counts once.</p>",
        _KEY,
        _bar_chart(bars, "Skills to teach next", "Share of the students missing it"),
        "<table><thead><tr><th>Skill</th><th>Required for</th><th>Students</th><th>Share</th><th>Who lacks it</th>"
        f"</tr></thead><tbody>{rows}</tbody></table></section>",
    ]
    return "\n".join(parts)


def _labels(labels: Sequence[str]) -> str:
    """Short labels, one a line, the whole label in a tooltip."""
    if not labels:
        return "nothing"
    return "<br>".join(f'<span title="{escape(label)}">{escape(_short(label))}</span>' for label in labels)


def _students(rows: Sequence[StudentRow]) -> str:
    body = "".join(
        f'<tr><td>{escape(r.name or "")}</td><td>{escape(r.file)}</td><td class="n">{r.score:.2f}</td>'
        f"<td>{'yes' if r.meets_required else 'no'}</td><td>{_labels(r.top_missing)}</td></tr>"
        for r in rows
    )
    return (
        "<table><caption>Lowest score first: whom to help first. The name is blank when it could not be read "
        "with confidence.</caption><thead><tr><th>Name</th><th>File</th><th>Score</th><th>Meets required</th>"
        f"<th>Top three missing</th></tr></thead><tbody>{body}</tbody></table>"
    )


def _role(role: RoleSummary) -> str:
    parts = [
        f"<section><h2>{escape(role.role_title)} <small>[{escape(role.role_id)}]</small></h2>",
        '<div class="facts">',
        f'<div class="fact"><b>{role.meets_required} of {role.checked}</b>meet every required qualification</div>',
        f'<div class="fact">{escape(degree_line(role))}</div>',
        "</div>",
        f"<p>{escape(score_line(role))}</p>",
        "<h3>Score distribution</h3>",
        _histogram(role),
        "<h3>Share meeting each required item</h3>",
    ]
    if role.required_met:
        bars = [
            _Bar(
                r.label,
                r.share,
                f"{r.met} of {role.checked} ({r.share:.0%})",
                "met",
                f"{r.label} ({r.kind}): met by {r.met} of {role.checked}",
            )
            for r in role.required_met
        ]
        parts.append(
            _bar_chart(
                bars, f"Share meeting each required item of {role.role_title}", "Share of the resumes meeting it"
            )
        )
    else:
        parts.append("<p>This role states no required item; every requirement is preferred.</p>")
    parts.append("<h3>Skills most often missing</h3>")
    if role.missing:
        bars = [
            _Bar(
                m.label,
                m.share,
                f"{m.count} ({m.share:.0%})",
                "required" if m.required else "preferred",
                f"{m.label} ({'required' if m.required else 'preferred'}): missing in {m.count} of {role.checked}",
            )
            for m in role.missing
        ]
        parts += [
            _KEY,
            _bar_chart(bars, f"Skills most often missing for {role.role_title}", "Share of the resumes missing it"),
            _count_table("Skill", role.missing, role.checked),
        ]
    else:
        parts.append(f"<p>{escape(missing_empty())}</p>")
    parts.append("<h3>Experience requirements not met</h3>")
    if role.experience_gaps:
        parts.append(_count_table("Requirement", role.experience_gaps, role.checked))
    else:
        parts.append(f"<p>{escape(experience_empty(role))}</p>")
    parts += ["<h3>Students</h3>", _students(role.students), "</section>"]
    return "\n".join(parts)


def render_summary_html(summary: CohortSummary) -> str:
    """The whole summary as an HTML page that needs no network and runs no script."""
    body = [f"<h1>Cohort summary</h1>\n<p>{escape(cohort_line(summary))}</p>", _teach_next(summary)]
    return page("Cohort summary", body + [_role(role) for role in summary.roles], _CSS)
