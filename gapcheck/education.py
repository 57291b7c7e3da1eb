"""Resume lines -> degrees: level, field, institution, year, in progress."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gapcheck.dates import find_date_ranges, strip_dates, years_in
from gapcheck.degreecells import title_beside_school
from gapcheck.degreeentries import (
    COURSE_LINE,
    column_entries,
    column_fields,
    entry_windows,
    from_entry,
    name_like,
    starts_other_degree,
)
from gapcheck.degreefields import UMBRELLA, UNIT_OF, specialised
from gapcheck.degreelabels import FIELD_LABELS, without_school_label
from gapcheck.degreelines import (
    IN_PROGRESS,
    NOT_DEGREE,
    NOT_FINISHED,
    PENDING,
    STATUS_LEAD,
    DegreeStatement,
    degree_statements,
)
from gapcheck.degreementions import STRONG_RE
from gapcheck.degreemerge import merge_mentions
from gapcheck.fields import is_field_name, known_field, normalise_field
from gapcheck.models import DateRange, Degree, Section
from gapcheck.schools import INSTITUTION
from gapcheck.studenthead import still_studying

_OPEN_END = re.compile(r"(?<![\w-])(?:Present|PRESENT|Current|CURRENT|Ongoing|Till [Dd]ate)(?![\w-])")
_UNIT = re.compile(r"(?:in\s+)?(?:college|school|faculty|department|dept\.?)\s+of\b", re.IGNORECASE)
# A field on a line of its own, after a label: "Major: Economics", "Specialization: History", "Concentration in X"
_FIELD_LABEL = re.compile(
    r"^\s*(?:(?:major|speciali[sz]ation|concentration|emphasis|field\s+of\s+study|specialty|speciality|"
    # the same labels in German, French, Spanish, Italian, Portuguese: "Hauptfächer: Physik, Chemie"
    r"hauptf[aä]ch(?:er)?|schwerpunkte?|studienschwerpunkte?|vertiefung(?:srichtung)?|studien-?richtung|fachrichtung|"
    r"studienfach|sp[ée]cialit[ée]|sp[ée]cialisation|parcours|option|mention|especialidad|especializaci[oó]n|"
    r"menci[oó]n|orientaci[oó]n|[ée]nfasis|[êe]nfase|indirizzo|specializzazione|habilita[cç][aã]o|especialidade|"
    r"[áa]rea\s+de\s+concentra[cç][aã]o|"
    + FIELD_LABELS  # the labels of an entry written as labels and values: "Field:", "Subject Area", "Curso:"
    + r")\s*(?::|\bin\b|\bem\b|\ben\b)|"
    r"studied\b|studium(?:\s+(?:der|des))?\b)\s*[\"'‘“”]?",  # "Studied 'Modern History'", "Studium Informatik an ..."
    re.IGNORECASE,
)
# Labels of the main field, not a focus within it: "Major: Economics", "Hauptfach: Physik", "Indirizzo: ..."
_MAJOR_LABEL = re.compile(
    r"^\s*(?:major|field\s+of\s+study|studied|studium|hauptf[aä]ch|studienfach|studien-?richtung|fachrichtung|indirizzo|"
    r"habilita[cç][aã]o|" + FIELD_LABELS + r")",
    re.IGNORECASE,
)


def find_degrees(lines: Sequence[str], sections: tuple[Section, ...], as_of: int) -> tuple[Degree, ...]:
    """Find degrees in the education section(s), and degree statements elsewhere.

    When no education section is found, or it yields nothing, every section but skills and references is searched
    for degree statements (sidebars, timelines, unusual headings), and when that yields nothing too, the skills.

    >>> from gapcheck.sections import find_sections
    >>> lines = ["EDUCATION", "Stanford University", "M.S. in Statistics, 2019", "B.A. Economics, 2016"]
    >>> [(d.level, d.field, d.year) for d in find_degrees(lines, find_sections(lines), 24300)]
    [('master', 'Statistics', 2019), ('bachelor', 'Economics', 2016)]
    """
    education = [(s.start, s.end) for s in sections if s.kind == "education"]
    # Two headings side by side come out one above the other ("EDUCATION" / "SKILLS"): the education section is empty
    # and its entries sit under the next heading, read as education too.
    education += [
        (after.start, after.end)
        for section, after in zip(sections, sections[1:], strict=False)
        if section.kind == "education" and section.end <= section.start and after.start <= section.end + 1
    ]
    found: list[Degree] = []
    for a, b in education:
        found.extend(_read_block(lines, a, b, as_of, in_education=True))
    # Then the other sections, widening while nothing is found: an education section cut short by a sub-heading
    # ("Activities:") leaves its later degrees in the next section; with no degree yet, every section but skills and
    # references (sidebars, timelines, unusual headings); last the skills, where an education block under a heading
    # not read as one ("Educa ao") runs on.
    usual = {"header", "summary", "other", "certifications", "awards", "experience", "projects", "volunteer"}
    widening = [usual] if found else [{s.kind for s in sections} - {"education", "skills", "references"}, {"skills"}]
    for kinds in widening:
        for section in sections:
            if section.kind in kinds:
                found.extend(_read_block(lines, section.start, section.end, as_of, in_education=False))
        if found:
            break
    return still_studying(merge_mentions(found), lines, sections, as_of)  # a headline "Engineering Student" says more


def _read_block(lines: Sequence[str], a: int, b: int, as_of: int, *, in_education: bool) -> list[Degree]:
    """Degrees stated in lines a..b; each takes its institution and dates from its own entry."""
    statements = {i: degree_statements(_joined(lines, i, b), in_education=in_education) for i in range(a, b)}
    statements = {
        i: tuple(_wrapped(x, _joined(lines, i, b), lines, i, b) for x in s) for i, s in statements.items() if s
    }
    if in_education:  # a title alone on its line beside its school's: "Telecommunications Engineer"
        below = [*lines[a + 1 : b], ""]
        titles = {i: title_beside_school(lines[i], lines[i - 1], below[i - a]) for i in range(a, b)}
        statements |= {i: (DegreeStatement(*t, False, False),) for i, t in titles.items() if t and i not in statements}
    if not in_education:  # outside education the line itself must anchor the degree, or its entry's lines below
        statements = {i: tuple(_anchored_below(x, lines, i, b) for x in s) for i, s in statements.items()}
        statements = {i: tuple(x for x in s if x.anchored) for i, s in statements.items()}
        statements = {i: s for i, s in statements.items() if s}
    for i, field in column_fields(lines, a, b, statements).items():
        statements[i] = (replace(statements[i][0], field=field),)
    _titles_as_fields(lines, statements)
    windows = entry_windows(lines, a, b, sorted(statements), cap=3 if in_education else 1)
    columns = column_entries(lines, b, statements) if in_education else {}
    windows.update(columns)
    found = []
    for i, stated in statements.items():
        for statement in stated:
            degree = _read_degree(lines, i, statement, windows[i], (a, b) if in_education else None, as_of)
            degree = from_entry(lines, columns[i], degree) if i in columns else degree
            if _left_unfinished(lines, i, windows[i], degree.year):
                continue
            if statement.anchored or degree.institution or degree.year is not None or degree.field:
                found.append(degree)
    return found


def _titles_as_fields(lines: Sequence[str], statements: dict[int, tuple[DegreeStatement, ...]]) -> None:
    """A line that is only a degree's field and name (an engineering degree: "Engenharia de Produção") under a degree
    that names no field is that degree's field, not a degree of its own ("Mestrado" / "Engenharia de Produção",
    "Máster, <school>" / "Ingeniería de Telecomunicación")."""
    for i in sorted(statements):
        below = statements.get(i + 1)
        if i not in statements or below is None or len(statements[i]) != 1 or statements[i][0].field is not None:
            continue
        text = _STATUS_TEXT.sub("", strip_dates(lines[i + 1]))  # the line is the degree's name and field, no more
        if len(below) == 1 and below[0].field and normalise_field(text) == normalise_field(below[0].field):
            statements[i] = (replace(statements[i][0], field=below[0].field),)
            del statements[i + 1]


def _anchored_below(statement: DegreeStatement, lines: Sequence[str], i: int, b: int) -> DegreeStatement:
    """A degree's name alone on its line ("Bachelor of Science") with its field alone on the next ("Geowissenschaften")
    and a school or dates in the lines after: an entry of an education block under no heading of its own (a sidebar),
    anchored by its lines below."""
    if statement.anchored or statement.field is not None or len(lines[i].split()) > 4 or i + 2 >= b:
        return statement
    field = lines[i + 1].strip(" ,.")
    if not (is_field_name(field) or known_field(field) == field) or INSTITUTION.search(field):
        return statement
    below = []
    for line in lines[i + 2 : min(b, i + 12)]:  # a thesis's title may come first; up to the next degree's name
        if any(pattern.search(line) for pattern in STRONG_RE.values()):
            break
        below.append(line)
    if not any(INSTITUTION.search(line) for line in below) or not any(years_in(line) for line in below):
        return statement
    return replace(statement, field=field, anchored=True)


def _left_unfinished(lines: Sequence[str], i: int, window: list[int], year: int | None) -> bool:
    """The entry's date line says the degree was left unfinished ("2022-2024 (Interrupted)", "2019 - 2020
    Incomplete"), or a line of status does, alone ("(Non soutenue)") or opening a short line ("• Discontinued to
    join industry"): a line under the degree's name, not a description that uses the word later on."""
    for j in window:
        status = _STATUS_TEXT.sub("", lines[j])
        words = len(strip_dates(lines[j]).split())
        if j != i and (words <= 3 and NOT_FINISHED.fullmatch(status) or words <= 10 and _LEFT.match(status)):
            return True
    for j in window:
        if j != i and (years_in(lines[j]) or year is None) and len(strip_dates(lines[j]).split()) <= 3:
            if NOT_FINISHED.search(lines[j]):
                return True
            if years_in(lines[j]):
                return False
    return False


