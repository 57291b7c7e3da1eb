"""Resume lines -> positions (title, organization, dates) from the experience sections."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from gapcheck.datelines import join_broken_ranges, mend_date_words
from gapcheck.dates import (
    DURATION_RE,
    GAP_RANGE_RE,
    LOST_DASH_RE,
    RANGE_RE,
    SINCE_RE,
    SINGLE_RE,
    SPLIT_MONTH_RE,
    find_date_ranges,
    find_single_date,
    strip_dates,
)
from gapcheck.datewords import BORN, DAY_DATE_RE
from gapcheck.jobwords import ORG_WORDS, TITLE_WORDS, is_running_head, name_position, not_a_job
from gapcheck.models import DateRange, Position, Section
from gapcheck.nameline import (
    BULLET,
    CONTACT,
    SINCE_END,
    WEB_ADDRESS,
    date_closes,
    date_list,
    ends_sentence,
    long_org,
    long_title,
    mostly_date,
    only_length,
    run_in_entry,
    summer_only,
    without_date_stop,
)
from gapcheck.positiondates import complete_dates
from gapcheck.sections import heading_kind

EXPERIENCE_KINDS = frozenset({"experience"})
SIDEBAR_KINDS = frozenset({"skills", "languages", "interests", "contact", "other", "references", "summary"})
NOT_EXPERIENCE = frozenset(
    {"education", "projects", "publications", "certifications", "awards", "volunteer", "languages", "interests",
     "references", "skills", "contact", "supervision"}
)  # fmt: skip


# a bullet inside a line, before a capitalised item: "... Group o Adroit Financial ...", "... 2019 • Analyst ..."
_INLINE_BULLET = re.compile(r"\s+(?:[•▪◦●■♦➢]|o)\s+(?=[A-Z])")
_LIST_JOINER = re.compile(r"\s*(?:[,;&]|and)\s*", re.IGNORECASE)
_CONTINUATION = re.compile(r"^[a-z&(∼~]")
_WEB_END = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)  # a web address closing a line, maybe broken
_COLUMN_GAP = re.compile(r"\s{3,}\S")  # after a date opening the line: the gap of a date column, then a name

# "Since March 2016: Research Assistant at ...", "Seit März 2019   Entwickler bei ...": a range still open, written
# first and set off from the names (by a colon, a bar, a dash, or the gap of a date column)
_SINCE_ENTRY = re.compile(SINCE_RE.pattern + r"(?:\s*[:|–—-]|\s{3})", re.IGNORECASE)

_LEAD_DATE = re.compile(r"\s*(?:" + SINGLE_RE.pattern + r")[:,]?\s+(?=[A-Z])", re.IGNORECASE)  # "2017: Intern, X"
_BORN = re.compile(BORN, re.IGNORECASE)
_NAME_AFTER = re.compile(r"\s*[,:]?\s+(?=[A-Z])")
_LABEL_KINDS = frozenset({None, "experience", "projects", "volunteer"})
_FIELD_ITEM = re.compile(r"•\s*[^\W\d][^:]{0,24}:\s")  # "• Period: 2020.04 - Present", "• Tech: Python"


def find_positions(lines: Sequence[str], sections: tuple[Section, ...], as_of: int) -> tuple[Position, ...]:
    """Read the positions of the experience sections; each date range anchors one position.

    Lines without dates right above or below a date line name the position (title and
    organization, in either order); the lines after it, up to the next position, describe it.
    When the resume has no experience heading, dated lines outside education, projects and the
    like are read instead.

    >>> from gapcheck.sections import find_sections
    >>> lines = ["EXPERIENCE", "Data Scientist, Acme Corp   Jan 2020 - Dec 2021", "• Built models in Python"]
    >>> [(p.title, p.organization, p.months) for p in find_positions(lines, find_sections(lines), 24311)]
    [('Data Scientist', 'Acme Corp', 24)]
    """
    lines = join_broken_ranges([mend_date_words(line) for line in lines], as_of)
    spans = [(s.start, s.end) for s in sections if s.kind in EXPERIENCE_KINDS]
    sidebar = [(s.start, s.end) for s in sections if s.kind in SIDEBAR_KINDS]
    if not spans:
        spans = [(s.start, s.end) for s in sections if s.kind not in NOT_EXPERIENCE and s.kind != "summary"]
        sidebar = []
    positions: list[Position] = []
    for start, end in spans:
        positions.extend(_positions_in(lines, start, end, as_of))
    for start, end in sidebar:
        # Two-column pages can interleave the rest of the experience column with a sidebar list; a titled,
        # dated entry there is a job that lost its heading.
        positions.extend(
            p
            for p in _positions_in(lines, start, end, as_of)
            if p.dates is not None and "–" in p.dates.text.replace("-", "–") and TITLE_WORDS.search(p.title)
        )
    return tuple(complete_dates(sorted(positions, key=lambda p: p.line), as_of))


def _positions_in(lines: Sequence[str], start: int, end: int, as_of: int) -> list[Position]:
    """Group name lines (short, not bullets) into position headers; bullets and prose describe them.

    A header group may hold several dated lines (two roles at one company); a group that is only
    a date (and a place) gives its dates to the undated position before it, which is how
    right-aligned dates come out of two-column PDFs.
    """
    entries: list[_Entry] = []
    i = start
    if end > start and _bulleted_lists(lines, start, end, as_of):
        # a section that is one bulleted list ("Teaching Assistant:" then "• CS2109S - Intro to AI (2023/2024), NUS"),
        # or bulleted lists under short labels ("Teaching" / "• Example School (2022–present)"): each dated item is an
        # entry, however long
        entries = [
            _Entry(k, r, [strip_dates(lines[k][1:])]) for k in range(start, end) for r in _item_dates(lines[k], as_of)
        ]
        i = end  # nothing left to group
    while i < end:
        inline = _inline_entries(lines[i], i, as_of)
        if inline:
            entries.extend(inline)
            i += 1
            continue
        if (run_in := run_in_entry(lines[i], as_of)) is not None:
            entries.append(_Entry(i, run_in[0], [run_in[1]]))
            i += 1
            continue
        if not _header_like(lines[i]) or _describes_above(lines, start, i) or _ends_sentence_above(lines, start, i):
            tail = _trailing_dates(lines[i], as_of)
            if tail is not None:  # a right-aligned date that landed on the first bullet of its entry
                head = lines[i].rpartition("   ")[0].strip()
                entries.append(_Entry(i, tail, [head] if long_title(head) else []))
            elif (glued := _glued_header(lines[i], i, as_of)) is not None:
                entries.append(glued)
            i += 1
            continue
        j = i + 1
        while j < end and _header_like(lines[j]) and not _describes_above(lines, start, j):
            j += 1
        entries.extend(_group_entries(lines, i, j, as_of))
        i = j
    entries = _pair_date_column(entries)
    positions: list[Position] = []
    dropped = kept = False
    for number, entry in enumerate(entries):
        stop = entries[number + 1].line if number + 1 < len(entries) else end
        if entry.leading and kept and positions[-1].dates is None:
            # "Manager, Hemming Morse" + bullets, then "05/04 - 06/14" above the next title: the undated
            # entry before takes the date (dates printed under their entry), the next title waits for its own
            positions[-1] = replace(positions[-1], dates=entry.dates)
            entry = replace(entry, dates=None, leading=False)
        kept = False
        names = " ".join(entry.names)
        title, organization = name_position(entry.names)
        if not title and not organization:
            if entry.dates is None:
                continue
            if positions and positions[-1].dates is None:
                positions[-1] = replace(positions[-1], dates=entry.dates, end_line=stop)
                continue
        elif entry.dates is None and not TITLE_WORDS.search(names):
            continue  # a short line of prose, not a position
        if names and not_a_job(names, lines[entry.line : min(stop, entry.line + 4)], lines[entry.line : stop]):
            dropped = True
            continue  # volunteering, a club, a school project, a degree or a date of birth
        if not names and dropped:
            continue  # a second date line of an entry that is not a job
        dropped, kept = False, True
        dates = _refined(summer_only(entry.dates, names), lines[entry.line + 1 : min(end, entry.line + 3)], as_of)
        positions.append(Position(title, organization, dates, entry.line, stop))
    for k in range(len(positions) - 1):
        positions[k] = replace(positions[k], end_line=max(positions[k].end_line, positions[k + 1].line))
    return positions


# "2018 - 2020", "2021–Atual", "2019": a range of whole years (or a year and "present")
_WHOLE_YEARS = re.compile(r"(?:19|20)\d\d(?:\s*(?:-{1,2}|[–—])\s*(?:(?:19|20)\d\d|[^\W\d_][^\d]*))?")


def _bulleted_lists(lines: Sequence[str], start: int, end: int, as_of: int) -> bool:
    """Whether the section is one bulleted list, or bulleted lists of dated entries under short labels (an undated
    title over its duties, "Data Analyst, Acme Inc" / "• Python and SQL every day", is no label)."""
    bullets = [k for k in range(start, end) if BULLET.match(lines[k])]
    if len(bullets) == end - start:
        return True
    return all(k in bullets or _list_label(lines, start, k, end) for k in range(start, end)) and any(
        _item_dates(lines[k], as_of) for k in bullets
    )


def _list_label(lines: Sequence[str], start: int, k: int, end: int) -> bool:
    """ "Teaching", "Administration & IT": a short undated label opening a list of entries, between
    lists (not "Globex" over "• Period: 2020.04 - Present", the fields of one entry)."""
    line = lines[k]
    return (
        len(line.split()) <= 6
        and not any(map(str.isdigit, line))
        and k + 1 < end
        and BULLET.match(lines[k + 1]) is not None
        and _FIELD_ITEM.match(lines[k + 1]) is None
        and heading_kind(line) in _LABEL_KINDS  # "Skills" after the last job is the next section's heading
        and (k == start or BULLET.match(lines[k - 1]) is not None)
    )


def _refined(dates: DateRange | None, under: Sequence[str], as_of: int) -> DateRange | None:
    """An entry dated in whole years ("2018-2018 Monitoria, Example University") whose next lines give its months
    ("Monitor in Physics 1 from March to August 2018", "... since June 2021"): the months, inside those years and
    starting in the first and ending in the last, are the entry's time."""
    if dates is None or not _WHOLE_YEARS.fullmatch(dates.text):
        return dates
    for line in under:
        if BULLET.match(line) or not any(map(str.isdigit, line)):
            continue  # a bullet's dates are a task's, inside the job
        for found in find_date_ranges(line, as_of):
            inside = dates.start <= found.start <= found.end <= dates.end
            same = found.start // 12 == dates.start // 12 and found.end // 12 == dates.end // 12
            if inside and same and (found.start % 12 or (found.end % 12 != 11 and not found.current)):
                return found  # months, not whole years ("2022/2023"), from the entry's first year to its last
    return dates


