"""postingpaths.py: posting lines that trade degree against years -> experience paths, end to end."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.gaps import find_gaps
from gapcheck.matching import fit_role_weights
from gapcheck.models import ExperiencePath, ResumeText, RoleProfile
from gapcheck.postingpaths import YEARS, read_paths
from gapcheck.postings import read_posting
from gapcheck.render.role_yaml import render_role_yaml
from gapcheck.resume import build_profile
from gapcheck.roles import parse_role
from gapcheck.skills import load_vocabulary

VOCABULARY = load_vocabulary()
PHD, MS, BS, ANY = "doctorate", "master", "bachelor", None


def paths_of(line: str) -> list[tuple[str | None, float]]:
    return [(p.degree, p.years) for p in read_paths(line).paths]


@pytest.mark.parametrize(
    ("line", "paths"),
    [
        ("PhD and 2+ years of experience, or Master's and 5+ years", [(PHD, 2), (MS, 5)]),
        ("Bachelor's and 5 years of experience, or Master's and 3 years, or a PhD", [(BS, 5), (MS, 3), (PHD, 0)]),
        ("BS with 4+ years or MS with 2+ years", [(BS, 4), (MS, 2)]),
        ("Ph.D. with two years of industry experience or M.S. with five years", [(PHD, 2), (MS, 5)]),
        ("Master's degree and at least 5 years' experience, or a PhD and at least 2 years", [(MS, 5), (PHD, 2)]),
        ("Bachelor's degree + 5 years of experience OR Master's degree + 3 years", [(BS, 5), (MS, 3)]),
        ("BS in CS with 6+ years of experience, MS with 4+ years, or PhD with 2+ years", [(BS, 6), (MS, 4), (PHD, 2)]),
        ("Master's degree and 2 years of experience (or Bachelor's and 4 years)", [(MS, 2), (BS, 4)]),
        ("Master's degree with 3 years of experience or PhD", [(MS, 3), (PHD, 0)]),
        ("5+ years of experience, or 3+ years with a PhD", [(ANY, 5), (PHD, 3)]),
        ("Bachelor's degree or 4 years of experience", [(BS, 0), (ANY, 4)]),
        ("Bachelor's degree and 5 years of experience, or 8 years of experience", [(BS, 5), (ANY, 8)]),
        ("BS/MS with 5/3 years of experience", [(BS, 5), (MS, 3)]),
        ("B.S./M.S./Ph.D. with 6/4/2 years of experience", [(BS, 6), (MS, 4), (PHD, 2)]),
    ],
)  # fmt: skip
def test_lines_that_trade_degree_against_years_become_paths(line: str, paths: list[tuple[str | None, float]]) -> None:
    reading = read_paths(line)
    assert paths_of(line) == paths and not reading.unsure


@pytest.mark.parametrize(
    "line",
    [
        "Bachelor's or Master's degree and 3+ years of experience",  # a list of degrees shares the years
        "Bachelor's, Master's, or PhD with 3+ years of experience",
        "5+ years of experience and a Bachelor's degree in CS or Master's degree",
        "Bachelor's degree in Computer Science or related field and 5+ years of experience",
        "MS/PhD with 3+ years of experience",
        "BS with 3 years or MS with 3 years of experience",  # the same years whatever the degree
        "3+ years of Python or 2+ years of Scala",  # years, but no degree
    ],
)
def test_lines_that_state_one_requirement_get_no_paths(line: str) -> None:
    reading = read_paths(line)
    assert reading.paths == () and not reading.unsure


@pytest.mark.parametrize(
    "line",
    [
        "a PhD, or a Master's and 3 years of experience",  # the PhD alone, or the PhD with 3 years?
        "Bachelor's degree and 5+ years of experience, including 2+ years of Python",
        "BS/MS with 3/5 years of experience",  # more years for the higher degree: a typo, or the other way round
        "BS/MS/PhD with 5/3 years of experience",  # the counts do not pair
        "Bachelor's with 5+ years, or Master's with 3-5 years and 2 years of management",
    ],
)
def test_lines_not_read_reliably_are_flagged(line: str) -> None:
    reading = read_paths(line)
    assert reading.paths == () and reading.unsure


@pytest.mark.parametrize(
    ("text", "years"),
    [("2 or more years", "2"), ("at least five years", "five"), ("5 years' experience", "5"), ("3-5 yrs", "3")],
)
def test_numeric_styles_of_years(text: str, years: str) -> None:
    match = YEARS.search(f"Requires {text} of Python")
    assert match is not None and match.group("n") == years


@pytest.mark.parametrize("text", ["a 5-year-old codebase", "founded 10 years ago", "two or more tools"])
def test_numbers_that_are_not_years_of_experience(text: str) -> None:
    assert YEARS.search(text) is None


# --- from a posting to a role file and back ------------------------------------------------------------------

POSTING = """Acme Labs: Machine Learning Scientist

