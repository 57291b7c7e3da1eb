"""Resume lines -> sections (experience, education, skills, ...) from the headings real resumes use."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from gapcheck.blockkinds import block_kind, heading_shaped, rows_by_kind, split_by_rows
from gapcheck.dates import years_in
from gapcheck.headingwords import HeadingWords, fold, heading_key, heading_words
from gapcheck.jobwords import TITLE_WORDS
from gapcheck.models import Section

SECTION_KINDS: tuple[str, ...] = (
    "header", "experience", "education", "skills", "projects", "publications", "certifications", "awards", "summary",
    "volunteer", "supervision", "languages", "interests", "references", "contact", "other", "letter",
)  # fmt: skip
"""The kinds of section: ``header`` (before the first heading), the kinds of gapcheck/data/headings.yaml, and
``letter``, a cover letter bound with the resume (gapcheck/letters.py)."""


# The last word of a short heading names its kind whatever adjective comes first.
_HEAD_NOUNS = {
    "experience": "experience", "employment": "experience", "internships": "experience",
    "education": "education", "skills": "skills", "competencies": "skills", "projects": "projects",
    "publications": "publications", "certifications": "certifications", "awards": "awards",
    "honors": "awards", "honours": "awards", "summary": "summary", "profile": "summary",
    "appointments": "experience", "involvement": "volunteer", "activities": "volunteer",
    "organizations": "volunteer", "organisations": "volunteer", "memberships": "volunteer", "affiliations": "volunteer",
    "proficiencies": "skills",
}  # fmt: skip
# "Experience Summary", "Employment Overview": a summary of the jobs is where the jobs are listed
_SUMMARY_NOUNS = frozenset({"summary", "overview"})
_EXPERIENCE_WORDS = frozenset({"experience", "experiences", "employment", "work"})
# "Work Experience (Selected)", "Experience (cont.)": a qualifier in brackets does not change the kind
_QUALIFIER = re.compile(
    r"(?<=\S)\s*\((?:selected|cont\.?|contd\.?|continued|recent|most recent|latest|highlights|"
    r"(?:reverse\s+)?chronological|last\s+\d+\s+years|\d+\+?\s+years?)\)\s*:?$",
    re.IGNORECASE,
)
# "Clubs :handshake:", ":briefcase: Experience": GitHub's emoji written as a shortcode
_SHORTCODE = re.compile(r"(?<!\S):[a-z0-9_+-]+:(?!\S)")
_JOINERS = frozenset({"and", "&", "/", "+"})
_PROSE = re.compile(r"\b(?:years?|of|with|in|for|the|my|our|and)\b")
_MAX_WORDS = 6
# "and" in the languages of the heading words: the parts of a compound heading ("Formation et certifications")
_CONJUNCTION = re.compile(r" (?:and|und|et|e|y|ed|en) ")
# a line that opens with a bullet is an item of a list, whatever words it holds
_BULLET_START = re.compile(r"^[•·▪◦●■♦➢*-]")


def heading_kind(line: str) -> str | None:
    """Return the section kind a heading line names, or None when the line is not a heading.

    >>> heading_kind("WORK HISTORY"), heading_kind("Technical Skills:"), heading_kind("E X P E R I E N C E")
    ('experience', 'skills', 'experience')
    >>> heading_kind("Formação Acadêmica"), heading_kind("Scientific Supervision"), heading_kind("Berufserfahrung")
    ('education', 'supervision', 'experience')
    >>> heading_kind("Experience with large data sets") is None
    True
    """
    return _heading(line)[0]


def _heading(line: str) -> tuple[str | None, bool]:
    """The kind a heading line names, and whether only its words name it (no list holds the heading)."""
    if len(line) > 60:
        return None, False
    text = _QUALIFIER.sub("", _SHORTCODE.sub("", fold(line)).strip())
    if re.fullmatch(r"(?:[A-Za-z] ){3,}[A-Za-z](?:\s+.*)?", text):
        text = re.sub(r"(?<=\b[A-Za-z]) (?=[A-Za-z]\b)", "", text)
    text = re.sub(r"\b([A-Z]) (?=[A-Z]{2,}\b)", r"\1", text)  # small caps read apart: "R ESEARCH E XPERIENCE"
    key = re.sub(r"^\d+\s*", "", heading_key(text))
    if not key or len(key.split()) > _MAX_WORDS:
        return None, False
    lookup = heading_words().phrases
    if key in lookup:
        return lookup[key], False
    plural = lookup.get(_plural(key))
    if plural not in (None, "skills") and re.fullmatch(r"[\w\s&/-]+:?", text.strip()):
        # "Extracurricular Activity", "Publication", "Presentation": the list names the plural; a skill's name
        # alone on a line ("Technology)", "Database") is no heading
        return plural, False
    if (given := _given_kind(key, text)) is not None:
        return given, True
    titled = text.isupper() or text.endswith(":") or all(w[0].isupper() for w in text.split() if w not in _JOINERS)
    if titled and (kind := _compound_kind(key)):
        return kind, False
    # "Experience ——" or "EDUCATION 2" (page-break artefacts) and "Skills & Interests"
    first_two = " ".join(key.split()[:2])
    for candidate in (first_two, key.split()[0]):
        kind = lookup.get(candidate)
        if kind and (text.isupper() or text.endswith(":")) and len(key.split()) <= 3:
            return kind, False
    worded = _worded_kind(key, text)
    return worded, worded is not None


def _worded_kind(key: str, text: str) -> str | None:
    """The kind of a heading made only of heading words, in any of the languages listed: nouns naming kinds,
    qualifiers and joiners ("Academic and Professional Positions", "Scientific Service", "Esperienze",
    "Formação Acadêmica", "Conhecimentos Técnicos", "Berufserfahrung"), written as a heading: its first letter
    a capital, no bullet before it and no full stop after it.

    One noun names the kind; with several, experience wins ("Experiencia y Proyectos": the positions there must
    not be lost) unless education or volunteering is named too, and otherwise the first noun does.
    """
    first = re.search(r"[^\W\d_]", text)
    if first is None or not first.group().isupper() or _BULLET_START.match(text) or text.endswith((".", ",", ";")):
        return None
    words = heading_words()
    nouns: list[tuple[str, bool]] = []  # each noun's kind, and whether it may be a qualifier as well
    for token in key.split():
        if token in words.joiners:
            continue
        kind = words.nouns.get(token) or _compound_end(token, words)
        if kind:
            nouns.append((kind, token in words.qualifiers))
        elif token not in words.qualifiers:
            return None
    # "Research Projects": "research" names experience alone, and qualifies another noun
    kinds = [kind for kind, qualifier in nouns if not qualifier] or [kind for kind, _ in nouns]
    if not kinds:
        return None
    if "experience" in kinds and not {"education", "volunteer"}.intersection(kinds):
        return "experience"
    return kinds[0]


def _given_kind(key: str, text: str) -> str | None:
    """The kind an adjective gives a heading made of heading words, whatever noun it qualifies ("Voluntary
    Employment", "Volunteer Work Experience", "Ehrenamtliches Engagement", "Expérience bénévole"), or a noun of that
    kind after "of" and its kin ("Experiencia de voluntariado"): volunteering is no job. A heading naming education
    keeps its kind."""
    words = heading_words()
    tokens = key.split()
    given = [
        kind
        for n, token in enumerate(tokens)
        if (kind := words.kind_qualifiers.get(token))
        or (
            n
            and tokens[n - 1] in words.of_joiners
            and (kind := words.nouns.get(token)) in words.kind_qualifiers.values()
        )
    ]
    if not given:
        return None
    rest = " ".join(token for token in tokens if token not in words.kind_qualifiers)
    kind = _worded_kind(rest, text) if rest else given[0]
    if kind is None and not all(token in words.qualifiers or token in words.joiners for token in rest.split()):
        return None  # "Volunteer Coordinator": a job's title, no heading
    return kind if kind == "education" else given[0]


def _compound_end(token: str, words: HeadingWords) -> str | None:
    """The kind of a German compound by its last noun: "berufserfahrung", "programmierkenntnisse"."""
    for end, kind in words.compound_ends:
        if token.endswith(end) and len(token) >= len(end) + 3:
            return kind
    return None


def _plural(key: str) -> str:
    """The heading with its last word in the plural: "award" -> "awards", "activity" -> "activities" (the
    headings are listed in the number resumes use most; a plural never stands for a singular that is listed,
    "Other Experiences" being no surer a job list than "Other Experience")."""
    head, _, word = key.rpartition(" ")
    if word.endswith("s"):
        return key
    word = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return f"{head} {word}".strip()


def _compound_kind(key: str) -> str | None:
    """The kind of a titled heading built from known parts: "Selected Experience", "Relevant Projects",
    "Engineering Research & Professional Experience", "Research and Teaching Experience".

    The last part names the kind (a known heading, or qualifiers before a heading noun), except that a part
    naming experience wins over projects, skills and the like; the parts before it are short qualifiers, and
    no part reads as prose ("Experience with large data sets").
    """
    parts = _CONJUNCTION.split(key)
    if any(not part or len(part.split()) > 3 or _PROSE.search(part) for part in parts):
        return None
    kinds = [heading_words().phrases.get(part) or _HEAD_NOUNS.get(part.split()[-1]) for part in parts]
    last = parts[-1].split()
    if last[-1] in _SUMMARY_NOUNS and _EXPERIENCE_WORDS.intersection(last[:-1]):
        return "experience"
    if len(parts) > 1 and parts[-1] in heading_words().phrases:
        kind = heading_words().phrases[parts[-1]]
    elif len(last) >= 2 - (len(parts) > 1) and last[-1] in _HEAD_NOUNS:
        kind = _HEAD_NOUNS[last[-1]]
    else:
        return None
    if "experience" in kinds and kind not in ("education", "volunteer"):
        return "experience"  # "Work Experience & Projects": the positions there must not be lost
    if "education" in kinds and kind == "certifications":
        return "education"  # "Formation et certifications": nor the degrees
    return kind


def find_sections(lines: tuple[str, ...] | list[str]) -> tuple[Section, ...]:
    """Split lines into sections; lines before the first heading form a ``header`` section.

    >>> [(s.kind, s.start, s.end) for s in find_sections(["Ann Lee", "EDUCATION", "B.S. Math", "Skills", "R"])]
    [('header', 0, 1), ('education', 2, 3), ('skills', 4, 5)]
    """
    sections: list[Section] = []
    kind, heading, start = "header", "", 0
    headings = [(None, False) if _inline_list(line) else _heading(line) for line in lines]
    known = [found for found, _ in headings]
    chronology = (
        False  # under a chronology's heading its rows tell their kinds (_read_rows), not lines shaped as headings
    )
    for i, line in enumerate(lines):
        new_kind, worded = headings[i]
        shape = _SHORTCODE.sub("", _PAGE_TITLE.sub("", line) if i < _TITLE_LINES else line).strip()
        if new_kind is None and _CHRONOLOGY_SHAPE.fullmatch(shape) and _chronology(heading_key(line)):
            new_kind = _chronology_kind(lines, known, i)
        if kind != "header" and not chronology and (new_kind is None or (worded and new_kind in _BLOCK_KINDS)):
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
    return words.chronology.search(key) is not None and words.work_only.search(key) is None


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
# sections where no list of positions belongs, so that positions there lost their heading; volunteering, projects,
# papers and awards list dated roles of their own
_POSITIONS_LOST_IN = frozenset({"education", "skills", "summary", "languages", "interests", "contact", "other"})


def _kind_by_block(lines: Sequence[str], known: Sequence[str | None], i: int, kind: str) -> str | None:
    """The kind a heading's block shows, where the heading's words do not settle it: a line shaped as a heading that
    no list knows ("Mein Werdegang", "Stationen") heads positions or degrees when its block holds them; a heading
    known only by its words ("Akademische Laufbahn", an academic career) heads degrees when its block holds them.
    Only a kind other than the running section's starts a section: a company's name over its own job does not.

    A listed heading ("Experience", "Ausbildung") keeps its kind, whatever follows it.
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
            and _BULLET_START.match(block[0].lstrip())
            and any(_job_line(line) and not _BULLET_START.match(line.lstrip()) for line in block)
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
    head, sep, rest = _SHORTCODE.sub("", line).partition(":")
    return bool(sep and rest.strip())
