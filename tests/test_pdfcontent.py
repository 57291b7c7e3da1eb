"""Tests for gapcheck.pdfcontent: content streams read as pdfminer's own parser reads them, object for object."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pdfminer.pdfinterp import PDFContentParser
from pdfminer.pdftypes import PDFStream
from pdfminer.psparser import KWD, LIT, PSEOF
from pdfs import make_form_xobject_pdf, make_pdf, make_ruled_pdf

from gapcheck import pdftext
from gapcheck.errors import GapcheckError
from gapcheck.pdfcontent import ContentScanner, run_operators

SCANNING = pdftext._fast_content_parser()
pytestmark = pytest.mark.skipif(SCANNING is None, reason="this pdfminer reads with its own content parser")


def _objects(parser_class: Any, *chunks: bytes) -> list[Any]:
    """Every object a parser reads from streams holding ``chunks``, then how it stopped."""
    parser = parser_class([PDFStream({}, chunk) for chunk in chunks])
    out: list[Any] = []
    try:
        while True:
            out.append(_plain(parser.nextobject()))
    except PSEOF:
        out.append("end")
    except Exception as exc:  # noqa: BLE001 - a damaged stream must fail the same way in both
        out.append(("error", type(exc).__name__))
    return out


def _plain(value: Any) -> Any:
    """A comparable form: an inline image's dictionary and data, not the stream object."""
    if isinstance(value, PDFStream):
        return ("stream", repr(value.attrs), value.rawdata)
    if isinstance(value, tuple | list):
        return type(value)(_plain(x) for x in value)
    return value


def _same(*chunks: bytes) -> list[Any]:
    expected = _objects(PDFContentParser, *chunks)
    assert _objects(SCANNING, *chunks) == expected
    return expected


@pytest.mark.parametrize(
    "stream",
    [
        b"1 -2 +3 .5 -.5 1. 1.2.3 - -- +- 007 1e5 0.25 12 Tz",
        b"BT /F1 10.5 Tf 72 700 Td (Jane Doe) Tj T* (x) ' 1 2 (y) \" ET",
        b"true false truex /true",
        b"/F1 /a#20b /\xc3\xbc /\xff /  // /a/b /a(b) /a[1]",
        b"(plain) (a\\(b\\)) (nested (x) y) (\\101\\102C) (\\1234) (\\7) (\\q) (a\\\r\nb) (c\\\nd) () (\\n\\t\\\\)",
        b"<48656C6C6F> <4 8 6> <ABC> <> <41>> <41>x <4G> Tj",
        b"[(a) -120 (b)] TJ [[1 2] 3 [/a true <41>]] [] [ ] [1 BT] Tj",
        b"/Span <</ActualText (x) /MCID 3>> BDC EMC <<>> 1",
        b"% a comment\n1 0 0 1 0 0 cm [1 % inside\n 2] % at the end",
        b"] 1 } { 2 } ) > >> 3 [1 ] ]",
        b"q BI /W 1 /H 1 /BPC 8 /CS /G ID \x00 EI Q 1 0 0 rg",
        b"1\x002 \x00 (a\x00b) \x80\xfe Tj",
        b"(\\777) Tj",
        b"(unclosed",
        b"[1 2",
        b"<41",
        b"1 2 3",
    ],
)
def test_reads_as_pdfminer(stream: bytes) -> None:
    _same(stream)


def test_objects_across_buffers_and_streams_read_as_pdfminer() -> None:
    # pdfminer reads 4 KB at a time: tokens, strings and arrays cut by a buffer's end, and by a stream's
    tail = b"123.456 (a string) [(x) 1 (y)] /Name <414243> BT Tj\n1 2 Td"
    for pad in range(4040, 4100):
        _same((b"1 " * 2048)[:pad] + tail)
    _same(b"BT /F1 1", b"2 Tf (ab", b"c) Tj [1 2", b" 3] TJ ET")


_FRAGMENTS = [
    b" ", b"\n", b"\r", b"1", b"-", b"+", b".", b"0", b"9", b"e", b"T", b"j", b"BT", b"ET", b"BI", b"ID", b"EI",
    b"/", b"#", b"2", b"0", b"(", b")", b"\\", b"\\1", b"\\(", b"<", b">", b"[", b"]", b"{", b"}", b"%", b"\x00",
    b"'", b'"', b"A", b"f", b"true", b"\xff",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60), st.integers(0, 4095), st.booleans())
