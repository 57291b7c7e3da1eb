"""A timeline's year labels (moderncv's moderntimeline: a bar left of each entry, its start year set small above the
bar and its end year under it, each where the year falls on the bar) -> the range each pair of labels gives, put
before the entry beside its bar. pdfminer reads the labels as small boxes of their own, away from their entries.
Imports no pdfminer."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from gapcheck.textlines import years_in

if TYPE_CHECKING:
    from gapcheck.pdflayout import PageLine

_LABEL = re.compile(r"\s*(?:[^\W\d_]{2,10}\.?\s+)?(?:\d{1,2}[/.])?(?:19|20)\d\d(?:[/.-]\d{1,2})?\s*")
"""A label is a year, or a year and a month ("2019", "03/2019", "2019/03"), perhaps after a word ("since 2019")."""

_MAX_BARS = 200
"""Bars a page's timeline holds at most (a resume's few dozen entries); a page of more has none."""

_TALLEST = 40.0
"""The height (points) of an entry's line at most: only lines this low are looked at for a bar's row."""

_SMALL = 0.85
"""A label is set this much smaller than the entry beside its bar, or more (moderntimeline's labels are tiny)."""


def timeline_ranges(lines: list[PageLine], absorbed: set[int]) -> dict[int, list[str]]:
    """Ranges of a timeline's labels, each keyed by the line it goes before; ``absorbed`` gets the labels read.

    Labels are lines of a year alone, smaller than the text right of them. Top down, a label and the one just under
    it (touching it, a year not before it, not on one edge with it: a date column's years line up) are one entry's
    start and end, its bar between them; a label with no end under it (an entry still going on) has its bar under
    it. A bar's range goes before the line right of the labels, in a larger font, whose height holds the bar (of two,
    the one whose middle is nearer). A page with fewer than two bars, none of two labels, or a label beside no
    such line has no timeline.
    """
    labels = [i for i, x in enumerate(lines) if i not in absorbed and len(x.text) < 16 and _LABEL.fullmatch(x.text)]
    if len(labels) < 2:
        return {}
    labels.sort(key=lambda i: -lines[i].y1)
    bars: list[tuple[list[int], float]] = []
    k = 0
    while k < len(labels):
        upper = lines[labels[k]]
        if k + 1 < len(labels) and _pair(upper, lines[labels[k + 1]]):
            bars.append(([labels[k], labels[k + 1]], (upper.y0 + lines[labels[k + 1]].y1) / 2))
            k += 2
        else:
            bars.append(([labels[k]], upper.y0))
            k += 1
    if not 2 <= len(bars) <= _MAX_BARS or all(len(group) == 1 for group, _ in bars):
        return {}  # no range on the page (years of a date column, read by reading_order's own rules), or too many
    label_set = set(labels)
    # the lines an entry's row may be, by their bottoms, so each bar looks only at those near it
    rows = sorted(
        (x.y0, j)
        for j, x in enumerate(lines)
        if j not in absorbed and j not in label_set and 0 < x.y1 - x.y0 <= _TALLEST
    )
    bottoms = [y0 for y0, _ in rows]
    found: dict[int, list[str]] = {}
    taken: set[int] = set()
    for group, bar in bars:
        right = max(lines[i].x1 for i in group)
        height = max(lines[i].y1 - lines[i].y0 for i in group)
        near = (j for _, j in rows[bisect.bisect_left(bottoms, bar - _TALLEST) : bisect.bisect_right(bottoms, bar)])
        beside = [
            j
            for j in near
            if lines[j].x0 > right and lines[j].y1 >= bar and height < _SMALL * (lines[j].y1 - lines[j].y0)
        ]
        if not beside:
            return {}  # a label beside no entry: no timeline
        target = min(beside, key=lambda j: abs((lines[j].y0 + lines[j].y1) / 2 - bar))
        found.setdefault(target, []).append(" – ".join(lines[i].text.strip() for i in group))
        taken.update(group)
    absorbed.update(taken)
    return found


def _pair(upper: PageLine, lower: PageLine) -> bool:
    """Whether ``lower`` is the end label under the start label ``upper``: touching it, a year not before its year,
    and not on one edge with it (a timeline sets each year where it falls on the bar)."""
    height = max(upper.y1 - upper.y0, 1.0)
    if not 0 <= upper.y0 - lower.y1 <= 0.6 * height:
        return False
    if abs(upper.x0 - lower.x0) <= 1 or abs(upper.x1 - lower.x1) <= 1:
        return False
    return _year(upper.text) <= _year(lower.text)


def _year(text: str) -> int:
    found = years_in(text)
    return found[0] if found else 0
