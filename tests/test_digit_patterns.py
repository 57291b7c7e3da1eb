"""Date patterns that gapcheck skips on lines without a digit must need one in every match.

``strip_dates`` and the readers of positions skip these patterns on lines without a digit (most lines of a
resume), which is only right while every match of each holds a digit. The proof here reads the pattern's own
parse, so a pattern changed later to match without one ("Present", "(one year)") fails this test instead of
being skipped silently.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from gapcheck import dates, headerlines, nameline

_parser: Any = getattr(re, "_parser", None)
_constants: Any = getattr(re, "_constants", None)
if _parser is None or _constants is None:  # before Python 3.11 the parser is sre_parse
    pytest.skip("re's parser is not reachable here", allow_module_level=True)
C = _constants


def _set_of_digits(items: list[tuple[Any, Any]]) -> bool:
    digits = {C.CATEGORY_DIGIT, C.CATEGORY_UNI_DIGIT}
    return bool(items) and all(
        (op is C.LITERAL and chr(av).isdecimal())
        or (op is C.RANGE and all(chr(c).isdecimal() for c in range(av[0], av[1] + 1)))
        or (op is C.CATEGORY and av in digits)
        for op, av in items
    )


def _needs(op: Any, av: Any) -> bool:
    """Whether every match of one parsed item consumes a digit (look-arounds consume nothing: never)."""
    if op is C.LITERAL:
        return chr(av).isdecimal()
    if op is C.IN:
        return _set_of_digits(av)
    if op is C.SUBPATTERN:
        return _sequence_needs(av[3])
    if op in (C.MAX_REPEAT, C.MIN_REPEAT):
        return bool(av[0] >= 1 and _sequence_needs(av[2]))
    if op is C.BRANCH:
        return all(_sequence_needs(branch) for branch in av[1])
    return False


def _sequence_needs(items: Any) -> bool:
    return any(_needs(op, av) for op, av in items)


def needs_digit(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` holds a digit, read from its parse (False when unsure)."""
    return _sequence_needs(_parser.parse(pattern.pattern, pattern.flags))


@pytest.mark.parametrize(
    "pattern",
    [*dates.DIGIT_PATTERNS, headerlines._SINCE_ENTRY, headerlines._LEAD_DATE, nameline.SINCE_END],
    ids=lambda p: p.pattern[:30],
)
def test_skipped_patterns_need_a_digit(pattern: re.Pattern[str]) -> None:
    assert needs_digit(pattern)


def test_a_range_to_present_needs_no_digit() -> None:
    """RANGE_RE matches "May – Present": it is never skipped, and the proof says so."""
    assert dates.RANGE_RE.search("May – Present") is not None
    assert not needs_digit(dates.RANGE_RE)
    assert not needs_digit(re.compile(r"\(\s*(?:\d+|one)\s*years?\)"))  # one branch without a digit
    assert not needs_digit(re.compile(r"(?:19|20)?\d*"))  # optional
    assert needs_digit(re.compile(r"(?:spring|fall)\s+(?:19|20)\d\d"))


def test_date_ranges_without_digits_are_still_found() -> None:
    assert [r.text for r in dates.find_date_ranges("Data Analyst, Acme   May – Present", 24311)] == ["May – Present"]
    assert dates.find_date_ranges("Data Analyst, Acme   Boston, MA", 24311) == []


def test_strip_dates_is_unchanged_on_lines_without_digits() -> None:
    assert dates.strip_dates("Data Analyst, Acme   May – Present") == "Data Analyst, Acme"
    assert dates.strip_dates("Data Analyst, Acme   Boston, MA") == "Data Analyst, Acme   Boston, MA"
    assert dates.strip_dates("Data Analyst, Acme   May 2019 – Present") == "Data Analyst, Acme"
