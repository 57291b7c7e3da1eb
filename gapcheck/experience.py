"""Resume lines -> positions (title, organization, dates) from the experience sections."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gapcheck.datelines import join_broken_ranges, mend_date_words
from gapcheck.dates import (
    find_date_ranges,
    strip_dates,
    years_in,
)
from gapcheck.degreefields import SUPERVISOR_WORDS
from gapcheck.degreementions import degree_mentions
from gapcheck.headerlines import describes_above, ends_sentence_above, header_like
from gapcheck.headingkinds import heading_kind
from gapcheck.headingwords import fold, heading_words
from gapcheck.jobwords import TITLE_WORDS, name_position, not_a_job, only_club_roles
from gapcheck.models import DateRange, Position, Section
from gapcheck.nameline import (
    BULLET,
    long_title,
    run_in_entry,
    summer_only,
)
from gapcheck.positiondates import complete_dates, lasting
from gapcheck.positionlines import (
    Entry,
    glued_header,
    group_entries,
    inline_entries,
    item_dates,
    pair_date_column,
    trailing_dates,
)

EXPERIENCE_KINDS = frozenset({"experience"})
# sections a two-column page may run the experience column into; not references: a referee's line names the
# referee's role ("Dr. Jane Roe (Ph.D. Adviser)") beside the years known ("2008-present"), no job of the resume's
SIDEBAR_KINDS = frozenset({"skills", "languages", "interests", "contact", "other", "summary"})
NOT_EXPERIENCE = frozenset(
    {"education", "projects", "publications", "certifications", "awards", "volunteer", "languages", "interests",
     "references", "skills", "contact", "supervision"}
)  # fmt: skip


_LABEL_KINDS = frozenset({None, "experience", "projects", "volunteer"})
_FIELD_ITEM = re.compile(r"•\s*[^\W\d][^:]{0,24}:\s")  # "• Period: 2020.04 - Present", "• Tech: Python"
_ITEM_FIELD = re.compile(r"[^\W\d][^:•]{0,24}:\s")  # "Advisor: Dr. Roe", "Tools: Python" under a list's item


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
    for start, end in [(s.start, s.end) for s in sections if s.kind == "education"]:
        # a research assistantship or a work-study job printed under its degree, or a two-column page's job that
        # landed among the degrees, with its own dates and title
        positions.extend(p for p in _positions_in(lines, start, end, as_of) if _job_in_education(p, lines))
    for start, end in sidebar:
        # Two-column pages can interleave the rest of the experience column with a sidebar list; a titled,
        # dated entry there is a job that lost its heading.
        positions.extend(
            p
            for p in _positions_in(lines, start, end, as_of)
            if p.dates is not None and "–" in p.dates.text.replace("-", "–") and TITLE_WORDS.search(p.title)
        )
    return tuple(complete_dates(sorted(positions, key=lambda p: p.line), as_of))


def _job_in_education(position: Position, lines: Sequence[str]) -> bool:
    """A dated post printed among the degrees ("Research Assistant, Vision Lab   2016 - 2018" under its degree, a
    work-study job): a range, a job's title that is no student's, no club role and no person's named beside a
    thesis ("Advisor: Prof. Roe", "Supervisors: ..."), and no degree, diploma or certificate named in its lines."""
    if position.dates is None or "–" not in position.dates.text.replace("-", "–").replace("—", "–"):
        return False
    titles = [m.group().lower() for m in TITLE_WORDS.finditer(position.title)]
    study = heading_words().study
    if not titles or any(study.fullmatch(fold(t)) for t in titles) or only_club_roles(position.title):
        return False
    # the post's own lines, those of its title and of its dates: the entry may open with a degree's line, or with a
    # thesis', advisor's or course line of the degree above ("<school>, BS - Psychology, May 2014", "Advisor: Dr.
    # Roe, PhD" over "Teaching Assistant, <department>   Sep 2015 – May 2016"); a title read from a degree's line
    # ("Master of Science in X - <programme>" over "<school>   2020 - 2024") is the degree's
    own = [i for i in range(position.line, position.end_line) if position.dates.text in lines[i]][:1]
    own += [i for i in range(position.line, position.end_line) if position.title in lines[i]][:1]
    text = " ".join(lines[i] for i in own) if own else f"{position.title} {position.organization}"
    label, colon, _ = position.title.partition(":")
    if (colon and not _JOB_LABEL.fullmatch(label.strip())) or _NOT_A_POST.search(text):
        return False  # "Forschungstitel: ...", "Supervisors: ...": a label's value; "Work-study: ..." is a post
    return not degree_mentions(text)


# a person named beside a thesis, a degree's, a course's or a project's own words: no post of the applicant's
_NOT_A_POST = re.compile(
    r"\b(?:" + SUPERVISOR_WORDS + r"|professor|degree|diploma|certificate|certified|certification|course|thesis|"
    r"projects?)\b",
    re.IGNORECASE,
)


# the label of a post's line ("Work-study: Library Assistant", "Student job: Tutor")
_JOB_LABEL = re.compile(r"(?:work[- ]study|(?:part[- ]time|student|summer)\s+job|job|position|role|employment)", re.I)


def _positions_in(lines: Sequence[str], start: int, end: int, as_of: int) -> list[Position]:
    """Group name lines (short, not bullets) into position headers; bullets and prose describe them.

    A header group may hold several dated lines (two roles at one company); a group that is only
    a date (and a place) gives its dates to the undated position before it, which is how
    right-aligned dates come out of two-column PDFs.
    """
    entries: list[Entry] = []
    i = start
    if end > start and _bulleted_lists(lines, start, end, as_of):
        # a section that is one bulleted list ("Teaching Assistant:" then "• CS2109S - Intro to AI (2023/2024), NUS"),
        # or bulleted lists under short labels ("Teaching" / "• Example School (2022–present)"): each dated item is an
        # entry, however long
        entries = [
            Entry(k, r, [strip_dates(lines[k][1:])]) for k in range(start, end) for r in item_dates(lines[k], as_of)
        ]
        i = end  # nothing left to group
    elif (run := _dated_items(lines, start, end, as_of)) > start:
        # a section opening with a list whose every item is dated ("• 2 years as Analyst at Acme from 2014 to
        # 2016"): the items are its first entries, whatever follows them
        entries = [Entry(k, item_dates(lines[k], as_of)[0], [strip_dates(lines[k][1:])]) for k in range(start, run)]
        i = run
    while i < end:
        inline = inline_entries(lines[i], i, as_of)
        if inline:
            entries.extend(inline)
            i += 1
            continue
        if (run_in := run_in_entry(lines[i], as_of)) is not None:
            entries.append(Entry(i, run_in[0], [run_in[1]]))
            i += 1
            continue
        if not header_like(lines[i]) or describes_above(lines, start, i) or ends_sentence_above(lines, start, i):
            tail = trailing_dates(lines[i], as_of)
            if tail is not None:  # a right-aligned date that landed on the first bullet of its entry
                head = lines[i].rpartition("   ")[0].strip()
                entries.append(Entry(i, tail, [head] if long_title(head) else []))
            elif (glued := glued_header(lines[i], i, as_of)) is not None:
                entries.append(glued)
            i += 1
            continue
        j = i + 1
        while j < end and header_like(lines[j]) and not describes_above(lines, start, j):
            j += 1
        entries.extend(group_entries(lines, i, j, as_of))
        i = j
    entries = pair_date_column(entries)
    positions: list[Position] = []
    dropped = kept = False
    waiting: Entry | None = None  # a named entry passed over for want of dates, whose dates may come below it
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
            if waiting is not None:
                # "Example Projects" / "Example School" over bullets, then "2011 – 2014" among them: the dates of the
                # entry passed over above, judged with its names
                entry = replace(entry, line=waiting.line, names=waiting.names)
                names = " ".join(entry.names)
                title, organization = name_position(entry.names)
        elif entry.dates is None and not TITLE_WORDS.search(names):
            waiting = entry
            continue  # a short line of prose, or a name whose dates come later; not a position yet
        waiting = None
        if names and not_a_job(names, lines[entry.line : min(stop, entry.line + 4)], lines[entry.line : stop]):
            dropped = True
            continue  # volunteering, a club, a school project, a degree or a date of birth
        if not names and dropped:
            continue  # a second date line of an entry that is not a job
        dropped, kept = False, True
        dates = _refined(summer_only(entry.dates, names), lines[entry.line + 1 : min(end, entry.line + 3)], as_of)
        dates = lasting(dates, lines[entry.line], lines[entry.line + 1 : min(stop, entry.line + 4)])
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
    fields: set[int] = set()  # "Advisor: Dr. Roe" under a dated item: a field of the item, no entry's name
    for k in range(start, end):
        if (k - 1 in bullets or k - 1 in fields) and _ITEM_FIELD.match(lines[k]) and not years_in(lines[k]):
            fields.add(k)
    return all(k in bullets or k in fields or _list_label(lines, start, k, end) for k in range(start, end)) and any(
        item_dates(lines[k], as_of) for k in bullets
    )


def _dated_items(lines: Sequence[str], start: int, end: int, as_of: int) -> int:
    """The end of the list opening a section when it has two items or more and each is dated, else ``start``."""
    k = start
    while k < end and BULLET.match(lines[k]) and item_dates(lines[k], as_of):
        k += 1
    return k if k - start >= 2 and (k == end or not BULLET.match(lines[k])) else start


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
