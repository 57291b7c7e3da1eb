"""Resume lines -> the cover letters bound in front of or behind the resume, read as prose only.

A letter opens with a salutation ("Dear Dr. Lee,", "Sehr geehrte Frau Meyer,", "Madame, Monsieur,", "Estimada
Sra. Ruiz:") and closes with a closing ("Sincerely", "Mit freundlichen Grüßen", "Cordialement", "Atentamente") and
the writer's name; the words of both, per language, are data (``letters`` in gapcheck/data/headings.yaml). What a
letter says of its writer ("Während meiner Promotion im Herbst 2016", "for fifteen years I ran ...") is prose:
no degree, position or claimed total is read from it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from gapcheck.datepatterns import RANGE_RE
from gapcheck.dates import years_in
from gapcheck.datewords import DAY_DATE_RE
from gapcheck.headingwords import HEADINGS_PATH, fold
from gapcheck.models import Section
from gapcheck.yamlfile import load_yaml

MAX_LETTER_LINES = 150
"""Lines from a salutation to its closing: a letter is a page or two."""
_LETTERHEAD_LINES = 8
"""Lines above the salutation of a letter behind a resume read as its letterhead (address, date, subject)."""
_LETTERHEAD_WORDS = 10
_SIGNATURE_WORDS = 4
"""Words of the name signing a letter, on the closing's line or the line under it."""
# "Anhang: Lebenslauf, Zeugnisse", "Enclosures: resume": what the letter sends along, under the signature
_ENCLOSURE = re.compile(
    r"\s*(?:anh[aä]nge?|anlagen?|enclosures?|encl\.|attachments?|pi[eè]ces?\s+jointes?|p\.\s?j\.|anexos?|"
    r"allegati|bijlagen?|ci-?joints?)\b",
    re.IGNORECASE,
)
_ITEM = re.compile(r"\s*[•·▪◦●■*-]\s")  # an item of a list: the resume's, not a letterhead's
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b")
_MARKUP = re.compile(r"^[\s#>*•·_-]+")
_SALUTATION_END = re.compile(r"[,:!]")
_NAMED_WORDS = 7
"""Words a salutation greets its reader with: "Sehr geehrte Frau Prof. Dr. Anna Weber-Lang,"."""


@dataclass(frozen=True, slots=True)
class LetterWords:
    salutation: re.Pattern[str]
    closing: re.Pattern[str]


@lru_cache(maxsize=1)
def letter_words() -> LetterWords:
    """The salutations and closings of gapcheck/data/headings.yaml as two patterns over folded lines."""
    data = load_yaml(HEADINGS_PATH)["letters"]

    def alternation(key: str) -> str:
        words = sorted({fold(w).lower() for ws in data[key].values() for w in ws}, key=lambda w: (-len(w), w))
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)

    closing = alternation("closings")
    return LetterWords(
        re.compile(r"(?:" + alternation("salutations") + r")\b"),
        # the closing alone, or with the writer's name after it ("Sincerely, Ann Lee"), or ending a sentence that
        # closes ("Je vous prie d'agréer ... mes salutations distinguées.")
        re.compile(
            rf"(?:(?:{closing})\b(?:[\s,.]+[^\W\d_][\w.'-]*){{0,{_SIGNATURE_WORDS}}}|.*\b(?:{closing}))[\s,.!;:]*"
        ),
    )


def is_salutation(line: str) -> bool:
    """A letter's salutation: its words open the line, and a comma, colon or exclamation mark closes them (the
    letter's first sentence may follow on the same line), or the line is short.

    >>> is_salutation("Dear Dr. Lee,"), is_salutation("Sehr geehrte Damen und Herren, mit großem Interesse ...")
    (True, True)
    >>> is_salutation("Dearborn Motors, 2019 - 2021"), is_salutation("Madame Bovary Productions   2019 - 2021")
    (False, False)
    """
    text = _MARKUP.sub("", fold(line)).lower()
    match = letter_words().salutation.match(text)
    if match is None:
        return False
    rest = text[match.end() :]
    named = _SALUTATION_END.split(rest, maxsplit=1)[0]  # whom the letter greets: "Dr. Lee", "Damen und Herren"
    if len(named.split()) > _NAMED_WORDS or any(c.isdigit() for c in named):
        return False
    return len(named) < len(rest) or not rest.strip()


def is_closing(line: str) -> bool:
    """A letter's closing line, alone or with the writer's name.

    >>> is_closing("Sincerely,"), is_closing("Mit freundlichen Grüßen"), is_closing("Kind regards, Ann Lee")
    (True, True, True)
    >>> is_closing("Regards to the team were passed on by the client in 2019 and 2020")
    False
    """
    text = _MARKUP.sub("", fold(line)).lower().strip()
    return bool(text) and letter_words().closing.fullmatch(text) is not None


