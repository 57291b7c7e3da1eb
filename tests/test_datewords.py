"""Tests for gapcheck.datewords: the words dates are written with, in many languages."""

from __future__ import annotations

import re

import pytest

from gapcheck.dates import find_date_ranges
from gapcheck.datewords import DAY_DATE_RE, LANGUAGES, MONTH, PRESENT
from gapcheck.models import month_index

AS_OF = month_index(2026, 11)

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


# --- the table: one row per language, read by every date rule ----------------------------------------------------
_MONTHS = [
    (language, number, name)
    for language, words in LANGUAGES.items()
    for number, spellings in enumerate(words.months, start=1)
    for name in spellings.split("|")
]


@pytest.mark.parametrize(("language", "number", "name"), _MONTHS)
def test_every_month_of_the_table_is_read_with_its_number(language: str, number: int, name: str) -> None:
    assert _MONTH_RE.match(name.capitalize()), language
    assert find_date_ranges(f"{name.capitalize()} 2019 – 2021", AS_OF)[0].start == month_index(2019, number)


@pytest.mark.parametrize(
    ("short", "number"),
    [("Out", 10), ("Set", 9), ("Mrz", 3), ("Mrt", 3), ("Jän", 1), ("Févr", 2), ("Juil", 7), ("Dez", 12), ("Giu", 6),
     ("Sept", 9), ("Abr", 4), ("Ott", 10), ("Lug", 7), ("Ago", 8), ("fevrier", 2), ("aout", 8), ("decembre", 12)],
)  # fmt: skip
def test_short_and_unaccented_forms_of_any_language(short: str, number: int) -> None:
    ranges = find_date_ranges(f"{short}/2015 – {short}/2017", AS_OF)
    assert [(r.start, r.end) for r in ranges] == [(month_index(2015, number), month_index(2017, number))]


@pytest.mark.parametrize("word", ["Jui", "Marc", "Marco", "Otto", "Mae", "Des", "Ma", "Ju", "Pro", "Sie", "Led", "Lut"])
def test_names_and_shared_first_letters_are_no_month(word: str) -> None:
    assert not _MONTH_RE.match(word)
    assert find_date_ranges(f"{word} 2015 – 2017", AS_OF)[0].text == "2015 – 2017"


_PRESENT_WORDS = sorted({word for words in LANGUAGES.values() for word in words.present})


@pytest.mark.parametrize("word", _PRESENT_WORDS)
def test_every_present_word_of_the_table_ends_a_range_still_open(word: str) -> None:
    ranges = find_date_ranges(f"Analyst, Acme   Mar 2019 – {word}", AS_OF)
    assert [(r.start, r.end, r.current) for r in ranges] == [(month_index(2019, 3), AS_OF, True)]


@pytest.mark.parametrize("word", sorted({w for words in LANGUAGES.values() for w in words.since}))
def test_every_since_word_of_the_table_opens_a_range(word: str) -> None:
    ranges = find_date_ranges(f"Analyst, Acme ({word} 2019)", AS_OF)
    assert [(r.start, r.end, r.current) for r in ranges] == [(month_index(2019, 1), AS_OF, True)]


@pytest.mark.parametrize("word", sorted({w for words in LANGUAGES.values() for w in words.to}))
def test_every_to_word_of_the_table_joins_two_dates(word: str) -> None:
    ranges = find_date_ranges(f"Analyst, Acme   2015 {word} 2017", AS_OF)
    assert [(r.start, r.end, r.current) for r in ranges] == [(month_index(2015, 1), month_index(2016, 12), False)]


@pytest.mark.parametrize(
    "line",
    ["Calgary, AB 2019", "Heute arbeite ich in Bern", "Das ist aktuell 2019 gewesen", "Marco 2019", "o momento 2019"],
)
def test_words_like_the_tables_are_no_open_range(line: str) -> None:
    assert [r for r in find_date_ranges(line, AS_OF) if r.current] == []


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Máj 2016 — doteraz", "2016-05", "2026-11"),  # Slovak
        ("září 2016 – června 2018", "2016-09", "2018-06"),  # Czech
        ("marzec 2017 – obecnie", "2017-03", "2026-11"),  # Polish
    ],
)
def test_slovak_czech_and_polish_dates(line: str, start: str, end: str) -> None:
    (found,) = find_date_ranges(line, AS_OF)
    assert (found.start, found.end) == tuple(month_index(*map(int, x.split("-"))) for x in (start, end))
