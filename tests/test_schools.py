"""Tests for gapcheck.schools: the part of a line that names a school."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.schools import INSTITUTION, SCHOOL_WORDS

# The school pattern as first written: the same matches, found in time quadratic in the line's length.
_PLAIN_INSTITUTION = re.compile(r"[^,|•;()]*\b(?:" + SCHOOL_WORDS + r")\b[^,|•;()]*", re.IGNORECASE)
_LINE_PIECES = st.sampled_from(
    ["University", "of", "Oxford", "college", "Institute", "MIT", "mitten", "school", "é", "  ", " ", ",", "|", "•",
     ";", "(", ")", "-", "B.S.", "2019", "\n", "x", "Universität", "faculty"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE_PIECES, max_size=20).map("".join))
def test_institution_finds_what_the_plain_pattern_finds(line: str) -> None:
    ours, plain = INSTITUTION.search(line), _PLAIN_INSTITUTION.search(line)
    assert (ours and ours.group()) == (plain and plain.group())


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("B.S. Computer Science, Stanford University, 2019", " Stanford University"),
        ("Data Scientist (Acme; Boston), Ecole Polytechnique", " Ecole Polytechnique"),
        ("Institute of Technology | Boston", "Institute of Technology "),
    ],
)
def test_institution_is_the_part_of_the_line_naming_a_school(line: str, school: str) -> None:
    match = INSTITUTION.search(line)
    assert match is not None and match.group() == school


def test_institution_finds_nothing_without_a_school_word() -> None:
    assert INSTITUTION.search("Data Scientist, Acme Corp, 2019 - 2021; mitigated schooling risk") is None


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("清华大学 计算机系 2018", "清华大学 计算机系 2018"),  # a Han school word with no space before it
        ("Северный Физико-Технический Институт, 2018", "Северный Физико-Технический Институт"),
        ("Universiteit Leiden | 2015", "Universiteit Leiden "),
        ("Fachhochschule Köln, 2012", "Fachhochschule Köln"),
    ],
)
def test_institution_names_schools_in_other_scripts_and_languages(line: str, school: str) -> None:
    match = INSTITUTION.search(line)
    assert match is not None and match.group() == school


@pytest.mark.parametrize("line", ["软件工程师, 阿里巴巴, 2019", "Инженер-программист, Яндекс, 2020"])
def test_institution_finds_no_school_in_other_scripts_without_a_school_word(line: str) -> None:
    assert INSTITUTION.search(line) is None


def test_an_abbreviated_university_is_a_school_and_ends_the_field() -> None:
    from gapcheck.degreelines import degree_statements

    assert INSTITUTION.search("Example Univ. of Science and Technology")
    assert not INSTITUTION.search("Universe of discourse, 2010")
    (statement,) = degree_statements(
        "BMan in Accounting Example Univ. of Tech. and Business   2007 – 2011", in_education=True
    )
    assert statement.field == "Accounting"


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Technische Informatik, Bakkalaureatsstudium, TU Wien", "TU Wien"),
        ("B. Eng. Maschinenbau, HTWG Konstanz", "HTWG Konstanz"),
        ("Informatik (M.Sc.) | TH Köln | 2019", "TH Köln"),
        ("FH Aachen, Maschinenbau", "FH Aachen"),
        ("Master Informatik, TU München, 2018", "TU München"),
    ],
)
def test_institution_names_a_technical_university_by_its_initials(line: str, school: str) -> None:
    match = INSTITUTION.search(line)
    assert match is not None and match.group().strip() == school


@pytest.mark.parametrize(
    "line", ["Dipl.-Ing. (FH) Maschinenbau", "tu Wien", "THE Company, Vienna", "FH-Prof. Jane Roe", "TUV Nord"]
)
def test_institution_needs_the_initials_in_capitals_before_a_town(line: str) -> None:
    assert INSTITUTION.search(line) is None


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Bachelor of Science, Westbrook Univeristy, 2015", " Westbrook Univeristy"),
        ("Unversity of Exampleton | 2012", "Unversity of Exampleton "),
        ("Master of Science, Northfield Universifty", " Northfield Universifty"),
    ],
)
def test_a_misspelt_university_is_still_a_school(line: str, school: str) -> None:
    match = INSTITUTION.search(line)
    assert match is not None and match.group() == school


@pytest.mark.parametrize(
    "line",
    ["Universal Robots, 2019 - 2021", "Universally liked by the Riverside team", "Univariate forecasting", "unvarying"],
)
def test_words_that_only_start_like_university_are_no_school(line: str) -> None:
    assert INSTITUTION.search(line) is None


def test_a_misspelt_university_is_not_read_as_the_field() -> None:
    from gapcheck.degreelines import degree_statements

    (statement,) = degree_statements("Bachelor of Science, Westbrook Univeristy, 2015", in_education=True)
    assert statement.field is None


def test_an_abbreviated_university_without_its_dot_is_a_school() -> None:
    match = INSTITUTION.search("B.E., Example Univ, 2010")
    assert match is not None and match.group() == " Example Univ"
    assert INSTITUTION.search("Universe of discourse, 2010") is None


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Bachelor of Science, Lakeside Tech, 2006", " Lakeside Tech"),
        ("B.A., Northfield Poly | 2011", " Northfield Poly "),
        ("M.S., Westbrook State, 2015", " Westbrook State"),
    ],
)
def test_a_schools_short_name_ending_in_tech_poly_or_state_is_a_school(line: str, school: str) -> None:
    match = INSTITUTION.search(line)
    assert match is not None and match.group() == school


@pytest.mark.parametrize(
    "line",
    [
        "B.S. in Solid State Physics, 2010",
        "BSc Information Tech, 2012",
        "A.A.S. Surgical Tech, 2014",
        "Tech Lead, 2019",
    ],
)
def test_a_field_or_title_with_tech_or_state_in_it_is_no_school(line: str) -> None:
    assert INSTITUTION.search(line) is None
