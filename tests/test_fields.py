"""Tests for gapcheck.fields: the related-fields table, comparing fields, known field names."""

from __future__ import annotations

import pytest

from gapcheck.fields import compare_field, is_field_name, known_field, load_fields, normalise_field, spell_out


def test_the_table_loads_with_lowercase_normalised_names() -> None:
    table = load_fields()
    assert table.groups and all(name == normalise_field(name) for group in table.groups for name in group)
    assert all(target in table.names for target in table.aliases.values())


@pytest.mark.parametrize(
    ("found", "wanted", "expected"),
    [
        ("Computer Science", ("computer science", "statistics"), ("match", "computer science")),
        ("Computer Science & Engineering", ("computer science",), ("match", "computer science")),
        ("CS", ("computer science",), ("match", "computer science")),  # an alias
        ("EECS", ("computer science",), ("match", "computer science")),  # contains it
        ("EECS", ("software engineering",), ("related", "software engineering")),
        ("Applied Statistics", ("statistics",), ("match", "statistics")),
        ("Telecommunications", ("electrical engineering",), ("related", "electrical engineering")),
        ("Mechanical Engineering", ("physics", "engineering"), ("match", "engineering")),  # narrower than asked
        ("Statistics", ("mathematics",), ("related", "mathematics")),
        ("Software Engineering", ("computer science",), ("related", "computer science")),
        ("Data Science", ("statistics",), ("related", "statistics")),
        ("Management", ("computer science", "artificial intelligence", "machine learning"), ("differs", None)),
        ("Biology", ("computer science",), ("differs", None)),
        ("Engineering", ("software engineering",), ("differs", None)),  # a broad word is not the field asked
        ("Statistics", ("software engineering",), ("differs", None)),  # relation is not transitive
        (None, ("computer science",), ("unknown", None)),
        ("Biology", (), ("unknown", None)),
    ],
)
def test_compare_field(found: str | None, wanted: tuple[str, ...], expected: tuple[str, str | None]) -> None:
    assert compare_field(found, wanted) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analytics McGill University", "Analytics"),
        ("Biological Sciences Atlantic Cape Community College", "Biological Sciences"),
        ("Computer Science", "Computer Science"),
        ("Acme State University", None),
        ("Statisticsville College", None),
    ],
)
def test_known_field_is_the_longest_known_name_at_the_start(text: str, expected: str | None) -> None:
    assert known_field(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IT", "Information Technology"),
        ("EECS", "Electrical Engineering and Computer Science"),
        ("CS", "Computer Science"),
    ],
)
def test_a_known_abbreviation_is_spelled_out(text: str, expected: str) -> None:
    assert spell_out(text) == expected


@pytest.mark.parametrize("text", ["VLSI", "Cs", "Information Technology", "HISTORY"])
def test_unknown_abbreviations_and_words_are_not_spelled_out(text: str) -> None:
    assert spell_out(text) == text


@pytest.mark.parametrize("text", ["Quantitative Cell Biology", "Power Mechanical Engineering", "Data Science"])
def test_a_phrase_ending_in_a_field_is_a_field_name(text: str) -> None:
    assert is_field_name(text)


@pytest.mark.parametrize("text", ["Palo Alto", "Magna Cum Laude", "machine learning", "Biology Club", ""])
def test_places_honours_and_lowercase_words_are_no_field_name(text: str) -> None:
    assert not is_field_name(text)
