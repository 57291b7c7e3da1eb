"""Tests for gapcheck.datewords: the words dates are written with, in many languages."""

from __future__ import annotations

import re

import pytest

from gapcheck.datewords import DAY_DATE_RE, MONTH, PRESENT

_MONTH_RE = re.compile(r"^" + MONTH.format(g="") + r"$", re.IGNORECASE)
_PRESENT_RE = re.compile(r"^" + PRESENT + r"$", re.IGNORECASE)


@pytest.mark.parametrize(
    "word", ["Sept.", "gennaio", "maggio", "settembre", "mei", "maart", "augustus", "juli", "März"]
)
def test_month_names_of_many_languages(word: str) -> None:
    assert _MONTH_RE.match(word)


@pytest.mark.parametrize("word", ["Gent", "Mayor", "Octopus", "Marsh", "Decimal"])
def test_words_that_start_like_a_month_are_not_months(word: str) -> None:
    assert not _MONTH_RE.match(word)


@pytest.mark.parametrize("word", ["heute", "actualidad", "oggi", "heden", "atual", "Present", "till date"])
def test_present_in_many_languages(word: str) -> None:
    assert _PRESENT_RE.match(word)


@pytest.mark.parametrize("text", ["February 10, 2026", "28 Feb 1997", "Jan 1st, 2020", "3 March, 2021"])
def test_a_date_with_its_day(text: str) -> None:
    assert DAY_DATE_RE.search(text)


@pytest.mark.parametrize("text", ["February 2026", "Feb 2019 – Mar 2021", "10 years, 2026", "May 12 2019 project"])
def test_month_dates_have_no_day(text: str) -> None:
    assert not DAY_DATE_RE.search(text)
