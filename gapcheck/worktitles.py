"""Titles of works in a resume's lines, whose words name a work's subject and not a skill of the person: quoted
titles in citations and after a word for a talk, the title after a thesis label, and the rest of a citation after the
list of authors that opens it."""

from __future__ import annotations

import re

_QUOTED_TITLE = re.compile(
    r"[“„\"«”](?P<title>[^“”„\"«»\s]+(?:\s+[^“”„\"«»\s]+){2,})(?:[”“\"»]|\s?[‘’](?=\s|$))"
    r"(?P<venue>[.,]?\s*(?:in|In|em|en|dans|im):?\s+[A-Z][^,.;()]*)?"
)
"""A title of three words or more in double quotes of any kind ("“Sparse Models for Speech”", "„Über Graphen“"),
and the book or proceedings it appeared in after "in" (", in Methods and Big Data in Industry,")."""
_TITLE_LABEL = re.compile(
    r"\b(?:thesis|thesis title|dissertation|diplomarbeit|bachelorarbeit|masterarbeit"
    r"|abschlussarbeit|doktorarbeit|tesis|tesi|th[eè]se|m[eé]moire|tcc|disserta[cç][aã]o|monografia)\s*:\s*(?=\S)",
    re.IGNORECASE,
)
"""A label before the title of a thesis, in the languages read: "Thesis: ...", "Diplomarbeit: ..." (a project's
title names the person's work, and stays)."""


_AUTHOR = re.compile(
    r"(?<![\w.])(?:[A-Z]\.(?:\s?-?[A-Z]\.)*\s?[A-Z][\w’'-]+|[A-Z][\w’'-]+,?\s[A-Z]\.(?:\s?-?[A-Z]\.)*)"
    r"(?=\s*(?:,|and\b|&|\.|\(|$))"
)
"""An author's name with initials, as a citation lists them: "A. Person", "T.-L. Su", "Person, A.", "Person A.B."."""
_TALK = re.compile(
    r"\b(?:speech|talk|keynote|poster|presentation|vortrag|ponencia|palestra|exposé|intervento)\b", re.IGNORECASE
)


def title_spans(line: str) -> list[tuple[int, int]]:
    """Spans of the titles of works in a line, whose words name the work's subject, not a skill of the person:
    a quoted title of three words or more in a citation (after an author's initials) or after a word for a talk,
    with the book it appeared in; and the rest of the line after a thesis label ("Master thesis: Sparse Models
    for Speech"). A course's title in quotes ("Attended the course “Statistics for Biologists”") stays."""
    spans = [
        match.span()
        for match in _QUOTED_TITLE.finditer(line)
        if _AUTHOR.search(line, 0, match.start()) or _TALK.search(line, 0, match.start())
    ]
    label = _TITLE_LABEL.search(line)
    if label is not None:
        spans.append((label.end(), len(line)))
    authors = _authors_end(line)
    if authors is not None:
        spans.append((authors, len(line)))  # "7. Lee A.B., Kim C., Ode D., Sparse Networks, J. Optics"
    return spans


def _authors_end(line: str) -> int | None:
    """Where the list of authors that opens a line citing a work ends: _CITED_AUTHORS names with initials or more,
    joined only by commas and "and", from the line's start (after a number or a bullet); None for other lines."""
    end = _ENTRY_NUMBER.match(line).end()  # type: ignore[union-attr]
    count = 0
    for author in _AUTHOR.finditer(line, end):
        if not _AUTHOR_JOINER.fullmatch(line, end, author.start()):
            break
        end = author.end()
        count += 1
    return end if count >= _CITED_AUTHORS else None


_CITED_AUTHORS = 3
"""How many names with initials open a line that cites a work (two may be degrees: "B.S. Physics, M.S. Data")."""
_ENTRY_NUMBER = re.compile(r"\s*(?:\[\d+\]|\d+\.|[•·*–-])?\s*")
_AUTHOR_JOINER = re.compile(r"[\s,]*(?:(?:and|&|et|und|y|e)\s+)?")
