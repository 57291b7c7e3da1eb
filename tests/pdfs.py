"""Build small resume PDFs from code, so every test states its own ground truth (fpdf2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

_DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _set_font(pdf: FPDF, size: float) -> None:
    """DejaVu when the system has it (bullets, ligatures); else Helvetica, which is Latin-1 only."""
    if _DEJAVU.is_file():
        if "dejavu" not in pdf.fonts:
            pdf.add_font("dejavu", "", str(_DEJAVU))
        pdf.set_font("dejavu", "", size)
    else:
        pdf.set_font("Helvetica", "", size)


def _latin(pdf: FPDF, text: str) -> str:
    if pdf.font_family == "dejavu":
        return text
    return text.replace("•", "-").encode("latin-1", "replace").decode("latin-1")


def _new_pdf() -> FPDF:
    pdf = FPDF(format="letter")
    pdf.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    return pdf


def make_pdf(path: Path, lines: Sequence[str], *, pages: int = 1, font_size: float = 10.5) -> Path:
    """A one-column PDF; a line 'LEFT >> RIGHT' puts RIGHT right-aligned on the same row.

    With ``pages`` > 1 the lines are repeated on every page.
    """
    pdf = _new_pdf()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for _ in range(pages):
        pdf.add_page()
        _set_font(pdf, font_size)
        for line in lines:
            left, sep, right = _latin(pdf, line).partition(" >> ")
            if sep:
                pdf.cell(width * 0.65, 6, left)
                pdf.cell(width * 0.35, 6, right, align="R", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(width, 6, _latin(pdf, line), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def make_ruled_pdf(path: Path, lines: Sequence[str]) -> Path:
    """A one-column PDF with a rule under each line and a box around the page, as designed resumes draw them."""
    pdf = _new_pdf()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.add_page()
    _set_font(pdf, 10.5)
    pdf.rect(pdf.l_margin - 4, pdf.t_margin - 4, width + 8, pdf.h - pdf.t_margin - pdf.b_margin + 8)
    for line in lines:
        pdf.multi_cell(width, 6, _latin(pdf, line), new_x="LMARGIN", new_y="NEXT")
        pdf.line(pdf.l_margin, pdf.get_y() + 1, pdf.l_margin + width, pdf.get_y() + 1)
        pdf.ln(2)
    pdf.output(str(path))
    return path


def make_two_column_pdf(path: Path, sidebar: Sequence[str], main: Sequence[str]) -> Path:
    """A designer-style page: a narrow sidebar on the left and the main column on the right."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    top = pdf.get_y()
    for line in sidebar:
        pdf.set_x(pdf.l_margin)
        pdf.multi_cell(50, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(top)
    for line in main:
        pdf.set_x(pdf.l_margin + 70)
        pdf.multi_cell(pdf.w - pdf.r_margin - pdf.l_margin - 70, 6, line, new_x="LEFT", new_y="NEXT")
    pdf.output(str(path))
    return path


def make_image_only_pdf(path: Path) -> Path:
    """A 'scanned' page: drawn shapes, no text layer."""
    pdf = _new_pdf()
    pdf.add_page()
    for i in range(20):
        pdf.rect(20, 20 + i * 10, 150, 4, style="F")
    pdf.output(str(path))
    return path


def make_encrypted_pdf(path: Path, lines: Sequence[str]) -> Path:
    """A PDF that needs a user password to open."""
    pdf = _new_pdf()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10.5)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


# --- builders for test_pdftext.py ------------------------------------------------------------------

HAS_UNICODE_FONT = _DEJAVU.is_file()
"""Whether ligature glyphs (U+FB01 ...) can be drawn; tests that need them skip otherwise."""


