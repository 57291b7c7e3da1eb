"""A heading's block -> the section kind it holds: positions or degrees, whatever the heading calls itself."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.datepatterns import RANGE_RE
from gapcheck.dates import strip_dates, years_in
from gapcheck.degreelines import degree_statements
from gapcheck.degreementions import degree_mentions
from gapcheck.headingwords import fold
from gapcheck.jobwords import TITLE_WORDS
from gapcheck.models import Section
from gapcheck.schools import INSTITUTION, SCHOOL

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
    ("PhD student", "PhD candidate": a position of its own; a title word inside the degree's name is none: "Associate
    of Science"), and the degree named first, or after its school ("Example University, M.Sc. Physics"), not after
    another name ("Quantitative methods, Master 2 students")."""
    if _ITEM.match(line) or not degree_statements(line, in_education=True):
        return False
    text = strip_dates(line)
    mentions = degree_mentions(text)
    named = [(start, end) for _, start, end in mentions]
    if not mentions or any(not any(a <= m.start() < b for a, b in named) for m in TITLE_WORDS.finditer(text)):
        return False
    before = text[: mentions[0][1]]
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


_ROW_LINES = 3
"""Lines of a row read for its kind: its date, its name and its place ("2008" / "Master «X»" / "University Y")."""
_LEAD_LINES = 2
_BARE_WORDS = 3
_NAME_WORDS = 8
"""Words of a line naming a row: a title or a degree, not a sentence describing the row before."""
_LABEL = re.compile(r"\s*[^\W\d_][\w.]*(?:\s[\w.]+)?:\s")  # "Advisor: ", "Major: ", "Thesis title: "
"""Lines a row's name may stand above its date ("Studium der Physik" / "Uni Bonn, 2010 - 2014")."""
# a line opening with a date, after a bullet or a label's colon: "• May 2019 - present: Postdoc", "2010 Bachelor of ..."
_DATE_FIRST = re.compile(r"[\W_]*(?:[^\W\d_]{3,9}\.?\s+)?(?:\d{1,2}[./]\s?)?(?:19|20)\d\d\b")


def rows_by_kind(
    block: Sequence[str], study: re.Pattern[str], job: re.Pattern[str], *, chronology: bool
) -> list[tuple[int, str | None]]:
    """The dated rows of a block, each with what its own first lines name: "education" (a degree; in a chronology
    also a study or a school), "experience" (a job's title), or None; as (the row's first line in the block, kind).

    A row starts at a dated line (no item of a list, unless the date opens the item), or as many lines above it as
    the block's first date stands below its first line when that date names nothing (names above dates), or at the
    undated line right above it that names a job ("Site Manager" over "Acme Inc, May 2013 - July 2014").
    ``study`` and ``job`` are the other languages' words (headings.yaml ``row_words``), matched in folded lower-case
    lines.
    """
    dated = [i for i, line in enumerate(block) if years_in(line) or RANGE_RE.search(line)]
    items = [i for i, line in enumerate(block) if _ITEM.match(line)]
    # an item of a list dates a row when its date opens it, or when every item is dated ("• Acme, Engineer (2020)"
    # over its sentences, which may name years of their own)
    if items and set(items) <= set(dated):
        anchors = items
    else:
        anchors = [i for i in dated if not _ITEM.match(block[i]) or _DATE_FIRST.match(block[i])] or dated
    if not anchors:
        return []
    # names above dates: the first dated line stands below the block's first line and holds little but its dates ("Uni
    # Bonn, 2010 - 2014" under "Studium der Physik", "Remote | Sep 2019 - present" under its title); a dated line
    # naming more starts its row all the same
    lead = min(anchors[0], _LEAD_LINES) if _bare(block[anchors[0]]) else 0
    starts: list[int] = []
    for anchor in anchors:
        start, floor = anchor, starts[-1] + 1 if starts else 0
        if lead and _bare(block[anchor]):
            while start > max(anchor - lead, floor) and _name_line(block[start - 1]):
                start -= 1
        elif anchor - 1 >= floor and _name_line(block[anchor - 1]) and not _degree_line(block[anchor]):
            start -= _row_kind([block[anchor - 1]], study, job, chronology=False) == "experience"
        if start >= floor:
            starts.append(start)
    starts[0] = 0
    ends = [*starts[1:], len(block)]
    return [
        (a, _row_kind(block[a : min(b, a + _ROW_LINES + lead)], study, job, chronology=chronology))
        for a, b in zip(starts, ends, strict=True)
    ]


