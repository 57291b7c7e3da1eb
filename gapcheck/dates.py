"""Dates on resumes -> month ranges ("Jan 2019 – Present", "01/2019–06/2021", "Summer 2020", "2017 - 2019")."""

from __future__ import annotations

import re
from functools import lru_cache

from gapcheck.datewords import ALSO, MONTH, MONTH_NAMES, PRESENT, SINCE, STILL_OPEN, TO
from gapcheck.models import DateRange, month_index

# re's IGNORECASE lets "dic" match "Dıc" and "DİC" (i, I, ı and İ are one letter to it; so are s and ſ, k and K):
# the month table is keyed by the same folding, so whatever the pattern matched is found in the table.
_FOLD = str.maketrans({"ı": "i", "İ": "i", "ſ": "s", "\u212a": "k"})


def fold(text: str) -> str:
    """Lower-case a word the way the date pattern compares it (Turkish dotless and dotted i are plain i).

    >>> fold("ARALIK"), fold("Dıc"), fold("İst")
    ('aralik', 'dic', 'ist')
    """
    return text.translate(_FOLD).lower()


_MONTHS = {fold(name): number for name, number in MONTH_NAMES.items()}
# "Winter 2019" is the winter that ends in 2019: December 2018 to February 2019
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (0, 2)}

_MONTH = MONTH
_YEAR = r"(?P<{g}y>(?:19[5-9]\d|20[0-4]\d)|['’`‘]\d\d)(?!\d)"
# German semesters: "WS 2019/20" (winter, October to March), "SS 2020" (summer, April to September)
_SEMESTER = (
    r"(?:(?-i:WS|WiSe)|winter\s*semester|wintersemester)\s*(?P<{g}wy>(?:19[5-9]\d|20[0-4]\d))\s*/\s*(?:\d\d){{1,2}}"
    r"(?!\d)|(?:(?-i:SS|SoSe)|sommersemester)\s*(?P<{g}uy>(?:19[5-9]\d|20[0-4]\d))(?![\d/])"
)
_SEMESTER_RE = re.compile(r"(?<![\w/.])(?:" + _SEMESTER.format(g="s") + ")", re.IGNORECASE)
_SEMESTER_BEFORE = re.compile(r"(?:(?-i:WS|WiSe)|winter\s*semester|wintersemester)\s*$", re.IGNORECASE)
_DATE = (
    "(?:"
    + _SEMESTER
    + r"|(?P<{g}s>spring|summer|fall|autumn|winter)\s*(?:semester|term|quarter|session|school)?\s*,?\s*"
    + _YEAR.replace("{g}y", "{g}sy")
    + "|"
    + r"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?"  # "1st Jan 2019", "15 March 2020"
    + _MONTH
    + r"(?:-(?P<{g}hy>\d\d)(?![\d/.:])|(?:[-/]|\s+de\s+|\s*[,']?\s*)(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?"
    + _YEAR.replace("{g}y", "{g}my")
    + ")|"
    # "03/31/2019": month, day, year (a day past 12 says so); "31/03/2019", "03/2019": the month before the year
    r"(?P<{g}tm>0?[1-9]|1[0-2])/(?:1[3-9]|2\d|3[01])/"
    + _YEAR.replace("{g}y", "{g}ty")
    # "2019年3月": Chinese and Japanese year and month
    + r"|(?<!\d)"
    + _YEAR.replace("{g}y", "{g}cy").replace("(?!\\d)", "")
    + r"\s*年\s*(?P<{g}cm>0?[1-9]|1[0-2])\s*月"
    + r"|(?:\d{{1,2}}[./])?(?P<{g}nm>0?[1-9]|1[0-2])\s*[/.]\s*"
    + _YEAR.replace("{g}y", "{g}ny")
    + r"|(?<![\d-])(?P<{g}dm>0[1-9]|1[0-2])-"  # "03-2019"
    + _YEAR.replace("{g}y", "{g}dy")
    + r"(?!-)|"
    + _YEAR.replace("{g}y", "{g}iy").replace("(?!\\d)", "")
    + r"\s*[-/.]\s*(?P<{g}im>0[1-9]|1[0-2]|(?<=\.)[1-9])(?:[-./](?:0[1-9]|[12]\d|3[01]|(?<=\.)[1-9]))?(?![\d/.])|"
    # "2019-03", "2019-03-01", "2019.3", "2013.6.18", "2013/06/18": the year first, then the month (and its day)
    + r"q(?P<{g}kq>[1-4])\s*[-'’/]?\s*"  # quarters: "Q1 2020", "2020 Q3"
    + _YEAR.replace("{g}y", "{g}ky")
    + "|"
    + _YEAR.replace("{g}y", "{g}ly").replace("(?!\\d)", "")
    + r"\s*[-/]?\s*q(?P<{g}lq>[1-4])\b|"
    + _YEAR.replace("{g}y", "{g}vy")  # the year first: "2019 Jan", "2020 Mar." (not "2019 May 2020")
    + r"\s+"
    + _MONTH.replace("{g}m", "{g}vm")
    + r"(?!\s*\d)|"
    + _YEAR
    + ")"
)
_PRESENT = PRESENT
_SEP = r"\s*(?:-{1,2}>?|=>|[–—‐‒―~→⇒➡−～〜]{1,2}|至|" + TO + r")\s*"
_START_MONTH = _MONTH.replace("{g}m", "{g}om")


