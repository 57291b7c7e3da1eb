"""Raw lines of a resume, page by page (from the PDF, Word or text reader) -> ResumeText: running heads dropped,
lines normalised (NFKC, mojibake, accents LaTeX set apart, bullets, letter-spacing) and wrapped lines joined."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from gapcheck.contactlines import CONTACT_START
from gapcheck.errors import ResumeReadError
from gapcheck.resumetext import ResumeText

MIN_CHARS = 40
"""Fewer letters than this in the whole file means there is no usable text layer."""

_CID = re.compile(r"\(cid:\d+\)")
_SPACED = re.compile(r"(?<![\w.])(?:[A-Za-z&] ){3,}[A-Za-z](?![\w])")
BULLET = re.compile(r"^[\s•·▪▫◦●○■□♦◆➢➤►▶✓✔✦★\-–—*>»❖⬥∙‣⁃]+\s*")
DATE_LIKE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\bpresent\b|\bcurrent\b|['’]\d\d\b", re.IGNORECASE)
# one to three words, then a wide gap (no sentence has one): a row of a column beside the entry it belongs to
_COLUMN_ROW = re.compile(r"^\S{1,20}(?: \S{1,20}){0,2}\s{3,}\S")
# a word and a year opening a line, then a gap, a dash, a language's "to" or nothing: a date of a date column
# ("juli 2026   Boston", "juin 2023 à ce jour")
_WORD_YEAR = re.compile(
    r"^[^\W\d_]{3,10}\.?\s+(?:de\s+)?(?:19|20)\d\d(?:\s*$|\s{2,}|\s*[-–—]|\s+(?:to|a|bis|à|al|au|até|tot|hasta)\b)"
)
_OPEN_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:[-–—]|\bto)$", re.IGNORECASE)
# month names, kept here rather than taken from gapcheck.dates: the reading child imports no later stage
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# the end of a range broken after its dash: "Present", "March 2021", "2021" (a place before a year, "Remote   2022", is
# the next line's own text beside the end of the range)
_RANGE_END = re.compile(
    r"(?:present|current|now|today|ongoing|" + _MONTH + r"[a-z]{0,6}\.?\s+(?:19|20)\d\d|(?:19|20)\d\d)\b", re.I
)
_MOJIBAKE = re.compile("[ÂÃâï][\u0080-\u00bf\u2018-\u203a\u20ac\u0152-\u0178]")
_MOJIBAKE_RUN = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u0178\u02c6-\u203a\u20ac\u2122]{0,2}(?=[ \u00a0\u200b]|$)|"
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u0178\u02c6-\u203a\u20ac\u2122]{1,3}"
)
_PRIVATE = re.compile("[\ue000-\uf8ff]")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


def finish_text(
    name: str, pages: Sequence[Sequence[str]], warnings: Sequence[str], *, blank_breaks: bool = False
) -> ResumeText:
    """Raw lines, page by page, -> ResumeText: running heads dropped, lines normalised and joined.

    ``blank_breaks``: a blank line is a break (a text file's blank line, the end of a PDF's column), so no line is
    joined across it.

    Raises
    ------
    ResumeReadError
        When the fonts have no Unicode map, or there is too little text to be a resume.
    """
    raw_lines = [line for page in _drop_running_heads(pages) for line in page]
    cids = sum(len(_CID.findall(line)) for line in raw_lines)
    letters = sum(ch.isalpha() for line in raw_lines for ch in _CID.sub("", line))
    if cids > 20 and cids > letters / 2:
        raise ResumeReadError(
            f"{name}: the PDF's fonts have no Unicode map, so its text cannot be read; "
            "re-export the resume from its editor with standard fonts, or run OCR"
        )
    normalised = _drop_stacked_letters([_normalise(_CID.sub(" ", line)) for line in raw_lines])
    lines = _join_wrapped(normalised, blank_breaks=blank_breaks)
    if sum(ch.isalpha() for line in lines for ch in line) < MIN_CHARS:
        raise ResumeReadError(
            f"{name}: no text found, it may be a scanned image; run OCR first or export the resume as text PDF"
        )
    return ResumeText(source=name, pages=len(pages), lines=tuple(lines), warnings=tuple(warnings))


_NUMBER = re.compile(r"\d+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_PAGE = re.compile(r"\bpage\b|\bp\.\s*\d")
# a line that is only a date: numbers, punctuation, month names, "present", "to"
_DATE_ONLY = re.compile(r"(?:[\W\d_]|\b" + _MONTH + r"[a-z]*\b|\b(?:present|now|to|current)\b)*")


_STACK = 4
"""Lines of one letter each, one under the other, that make a word set upright (a side banner "CURRICULUM")."""


def _drop_stacked_letters(lines: list[str]) -> list[str]:
    """Drop a word set upright, one letter a line ("E", "A", "T", "V", "I"): its letters, read one by one, are
    no words of the resume ("C" and "R" read as skills), and the word itself is a banner's."""
    single = [len(line) == 1 and line.isalpha() for line in lines]
    keep = [True] * len(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and single[end]:
            end += 1
        if end - start >= _STACK:
            keep[start:end] = [False] * (end - start)
        start = end + 1 if end == start else end
    return [line for line, kept in zip(lines, keep, strict=True) if kept]


def _drop_running_heads(pages: Sequence[Sequence[str]]) -> list[list[str]]:
    """Drop header/footer lines repeated on several pages (keeping page one's), page numbers too; years and dates
    stay."""
    if len(pages) < 2:
        return [list(page) for page in pages]

    def key(line: str) -> str:
        text = line.strip().lower()
        if _YEAR.search(text) and not _PAGE.search(text):
            # a date is no page number: "2020" alone (a date column read apart from its entries) or "8/2019 – 10/2019"
            # at the top of two pages are the resume's own dates; a head with a date repeats it exactly
            return "" if _DATE_ONLY.fullmatch(text) else text
        return _NUMBER.sub("#", text)

    def edge_lines(page: Sequence[str]) -> set[int]:
        written = [i for i, line in enumerate(page) if line]  # a blank line (a break between columns) is no head
        return {*written[:3], *written[-3:]}

    edges: Counter[str] = Counter()
    for page in pages:
        edges.update({key(page[i]) for i in edge_lines(page)})
    repeated = {k for k, n in edges.items() if n >= 2 and 0 < len(k) < 120}
    out = [list(pages[0])]
    for page in pages[1:]:
        edge_idx = edge_lines(page)
        out.append([line for i, line in enumerate(page) if not (i in edge_idx and key(line) in repeated)])
    page_number = re.compile(r"^(page\s*)?#(\s*(/|of)\s*#)?$")
    return [[line for line in page if not page_number.match(key(line))] for page in out]


def _normalise(line: str) -> str:
    """NFKC (ligatures, non-breaking spaces), mojibake, soft hyphens, bullets, letter-spacing."""
    if _MOJIBAKE.search(line):
        line = _fix_mojibake(line)
    line = re.sub(r"Â(?=\s|$)", "", line)  # a non-breaking space mis-decoded, then flattened
    line = re.sub(r"(?<=[^\W\d_])\u00ad\s*$", "-", line)  # a word broken at a soft hyphen joins the next line
    if _SPACING_ACCENT.search(line):
        line = _SPACING_ACCENT.sub(_accented_letter, line)
    line = unicodedata.normalize("NFKC", line).translate(_ZERO_WIDTH)
    if _LOOSE_ACCENT.search(line):
        line = _LOOSE_ACCENT.sub(_accented, line)
    if "\u0327" in line:
        line = _LATE_CEDILLA.sub(_cedilla, line)
    line = line.replace("\t", " ").strip()
    if _PRIVATE.search(line):  # icons and Symbol or Wingdings bullets (U+F0B7, U+F0A7): glyphs with no letters
        line = _PRIVATE.sub("", line).strip()
    bullet = BULLET.match(line)
    if bullet and bullet.end() < len(line) and not re.match(r"^-\s*\d", line):
        line = "• " + line[bullet.end() :]
    line = re.sub(r"\s{2,}", lambda m: "   " if len(m.group()) > 2 else " ", line)
    if _SPACED.search(line):
        line = _unspace(line)
    return line.strip()


# An accent LaTeX set apart from its letter, which follows it ("Educaci ́on", "l ́ıder", "Z ̈urich"): a combining mark
# after a space never belongs to the space
_LOOSE_ACCENT = re.compile(r"(?<=[^\W\d_]) ([\u0300-\u036f]) ?([^\W\d_])")


# An accent printed as a character of its own just before its letter ("Acadˆemica", "Nˆımes", "Mend`es", "l’ˆage"),
# as LaTeX fonts without the accented glyph set it: put on the letter when the two make one letter
# (a grave only on a vowel, and not opening a span of code in backquotes: "`npm`")
_SPACING_ACCENT = re.compile(r"([ˆˇ˜¨´˚˘])([^\W\d_])|(`)([aeiouAEIOU])(?![^`\s]*`)")
_COMBINING = dict(zip("ˆˇ˜¨`´˚˘", "\u0302\u030c\u0303\u0308\u0300\u0301\u030a\u0306", strict=True))


# A cedilla LaTeX printed after the letter that follows its c ("marco̧" for "março", "Educacã̧o" for "Educação"): no
# language gapcheck reads puts a cedilla on a vowel, so it goes back on the c
_LATE_CEDILLA = re.compile(r"([cC])([aeiouAEIOUà-ÿ])([\u0300-\u036f]*)\u0327")


def _cedilla(match: re.Match[str]) -> str:
    return ("ç" if match.group(1) == "c" else "Ç") + match.group(2) + match.group(3)


def accents_on(text: str) -> str:
    """The text with accents LaTeX set apart put on their letters, and NFKC (no other change of ``_normalise``)."""
    if _SPACING_ACCENT.search(text):
        text = _SPACING_ACCENT.sub(_accented_letter, text)
    text = unicodedata.normalize("NFKC", text)
    return _LOOSE_ACCENT.sub(_accented, text) if _LOOSE_ACCENT.search(text) else text


def _accented_letter(match: re.Match[str]) -> str:
    accent, letter = (match.group(1), match.group(2)) if match.group(1) else (match.group(3), match.group(4))
    letter = "i" if letter == "ı" else letter
    composed = unicodedata.normalize("NFC", letter + _COMBINING[accent])
    return composed if len(composed) == 1 else match.group()


def _accented(match: re.Match[str]) -> str:
    letter = "i" if match.group(2) == "ı" else match.group(2)  # a dotless i takes the accent: "ı ́" -> "í"
    return unicodedata.normalize("NFC", letter + match.group(1))


def _fix_mojibake(line: str) -> str:
    """Undo UTF-8 read as Windows-1252 ("â€¢" -> "•"), one run of characters at a time."""

    def undo(match: re.Match[str]) -> str:
        raw = bytearray()
        for ch in match.group():
            try:
                raw += ch.encode("cp1252")
            except UnicodeEncodeError:
                if ord(ch) > 255:
                    return " "  # not a Windows-1252 character: the sequence lost a byte
                raw.append(ord(ch))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return " "  # a broken sequence (a byte was lost): a separator is the best guess

    return _MOJIBAKE_RUN.sub(undo, line)


def _unspace(line: str) -> str:
    """Collapse letter-spaced words ("S K I L L S" -> "SKILLS"); wide gaps separate the words."""
    parts = re.split(r"(\s{2,})", line)
    return "".join(_SPACED.sub(lambda m: m.group().replace(" ", ""), part) for part in parts)


def _join_wrapped(lines: list[str], *, blank_breaks: bool = False) -> list[str]:
    """Join a line that continues the previous one (a wrapped bullet or a word split by a hyphen)."""
    out: list[str] = []
    broken = False
    for line in lines:
        if not line:
            broken = blank_breaks
            continue
        if out and out[-1] == "•" and not BULLET.match(line):
            out[-1] = "• " + line  # a bullet drawn apart from its item's text
        elif out and not broken and _continues(out[-1], line):
            prev = out[-1]
            out[-1] = prev[:-1] + line if prev.endswith("-") and prev[-2:-1].isalpha() else prev + " " + line
        else:
            out.append(line)
        broken = False
    return out


def _continues(prev: str, line: str) -> bool:
    if _OPEN_RANGE.search(prev) and _RANGE_END.match(line):
        return True  # "2021 –" / "Present": a date range broken over two lines
    if len(line.split()) <= 3 and DATE_LIKE.search(line):
        return False  # "since 2021": a date of its own row, not the rest of a sentence
    if _COLUMN_ROW.match(line):
        return False  # "present   Riverside Medical Center", "aujourd'hui   Remote": a column's row beside its entry
    if _WORD_YEAR.match(line):
        return False  # "juli 2026   Boston, MA", "marzo de 2019 –": month names other languages write in lower case
    if CONTACT_START.match(line):
        return False
    return line[0].islower() and len(prev) >= 25 and not prev.endswith((".", ":", ";"))


def years_in(line: str) -> list[int]:
    """Four-digit years (1950-2049) mentioned in a line (here, not in ``gapcheck.dates``, so that the PDF reader's
    timeline reads its labels' years as the later stages read years, without importing them)."""
    return [int(y) for y in re.findall(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)", line)]