def _name_line(line: str) -> bool:
    """A line that may name the row under it: short, undated, no item of a list, no labelled detail ("Advisor: ...")."""
    return len(line.split()) <= _NAME_WORDS and not years_in(line) and not _ITEM.match(line) and not _LABEL.match(line)


def _bare(line: str) -> bool:
    """A dated line holding little but its dates: a place at most ("Remote | Sep 2019 - present")."""
    return len(strip_dates(line).replace("|", " ").split()) <= _BARE_WORDS


def _row_kind(lines: Sequence[str], study: re.Pattern[str], job: re.Pattern[str], *, chronology: bool) -> str | None:
    """The first of a row's lines to name a degree, a job or a study decides: a degree's name first ("Diplôme
    d'ingénieur" is no engineer's job), then a job's title ("Studentischer Mitarbeiter" is a job). In a chronology a
    study's words count as a degree's (a student is no job there), and a row naming neither but a school and a
    degree's bare name is education."""
    for line in lines:
        if _degree_line(line):
            return "education"
        folded = fold(line).lower()
        titles = [m.group().lower() for m in TITLE_WORDS.finditer(line)]
        if job.search(folded) or any(not chronology or study.fullmatch(title) is None for title in titles):
            return "experience"
        if chronology and study.search(folded):
            return "education"
    if chronology and any(SCHOOL.search(line) for line in lines) and any(map(degree_mentions, lines)):
        return "education"  # "Master (M2R) «Probabilités»" over "Université X"
    return None


def split_by_rows(section: Section, rows: list[tuple[int, str | None]], *, chronology: bool) -> list[Section]:
    """A section read row by row: its degree rows as education, its job rows as experience, a row naming neither
    as a post when the block has posts ("IT-Support" over "Hochschulrechenzentrum"), else as education. A
    chronology is split whenever its rows name both; another block of positions only when degree rows make most of
    its rows. The first part keeps the heading.

    >>> split_by_rows(Section("experience", "Werdegang", 1, 5), [(0, "education"), (2, "experience")],
    ...               chronology=True)  # doctest: +NORMALIZE_WHITESPACE
    [Section(kind='education', heading='Werdegang', start=1, end=3),
     Section(kind='experience', heading='', start=3, end=5)]
    """
    kinds = [kind for _, kind in rows if kind]
    degrees, jobs = kinds.count("education"), kinds.count("experience")
    if chronology and jobs and not degrees:  # "Work and Academic History" over jobs alone: positions
        return [Section("experience", section.heading, section.start, section.end)]
    if not degrees or not (chronology or (degrees >= _MIN_ENTRIES and degrees > jobs)):
        return [section]
    parts: list[Section] = []
    unnamed = "experience" if jobs else "education"  # a row naming no study is a post, where the block has posts
    for offset, kind in rows:
        running = kind or unnamed
        start = section.start + offset
        if not parts or parts[-1].kind != running:
            parts.append(Section(running, "" if parts else section.heading, start if parts else section.start, start))
        parts[-1] = Section(parts[-1].kind, parts[-1].heading, parts[-1].start, section.end)
    for n in range(len(parts) - 1):
        parts[n] = Section(parts[n].kind, parts[n].heading, parts[n].start, parts[n + 1].start)
    return parts
