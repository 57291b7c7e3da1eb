"""Tests for gapcheck.pdfcolumns and the layout reading around it: a designer page's two columns read one after the
other, a word drawn in two colours read whole, a heading in small letters never read as a sentence going on."""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfs import Run, make_designer_pdf, make_runs_pdf

from gapcheck import pdfcolumns
from gapcheck.filetext import extract_text
from gapcheck.pdfcolumns import find_gutter, read_columns, read_pages
from gapcheck.pdflayout import PageLine

_MAIN = [
    "# Experience",
    "Data Analyst, Acme Corp",
    "March 2021 - Present",
    "Built forecasting models for the sales team in Python",
    "Wrote weekly reports on the churn of the customers",
    "",
    "Analyst, Globex Inc",
    "June 2018 - February 2021",
    "Cleaned the survey data of the marketing group",
    "Kept the dashboards of the finance team up to date",
    "",
    "# Education",
    "B.S. in Statistics, Springfield University",
    "September 2014 - May 2018",
]
_SIDEBAR = ["# Contact", "ann@example.org", "555 0100", "", "# Skills", "Python", "SQL", "Tableau", "", "# Languages"]


def _text(lines: list[str]) -> list[str]:
    return [line.lstrip("# ") for line in lines if line]


def test_a_sidebar_is_read_whole_before_the_main_column_beside_it(tmp_path: Path) -> None:
    # lines far apart are boxes of their own, which pdfminer reads across the page: the sidebar's between the entries
    pdf = make_designer_pdf(tmp_path / "cv.pdf", [*_SIDEBAR, "English"], _MAIN, head=[["Ann Example"]], steps=(10, 6))
    assert list(extract_text(pdf).lines) == ["Ann Example", *_text([*_SIDEBAR, "English"]), *_text(_MAIN)]


def test_the_name_over_the_main_column_beside_a_sidebars_photo_is_read_first(tmp_path: Path) -> None:
    sidebar = ["", "", *_SIDEBAR, "English"]  # under a photo
    main = ["## Ann Example", "Data Analyst", "", *_MAIN]
    lines = extract_text(make_designer_pdf(tmp_path / "cv.pdf", sidebar, main, steps=(10, 6))).lines
    assert list(lines) == ["Ann Example", "Data Analyst", *_text(sidebar), *_text(_MAIN)]


def test_the_first_block_of_the_main_column_beside_a_sidebars_photo_stays_in_its_column(tmp_path: Path) -> None:
    sidebar = ["", "", "## Ann Example", *_SIDEBAR, "English"]  # the name under the photo, larger
    main = ["# Interests", "Chess, the choir of the town and long walks", "", *_MAIN]
    lines = extract_text(make_designer_pdf(tmp_path / "cv.pdf", sidebar, main, steps=(10, 6))).lines
    assert list(lines) == [*_text(sidebar), *_text(main)]


def _line(text: str, x0: float, row: float, *, right: float | None = None, box: int = 0) -> PageLine:
    """A line of a letter page (y from the bottom), ``row`` lines of 14 points down from the top; ``right``: the
    x it ends at (right-aligned), else 5 points a letter from ``x0``."""
    width = 5.0 * len(text)
    start = x0 if right is None else right - width
    return PageLine(text, start, start + width, 700.0 - 14 * row, 710.0 - 14 * row, box)


_SENTENCES = [
    "Built forecasting models for the sales team",
    "Wrote weekly reports on the churn of customers",
    "Cleaned the survey data of the marketing group",
    "Kept the dashboards of the finance team",
    "Planned the move of the reports to the cloud",
    "Trained two new analysts in the tools of the team",
    "Ran the reviews of the code of the whole group",
    "Drew the charts of the yearly report to the board",
]


def test_a_sidebar_beside_a_main_column_has_a_gutter() -> None:
    sidebar = [
        _line(text, 40, 2 * i + 1, right=150, box=1)
        for i, text in enumerate(["Contact", "Skills", "Python", "SQL", "Tableau", "English"])
    ]
    main = [_line(text, 200, i, box=2) for i, text in enumerate(_SENTENCES)]
    assert find_gutter([*sidebar, *main]) == 200


def test_a_column_of_right_aligned_dates_and_places_has_no_gutter() -> None:
    entries = [_line(text, 40, i, box=1) for i, text in enumerate(_SENTENCES)]
    snippets = [
        _line(text, 0, i, right=570, box=2)
        for i, text in enumerate(
            ["Springfield", "Mar. 2021 - Now", "Shelbyville", "Jan. 2019 - Now", "Ogdenville", "Sep. 2017 - Now"]
        )
    ]
    assert find_gutter([*entries, *snippets]) is None