# A word saying the degree was left, opening a clause about it: "Discontinued to join industry", "Withdrew in 2021"
# (not "Abandoned cart prediction", a project named with the word)
_LEFT = re.compile(
    r"(?:" + NOT_FINISHED.pattern + r")(?=\s*(?:$|[–—:;,.(\d]|-(?!\w)|(?:to|after|in|due|because|when)\b))", re.I
)
# What surrounds a status on a line of its own: bullets, brackets, punctuation ("(Non défendue)", "• Incomplete.")
# (the end's run is tried from its start only, so a long run is scanned once)
_STATUS_TEXT = re.compile(r"^[\W_]+|(?<![\W_])[\W_]+$")


def _status_line(line: str) -> bool:
    """A short line of the entry opening with a word of status, maybe after the degree's label: "Voraussichtlich
    abgeschlossen WS 27/28", "Expected graduation: May 2027", "En cours", "(in progress)", "Diplôme attendu
    en juin 2027" (not a description that uses the word later on)."""
    text = _STATUS_TEXT.sub("", strip_dates(line))
    return len(text.split()) <= 4 and bool(IN_PROGRESS.match(STATUS_LEAD.sub("", text)))


def _pending_line(line: str) -> bool:
    """A short line of the entry with a phrase saying the degree is not awarded yet, anywhere in it ("Coursework
    done – thesis pending defence"), not a description of other work."""
    return len(strip_dates(line).split()) <= 8 and bool(PENDING.search(line))