# "05/04 - 06/14": month/two-digit-year, only as both ends of a range (alone it could be a fraction or a day)
_SHORT = r"(?P<{g}qm>0?[1-9]|1[0-2])/(?P<{g}qy>\d\d)(?![\d/])"
# "Nov 15 - Present", "Feb 12 - Apr 13": a month's name and a two-digit year without its apostrophe, only as both ends
# of a range (alone, or before a full year as in "Oct 14 – Oct 20, 2019", the number is a day)
_NAMED_SHORT = (
    _MONTH.replace("{g}m", "{g}rm")
    + r"\s+(?P<{g}ry>\d\d)(?![\d/]|\.(?!\s*$)|:\d|\s*(?:st|nd|rd|th)\b|\s*,?\s*(?:19|20)\d\d|\s*[-–—]\s*\d)"
)

PATTERN_PARTS = {
    "date": _DATE, "start_month": _START_MONTH, "month": _MONTH, "sep": _SEP, "present": _PRESENT,
    "named_short": _NAMED_SHORT,
}  # fmt: skip
"""The pieces date patterns are built from ("{g}" names their groups), for readers of dates laid out over lines."""


def _both_ends(piece: str, start: str, end: str, present: str) -> str:
    """A range of two dates written ``piece``'s way (groups ``start`` and ``end``), or one and "Present"."""
    return (
        r"(?<![\w/.])"
        + piece.format(g=start)
        + _SEP
        + "(?:"
        + piece.format(g=end)
        + "|"
        + _PRESENT.replace("present>", f"{present}>")
        + r")(?![\w/])"
    )


