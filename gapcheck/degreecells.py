"""Degree names by the cell they fill in an education entry's row of cells: an engineer's title or an engineering
degree's name opening the entry, a bare level alone in a cell, a bare name before its school's cell."""

from __future__ import annotations

import re

from gapcheck.dates import strip_dates
from gapcheck.degreenames import load_degree_names
from gapcheck.fieldforms import title_field
from gapcheck.fields import known_field
from gapcheck.schools import INSTITUTION

_NAMES = load_degree_names()
# An engineer's title opening an education entry ("Electronic Engineer, University of ...", "Ingeniería Electrónica
# (en curso)"): data/degree_names.yaml, entry_titles
ENTRY_TITLE_RE = {
    level: re.compile(r"(?<![\w.])(?:" + p + r")(?!\w)", re.IGNORECASE) for level, p in _NAMES.entry_titles.items() if p
}
# A Latin American engineering degree's name is its field: "Ingeniería de Sistemas", "Engenharia de Software"
NAMES_ITS_FIELD = re.compile(r"(?i:ingenier[ií]a|engenharia)")
_IBERIAN_TITLE = re.compile(r"(?i:ingenier[oa]|engenheir[oa])")
_ENGLISH_TITLE = re.compile(r"(?i:engineer)$")
# What follows a name that fills an entry's first cell: the end of the line, a comma, a bar, a parenthesis, a dash
# between spaces or wide space ("Engineer, Institute of ...", "DUT, IUT ..., Grenoble, Génie électrique")
_CELL_ENDS = re.compile(r"\s*(?:$|[,|;(])|\s+[-–—]\s|\s{2,}|\s*:\s")
CELL_BREAK = re.compile(r"\s*[,|]\s*\S")
_CELL_BEFORE = re.compile(r"(?:[,|;•]|\s[-–—])\s*$")
# A bare level alone in a cell of its own, as JSON Resume themes print a degree's type and area: "Bachelor - Computer
# Science", "Computer Science - Bachelor", "Master | Data Science | <school>", "Bachelor · Physics"
_BARE_LEVEL_RE = re.compile(r"(?<![\w.])(?i:bachelor|master)(?:'s|’s|s)?(?![\w.])")
_CELL_OPENS = re.compile(r"(?:\s[-–—/]|[|·•])\s*$")
_CELL_CLOSES = re.compile(r"\s*(?:$|[|·•]|[-–—/]\s)")
_WIDE_END = re.compile(r"\s*$|\s{2,}\S")
# The cells of a row after a bare degree name: "Bachelor, <school>, <city>, <field>"
# a separator is tried from the start of a run of spaces only (or at its mark): a long run is scanned once, not once
# per space; the same cells come out
_CELLS = re.compile(r"(?:(?<!\s)|(?=[,|;]))(?:\s*[,|;]\s*|\s+[–—]\s+)")


def opens_entry(line: str, start: int, end: int) -> bool:
    """The name fills the first cell of an entry: only dates, bullets and punctuation before it, a cell's end after it
    ("2007–2013 Engineer, Institute of ...", "• Ingeniería Electrónica (en curso)   2019 — Presente")."""
    before = strip_dates(line[:start]) if start else ""
    return not any(c.isalnum() for c in before) and bool(_CELL_ENDS.match(line, end))


# After an engineer's title, the joining word of a language and a capitalised field: "Ingénieur en Informatique",
# "Engineer in Computer Science", "Engenheiro de Software", "Ingegnere in Fisica" ("Engineer in Training" is a licence)
_JOINED_FIELD = re.compile(
    r"\s+(?i:en|in|em|of|de|do|da|di|des|du|d[''’])\s*(?!(?i:training|residence|charge)\b)"
    r"(?P<field>(?-i:[A-ZÀ-Ý])[^,|;(–—]*?)(?=\s*(?:$|[,|;(]|\s[-–—]\s|\s{2,}))"
)
# A student's word before the title, the entry still opening with it: "Étudiant Ingénieur en Informatique",
# "Élève-ingénieur", "Engineering Student" is another order (the title's own words)
_STUDENT_BEFORE = re.compile(r"(?<![^\W\d_])(?i:" + _NAMES.student + r"|[ée]l[èe]ve)[\s-]*$")


