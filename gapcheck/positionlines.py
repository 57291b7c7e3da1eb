"""Lines of an experience section -> entries: each date with the lines that name its position (a header group
split at its dates, a column of dates paired with its titles, dates run into one line, a date at a line's edge)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from gapcheck.datepatterns import RANGE_RE, SINGLE_RE
from gapcheck.dates import find_date_ranges, find_single_date, strip_dates
from gapcheck.datewords import BORN, DAY_DATE_RE
from gapcheck.headerlines import opens_with_date
from gapcheck.jobwords import ORG_WORDS, TITLE_WORDS, is_running_head, name_position, only_length
from gapcheck.models import DateRange
from gapcheck.nameline import (
    BULLET,
    WEB_ADDRESS,
    date_list,
    long_title,
    mostly_date,
    without_date_stop,
)

# a bullet inside a line, before a capitalised item: "... Group o Adroit Financial ...", "... 2019 • Analyst ..."
_INLINE_BULLET = re.compile(r"(?<!\s)\s+(?:[•▪◦●■♦➢]|o)\s+(?=[A-Z])")  # from a run's start: scanned once
_LIST_JOINER = re.compile(r"\s*(?:[,;&]|and)\s*", re.IGNORECASE)
_CONTINUATION = re.compile(r"^[a-z&(∼~]")
_COLUMN_GAP = re.compile(r"\s{3,}\S")  # after a date opening the line: the gap of a date column, then a name
_BORN = re.compile(BORN, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Entry:
    line: int
    dates: DateRange | None
    names: list[str]
    leading: bool = False
    """The date line came first and the names after it ("Jan 2019 – Present" above "Data Scientist, Acme")."""
    column: bool = False
    """One of several date-only lines in a row: a column of dates read apart from the titles beside it."""


def pair_date_column(entries: list[Entry]) -> list[Entry]:
    """Give a column of dates ("2011 – Present", "2009 – 2011", ...) to the undated titled entries of the
    section, in order, when there are as many of each; otherwise the last date names the title under it."""
    column = [k for k, e in enumerate(entries) if e.column]
    if not column:
        return entries
    undated = [
        k for k, e in enumerate(entries) if not e.column and e.dates is None and TITLE_WORDS.search(" ".join(e.names))
    ]
    if len(undated) == len(column):
        dates = {k: entries[c].dates for k, c in zip(undated, column, strict=True)}
        return [replace(e, dates=dates[k]) if k in dates else e for k, e in enumerate(entries) if not e.column]
    out = [replace(e, column=False) for e in entries]
    for k in column:
        after = k + 1
        if after < len(out) and not entries[after].column and out[after].dates is None and out[after].names:
            out[after] = replace(out[after], dates=out[k].dates, line=out[k].line, leading=True)
            out[k] = replace(out[k], dates=None)
    return [e for e in out if e.dates is not None or e.names]


def group_entries(lines: Sequence[str], i: int, j: int, as_of: int) -> list[Entry]:
    """Split one header group at its dated lines: names before the first date are shared."""
    dated = []
    listed: dict[int, list[DateRange]] = {}
    for k in range(i, j):
        ranges = find_date_ranges(lines[k], as_of)
        if ranges:
            dated.append((k, ranges[0]))
            listed[k] = _listed_ranges(lines[k], ranges)
        elif several := date_list(lines[k], as_of):
            dated.append((k, several[0]))
            listed[k] = several[1:]
        else:
            single = _single_date(lines[k], as_of)
            if single is not None:
                dated.append((k, single))
    if not dated:
        return [Entry(i, None, [lines[k] for k in range(i, j)])]
    rows = [k for k, _ in dated]
    if len(dated) >= 2 and rows == list(range(i, i + len(rows))) and not any(strip_dates(lines[k]) for k in rows):
        # a column of dates read before the titles beside it
        names = [x for x in (strip_dates(lines[m]) for m in range(rows[-1] + 1, j)) if x]
        column = [Entry(k, dates, [], column=True) for k, dates in dated]
        return column + ([Entry(rows[-1] + 1, None, names)] if names else [])
    # "Mai–Aug 2023   Praktikant, Muster AG": a row of a date column opens its entry, whose lines follow it; the
    # lines above it are the entry before's
    opens = [_COLUMN_GAP.match(lines[k].lstrip().removeprefix(d.text)) is not None for k, d in dated]
    entries = []
    # each entry under its date line: the group opens with dates alone, or only bullets stand above the first
    # ("• Team Alpha" / "2007 - 2016" / "Engineer | Acme": the last details of the entry above)
    lead = all(not strip_dates(lines[k]) for k in rows) and (rows[0] == i or _named_below(lines, i, rows[0], j))
    for n, (k, dates) in enumerate(dated):
        opened = lead or opens[n]
        low = k if opened or (n and opens[n - 1]) else i if n == 0 else dated[n - 1][0] + 1
        high = j if n + 1 == len(dated) else dated[n + 1][0] if opened else k + 1  # lines after the last date name it
        names = [strip_dates(lines[m]) for m in range(low, high) if not is_running_head(lines[m])]
        names = [x for x in names if x and (not _CONTINUATION.match(x) or _BORN.search(x)) and not only_length(x)]
        leading = low == k and not strip_dates(lines[k]) and bool(names)
        entries.append(Entry(low, dates, names, leading=leading))
        entries.extend(Entry(low, more, names) for more in listed.get(k, []))
    return entries


def _named_below(lines: Sequence[str], i: int, k: int, j: int) -> bool:
    """Whether the date line ``k`` of a header group has its title and its employer on the lines under it (up to
    the next bullet or date) while only bullets stand above it: those bullets are details of the entry above. A
    bullet naming a post ("• Research Assistant") over a date with no post under it is that entry's post."""
    below: list[str] = []
    for m in range(k + 1, j):
        if BULLET.match(lines[m]) or find_date_ranges(lines[m], 10**6):
            break
        below.append(lines[m])
    above = lines[i:k]
    titled = any(TITLE_WORDS.search(x) for x in below) or not any(TITLE_WORDS.search(x) for x in above)
    return all(BULLET.match(x) for x in above) and titled and all(name_position(below))


