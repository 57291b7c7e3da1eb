"""Whether a line of an experience section may name a position (a title, an employer, their dates) or describes
one (a bullet, a sentence)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from gapcheck.datepatterns import (
    DURATION_RE,
    GAP_RANGE_RE,
    LOST_DASH_RE,
    OPEN_RE,
    RANGE_RE,
    SINCE_RE,
    SINGLE_RE,
    SPLIT_MONTH_RE,
)
from gapcheck.dates import find_date_ranges, strip_dates
from gapcheck.jobwords import TITLE_WORDS
from gapcheck.nameline import (
    BULLET,
    CONTACT,
    SINCE_END,
    WEB_ADDRESS,
    date_closes,
    ends_sentence,
    long_org,
    long_title,
    without_date_stop,
)

_WEB_END = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)  # a web address closing a line, maybe broken

# "Since March 2016: Research Assistant at ...", "Seit März 2019   Entwickler bei ...": a range still open, written
# first and set off from the names (by a colon, a bar, a dash, or the gap of a date column)
_SINCE_ENTRY = re.compile(SINCE_RE.pattern + r"(?:\s*[:|–—-]|\s{3})", re.IGNORECASE)

_LEAD_DATE = re.compile(r"\s*(?:" + SINGLE_RE.pattern + r")[:,]?\s+(?=[A-Z])", re.IGNORECASE)  # "2017: Intern, X"
_NAME_AFTER = re.compile(r"\s*[,:]?\s+(?=[A-Z])")


def describes_above(lines: Sequence[str], start: int, k: int) -> bool:
    """A short undated bullet right under a position's dated or titled line describes it ("• Led a team").

    Elsewhere a short bullet may name one ("• Google" above its title, as some LaTeX templates
    print the employer).
    """
    line, above = lines[k], lines[k - 1]
    if k <= start or BULLET.match(line) is None or find_date_ranges(line, 10**6) or opens_with_date(line):
        return False  # "• 2018, Adjunct Professor, ...": a dated entry of its own
    return header_like(above) and bool(find_date_ranges(above, 10**6) or TITLE_WORDS.search(above))


def ends_sentence_above(lines: Sequence[str], start: int, k: int) -> bool:
    """ "2013-present." under a sentence ending in "Sep." is the end of that sentence's date, not a position
    of its own (a line break inside the date)."""
    return (
        k > start
        and re.match(r"(?:19|20)\d\d\b", lines[k].strip()) is not None
        and SPLIT_MONTH_RE.search(lines[k - 1]) is not None
        and not header_like(lines[k - 1])
    )


@lru_cache(maxsize=4096)
def header_like(line: str) -> bool:
    """Whether a line may name a position (a title, an employer, their dates), not describe one; remembered, as
    the readers of positions ask it of each line up to three times."""
    if not line:  # what is left of a line whose date went to the line above (join_broken_ranges): same entry
        return True
    line = DURATION_RE.sub("", line)  # "Since Jun. 2018 (8 yrs 6 mos)": the length is part of the date, no words
    line = without_date_stop(line)
    # "Since March 2016: Research Assistant at the Institute of ..., Lyon": a range still open names a long entry too
    # "Jul 2016 Present": the dash lost in export; "2018 Guest investigator, Harbour Institute, ...": a lone date
    # opening the name line, as a CV's date column reads
    ranged = RANGE_RE.search(line) or (
        any(map(str.isdigit, line))  # the others need a digit (DIGIT_PATTERNS), which most lines lack
        and (
            LOST_DASH_RE.search(line)
            or _SINCE_ENTRY.match(line)
            or _LEAD_DATE.match(line)
            or SINCE_END.search(line)
            or (BULLET.match(line) and opens_with_date(line))
        )
    )
    if ranged and BULLET.match(line) is None and RANGE_RE.match(line.lstrip()) and _opens_paragraph(line):
        return True  # "2012 - 2014 Trabajé en Acme, en Valencia, como analista ...": an entry as a paragraph
    if BULLET.match(line) is None and date_column_row(line):
        return True  # "2004-2016   Example Labs   Cambridge, MA client services, design": a row of a date column
    # a long name line is read when its date sets it apart; a bulleted item dated first ("• Nov.2020- Mar.2021:
    # Machine Learning Engineer at X, Springfield, Example") is judged without its bullet
    if len(line) > 90 and not (ranged and (long_title(rest := BULLET.sub("", strip_dates(line))) or long_org(rest))):
        return False
    # "2017 - 2019" and "08/2016   12/2016" are not phone numbers
    if CONTACT.search(
        GAP_RANGE_RE.sub(" ", RANGE_RE.sub(" ", WEB_ADDRESS.sub(" ", _WEB_END.sub(" ", line)) if ranged else line))
    ):
        return False
    words = line.split()
    if line.rstrip().endswith(".") and len(words) <= 4 and RANGE_RE.search(line):
        return True  # "2025.02–pres."
    rest = strip_dates(line)
    if ranged and rest.endswith(".") and date_closes(line) and long_title(rest.rstrip(" .")):
        rest = rest.rstrip(" .")  # "Research Intern at Acme, Springfield, USA. June 2014 - August 2014"
    if ranged and BULLET.match(line) and (opens_with_date(line) or SINCE_END.search(line)):
        rest = BULLET.sub("", rest)  # an entry of a bulleted list, dated first or last: a title and employer
        return (len(rest.split()) <= 12 or _name_parts(rest)) and long_title(rest)
    if ranged and not BULLET.match(line) and (len(rest.split()) <= 12 or long_title(rest)):
        # "Full Stack Developer, ABC Company, Inc., Anywhere, USA, June 2018 - Present"; "2012-2013 Initech, Ssr
        # Engineer.": a short name after the range that opens the line may end in a full stop; so may the employer's
        # web address closing it, broken at its dot ("..., Springfield (Canada), https://www.")
        return not ends_sentence(_WEB_END.sub("", rest)) or _dated_name(line, rest)
    if BULLET.match(line) and (len(words) > 7 or find_date_ranges(line, 10**6) == []):
        return len(words) <= 5 and not ends_sentence(line)
    return 0 < len(words) <= 12 and not ends_sentence(line)


def _name_parts(text: str) -> bool:
    """ "Research intern at Example Lab, Example Institute, group A1, Belgium": a title among the first words,
    then short parts between commas (a name and its places, however many), no sentence."""
    parts = re.split(r"[,;|]", text.strip(" :–—-"))
    return (
        all(len(part.split()) <= 6 for part in parts) and TITLE_WORDS.search(" ".join(parts[0].split()[:4])) is not None
    )


def date_column_row(line: str) -> bool:
    """A line opening with its date (a range, one still open or a lone year) and a column's wide gap after it, as a
    plain-text CV's rows read ("2018-   Example Corp   Boston, MA product work"): an entry's row, however long.

    >>> date_column_row("2016-2018   Example Corp   Boston, MA web work"), date_column_row("2016 was a good year")
    (True, False)
    """
    text = line.lstrip()
    date = RANGE_RE.match(text) or OPEN_RE.match(text) or SINGLE_RE.match(text)
    if date is None:
        return False
    rest = text[len(text[: date.end()].rstrip()) :]
    return len(rest) - len(rest.lstrip()) >= _COLUMN_GAP and rest.lstrip()[:1].isalnum()


_COLUMN_GAP = 3
"""Spaces between a date column and the entry beside it (the reader writes any wider gap as three)."""


def _opens_paragraph(line: str) -> bool:
    """A range opening a long line and prose after it ("2016 - hoy Actualmente trabajo en Acme, en Valencia, como
    analista de datos. Formo parte de un equipo ..."): a CV whose entries are paragraphs, their dates in the
    margin; the paragraph is the entry, however long."""
    date = RANGE_RE.match(line.lstrip())
    rest = line.lstrip()[date.end() :] if date else ""
    return len(rest) > 60 and re.match(r"\s*[:–—-]?\s*[A-Z]", rest) is not None and not CONTACT.search(rest[:60])


def opens_with_date(line: str) -> bool:
    """ "• 2018, Adjunct Professor, Example University": a bulleted entry opened by its date (a list of entries, each
    written as a CV's date column reads)."""
    bullet = BULLET.match(line)
    at = bullet.end() if bullet else 0
    while line[at : at + 1].isspace():
        at += 1
    date = RANGE_RE.match(line, at) or SINGLE_RE.match(line, at)
    return date is not None and _NAME_AFTER.match(line, date.end()) is not None


def _dated_name(line: str, rest: str) -> bool:
    """ "2010-2011 Acme Motors, Quality trainee.": a range opening the line and a short title after it."""
    return RANGE_RE.match(line.lstrip()) is not None and len(rest.split()) <= 6 and TITLE_WORDS.search(rest) is not None
