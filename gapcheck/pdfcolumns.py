"""A PDF page set in two columns side by side (a designer resume's sidebar beside its main column, or two main
columns) -> its lines, each column's read whole. pdfminer orders a page's text boxes by how near they are, so on such
a page the boxes of the two columns interleave: a sidebar's skills land between two positions, a heading of one column
before the block of the other ("Education" over the experience beside it). Imports no pdfminer."""

from __future__ import annotations

from collections import Counter

from gapcheck.pdflayout import PageLine, reading_order, table_cells
from gapcheck.textlines import DATE_LIKE

_MIN_LINES = 5
"""Lines each column holds at least."""

MAX_LINES = 1000
"""Lines a page may hold for its columns to be looked for: a resume's page holds a few hundred at most, and the
search compares lines pairwise (a hostile page of 5,000 lines took 25 s); a page of more is read in pdfminer's
order."""


def read_columns(lines: list[PageLine]) -> list[str]:
    """The page's lines in reading order, two columns side by side read one after the other.

    When the page has a gutter (``find_gutter``), it is cut across at each line spanning the gutter (the name or a
    heading across the page) and each row of items spread across it (a contact row, three referees side by side:
    ``_spanning``). Between two such cuts the page is a band whose left column's lines are read before its right
    column's, each in pdfminer's order and with ``reading_order``'s joins inside it (a date goes beside a line of its
    own column only); but a band's lines above the top of the column that starts lower (lines of the page's head)
    or below the end of the column that ends higher (a section across the page under the columns) go with the cut
    next to them, from the widest gap across the page there. Any other page is read by ``reading_order`` alone.
    """
    return _joined(_read_parts(lines)[1])


def read_pages(pages: list[list[PageLine]]) -> list[list[str]]:
    """Each page's lines in reading order (``read_columns``), a column that goes on over a page break read on.

    When a page ends in two columns side by side and the next page, its gutter at the same x (within
    ``_SAME_GUTTER``), starts in two columns, each column of the next page goes on in the same column of the page
    before: a sidebar's list and the main column's entries each run over the break. Both go where they begin (the
    left column's run of pages, then the right column's), so the main column's entries on the next page are not
    read under the sidebar's last heading.
    """
    read = [_read_parts(lines) for lines in pages]
    follows: dict[tuple[int, int], tuple[int, int]] = {}  # (page, part) -> the part of the next page going on in it
    for i, ((gutter, parts), (after, following)) in enumerate(zip(read, read[1:], strict=False)):
        if gutter is None or after is None or abs(gutter - after) > _SAME_GUTTER:
            continue
        end = [k for k, (_, part) in enumerate(parts) if part][-2:]
        start = [k for k, (_, part) in enumerate(following) if part][:3]
        head = start[0] if start and following[start[0]][0].endswith(" head") else None
        start = start[1:] if head is not None else start[:2]
        if [parts[k][0] for k in end] != ["left", "right"] or [following[k][0] for k in start] != ["left", "right"]:
            continue
        follows.update({(i, end[0]): (i + 1, start[0]), (i, end[1]): (i + 1, start[1])})
        if head is not None:  # the heading over the column that starts higher goes on in that column, over it
            column = 0 if following[head][0] == "left head" else 1
            follows.update({(i, end[column]): (i + 1, head), (i + 1, head): (i + 1, start[column])})
    moved = set(follows.values())
    out: list[list[str]] = []
    for i, (_, parts) in enumerate(read):
        page: list[tuple[str, list[str]]] = []
        for k, (side, part) in enumerate(parts):
            if (i, k) in moved:
                continue
            at, run = (i, k), list(part)
            while at in follows:
                at = follows[at]
                run += read[at[0]][1][at[1]][1]
            page.append((side, run))
        out.append(_joined(page))
    return out


_SAME_GUTTER = 15.0
"""How far apart (points) two pages' gutters may be for their columns to be one layout."""


def _joined(parts: list[tuple[str, list[str]]]) -> list[str]:
    """Parts' lines one after the other, a blank line between two parts: no line of one goes on in the next."""
    out: list[str] = []
    for _, part in parts:
        if part:
            out.extend([*part, ""])
    return out[:-1]