def test_headings_left_of_their_blocks_have_no_gutter() -> None:
    # headings of one or two lines, each beside its block's first line: a heading column, not a sidebar
    rows = [
        ("Work", 0),
        ("History", 0.6),
        ("Study", 4),
        ("Awards and", 8),
        ("Honors", 8.6),
        ("Service", 12),
        ("Other", 15.6),
    ]
    headings = [_line(text, 40, row, right=150, box=1) for text, row in rows]
    blocks = [_line(text, 200, i, box=2) for i, text in enumerate([*_SENTENCES, *_SENTENCES])]
    assert find_gutter([*headings, *blocks]) is None


def _sized(line: PageLine, height: float) -> PageLine:
    return PageLine(line.text, line.x0, line.x1, line.y1 - height, line.y1, line.box)


# a right-aligned sidebar of labels and lists in the body's type, spread down a long main column: a third as many
# lines as the main column, none of them running text, and here and there three items stacked one under another
_ASIDE = [
    ("About", 0), ("Nationality", 2), ("Utopian", 3), ("Born", 5), ("1990", 6), ("Languages", 10), ("Esperanto", 11),
    ("Fluent", 12), ("Hobbies", 16), ("Rowing", 17), ("Baking", 18), ("Chess", 19),
]  # fmt: skip


def test_a_sidebar_of_short_items_beside_a_long_main_column_has_a_gutter() -> None:
    aside = [_line(text, 0, row + 0.3, right=150, box=1 + i) for i, (text, row) in enumerate(_ASIDE)]
    main = [_line(text, 200, i, box=20) for i, text in enumerate(_SENTENCES * 4)]
    assert find_gutter([*aside, *main]) == 200


def test_headings_wrapped_onto_three_lines_left_of_their_blocks_have_no_gutter() -> None:
    # headings set larger than the body, one of three lines: a heading column, however closely its lines stand
    rows = [("Lab", 0), ("Tutoring", 0.95), ("Experience", 1.9), ("Student", 8), ("Projects", 8.95), ("Other", 16)]
    headings = [_sized(_line(text, 40, row + 0.3, right=150, box=1), 13.0) for text, row in rows]
    blocks = [_line(text, 200, i, box=2) for i, text in enumerate(_SENTENCES * 3)]
    assert find_gutter([*headings, *blocks]) is None


def test_dates_beside_their_places_inside_the_main_column_leave_the_sidebars_gutter() -> None:
    # each entry's date and place stand on one row inside the left column: a table of that column, not the sidebar's
    main: list[PageLine] = []
    for k, (date, place) in enumerate(
        [("Jan 2019 - Mar 2021", "Springfield"), ("Feb 2016 - Dec 2018", "Shelbyville"),
         ("Apr 2013 - Jan 2016", "Ogdenville"), ("May 2010 - Mar 2013", "North Haverbrook")]
    ):  # fmt: skip
        row = 4 * k
        main += [
            _line(_SENTENCES[2 * k], 40, row, box=10 * k + 1),
            _line(date, 44, row + 1, box=10 * k + 2),  # after a calendar icon
            _line(place, 160, row + 1, box=10 * k + 3),
            _line(_SENTENCES[2 * k + 1], 40, row + 2, box=10 * k + 4),
        ]
    sidebar = [_line(text, 366, 2 * i, box=100) for i, text in enumerate(_SENTENCES[:6])]
    assert find_gutter([*main, *sidebar]) == 366


def test_a_column_of_dates_beside_their_entries_has_no_gutter() -> None:
    years = ["2021 - 2023", "2019 - 2021", "2017 - 2019", "2015 - 2017", "2013 - 2015", "2012"]
    dates = [_line(text, 40, 2 * i, right=150, box=1) for i, text in enumerate(years)]
    entries = [_line(text, 200, i, box=2) for i, text in enumerate([*_SENTENCES, *_SENTENCES[:4]])]
    assert find_gutter([*dates, *entries]) is None


def test_a_column_ends_where_the_next_begins(tmp_path: Path) -> None:
    # the sidebar's last line runs on without a full stop, the main column opens in small letters: no sentence
    sidebar = [*_SIDEBAR[:-1], "Tableau and the Office programs of the", "# Languages", "English"]
    main = [*_MAIN[:-1], "since September 2014, with a minor in economics"]
    lines = extract_text(make_designer_pdf(tmp_path / "cv.pdf", sidebar, main, steps=(10, 6))).lines
    assert "Tableau and the Office programs of the" in lines


