"""Tests for gapcheck.pdflayout: a page's lines with their positions -> its lines in reading order."""

from __future__ import annotations

from gapcheck.pdflayout import PageLine, reading_order

_BULLETS = [
    "• Wrote the reports of the sales team and the board every week",
    "• Planned the move of the dashboards to the new reporting tool",
]


def _row(text: str, row: float, *, size: float = 10.0, box: int = 1) -> PageLine:
    """A line at the left margin (x 40), ``row`` lines of 14 points down from the top, 5 points a letter."""
    return PageLine(text, 40.0, 40.0 + 5.0 * len(text), 700.0 - 14 * row, 700.0 - 14 * row + size, box)


def _entry(title: str, rest: str) -> list[PageLine]:
    """An entry's title line (in a larger font), the line under it in the same box, then bullets reaching x 360."""
    return [_row(title, 0, size=12), _row(rest, 1), *(_row(text, 2 + i, box=2) for i, text in enumerate(_BULLETS))]


def test_a_date_range_cut_where_its_line_wrapped_is_joined() -> None:
    title = "Principal Analyst and Lead of the Data Team 08/2014 -"
    for rest, joined in (
        ("11/2021 | Springfield | Remote", "11/2021 | Springfield | Remote"),
        ("Present, Shelbyville", "Present, Shelbyville"),
    ):
        lines = _entry(title, rest)
        lines[0] = PageLine(title, 40.0, 340.0, lines[0].y0, lines[0].y1, 1)  # filled its column (bullets to x 355)
        assert reading_order(lines)[0] == f"{title} {joined}"


def test_a_range_start_ending_a_short_line_or_a_line_under_it_without_a_date_stay_apart() -> None:
    title = "Principal Analyst and Lead of the Data Team 08/2014 -"
    short = _entry(title, "11/2021 | Springfield | Remote")  # the title ends at x 305: "11/2021" fits after it
    short[0] = PageLine(title, 40.0, 300.0, short[0].y0, short[0].y1, 1)
    assert reading_order(short)[:2] == [title, "11/2021 | Springfield | Remote"]
    filled = _entry(title, "Springfield 2021 | Remote")  # no date opens the line under it
    filled[0] = PageLine(title, 40.0, 340.0, filled[0].y0, filled[0].y1, 1)
    assert reading_order(filled)[:2] == [title, "Springfield 2021 | Remote"]


def _timeline(labels: list[tuple[str, float, float]]) -> list[PageLine]:
    """Three entries (a title in a larger font, a line under it) right of a timeline at x 60-125; ``labels``: a year,
    the x it starts at and the y of its bottom, each a small box of its own (8 points high)."""
    entries = []
    for k, (title, rest) in enumerate(
        [
            ("Data Analyst, Acme Corp, Springfield", "Built the forecasting models of the sales team"),
            ("Junior Analyst, Globex Inc, Shelbyville", "Cleaned the survey data of the marketing group"),
            ("B.S. in Statistics, Springfield University", "Thesis on the sampling of rare events"),
        ]
    ):
        top = 640.0 - 40 * k
        entries += [
            PageLine(title, 140.0, 350.0, top, top + 11, 2 * k),
            PageLine(rest, 140.0, 390.0, top - 14, top - 4, 2 * k),
        ]
    years = [PageLine(text, x, x + 17, y, y + 8, 10 + i) for i, (text, x, y) in enumerate(labels)]
    return [*entries, *years]


def test_a_timelines_start_and_end_labels_go_before_the_entry_beside_their_bar() -> None:
    # each start label above its bar, the end label under it, both where their years fall on the bar; the bar runs
    # across the title's row
    page = _timeline(
        [
            ("2019", 92, 647),
            ("2021", 98, 636),
            ("2016", 80, 607),
            ("2019", 89, 596),
            ("2012", 65, 567),
            ("2016", 80, 556),
        ]
    )
    out = reading_order(page)
    assert out == [
        "2019 – 2021   Data Analyst, Acme Corp, Springfield",
        "Built the forecasting models of the sales team",
        "2016 – 2019   Junior Analyst, Globex Inc, Shelbyville",
        "Cleaned the survey data of the marketing group",
        "2012 – 2016   B.S. in Statistics, Springfield University",
        "Thesis on the sampling of rare events",
    ]


