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
    r"ingeniero|desarrollador|practicante|entwickler|werkstudent|mentor|contractor|freelancer|freelance)s?\b",
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
                entries.append(_Entry(i, tail, []))
            i += 1
            continue
        j = i + 1
        while j < end and _header_like(lines[j]) and not _describes_above(lines, start, j):
            j += 1
        entries.extend(_group_entries(lines, i, j, as_of))
        i = j
    positions: list[Position] = []
    dropped = False
    for number, entry in enumerate(entries):
        stop = entries[number + 1].line if number + 1 < len(entries) else end
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
        if _DEGREE_WORDS.search(names) and not _TITLE_WORDS.search(names):
            dropped = True
            continue  # a degree listed among jobs ("MSc Analytics, USF 2014 - present")
        if not names and dropped:
            continue  # a second date line of an entry that is not a job
        dropped = False
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
    if not _GROUP.search(names):
        return False
    titles = [m.group() for m in _TITLE_WORDS.finditer(names)]
    return bool(_STUDENT.search(names)) or all(_CLUB_ROLE.match(title) for title in titles)


@dataclass(frozen=True, slots=True)
class _Entry:
    line: int
    dates: DateRange | None
    names: list[str]


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
    entries = []
    for n, (k, dates) in enumerate(dated):
        low = i if n == 0 else dated[n - 1][0] + 1
        high = j if n + 1 == len(dated) else k + 1  # lines after the last date still name it
        names = [strip_dates(lines[m]) for m in range(low, high)]
        names = [x for x in names if x and not _CONTINUATION.match(x)]
        entries.append(_Entry(low, dates, names))
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


def _header_like(line: str) -> bool:
    # "2017 - 2019" and "08/2016   12/2016" are not phone numbers
    if len(line) > 90 or _CONTACT.search(GAP_RANGE_RE.sub(" ", RANGE_RE.sub(" ", line))):
        return False
    words = line.split()
    if line.rstrip().endswith(".") and len(words) <= 4 and RANGE_RE.search(line):
        return True  # "2025.02–pres."
    if RANGE_RE.search(line) and not _BULLET.match(line) and len(strip_dates(line).split()) <= 12:
        # "Full Stack Developer, ABC Company, Inc., Anywhere, USA, June 2018 - Present"
        return not strip_dates(line).endswith(".")
    if _BULLET.match(line) and (len(words) > 7 or find_date_ranges(line, 10**6) == []):
        return len(words) <= 5 and not line.rstrip().endswith(".")
    return 0 < len(words) <= 12 and not line.rstrip().endswith(".")


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


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "a": 1, "an": 1,
}  # fmt: skip
_AMOUNT = re.compile(
    r"(?<![\w.$-])(?P<n>\d{1,2}(?:\.\d)?|" + "|".join(w for w in _NUMBER_WORDS if len(w) > 2) + r"|an?)"
    r"\s*(?:\+|plus)?\s*(?:[-–]\s*\d{1,2}\s*\+?\s*)?(?P<unit>years?|yrs?|months?|decades?)['’]?(?![\w-])",
    re.IGNORECASE,
)
# after the amount: "of experience", "' experience", "of progressive management experience", "of proven expertise"
_CLAIM_AFTER = re.compile(r"\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:experience|expertise)\b", re.IGNORECASE)
# before it: "<title> with 10+ years (driving ...)", "experience of 5 years", "over", "more than"
_CLAIM_BEFORE = re.compile(
    r"(?:\bwith|\bexperience\s*(?:of|:)|\bexp\s*:)\s*(?:over|more\s+than|nearly|almost|about|around|some|~)?\s*$",
    re.IGNORECASE,
)
# "over 10 years of building ..." opening a sentence
_CLAIM_OPENING = re.compile(
    r"(?:^|[.;:•]\s*|\b(?:have|having|bringing|brings)\s+)(?:over|more\s+than|nearly|almost)\s*$", re.I
)
_NOT_A_CLAIM = re.compile(
    r"\b(?:combined|collective|cumulative\s+team)\b|^\s+of\s+(?:\w+\s+)?(?:data|records|history|sales|logs)\b",
    re.IGNORECASE,
)
_CLAIM_KINDS = ("header", "summary")


def find_claimed_years(lines: Sequence[str], sections: tuple[Section, ...]) -> float | None:
    """The total experience a resume states about itself ("7+ years of experience in ..."), in years.

    Read from the header and summary first, elsewhere only when they state nothing; the largest claim wins
    ("7+ years of experience, 3 years in NLP" is 7). None when the resume states no total. Never mixed into
    the years counted from dated positions: the two are shown side by side.

    >>> find_claimed_years(["Data scientist with 7+ years of experience in NLP"], ())
    7.0
    >>> find_claimed_years(["Led a 3-year project", "Cited 40 times within two years"], ()) is None
    True
    """
    first = [i for s in sections if s.kind in _CLAIM_KINDS for i in range(s.start, s.end)]
    rest = [i for s in sections if s.kind not in _CLAIM_KINDS and s.kind != "references" for i in range(s.start, s.end)]
    for indices in (first or list(range(len(lines))), rest):
        claims = [value for i in indices for value in _claims_in(lines[i])]
        if claims:
            return max(claims)
    return None


def _claims_in(line: str) -> list[float]:
    out = []
    for match in _AMOUNT.finditer(line):
        after = line[match.end() : match.end() + 60]
        before = line[max(0, match.start() - 40) : match.start()]
        opening = _CLAIM_OPENING.search(before) and re.match(r"\s+of\b", after)
        if not (_CLAIM_AFTER.match(after) or _CLAIM_BEFORE.search(before) or opening):
            continue
        if _NOT_A_CLAIM.search(after[:40]):
            continue
        if re.match(r"\s*(?:old|ago)\b", after):
            continue
        number, unit = match.group("n").lower(), match.group("unit").lower()
        amount = float(_NUMBER_WORDS.get(number) or number)
        if unit.startswith("m"):
            amount /= 12
        elif unit.startswith("d"):
            amount *= 10
        if 0 < amount <= 60:
            out.append(round(amount, 2))
    return out
