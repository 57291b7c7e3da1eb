"""Frozen values a comparison makes: each requirement's result, the gap report of one resume against one role, a
skipped resume and the run report a renderer writes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from gapcheck.models import ExperiencePath, ResumeProfile, RoleProfile, degree_rank

if TYPE_CHECKING:
    from gapcheck.summarymodels import CohortSummary


@dataclass(frozen=True, slots=True)
class SkillResult:
    label: str
    required: bool
    weight: float
    """Importance of the requirement for this role: TF-IDF weight, doubled when required."""
    matched_by: tuple[str, ...]
    """Display names of the resume skills that satisfy it; empty when missing."""
    evidence: tuple[str, ...]
    years: float | None
    gain: float = 0.0
    """Points of score (0 to 100) the report would gain if the resume showed it; 0 once matched."""
    satisfied_by: tuple[str, ...] = ()
    """Display names of the skills that would meet it: its own and, for a group, the group's members."""
    nearest: tuple[str, ...] = ()
    """When missing: display names of related skills the resume does show (siblings or the broader skill)."""
    literal: bool = False
    """The requirement is a literal phrase from a posting, looked for in the resume's text."""

    @property
    def matched(self) -> bool:
        return bool(self.matched_by)


@dataclass(frozen=True, slots=True)
class ExperienceResult:
    label: str
    required: bool
    required_years: float
    found_years: float | None
    """None (unknown) when the resume has no dated positions."""
    positions: tuple[str, ...]
    """The positions that were counted, as ``title, organization``."""
    gain: float = 0.0
    """Points of score (0 to 100) the report would gain if the requirement were fully met."""
    paths: tuple[ExperiencePath, ...] = ()
    """The requirement's alternatives keyed on the degree (see ``ExperienceRequirement.paths``)."""
    path: ExperiencePath | None = None
    """The path compared (``required_years`` are its years): the first one met, else one that may be met
    (unknown), else the nearest; None for a plain requirement."""
    found_degree: str | None = None
    """The resume's highest awarded degree, compared with ``path.degree``; None when none was read (unknown)."""

    @property
    def degree_met(self) -> bool | None:
        """Whether the resume's degree reaches the path's; True without a path or a path degree, None when unknown."""
        if self.path is None or self.path.degree is None:
            return True
        if self.found_degree is None:
            return None
        return degree_rank(self.found_degree) >= degree_rank(self.path.degree)

    @property
    def years_met(self) -> bool | None:
        """Whether the years found reach ``required_years``; None when the resume has no readable dates."""
        if self.path is not None and self.required_years <= 0:
            return True  # a degree-only path ("..., or a PhD")
        if self.found_years is None:
            return None
        if self.required_years <= 0:
            return bool(self.positions)
        return self.found_years + 1e-9 >= self.required_years

    @property
    def status(self) -> str:
        """``met``; ``short`` when the resume shows too few years (or, on a path, a lower degree); ``unknown``
        when what decides it could not be read (no dates, or no degree for a path that asks for one)."""
        checks = (self.degree_met, self.years_met)
        if False in checks:
            return "short"
        return "unknown" if None in checks else "met"

    @property
    def met(self) -> bool:
        return self.status == "met"


@dataclass(frozen=True, slots=True)
class DegreeResult:
    required_level: str | None
    preferred_level: str | None
    found_level: str | None
    found_field: str | None
    fields: tuple[str, ...]
    in_progress_level: str | None = None
    """The highest degree still in progress, when it is above the one found."""
    in_progress_ok: bool = False
    equivalent_years: float | None = None
    """Years of relevant experience that stand in for the missing minimum, when the role accepts
    equivalent practical experience and no degree (held or accepted in progress) meets it; else None."""
    relevant_years: float | None = None
    """Years of relevant experience the resume shows, counted for ``equivalent_years``."""
    also_level: str | None = None
    """A further degree the role asks for beside the minimum (see ``DegreeRequirement.also_level``)."""
    gain: float = 0.0
    """Points of score (0 to 100) the report would gain at the preferred level (or the minimum)."""
    field_match: str | None = None
    """How ``found_field`` compares with the role's fields: "match", "related" (a shared group in
    gapcheck/data/degree_fields.yaml), "differs" or "unknown" (no field read); None when the role names none."""
    matched_field: str | None = None
    """The role field that ``found_field`` matches or is related to."""

    @property
    def level_met(self) -> bool:
        """The minimum level is met by a degree held, or in progress where the role accepts that."""
        if degree_rank(self.found_level) >= degree_rank(self.required_level):
            return True
        return self.in_progress_ok and degree_rank(self.in_progress_level) >= degree_rank(self.required_level)

    @property
    def met_by_degree(self) -> bool:
        """The level is met by a degree and its field is not one the role does not accept (unknown is not held
        against it)."""
        return self.level_met and self.field_match != "differs"

    @property
    def met_by_experience(self) -> bool:
        """The minimum is met by equivalent practical experience (and the further degree, if any, is held)."""
        if self.level_met or self.equivalent_years is None or self.relevant_years is None:
            return False
        if degree_rank(self.found_level) < degree_rank(self.also_level):
            return False
        return self.relevant_years + 1e-9 >= self.equivalent_years

    @property
    def met(self) -> bool:
        return self.met_by_degree or self.met_by_experience

    @property
    def preferred_met(self) -> bool:
        target = self.preferred_level or self.required_level
        return degree_rank(self.found_level) >= degree_rank(target)


@dataclass(frozen=True, slots=True)
class SubScores:
    skills: float
    experience: float | None
    """None when the role states no experience requirement."""
    degree: float | None
    """None when the role states no degree requirement."""


@dataclass(frozen=True, slots=True)
class GapReport:
    resume: ResumeProfile
    role: RoleProfile
    score: float
    """Overall match in [0, 1]; see ``gaps.SCORING_VERSION`` and the README for the formula."""
    subscores: SubScores
    skills: tuple[SkillResult, ...]
    """Every skill requirement: matched ones first (required, then by weight), then missing ones
    (required first, then by the points of score each would add)."""
    experience: tuple[ExperienceResult, ...]
    degree: DegreeResult | None
    idf_basis: str = ""
    """What the IDF weights were fitted on (``RoleWeights.basis``), so a report says what scored it."""

    @property
    def matched_skills(self) -> tuple[SkillResult, ...]:
        return tuple(s for s in self.skills if s.matched)

    @property
    def missing_skills(self) -> tuple[SkillResult, ...]:
        return tuple(s for s in self.skills if not s.matched)

    @property
    def meets_required(self) -> bool:
        """True when every required skill, experience and degree requirement is met."""
        return (
            all(s.matched for s in self.skills if s.required)
            and all(e.met for e in self.experience if e.required)
            and (self.degree is None or self.degree.met)
        )


@dataclass(frozen=True, slots=True)
class SkippedResume:
    """A resume that could not be checked, kept as a value so a batch keeps the other results."""

    path: str
    reason: str
    role_id: str | None = None
    role: RoleProfile | None = None
    """The role it was to be checked against, when known (its id is ``role_id``)."""


@dataclass(frozen=True, slots=True)
class RunReport:
    results: tuple[GapReport | SkippedResume, ...]
    summary: CohortSummary | None = None
