"""Tests for gapcheck.dates: date ranges on resume lines -> inclusive month ranges."""

from __future__ import annotations

import pytest

from gapcheck.dates import (
    end_year_missing,
    find_date_ranges,
    find_season_list,
    find_single_date,
    find_year_list,
    strip_dates,
    years_in,
)
from gapcheck.models import month_index, month_label

AS_OF = month_index(2026, 11)
"""November 2026: what "Present" means in these tests."""


def _only_range(line: str, as_of: int = AS_OF) -> tuple[str, str, int, bool]:
    ranges = find_date_ranges(line, as_of)
    assert len(ranges) == 1, ranges
    found = ranges[0]
    return month_label(found.start), month_label(found.end), found.end - found.start + 1, found.current


@pytest.mark.parametrize(
    ("line", "start", "end", "months"),
    [
        # months are inclusive: Jan-Mar is three months, a quarter of a year
        ("Jan 2019 – Mar 2019", "2019-01", "2019-03", 3),
        ("Jan 2019–Mar 2019", "2019-01", "2019-03", 3),
        ("jan 2019 - mar 2019", "2019-01", "2019-03", 3),
        ("JAN 2019 — MAR 2019", "2019-01", "2019-03", 3),
        ("May 2018 - May 2018", "2018-05", "2018-05", 1),
        ("01/2019–06/2021", "2019-01", "2021-06", 30),
        ("1/2019 - 6/2021", "2019-01", "2021-06", 30),
        ("03-2019 – 04-2020", "2019-03", "2020-04", 14),  # month-year with a hyphen
        ("2019 Jan – 2020 Mar", "2019-01", "2020-03", 15),  # the year first
        ("10/2019 – 03/2020", "2019-10", "2020-03", 6),
        ("2019-03 - 2020-02", "2019-03", "2020-02", 12),
        ("Mar. 2018 to Oct. 2020", "2018-03", "2020-10", 32),
        ("Sept 2018 - June 2019", "2018-09", "2019-06", 10),
        ("January 2019 — December 2020", "2019-01", "2020-12", 24),
        ("June 2019 – Aug. 2019", "2019-06", "2019-08", 3),
        ("Apr 2019 until May 2019", "2019-04", "2019-05", 2),
        # year-only ranges stop before the end year: "2017 - 2019" is two years
        ("2017 - 2019", "2017-01", "2018-12", 24),
        ("2017 – 2019", "2017-01", "2018-12", 24),
        ("2017—2019", "2017-01", "2018-12", 24),
        ("2015-2019", "2015-01", "2018-12", 48),
        ("1999 - 2001", "1999-01", "2000-12", 24),
        ("2019 - 2019", "2019-01", "2019-12", 12),
        # two-digit years, with straight and typographic apostrophes
        ("Jan '19 – Mar '20", "2019-01", "2020-03", 15),
        ("Jun ’19 – Aug ’20", "2019-06", "2020-08", 15),
        ("Jun '98 - Aug '99", "1998-06", "1999-08", 15),
        ("'19 - '21", "2019-01", "2020-12", 24),
        # seasons and a start month whose year comes with the end
        ("Summer 2020 – Fall 2020", "2020-06", "2020-11", 6),
        ("Fall 2019 - Spring 2021", "2019-09", "2021-05", 21),
        ("May – August 2014", "2014-05", "2014-08", 4),
        # two months of one year as numbers, the year written once after the end (German CVs)
        ("3 - 4/2014", "2014-03", "2014-04", 2),
        ("09 - 12/2002   Weiterbildung", "2002-09", "2002-12", 4),
        ("03.-04.2014", "2014-03", "2014-04", 2),
        ("5 bis 11/2012", "2012-05", "2012-11", 7),
    ],
)
def test_closed_ranges(line: str, start: str, end: str, months: int) -> None:
    assert _only_range(line) == (start, end, months, False)


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Jan 2019 – Present", "2019-01"),
        ("Jan 2019 - Present", "2019-01"),
        ("Jan 2019 — present", "2019-01"),
        ("Jan 2019 -- Present", "2019-01"),
        ("2019–now", "2019-01"),
        ("2019 - today", "2019-01"),
        ("Sep 2019 - now", "2019-09"),
        ("Mar 2018 – current", "2018-03"),
        ("Jan 2019 - Ongoing", "2019-01"),
        ("since March 2021", "2021-03"),
        ("Since 2020", "2020-01"),
        ("January, 2024 – Continue", "2024-01"),
        ("2019 - continuing", "2019-01"),
        ("June 2019 onwards", "2019-06"),
        ("Jan 2019 - Onwards", "2019-01"),
        ("Jan 2019 to the present", "2019-01"),
        ("2019 – pres", "2019-01"),
        ("Jan 2019 – Presently", "2019-01"),
        ("March 2019 - Till Now", "2019-03"),
        ("2019 Mar - Present", "2019-03"),
    ],
)
def test_open_ranges_end_at_the_as_of_month(line: str, start: str) -> None:
    year, month = map(int, start.split("-"))
    assert _only_range(line) == (start, "2026-11", AS_OF - month_index(year, month) + 1, True)