def _listed_ranges(line: str, ranges: list[DateRange]) -> list[DateRange]:
    """The further ranges of one entry listed after its first ("March 2021 - May 2022, September 2022 -
    November 2022"); ranges apart by a wide gap belong to entries side by side and are not listed."""
    out: list[DateRange] = []
    end = line.find(ranges[0].text) + len(ranges[0].text)
    for more in ranges[1:]:
        at = line.find(more.text, end)
        if at < 0 or not _LIST_JOINER.fullmatch(line[end:at]):
            break
        out.append(more)
        end = at + len(more.text)
    return out


def item_dates(line: str, as_of: int) -> list[DateRange]:
    """The dates of one item of a bulleted list of entries: its range, its listed years ("• 2015, 2017: Tutor"), or
    the lone date opening an item that names a title ("• 2018, Adjunct Professor, Example University")."""
    ranges = find_date_ranges(line, as_of)
    if ranges:
        return ranges[:1]
    if several := date_list(line, as_of):
        return several
    if opens_with_date(line) and long_title(BULLET.sub("", strip_dates(line))):
        single = find_single_date(line, as_of)
        return [single] if single is not None else []
    label, colon, rest = BULLET.sub("", line).partition(":")
    if colon and len(label.split()) <= _LABEL_WORDS and (TITLE_WORDS.search(label) or _POST_LABEL.search(label)):
        # "• Internship: Example Bank, Frankfurt, 2014": a post's label, then where, then its year closing the item
        single = find_single_date(rest, as_of, last=True)
        if single is not None and without_date_stop(rest).rstrip().endswith(single.text):
            return [single]
    return []


_LABEL_WORDS = 4
# a post named by its kind ("Research Assistantship:", "Traineeship:"), where no title word names it
_POST_LABEL = re.compile(r"(?:assistantship|internship|traineeship|apprenticeship)s?\s*$", re.IGNORECASE)


def inline_entries(line: str, index: int, as_of: int) -> list[Entry]:
    """A list of dated entries run into one line at its bullets ("Prior to joining: o Adroit as Director April
    1994 to January 1998 o Multi-Tech as Manager March 1988 to April 1994"): one entry per dated item."""
    items = _INLINE_BULLET.split(line)
    if len(items) < 2:
        return []
    entries = []
    for item in items:
        ranges = find_date_ranges(item, as_of)
        if ranges:
            entries.append(Entry(index, ranges[0], [name] if (name := strip_dates(item).strip(" ;,")) else []))
    return entries if len(entries) >= 2 else []


