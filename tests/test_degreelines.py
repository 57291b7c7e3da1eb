"""Tests for gapcheck.degreelines: the degrees one line states."""

from __future__ import annotations

import pytest

from gapcheck.degreelines import degree_statements


def _stated(line: str, *, in_education: bool = True) -> list[tuple[str, str | None]]:
    return [(s.level, s.field) for s in degree_statements(line, in_education=in_education)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Master of Science (M.S.), Computer Science, 2019", [("master", "Computer Science")]),
        ("Bachelor of Science (B.S.) in Computer Science, 2019", [("bachelor", "Computer Science")]),
        ("Bachelor of Technology (B.Tech), Computer Science, 2016", [("bachelor", "Computer Science")]),
        ("Master of Business Administration (MBA), 2015", [("master", "Business Administration")]),
    ],
)
def test_an_abbreviation_in_parentheses_after_a_degree_name_is_the_same_degree(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


def test_a_second_degree_in_parentheses_after_a_field_is_its_own_degree() -> None:
    assert _stated("B.S. Physics (M.S. Physics 2016), 2014") == [("bachelor", "Physics"), ("master", "Physics")]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Computer Science, B.S., 2019", "Computer Science"),
        ("Economics (BA), Yale University, 2012", "Economics"),
        ("Political Science, BA, State University, 2012", "Political Science"),  # ends in a field's head word
        ("Industrial Design (BFA), 2015", "Industrial Design"),
    ],
)
def test_a_known_field_just_before_the_degree_name_is_its_field(line: str, field: str) -> None:
    assert _stated(line) == [("bachelor", field)]


@pytest.mark.parametrize(
    "line",
    [
        "John Smith, PhD",
        "Stanford University, M.S., 2019",
        "Jan 2019, M.S.",
        "Senior Data Scientist, PhD, 2019",
        "Data Engineering Manager, MBA, 2019",
    ],
)
def test_a_name_school_or_date_before_the_degree_name_is_no_field(line: str) -> None:
    assert all(field is None for _, field in _stated(line))


@pytest.mark.parametrize(
    ("line", "anchored"),
    [("M.S. in Statistics", True), ("PhD, Princeton University", True), ("MBA, 2015", True), ("Ph.D.", False)],
)
def test_a_statement_is_anchored_by_a_field_school_or_date_on_its_line(line: str, anchored: bool) -> None:
    (statement,) = degree_statements(line, in_education=True)
    assert statement.anchored is anchored
