"""Resume text -> ResumeProfile: sections, positions, degrees and skills with evidence and years."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from gapcheck.claims import find_claimed_years
from gapcheck.datepatterns import RANGE_RE
from gapcheck.dates import end_year_missing
from gapcheck.education import find_degrees
from gapcheck.experience import find_positions
from gapcheck.letters import mark_letters
from gapcheck.models import (
    Degree,
    Position,
    Readability,
    ResumeProfile,
    ResumeText,
    Section,
    SkillHit,
    as_of_month,
    month_label,
    union_months,
)
from gapcheck.names import find_name
from gapcheck.positiondates import end_finished_studies
from gapcheck.sections import find_sections, split_gutter_headings
from gapcheck.skillcontext import is_topic_line
from gapcheck.skills import Vocabulary, load_vocabulary

MAX_EVIDENCE = 3
_EVIDENCE_CHARS = 200
_WEAK_EVIDENCE = re.compile(r"https?://|www\.|\S@\S|\.(?:com|org|io)\b|\b(?:pursuing|enrolled|coursera|udemy)\b", re.I)
_GLUED = re.compile(r"\b[a-z]+[A-Z][a-z]+[A-Z][a-z]+\w*")


def build_profile(
    text: ResumeText, *, as_of: dt.date | None = None, vocabulary: Vocabulary | None = None
) -> ResumeProfile:
    """Read a resume's text into a profile.

    Parameters
    ----------
    text : ResumeText
        The resume's lines, from ``extract_text`` (or built by hand).
    as_of : datetime.date, optional
        What "Present" means; today when omitted.
    vocabulary : Vocabulary, optional
        The skill vocabulary; the bundled one when omitted.

    Returns
    -------
    ResumeProfile

    Examples
    --------
    >>> import datetime as dt
    >>> from gapcheck.models import ResumeText
    >>> lines = ("Ann Lee", "EXPERIENCE", "Data Analyst, Acme Inc   Jan 2020 - Dec 2021",
    ...          "• Built dashboards in Tableau and SQL", "EDUCATION", "B.S. in Statistics, 2019")
    >>> profile = build_profile(ResumeText("ann.txt", 1, lines), as_of=dt.date(2026, 1, 1))
    >>> profile.total_years, profile.highest_degree, sorted(profile.skill_ids)
    (2.0, 'bachelor', ['data analysis', 'data visualization', 'sql', 'statistics', 'tableau'])
    """
    as_of = as_of or dt.date.today()
    vocabulary = vocabulary or load_vocabulary()
    month = as_of_month(as_of)
    lines = split_gutter_headings(text.lines)
    sections = mark_letters(find_sections(lines), lines)
    skill_lines = [i for s in sections if s.kind == "skills" for i in range(s.start, s.end)]
    referees = {i for s in sections if s.kind == "references" for i in range(s.start, s.end)}
    hobbies = {i for s in sections if s.kind == "interests" for i in range(s.start, s.end) if is_topic_line(lines[i])}
    # a referee's "Senior Software Engineer" and a hobby's topic ("Linux Ricing", "Electronics and Microcontrollers")
    # say nothing of the applicant's skills (side projects under Interests do), and a heading ("Publications",
    # "Talks") over nothing shows nothing either
    unread = referees | hobbies | {s.start - 1 for s in sections if s.kind != "header" and _nothing_under(s, lines)}
    headings = [s.start - 1 for s in sections if s.kind != "header" and s.start > 0 and s.start - 1 not in unread]
    found = vocabulary.find([("" if i in unread else line) for i, line in enumerate(lines)], skill_lines, headings)
    # a cover letter is prose: what it tells of its writer is no entry of the resume and no claim
    letter = {i for s in sections if s.kind == "letter" for i in range(s.start, s.end)}
    entries = tuple("" if i in letter else line for i, line in enumerate(lines)) if letter else lines
    degrees = find_degrees(entries, sections, month)
    found = _without_degree_names(found, lines, degrees, vocabulary)
    positions = tuple(
        replace(p, skills=tuple(sorted(s for s, idx in found.items() if any(p.line <= i < p.end_line for i in idx))))
        for p in end_finished_studies(find_positions(entries, sections, month), degrees)
    )
    skills = tuple(
        sorted(
            (
                _hit(vocabulary, skill_id, indices, lines, positions, frozenset(skill_lines))
                for skill_id, indices in found.items()
            ),
            key=lambda hit: hit.id,
        )
    )
    readability = _readability(text, lines, sections, positions, degrees)
    return ResumeProfile(
        source=text.source,
        as_of=as_of,
        pages=text.pages,
        skills=skills,
        degrees=degrees,
        positions=positions,
        readability=readability,
        claimed_years=find_claimed_years(entries, sections),
        name=find_name(lines, sections),
        text=tuple(lines),
    )


_TEMPLATE_CODE = re.compile(r"(?:\{%.*?%\}|\{\{.*?\}\}|</?[a-z]+[^<>]*>|[-=_*#]{3,}|\s)*")


def _nothing_under(section: Section, lines: tuple[str, ...]) -> bool:
    """Whether a heading stands over nothing a reader sees (no lines, rules, the template code of a site generator:
    "{% for post in site.publications %}"), so names no skill shown: "Publications" with no paper. Not in skills
    sections, whose labels printed side by side ("Databases", "Tools") come out above their values."""
    under = lines[section.start : section.end]
    return section.kind != "skills" and all(_TEMPLATE_CODE.fullmatch(line) for line in under)


def _without_degree_names(
    found: dict[str, list[int]], lines: tuple[str, ...], degrees: tuple[Degree, ...], vocabulary: Vocabulary
) -> dict[str, list[int]]:
    """The skills found, less those a degree's line names only in the degree's field ("M.Sc. in Applied Mathematics",
    "BS Software Engineering, 2019"): the degree's name, not a skill shown. The rest of the line (coursework, a thesis
    topic) still counts, and so does the same skill on any other line; a line under the degree's holding just its
    field is the degree's name too."""
    dropped: dict[str, set[int]] = {}
    for degree in degrees:
        field = degree.field
        if field is None:
            continue
        start = degree.text.lower().find(field.lower())
        named = set(vocabulary.find([field]))
        if start >= 0:
            rest = degree.text[:start] + " " * len(field) + degree.text[start + len(field) :]
            named -= set(vocabulary.find([rest]))
        for index in (i for i, line in enumerate(lines) if line == degree.text and named):
            # the field alone on a line just under the degree's ("Engineer's degree 2004" / "Mathematics.")
            under = [k for k in range(index + 1, min(index + 3, len(lines))) if lines[k].strip(" .,;") == field]
            for skill_id in named:
                dropped.setdefault(skill_id, set()).update([*([index] if start >= 0 else []), *under])
    kept = {s: [i for i in found_at if i not in dropped.get(s, ())] for s, found_at in found.items()}
    return {s: indices for s, indices in kept.items() if indices}