def make_paged_pdf(path: Path, pages: Sequence[Sequence[str]], *, header: str = "", footer: str = "") -> Path:
    """One list of lines per page, with a running header and footer on every page.

    ``{page}`` and ``{pages}`` in the header or footer become the page number and count.
    """

    class Paged(FPDF):
        def header(self) -> None:
            if header:
                _set_font(self, 8)
                text = header.format(page=self.page_no(), pages=len(pages))
                self.cell(0, 5, _latin(self, text), align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(4)

        def footer(self) -> None:
            if footer:
                self.set_y(-14)
                _set_font(self, 8)
                self.cell(0, 5, _latin(self, footer.format(page=self.page_no(), pages=len(pages))), align="C")

    pdf = Paged(format="letter")
    pdf.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=20)
    for lines in pages:
        pdf.add_page()
        _set_font(pdf, 10.5)
        for line in lines:
            pdf.multi_cell(0, 6, _latin(pdf, line), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


def make_invisible_text_pdf(path: Path, visible: Sequence[str], hidden: Sequence[str]) -> Path:
    """Visible lines, then lines drawn in text render mode 3 (invisible), as keyword stuffing is."""
    from fpdf.enums import TextMode

    pdf = _new_pdf()
    pdf.add_page()
    _set_font(pdf, 10.5)
    for line in visible:
        pdf.multi_cell(0, 6, _latin(pdf, line), new_x="LMARGIN", new_y="NEXT")
    pdf.text_mode = TextMode.INVISIBLE
    for line in hidden:
        pdf.multi_cell(0, 6, _latin(pdf, line), new_x="LMARGIN", new_y="NEXT")
    pdf.text_mode = TextMode.FILL
    pdf.output(str(path))
    return path


def _pdf_string(text: str) -> bytes:
    raw = text.encode("cp1252")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def _text_stream(lines: Sequence[str], top: float) -> bytes:
    ops = [b"BT", b"/F1 10 Tf", b"14 TL", f"54 {top:.0f} Td".encode()]
    ops.extend(_pdf_string(line) + b" Tj T*" for line in lines)
    ops.append(b"ET")
    return b"\n".join(ops)


_HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def _one_page(resources: bytes, content: bytes) -> list[bytes]:
    """Objects 1-4 of a hand-made one-page PDF: catalog, page tree, page (with ``resources``), its content."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << %s >> >>" % resources,
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
    ]


def make_form_xobject_pdf(path: Path, page_lines: Sequence[str], form_lines: Sequence[str]) -> Path:
    """A hand-written PDF: some lines drawn on the page, the rest inside a Form XObject it paints.

    fpdf2 has no API for form XObjects, and several resume editors put whole blocks in them.
    """
    page = _text_stream(page_lines, 740) + b"\nq 1 0 0 1 0 0 cm /Fm1 Do Q"
    form = _text_stream(form_lines, 740 - 14 * (len(page_lines) + 1))
    objects = [
        *_one_page(b"/Font << /F1 5 0 R >> /XObject << /Fm1 6 0 R >>", page),
        _HELVETICA,
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Length %d >>\nstream\n%s\nendstream" % (len(form), form),
    ]
    return write_raw_pdf(path, objects)


def write_raw_pdf(path: Path, objects: Sequence[bytes]) -> Path:
    """Write PDF objects (object 1 is the catalog) with a correct cross-reference table, for hand-made files."""
    path.write_bytes(raw_pdf(objects))
    return path


def raw_pdf(objects: Sequence[bytes]) -> bytes:
    """PDF objects (object 1 is the catalog) with a correct cross-reference table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def make_icon_font_pdf(path: Path, rows: Sequence[Sequence[tuple[str, str]]]) -> Path:
    """A hand-written PDF whose rows mix text in Helvetica ("F1") with glyphs of a font named FontAwesome ("F2"),
    as LaTeX resumes set their phone, envelope and calendar icons: each row is a list of (font, text) pieces."""
    ops = [b"BT", b"14 TL", b"54 740 Td"]
    for row in rows:
        for font, text in row:
            ops.append(b"/%s 10 Tf %s Tj" % (font.encode(), _pdf_string(text)))
        ops.append(b"T*")
    ops.append(b"ET")
    page = b"\n".join(ops)
    widths = b"/FirstChar 32 /LastChar 126 /Widths [%s]" % b" ".join([b"600"] * 95)
    objects = [
        *_one_page(b"/Font << /F1 5 0 R /F2 6 0 R >>", page),
        _HELVETICA,
        b"<< /Type /Font /Subtype /Type1 /BaseFont /FontAwesome5Free-Solid /Encoding /WinAnsiEncoding %s "
        b"/FontDescriptor 7 0 R >>" % widths,
        b"<< /Type /FontDescriptor /FontName /FontAwesome5Free-Solid /Flags 4 /FontBBox [0 -200 600 700] "
        b"/ItalicAngle 0 /Ascent 700 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    return write_raw_pdf(path, objects)


def make_sidebar_pdf(path: Path, main: Sequence[str], sidebar: Sequence[str]) -> Path:
    """A page with the main column on the left and a sidebar on the right (AltaCV's layout), row for row: line i
    of the sidebar sits on the baseline of line i of the main column."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    top = pdf.get_y()
    for i, line in enumerate(main):
        pdf.set_xy(pdf.l_margin, top + 6 * i)
        pdf.cell(100, 6, line)
    for i, line in enumerate(sidebar):
        pdf.set_xy(pdf.l_margin + 125, top + 6 * i)
        pdf.cell(pdf.w - pdf.r_margin - pdf.l_margin - 125, 6, line)
    pdf.output(str(path))
    return path


def make_date_column_pdf(path: Path, entries: Sequence[tuple[str, Sequence[str]]], *, head: Sequence[str] = ()) -> Path:
    """moderncv's layout: ``head`` lines, then entries whose date (a line or two, right-aligned) stands in a narrow
    left column beside the entry's first line, and whose lines run on in the wide column right of it."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for line in head:
        pdf.set_x(pdf.l_margin + 40)
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    for dates, lines in entries:
        top = pdf.get_y()
        for i, date in enumerate(dates.split("\n")):
            pdf.set_xy(pdf.l_margin, top + 5 * i)
            pdf.cell(35, 5, date, align="R")
        for i, line in enumerate(lines):
            pdf.set_xy(pdf.l_margin + 40, top + 5 * i)
            pdf.cell(0, 5, line)
        pdf.set_xy(pdf.l_margin, top + 5 * len(lines))
    pdf.output(str(path))
    return path


def make_right_date_column_pdf(
    path: Path, entries: Sequence[tuple[str, Sequence[str]]], *, head: Sequence[str] = ()
) -> Path:
    """A date column at the right margin: ``head`` lines, then entries whose first line (a title) has its date
    right-aligned beside it, a line or two ("Jan 2019 -" above "Present"), and two lines of text under the title."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for line in head:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    for dates, title in entries:
        top = pdf.get_y()
        pdf.set_xy(pdf.l_margin, top)
        pdf.cell(120, 5, title)
        for i, date in enumerate(dates.split("\n")):
            pdf.set_xy(pdf.w - pdf.r_margin - 30, top + 5 * i)
            pdf.cell(30, 5, date, align="R")
        for i, line in enumerate(["Wrote the reports of the team.", "Kept the books of the shop."], start=1):
            pdf.set_xy(pdf.l_margin, top + 5 * i)
            pdf.cell(120, 5, line)
        pdf.set_xy(pdf.l_margin, top + 17)
    pdf.output(str(path))
    return path


def make_label_table_pdf(path: Path, rows: Sequence[tuple[str, Sequence[str]]], *, head: Sequence[str] = ()) -> Path:
    """A LaTeX tabular's layout: ``head`` lines across the page, then rows whose left cell (a heading, a label or a
    date, left-aligned at the margin) stands beside the first of the row's lines in the wide right column (a heading
    has none: its row is empty on the right)."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    for line in head:
        pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for left, lines in rows:
        top = pdf.get_y()
        pdf.set_xy(pdf.l_margin, top)
        pdf.cell(38, 5, left)
        for i, line in enumerate(lines):
            pdf.set_xy(pdf.l_margin + 45, top + 5 * i)
            pdf.cell(0, 5, line)
        pdf.set_xy(pdf.l_margin, top + 5 * max(len(lines), 1) + 3)
    pdf.output(str(path))
    return path


