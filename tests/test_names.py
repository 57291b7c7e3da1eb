"""names.py: the person's name from the first lines of a resume, or None when unsure."""

from __future__ import annotations

import pytest

from gapcheck.models import Section
from gapcheck.names import find_name
from gapcheck.sections import find_sections


def name_of(*lines: str) -> str | None:
    return find_name(tuple(lines), find_sections(tuple(lines)))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("Ann Lee", "ann@example.com"), "Ann Lee"),
        (("ANN-MARIE O'NEIL", "Seattle, WA"), "Ann-Marie O'Neil"),  # capitals get capital initials
        (("Jean-Luc McDonald  |  +1 555 0100",), "Jean-Luc McDonald"),  # the name before a separator
        (("ann@example.com", "+1 555 0100", "Sofía de la Cruz"), "Sofía de la Cruz"),  # after contact lines
        (("Resume", "Ann B. Lee", "Portland"), "Ann B. Lee"),
        (("Alessio Rossi, Ph.D.", "alessio@example.com"), "Alessio Rossi"),
    ],
)
def test_a_name_is_read(lines: tuple[str, ...], expected: str) -> None:
    assert name_of(*lines, "EXPERIENCE", "Analyst, Acme   2020 - 2022") == expected


@pytest.mark.parametrize(
    "lines",
    [
        ("SOUS CHEF", "Work Experience"),  # resume sites put the job title first
        ("Senior Data Scientist", "Ann Lee"),  # a title where the name should be: no guess
        ("Ann",),  # one word
        ("Ann Lee Marie Jo Smith",),  # five words
        ("A N N   L E E",),  # letter-spaced
        ("ann lee",),  # not capitalised like a name
        ("iPhone Developer",),
        ("New York",),
        ("ann@example.com", "555 0100", "Seattle, WA 98101", "Ann Lee"),  # past the first three lines
    ],
)
def test_unsure_gives_none(lines: tuple[str, ...]) -> None:
    assert name_of(*lines, "EXPERIENCE", "Analyst, Acme   2020 - 2022") is None


def test_no_header_no_name() -> None:
    assert find_name(("EXPERIENCE", "Ann Lee"), (Section("experience", "EXPERIENCE", 1, 2),)) is None