RANGE_RE = re.compile(
    r"(?<![\w/.])(?:"
    + _DATE.format(g="a")
    + "|"
    + _START_MONTH.format(g="a")  # "May – August 2014": the year comes with the end
    + ")"
    + _SEP
    + r"(?:exp(?:ected)?\.?\s*)?(?:"  # "Mar 2016 – Exp. Jun 2017"
    + _DATE.format(g="b")
    + "|"
    + _PRESENT
    + r")(?![\w/])|"
    + _both_ends(_SHORT, "c", "d", "present2")
    # an academic year "2019–20", "2019/20" (the end year's last two digits) or "2019/2020"
    + r"|(?<![\w/.])(?P<xay>(?:19[5-9]\d|20[0-4]\d))\s*(?P<xsep>[-–—/])\s*(?P<xby>\d\d|(?:19|20)\d\d)"
    + r"(?![\w/.]|\s*[-–—]\s*\d)|"
    + _both_ends(_NAMED_SHORT, "g", "h", "present3"),
    re.IGNORECASE,
)
# "04/2012   05/2013": two month dates with the dash lost in export, nothing else between them
_NUMERIC = r"(?P<{g}pm>0?[1-9]|1[0-2])/(?P<{g}py>(?:19[5-9]\d|20[0-4]\d))"
GAP_RANGE_RE = re.compile(r"(?<![\w/.])" + _NUMERIC.format(g="e") + r"\s{1,8}" + _NUMERIC.format(g="f") + r"(?![\w/])")
# "2019 2021   Acme", "Engineer, Acme   2019 2021", "2015 heute   Acme": two years (or a year and "present") of a
# date column with the dash lost in export, set off from the rest of the line
YEAR_GAP_RE = re.compile(
    r"(?:^|(?<=\s\s)|(?<=\t))\s*(?P<a>19[5-9]\d|20[0-4]\d)\s{1,4}(?:(?P<b>19[5-9]\d|20[0-4]\d)|(?P<open>"
    + STILL_OPEN
    + r"))(?=\s{2,}|\t|\s*$)",
    re.IGNORECASE,
)
# "Jun. 2018 Jan. 2021", "Mar. 2021 Present": two month dates (or a month date and "Present") with the dash between
# them lost in export (a dash drawn as a glyph without text), nothing but spaces between them
_MONTH_YEAR = _MONTH + r"(?:\s+de\s+|/|\s*[,']?\s*)" + _YEAR.replace("{g}y", "{g}my")  # "Out/2015 Atual" too
LOST_DASH_RE = re.compile(
    r"(?<![\w/.])"
    + _MONTH_YEAR.format(g="a")
    + r"\s+(?:exp(?:ected)?\.?\s*)?(?:"
    + _MONTH_YEAR.format(g="b")
    + r"|(?P<open>"
    + STILL_OPEN
    + r"))(?![\w/])",
    re.IGNORECASE,
)
# "Sep. 2024 ~" or "Feb 2025 -" closing a line or its column ("2024-        Acme   Senior Engineer"), or "June 2019
# onwards": a range still open
OPEN_RE = re.compile(
    r"(?<![\w/.])(?:" + _DATE.format(g="a") + r")(?:\s*(?:[-–—~]|\bto\b)\s*(?=$|\)|\s{2,}|\t)|\s+onwards?\b)",
    re.IGNORECASE,
)
# "June 2019 – July" closing a line: the end year was cut off (a clipped text box or line)
CLIPPED_RE = re.compile(
    r"(?<![\w/.])(?:" + _DATE.format(g="a") + ")" + _SEP + _MONTH.format(g="c") + r"\s*\)?\s*$", re.IGNORECASE
)
# a year after these names a product's version ("Windows Server 2008") or when the document itself was written
# ("Last updated in Jan 2026", "CV revised: March 2024"), not a time of the person's
_PRODUCT = re.compile(
    r"\b(?:server|servers|windows|office|studio|excel|word|sql|version|versions|v\.|release|edition|"
    r"updated|revised|modified)(?:\s+(?:on|in))?\s*:?\s*$",
    re.I,
)
# "... UT Austin Aug." above "2014-present.": a date broken over two lines at its month
SPLIT_MONTH_RE = re.compile(r"(?<![\w/.])" + _MONTH.format(g="z") + r"\s*$", re.IGNORECASE)
# "Since March 2016", "seit 2019"; "seit 03/23" with a two-digit year too, which alone could be a fraction or a day but
# after "since" is a month
SINCE_RE = re.compile(
    r"\b" + SINCE + r"\s+(?:" + _DATE.format(g="a") + "|" + _SHORT.format(g="c") + r")(?![\w/])", re.IGNORECASE
)
SINGLE_RE = re.compile(r"(?<![\w/.])(?:" + _DATE.format(g="a") + r")(?![\w/])", re.IGNORECASE)
_UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
NUMBER_WORDS = {
    **_UNITS_WORDS, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    # "Twenty-Two Years of experience", "thirty five years"
    **{f"{tens}{joint}{unit}": base + value for tens, base in (("twenty", 20), ("thirty", 30), ("forty", 40))
       for unit, value in _UNITS_WORDS.items() for joint in ("-", " ")},
}  # fmt: skip
"""Numbers written as words in lengths of time ("seven years"), on resumes and in postings."""
# "Jun. 2018 – Present (8 yrs 6 mos)", "Since 2019 (5 years)": a length printed after a date is part of the date
DURATION_RE = re.compile(
    r"(?:(?<=\d)|(?<=\d\.)|(?<=present)|(?<=current)|(?<=now)|(?<=date)|(?<=today))\s*"
    r"\(\s*(?:(?:\d+(?:\.\d+)?\+?|an?|one|less\s+than\s+(?:a|one))\s*"
    r"(?:yrs?|years?|mos?|mths?|months?)\.?\s*(?:,|and)?\s*)+\)",
    re.IGNORECASE,
)


