"""Tests for gapcheck.studenthead: a student headline makes the latest degree under way."""

from __future__ import annotations

import pytest

from gapcheck.education import find_degrees
from gapcheck.models import Section, month_index
from gapcheck.sections import find_sections
from gapcheck.studenthead import headline_level

_AS_OF = month_index(2026, 11)


def _degrees(headline: str, *rest: str) -> list[tuple[str, bool]]:
    lines = ["Ann Example", headline, *rest]
    return [(d.level, d.in_progress) for d in find_degrees(lines, find_sections(lines), _AS_OF)]


def _level(line: str) -> str | None:
    return headline_level([line], [Section("header", "", 0, 1)])


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Engineering Student", ""),
        ("Étudiant en ingénierie logicielle", ""),
        ("Étudiante en master d'informatique", ""),
        ("Informatikstudent", ""),
        ("Studentin der Informatik", ""),
        ("estudiante de Ingeniería Informática", ""),
        ("Estudante de Ciência da Computação", ""),
        ("Studente di Ingegneria", ""),
        ("Computer Science undergraduate", ""),
        ("Élève-ingénieur", ""),
        ("Ann Example | Master's Student | Milan", "master"),
        ("MSc student at KTH", "master"),
        ("PhD candidate", "doctorate"),
        ("Ph.D. Candidate in Physics", "doctorate"),
        ("Doctoral Candidate", "doctorate"),
        ("Doktorandin", "doctorate"),
        ("doctorante en biologie", "doctorate"),
    ],
)
def test_a_student_headline_names_its_level(line: str, level: str) -> None:
    assert _level(line) == level


@pytest.mark.parametrize(
    "line",
    [
        "Student Research Assistant",
        "Student Ambassador at Example University",
        "Software Engineer",
        "Data Scientist - former student of Example University",
        "Candidate",
        "Mentor of 20 students in a bootcamp, teaching Python and data science to beginners",
    ],
)
def test_a_job_or_other_peoples_studies_is_no_student_headline(line: str) -> None:
    assert _level(line) is None


_THESIS_OPEN = ("PROJECTS", "Dec 2017 - currently   Master Thesis on fluid flow")


def test_a_student_headline_makes_the_latest_degree_in_progress_when_the_resume_runs_to_its_end() -> None:
    education = ("EDUCATION", "2015 - 2018   MSc Mechanical Engineering, Politecnico di Esempio",
                 "2012 - 2015   BSc Mechanical Engineering, Politecnico di Esempio")  # fmt: skip
    assert _degrees("Engineering Student", *education, *_THESIS_OPEN) == [("master", True), ("bachelor", False)]
    assert _degrees("Studente di Ingegneria", *education, *_THESIS_OPEN) == [("master", True), ("bachelor", False)]


def test_a_level_in_the_headline_picks_the_degree_of_that_level() -> None:
    education = ("EDUCATION", "2022 - 2024   MSc in Physics, Example University",
                 "2019 - 2022   BSc in Physics, Example University")  # fmt: skip
    rest = ("EXPERIENCE", "2023 - present   Research Assistant, Example University")
    assert _degrees("Master's student", *education, *rest) == [("master", True), ("bachelor", False)]
    assert _degrees("Bachelor student", *education, *rest) == [("master", False), ("bachelor", False)]  # ended 2022
    assert _degrees("PhD candidate", *education, *rest) == [("master", False), ("bachelor", False)]  # none read


@pytest.mark.parametrize(
    "rest",
    [
        ("PROJECTS", "2015 - 2016   Master Thesis on orbit correction"),  # no open entry: when written is unknown
        ("EXPERIENCE", "2020 - present   Data Scientist, Example GmbH"),  # the resume goes on past the degree
    ],
)
def test_a_closed_degree_stays_awarded_without_a_sign_of_when_the_resume_was_written(rest: tuple[str, str]) -> None:
    education = ("EDUCATION", "2014 - 2016   Master Degree Civil Engineering, Example University")
    assert _degrees("Engineer Student", *education, *rest) == [("master", False)]


def test_no_student_headline_leaves_the_degrees_as_read() -> None:
    education = ("EDUCATION", "2015 - 2018   MSc Mechanical Engineering, Politecnico di Esempio")
    assert _degrees("Mechanical Engineer", *education, *_THESIS_OPEN) == [("master", False)]


def test_a_degree_already_in_progress_explains_the_headline() -> None:
    education = ("EDUCATION", "2024 - present   PhD in Physics, Example University",
                 "2022 - 2024   MSc in Physics, Example University")  # fmt: skip
    assert _degrees("Physics Student", *education) == [("doctorate", True), ("master", False)]


def test_a_summary_opening_with_a_student_phrase_makes_the_latest_degree_in_progress() -> None:
    lines = ["Ann Example", "PROFILE",
             "Chemistry student at Example University, focusing on catalysis. Skilled in Python.",
             "EDUCATION", "Bachelor of Science in Chemistry   2020 – 2024", "Example University",
             "PROJECTS", "Weather station   2024 – Ongoing"]  # fmt: skip
    assert [(d.level, d.in_progress) for d in find_degrees(lines, find_sections(lines), _AS_OF)] == [("bachelor", True)]


@pytest.mark.parametrize(
    "opening",
    [
        "Data scientist who mentored a student at Example University, and led a team of four.",
        "Former chemistry student at Example University, now a data scientist.",
    ],
)
def test_a_summary_that_is_no_student_headline_leaves_the_degree_awarded(opening: str) -> None:
    lines = ["Ann Example", "PROFILE", opening,
             "EDUCATION", "Bachelor of Science in Chemistry   2020 – 2024", "Example University",
             "PROJECTS", "Weather station   2024 – Ongoing"]  # fmt: skip
    assert [(d.level, d.in_progress) for d in find_degrees(lines, find_sections(lines), _AS_OF)] == [
        ("bachelor", False)
    ]


@pytest.mark.parametrize(("line", "level"), [("MSc Student & Django Developer", "master")])
def test_a_student_clause_joined_by_an_ampersand_is_a_headline(line: str, level: str) -> None:
    assert _level(line) == level
