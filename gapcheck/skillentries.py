"""The skill vocabulary file (gapcheck/data/skills.yaml) read and checked: its entries and the spellings naming them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from gapcheck.errors import RoleFileError
from gapcheck.skillwords import GAP, tokenize

CATEGORIES = frozenset(
    "language ml-framework ml-library ml-method ml-domain data-tool big-data database cloud devops mlops web "
    "mobile software-practice visualization statistics math office domain research hardware security "
    "soft-skill concept".split()
)
_ENTRY_KEYS = frozenset({"name", "category", "aliases", "exact", "guarded", "headings", "broader", "match", "label"})


@dataclass(frozen=True, slots=True)
class SkillEntry:
    id: str
    name: str
    category: str
    broader: tuple[str, ...]
    match: bool
    label: bool = True
    """False when the name, as the label of a list ("Operating Systems: Windows, Linux"), shows only the use of the
    items listed, not the skill itself."""


class Spelling(NamedTuple):
    """One way a skill's name is written (a named tuple: a compiled vocabulary holds thousands, made at each start)."""

    id: str
    text: str
    tokens: tuple[str, ...]
    rule: str
    """'any' (case-insensitive), 'exact' (case-sensitive), 'guarded' (case-sensitive, list context) or 'heading'
    (case-insensitive, only in the heading of a section)."""


def read_entries(path: Path) -> tuple[dict[str, SkillEntry], dict[str, Spelling]]:
    """The entries of a vocabulary file by id and the spellings naming them by lower-case text, validated; errors
    name the file and the entry."""
    from gapcheck.yamlfile import load_yaml  # only here: a run with the compiled vocabulary never imports yaml

    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("skills"), list):
        raise RoleFileError(f"{path}: expected a mapping with a 'skills' list")
    entries: dict[str, SkillEntry] = {}
    spellings: dict[str, Spelling] = {}
    for number, raw in enumerate(data["skills"], start=1):
        entry, entry_spellings = _parse_entry(path, number, raw)
        if entry.id in entries:
            raise RoleFileError(f"{path}: skill {entry.name!r} is listed twice")
        entries[entry.id] = entry
        for text, spelling in entry_spellings:
            key = text.lower()
            other = spellings.get(key)
            if other is not None and other.id != entry.id:
                raise RoleFileError(f"{path}: spelling {text!r} names both {other.id!r} and {entry.id!r}")
            spellings[key] = spelling
    for entry in entries.values():
        for parent in entry.broader:
            if parent not in entries:
                raise RoleFileError(f"{path}: skill {entry.name!r} has unknown broader entry {parent!r}")
    return entries, spellings


def _parse_entry(path: Path, number: int, raw: object) -> tuple[SkillEntry, list[tuple[str, Spelling]]]:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str):
        raise RoleFileError(f"{path}: skills entry {number} must be a mapping with a 'name'")
    name = raw["name"].strip()
    unknown = set(raw) - _ENTRY_KEYS
    if unknown:
        raise RoleFileError(f"{path}: skill {name!r} has unknown key(s): {', '.join(sorted(unknown))}")
    category = raw.get("category", "concept")
    if category not in CATEGORIES:
        raise RoleFileError(f"{path}: skill {name!r} has unknown category {category!r}")
    lists: dict[str, list[str]] = {}
    for key in ("aliases", "exact", "guarded", "headings", "broader"):
        value = raw.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise RoleFileError(f"{path}: skill {name!r}: {key} must be a list of strings")
        lists[key] = [str(v).strip() for v in value]
    skill_id = name.lower()
    entry = SkillEntry(
        id=skill_id,
        name=name,
        category=category,
        broader=tuple(b.lower() for b in lists["broader"]),
        match=bool(raw.get("match", True)),
        label=bool(raw.get("label", True)),
    )
    cased = set(lists["exact"]) | set(lists["guarded"])
    for text in [name, *cased, *lists["headings"]]:
        if GAP in text:
            raise RoleFileError(f"{path}: skill {name!r}: '{GAP}' may only stand in aliases, got {text!r}")
    for text in lists["aliases"]:
        parts = [part.strip() for part in text.split(GAP)]
        if len(parts) > 2 or (len(parts) == 2 and not all(tokenize(part) for part in parts)):
            raise RoleFileError(f"{path}: skill {name!r}: alias {text!r} needs words on both sides of one '{GAP}'")
    out: list[tuple[str, Spelling]] = []
    if name not in cased:
        out.append((name, Spelling(skill_id, name, tuple(tokenize(name)), "any")))
    for rule, key in (("any", "aliases"), ("exact", "exact"), ("guarded", "guarded"), ("heading", "headings")):
        out.extend((text, Spelling(skill_id, text, tuple(tokenize(text)), rule)) for text in lists[key])
    return entry, [(t, s) for t, s in out if s.tokens]