Requirements
- PhD and 2+ years of experience in machine learning, or Master's and 5+ years
- Python and SQL
- Bachelor's degree and 5+ years of experience, including 2+ years of Scala
"""


def posting_role() -> tuple[RoleProfile, str]:
    posting = read_posting(text=POSTING, source="test")
    return posting.role, render_role_yaml(posting.role, VOCABULARY, unchecked=posting.unchecked)


def test_a_posting_line_with_paths_becomes_one_requirement_with_paths() -> None:
    role, _ = posting_role()
    ml = role.experience[0]
    assert ml.paths == (ExperiencePath(PHD, 2.0), ExperiencePath(MS, 5.0))
    assert ml.years == 5.0 and ml.skills == ("machine learning",) and ml.note is None
    assert ml.quote == "PhD and 2+ years of experience in machine learning, or Master's and 5+ years"
    assert role.degree is not None and role.degree.minimum == MS  # the highest minimum of the posting's lines


def test_a_line_not_read_reliably_keeps_the_longest_years_and_says_so() -> None:
    role, text = posting_role()
    scala = role.experience[1]
    assert scala.paths == () and scala.years == 5.0 and scala.note is not None
    assert "  # gapcheck could not read this line's degree and years reliably: kept 5 years" in text
    assert text.count("could not read") == 1  # the line read as paths has no such comment


def test_the_role_file_loads_back_as_the_same_role(tmp_path: Path) -> None:
    role, text = posting_role()
    assert '    paths:\n      - {degree: "doctorate", years: 2}\n      - {degree: "master", years: 5}\n' in text
    path = tmp_path / "acme-labs-ml-scientist.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = parse_role(path, vocabulary=VOCABULARY)
    fields = [(e.label, e.years, e.paths, e.required, e.skills, e.titles) for e in role.experience]
    assert [(e.label, e.years, e.paths, e.required, e.skills, e.titles) for e in loaded.experience] == fields


def test_a_path_with_any_degree_makes_the_lines_degree_preferred() -> None:
    role = read_posting(text="Requirements\n- 5+ years of SQL, or 3+ years with a PhD", source="t").role
    assert role.experience[0].paths == (ExperiencePath(ANY, 5.0), ExperiencePath(PHD, 3.0))
    assert role.degree is not None and role.degree.minimum is None and role.degree.preferred == PHD
    plain = read_posting(text="Requirements\n- 5+ years of SQL and a PhD", source="t").role
    assert plain.degree is not None and plain.degree.minimum == PHD


def test_a_degree_or_years_line_does_not_hold_the_missing_degree_or_years_against_anyone() -> None:
    role = read_posting(text="Requirements\n- SQL\n- Bachelor's degree or 4+ years of experience", source="t").role
    profile = build_profile(ResumeText("r.txt", 1, ("EXPERIENCE", "Analyst, Acme   Jan 2020 - Present")),
                            as_of=dt.date(2026, 11, 1), vocabulary=VOCABULARY)  # fmt: skip
    report = find_gaps(profile, role, fit_role_weights([role]), VOCABULARY)
    assert report.experience[0].met and report.degree is not None and report.degree.met
    assert role.degree is not None and (role.degree.minimum, role.degree.preferred) == (None, BS)
    short = ("EXPERIENCE", "Analyst, Acme   Jan 2025 - Present")
    profile = build_profile(ResumeText("r.txt", 1, short), as_of=dt.date(2026, 11, 1), vocabulary=VOCABULARY)
    assert not find_gaps(profile, role, fit_role_weights([role]), VOCABULARY).experience[0].met


def test_paths_speaking_of_different_things_are_not_merged() -> None:
    text = "Requirements\n- Master's and 5+ years of Java experience, or PhD and 2+ years of Tableau"
    (exp,) = read_posting(text=text, source="t").role.experience
    assert exp.paths == () and exp.years == 5.0 and exp.note is not None


def test_a_semicolon_before_or_keeps_the_alternatives_together() -> None:
    text = "Requirements\n- Python\n- Bachelor's degree and 5+ years of experience; or a Master's and 3+ years"
    (exp,) = read_posting(text=text, source="t").role.experience
    assert exp.paths == (ExperiencePath(BS, 5.0), ExperiencePath(MS, 3.0))


@pytest.mark.parametrize(
    ("education", "met"),
    [("Ph.D. in Computer Science, 2023", True), ("M.S. in Computer Science, 2023", False)],
)
def test_a_phd_with_three_years_meets_the_posting_a_masters_does_not(education: str, met: bool) -> None:
    role, _ = posting_role()
    lines = ("EXPERIENCE", "ML Scientist, Acme   Oct 2023 - Present", "• Machine learning", "EDUCATION", education)
    profile = build_profile(ResumeText("r.txt", 1, lines), as_of=dt.date(2026, 11, 1),
                            vocabulary=VOCABULARY)  # fmt: skip
    report = find_gaps(profile, role, fit_role_weights([role]), VOCABULARY)
    assert report.experience[0].met is met and report.experience[0].found_years == pytest.approx(38 / 12)


_WORDS = ["or", "OR", ",", ";", "(", ")", "PhD", "MS", "BS", "Master's", "Bachelor's", "a", "and", "with", "5+", "3",
          "two", "years", "/", "5/3", "experience", "in", "Python", "degree", "+", "or more", "at least"]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=14))
def test_any_line_written_as_a_role_file_loads_back_the_same(words: list[str]) -> None:
    posting = read_posting(text="Requirements\n- SQL\n- " + " ".join(words), source="t")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "t.yaml"
        path.write_text(render_role_yaml(posting.role, VOCABULARY, unchecked=posting.unchecked), encoding="utf-8")
        loaded = parse_role(path, vocabulary=VOCABULARY)
    fields = [(e.label, e.years, e.paths, e.required, e.skills, e.titles) for e in posting.role.experience]
    assert [(e.label, e.years, e.paths, e.required, e.skills, e.titles) for e in loaded.experience] == fields
    assert all(p.years >= 0 for e in loaded.experience for p in e.paths)
