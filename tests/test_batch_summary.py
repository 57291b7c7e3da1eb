"""batch/summary.py: the cohort summary, per role: who meets the requirements, the scores, what is most missed."""

from __future__ import annotations

from collections.abc import Sequence

from conftest import ANALYST_LINES, AS_OF, ROLES_DIR

from gapcheck.batch.summary import score_bands, summarize
from gapcheck.models import GapReport, ResumeText, SkippedResume
from gapcheck.pipeline import Checker
from gapcheck.resume import build_profile

CHECKER = Checker(["tiny-analyst"], roles_dirs=[ROLES_DIR], as_of=AS_OF)


def check(name: str, lines: Sequence[str]) -> GapReport:
    profile = build_profile(ResumeText(name, 1, tuple(lines)), as_of=AS_OF, vocabulary=CHECKER.vocabulary)
    return CHECKER.compare(profile)[0]


def test_cohort_summary_counts_missing_skills_and_skips() -> None:
    reports = [
        check("r0.pdf", ANALYST_LINES),
        check("r1.pdf", ["SKILLS", "Python"]),
        check("r2.pdf", ["SKILLS", "Python, SQL"]),
    ]
    summary = summarize([*reports, SkippedResume("bad.pdf", "encrypted", "tiny-analyst")])
    assert (summary.resumes, summary.skipped) == (4, 1)
    (role,) = summary.roles
    assert role.checked == 3 and role.meets_required == 1
    counts = {m.label: m.count for m in role.missing}
    assert counts["a BI tool (Tableau or Power BI)"] == 2
    assert counts["SQL"] == 1
    assert role.missing[0].count >= role.missing[-1].count
    assert role.scores == tuple(sorted(r.score for r in reports))


def test_score_bands_count_tenths_and_put_a_full_score_in_the_last() -> None:
    assert score_bands([0.0, 0.099, 0.1, 0.95, 1.0]) == (2, 1, 0, 0, 0, 0, 0, 0, 0, 2)
    assert score_bands([]) == (0,) * 10