def _year(text: str) -> int:
    digits = re.sub(r"\D", "", text)
    if len(digits) == 2:
        value = int(digits)
        return 2000 + value if value < 60 else 1900 + value
    return int(digits)


def _month(text: str) -> int:
    key = fold(text).rstrip(".")
    if key in _MONTHS:
        return _MONTHS[key]
    for length in (5, 4, 3):
        if key[:length] in _MONTHS:
            return _MONTHS[key[:length]]
    raise ValueError(f"not a month: {text!r}")


def _point(match: re.Match[str], g: str) -> tuple[int, int, str] | None:
    """Return (year, month, precision) of one date; precision is 'month', 'season' or 'year'."""
    get = match.group
    if g in "cd":
        return (_year(get(f"{g}qy")), int(get(f"{g}qm")), "month") if get(f"{g}qm") else None
    if g in "gh":
        return (_year(get(f"{g}ry")), _month(get(f"{g}rm")), "month") if get(f"{g}rm") else None
    if get(f"{g}wy"):
        return _year(get(f"{g}wy")), 10, "semester"
    if get(f"{g}uy"):
        return _year(get(f"{g}uy")), 4, "semester"
    if get(f"{g}s"):
        first, _ = _SEASONS[get(f"{g}s").lower()]
        return _year(get(f"{g}sy")), first, "season"
    if get(f"{g}m"):
        year = get(f"{g}hy") or get(f"{g}my")
        return _year(year), _month(get(f"{g}m")), "month"
    if get(f"{g}cm"):
        return _year(get(f"{g}cy")), int(get(f"{g}cm")), "month"
    if get(f"{g}tm"):
        return _year(get(f"{g}ty")), int(get(f"{g}tm")), "month"
    if get(f"{g}nm"):
        return _year(get(f"{g}ny")), int(get(f"{g}nm")), "month"
    if get(f"{g}dm"):
        return _year(get(f"{g}dy")), int(get(f"{g}dm")), "month"
    if get(f"{g}vm"):
        return _year(get(f"{g}vy")), _month(get(f"{g}vm")), "month"
    if get(f"{g}iy"):
        return _year(get(f"{g}iy")), int(get(f"{g}im")), "month"
    if get(f"{g}kq") or get(f"{g}lq"):
        year, quarter = (get(f"{g}ky"), get(f"{g}kq")) if get(f"{g}kq") else (get(f"{g}ly"), get(f"{g}lq"))
        return _year(year), 3 * int(quarter) - 2, "quarter"
    if get(f"{g}y"):
        return _year(get(f"{g}y")), 1, "year"
    return None


def _span(year: int, month: int, precision: str) -> tuple[int, int]:
    """Inclusive month range one date covers on its own."""
    start = month_index(year, month)
    if precision in ("season", "quarter"):
        return start, start + 2
    if precision == "semester":
        return start, start + 5
    if precision == "year":
        return start, start + 11
    return start, start


