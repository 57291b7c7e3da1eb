"""Frozen values made from many gap reports: a cohort's summary (``gapcheck batch``) and one resume matched against
every role (``gapcheck match``). Kept apart from ``models``, which every check imports: a dataclass costs its
module's import about half a millisecond to make."""

from __future__ import annotations

from dataclasses import dataclass

from gapcheck.models import ResumeProfile
from gapcheck.reportmodels import GapReport

# --- a cohort's summary ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MissingCount:
    label: str
    required: bool
    count: int
    share: float
    who: tuple[str, ...] = ()
    """The students it is missing for (the name read from the resume, else the file), sorted."""
    gain: float = 0.0
    """Points the cohort's average score (0 to 100) would rise by if everyone missing it showed it."""


@dataclass(frozen=True, slots=True)
class StudentRow:
    """One resume's line in the per-student table of a role."""

    file: str
    name: str | None
    score: float
    meets_required: bool
    top_missing: tuple[str, ...]
    """Up to three missing skill requirements: required ones first, then by importance."""


@dataclass(frozen=True, slots=True)
class RequirementShare:
    """How many resumes meet one required item of a role (a skill, an experience requirement, the degree)."""

    label: str
    kind: str
    """``skill``, ``experience`` or ``degree``."""
    met: int
    share: float


@dataclass(frozen=True, slots=True)
class RoleSummary:
    role_id: str
    role_title: str
    checked: int
    meets_required: int
    scores: tuple[float, ...]
    """Every resume's score, sorted, for the distribution."""
    missing: tuple[MissingCount, ...]
    """Skill requirements most often missing: required ones first, each kind by how many miss it."""
    experience_gaps: tuple[MissingCount, ...]
    degree_gaps: int
    score_bands: tuple[int, ...] = ()
    """How many scores fall in each tenth, [0, 0.1), [0.1, 0.2) ... [0.9, 1.0], for the distribution chart."""
    median_score: float | None = None
    students: tuple[StudentRow, ...] = ()
    """One row per resume checked, lowest score first (whom to help first)."""
    required_met: tuple[RequirementShare, ...] = ()
    """Each required item of the role and how many meet it, in the role's order."""
    states_experience: bool = True
    """False when the role states no experience requirement."""
    states_degree: bool = True
    """False when the role states no degree requirement."""


@dataclass(frozen=True, slots=True)
class TeachItem:
    """A skill to teach next, merged across the roles of a run."""

    label: str
    count: int
    """Students missing it for at least one role they were checked against."""
    share: float
    """``count`` over the students checked."""
    required_for: tuple[str, ...]
    """Ids of the roles that require it (the others only prefer it)."""
    roles: tuple[str, ...]
    """Ids of the roles that ask for it and that someone misses it for."""
    who: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CohortSummary:
    resumes: int
    skipped: int
    roles: tuple[RoleSummary, ...]
    teach_next: tuple[TeachItem, ...] = ()
    """Skills missing across all roles: required somewhere first, then by how many students miss them."""


# --- one resume against every role ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RoleMatch:
    report: GapReport
    similarity: float
    """Cosine similarity of the resume's TF-IDF skill vector with the role's (same vocabulary and IDF)."""


@dataclass(frozen=True, slots=True)
class LadderStep:
    """Where a resume stands on the ML engineer ladder (bachelor, master, PhD rungs)."""

    current: str | None
    """Role id of the highest rung whose required items are all met; None below the first rung."""
    next: str | None
    """Role id of the rung above; None at the top."""
    missing: tuple[str, ...]
    """What stands between the resume and the next rung: its unmet required items."""


@dataclass(frozen=True, slots=True)
class MatchReport:
    resume: ResumeProfile
    matches: tuple[RoleMatch, ...]
    """Every role, best first: score, then similarity."""
    ladder: LadderStep | None