def test_years_of_a_date_column_are_not_read_as_a_timelines_ranges() -> None:
    # years stacked on one edge (a date column), or no two labels making a range: no timeline
    column = _timeline([("2019", 92, 647), ("2021", 92, 636), ("2016", 92, 607), ("2019", 92, 596)])
    assert not any("–" in line for line in reading_order(column))
    singles = _timeline([("2019", 92, 641), ("2016", 80, 601), ("2012", 65, 561)])
    assert not any("–" in line for line in reading_order(singles))


def _terms(dates: list[tuple[str, float]], *, left_edge: float | None = None) -> list[PageLine]:
    """Courses taught at the left margin, each a box of its own on rows 0, 1, 4 and 5 (12 points a row), and in one
    box read after them the terms: ``dates`` holds each term and its row, right-aligned at x 520 (or starting at
    ``left_edge``). Rows 2 and 3 hold nothing on the left, so a term there has no line beside it."""
    courses = [
        ("Teaching Assistant of the Robotics Group", 0),
        ("Control Theory", 1),
        ("Signal Processing", 4),
        ("Optics Lab", 5),
    ]
    lines = [
        PageLine(text, 74.0, 74.0 + 5.0 * len(text), 600.0 - 12 * row, 610.0 - 12 * row, k)
        for k, (text, row) in enumerate(courses)
    ]
    for text, row in dates:
        x0 = 520.0 - 5.0 * len(text) if left_edge is None else left_edge
        lines.append(PageLine(text, x0, x0 + 5.0 * len(text), 600.0 - 12 * row, 610.0 - 12 * row, 9))
    return lines


def test_terms_stacked_under_a_dated_row_follow_that_row() -> None:
    # "Control Theory   WS 2021/22" over two more winter terms with nothing beside them: the course's other terms
    page = _terms([("WS 2021/2022", 1), ("WS 2019/2020", 2), ("WS 2018/2019", 3), ("SS 2017", 4)])
    assert reading_order(page)[1:5] == [
        "Control Theory   WS 2021/2022",
        "WS 2019/2020",
        "WS 2018/2019",
        "Signal Processing   SS 2017",
    ]
    # a date column aligned on its left edge, as well
    left = _terms([("Fall 2015", 1), ("Spring 2014", 2), ("Fall 2012", 4)], left_edge=470.0)
    assert reading_order(left)[1:4] == ["Control Theory   Fall 2015", "Spring 2014", "Signal Processing   Fall 2012"]


def test_a_date_alone_on_its_row_under_no_dated_row_stays_where_it_is_read() -> None:
    # set apart from the date above it (not stacked on its edge), or under a course with no date: left as read
    apart = _terms([("WS 2021/2022", 1), ("WS 2019/2020", 2)])
    apart[-1] = PageLine("WS 2019/2020", 400.0, 460.0, apart[-1].y0, apart[-1].y1, 9)
    assert reading_order(apart)[-1] == "WS 2019/2020"
    undated = _terms([("WS 2019/2020", 2)])
    assert reading_order(undated)[-1] == "WS 2019/2020"


def _cell(text: str, x0: float, row: float, box: int) -> PageLine:
    """A line starting at ``x0``, ``row`` lines of 12 points down from the top, 5 points a letter."""
    return PageLine(text, x0, x0 + 5.0 * len(text), 700.0 - 12 * row, 710.0 - 12 * row, box)


def _dated_sections(first_row_whole: bool) -> list[PageLine]:
    """Two sections whose entries have a left-aligned date column at x 60 and their text at x 130; pdfminer read
    the first row of each section as one line when ``first_row_whole`` (the date and the title close enough)."""
    lines = [_cell("Teaching", 60, 0, 1)]
    if first_row_whole:
        lines.append(_cell("2019 - 2021 Tutor of maths", 60, 1.5, 2))
    else:
        lines += [_cell("2019 - 2021", 60, 1.5, 2), _cell("Tutor of maths", 130, 1.5, 3)]
    lines += [
        _cell("Weekly lessons for pupils of the upper school", 130, 2.5, 3),
        _cell("2016 - 2018", 60, 4, 4),
        _cell("Private lessons", 130, 4, 5),
        _cell("Physics and chemistry for two pupils", 130, 5, 5),
        _cell("2015", 60, 6.5, 6),
        _cell("Summer camp", 130, 6.5, 7),
        _cell("Helper", 130, 7.5, 7),
        _cell("Volunteering", 60, 9.5, 8),
        _cell("2014 - 2016 Helper at the town library", 60, 11, 9),
        _cell("2013", 60, 12.5, 10),
        _cell("Choir", 130, 12.5, 11),
    ]
    return lines


