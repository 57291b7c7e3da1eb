"""The cohort summary of a batch as one self-contained HTML page: inline CSS and SVG charts, no scripts."""

from __future__ import annotations

from html import escape

from gapcheck.models import CohortSummary, MissingCount, RoleSummary
from gapcheck.render.summary_md import band_label, cohort_line, score_line

_CSS = """
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2328; margin: 2rem auto;
       max-width: 60rem; padding: 0 1rem; }
h1 { font-size: 1.6rem; } h2 { font-size: 1.3rem; margin-top: 2.5rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05rem; margin-top: 1.5rem; }
.facts { display: flex; gap: 1rem; flex-wrap: wrap; }
.fact { border: 1px solid #d0d7de; border-radius: 6px; padding: .5rem .9rem; }
.fact b { font-size: 1.3rem; display: block; }
table { border-collapse: collapse; margin: .5rem 0; } td, th { padding: .25rem .6rem; text-align: left; }
th { border-bottom: 2px solid #d0d7de; } td { border-bottom: 1px solid #eaeef2; } td.n { text-align: right; }
svg text { font: 12px system-ui, sans-serif; fill: #1f2328; }
.required { fill: #cf222e; } .preferred { fill: #f0a58f; } .band { fill: #0969da; }
.key span { display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 1rem; vertical-align: -1px; }
"""

_LABEL_WIDTH = 330
_BAR_WIDTH = 380
_ROW_HEIGHT = 22
_LABEL_CHARS = 44


def _short(label: str) -> str:
    return label if len(label) <= _LABEL_CHARS else label[: _LABEL_CHARS - 1].rstrip() + "…"


def _bar_chart(counts: tuple[MissingCount, ...], checked: int, title: str) -> str:
    """Horizontal bars, one per requirement, as long as the share of resumes missing it."""
    height = _ROW_HEIGHT * len(counts) + 4
    width = _LABEL_WIDTH + _BAR_WIDTH + 110
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}"><title>{escape(title)}</title>'
    ]
    for row, m in enumerate(counts):
        y = row * _ROW_HEIGHT + 2
        kind = "required" if m.required else "preferred"
        parts.append(
            f"<g><title>{escape(m.label)} ({kind}): missing in {m.count} of {checked}</title>"
            f'<text x="{_LABEL_WIDTH - 8}" y="{y + 15}" text-anchor="end">{escape(_short(m.label))}</text>'
            f'<rect class="{kind}" x="{_LABEL_WIDTH}" y="{y + 3}" width="{max(m.share * _BAR_WIDTH, 1):.1f}" '
            f'height="{_ROW_HEIGHT - 6}"/>'
            f'<text x="{_LABEL_WIDTH + m.share * _BAR_WIDTH + 6:.1f}" y="{y + 15}">{m.count} ({m.share:.0%})</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _histogram(role: RoleSummary) -> str:
    """Vertical bars: how many resumes score in each band."""
    bands = role.score_bands
    tallest = max(bands, default=0) or 1
    column, plot, base = 58, 150, 170
    width = column * len(bands) + 10
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width}" height="{base + 24}" '
        f'viewBox="0 0 {width} {base + 24}"><title>Score distribution for {escape(role.role_title)}</title>'
    ]
    for i, count in enumerate(bands):
        height = count / tallest * plot
        x = i * column + 5
        label = band_label(i, len(bands))
        parts.append(
            f"<g><title>{count} resume{'s' * (count != 1)} scored {label}</title>"
            f'<rect class="band" x="{x + 4}" y="{base - height:.1f}" width="{column - 8}" height="{height:.1f}"/>'
            f'<text x="{x + column / 2}" y="{base - height - 4:.1f}" text-anchor="middle">{count}</text>'
            f'<text x="{x + column / 2}" y="{base + 16}" text-anchor="middle">{label}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _count_table(heading: str, counts: tuple[MissingCount, ...], checked: int) -> str:
    rows = "".join(
        f"<tr><td>{escape(m.label)}</td><td>{'required' if m.required else 'preferred'}</td>"
        f'<td class="n">{m.count} of {checked}</td><td class="n">{m.share:.0%}</td></tr>'
        for m in counts
    )
    return (
        f"<table><thead><tr><th>{heading}</th><th></th><th>Resumes</th><th>Share</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
    )


def _role(role: RoleSummary) -> str:
    parts = [
        f"<section><h2>{escape(role.role_title)} <small>[{escape(role.role_id)}]</small></h2>",
        '<div class="facts">',
        f'<div class="fact"><b>{role.meets_required} of {role.checked}</b>meet every required qualification</div>',
        f'<div class="fact"><b>{role.degree_gaps} of {role.checked}</b>below the minimum degree</div>',
        "</div>",
        f"<p>{escape(score_line(role))}</p>",
        "<h3>Skills most often missing</h3>",
    ]
    if role.missing:
        parts += [
            '<p class="key">Missing in how many resumes:<span style="background:#cf222e"></span>'
            'required<span style="background:#f0a58f"></span>preferred</p>',
            _bar_chart(role.missing, role.checked, f"Skills most often missing for {role.role_title}"),
            _count_table("Skill", role.missing, role.checked),
        ]
    else:
        parts.append("<p>Every resume shows every skill this role asks for.</p>")
    parts += ["<h3>Score distribution</h3>", _histogram(role), "<h3>Experience requirements not met</h3>"]
    if role.experience_gaps:
        parts.append(_count_table("Requirement", role.experience_gaps, role.checked))
    else:
        parts.append("<p>None.</p>")
    parts.append("</section>")
    return "\n".join(parts)


def render_summary_html(summary: CohortSummary) -> str:
    """The whole summary as an HTML page that needs no network and runs no script."""
    body = "\n".join(_role(role) for role in summary.roles)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>Cohort summary</title>\n<style>{_CSS}</style>\n</head>\n<body>\n"
        f"<h1>Cohort summary</h1>\n<p>{escape(cohort_line(summary))}</p>\n{body}\n</body>\n</html>\n"
    )
