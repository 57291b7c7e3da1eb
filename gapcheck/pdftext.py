"""PDF -> text: layout-aware reading with pdfminer.six (the only module importing pdfminer), and normalising."""

from __future__ import annotations

import contextlib
import functools
import io
import itertools
import logging
import re
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from gapcheck.contactlines import CONTACT_START
from gapcheck.errors import ResumeReadError, raised_inside
from gapcheck.resumetext import ResumeText

log = logging.getLogger(__name__)

MAX_STREAM_BYTES = 64 * 2**20
"""No stream of a resume inflates past this (a page's text is kilobytes, a large embedded font megabytes)."""

MIN_CHARS = 40
"""Fewer letters than this in the whole file means there is no usable text layer."""

_CID = re.compile(r"\(cid:\d+\)")
_SPACED = re.compile(r"(?<![\w.])(?:[A-Za-z&] ){3,}[A-Za-z](?![\w])")
_BULLET = re.compile(r"^[\s•·▪▫◦●○■□♦◆➢➤►▶✓✔✦★\-–—*>»❖⬥∙‣⁃]+\s*")
_DATE_LIKE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\bpresent\b|\bcurrent\b|['’]\d\d\b", re.IGNORECASE)
# one to three words, then a wide gap (no sentence has one): a row of a column beside the entry it belongs to
_COLUMN_ROW = re.compile(r"^\S{1,20}(?: \S{1,20}){0,2}\s{3,}\S")
# a word and a year opening a line, then a gap, a dash, a language's "to" or nothing: a date of a date column
# ("juli 2026   Boston", "juin 2023 à ce jour")
_WORD_YEAR = re.compile(
    r"^[^\W\d_]{3,10}\.?\s+(?:de\s+)?(?:19|20)\d\d(?:\s*$|\s{2,}|\s*[-–—]|\s+(?:to|a|bis|à|al|au|até|tot|hasta)\b)"
)
# a line opening with an address, a web link or a profile path ("jane@example.org", "https://...", "www.x.y",
# "github.com/jane"): a contact line of its own (often a right-aligned cell read after the row), not the rest of a
# sentence broken before it
_OPEN_RANGE = re.compile(r"(?:19|20)\d\d\s*(?:[-–—]|\bto)$", re.IGNORECASE)
# month names, kept here rather than taken from gapcheck.dates: the reading child imports no later stage
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
# the end of a range broken after its dash: "Present", "March 2021", "2021" (a place before a year, "Remote   2022", is
# the next line's own text beside the end of the range)
_RANGE_END = re.compile(
    r"(?:present|current|now|today|ongoing|" + _MONTH + r"[a-z]{0,6}\.?\s+(?:19|20)\d\d|(?:19|20)\d\d)\b", re.I
)
_ICON_FONT = re.compile(r"fontawesome|academicons|marvosym|fontello|ionicons|octicons|simpleicons|materialicons", re.I)
_INVISIBLE = frozenset({3, 7})
"""Text render modes that draw nothing (PDF 32000-1, 9.3.6)."""
_MOJIBAKE = re.compile("[ÂÃâï][\u0080-\u00bf\u2018-\u203a\u20ac\u0152-\u0178]")
_MOJIBAKE_RUN = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u0178\u02c6-\u203a\u20ac\u2122]{0,2}(?=[ \u00a0\u200b]|$)|"
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u0178\u02c6-\u203a\u20ac\u2122]{1,3}"
)
_PRIVATE = re.compile("[\ue000-\uf8ff]")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)


@dataclass(slots=True)
class _Line:
    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    box: int
    rows: int = 1
    """How many lines of the page this line is made of (a date written over lines of a narrow column, joined)."""


