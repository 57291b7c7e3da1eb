"""Markdown's ways of writing one resume entry over several source lines -> the lines a PDF would show for it.

A PDF resume shows an entry as a line of cells ("2019 - 2021   Engineer, ACME") with its details below. Markdown
writes the same entry as a definition list (the dates as the term, the post as its definition), as a list item
whose short sub-items hold the employer, the place or the dates, or with a link whose words run on to the next
line. These passes rejoin what the markup split, so the positions and degrees readers see one entry, and drop
the markup that is no text: kramdown's attribute lists (``{: .cv-date}``, ``{:target="_blank"}``, ``{#id}``)
and Liquid's comment blocks. Each pass keeps the number of lines (a joined line leaves a blank), so line numbers
stay those of the source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.datelines import mend_date_words
from gapcheck.datepatterns import LENGTH
from gapcheck.dates import strip_dates
from gapcheck.datewords import SINCE

# kramdown's attribute lists: a block's alone on its line ("{: .cv-meta}", "{:toc}", "{::options x /}"), a span's
# after a link or words ("[CV](cv.pdf){: .btn}", "{:target="_blank"}"), a heading's id ("## Education {#edu}")
_BLOCK_ATTRIBUTES = re.compile(r"^[ \t]{0,3}\{:{1,2}[^{}\n]{0,300}\}[ \t]*$", re.MULTILINE)
_SPAN_ATTRIBUTES = re.compile(
    r"\{:[^{}\n]{0,300}\}|(?<![ \t])[ \t]{1,40}\{#[\w:.-]{1,100}(?:[ \t][^{}\n]{0,200})?\}[ \t]*$", re.MULTILINE
)
# pandoc's (and markdown-it's, Python-Markdown's attr_list) attributes: a heading's at its end ("### 02/2019 - 08/2019
# {.date}", "## Skills {#skills .unnumbered}", "# Jobs {-}"), a span's after its link or brackets ("[CV](cv.pdf){.btn}",
# "[Acme]{.smallcaps}"); each word a class, an id, "-" or a key=value
_VALUE = r"(?:\"[^\"\n]{0,200}\"|'[^'\n]{0,200}'|[^\s{}\"']{1,200})"
_ATTRIBUTE = r"(?:[.#][^\W\d][\w:-]{0,60}|-|[^\W\d][\w-]{0,30}=" + _VALUE + ")"
_ATTRIBUTES = r"\{[ \t]*" + _ATTRIBUTE + r"(?:[ \t]+" + _ATTRIBUTE + r"){0,20}[ \t]*\}"
_PANDOC_ATTRIBUTES = re.compile(r"(?<=[\])])" + _ATTRIBUTES + r"|[ \t]+" + _ATTRIBUTES + r"[ \t]*$", re.MULTILINE)
_BRACKETED_SPAN = re.compile(r"(?<![\]!\\])\[([^\[\]\n]{1,300})\]" + _ATTRIBUTES)
# text that is never shown: a Liquid comment or raw block's words, a kramdown comment
_COMMENT_BLOCK = re.compile(
    r"\{%-?\s*comment\s*-?%\}.*?(?:\{%-?\s*endcomment\s*-?%\}|\Z)|\{::comment\}.*?(?:\{:/comment\}|\{:/\}|\Z)",
    re.DOTALL,
)
# a definition of a definition list: ":   text" (pandoc, PHP Markdown Extra, kramdown), or ":" alone
_DEFINITION = re.compile(r"^[ \t]{0,3}:(?:[ \t]+(\S.*?)|[ \t]*)$")
_TERM_BREAKER = re.compile(r"^\s*(?:$|[-*+]\s|\d{1,2}[.)]\s|#|\||>|<|```|~~~|[=-]{3,}\s*$)")
# a year, "present" or a month and year: what makes a line an entry's date
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:present|current|now|today)\b", re.IGNORECASE)
_FIELD_WORDS = 6
"""At most this many words make a sub-item a field of its entry (the employer, a place, a team, the dates)."""
_FIELDS = 3
"""At most this many sub-items are fields of their entry (an employer, its place, the dates)."""


def hide_markup(text: str) -> str:
    """Attribute lists and comment blocks out of Markdown source; each line stays (a hidden one as a blank).

    >>> hide_markup("Ph.D., Physics\\n{: .cv-role}\\n[CV](cv.pdf){: .btn}\\n## Education {#edu}")
    'Ph.D., Physics\\n\\n[CV](cv.pdf)\\n## Education'
    >>> hide_markup("### Since 02/2022 {.date}\\n[Acme]{.smallcaps .red} and {B,T}DD")
    '### Since 02/2022\\nAcme and {B,T}DD'
    """
    if "{" not in text:
        return text
    text = _COMMENT_BLOCK.sub(lambda match: "\n" * match.group().count("\n"), text)
    text = _BRACKETED_SPAN.sub(r"\1", _SPAN_ATTRIBUTES.sub("", _BLOCK_ATTRIBUTES.sub("", text)))
    return _PANDOC_ATTRIBUTES.sub("", text)


def join_definitions(lines: Sequence[str]) -> list[str]:
    """A definition list's term and its definition as one line, apart by a wide gap as a PDF shows a date column
    beside its entry ("2013 - 2016" + ":   **MSc, Physics**; Uni" -> "2013 - 2016   **MSc, Physics**; Uni"); a
    blank line may stand between them. An empty definition (a label over a list) leaves the term alone.

    >>> join_definitions(["2019 - present", ":   *Engineer*, ACME", "", "    Built things."])
    ['2019 - present   *Engineer*, ACME', '', '', '    Built things.']
    """
    out = list(lines)
    for i, line in enumerate(lines):
        definition = _DEFINITION.match(line)
        if not definition or i == 0:
            continue
        term = i - 1 if lines[i - 1].strip() or i < 2 else i - 2
        if _TERM_BREAKER.match(out[term]) or _DEFINITION.match(out[term]):
            continue
        out[i] = ""
        if definition.group(1):
            out[term] = out[term].rstrip() + "   " + definition.group(1)
    return out


def join_split_links(lines: Sequence[str]) -> list[str]:
    """A link whose words go on past the line's end ("[Czech Technical University in" / "    Prague](https://...)")
    on the line it opens on.

    >>> join_split_links(["Erasmus; [Technical University in", "    Prague](https://x.example) (CZ)"])
    ['Erasmus; [Technical University in Prague](https://x.example) (CZ)', '']
    """
    out = list(lines)
    for i in range(len(out) - 1):
        line, after = out[i], out[i + 1]
        opened = line.rfind("[")
        if opened < 0 or "]" in line[opened:] or "](" not in after or "[" in after.partition("](")[0]:
            continue
        out[i], out[i + 1] = line.rstrip() + " " + after.strip(), ""
    return out


def entry_fields(items: Sequence[tuple[str, bool, int]]) -> set[int]:
    """Of lines as (text, is a list item, text column): the short sub-items opening a list item that is an entry
    (its employer, place, team or dates), to be written on the item's line apart by wide gaps, as a PDF shows an
    entry's cells ("* 2016 - 2017: Engineer" / "  * ACME" / "  * Built the API." -> "2016 - 2017: Engineer   ACME",
    "Built the API." still a bullet). The item is an entry when it or one of those sub-items holds a date; the
    sub-items of any other list ("* Python" / "  * NumPy") stay list items.

    >>> sorted(entry_fields([("2016 - 2017: Engineer", True, 2), ("ACME", True, 4), ("Built the API.", True, 4)]))
    [1]
    >>> sorted(entry_fields([("Python", True, 2), ("NumPy", True, 4)]))
    []
    """
    fields: set[int] = set()
    for i, (text, bullet, indent) in enumerate(items):
        if not bullet:
            continue
        run: list[int] = []
        for j in range(i + 1, len(items)):
            child, child_bullet, child_indent = items[j]
            if not child.strip() and not child_bullet and len(text.split()) <= _FIELD_WORDS * 2:
                continue  # a blank line of a loose list, under a short entry line
            if not child_bullet and j == i + 1 and child_indent >= indent and dates_only(child):
                run.append(j)  # "* Engineer, ACME" + a line break + "  Jan 2020 - present": the item's dates
                continue
            if len(run) == _FIELDS or not child_bullet or child_indent <= indent or not _is_field(child):
                break
            run.append(j)
        if run and (_YEAR.search(text) or any(dates_only(items[j][0]) for j in run)):
            fields.update(run)
    return fields


def _is_field(text: str) -> bool:
    """A name (an employer, a school, a place) or dates: a few words, each long one capitalised, no label with its
    value ("ACME Corp", "University of Exampleton (UK)", "Boston, MA", "2019 - 2021"; not "Built the billing service",
    "Maintain the build servers", "Supervisor: Dr. Who")."""
    if dates_only(text):
        return True
    words = re.findall(r"[^\W\d_][\w'’.-]*", text)
    if not words or len(text.split()) > _FIELD_WORDS or ": " in text or text.rstrip().endswith((".", "!", "?", ";")):
        return False
    return all(word[0].isupper() or len(word) <= 3 for word in words)


# what may stand beside an entry's dates on a line of dates alone: the word opening the range ("Desde")
_OPENING_WORD = re.compile(r"[\W_]*(?:(?:" + SINCE + r")[\W_]*)?", re.IGNORECASE)


def dates_only(text: str) -> bool:
    """A line that is only an entry's dates, in any form or language gapcheck reads ("2010 - Heute", "Since
    02/2022", "Oktober 2008 - Juli 2016", "2014-10 — 2017-10", "mars 2013 – aujourd'hui"): a line no one wraps, so
    the lines under it are the entry's other cells (its post, its employer), each a line of its own, as a PDF shows
    an entry under its date.

    >>> dates_only("Oktober 2008 - Juli 2016"), dates_only("**Desde 2016 - hoy**"), dates_only("2022 - now · 4 yrs")
    (True, True, True)
    >>> dates_only("2016 - 2017: Engineer"), dates_only("2019 - 2021: Team 2")
    (False, False)
    """
    # what is left: nothing, the word opening the range ("Desde"), or how long it lasted ("· 4 yrs 10 mos")
    rest = LENGTH.sub("", strip_dates(mend_date_words(text.replace("*", ""))))
    return any(map(str.isdigit, text)) and _OPENING_WORD.fullmatch(rest) is not None
