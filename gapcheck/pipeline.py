"""The stages wired together: read_resume(), Checker, check_resume().

The reading stages (PDF and Word readers, the resume reader and its patterns) are imported only when a file is
read, so a batch whose profiles all come from the cache, or the parent of a reading process, never loads them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from gapcheck.gaps import find_gaps
from gapcheck.limits import Limits
from gapcheck.matching import RoleWeights, fit_role_weights
from gapcheck.models import ResumeProfile, RoleProfile
from gapcheck.reportmodels import GapReport
from gapcheck.roles import load_role, load_roles
from gapcheck.skills import Vocabulary, load_vocabulary

IDF_BASIS = "bundled roles"
"""What the IDF is fitted on; reports name it with the number of roles and a digest of their skills."""


def read_resume(
    path: Path,
    *,
    as_of: dt.date | None = None,
    vocabulary: Vocabulary | None = None,
    max_pages: int | None = None,
    limits: Limits | None = None,
) -> ResumeProfile:
    """Resume file (PDF, .docx, .txt, .md) -> ResumeProfile.

    With ``limits``, the file's text is read in a child process that is killed after ``limits.timeout``
    seconds and may use ``limits.max_memory`` bytes, and the profile is built within the time left and
    the same memory cap (see ``gapcheck.reading``); its size and pages are limited too (``max_pages`` is
    then ignored). Without, it is read here, limited only by ``max_pages``.

    Raises
    ------
    ResumeReadError
        When the file cannot be read as a resume, or breaks a limit.
    """
    if limits is None:
        from gapcheck.filetext import extract_text
        from gapcheck.resume import build_profile

        return build_profile(extract_text(path, max_pages=max_pages), as_of=as_of, vocabulary=vocabulary)
    from gapcheck.reading import start_reading

    with start_reading(path, limits) as reading:  # the text is read in a child while the vocabulary loads
        return reading.profile(as_of=as_of or dt.date.today(), vocabulary=vocabulary or load_vocabulary())


class Checker:
    """Roles, their TF-IDF weights and the vocabulary, loaded once, to check many resumes.

    Parameters
    ----------
    roles : sequence of str, Path or RoleProfile
        Role ids, role file paths, or roles already made (from a job posting) to check against.
    roles_dirs : sequence of Path
        Folders of user role files; they override bundled roles of the same id.
    cache_dir : Path, optional
        Where fitted TF-IDF weights and the compiled vocabulary are cached; None makes them on every run.
    as_of : datetime.date, optional
        What "Present" means on resumes; today when omitted.
    """

    def __init__(
        self,
        roles: Sequence[str | Path | RoleProfile],
        *,
        roles_dirs: Sequence[Path] = (),
        cache_dir: Path | None = None,
        as_of: dt.date | None = None,
    ) -> None:
        if not roles:
            raise ValueError("roles must name at least one role")
        self.vocabulary = load_vocabulary(cache_dir=cache_dir)
        self.as_of = as_of or dt.date.today()
        known = {r.id: r for r in load_roles(roles_dirs, vocabulary=self.vocabulary)}
        # ids come from the roles just loaded; paths (and unknown ids, for the error) go through load_role
        chosen: list[RoleProfile] = []
        for r in roles:
            if isinstance(r, RoleProfile):  # a role made from a posting keeps an id of its own
                taken = set(known) | {c.id for c in chosen}
                chosen.append(r if r.id not in taken else replace(r, id=_free_id(f"{r.id}-posting", taken)))
            elif isinstance(r, str) and r in known:
                chosen.append(known[r])
            else:
                chosen.append(load_role(r, roles_dirs, vocabulary=self.vocabulary))
        self.roles: tuple[RoleProfile, ...] = tuple(chosen)
        # the IDF basis is the bundled roles as shipped, whatever else is loaded, so a score never
        # depends on the user's other role files (README, "Scoring")
        self._basis = list(known.values() if not roles_dirs else load_roles((), vocabulary=self.vocabulary))
        self._cache_dir = cache_dir
        self._weights: RoleWeights | None = None

    def fit(self) -> Checker:
        """Fit the TF-IDF weights now if not done yet (a batch does it while its workers start); returns self."""
        if self._weights is None:
            self._weights = fit_role_weights(self._basis, self._cache_dir, basis=IDF_BASIS)
        return self

    @property
    def weights(self) -> RoleWeights:
        """The TF-IDF weights of skills, fitted on the bundled roles when first needed: fitting without a
        cache imports scikit-learn, which takes longer than reading a resume."""
        self.fit()
        assert self._weights is not None
        return self._weights

    def read(self, path: Path, *, max_pages: int | None = None, limits: Limits | None = None) -> ResumeProfile:
        """Read one resume with this checker's vocabulary and as-of date (see ``read_resume``)."""
        return read_resume(path, as_of=self.as_of, vocabulary=self.vocabulary, max_pages=max_pages, limits=limits)

    def compare(self, profile: ResumeProfile) -> tuple[GapReport, ...]:
        """One gap report per role, in the order the roles were given."""
        return tuple(find_gaps(profile, role, self.weights, self.vocabulary) for role in self.roles)


def _free_id(wanted: str, taken: set[str]) -> str:
    candidates = [wanted, *(f"{wanted}-{n}" for n in range(2, len(taken) + 3))]
    return next(c for c in candidates if c not in taken)


def check_resume(
    path: Path,
    role: str | Path,
    *,
    roles_dirs: Sequence[Path] = (),
    cache_dir: Path | None = None,
    as_of: dt.date | None = None,
) -> GapReport:
    """Check one resume against one role.

    Examples
    --------
    >>> from pathlib import Path
    >>> report = check_resume(Path("examples/resume.pdf"), "data-scientist", as_of=dt.date(2026, 11, 1))
    >>> 0.0 <= report.score <= 1.0
    True
    """
    checker = Checker([role], roles_dirs=roles_dirs, cache_dir=cache_dir, as_of=as_of)
    return checker.compare(checker.read(path))[0]