def pdf_text(data: bytes, name: str, *, max_pages: int | None = None) -> ResumeText:
    """Read the text of a resume PDF in reading order, normalised.

    Parameters
    ----------
    data : bytes
        The PDF file's bytes.
    name : str
        The file's name, for messages.
    max_pages : int, optional
        Refuse files with more pages than this.

    Returns
    -------
    ResumeText
        Lines in reading order, normalised; the page count; warnings such as pages that are mostly images.

    Raises
    ------
    ResumeReadError
        When the PDF is encrypted, damaged, too long, holds a stream that inflates past
        ``MAX_STREAM_BYTES``, or has no readable text. gapcheck's own bugs are not caught.
    """
    try:
        pages, warnings = _read_pdf(data, name, max_pages)
    except (ResumeReadError, MemoryError):
        raise
    except _StreamTooLarge as exc:
        raise ResumeReadError(
            f"{name}: a compressed stream in the PDF expands to more than {MAX_STREAM_BYTES // 2**20} MB, more than "
            "any resume needs (the file may be built to exhaust memory); re-export the resume and retry"
        ) from exc
    except Exception as exc:  # pdfminer raises many types on damaged files (see STYLE.md); only its own count
        if not raised_inside(exc, "pdfminer"):
            raise
        raise _pdf_error(name, exc) from exc
    return finish_text(name, pages, warnings)


def _pdf_error(name: str, exc: Exception) -> ResumeReadError:
    kind = type(exc).__name__
    if "Password" in kind or "Encrypt" in kind:
        return ResumeReadError(f"{name}: the PDF is encrypted with a password; save an unprotected copy and retry")
    log.debug("pdfminer failed on %s", name, exc_info=True)
    return ResumeReadError(f"{name}: the PDF is damaged and cannot be read ({kind}); re-export it and retry")


class _StreamTooLarge(Exception):
    """A flate stream inflated past MAX_STREAM_BYTES (raised inside pdfminer, caught in pdf_text)."""


class _BoundedInflater:
    def __init__(self) -> None:
        self._inflater = zlib.decompressobj()
        self._size = 0

    def decompress(self, data: bytes, max_length: int = 0) -> bytes:
        out = self._inflater.decompress(data, MAX_STREAM_BYTES + 1 - self._size)
        self._size += len(out)
        if self._size > MAX_STREAM_BYTES or self._inflater.unconsumed_tail:
            raise _StreamTooLarge()
        return out

    def flush(self) -> bytes:
        return self._inflater.flush()

    @property
    def eof(self) -> bool:
        return self._inflater.eof


class _BoundedZlib:
    """What pdfminer sees as ``zlib``: the same calls, but no stream inflates past MAX_STREAM_BYTES."""

    error = zlib.error

    def decompressobj(self) -> _BoundedInflater:
        return _BoundedInflater()

    def decompress(self, data: bytes) -> bytes:
        inflater = _BoundedInflater()
        out = inflater.decompress(data)
        if not inflater.eof:
            raise zlib.error("Error -5 while decompressing data: incomplete or truncated stream")
        return out


def _read_pdf(data: bytes, name: str, max_pages: int | None) -> tuple[list[list[str]], list[str]]:
    from pdfminer import pdftypes
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    class VisibleTextAggregator(PDFPageAggregator):
        """Drops text drawn in an invisible render mode (hidden placeholders, OCR layers of nothing), and shapes."""

        def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
            if textstate.render in _INVISIBLE:
                return
            super().render_string(textstate, seq, ncs, graphicstate)

        def paint_path(self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Any) -> None:
            """Lines and shapes hold no text and never change how text is grouped: skip them, as pdfminer's own
            text extraction does (making them took a tenth of the reading time)."""

    setattr(pdftypes, "zlib", _BoundedZlib())  # noqa: B010 - pdfminer has no option to cap what a stream inflates to
    warnings: list[str] = []
    pages: list[list[str]] = []
    with _debug_calls_skipped(), io.BytesIO(data) as handle:
        document = PDFDocument(PDFParser(handle))
        # walk the page tree once (content is read below), not far past the limit (a tree may hold millions)
        stop = None if max_pages is None else 10 * max_pages + 100
        page_list = list(itertools.islice(PDFPage.create_pages(document), stop))
        if max_pages is not None and len(page_list) > max_pages:
            count = f"over {len(page_list) - 1}" if len(page_list) == stop else str(len(page_list))
            raise ResumeReadError(
                f"{name}: {count} pages is more than the limit of {max_pages}; "
                "raise --max-pages if this is really a resume"
            )
        manager = PDFResourceManager(caching=True)
        device = VisibleTextAggregator(manager, laparams=LAParams(all_texts=True))
        interpreter = (_fast_interpreter() or PDFPageInterpreter)(manager, device)
        for number, page in enumerate(page_list, start=1):
            interpreter.process_page(page)
            layout = device.get_result()
            lines, images = _collect(layout)
            pages.append(_reading_order(_join_date_cells(lines)))
            letters = sum(ch.isalpha() for line in lines for ch in line.text)
            if images and letters < 200:
                warnings.append(f"page {number} is mostly images: text inside pictures cannot be read")
    return pages, warnings


