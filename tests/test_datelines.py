"""Tests for gapcheck.datelines: dates laid out over two lines -> the same lines with each range whole."""

from __future__ import annotations

import pytest

from gapcheck.datelines import join_broken_ranges, mend_date_words
from gapcheck.dates import find_date_ranges
from gapcheck.models import month_index

AS_OF = month_index(2026, 11)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # the date column first: start above, end below, each beside a name
            ["Jun 2009 -   Maple Leaf Stores", "2011   Assistant Manager"],
            ("Jun 2009 - 2011   Maple Leaf Stores", "Assistant Manager"),
        ),
        (
            ["March -   Ironvale Mining", "May 2008   HR Administrator"],
            ("March - May 2008   Ironvale Mining", "HR Administrator"),
        ),
        (["Jan 2019 –", "Present"], ("Jan 2019 – Present", "")),
        (  # the date column last, after a wide gap
            ["Postdoc with A. Lee and   October, 2016 -", "B. Ray, University of Idaho,   November, 2021"],
            ("Postdoc with A. Lee and   October, 2016 - November, 2021", "B. Ray, University of Idaho,"),
        ),
        (["May–Aug", "2020", "Google Research"], ("May–Aug 2020", "", "Google Research")),  # broken before its year
        (
            ["Fabrikam - Full-Stack Engineer June 2019 – July", "2020"],  # a long line wrapped before the year
            ("Fabrikam - Full-Stack Engineer   June 2019 – July 2020", ""),
        ),
        (  # the range's word on a line of its own between its dates (livecareer's date column)
            ["April 2015", "to", "Current", "Acme, Web Developer"],
            ("", "April 2015 to Current", "", "Acme, Web Developer"),
        ),
        (["2015--по", "сей день", "Team lead, Acme"], ("2015--по сей день", "", "Team lead, Acme")),  # "to this day"
        (  # two-digit years without their apostrophe, in a narrow column after a wide gap
            ["Design Engineer, Globex    Nov 23–", "London, UK    May 26"],
            ("Design Engineer, Globex   Nov 23– May 26", "London, UK"),
        ),
    ],
)
def test_a_range_broken_over_two_lines_is_joined_on_the_first(lines: list[str], expected: tuple[str, ...]) -> None:
    joined = join_broken_ranges(lines, AS_OF)
    assert joined == expected
    assert len(find_date_ranges(next(line for line in joined if line), AS_OF)) == 1


@pytest.mark.parametrize(
    "lines",
    [
        ["Analyst, Acme   2019 -", "Built dashboards in 2020"],  # a year inside prose below is no end
        ["Jan 2019 - Present", "2021   Promoted to lead"],  # the range above is whole
        ["Data Engineer   2016 -", "Senior Data Engineer   2012 - 2016"],  # a range below is its own
        ["Jan 2021 -   Globex", "Dec 2019   Initech"],  # an end before the start is no end
        ["Engineer, Acme   June 2019 – July", "2020 budget planning with the sales team"],  # a year in prose below
        ["May–Aug", "Google Research   2020"],  # the year of another line's entry, not beside the broken range
        ["Relocated in 2015", "to", "the Boston office"],  # a lone "to" with no date after it
        ["Talk, Acme Summit    Nov 23–", "Panel, Globex    May 26, 2019"],  # days of a month, not two-digit years
        ["2016--по", "сей раз"],  # "по" then words that are no end of a range
        ["Moved from Chicago", "to", "Present-day Boston"],  # a lone "to" with no date before it
    ],
)
def test_lines_that_are_not_one_broken_range_are_left_alone(lines: list[str]) -> None:
    assert join_broken_ranges(lines, AS_OF) == tuple(lines)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("ORCHID FREIGHT , PENANG   Nov 2010 till dat e", "ORCHID FREIGHT , PENANG   Nov 2010 till date"),
        ("Ja n 2019 – Pres ent", "Jan 2019 – Present"),
        ("Sept ember 2018 - Mar ch 2020", "September 2018 - March 2020"),
        ("Senior AnalystJan 2015 – Present", "Senior Analyst Jan 2015 – Present"),
        ("Acme Corp.Mar 2015 - Dec 2016", "Acme Corp. Mar 2015 - Dec 2016"),
        ("Jan 2015Present", "Jan 2015 Present"),
        ("Data Analyst2015 - 2016", "Data Analyst 2015 - 2016"),
        # the title typed straight after the range's end
        ("Globex, May 2019 - August 2019Machine Operator", "Globex, May 2019 - August 2019 Machine Operator"),
        ("Initech, March 2022 - CurrentWarehouse Shift Lead", "Initech, March 2022 - Current Warehouse Shift Lead"),
    ],
)
def test_date_words_glued_or_split_by_an_export_are_mended(line: str, expected: str) -> None:
    assert mend_date_words(line) == expected
    assert find_date_ranges(mend_date_words(line), AS_OF)