def _single_date(line: str, as_of: int) -> DateRange | None:
    """A lone date naming a whole entry's time ("Summer 2011"): on a short line, or a month or season
    right-aligned after a wide gap beside an employer ("Northwind Space Laboratory   Boulder, CO •
    Summer 2011"); a bare year there is more often a paper's or a talk's. A lone date at either end of a title
    line is its position's, however long the line."""
    if DAY_DATE_RE.search(line) and not _BORN.search(line):
        return None  # "March 3, 2026": a day's date is the document's or an event's, no job's time
    # (a date of birth is read, so that its line stands apart from the entries as what it is)
    if (edge := _edge_date(line, as_of)) is not None:
        return edge
    head, _, tail = line.rpartition("   ") if len(line) >= 60 else ("", "", line)
    if len(tail) >= 60 or (head and not ORG_WORDS.search(head)):
        return None
    single = find_single_date(tail, as_of)
    if single is None or not mostly_date(tail, single.text) or (head and single.end - single.start >= 11):
        return None
    return single


def _edge_date(line: str, as_of: int) -> DateRange | None:
    """A lone date at either end of a title line, set off by a space, a tab or a bar ("Software Engineering
    Intern, Wayne Enterprises 2009", "2002 Software Engineering Intern at Wayne Enterprises", "Senior Financial
    Analyst | Riverside Medical Center | 2024"): the position's time, however long the title. A talk, a paper or
    an award has no job title, or puts its year after a comma or in brackets."""
    text = without_date_stop(line).strip()  # "Intern, Acme, Summer 2021.": the stop closes the line
    dates = list(SINGLE_RE.finditer(text))
    if not dates:
        return None
    lead = dates[0].start() == 0
    if lead:
        names, gap = text[dates[0].end() :], text[dates[0].end() : dates[0].end() + 1]
    elif dates[-1].end() == len(text):
        names, gap = text[: dates[-1].start()], text[dates[-1].start() - 1 : dates[-1].start()]
    else:
        return None
    names = WEB_ADDRESS.sub(" ", names).strip(" \t|•·/")
    set_off = gap.isspace() or gap in ("|", "•", "·") or (lead and gap in (":", ","))  # "2017: Intern at Acme"
    # a year after a comma is a paper's or an award's ("Best Paper, IEEE, 2019"); a name line wrapped after its first
    # comma keeps its leading year ("2018 Guest investigator, Harbour Institute," above the place)
    if not set_off or (names.endswith(",") and not lead) or not long_title(names) or len(names.split()) > 12:
        return None
    single = find_single_date(text, as_of, last=not lead)  # not a product's version ("Windows Server 2008")
    return single if single is not None and single.text == (dates[0] if lead else dates[-1]).group().strip() else None


def trailing_dates(line: str, as_of: int) -> DateRange | None:
    """The dates at the end of a line after a wide gap ("• Built the API ...   June 2023 – present")."""
    head, gap, tail = line.rpartition("   ")
    if not gap or not head.strip():
        return None
    ranges = find_date_ranges(tail, as_of)
    return ranges[0] if ranges and mostly_date(tail, ranges[0].text) else None


def glued_header(line: str, index: int, as_of: int) -> Entry | None:
    """A position's name line and its first sentence read as one line ("Company Name IT Analyst Intern 05/2011 to
    12/2011 Assisted IT Admin for managing user access ..."): a title (no bullet, no sentence) before the range,
    prose after it."""
    if BULLET.match(line):  # the cheap test first
        return None
    match = RANGE_RE.search(line, 0, 100)
    if match is None:
        return None
    head, rest = line[: match.start()].strip(" ,|–—-"), line[match.end() :].strip()
    if len(head.split()) > 12 or not long_title(head) or not re.match(r"[A-Z][a-z]+\s+\w+", rest):
        return None
    dates = find_date_ranges(line[: match.end()], as_of)
    return Entry(index, dates[-1], [head]) if dates else None