def test_dates_of_a_left_aligned_date_column_go_beside_their_entries_when_its_first_row_was_read_whole() -> None:
    # the row read whole reaches far right: the column's edge is its dates', and its entries still start beside them
    out = reading_order(_dated_sections(first_row_whole=True))
    assert "2016 - 2018   Private lessons" in out and "2015   Summer camp" in out and "2013   Choir" in out
    # the second heading stays over its section's first row, which starts at the column's edge
    assert out.index("Volunteering") + 1 == out.index("2014 - 2016 Helper at the town library")


def test_a_left_aligned_date_column_read_cell_by_cell_reads_as_before() -> None:
    out = reading_order(_dated_sections(first_row_whole=False))
    assert out[:3] == ["Teaching", "2019 - 2021   Tutor of maths", "Weekly lessons for pupils of the upper school"]
    assert "2016 - 2018   Private lessons" in out and "2013   Choir" in out
    assert out.index("Volunteering") + 1 == out.index("2014 - 2016 Helper at the town library")


def test_a_boxs_lines_on_one_row_are_read_left_to_right() -> None:
    from gapcheck.pdftext import _rows_left_to_right

    # one box: each entry's year and title on one baseline, the title listed first (its top higher by a hair)
    rows = [("Tutor of maths", "2020", 3e-5), ("Lab assistant", "2018", -3e-5)]
    lines = []
    for k, (title, year, hair) in enumerate(rows):
        top = 700.0 - 14 * k
        lines += [PageLine(title, 100, 170, top - 10 + hair, top + hair, 1), PageLine(year, 40, 60, top - 10, top, 1)]
    assert [x.text for x in _rows_left_to_right(lines)] == ["2020", "Tutor of maths", "2018", "Lab assistant"]


def test_lines_of_other_boxes_or_rows_keep_their_order() -> None:
    from gapcheck.pdftext import _rows_left_to_right

    sidebar = PageLine("Python", 400, 430, 690, 700, 2)  # beside the row, in a box of its own: pdfminer's order
    under = PageLine("Wrote the weekly reports", 40, 160, 676, 686, 1)  # the next row of the box
    lines = [PageLine("Analyst", 100, 140, 690, 700, 1), sidebar, PageLine("2019", 40, 60, 690, 700, 1), under]
    assert [x.text for x in _rows_left_to_right(lines)] == ["Analyst", "Python", "2019", under.text]


def test_labels_and_dates_beside_their_entries_under_a_heading_wider_than_the_labels() -> None:
    # a heading reaches past where the entries start, the labels and years end well before it (a currvita table)
    rows = [
        ("Personal data and links", None, 0),
        ("Born", "12 May 1990", 1.5),
        ("Nationality", "Utopian", 2.5),
        ("Languages", "English, French", 3.5),
        ("Studies and training", None, 5),
        ("2014", "Master of Science in Geology", 6.5),
        ("2012", "Bachelor of Science in Geology", 8),
    ]
    lines = []
    for k, (label, entry, row) in enumerate(rows):
        lines.append(_cell(label, 60, row, 2 * k))
        if entry is not None:
            lines.append(_cell(entry, 170, row, 2 * k + 1))
    lines.sort(key=lambda x: (x.x0 > 100, -x.y1))  # pdfminer: the column of labels, then the entries
    out = reading_order(lines)
    assert out == [
        "Personal data and links",
        "Born   12 May 1990",
        "Nationality   Utopian",
        "Languages   English, French",
        "Studies and training",
        "2014   Master of Science in Geology",
        "2012   Bachelor of Science in Geology",
    ]