def find_letters(
    lines: Sequence[str], first_heading: int, headings: frozenset[int] = frozenset()
) -> tuple[tuple[int, int], ...]:
    """The spans (start, end) of the letters among a resume's lines: from the letterhead to the signature.

    A letter in front of the resume (its salutation before ``first_heading``, the resume's first heading) starts at
    the first line; one behind it at the short lines of its letterhead right above the salutation, below the last of
    the resume's ``headings`` (their line numbers) before it. It ends after the
    closing, the name under it and what it encloses. A salutation with no closing after it is no letter.

    >>> find_letters(["Ann Lee", "Dear Ms. Ruiz,", "I am writing ...", "Sincerely,", "Ann Lee", "RESUME"], 5)
    ((0, 5),)
    """
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(lines):
        if not is_salutation(lines[i]):
            i += 1
            continue
        close = next((j for j in range(i + 1, min(len(lines), i + MAX_LETTER_LINES)) if is_closing(lines[j])), None)
        if close is None:
            i += 1
            continue
        floor = max([spans[-1][1] if spans else 0, *(h + 1 for h in headings if h < i)])
        start = 0 if i < first_heading and not spans else _letterhead(lines, i, floor)
        spans.append((start, _signature_end(lines, close)))
        i = spans[-1][1]
    return tuple(spans)


def _letterhead(lines: Sequence[str], salutation: int, floor: int) -> int:
    """The first line of the short undated lines right above a salutation (addresses, a date, the subject)."""
    start = salutation
    while start > max(floor, salutation - _LETTERHEAD_LINES):
        line = lines[start - 1]
        if not line.strip() or len(line.split()) > _LETTERHEAD_WORDS or RANGE_RE.search(line) or _ITEM.match(line):
            break
        if years_in(line) and not _letter_date(line):
            break  # the resume's last entry ("M.Sc. in Statistics, 2019"), not the letter's date
        start -= 1
    return start


def _letter_date(line: str) -> bool:
    """A date with its day, as a letter is dated: "4 décembre 2017", "08. Juli 2017", "March 3, 2024", "08.07.2017"."""
    return bool(DAY_DATE_RE.search(re.sub(r"\b(\d{1,2})\.\s", r"\1 ", line)) or _NUMERIC_DATE.search(line))


def _signature_end(lines: Sequence[str], close: int) -> int:
    """One past the letter's last line: the closing, the signing name under it (unless the closing holds it), and
    the enclosures."""
    end = close + 1
    signed = len(lines[close].split()) > 3
    if not signed and end < len(lines) and _name_line(lines[end]):
        end += 1
    while end < len(lines) and _ENCLOSURE.match(lines[end]):
        end += 1
    return end


def _name_line(line: str) -> bool:
    words = line.split()
    return 1 <= len(words) <= _SIGNATURE_WORDS and not any(c.isdigit() or c == "@" for c in line)


def mark_letters(sections: Sequence[Section], lines: Sequence[str]) -> tuple[Section, ...]:
    """The sections with each cover letter among the lines as a ``letter`` section of its own: the headings a letter's
    prose seemed to hold are dropped, and the section a letter cuts through resumes after it.

    >>> lines = ["Dear Ms. Ruiz,", "I hold a PhD.", "Sincerely,", "Ann Lee", "EDUCATION", "B.S. in Math, 2019"]
    >>> [(s.kind, s.start, s.end) for s in mark_letters((Section("header", "", 0, 4), Section("education",
    ...     "EDUCATION", 5, 6)), lines)]
    [('letter', 0, 4), ('education', 5, 6)]
    """
    first_heading = next((s.start - 1 for s in sections if s.kind != "header"), len(lines))
    spans = find_letters(lines, first_heading, frozenset(s.start - 1 for s in sections if s.kind != "header"))
    if not spans:
        return tuple(sections)
    out: list[Section] = []
    for section in sections:
        if section.kind != "header" and any(a <= section.start - 1 < b for a, b in spans):
            section = Section(section.kind, "", section.start, section.end)  # a line of the letter's prose
        if section.start == section.end and section.heading:
            out.append(section)
        start, heading = section.start, section.heading
        for a, b in spans:
            if b <= start or a >= section.end:
                continue
            if a > start:
                out.append(Section(section.kind, heading, start, a))
            start, heading = b, ""
        if start < section.end:
            out.append(Section(section.kind, heading, start, section.end))
    out += [Section("letter", "", a, b) for a, b in spans]
    return tuple(sorted(out, key=lambda s: (s.start, s.kind != "letter")))
