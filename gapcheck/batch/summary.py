"""The cohort summary of a batch: per role, who meets the requirements, the scores, what is most often missing."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

from gapcheck.models import CohortSummary, GapReport, MissingCount, RoleSummary, SkippedResume

SCORE_BANDS = 10
"""The score distribution counts scores in tenths."""


def summarize(results: Iterable[GapReport | SkippedResume], top: int = 15) -> CohortSummary:
    """Cohort summary: per role, how many meet the requirements, scores, and the most missed skills."""
    reports: dict[str, list[GapReport]] = {}
    titles: dict[str, str] = {}
    files: set[str] = set()
    skipped: set[str] = set()
    for result in results:
        if isinstance(result, SkippedResume):
            skipped.add(result.path)
            continue
        reports.setdefault(result.role.id, []).append(result)
        titles[result.role.id] = result.role.title
        files.add(result.resume.source)
    summaries = []
    for role_id in sorted(reports):
        group = reports[role_id]
        n = len(group)
        missing = Counter((s.label, s.required) for r in group for s in r.missing_skills)
        short = Counter((e.label, e.required) for r in group for e in r.experience if not e.met)
        summaries.append(
            RoleSummary(
                role_id=role_id,
                role_title=titles[role_id],
                checked=n,
                meets_required=sum(r.meets_required for r in group),
                scores=tuple(sorted(r.score for r in group)),
                missing=_counts(missing, n, top),
                experience_gaps=_counts(short, n, top),
                degree_gaps=sum(1 for r in group if r.degree is not None and not r.degree.met),
                score_bands=score_bands(r.score for r in group),
                median_score=statistics.median(r.score for r in group),
            )
        )
    return CohortSummary(resumes=len(files | skipped), skipped=len(skipped - files), roles=tuple(summaries))


def score_bands(scores: Iterable[float], bands: int = SCORE_BANDS) -> tuple[int, ...]:
    """How many scores fall in each of ``bands`` equal parts of [0, 1]; a score of 1 counts in the last.

    >>> score_bands([0.0, 0.05, 0.1, 0.55, 1.0])
    (2, 1, 0, 0, 0, 1, 0, 0, 0, 1)
    """
    counts = [0] * bands
    for score in scores:
        counts[min(int(score * bands), bands - 1)] += 1
    return tuple(counts)


def _counts(counter: Counter[tuple[str, bool]], n: int, top: int) -> tuple[MissingCount, ...]:
    ordered = sorted(counter.items(), key=lambda item: (-item[1], not item[0][1], item[0][0].lower()))
    return tuple(MissingCount(label, required, count, count / n) for (label, required), count in ordered[:top])


def summary_renderer_for(path: Path) -> Callable[[CohortSummary], str] | None:
    """The summary renderer a file name asks for (.md or .html), or None."""
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        from gapcheck.render.summary_md import render_summary_markdown

        return render_summary_markdown
    if suffix in (".html", ".htm"):
        from gapcheck.render.summary_html import render_summary_html

        return render_summary_html
    return None