@dataclass(frozen=True, slots=True)
class _Entry:
    line: int
    dates: DateRange | None
    names: list[str]
    leading: bool = False
    """The date line came first and the names after it ("Jan 2019 – Present" above "Data Scientist, Acme")."""
    column: bool = False
    """One of several date-only lines in a row: a column of dates read apart from the titles beside it."""


def _pair_date_column(entries: list[_Entry]) -> list[_Entry]:
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


def _group_entries(lines: Sequence[str], i: int, j: int, as_of: int) -> list[_Entry]:
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
        return [_Entry(i, None, [lines[k] for k in range(i, j)])]
    rows = [k for k, _ in dated]
    if len(dated) >= 2 and rows == list(range(i, i + len(rows))) and not any(strip_dates(lines[k]) for k in rows):
        # a column of dates read before the titles beside it
        names = [x for x in (strip_dates(lines[m]) for m in range(rows[-1] + 1, j)) if x]
        column = [_Entry(k, dates, [], column=True) for k, dates in dated]
        return column + ([_Entry(rows[-1] + 1, None, names)] if names else [])
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
        entries.append(_Entry(low, dates, names, leading=leading))
        entries.extend(_Entry(low, more, names) for more in listed.get(k, []))
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


def _item_dates(line: str, as_of: int) -> list[DateRange]:
    """The dates of one item of a bulleted list of entries: its range, its listed years ("• 2015, 2017: Tutor"), or
    the lone date opening an item that names a title ("• 2018, Adjunct Professor, Example University")."""
    ranges = find_date_ranges(line, as_of)
    if ranges:
        return ranges[:1]
    if several := date_list(line, as_of):
        return several
    if _opens_with_date(line) and long_title(BULLET.sub("", strip_dates(line))):
        single = find_single_date(line, as_of)
        return [single] if single is not None else []
    return []


