"""ResumeProfile + RoleProfile -> GapReport: the score, the gaps and the verdict."""

from __future__ import annotations

import re
from collections.abc import Iterable

from gapcheck.matching import RoleWeights, role_document
from gapcheck.models import (
    DegreeResult,
    ExperienceRequirement,
    ExperienceResult,
    GapReport,
    ResumeProfile,
    RoleProfile,
    SkillRequirement,
    SkillResult,
    SubScores,
    degree_rank,
    union_months,
)
from gapcheck.skills import Vocabulary

SCORING_VERSION = "1"
REQUIRED_FACTOR = 2.0
"""A required qualification weighs twice a preferred one, in every sub-score."""
COMPONENT_WEIGHTS = {"skills": 0.6, "experience": 0.25, "degree": 0.15}
"""Share of each sub-score in the overall score, renormalised over the parts a role states."""
DEGREE_BELOW_PREFERRED = 0.75
DEGREE_IN_PROGRESS = 0.5


def find_gaps(profile: ResumeProfile, role: RoleProfile, weights: RoleWeights, vocabulary: Vocabulary) -> GapReport:
    """Compare a resume with a role.

    The overall score is a weighted coverage of the role's requirements (README, "Scoring"):
    skills count by TF-IDF weight (doubled when required); each experience requirement by the
    share of its years found (capped at 1; unknown counts 0); the degree 1 at the preferred
    level, 0.75 at the minimum, 0.5 while a degree at the minimum is in progress, else 0.
    """
    role_vector = weights.transform(role_document(role))
    skills = tuple(
        sorted(
            (_skill_result(profile, req, role_vector, vocabulary) for req in role.skills),
            key=lambda s: (not s.matched, not s.required, -s.weight, s.label.lower()),
        )
    )
    experience = tuple(_experience_result(profile, req, vocabulary) for req in role.experience)
    degree = None
    if role.degree is not None:
        found = profile.highest_degree
        field = next((d.field for d in profile.degrees if d.level == found and not d.in_progress), None)
        pending = max((d.level for d in profile.degrees if d.in_progress), key=degree_rank, default=None)
        if degree_rank(pending) <= degree_rank(found):
            pending = None
        degree = DegreeResult(
            role.degree.minimum,
            role.degree.preferred,
            found,
            field,
            role.degree.fields,
            pending,
            role.degree.in_progress_ok,
        )
    subscores = SubScores(
        skills=_coverage((s.weight, 1.0 if s.matched else 0.0) for s in skills),
        experience=_coverage((REQUIRED_FACTOR if e.required else 1.0, _experience_share(e)) for e in experience)
        if experience
        else None,
        degree=_degree_score(degree) if degree is not None else None,
    )
    parts = [(COMPONENT_WEIGHTS["skills"], subscores.skills)]
    if subscores.experience is not None:
        parts.append((COMPONENT_WEIGHTS["experience"], subscores.experience))
    if subscores.degree is not None:
        parts.append((COMPONENT_WEIGHTS["degree"], subscores.degree))
    score = _coverage(parts)
    return GapReport(profile, role, score, subscores, skills, experience, degree)


def _coverage(pairs: Iterable[tuple[float, float]]) -> float:
    pairs = list(pairs)
    total = sum(w for w, _ in pairs)
    return sum(w * v for w, v in pairs) / total if total > 0 else 0.0


def _skill_result(
    profile: ResumeProfile, req: SkillRequirement, role_vector: dict[str, float], vocabulary: Vocabulary
) -> SkillResult:
    accepted = frozenset().union(*(vocabulary.members(s) for s in req.skills))
    hits = [hit for hit in profile.skills if hit.id in accepted]
    hits.sort(key=lambda h: (h.id not in req.skills, h.lines[0]))
    weight = max(role_vector.get(s, 0.0) for s in req.skills) * (REQUIRED_FACTOR if req.required else 1.0)
    evidence = tuple(dict.fromkeys(line for hit in hits for line in hit.evidence[:1]))[:3]
    ranges = [(p.dates.start, p.dates.end) for p in profile.positions if p.dates and accepted & set(p.skills)]
    years = union_months(ranges) / 12 if ranges else None
    return SkillResult(req.label, req.required, weight, tuple(h.name for h in hits), evidence, years)


def _experience_result(profile: ResumeProfile, req: ExperienceRequirement, vocabulary: Vocabulary) -> ExperienceResult:
    accepted = frozenset().union(*(vocabulary.members(s) for s in req.skills)) if req.skills else frozenset()
    counted = [
        p
        for p in profile.positions
        if p.dates is not None and (accepted & set(p.skills) or _title_matches(p.title, req.titles))
    ]
    if profile.total_months is None:
        found = None
    else:
        found = union_months([(p.dates.start, p.dates.end) for p in counted if p.dates]) / 12
    names = tuple(", ".join(x for x in (p.title, p.organization) if x) or "position" for p in counted)
    return ExperienceResult(req.label, req.required, req.years, found, names)


def _title_matches(title: str, words: tuple[str, ...]) -> bool:
    lowered = title.lower()
    return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", lowered) for w in words)


def _experience_share(result: ExperienceResult) -> float:
    if result.found_years is None:
        return 0.0
    if result.required_years <= 0:
        return 1.0 if result.positions else 0.0
    return min(result.found_years / result.required_years, 1.0)


def _degree_score(result: DegreeResult) -> float:
    if result.preferred_met:
        return 1.0
    if result.met:
        return DEGREE_BELOW_PREFERRED if result.required_level else 0.5
    if degree_rank(result.in_progress_level) >= degree_rank(result.required_level):
        return DEGREE_IN_PROGRESS
    return 0.0


def verdict(report: GapReport) -> str:
    """One line that sums up the report for a person."""
    gaps = [s for s in report.missing_skills if s.required]
    short = [e for e in report.experience if e.required and not e.met]
    parts = []
    if gaps:
        parts.append(f"{len(gaps)} required skill{'s' if len(gaps) != 1 else ''} missing")
    if short:
        parts.append(f"{len(short)} experience requirement{'s' if len(short) != 1 else ''} not met")
    if report.degree is not None and not report.degree.met:
        parts.append("degree below the minimum")
    if not parts:
        extra = len([s for s in report.missing_skills if not s.required])
        tail = f"; {extra} preferred skill{'s' if extra != 1 else ''} to add" if extra else ""
        return f"Meets every required qualification{tail}."
    return "Not yet: " + ", ".join(parts) + "."
