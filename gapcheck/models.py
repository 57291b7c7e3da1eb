"""Frozen values passed between the stages: resume profile, role profile, gap report, run report.

The values made from many gap reports (a cohort's summary, a match against every role) are in ``summarymodels``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from gapcheck.resumetext import ResumeText as ResumeText

if TYPE_CHECKING:
    from gapcheck.summarymodels import CohortSummary

DEGREE_LEVELS: tuple[str, ...] = ("associate", "bachelor", "master", "doctorate")
"""Degree levels from lowest to highest."""


def degree_rank(level: str | None) -> int:
    """Return the rank of a degree level: 0 for none, 1 for associate ... 4 for doctorate."""
    return 0 if level is None else DEGREE_LEVELS.index(level) + 1


def month_index(year: int, month: int) -> int:
    """Return a month as one integer (``year * 12 + month - 1``) so ranges are integer arithmetic."""
    return year * 12 + month - 1


def month_label(index: int) -> str:
    """Return ``YYYY-MM`` for a month index."""
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def as_of_month(day: dt.date) -> int:
    """Return the month index of a date."""
    return month_index(day.year, day.month)


def union_months(ranges: tuple[tuple[int, int], ...] | list[tuple[int, int]]) -> int:
    """Count the months covered by inclusive ``(start, end)`` month ranges, overlaps counted once.

    >>> union_months([(0, 11), (6, 17), (30, 30)])
    19
    """
    covered = 0
    last_end = -1
    for start, end in sorted(ranges):
        if end <= last_end:
            continue
        covered += end - max(start, last_end + 1) + 1
        last_end = end
    return covered


# --- PDF -> text: ResumeText, in gapcheck.resumetext (the process reading a file needs no other model) -----------


# --- text -> resume profile ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Section:
    kind: str
    """One of the section kinds in ``sections.SECTION_KINDS``; ``header`` before the first heading."""
    heading: str
    start: int
    """Index of the first line after the heading."""
    end: int
    """Index one past the last line of the section."""


@dataclass(frozen=True, slots=True)
class DateRange:
    start: int
    """Month index of the first month counted."""
    end: int
    """Month index of the last month counted (inclusive); the as-of month when ``current``."""
    current: bool
    text: str


@dataclass(frozen=True, slots=True)
class Position:
    title: str
    organization: str
    dates: DateRange | None
    """None when the position has no readable dates; it is then not counted in years."""
    line: int
    """Index of the line that carries the position's dates (or heading)."""
    end_line: int
    """Index one past the position's last line."""
    skills: tuple[str, ...] = ()
    """Ids of the skills its lines mention."""

    @property
    def months(self) -> int:
        return 0 if self.dates is None else self.dates.end - self.dates.start + 1


@dataclass(frozen=True, slots=True)
class Degree:
    level: str
    field: str | None
    institution: str | None
    year: int | None
    in_progress: bool
    text: str
    """The resume line the degree was read from."""


@dataclass(frozen=True, slots=True)
class SkillHit:
    id: str
    name: str
    category: str
    evidence: tuple[str, ...]
    """Resume lines that show the skill, in reading order (at most a few)."""
    lines: tuple[int, ...]
    """Indices of every line that shows it."""
    years: float | None
    """Years of the dated positions whose text mentions it; None when no dated position does."""


