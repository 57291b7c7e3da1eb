"""batch/summary.py: the cohort summary, per role and across roles: who meets what, what to teach next."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from conftest import ANALYST_LINES, AS_OF, ROLES_DIR

from gapcheck.batch.summary import score_bands, student_labels, summarize, teach_next
from gapcheck.models import ResumeText
from gapcheck.pipeline import Checker
from gapcheck.reportmodels import GapReport, SkippedResume
from gapcheck.resume import build_profile
from gapcheck.summarymodels import CohortSummary

CHECKER = Checker(["tiny-analyst", "tiny-researcher"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
NO_PYTHON = tuple(line.replace("Python", "Perl").replace("Ann Example", "Bo Smith") for line in ANALYST_LINES)
NO_TABLEAU = tuple(line.replace("Tableau", "Excel").replace("Ann Example", "Cy Jones") for line in ANALYST_LINES)


def check(name: str, lines: Sequence[str]) -> tuple[GapReport, ...]:
    profile = build_profile(ResumeText(name, 1, tuple(lines)), as_of=AS_OF, vocabulary=CHECKER.vocabulary)
    return CHECKER.compare(profile)


@pytest.fixture(scope="module")
def cohort() -> list[GapReport]:
    return [*check("ann.pdf", ANALYST_LINES), *check("bo.pdf", NO_PYTHON), *check("cy.pdf", NO_TABLEAU)]


@pytest.fixture(scope="module")
def summary(cohort: list[GapReport]) -> CohortSummary:
    return summarize([*cohort, SkippedResume("bad.pdf", "encrypted", "tiny-analyst")])


def test_cohort_summary_counts_missing_skills_and_skips(summary: CohortSummary) -> None:
    assert (summary.resumes, summary.skipped) == (4, 1)
    analyst, _ = summary.roles
    assert analyst.checked == 3 and analyst.meets_required == 1
    counts = {m.label: m.count for m in analyst.missing}
    assert counts["a BI tool (Tableau or Power BI)"] == 1 and counts["Python"] == 1
    assert analyst.scores == tuple(sorted(analyst.scores)) and len(analyst.scores) == 3


def test_required_skills_rank_before_preferred_ones(summary: CohortSummary) -> None:
    analyst = summary.roles[0]
    # Apache Spark (preferred) is missed by all three, the BI tool (required) by one: required still comes first
    kinds = [m.required for m in analyst.missing]
    assert kinds == sorted(kinds, reverse=True) and kinds[0] and not kinds[-1]
    spark = next(m for m in analyst.missing if m.label == "Apache Spark")
    assert spark.count == 3 and analyst.missing.index(spark) > 0
    for required in (True, False):
        counts = [m.count for m in analyst.missing if m.required is required]
        assert counts == sorted(counts, reverse=True)


def test_who_lacks_each_missing_skill(summary: CohortSummary) -> None:
    analyst = summary.roles[0]
    who = {m.label: m.who for m in analyst.missing}
    assert who["Python"] == ("Bo Smith",)
    assert who["a BI tool (Tableau or Power BI)"] == ("Cy Jones",)
    assert who["Apache Spark"] == ("Ann Example", "Bo Smith", "Cy Jones")


def test_teach_next_merges_roles_and_counts_a_student_once(summary: CohortSummary) -> None:
    python = next(t for t in summary.teach_next if t.label == "Python")
    assert python.required_for == ("tiny-analyst", "tiny-researcher")  # both roles require it
    assert (python.count, python.who) == (1, ("Bo Smith",))  # Bo misses it twice, counted once
    assert python.share == 1 / 3


def test_teach_next_puts_skills_some_role_requires_first(summary: CohortSummary) -> None:
    required = [bool(t.required_for) for t in summary.teach_next]
    assert required == sorted(required, reverse=True) and required[0] and not required[-1]
    preferred_only = [t for t in summary.teach_next if not t.required_for]
    assert all(t.roles for t in preferred_only)


def test_teach_next_keeps_the_top_items(cohort: list[GapReport]) -> None:
    labels = student_labels(cohort)
    assert len(teach_next(cohort, 2, labels)) == 2
    assert len(teach_next(cohort, 100, labels)) == len({t.label for t in teach_next(cohort, 100, labels)})


def test_students_lowest_score_first_with_top_three_missing(summary: CohortSummary) -> None:
    analyst = summary.roles[0]
    assert [s.score for s in analyst.students] == sorted(s.score for s in analyst.students)
    bo = next(s for s in analyst.students if s.file == "bo.pdf")
    assert bo.name == "Bo Smith" and not bo.meets_required
    assert bo.top_missing[0] == "Python" and len(bo.top_missing) <= 3
    ann = next(s for s in analyst.students if s.file == "ann.pdf")
    assert ann.meets_required and ann.top_missing == ("Apache Spark", "machine learning basics")


def test_share_meeting_each_required_item(summary: CohortSummary) -> None:
    analyst, researcher = summary.roles
    met = {(r.kind, r.label): r.met for r in analyst.required_met}
    assert met[("skill", "Python")] == 2 and met[("skill", "SQL")] == 3
    assert met[("skill", "a BI tool (Tableau or Power BI)")] == 2
    assert met[("degree", "bachelor degree or higher")] == 3
    assert ("experience", "2+ years using Python or R") in met
    assert not any(label == "1+ year in an analyst role" for _, label in met)  # preferred, not required
    assert analyst.states_experience and not researcher.states_experience and researcher.states_degree


def test_students_who_share_a_name_are_told_apart(cohort: list[GapReport]) -> None:
    twin = check("twin.pdf", ANALYST_LINES)
    labels = student_labels([*cohort, *twin])
    assert labels["ann.pdf"] == "Ann Example (ann.pdf)" and labels["twin.pdf"] == "Ann Example (twin.pdf)"
    assert labels["bo.pdf"] == "Bo Smith"
    unnamed = check("nameless.pdf", ("EXPERIENCE", *ANALYST_LINES[4:]))
    assert student_labels(unnamed) == {"nameless.pdf": "nameless.pdf"}


def test_score_bands_count_tenths_and_put_a_full_score_in_the_last() -> None:
    assert score_bands([0.0, 0.099, 0.1, 0.95, 1.0]) == (2, 1, 0, 0, 0, 0, 0, 0, 0, 2)
    assert score_bands([]) == (0,) * 10


def test_cohort_gain_is_the_average_rise_in_points(cohort: list[GapReport], summary: CohortSummary) -> None:
    analyst = summary.roles[0]
    python = next(m for m in analyst.missing if m.label == "Python")
    bo = next(r for r in cohort if r.resume.source == "bo.pdf" and r.role.id == "tiny-analyst")
    gain = next(s.gain for s in bo.missing_skills if s.label == "Python")
    assert gain > 0 and python.gain == pytest.approx(gain / 3)  # only Bo misses it, averaged over three
