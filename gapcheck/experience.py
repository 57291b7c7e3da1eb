"""Resume lines -> positions (title, organization, dates) from the experience sections."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from gapcheck.dates import GAP_RANGE_RE, RANGE_RE, SPLIT_MONTH_RE, find_date_ranges, find_single_date, strip_dates
from gapcheck.models import DateRange, Position, Section

EXPERIENCE_KINDS = frozenset({"experience"})
SIDEBAR_KINDS = frozenset({"skills", "languages", "interests", "contact", "other", "references"})
NOT_EXPERIENCE = frozenset(
    {"education", "projects", "publications", "certifications", "awards", "volunteer", "languages", "interests",
     "references", "skills", "contact"}
)  # fmt: skip

_TITLE_WORDS = re.compile(
    r"\b(?:engineer|scientist|analyst|developer|programmer|intern|internship|manager|assistant|researcher|"
    r"consultant|lead|director|specialist|architect|officer|associate|fellow|professor|lecturer|teacher|"
    r"instructor|tutor|technician|administrator|coordinator|chef|cook|designer|head|president|founder|"
    r"co-founder|cto|ceo|vp|executive|supervisor|representative|advisor|adviser|accountant|auditor|"
    r"controller|clerk|trainee|apprentice|student|postdoc|postdoctoral|member|staff|owner|partner|editor|"
    r"writer|nurse|pharmacist|coach|advocate|operator|agent|cashier|associate|principal|leader|volunteer|"
    r"ingeniero|desarrollador|practicante|entwickler|werkstudent|mentor|contractor|freelancer|freelance|"
    r"chief|secretary|receptionist|attorney|lawyer|paralegal|(?:psycho|physio)?therapist|counsell?or|recruiter|"
    r"bookkeeper|planner|buyer|mechanic|electrician|technologist|physician|surgeon|economist|statistician|"
    r"strategist|journalist|reporter|translator|chemist|biologist|physicist|inspector|estimator|actuary|"
    r"underwriter|dispatcher|attendant|caregiver|stylist|photographer|illustrator|animator|worker|teller|"
    r"bartender|waiter|waitress|barista|lifeguard|captain)s?\b",
    re.IGNORECASE,
)
_ORG_WORDS = re.compile(
    r"\b(?:inc|llc|ltd|limited|corp|corporation|company|co|gmbh|ag|sa|plc|pvt|group|labs?|laborator(?:y|ies)|"
    r"university|college|institute|school|bank|technologies|solutions|systems|services|consulting|"
    r"hospital|center|centre|foundation|agency|studio|partners|research|ventures|capital|software)\b\.?",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s+(?:at|@)\s+|\s*[|,•·]\s*|\s+[-–—]\s+|\s{3,}")
_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.\w|https?:|www\.|\+?\d[\d\s().-]{7,}\d|\b(?:e-?mail|mobile|phone|tel)\b", re.IGNORECASE
)
_VOLUNTEER = re.compile(r"\bvolunteer(?:ing)?\b", re.IGNORECASE)
_DEGREE_WORDS = re.compile(
    r"\b(?:M\.?\s?Sc|M\.S\.|MBA|Ph\.?\s?D|B\.?\s?Sc|B\.S\.|B\.?Tech|M\.?Tech|Bachelor|Master)(?:'?s)?\b",
    re.IGNORECASE,
)
# Student associations, clubs and societies: campus involvement, not employment
_GROUP = re.compile(
    r"\b(?:clubs?|society|societies|associations?|chapter|council|committee|fraternity|sorority|"
    r"student\s+(?:union|government|body|senate|organi[sz]ations?|branch))\b",
    re.IGNORECASE,
)
_CLUB_ROLE = re.compile(
    r"^(?:president|vice|secretary|treasurer|captain|member|head|chair(?:man|woman|person)?|co-?ordinator|"
    r"organi[sz]er|representative|delegate|lead|leader|volunteer|student|mentor|founder|co-founder|editor)s?$",
    re.IGNORECASE,
)
_STUDENT = re.compile(r"\b(?:students?|student-(?:run|led)|campus|undergraduate|alumni|varsity)\b", re.IGNORECASE)
# "It is a team of students who ...", "an association which helps ... students": the entry describes a group
_STUDENT_GROUP_TEXT = re.compile(
    r"\b(?:is|was|are)\s+an?\s+(?:\w+\s+){0,2}(?:team|group|association|club|society|body|community|"
    r"organi[sz]ation|chapter|committee)\b[^.]{0,80}?\bstudents?\b|\bstudent-(?:run|led)\b",
    re.IGNORECASE,
)
# A sports team or a class representative at the person's own school: campus involvement when the only titles
# are club roles ("Member of Taekwondo Team | University of X", "Batch Representative | X University")
_STUDENT_TEAM = re.compile(
    r"\bteams?\b|\b(?:batch|class|course|year|student|hall)\s+rep(?:resentative)?s?\b", re.IGNORECASE
)
_SCHOOL = re.compile(r"\b(?:university|universit[éy]|college|school|campus|academy)\b", re.IGNORECASE)
# "Address / Birthdate / Nationality ... Jan. 1986": a personal-details block, not a position
_PERSONAL = re.compile(r"\b(?:birth\w*|born|d\.?o\.?b\.?|nationality|marital\s+status)\b", re.I)
_ABBREVIATION_END = re.compile(
    r"(?:\b(?:inc|ltd|co|corp|llc|pvt|plc|bros|jr|sr|st|dept|univ|intl|assoc|govt)\.|(?<![\w.])(?-i:[A-Z]\.)+)$",
    re.IGNORECASE,
)
_CONTINUATION = re.compile(r"^[a-z&(∼~]")
_BULLET = re.compile(r"^(?:•|\d+[.)]\s)")
_LOCATION = re.compile(
    r"^(?:[A-Z][\w.' -]{1,30},\s*(?:[A-Z]{2,3}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s*[A-Z][\w ]+)?"
    r"|remote|hybrid|on-?site)$"
)


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
            if p.dates is not None and "–" in p.dates.text.replace("-", "–") and _TITLE_WORDS.search(p.title)
        )
    return tuple(sorted(positions, key=lambda p: p.line))


def _positions_in(lines: Sequence[str], start: int, end: int, as_of: int) -> list[Position]:
    """Group name lines (short, not bullets) into position headers; bullets and prose describe them.

    A header group may hold several dated lines (two roles at one company); a group that is only
    a date (and a place) gives its dates to the undated position before it, which is how
    right-aligned dates come out of two-column PDFs.
    """
    entries: list[_Entry] = []
    i = start
    while i < end:
        if not _header_like(lines[i]) or _describes_above(lines, start, i) or _ends_sentence_above(lines, start, i):
            tail = _trailing_dates(lines[i], as_of)
            if tail is not None:  # a right-aligned date that landed on the first bullet of its entry
                head = lines[i].rpartition("   ")[0].strip()
                entries.append(_Entry(i, tail, [head] if _long_title(head) else []))
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
        title, organization = _name_position(entry.names)
        if not title and not organization:
            if entry.dates is None:
                continue
            if positions and positions[-1].dates is None:
                positions[-1] = replace(positions[-1], dates=entry.dates, end_line=stop)
                continue
        elif entry.dates is None and not _TITLE_WORDS.search(names):
            continue  # a short line of prose, not a position
        text = " ".join(lines[entry.line : min(stop, entry.line + 4)])
        if names and (_VOLUNTEER.search(names) or is_campus_involvement(names, text)):
            dropped = True
            continue  # volunteering, a student club or association
        if _PERSONAL.search(names):
            dropped = True
            continue  # a date of birth among personal details
        if _DEGREE_WORDS.search(names) and not _TITLE_WORDS.search(names):
            dropped = True
            continue  # a degree listed among jobs ("MSc Analytics, USF 2014 - present")
        if not names and dropped:
            continue  # a second date line of an entry that is not a job
        dropped, kept = False, True
        positions.append(Position(title, organization, entry.dates, entry.line, stop))
    for k in range(len(positions) - 1):
        positions[k] = replace(positions[k], end_line=max(positions[k].end_line, positions[k + 1].line))
    return positions


def is_campus_involvement(names: str, text: str = "") -> bool:
    """True when a dated entry is a student club, society or association rather than a job.

    ``names`` are the entry's name lines, ``text`` its first lines (names and description). A group's name
    ("Robotics Club", "Student Association") with only club roles ("President", "Member") or a student
    context counts; an employer that happens to be called a club ("Engineering Intern, Sam's Club") does not.

    >>> is_campus_involvement("Vice President, Robotics Club"), is_campus_involvement("Intern, Sam's Club")
    (True, False)
    """
    if _STUDENT_GROUP_TEXT.search(text):
        return True
    titles = [m.group() for m in _TITLE_WORDS.finditer(names)]
    club_roles = all(_CLUB_ROLE.match(title) for title in titles)
    if _STUDENT_TEAM.search(names) and (_STUDENT.search(names) or _SCHOOL.search(names)):
        return bool(titles) and club_roles
    if not _GROUP.search(names):
        return False
    return bool(_STUDENT.search(names)) or club_roles


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
        k for k, e in enumerate(entries) if not e.column and e.dates is None and _TITLE_WORDS.search(" ".join(e.names))
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
    for k in range(i, j):
        ranges = find_date_ranges(lines[k], as_of)
        if ranges:
            dated.append((k, ranges[0]))
        elif len(lines[k]) < 60:
            single = find_single_date(lines[k], as_of)
            if single is not None and _mostly_date(lines[k], single.text):
                dated.append((k, single))
    if not dated:
        return [_Entry(i, None, [lines[k] for k in range(i, j)])]
    rows = [k for k, _ in dated]
    if len(dated) >= 2 and rows == list(range(i, i + len(rows))) and not any(strip_dates(lines[k]) for k in rows):
        # a column of dates read before the titles beside it
        names = [x for x in (strip_dates(lines[m]) for m in range(rows[-1] + 1, j)) if x]
        column = [_Entry(k, dates, [], column=True) for k, dates in dated]
        return column + ([_Entry(rows[-1] + 1, None, names)] if names else [])
    entries = []
    for n, (k, dates) in enumerate(dated):
        low = i if n == 0 else dated[n - 1][0] + 1
        high = j if n + 1 == len(dated) else k + 1  # lines after the last date still name it
        names = [strip_dates(lines[m]) for m in range(low, high)]
        names = [x for x in names if x and not _CONTINUATION.match(x)]
        leading = low == k and not strip_dates(lines[k]) and bool(names)
        entries.append(_Entry(low, dates, names, leading=leading))
    return entries


def _trailing_dates(line: str, as_of: int) -> DateRange | None:
    """The dates at the end of a line after a wide gap ("• Built the API ...   June 2023 – present")."""
    head, gap, tail = line.rpartition("   ")
    if not gap or not head.strip():
        return None
    ranges = find_date_ranges(tail, as_of)
    return ranges[0] if ranges and _mostly_date(tail, ranges[0].text) else None


def _mostly_date(line: str, date_text: str) -> bool:
    rest = strip_dates(line)
    return len(rest) <= 45 and len(date_text) >= 4


def _describes_above(lines: Sequence[str], start: int, k: int) -> bool:
    """A short undated bullet right under a position's dated or titled line describes it ("• Led a team").

    Elsewhere a short bullet may name one ("• Google" above its title, as some LaTeX templates
    print the employer).
    """
    line, above = lines[k], lines[k - 1]
    if k <= start or _BULLET.match(line) is None or find_date_ranges(line, 10**6):
        return False
    return _header_like(above) and bool(find_date_ranges(above, 10**6) or _TITLE_WORDS.search(above))


def _ends_sentence_above(lines: Sequence[str], start: int, k: int) -> bool:
    """ "2014-present." under a sentence ending in "Aug." is the end of that sentence's date, not a position
    of its own (a line break inside the date)."""
    return (
        k > start
        and re.match(r"(?:19|20)\d\d\b", lines[k].strip()) is not None
        and SPLIT_MONTH_RE.search(lines[k - 1]) is not None
        and not _header_like(lines[k - 1])
    )


def _long_title(text: str) -> bool:
    """'Software Engineer, Facebook Marketplace Recommendation and Delivery Infrastructure, Meta, Menlo Park':
    a title and employer too long for the usual name line, but no sentence and no bullet."""
    text = text.strip(" ,|–—-")
    return (
        0 < len(text.split()) <= 24
        and _BULLET.match(text) is None
        and not _ends_sentence(text)
        and _TITLE_WORDS.search(text) is not None
        and _CONTACT.search(text) is None
    )


def _header_like(line: str) -> bool:
    if len(line) > 90 and not (RANGE_RE.search(line) and _long_title(strip_dates(line))):
        return False
    # "2017 - 2019" and "08/2016   12/2016" are not phone numbers
    if _CONTACT.search(GAP_RANGE_RE.sub(" ", RANGE_RE.sub(" ", line))):
        return False
    words = line.split()
    if line.rstrip().endswith(".") and len(words) <= 4 and RANGE_RE.search(line):
        return True  # "2025.02–pres."
    rest = strip_dates(line)
    if RANGE_RE.search(line) and not _BULLET.match(line) and (len(rest.split()) <= 12 or _long_title(rest)):
        # "Full Stack Developer, ABC Company, Inc., Anywhere, USA, June 2018 - Present"
        return not _ends_sentence(rest)
    if _BULLET.match(line) and (len(words) > 7 or find_date_ranges(line, 10**6) == []):
        return len(words) <= 5 and not _ends_sentence(line)
    return 0 < len(words) <= 12 and not _ends_sentence(line)


def _ends_sentence(text: str) -> bool:
    """A line ending in a full stop is prose, unless the stop closes an abbreviation: "Archnix (Pvt.) Ltd.",
    "Acme Co.", "Globex, S.A."."""
    text = text.rstrip()
    return text.endswith(".") and _ABBREVIATION_END.search(text) is None


def _name_position(texts: list[str]) -> tuple[str, str]:
    """Pick the title and the organization out of a position's name lines."""
    texts = [t for t in texts if not _is_location(t)]
    parts = [p.strip(" ,|-–—:()") for text in texts for p in _SPLIT.split(text)]
    parts = [p for p in parts if p and not _is_location(p) and any(ch.isalpha() for ch in p)]
    title = next((p for p in parts if _TITLE_WORDS.search(p) and len(p.split()) <= 8), "")
    rest = [p for p in parts if p != title]
    organization = next((p for p in rest if _ORG_WORDS.search(p)), rest[0] if rest else "")
    if not title and rest:
        title = next((p for p in rest if p != organization), "")
    return title[:100], organization[:100]


def _is_location(text: str) -> bool:
    """'Seattle, WA', 'Abu Dhabi, UAE', 'Remote': a place, not a title or an employer."""
    text = text.strip()
    return bool(_LOCATION.match(text)) and not _TITLE_WORDS.search(text) and not _ORG_WORDS.search(text)
