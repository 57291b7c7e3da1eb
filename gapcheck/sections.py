"""Resume lines -> sections (experience, education, skills, ...) from the headings real resumes use."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from gapcheck.blockkinds import block_kind, heading_shaped, rows_by_kind, split_by_rows
from gapcheck.dates import years_in
from gapcheck.headingkinds import BULLET_START, CONJUNCTION, SHORTCODE, heading_kind, read_heading
from gapcheck.headingwords import heading_key, heading_words
from gapcheck.jobwords import TITLE_WORDS
from gapcheck.models import Section

SECTION_KINDS: tuple[str, ...] = (
    "header", "experience", "education", "skills", "projects", "publications", "certifications", "awards", "summary",
    "volunteer", "supervision", "languages", "interests", "references", "contact", "other", "letter",
)  # fmt: skip
"""The kinds of section: ``header`` (before the first heading), the kinds of gapcheck/data/headings.yaml, and
``letter``, a cover letter bound with the resume (gapcheck/letters.py)."""


def find_sections(lines: tuple[str, ...] | list[str]) -> tuple[Section, ...]:
    """Split lines into sections; lines before the first heading form a ``header`` section.

    >>> [(s.kind, s.start, s.end) for s in find_sections(["Ann Lee", "EDUCATION", "B.S. Math", "Skills", "R"])]
    [('header', 0, 1), ('education', 2, 3), ('skills', 4, 5)]
    """
    sections: list[Section] = []
    kind, heading, start = "header", "", 0
    headings = [
        (None, False) if _inline_list(line) or _listed(lines, i) else read_heading(line) for i, line in enumerate(lines)
    ]
    known = [found for found, _ in headings]
    chronology = (
        False  # under a chronology's heading its rows tell their kinds (_read_rows), not lines shaped as headings
    )
    for i, line in enumerate(lines):
        new_kind, worded = headings[i]
        shape = SHORTCODE.sub("", _PAGE_TITLE.sub("", line) if i < _TITLE_LINES else line).strip()
        if new_kind is None and _CHRONOLOGY_SHAPE.fullmatch(shape) and _chronology(heading_key(line)):
            new_kind = _chronology_kind(lines, known, i)
        # a line shaped as a heading that no list knows, a heading known only by its words, or a summary's, past the
        # name line: the kind its block shows ("Mein Werdegang", "Where I Have Been", "Career Summary" over posts)
        if i and not chronology and (new_kind in (None, "summary") or (worded and new_kind in _BLOCK_KINDS)):
            new_kind = _kind_by_block(lines, known, i, kind) or new_kind
        if new_kind is None:
            continue
        sections.append(Section(kind, heading, start, i))
        kind, heading, start = new_kind, line, i + 1
        chronology = _chronology(heading_key(line))
    sections.append(Section(kind, heading, start, len(lines)))
    found = [s for s in sections if s.end > s.start or s.kind != "header"]
    return tuple(_read_rows(_absorb_entry_labels(_absorb_subheadings(found, lines), lines), lines))


def _read_rows(sections: list[Section], lines: Sequence[str]) -> list[Section]:
    """Blocks read row by row where their rows may tell more than their headings (blockkinds.split_by_rows): a
    chronology ("Werdegang": degree rows to education, job rows to experience), a block of positions that is mostly
    degree rows, and a sub-heading made only of qualifiers right after the positions ("Academic" under "Professional
    Experience"), which takes their kind unless its own rows name degrees."""
    words = heading_words()
    out: list[Section] = []
    for section in sections:
        key = heading_key(section.heading)
        chronology = section.kind in _BLOCK_KINDS and _chronology(key)
        if section.kind == "education" and out and out[-1].kind == "experience" and _qualifiers_only(key):
            section = Section("experience", section.heading, section.start, section.end)
        if section.kind == "experience" or chronology:
            rows = rows_by_kind(lines[section.start : section.end], words.study, words.job, chronology=chronology)
            out += split_by_rows(section, rows, chronology=chronology)
        else:
            out.append(section)
    return out


def _chronology_kind(lines: Sequence[str], known: Sequence[str | None], i: int) -> str | None:
    """A heading no list knows that names a chronology ("Timeline", "My Journey", "Lebenslauf") heads the dated rows
    under it when two or more name a study or a job: as positions when any is a job (its degree rows are split off
    by _read_rows), else as education."""
    end = next((k for k in range(i + 1, len(lines)) if known[k] is not None), len(lines))
    words = heading_words()
    kinds = [kind for _, kind in rows_by_kind(lines[i + 1 : end], words.study, words.job, chronology=True) if kind]
    if len(kinds) < _MIN_ROWS:
        return None
    return "experience" if "experience" in kinds else "education"


def _chronology(key: str) -> bool:
    words = heading_words()
    if words.chronology.search(key) is not None and words.work_only.search(key) is None:
        return True
    return _work_and_study(key)


def _work_and_study(key: str) -> bool:
    """A heading joining the work and the study ("Work and Academic History", "Education & Experience",
    "Formation et expériences"): its parts, each with the last part's noun when it has none of its own ("work"
    + "history"), name both experience and education, so its rows are read as a chronology's."""
    parts = CONJUNCTION.split(key)
    if len(parts) < 2:
        return False
    noun = parts[-1].split()[-1] if parts[-1] else ""
    kinds = {heading_kind(part.title()) or heading_kind(f"{part} {noun}".title()) for part in parts}
    return {"experience", "education"} <= kinds


def _qualifiers_only(key: str) -> bool:
    words = heading_words()
    return bool(key) and all(token in words.qualifiers or token in words.joiners for token in key.split())


_BLOCK_KINDS = frozenset({"experience", "education"})
_MIN_ROWS = 2
# a site page's title, first ("Title: Lebenslauf" from a Markdown page's front matter), heads the page's lines
_PAGE_TITLE = re.compile(r"title:\s*", re.IGNORECASE)
_TITLE_LINES = 2
# a chronology's heading: up to four words of letters, the first capitalised ("Timeline", "Curriculum vitae")
_CHRONOLOGY_SHAPE = re.compile(r"[^\W\d_a-z][^\W\d_]*(?:[ -][^\W\d_]+){0,3}:?")
"""Rows naming a study or a job under a chronology's heading: one dated line may be anything."""
# sections where no list of positions belongs (the header before the first heading too), so that positions there lost
# their heading; volunteering, projects, papers and awards list dated roles of their own
_POSITIONS_LOST_IN = frozenset(
    {"header", "education", "skills", "summary", "languages", "interests", "contact", "other"}
)


def _kind_by_block(lines: Sequence[str], known: Sequence[str | None], i: int, kind: str) -> str | None:
    """The kind a heading's block shows, where the heading's words do not settle it: a line shaped as a heading that
    no list knows ("Mein Werdegang", "Stationen") heads positions or degrees when its block holds them; a heading
    known only by its words ("Akademische Laufbahn", an academic career) heads degrees when its block holds them.
    Only a kind other than the running section's starts a section: a company's name over its own job does not.

    A listed heading ("Experience", "Ausbildung") keeps its kind, whatever follows it, but a summary's ("Career
    Summary") heads the positions listed under it; before the first listed heading, past the name line, an unknown
    heading over positions ("Where I Have Been") heads them as well.
    """
    if known[i] is None and not heading_shaped(lines[i]):
        return None
    end = next((k for k in range(i + 1, len(lines)) if known[k] is not None), len(lines))
    found = block_kind(lines[i + 1 : end])
    if found == "experience" and kind not in _POSITIONS_LOST_IN:
        return None  # a club's or a project's dated roles under a name of their own: not the jobs
    return None if found == kind else found


# Volunteering, leadership and campus activities, and education, are sections of their own however many follow
# the jobs ("LEADERSHIP EXPERIENCE", "CAMPUS INVOLVEMENT", "VOLUNTEER EXPERIENCE"), never headings under each job;
# so are papers and talks ("Publications", "Publications (Continued)", "Presentations"), a researcher's students,
# languages, interests, referees and contact details: no job lists its own
_OWN_SECTIONS = frozenset(
    {"header", "experience", "volunteer", "education", "publications", "supervision", "languages", "interests",
     "references", "contact"}
)  # fmt: skip


def _absorb_subheadings(sections: list[Section], lines: Sequence[str]) -> list[Section]:
    """A heading repeated inside the experience section ("Projects", "Technologies" under each job) is a
    sub-heading of the entries there, not a section of its own: keep it inside the experience section.

    A heading followed at once by another of its kind ("Honors & Awards" over "International Awards" and
    "Domestic Awards") heads a section with sub-headings of its own: it is not under a job; so do two sections of a
    kind one after the other with no job between them ("Funding" and its grants, then "Awards")."""
    counts = Counter(s.kind for s in sections)
    headed = {a.kind for a, b in zip(sections, sections[1:], strict=False) if a.end == a.start and b.kind == a.kind}
    headed |= {  # right after the jobs: "Funding" and its grants, then "Awards"
        a.kind
        for before, a, b in zip(sections, sections[1:], sections[2:], strict=False)
        if before.kind == "experience" and b.kind == a.kind and not any(map(_job_line, lines[a.start : a.end]))
    }
    repeated = {k for k, n in counts.items() if n >= 2 and k not in _OWN_SECTIONS and k not in headed}
    out: list[Section] = []
    for section in sections:
        if section.kind in repeated and out and out[-1].kind == "experience":
            out[-1] = Section("experience", out[-1].heading, out[-1].start, section.end)
        else:
            out.append(section)
    return out


# kinds whose headings also label a list inside a job's entry ("Activities:", "Accomplished projects:",
# "Achievements:", "Other characteristics:")
_LABEL_KINDS = frozenset({"volunteer", "projects", "other", "awards", "certifications"})


def _absorb_entry_labels(sections: list[Section], lines: Sequence[str]) -> list[Section]:
    """A label closing in a colon over a list inside a job's entry ("Activities:" over "• Billing service
    development"), with the next job's dated line under that list, is part of the entries, not a section of its
    own: keep it inside the experience section. A section headed with a colon holds no job of its own and opens
    with its own entry, not a list ("Projects:" over "2019 Project Alpha, a route planner")."""
    out: list[Section] = []
    for section in sections:
        block = lines[section.start : section.end]
        if (
            out
            and out[-1].kind == "experience"
            and section.kind in _LABEL_KINDS
            and section.heading.rstrip().endswith(":")
            and block
            and BULLET_START.match(block[0].lstrip())
            and any(_job_line(line) and not BULLET_START.match(line.lstrip()) for line in block)
        ):
            out[-1] = Section("experience", out[-1].heading, out[-1].start, section.end)
        else:
            out.append(section)
    return out


def _job_line(line: str) -> bool:
    """A dated line that is no list item, or names a job title ("Globex - R&D   2021 - 2022", "• 2019 Engineer, Acme"):
    a position's name line, where an item of a grants list ("• June 2025: Research grant by the X Program") is not."""
    return bool(years_in(line)) and (
        not line.lstrip().startswith(("•", "-", "*")) or TITLE_WORDS.search(line) is not None
    )


_GUTTER = re.compile(r"^([A-Z][A-Z&/ ]{3,30}?)\s+(?=\S)(.+)$")


def split_gutter_headings(lines: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Split 'EMPLOYMENT Postdoc, UC Berkeley 2011 - 2014' (a heading in the left gutter, read on the same
    line as the first entry) into the heading and the entry.

    >>> split_gutter_headings(["EXPERIENCE Data Analyst, Acme   2019 - 2021", "WORK HISTORY"])
    ('EXPERIENCE', 'Data Analyst, Acme   2019 - 2021', 'WORK HISTORY')
    """
    out: list[str] = []
    for line in lines:
        match = _GUTTER.match(line)
        # "VOLUNTEER EXPERIENCE :handshake:" is one heading, not "VOLUNTEER" beside an entry
        if match and heading_kind(match.group(1).strip()) and not match.group(2).isupper() and not heading_kind(line):
            out += [match.group(1).strip(), match.group(2).strip()]
        else:
            out.append(line)
    return tuple(out)


def _inline_list(line: str) -> bool:
    """'Skills: Python, R' is a line of skills, not a heading."""
    head, sep, rest = SHORTCODE.sub("", line).partition(":")
    return bool(sep and rest.strip())


def _listed(lines: Sequence[str], i: int) -> bool:
    """Whether a line ending in a full stop follows another that does: an item of a list of titles or sentences (a
    journal named "Languages." among the journals reviewed for), not a heading."""
    return i > 0 and bool(re.search(r"\w\w\.$", lines[i].strip())) and lines[i - 1].strip().endswith(".")