def test_a_word_drawn_in_two_colours_with_no_room_for_a_space_is_one_word(tmp_path: Path) -> None:
    white = (250, 250, 250)
    rows = [
        [Run("edu", white), Run("cation")],
        [Run("exp"), Run("erience")],
        [Run("Python", white), Run("SQL")],
        [Run("Ann Example wrote the reports of the data team")],
    ]
    tight = extract_text(make_runs_pdf(tmp_path / "tight.pdf", rows, gap=1.8)).lines
    assert tight[:3] == ("education", "exp erience", "Python SQL")  # one colour, or a capital after: two words
    spaced = extract_text(make_runs_pdf(tmp_path / "spaced.pdf", rows, gap=3.5)).lines
    assert spaced[0] == "edu cation"  # room for a space: two words


def test_small_capitals_after_a_larger_first_letter_are_one_word(tmp_path: Path) -> None:
    rows = [
        [Run("R", size=14), Run("ESEARCH", size=11), Run("E", size=14, gap=4), Run("XPERIENCE", size=11)],
        [Run("B", size=14), Run("RIDGE", size=11, spacing=2.5)],
        [Run("Ann Example wrote the reports of the data team")],
    ]
    lines = extract_text(make_runs_pdf(tmp_path / "caps.pdf", rows, gap=1.2)).lines
    assert lines[0] == "RESEARCH EXPERIENCE"  # the gap of a word's letters after the larger one; 4 points between
    assert lines[1] == "BRIDGE"  # letters set apart one by one: read as letter-spaced text, whole


def test_a_heading_in_small_letters_and_a_larger_font_does_not_go_on_a_sentence(tmp_path: Path) -> None:
    text = [
        "Wrote the weekly reports of the team for the board and",
        "# languages",
        "English and Spanish, some French and German",
        "spoken at home and in the office",
    ]
    lines = extract_text(make_designer_pdf(tmp_path / "cv.pdf", text, [])).lines
    assert lines == (
        "Wrote the weekly reports of the team for the board and",
        "languages",
        "English and Spanish, some French and German spoken at home and in the office",
    )


def test_columns_are_not_looked_for_on_a_page_of_more_lines_than_a_resume_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sidebar = [_line(text, 40, 2 * i + 1, right=150, box=1) for i, text in enumerate(["Contact", "Skills", "SQL"] * 2)]
    main = [_line(text, 200, i, box=2) for i, text in enumerate(_SENTENCES)]
    page = [*sidebar, *main]
    assert find_gutter(page) == 200
    monkeypatch.setattr(pdfcolumns, "MAX_LINES", len(page) - 1)  # the search compares lines pairwise: capped
    assert find_gutter(page) is None


def _sidebar_and_dated_main(dates: list[tuple[str, float]]) -> list[PageLine]:
    """A sidebar of running text beside a main column whose entries stand right of a date cell each (``dates``: a
    date and the row it stands on; each is a box of its own, as pdfminer reads them)."""
    sidebar = [_line(text, 40, i + 0.5, box=1) for i, text in enumerate(_SENTENCES + _SENTENCES[:4])]
    sidebar = [PageLine(x.text, x.x0, 170.0, x.y0, x.y1, x.box) for x in sidebar]  # wrapped in a narrow sidebar
    entries = [_line(text, 340, i, box=2) for i, text in enumerate(_SENTENCES)]
    cells = [_line(text, 230, row, box=10 + i) for i, (text, row) in enumerate(dates)]
    return [*sidebar, _line("Experience", 230, -1.5, box=3), *entries, *cells]


def test_a_main_columns_dates_left_of_its_entries_go_beside_them() -> None:
    # the date cells stand left in the main column but past the page's middle third: their column's left part
    page = _sidebar_and_dated_main([("Mar 2021 - Jun 2023", 0), ("Jan 2018 - Feb 2021", 3), ("Apr 2016 - Dec 2017", 6)])
    main = read_columns(page)[13:]
    assert main == [
        "Experience",
        "Mar 2021 - Jun 2023   " + _SENTENCES[0],
        *_SENTENCES[1:3],
        "Jan 2018 - Feb 2021   " + _SENTENCES[3],
        *_SENTENCES[4:6],
        "Apr 2016 - Dec 2017   " + _SENTENCES[6],
        _SENTENCES[7],
    ]


def test_a_main_columns_dates_on_rows_of_their_own_stay_there() -> None:
    # each date on its own row, over its entry: nothing beside it to join
    page = _sidebar_and_dated_main([("Mar 2021 - Jun 2023", -0.5), ("Jan 2018 - Feb 2021", 2.5), ("Apr 2016", 5.5)])
    main = read_columns(page)[13:]
    assert "Mar 2021 - Jun 2023" in main and "Apr 2016" in main
    assert _SENTENCES[0] in main and _SENTENCES[6] in main


_TAGS = ["Contact", "Skills", "Python", "SQL", "Tableau", "English", "French", "Chess", "Choir", "Hiking"]