@pytest.mark.parametrize("as_of", [month_index(2024, 3), month_index(2030, 12)])
def test_present_is_the_as_of_month_given(as_of: int) -> None:
    (found,) = find_date_ranges("Jan 2019 – Present", as_of)
    assert (found.start, found.end, found.current) == (month_index(2019, 1), as_of, True)


def test_an_end_after_the_as_of_month_is_cut_there_and_marked_current() -> None:
    assert _only_range("Sep 2025 – Jun 2027") == ("2025-09", "2026-11", 15, True)


@pytest.mark.parametrize(
    "line",
    [
        "Jan 2027 - Present",  # starts after the as-of month
        "Dec 2019 - Jan 2019",  # ends before it starts
        "Improved latency by 30% across 2000-3000 requests",
        "Managed budget of 1,000 - 2,000",
        "Python 3.10 - 3.12",
        "Summer 2020",  # a lone date is not a range
        "Mobile: +1 555-201-2019",
        "",
        "Continue 2019 work",  # 'continue' ends a range only after a date and a dash
        "Mobile +91 555-10-2019",  # a month-year with a hyphen is no part of a longer number
        "2019 - Prescott",  # 'pres' only as a word of its own
        "Last updated 2019 - 2020",  # when the document was written
        "11 - 2/2014",  # two numbered months of one year, the end before the start
        "Top 3 - 2014",  # a number before a year alone
        "Release 2 - 3.2014.1",  # a version, not a month and its year
    ],
)
def test_lines_without_a_range(line: str) -> None:
    assert find_date_ranges(line, AS_OF) == []


def test_several_ranges_on_one_line_keep_their_text() -> None:
    found = find_date_ranges("Analyst 2018 – 2020, Lead 2021 – Present", AS_OF)
    assert [(r.text, r.end - r.start + 1, r.current) for r in found] == [
        ("2018 – 2020", 24, False),
        ("2021 – Present", month_index(2026, 11) - month_index(2021, 1) + 1, True),
    ]


def test_a_range_inside_a_position_line() -> None:
    (found,) = find_date_ranges("Data Scientist, Acme Corp   Jan 2020 - Dec 2021", AS_OF)
    assert (found.text, found.end - found.start + 1) == ("Jan 2020 - Dec 2021", 24)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Summer 2020", "2020-06", "2020-08"),
        ("Fall 2019", "2019-09", "2019-11"),
        ("Winter 2019", "2018-12", "2019-02"),  # the winter that ends in 2019
        ("May 2020", "2020-05", "2020-05"),
        ("2019", "2019-01", "2019-12"),
        ("Intern, Globex   Summer 2020", "2020-06", "2020-08"),
    ],
)
def test_single_dates_name_the_span_they_cover(line: str, start: str, end: str) -> None:
    found = find_single_date(line, AS_OF)
    assert found is not None
    assert (month_label(found.start), month_label(found.end), found.current) == (start, end, False)


@pytest.mark.parametrize(
    "line", ["Last updated in Jan 2026", "CV revised: March 2024", "Updated on 2025", "Windows Server 2008"]
)
def test_a_date_the_document_was_written_or_a_product_version_is_no_date(line: str) -> None:
    assert find_single_date(line, AS_OF) is None