@pytest.mark.parametrize(
    "line",
    [
        "Ma y the team grow",  # a split without a date beside it is not known to be a date's
        "Fu nd C on t r ol l e r",
        "DeMarco 2019",  # a name that starts like a month
        "Python3 2019",
        "Ran the PRESENT Project in 2019",
        "May 2019 to day one of the launch",
        "Windows2019Server",  # a year inside a word
        "Ticket ID-2019Abc",
        "CurrentWarehouse",  # no range before it
        "Acme 2019Q1 report",
    ],
)
def test_words_near_dates_that_are_not_glued_or_split_dates_stay(line: str) -> None:
    assert mend_date_words(line) == line


# --- the words of the date table ("to" and "present" in each language), read by the readers of broken ranges ---------
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (  # a range's word on a line of its own, between its dates, in German and Portuguese
            ["April 2015", "bis", "heute", "Acme GmbH, Entwickler"],
            ("", "April 2015 bis heute", "", "Acme GmbH, Entwickler"),
        ),
        (
            ["Outubro 2016", "até", "o momento", "Acme Ltda, Analista"],
            ("", "Outubro 2016 até o momento", "", "Acme Ltda, Analista"),
        ),
        # the date column first, its "to" word closing the start's line
        (["Jun 2009 bis   Acme GmbH", "2011   Entwickler"], ("Jun 2009 bis 2011   Acme GmbH", "Entwickler")),
        (["Mar 2016 até   Acme Ltda", "2019   Analista"], ("Mar 2016 até 2019   Acme Ltda", "Analista")),
    ],
)
def test_a_broken_range_written_with_another_languages_words_is_joined(
    lines: list[str], expected: tuple[str, ...]
) -> None:
    assert join_broken_ranges(lines, AS_OF) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["April 2015", "bis", "Acme GmbH"],  # a lone "bis" with no date after it
        ["Umzug 2015 nach Bern", "bis", "Ende des Jahres"],
    ],
)
def test_a_lone_to_word_of_another_language_without_dates_around_it_stays(lines: list[str]) -> None:
    assert join_broken_ranges(lines, AS_OF) == tuple(lines)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Entwickler   03/2015Aktuell", "Entwickler   03/2015 Aktuell"),  # a numeric date glued to "present"
        ("Analista   2012-2015Atual", "Analista   2012-2015 Atual"),
    ],
)
def test_a_present_word_of_another_language_glued_to_its_year_is_set_apart(line: str, expected: str) -> None:
    assert mend_date_words(line) == expected


def test_a_word_that_only_starts_like_a_present_word_stays_glued() -> None:
    assert mend_date_words("Build 03/2015Aktuelles") == "Build 03/2015Aktuelles"


def test_a_name_line_wrapped_after_its_ranges_dash_gets_the_end_opening_the_next_line() -> None:
    lines = ["SENIOR MARKETING MANAGER 08/2014 ‐", "11/2021 | Example Corp | Austin, TX"]
    assert join_broken_ranges(lines, AS_OF) == (
        "SENIOR MARKETING MANAGER   08/2014 ‐ 11/2021",
        "Example Corp | Austin, TX",
    )