def _inline_entries(line: str, index: int, as_of: int) -> list[_Entry]:
    """A list of dated entries run into one line at its bullets ("Prior to joining: o Adroit as Director April
    1994 to January 1998 o Multi-Tech as Manager March 1988 to April 1994"): one entry per dated item."""
    items = _INLINE_BULLET.split(line)
    if len(items) < 2:
        return []
    entries = []
    for item in items:
        ranges = find_date_ranges(item, as_of)
        if ranges:
            entries.append(_Entry(index, ranges[0], [name] if (name := strip_dates(item).strip(" ;,")) else []))
    return entries if len(entries) >= 2 else []


def _single_date(line: str, as_of: int) -> DateRange | None:
    """A lone date naming a whole entry's time ("Summer 2011"): on a short line, or a month or season
    right-aligned after a wide gap beside an employer ("Northwind Space Laboratory   Boulder, CO •
    Summer 2011"); a bare year there is more often a paper's or a talk's. A lone date at either end of a title
    line is its position's, however long the line."""
    if DAY_DATE_RE.search(line) and not _BORN.search(line):
        return None  # "February 10, 2026": a day's date is the document's or an event's, no job's time
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


def _trailing_dates(line: str, as_of: int) -> DateRange | None:
    """The dates at the end of a line after a wide gap ("• Built the API ...   June 2023 – present")."""
    head, gap, tail = line.rpartition("   ")
    if not gap or not head.strip():
        return None
    ranges = find_date_ranges(tail, as_of)
    return ranges[0] if ranges and mostly_date(tail, ranges[0].text) else None


