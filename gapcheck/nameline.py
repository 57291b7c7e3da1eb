"""The shape of a position's name line ("Data Scientist, Acme Corp   2019 - 2021"), and lines that are a whole entry
by themselves: run-in paragraphs ("Consultant, Acme Inc. (2009-2010): Built ..."), listed years ("2015, 2017:
Tutor")."""

from __future__ import annotations

import re
from dataclasses import replace

from gapcheck.datepatterns import GAP_RANGE_RE, LOST_DASH_RE, RANGE_RE, SINCE_RE, SINGLE_RE
from gapcheck.dates import (
    YEAR_LIST_RE,
    find_date_ranges,
    find_season_list,
    find_single_date,
    find_year_list,
    strip_dates,
)
from gapcheck.jobwords import ORG_WORDS, TITLE_WORDS
from gapcheck.models import DateRange, month_index

CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.\w|https?:|www\.|\+?\d[\d\s().-]{7,}\d|\b(?:e-?mail|mobile|phone|tel)\b", re.IGNORECASE
)


# "Research Associate, Acme Institute, Stockholm, http://www.acme.org": the employer's web address on a dated name line
WEB_ADDRESS = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


_ABBREVIATION_END = re.compile(
    r"(?:\b(?:inc|ltd|co|corp|llc|pvt|plc|bros|jr|sr|st|dept|univ|intl|assoc|govt)\.|(?<![\w.])(?-i:[A-Z]\.)+)$",
    re.IGNORECASE,
)


BULLET = re.compile(r"^(?:•|\d+[.)]\s)")


# "Lecturer, Acme University (since 2019)", "Lehrerin im Schuldienst seit 2019.": a range still open closing the name
# line ("from" closes sentences too: "data from 2019")
SINCE_END = re.compile(r"(?!from\b)" + SINCE_RE.pattern + r"\s*\)?\s*\.?\s*$", re.IGNORECASE)


# a post held in the summer: "Summer intern", "Summer Research Assistant", "Sommerpraktikum", "stage d'été"
_SUMMER_POST = re.compile(r"\b(?:summer|sommer\w*|d['’]été|de\s+verano|de\s+verão)\b", re.IGNORECASE)


def summer_only(dates: DateRange | None, names: str) -> DateRange | None:
    """A bare year of a post its name holds in the summer ("Summer intern   2008, 2009") is that year's summer, June
    to August, not the whole year."""
    if dates is None or not re.fullmatch(r"(?:19|20)\d\d", dates.text) or not _SUMMER_POST.search(names):
        return dates
    start = month_index(int(dates.text), 6)
    return replace(dates, start=start, end=min(start + 2, dates.end), current=False) if start <= dates.end else dates


# "Consultant, Acme Inc. (2009-2010): Built a detector ...": a name and its dates in brackets opening a paragraph
_BRACKETED_DATE = re.compile(r"\((?P<date>[^()]{4,40})\)\s*[:;.–—-]\s*(?P<prose>\S.*)")


# "Private tutor: Physics lessons for high school students. 2005-2006.": a title, a colon, a sentence, the dates
_TITLE_COLON = re.compile(r"(?P<name>[^:\d]{2,60}?):\s+(?P<prose>\S.*)")


def run_in_entry(line: str, as_of: int) -> tuple[DateRange, str] | None:
    """An entry written as a paragraph that opens with its name: "Consultant, Acme Inc. (2009-2010): Built a detector
    for ..." (the dates in brackets after the name, prose after a colon or a stop) or "Private tutor: Physics lessons
    for high school students. 2005-2006." (a title and a colon, a sentence, the dates closing it). The name needs a
    job title; a person's year in brackets ("Advisor: Ann Lee (2019)") or a date inside the sentence is no entry's."""
    if len(line) < 40 or not any(map(str.isdigit, line)) or BULLET.match(line):
        return None  # the cheap tests first: a name line with its dates is short and read as one already
    bracket = _BRACKETED_DATE.search(line, 0, 160)
    if bracket is not None and bracket.start() > 0:
        name, date = line[: bracket.start()].strip(" ,"), bracket.group("date")
        prose = bracket.group("prose")
        dates = _closing_dates(date, as_of)
        if (
            dates
            and mostly_date(date, dates[0].text)
            and len(name.split()) <= 12
            and ":" not in name
            and long_title(name)
            and len(prose.split()) >= 4
        ):
            return dates[0], name
    colon = _TITLE_COLON.match(line)
    if colon is None or len(colon.group("name").split()) > 6 or not TITLE_WORDS.search(colon.group("name")):
        return None
    text = without_date_stop(line).rstrip()
    at = _date_start(text)
    sentence, date = text[colon.start("prose") : at].rstrip(), text[at:]
    if not date or not sentence.endswith((".", ",", ";")) or len(sentence.split()) < 3:
        return None
    dates = _closing_dates(date, as_of)
    return (dates[0], colon.group("name").strip()) if dates else None