def make_designer_pdf(
    path: Path,
    left: Sequence[str],
    right: Sequence[str],
    *,
    head: Sequence[Sequence[str]] = (),
    right_x: float = 80,
    steps: tuple[float, float] = (5, 5),
) -> Path:
    """A designer resume's page: rows of ``head`` items spread across the page, then two columns side by side from
    one height, each line a cell of its own (a line "# TITLE" is a heading, in a larger font, "## NAME" a name, larger
    still; an empty line a gap between blocks). The right column starts ``right_x`` mm from the page's left edge;
    ``steps``: how far down (mm) each column's next line goes (lines far apart are boxes of their own to pdfminer,
    which it may read across the page)."""
    pdf = _new_pdf()
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for row in head:
        pdf.set_font("Helvetica", "", 10)
        step = width / max(len(row), 1)
        for i, item in enumerate(row):
            pdf.set_xy(pdf.l_margin + i * step, pdf.get_y())
            pdf.cell(step, 6, item)
        pdf.ln(7)
    top = pdf.get_y() + 4
    columns = ((pdf.l_margin, left, right_x - pdf.l_margin - 6), (right_x, right, pdf.w - right_x - pdf.r_margin))
    for (x, lines, column_width), step in zip(columns, steps, strict=True):
        y = top
        for line in lines:
            if not line:
                y += 2 * step  # a gap between two blocks
                continue
            marks = len(line) - len(line.lstrip("#"))
            pdf.set_font("Helvetica", "B" if marks else "", (9.5, 14, 22)[min(marks, 2)])
            pdf.set_xy(x, y)
            pdf.cell(column_width, 5, line.lstrip("# "))
            y += step * (1, 1.5, 2.5)[min(marks, 2)]
    pdf.output(str(path))
    return path


@dataclass(frozen=True)
class Run:
    """A run of text drawn in one go: its colour (RGB), font size, spacing between letters and gap before it
    (points; None: the row's)."""

    text: str
    colour: tuple[int, int, int] = (80, 80, 80)
    size: float = 16
    spacing: float = 0
    gap: float | None = None


def make_runs_pdf(path: Path, rows: Sequence[Sequence[Run]], *, gap: float) -> Path:
    """Rows of runs of text, each in its own colour, size and letter spacing, ``gap`` points after the run before it
    unless the run gives its own (a heading whose first letters stand in white on a coloured box, "edu" then
    "cation"; a larger first letter before small capitals, "R" then "ESEARCH")."""
    pdf = _new_pdf()
    pdf.add_page()
    for row in rows:
        x = pdf.l_margin
        for i, run in enumerate(row):
            x += 0 if not i else (gap if run.gap is None else run.gap) / pdf.k
            pdf.set_font("Helvetica", "", run.size)
            pdf.set_char_spacing(run.spacing)
            pdf.set_text_color(*run.colour)
            pdf.set_xy(x, pdf.get_y())
            width = pdf.get_string_width(run.text)
            pdf.cell(width, 8, run.text)
            x += width
        pdf.ln(10)
    pdf.output(str(path))
    return path
