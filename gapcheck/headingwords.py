"""The heading words of gapcheck/data/headings.yaml, and the folding that compares a resume's lines with them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gapcheck.yamlfile import load_yaml

HEADINGS_PATH = Path(__file__).parent / "data" / "headings.yaml"


@dataclass(frozen=True, slots=True)
class HeadingWords:
    """The heading words of gapcheck/data/headings.yaml, folded (lower case, no accents)."""

    phrases: dict[str, str]
    """Whole heading -> its kind."""
    nouns: dict[str, str]
    """A word naming a kind at the head of a heading -> the kind."""
    compound_ends: tuple[tuple[str, str], ...]
    """German nouns a compound may end in ("berufs|erfahrung"), longest first, with their kinds."""
    qualifiers: frozenset[str]
    joiners: frozenset[str]
    kind_qualifiers: dict[str, str]
    """An adjective that gives a heading its kind, whatever noun it qualifies ("voluntary") -> the kind."""
    of_joiners: frozenset[str]
    """ "of", "de", "di": a kind-giving noun after one qualifies the noun before it ("Experiencia de voluntariado")."""
    chronology: re.Pattern[str]
    """A heading over study and work in one run of dates ("Werdegang", "Parcours", "Timeline"), in a folded key."""
    work_only: re.Pattern[str]
    """A word saying a chronology holds the work alone ("Beruflicher Werdegang"), in a folded key."""
    study: re.Pattern[str]
    job: re.Pattern[str]
    """The words of a chronology's rows naming a study or a school, and a job, in a folded lower-case line."""


@lru_cache(maxsize=1)
def heading_words() -> HeadingWords:
    """The bundled heading words."""
    data = load_yaml(HEADINGS_PATH)
    phrases: dict[str, str] = {}
    nouns: dict[str, str] = {}
    ends: list[tuple[str, str]] = []
    for kind, entry in data["kinds"].items():
        phrases.update((heading_key(phrase), kind) for phrase in entry["phrases"])
        for language, words in entry.get("nouns", {}).items():
            folded = [fold(word).lower() for word in words]
            nouns.update((word, kind) for word in folded)
            ends += [(word, kind) for word in folded if language == "de" and len(word) >= 5]
    qualifiers = frozenset(fold(word).lower() for words in data["qualifiers"].values() for word in words)
    ends.sort(key=lambda end: -len(end[0]))
    given = {
        fold(word).lower(): kind
        for kind, languages in data["kind_qualifiers"].items()
        for words in languages.values()
        for word in words
    }
    chronology, work_only = (
        re.compile(r"\b(?:" + "|".join(fold(word).lower() for word in data[key]) + r")\b")
        for key in ("chronology", "work_only")
    )
    study, job = (_row_words(data["row_words"][kind]) for kind in ("study", "job"))
    return HeadingWords(
        phrases, nouns, tuple(ends), qualifiers, frozenset(data["joiners"]), given, frozenset(data["of_joiners"]),
        chronology, work_only, study, job,
    )  # fmt: skip


def _row_words(languages: dict[str, list[str]]) -> re.Pattern[str]:
    """Words as one pattern over folded lower-case lines; a German word of five letters or more also ends a compound."""
    words = sorted(
        {(language, fold(w).lower()) for language, ws in languages.items() for w in ws}, key=lambda x: (-len(x[1]), x)
    )
    return re.compile(
        r"\b(?:"
        + "|".join((r"\w*" if lang == "de" and len(w) >= 5 else "") + re.escape(w) for lang, w in words)
        + r")\b"
    )


# accents printed as characters of their own ("Acadˆemica", "Mend`es"), dropped with the combining ones
_SPACING_ACCENTS = str.maketrans("", "", "ˆˇ˘˙˚˜˝´`¨¸")


def fold(text: str) -> str:
    """The text without accents, however they were printed; case is kept.

    >>> fold("Formação Acadˆemica"), fold("É X P É R I E N C E")
    ('Formacao Academica', 'E X P E R I E N C E')
    """
    text = text.translate(_SPACING_ACCENTS)
    if text.isascii():
        return text
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("ı", "i")


def heading_key(text: str) -> str:
    """A heading as the word lists hold it: lower case, no accents, "&" and "/" as "and", other signs as spaces."""
    key = re.sub(r"[^\w\s&/]", " ", fold(text).lower()).replace("&", " and ").replace("/", " and ")
    return re.sub(r"\s+", " ", key).strip()