_GOES_ON = re.compile(r"\b(?:of|in)\s*$", re.IGNORECASE)


def _joined(lines: Sequence[str], i: int, b: int) -> str:
    """A line whose parenthesis closes on the next one ("B.E (Information" / "Technology)"), or that ends in "in" or
    "of" ("Master of Science in" / "Chemical and Process Engineering"), is read with the next one."""
    line = lines[i]
    if i + 1 < b and (_GOES_ON.search(line) or (line.count("(") > line.count(")") and ")" in lines[i + 1])):
        return line + " " + lines[i + 1]
    return line


_DANGLING = re.compile(r"(?:\b(?:and|of|in|for)|&)$", re.IGNORECASE)


def _wrapped(statement: DegreeStatement, line: str, lines: Sequence[str], i: int, b: int) -> DegreeStatement:
    """A field wrapped onto the next line ("Ph.D. in Quantitative Marine" / "Biology, 2018") is read whole, when the
    line ends in it, it is unfinished (a dangling "and", or no known field) and the next line's words complete it."""
    field = statement.field
    if field is None or i + 1 >= b or not line.rstrip(" ,").endswith(field):
        return statement
    if not (_DANGLING.search(field) or known_field(field) != field):
        return statement
    rest = re.split(r"\s*[,;|•(]\s*|\s{2,}|\s[-–—]\s", strip_dates(lines[i + 1]).strip(), maxsplit=1)[0]
    rest = rest.strip(" .")
    if not 1 <= len(rest.split()) <= 3 or INSTITUTION.search(rest) or starts_other_degree(rest):
        return statement
    whole = f"{field} {rest}"
    # a dangling "and" before words in lower case goes on in them: "Forestry and" / "wildlife management"
    going_on = bool(_DANGLING.search(field)) and rest[0].islower() and not any(c.isdigit() for c in rest)
    return replace(statement, field=whole) if going_on or is_field_name(whole) else statement


