"""A field written just before its degree: "Computer Science, B.S.", "Economics (BA)", "<school>, Web Design,
Abschluss: Bachelor", "UNIVERSITÄT MUSTERSTADT Informatik, M.Sc."."""

from __future__ import annotations

import re

from gapcheck.dates import strip_dates
from gapcheck.degreefields import clean_field
from gapcheck.degreenames import load_degree_names
from gapcheck.fields import is_field_name, known_field, spell_out
from gapcheck.schools import INSTITUTION


def field_before(text: str) -> str | None:
    """A field named just before the degree: "Computer Science, B.S.", "Economics (BA)", "Political Science, BA";
    before a degree's label, any name in capitals ("<school>, Web Design & Development, Abschluss: Bachelor")."""
    text = strip_dates(text).rstrip(" ,(–—-:|")
    labelled = _LABEL_END.search(text)
    text = text[: labelled.start()].rstrip(" ,(–—-:|") if labelled else text
    last = re.split(r"\s*[|•;,:]\s*|\s{3,}", text)[-1].strip()  # "<school>: Earth Sciences MSci"
    last = _STUDY_OF.sub("", last)  # "Studium der Physik (Diplom)": the study names its field
    if labelled and _capitalised_name(last):
        return last
    # in sentence case too: "Computer science Bachelor"
    named = is_field_name(last) or is_field_name(
        re.sub(r"(?<= )(?!and\b|of\b)([a-z])", lambda m: m.group().upper(), last)
    )
    after = _after_capitals(last)
    return after or (last if last and named and not INSTITUTION.search(last) else None)


_STUDY_OF = re.compile(
    r"^(?:studium|study|studies|estudios|[ée]tudes)\s+(?:der|des|of|in|de|en)\s+(?=\S)", re.IGNORECASE
)
_LABEL_END = re.compile(r"(?:^|(?<=[\s,;|]))(?:" + load_degree_names().degree_labels + r")\s*:?$", re.IGNORECASE)


def _capitalised_name(text: str) -> bool:
    """A short name in capitals ("Web Design & Development"), no school, date or grade."""
    words = text.split()
    joining = {"and", "of", "&", "und", "et", "e", "y", "de", "der", "des", "du", "di", "da", "do", "für", "en"}
    return (
        1 <= len(words) <= 6
        and all(w[0].isupper() or w in joining for w in words)
        and not any(c.isdigit() for c in text)
        and not INSTITUTION.search(text)
        and clean_field(text) is not None
    )


def _no_field(word: str) -> bool:
    """A word in capitals that names no field ("HAMBURG", not "IT" or "CS")."""
    return known_field(word) is None and spell_out(word) == word


def _after_capitals(text: str) -> str | None:
    """A known field after a name in capitals: "UNIVERSITÄT MUSTERSTADT Informatik, M.Sc.", "TH
    BEISPIELSTADT Wirtschaftsinformatik, B.Sc." (a school written in capitals, then the field in title case)."""
    words = text.split()
    for k in range(1, len(words)):
        field = " ".join(words[k:])
        if not all(w.isupper() and len(w) > 1 and _no_field(w) for w in words[:k]) or words[k].isupper():
            continue
        if known_field(field) == field:
            return field
    return None
