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