TESTED_PDFMINER = "20260107"
"""The pdfminer.six whose content parser and interpreter ``gapcheck.pdfcontent`` was checked against, object for
object; any other version (older or newer, whose internals may differ) reads with pdfminer's own."""


def _tested_pdfminer() -> bool:
    """Whether the installed pdfminer.six is the one ``gapcheck.pdfcontent`` was checked against."""
    import pdfminer

    return str(getattr(pdfminer, "__version__", "")) == TESTED_PDFMINER


@functools.cache
def _fast_content_parser() -> type[Any] | None:
    """pdfminer's content parser, reading each object with a ``ContentScanner`` first; None for another pdfminer."""
    from pdfminer import psparser
    from pdfminer.pdfinterp import PDFContentParser

    from gapcheck.pdfcontent import ContentScanner

    if not _tested_pdfminer():
        return None
    scanner = ContentScanner(psparser.KWD, psparser.LIT, (b"BI", b"ID"))

    class ScanningContentParser(PDFContentParser):
        """Reads the objects in the buffer with the scanner when pdfminer's parser is between objects (nothing
        pending, no debug log asked for), and hands them out one by one; else reads as pdfminer does."""

        def __init__(self, streams: Sequence[object]) -> None:
            self._ready: list[tuple[int, Any]] = []  # read ahead by the scanner, the next one last
            super().__init__(streams)
            self._read = None if psparser.log.isEnabledFor(logging.DEBUG) else scanner.read

        def seek(self, pos: int) -> None:
            self._ready = []
            super().seek(pos)

        def nextobject(self) -> Any:
            if self._ready:
                return self._ready.pop()
            if (
                self._read is not None
                and not (self.results or self.context or self.curstack or self._tokens or self.eof)
                and self._parse1 == self._parse_main
            ):
                end, found = self._read(self.buf, self.charpos)
                if found:
                    self.charpos = end
                    at = self.bufpos
                    self._ready = [(at + start, value) for start, value in reversed(found)]
                    return self._ready.pop()
            return super().nextobject()

    return ScanningContentParser


@functools.cache
def _fast_interpreter() -> type[Any] | None:
    """pdfminer's page interpreter, running operators with ``gapcheck.pdfcontent.run_operators`` (the same calls,
    each operator's method looked up once); None for another pdfminer."""
    from pdfminer import pdfinterp, settings
    from pdfminer.pdftypes import stream_value
    from pdfminer.psparser import PSEOF, PSKeyword

    from gapcheck.pdfcontent import run_operators

    if not _tested_pdfminer():
        return None

    def unknown(name: str) -> None:
        if settings.STRICT:
            raise pdfinterp.PDFInterpreterError(f"Unknown operator: {name!r}")

    class OperatorCachingInterpreter(pdfinterp.PDFPageInterpreter):
        def execute(self, streams: Sequence[object]) -> None:
            if pdfinterp.log.isEnabledFor(logging.DEBUG):
                super().execute(streams)  # it logs every operator
                return
            valid_streams = []  # as pdfminer's execute: a stream already being run is not run again
            self.stream_ids.clear()
            for obj in streams:
                stream = stream_value(obj)
                if stream.objid is None:
                    pdfinterp.log.warning("Execute called on non-indirect object (inline image?) %r", stream)
                elif stream.objid in self.parent_stream_ids:
                    pdfinterp.log.warning("Refusing to execute circular reference to content stream %d", stream.objid)
                else:
                    valid_streams.append(stream)
                    self.stream_ids.add(stream.objid)
            try:
                parser = (_fast_content_parser() or pdfinterp.PDFContentParser)(valid_streams)
            except PSEOF:
                return  # an empty page
            run_operators(self, parser.nextobject, PSKeyword, PSEOF, unknown)

    return OperatorCachingInterpreter


