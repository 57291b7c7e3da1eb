"""One posting line's degree-dependent experience paths ("PhD and 2+ years, or Master's and 5+ years")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gapcheck.datepatterns import NUMBER_WORDS
from gapcheck.degreementions import degree_mentions
from gapcheck.models import ExperiencePath, degree_rank

_FLAGS = re.IGNORECASE
_NUMBER = r"\d{1,2}(?:\.\d)?|" + "|".join(NUMBER_WORDS)
YEARS = re.compile(
    rf"(?:(?:at least|a minimum of|minimum of|minimum|min\.?|over|more than|no less than)\s+)?"
    rf"(?P<n>{_NUMBER})\s*(?:\(\d+\)\s*)?(?:(?:-|–|to)\s*(?:{_NUMBER})\s*)?(?:\+|plus|or more)?\s*"
    rf"(?:full[- ]time\s+)?(?:years?|yrs?)\b(?![- ](?:old|ago))",
    _FLAGS,
)
"""A years-of-experience figure: "5+ years", "at least three years", "1-2 years", "2 or more years"."""
_SLASH_YEARS = re.compile(r"(?P<ns>\d{1,2}\+?(?:\s*/\s*\d{1,2}\+?)+)\s*\+?\s*(?:years?|yrs?)\b", _FLAGS)
# Degree words a posting uses beside years, beyond the resume reader's spellings: bare capitals before a
# joining word ("BS with 4+ years", "MS/PhD") and the possessive names alone ("a Master's and 3 years").
_NEXT = r"(?=\s*(?:/|\+|,|\(|with\b|and\b|or\b|plus\b|degree\b|in\b|\d)|\s*$)"
_EXTRA = (
    ("doctorate", re.compile(r"(?<![\w.])(?:PhD|Ph\.D\.?|PHD|Doctorate)" + _NEXT)),
    ("master", re.compile(r"(?<![\w.])(?:MS|M\.S\.?|MSc|MEng|MBA)(?!\s?(?i:office|excel|word|sql))" + _NEXT)),
    ("master", re.compile(r"\bmaster(?:'s|’s|s)?(?!\w)", _FLAGS)),
    ("bachelor", re.compile(r"(?<![\w.])(?:BS|B\.S\.?|BSc|BA|BEng)" + _NEXT)),
    ("bachelor", re.compile(r"\bbachelor(?:'s|’s|s)?(?!\w)", _FLAGS)),
)
_OR = re.compile(r"\bor\b", _FLAGS)
_LEAD = re.compile(r"[\s(]*(?:(?:with|have|having|holding|hold)\s+)?(?:an?\s+|the\s+)?", _FLAGS)


def years_number(text: str) -> float:
    """'5' -> 5.0, 'three' -> 3.0."""
    return float(NUMBER_WORDS.get(text.lower()) or text)


@dataclass(frozen=True, slots=True)
class PathReading:
    """What a line with a degree and years says about degree-dependent paths."""

    paths: tuple[ExperiencePath, ...] = ()
    """The alternatives, in the line's order; empty when the line states one requirement."""
    about: tuple[str, ...] = ()
    """The words after each path's years ("of experience in machine learning"), to check they speak of one thing."""
    unsure: bool = False
    """The line trades degree against years (or gives several years) in a way not read reliably."""


@dataclass(slots=True)
class _Part:
    start: int
    end: int
    comma: bool
    """The part follows ", or" / "; or" / "(or" rather than a plain "or"."""
    levels: list[str]
    years: list[re.Match[str]]


def degree_spans(text: str) -> list[tuple[str, int, int]]:
    """Degree levels a posting line names, as (level, start, end), the resume reader's spellings first."""
    found = list(degree_mentions(text))
    found += [(level, m.start(), m.end()) for level, pattern in _EXTRA for m in pattern.finditer(text)]
    kept: list[tuple[str, int, int]] = []
    for span in sorted(found, key=lambda s: (s[1], -s[2])):
        if not kept or span[1] >= kept[-1][2]:
            kept.append(span)
    return kept


