"""Resume lines -> positions (title, organization, dates) from the experience sections."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.dates import find_date_ranges, find_single_date, strip_dates
from gapcheck.models import DateRange, Position, Section

EXPERIENCE_KINDS = frozenset({"experience"})
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
_BULLET = re.compile(r"^(?:•|\d+[.)]\s)")
_LOCATION = re.compile(r"^(?:[A-Z][\w.' -]+,\s*(?:[A-Z]{2}|[A-Z][a-z]+)|remote|hybrid|on-?site)$", re.IGNORECASE)


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
    if not spans:
        spans = [(s.start, s.end) for s in sections if s.kind not in NOT_EXPERIENCE and s.kind != "summary"]
    positions: list[Position] = []
    for start, end in spans:
        positions.extend(_positions_in(lines, start, end, as_of))
    return tuple(positions)


def _positions_in(lines: Sequence[str], start: int, end: int, as_of: int) -> list[Position]:
    anchors: list[tuple[int, DateRange | None]] = []
    for i in range(start, end):
        line = lines[i]
        if _BULLET.match(line) and len(line) > 80:
            continue
        ranges = find_date_ranges(line, as_of)
        if ranges:
            anchors.append((i, ranges[0]))
        elif len(line) < 60 and not _BULLET.match(line):
            single = find_single_date(line, as_of)
            if single is not None and _mostly_date(line, single.text):
                anchors.append((i, single))
    positions: list[Position] = []
    previous_end = start
    for number, (i, dates) in enumerate(anchors):
        next_anchor = anchors[number + 1][0] if number + 1 < len(anchors) else end
        header = _header_lines(lines, i, previous_end, next_anchor)
        title, organization = _name_position([strip_dates(lines[j]) for j in header])
        body_end = next_anchor
        if number + 1 < len(anchors):
            next_header = _header_lines(lines, next_anchor, i + 1, end)
            body_end = min(next_header)
        positions.append(Position(title, organization, dates, min(header), max(body_end, i + 1)))
        previous_end = max(header) + 1
    if not positions and end - start > 2:
        # An experience section with no dates at all: keep what it names, uncounted.
        title, organization = _name_position([lines[start]] + list(lines[start + 1 : start + 2]))
        if title or organization:
            positions.append(Position(title, organization, None, start, end))
    return positions


def _mostly_date(line: str, date_text: str) -> bool:
    rest = strip_dates(line)
    return len(rest) <= 45 and len(date_text) >= 4


def _header_like(line: str) -> bool:
    if _BULLET.match(line) or len(line) > 90:
        return False
    words = line.split()
    return 0 < len(words) <= 12 and not line.rstrip().endswith(".")


def _header_lines(lines: Sequence[str], i: int, low: int, high: int) -> list[int]:
    """The date line and the name lines right above and below it."""
    header = [i]
    j = i - 1
    while j >= low and i - j <= 2 and _header_like(lines[j]) and not find_date_ranges(lines[j], 10**6):
        header.append(j)
        j -= 1
    if strip_dates(lines[i]) == "" or len(header) == 1:
        j = i + 1
        while j < high and j - i <= 2 and _header_like(lines[j]) and not find_date_ranges(lines[j], 10**6):
            if len(header) >= 3:
                break
            header.append(j)
            j += 1
    return sorted(header)


def _name_position(texts: list[str]) -> tuple[str, str]:
    """Pick the title and the organization out of a position's name lines."""
    parts = [p.strip(" ,|-–—:()") for text in texts for p in _SPLIT.split(text)]
    parts = [p for p in parts if p and not _LOCATION.match(p) and any(ch.isalpha() for ch in p)]
    title = next((p for p in parts if _TITLE_WORDS.search(p) and len(p.split()) <= 8), "")
    rest = [p for p in parts if p != title]
    organization = next((p for p in rest if _ORG_WORDS.search(p)), rest[0] if rest else "")
    if not title and rest:
        title = next((p for p in rest if p != organization), "")
    return title[:100], organization[:100]