def _skip_debug(*args: object, **kwargs: object) -> None:
    """What pdfminer's loggers call for a debug message while they would not log it."""


@contextlib.contextmanager
def _debug_calls_skipped() -> Iterator[None]:
    """While a PDF is read, pdfminer's loggers that would not log a debug message skip the call at once.

    pdfminer logs a debug message for every token it parses and every operator it runs (pdfminer.six issue
    #347): with debug logs off, each call still goes through ``Logger.debug`` and ``isEnabledFor``, about a
    twentieth of the reading time. A logger with debug logs on (``--verbose``) keeps them.
    """
    skipped = [
        logger
        for name, logger in list(logging.Logger.manager.loggerDict.items())
        if name.startswith("pdfminer") and isinstance(logger, logging.Logger) and not logger.isEnabledFor(logging.DEBUG)
    ]
    for logger in skipped:
        logger.__dict__["debug"] = _skip_debug  # an attribute of the instance, in front of Logger.debug
    try:
        yield
    finally:
        for logger in skipped:
            logger.__dict__.pop("debug", None)


def _collect(layout: Any) -> tuple[list[_Line], int]:
    """Gather text lines of a page, descending into figures (Form XObjects) as well."""
    from pdfminer.layout import LTChar, LTFigure, LTImage, LTTextBox, LTTextLine

    lines: list[_Line] = []
    images = 0
    box_number = 0

    def walk(item: Any) -> None:
        nonlocal images, box_number
        if isinstance(item, LTTextLine):
            ink: list[float] = []  # trailing spaces are glyphs too: measure where the ink ends, so right edges line up
            icons = False
            for ch in item:
                if isinstance(ch, LTChar):
                    if _icon_font(ch.fontname):
                        icons = True
                    elif ch.get_text().strip():
                        ink.append(ch.x1)
            text = item.get_text()
            if icons:  # a phone, envelope or calendar drawn from an icon font reads as a stray letter or its name
                text = "".join(ch.get_text() for ch in item if not (isinstance(ch, LTChar) and _icon_font(ch.fontname)))
            if text.strip():
                lines.append(_Line(text, item.x0, max(ink, default=item.x1), item.y0, item.y1, box_number))
        elif isinstance(item, LTImage):
            images += 1
        elif isinstance(item, (LTTextBox, LTFigure)) or hasattr(item, "__iter__"):
            box_number += 1
            for child in item:
                walk(child)

    for child in layout:
        walk(child)
    return lines, images


@functools.lru_cache(maxsize=256)
def _icon_font(name: str) -> bool:
    """Whether a font draws icons, not letters (Font Awesome, Academicons, Marvosym...): LaTeX resumes set their
    contact and date icons in these, and their glyphs map to stray letters ("z May 2022") or names ("MOBILE-ALT")."""
    return bool(_ICON_FONT.search(name))


