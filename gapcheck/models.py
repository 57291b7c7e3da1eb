"""Frozen values the comparison starts from: the resume profile and the role profile (with the month and degree
arithmetic they share).

What a comparison makes of them (gap report, run report) is in ``reportmodels``; the values made from many gap
reports (a cohort's summary, a match against every role) are in ``summarymodels``."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from gapcheck.resumetext import ResumeText as ResumeText

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
