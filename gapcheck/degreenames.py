"""Degree names of other countries and the status words of each language, from gapcheck/data/degree_names.yaml."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from gapcheck.yamlfile import load_yaml

NAMES_PATH = Path(__file__).parent / "data" / "degree_names.yaml"
LEVELS = ("doctorate", "master", "bachelor", "associate")


@dataclass(frozen=True, slots=True)
class DegreeNames:
    """The data file's patterns, each kind joined into one alternation (an empty string when it has none)."""

    names: dict[str, str]
    """Level -> the national names of that level, degrees wherever they appear."""
    education_only: dict[str, str]
    """Level -> names that are degrees only in an education section."""
    no_level: str
    """Post-graduate courses that rank no level of their own ("Pós-Graduação", "Especialización")."""
    unfinished: str
    """Words saying a degree was left unfinished ("not graduated", "abgebrochen", "não concluído")."""
    in_progress: str
    """Words saying a degree is under way ("expected", "en cours", "doutorando")."""
    pending: str
    """Phrases saying the degree is not awarded yet wherever they stand in its entry ("thesis pending defence")."""
    student: str
    """Words after a degree's name saying its holder studies for it ("candidate", "Kandidat", "étudiant")."""
    grades: str
    """Words opening a grade cell after a degree ("Note 1.7", "Mention Très Bien", "Voto 110/110")."""
    joiners: dict[str, str]
    """Language -> the words joining a degree's name to its field ("en", "de", "del" in Spanish)."""
    entry_titles: dict[str, str]
    """Level -> engineer's titles and engineering degrees that are degrees only when they open an education entry."""
    theses: str
    """Words naming a thesis or final project ("Arbeit", "Tesi", "TCC"): a title follows them, no field."""
    degree_labels: str
    """Labels before a degree's name in a row of cells ("Abschluss:", "Degree:", "Título:")."""
    study_modes: str
    """How a degree is studied, never its field ("en alternance", "Duales Studium", "Co-op", "part-time")."""
    labelled_levels: dict[str, str]
    """Level -> bare words that name it as a degree label's value ("Degree: Bachelor", "Grau: Bacharel")."""
    field_labels: str
    """Labels before a degree's field ("Field:", "Subject Area", "Studienfach:", "Curso:")."""


_TOKEN = re.compile(r"<(joiner|ending):(\w+)>")
_TOKEN_KEYS = {"joiner": "joiners", "ending": "endings"}


def _with_tokens(pattern: str, tokens: dict[str, dict[str, str]], where: str) -> str:
    """The pattern with each "<joiner:xx>" replaced by language xx's joining words and each "<ending:xx>" by its
    adjective endings."""

    def replaced(token: re.Match[str]) -> str:
        words = tokens.get(token[1], {})
        if token[2] not in words:
            raise ValueError(f"{NAMES_PATH.name}: {where}: no {_TOKEN_KEYS[token[1]]} for language {token[2]!r}")
        return words[token[2]]

    return _TOKEN.sub(replaced, pattern)


def _joined(patterns: list[str], where: str, tokens: dict[str, dict[str, str]] | None = None) -> str:
    patterns = [_with_tokens(pattern, tokens or {}, where) for pattern in patterns]
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"{NAMES_PATH.name}: {where}: bad pattern {pattern!r}: {exc}") from None
    return "|".join(patterns)


def _by_level(
    section: dict[str, dict[str, list[str]]], key: str, tokens: dict[str, dict[str, str]] | None = None
) -> dict[str, str]:
    found: dict[str, list[str]] = {level: [] for level in LEVELS}
    for country, levels in section.items():
        for level, patterns in levels.items():
            if level not in found:
                expected = ", ".join(LEVELS)
                raise ValueError(f"{NAMES_PATH.name}: {key}.{country}: unknown level {level!r}, expected {expected}")
            found[level].extend(patterns)
    return {level: _joined(patterns, f"{key}.{level}", tokens) for level, patterns in found.items()}


def _endings(endings: list[str]) -> str:
    """ "(?:e|er|en)?": one of a language's adjective endings, none at all when the bare word is one of its forms."""
    written = [re.escape(ending) for ending in endings if ending]
    return "(?:" + "|".join(written) + ")" + ("?" if "" in endings else "")


def _words(data: dict[str, Any], key: str, tokens: dict[str, dict[str, str]] | None = None) -> str:
    return _joined([pattern for patterns in data[key].values() for pattern in patterns], key, tokens)


@lru_cache(maxsize=1)
def load_degree_names() -> DegreeNames:
    """The bundled degree names and status words.

    >>> names = load_degree_names()
    >>> bool(re.fullmatch(names.names["master"], "Diplomstudiengang", re.IGNORECASE))
    True
    """
    data = load_yaml(NAMES_PATH)
    joiners = {language: _joined(words, f"joiners.{language}") for language, words in data["joiners"].items()}
    tokens = {"joiner": joiners, "ending": {language: _endings(words) for language, words in data["endings"].items()}}
    return DegreeNames(
        names=_by_level(data["names"], "names", tokens),
        education_only=_by_level(data["education_only"], "education_only", tokens),
        no_level=_words(data, "no_level"),
        unfinished=_words(data, "unfinished"),
        in_progress=_words(data, "in_progress", tokens),
        pending=_words(data, "pending"),
        student=_words(data, "student"),
        grades=_words(data, "grades"),
        joiners=joiners,
        entry_titles=_by_level(data["entry_titles"], "entry_titles", tokens),
        theses=_words(data, "theses"),
        degree_labels=_words(data, "degree_labels"),
        study_modes=_words(data, "study_modes"),
        labelled_levels=_by_level(data["labelled_levels"], "labelled_levels"),
        field_labels=_words(data, "field_labels"),
    )