def _join_date_cells(lines: list[_Line]) -> list[_Line]:
    """Lines of one date written over two or three lines of a narrow date column, made one line where its first
    line stands ("Since" / "May 2018", "Janvier 2015" / "à Septembre 2016", "May 2019" / "–" / "Present",
    "2013.6.18–" / "now", "Avril" / "à Septembre" / "2012"), so the date goes beside its entry as a whole.

    A line joins the one above it when they follow each other in one box, one close under the other, each is made
    of date words only (month names, years, dashes, "since", "to" and "present" in any language
    ``gapcheck.datewords`` reads) and the date is broken between them (``_date_broken``); the date joined must hold
    a year. Two whole dates one under the other ("2019" / "2020", "Jan 2012" / "Mar 2013") stay apart.
    """
    runs: list[list[_Line]] = []
    for line in lines:
        run = runs[-1] if runs else []
        if (
            run
            and run[-1].box == line.box
            and _stacked(run[-1], line)
            and _date_broken(" ".join(x.text.strip() for x in run), line.text)
        ):
            run.append(line)
        else:
            runs.append([line])
    out: list[_Line] = []
    for run in runs:
        text = " ".join(line.text.strip() for line in run)
        if len(run) == 1 or not _CELL_YEAR.search(text):
            out.extend(run)  # "Avril" / "à Juin" with no year under them: no date
            continue
        first = run[0]
        out.append(_Line(text, min(x.x0 for x in run), max(x.x1 for x in run), first.y0, first.y1, first.box, len(run)))
    return out


def _stacked(upper: _Line, lower: _Line) -> bool:
    """Whether ``lower`` sits just under ``upper`` (the next line of one cell), overlapping it across."""
    height = max(upper.y1 - upper.y0, 1.0)
    return (
        -0.2 * height <= upper.y0 - lower.y1 <= 0.6 * height and min(upper.x1, lower.x1) - max(upper.x0, lower.x0) > -2
    )


_CELL_YEAR = re.compile(r"\d{4}|['’]\d\d")


def _date_broken(upper: str, lower: str) -> bool:
    """Whether ``lower`` goes on the date ``upper`` began: both are date words only, and ``upper`` is open (it ends
    at a dash, a "to" or a month waiting for its year, or has no year yet: "Since", "Avril", "May–Aug"), or
    ``lower`` opens with a dash or a "to", or is the "present" that ends a lone start ("mars 2013" /
    "Aujourd'hui"). A date already closed ("2019", "Jan 2012 – Mar 2013", "2013 – now") takes no more."""
    if len(upper) > 60 or len(lower) > 40:
        return False  # the cheap test first: this runs on every pair of short lines stacked in a box
    piece, opened, closing, present = _date_pieces()
    upper, lower = _accents_on(upper), _accents_on(lower)  # "`a Septembre": an accent LaTeX set apart
    if not (piece.fullmatch(upper) and piece.fullmatch(lower)):
        return False
    if opened.search(upper) or closing.match(lower):
        return True
    if present.search(upper):
        return False  # "2013 – now" is whole
    return not _CELL_YEAR.search(upper) or (present.fullmatch(lower) is not None and not re.search(r"\d\D+\d", upper))


@functools.cache
def _date_pieces() -> tuple[re.Pattern[str], ...]:
    """A line made of date words only; a dash, "to" or month closing a line; a dash or "to" opening one; a
    "present" closing one (built on first use: most pages have no date broken over lines, and the reading child
    imports the date words only then)."""
    from gapcheck.datewords import MONTH_NAME, PRESENT, SINCE, TO

    present = PRESENT.replace("(?P<present>", "(?:", 1)
    dash = r"[-–—‐‒―~−]"
    # each word ends where a word of its kind would not go on, so a line of digits or letters is read one way only
    word = (
        r"(?:(?:" + MONTH_NAME + "|" + present + "|" + SINCE + "|" + TO + r"|\bde)(?![^\W\d_])"
        r"|\d{1,4}(?!\d)|['’]\d\d(?!\d)|[-–—‐‒―~−./,])"
    )
    return (
        re.compile(r"\s*" + word + r"(?:\s*" + word + r")*\s*", re.IGNORECASE),
        re.compile(r"(?:" + dash + "|" + TO + r"|(?<!\w)" + MONTH_NAME + r")\s*$", re.IGNORECASE),
        re.compile(r"\s*(?:" + dash + "|" + TO + ")", re.IGNORECASE),
        re.compile(r"(?<!\w)" + present + r"\s*$", re.IGNORECASE),
    )