def _closing_dates(text: str, as_of: int) -> list[DateRange]:
    """The dates a run-in entry's name closes with: a range, listed years or seasons, or a lone date."""
    single = find_single_date(text, as_of)
    return find_date_ranges(text, as_of) or date_list(text, as_of) or ([single] if single is not None else [])


def date_list(line: str, as_of: int) -> list[DateRange]:
    """The times of an entry held in several seasons or years ("Intern   Summers 2007, 2008", "2015, 2017: Tutor",
    "Tutor   2019 and 2020"), one each: a season list on a line that is mostly the date, a year list opening or
    closing the line (in a sentence, "in 2019 and 2020", the years are an event's)."""
    seasons = find_season_list(line, as_of)
    if len(seasons) >= 2 and mostly_date(line, seasons[0].text):
        return seasons
    match = YEAR_LIST_RE.search(line) if any(map(str.isdigit, line)) else None
    if match is None:
        return []
    before, after = BULLET.sub("", line[: match.start()].lstrip()).strip(), line[match.end() :].strip(" .)]")
    opens = not before and re.match(r"\s*(?:[:,|–—-]\s*)?(?:\S|$)", line[match.end() :]) is not None
    closes = not after and (line[: match.start()].endswith(("  ", "\t", "(", ", ", "| ")) or not before)
    years = find_year_list(line, as_of)
    return years if len(years) >= 2 and (opens or closes) else []


def mostly_date(line: str, date_text: str) -> bool:
    rest = strip_dates(line)
    return len(rest) <= 45 and len(date_text) >= 4


def long_title(text: str) -> bool:
    """'Software Engineer, Facebook Marketplace Recommendation and Delivery Infrastructure, Meta, Menlo Park':
    a title and employer too long for the usual name line, but no sentence and no bullet."""
    text = text.strip(" ,|–—-")
    return (
        0 < len(text.split()) <= 24
        and BULLET.match(text) is None
        and not ends_sentence(text)
        and TITLE_WORDS.search(text) is not None
        and CONTACT.search(WEB_ADDRESS.sub(" ", text)) is None
    )


def long_org(text: str) -> bool:
    """'Department of Ocean Sciences & Engineering, Kingsbridge College London': an employer's full name, long but
    no sentence."""
    return len(text.split()) <= 12 and ORG_WORDS.search(text) is not None and not ends_sentence(text)


def without_date_stop(line: str) -> str:
    """The line without a full stop closing the date range it ends with ("Data Scientist, at Acme: March
    2017 - Today."): the stop closes the entry's line, no sentence of prose."""
    text = line.rstrip()
    if not text.endswith(".") or not (SINCE_END.search(text) or date_closes(text[:-1])):
        return line
    before = text[: _date_start(text[:-1])].rstrip()
    if text.endswith(").") and before.endswith("("):  # "(2019–2020)." closes a sentence as often as a title line
        # but not after a field's label: "RD Exemplo – período: (abril à julho de 2019).", "Acme – Period: (...)."
        return text[:-1] if long_title(before[:-1]) or before[:-1].rstrip().endswith(":") else line
    # "... customers in 2015 - 2016.": a date inside a sentence follows a word; a name line sets its date off
    if SINCE_END.search(text) or before[-1:] in (",", ":", ";", "|", ".", "–", "—", "-", "(") or long_title(before):
        return text[:-1]
    return line


def _date_start(text: str) -> int:
    """Where the date range (or lone date) closing the text starts (its length when none does); a closing
    bracket may follow it ("Full Professor, Example University (2025– Present)")."""
    text = text.rstrip()
    if not any(ch.isdigit() for ch in text[-40:]):
        return len(text)
    end = len(text) - 1 if text.endswith(")") else len(text)
    patterns = (RANGE_RE, LOST_DASH_RE, GAP_RANGE_RE, SINGLE_RE)
    ends = (m.start() for pattern in patterns for m in pattern.finditer(text) if m.end() in (len(text), end))
    return next(ends, len(text))


def date_closes(text: str) -> bool:
    """True when a date range ends the text ("Research Intern at Acme, Springfield, USA. June 2014 - August
    2014"): what stands before the range names the entry, even when a full stop set it off."""
    return _date_start(text) < len(text.rstrip())


def ends_sentence(text: str) -> bool:
    """A line ending in a full stop is prose, unless the stop closes an abbreviation: "Initech (Pvt.) Ltd.",
    "Acme Co.", "Globex, S.A."."""
    text = text.rstrip()
    return text.endswith(".") and _ABBREVIATION_END.search(text) is None