def test_a_single_date_in_the_future_is_ignored_and_a_current_one_is_cut() -> None:
    assert find_single_date("Summer 2027", AS_OF) is None
    found = find_single_date("2026", AS_OF)
    assert found is not None
    assert (month_label(found.start), month_label(found.end)) == ("2026-01", "2026-11")


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        ("Data Scientist, Acme   Jan 2019 – Mar 2019", "Data Scientist, Acme"),
        ("Machine Learning Intern, Globex Inc   Summer 2020", "Machine Learning Intern, Globex Inc"),
        ("Analyst (2017 - 2019)", "Analyst"),
        ("Graph Mining   WS2020/2021", "Graph Mining"),  # a German semester whole, not a year range after 'WS'
        ("Robot Perception (2022/2023), UCX", "Robot Perception ( ), UCX"),
        ("since 2020 | Engineer at Initech", "Engineer at Initech"),
        ("Jan 2019 – Present", ""),
    ],
)
def test_strip_dates_leaves_the_position_name(line: str, rest: str) -> None:
    assert strip_dates(line) == rest


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("B.S. Physics, 2014; M.S. 2016", [2014, 2016]),
        ("Class of 1995", [1995]),
        ("Processed 12019 records and 201 files", []),
        ("1949 and 2050 are out of range", []),
    ],
)
def test_years_in(line: str, years: list[int]) -> None:
    assert years_in(line) == years


@pytest.mark.parametrize(
    ("line", "start", "end", "months"),
    [
        # a year-only end after a month start keeps both sides: the end is read as the middle of its year
        ("Dec 2018 – 2019", "2018-12", "2019-06", 7),
        ("Jun 2017 – 2019", "2017-06", "2019-06", 25),
        ("Summer 2018 - 2020", "2018-06", "2020-06", 25),
        # ... but a year-only end in the start's own year still runs to its December
        ("Sept 2019 – 2019", "2019-09", "2019-12", 4),
    ],
)
def test_mixed_precision_ranges_keep_both_sides(line: str, start: str, end: str, months: int) -> None:
    assert _only_range(line) == (start, end, months, False)


@pytest.mark.parametrize(
    ("line", "start", "end", "months"),
    [
        ("2019–20", "2019-01", "2019-12", 12),
        ("2019/20", "2019-01", "2019-12", 12),
        ("2011–12", "2011-01", "2011-12", 12),
        ("1999/00", "1999-01", "1999-12", 12),
        ("2016 – 18", "2016-01", "2017-12", 24),
        ("Robot Perception (2022/2023), UCX", "2022-01", "2022-12", 12),  # two full years after a slash
    ],
)
def test_academic_years_read_as_year_ranges(line: str, start: str, end: str, months: int) -> None:
    assert _only_range(line) == (start, end, months, False)


@pytest.mark.parametrize(
    "line",
    [
        "2011/12",  # December 2011 written year/month
        "2011-12",  # ISO year-month
        "2019/17",  # ends before it starts
        "2019–45",  # not a plausible span
        "2016/2019",  # two full years after a slash are one academic year, never several
        "Windows Server 2008-12",
    ],
)
def test_year_and_two_digits_that_are_not_academic_years(line: str) -> None:
    assert find_date_ranges(line, AS_OF) == []


@pytest.mark.parametrize(
    ("line", "start", "end", "months"),
    [
        ("Q1 2020 – Q3 2021", "2020-01", "2021-09", 21),
        ("q2 2019 - q2 2019", "2019-04", "2019-06", 3),
        ("2020 Q4 – 2021 Q1", "2020-10", "2021-03", 6),
    ],
)
def test_quarters_cover_three_months(line: str, start: str, end: str, months: int) -> None:
    assert _only_range(line) == (start, end, months, False)


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Q5 2020 – Q3 2021", "2020 – Q3 2021"),  # no fifth quarter: the start is the year alone
        ("FAQ1 2020 - 2021 guide", "2020 - 2021"),
        ("Q1 results grew 20% in 2019 - 2020", "2019 - 2020"),
    ],
)
def test_things_that_look_like_quarters_but_are_not(line: str, text: str) -> None:
    (found,) = find_date_ranges(line, AS_OF)
    assert (found.text, month_label(found.start)) == (text, text[:4] + "-01")


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Dıc 2019 – Present", "2019-12", "2026-11"),  # dotless ı where the writer meant i
        ("DİC 2019 – Present", "2019-12", "2026-11"),  # dotted capital İ
        ("ARALIK 2019 – Present", "2019-12", "2026-11"),
        ("Aralık 2019 - Şubat 2020", "2019-12", "2020-02"),
        ("MAYIS 2018 – EKİM 2019", "2018-05", "2019-10"),
    ],
)
def test_turkish_i_and_month_names(line: str, start: str, end: str) -> None:
    (found,) = find_date_ranges(line, AS_OF)
    assert (month_label(found.start), month_label(found.end)) == (start, end)


