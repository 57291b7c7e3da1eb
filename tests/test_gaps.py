"""gaps.py: matched and missing requirements, years, degree, the score, the verdict."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from conftest import ANALYST_LINES, AS_OF, ROLES_DIR
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.gaps import find_gaps, verdict
from gapcheck.matching import fit_role_weights
from gapcheck.models import ResumeText
from gapcheck.resume import build_profile
from gapcheck.roles import load_role, load_roles
from gapcheck.skills import load_vocabulary

VOCABULARY = load_vocabulary()
ROLES = {r.id: r for r in load_roles([ROLES_DIR]) if r.id.startswith("tiny-")}
WEIGHTS = fit_role_weights(list(ROLES.values()))
ANALYST = ROLES["tiny-analyst"]
RESEARCHER = ROLES["tiny-researcher"]


def profile_of(lines: tuple[str, ...] | list[str], as_of: dt.date = AS_OF):  # type: ignore[no-untyped-def]
    return build_profile(ResumeText("r.txt", 1, tuple(lines)), as_of=as_of, vocabulary=VOCABULARY)


def check(lines, role=ANALYST):  # type: ignore[no-untyped-def]
    return find_gaps(profile_of(lines), role, WEIGHTS, VOCABULARY)


def test_matched_skills_carry_their_evidence_line() -> None:
    report = check(ANALYST_LINES)
    sql = next(s for s in report.skills if s.label == "SQL")
    assert sql.matched and sql.evidence[0] == "Built Tableau dashboards and SQL reports for the sales team"
    bi = next(s for s in report.skills if s.label.startswith("a BI tool"))
    assert bi.matched_by == ("Tableau",)


def test_missing_skills_are_ranked_required_first_then_by_weight() -> None:
    report = check(["EXPERIENCE", "Clerk, Shop   2019 - 2020", "SKILLS", "Excel"])
    missing = report.missing_skills
    assert [s.required for s in missing] == sorted((s.required for s in missing), reverse=True)
    required = [s.weight for s in missing if s.required]
    assert required == sorted(required, reverse=True)
    assert {s.label for s in missing} >= {"Python", "SQL", "Apache Spark"}


def test_required_weighs_more_than_preferred_and_idf_ranks_role_specific_skills() -> None:
    report = check([])
    weight = {s.label: s.weight for s in report.skills}
    # python is asked by both test roles; sql only by the analyst role
    assert weight["SQL"] > weight["Python"]
    assert weight["Python"] > weight["Apache Spark"] / 2


def test_a_group_requirement_is_met_through_any_member() -> None:
    report = check(["SKILLS", "TensorFlow, Python"], RESEARCHER)
    group = next(s for s in report.skills if s.label == "a deep learning framework")
    assert group.matched_by == ("TensorFlow",)
    pytorch = next(s for s in report.skills if s.label == "PyTorch")
    assert not pytorch.matched


def test_experience_years_from_skills_and_titles() -> None:
    report = check(ANALYST_LINES)
    by_label = {e.label: e for e in report.experience}
    python_or_r = by_label["2+ years using Python or R"]
    # Jan 2022 - Nov 2026 (Python) and Jun 2020 - Dec 2021 (R): 59 + 19 months
    assert python_or_r.found_years == pytest.approx(78 / 12)
    assert python_or_r.met
    analyst = by_label["1+ year in an analyst role"]
    assert analyst.found_years == pytest.approx(59 / 12)
    assert analyst.positions == ("Data Analyst, Acme Inc",)


def test_experience_is_unknown_not_zero_without_dates() -> None:
    report = check(["EXPERIENCE", "Data Analyst, Acme Inc", "• Python and SQL every day"])
    assert all(e.found_years is None and not e.met for e in report.experience)
    assert "no readable dates" in " ".join(report.resume.readability.warnings)


def test_degree_levels() -> None:
    report = check(["EDUCATION", "B.S. in Statistics, 2015"])
    assert report.degree is not None
    assert (report.degree.found_level, report.degree.met, report.degree.preferred_met) == ("bachelor", True, False)
    assert report.subscores.degree == 0.75
    none = check(["EDUCATION", "High School Diploma, 2010"])
    assert none.degree is not None and none.degree.found_level is None and not none.degree.met


def test_a_phd_in_progress_meets_a_role_that_accepts_it() -> None:
    lines = ["EDUCATION", "Ph.D. in Computer Science (expected 2028)", "M.S. in Computer Science, 2024"]
    report = check(lines, RESEARCHER)
    assert report.degree is not None
    assert report.degree.found_level == "master" and report.degree.in_progress_level == "doctorate"
    assert report.degree.met
    strict = replace(RESEARCHER, degree=replace(RESEARCHER.degree, in_progress_ok=False))  # type: ignore[type-var]
    assert not find_gaps(profile_of(lines), strict, WEIGHTS, VOCABULARY).degree.met  # type: ignore[union-attr]


def test_meets_required_and_verdict() -> None:
    report = check(ANALYST_LINES)
    assert report.meets_required
    assert verdict(report).startswith("Meets every required qualification")
    weak = check(["SKILLS", "Excel"])
    assert not weak.meets_required
    assert verdict(weak).startswith("Not yet: 3 required skills missing")


def test_same_input_same_output() -> None:
    assert check(ANALYST_LINES) == check(ANALYST_LINES)


def test_score_is_between_zero_and_one_and_rewards_coverage() -> None:
    empty = check(["Nothing relevant here at all, just words"])
    full = check(ANALYST_LINES)
    assert 0.0 <= empty.score < full.score <= 1.0


ROLE_SKILLS = ["Python", "SQL", "Tableau", "Power BI", "Spark", "machine learning", "PyTorch", "C++", "R", "JAX"]


@settings(max_examples=60, deadline=None)
@given(
    have=st.sets(st.sampled_from(ROLE_SKILLS)),
    add=st.sampled_from(ROLE_SKILLS),
    role_id=st.sampled_from(sorted(ROLES)),
    in_position=st.booleans(),
)
def test_adding_a_role_skill_never_lowers_the_score(have: set[str], add: str, role_id: str, in_position: bool) -> None:
    role = ROLES[role_id]
    base = [
        "EXPERIENCE",
        "Analyst, Acme Inc   Jan 2021 - Dec 2022",
        "• Reporting work",
        "SKILLS",
        ", ".join(sorted(have)),
    ]
    more = list(base)
    if in_position:
        more.insert(3, f"• Used {add} every day")
    else:
        more[-1] = ", ".join(sorted(have | {add}))
    before = check(base, role)
    after = check(more, role)
    assert after.score >= before.score - 1e-12
    assert after.subscores.skills >= before.subscores.skills - 1e-12


def test_bundled_role_report_is_built(as_of: dt.date) -> None:
    role = load_role("bofa-ds-mle")
    weights = fit_role_weights(load_roles())
    report = find_gaps(profile_of(ANALYST_LINES), role, weights, VOCABULARY)
    assert [e.required_years for e in report.experience if e.required][:2] == [5.0, 5.0]
    assert report.degree is not None and report.degree.preferred_level == "master"