def _hit(
    vocabulary: Vocabulary,
    skill_id: str,
    indices: list[int],
    lines: tuple[str, ...],
    positions: tuple[Position, ...],
    skill_lines: frozenset[int],
) -> SkillHit:
    entry = vocabulary.entries[skill_id]
    ranked = sorted(indices, key=lambda i: _evidence_rank(i, lines[i], positions, skill_lines))
    evidence = tuple(dict.fromkeys(_clip(lines[i]) for i in ranked))[:MAX_EVIDENCE]
    ranges = [(p.dates.start, p.dates.end) for p in positions if p.dates is not None and skill_id in p.skills]
    years = union_months(ranges) / 12 if ranges else None
    return SkillHit(skill_id, entry.name, entry.category, evidence, tuple(indices), years)


def _evidence_rank(index: int, line: str, positions: tuple[Position, ...], skill_lines: frozenset[int]) -> int:
    """Which line proves a skill best: a bullet of a dated position, then a skills-section line, then the rest;
    header lines with links, course enrolments and words run together last."""
    if _WEAK_EVIDENCE.search(line) or len(_GLUED.findall(line)) >= 2:
        return 3
    if any(p.dates is not None and p.line < index < p.end_line for p in positions):
        return 0
    return 1 if index in skill_lines else 2


def _clip(line: str) -> str:
    line = line.lstrip("• ").strip()
    return line if len(line) <= _EVIDENCE_CHARS else line[: _EVIDENCE_CHARS - 1].rstrip() + "…"


def _readability(
    text: ResumeText,
    lines: tuple[str, ...],
    sections: tuple[Section, ...],
    positions: tuple[Position, ...],
    degrees: tuple[Degree, ...],
) -> Readability:
    kinds = tuple(dict.fromkeys(s.kind for s in sections if s.kind != "header"))
    words = sum(len(line.split()) for line in text.lines)
    warnings = list(text.warnings)
    if "experience" not in kinds:
        warnings.append("no experience section was recognised: use a heading such as 'Experience' or 'Work History'")
    if "education" not in kinds and not degrees:
        warnings.append("no education section was recognised: use a heading such as 'Education'")
    education = {lines[i].strip() for s in sections if s.kind == "education" for i in range(s.start, s.end)}
    outside = [d for d in degrees if d.text not in education]
    if outside and len(outside) == len(degrees):
        warnings.append(
            "degrees were read outside an education section: "
            + ", ".join(dict.fromkeys(d.level for d in outside))
            + "; check them, or use a heading such as 'Education'"
        )
    unnamed = list(dict.fromkeys(d.level for d in degrees if d.field is None))
    if unnamed:
        warnings.append(f"the field of the {' and '.join(unnamed)} degree could not be read: it stays unknown")
    undated = [p for p in positions if p.dates is None]
    if undated:
        names = ", ".join(p.title or p.organization or "?" for p in undated[:3])
        warnings.append(f"{len(undated)} position(s) have no readable dates and are not counted in years: {names}")
    for p in positions:
        if p.dates is not None and end_year_missing(p.dates):
            warnings.append(
                f"'{p.dates.text}' has no end year (cut off?): read as {month_label(p.dates.start)} to "
                f"{month_label(p.dates.end)}; check it"
            )
    if positions and all(p.dates is None for p in positions):
        warnings.append("no dates could be read: write them like 'Jan 2020 - Present'")
    glued = sum(len(_GLUED.findall(line)) for line in text.lines)
    if glued >= 5:
        warnings.append("words run together in the text layer (a design export?): some skills and dates may be missed")
    header = next((s for s in sections if s.kind == "header"), None)
    early_dates = sum(bool(RANGE_RE.search(x)) for x in lines[header.start : header.end]) if header else 0
    if early_dates >= 2:
        warnings.append(
            "unusual reading order: dates come before the first heading, apart from their entries "
            "(a design template?); check the positions gapcheck read"
        )
    if text.pages and words / text.pages < 60:
        warnings.append("very little text per page: parts of the resume may be images")
    return Readability(text.pages, words, kinds, tuple(warnings))
