"""One resume against every known role: matches ranked best first, skill similarity, the ML engineer ladder."""

from __future__ import annotations

import math
from collections.abc import Sequence

from gapcheck.matching import RoleWeights, role_document
from gapcheck.models import ResumeProfile
from gapcheck.reportmodels import GapReport
from gapcheck.skills import Vocabulary
from gapcheck.summarymodels import LadderStep, MatchReport, RoleMatch

LADDER = ("ml-engineer-bachelor", "ml-engineer-master", "ml-engineer-phd")
"""The career ladder of the source article, lowest rung first (bundled role ids)."""


def rank_roles(
    profile: ResumeProfile, reports: Sequence[GapReport], weights: RoleWeights, vocabulary: Vocabulary
) -> MatchReport:
    """Rank one resume's gap reports (one per role) and place the resume on the ML engineer ladder.

    Examples
    --------
    >>> from gapcheck.matching import RoleWeights
    >>> weights = RoleWeights({"python": 0, "sql": 1}, (1.0, 2.0))
    >>> round(skill_similarity(["python"], ["python", "sql"], weights), 3)
    0.447
    """
    matches = [
        RoleMatch(report, skill_similarity(_resume_terms(profile, vocabulary), role_document(report.role), weights))
        for report in reports
    ]
    matches.sort(key=lambda m: (-m.report.score, -m.similarity, m.report.role.id))
    return MatchReport(profile, tuple(matches), _ladder(reports))


def skill_similarity(resume_terms: Sequence[str], role_terms: Sequence[str], weights: RoleWeights) -> float:
    """Cosine similarity of two documents' TF-IDF vectors over the same vocabulary and IDF."""
    a, b = weights.transform(resume_terms), weights.transform(role_terms)
    dot = sum(w * b.get(t, 0.0) for t, w in a.items())
    norm = math.sqrt(sum(w * w for w in a.values())) * math.sqrt(sum(w * w for w in b.values()))
    return dot / norm if norm > 0 else 0.0


def _resume_terms(profile: ResumeProfile, vocabulary: Vocabulary) -> list[str]:
    """The resume's skill ids and every broader entry they count for, so "PyTorch" meets a role's
    "deep learning frameworks" in the vector as it does in the gap report."""
    terms: list[str] = []
    for hit in profile.skills:
        stack = [hit.id]
        while stack:
            skill = stack.pop()
            if skill not in terms:
                terms.append(skill)
                entry = vocabulary.entries.get(skill)
                stack.extend(entry.broader if entry else ())
    return terms


def _ladder(reports: Sequence[GapReport]) -> LadderStep | None:
    by_id = {r.role.id: r for r in reports}
    if not all(rung in by_id for rung in LADDER):
        return None
    met = [rung for rung in LADDER if by_id[rung].meets_required]
    current = met[-1] if met else None
    above = LADDER.index(current) + 1 if current else 0
    if above >= len(LADDER):
        return LadderStep(current, None, ())
    return LadderStep(current, LADDER[above], unmet_required(by_id[LADDER[above]]))


def unmet_required(report: GapReport) -> tuple[str, ...]:
    """The required items a report finds missing, in words: skills, experience, degree."""
    items = [s.label for s in report.missing_skills if s.required]
    items += [
        e.label if "year" in e.label.lower() else f"{e.label} ({e.required_years:g}+ years)"
        for e in report.experience
        if e.required and not e.met
    ]
    if report.degree is not None and not report.degree.met:
        items.append(f"a {report.degree.required_level} degree")
    return tuple(items)
