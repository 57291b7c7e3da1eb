"""A heading's block -> the section kind it holds: positions or degrees, whatever the heading calls itself."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.dates import RANGE_RE, strip_dates, years_in
from gapcheck.degreelines import degree_mentions, degree_statements
from gapcheck.jobwords import TITLE_WORDS
from gapcheck.schools import INSTITUTION

_MIN_ENTRIES = 2
"""Entries a block needs before its content names its kind: one dated line may be anything."""
_ENTRY_LINES = 4
"""Lines an entry's name and its dates may span: a degree's name, its field wrapped, its dates under them."""
_MAX_BLOCK = 60
"""Lines read after a heading: a kind shows in its first entries."""
# a line shaped as a heading: one to four words of letters, each capitalised (or a short joiner), no digits and no
# sentence's punctuation ("Mein Werdegang", "Stationen", "Where I Worked", "Akademische Laufbahn")
_SHAPE = re.compile(r"[^\W\d_][^\W\d_ '’&/-]*(?: [^\W\d_&/][^\W\d_'’-]*| [&/])*:?")
_ITEM = re.compile(r"\s*[•∗*·▪◦●■➢–-]")
_JOINER = re.compile(r"(?:and|und|et|e|y|of|de|di|da|do|der|des|du|in|&|/)")


def heading_shaped(line: str) -> bool:
    """One to four capitalised words alone on a line, with no digits or sentence punctuation and no job title
    ("Senior Scientist" heads its own job): a heading's shape.

    >>> heading_shaped("Mein Werdegang"), heading_shaped("Built models in Python."), heading_shaped("2019 - 2021")
    (True, False, False)
    """
    text = line.strip()
    words = text.rstrip(":").split()
    if not 1 <= len(words) <= 4 or len(text) > 40 or not _SHAPE.fullmatch(text):
        return False
    return all(w[0].isupper() or _JOINER.fullmatch(w) for w in words) and not TITLE_WORDS.search(text)


def _degree_line(line: str) -> bool:
    """A degree's own line: no item of a list ("• Modelling Marine Processes (M.Sc.)", a course taught), no title
    ("PhD student", "PhD candidate": a position of its own), and the degree named first, or after its school
    ("Example University, M.Sc. Physics"), not after another name ("Quantitative methods, Master 2 students")."""
    if _ITEM.match(line) or TITLE_WORDS.search(line) or not degree_statements(line, in_education=True):
        return False
    text = strip_dates(line)
    mentions = degree_mentions(text)
    before = text[: mentions[0][1]] if mentions else ""
    return "," not in before or INSTITUTION.search(before) is not None


def block_kind(block: Sequence[str]) -> str | None:
    """What a block of lines holds by its dated entries: "experience" when positions (a date range beside a job
    title, on its line or the next) make most of them, "education" when degree lines (a degree's name with a date
    in its entry) make half the dated lines or more, and outnumber the positions; None when neither does.

    The block's first entry comes at once. A publication, an award or a talk is dated with one year, not a range,
    and names no title: a block of those is neither. Degree lines count before positions, so a list of degrees with
    their years stays education.

    >>> block_kind(["Data Analyst, Acme   2019 - 2021", "• Built reports", "Intern, Initech   2018 - 2019"])
    'experience'
    >>> block_kind(["M.Sc. Physics, Uni Bonn   2014 - 2016", "B.Sc. Physics, Uni Bonn   2010 - 2014"])
    'education'
    >>> block_kind(["Paper on graphs. Journal of X, 2019", "Another paper. Conference Y, 2018"]) is None
    True
    """
    block = block[:_MAX_BLOCK]
    dated = [bool(years_in(line)) for line in block]
    if not any(dated[:_ENTRY_LINES]):
        return None  # a list of dated entries starts with one: these lines are something else
    degrees = sum(_degree_line(line) and any(dated[i : i + _ENTRY_LINES]) for i, line in enumerate(block))
    ranged = [i for i, line in enumerate(block) if RANGE_RE.search(line)]
    titled = sum(any(TITLE_WORDS.search(block[k]) for k in (i - 1, i, i + 1) if 0 <= k < len(block)) for i in ranged)
    if degrees >= _MIN_ENTRIES and degrees * 2 >= sum(dated) and degrees > titled:
        return "education"
    if titled >= _MIN_ENTRIES and titled * 2 > len(ranged) and degrees * 2 < titled:
        return "experience"
    return None
