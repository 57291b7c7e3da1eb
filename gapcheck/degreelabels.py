"""Education entries written as labels and values: "Degree: Bachelor", "Field: Marine Biology", "University: ..."."""

from __future__ import annotations

import re

from gapcheck.degreenames import LEVELS, load_degree_names
from gapcheck.fields import is_field_name, known_field
from gapcheck.schools import SCHOOL, SCHOOL_WORDS

_NAMES = load_degree_names()
_LEVELS = [level for level in LEVELS if _NAMES.labelled_levels[level]]
FIELD_LABELS = _NAMES.field_labels
"""The labels of a degree's field, one alternation: "field(?:\\s+of\\s+stud(?:y|ies))?|subject(?:\\s+area)?|..."."""
# A degree label, then a colon, a bar, a dash between spaces or wide space, then a bare level word: "Degree: Bachelor",
# "Degree - Master Programme", "Grau: Bacharel", "Titulación: Grado", "Diplôme : Master informatique" (not a
# thesis's name: "Degree: Master thesis ...")
_LABELLED_LEVEL = re.compile(
    r"(?<![\w-])(?P<label>"
    + _NAMES.degree_labels
    + r")(?P<sep>\s*[:|]\s*|\s+[-–—]\s*|\s+)(?:"
    + "|".join(f"(?P<{level}>{_NAMES.labelled_levels[level]})" for level in _LEVELS)
    + r")(?![\w'’-])(?!\s*(?:"
    + _NAMES.theses
    + r")(?!\w))",
    re.IGNORECASE,
)
# A field's label and what follows it: a colon, or a space after a label of several words ("Field: Economics",
# "Subject Area Urban Planning", "in the field of hydrology", "Curso: Engenharia Civil")
_FIELD_LABEL = re.compile(r"(?<![\w-])(?P<label>" + _NAMES.field_labels + r")(?P<sep>\s*:\s*|\s+)", re.IGNORECASE)
_LEADS = re.compile(r"^\s*(?:[,;|/–—-]\s*)?")
# A school's label opening a line: "University: ...", "Institution: ...", "Hochschule: ...", "Établissement : ...",
# Europass's "Name and type of organisation providing education and training"
_SCHOOL_LABEL = re.compile(
    r"^[\W_]*(?:name\s+(?:and\s+type\s+)?of\s+(?:the\s+)?organi[sz]ation(?:\s+providing\s+education\s+and\s+training)?"
    r"\s*:?\s+|(?:institution|organi[sz]ation|establishment|[ée]tablissement|instituci[oó]n|institui[cç][aã]o|"
    r"centro(?:\s+de\s+estudios)?|ateneo|bildungseinrichtung|(?:" + SCHOOL_WORDS + r"))(?:\s+name)?"
    r"(?:\s*:\s*|\s{2,}|\t))",
    re.IGNORECASE,
)


def labelled_levels(line: str) -> list[tuple[str, int, int]]:
    """Bare level words written as a degree label's value, as (level, start, end).

    >>> labelled_levels("Degree: Bachelor")
    [('bachelor', 8, 16)]
    """
    found = []
    for match in _LABELLED_LEVEL.finditer(line):
        if match["sep"] == " " and " " not in match["label"]:  # "Qualification awarded Master", not "Degree Master"
            continue
        level = next(name for name in _LEVELS if match[name] is not None)
        found.append((level, match.start(level), match.end(level)))
    return found


def opening_field_label(rest: str) -> int:
    """Where the field starts past a field's label opening the words after a degree's name (", Field: Economics",
    " Subject Area Urban Planning", " in the field of hydrology"); 0 when no label opens them."""
    lead = _LEADS.match(rest)
    start = lead.end() if lead else 0
    label = _FIELD_LABEL.match(rest, start)
    if label is None or not (":" in label["sep"] or " " in label["label"].strip()):
        return 0
    return label.end()


def without_school_label(text: str) -> str:
    """A school's name less the label opening it: "University: Northfield University" -> "Northfield University"."""
    label = _SCHOOL_LABEL.match(text)
    return text[label.end() :] if label and label.end() < len(text.rstrip()) else text


def in_school_label(line: str, start: int) -> bool:
    """The word at start is part of a school's label opening the line, before a school's name ("University:
    Northfield University", "University  Westmoor"), not before a field ("University: Food Engineering", the level's
    place in a list of levels)."""
    label = _SCHOOL_LABEL.match(line)
    if label is None or start >= label.end():
        return False
    value = re.split(r"\s*[,;|(]|\s{2,}", line[label.end() :].strip(), maxsplit=1)[0]
    return bool(SCHOOL.search(value)) or not (is_field_name(value) or known_field(value))
