"""Titles of works in a resume's lines, whose words name a work's subject and not a skill of the person: quoted
titles in citations and after a word for a talk, the title after a thesis label, and the rest of a citation after the
list of authors that opens it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

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
    r"(?=\s*(?:,|and\b|&|\.|\(|$)|(?<=\.)\s)"
)
"""An author's name with initials, as a citation lists them: "A. Person", "T.-L. Su", "Person, A.", "Person A.B."
(the last of a list may end in its initial's period, the title after it: "..., & Buchanan, R. The social ...")."""
_NAME_WORD = r"[A-ZÀ-Ý][a-zß-ÿ’']+(?:-[A-ZÀ-Ýa-zß-ÿ][a-zß-ÿ’']+)*"
"""A capitalised word of a person's name: "Chen", "Roe-Smith", "Núñez-Ortega", "O’Neil"."""
_NAMED_AUTHOR = re.compile(
    rf"(?<![\w.])(?:{_NAME_WORD}(?:\s(?:[A-Z]\.\s?)?{_NAME_WORD}){{1,2}}|(?P<initials>{_NAME_WORD}\s[A-Z]{{1,3}}))"
    r"[∗*†‡]*(?=[\s,∗*†‡]*(?:,|and\b|&|\.|$))"
)
"""An author's name written out, as a citation lists them: "Ann Lee", "Jo K. Wu", "Bo Chen∗"; or with
initials after it, without dots: "Lee AB", "Park CY"."""
_OPEN_TITLE = re.compile(r"[“„\"«](?=\w)[^“”„\"«»]*$")
"""A double quote opening a title that runs on past the end of the line: “Online Search for Robots by"."""
_TITLE_CLOSE = re.compile(r"[”“\"»]")
_TALK = re.compile(
    r"\b(?:speech|talk|keynote|poster|presentation|vortrag|ponencia|palestra|exposé|intervento)\b", re.IGNORECASE
)


def title_spans(
    line: str, before: str = "", names_a_skill: Callable[[str], bool] = lambda _: False
) -> list[tuple[int, int]]:
    """Spans of the titles of works in a line, whose words name the work's subject, not a skill of the person:
    a quoted title of three words or more in a citation (after an author's initials) or after a word for a talk,
    with the book it appeared in, also when the quote opens at the end of the line or closed the one opened on the
    line ``before`` (a title broken over two lines); the rest of the line after a thesis label ("Master thesis:
    Sparse Models for Speech") or after the list of authors that opens a citation; and the start of a line that
    goes on with the list of authors or the title of the citation on the line ``before``, up to the title's end. A
    course's title in quotes ("Attended the course “Statistics for Biologists”") stays. ``names_a_skill`` tells a
    skill's name from an author's written out ("Apache Spark, Google Cloud, and Power BI." is no list of authors)."""
    spans = [match.span() for match in _QUOTED_TITLE.finditer(line) if _cites_before(line, match.start())]
    opened = _OPEN_TITLE.search(line)
    if opened is not None and _cites_before(line, opened.start()):
        spans.append((opened.start(), len(line)))  # the title goes on on the next line
    opened = _OPEN_TITLE.search(before)
    closed = _TITLE_CLOSE.search(line)
    if opened is not None and closed is not None and _cites_before(before, opened.start()):
        spans.append((0, closed.end()))  # the end of a title opened on the line before
    label = _TITLE_LABEL.search(line)
    if label is not None:
        spans.append((label.end(), len(line)))
    authors = _authors_end(line, names_a_skill)
    if authors is not None:
        spans.append((authors, len(line)))  # "7. Lee A.B., Kim C., Ode D., Sparse Networks, J. Optics"
    elif before:
        spans.extend(_citation_continued(line, before, names_a_skill))
    return spans


def _cites_before(line: str, start: int) -> bool:
    """Whether an author's initials or a word for a talk stand in the line before ``start``."""
    return bool(_AUTHOR.search(line, 0, start) or _TALK.search(line, 0, start))


def _citation_continued(line: str, before: str, names_a_skill: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The start of a line that goes on with a citation on the line before: its authors ("Eve Ross.
    Reinforcement Learning at Scale ..." after "..., Di Wu, and") up to the end of the line, or its title
    ("Better Maps for Robots. arXiv preprint ...") up to the title's end."""
    listed = _authors(before, names_a_skill, _ENTRY_NUMBER.match(before).end())  # type: ignore[union-attr]
    rest = before[listed.end :].strip(" ,∗*†‡")
    if listed.count >= _CITED_AUTHORS and (rest in ("", "and", "&") or _PART_OF_NAME.fullmatch(rest)):
        part = _PART_OF_NAME.match(line)  # "..., Di" ends one line, "Wu, Eve Ross, ..." opens the next
        going_on = _authors(line, names_a_skill, part.end() if part else 0)
        return [(going_on.end, len(line))] if going_on.count or part else []
    part = _PART_OF_NAME.match(before)  # the line before went on with a list of authors itself
    if part is not None:  # the second half of a name counts as one
        listed = _authors(before, names_a_skill, part.end(), count=1)
        rest = before[listed.end :].strip(" ,∗*†‡")
    if listed.cites and _TITLE_END.search(rest.lstrip(".")) is None:  # the title goes on
        title_end = _TITLE_END.search(line)
        return [(0, title_end.start() if title_end else len(line))]
    return []


def _authors_end(line: str, names_a_skill: Callable[[str], bool]) -> int | None:
    """Where the list of authors that opens a line citing a work ends (``_Authors.cites``), from the line's start
    after a number, a year or a bullet; None for other lines."""
    listed = _authors(line, names_a_skill, _ENTRY_NUMBER.match(line).end())  # type: ignore[union-attr]
    return listed.end if listed.cites else None


@dataclass(frozen=True, slots=True)
class _Authors:
    end: int
    count: int
    with_initials: int
    """How many of them are written with initials ("A. Person", "Person, A.", "Person AB")."""
    joined: bool
    """Whether "and" stands before the last one."""

    @property
    def cites(self) -> bool:
        """Whether the names open a citation: _CITED_AUTHORS with initials or more, or as many written out with
        "and" before the last one ("Ann Lee, Bo Chen, and Cy Park.")."""
        return self.with_initials >= _CITED_AUTHORS or (self.count >= _CITED_AUTHORS and self.joined)


def _authors(line: str, names_a_skill: Callable[[str], bool], end: int, count: int = 0) -> _Authors:
    """The names of authors listed from ``end`` on, joined only by commas and "and", after ``count`` names."""
    with_initials = 0
    joined = False
    while True:
        start = _AUTHOR_JOINER.match(line, end).end()  # type: ignore[union-attr]
        author = _AUTHOR.match(line, start)
        named = _NAMED_AUTHOR.match(line, start)
        if named is not None and names_a_skill(named.group().rstrip("∗*†‡")):
            named = None  # "Apache Spark, Google Cloud, and Power BI."
        initials = author is not None
        if named is not None and (author is None or named.end() > author.end()):  # "Jeff Z. Pan", not "Jeff Z."
            author, initials = named, named["initials"] is not None
        if author is None:
            return _Authors(end, count, with_initials, joined)
        joined = bool(line[end:start].strip(" ,∗*†‡"))
        count += 1
        with_initials += initials
        end = author.end()


_CITED_AUTHORS = 3
"""How many names with initials open a line that cites a work (two may be degrees: "B.S. Physics, M.S. Data")."""
_ENTRY_NUMBER = re.compile(r"\s*(?:\[[A-Za-z]*\.?\d+\]|\d+\.|(?:19|20)\d\d\b|[•·*–-])?\s*")
_AUTHOR_JOINER = re.compile(r"[\s,∗*†‡]*(?:(?:and|&|et|und|y|e)\s+)?")
_TITLE_END = re.compile(r"[.?!](?=\s|$)")
_PART_OF_NAME = re.compile(rf"{_NAME_WORD}(?=,|$)")
"""A name's first half closing a line, or its second half opening the next: "..., Di" / "Wu, Eve Ross, ..."."""
