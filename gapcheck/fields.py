"""Degree fields: the table of known and related fields (gapcheck/data/degree_fields.yaml) and comparing them."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from gapcheck.yamlfile import load_yaml

FIELDS_PATH = Path(__file__).parent / "data" / "degree_fields.yaml"


@dataclass(frozen=True, slots=True)
class FieldTable:
    aliases: dict[str, str]
    """Other spelling -> the name used in the groups ("cs" -> "computer science")."""
    groups: tuple[frozenset[str], ...]
    """Fields close enough to stand in for one another."""
    names: frozenset[str] = field(init=False)
    """Every name the table knows (made once: each field compared looks names up in it)."""

    def __post_init__(self) -> None:
        names = frozenset(self.aliases) | frozenset(name for group in self.groups for name in group)
        object.__setattr__(self, "names", names)


@lru_cache(maxsize=1)
def load_fields() -> FieldTable:
    """The bundled field table."""
    data = load_yaml(FIELDS_PATH)
    aliases = {normalise_field(k): normalise_field(v) for k, v in data["aliases"].items()}
    groups = tuple(frozenset(normalise_field(x) for x in group) for group in data["groups"])
    return FieldTable(aliases, groups)


def normalise_field(text: str) -> str:
    """Lowercase words only (of any script), accents on Latin letters dropped, '&' spelled 'and', parenthesised
    notes dropped.

    >>> normalise_field("Computer Science & Engineering (Hons.)"), normalise_field("Ciencias de la Computación")
    ('computer science and engineering', 'ciencias de la computacion')
    """
    text = re.sub(r"\([^)]*\)", " ", text.lower()).replace("&", " and ")
    text = unicodedata.normalize("NFC", _LATIN_ACCENT.sub("", unicodedata.normalize("NFD", text)))
    return " ".join(re.findall(r"[^\W\d_]+", text))


_LATIN_ACCENT = re.compile(r"(?<=[a-z])[\u0300-\u036f]+")
"""Accents after a Latin letter, once decomposed ("é" -> "e" + "´"); other scripts' marks are kept."""


def _canonical(text: str, table: FieldTable) -> str:
    name = normalise_field(text)
    return table.aliases.get(name, name)


# Between the fields of a list: "Physik, Statistik und Wirtschaftsinformatik", "Análise e Desenvolvimento"
_LIST = re.compile(r"\s*[,;/+]\s*|\s+(?:and|und|et|e|y|ed|&)\s+", re.IGNORECASE)


def _compared(text: str, table: FieldTable) -> str:
    """A field's name as compared: its name in the table, or for a list of fields in any language the names of its
    parts joined by "and" ("Physik, Statistik und Wirtschaftsinformatik" -> "physics and statistics and
    information systems", as "Physics, Statistics and Business Informatics" is)."""
    name = normalise_field(text)
    if name in table.aliases or name in table.names:
        return table.aliases.get(name, name)
    parts = [_canonical(part, table) for part in _LIST.split(re.sub(r"\([^)]*\)", " ", text))]
    return " and ".join(part for part in parts if part)


_GENERIC = frozenset({"engineering", "science", "sciences", "arts", "technology", "studies", "management", "systems"})
"""Words too broad to match a field on their own ("engineering" is not "software engineering")."""


def _contains(a: str, b: str) -> bool:
    """The words of one appear, in order, in the other ("computer science" in "computer science and engineering");
    a broad word alone never counts."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return short not in _GENERIC and f" {short} " in f" {long} "


def _narrows(mine: str, theirs: str) -> bool:
    """The found field is the role's field or a narrower one ("mechanical engineering" for "engineering")."""
    return mine == theirs or f" {theirs} " in f" {mine} " or _contains(mine, theirs)


def known_field(text: str) -> str | None:
    """The longest known field name that ``text`` starts with ("Analytics Northgate" -> "Analytics"), or None."""
    table = load_fields()
    words = text.split()
    for n in range(min(len(words), 6), 0, -1):
        candidate = " ".join(words[:n]).strip(" ,.;:")
        if candidate and _canonical(candidate, table) in table.names:
            return candidate
    return None