def _reading_order(lines: list[_Line]) -> list[str]:
    """Keep pdfminer's box order (columns stay apart) but pull right-aligned snippets onto their row.

    A right-aligned date ("Jan 2019 - Present") becomes its own text box, which pdfminer may put
    after the whole column; a short date-like line of a small box that sits on the baseline of a
    line of another box, to its left, belongs to that line. Other boxes (a second column) stay apart.
    """
    sizes = Counter(line.box for line in lines)
    long_boxes = {line.box for line in lines if len(line.text.split()) > 6}
    right_edge = max((line.x1 for line in lines), default=0.0)
    left_edge = min((line.x0 for line in lines), default=0.0)
    merged_into: dict[int, list[str]] = {}
    absorbed: set[int] = set()
    for i, line in enumerate(lines):
        if (sizes[line.box] > 3 and line.box in long_boxes) or len(line.text.split()) > 6 * line.rows:
            continue  # a column of dates and places (every line short) is read like single snippets
        if not _DATE_LIKE.search(line.text):
            continue
        if line.x1 < right_edge - 24 and line.x0 < left_edge + 0.55 * (right_edge - left_edge):
            continue  # right-aligned snippets end at the right margin (or at least stand in the right half)
        if line.x1 < right_edge - 24 and _starts_a_column(lines, line):
            continue  # a date at the left edge of a sidebar, beside the main column by chance
        height = max(line.y1 - line.y0, 1.0)
        best = None
        for j, other in enumerate(lines):
            if other.box == line.box or j in absorbed or other.x1 > line.x0 + 1:
                continue
            overlap = min(line.y1, other.y1) - max(line.y0, other.y0)
            if overlap >= 0.6 * height and (best is None or other.x1 > lines[best].x1):
                best = j
        if best is not None and (
            line.x0 - lines[best].x1 < 300 or not _column_between(lines, lines[best].x1, line.x0, line)
        ):
            merged_into.setdefault(best, []).append(line.text.strip())
            absorbed.add(i)
    middle = left_edge + 0.45 * (right_edge - left_edge)
    prefixed = _left_dates(lines, absorbed, middle)
    above = _left_table(lines, absorbed, middle, prefixed)
    out: list[str] = []
    previous: _Line | None = None
    for i, line in enumerate(lines):
        if i in absorbed:
            continue
        out.extend(above.get(i, []))
        text = line.text.strip()
        if i in merged_into or i in prefixed:
            text = "   ".join([*prefixed.get(i, []), text, *merged_into.get(i, [])])
        elif previous is not None and _BULLET.match(out[-1]) and _wraps_into(previous, line, lines):
            out[-1] = out[-1][:-1] + text if re.search(r"[^\W\d_][-\u00ad]$", out[-1]) else out[-1] + " " + text
            previous = line
            continue
        out.append(text)
        previous = line
    return out


def _left_dates(lines: list[_Line], absorbed: set[int], middle: float) -> dict[int, list[str]]:
    """Dates of a left-hand date column (moderncv's, a table's), each put before the line it sits beside.

    pdfminer reads the column's dates as boxes of their own and the entries beside them as one box, so the dates
    come out in a block away from their entries. A short date-like line in the left part of the page whose right
    edge other short lines share (a column aligned on its right, as dates and labels are) goes before the first
    line of another box starting just right of it on its baseline; ``absorbed`` gets the lines moved.
    """
    prefixed: dict[int, list[str]] = {}
    for i, line in enumerate(lines):
        if (
            i in absorbed
            or line.x1 > middle
            or len(line.text.split()) > 6 * line.rows
            or not _DATE_LIKE.search(line.text)
        ):
            continue
        height = max(line.y1 - line.y0, 1.0)
        column = [x for x in lines if x is not line and abs(x.x1 - line.x1) <= 2 and len(x.text.split()) <= 6 * x.rows]
        if sum(x.rows for x in column) + line.rows < 3 or _starts_a_column(lines, line, dates=False):
            continue  # a date alone, or at the left edge of a sidebar: not a date column's
        if any(abs(x.y0 - line.y0) < 1.5 * height and not _DATE_LIKE.search(x.text) for x in column):
            continue  # a date written over two lines ("May–Aug" above "2020"): left as it is read
        best = None
        for j, other in enumerate(lines):
            if other.box == line.box or j in absorbed or not line.x1 - 1 <= other.x0 <= line.x1 + 72:
                continue
            overlap = min(line.y1, other.y1) - max(line.y0, other.y0)
            if overlap >= 0.6 * height and (best is None or other.x0 < lines[best].x0):
                best = j
        if best is not None:
            prefixed.setdefault(best, []).append(line.text.strip())
            absorbed.add(i)
    return prefixed


