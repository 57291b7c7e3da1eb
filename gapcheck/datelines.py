"""Dates laid out over two lines (a narrow date column, a wrapped line) -> the same lines with each range whole."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.datepatterns import PATTERN_PARTS
from gapcheck.dates import find_date_ranges
from gapcheck.datewords import MONTH_NAME, STILL_OPEN, TO

_DATE, _START_MONTH, _MONTH = PATTERN_PARTS["date"], PATTERN_PARTS["start_month"], PATTERN_PARTS["month"]
_SEP, _PRESENT, _NAMED_SHORT = PATTERN_PARTS["sep"], PATTERN_PARTS["present"], PATTERN_PARTS["named_short"]

# A range broken over two lines in a narrow date column, at its dash: "Jun 2009 -   Maple Leaf Stores" above
# "2011   Assistant Manager" (the column first), "Postdoc with A and   October, 2016 -" above "B, University of
# Idaho,   November, 2021" (the column last); or before its year: "May–Aug" above "2020", "June 2019 – July" above
# "2020"
_GAP = r"(?:\s{2,}|\t\s*)"
_AT_DASH = (  # "Nov 23 –" above "May 26" too: a two-digit year as both ends of the range
    r"(?P<a>(?:" + _DATE.format(g="a") + "|" + _START_MONTH.format(g="a") + "|" + _NAMED_SHORT.format(g="a") + r")"
    r"\s*(?:(?:-{1,2}>?|[–—‐‒―~−→]|" + TO + r")(?:\s*по\b)?))",  # "2016 – по" above "сей день", "2015 bis" / "heute"
    r"(?P<b>(?:" + _DATE.format(g="b") + "|" + _PRESENT + "|" + _NAMED_SHORT.format(g="b") + r"))(?![\w/])",
)
_AT_YEAR = (
    r"(?P<a>(?:" + _DATE.format(g="a") + "|" + _START_MONTH.format(g="a") + r")" + _SEP + _MONTH.format(g="c") + ")",
    r"(?P<b>(?:19[5-9]\d|20[0-4]\d))(?![\w/])",
)
# a range broken before its dash: "Analyst, Acme   Jan 2016" above "Boston, MA   – Apr 2019" (or the column first)
_BEFORE_DASH = (
    r"(?P<a>" + _DATE.format(g="a") + ")",
    r"(?P<b>(?:-{1,2}>?|[–—‐‒―~−→]|" + TO + r")\s*(?:" + _DATE.format(g="b") + "|" + _PRESENT + r"))(?![\w/])",
)
_DASH_FIRST = re.compile(r"(?:^|\s{2,}|\t)\s*(?:-{1,2}>?|[–—‐‒―~−→]|" + TO + r")\s*\w", re.IGNORECASE)
_BROKEN = tuple(
    (
        re.compile(r"^\s*" + first + r"(?:\s*$|" + _GAP + r"(?P<rest>\S.*))", re.IGNORECASE),
        re.compile(r"^\s*" + second + r"(?:\s*$|" + _GAP + r"(?P<rest>\S.*))", re.IGNORECASE),
        re.compile(r"^(?:(?P<rest>.*?\S)\s+)?(?<![\w/.])" + first + r"\s*$", re.IGNORECASE),  # also a wrapped line
        re.compile(r"^(?:(?P<rest>.*\S)" + _GAP + r")?(?<![\w/.])" + second + r"\s*$", re.IGNORECASE),
        # a name line wrapped after its range's dash, the range's end opening the next line before a bar or a gap
        # ("Marketing Manager 08/2014 -" above "11/2021 | Example Corp | Austin, TX")
        re.compile(r"^\s*" + second + r"(?:\s*$|(?:" + _GAP + r"|\s*[|•·]\s*)(?P<rest>\S.*))", re.IGNORECASE),
    )
    for first, second in (_AT_DASH, _AT_YEAR, _BEFORE_DASH)
)
# a range's word on a line of its own, between its two dates: "April 2015" / "to" / "Current" (livecareer's column)
_LONE_SEP = re.compile(r"\s*(?:-{1,2}>?|[–—‐‒―~−→]|" + TO + r")\s*", re.IGNORECASE)  # "to", "bis", "hasta", "até"
# the same column beside the entry's lines: "05/2019   Analyst" / "to   Acme, Boston" / "Current"
_SEP_ROW = re.compile(r"\s*(?P<sep>-{1,2}>?|[–—‐‒―~−→]|" + TO + r")" + _GAP + r"(?P<rest>\S.*)", re.IGNORECASE)
_DATE_ROW = re.compile(r"\s*(?P<a>" + _DATE.format(g="a") + r")(?:\s*$|" + _GAP + r"(?P<rest>\S.*))", re.IGNORECASE)
_ENDS_IN_DATE = re.compile(r"(?:" + _DATE.format(g="a") + r")\s*$", re.IGNORECASE)
# the cheap test first: a dash (or a dash and a word) closing the line or its column
_DASH = re.compile(r"(?:->?|[–—‐‒―~−→]|" + TO + r")\s*(?:[^\W\d_]{2,9}\.?\s*)?(?:$|\s{2,}|\t)", re.IGNORECASE)


# Word and PDF exports that place each letter apart glue date tokens to their neighbours ("Senior AnalystJan 2015",
# "Jan 2015Present", "Analyst2015 - 2016") or split their words ("till dat e", "Pres ent", "Ja n 2019")
_BARE_MONTH = MONTH_NAME
_YEAR4 = r"(?:19[5-9]\d|20[0-4]\d)(?!\d)"
_GLUED = re.compile(
    r"(?<=(?-i:[a-z.)\]]))(?=(?-i:[A-Z]))(?=(?:"
    + _BARE_MONTH
    + r"|spring|summer|fall|autumn|winter)\s*[,']?\s*"
    + _YEAR4
    + ")"  # "AnalystJan 2015", "ExternSummer 2021"
    r"|(?<=(?-i:[A-Za-z]))(?=" + _YEAR4 + r"\s*(?:-{1,2}|[–—]|to\b)\s*(?:" + _YEAR4 + r"|present|current))"
    r"|(?<=(?:19|20)\d\d)(?=(?-i:[A-Z]))(?=(?:" + STILL_OPEN + r"|till|until)\b)"  # "Jan 2015Present", "2015Aktuell"
    # "June 2018 - August 2018Assistant Store Clerk", "March 2022 - CurrentWarehouse Shift Lead": the title typed
    # straight after the range's end
    r"|(?<=(?<![\w/.-])(?:19|20)\d\d)(?=(?-i:[A-Z][a-z]{2}))"
    r"|(?:(?<=(?-i:[-–—]\s(?:Present|Current)))|(?<=(?-i:[-–—](?:Present|Current)))|(?<=(?-i:\bto\s(?:Present|Current))))"
    r"(?=(?-i:[A-Z][a-z]{2}))",
    re.IGNORECASE,
)
_FULL_MONTHS = "january february march april may june july august september october november december".split()
_SPLIT_WORDS = sorted(
    {"present", "current", "date", "till", "until", "ongoing"}
    | {m.lower() for m in _FULL_MONTHS}
    | {m[:3].lower() for m in "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec".split()},
    key=lambda word: (-len(word), word),  # longest first; ties in one order, so every process builds one pattern
)
_SPLIT = re.compile(r"(?<!\w)(?:" + "|".join(" ?".join(word) for word in _SPLIT_WORDS) + r")(?!\w)", re.IGNORECASE)
_DATE_BEFORE = re.compile(r"(?:\d|[-–—]|\bto|\btill|\buntil)\s*$", re.IGNORECASE)
_COLUMN_END = re.compile(r"\s*$|\s{2,}")
_YEAR_AFTER = re.compile(r"\s*[.,']?\s*(?:(?:19|20)\d\d|['’]\d\d)(?!\d)")


def mend_date_words(line: str) -> str:
    """The line with date words glued to their neighbours set apart, and date words split by letter spacing joined
    again, next to a date only (elsewhere the split is not known to be a date's), or opening a date column's row.

    >>> mend_date_words("XANDER GROUP   Nov 2010 till dat e"), mend_date_words("Senior AnalystJan 2015Present")
    ('XANDER GROUP   Nov 2010 till date', 'Senior Analyst Jan 2015 Present')
    >>> mend_date_words("Ja n 2019 – Pres ent"), mend_date_words("Ma y the team grow")
    ('Jan 2019 – Present', 'Ma y the team grow')
    >>> mend_date_words("Pres ent   Boston, MA"), mend_date_words("Pres ent the results")
    ('Present   Boston, MA', 'Pres ent the results')
    """
    dated = any(map(str.isdigit, line))  # not a generator: this runs on every line
    if not dated and not (line[:1].isalpha() and " " in line[:12]):
        return line
    line = _GLUED.sub(" ", line) if dated else line
    out: list[str] = []
    at = 0
    for match in _SPLIT.finditer(line):
        text = match.group()
        if " " not in text or (not dated and match.start() > 0):
            continue
        before = "".join(out) + line[at : match.start()]
        alone = not before.strip() and _COLUMN_END.match(line, match.end())  # "Pres ent   Boston": a date column's
        if alone or _DATE_BEFORE.search(before) or _YEAR_AFTER.match(line, match.end()):
            out += [line[at : match.start()], text.replace(" ", "")]
            at = match.end()
    return "".join(out) + line[at:]


def join_broken_ranges(lines: Sequence[str], as_of: int) -> tuple[str, ...]:
    """The lines with each date range broken over two lines (at its dash, or before its year) put back together on
    the first of them, where the column of dates is; the second keeps its other words (or is left empty). Same
    number of lines.

    >>> join_broken_ranges(["Jun 2009 -   Maple Leaf Stores", "2011   Assistant Manager", "• Ran the store"], 24300)
    ('Jun 2009 - 2011   Maple Leaf Stores', 'Assistant Manager', '• Ran the store')
    >>> join_broken_ranges(["May–Aug", "2020", "Google Research"], 24300)
    ('May–Aug 2020', '', 'Google Research')
    >>> join_broken_ranges(["Analyst, Acme   2019 -", "Built models in 2020"], 24300)
    ('Analyst, Acme   2019 -', 'Built models in 2020')
    >>> join_broken_ranges(["April 2015", "to", "Current", "Acme, Web Developer"], 24300)
    ('', 'April 2015 to Current', '', 'Acme, Web Developer')
    """
    out = list(lines)
    _, range_end, _, column_end, _ = _BROKEN[0]
    for k in range(len(out) - 2):  # "April 2015" / "to" / "Current": the date moves down onto its word's line
        if _SEP_ROW.match(out[k + 1]):
            _join_column_rows(out, k, as_of)
        if not _LONE_SEP.fullmatch(out[k + 1]):  # the cheap test first
            continue
        ends = range_end.match(out[k + 2]) or column_end.match(out[k + 2])
        if ends and _ENDS_IN_DATE.search(out[k]):
            out[k], out[k + 1] = "", f"{out[k].rstrip()} {out[k + 1].strip()}"
    for k in range(len(out) - 1):
        if not _DASH.search(out[k]) and not _DASH_FIRST.search(out[k + 1]):
            continue
        for column_first, next_first, column_last, next_last, next_wrapped in _BROKEN:
            for first, second, date_first in (
                (column_first, next_first, True),
                (column_last, next_last, False),
                (column_last, next_wrapped, False),
            ):
                start, end = first.match(out[k]), second.match(out[k + 1])
                if start is None or end is None:
                    continue
                joined = f"{start.group('a')} {end.group('b')}"
                if [r.text for r in find_date_ranges(joined, as_of)] != [joined]:
                    continue  # not one range, or one that ends before it starts
                head, tail = start.group("rest") or "", end.group("rest") or ""
                if tail and not head and not date_first:
                    continue  # a lone date above "Google Research   2020": that year is the next entry's
                out[k] = f"{joined}   {head}".strip() if date_first else f"{head}   {joined}".strip()
                out[k + 1] = tail
                break
            else:
                continue
            break
    return tuple(out)


def _join_column_rows(out: list[str], k: int, as_of: int) -> None:
    """A left date column of three rows beside the entry's lines, "05/2019   Analyst" / "to   Acme, Boston" /
    "Current": the range joined on the first row, before its words; each row keeps its own words."""
    start, middle = _DATE_ROW.match(out[k]), _SEP_ROW.match(out[k + 1])
    end = _BROKEN[0][1].match(out[k + 2])  # the end opening the third row, alone or before a gap
    if start is None or middle is None or end is None:
        return
    joined = f"{start.group('a')} {middle.group('sep')} {end.group('b')}"
    if [r.text for r in find_date_ranges(joined, as_of)] != [joined]:
        return
    out[k] = f"{joined}   {start.group('rest') or ''}".strip()
    out[k + 1], out[k + 2] = middle.group("rest"), end.group("rest") or ""