def find_date_ranges(line: str, as_of: int) -> list[DateRange]:
    """Find the date ranges in a line, as inclusive month ranges.

    Conventions (see the README): months are inclusive; a year-only range stops before its end year
    ("2017 - 2019" is 24 months) unless it is the start year; a year-only end after a month ("Jun 2017 -
    2019") is read as the middle of that year (June); "2019–20" is "2019 - 2020"; quarters ("Q1 2020") and
    seasons cover three months; "Present" is the ``as_of`` month.

    >>> from gapcheck.models import month_index, month_label
    >>> r = find_date_ranges("Data Scientist, Acme   Jan 2019 – Mar 2019", month_index(2026, 11))[0]
    >>> month_label(r.start), month_label(r.end), r.end - r.start + 1
    ('2019-01', '2019-03', 3)
    >>> r = find_date_ranges("2017 - 2019", month_index(2026, 11))[0]
    >>> r.end - r.start + 1
    24
    """
    found: list[DateRange] = []
    taken: list[tuple[int, int]] = []
    for match in RANGE_RE.finditer(line):
        if _PRODUCT.search(line, 0, match.start()):
            continue  # "Windows Server 2008-2012": product versions, not dates
        if match.group("xay") and _SEMESTER_BEFORE.search(line, 0, match.start()):
            continue  # "WS 2019/20": a winter semester, read as a single date
        if (opened := _two_open(line, match, as_of)) is not None:
            found.append(opened)
            taken.append((match.start(), match.start() + len(opened.text)))
            continue
        months = _academic_year(match) if match.group("xay") else _months_of(match, as_of)
        if months is None:
            continue
        start, end_last, current = months
        if not current:
            current = end_last >= as_of
            end_last = min(end_last, as_of)
        if start > end_last or end_last - start > 12 * 60:
            continue
        found.append(DateRange(start, end_last, current, match.group().strip()))
        taken.append(match.span())
    if not any(map(str.isdigit, line)):
        return found  # the patterns below need a digit (DIGIT_PATTERNS), which most lines lack
    for match in GAP_RANGE_RE.finditer(line):
        start = month_index(int(match.group("epy")), int(match.group("epm")))
        end = month_index(int(match.group("fpy")), int(match.group("fpm")))
        if start <= end and not _overlaps(match.span(), taken):
            found.append(DateRange(start, min(end, as_of), end >= as_of, match.group().strip()))
            taken.append(match.span())
    for match in YEAR_GAP_RE.finditer(line):
        first, last = int(match.group("a")), int(match.group("b") or 0)
        if (match.group("open") or first <= last <= first + 40) and not _overlaps(match.span(), taken):
            start = month_index(first, 1)
            end = as_of if match.group("open") else month_index(last, 1) - 1 if last > first else start + 11
            if start <= as_of:
                found.append(DateRange(start, min(end, as_of), end >= as_of, match.group().strip()))
                taken.append(match.span())
    for match in LOST_DASH_RE.finditer(line):
        start = month_index(_year(match.group("amy")), _month(match.group("am")))
        end = as_of if match.group("open") else month_index(_year(match.group("bmy")), _month(match.group("bm")))
        if (
            start <= min(end, as_of)
            and not _overlaps(match.span(), taken)
            and not _PRODUCT.search(line, 0, match.start())
        ):
            found.append(DateRange(start, min(end, as_of), end >= as_of, match.group().strip()))
            taken.append(match.span())
    for match in CLIPPED_RE.finditer(line):
        point = _point(match, "a")
        if point and not _overlaps(match.span(), taken) and not _PRODUCT.search(line, 0, match.start()):
            start, _ = _span(*point)
            end = month_index(start // 12, _month(match.group("cm")))
            end += 12 if end < start else 0
            if end <= as_of:
                found.append(DateRange(start, end, False, match.group().strip(" )")))
                taken.append(match.span())
    for match in [*SINCE_RE.finditer(line), *OPEN_RE.finditer(line)]:
        point = _point(match, "c" if match.re is SINCE_RE and match.group("cqm") else "a")
        if point and not _overlaps(match.span(), taken):
            start, _ = _span(*point)
            if start <= as_of:
                found.append(DateRange(start, as_of, True, match.group().strip()))
                taken.append(match.span())
    return found


# "2018 – 2018 –": a dash after a range's end closing the line or its column; each date opens a range of its own
_OPEN_AFTER = re.compile(r"\s*[-–—~]\s*(?=$|\s{2,}|\t)")
_FIRST_OPEN = re.compile(r"(?:" + _DATE.format(g="a") + ")" + _SEP, re.IGNORECASE)


def _two_open(line: str, match: re.Match[str], as_of: int) -> DateRange | None:
    """The first of two ranges still open printed side by side ("2018 – 2018 –", two rows of a date column on one
    line), read from a match that took them for one range; None for any other match."""
    if match.group("present") or match.group("aom") or match.group("xay") or not match.group().strip()[-1:].isalnum():
        return None
    if not _OPEN_AFTER.match(line, match.end()) or (first := _FIRST_OPEN.match(line, match.start())) is None:
        return None
    point = _point(first, "a")
    if point is None or (start := _span(*point)[0]) > as_of:
        return None
    return DateRange(start, as_of, True, first.group().strip())


def _months_of(match: re.Match[str], as_of: int) -> tuple[int, int, bool] | None:
    """(first month, last month, ends at "Present") of a RANGE_RE match between two dates."""
    first, last, present_group = (
        ("c", "d", "present2")
        if match.group("cqm") is not None
        else ("g", "h", "present3")
        if match.group("grm") is not None
        else ("a", "b", "present")
    )
    end_point = _point(match, last)
    present = bool(match.group(present_group))
    if present:
        end_first = end_last = as_of
    elif end_point is None:
        return None
    else:
        end_first, end_last = _span(*end_point)
    start_point = _point(match, first)
    if start_point is None:  # "May - August 2014"
        year = end_point[0] if end_point else as_of // 12
        start = month_index(year, _month(match.group("aom")))
    else:
        start, _ = _span(*start_point)
    if end_point and start_point and end_point[2] == start_point[2] == "year" and end_point[0] < start_point[0]:
        # "2021 - 2015": the years written latest first, as a list of jobs runs; read as "2015 - 2021"
        return month_index(end_point[0], 1), month_index(start_point[0], 1) - 1, present
    if end_point and end_point[2] == "year" and start_point and end_point[0] > start_point[0]:
        # "2017 - 2019": Jan 2017 to Dec 2018, two years; "Jun 2017 - 2019": left in 2019, read as its June
        end_last = end_first - 1 if start_point[2] == "year" else end_first + 5
    return start, end_last, present


def _academic_year(match: re.Match[str]) -> tuple[int, int, bool] | None:
    """ "2019–20", "2019/20" and "2019/2020" read as "2019 - 2020"; "2011/12" stays a month (December 2011) and so
    does "2011-12" (ISO), but "2011–12" with a dash is a year range. Two full years after a slash are one academic
    year ("2013/2014" is not a range of many years)."""
    first, end = int(match.group("xay")), match.group("xby")
    if len(end) == 4:
        return (month_index(first, 1), month_index(first, 12), False) if int(end) == first + 1 else None
    last = first - first % 100 + int(end)
    if last <= first:
        last += 100
    if last - first > 10 or (1 <= int(match.group("xby")) <= 12 and match.group("xsep") in "-/"):
        return None
    return month_index(first, 1), month_index(last, 1) - 1, False


# "Summer 2012 and 2013", "Summers 2007, 2008, Winter 2009": one season a year, repeated
_SEASON_ITEM = r"(?:(?:spring|summer|fall|autumn|winter)s?\s*,?\s*)?(?:19[5-9]\d|20[0-4]\d|['’]\d\d)(?![\w/])"
SEASON_LIST_RE = re.compile(
    r"(?<![\w/.])(?:spring|summer|fall|autumn|winter)s?\s*,?\s*(?:19[5-9]\d|20[0-4]\d|['’]\d\d)(?![\w/])"
    r"(?:\s*(?:,|" + ALSO + r")\s*" + _SEASON_ITEM + ")+",
    re.IGNORECASE,
)
# "2019 and 2020", "2015, 2017", "2012, 2013 & 2015", "2019 und 2020": whole years listed, each a time of its own (not
# a range's end, "2015 - 2017, 2019", nor a number's part, "2,019.5")
_LIST_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
YEAR_LIST_RE = re.compile(
    r"(?<![\w/.,–—-])(?<![–—-]\s)" + _LIST_YEAR + r"(?:\s*(?:,|;|" + ALSO + r")\s*" + _LIST_YEAR + r")+"
    r"(?![\w/]|\s*[-–—]\s*\d|[.,]\d)",
    re.IGNORECASE,
)


def find_season_list(line: str, as_of: int) -> list[DateRange]:
    """The seasons of a repeated entry ("Summers 2007, 2008, Winter 2009"), one range each; a year without
    a season of its own takes the season before it.

    >>> from gapcheck.models import month_index, month_label
    >>> [month_label(r.start) for r in find_season_list("Intern   Summer 2012 and 2013", month_index(2026, 11))]
    ['2012-06', '2013-06']
    """
    match = SEASON_LIST_RE.search(line)
    if match is None:
        return []
    found, season = [], ""
    for item in re.finditer(
        r"(?P<s>spring|summer|fall|autumn|winter)?s?\s*,?\s*(?P<y>\d{4}|['’]\d\d)", match.group(), re.I
    ):
        season = (item.group("s") or season).lower()
        start = month_index(_year(item.group("y")), _SEASONS[season][0])
        if start <= as_of:
            found.append(DateRange(start, min(start + 2, as_of), False, item.group().strip(" ,")))
    return found


_SEASON_BEFORE = re.compile(r"(?:spring|summer|fall|autumn|winter)s?\s*,?\s*$", re.IGNORECASE)


def find_year_list(line: str, as_of: int) -> list[DateRange]:
    """The whole years of a listed entry ("Tutor   2015, 2017", "2019 and 2020"), one range each, in the order
    written; a list whose years repeat is no list of times.

    >>> from gapcheck.models import month_index, month_label
    >>> [(month_label(r.start), month_label(r.end)) for r in find_year_list("2019 und 2020", month_index(2026, 11))]
    [('2019-01', '2019-12'), ('2020-01', '2020-12')]
    """
    match = YEAR_LIST_RE.search(line)
    if match is None or _SEASON_BEFORE.search(line, 0, match.start()):
        return []  # "Summer 2012 and 2013": a season repeated (find_season_list)
    years = [int(y) for y in re.findall(r"\d{4}", match.group())]
    if len(set(years)) < len(years) or max(years) - min(years) > 40:
        return []
    return [
        DateRange(start, min(start + 11, as_of), start + 11 >= as_of, str(year))
        for year in years
        if (start := month_index(year, 1)) <= as_of
    ]


def end_year_missing(date_range: DateRange) -> bool:
    """True when a range was read from a date whose end year is missing ("June 2019 – July"): its end is the
    first such month after the start until something better is known.

    >>> from gapcheck.models import month_index
    >>> [end_year_missing(r) for r in find_date_ranges("Analyst, Acme  June 2019 – July", month_index(2026, 11))]
    [True]
    """
    return CLIPPED_RE.fullmatch(date_range.text) is not None


def find_single_date(line: str, as_of: int, *, last: bool = False) -> DateRange | None:
    """A lone date ("Summer 2020", "May 2020", "2019") read as the span it names: the line's first, or its
    ``last``."""
    matches = list(SINGLE_RE.finditer(line))
    for match in reversed(matches) if last else matches:
        point = _point(match, "a")
        if point is None or _PRODUCT.search(line, 0, match.start()):
            continue
        start, end = _span(*point)
        if start <= as_of:
            return DateRange(start, min(end, as_of), False, match.group().strip())
    return None


def years_in(line: str) -> list[int]:
    """Four-digit years (1950-2049) mentioned in a line."""
    return [int(y) for y in re.findall(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)", line)]


@lru_cache(maxsize=4096)
def strip_dates(line: str) -> str:
    """The line without its date ranges and lone dates (what is left names the position); remembered, as the
    readers of positions ask it of the same lines several times."""
    if not any(map(str.isdigit, line)):  # most lines: only the patterns that need no digit can match (DIGIT_PATTERNS)
        return _trimmed(re.sub(r"\s{2,}", "   ", RANGE_RE.sub(" ", DURATION_RE.sub(" ", line))))
    text = RANGE_RE.sub(" ", _SEMESTER_RE.sub(" ", DURATION_RE.sub(" ", line)))  # "WS 2019/2020" whole, first
    text = SINCE_RE.sub(" ", text)
    text = OPEN_RE.sub(" ", text)
    text = CLIPPED_RE.sub(" ", text)
    text = SEASON_LIST_RE.sub(" ", text)
    text = YEAR_LIST_RE.sub(" ", text)
    text = GAP_RANGE_RE.sub(" ", text)
    text = YEAR_GAP_RE.sub(" ", text)
    text = LOST_DASH_RE.sub(" ", text)
    text = SINGLE_RE.sub(" ", text)
    return _trimmed(re.sub(r"\s{2,}", "   ", text))


def _trimmed(text: str) -> str:
    """What is left of a line without its dates, without the dashes, bars and brackets around them; a closing
    bracket stays when it closes what the rest opened ("Teaching of an R course (Example University)")."""
    out = text.strip(" ,|–—-()[]\t")
    if out.count("(") > out.count(")") and text.rstrip(" ,|–—-\t").endswith(")"):
        out += ")"
    return out


DIGIT_PATTERNS = (
    _SEMESTER_RE, SINCE_RE, OPEN_RE, CLIPPED_RE, SEASON_LIST_RE, YEAR_LIST_RE, GAP_RANGE_RE, YEAR_GAP_RE,
    LOST_DASH_RE, SINGLE_RE,
)  # fmt: skip
"""Patterns every match of which holds a digit, so a line without one is not searched with them (``strip_dates`` and
the readers of positions skip them there; tests/test_digit_patterns.py proves each from the pattern itself)."""


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)
