"""Resume lines -> degrees: level, field, institution, year, in progress."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from gapcheck.dates import find_date_ranges, strip_dates, years_in
from gapcheck.fields import known_field
from gapcheck.models import DateRange, Degree, Section, degree_rank

# Spellings that are degrees wherever they appear (dotted abbreviations, words).
_STRONG = {
    "doctorate": (
        r"ph\.\s?d\.?|phd|d\.\s?phil\.?|dphil|doctor\s+of\s+(?:philosophy|science|engineering|education)|"
        r"doctorate|doctoral\s+degree|dr\.\s?rer\.\s?nat\.?|sc\.\s?d\.?|ed\.\s?d\.?"
    ),
    "master": (
        r"m\.\s?s\.(?!\s?(?:office|excel|word))|m\.\s?sc\.?|msc|m\.\s?eng\.?|meng|m\.\s?tech\.?|mtech|mba|m\.b\.a\.?|"
        r"m\.\s?a\.|m\.\s?phil\.?|mphil|m\.\s?ed\.?|m\.\s?res\.?|mres|mca|m\.c\.a\.|mph|m\.p\.h\.|mfa|"
        r"master(?:'s|’s|s)?(?:\s+degree)?(?:\s+of|\s+in|\s*,)|master(?:'s|’s|s)?\s+degree|"
        r"m\.\s?s(?=\s*[,(:]|\s+(?:in|of)\b)|master\s+program(?:me)?|"
        r"m\.\s?s\.\s?c\.?|magister|diplom-?ingenieur|dipl\.-?ing\.?|laurea\s+magistrale|maîtrise"
    ),
    "bachelor": (
        r"b\.\s?s\.(?!\s?(?:office|excel))|b\.\s?sc\.?|bsc|b\.\s?tech\.?|btech|b\.\s?e\.|b\.\s?e(?=\s*[:,(]|\s+(?:in|of)\b)|"
        r"b\.\s?eng\.?|beng|b\.\s?a\.|bba|b\.b\.a\.?|bca|b\.c\.a\.|b\.\s?com\.?|bcom|b\.\s?s\.\s?c\.?|a\.\s?b\.|s\.\s?b\.|"
        r"b\.\s?arch\.?|bachelor(?:'s|’s|s)?(?:\s+degree)?(?:\s+of|\s+in|\s*,)|bachelor(?:'s|’s)\s+degree|"
        r"bachelor(?:'s|’s|s)?(?=\s*(?:[-/+&]|and\s)\s*(?:master|m\.))|b\.\s?[sa](?=\s*[,(:]|\s+(?:in|of)\b)|"
        r"bachelor\s+program(?:me)?|undergraduate\s+degree|licenciatura|licence|laurea(?!\s+magistrale)|b\.\s?s\.\s?e\.?|bse"
    ),
    "associate": (
        r"a\.\s?a\.\s?s\.|a\.\s?a\.|a\.\s?s\.|associate(?:'s|’s|d)?\s+(?:degree|of(?=\s+(?:arts|science|applied)))"
    ),
}
# Bare capitals that are degrees only in an education section or right before a field ("BS in Physics").
_WEAK = {
    "doctorate": r"PhD|PHD",
    "master": r"MS|MA|ME|MSE|MSCS|MEng|MSc|MS[cC][sS]?",
    "bachelor": r"BS|BA|BE|BSE|BSCS|BEng|BSc|BS[cC]",
    "associate": r"AA|AS|AAS",
}
_STRONG_RE = {
    level: re.compile(r"(?<![\w.])(?:" + pattern + r")(?![\w])", re.IGNORECASE) for level, pattern in _STRONG.items()
}
_OFFICE = r"(?!\s?-?\s?(?i:office|excel|word|outlook|powerpoint|access|sql|project|teams|visio|dos|paint))"
_WEAK_RE = {level: re.compile(r"(?<![\w.])(?:" + p + r")(?![\w.])" + _OFFICE) for level, p in _WEAK.items()}
_WEAK_FIELD = re.compile(r"^\s*(?:\(hons?\.?\)\s*)?(?:in|of|,|-|–|:)?\s*[A-Z][a-z]")
_WEAK_STATED = re.compile(r"^\s*(?:\(hons?\.?\)\s*)?(?:in|of|,|:)\s*[A-Z][a-z]")  # outside education: "BS in Physics"
_NOT_DEGREE = re.compile(
    r"high\s+school|secondary\s+school|a[\s-]levels?|gce|g\.c\.e|hsc|ssc|cbse|diploma\s+in|certificate|"
    r"certification|certified|\bged\b",
    re.IGNORECASE,
)
# Only words that say so, or an open-ended or future date, make a degree "in progress" (a 2009 BA is awarded).
_IN_PROGRESS = re.compile(
    r"expected|anticipated|candidate|in\s+progress|pursuing|ongoing|\bABD\b|all\s+but\s+dissertation|"
    r"reading\s+for|to\s+be\s+completed|\(future\)",
    re.IGNORECASE,
)
_OPEN_END = re.compile(r"(?<![\w-])(?:Present|PRESENT|Current|CURRENT|Ongoing|Till [Dd]ate)(?![\w-])")
_SCHOOL_NAMES = r"iit|nit|eth|epfl|mit|ucla|caltech"
_SCHOOL_WORDS = (
    r"university|universit[yàäé]t?|universidad|universidade|università|college|institute|institut|school|academy|"
    r"polytechnic|politecnico|hochschule|école|ecole|conservatory|faculty|" + _SCHOOL_NAMES
)
_INSTITUTION = re.compile(r"[^,|•;()]*\b(?:" + _SCHOOL_WORDS + r")\b[^,|•;()]*", re.IGNORECASE)
_SCHOOL = re.compile(r"\b(?:" + _SCHOOL_WORDS + r")\b", re.IGNORECASE)
_MONTH_YEAR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*['’]?\d{2,4}\b"
_FIELD_STOP = re.compile(
    r"\s*(?:[,;|()\[\]•·]|\s[-–—]\s|\bfrom\b|\bat\b|\bwith\b|\bgpa\b|\bcgpa\b|\bminor\b|\bthesis\b|\bexpected\b|"
    r"\bpresent\b|\bcurrent\b|\.\s+(?=[A-Z])|" + _MONTH_YEAR + r"|"
    r"\buniversity\b|\bcollege\b|\binstitute\b|\bschool\b|\b(?:19|20)\d\d\b|\s{3,}|[–—-]\s*$|"
    r"\s(?:and|&)\s+\d)",  # "M.S. in Statistics and 5 years of experience"
    re.IGNORECASE,
)
# Between two degree names of one combined or dual degree: "B.S./M.S.", "B.Tech + M.Tech", "Ph.D. and M.S."
_JOINER = re.compile(r"[\s/+&,-]*(?:\band\b)?[\s/+&,-]*", re.IGNORECASE)
# What may sit between a degree name and its field: honours, "(Dual Degree)", "(5-year combined program)", status
_NOISE = re.compile(
    r"\s*(?:\((?:hons?\.?|honou?rs|dual\s+degree|integrated|combined[^)]*|[^)]*\bprogram(?:me)?)\)|hons?\.?(?!\w)|"
    r"honou?rs\b|dual\s+degree\b|integrated\b|degree\b|program(?:me)?\b|(?P<status>candidate|student)\b)",
    re.IGNORECASE,
)
_UNIT = re.compile(r"(?:in\s+)?(?:college|school|faculty|department|dept\.?)\s+of\b", re.IGNORECASE)
_UNIT_OF = re.compile(r"^(?:the\s+)?(?:department|dept\.?|faculty|school|college)\s+of\s+", re.IGNORECASE)
_GENERIC_SUBJECT = re.compile(r"(?:applied\s+)?sciences?|arts|philosophy|technology|letters|studies", re.IGNORECASE)
_SUBJECT = re.compile(r"\s*([A-Za-z][A-Za-z&\s]*?)(?=\s+in\b|\s*[,(:;|–—]|\s-\s|\s{2,}|\s*$|\s+\d)", re.IGNORECASE)
# A degree word naming a job, an award or other people is no degree: "PhD Research Intern", "Scrum Master, Acme",
# "Supervised 3 M.S. students in Computer Science at MIT"
_JOB_AFTER = re.compile(
    r"\s+(?:(?:research|student|summer|graduate|visiting|teaching|level)\s+)*(?:intern(?:ship)?|researcher|"
    r"assistant|engineer|scientist|developer|analyst|manager|consultant|recruiter|advis[oe]r|coordinator|"
    r"mentor|tutor|admissions|officer|fellow(?:ship)?|scholar(?:ship)?|award|prize|grant|"
    r"students|candidates|holders|applicants|courses?|classes|programs|cohorts?|level)\b",  # about others
    re.IGNORECASE,
)
_NAME_GOES_ON = re.compile(r"(?:\bof|\bin|,)$", re.IGNORECASE)
_COURSE_LINE = re.compile(r"course|module|subject|thesis|minor|dissertation|project|award|honou?r|gpa", re.IGNORECASE)
_JOB_BEFORE = re.compile(r"\b(?:scrum|quiz|grand|toast|head|web|post[- ]?)\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DegreeStatement:
    """One degree a line states: a degree name, what follows it, and whether the line anchors it."""

    level: str
    field: str | None
    in_progress: bool
    """The line says so: "expected", "candidate", "pursuing", "in progress"."""
    anchored: bool
    """The line itself names a field, an institution or a date (a degree name alone is not a statement)."""


def find_degrees(lines: Sequence[str], sections: tuple[Section, ...], as_of: int) -> tuple[Degree, ...]:
    """Find degrees in the education section(s), and degree statements elsewhere.

    When no education section is found, or it yields nothing, every section but skills and references is searched
    for degree statements (sidebars, timelines, unusual headings).

    >>> from gapcheck.sections import find_sections
    >>> lines = ["EDUCATION", "Stanford University", "M.S. in Statistics, 2019", "B.A. Economics, 2016"]
    >>> [(d.level, d.field, d.year) for d in find_degrees(lines, find_sections(lines), 24300)]
    [('master', 'Statistics', 2019), ('bachelor', 'Economics', 2016)]
    """
    education = [(s.start, s.end) for s in sections if s.kind == "education"]
    found: list[Degree] = []
    for a, b in education:
        found.extend(_read_block(lines, a, b, as_of, in_education=True))
    kinds = {"header", "summary", "other", "certifications", "awards", "experience", "projects"}
    if not found:
        kinds = {s.kind for s in sections} - {"education", "skills", "references"}
    for section in sections:
        if section.kind in kinds:
            found.extend(_read_block(lines, section.start, section.end, as_of, in_education=False))
    return _dedupe(found)


def degree_statements(line: str, *, in_education: bool) -> tuple[DegreeStatement, ...]:
    """The degrees a line states; combined and dual degrees give one statement per level.

    >>> [(s.level, s.field) for s in degree_statements("B.S./M.S. in Computer Science", in_education=False)]
    [('bachelor', 'Computer Science'), ('master', 'Computer Science')]
    >>> degree_statements("PhD Research Intern, Vision Lab", in_education=False)
    ()
    """
    if _NOT_DEGREE.search(line) and not _STRONG_RE["bachelor"].search(line):
        return ()
    mentions = _mentions(line, weak_ok=in_education)
    groups: list[list[tuple[str, int, int]]] = []
    for mention in mentions:
        between = line[groups[-1][-1][2] : mention[1]] if groups else ""
        subject = None
        if groups and re.search(r"\bof$", line[groups[-1][-1][1] : groups[-1][-1][2]], re.IGNORECASE):
            subject = _SUBJECT.match(between)  # "Bachelor of Science, BE ...": the name's subject sits between
        if subject:
            between = between[subject.end() :]
        if groups and _JOINER.fullmatch(between):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    anchored = bool(years_in(line)) or bool(_INSTITUTION.search(line))
    statements: list[DegreeStatement] = []
    for k, group in enumerate(groups):
        stop = groups[k + 1][0][1] if k + 1 < len(groups) else len(line)
        rest = line[group[-1][2] : stop]
        name = line[group[-1][1] : group[-1][2]]
        if _JOB_BEFORE.search(line[: group[0][1]]) or (_JOB_AFTER.match(rest) and not _NAME_GOES_ON.search(name)):
            continue
        field, status = _field(name, rest, line)
        in_progress = status or bool(_IN_PROGRESS.search(line))
        for level in dict.fromkeys(level for level, _, _ in group):
            statements.append(DegreeStatement(level, field, in_progress, field is not None or anchored))
    return tuple(statements)


def _mentions(line: str, *, weak_ok: bool) -> list[tuple[str, int, int]]:
    mentions = []
    for level in ("doctorate", "master", "bachelor", "associate"):
        for match in _STRONG_RE[level].finditer(line):
            mentions.append((level, match.start(), match.end()))
        for match in _WEAK_RE[level].finditer(line):
            before_field = bool((_WEAK_FIELD if weak_ok else _WEAK_STATED).match(line[match.end() :]))
            if before_field or (weak_ok and len(line.split()) <= 8):
                mentions.append((level, match.start(), match.end()))
    kept: list[tuple[str, int, int]] = []
    for mention in sorted(mentions, key=lambda m: (m[1], -m[2])):
        if not kept or mention[1] >= kept[-1][2]:
            kept.append(mention)
    return kept


def _field(name: str, rest: str, line: str) -> tuple[str | None, bool]:
    """The field a degree name and the words after it state, and whether they say "candidate"/"student"."""
    subject = None
    rest = rest.removeprefix(".")  # "BSc. (Hons) In ..."
    if re.search(r"\bof$", name, re.IGNORECASE):  # "Bachelor of Technology, Computer Engineering"
        match = _SUBJECT.match(rest)
        if match and len(match.group(1).split()) <= 4:
            subject = re.sub(r"\s+degree$", "", match.group(1).strip(), flags=re.IGNORECASE)
            rest = rest[match.end() :]
        if subject and _INSTITUTION.search(subject):
            subject = known_field(subject)  # "Master of Science Stanford University"
        if subject and _GENERIC_SUBJECT.fullmatch(subject):
            subject = None
    status = False
    while noise := _NOISE.match(rest):
        if not noise.group():
            break
        status = status or noise.group("status") is not None
        rest = rest[noise.end() :]
    major = re.search(r"\bmajor(?:ing)?\s*(?:in|:)\s*([^,;|()]+)", line, re.IGNORECASE)
    if major:
        return _clean(major.group(1)), status
    field = None
    paren = re.match(r"\s*\(([^)]*)\)?", rest)
    if paren:
        field = _clean(paren.group(1))
        if field and subject:
            field = f"{subject} ({field})"
    else:
        field = _clean(re.sub(r"^\s*(?:(?:in|of)\b|,|:|-|–)?\s*", "", rest, flags=re.IGNORECASE))
    return field or subject, status


def _clean(text: str) -> str | None:
    text = _UNIT_OF.sub("", text.strip())  # "Department of Computer Science" names the field
    if re.match(r"^(?:gpa|cgpa|grade|expected|\d)", text, re.IGNORECASE):
        return None
    stop = _FIELD_STOP.search(text)
    school = _SCHOOL.search(text)
    if school and (stop is None or school.start() < stop.end()):
        if re.fullmatch(_SCHOOL_NAMES, school.group(), re.I) or re.match(r"\s+of\b", text[school.end() :], re.I):
            text = text[: school.start()]  # "Physics ETH Zurich", "Statistics University of Michigan"
        else:
            text = known_field(text) or ""  # "Analytics McGill University": a known field before the school's name
    text = _FIELD_STOP.split(text, maxsplit=1)[0].strip(" .:-–")
    words = text.split()
    if not words or len(words) > 8 or not text[0].isupper():  # "PhD students and MS students" names no field
        return None
    if text.isupper() and len(text) > 4:  # "ELECTRICAL ENGINEERING: SYSTEMS"
        text = re.sub(r"\b(And|Of|In|For)\b", lambda m: m.group().lower(), " ".join(w.capitalize() for w in words))
    return text


def _read_block(lines: Sequence[str], a: int, b: int, as_of: int, *, in_education: bool) -> list[Degree]:
    """Degrees stated in lines a..b; each takes its institution and dates from its own entry."""
    statements = {i: degree_statements(_joined(lines, i, b), in_education=in_education) for i in range(a, b)}
    statements = {i: s for i, s in statements.items() if s}
    if not in_education:  # outside education the line itself must anchor the degree
        statements = {i: tuple(x for x in s if x.anchored) for i, s in statements.items()}
        statements = {i: s for i, s in statements.items() if s}
    windows = _entry_windows(lines, a, b, sorted(statements), cap=3 if in_education else 1)
    found = []
    for i, stated in statements.items():
        for statement in stated:
            degree = _read_degree(lines, i, statement, windows[i], (a, b) if in_education else None, as_of)
            if statement.anchored or degree.institution or degree.year is not None or degree.field:
                found.append(degree)
    return found


def _joined(lines: Sequence[str], i: int, b: int) -> str:
    """A line whose parenthesis closes on the next one ("B.E (Information" / "Technology)") is read with it."""
    line = lines[i]
    if line.count("(") > line.count(")") and i + 1 < b and ")" in lines[i + 1]:
        return line + " " + lines[i + 1]
    return line


def _entry_windows(lines: Sequence[str], a: int, b: int, degree_lines: list[int], cap: int) -> dict[int, list[int]]:
    """The lines of each degree's entry, nearest first. An entry runs from its institution line when a block
    puts institutions above degrees ("Stanford University" / "M.S. ..."), else from its degree line; it never
    reaches into another degree's entry, so several degrees in one block keep their own schools and dates."""
    bounds = sorted(set(degree_lines) | {j for j in range(a, b) if _NOT_DEGREE.search(lines[j])})
    schools = [j for j in range(a, b) if j not in bounds and _INSTITUTION.search(lines[j])]
    schools_first = bool(schools) and bool(degree_lines) and schools[0] < degree_lines[0]
    windows = {}
    for i in degree_lines:
        low = max([j + 1 for j in bounds if j < i], default=a)
        high = min([j for j in bounds if j > i], default=b)
        if schools_first:
            above = [j for j in schools if low <= j < i]
            start = above[-1] if above else i
            end = min([j for j in schools if j > i] + [high])
        else:
            start = i if i != degree_lines[0] else max(low, i - 1)
            end = high
        window = range(max(start, i - cap), min(end, i + cap + 1))
        windows[i] = sorted(window, key=lambda j: (abs(j - i), j))
    return windows


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
        match = _INSTITUTION.search(lines[j])
        if match and len(match.group().split()) <= 12:
            # "Stanford University — M.S. Computer Science", "B.S. 2013 Stratford University": the school's parts
            text = strip_dates(match.group() if j != i else _without_degree(lines[i], field))
            parts = re.split(r"\s{2,}|\s[-–—:]\s|\.\s+", text)
            school = " - ".join(x.strip(" -–—:.⋄•") for x in parts if _INSTITUTION.search(x))
            schools += [school] if school else []
    # "University of Seoul" / "B.S in College of Engineering": a unit of a school names the school only if alone
    institution = next((x for x in schools if not _UNIT.match(x)), schools[0] if schools else None)
    if field is None and section is not None:  # "PhD" / "Princeton University, Computer Science"
        texts = [strip_dates(lines[j]) for j in window if j != i and not _COURSE_LINE.search(lines[j])]
        names = [part for text in texts for part in re.split(r"\s*[,|•;]\s*|\s{3,}", text)]
        field = next((name for name in names if name and known_field(name) == name.strip(" ,.;:")), None)
    year = None
    in_progress = statement.in_progress
    for j in window:
        ranges = find_date_ranges(lines[j], as_of)
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
            in_progress = dates.current
    if not in_progress:
        in_progress = any(_IN_PROGRESS.search(lines[j]) for j in window)
    return Degree(statement.level, field, institution, year, in_progress, lines[i].strip())