def read_paths(text: str) -> PathReading:
    """Degree-dependent paths of one requirement line.

    >>> [(p.degree, p.years) for p in read_paths("PhD and 2+ years of experience, or Master's and 5+ years").paths]
    [('doctorate', 2.0), ('master', 5.0)]
    >>> [(p.degree, p.years) for p in read_paths("BS/MS with 5/3 years of experience").paths]
    [('bachelor', 5.0), ('master', 3.0)]
    >>> read_paths("Bachelor's or Master's degree and 3+ years of experience").paths
    ()
    """
    spans = degree_spans(text)
    years = list(YEARS.finditer(text))
    slashed = _SLASH_YEARS.search(text)
    if slashed:
        return _slashed(text, spans, slashed, years)
    several = len({years_number(m.group("n")) for m in years}) > 1
    parts = _parts(text, spans, years)
    merged: list[_Part] = []
    carry: _Part | None = None
    unsure = False
    for k, part in enumerate(parts):
        if carry is not None:
            part = _Part(carry.start, part.end, carry.comma, carry.levels + part.levels, carry.years + part.years)
            carry = None
        last = k == len(parts) - 1
        after_years = bool(merged) and _last_is_years(merged[-1], spans)
        before_years_only = not last and bool(parts[k + 1].years) and not parts[k + 1].levels
        if part.years or (last and part.levels and after_years) or (part.levels and before_years_only):
            merged.append(part)  # "... and 3 years, or a PhD", "a Bachelor's degree or 4 years": a degree-only path
        elif last and merged:
            merged[-1] = _Part(merged[-1].start, part.end, merged[-1].comma, merged[-1].levels + part.levels,
                               merged[-1].years)  # fmt: skip
        else:  # a degree list goes on ("Bachelor's, Master's or PhD and 3 years"); "a PhD, or ..." may not be one
            before_years = not last and parts[k + 1].comma and bool(parts[k + 1].years)
            alone = before_years and (k == 0 or bool(parts[k - 1].years))
            unsure = unsure or (bool(part.levels) and alone)
            carry = part
    paths: list[ExperiencePath] = []
    for part in merged:
        counts = {years_number(m.group("n")) for m in part.years}
        if len(counts) > 1:
            return PathReading(unsure=True)
        level = min(part.levels, key=degree_rank) if part.levels else None
        paths.append(ExperiencePath(level, counts.pop() if counts else 0.0))
    trade = any(p.degree for p in paths) and len({p.years for p in paths}) > 1
    if len(paths) < 2 or not trade or len({p.degree for p in paths}) < len(paths):
        return PathReading(unsure=(unsure or several) and bool(spans))
    if unsure:
        return PathReading(unsure=True)
    about = tuple(text[part.years[0].end() : part.end] for part in merged if part.years)
    return PathReading(tuple(paths), about)


def _last_is_years(part: _Part, spans: list[tuple[str, int, int]]) -> bool:
    """The part ends on its years, not on a degree ("... 3 years or PhD" vs "... a Bachelor's or Master's")."""
    last_degree = max((start for _, start, _ in spans if part.start <= start < part.end), default=-1)
    return bool(part.years) and part.years[-1].start() > last_degree


def _parts(text: str, spans: list[tuple[str, int, int]], years: list[re.Match[str]]) -> list[_Part]:
    """Split a line at each "or" that starts another degree or years ("..., or Master's and 5 years")."""
    starts = {start for _, start, _ in spans}
    cuts: list[tuple[int, int, bool]] = []
    for match in _OR.finditer(text):
        at = _LEAD.match(text, match.end())
        begin = at.end() if at else match.end()
        if begin in starts or YEARS.match(text, begin):
            comma = bool(re.search(r"[,;(]\s*$", text[: match.start()]))
            cuts.append((match.start(), match.end(), comma))
    if cuts:  # "BS with 6+ years, MS with 4+ years, or PhD with 2+ years": a list of paths
        for match in re.finditer(r"[,;]", text[: cuts[-1][0]]):
            at = _LEAD.match(text, match.end())
            if at is not None and at.end() in starts and all(not a <= match.start() < b for a, b, _ in cuts):
                cuts.append((match.start(), match.end(), True))
        cuts.sort()
    bounds = [(0, False), *[(end, comma) for _, end, comma in cuts]]
    ends = [start for start, _, _ in cuts] + [len(text)]
    return [
        _Part(
            start,
            end,
            comma,
            [level for level, at, _ in spans if start <= at < end],
            [m for m in years if start <= m.start() < end],
        )
        for (start, comma), end in zip(bounds, ends, strict=True)
    ]


def _slashed(
    text: str, spans: list[tuple[str, int, int]], slashed: re.Match[str], years: list[re.Match[str]]
) -> PathReading:
    """ "BS/MS with 5/3 years": a run of degrees joined by "/" paired in order with the years joined by "/"."""
    counts = [float(n.strip(" +")) for n in slashed.group("ns").split("/")]
    run: list[str] = []
    for index, (level, start, _end) in enumerate(spans):
        if start >= slashed.start():
            break
        joined = index > 0 and re.fullmatch(r"\s*/\s*", text[spans[index - 1][2] : start])
        run = [*run, level] if joined else [level]
    decreasing = all(a > b for a, b in zip(counts, counts[1:], strict=False))
    rising = all(degree_rank(a) < degree_rank(b) for a, b in zip(run, run[1:], strict=False))
    if len(run) != len(counts) or not decreasing or not rising or len(years) > 1:
        return PathReading(unsure=True)
    about = text[slashed.end() : len(text)]
    paths = tuple(ExperiencePath(level, n) for level, n in zip(run, counts, strict=True))
    return PathReading(paths, (about,) * len(paths))
