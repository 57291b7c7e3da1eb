"""Tests for gapcheck.positiondates: positions' dates completed from their neighbours."""

from __future__ import annotations

from gapcheck.models import DateRange, Degree, Position, month_index
from gapcheck.positiondates import complete_dates, end_finished_studies, lasting

AS_OF = month_index(2026, 11)


def _position(line: int, start: int, end: int, text: str) -> Position:
    return Position("Manager", "Acme", DateRange(start, end, False, text), line, line + 1)


def test_the_latest_job_given_by_its_start_only_runs_to_the_present() -> None:
    april = month_index(2014, 4)
    latest = _position(1, april, april, "April 2014")
    before = _position(5, month_index(2009, 9), april, "September 2009 to April 2014")
    dates = complete_dates([latest, before], AS_OF)[0].dates
    assert dates is not None and (dates.end, dates.current) == (AS_OF, True)


def test_a_lone_date_listed_last_or_after_a_gap_stays_one_month() -> None:
    june = month_index(2019, 6)
    earlier = _position(5, month_index(2009, 9), month_index(2014, 4), "September 2009 to April 2014")
    assert complete_dates([_position(1, june, june, "June 2019"), earlier], AS_OF)[0].dates.end == june  # type: ignore[union-attr]
    oldest = _position(
        9, june, june, "June 2009"
    )  # chronological order: the lone date is the first job, not the latest
    assert complete_dates([earlier, oldest], AS_OF)[1].dates.end == june  # type: ignore[union-attr]


def _study(title: str) -> Position:
    return Position(title, "Example University", DateRange(month_index(2007, 1), AS_OF, True, "2007-present"), 3, 4)


def _doctorate(year: int, in_progress: bool = False) -> Degree:
    return Degree("doctorate", "Physics", "Example University", year, in_progress, "Ph.D. in Physics")


def test_a_study_post_still_open_ends_when_its_degree_was_completed() -> None:
    for title in ("Ph.D student", "Doctoral candidate", "Doktorandin"):
        dates = end_finished_studies([_study(title)], [_doctorate(2013)])[0].dates
        assert dates is not None and (dates.end, dates.current) == (month_index(2013, 12), False)


def test_a_job_or_a_degree_still_in_progress_leaves_the_post_open() -> None:
    assert end_finished_studies([_study("Research Engineer")], [_doctorate(2013)])[0].dates == _study("x").dates
    assert end_finished_studies([_study("PhD student")], [_doctorate(2027, True)])[0].dates == _study("x").dates
    assert end_finished_studies([_study("PhD student")], [_doctorate(2005)])[0].dates == _study("x").dates


def _first_month(text: str, year: int, month: int) -> DateRange:
    return DateRange(month_index(year, month), month_index(year, month), False, text)


def test_an_entry_given_by_its_first_month_runs_as_long_as_its_length_says() -> None:
    start = month_index(2019, 3)
    # a length opening a line of the date column, after the place; in a cell of the date's line; years and months
    assert lasting(_first_month("Mars 2019", 2019, 3), "Mars 2019   Stage", ["(Exempleville)", "5 mois   • Tests"]) == (
        DateRange(start, start + 4, False, "Mars 2019")
    )
    found = lasting(_first_month("Jan 2015", 2015, 1), "Jan 2015 | Summer Analyst | 4 mos | Harbour Systems", [])
    assert found is not None and found.end - found.start + 1 == 4
    found = lasting(_first_month("Mar 2016", 2016, 3), "Mar 2016   Analyst", ["(1 yr 2 mos)"])
    assert found is not None and found.end - found.start + 1 == 14


def test_a_length_in_a_sentence_a_bullet_or_beside_a_range_changes_nothing() -> None:
    alone = _first_month("Jun 2017", 2017, 6)
    assert lasting(alone, "Jun 2017   Data Intern", ["• Cut 3 months off the release cycle"]) == alone
    assert lasting(alone, "Jun 2017   Data Intern", ["Led a 6 months project for Acme"]) == alone
    assert lasting(alone, "Jun 2017   Data Intern, a 3 months contract", []) == alone
    ranged = DateRange(month_index(2017, 6), month_index(2018, 1), False, "Jun 2017 - Jan 2018")
    assert lasting(ranged, "Jun 2017 - Jan 2018   Analyst", ["6 mois"]) == ranged
