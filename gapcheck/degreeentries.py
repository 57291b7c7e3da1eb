"""The lines of a degree's entry: its window of lines, degree names and fields in columns of their own, and runs
of degrees under one school line."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from gapcheck.dates import strip_dates, years_in
from gapcheck.degreelines import NOT_DEGREE, THESES, DegreeStatement
from gapcheck.degreementions import STRONG_RE, degree_mentions
from gapcheck.fields import known_field
from gapcheck.models import Degree
from gapcheck.schools import INSTITUTION

COURSE_LINE = re.compile(
    r"course|module|subject|minor|project|award|honou?r|gpa|(?<!\w)(?:" + THESES + r")(?!\w)", re.IGNORECASE
)


def column_fields(
    lines: Sequence[str], a: int, b: int, statements: dict[int, tuple[DegreeStatement, ...]]
) -> dict[int, str]:
    """Fields printed in a column of their own beside degree names that stand alone ("Applied Physics" / "Ph.D." /
    "Data Science" / "Master of Science" / "Industrial Management" / "Bachelor's degree"): when two or more such
    degree lines alternate with name-like lines, those are their fields, all on the side where the block's ends show
    one more; when both ends or neither do, the side is unknown and nothing is taken."""
    bare = sorted(i for i, s in statements.items() if len(s) == 1 and not s[0].anchored)
    if len(bare) < 2 or any(j - i != 2 for i, j in zip(bare, bare[1:], strict=False)):
        return {}
    if not all(name_like(lines[i + 1]) for i in bare[:-1]):
        return {}
    above = bare[0] - 1 >= a and name_like(lines[bare[0] - 1])
    below = bare[-1] + 1 < b and name_like(lines[bare[-1] + 1])
    if above == below:
        return {}
    side = -1 if above else 1
    return {i: lines[i + side].strip() for i in bare}


def column_entries(
    lines: Sequence[str], b: int, statements: dict[int, tuple[DegreeStatement, ...]]
) -> dict[int, list[int]]:
    """Degree names printed in a column of their own before their entries ("Ph.D" / "M.Sc" / "B.Eng", then
    "National University of Ardenne Computer Science 2021 - 2024" / "Lintong University" / "Computer Software and
    Theory 2017 - 2020" / ...): when two or more degree names stand alone on consecutive lines and as many school
    lines follow them, the n-th name takes the n-th school's entry (its lines up to the next school)."""
    names = sorted(i for i, s in statements.items() if len(s) == 1 and not s[0].anchored and _name_only(lines[i]))
    if len(names) < 2 or names[-1] - names[0] != len(names) - 1 or any(j > names[-1] for j in statements):
        return {}
    schools = [j for j in range(names[-1] + 1, b) if INSTITUTION.search(lines[j])]
    if len(schools) != len(names) or schools[0] != names[-1] + 1:
        return {}
    ends = [*schools[1:], min(b, schools[-1] + 3)]
    return {i: list(range(start, end)) for i, start, end in zip(names, schools, ends, strict=True)}


def _name_only(line: str) -> bool:
    """The line holds a degree name and nothing else but bullets or icons ("\uf184 Ph.D")."""
    for _, start, end in degree_mentions(line):
        line = line[:start] + " " * (end - start) + line[end:]
    return not any(c.isalnum() for c in line)


def from_entry(lines: Sequence[str], entry: list[int], degree: Degree) -> Degree:
    """A degree name's school and field from its entry in the next column: the school's name less a known field
    after it ("National University of Ardenne Computer Science"), or a field on a line of its own."""
    words = strip_dates(lines[entry[0]]).split()
    school, field = " ".join(words), None
    for k in range(1, len(words)):
        if known_field(" ".join(words[k:])) == " ".join(words[k:]):
            school, field = " ".join(words[:k]), " ".join(words[k:])
            break
    others = (strip_dates(lines[j]).strip() for j in entry[1:])
    field = field or next((text for text in others if name_like(text)), None)
    return replace(degree, field=degree.field or field, institution=school)


def name_like(line: str) -> bool:
    """A short line of capitalised words, no school, date, degree or course: it may name a field."""
    words = line.split()
    return (
        1 <= len(words) <= 5
        and all(w[0].isupper() or w in ("and", "of", "&", "in") for w in words)
        and not any(c.isdigit() for c in line)
        and not INSTITUTION.search(line)
        and not starts_other_degree(line)
        and not NOT_DEGREE.search(line)
        and not COURSE_LINE.search(line)
    )


def entry_windows(lines: Sequence[str], a: int, b: int, degree_lines: list[int], cap: int) -> dict[int, list[int]]:
    """The lines of each degree's entry, nearest first. An entry runs from its institution line when a block
    puts institutions above degrees ("Stanford University" / "M.S. ..."), else from its degree line; it never
    reaches into another degree's entry, so several degrees in one block keep their own schools and dates."""
    bounds = sorted(set(degree_lines) | {j for j in range(a, b) if NOT_DEGREE.search(lines[j])})
    schools = [j for j in range(a, b) if j not in bounds and INSTITUTION.search(lines[j])]
    schools_first = bool(schools) and bool(degree_lines) and schools[0] < min(bounds)  # school-level entries too
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
    windows.update(_run_windows(lines, a, b, degree_lines, bounds, cap))
    return windows


def _run_windows(
    lines: Sequence[str], a: int, b: int, degree_lines: list[int], bounds: list[int], cap: int
) -> dict[int, list[int]]:
    """Degrees listed on consecutive lines under one dated school line ("CEUTEC   2007 - 2014" / "Ingeniería en
    Informática" / "Ingeniería en Gestión Logística"): each takes the school line's dates, none the next entry's
    below ("Example University   2021 - Present"); the last keeps its undated lines below (a description)."""
    windows: dict[int, list[int]] = {}
    runs: list[list[int]] = []
    for i in sorted(degree_lines):
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    for run in runs:
        head = run[0] - 1
        if len(run) < 2 or head < a or head in bounds or not years_in(lines[head]):
            continue
        for i in run:
            windows[i] = [i, head]
        below = []
        for j in range(run[-1] + 1, min(b, run[-1] + cap + 1)):
            if j in bounds or years_in(lines[j]) or INSTITUTION.search(lines[j]):
                break
            below.append(j)
        windows[run[-1]] += below
    return windows


def starts_other_degree(line: str) -> bool:
    return any(STRONG_RE[level].search(line) for level in STRONG_RE)