@pytest.mark.parametrize("line", ["Dıcle University 2019", "Kasımpaşa Spor 2019 – 2020 sezon", "İstanbul 2019"])
def test_turkish_words_that_are_not_months_do_not_crash_or_become_months(line: str) -> None:
    for found in find_date_ranges(line, AS_OF):
        assert month_label(found.start).endswith("-01")
    single = find_single_date(line, AS_OF)
    assert single is not None and month_label(single.start) == "2019-01"


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Enero 2019 – Junio 2020", "2019-01", "2020-06"),
        ("Septiembre 2018 – Octubre 2019", "2018-09", "2019-10"),
        ("janvier 2019 – juin 2020", "2019-01", "2020-06"),
        ("Février 2018 – Août 2019", "2018-02", "2019-08"),
        ("déc. 2019 – mars 2020", "2019-12", "2020-03"),
        ("Januar 2019 – Juli 2020", "2019-01", "2020-07"),
        ("Juni 2018 – Dezember 2019", "2018-06", "2019-12"),
        ("Janeiro 2019 – Outubro 2020", "2019-01", "2020-10"),
    ],
)
def test_month_names_written_out_in_other_languages(line: str, start: str, end: str) -> None:
    (found,) = find_date_ranges(line, AS_OF)
    assert (month_label(found.start), month_label(found.end)) == (start, end)


@pytest.mark.parametrize(
    "line", ["Febrero 2018 - Presente", "Setembro 2018 - atual", "Ocak 2018 - Günümüz", "Eylül 2018 – Halen"]
)
def test_present_in_other_languages(line: str) -> None:
    (found,) = find_date_ranges(line, AS_OF)
    assert (found.end, found.current) == (AS_OF, True)


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("Mayo Clinic 2019 – 2021", "2019-01"),  # a name, not May
        ("Market research 2019 - 2021", "2019-01"),
        ("Junior Analyst 2019 - 2021", "2019-01"),
    ],
)
def test_words_that_start_like_months_are_not_months(line: str, start: str) -> None:
    (found,) = find_date_ranges(line, AS_OF)
    assert month_label(found.start) == start


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Full-Stack Engineer (Java/JS) June 2019 – July", "2019-06", "2019-07"),
        ("Tax Advisers; March 1986 to April", "1986-03", "1986-04"),
        ("Analyst, Acme   Nov 2019 - Feb", "2019-11", "2020-02"),  # the first February after the start
    ],
)
def test_a_range_whose_end_year_was_cut_off(line: str, start: str, end: str) -> None:
    (found,) = find_date_ranges(line, AS_OF)
    assert (month_label(found.start), month_label(found.end), end_year_missing(found)) == (start, end, True)
    assert not any(month in strip_dates(line) for month in ("July", "February", "Feb"))


@pytest.mark.parametrize(
    "line", ["Analyst June 2019 – July 2020", "June 2019 – July 2020: led the July release", "Analyst 2019 - 2021"]
)
def test_a_full_range_has_its_end_year(line: str) -> None:
    assert not any(end_year_missing(found) for found in find_date_ranges(line, AS_OF))


def test_a_month_after_a_date_inside_a_sentence_is_not_an_end() -> None:
    assert not any(end_year_missing(found) for found in find_date_ranges("In 2019 - March saw our best sales", AS_OF))


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Jan-2019 – Mar-2020", "2019-01", "2020-03"),  # month and year joined by a hyphen
        ("Jun/2018 - Dec/2019", "2018-06", "2019-12"),
        ("Jan-19 – Mar-20", "2019-01", "2020-03"),
        ("1st Jan 2019 - 31st Mar 2020", "2019-01", "2020-03"),  # the day first
        ("15 March 2019 - 20 April 2020", "2019-03", "2020-04"),
        ("2019-03-01 to 2020-03-31", "2019-03", "2020-03"),  # ISO days
        ("Fall Semester 2019 - Spring Semester 2020", "2019-09", "2020-05"),
    ],
)
def test_more_ways_to_write_a_month(line: str, start: str, end: str) -> None:
    assert _only_range(line)[:2] == (start, end)


