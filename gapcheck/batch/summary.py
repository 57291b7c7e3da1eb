"""The cohort summary of a batch: per role, who meets the requirements, the scores, what is most often missing, a row
per student; across roles, what to teach next."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from gapcheck.reportmodels import GapReport, SkippedResume
from gapcheck.summarymodels import CohortSummary, MissingCount, RequirementShare, RoleSummary, StudentRow, TeachItem

SCORE_BANDS = 10
"""The score distribution counts scores in tenths."""


def summarize(results: Iterable[GapReport | SkippedResume], top: int = 15) -> CohortSummary:
    """Cohort summary: per role, who meets the requirements, the scores, the most missed skills, a row per
    student; across roles, the skills to teach next.

    Parameters
    ----------
    results : iterable of GapReport or SkippedResume
        One per resume and role, as ``check_files`` yields them.
    top : int
        How many missing skills and experience requirements each role lists, and how many skills to teach next.
    """
    reports: dict[str, list[GapReport]] = {}
    files: set[str] = set()
    skipped: set[str] = set()
    for result in results:
        if isinstance(result, SkippedResume):
            skipped.add(result.path)
            continue
        reports.setdefault(result.role.id, []).append(result)
        files.add(result.resume.source)
    everyone = [r for group in reports.values() for r in group]
    who = student_labels(everyone)
    roles = tuple(_role_summary(reports[role_id], who, top) for role_id in sorted(reports))
    return CohortSummary(
        resumes=len(files | skipped),
        skipped=len(skipped - files),
        roles=roles,
        teach_next=teach_next(everyone, top, who),
    )


def student_labels(reports: Iterable[GapReport]) -> dict[str, str]:
    """How the summary names each resume file: the name read from it, with the file when two share a name;
    the file alone when no name was read.
    """
    names = {r.resume.source: r.resume.name for r in reports}
    files_named: dict[str, int] = {}
    for name in names.values():
        if name:
            files_named[name] = files_named.get(name, 0) + 1
    return {
        file: file if not name else name if files_named[name] == 1 else f"{name} ({file})"
        for file, name in sorted(names.items())
    }


def _role_summary(group: list[GapReport], who: dict[str, str], top: int) -> RoleSummary:
    role = group[0].role
    n = len(group)
    missing: dict[tuple[str, bool], list[tuple[str, float]]] = {}
    short: dict[tuple[str, bool], list[tuple[str, float]]] = {}
    for report in group:
        label = who[report.resume.source]
        for skill in report.missing_skills:
            missing.setdefault((skill.label, skill.required), []).append((label, skill.gain))
        for experience in report.experience:
            if not experience.met:
                short.setdefault((experience.label, experience.required), []).append((label, experience.gain))
    return RoleSummary(
        role_id=role.id,
        role_title=role.title,
        checked=n,
        meets_required=sum(r.meets_required for r in group),
        scores=tuple(sorted(r.score for r in group)),
        missing=_counts(missing, n, top),
        experience_gaps=_counts(short, n, top),
        degree_gaps=sum(1 for r in group if r.degree is not None and not r.degree.met),
        score_bands=score_bands(r.score for r in group),
        median_score=statistics.median(r.score for r in group),
        students=tuple(_student_row(r) for r in sorted(group, key=lambda r: (r.score, r.resume.source))),
        required_met=_required_met(group),
        states_experience=bool(role.experience),
        states_degree=role.degree is not None,
    )


def _student_row(report: GapReport) -> StudentRow:
    top = tuple(s.label for s in report.missing_skills[:3])
    return StudentRow(report.resume.source, report.resume.name, report.score, report.meets_required, top)


def _required_met(group: list[GapReport]) -> tuple[RequirementShare, ...]:
    n = len(group)
    met: dict[tuple[str, str], int] = {}
    for report in group:
        items = [(("skill", s.label), s.matched) for s in report.skills if s.required]
        items += [(("experience", e.label), e.met) for e in report.experience if e.required]
        if report.degree is not None and report.degree.required_level is not None:
            items.append((("degree", f"{report.degree.required_level} degree or higher"), report.degree.met))
        for key, ok in items:
            met[key] = met.get(key, 0) + ok
    return tuple(RequirementShare(label, kind, count, count / n) for (kind, label), count in met.items())


def teach_next(reports: Sequence[GapReport], top: int, who: dict[str, str]) -> tuple[TeachItem, ...]:
    """The skills missing across every role of a run, merged when two roles ask for the same skills.

    Skills some role requires come first, then those only preferred; each kind by how many students
    miss them. A student missing a skill for two roles counts once. ``who`` names each resume file.
    """
    students = len({r.resume.source for r in reports})
    labels: dict[frozenset[str], str] = {}
    files: dict[frozenset[str], set[str]] = {}
    required_for: dict[frozenset[str], set[str]] = {}
    roles: dict[frozenset[str], set[str]] = {}
    for report in reports:
        asked = {req.label: frozenset(req.skills) for req in report.role.skills}
        for skill in report.missing_skills:
            key = asked.get(skill.label) or frozenset({skill.label.casefold()})
            if key not in labels or len(skill.label) < len(labels[key]):
                labels[key] = skill.label
            files.setdefault(key, set()).add(report.resume.source)
            roles.setdefault(key, set()).add(report.role.id)
            if skill.required:
                required_for.setdefault(key, set()).add(report.role.id)
    items = [
        TeachItem(
            label=labels[key],
            count=len(missing),
            share=len(missing) / students,
            required_for=tuple(sorted(required_for.get(key, ()))),
            roles=tuple(sorted(roles[key])),
            who=tuple(sorted(who[file] for file in missing)),
        )
        for key, missing in files.items()
    ]
    items.sort(key=lambda item: (not item.required_for, -item.count, item.label.casefold()))
    return tuple(items[:top])


def score_bands(scores: Iterable[float], bands: int = SCORE_BANDS) -> tuple[int, ...]:
    """How many scores fall in each of ``bands`` equal parts of [0, 1]; a score of 1 counts in the last.

    >>> score_bands([0.0, 0.05, 0.1, 0.55, 1.0])
    (2, 1, 0, 0, 0, 1, 0, 0, 0, 1)
    """
    counts = [0] * bands
    for score in scores:
        counts[min(int(score * bands), bands - 1)] += 1
    return tuple(counts)


def _counts(who: dict[tuple[str, bool], list[tuple[str, float]]], n: int, top: int) -> tuple[MissingCount, ...]:
    counts = [
        MissingCount(
            label,
            required,
            len(found),
            len(found) / n,
            tuple(sorted(name for name, _ in found)),
            sum(gain for _, gain in found) / n,
        )
        for (label, required), found in who.items()
    ]
    # required first: a missed requirement keeps a student out, a missed preference only lowers the score;
    # then by how many miss it, then by the points the cohort would gain
    counts.sort(key=lambda m: (not m.required, -m.count, -m.gain, m.label.lower()))
    return tuple(counts[:top])


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
