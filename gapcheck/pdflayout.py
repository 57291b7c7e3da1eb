"""A PDF page's text lines with their positions -> its lines in reading order: a date written over lines of a
narrow column joined, dates of a date column or a right-aligned cell put beside their entries, a bullet's wrapped
lines joined. Imports no pdfminer: ``gapcheck.pdftext`` hands it the lines it read."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from gapcheck.pdftimeline import timeline_ranges
from gapcheck.textlines import BULLET, DATE_LIKE, accents_on


@dataclass(slots=True)
class PageLine:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    box: int
    rows: int = 1
    """How many lines of the page this line is made of (a date written over lines of a narrow column, joined)."""


def join_date_cells(lines: list[PageLine]) -> list[PageLine]:
    """Lines of one date written over two or three lines of a narrow date column, made one line where its first
    line stands ("Since" / "May 2018", "Janvier 2015" / "à Septembre 2016", "May 2019" / "–" / "Present",
    "2013.6.18–" / "now", "Avril" / "à Septembre" / "2012"), so the date goes beside its entry as a whole.

    A line joins the one above it when they follow each other in one box, one close under the other, each is made
    of date words only (month names, years, dashes, "since", "to" and "present" in any language
    ``gapcheck.datewords`` reads) and the date is broken between them (``_date_broken``); the date joined must hold
    a year. Two whole dates one under the other ("2019" / "2020", "Jan 2012" / "Mar 2013") stay apart.
    """
    runs: list[list[PageLine]] = []
    for line in lines:
        run = runs[-1] if runs else []
        if (
            run
            and run[-1].box == line.box
            and _stacked(run[-1], line)
            and _date_broken(" ".join(x.text.strip() for x in run), line.text)
        ):
            run.append(line)
        else:
            runs.append([line])
    out: list[PageLine] = []
    for run in runs:
        text = " ".join(line.text.strip() for line in run)
        if len(run) == 1 or not _CELL_YEAR.search(text):
            out.extend(run)  # "Avril" / "à Juin" with no year under them: no date
            continue
        first = run[0]
        out.append(
            PageLine(text, min(x.x0 for x in run), max(x.x1 for x in run), first.y0, first.y1, first.box, len(run))
        )
    return out


def _stacked(upper: PageLine, lower: PageLine) -> bool:
    """Whether ``lower`` sits just under ``upper`` (the next line of one cell), overlapping it across."""
    height = max(upper.y1 - upper.y0, 1.0)
    return (
        -0.2 * height <= upper.y0 - lower.y1 <= 0.6 * height and min(upper.x1, lower.x1) - max(upper.x0, lower.x0) > -2
    )


_CELL_YEAR = re.compile(r"\d{4}|['’]\d\d")


def _date_broken(upper: str, lower: str) -> bool:
    """Whether ``lower`` goes on the date ``upper`` began: both are date words only, and ``upper`` is open (it ends
    at a dash, a "to" or a month waiting for its year, or has no year yet: "Since", "Avril", "May–Aug"), or
    ``lower`` opens with a dash or a "to", or is the "present" that ends a lone start ("mars 2013" /
    "Aujourd'hui"). A date already closed ("2019", "Jan 2012 – Mar 2013", "2013 – now") takes no more."""
    if len(upper) > 60 or len(lower) > 40:
        return False  # the cheap test first: this runs on every pair of short lines stacked in a box
    piece, opened, closing, present = _date_pieces()
    upper, lower = accents_on(upper), accents_on(lower)  # "`a Septembre": an accent LaTeX set apart
    if not (piece.fullmatch(upper) and piece.fullmatch(lower)):
        return False
    if opened.search(upper) or closing.match(lower):
        return True
    if present.search(upper):
        return False  # "2013 – now" is whole
    return not _CELL_YEAR.search(upper) or (present.fullmatch(lower) is not None and not re.search(r"\d\D+\d", upper))


@functools.cache
def _date_pieces() -> tuple[re.Pattern[str], ...]:
    """A line made of date words only; a dash, "to" or month closing a line; a dash or "to" opening one; a
    "present" closing one (built on first use: most pages have no date broken over lines, and the reading child
    imports the date words only then)."""
    from gapcheck.datewords import MONTH_NAME, PRESENT, SINCE, TO

    present = PRESENT.replace("(?P<present>", "(?:", 1)
    dash = r"[-–—‐‒―~−]"
    # each word ends where a word of its kind would not go on, so a line of digits or letters is read one way only
    word = (
        r"(?:(?:" + MONTH_NAME + "|" + present + "|" + SINCE + "|" + TO + r"|\bde)(?![^\W\d_])"
        r"|\d{1,4}(?!\d)|['’]\d\d(?!\d)|[-–—‐‒―~−./,])"
    )
    return (
        re.compile(r"\s*" + word + r"(?:\s*" + word + r")*\s*", re.IGNORECASE),
        re.compile(r"(?:" + dash + "|" + TO + r"|(?<!\w)" + MONTH_NAME + r")\s*$", re.IGNORECASE),
        re.compile(r"\s*(?:" + dash + "|" + TO + ")", re.IGNORECASE),
        re.compile(r"(?<!\w)" + present + r"\s*$", re.IGNORECASE),
    )


def reading_order(lines: list[PageLine], *, edges: tuple[float, float] | None = None) -> list[str]:
    """Keep pdfminer's box order (columns stay apart) but pull right-aligned snippets onto their row.

    A right-aligned date ("Jan 2019 - Present") becomes its own text box, which pdfminer may put
    after the whole column; a short date-like line of a small box that sits on the baseline of a
    line of another box, to its left, belongs to that line. Other boxes (a second column) stay apart.
    ``edges``: the page's left and right edges when ``lines`` are a part of it (one column); else the lines' own.
    A blank line goes before a line in small letters set in a larger font than the line before it (a heading), so no
    sentence is read going on in it.
    """
    sizes = Counter(line.box for line in lines)
    long_boxes = {line.box for line in lines if len(line.text.split()) > 6}
    right_edge = max((line.x1 for line in lines), default=0.0) if edges is None else edges[1]
    left_edge = min((line.x0 for line in lines), default=0.0) if edges is None else edges[0]
    merged_into: dict[int, list[str]] = {}
    absorbed: set[int] = set()
    onto: dict[int, int] = {}  # a right-aligned date -> the line on its row it went onto
    alone: list[int] = []  # right-aligned dates with no line on their row
    for i, line in enumerate(lines):
        if (sizes[line.box] > 3 and line.box in long_boxes) or len(line.text.split()) > 6 * line.rows:
            continue  # a column of dates and places (every line short) is read like single snippets
        if not DATE_LIKE.search(line.text):
            continue
        if line.x1 < right_edge - 24 and line.x0 < left_edge + 0.55 * (right_edge - left_edge):
            continue  # right-aligned snippets end at the right margin (or at least stand in the right half)
        if line.x1 < right_edge - 24 and _starts_a_column(lines, line):
            continue  # a date at the left edge of a sidebar, beside the main column by chance
        height = max(line.y1 - line.y0, 1.0)
        best = None
        for j, other in enumerate(lines):
            if other.box == line.box or j in absorbed or other.x1 > line.x0 + 1:
                continue
            overlap = min(line.y1, other.y1) - max(line.y0, other.y0)
            if overlap >= 0.6 * height and (best is None or other.x1 > lines[best].x1):
                best = j
        if best is not None and (
            line.x0 - lines[best].x1 < 300 or not _column_between(lines, lines[best].x1, line.x0, line)
        ):
            merged_into.setdefault(best, []).append(line.text.strip())
            absorbed.add(i)
            onto[i] = best
        elif best is None:
            alone.append(i)
    following = _stacked_dates(lines, alone, onto, absorbed)
    # a date column stands in the left part of the lines' own column, not of the page (a main column right of a
    # sidebar sets its dates left of its entries, past the page's middle)
    own_left = min((line.x0 for line in lines), default=0.0)
    middle = own_left + 0.45 * (right_edge - own_left)
    prefixed = _left_dates(lines, absorbed, middle)
    above = _left_table(lines, absorbed, middle, prefixed)
    for i, ranges in timeline_ranges(lines, absorbed).items():
        prefixed.setdefault(i, []).extend(ranges)
    out: list[str] = []
    previous: PageLine | None = None
    for i, line in enumerate(lines):
        if i in absorbed:
            continue
        out.extend(above.get(i, []))
        text = line.text.strip()
        if i in merged_into or i in prefixed:
            text = "   ".join([*prefixed.get(i, []), text, *merged_into.get(i, [])])
        elif previous is not None and BULLET.match(out[-1]) and _wraps_into(previous, line, lines):
            out[-1] = out[-1][:-1] + text if re.search(r"[^\W\d_][-\u00ad]$", out[-1]) else out[-1] + " " + text
            previous = line
            continue
        elif previous is not None and _range_wrapped(out[-1], text) and _filled(previous, line, lines, text):
            out[-1] += " " + text  # "Manager, Acme 08/2014 -" / "11/2021 | Springfield": one line wrapped in a range
            previous = line
            continue
        elif previous is not None and text[:1].islower() and _taller(line, previous):
            out.append("")  # a heading in small letters and a larger font ("languages"): no sentence goes on in it
        out.append(text)
        out.extend(following.get(i, []))
        previous = line
    return out


def _stacked_dates(
    lines: list[PageLine], alone: list[int], onto: dict[int, int], absorbed: set[int]
) -> dict[int, list[str]]:
    """Right-aligned dates stacked under a date that went onto its row (``onto``), with no line of their own beside
    them: the other terms or spells of that row's entry ("Bayes Networks   WS 2021/22" over "WS 2019/20" and
    "WS 2018/19"), each put on a line of its own right after the row, in order, where the entry's reading finds
    them; pdfminer reads them in the dates' own box, which may come after the whole column. ``absorbed`` gets the
    lines moved."""
    row_of = dict(onto)
    following: dict[int, list[str]] = {}
    for i in sorted(alone, key=lambda k: -lines[k].y0):
        line = lines[i]
        upper = next(
            (
                j
                for j in row_of
                if _stacked(lines[j], line) and min(abs(lines[j].x1 - line.x1), abs(lines[j].x0 - line.x0)) <= 2
            ),
            None,
        )
        if upper is None:
            continue
        row_of[i] = row_of[upper]
        following.setdefault(row_of[upper], []).append(line.text.strip())
        absorbed.add(i)
    return following


def table_cells(lines: list[PageLine]) -> set[int]:
    """Indices of the lines of a left-hand column of dates or labels that ``reading_order`` puts beside or above the
    entries right of them (a date column, a table of headings, dates and labels)."""
    right_edge = max((line.x1 for line in lines), default=0.0)
    left_edge = min((line.x0 for line in lines), default=0.0)
    middle = left_edge + 0.45 * (right_edge - left_edge)
    cells: set[int] = set()
    _left_table(lines, cells, middle, _left_dates(lines, cells, middle))
    return cells


def _taller(line: PageLine, previous: PageLine) -> bool:
    """Whether ``line`` is set in a font a third larger than ``previous`` or more."""
    return line.y1 - line.y0 > 1.3 * (previous.y1 - previous.y0)


def _left_dates(lines: list[PageLine], absorbed: set[int], middle: float) -> dict[int, list[str]]:
    """Dates of a left-hand date column (moderncv's, a table's), each put before the line it sits beside.

    pdfminer reads the column's dates as boxes of their own and the entries beside them as one box, so the dates
    come out in a block away from their entries. A short date-like line in the left part of the page whose right
    edge other short lines share (a column aligned on its right, as dates and labels are) goes before the first
    line of another box starting just right of it on its baseline; ``absorbed`` gets the lines moved.
    """
    prefixed: dict[int, list[str]] = {}
    for i, line in enumerate(lines):
        if (
            i in absorbed
            or line.x1 > middle
            or len(line.text.split()) > 6 * line.rows
            or not DATE_LIKE.search(line.text)
        ):
            continue
        height = max(line.y1 - line.y0, 1.0)
        column = [x for x in lines if x is not line and abs(x.x1 - line.x1) <= 2 and len(x.text.split()) <= 6 * x.rows]
        if sum(x.rows for x in column) + line.rows < 3 or _starts_a_column(lines, line, dates=False):
            continue  # a date alone, or at the left edge of a sidebar: not a date column's
        if any(abs(x.y0 - line.y0) < 1.5 * height and not DATE_LIKE.search(x.text) for x in column):
            continue  # a date written over two lines ("May–Aug" above "2020"): left as it is read
        best = None
        for j, other in enumerate(lines):
            if other.box == line.box or j in absorbed or not line.x1 - 1 <= other.x0 <= line.x1 + 72:
                continue
            overlap = min(line.y1, other.y1) - max(line.y0, other.y0)
            if overlap >= 0.6 * height and (best is None or other.x0 < lines[best].x0):
                best = j
        if best is not None:
            prefixed.setdefault(best, []).append(line.text.strip())
            absorbed.add(i)
    return prefixed


def _left_table(
    lines: list[PageLine], absorbed: set[int], middle: float, prefixed: dict[int, list[str]]
) -> dict[int, list[str]]:
    """A table whose left column holds short labels, dates and headings starting at one edge ("Education", "2018 -
    2020", "Email"), each beside its entry in the right column: pdfminer reads the right column first and the left
    one after it, so dates and headings land away from their entries. When two dates or more of the left column
    each share a baseline with a line of the right column, and those lines start at one x (the right column's
    edge), every short line of the left column goes to the right column's flow: onto the line on its baseline
    (``prefixed``), or, alone on its row (a heading), before the first line below it (returned). A left column
    holding running text (a sidebar) is no such table. ``absorbed`` gets the lines moved."""
    free = [i for i, x in enumerate(lines) if i not in absorbed and x.x1 <= middle]
    dates = [i for i in free if len(lines[i].text.split()) <= 6 and DATE_LIKE.search(lines[i].text)]
    edges = Counter(round(lines[i].x0) for i in dates)
    if not edges or edges.most_common(1)[0][1] < 2:
        return {}
    edge = edges.most_common(1)[0][0]
    column = [i for i in free if edge - 12 <= lines[i].x0 <= edge + 2]  # headings may stand a little left of it
    if any(len(lines[i].text.split()) > 6 for i in column):
        return {}  # running text: a sidebar beside the main column
    at_edge = sum(abs(lines[i].x0 - edge) <= 2 for i in column)
    if Counter(round(lines[i].x1) for i in column).most_common(1)[0][1] >= at_edge:
        return {}  # as many lines end at one x as start at the edge: a right-aligned column (_left_dates reads it)
    piece, texts = _date_pieces()[0], {i: lines[i].text for i in column}  # "2013-2019 Tutor": a row read whole
    whole = {i for i, t in texts.items() if (m := piece.match(t)) and re.search(r"\d", m[0]) and t[m.end() :].strip()}
    own = [i for i in dates if abs(lines[i].x0 - edge) <= 2 and i not in whole]
    # the entries start at the first line right of a date on its row; the cells end before them (a heading reaches on)
    entry = min(
        (lines[j].x0 for i in own if (j := _beside(lines, lines[i], lines[i].x1, column, 300)) is not None), default=0
    )
    right = max((lines[i].x1 for i in column if i not in whole and lines[i].x1 < entry - 1), default=0)
    rows = {i: _beside(lines, lines[i], right, column) for i in column}
    if len(beside := [row for i in own if (row := rows[i]) is not None]) < max(2, len(own)):
        return {}  # a date of the column alone on its row: not a table's
    starts = {round(lines[j].x0) for j in beside}
    if len(starts) != 1 or {lines[i].box for i in column} & {lines[j].box for j in beside}:
        return {}  # the dates' rows do not start at one edge, or the columns share boxes: no table
    start = starts.pop()
    wide = {j for j, x in enumerate(lines) if j not in column and abs(x.x0 - edge) <= 2}  # a heading, a row read whole
    flow = [j for j, x in enumerate(lines) if j not in absorbed and (abs(x.x0 - start) <= 2 or j in wide)]
    above: dict[int, list[str]] = {}
    for i in sorted(column, key=lambda k: -lines[k].y0):
        row = rows[i]
        if row is not None and abs(lines[row].x0 - start) <= 2:
            prefixed.setdefault(row, []).append(lines[i].text.strip())
            absorbed.add(i)
            continue
        below = [j for j in flow if lines[j].y1 <= lines[i].y0 + 2]
        if below:
            above.setdefault(max(below, key=lambda j: lines[j].y1), []).append(lines[i].text.strip())
            absorbed.add(i)
    return above


def _beside(lines: list[PageLine], line: PageLine, right: float, column: list[int], reach: float = 72) -> int | None:
    """The line of another box on ``line``'s baseline that starts just right of ``right`` (the edge of the column
    ``line`` stands in; within ``reach`` points), if any."""
    height = max(line.y1 - line.y0, 1.0)
    best = None
    for j, other in enumerate(lines):
        if j in column or other.box == line.box or not right - 1 <= other.x0 <= right + reach:
            continue
        overlap = min(line.y1, other.y1) - max(line.y0, other.y0)
        if overlap >= 0.6 * height and (best is None or other.x0 < lines[best].x0):
            best = j
    return best


def _starts_a_column(lines: list[PageLine], row: PageLine, *, dates: bool = True) -> bool:
    """Whether lines of running text (five words or more; without dates unless ``dates``) start where ``row`` does:
    it opens a line of a second column (a sidebar), not a cell of a date column, whose other rows are dates and
    places."""
    starts = [x for x in lines if x is not row and abs(x.x0 - row.x0) <= 2 and len(x.text.split()) >= 5]
    return sum(dates or not DATE_LIKE.search(x.text) for x in starts) >= 2


def _column_between(lines: list[PageLine], left: float, right: float, row: PageLine) -> bool:
    """Whether several lines start at one x between ``left`` and ``right``: a second column's edge.

    Right-aligned snippets are left out (they end at the right margin); centred headings rarely
    share a start, so a wide one-column page with a short title left of its date has none.
    """
    right_edge = max(line.x1 for line in lines)
    band = 4 * max(row.y1 - row.y0, 1.0)  # a second column runs beside the row, not half a page away
    starts = Counter(
        round(x.x0)
        for x in lines
        if left + 12 < x.x0 < right - 12 and x.x1 < right_edge - 24 and abs(x.y0 - row.y0) <= band
    )
    return any(count >= 3 for count in starts.values())


def _wraps_into(previous: PageLine, line: PageLine, lines: list[PageLine]) -> bool:
    """A line of a bullet filled its line and wrapped: ``line``'s first word would not have fitted after it.

    Continuations that start in lower case are joined later from the text alone; this catches
    "... using" / "Python and SQL", which only the geometry tells apart from a new line.
    """
    first, text = previous.text.strip(), line.text.strip()
    if BULLET.match(text) or DATE_LIKE.search(text) or text.isupper():
        return False
    if first.endswith((".", ":", ";", "!", "?")):
        return False
    height = max(previous.y1 - previous.y0, 1.0)
    if abs((line.y1 - line.y0) - height) > 0.15 * height:  # a heading in a larger font
        return False
    return _filled(previous, line, lines, text)


_RANGE_OPEN = re.compile(r"(?:19|20)\d\d\s*[-–—‐‑‒−]\s*$")
_RANGE_CLOSE = re.compile(r"(?:\d{1,2}[/.])?(?:19|20)\d\d(?!\d)")


def _range_wrapped(upper: str, lower: str) -> bool:
    """Whether ``upper`` ends in a range's start and its dash ("08/2014 -", "Aug 2014 –") and ``lower`` opens with
    the range's end (a year, "11/2021", "Nov 2021", "Present"): a date range cut where the line wrapped."""
    if len(upper) > 300 or not _RANGE_OPEN.search(upper):
        return False
    words, _, _, present = _date_pieces()
    piece = words.match(lower[:60])  # the date words opening the line
    opening = "" if piece is None else piece.group().rstrip(" ,.;|")
    return bool(_RANGE_CLOSE.search(opening) or present.search(opening))


def _filled(previous: PageLine, line: PageLine, lines: list[PageLine], text: str) -> bool:
    """Whether ``line`` goes on under ``previous`` (just under it, starting where it starts or a little right) and
    ``previous`` filled its line: the first word of ``text`` would not have fitted after it in its column."""
    first = previous.text.strip()
    height = max(previous.y1 - previous.y0, 1.0)
    if not (0 <= previous.y0 - line.y1 <= height) or not (previous.x0 - 1 <= line.x0 <= previous.x0 + 3 * height):
        return False
    # a line of no width (a glyph drawn at one point) overlaps nothing, not even itself
    column_right = max((x.x1 for x in lines if x.x0 < previous.x1 and x.x1 > previous.x0), default=previous.x1)
    char_width = (previous.x1 - previous.x0) / max(len(first), 1)
    return previous.x1 + char_width * (len(text.split()[0]) + 1) > column_right
