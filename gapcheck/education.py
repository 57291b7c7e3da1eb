"""Resume lines -> degrees: level, field, institution, year, in progress."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gapcheck.dates import find_date_ranges, strip_dates, years_in
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
        r"master(?:'s|’s|s)?(?:\s+degree)?(?:\s+of|\s+in|\s*,)|master(?:'s|’s)\s+degree|m\.\s?s(?=\s+(?:in|of)\b)|master\s+program(?:me)?|"
        r"m\.\s?s\.\s?c\.?|magister|diplom-?ingenieur|dipl\.-?ing\.?|laurea\s+magistrale|maîtrise"
    ),
    "bachelor": (
        r"b\.\s?s\.(?!\s?(?:office|excel))|b\.\s?sc\.?|bsc|b\.\s?tech\.?|btech|b\.\s?e\.|b\.\s?e(?=\s*[:,(]|\s+(?:in|of)\b)|b\.\s?eng\.?|beng|b\.\s?a\.|"
        r"bba|b\.b\.a\.?|bca|b\.c\.a\.|b\.\s?com\.?|bcom|b\.\s?s\.\s?c\.?|a\.\s?b\.|s\.\s?b\.|b\.\s?arch\.?|"
        r"bachelor(?:'s|’s|s)?(?:\s+degree)?(?:\s+of|\s+in|\s*,)|bachelor(?:'s|’s)\s+degree|b\.\s?[sa](?=\s+(?:in|of)\b)|bachelor\s+program(?:me)?|"
        r"undergraduate\s+degree|licenciatura|licence|laurea(?!\s+magistrale)|b\.\s?s\.\s?e\.?|bse"
    ),
    "associate": (
        r"a\.\s?a\.\s?s\.|a\.\s?a\.|a\.\s?s\.|associate(?:'s|’s|d)?\s+(?:degree|of\s+(?:arts|science|applied))"
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
_WEAK_RE = {level: re.compile(r"(?<![\w.])(?:" + pattern + r")(?![\w.])") for level, pattern in _WEAK.items()}
_WEAK_FIELD = re.compile(r"^\s*(?:\(hons?\.?\)\s*)?(?:in|of|,|-|–|:)?\s*[A-Z][a-z]")
_NOT_DEGREE = re.compile(
    r"high\s+school|secondary\s+school|a[\s-]levels?|gce|g\.c\.e|hsc|ssc|cbse|diploma\s+in|certificate|"
    r"certification|certified|\bged\b",
    re.IGNORECASE,
)
_IN_PROGRESS = re.compile(
    r"expected|anticipated|candidate|in\s+progress|pursuing|ongoing|present|current(?:ly)?|\bABD\b|"
    r"all\s+but\s+dissertation|reading\s+for|to\s+be\s+completed|till\s+date|\bnow\b|student",
    re.IGNORECASE,
)
_INSTITUTION = re.compile(
    r"[^,|•;()]*\b(?:university|universit[yàäé]t?|universidad|universidade|università|college|institute|"
    r"institut|school|academy|polytechnic|politecnico|hochschule|école|ecole|iit|nit|eth|epfl|mit|ucla|"
    r"caltech|conservatory|faculty)\b[^,|•;()]*",
    re.IGNORECASE,
)
_FIELD_STOP = re.compile(
    r"\s*(?:[,;|()\[\]•]|\s[-–—]\s|\bfrom\b|\bat\b|\bwith\b|\bgpa\b|\bcgpa\b|\bminor\b|\bthesis\b|\bexpected\b|"
    r"\buniversity\b|\bcollege\b|\binstitute\b|\bschool\b|\b(?:19|20)\d\d\b|\s{3,}|[–—-]\s*$|"
    r"\s(?:and|&)\s+\d)",  # "M.S. in Statistics and 5 years of experience"
    re.IGNORECASE,
)


def find_degrees(lines: Sequence[str], sections: tuple[Section, ...], as_of: int) -> tuple[Degree, ...]:
    """Find degrees in the education section(s), and strongly spelled ones anywhere else.

    >>> from gapcheck.sections import find_sections
    >>> lines = ["EDUCATION", "Stanford University", "M.S. in Statistics, 2019", "B.A. Economics, 2016"]
    >>> [(d.level, d.field, d.year) for d in find_degrees(lines, find_sections(lines), 24300)]
    [('master', 'Statistics', 2019), ('bachelor', 'Economics', 2016)]
    """
    education = [(s.start, s.end) for s in sections if s.kind == "education"]
    elsewhere_ok = {"header", "summary", "other", "certifications", "awards"}
    kinds = {i: s.kind for s in sections for i in range(s.start, s.end)}
    found: list[Degree] = []
    for i, line in enumerate(lines):
        in_education = any(a <= i < b for a, b in education)
        if not in_education and kinds.get(i, "header") not in elsewhere_ok | {"experience", "projects"}:
            continue
        if _NOT_DEGREE.search(line) and not _STRONG_RE["bachelor"].search(line):
            continue
        if not in_education and not _is_degree_phrase(line):
            continue  # outside education only "M.S. in Statistics"-like phrases count
        for level, _start, end in _degree_mentions(line, weak_ok=in_education):
            found.append(_read_degree(lines, i, level, line[end:], education, as_of))
            break
    return _dedupe(found)


def _degree_mentions(line: str, *, weak_ok: bool) -> list[tuple[str, int, int]]:
    mentions = []
    for level in ("doctorate", "master", "bachelor", "associate"):
        for match in _STRONG_RE[level].finditer(line):
            mentions.append((level, match.start(), match.end()))
        for match in _WEAK_RE[level].finditer(line):
            before_field = bool(_WEAK_FIELD.match(line[match.end() :]))
            if before_field or (weak_ok and len(line.split()) <= 8):
                mentions.append((level, match.start(), match.end()))
    return sorted(mentions, key=lambda m: m[1])


def _is_degree_phrase(line: str) -> bool:
    """Outside education sections, only 'M.S. in Statistics'-like phrases count, not 'PhD students'."""
    return bool(
        re.search(
            r"(?:degree|ph\.?\s?d\.?|m\.?\s?sc?\.?|b\.?\s?sc?\.?|master'?s?|bachelor'?s?|mba)\s*(?:\(.*?\))?\s*(?:in|of|,)\s+[A-Z]",
            line,
            re.IGNORECASE,
        )
        or re.search(r"ph\.?\s?d\.?\s+candidate", line, re.IGNORECASE)
    )


def _read_degree(
    lines: Sequence[str], i: int, level: str, rest: str, education: list[tuple[int, int]], as_of: int
) -> Degree:
    line = lines[i]
    field = _field(rest)
    window = _entry_window(lines, i, education)
    institution = None
    for j in sorted(window, key=lambda j: abs(j - i)):
        match = _INSTITUTION.search(lines[j])
        if match and len(match.group().split()) <= 12:
            # "Stanford University — M.S. Computer Science", "B.S. 2013 Stratford University": the school's parts
            parts = re.split(r"\s{2,}|\s[-–—:]\s", strip_dates(match.group()))
            institution = " - ".join(x.strip(" -–—:") for x in parts if _INSTITUTION.search(x)) or None
            if institution:
                break
    year = None
    in_progress = bool(_IN_PROGRESS.search(line))
    for j in sorted(window, key=lambda j: (abs(j - i), j)):
        ranges = find_date_ranges(lines[j], as_of)
        if ranges:
            year = (ranges[0].end // 12) if not ranges[0].current else None
            raw_years = years_in(lines[j])
            year = max(raw_years) if raw_years else year
            in_progress = in_progress or ranges[0].current or (year is not None and year * 12 > as_of)
            break
        years = years_in(lines[j])
        if years:
            year = max(years)
            in_progress = in_progress or year * 12 + 6 > as_of or bool(_IN_PROGRESS.search(lines[j]))
            break
    if year is None and not in_progress:
        dates = _column_date(lines, i, education, as_of)
        if dates is not None:
            year = None if dates.current else dates.end // 12
            in_progress = dates.current
    if not in_progress:
        in_progress = any(_IN_PROGRESS.search(lines[j]) and abs(j - i) <= 1 for j in window)
    return Degree(level, field, institution, year, in_progress, line.strip())


def _column_date(lines: Sequence[str], i: int, education: list[tuple[int, int]], as_of: int) -> DateRange | None:
    """Dates printed in a column of their own ("2021 - Present   2017 - 2019" after all the entries):
    the k-th entry of the section takes the k-th date range."""
    section = next(((a, b) for a, b in education if a <= i < b), None)
    if section is None:
        return None
    a, b = section
    column = [r for j in range(a, b) if not strip_dates(lines[j]) for r in find_date_ranges(lines[j], as_of)]
    entries = [j for j in range(a, b) if _starts_other_degree(lines[j]) or _NOT_DEGREE.search(lines[j])]
    rank = entries.index(i) if i in entries else -1
    return column[rank] if 0 <= rank < len(column) else None


def _entry_window(lines: Sequence[str], i: int, education: list[tuple[int, int]]) -> list[int]:
    """The lines around a degree that belong to the same entry: up to two before and after."""
    low, high = 0, len(lines)
    for a, b in education:
        if a <= i < b:
            low, high = a, b
    window = [i]
    for step in (1, 2):
        for j in (i - step, i + step):
            if low <= j < high and not _starts_other_degree(lines[j]):
                window.append(j)
    return window


def _starts_other_degree(line: str) -> bool:
    return any(_STRONG_RE[level].search(line) for level in _STRONG_RE)


def _field(rest: str) -> str | None:
    text = re.sub(r"^\s*(?:\(hons?\.?\)|\(honou?rs\))?\s*(?:degree\s+)?(?:in|of|,|:|-|–)?\s*", "", rest, flags=re.I)
    text = re.sub(r"^(?:science|arts|engineering|technology|philosophy)\s+(?:in|\()\s*", "", text, flags=re.I)
    text = re.sub(r"^(?:candidate|student)\b\s*(?:in|of|,|:|-|–)?\s*", "", text, flags=re.I)  # "PhD candidate in X"
    stop = _FIELD_STOP.search(text)
    school = stop is not None and re.fullmatch(r"\s*(?:university|college|institute|school)", stop.group(), re.I)
    if stop is not None and school and not re.match(r"\s+of\b", text[stop.end() :], re.I):
        return None  # "MBA, Wharton School": the words before name the school, not a field
    text = _FIELD_STOP.split(text, maxsplit=1)[0].strip(" .:-–")
    words = text.split()
    if not words or len(words) > 8 or not any(ch.isalpha() for ch in text):
        return None
    return text


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