def spell_out(text: str) -> str:
    """A field written as a capital abbreviation, spelled out from the field table; any other text unchanged.

    >>> spell_out("IT"), spell_out("CSE"), spell_out("Physics")
    ('Information Technology', 'Computer Science and Engineering', 'Physics')
    """
    if not (text.isalpha() and text.isupper() and len(text) <= 5):
        return text
    full = load_fields().aliases.get(text.lower())
    return _title_case(full) if full else text


def _title_case(name: str) -> str:
    """Each word capitalised but "and" and "of" ("computer science and engineering")."""
    return re.sub(r"\b(?!and\b|of\b)\w", lambda m: m.group().upper(), name)


_OTHER_SCRIPT = re.compile(r"[^\W\d_a-zA-Z\u00c0-\u024f]")


def in_english(text: str) -> str:
    """A field written in another script, with its English name before it when the field table knows it.

    >>> in_english("计算机科学与技术"), in_english("Informatik")
    ('Computer Science (计算机科学与技术)', 'Informatik')
    """
    if not _OTHER_SCRIPT.search(text):
        return text
    english = load_fields().aliases.get(normalise_field(text))
    if english is None:
        return text
    return _title_case(english) + f" ({text})"


_HEADS = frozenset(
    {"engineering", "science", "sciences", "studies", "technology", "management", "administration", "design"}
)
"""Last words that make a phrase a field name ("Mining Engineering", "Thermal Mechanical Engineering")."""


def is_field_name(text: str) -> bool:
    """A known field, or a phrase ending in a known field or a field's head word ("Marine Biology").

    >>> is_field_name("Quantitative Marine Biology"), is_field_name("Mining Engineering"), is_field_name("Palo Alto")
    (True, True, False)
    """
    words = text.split()
    if not words or not all(w[0].isupper() or w in ("and", "of", "&") for w in words):
        return False
    return (
        known_field(text) == text
        or words[-1].lower() in _HEADS
        or known_field(words[-1]) == words[-1]
        or _known_and_more(text)
    )


# Last words of a body's name, never of a field's: "Mathematics and Computer Club", "Physics and Chemistry Society"
_BODIES = frozenset(
    "club society association team group lab laboratory center centre institute school university college department "
    "award prize olympiad scholarship fellowship committee council".split()
)


def _known_and_more(text: str) -> bool:
    """A known field and a second one of two words the table does not know, in capitals ("Mathematics and Scientific
    Modeling", "Economics and Social Policy"); not a body named after a field ("Mathematics and Computer Club"), nor
    a field and a word ("Physics and Beyond")."""
    parts = re.split(r"\s+(?:and|&)\s+", text)
    return (
        len(parts) == 2
        and known_field(parts[0]) == parts[0]
        and len(parts[1].split()) == 2
        and parts[1].split()[-1].lower() not in _BODIES
    )


@lru_cache(maxsize=4096)  # the same few fields come back for every resume of a batch
def compare_field(found: str | None, wanted: tuple[str, ...]) -> tuple[str, str | None]:
    """How a degree field compares with a role's fields: ('match' | 'related' | 'differs' | 'unknown', the role field).

    'unknown' when no field was read or the role names none; 'match' when the names are equal or one
    contains the other; 'related' when both sit in one group of the field table.

    >>> compare_field("Statistics", ("mathematics", "computer science"))
    ('related', 'mathematics')
    >>> compare_field("Computer Science and Engineering", ("computer science",))
    ('match', 'computer science')
    >>> compare_field("Biology", ("computer science",))
    ('differs', None)
    """
    if found is None or not wanted:
        return "unknown", None
    mine = _compared_name(found)
    if not mine:
        return "unknown", None
    for name in wanted:
        if _narrows(mine, _compared_name(name)):
            return "match", name
    groups = _groups_holding(mine)
    for name in wanted:
        if groups & _groups_holding(_compared_name(name)):
            return "related", name
    return "differs", None


@lru_cache(maxsize=4096)
def _compared_name(text: str) -> str:
    """``_compared`` with the bundled table, once per text: a role's fields come back for every resume of a batch."""
    return _compared(text, load_fields())


@lru_cache(maxsize=4096)
def _groups_holding(name: str) -> frozenset[int]:
    """The numbers of the table's groups that hold a field containing ``name`` or contained in it (``_contains``):
    two fields are related when they share one."""
    return frozenset(n for n, group in enumerate(load_fields().groups) if any(_contains(g, name) for g in group))
