"""``gapcheck match``: one resume against every role, as a table, Markdown or JSON."""

from __future__ import annotations

import json
from typing import Any

from gapcheck.gaps import SCORING_VERSION
from gapcheck.render import OutputFormat
from gapcheck.render.markdown import escape
from gapcheck.summarymodels import MatchReport, RoleMatch

MATCH_SCHEMA = "gapcheck/match/v1"
TOP_MISSING = 3
"""Missing items shown per role, most important first."""


def _missing(match: RoleMatch) -> list[Any]:
    report = match.report
    return [s for s in sorted(report.missing_skills, key=lambda s: (not s.required, -s.gain))][:TOP_MISSING]


def format_match(report: MatchReport) -> dict[str, Any]:
    ladder = report.ladder
    return {
        "schema": MATCH_SCHEMA,
        "scoring_version": SCORING_VERSION,
        "resume": report.resume.source,
        "as_of": report.resume.as_of.isoformat(),
        "matches": [
            {
                "role": {
                    "id": m.report.role.id,
                    "title": m.report.role.title,
                    "organization": m.report.role.organization,
                    "level": m.report.role.level,
                },
                "score": round(m.report.score, 4),
                "meets_required": m.report.meets_required,
                "similarity": round(m.similarity, 4),
                "top_missing": [
                    {"name": s.label, "required": s.required, "gain": round(s.gain, 2)} for s in _missing(m)
                ],
            }  # fmt: skip
            for m in report.matches
        ],
        "ladder": None
        if ladder is None
        else {"current": ladder.current, "next": ladder.next, "missing": list(ladder.missing)},
    }


def _ladder_text(report: MatchReport) -> str:
    ladder = report.ladder
    if ladder is None:
        return ""
    where = f"meets every required item of {ladder.current}" if ladder.current else "is below the first rung"
    if ladder.next is None:
        return f"ML engineer ladder: the resume {where}, the top rung.\n"
    needs = "; ".join(ladder.missing) or "nothing required"
    return f"ML engineer ladder: the resume {where}; next rung {ladder.next} needs: {needs}.\n"


def render_match(report: MatchReport, output_format: OutputFormat) -> str:
    """The ranking in one format; rows are already best first."""
    if output_format is OutputFormat.json:
        return json.dumps(format_match(report), indent=2, ensure_ascii=False) + "\n"
    rows = [
        (
            m.report.role.id,
            f"{m.report.score:.2f}",
            "yes" if m.report.meets_required else "no",
            f"{m.similarity:.2f}",
            ", ".join(s.label for s in _missing(m)) or "-",
        )
        for m in report.matches
    ]
    head = ("Role", "Score", "Required met", "Similarity", "Top missing")
    if output_format is OutputFormat.markdown:
        lines = [f"# {escape(report.resume.source)} against every role", "", "| " + " | ".join(head) + " |",
                 "|---|---:|---|---:|---|"]  # fmt: skip
        lines += ["| " + " | ".join(escape(cell) for cell in row) + " |" for row in rows]
        ladder = _ladder_text(report)
        return "\n".join(lines) + "\n" + (f"\n{escape(ladder.strip())}\n" if ladder else "")
    widths = [max(len(h), *(len(r[i]) for r in rows)) if i < 4 else len(h) for i, h in enumerate(head)]
    lines = [f"{report.resume.source} against every role, best first"]
    lines.append("  ".join(h.ljust(w) for h, w in zip(head, widths, strict=True)))
    lines += ["  ".join(c.ljust(w) if i != 4 else c for i, (c, w) in enumerate(zip(row, widths, strict=True)))
              for row in rows]  # fmt: skip
    return "\n".join(lines) + "\n" + _ladder_text(report)
