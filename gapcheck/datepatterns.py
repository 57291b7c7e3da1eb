"""The date patterns of resumes: the regular expressions that find date ranges ("Jan 2019 – Present",
"01/2019–06/2021"), open and clipped ones, lone dates and durations in a line (read into months by `dates`)."""

from __future__ import annotations

import re

from gapcheck.datewords import MONTH, PRESENT, SINCE, STILL_OPEN, TO

_MONTH = MONTH
_YEAR = r"(?P<{g}y>(?:19[5-9]\d|20[0-4]\d)|['’`‘]\d\d)(?!\d)"
# German semesters: "WS 2019/20" (winter, October to March), "SS 2020" (summer, April to September)
_SEMESTER = (
    r"(?:(?-i:WS|WiSe)|winter\s*semester|wintersemester)\s*(?P<{g}wy>(?:19[5-9]\d|20[0-4]\d))\s*/\s*(?:\d\d){{1,2}}"
    r"(?!\d)|(?:(?-i:SS|SoSe)|sommersemester)\s*(?P<{g}uy>(?:19[5-9]\d|20[0-4]\d))(?![\d/])"
)
SEMESTER_RE = re.compile(r"(?<![\w/.])(?:" + _SEMESTER.format(g="s") + ")", re.IGNORECASE)
SEMESTER_BEFORE = re.compile(r"(?:(?-i:WS|WiSe)|winter\s*semester|wintersemester)\s*$", re.IGNORECASE)
DATE = (
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
    + r"\s*[-/.]\s*(?P<{g}im>0[1-9]|1[0-2]|(?<=\.)[1-9])(?:[-./](?:0[1-9]|[12]\d|3[01]|(?<=\.)[1-9]))?(?![\d/]|\.\d)|"
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
SEP = r"\s*(?:-{1,2}>?|=>|[–—‐‒―~→⇒➡−～〜]{1,2}|至|" + TO + r")\s*"
_START_MONTH = _MONTH.replace("{g}m", "{g}om")


# "05/04 - 06/14", "10-13 - 02-15": month/two-digit-year, only as both ends of a range (alone it could be a fraction or
# a day); with a hyphen the month has two digits and no day follows ("03-16-2019")
_SHORT = r"(?P<{g}qm>0?[1-9]|1[0-2])(?:/|(?<=\d\d)-)(?P<{g}qy>\d\d)(?![\d/]|(?<=\d\d-\d\d)-\d)"
# "Nov 15 - Present", "Feb 12 - Apr 13": a month's name and a two-digit year without its apostrophe, only as both ends
# of a range (alone, or before a full year as in "Oct 14 – Oct 20, 2019", the number is a day)
_NAMED_SHORT = (
    _MONTH.replace("{g}m", "{g}rm")
    + r"\s+(?P<{g}ry>\d\d)(?![\d/]|\.(?!\s*$)|:\d|\s*(?:st|nd|rd|th)\b|\s*,?\s*(?:19|20)\d\d|\s*[-–—]\s*\d)"
)

PATTERN_PARTS = {
    "date": DATE, "start_month": _START_MONTH, "month": _MONTH, "sep": SEP, "present": _PRESENT,
    "named_short": _NAMED_SHORT,
}  # fmt: skip
"""The pieces date patterns are built from ("{g}" names their groups), for readers of dates laid out over lines."""


def _both_ends(piece: str, start: str, end: str, present: str) -> str:
    """A range of two dates written ``piece``'s way (groups ``start`` and ``end``), or one and "Present"."""
    return (
        r"(?<![\w/.])"
        + piece.format(g=start)
        + SEP
        + "(?:"
        + piece.format(g=end)
        + "|"
        + _PRESENT.replace("present>", f"{present}>")
        + r")(?![\w/])"
    )


RANGE_RE = re.compile(
    r"(?<![\w/.])(?:"
    + DATE.format(g="a")
    + "|"
    + _START_MONTH.format(g="a")  # "May – August 2014": the year comes with the end
    + ")"
    + SEP
    + r"(?:exp(?:ected)?\.?\s*)?(?:"  # "Mar 2016 – Exp. Jun 2017"
    + DATE.format(g="b")
    + "|"
    + _PRESENT
    + r")(?![\w/])|"
    + _both_ends(_SHORT, "c", "d", "present2")
    # an academic year "2019–20", "2019/20" (the end year's last two digits) or "2019/2020"
    + r"|(?<![\w/.])(?P<xay>(?:19[5-9]\d|20[0-4]\d))\s*(?P<xsep>[-–—/])\s*(?P<xby>\d\d|(?:19|20)\d\d)"
    + r"(?![\w/.]|\s*[-–—]\s*\d)|"
    + _both_ends(_NAMED_SHORT, "g", "h", "present3")
    # "3 - 4/2014", "09.-12.2002": two months of one year written as numbers, the year given once, after the end
    + r"|(?<![\w/.])(?P<zsm>0?[1-9]|1[0-2])\.?"
    + SEP
    + r"(?P<zem>0?[1-9]|1[0-2])\s*[/.]\s*(?P<zy>19[5-9]\d|20[0-4]\d)(?![\w/]|\.\d)",
    re.IGNORECASE,
)
# "03/2011   04/2012": two month dates with the dash lost in export, nothing else between them
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
# "Jul. 2017 Feb. 2020", "Mar. 2020 Present": two month dates (or a month date and "Present") with the dash between
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
    r"(?<![\w/.])(?:" + DATE.format(g="a") + r")(?:\s*(?:[-–—~]|\bto\b)\s*(?=$|\)|\s{2,}|\t)|\s+onwards?\b)",
    re.IGNORECASE,
)
# "June 2019 – July" closing a line: the end year was cut off (a clipped text box or line)
CLIPPED_RE = re.compile(
    r"(?<![\w/.])(?:" + DATE.format(g="a") + ")" + SEP + _MONTH.format(g="c") + r"\s*\)?\s*$", re.IGNORECASE
)
# a year after these names a product's version ("Windows Server 2008") or when the document itself was written
# ("Last updated in Jan 2026", "CV revised: March 2024"), not a time of the person's
PRODUCT = re.compile(
    r"\b(?:server|servers|windows|office|studio|excel|word|sql|version|versions|v\.|release|edition|"
    r"updated|revised|modified)(?:\s+(?:on|in))?\s*:?\s*$",
    re.I,
)
# "... at the state lab since Sep." above "2013-present.": a date broken over two lines at its month
SPLIT_MONTH_RE = re.compile(r"(?<![\w/.])" + _MONTH.format(g="z") + r"\s*$", re.IGNORECASE)
# "Since March 2016", "seit 2019"; "seit 03/23" with a two-digit year too, which alone could be a fraction or a day but
# after "since" is a month
SINCE_RE = re.compile(
    r"\b" + SINCE + r"\s+(?:" + DATE.format(g="a") + "|" + _SHORT.format(g="c") + r")(?![\w/])", re.IGNORECASE
)
SINGLE_RE = re.compile(r"(?<![\w/.])(?:" + DATE.format(g="a") + r")(?![\w/])", re.IGNORECASE)
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
# "· 4 yrs 10 mos", "(2 Jahre 3 Monate)", "4 años": how long an entry lasted, written beside its dates; a number is
# tried from its first digit only, so a long run of digits is read once, not once per digit
YEAR_UNITS = r"yrs?|years?|jahre?n?|ans?|años?|ann[io]|anos?|jaar|år"
MONTH_UNITS = r"mos?|mths?|months?|monate?n?|mois|mes(?:es)?|mes[ei]|mês|maand(?:en)?|mån(?:ader)?"
LENGTH = re.compile(r"(?<!\d)\d+(?:[.,]\d+)?\+?\s?(?:" + YEAR_UNITS + "|" + MONTH_UNITS + r")\b\.?", re.IGNORECASE)
# "Jun. 2018 – Present (8 yrs 6 mos)", "Since 2019 (5 years)": a length printed after a date is part of the date
DURATION_RE = re.compile(
    r"(?:(?<=\d)|(?<=\d\.)|(?<=present)|(?<=current)|(?<=now)|(?<=date)|(?<=today))\s*"
    r"\(\s*(?:(?:\d+(?:\.\d+)?\+?|an?|one|less\s+than\s+(?:a|one))\s*"
    r"(?:yrs?|years?|mos?|mths?|months?)\.?\s*(?:,|and)?\s*)+\)",
    re.IGNORECASE,
)
