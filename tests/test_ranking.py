"""Ranking a resume against every role: similarity and the ML engineer ladder."""

from __future__ import annotations

from dataclasses import replace

import pytest
from conftest import ANALYST_LINES, AS_OF

from gapcheck.matching import RoleWeights
from gapcheck.models import ResumeText
from gapcheck.pipeline import Checker
from gapcheck.ranking import LADDER, _ladder, skill_similarity, unmet_required
from gapcheck.reportmodels import DegreeResult, GapReport
from gapcheck.resume import build_profile


@pytest.fixture(scope="module")
def gap_report() -> GapReport:
    checker = Checker(["data-scientist"], as_of=AS_OF)
    profile = build_profile(ResumeText("ann.txt", 1, ANALYST_LINES), as_of=AS_OF, vocabulary=checker.vocabulary)
    return checker.compare(profile)[0]


def test_similarity_is_one_for_the_same_skills_and_zero_for_none_shared() -> None:
    weights = RoleWeights({"python": 0, "sql": 1, "r": 2}, (1.0, 2.0, 3.0))
    assert abs(skill_similarity(["python", "sql"], ["sql", "python"], weights) - 1.0) < 1e-9
    assert skill_similarity(["r"], ["python", "sql"], weights) == 0.0
    assert skill_similarity([], ["python"], weights) == 0.0


def _report(base: GapReport, role_id: str, met: bool) -> GapReport:
    level = None if met else "doctorate"
    degree = DegreeResult(level, None, "bachelor", None, ())
    return replace(base, role=replace(base.role, id=role_id), skills=(), experience=(), degree=degree)


def test_ladder_names_the_next_rung_and_what_it_needs(gap_report: GapReport) -> None:
    reports = [_report(gap_report, LADDER[0], True), _report(gap_report, LADDER[1], False),
               _report(gap_report, LADDER[2], False)]  # fmt: skip
    step = _ladder(reports)
    assert step is not None
    assert (step.current, step.next, step.missing) == (LADDER[0], LADDER[1], ("a doctorate degree",))
    assert unmet_required(reports[0]) == ()


def test_no_ladder_without_its_roles(gap_report: GapReport) -> None:
    assert _ladder([_report(gap_report, "data-scientist", True)]) is None