def title_opens_entry(line: str, title: re.Match[str]) -> bool:
    """An engineering degree's name fills a cell of the entry ("Ingeniería Electrónica (en curso)", "Ciências Exatas -
    Engenharia Elétrica - Habilitação em ..."); an engineer's title opens it and a school is named after it
    ("Electronic Engineer, University of ...", not "Software Engineer, Acme, 2019")."""
    if NAMES_ITS_FIELD.match(title.group()):
        before = _CELL_BEFORE.search(line, 0, title.start())
        fills = before is not None and _CELL_ENDS.match(line, title.end()) is not None
        return fills or opens_entry(line, title.start(), title.end())
    student = _STUDENT_BEFORE.search(line, 0, title.start())
    start = student.start() if student else title.start()
    joined = _JOINED_FIELD.match(line, title.end())
    # an English title's field must be a known one ("Software Engineer in Paris" is a job); another language's
    # title is a job in lower case ("Ingénieur en alternance", "Ingénieur logiciel chez ...")
    known = joined is not None and (
        not _ENGLISH_TITLE.search(title.group()) or known_field(strip_dates(joined["field"]).strip()) is not None
    )
    if joined and known and not any(c.isalnum() for c in strip_dates(line[:start])):
        return True  # "2011-2014 Ingénieur en Informatique, <school>, <city>": the title and its field open the entry
    if not opens_entry(line, title.start(), title.end()):
        return False
    # a Spanish or Portuguese graduate's title with its field, alone on its line: "Ingeniero Eléctrico", "Engenheira
    # Civil" (a title conferred, under its school's line); an English or French one needs its school beside it
    alone = not any(c.isalnum() for c in strip_dates(line[title.end() :]))
    conferred = alone and len(title.group().split()) > 1 and _IBERIAN_TITLE.match(title.group()) is not None
    return conferred or bool(INSTITUTION.search(line[title.end() :]))


def level_cells(line: str) -> list[tuple[str, int, int]]:
    """Bare level words alone in a cell of a row whose cells a dash, a bar or a dot divides, or after the entry's
    dates."""
    found = []
    for match in _BARE_LEVEL_RE.finditer(line):
        before, after = line[: match.start()], line[match.end() :]
        opens = _CELL_OPENS.search(before) or not any(c.isalnum() for c in strip_dates(before))
        closes = _CELL_CLOSES.match(after)
        divided = bool(_CELL_OPENS.search(before) or (closes and closes.group().strip()))
        # or its dates before it, alone or before wide space: "2014 - 2016   Master", "2016  Master  <school>"
        dated = any(c.isdigit() for c in before) and bool(_WIDE_END.match(after))
        alone = not any(c.isalnum() for c in before + after)  # "Master" on a line of its own, over its school
        if opens and (closes and divided or dated or alone):
            found.append(("bachelor" if match.group()[0] in "bB" else "master", match.start(), match.end()))
    return found


def opens_row(name: str, rest: str) -> bool:
    """The words after a bare degree name are a row of cells, the first naming a school ("Bachelor, Technische
    Hochschule Köln, Gummersbach, ...", "Engineer, Institute of ..., Warsaw, Informatics")."""
    cells = _CELLS.split("," + rest if name.rstrip().endswith(",") else rest)
    return len(cells) > 2 and not cells[0].strip() and bool(INSTITUTION.search(cells[1]))


def named_alone(field: str, rest: str) -> bool:
    """The field fills a cell of its own, or opens the school's ("Mathematics University of Utah")."""
    cells = [cell.strip(" .") for cell in _CELLS.split(rest)]
    return any(cell == field or (cell.startswith(field) and INSTITUTION.search(cell)) for cell in cells)


def row_cells(rest: str) -> list[str]:
    """The cells of the words after a degree's name, the first (before the name's comma) empty."""
    return _CELLS.split(rest)


def title_beside_school(line: str, above: str, below: str) -> tuple[str, str] | None:
    """A line that is only an engineer's or a profession's title, its school's line right above or below it
    ("2004-2008 <Polytechnic University>" / "Telecommunications Engineer", "Médico Cirujano, 2009"): the degree it
    names, as (level, field); an English title only when it names a known field ("Research Engineer" is a job)."""
    text = strip_dates(line).strip(" •·-–—,.()")
    if not text or not (INSTITUTION.search(above) or INSTITUTION.search(below)):
        return None
    for level, pattern in ENTRY_TITLE_RE.items():
        if pattern.fullmatch(text) and (field := title_field(text)) is not None:
            english = _ENGLISH_TITLE.search(text) is not None
            if english and known_field(field) is None:
                return None
            return level, field
    return None