def test_any_stream_reads_as_pdfminer(fragments: list[bytes], pad: int, split: bool) -> None:
    stream = (b"1 " * 2048)[:pad] + b"".join(fragments)  # objects up to near the end of pdfminer's first buffer
    if split:  # the same bytes in two streams
        _same(stream[: len(stream) // 2], stream[len(stream) // 2 :])
    else:
        _same(stream)


def test_scanner_reads_objects_and_leaves_the_rest() -> None:
    scanner = ContentScanner(KWD, LIT, (b"BI", b"ID"))
    end, found = scanner.read(b"BT /F1 10 Tf [(a) 2] TJ BI /W 1 ID", 0)
    assert found == [(0, KWD(b"BT")), (3, LIT("F1")), (7, 10), (10, KWD(b"Tf")), (13, [b"a", 2]), (21, KWD(b"TJ"))]
    assert end == 23  # before " BI": an inline image is pdfminer's to read
    assert scanner.read(b"<</MCID 3>> BDC", 0) == (0, [])  # a dictionary is pdfminer's too


_LINES = ["Jane Doe", "Data analyst at Example Corp since 2020", "Python and SQL"]


def test_pdf_text_reads_with_the_scanner(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = ContentScanner.read

    def counted(self: ContentScanner, buf: bytes, i: int) -> tuple[int, list[tuple[int, Any]]]:
        result = real(self, buf, i)
        seen.append(len(result[1]))
        return result

    monkeypatch.setattr(ContentScanner, "read", counted)
    pdf = make_pdf(tmp_path / "r.pdf", _LINES)
    text = pdftext.pdf_text(pdf.read_bytes(), "r.pdf")
    assert "Python and SQL" in text.lines
    assert sum(seen) > 10


def test_pdf_text_leaves_pdfminer_s_own_parser_in_place(tmp_path: Any) -> None:
    from pdfminer import pdfinterp

    pdf = make_pdf(tmp_path / "r.pdf", _LINES)
    assert "Python and SQL" in pdftext.pdf_text(pdf.read_bytes(), "r.pdf").lines
    # a program calling pdfminer itself in the same process reads with pdfminer's parser, not gapcheck's
    assert pdfinterp.PDFContentParser is PDFContentParser
    assert PDFContentParser is not SCANNING


def test_debug_logs_of_pdfminer_keep_its_own_parser(tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ContentScanner, "read", lambda *args: pytest.fail("the scanner was used"))
    pdf = make_pdf(tmp_path / "r.pdf", _LINES)
    logger = logging.getLogger("pdfminer.psparser")
    monkeypatch.setattr(logger, "level", logging.DEBUG)
    monkeypatch.setattr(logger, "disabled", False)
    logging.getLogger("pdfminer").manager._clear_cache()  # type: ignore[attr-defined]
    try:
        assert "Python and SQL" in pdftext.pdf_text(pdf.read_bytes(), "r.pdf").lines
    finally:
        logging.getLogger("pdfminer").manager._clear_cache()  # type: ignore[attr-defined]


class _Interpreter:
    """What run_operators needs of pdfminer's interpreter: a stack, ``pop`` and ``do_*`` methods."""

    def __init__(self) -> None:
        self.argstack: list[Any] = []
        self.ran: list[tuple[str, tuple[Any, ...]]] = []
        self.lookups = 0

    def __getattribute__(self, name: str) -> Any:
        if name.startswith("do_"):
            object.__setattr__(self, "lookups", object.__getattribute__(self, "lookups") + 1)
        return object.__getattribute__(self, name)

    def pop(self, n: int) -> list[Any]:
        taken = self.argstack[-n:]
        self.argstack = self.argstack[:-n]
        return taken

    def do_Td(self, x: Any, y: Any) -> None:
        self.ran.append(("Td", (x, y)))

    def do_T_a(self) -> None:
        self.ran.append(("T*", ()))


def _run(*objects: Any) -> tuple[_Interpreter, list[str]]:
    interpreter, unknown, stream = _Interpreter(), [], iter(objects)

    def next_object() -> tuple[int, Any]:
        try:
            return 0, next(stream)
        except StopIteration:
            raise PSEOF("end") from None

    run_operators(interpreter, next_object, type(KWD(b"Td")), PSEOF, unknown.append)
    return interpreter, unknown


def test_operators_run_with_their_operands_and_are_looked_up_once() -> None:
    interpreter, unknown = _run(1, 2, KWD(b"Td"), KWD(b"T*"), 3, 4, KWD(b"Td"), KWD(b"T*"))
    assert interpreter.ran == [("Td", (1, 2)), ("T*", ()), ("Td", (3, 4)), ("T*", ())]
    assert interpreter.lookups == 2 and not unknown and interpreter.argstack == []


def test_an_operator_short_of_operands_or_unknown_does_not_run() -> None:
    interpreter, unknown = _run(1, KWD(b"Td"), 5, KWD(b"zz"))
    assert interpreter.ran == [] and unknown == ["zz"]
    assert interpreter.argstack == [5]  # pdfminer's stack: the short operator took its one operand, zz none


@pytest.mark.parametrize("make", ["plain", "ruled", "form"])
def test_pages_interpret_as_with_pdfminer_s_interpreter(tmp_path: Any, make: str) -> None:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    path = tmp_path / "r.pdf"
    if make == "plain":
        make_pdf(path, _LINES, pages=2)
    elif make == "ruled":
        make_ruled_pdf(path, _LINES)
    else:
        make_form_xobject_pdf(path, _LINES[:1], _LINES[1:])
    fast = pdftext._fast_interpreter()
    assert fast is not None

    def layouts(interpreter_class: Any) -> list[str]:
        manager = PDFResourceManager()
        device = PDFPageAggregator(manager, laparams=LAParams(all_texts=True))
        interpreter = interpreter_class(manager, device)
        out = []
        with path.open("rb") as handle:
            for page in PDFPage.get_pages(handle):
                interpreter.process_page(page)
                out.append(repr(list(device.get_result())))
        return out

    assert layouts(fast) == layouts(PDFPageInterpreter)


def test_an_octal_escape_cut_by_the_buffer_end_reads_as_pdfminer() -> None:
    # the escape's digits straddle the end of pdfminer's 4 KB buffer: the string is left to pdfminer's parser
    for pad in range(4086, 4096):
        _same((b"1 " * 2048)[:pad] + b"(a\\101b) Tj")


_HOSTILE = [
    b"(Jane Doe) Tj (unclosed",  # a string never closed
    b"[ [ (Jane Doe) Tj",  # arrays never closed
    b"] ] (Jane Doe) Tj ] TJ",  # arrays closed that were never opened
    b"(Jane Doe) Tj \x00\xff\x80\x13 garbage \xfe (x) Tj",  # binary garbage
    b"9" * 5000 + b" (Jane Doe) Tj 1e400 " + b"9" * 400 + b".5 Tz",  # numbers past any size
    b"[" * 3000 + b"(Jane Doe)" + b"]" * 2999 + b" TJ",  # deep nesting
    b"(\\777) Tj (Jane Doe) Tj << /a { (x) Tj",  # an octal escape past 255, an open dictionary and procedure
    b"(Jane Doe) Tj BI /W 1 /H 1 ID \x00\x01",  # an inline image cut short
]


@pytest.mark.parametrize("stream", _HOSTILE)
def test_a_damaged_page_reads_as_without_the_scanner(monkeypatch: pytest.MonkeyPatch, stream: bytes) -> None:
    from pdfminer import pdfinterp
    from pdfs import _HELVETICA, _one_page, _text_stream, raw_pdf

    text = _text_stream([*_LINES, "Analyst, Example Corp   2016 - 2020"], 740)
    content = text + b"\nBT /F1 10 Tf 54 600 Td (After the damage) Tj " + stream + b" ET"
    data = raw_pdf([*_one_page(b"/Font << /F1 5 0 R >>", content), _HELVETICA])

    def read() -> Any:
        try:
            return pdftext.pdf_text(data, "r.pdf").lines
        except GapcheckError as exc:  # the same clean error, never a traceback
            return type(exc).__name__, str(exc)

    with_scanner = read()
    monkeypatch.setattr(pdftext, "_fast_content_parser", lambda: None)
    monkeypatch.setattr(pdftext, "_fast_interpreter", lambda: None)
    monkeypatch.setattr(pdfinterp, "PDFContentParser", SCANNING.__bases__[0])
    assert read() == with_scanner


@pytest.mark.parametrize("version", ["20231228", "20991231"])
def test_another_pdfminer_reads_with_its_own_parser(version: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import pdfminer

    monkeypatch.setattr(pdfminer, "__version__", version)
    # a newer pdfminer may have changed the internals the scanner and interpreter rely on
    assert pdftext._fast_content_parser.__wrapped__() is None
    assert pdftext._fast_interpreter.__wrapped__() is None
