"""Dates on resumes -> month ranges ("Jan 2019 – Present", "01/2019–06/2021", "Summer 2020", "2017 - 2019"): the
matches of `datepatterns` read into months, lists of seasons and years, and lines without their dates."""

from __future__ import annotations

import re
from functools import lru_cache

from gapcheck.datepatterns import (
    CLIPPED_RE,
    DATE,
    DURATION_RE,
    GAP_RANGE_RE,
    LOST_DASH_RE,
    OPEN_RE,
    PRODUCT,
    RANGE_RE,
    SEMESTER_BEFORE,
    SEMESTER_RE,
    SEP,
    SINCE_RE,
    SINGLE_RE,
    YEAR_GAP_RE,
)
from gapcheck.datewords import ALSO, MONTH_NAMES
from gapcheck.models import DateRange, month_index
from gapcheck.textlines import years_in as years_in  # the later stages read years from here

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
        if PRODUCT.search(line, 0, match.start()):
            continue  # "Windows Server 2008-2012": product versions, not dates
        if match.group("xay") and SEMESTER_BEFORE.search(line, 0, match.start()):
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
            and not PRODUCT.search(line, 0, match.start())
        ):
            found.append(DateRange(start, min(end, as_of), end >= as_of, match.group().strip()))
            taken.append(match.span())
    for match in CLIPPED_RE.finditer(line):
        point = _point(match, "a")
        if point and not _overlaps(match.span(), taken) and not PRODUCT.search(line, 0, match.start()):
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
_FIRST_OPEN = re.compile(r"(?:" + DATE.format(g="a") + ")" + SEP, re.IGNORECASE)


def _two_open(line: str, match: re.Match[str], as_of: int) -> DateRange | None:
    """The first of two ranges still open printed side by side ("2018 – 2018 –", two rows of a date column on one
    line), read from a match that took them for one range; None for any other match."""
    if match.group("present") or match.group("aom") or match.group("xay") or match.group("zsm"):
        return None
    if not match.group().strip()[-1:].isalnum():
        return None
    if not _OPEN_AFTER.match(line, match.end()) or (first := _FIRST_OPEN.match(line, match.start())) is None:
        return None
    point = _point(first, "a")
    if point is None or (start := _span(*point)[0]) > as_of:
        return None
    return DateRange(start, as_of, True, first.group().strip())


def _months_of(match: re.Match[str], as_of: int) -> tuple[int, int, bool] | None:
    """(first month, last month, ends at "Present") of a RANGE_RE match between two dates."""
    if match.group("zsm"):  # "3 - 4/2014"
        year = int(match.group("zy"))
        start, end = month_index(year, int(match.group("zsm"))), month_index(year, int(match.group("zem")))
        return (start, end, False) if start <= end else None
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


# "Summer 2014 and 2015", "Summers 2005, 2006, Winter 2007": one season a year, repeated
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
        return []  # "Summer 2014 and 2015": a season repeated (find_season_list)
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
        if point is None or PRODUCT.search(line, 0, match.start()):
            continue
        start, end = _span(*point)
        if start <= as_of:
            return DateRange(start, min(end, as_of), False, match.group().strip())
    return None


@lru_cache(maxsize=4096)
def strip_dates(line: str) -> str:
    """The line without its date ranges and lone dates (what is left names the position); remembered, as the
    readers of positions ask it of the same lines several times."""
    if not any(map(str.isdigit, line)):  # most lines: only the patterns that need no digit can match (DIGIT_PATTERNS)
        return _trimmed(re.sub(r"\s{2,}", "   ", RANGE_RE.sub(" ", DURATION_RE.sub(" ", line))))
    text = RANGE_RE.sub(" ", SEMESTER_RE.sub(" ", DURATION_RE.sub(" ", line)))  # "WS 2019/2020" whole, first
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
    SEMESTER_RE, SINCE_RE, OPEN_RE, CLIPPED_RE, SEASON_LIST_RE, YEAR_LIST_RE, GAP_RANGE_RE, YEAR_GAP_RE,
    LOST_DASH_RE, SINGLE_RE,
)  # fmt: skip
"""Patterns every match of which holds a digit, so a line without one is not searched with them (``strip_dates`` and
the readers of positions skip them there; tests/test_digit_patterns.py proves each from the pattern itself)."""


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(span[0] < b and a < span[1] for a, b in taken)