def test_a_sidebar_row_running_on_into_the_main_column_stays_in_the_sidebar() -> None:
    # a row of tags longer than the sidebar reaches the main column's line on its row: no line across the page
    sidebar = [_line(text, 40, 2 * i + 0.5, right=150, box=1) for i, text in enumerate(_TAGS)]
    sidebar[3] = _line("Deep Learning, Time Series, Forecasting", 40, 6.5, box=1)  # to x 235
    main = [_line(text, 200, i, box=2) for i, text in enumerate(_SENTENCES + _SENTENCES)]
    out = [line for line in read_columns([*sidebar, *main]) if line]
    assert out == [*(x.text for x in sidebar), *(x.text for x in main)]


def test_a_heading_across_the_page_between_two_bands_still_cuts_them() -> None:
    # the heading has a line's gap over and under it: the columns above it are read before it, those under it after
    upper = [_line(text, 40, i, right=150, box=1) for i, text in enumerate(_TAGS[:6])]
    upper += [_line(text, 200, i, box=2) for i, text in enumerate(_SENTENCES[:6])]
    heading = _line("Projects and publications of the last ten years", 40, 7.5, box=3)  # to x 275
    lower = [_line(text, 40, 9 + i, right=150, box=4) for i, text in enumerate(_TAGS[4:])]
    lower += [_line(text, 200, 9 + i, box=5) for i, text in enumerate(_SENTENCES[2:])]
    out = [line for line in read_columns([*upper, heading, *lower]) if line]
    assert out == [*(x.text for x in upper), heading.text, *(x.text for x in lower)]


def test_the_items_of_one_row_over_the_main_column_keep_their_order() -> None:
    # three titles on one row, their heights off by a hair (as a PDF's numbers are): read left to right as drawn
    name = PageLine("Ann Example", 40, 200, 770, 794, 1)
    titles = [PageLine(t, x, x + 60, 739 + d, 752 + d, 2 + i) for i, (t, x, d) in enumerate(
        [("Designer", 40, -3e-5), ("Illustrator", 170, 0.0), ("Developer", 269, 3e-5)]
    )]  # fmt: skip
    left = [name, *titles, *(_line(text, 40, 8 + i, box=9) for i, text in enumerate(_SENTENCES))]
    right = [_line(text, 366, 6 + 2 * i, box=10) for i, text in enumerate(_SENTENCES[:6])]
    lines = [line for line in read_columns([*left, *right]) if line]
    assert lines[:4] == ["Ann Example", "Designer", "Illustrator", "Developer"]


def _two_columns(tags: list[str], sentences: list[str], *, gutter: float = 200) -> list[PageLine]:
    """A page of a sidebar (right-aligned at x 150) beside a main column starting at ``gutter``."""
    sidebar = [_line(text, 40, 2 * i, right=150, box=1) for i, text in enumerate(tags)]
    return [*sidebar, *(_line(text, gutter, i, box=2) for i, text in enumerate(sentences))]


def test_both_columns_go_on_over_a_page_break() -> None:
    # page 2 opens with the rest of the main column's entry and of the sidebar's list, neither under a heading
    first = _two_columns(_TAGS[:6], _SENTENCES[:6])
    second = _two_columns(_TAGS[6:] + ["Drawing", "Rowing"], _SENTENCES[2:])
    pages = [[line for line in page if line] for page in read_pages([first, second])]
    assert pages == [[*_TAGS[:6], *_TAGS[6:], "Drawing", "Rowing", *_SENTENCES[:6], *_SENTENCES[2:]], []]


def test_a_heading_over_a_column_at_the_top_of_the_next_page_goes_on_in_that_column() -> None:
    first = _two_columns(_TAGS[:6], _SENTENCES[:6])
    heading = PageLine("Education", 200, 260, 720, 736, 3)  # over the main column, taller than the sidebar's lines
    second = [*_two_columns(_TAGS[6:] + ["Drawing", "Rowing"], _SENTENCES[2:]), heading]
    pages = [[line for line in page if line] for page in read_pages([first, second])]
    assert pages[0][-len(_SENTENCES[2:]) - 2 :] == [_SENTENCES[5], "Education", *_SENTENCES[2:]]


def test_columns_of_pages_of_another_layout_or_under_a_line_across_stay_on_their_page() -> None:
    first = _two_columns(_TAGS[:6], _SENTENCES[:6])
    moved = _two_columns(_TAGS[4:], _SENTENCES[2:], gutter=260)  # the next page's columns meet elsewhere
    across = [PageLine("Projects and publications of the last ten years", 40, 500, 740, 750, 4)]
    across += _two_columns(_TAGS[4:], _SENTENCES[2:])  # a heading across both columns opens the next page
    for second in (moved, across):
        pages = read_pages([first, second])
        assert pages[0] == read_columns(first) and pages[1] == read_columns(second)
