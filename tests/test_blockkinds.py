"""Tests for gapcheck.blockkinds: what a heading's block holds, and the lines shaped as headings."""

from __future__ import annotations

import pytest

from gapcheck.blockkinds import block_kind, heading_shaped
from gapcheck.sections import find_sections

JOBS = ["Data Analyst, Acme Corp   2019 - 2021", "• Built the weekly reports", "Intern, Initech   2018 - 2019"]
DEGREES = ["M.Sc. in Physics, University of Bonn   2014 - 2016", "B.Sc. in Physics, University of Bonn   2010 - 2014"]


@pytest.mark.parametrize(
    ("block", "kind"),
    [
        (JOBS, "experience"),
        (["Analista de Dados", "2016 - 2020   Acme", "Software Engineer", "2012 - 2016   Initech"], "experience"),
        (DEGREES, "education"),
        # a degree's name, its field wrapped, and its dates under them
        (
            [
                "Master of Science in",
                "Mechanical Engineering",
                "10.2011 - 10.2013 TU Example",
                "Bachelor of Science in",
                "Mechanical Engineering",
                "10.2007 - 9.2011 TU Example",
            ],
            "education",
        ),  # fmt: skip
    ],
)
def test_a_block_is_named_by_its_entries(block: list[str], kind: str) -> None:
    assert block_kind(block) == kind


@pytest.mark.parametrize(
    "block",
    [
        ["A paper on graphs. Journal of Examples, 2019", "Another paper. Conference on Examples, 2018"],
        ["Best Poster Award, 2019", "Travel Grant, 2018"],
        JOBS[:1],  # one entry may be anything
        # courses taught, as items, under a job: no degrees
        [
            "Postdoctoral Researcher   2019 - 2021",
            "• Shelf Seas (B.Sc.)",
            "• Ocean Modelling (M.Sc.)",
            "• Tides (M.Sc.)",
        ],
    ],
)
def test_a_block_of_other_entries_names_no_kind(block: list[str]) -> None:
    assert block_kind(block) is None


def test_talks_given_to_degree_students_are_no_degree_lines() -> None:
    # seminars taught, each dated with a year, naming the students' degree: half the dated lines are no degrees
    block = [
        "2017 Introduction to GIS, seminar, Example University",
        "2016 Quantitative methods, Master 2 Archaeology",
        "2015 Spatial analysis, Master 2 Archaeology, Example University",
        "2015 Data paths, workshop",
    ]
    assert block_kind(block) is None


def test_phd_student_is_a_position_not_a_degree_line() -> None:
    block = ["PhD student", "2014 - 2019 Centre for Examples", "Project researcher", "2011 - 2013 Lab of Examples"]
    assert block_kind(block) == "experience"


@pytest.mark.parametrize("line", ["Mein Werdegang", "Stationen", "Where I Worked:", "Akademische Laufbahn"])
def test_heading_shapes(line: str) -> None:
    assert heading_shaped(line)


@pytest.mark.parametrize(
    "line",
    ["Built models in Python.", "2019 - 2021", "• Stationen", "Senior Scientist", "Acme Corp, Boston, MA", "a b"],
)
def test_lines_of_other_shapes(line: str) -> None:
    assert not heading_shaped(line)


def test_an_unknown_heading_over_positions_heads_experience() -> None:
    lines = ["Ann Example", "Skills", "Python, SQL", "Mein Werdegang", *JOBS, "Languages", "German"]
    assert [s.kind for s in find_sections(lines)] == ["header", "skills", "experience", "languages"]


def test_an_unknown_heading_over_degrees_heads_education() -> None:
    lines = ["Ann Example", "Experience", *JOBS, "Akademischer Weg", *DEGREES]
    assert [s.kind for s in find_sections(lines)] == ["header", "experience", "education"]


def test_a_heading_known_by_its_words_takes_its_blocks_kind() -> None:
    # "Laufbahn" (a career) heads a list of degrees here
    lines = ["Ann Example", "Berufserfahrung", *JOBS, "Akademische Laufbahn", *DEGREES]
    assert [s.kind for s in find_sections(lines)] == ["header", "experience", "education"]


def test_a_listed_heading_keeps_its_kind_and_names_inside_a_section_start_none() -> None:
    # "Education" is listed: its kind stands; "Acme Corp" over its own job stays inside the experience section
    lines = ["Ann Example", "Experience", "Acme Corp", *JOBS, "Education", *JOBS]
    assert [s.kind for s in find_sections(lines)] == ["header", "experience", "education"]


def test_the_name_line_heads_no_section_of_its_own() -> None:
    lines = ["Ann Example", *JOBS, "Education", *DEGREES]
    assert [s.kind for s in find_sections(lines)] == ["header", "education"]


def test_an_unknown_heading_before_the_first_known_one_heads_the_positions_under_it() -> None:
    # a Markdown CV's first heading in words no list holds ("## Where I Have Been"), right after the name
    lines = ["Ann Example", "Where I Have Been", *JOBS, "Education", *DEGREES]
    assert [(s.kind, s.heading) for s in find_sections(lines)] == [
        ("header", ""),
        ("experience", "Where I Have Been"),
        ("education", "Education"),
    ]
    # a line of the header over contact details is no heading
    lines = ["Ann Example", "Data Scientist", "ann@example.org", "Berlin", "Experience", *JOBS]
    assert [s.kind for s in find_sections(lines)] == ["header", "experience"]


def test_a_summary_heading_over_a_list_of_positions_heads_experience() -> None:
    lines = ["Ann Example", "Career Summary", *JOBS, "Education", *DEGREES]
    assert [s.kind for s in find_sections(lines)] == ["header", "experience", "education"]
    prose = ["Analyst with five years in retail data since 2019.", "Known for clear reports."]
    lines = ["Ann Example", "Career Summary", *prose, "Experience", *JOBS]
    assert [s.kind for s in find_sections(lines)] == ["header", "summary", "experience"]
