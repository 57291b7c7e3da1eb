"""The skill vocabulary's lookup tables: its spellings indexed by their keys (also in the singular and written as one
word), gapped spellings by the stem of their first word, and the tables derived from them (how far a match may
reach, the names a compound word may end in, the entries narrower than each)."""

from __future__ import annotations

from gapcheck.skillentries import SkillEntry, Spelling
from gapcheck.skillwords import (
    COMPOUND_HEAD,
    GAP,
    glued_key,
    inverted_spelling,
    key_sequences,
    singular_key,
    word_stem,
)

Gapped = dict[str, list[tuple[tuple[str, ...], tuple[str, ...], str]]]
"""Stem of a gapped spelling's first word -> (keys before the gap, keys after it, skill id)."""


def index_spellings(
    entries: dict[str, SkillEntry], spellings: dict[str, Spelling]
) -> tuple[dict[tuple[str, ...], list[Spelling]], Gapped]:
    """The spellings of matched entries by their keys, and the gapped ones by the stem of their first word."""
    index: dict[tuple[str, ...], list[Spelling]] = {}
    gapped: Gapped = {}
    for spelling in spellings.values():
        if not entries[spelling.id].match or spelling.rule == "heading":
            continue
        if GAP in spelling.tokens:
            left, _, right = spelling.text.partition(GAP)
            left_keys, right_keys = key_sequences(left)[0].keys, key_sequences(right)[0].keys
            gapped.setdefault(word_stem(left_keys[0]), []).append((left_keys, right_keys, spelling.id))
            continue
        if (inverted := inverted_spelling(spelling.tokens)) is not None and spelling.rule == "any":
            left_keys, right_keys = inverted  # "Model Training" is also "training of (the) models"
            gapped.setdefault(word_stem(left_keys[0]), []).append((left_keys, right_keys, spelling.id))
        # a hyphenated spelling is indexed joined: "front-end" matches "front-end" and "frontend" in a resume,
        # but not "Front End Supervisor"; a spaced one matches spaced and hyphenated text ("neural-network")
        for sequence in key_sequences(spelling.text)[-1:]:
            keys = [sequence.keys]
            if spelling.rule == "any" and spelling.text[-1].isalpha() and len(spelling.text) > 2:
                keys.append((*sequence.keys[:-1], sequence.keys[-1] + "s"))
            for key in keys:
                bucket = index.setdefault(key, [])
                if spelling not in bucket:
                    bucket.append(spelling)
    for spelling in spellings.values():  # "Differential Equation", "Recommender System": a plural name in the singular
        named = spelling.text == entries[spelling.id].name  # an alias in the plural only is so on purpose
        singular = (
            singular_key(spelling.tokens) if named and spelling.rule == "any" and entries[spelling.id].match else None
        )
        if singular is not None and singular not in index and GAP not in spelling.tokens:
            index[singular] = [spelling]
    for spelling in spellings.values():  # "Lookerstudio", "Datascience": a name written as one word
        joined = glued_key(spelling.tokens) if spelling.rule == "any" and entries[spelling.id].match else None
        if joined is not None and joined not in index and GAP not in spelling.tokens:
            index[joined] = [spelling]
    return index, gapped


def spelling_reach(index: dict[tuple[str, ...], list[Spelling]]) -> dict[str, int]:
    """First key -> the most keys of a spelling starting with it: how far a match from that word may reach,
    so a line's words that start no spelling are not looked up (unless they may carry a version)."""
    reach: dict[str, int] = {}
    for key in index:
        reach[key[0]] = max(reach.get(key[0], 1), len(key))
    return reach


def compound_heads(index: dict[tuple[str, ...], list[Spelling]]) -> dict[str, list[tuple[str, str]]]:
    """Last four letters -> (key, skill id) of each one-word, letters-only spelling matched in any case
    ("Datenanalyse", "Softwarearchitektur"): the names a compound word may end in (``compound_head``)."""
    heads: dict[str, list[tuple[str, str]]] = {}
    for key, spellings in index.items():
        any_case = [s.id for s in spellings if s.rule == "any"]
        if len(key) == 1 and len(key[0]) >= COMPOUND_HEAD and key[0].isalpha() and any_case:
            heads.setdefault(key[0][-4:], []).append((key[0], any_case[0]))
    return heads


def narrower_entries(entries: dict[str, SkillEntry]) -> dict[str, set[str]]:
    """Entry id -> the ids of the entries that name it as broader."""
    children: dict[str, set[str]] = {}
    for entry in entries.values():
        for parent in entry.broader:
            children.setdefault(parent, set()).add(entry.id)
    return children


def heading_keys(entries: dict[str, SkillEntry], spellings: dict[str, Spelling]) -> dict[tuple[str, ...], str]:
    """The keys of each spelling that counts only as a section's heading ("Talks") -> the id of its skill."""
    return {
        key_sequences(s.text)[0].keys: s.id for s in spellings.values() if s.rule == "heading" and entries[s.id].match
    }


def heading_skills(headings: dict[tuple[str, ...], str], keys: tuple[str, ...]) -> list[str]:
    """The skills whose heading spellings stand in a heading's keys ("Selected Talks", "Talks and Posters")."""
    return [
        skill_id
        for heading, skill_id in headings.items()
        if any(keys[i : i + len(heading)] == heading for i in range(len(keys) - len(heading) + 1))
    ]