def _left_table(
    lines: list[_Line], absorbed: set[int], middle: float, prefixed: dict[int, list[str]]
) -> dict[int, list[str]]:
    """A table whose left column holds short labels, dates and headings starting at one edge ("Education", "2018 -
    2020", "Email"), each beside its entry in the right column: pdfminer reads the right column first and the left
    one after it, so dates and headings land away from their entries. When two dates or more of the left column
    each share a baseline with a line of the right column, and those lines start at one x (the right column's
    edge), every short line of the left column goes to the right column's flow: onto the line on its baseline
    (``prefixed``), or, alone on its row (a heading), before the first line below it (returned). A left column
    holding running text (a sidebar) is no such table. ``absorbed`` gets the lines moved."""
    free = [i for i, x in enumerate(lines) if i not in absorbed and x.x1 <= middle]
    dates = [i for i in free if len(lines[i].text.split()) <= 6 and _DATE_LIKE.search(lines[i].text)]
    edges = Counter(round(lines[i].x0) for i in dates)
    if not edges or edges.most_common(1)[0][1] < 2:
        return {}
    edge = edges.most_common(1)[0][0]
    column = [i for i in free if edge - 12 <= lines[i].x0 <= edge + 2]  # headings may stand a little left of it
    if any(len(lines[i].text.split()) > 6 for i in column):
        return {}  # running text: a sidebar beside the main column
    at_edge = sum(abs(lines[i].x0 - edge) <= 2 for i in column)
    if Counter(round(lines[i].x1) for i in column).most_common(1)[0][1] >= at_edge:
        return {}  # as many lines end at one x as start at the edge: a right-aligned column (_left_dates reads it)
    right = max(lines[i].x1 for i in column)
    rows = {i: _beside(lines, lines[i], right, column) for i in column}
    own = [i for i in dates if abs(lines[i].x0 - edge) <= 2]
    beside = [row for i in own if (row := rows[i]) is not None]
    if len(beside) < max(2, len(own)):
        return {}  # a date of the column alone on its row: not a table's
    starts = {round(lines[j].x0) for j in beside}
    if len(starts) != 1 or {lines[i].box for i in column} & {lines[j].box for j in beside}:
        return {}  # the dates' rows do not start at one edge, or the columns share boxes: no table
    start = starts.pop()
    flow = [j for j, x in enumerate(lines) if abs(x.x0 - start) <= 2 and j not in absorbed]
    above: dict[int, list[str]] = {}
    for i in sorted(column, key=lambda k: -lines[k].y0):
        row = rows[i]
        if row is not None and abs(lines[row].x0 - start) <= 2:
            prefixed.setdefault(row, []).append(lines[i].text.strip())
            absorbed.add(i)
            continue
        below = [j for j in flow if lines[j].y1 <= lines[i].y0 + 2]
        if below:
            above.setdefault(max(below, key=lambda j: lines[j].y1), []).append(lines[i].text.strip())
            absorbed.add(i)
    return above


def _beside(lines: list[_Line], line: _Line, right: float, column: list[int]) -> int | None:
    """The line of another box on ``line``'s baseline that starts just right of ``right`` (the edge of the column
    ``line`` stands in), if any."""
    height = max(line.y1 - line.y0, 1.0)
    best = None
    for j, other in enumerate(lines):
        if j in column or other.box == line.box or not right - 1 <= other.x0 <= right + 72:
            continue
        overlap = min(line.y1, other.y1) - max(line.y0, other.y0)
        if overlap >= 0.6 * height and (best is None or other.x0 < lines[best].x0):
            best = j
    return best


