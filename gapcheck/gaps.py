"""ResumeProfile + RoleProfile -> GapReport: the score, the gaps and the verdict."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from gapcheck.fields import compare_field
from gapcheck.matching import RoleWeights
from gapcheck.models import (
    DegreeRequirement,
    ExperienceRequirement,
    Position,
    ResumeProfile,
    RoleProfile,
    SkillRequirement,
    degree_rank,
    union_months,
)
from gapcheck.reportmodels import DegreeResult, ExperienceResult, GapReport, SkillResult, SubScores
from gapcheck.skills import Vocabulary

SCORING_VERSION = "3"
REQUIRED_FACTOR = 2.0
"""A required qualification weighs twice a preferred one, in every sub-score."""
COMPONENT_WEIGHTS = {"skills": 0.6, "experience": 0.25, "degree": 0.15}
"""Share of each sub-score in the overall score, renormalised over the parts a role states."""
DEGREE_BELOW_PREFERRED = 0.75
DEGREE_IN_PROGRESS = 0.5
DEGREE_BY_EXPERIENCE = 0.5
FIELD_CREDIT = {"match": 1.0, "unknown": 1.0, "related": 0.75, "differs": 0.5}
"""A degree that counts scores its level's credit times this for its field: a related field is partly met, a field
the role does not list half met; a field that could not be read is not held against the resume."""
_FIELD_ORDER = ("match", "related", "unknown", "differs")
"""Credit for a degree minimum met by equivalent practical experience instead of the degree."""
STUDY_YEARS = {"associate": 2.0, "bachelor": 4.0, "master": 6.0, "doctorate": 9.0}
"""Typical years of study to each level, counted from school (a PhD takes 4-5 years after a bachelor's);
one year of relevant experience stands in for one year of the study a missing degree takes."""
RANKING = "Missing items: required first, then by the points of score each would add if your resume showed it."
"""One line saying how the missing list is ordered, printed above it by every human-readable format."""
SHOWN_ALTERNATIVES = 6
"""How many skills that would satisfy a requirement the table and Markdown name before 'and N more'."""


def find_gaps(profile: ResumeProfile, role: RoleProfile, weights: RoleWeights, vocabulary: Vocabulary) -> GapReport:
    """Compare a resume with a role.

    The overall score is a weighted coverage of the role's requirements (README, "Scoring"):
    skills count by their TF-IDF weight (doubled when required); each experience requirement by the
    share of its years found (capped at 1; unknown counts 0); the degree 1 at the preferred level,
    0.75 at the minimum, 0.5 while a degree at the minimum is in progress or when equivalent
    experience stands in for it, else 0, a degree's share times its field's credit (``FIELD_CREDIT``).
    Each missing item carries the points it would add.
    """
    skills = [_skill_result(profile, req, weights, vocabulary) for req in role.skills]
    experience = [_experience_result(profile, req, vocabulary) for req in role.experience]
    degree = _degree_result(profile, role, vocabulary) if role.degree is not None else None
    skill_weight = sum(s.weight for s in skills)
    experience_weight = sum(_experience_factor(e) for e in experience)
    subscores = SubScores(
        skills=_coverage((s.weight, 1.0 if s.matched else 0.0) for s in skills),
        experience=_coverage((_experience_factor(e), _experience_share(e)) for e in experience) if experience else None,
        degree=_degree_score(degree) if degree is not None else None,
    )
    parts = {"skills": subscores.skills, "experience": subscores.experience, "degree": subscores.degree}
    total = sum(COMPONENT_WEIGHTS[k] for k, v in parts.items() if v is not None)
    share = {k: 100 * COMPONENT_WEIGHTS[k] / total for k in parts}
    score = sum(COMPONENT_WEIGHTS[k] * v for k, v in parts.items() if v is not None) / total
    skills = [
        s if s.matched or skill_weight <= 0 else replace(s, gain=share["skills"] * s.weight / skill_weight)
        for s in skills
    ]
    experience = [
        replace(e, gain=share["experience"] * _experience_factor(e) / experience_weight * (1 - _experience_share(e)))
        for e in experience
    ]
    if degree is not None:
        degree = replace(degree, gain=share["degree"] * (1.0 - _degree_score(degree)))
    ordered = sorted(skills, key=lambda s: (not s.matched, not s.required, -s.weight, -s.gain, s.label.lower()))
    return GapReport(
        profile, role, score, subscores, tuple(ordered), tuple(experience), degree, idf_basis=weights.basis
    )


def _coverage(pairs: Iterable[tuple[float, float]]) -> float:
    pairs = list(pairs)
    total = sum(w for w, _ in pairs)
    return sum(w * v for w, v in pairs) / total if total > 0 else 0.0


def _skill_result(
    profile: ResumeProfile, req: SkillRequirement, weights: RoleWeights, vocabulary: Vocabulary
) -> SkillResult:
    if req.phrase is not None:
        return _phrase_result(profile, req, weights)
    accepted = frozenset().union(*(vocabulary.members(s) for s in req.skills))
    hits = [hit for hit in profile.skills if hit.id in accepted]
    hits.sort(key=lambda h: (h.id not in req.skills, h.lines[0]))
    weight = weights.requirement_weight(req.skills) * (REQUIRED_FACTOR if req.required else 1.0)
    evidence = tuple(dict.fromkeys(line for hit in hits for line in hit.evidence[:1]))[:3]
    ranges = [(p.dates.start, p.dates.end) for p in profile.positions if p.dates and accepted & set(p.skills)]
    years = union_months(ranges) / 12 if ranges else None
    nearest = () if hits else _nearest(profile, req, vocabulary)
    return SkillResult(
        req.label,
        req.required,
        weight,
        tuple(h.name for h in hits),
        evidence,
        years,
        satisfied_by=_satisfied_by(req, vocabulary),
        nearest=nearest,
    )


@lru_cache(maxsize=1024)  # a role's requirements, the same for every resume checked against it
def _satisfied_by(req: SkillRequirement, vocabulary: Vocabulary) -> tuple[str, ...]:
    """The requirement's skills; a pure group (say "deep learning frameworks") by its direct members."""
    names: list[str] = []
    for skill_id in req.skills:
        entry = vocabulary.entries[skill_id]
        if entry.match:
            names.append(entry.name)
        else:
            names += sorted((e.name for e in vocabulary.entries.values() if skill_id in e.broader), key=str.lower)
    return tuple(dict.fromkeys(names))


def _nearest(profile: ResumeProfile, req: SkillRequirement, vocabulary: Vocabulary) -> tuple[str, ...]:
    """Skills the resume shows that sit next to a missing requirement: the broader skill it belongs to,
    or another member of the same kind of tool ("Power BI" for a missing "Tableau", both data
    visualisation tools). Only pure groups (not skills in their own right) make siblings, so a
    missing "AutoML" is not near every machine-learning method."""
    near = _neighbours(req, vocabulary)
    return tuple(dict.fromkeys(hit.name for hit in profile.skills if hit.id in near))[:3]


@lru_cache(maxsize=1024)
def _neighbours(req: SkillRequirement, vocabulary: Vocabulary) -> frozenset[str]:
    near: set[str] = set()
    for skill_id in req.skills:
        for parent in vocabulary.entries[skill_id].broader:
            near.add(parent)
            if not vocabulary.entries[parent].match:
                near |= {e.id for e in vocabulary.entries.values() if parent in e.broader}
    return frozenset(near - set(req.skills))


def _phrase_result(profile: ResumeProfile, req: SkillRequirement, weights: RoleWeights) -> SkillResult:
    """A literal phrase from a posting, found (or not) in the resume's text, words in order, case ignored.

    It weighs as much as the most common skill of the IDF basis: a phrase is a less certain requirement.
    """
    wanted = _words(req.phrase or "")
    lines = [line for line in profile.text if wanted and f" {wanted} " in f" {_words(line)} "]
    weight = min(weights.idf, default=1.0) * (REQUIRED_FACTOR if req.required else 1.0)
    return SkillResult(req.label, req.required, weight, (req.phrase or "",) if lines else (), tuple(lines[:1]), None,
                       literal=True)  # fmt: skip


def _words(text: str) -> str:
    return " ".join(re.findall(r"[\w+#]+", text.lower()))


def _counted_positions(profile: ResumeProfile, req: ExperienceRequirement, vocabulary: Vocabulary) -> list[Position]:
    accepted = frozenset().union(*(vocabulary.members(s) for s in req.skills))
    also = frozenset().union(*(vocabulary.members(s) for s in req.also_skills))
    return [
        p
        for p in profile.positions
        if p.dates is not None
        and (accepted & set(p.skills) or _title_matches(p.title, req.titles) or not (req.skills or req.titles))
        and (not also or also & set(p.skills))
    ]


def _experience_result(profile: ResumeProfile, req: ExperienceRequirement, vocabulary: Vocabulary) -> ExperienceResult:
    counted = _counted_positions(profile, req, vocabulary)
    found = None if profile.total_months is None else _years(counted)
    names = tuple(", ".join(x for x in (p.title, p.organization) if x) or "position" for p in counted)
    result = ExperienceResult(req.label, req.required, req.years, found, names)
    if not req.paths:
        return result
    # degree-dependent paths: the first one met, else one that may be (unknown), else the one that scores best
    degree = profile.highest_degree
    candidates = [
        replace(result, required_years=p.years, paths=req.paths, path=p, found_degree=degree) for p in req.paths
    ]
    order = {"met": 0, "unknown": 1, "short": 2}
    return min(
        enumerate(candidates),
        key=lambda c: (order[c[1].status], -_experience_share(c[1]), _degree_gap(c[1]), c[0]),
    )[1]


def _degree_gap(result: ExperienceResult) -> int:
    """How many degree levels a path asks for above the resume's highest degree (0 when reached or unknown)."""
    if result.path is None or result.degree_met is not False:
        return 0
    return degree_rank(result.path.degree) - degree_rank(result.found_degree)


def _years(positions: Iterable[Position]) -> float:
    return union_months([(p.dates.start, p.dates.end) for p in positions if p.dates]) / 12


def _degree_result(profile: ResumeProfile, role: RoleProfile, vocabulary: Vocabulary) -> DegreeResult:
    asked = role.degree
    assert asked is not None
    found = profile.highest_degree
    pending = max((d.level for d in profile.degrees if d.in_progress), key=degree_rank, default=None)
    if degree_rank(pending) <= degree_rank(found):
        pending = None
    field, field_match, matched = _degree_field(profile, asked)
    result = DegreeResult(
        asked.minimum, asked.preferred, found, field, asked.fields, pending, asked.in_progress_ok,
        also_level=asked.also_level, field_match=field_match, matched_field=matched,
    )  # fmt: skip
    if not asked.equivalent_experience or asked.minimum is None or result.level_met:
        return result
    # relevant experience: the positions the role's experience requirements count, else every dated one
    counted = [p for req in role.experience for p in _counted_positions(profile, req, vocabulary)]
    relevant = _years(counted) if role.experience else (profile.total_years or 0.0)
    needed = STUDY_YEARS[asked.minimum] - STUDY_YEARS.get(found or "", 0.0)
    return replace(result, equivalent_years=needed, relevant_years=None if profile.total_months is None else relevant)


def _degree_field(profile: ResumeProfile, asked: DegreeRequirement) -> tuple[str | None, str | None, str | None]:
    """The field of the degree that counts against the role's fields, how it compares, and the role field it meets:
    among the degrees at or above the minimum (awarded first), the one whose field fits best."""
    floor = degree_rank(asked.minimum)
    counted = [d for d in profile.degrees if not d.in_progress and degree_rank(d.level) >= floor]
    if not counted and asked.in_progress_ok:
        counted = [d for d in profile.degrees if d.in_progress and degree_rank(d.level) >= floor]
    counted = counted or [d for d in profile.degrees if not d.in_progress and d.level == profile.highest_degree]
    if not counted:
        return None, ("unknown" if asked.fields else None), None
    compared = [(d, *compare_field(d.field, asked.fields)) for d in counted]
    degree, how, matched = min(compared, key=lambda c: (_FIELD_ORDER.index(c[1]), -degree_rank(c[0].level)))
    return degree.field, (how if asked.fields else None), matched


def _title_matches(title: str, words: tuple[str, ...]) -> bool:
    lowered = title.lower()
    return any(re.search(r"(?<!\w)" + re.escape(w) + r"(?!\w)", lowered) for w in words)


def _experience_factor(result: ExperienceResult) -> float:
    return REQUIRED_FACTOR if result.required else 1.0


def _experience_share(result: ExperienceResult) -> float:
    """The share of a requirement met; on a path, 0 when the resume's degree is below the path's (a degree that could
    not be read is not held against it), else the share of the path's years."""
    if result.met:
        return 1.0
    if result.found_years is None or result.degree_met is False:
        return 0.0
    if result.required_years <= 0:
        return 1.0 if result.positions else 0.0
    return min(result.found_years / result.required_years, 1.0)


def _degree_score(result: DegreeResult) -> float:
    if result.level_met:  # a degree counts: its field's credit applies
        return _level_score(result) * FIELD_CREDIT[result.field_match or "match"]
    return _level_score(result)


def _level_score(result: DegreeResult) -> float:
    if result.preferred_met:
        return 1.0
    if result.level_met:
        if degree_rank(result.found_level) >= degree_rank(result.required_level):
            return DEGREE_BELOW_PREFERRED if result.required_level else 0.5
        return DEGREE_IN_PROGRESS
    if result.met_by_experience:
        return DEGREE_BY_EXPERIENCE
    if degree_rank(result.in_progress_level) >= degree_rank(result.required_level):
        return DEGREE_IN_PROGRESS
    return 0.0


def verdict(report: GapReport) -> str:
    """One plain-English sentence that sums up the report for a person."""
    gaps = [s for s in report.missing_skills if s.required]
    short = [e for e in report.experience if e.required and e.status == "short"]
    unknown = [e for e in report.experience if e.required and e.status == "unknown"]
    parts = []
    if gaps:
        parts.append(f"{_count(len(gaps), 'required skill')} missing")
    if short:
        parts.append(f"{_count(len(short), 'required experience item')} not shown")
    if unknown:
        parts.append(f"{_count(len(unknown), 'required experience item')} unknown")
    if report.degree is not None and not report.degree.met:
        parts.append("the degree's field differs" if report.degree.level_met else "the degree is below the minimum")
    if not parts:
        extra = len([s for s in report.missing_skills if not s.required])
        tail = f"; {_count(extra, 'preferred skill')} to add" if extra else ""
        return f"Meets every required qualification{tail}."
    listed = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    return f"Not yet: {listed}."


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'s' if n != 1 else ''}"