def test_a_year_opening_the_next_lines_sentence_does_not_end_a_wrapped_range() -> None:
    lines = ["Analyst, Example Corp   2019 -", "2021 was the year we shipped the new platform"]
    assert join_broken_ranges(lines, AS_OF) == tuple(lines)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # the column last, broken before its dash: the end and its dash open the next line's column
        (["Analyst, Northfield Labs    Jan 2016", "Lakewood, CO    – Apr 2019"],
         ("Analyst, Northfield Labs   Jan 2016 – Apr 2019", "Lakewood, CO")),
        (["Tutor, Example Academy\tSep 2014", "Riverside\tto Present"],
         ("Tutor, Example Academy   Sep 2014 to Present", "Riverside")),
        (["03/2012    Clerk, Harbor Shop", "- 08/2013    Lakewood"],
         ("03/2012 - 08/2013   Clerk, Harbor Shop", "Lakewood")),
    ],
)  # fmt: skip
def test_a_range_broken_before_its_dash_is_joined_on_the_first_line(
    lines: list[str], expected: tuple[str, ...]
) -> None:
    assert join_broken_ranges(lines, AS_OF) == expected


@pytest.mark.parametrize(
    "lines",
    [
        ["Analyst, Northfield Labs    2016", "- 2020 onwards the team grew"],  # a sentence, not a column's row
        ["Graduated May 2019", "- Dean's list"],  # a dash opening a list item with no date
        ["Analyst, Northfield Labs    Apr 2019", "Lakewood, CO    – Jan 2016"],  # an end before the start
    ],
)
def test_a_date_above_a_dash_that_opens_no_range_end_stays(lines: list[str]) -> None:
    assert join_broken_ranges(lines, AS_OF) == tuple(lines)


def test_a_left_date_column_with_its_to_word_on_the_middle_row_is_joined_on_the_first() -> None:
    lines = ["05/2017    Shift Supervisor", "to    Example Diner, Lakewood, CO", "Current", "• Opened the store"]
    assert join_broken_ranges(lines, AS_OF) == (
        "05/2017 to Current   Shift Supervisor",
        "Example Diner, Lakewood, CO",
        "",
        "• Opened the store",
    )


def test_a_to_row_without_a_date_on_each_side_stays() -> None:
    lines = ["Moved in 2015    Volunteer", "to    Example Diner, Lakewood", "help the owners", "• Opened"]
    assert join_broken_ranges(lines, AS_OF) == tuple(lines)
    lines = ["05/2017    Shift Supervisor", "to    Example Diner", "the owners' delight"]
    assert join_broken_ranges(lines, AS_OF) == tuple(lines)


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["2003 ->    Freelance Designer", "Present    Self-employed, Lakewood"],
         ("2003 -> Present   Freelance Designer", "Self-employed, Lakewood")),
        (["Analyst, Northfield Labs    2019 →", "Lakewood    2021"],
         ("Analyst, Northfield Labs   2019 → 2021", "Lakewood")),
        (["Analyst, Northfield Labs    Jan 2019", "Lakewood    -> Mar 2021"],
         ("Analyst, Northfield Labs   Jan 2019 -> Mar 2021", "Lakewood")),
    ],
)  # fmt: skip
def test_a_range_written_with_an_arrow_broken_over_two_lines_is_joined(
    lines: list[str], expected: tuple[str, ...]
) -> None:
    assert join_broken_ranges(lines, AS_OF) == expected


def test_a_bare_angle_bracket_is_no_arrow_between_two_dates() -> None:
    lines = ["Analyst, Northfield Labs    Jan 2019", "Lakewood    > Mar 2021"]
    assert join_broken_ranges(lines, AS_OF) == tuple(lines)
