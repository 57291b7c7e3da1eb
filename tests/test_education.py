"""Tests for gapcheck.education: degree spellings -> level, field, institution, year, in progress."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from gapcheck.education import find_degrees
from gapcheck.models import Degree, month_index
from gapcheck.sections import find_sections

AS_OF = month_index(2026, 11)


def _degrees(lines: Sequence[str]) -> tuple[Degree, ...]:
    return find_degrees(lines, find_sections(list(lines)), AS_OF)


def _education(*lines: str) -> tuple[Degree, ...]:
    return _degrees(["Ann Example", "EDUCATION", *lines])


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("B.S. in Computer Science, State University, 2018", "bachelor", "Computer Science"),
        ("B.S., Computer Science, State University, 2018", "bachelor", "Computer Science"),
        ("BSc Mathematics, University of Leeds, 2015", "bachelor", "Mathematics"),
        ("B.Tech in Electrical Engineering, IIT Delhi, 2016", "bachelor", "Electrical Engineering"),
        ("BA Economics, Smith College, 2012", "bachelor", "Economics"),
        ("Bachelor of Science in Biology, Ohio State University, 2014", "bachelor", "Biology"),
        ("Bachelor's degree in History, State University, 2011", "bachelor", "History"),
        ("M.S. in Statistics, Stanford University, 2019", "master", "Statistics"),
        ("MSc Data Science, University of Edinburgh, 2020", "master", "Data Science"),
        ("M.Eng. in Mechanical Engineering, Cornell University, 2017", "master", "Mechanical Engineering"),
        ("MBA, Wharton School, 2015", "master", None),
        ("Master of Science in Physics, State University, 2013", "master", "Physics"),
        ("Master's in Data Science, State University, 2021", "master", "Data Science"),
        ("MPhil Economics, Cambridge University, 2019", "master", "Economics"),
        ("Ph.D. in Neuroscience, Brown University, 2021", "doctorate", "Neuroscience"),
        ("PhD, Physics, University of Chicago, 2012", "doctorate", "Physics"),
        ("Doctor of Philosophy in Chemistry, Yale University, 2010", "doctorate", "Chemistry"),
        ("Associate of Science, Community College, 2010", "associate", None),
    ],
)
def test_degree_spellings(line: str, level: str, field: str | None) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field, degree.in_progress) == (level, field, False)
    assert degree.text == line


@pytest.mark.parametrize(
    ("line", "institution", "year"),
    [
        ("B.S. in Computer Science, State University, 2018", "State University", 2018),
        ("MBA, Wharton School, 2015", "Wharton School", 2015),
        ("Stanford University — M.S. Computer Science, 2019", "Stanford University", 2019),
        ("M.S. Statistics   Sept 2017 – May 2019 Columbia University", "Columbia University", 2019),
        ("B.A. History, 2010", None, 2010),
    ],
)
def test_institution_and_year(line: str, institution: str | None, year: int) -> None:
    (degree,) = _education(line)
    assert (degree.institution, degree.year) == (institution, year)


def test_institution_and_dates_on_the_lines_around_the_degree() -> None:
    (degree,) = _education("University of Michigan", "Bachelor of Science in Statistics", "Sep 2014 – May 2018")
    assert (degree.level, degree.field, degree.institution, degree.year) == (
        "bachelor",
        "Statistics",
        "University of Michigan",
        2018,
    )


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("PhD candidate in Computer Science, University of Toronto", "doctorate", "Computer Science"),
        ("Ph.D. candidate, Computer Science, Brown University, 2021 - Present", "doctorate", "Computer Science"),
        ("M.S. in Computer Science, State University, expected May 2027", "master", "Computer Science"),
        ("M.Sc. Biology, University of Oslo, 2027", "master", "Biology"),  # a future year is not awarded yet
        ("Ph.D. Computer Science (in progress), University of Washington", "doctorate", "Computer Science"),
        ("B.S. Mathematics, State University, 2023 – Present", "bachelor", "Mathematics"),
        ("Pursuing MBA, State University", "master", None),
    ],
)
def test_degrees_in_progress(line: str, level: str, field: str | None) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field, degree.in_progress) == (level, field, True)


@pytest.mark.parametrize(
    "line",
    [
        "High School Diploma, Lincoln High School, 2010",
        "Lincoln Secondary School, 2010",
        "GED, 2009",
        "A-Levels: Maths, Physics, Chemistry, 2012",
        "International Baccalaureate Diploma, 2012",
        "Diploma in Computer Engineering, City Polytechnic, 2013",
        "Certificate in Data Science, Harvard Extension School, 2020",
        "Google Data Analytics Certificate, 2022",
        "AWS Certified Solutions Architect, 2021",
        "MS Excel certification, 2019",
        "Summa cum laude; GPA 3.9/4.0",
        "Honours: First Class; GPA: 3.8",
        "Dean's List, Honors Program",
    ],
)
def test_diplomas_certificates_honours_and_gpa_are_not_degrees(line: str) -> None:
    assert _education(line) == ()


def test_honours_and_gpa_lines_do_not_add_degrees() -> None:
    degrees = _education("B.S. in Mathematics, 2016", "Summa cum laude; GPA 3.9/4.0", "Dean's List")
    assert [(d.level, d.field, d.year) for d in degrees] == [("bachelor", "Mathematics", 2016)]


def test_certifications_section_holds_no_degrees() -> None:
    lines = ["CERTIFICATIONS", "AWS Certified Machine Learning – Specialty, 2022", "Tableau Desktop Specialist"]
    assert _degrees(lines) == ()


def test_several_degrees_are_sorted_highest_first() -> None:
    degrees = _education("B.S. Physics, 2014", "M.S. Physics, 2016", "Ph.D. Physics, 2020")
    assert [(d.level, d.year) for d in degrees] == [("doctorate", 2020), ("master", 2016), ("bachelor", 2014)]


def test_an_awarded_and_an_in_progress_degree_keep_their_own_years() -> None:
    degrees = _education(
        "B.S. Computer Science, State University, 2015–2019",
        "M.S. Computer Science, State University, Expected 2027",
    )
    assert [(d.level, d.year, d.in_progress) for d in degrees] == [("master", 2027, True), ("bachelor", 2019, False)]


def test_the_same_degree_mentioned_twice_is_one_degree() -> None:
    lines = [
        "SUMMARY",
        "Statistician with an M.S. in Statistics",
        "EDUCATION",
        "M.S. in Statistics, State University, 2019",
    ]
    degrees = _degrees(lines)
    assert [(d.level, d.field, d.year) for d in degrees] == [("master", "Statistics", 2019)]


@pytest.mark.parametrize(
    ("section", "line", "expected"),
    [
        ("SUMMARY", "Data scientist with an M.S. in Statistics and 5 years of experience", ("master", False)),
        ("SUMMARY", "Ph.D. candidate studying robot learning", ("doctorate", True)),
        ("EXPERIENCE", "Mentored PhD students and MS students", None),
        ("SKILLS", "M.S. in Statistics", None),  # skills sections never hold degrees
        ("PROJECTS", "Built a bachelor thesis tracker", None),
    ],
)
def test_degrees_outside_education_need_a_degree_phrase(
    section: str, line: str, expected: tuple[str, bool] | None
) -> None:
    degrees = _degrees(["Ann Example", section, line])
    assert [(d.level, d.in_progress) for d in degrees] == ([expected] if expected else [])


def test_the_field_of_a_degree_in_a_sentence_stops_before_the_rest_of_it() -> None:
    (degree,) = _degrees(["SUMMARY", "Data scientist with an M.S. in Statistics and 5 years of experience"])
    assert degree.field == "Statistics"


@pytest.mark.parametrize("line", ["BS in Statistics", "MS Computer Science, 2019"])
def test_bare_capital_abbreviations_count_in_education(line: str) -> None:
    (degree,) = _education(line)
    assert degree.level in {"bachelor", "master"}


def test_bare_capitals_elsewhere_need_a_field_after_them() -> None:
    assert _degrees(["EXPERIENCE", "Analyst, Acme   2019 - 2021", "Used MS Office and BA tools"]) == ()