def _glued_header(line: str, index: int, as_of: int) -> _Entry | None:
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
    return _Entry(index, dates[-1], [head]) if dates else None


def _describes_above(lines: Sequence[str], start: int, k: int) -> bool:
    """A short undated bullet right under a position's dated or titled line describes it ("• Led a team").

    Elsewhere a short bullet may name one ("• Google" above its title, as some LaTeX templates
    print the employer).
    """
    line, above = lines[k], lines[k - 1]
    if k <= start or BULLET.match(line) is None or find_date_ranges(line, 10**6) or _opens_with_date(line):
        return False  # "• 2018, Adjunct Professor, ...": a dated entry of its own
    return _header_like(above) and bool(find_date_ranges(above, 10**6) or TITLE_WORDS.search(above))


def _ends_sentence_above(lines: Sequence[str], start: int, k: int) -> bool:
    """ "2014-present." under a sentence ending in "Aug." is the end of that sentence's date, not a position
    of its own (a line break inside the date)."""
    return (
        k > start
        and re.match(r"(?:19|20)\d\d\b", lines[k].strip()) is not None
        and SPLIT_MONTH_RE.search(lines[k - 1]) is not None
        and not _header_like(lines[k - 1])
    )


@lru_cache(maxsize=4096)
def _header_like(line: str) -> bool:
    """Whether a line may name a position (a title, an employer, their dates), not describe one; remembered, as
    the readers of positions ask it of each line up to three times."""
    if not line:  # what is left of a line whose date went to the line above (join_broken_ranges): same entry
        return True
    line = DURATION_RE.sub("", line)  # "Since Jun. 2018 (8 yrs 6 mos)": the length is part of the date, no words
    line = without_date_stop(line)
    # "Since March 2016: Research Assistant at the Institute of ..., Lyon": a range still open names a long entry too
    # "Jul 2016 Present": the dash lost in export; "2018 Guest investigator, Harbour Institute, ...": a lone date
    # opening the name line, as a CV's date column reads
    ranged = RANGE_RE.search(line) or (
        any(map(str.isdigit, line))  # the others need a digit (DIGIT_PATTERNS), which most lines lack
        and (
            LOST_DASH_RE.search(line)
            or _SINCE_ENTRY.match(line)
            or _LEAD_DATE.match(line)
            or SINCE_END.search(line)
            or (BULLET.match(line) and _opens_with_date(line))
        )
    )
    if ranged and BULLET.match(line) is None and RANGE_RE.match(line.lstrip()) and _opens_paragraph(line):
        return True  # "2012 - 2014 Trabajé en Acme, en Valencia, como analista ...": an entry as a paragraph
    # a long name line is read when its date sets it apart; a bulleted item dated first ("• Nov.2020- Mar.2021:
    # Machine Learning Engineer at X, Springfield, Example") is judged without its bullet
    if len(line) > 90 and not (ranged and (long_title(rest := BULLET.sub("", strip_dates(line))) or long_org(rest))):
        return False
    # "2017 - 2019" and "08/2016   12/2016" are not phone numbers
    if CONTACT.search(
        GAP_RANGE_RE.sub(" ", RANGE_RE.sub(" ", WEB_ADDRESS.sub(" ", _WEB_END.sub(" ", line)) if ranged else line))
    ):
        return False
    words = line.split()
    if line.rstrip().endswith(".") and len(words) <= 4 and RANGE_RE.search(line):
        return True  # "2025.02–pres."
    rest = strip_dates(line)
    if ranged and rest.endswith(".") and date_closes(line) and long_title(rest.rstrip(" .")):
        rest = rest.rstrip(" .")  # "Research Intern at Acme, Springfield, USA. June 2014 - August 2014"
    if ranged and BULLET.match(line) and (_opens_with_date(line) or SINCE_END.search(line)):
        rest = BULLET.sub("", rest)  # an entry of a bulleted list, dated first or last: a title and employer
        return (len(rest.split()) <= 12 or _name_parts(rest)) and long_title(rest)
    if ranged and not BULLET.match(line) and (len(rest.split()) <= 12 or long_title(rest)):
        # "Full Stack Developer, ABC Company, Inc., Anywhere, USA, June 2018 - Present"; "2012-2013 Initech, Ssr
        # Engineer.": a short name after the range that opens the line may end in a full stop; so may the employer's
        # web address closing it, broken at its dot ("..., Springfield (Canada), https://www.")
        return not ends_sentence(_WEB_END.sub("", rest)) or _dated_name(line, rest)
    if BULLET.match(line) and (len(words) > 7 or find_date_ranges(line, 10**6) == []):
        return len(words) <= 5 and not ends_sentence(line)
    return 0 < len(words) <= 12 and not ends_sentence(line)