def _without_degree(line: str, field: str | None) -> str:
    """The school on a degree line: "M.Sc. Computer Engineering University of Bologna" -> "University of Bologna"."""
    for pattern in _STRONG_RE.values():
        line = pattern.sub("  ", line)
    if field:
        line = re.sub(re.escape(field), "  ", line, flags=re.IGNORECASE)
    match = _INSTITUTION.search(line)
    return match.group() if match else ""


def _column_date(lines: Sequence[str], i: int, section: tuple[int, int], as_of: int) -> DateRange | None:
    """Dates printed in a column of their own ("2021 - Present   2017 - 2019" after all the entries):
    the k-th entry of the section takes the k-th date range."""
    a, b = section
    column = [r for j in range(a, b) if not strip_dates(lines[j]) for r in find_date_ranges(lines[j], as_of)]
    entries = [j for j in range(a, b) if _starts_other_degree(lines[j]) or _NOT_DEGREE.search(lines[j])]
    rank = entries.index(i) if i in entries else -1
    return column[rank] if 0 <= rank < len(column) else None


def _starts_other_degree(line: str) -> bool:
    return any(_STRONG_RE[level].search(line) for level in _STRONG_RE)


def _known(degree: Degree) -> int:
    return sum(x is not None for x in (degree.field, degree.institution, degree.year))


def _dedupe(degrees: list[Degree]) -> tuple[Degree, ...]:
    """One degree per level and field; a later mention fills what an earlier one missed."""
    kept: list[Degree] = []
    for degree in degrees:
        same = next(
            (
                k
                for k in kept
                if k.level == degree.level
                and (k.field is None or degree.field is None or k.field.lower() == degree.field.lower())
            ),
            None,
        )
        if same is None:
            kept.append(degree)
            continue
        # the mention that says more wins ("M.S. in Statistics" in a summary, then its education entry)
        first, second = sorted((same, degree), key=_known, reverse=True)
        kept[kept.index(same)] = replace(
            first,
            field=first.field or second.field,
            institution=first.institution or second.institution,
            year=first.year if first.year is not None else second.year,
        )
    return tuple(sorted(kept, key=lambda d: (-degree_rank(d.level), d.in_progress)))
