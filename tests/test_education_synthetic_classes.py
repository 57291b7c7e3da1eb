"""Degree writings the synthetic benchmark found misread: a bare "BS" before a parenthesised field or degree details,
a labelled field on the line after the degree, a spelled-out degree name with its specialisation in parentheses."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from gapcheck.education import find_degrees
from gapcheck.fields import compare_field
from gapcheck.models import Degree, month_index
from gapcheck.sections import find_sections

AS_OF = month_index(2026, 11)


def _read(lines: Sequence[str]) -> list[tuple[str, str | None]]:
    lines = ["Ann Example", *lines, "", "EXPERIENCE", "Analyst, Acme Corp, 2020 - Present"]
    degrees: tuple[Degree, ...] = find_degrees(lines, find_sections(lines), AS_OF)
    return [(d.level, d.field) for d in degrees]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("BS (Psychology), GPA 3.52, University of Manchester, Graduated May 2022", "Psychology"),
        ("BS (Finance), Minor in Business, National University of Singapore, 2019 – 2023", "Finance"),
        ("BS (Civil Engineering), magna cum laude, University of Washington, 1996 – 2000", "Civil Engineering"),
        ("BS, GPA 3.9/4.0, Arizona State University, Graduated May 2014", None),
        ("MS (Statistics), with distinction, Lancaster University, Lancaster, United Kingdom, 2018", "Statistics"),
    ],
)
def test_bare_abbreviation_before_parenthesised_field_or_details_is_a_degree(line: str, field: str | None) -> None:
    level = "master" if line.startswith("MS") else "bachelor"
    assert _read(["EDUCATION", line]) == [(level, field)]


@pytest.mark.parametrize(
    "lines",
    [
        ["EDUCATION", "MS Office (Advanced), Coursera online course, 2019, London, United Kingdom"],
        ["EDUCATION", "MS (Excel) and Word training, Acme Learning Centre, London, 2019 edition"],
        ["SKILLS", "BS (Psychology), GPA tracking tools used daily for many different clients, 2019"],
    ],
)
def test_bare_abbreviation_stays_no_degree_for_office_tools_and_outside_education(lines: list[str]) -> None:
    assert _read(lines) == []


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["University of Michigan", "Bachelor of Science\t2019", "Major: Economics"], ("bachelor", "Economics")),
        (
            ["Harvard University", "Doctor of Philosophy, magna cum laude", "Specialization: History", "2015"],
            ("doctorate", "History"),
        ),
        (["MBA\t2019", "Concentration: Finance"], ("master", "Finance (Business Administration)")),
        (["Imperial College London, DPhil, Graduated May 2017", "Specialization: Biology"], ("doctorate", "Biology")),
        (
            ["BS (in progress), National University of Singapore, 2026 – 2027", "Major: Accounting"],
            ("bachelor", "Accounting"),
        ),
    ],
)
def test_labelled_field_on_the_next_line_is_the_field(lines: list[str], expected: tuple[str, str]) -> None:
    assert _read(["EDUCATION", *lines]) == [expected]


def test_labelled_field_overrides_a_school_fragment_or_an_umbrella_but_not_a_stated_field() -> None:
    school_first = ["BSc (Hons), National University of Singapore, Expected May 2027", "Major: Mechanical Engineering"]
    assert _read(["EDUCATION", *school_first]) == [("bachelor", "Mechanical Engineering")]
    mba = ["Imperial College London, Master of Business Administration, 2019", "Concentration: Operations Management"]
    assert _read(["EDUCATION", *mba]) == [("master", "Operations Management (Business Administration)")]
    assert _read(["EDUCATION", "B.S. Physics, MIT, 2015", "Concentration: Astrophysics"]) == [("bachelor", "Physics")]


def test_label_names_no_field_when_it_is_a_minor_a_grade_or_a_school() -> None:
    assert _read(["EDUCATION", "Harvard University", "Doctor of Philosophy, 2015", "Minor: History"]) == [
        ("doctorate", None)
    ]
    assert _read(["EDUCATION", "Bachelor of Science, 2019", "Major: 3.8 GPA"]) == [("bachelor", None)]
    assert _read(["EDUCATION", "Bachelor of Science, 2019", "Concentration: Harvard Business School"]) == [
        ("bachelor", None)
    ]


@pytest.mark.parametrize(
    ("line", "field", "role_field", "comparison"),
    [
        ("Master of Business Administration (Finance), 2015", "Finance (Business Administration)", "finance", "match"),
        (
            "Master of Business Administration (Finance), 2015",
            "Finance (Business Administration)",
            "business administration",
            "related",
        ),
        (
            "Bachelor of Engineering (Computer Science), Imperial College London, 2015",
            "Computer Science Engineering",
            "computer science",
            "match",
        ),
        (
            "Bachelor of Engineering (Computer Science), Imperial College London, 2015",
            "Computer Science Engineering",
            "engineering",
            "match",
        ),
        ("Master of Engineering (Mechanical Engineering), MIT, 2016", "Mechanical Engineering", "engineering", "match"),
    ],
)
def test_parenthesised_specialisation_of_an_umbrella_degree_name_is_the_field(
    line: str, field: str, role_field: str, comparison: str
) -> None:
    degrees = _read(["EDUCATION", line])
    assert degrees == [(degrees[0][0], field)]
    assert compare_field(field, (role_field,))[0] == comparison


def test_subject_that_is_a_field_keeps_its_parenthesised_note() -> None:
    assert _read(["EDUCATION", "Bachelor of Commerce (Finance), McGill University, 2015"]) == [
        ("bachelor", "Commerce (Finance)")
    ]
    assert _read(["EDUCATION", "Bachelor of Fine Arts (Painting), 2012"]) == [("bachelor", "Fine Arts (Painting)")]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Bachelor of Engineering\tMay 2007", "Major: Civil Engineering"], ("bachelor", "Civil Engineering")),
        (["Associate of Applied Science\tClass of 2016", "Major: Accounting"], ("associate", "Accounting")),
        (["Bachelor of Science\tGraduated May 2008", "Major: Statistics"], ("bachelor", "Statistics")),
    ],
)
def test_date_after_a_spelled_out_degree_name_is_no_part_of_its_subject(
    lines: list[str], expected: tuple[str, str]
) -> None:
    assert _read(["EDUCATION", *lines]) == [expected]


def test_subject_that_only_starts_like_a_month_or_date_word_is_kept() -> None:
    assert _read(["EDUCATION", "Bachelor of Mayan Studies, 2014"]) == [("bachelor", "Mayan Studies")]
    assert _read(["EDUCATION", "Bachelor of Music Performance\t2014"]) == [("bachelor", "Music Performance")]