@dataclass(frozen=True, slots=True)
class Readability:
    pages: int
    words: int
    sections: tuple[str, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ResumeProfile:
    source: str
    as_of: dt.date
    pages: int
    skills: tuple[SkillHit, ...]
    degrees: tuple[Degree, ...]
    positions: tuple[Position, ...]
    readability: Readability
    claimed_years: float | None = None
    """The total experience the resume states about itself ("7+ years of experience" is 7.0), or None. Shown
    beside ``total_years`` (the union of dated positions) and never mixed into it."""
    name: str | None = None
    """The person's name as the resume's first lines give it; None when gapcheck is unsure."""
    text: tuple[str, ...] = field(default=(), compare=False)
    """The resume's lines, for requirements matched as literal phrases (not part of equality: the JSON form
    of a profile leaves them out)."""

    @property
    def highest_degree(self) -> str | None:
        """The highest awarded (not in-progress) degree level, or None."""
        awarded = [d.level for d in self.degrees if not d.in_progress]
        return max(awarded, key=degree_rank) if awarded else None

    @property
    def total_months(self) -> int | None:
        """Months covered by dated positions (union); None when no position has readable dates."""
        ranges = [(p.dates.start, p.dates.end) for p in self.positions if p.dates is not None]
        return union_months(ranges) if ranges else None

    @property
    def total_years(self) -> float | None:
        months = self.total_months
        return None if months is None else months / 12

    @property
    def skill_ids(self) -> frozenset[str]:
        return frozenset(hit.id for hit in self.skills)


# --- role profiles -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SkillRequirement:
    label: str
    """What the role asks for, as shown to the user."""
    skills: tuple[str, ...]
    """Skill ids, any of which satisfies the requirement (a group id counts through its members)."""
    required: bool
    phrase: str | None = None
    """A requirement no vocabulary skill names ("WSGI web applications"): matched as a phrase in the
    resume's text; ``skills`` is then empty."""
    quote: str | None = None
    """The posting line the requirement was read from (roles built from a posting)."""


@dataclass(frozen=True, slots=True)
class ExperiencePath:
    """One way to meet an experience requirement that trades degree against years ("PhD and 2+ years")."""

    degree: str | None
    """The degree level (one of ``DEGREE_LEVELS``) the path asks for: a degree at or above it counts; None: any."""
    years: float


@dataclass(frozen=True, slots=True)
class ExperienceRequirement:
    label: str
    years: float
    """The years asked for; with ``paths``, the longest path's years."""
    required: bool
    skills: tuple[str, ...] = ()
    """A dated position counts if its text mentions any of these skill ids (or their members)."""
    titles: tuple[str, ...] = ()
    """A dated position counts if its title contains any of these words (lower case).
    With neither skills nor titles, every dated position counts ("5+ years of industry experience")."""
    also_skills: tuple[str, ...] = ()
    """When given, a counted position must also mention one of these skill ids ("ML infrastructure
    for recommendation or search": the area through ``skills``, the infrastructure through these)."""
    quote: str | None = None
    """The posting line the requirement was read from (roles built from a posting)."""
    paths: tuple[ExperiencePath, ...] = ()
    """Alternatives keyed on the degree ("PhD and 2+ years, or Master's and 5+ years"): the requirement is met
    when the resume meets any one of them. Empty for a plain requirement of ``years``."""
    note: str | None = None
    """Why a requirement read from a posting needs a second look (written as a comment in the role file)."""


@dataclass(frozen=True, slots=True)
class DegreeRequirement:
    minimum: str | None
    preferred: str | None
    fields: tuple[str, ...] = ()
    in_progress_ok: bool = False
    """A degree still in progress at the minimum level meets the minimum ("PhD, held or in progress")."""
    equivalent_experience: bool = False
    """The posting accepts "or equivalent practical experience" for the minimum (README, "Scoring")."""
    also_level: str | None = None
    """A further degree the posting asks for beside the minimum ("and a bachelor's degree in ...")."""
    also_fields: tuple[str, ...] = ()
    quote: str | None = None
    """The posting line the requirement was read from (roles built from a posting)."""


@dataclass(frozen=True, slots=True)
class Salary:
    base_usd: int | None = None
    base_usd_min: int | None = None
    base_usd_max: int | None = None
    additional_usd: int | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RoleProfile:
    id: str
    title: str
    level: str
    source: str
    skills: tuple[SkillRequirement, ...]
    experience: tuple[ExperienceRequirement, ...] = ()
    degree: DegreeRequirement | None = None
    organization: str | None = None
    summary: str | None = None
    salary: Salary | None = None
    path: Path | None = None


# --- comparison -> gap report ----------------------------------------------------------------------


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
