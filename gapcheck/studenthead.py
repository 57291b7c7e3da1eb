"""The resume's own headline says its person is still a student: the latest degree it lists is under way.

A degree's entry is read as a unit ("Mechanical Engineering MSc, Politecnico di Esempio, 2016 - 2019"), but the
sign that it is not awarded yet may sit at the top of the resume: a headline "Engineering Student", "Étudiant en
ingénierie informatique", "Informatikstudent", "PhD candidate". Such a headline makes the latest degree (of the level
it names, if any) in progress when its own dates do not close it before the resume was written: the resume holds an
open-ended entry ("dec.2017 - currently") and mentions no year after the degree's end (the end is a planned one).
Without an open-ended entry, when the resume was written is not known and a past end is the degree's award.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gapcheck.dates import find_date_ranges, years_in
from gapcheck.degreenames import load_degree_names
from gapcheck.models import Degree, Section

_NAMES = load_degree_names()
# The level a headline names before its student word ("PhD candidate", "Master's student", "Bachelorstudent")
_LEVEL_WORDS = {
    "doctorate": r"ph\.?\s?d\.?|doctoral|doctorate|promotions",
    "master": r"m\.?\s?sc\.?|m\.?\s?s\.?|master(?:['’]?s)?",
    "bachelor": r"b\.?\s?sc\.?|b\.?\s?s\.?|bachelor(?:['’]?s)?|undergraduate",
}
# A word naming a doctoral, master's or any student on its own ("Doktorand", "doctorante", "mestrando", "laureando")
_STUDENT_NOUNS = {
    "doctorate": r"doktorand(?:in)?|doctorant(?:e)?|doctorand[oa]|doutorand[oa]|dottorand[oa]",
    "master": r"masterand(?:in)?|maestrand[oa]|mestrand[oa]|laureand[oa]\s+magistrale",
    None: r"undergrad(?:uate)?|graduand[oa]|laureand[oa]|[ée]l[èe]ve[-\s]ing[ée]nieure?",
}
_STUDENT = _NAMES.student + r"|\w+student(?:in)?"  # "Informatikstudent", "Masterstudentin"
# A headline: a short line, or a clause of one ("Jane Roe | Engineering Student | Milan"), whose student word is
# its last or is followed by what is studied ("Student of Physics", "Étudiant en informatique", "estudiante de ..."),
# not a job for students ("Student Research Assistant", "Student Ambassador")
_HEADLINE = re.compile(
    r"^(?P<before>(?:[^\W\d_][\w.'’&+-]*\s+){0,4}?)(?P<student>"
    + "|".join(_STUDENT_NOUNS.values())
    + "|"
    + _STUDENT
    + r")(?=\s*$|\s+(?:of|in|at|@|en|de|der|des|di|do|da|em|für|an|am)\b|\s*[,(–—-])",
    re.IGNORECASE,
)
# Clauses of a headline, or of the sentence that opens a summary ("Physics student at <school>, specializing in ...")
# (a run of spaces is tried from its start only: a long run is scanned once, not once per space)
_CLAUSES = re.compile(r"(?:(?<!\s)|(?=\S))\s*(?:[|•·/&]|\s[-–—]\s|[,;](?=\s)|(?<=[a-z]{2})\.(?=\s+[A-Z]))\s*")
_LEVEL_BEFORE = {
    level: re.compile(r"(?:^|\s)(?:" + words + r")[\s-]*$", re.IGNORECASE) for level, words in _LEVEL_WORDS.items()
}
_LEVEL_NOUN = {level: re.compile(words, re.IGNORECASE) for level, words in _STUDENT_NOUNS.items()}
_MAX_WORDS = 10
_FORMER = re.compile(r"\b(?:former|ex|past|previous)\b", re.IGNORECASE)
_CANDIDATE = re.compile(r"candidat\w*", re.IGNORECASE)


def headline_level(lines: Sequence[str], sections: Sequence[Section]) -> str | None:
    """The level a student headline at the top of the resume or opening its summary names ('doctorate', 'master',
    'bachelor'), '' for a student of no named level, None when the top of the resume has no student headline."""
    top = [i for s in sections if s.kind == "header" for i in range(s.start, s.end)]
    top += [s.start for s in sections[:3] if s.kind == "summary" and s.start < s.end]  # the summary's opening line
    for i in top:
        for clause in _CLAUSES.split(lines[i].strip()):
            match = _HEADLINE.match(clause) if len(clause.split()) <= _MAX_WORDS else None
            if match is None:
                continue
            before, student = match.group("before"), match.group("student")
            if _FORMER.search(before):
                continue  # "former student of ...", "ex-student"
            level = next((level for level, pattern in _LEVEL_BEFORE.items() if pattern.search(before)), None)
            if level is None and _CANDIDATE.fullmatch(student):
                continue  # a candidate for what? ("PhD candidate" says, a bare "Candidate" does not)
            return level or next(
                (level for level, noun in _LEVEL_NOUN.items() if level and noun.fullmatch(student)), ""
            )
    return None


def still_studying(
    degrees: tuple[Degree, ...], lines: Sequence[str], sections: Sequence[Section], as_of: int
) -> tuple[Degree, ...]:
    """The degrees, the latest of the headline's level in progress when the resume's headline says its person is a
    student and nothing else says which degree is under way (no degree in progress, the latest one's end is the
    resume's last year and an entry of the resume is still open)."""
    if not degrees or any(d.in_progress for d in degrees):
        return degrees
    level = headline_level(lines, sections)
    if level is None:
        return degrees
    candidates = [k for k, d in enumerate(degrees) if not level or d.level == level]
    if not candidates:
        return degrees
    latest = max(candidates, key=lambda k: (degrees[k].year or 0, -k))  # the first listed of the latest year
    year = degrees[latest].year
    if year is None or not any(r.current for line in lines for r in find_date_ranges(line, as_of)):
        return degrees  # when the resume was written is not known: an entry's end is its award
    if any(y > year for line in lines for y in years_in(line) if y <= as_of // 12):
        return degrees  # the resume goes on past the degree's end: awarded
    return tuple(replace(d, in_progress=True) if k == latest else d for k, d in enumerate(degrees))
