"""Lines a person broke by hand, joined again: a Markdown or e-mailed text resume or posting wrapped at a fixed
width, told by the lengths and columns of its lines (a resume's own line breaks are kept)."""

from __future__ import annotations

import re

from gapcheck.contactlines import CONTACT_START
from gapcheck.markentries import dates_only
from gapcheck.marktext import MarkedLine

_KEY_VALUE = re.compile(r"^[A-Za-z_]{2,20}\s*[=:]\s*\S")
# the next row of a date column: "2019 - 2021", "Jan 2019", "present   Boston, MA"
_DATE_START = re.compile(
    r"^(?:(?:19|20)\d\d\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+'?\d|"
    r"(?:present|current|now|today|ongoing)(?:\s{2,}|$))",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[A-Z][\w/&-]*(?: [\w/&-]+){0,2}:\s")
_YEAR_END = re.compile(r"(?:19|20)\d\d\W*$|\b(?:present|current|now)\W*$", re.IGNORECASE)
_COLUMN_ROW = re.compile(r"\S+(?: \S+)?\s{3,}\S")


def join_wrapped(lines: list[MarkedLine]) -> list[MarkedLine]:
    """Re-join text wrapped at a fixed width (Markdown sources, e-mailed text): a line continues the one
    above when that one is long, has no closing punctuation, and the file is wrapped as a whole."""
    lengths = [len(x.text) for x in lines if x.text]
    wrapped = bool(lengths) and max(lengths) <= 110 and sum(n >= 55 for n in lengths) >= len(lengths) / 3
    out: list[MarkedLine] = []
    for line in lines:
        prev = out[-1] if out else None
        continues = (
            prev is not None
            and prev.text
            and line.text
            and not line.heading
            and not line.bullet
            and not prev.heading
            and not _KEY_VALUE.match(line.text)
            and (
                line.text[0].islower()
                or prev.text.count("(") > prev.text.count(")")
                or (wrapped and len(prev.text) >= 50 and prev.text[-1] not in ".:!?")
            )
        )
        if continues and prev is not None:
            out[-1] = MarkedLine(f"{prev.text} {line.text}", 0, prev.bullet)
        else:
            out.append(line)
    return out


def join_hard_wraps(lines: list[MarkedLine]) -> list[MarkedLine]:
    """Re-join lines a person broke by hand, told by columns (a resume's own line breaks are kept).

    A line continues the one above it in the same block (no blank line, heading or list item between) when it
    starts in lower case after an unfinished line, when it is the rest of a list item (indented under the
    item's text), or when the line above is full (the next word would not have fitted within the file's
    width) and this one starts where the text above does: at its left edge, or after a label's wide gap when
    the text above has one ("Frameworks  React, Vue" / "            Django, Flask"). Never a heading, a list
    item, or a line starting with a date (the next row of a date column).

    >>> from gapcheck.marktext import marked_lines
    >>> [x.text for x in join_hard_wraps(marked_lines("- Built the billing service and\\n  its tests\\n- Led"))]
    ['Built the billing service and its tests', 'Led']
    """
    width = _wrap_width(lines)
    out: list[MarkedLine] = []
    columns: tuple[int, ...] = ()  # where the text of out[-1] may go on
    item = 0  # the text column of the list item the lines are in, 0 outside a list
    for line in lines:
        prev = out[-1] if out else None
        if line.text and not line.bullet and not line.heading and 0 < item <= line.indent:
            if prev is not None and not prev.text:  # a paragraph of the list item, after a blank line
                line = MarkedLine(line.text, 0, True, line.indent, line.end, line.hard_break, line.hang, True)
        elif line.text:
            item = line.indent if line.bullet else 0
        if prev is not None and _continues(prev, line, width, columns):
            glue = "" if re.search(r"[^\W\d_]-$", prev.text) else " "
            joined = prev.text + glue + line.text
            out[-1] = MarkedLine(joined, prev.heading, prev.bullet, prev.indent, line.end, line.hard_break)
            continue
        out.append(line)
        columns = line.hang
    return out


def _continues(prev: MarkedLine, line: MarkedLine, width: int | None, columns: tuple[int, ...]) -> bool:
    if not (prev.text and line.text) or line.heading or line.bullet or prev.heading or prev.hard_break:
        return False
    if _DATE_START.match(line.text) or CONTACT_START.match(line.text):
        return False  # the next row of a date column; a contact line of its own
    if line.text[0].islower() and len(prev.text) >= 25 and not prev.text.endswith((".", ":", ";")):
        return not _COLUMN_ROW.match(line.text)  # "oggi    London, UK": the next row of a date column
    if prev.bullet and line.indent >= prev.indent > 0:
        return not dates_only(prev.text)  # a list item's lines go on under its text; a date's are the entry's cells
    if width is None or prev.text.endswith(":") or _LABEL.match(line.text) or _YEAR_END.search(prev.text):
        return False  # a field of its own ("Major: Economics") after an entry that ends in its date
    # a line past the width was never wrapped (the width is the longest wrapped line seen, so allow a little)
    full = prev.end <= width + 3 and prev.end + 1 + len(line.text.split()[0]) > width
    return full and line.indent in columns


def _wrap_width(lines: list[MarkedLine]) -> int | None:
    """The column a file was wrapped at by hand, told by the lines it surely wrapped (a line going on in lower
    case): the longest of them, when there are two or more; None for a file not wrapped by hand."""
    ends = [
        prev.end
        for prev, line in zip(lines, lines[1:], strict=False)
        if prev.text and line.text and not (line.heading or line.bullet or prev.heading)
        if line.text[0].islower() and not prev.text.endswith((".", ":", ";")) and 40 <= prev.end <= 120
    ]
    return max(ends) if len(ends) >= 2 else None