def _read_degree(
    lines: Sequence[str],
    i: int,
    statement: DegreeStatement,
    window: list[int],
    section: tuple[int, int] | None,
    as_of: int,
) -> Degree:
    field = statement.field
    schools = []
    for j in window:
        match = INSTITUTION.search(without_school_label(lines[j]))  # "University: Northfield University"
        if match and len(match.group().split()) <= 12:
            # "Stanford University — M.S. Computer Science", "B.S. 2013 Stratford University": the school's parts
            text = strip_dates(match.group() if j != i else _without_degree(lines[i], field))
            parts = re.split(r"\s{2,}|\s[-–—:]\s|\.\s+", text)
            school = " - ".join(x.strip(" -–—:.⋄•") for x in parts if INSTITUTION.search(x))
            schools += [school] if school else []
    # "University of Hanbit" / "B.S in College of Science": a unit of a school names the school only if alone
    institution = next((x for x in schools if not _UNIT.match(x)), schools[0] if schools else None)
    if section is not None and (field is None or UMBRELLA.fullmatch(field)):  # "PhD" / "Princeton University, Physics"
        # a course's line names no field, a note after the field does not make one ("Chemistry (with Honours)")
        texts = [  # a major's line is no course line for the minor it names too ("Major: Physics; Minor: Music")
            (j, strip_dates(lines[j]))
            for j in window
            if j != i and (not COURSE_LINE.search(_NOTE.sub("", lines[j])) or _MAJOR_LABEL.match(lines[j]))
        ]
        pieces = [(j, piece) for j, text in texts for piece in re.split(r"\s*[,|•;]\s*|\s{3,}", text)]
        names = [(j, UNIT_OF.sub("", _NOTE.sub("", piece).strip(" ,.;:"))) for j, piece in pieces]  # "Department of"
        # a description opening with its field: "Technische Informatik in berufsbegleitendem Studium.", "Physics at ..."
        heads = [(j, head) for j, name in names if (head := _HEAD_CUT.split(name, maxsplit=1)[0]) != name]
        names += heads
        labelled = [_FIELD_LABEL.sub("", name).strip("\"'’”") for _, name in names if _FIELD_LABEL.match(name)]
        # a labelled line naming several fields is read whole: "Hauptfächer: Physik, Chemie und Informatik"
        whole = [_FIELD_LABEL.sub("", text).strip(" .\"'’”") for _, text in texts if _FIELD_LABEL.match(text)]
        labelled[:0] = [text for text in whole if ":" not in text]
        named = next((name for name in labelled if _labelled_field(name)), None)  # "MBA" / "Concentration: Finance"
        if named and field is None and not any(_MAJOR_LABEL.match(text) for _, text in texts):
            # a focus ("Schwerpunkte: Robotik, Bildverarbeitung") gives way to a known field on the entry's own lines
            named = next((name for _, name in names if known_field(name) == name), named)
        if field and not named:  # "Bachelor of Engineering, <school>" / "Computer Science in a full-time programme."
            named = next((head for j, head in heads if j == i + 1 and known_field(head) == head), None)
        if field and not named and lines[i].rstrip().endswith(","):  # "Bachelor of Engineering," / "Naval Architecture
            # and Robotics": the line's comma leads on to the field on the next
            named = next((name for j, name in names if j == i + 1 and _names_field(name, next_to=True)), None)
        field = specialised(field, named) if field and named else field or named
    if field is None and section is not None:
        # a name on only one side of the degree ("Art History" / "M.S." / "Industrial Management" is unclear)
        beside = {
            j for j in (i - 1, i + 1) if not (section[0] <= 2 * i - j < section[1] and name_like(lines[2 * i - j]))
        }
        field = next((name for j, name in names if name and _names_field(name, next_to=j in beside)), None)
    year = None
    in_progress = statement.in_progress
    date_line = i
    for j in window:
        ranges = find_date_ranges(lines[j], as_of)
        date_line = j
        if ranges:
            raw_years = years_in(lines[j])
            year = max(raw_years) if raw_years else (None if ranges[0].current else ranges[0].end // 12)
            in_progress = in_progress or ranges[0].current or (year is not None and year * 12 > as_of)
            break
        years = years_in(lines[j])
        if years:
            year = max(years)
            in_progress = in_progress or year * 12 + 6 > as_of
            break
        if _OPEN_END.search(lines[j]):  # "Master of Science, Computer Engineering Present University of Missouri"
            in_progress = True
            break
    if year is None and not in_progress and section is not None:
        dates = _column_date(lines, i, section, as_of)
        if dates is not None:
            year = None if dates.current else dates.end // 12
            in_progress, date_line = dates.current, i
    if not in_progress:  # a dated degree is in progress only by its own lines: "B.S. Physics, 2015" / "Thesis: ongoing"
        said = window if year is None else [i, date_line]
        in_progress = any(IN_PROGRESS.search(lines[j]) for j in said)
        # or by a status line of its entry: "Voraussichtlich abgeschlossen WS 27/28", "Expected graduation: May 2027"
        in_progress = in_progress or any(_status_line(lines[j]) for j in window if j != i)
        # or by a short line of its entry naming the degree's completion as still to come ("All coursework done –
        # thesis pending defence"), wherever it stands
        in_progress = in_progress or any(_pending_line(lines[j]) for j in window if j != i)
    return Degree(statement.level, field, institution, year, in_progress, lines[i].strip())


_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
# A preposition after the words a description opens with ("Technische Informatik in berufsbegleitendem Studium"):
# no field name goes on past one
_HEAD_CUT = re.compile(r"\s+(?:in|im|at|an|am|mit|with|bei|presso|durante|during)\s+")

# Words that join the names of a field, or of several, in the languages gapcheck reads
_JOINING = frozenset(
    "and of & in und der des für et de du la le e y ed di del della delle dei da do das dos em en".split()
)


def _labelled_field(text: str) -> bool:
    """After a label, any short name in capitals is the field ("Specialization: History"), or a short list of them
    ("Hauptfächer: Physik, Chemie und Informatik"), never a school or grade."""
    words = text.replace(",", " ").split()
    return (
        1 <= len(words) <= 6
        # or a known field in a Romance language's lower case: "Spécialité : Génie civil"
        and (all(w[0].isupper() or w in _JOINING for w in words) or known_field(text) is not None)
        and not any(c.isdigit() for c in text)
        and not INSTITUTION.search(text)
    )


def _names_field(text: str, *, next_to: bool) -> bool:
    """A known field anywhere in the entry; right beside the degree, any field name ("Industrial Management"), or a
    field and its specialisation ("Physics - Computational Physics")."""
    if known_field(text) == text:
        return True
    parts = _SPECIALISATION.split(text)
    return next_to and all(is_field_name(part) for part in parts) and not INSTITUTION.search(text)


_SPECIALISATION = re.compile(r"\s[-–—/]\s|\s*:\s")


def _without_degree(line: str, field: str | None) -> str:
    """The school on a degree line: "M.Sc. Computer Engineering University of Valdora" -> "University of Valdora"."""
    for pattern in STRONG_RE.values():
        line = pattern.sub("  ", line)
    line = _without_field(line, field) if field else line
    match = INSTITUTION.search(line)
    return match.group() if match else ""


def _without_field(line: str, field: str) -> str:
    """The line less the field's first mention that is not part of a name ("Juris Doctor, Harvard Law School")."""
    for match in re.finditer(re.escape(field), line, flags=re.IGNORECASE):
        before = line[: match.start()].split()
        if not (before and before[-1][0].isupper() and before[-1][-1].isalpha()):
            return line[: match.start()] + "  " + line[match.end() :]
    return line


def _column_date(lines: Sequence[str], i: int, section: tuple[int, int], as_of: int) -> DateRange | None:
    """Dates printed in a column of their own ("2021 - Present   2017 - 2019" after all the entries):
    the k-th entry of the section takes the k-th date range."""
    a, b = section
    column = [r for j in range(a, b) if not strip_dates(lines[j]) for r in find_date_ranges(lines[j], as_of)]
    entries = [j for j in range(a, b) if starts_other_degree(lines[j]) or NOT_DEGREE.search(lines[j])]
    rank = entries.index(i) if i in entries else -1
    return column[rank] if 0 <= rank < len(column) else None