@pytest.mark.parametrize(
    "line", ["Held Dec 12-14", "May 10 - May 12, 2019", "Oct 14 – Oct 20, 2019", "Jun 12th - Aug 15th", "Oct 14"]
)
def test_days_of_a_month_are_not_years(line: str) -> None:
    assert find_date_ranges(line, AS_OF) == []


@pytest.mark.parametrize(
    ("line", "start", "end", "current"),
    [
        ("Sep 19 – Mar 20", "2019-09", "2020-03", False),
        ("Mar 07 - Jun 07", "2007-03", "2007-06", False),
        ("Feb 12 - Apr 13", "2012-02", "2013-04", False),
        ("Jun 98 - Aug 99", "1998-06", "1999-08", False),
        ("Nov 15 - Present", "2015-11", "2026-11", True),
    ],
)
def test_two_digit_years_without_apostrophe_at_both_ends(line: str, start: str, end: str, current: bool) -> None:
    found = _only_range(line)
    assert (found[0], found[1], found[3]) == (start, end, current)


def test_curr_ends_a_range_still_open() -> None:
    assert _only_range("2019 - curr.")[::3] == ("2019-01", True)
    assert find_date_ranges("2019 - currency trading", AS_OF) == []


def test_a_start_whose_dash_closes_a_column_is_open() -> None:
    assert _only_range("2024-        INITECH Senior SE")[::3] == ("2024-01", True)
    assert find_date_ranges("2024-2025 budget review for the board", AS_OF)[0].current is False
    assert find_date_ranges("Founded in 2024 - a small team of five", AS_OF) == []


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Teaching Assistant, Neural Networks   WS 2019/20", "2019-10", "2020-03"),
        ("Wintersemester 2021/2022", "2021-10", "2022-03"),
        ("Seminar: Graph Algorithms   SS 2021", "2021-04", "2021-09"),
    ],
)
def test_german_semesters_are_six_months(line: str, start: str, end: str) -> None:
    assert find_date_ranges(line, AS_OF) == []  # not an academic year "2019/20"
    found = find_single_date(line, AS_OF)
    assert found is not None and (month_label(found.start), month_label(found.end)) == (start, end)


@pytest.mark.parametrize("line", ["Class of 2019/20 alumni", "ss 2020 boats", "2011-12"])
def test_other_years_are_not_semesters(line: str) -> None:
    found = find_single_date(line, AS_OF)
    assert found is None or found.end - found.start != 5


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("DESIGN INTERN   Summers 2005, 2006, Winter 2007", ["2005-06", "2006-06", "2006-12"]),
        ("Data Analyst   Summer 2014 and 2015", ["2014-06", "2015-06"]),
    ],
)
def test_a_season_repeated_over_years(line: str, starts: list[str]) -> None:
    found = find_season_list(line, AS_OF)
    assert [month_label(r.start) for r in found] == starts
    assert all(r.end - r.start == 2 for r in found)
    assert "20" not in strip_dates(line)


@pytest.mark.parametrize("line", ["Summer 2019", "Fall 2019 – Spring 2020", "Summer 2012 and hiking", "2012 and 2013"])
def test_one_season_or_a_range_is_not_a_repeated_season(line: str) -> None:
    assert find_season_list(line, AS_OF) == []


@pytest.mark.parametrize(
    "line",
    [
        "Senior Design Engineer | Wayne Enterprises   Since Jun. 2018 (8 yrs 6 mos)",
        "Senior Design Engineer | Wayne Enterprises   Jun. 2018 – Present (8 yrs, 6 mos)",
        "Senior Design Engineer | Wayne Enterprises   2019 - 2021 (2 years)",
        "Senior Design Engineer | Wayne Enterprises   Summer 2011 (3 months)",
    ],
)
def test_a_duration_after_a_date_goes_with_the_date(line: str) -> None:
    assert strip_dates(line) == "Senior Design Engineer | Wayne Enterprises"


def test_a_duration_after_words_is_not_a_date() -> None:
    line = "Design Apprentice (2 years), Wayne Enterprises"
    assert strip_dates(line) == line


