"""The skill vocabulary (gapcheck/data/skills.yaml) and finding its skills in resume lines."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from gapcheck.errors import RoleFileError
from gapcheck.yamlfile import load_yaml

VOCABULARY_PATH = Path(__file__).parent / "data" / "skills.yaml"

CATEGORIES = frozenset(
    "language ml-framework ml-library ml-method ml-domain data-tool big-data database cloud devops mlops web "
    "mobile software-practice visualization statistics math office domain research hardware security "
    "soft-skill concept".split()
)
_ENTRY_KEYS = frozenset({"name", "category", "aliases", "exact", "guarded", "broader", "match"})

_TOKEN = re.compile(r"(?:\.(?=\w))?\w(?:\w|[.'’](?=\w))*[+#]*|[^\s\w]")
_LIST_BEFORE = frozenset({",", ";", "|", "/", "(", ":", "•", "and", "or", "in", "with", "using", "&", "-", "–"})
_TOOL_BEFORE = frozenset({"in", "using", "with"})
_LIST_AFTER = frozenset({",", ";", "|", "/", "(", ")", ".", "and", "or", ":"})
_SKILL_LABEL = re.compile(r"^[\w /&()+-]{2,45}:\s*\S", re.IGNORECASE)
_SKILL_LABEL_WORDS = re.compile(
    r"skill|technolog|tool|stack|language|framework|environment|librar|platform|software|database|"
    r"programming|proficien|competenc|expertise|cloud|devops|web|testing|packages|methods|techniques",
    re.IGNORECASE,
)


def tokenize(text: str) -> list[str]:
    """Split text into skill tokens: words keep inner dots and trailing + or # ("Node.js", "C++").

    >>> tokenize("C++, C#, Node.js and R&D; .NET")
    ['C++', ',', 'C#', ',', 'Node.js', 'and', 'R', '&', 'D', ';', '.NET']
    """
    return _TOKEN.findall(text)


@dataclass(frozen=True, slots=True)
class SkillEntry:
    id: str
    name: str
    category: str
    broader: tuple[str, ...]
    match: bool


@dataclass(frozen=True, slots=True)
class _Spelling:
    id: str
    tokens: tuple[str, ...]
    rule: str
    """'any' (case-insensitive), 'exact' (case-sensitive) or 'guarded' (case-sensitive, list context)."""


class Vocabulary:
    """Skill entries by id, the spellings that name them, and the broader-than relation."""

    def __init__(self, entries: dict[str, SkillEntry], spellings: dict[str, _Spelling]) -> None:
        self.entries = entries
        self._by_spelling = spellings
        self._index: dict[tuple[str, ...], list[_Spelling]] = {}
        for text, spelling in spellings.items():
            if not entries[spelling.id].match:
                continue
            keys = [tuple(t.lower() for t in spelling.tokens)]
            if spelling.rule == "any" and text[-1].isalpha() and len(text) > 2:
                keys.append((*keys[0][:-1], keys[0][-1] + "s"))
            for key in keys:
                self._index.setdefault(key, []).append(spelling)
        self._longest = max((len(k) for k in self._index), default=1)
        children: dict[str, set[str]] = {}
        for entry in entries.values():
            for parent in entry.broader:
                children.setdefault(parent, set()).add(entry.id)
        self._children = children

    def resolve(self, text: str) -> str | None:
        """The id of the entry a name or spelling refers to (case-insensitive), or None."""
        spelling = self._by_spelling.get(text.strip().lower())
        return spelling.id if spelling else None

    @lru_cache(maxsize=4096)  # noqa: B019 - the vocabulary lives as long as the process
    def members(self, skill_id: str) -> frozenset[str]:
        """The entry and every entry whose broader chain reaches it: all that satisfy it."""
        seen = {skill_id}
        stack = [skill_id]
        while stack:
            for child in self._children.get(stack.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        return frozenset(seen)

    def find(self, lines: Sequence[str], skill_lines: Iterable[int] = ()) -> dict[str, list[int]]:
        """Find skills in lines; return skill id -> indices of the lines that show it.

        ``skill_lines`` are indices of lines in a skills section, where guarded names
        ("R", "Go", "Excel") count without further context.
        """
        in_skills = set(skill_lines)
        found: dict[str, list[int]] = {}
        for index, line in enumerate(lines):
            tokens = tokenize(line)
            context = index in in_skills or _is_skill_label_line(line)
            hits = self._find_in_tokens(tokens, context)
            for skill_id in hits:
                found.setdefault(skill_id, []).append(index)
        return found

    def _find_in_tokens(self, tokens: list[str], skills_context: bool) -> list[str]:
        lowered = [t.lower() for t in tokens]
        plain: list[str] = []
        guarded: list[str] = []
        strong: list[str] = []
        i = 0
        while i < len(tokens):
            for n in range(min(self._longest, len(tokens) - i), 0, -1):
                candidates = self._index.get(tuple(lowered[i : i + n]))
                if not candidates:
                    continue
                hit = self._accept(candidates, tokens, i, n, skills_context)
                if hit is not None:
                    {"guarded": guarded, "strong": strong}.get(hit[1], plain).append(hit[0])
                    i += n - 1
                    break
            i += 1
        if guarded and not skills_context and not plain:
            guarded = []  # a lone "R" or "Go" in prose is more likely a word than a skill
        return list(dict.fromkeys(plain + strong + guarded))

    def _accept(
        self, candidates: list[_Spelling], tokens: list[str], i: int, n: int, skills_context: bool
    ) -> tuple[str, str] | None:
        original = tuple(tokens[i : i + n])
        for spelling in candidates:
            if spelling.rule == "any":
                return spelling.id, "any"
            if original != spelling.tokens:
                continue
            if spelling.rule == "exact":
                return spelling.id, "exact"
            before = tokens[i - 1].lower() if i > 0 else None
            after = tokens[i + n].lower() if i + n < len(tokens) else None
            if after in {"&", "'", "’", "-"} or (before in {"&", "'"}):
                continue
            if len(original) == 1 and len(original[0]) == 1 and after == "." and i + n + 1 < len(tokens):
                continue  # an initial ("Kruse, R. (2021)"), not the language
            if skills_context:
                return spelling.id, "guarded"
            if before in _TOOL_BEFORE and (after is None or after in _LIST_AFTER or after.islower()):
                return spelling.id, "strong"  # "written in R", "using Go to build", "in R (tidyverse)"
            if after is not None and after not in _LIST_AFTER:
                continue
            if before is None or before in _LIST_BEFORE:
                return spelling.id, "guarded"
        return None


def _is_skill_label_line(line: str) -> bool:
    """'Technologies: Python, R' or 'Environment: Spark, Hive' inside any section."""
    if not _SKILL_LABEL.match(line):
        return False
    return bool(_SKILL_LABEL_WORDS.search(line.partition(":")[0]))


def load_vocabulary(path: Path = VOCABULARY_PATH) -> Vocabulary:
    """Load and validate the skill vocabulary; errors name the file and the entry."""
    return _load_vocabulary(path.resolve())


@lru_cache(maxsize=4)
def _load_vocabulary(path: Path) -> Vocabulary:
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("skills"), list):
        raise RoleFileError(f"{path}: expected a mapping with a 'skills' list")
    entries: dict[str, SkillEntry] = {}
    spellings: dict[str, _Spelling] = {}
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
    return Vocabulary(entries, spellings)


def _parse_entry(path: Path, number: int, raw: object) -> tuple[SkillEntry, list[tuple[str, _Spelling]]]:
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
    for key in ("aliases", "exact", "guarded", "broader"):
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
    )
    cased = set(lists["exact"]) | set(lists["guarded"])
    out: list[tuple[str, _Spelling]] = []
    if name not in cased:
        out.append((name, _Spelling(skill_id, tuple(tokenize(name)), "any")))
    for rule, key in (("any", "aliases"), ("exact", "exact"), ("guarded", "guarded")):
        out.extend((text, _Spelling(skill_id, tuple(tokenize(text)), rule)) for text in lists[key])
    return entry, [(t, s) for t, s in out if s.tokens]
