"""Word (.docx) and plain-text resumes: reading order, tables, headers, bullets; formats gapcheck cannot read."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import AS_OF

from gapcheck.errors import ResumeReadError
from gapcheck.filetext import extract_text
from gapcheck.pipeline import read_resume
from gapcheck.wordtext import MAX_UNPACKED_BYTES, docx_lines


def _save(document: docx.document.Document, path: Path) -> Path:
    document.save(str(path))
    return path


def make_docx(path: Path) -> Path:
    """An invented two-column resume: a header, a table (sidebar | main), bullets, a footer."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Dana Word · dana@example.com"
    document.sections[0].footer.paragraphs[0].text = "References on request"
    document.add_paragraph("SUMMARY")
    document.add_paragraph("Analyst who turns data into decisions.")
    row = document.add_table(rows=1, cols=2).rows[0]
    side, main = row.cells
    side.paragraphs[0].text = "SKILLS"
    for skill in ("Python", "SQL", "Tableau"):
        side.add_paragraph(skill, style="List Bullet")
    main.paragraphs[0].text = "EXPERIENCE"
    main.add_paragraph("Data Analyst, Acme Inc\tJan 2022 – Present")
    main.add_paragraph("Built dashboards in Tableau for the sales team", style="List Bullet")
    main.add_paragraph("EDUCATION")
    main.add_paragraph("B.S. in Statistics, Springfield University, 2021")
    return _save(document, path)


def test_docx_reads_header_body_table_cells_and_footer_in_order(tmp_path: Path) -> None:
    lines = docx_lines(make_docx(tmp_path / "cv.docx").read_bytes(), "cv.docx")
    assert lines == [
        "Dana Word · dana@example.com",
        "SUMMARY",
        "Analyst who turns data into decisions.",
        "SKILLS",
        "• Python",
        "• SQL",
        "• Tableau",
        "EXPERIENCE",
        "Data Analyst, Acme Inc   Jan 2022 – Present",
        "• Built dashboards in Tableau for the sales team",
        "EDUCATION",
        "B.S. in Statistics, Springfield University, 2021",
        "References on request",
    ]


def test_a_merged_cell_is_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "Machine learning engineer with 5 years in Python"
    table.cell(1, 0).text, table.cell(1, 1).text = "Left", "Right"
    lines = docx_lines(_save(document, tmp_path / "m.docx").read_bytes(), "m.docx")
    assert lines == ["Machine learning engineer with 5 years in Python", "Left", "Right"]


def test_a_word_resume_gives_a_full_profile(tmp_path: Path) -> None:
    profile = read_resume(make_docx(tmp_path / "cv.docx"), as_of=AS_OF)
    assert {"Python", "SQL", "Tableau"} <= {s.name for s in profile.skills}
    assert profile.highest_degree == "bachelor"
    assert [p.title for p in profile.positions] == ["Data Analyst"]
    assert profile.total_years == pytest.approx(4.83, abs=0.1)


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("cv.docx", b"PK\x03\x04" + b"\0" * 100, "the Word file is damaged and cannot be read"),
        ("cv.docx", _zip({"word/document.xml": b"<w:document"}), "the Word file is damaged and cannot be read"),
        ("cv.docx", _zip({"word/document.xml": b"0" * (MAX_UNPACKED_BYTES + 1)}), "the Word file unpacks to 64 MB"),
        ("cv.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "an old Word (.doc) file cannot be read; save"),
        ("cv.odt", _zip({"mimetype": b"application/vnd.oasis.opendocument.text"}), "an OpenDocument (.odt) file"),
        ("cv", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "an old Word (.doc) file cannot be read"),
    ],
)
def test_files_gapcheck_cannot_read_get_one_line(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ResumeReadError, match=re.escape(message)) as caught:
        extract_text(path)
    assert str(caught.value).startswith(f"{name}: ") and "\n" not in str(caught.value)


def test_a_bug_in_the_word_reader_is_not_called_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gapcheck.wordtext

    def broken(paragraph: object) -> list[str]:
        return [max([])]  # gapcheck's own bug, raised while python-docx's document is read

    monkeypatch.setattr(gapcheck.wordtext, "_paragraph_lines", broken)
    with pytest.raises(ValueError, match="empty"):
        extract_text(make_docx(tmp_path / "cv.docx"))


@pytest.mark.parametrize(
    ("data", "first"),
    [
        (b"Ann Example\nSKILLS\nPython, SQL and statistics for analysis", "Ann Example"),
        ("\ufeffAnn Exämple\nSKILLS\nPython, SQL and statistics for analysis".encode(), "Ann Exämple"),
        ("Ann Exämple\nSKILLS\nPython, SQL and statistics for analysis".encode("utf-16"), "Ann Exämple"),
        ("Ann Exämple\nSKILLS\nPython, SQL and statistics for analysis".encode("cp1252"), "Ann Exämple"),
    ],
)
def test_text_resumes_in_common_encodings(tmp_path: Path, data: bytes, first: str) -> None:
    path = tmp_path / "cv.md"
    path.write_bytes(data)
    assert extract_text(path).lines[0] == first