# --- round five: ways of writing dates from any country and any export --------------------------------------------
@pytest.mark.parametrize(
    ("line", "start", "end", "months"),
    [
        ("Jun. 2018 Jan. 2021", "2018-06", "2021-01", 32),  # the dash drawn as a glyph and lost in export
        ("Feb. 2021 Mar. 2021", "2021-02", "2021-03", 2),
        ("Mar 2016 Exp. Jun 2017", "2016-03", "2017-06", 16),
        ("marzo de 2019 – junio de 2021", "2019-03", "2021-06", 28),  # Spanish and Portuguese "de"
        ("janeiro de 2019 a março de 2020", "2019-01", "2020-03", 15),
        ("settembre 2019 – ottobre 2020", "2019-09", "2020-10", 14),  # Italian
        ("maggio 2019 – giugno 2021", "2019-05", "2021-06", 26),
        ("mei 2019 - augustus 2020", "2019-05", "2020-08", 16),  # Dutch
        ("januari 2019 – februari 2020", "2019-01", "2020-02", 14),  # Dutch and Swedish
        ("01/15/2019 - 03/31/2021", "2019-01", "2021-03", 27),  # month, day, year (the day past 12 says so)
        ("Mar 2016 – Exp. Jun 2017", "2016-03", "2017-06", 16),
        ("Mar 2016 – expected Jun 2017", "2016-03", "2017-06", 16),
        ("Jan 2019 –– Mar 2021", "2019-01", "2021-03", 27),  # a doubled dash
    ],
)
def test_more_ways_of_writing_a_range(line: str, start: str, end: str, months: int) -> None:
    assert _only_range(line)[:3] == (start, end, months)


@pytest.mark.parametrize(
    "line",
    [
        "Mar. 2021 Present",
        "Nov. 2011 PRESENT",
        "gennaio 2019 – oggi",
        "mei 2019 - heden",
        "januari 2019 – nu",
        "Januar 2019 – jetzt",
        "enero de 2019 – actualidad",
        "seit 2019",
        "desde 2019",
        "depuis 2019",
        "sinds 2019",
    ],
)
def test_more_ways_of_writing_a_range_still_open(line: str) -> None:
    start, end, _, current = _only_range(line)
    assert start.startswith("2019") or start.startswith("2021") or start.startswith("2011")
    assert (end, current) == ("2026-11", True)


@pytest.mark.parametrize(
    "line",
    [
        "Jan 2021 Dec 2019",  # a range never ends before it starts: two dates of two things
        "Graduated May 2019 GPA 3.8",
        "Windows Server Jan 2019 Mar 2020",  # a product's versions
        "Jan 2019 now leading the platform team",  # "now" starts a sentence; only the unmistakable words close a range
        "Vandal 2019",  # "dal" ("since" in Italian) only as a word of its own
        "Gen Z marketing 2019",
        "Mar 2016 – Express Scripts 2017",
    ],
)
def test_lookalikes_of_the_new_ways_are_not_ranges(line: str) -> None:
    assert [r for r in find_date_ranges(line, AS_OF) if r.end - r.start >= 1] == []


def test_an_ambiguous_numeric_day_and_month_stays_read_day_first() -> None:
    assert _only_range("01/02/2019 - 03/04/2021")[:2] == ("2019-02", "2021-04")


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("январь 2019 – настоящее время", "2019-01", "2026-11"),  # Russian
        ("января 2019 - по настоящее время", "2019-01", "2026-11"),
        ("март 2018 – май 2020", "2018-03", "2020-05"),
        ("Март 2019 по май 2020", "2019-03", "2020-05"),
        ("сентябрь 2017 – н.в.", "2017-09", "2026-11"),
        ("2019年3月 - 2021年5月", "2019-03", "2021-05"),  # Chinese and Japanese
        ("2019年3月～2021年5月", "2019-03", "2021-05"),
        ("2019年3月至今", "2019-03", "2026-11"),
        ("2019.03 ~ 현재", "2019-03", "2026-11"),  # Korean "present"
    ],
)
def test_russian_and_east_asian_ranges(line: str, start: str, end: str) -> None:
    assert _only_range(line)[:2] == (start, end)


@pytest.mark.parametrize("line", ["2019 - 今年", "2019 попытки 2021", "2019年 新入社員", "Maйкл 2019 – 2021 Sept"])
def test_lookalikes_in_those_scripts_are_no_new_ranges(line: str) -> None:
    assert [r.text for r in find_date_ranges(line, AS_OF) if "年" in r.text or "по" in r.text or "今" in r.text] == []


def test_russian_to_this_day_ends_a_range_still_open() -> None:
    assert _only_range("2015 — по сей день")[::3] == ("2015-01", True)
    assert find_date_ranges("2016 — сей", AS_OF) == []