def _read_parts(lines: list[PageLine]) -> tuple[float | None, list[tuple[str, list[str]]]]:
    """The page's gutter and its parts in reading order, each ``across`` (a head, a cut, a tail, a page of one
    column), ``left`` or ``right`` (a band's column), or ``left head`` or ``right head`` (``_head``: the lines of one
    column over the other)."""
    gutter = find_gutter(lines)
    if gutter is None:
        return None, [("across", reading_order(lines))]
    lines = [_within_left(x, gutter) if _overflows(x, lines, gutter) else x for x in lines]
    edges = (min(x.x0 for x in lines), max(x.x1 for x in lines))
    spanning = _spanning(lines, gutter)
    cuts: list[tuple[float, float]] = []  # the heights the spanning lines cover, merged, top first
    for y0, y1 in sorted(((x.y0, x.y1) for x in lines if id(x) in spanning), key=lambda c: -c[1]):
        if cuts and y1 > cuts[-1][0]:
            cuts[-1] = (min(y0, cuts[-1][0]), cuts[-1][1])
        else:
            cuts.append((y0, y1))
    groups: list[list[PageLine]] = [[] for _ in range(2 * len(cuts) + 1)]  # band, cut, band, ..., cut, band
    for line in lines:
        middle = _middle(line)
        inside = [i for i, (y0, y1) in enumerate(cuts) if id(line) in spanning and y0 <= line.y0 and line.y1 <= y1]
        inside = inside or [i for i, (y0, y1) in enumerate(cuts) if y0 <= middle <= y1]
        at = 2 * inside[0] + 1 if inside else 2 * sum(y0 > middle for y0, _ in cuts)
        groups[at].append(line)
    parts: list[tuple[str, list[str]]] = []
    for i, group in enumerate(groups):
        if i % 2:
            parts.append(("across", reading_order(group, edges=edges)))
        else:
            upper = cuts[i // 2 - 1][0] if i else None
            lower = cuts[i // 2][1] if i // 2 < len(cuts) else None
            parts.extend(_band(group, gutter, edges, upper, lower))
    return gutter, parts


def _overflows(line: PageLine, lines: list[PageLine], gutter: float) -> bool:
    """Whether a line of the left column runs on past the gutter into the right column's text (a sidebar's row of
    tags longer than the sidebar): it reaches a line of the right column on its row or just above or under it. A line
    across the page (a name, a heading over both columns) has the right column's text farther from it."""
    if _side(line, gutter) != 0 or line.x0 >= gutter:
        return False
    near = 0.5 * (line.y1 - line.y0)
    return any(
        _side(other, gutter) > 0 and other.x0 < line.x1 and other.y0 < line.y1 + near and line.y0 - near < other.y1
        for other in lines
    )


def _within_left(line: PageLine, gutter: float) -> PageLine:
    """The line as part of the left column: its right edge moved in to the gutter."""
    return PageLine(line.text, line.x0, gutter - 3, line.y0, line.y1, line.box, line.rows)


def _middle(line: PageLine) -> float:
    return (line.y0 + line.y1) / 2


def _side(line: PageLine, gutter: float) -> int:
    """-1 left of the gutter, 1 right of it, 0 across it (a line past it by a few points only is on its side)."""
    if line.x0 >= gutter - 2 or gutter - line.x0 < _ACROSS:
        return 1
    if line.x1 <= gutter - 3 or line.x1 - gutter < _ACROSS:
        return -1
    return 0


_ACROSS = 18.0
"""How far a line reaches past the gutter on each side to be read as across the page."""


def _spanning(lines: list[PageLine], gutter: float) -> set[int]:
    """Ids of the lines across the gutter, and of rows of three lines or more on both sides of it, of one height on
    one baseline, none of which starts at the gutter (items spread across the page; a column's row of date, title
    and place starts there)."""
    out = {id(x) for x in lines if _side(x, gutter) == 0}
    for line in lines:
        row = [x for x in lines if abs(x.y0 - line.y0) <= 2 and abs(x.y1 - line.y1) <= 2]
        sides = {_side(x, gutter) for x in row}
        if len(row) >= 3 and {-1, 1} <= sides and not any(abs(x.x0 - gutter) <= 6 for x in row):
            out.update(id(x) for x in row)
    return out


def _widest_gap(lines: list[PageLine], low: float, high: float, default: float) -> float:
    """The middle of the widest height between ``low`` and ``high`` that no line covers (``default`` when none)."""
    edges = sorted((x.y0, x.y1) for x in lines if x.y1 > low and x.y0 < high)
    best, cut, reached = 0.0, default, low
    for y0, y1 in edges:
        if y0 - reached > best:
            best, cut = y0 - reached, (y0 + reached) / 2
        reached = max(reached, y1)
    if high - reached > best:
        cut = (high + reached) / 2
    return cut


def _band(
    lines: list[PageLine], gutter: float, edges: tuple[float, float], upper: float | None, lower: float | None
) -> list[tuple[str, list[str]]]:
    """The lines of one band between the cuts at ``upper`` and ``lower`` (None: the page's edge), in parts read one
    after the other: the band's head, its columns, its tail."""
    left = [x for x in lines if _side(x, gutter) < 0]
    right = [x for x in lines if _side(x, gutter) > 0]
    if not left or not right:
        return [("across", reading_order(lines, edges=edges))]
    head_cut = float("inf")
    if upper is not None:
        start = min(max(x.y1 for x in left), max(x.y1 for x in right))
        head_cut = _widest_gap(lines, start, upper, upper)
    tail_cut = float("-inf")
    if lower is not None:
        end = max(min(x.y0 for x in left), min(x.y0 for x in right))
        tail_cut = _widest_gap(lines, lower, end, lower)
    head = [x for x in lines if _middle(x) > head_cut]
    tail = [x for x in lines if _middle(x) < tail_cut]
    left = [x for x in left if tail_cut <= _middle(x) <= head_cut]
    right = [x for x in right if tail_cut <= _middle(x) <= head_cut]
    across = reading_order(head, edges=edges), reading_order(tail, edges=edges)
    return [("across", across[0]), *_columns(left, right, edges), ("across", across[1])]


def _columns(left: list[PageLine], right: list[PageLine], edges: tuple[float, float]) -> list[tuple[str, list[str]]]:
    """Two columns' lines: the head of the column that starts higher (``_head``), then the left column, then the
    right one."""
    if not left or not right:
        return [("across", reading_order(left or right, edges=edges))]
    head = _head(left, right)
    side = "left head" if head else "right head"  # the column it belongs to, where a column goes on over a page
    head = head or _head(right, left)
    lifted = {id(x) for x in head}
    return [
        (side, reading_order(head, edges=edges)),
        ("left", reading_order([x for x in left if id(x) not in lifted], edges=edges)),
        ("right", reading_order([x for x in right if id(x) not in lifted], edges=edges)),
    ]


def _head(column: list[PageLine], other: list[PageLine]) -> list[PageLine]:
    """The lines of ``column`` above the whole ``other`` column, down to the widest gap between them, when they hold
    a line taller than any of ``other``'s: the name over the main column, beside a sidebar's photo, with the title
    under it. A column's first block beside the other's photo (no line of it as tall) is no head."""
    top = max(x.y1 for x in other)
    above = sorted((x for x in column if x.y0 > top), key=lambda x: -x.y1)
    if not above:
        return []
    bottoms = [*(x.y1 for x in above[1:]), top]
    widest = max(range(len(above)), key=lambda i: above[i].y0 - bottoms[i])
    head = above[: widest + 1]
    tallest = max(x.y1 - x.y0 for x in other)
    if not any(x.y1 - x.y0 > tallest for x in head):
        return []
    lifted = {id(x) for x in head}
    return [x for x in column if id(x) in lifted]  # in pdfminer's order: a row's items are not sorted by a hair


def find_gutter(lines: list[PageLine]) -> float | None:
    """The x where the right one of two columns side by side starts, or None when the page has no such columns.

    A gutter is the left edge of three lines or more (the right column is left-aligned on it) with at least
    ``_MIN_LINES`` lines wholly left of it and as many starting on or right of it; few lines cross it (a tenth of the
    others at most: a header, headings across the page). Not a gutter: the edge of a column of dates (half its lines
    or more are dates) or of labels or cells each beside its entry (seven in ten of its lines or more sit on the row
    of a line just right of the gutter: a date column, a table, moderncv's labels), or the edge of right-aligned
    dates and places (too few of the right side's lines start at it). Of several gutters, the one fewest lines cross.
    """
    if not 2 * _MIN_LINES <= len(lines) <= MAX_LINES:  # read at call time: tests lower it
        return None
    starts = Counter(round(line.x0) for line in lines)
    best: tuple[int, int, float] | None = None
    cells: list[PageLine] | None = None
    for edge in sorted(x for x, count in starts.items() if count >= 3):
        right = [x for x in lines if x.x0 >= edge - 2]
        left = [x for x in lines if x.x1 <= edge - 3]
        crossing = len(lines) - len(right) - len(left)
        if min(len(left), len(right)) < _MIN_LINES or crossing > 0.1 * (len(left) + len(right)):
            continue
        if sum(abs(x.x0 - edge) <= 2 for x in right) < 3 or sum(_running(x) for x in right) < 3:
            continue  # right-aligned snippets (dates, places) at the right margin, not a column
        if sum(abs(x.x1 - right[0].x1) <= 2 for x in right) >= 0.8 * len(right):
            continue  # hardly any line short of the right margin: right-aligned snippets
        if sum(bool(DATE_LIKE.search(x.text)) for x in left) >= 0.5 * len(left):
            continue
        if 2 * len(left) < len(right) and not any(_running(x) for x in left) and not _stacked(left, right):
            continue  # a few headings or labels left of their blocks, not a column of their own
        if sum(_beside(x, right, edge) for x in left) >= 0.7 * len(left):
            continue
        if sum(_beside(x, left, edge) for x in right) >= 0.7 * len(right):
            continue
        if cells is None:
            cells = [lines[i] for i in table_cells(lines)]
        if sum(x.x1 <= edge - 3 and _entry_at(x, right, edge) for x in cells) >= 2:
            continue  # reading_order reads a table there: labels and dates beside their entries at the edge
        key = (crossing, -min(len(left), len(right)), float(edge))
        if best is None or key < best:
            best = key
    return None if best is None else best[2]


def _stacked(left: list[PageLine], right: list[PageLine]) -> bool:
    """Whether three lines of ``left`` stand one under the other with no room for a line between them, set no larger
    than ``right``'s body text: a list (a sidebar's skills or interests). A heading left of its block is set larger,
    and wraps onto three lines at most ("Teaching" / "Assistant" / "Experience")."""
    body = Counter(round(x.y1 - x.y0) for x in right).most_common(1)[0][0]
    tops = sorted(left, key=lambda x: -x.y1)
    run = 1
    for above, below in zip(tops, tops[1:], strict=False):
        height = above.y1 - above.y0
        close = 0 <= above.y0 - below.y1 < 0.5 * height and max(height, below.y1 - below.y0) <= 1.1 * body + 0.5
        run = run + 1 if close else 1
        if run >= 3:
            return True
    return False


def _entry_at(cell: PageLine, right: list[PageLine], edge: float) -> bool:
    """Whether a line starting at ``edge`` shares ``cell``'s row: the cell's entry starts there. A table inside the
    left column (a date beside its place) is no reason to read the page across."""
    height = max(cell.y1 - cell.y0, 1.0)
    return any(abs(x.x0 - edge) <= 2 and min(cell.y1, x.y1) - max(cell.y0, x.y0) >= 0.6 * height for x in right)


def _running(line: PageLine) -> bool:
    """Whether a line is running text: five words or more, no date."""
    return len(line.text.split()) >= 5 and not DATE_LIKE.search(line.text)


def _beside(line: PageLine, others: list[PageLine], edge: float) -> bool:
    """Whether a line of ``others`` on the other side of ``edge`` and near it shares ``line``'s row."""
    height = max(line.y1 - line.y0, 1.0)
    left = line.x1 <= edge
    return any(
        (other.x0 - edge if left else edge - other.x1) < 72
        and min(line.y1, other.y1) - max(line.y0, other.y0) >= 0.6 * height
        for other in others
    )
