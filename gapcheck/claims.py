"""Resume text -> the total experience a resume states about itself ("7+ years of experience in ...")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.datepatterns import NUMBER_WORDS
from gapcheck.models import Section

_NUMBER_WORDS = {**NUMBER_WORDS, "a": 1, "an": 1}
# years and months in the other languages resumes come in: German, Spanish, Portuguese, French, Italian, Dutch,
# Russian ("5 Jahre Berufserfahrung", "5 años de experiencia", "Опыт работы 3 месяца")
_YEAR_UNITS = r"jahren?|años?|anos?|ans?|anni|anno|jaar|лет|года?|год"
_UNITS = _YEAR_UNITS + r"|monaten?|meses|mes|mois|mesi|mese|maanden|maand|месяц(?:а|ев)?"
_EXPERIENCE = (
    r"(?:experience|expertise|career(?!\s+(?:break|gap|pause))|(?:berufs)?erfahrung|experiencia|expérience|"
    r"experiência|esperienza|(?:werk)?ervaring|опыт\w*)"
)
_AMOUNT = re.compile(
    r"(?<![\w.$-])(?P<n>\d{1,2}(?:\.\d)?|"
    + "|".join(sorted((w for w in _NUMBER_WORDS if len(w) > 2), key=len, reverse=True))  # "twenty-two" before "twenty"
    + r"|an?)"
    r"\s*(?:-?(?:\+|plus)\s*)?(?:[-–]\s*\d{1,2}\s*(?:\+\s*)?)?-?(?P<unit>years?|yrs?|months?|decades?|" + _UNITS + r")"
    r"(?:\(s\))?['’]?(?![\w-])"
    # "3 years and 6 months", "16 Year(s) 0 Month(s)"
    r"(?:\s*(?:(?:,|and|&)\s*)?(?P<months>\d{1,2})\s*(?:months?|mos?)(?:\(s\))?(?![\w-]))?",
    re.IGNORECASE,
)
# after the amount: "of experience", "' experience", "of progressive marketing experience", "of proven expertise",
# "year career", "de experiencia"
_CLAIM_AFTER = re.compile(
    r"\s+(?:of\s+|de\s+|d['’]\s*|di\s+)?(?:[\w-]+\s+){0,3}?" + _EXPERIENCE + r"(?!\w)", re.IGNORECASE
)
# before it: "<title> with 10+ years (driving ...)", "experience of 5 years", "over", "more than"
_CLAIM_BEFORE = re.compile(
    r"(?:\bwith|\bexperience\s*(?:of|:)|\bexp\s*:|(?<!\w)(?:опыт(?:\s+работы)?|berufserfahrung|experiencia|expérience)"
    r"\s*:?|(?<!\w)опыт\s+\w+\s*(?:[:–—]|-{1,2}))"  # "опыт разработки — 8 лет": experience of development, 8 years
    r"\s*(?:over|more\s+than|nearly|almost|about|around|some|~|более|свыше|über|mehr\s+als)?\s*$",
    re.IGNORECASE,
)
# "I worked for 5 years as a freelancer", "have been working in retail for over 8 years."
_WORKED_FOR = re.compile(
    r"\b(?:worked|working)\s+(?:[\w-]+\s+){0,4}?for\s+(?:over|more\s+than|nearly|almost|about|around)?\s*$", re.I
)
# "over 10 years of building ..." opening a sentence
_CLAIM_OPENING = re.compile(
    r"(?:^|[.;:•]\s*|\b(?:have|having|bringing|brings)\s+)(?:over|more\s+than|nearly|almost)\s*$", re.I
)
_NOT_A_CLAIM = re.compile(
    r"\b(?:combined|collective|cumulative\s+team)\b|^\s+of\s+(?:\w+\s+)?(?:data|records|history|sales|logs)\b",
    re.IGNORECASE,
)
_CLAIM_KINDS = ("header", "summary")
# a skill's own time in a skills list: a name of at most four words and a dash, colon or bracket before the amount
# ("• Kotlin - 11 years experience", "Python: 5+ years of experience", "AWS (9 years)"), the line's label
_SKILL_LABEL = re.compile(
    r"^[\W_]*[^\W_][\w+#./&-]*(?:\s+[\w+#./&-]+){0,3}\s*(?:[-–—:(]|\s-)\s*"
    r"(?:over|more\s+than|nearly|almost|about|around|~)?\s*$",
    re.IGNORECASE,
)


def find_claimed_years(lines: Sequence[str], sections: tuple[Section, ...]) -> float | None:
    """The total experience a resume states about itself ("7+ years of experience in ..."), in years.

    Read from the header and summary first, elsewhere only when they state nothing; the largest claim wins
    ("7+ years of experience, 3 years in NLP" is 7). None when the resume states no total. Never mixed into
    the years counted from dated positions: the two are shown side by side.

    >>> find_claimed_years(["Data scientist with 7+ years of experience in NLP"], ())
    7.0
    >>> find_claimed_years(["Led a 3-year project", "Cited 40 times within two years"], ()) is None
    True
    """
    first = [i for s in sections if s.kind in _CLAIM_KINDS for i in range(s.start, s.end)]
    rest = [i for s in sections if s.kind not in _CLAIM_KINDS and s.kind != "references" for i in range(s.start, s.end)]
    skills = {i for s in sections if s.kind == "skills" for i in range(s.start, s.end)}
    for indices in (first or list(range(len(lines))), rest):
        inside = set(indices)
        claims = [
            value
            for i in indices
            for value in _claims_in(lines[i], lines[i - 1] if i - 1 in inside else "", skill_list=i in skills)
        ]
        if claims:
            return max(claims)
    return None


def _claims_in(line: str, above: str = "", *, skill_list: bool = False) -> list[float]:
    """The claims of one line; ``above`` is the line before it, whose end a claim opening this line continues
    ("Web developer with over" above "8 years of experience", a summary wrapped in a narrow column). In a skills
    list (``skill_list``) an amount after the line's label is that skill's time, no total ("Java - 16 years")."""
    out = []
    for match in _AMOUNT.finditer(line):
        if skill_list and _SKILL_LABEL.match(line[: match.start()]):
            continue
        after = line[match.end() : match.end() + 60]
        before = line[max(0, match.start() - 40) : match.start()]
        if not before.strip() and above:
            before = above[-40:] + " "
        opening = _CLAIM_OPENING.search(before) and re.match(r"\s+(?:of|in|as)\b", after)
        worked = _WORKED_FOR.search(before) and re.match(r"\s*(?:$|[.;,]|\s(?:as|in|at|with)\b)", after)
        if not (_CLAIM_AFTER.match(after) or _CLAIM_BEFORE.search(before) or opening or worked):
            continue
        if _NOT_A_CLAIM.search(after[:40]):
            continue
        if re.match(r"\s*(?:old|ago)\b", after):
            continue
        number, unit = match.group("n").lower(), match.group("unit").lower()
        amount = float(_NUMBER_WORDS.get(number) or number)
        if unit.startswith(("m", "м")):
            amount /= 12
        elif match.group("months") and unit.startswith("y"):
            amount += int(match.group("months")) / 12
        elif unit.startswith("d"):
            amount *= 10
        if 0 < amount <= 60:
            out.append(round(amount, 2))
    return out