def _starts_a_column(lines: list[_Line], row: _Line, *, dates: bool = True) -> bool:
    """Whether lines of running text (five words or more; without dates unless ``dates``) start where ``row`` does:
    it opens a line of a second column (a sidebar), not a cell of a date column, whose other rows are dates and
    places."""
    starts = [x for x in lines if x is not row and abs(x.x0 - row.x0) <= 2 and len(x.text.split()) >= 5]
    return sum(dates or not _DATE_LIKE.search(x.text) for x in starts) >= 2


def _column_between(lines: list[_Line], left: float, right: float, row: _Line) -> bool:
    """Whether several lines start at one x between ``left`` and ``right``: a second column's edge.

    Right-aligned snippets are left out (they end at the right margin); centred headings rarely
    share a start, so a wide one-column page with a short title left of its date has none.
    """
    right_edge = max(line.x1 for line in lines)
    band = 4 * max(row.y1 - row.y0, 1.0)  # a second column runs beside the row, not half a page away
    starts = Counter(
        round(x.x0)
        for x in lines
        if left + 12 < x.x0 < right - 12 and x.x1 < right_edge - 24 and abs(x.y0 - row.y0) <= band
    )
    return any(count >= 3 for count in starts.values())


def _wraps_into(previous: _Line, line: _Line, lines: list[_Line]) -> bool:
    """A line of a bullet filled its line and wrapped: ``line``'s first word would not have fitted after it.

    Continuations that start in lower case are joined later from the text alone; this catches
    "... using" / "Python and SQL", which only the geometry tells apart from a new line.
    """
    first, text = previous.text.strip(), line.text.strip()
    if _BULLET.match(text) or _DATE_LIKE.search(text) or text.isupper():
        return False
    if first.endswith((".", ":", ";", "!", "?")):
        return False
    height = max(previous.y1 - previous.y0, 1.0)
    if abs((line.y1 - line.y0) - height) > 0.15 * height:  # a heading in a larger font
        return False
    if not (0 <= previous.y0 - line.y1 <= height) or not (previous.x0 - 1 <= line.x0 <= previous.x0 + 3 * height):
        return False
    # a line of no width (a glyph drawn at one point) overlaps nothing, not even itself
    column_right = max((x.x1 for x in lines if x.x0 < previous.x1 and x.x1 > previous.x0), default=previous.x1)
    char_width = (previous.x1 - previous.x0) / max(len(first), 1)
    return previous.x1 + char_width * (len(text.split()[0]) + 1) > column_right


def finish_text(
    name: str, pages: Sequence[Sequence[str]], warnings: Sequence[str], *, blank_breaks: bool = False
) -> ResumeText:
    """Raw lines, page by page, -> ResumeText: running heads dropped, lines normalised and joined.

    ``blank_breaks``: a blank line is the writer's own break (a text file's), so no line is joined across it.

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

    edges: Counter[str] = Counter()
    for page in pages:
        edges.update({key(line) for line in [*page[:3], *page[-3:]]})
    repeated = {k for k, n in edges.items() if n >= 2 and 0 < len(k) < 120}
    out = [list(pages[0])]
    for page in pages[1:]:
        edge_idx = set(range(min(3, len(page)))) | set(range(max(0, len(page) - 3), len(page)))
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
    bullet = _BULLET.match(line)
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


def _accents_on(text: str) -> str:
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
        if out and out[-1] == "•" and not _BULLET.match(line):
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
    if len(line.split()) <= 3 and _DATE_LIKE.search(line):
        return False  # "since 2021": a date of its own row, not the rest of a sentence
    if _COLUMN_ROW.match(line):
        return False  # "present   Riverside Medical Center", "aujourd'hui   Remote": a column's row beside its entry
    if _WORD_YEAR.match(line):
        return False  # "juli 2026   Boston, MA", "marzo de 2019 –": month names other languages write in lower case
    if CONTACT_START.match(line):
        return False
    return line[0].islower() and len(prev) >= 25 and not prev.endswith((".", ":", ";"))
