"""Positions' dates completed from their neighbours: an end year cut off, a latest job given by its start only."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gapcheck.datepatterns import MONTH_UNITS, YEAR_UNITS
from gapcheck.dates import end_year_missing, find_date_ranges
from gapcheck.datewords import DAY_DATE_RE
from gapcheck.jobwords import only_length
from gapcheck.models import DateRange, Degree, Position, month_index

# a post that is the study for a degree: "PhD student", "Doctoral candidate", "Master's student", "Doktorand",
# "doctorant", "dottoranda", "doctorando", "doutorando"
_STUDY_POSTS = (
    ("doctorate", r"(?:ph\.?\s?d\.?|doctoral|doctorate)\s+(?:student|candidate|researcher)|doktorand(?:in)?|"
     r"doctorant(?:e)?|dottorand[oa]|doctorand[oa]|doutorand[oa]"),
    ("master", r"(?:master'?s?|m\.?\s?sc\.?)\s+(?:student|candidate)|masterand(?:in)?"),
)  # fmt: skip
_STUDY_POST_RE = [(level, re.compile(r"\b(?:" + words + r")(?!\w)", re.IGNORECASE)) for level, words in _STUDY_POSTS]


def complete_dates(positions: list[Position], as_of: int) -> list[Position]:
    """The positions (in the resume's order) with dates that only their neighbours explain completed."""
    return _open_latest_start(_close_missing_end_years(positions), as_of)


def _close_missing_end_years(positions: list[Position]) -> list[Position]:
    """ "June 2019 – July" whose end year was cut off: read the end as the last July before the next position
    starts (positions in a career list follow one another), or the first July after the start when no position
    follows. The reading notes name the dates read this way."""
    out = []
    for position in positions:
        dates = position.dates
        if dates is not None and end_year_missing(dates):
            later = [p.dates.start for p in positions if p.dates is not None and p.dates.start > dates.start]
            if later:
                end = min(later) - 1
                end -= (end - dates.end) % 12  # the same month of the year as the one read
                if end > dates.end:
                    position = replace(position, dates=replace(dates, end=end))
        out.append(position)
    return out


def _open_latest_start(positions: list[Position], as_of: int) -> list[Position]:
    """ "April 2014" alone on the first (latest) of a list of positions whose others are ranges ending when it
    starts ("September 2009 to April 2014" below it): a job still held, written with its start only (the end a
    resume builder leaves empty for the current job). It runs to the present."""
    dated = [p for p in positions if p.dates is not None]
    if len(dated) < 2 or (first := dated[0]).dates is None:
        return positions
    dates = first.dates
    if (
        dates.start != dates.end
        or dates.current
        or find_date_ranges(dates.text, as_of)
        or DAY_DATE_RE.search(dates.text)
    ):
        return positions
    others = [p.dates for p in dated[1:] if p.dates is not None]
    if not all(o.end > o.start and o.start < dates.start for o in others):
        return positions
    if not dates.start - 6 <= max(o.end for o in others) <= dates.start:  # the job before ends as it starts
        return positions
    opened = replace(first, dates=replace(dates, end=as_of, current=True))
    return [opened if p is first else p for p in positions]


# "5 mois", "2 months", "1 yr 3 mos" opening a line of an entry's date column or right after its first month: how long
# an entry written with its start only lasted
_LENGTH_OPENS = re.compile(
    r"[\s(·,|–—-]*(?P<a>\d{1,2})\s?(?:(?P<ay>" + YEAR_UNITS + r")|" + MONTH_UNITS + r")\b\.?"
    r"(?:[\s,]*(?:and\s+|et\s+|und\s+)?(?P<b>\d{1,2})\s?(?:" + MONTH_UNITS + r")\b)?",
    re.IGNORECASE,
)
_LONGEST = 120


def lasting(dates: DateRange | None, line: str, under: Sequence[str]) -> DateRange | None:
    """An entry dated by its first month alone ("Mars 2019" in a date column) that says how long it lasted, in a
    cell of its own line ("Juin 2017 (2 mois)", "Jan 2015 | Analyst | 4 mos") or opening a line under it ("5 mois"),
    runs that long: "Mars 2019" over "5 mois" is March to July 2019. A length inside a sentence or a bullet is
    a task's, not the entry's.

    >>> from gapcheck.models import month_label
    >>> found = lasting(DateRange(24230, 24230, False, "Mars 2019"), "Mars 2019   Stage", ["5 mois   • Tests"])
    >>> month_label(found.start), month_label(found.end)
    ('2019-03', '2019-07')
    """
    if dates is None or dates.start != dates.end or dates.current:
        return dates
    cells = [cell for cell in _CELL.split(line.replace(dates.text, "   ")) if only_length(cell)]
    for text in cells + [x for x in under if not _BULLET.match(x)]:
        found = _LENGTH_OPENS.match(text)
        if found is None:
            continue
        months = int(found.group("a")) * (12 if found.group("ay") else 1) + int(found.group("b") or 0)
        if 1 <= months <= _LONGEST:
            return replace(dates, end=dates.start + months - 1)
    return dates


_CELL = re.compile(r"\s*[|·•()]\s*|\s{3,}")
_BULLET = re.compile(r"\s*[•∗*·▪◦●■➢–-]")


def end_finished_studies(positions: Sequence[Position], degrees: Sequence[Degree]) -> tuple[Position, ...]:
    """The positions with a study post still open ("Ph.D student, Example University (2007-present)") ended in the
    year the resume's degree of that level was completed ("Ph.D. in Physics, Example University. September 2013."):
    a resume updated in one place and not the other; the degree says when the study ended."""
    out = []
    for position in positions:
        dates = position.dates
        if dates is not None and dates.current:
            level = next((lv for lv, words in _STUDY_POST_RE if words.search(position.title)), None)
            years = [d.year for d in degrees if d.level == level and not d.in_progress and d.year is not None]
            finished = [month_index(year, 12) for year in years if dates.start <= month_index(year, 12) < dates.end]
            if finished:
                position = replace(position, dates=replace(dates, end=min(finished), current=False))
        out.append(position)
    return tuple(out)
