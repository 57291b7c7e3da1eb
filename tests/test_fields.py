"""Tests for gapcheck.fields: the related-fields table, comparing fields, known field names."""

from __future__ import annotations

import pytest

from gapcheck.fields import compare_field, known_field, load_fields, normalise_field


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