@pytest.mark.parametrize(
    ("line", "start", "current"),
    [("Marzo 2020 --> Presente", "2020-03", True), ("2019 -> 2021", "2019-01", False),
     ("Jan 2019 => Mar 2020", "2019-01", False)],
)  # fmt: skip
def test_an_arrow_typed_as_dashes_separates_a_range(line: str, start: str, current: bool) -> None:
    assert _only_range(line)[::3] == (start, current)


def test_an_arrow_without_dates_on_both_sides_is_no_range() -> None:
    assert find_date_ranges("x --> y 2019", AS_OF) == []


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [("ACM - Acme Mobile Stores (2021-2015)", "2015-01", "2020-12"), ("2021 - 2019", "2019-01", "2020-12")],
)
def test_years_written_latest_first_are_read_earliest_first(line: str, start: str, end: str) -> None:
    assert _only_range(line)[:2] == (start, end)


def test_month_dates_written_latest_first_stay_unread() -> None:
    assert find_date_ranges("Jan 2021 - Dec 2019", AS_OF) == []


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [("2019.3 - 2021.6", "2019-03", "2021-06"), ("2019.3-至今", "2019-03", "2026-11")],
)
def test_a_year_and_a_one_digit_month_after_a_dot(line: str, start: str, end: str) -> None:
    assert _only_range(line)[:2] == (start, end)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("2013.6.18– now", "2013-06", "2026-11"),  # year, month and day with dots, one digit each where it can
        ("2013.06.18 - 2014.01.02", "2013-06", "2014-01"),
        ("2012/06/18 - 2014/01/02", "2012-06", "2014-01"),
        ("2019.12.31 - 2020.1.5", "2019-12", "2020-01"),
    ],
)
def test_a_date_written_year_month_day(line: str, start: str, end: str) -> None:
    assert _only_range(line)[:2] == (start, end)


@pytest.mark.parametrize("line", ["raised 2019.3 million", "2019-3", "Python 3.9 2019", "v2013.6.18 released"])
def test_a_dot_and_one_digit_that_make_no_range(line: str) -> None:
    assert find_date_ranges(line, AS_OF) == []


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Nov 18 - Sep 26: Director of Communications, Acme", "2018-11", "2026-09"),  # a colon sets the title off
        ("Charge Nurse, Acme, May 23 — Mar 25.", "2023-05", "2025-03"),  # a full stop closes the line
        ("Analista, Acme   Sep/2023 heute", "2023-09", "2026-11"),  # the dash lost between "Out/2015" and present
        ("Analista, Acme   Out/2015 Atual", "2015-10", "2026-11"),
    ],
)
def test_two_digit_years_and_slashed_months_at_a_line_end(line: str, start: str, end: str) -> None:
    assert _only_range(line)[:2] == (start, end)


@pytest.mark.parametrize(
    "line", ["Met at 9 on Sep 26:30 sharp", "Call on Mar 26. Then the report", "Nov 18 - Sep 26:30"]
)
def test_days_and_times_are_no_two_digit_years(line: str) -> None:
    assert find_date_ranges(line, AS_OF) == []


@pytest.mark.parametrize(
    ("line", "start", "months", "current"),
    [
        ("2019 2021   Acme Corp, Analyst", "2019-01", 24, False),  # a date column whose dash was lost
        ("Engineer, Acme   2019 2021", "2019-01", 24, False),
        ("2015 heute   Acme GmbH", "2015-01", 143, True),
        ("2019 2019   Acme", "2019-01", 12, False),
    ],
)
def test_two_years_of_a_date_column_without_their_dash(line: str, start: str, months: int, current: bool) -> None:
    found = _only_range(line)
    assert (found[0], found[2], found[3]) == (start, months, current)


@pytest.mark.parametrize(
    "line", ["In 2019 2021 was planned", "2015 2016 2017 were good years", "Acme 2021 2019   Lead"]
)
def test_two_years_inside_a_sentence_or_out_of_order_are_no_range(line: str) -> None:
    assert find_date_ranges(line, AS_OF) == []