def _name_parts(text: str) -> bool:
    """ "Research intern at Example Lab, Example Institute, group A1, Belgium": a title among the first words,
    then short parts between commas (a name and its places, however many), no sentence."""
    parts = re.split(r"[,;|]", text.strip(" :–—-"))
    return (
        all(len(part.split()) <= 6 for part in parts) and TITLE_WORDS.search(" ".join(parts[0].split()[:4])) is not None
    )


def _opens_paragraph(line: str) -> bool:
    """A range opening a long line and prose after it ("2016 - hoy Actualmente trabajo en Acme, en Valencia, como
    analista de datos. Formo parte de un equipo ..."): a CV whose entries are paragraphs, their dates in the
    margin; the paragraph is the entry, however long."""
    date = RANGE_RE.match(line.lstrip())
    rest = line.lstrip()[date.end() :] if date else ""
    return len(rest) > 60 and re.match(r"\s*[:–—-]?\s*[A-Z]", rest) is not None and not CONTACT.search(rest[:60])


def _opens_with_date(line: str) -> bool:
    """ "• 2018, Adjunct Professor, Example University": a bulleted entry opened by its date (a list of entries, each
    written as a CV's date column reads)."""
    bullet = BULLET.match(line)
    at = bullet.end() if bullet else 0
    while line[at : at + 1].isspace():
        at += 1
    date = RANGE_RE.match(line, at) or SINGLE_RE.match(line, at)
    return date is not None and _NAME_AFTER.match(line, date.end()) is not None


def _dated_name(line: str, rest: str) -> bool:
    """ "2010-2011 Acme Motors, Quality trainee.": a range opening the line and a short title after it."""
    return RANGE_RE.match(line.lstrip()) is not None and len(rest.split()) <= 6 and TITLE_WORDS.search(rest) is not None
