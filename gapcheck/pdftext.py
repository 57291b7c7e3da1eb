"""PDF -> text: layout-aware reading with pdfminer.six (the only module importing pdfminer).

The lines of each page, with their positions, go to ``gapcheck.pdflayout`` for reading order; the pages' lines to
``gapcheck.textlines`` to be normalised and joined.
"""

from __future__ import annotations

import contextlib
import functools
import io
import itertools
import logging
import re
import zlib
from collections.abc import Iterator, Sequence
from typing import Any

from gapcheck.errors import ResumeReadError, raised_inside
from gapcheck.pdfcolumns import read_pages
from gapcheck.pdflayout import PageLine, join_date_cells
from gapcheck.resumetext import ResumeText
from gapcheck.textlines import finish_text

log = logging.getLogger(__name__)

MAX_STREAM_BYTES = 64 * 2**20
"""No stream of a resume inflates past this (a page's text is kilobytes, a large embedded font megabytes)."""

_ICON_FONT = re.compile(r"fontawesome|academicons|marvosym|fontello|ionicons|octicons|simpleicons|materialicons", re.I)
_INVISIBLE = frozenset({3, 7})
"""Text render modes that draw nothing (PDF 32000-1, 9.3.6)."""


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
    return finish_text(name, pages, warnings, blank_breaks=True)


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
    page_lines: list[list[PageLine]] = []
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
            page_lines.append(join_date_cells(lines))
            letters = sum(ch.isalpha() for line in lines for ch in line.text)
            if images and letters < 200:
                warnings.append(f"page {number} is mostly images: text inside pictures cannot be read")
    return read_pages(page_lines), warnings  # a column may go on over a page break


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


def _collect(layout: Any) -> tuple[list[PageLine], int]:
    """Gather text lines of a page, descending into figures (Form XObjects) as well."""
    from pdfminer.layout import LTChar, LTFigure, LTImage, LTTextBox, LTTextLine

    lines: list[PageLine] = []
    images = 0
    box_number = 0

    def walk(item: Any) -> None:
        nonlocal images, box_number
        if isinstance(item, LTTextLine):
            ink: list[float] = []  # trailing spaces are glyphs too: measure where the ink ends, so right edges line up
            icons = False
            glyphs = list(item)
            tight = set()
            for i, ch in enumerate(glyphs):
                if isinstance(ch, LTChar):
                    if _icon_font(ch.fontname):
                        icons = True
                    elif ch.get_text().strip():
                        ink.append(ch.x1)
                elif _tight_space(glyphs, i, LTChar):
                    tight.add(i)
            text = item.get_text()
            if icons or tight:  # an icon (a phone, a calendar) reads as a stray letter or its name
                text = "".join(
                    ch.get_text()
                    for i, ch in enumerate(glyphs)
                    if i not in tight and not (isinstance(ch, LTChar) and _icon_font(ch.fontname))
                )
            if text.strip():
                lines.append(PageLine(text, item.x0, max(ink, default=item.x1), item.y0, item.y1, box_number))
        elif isinstance(item, LTImage):
            images += 1
        elif isinstance(item, (LTTextBox, LTFigure)) or hasattr(item, "__iter__"):
            box_number += 1
            for child in item:
                walk(child)

    for child in layout:
        walk(child)
    return _rows_left_to_right(lines), images


def _rows_left_to_right(lines: list[PageLine]) -> list[PageLine]:
    """The lines of one box on one row (a date and its entry too far apart to be one line), left to right.

    pdfminer orders a box's lines by their tops: two on one baseline come in the order a hair's difference in height
    gives ("Workshop Instructor" before its date "2020"), and the date is read as the next entry's."""
    out: list[PageLine] = []
    run: list[PageLine] = []
    for line in [*lines, None]:
        if line is not None and run and line.box == run[0].box and _one_row(run[0], line):
            run.append(line)
            continue
        out.extend(sorted(run, key=lambda x: x.x0))
        run = [] if line is None else [line]
    return out


def _one_row(first: PageLine, line: PageLine) -> bool:
    height = max(first.y1 - first.y0, line.y1 - line.y0, 1.0)
    return abs(first.y0 - line.y0) <= 0.2 * height and abs(first.y1 - line.y1) <= 0.2 * height


_TIGHT = 0.15
"""A gap narrower than this many font sizes is no space between words (word spaces are a quarter of one or more)."""


def _tight_space(glyphs: list[Any], i: int, char_type: type[Any]) -> bool:
    """Whether the space pdfminer put at ``glyphs[i]`` stands in a gap too narrow for one, between two letters of one
    word drawn in two runs: in two colours, the second a small letter ("edu" in white on a coloured box, "cation" in
    grey after it: a two-colour heading), or in two sizes (small capitals after a larger first letter: "R" then
    "ESEARCH"). One size and one colour keep it (a justified line's spaces may shrink as narrow), and so does a space
    between letters each set apart (letter-spaced text, read by ``gapcheck.textlines``)."""
    if not 0 < i < len(glyphs) - 2 or glyphs[i].get_text() != " ":
        return False
    before, after, then = glyphs[i - 1], glyphs[i + 1], glyphs[i + 2]
    if not all(isinstance(x, char_type) and x.get_text().isalpha() for x in (before, after, then)):
        return False
    one_size = abs(before.size - after.size) <= 0.1 * max(before.size, after.size)
    if one_size and (not after.get_text().islower() or _colour(before) == _colour(after)):
        return False  # one size and one colour, or a capital after a colour change ("Python" "SQL"): two words
    return bool(after.x0 - before.x1 < _TIGHT * min(before.size, after.size))


def _colour(char: Any) -> object:
    """The colour a glyph is filled with (None when pdfminer gives none)."""
    state = getattr(char, "graphicstate", None)
    return getattr(state, "ncolor", None)


@functools.lru_cache(maxsize=256)
def _icon_font(name: str) -> bool:
    """Whether a font draws icons, not letters (Font Awesome, Academicons, Marvosym...): LaTeX resumes set their
    contact and date icons in these, and their glyphs map to stray letters ("z May 2022") or names ("MOBILE-ALT")."""
    return bool(_ICON_FONT.search(name))