@pytest.mark.parametrize(
    ("line", "starts"),
    [
        ("2019 and 2020", ["2019-01", "2020-01"]),
        ("2015, 2017: Tutor", ["2015-01", "2017-01"]),
        ("Nachhilfelehrer   2012, 2013 und 2015", ["2012-01", "2013-01", "2015-01"]),
        ("Profesora de apoyo   2018 y 2019", ["2018-01", "2019-01"]),
    ],
)
def test_listed_years_are_whole_years_each(line: str, starts: list[str]) -> None:
    found = find_year_list(line, AS_OF)
    assert [month_label(r.start) for r in found] == starts
    assert all(r.end - r.start == 11 for r in found)
    assert not any(ch.isdigit() for ch in strip_dates(line))


@pytest.mark.parametrize(
    "line",
    ["2015 - 2017, 2019", "2019 and 2019", "Revenue of 2,019.5 in 2020", "Summer 2014 and 2015", "1998 and 2045"],
)
def test_a_range_a_repeat_or_a_number_is_no_year_list(line: str) -> None:
    assert [r.text for r in find_year_list(line, AS_OF)] in ([], ["1998"])


def test_a_summer_school_is_read_as_its_summer() -> None:
    found = find_single_date("Lecturer, Summer School 2018", AS_OF)
    assert found is not None and (month_label(found.start), found.end - found.start) == ("2018-06", 2)


def test_what_is_left_keeps_a_bracket_that_closes_its_own_text() -> None:
    assert strip_dates("2019 and 2020   Teaching of an R course (Example University)") == (
        "Teaching of an R course (Example University)"
    )
    assert strip_dates("Engineer (2019-2021)") == "Engineer"


@pytest.mark.parametrize(
    ("line", "start"),
    [
        ("seit 03/23 Principal Engineer, Beispiel GmbH", "2023-03"),
        ("Since 11/19: Data Analyst, Acme", "2019-11"),
        ("since 3/21   Analyst", "2021-03"),
        ("depuis 09/21 Ingénieure, Exemple SA", "2021-09"),
        ("desde 05/18 Analista, Ejemplo SL", "2018-05"),
        ("sinds 12/20 Ontwikkelaar", "2020-12"),
    ],
)
def test_a_range_still_open_since_a_month_with_a_two_digit_year(line: str, start: str) -> None:
    year, month = map(int, start.split("-"))
    assert _only_range(line) == (start, "2026-11", AS_OF - month_index(year, month) + 1, True)


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("10-13 - 02-15 Platform Architect", "2013-10", "2015-02"),
        ("11-05 - 06-08 Shop Owner", "2005-11", "2008-06"),
        ("07-18 - Now Lead Cloud Engineer", "2018-07", "2026-11"),
        ("seit 03-23 Principal Engineer, Beispiel GmbH", "2023-03", "2026-11"),
    ],
)
def test_a_hyphened_month_and_two_digit_year_at_both_ends_of_a_range(line: str, start: str, end: str) -> None:
    assert _only_range(line)[:2] == (start, end)


@pytest.mark.parametrize(
    "line",
    ["3-16 - 4-17 Analyst", "15-03-16 - 20-04-17 Analyst", "Room 06-12", "Tel 06-12 - 34-56", "since 03-16-2019"],
)
def test_a_day_a_one_digit_month_or_a_number_with_a_hyphen_opens_no_range(line: str) -> None:
    assert find_date_ranges(line, AS_OF) == []


@pytest.mark.parametrize("line", ["since 3/4 of the team left", "since 13/22", "03/23 Principal Engineer", "since 1/2"])
def test_a_fraction_or_a_month_with_a_two_digit_year_alone_opens_no_range(line: str) -> None:
    assert find_date_ranges(line, AS_OF) == []


@pytest.mark.parametrize(
    ("line", "start", "end"),
    [
        ("Clerk, Example Shop, 2023/12 - 2025/04.", "2023-12", "2025-04"),  # a full stop ends the sentence
        ("Clerk, Example Shop, 2019-03 - 2021-06.", "2019-03", "2021-06"),
        ("Clerk, Example Shop, 2019.3 - 2021.6.", "2019-03", "2021-06"),
    ],
)
def test_a_year_first_month_date_before_a_full_stop_keeps_its_month(line: str, start: str, end: str) -> None:
    assert _only_range(line)[:2] == (start, end)


@pytest.mark.parametrize("line", ["Version 2019.05.1 released", "build 2021.06.7 of the app"])
def test_a_year_first_date_before_a_dot_and_a_digit_is_no_month_date(line: str) -> None:
    assert find_date_ranges(line, AS_OF) == []
