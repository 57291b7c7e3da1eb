"""Word (.docx) -> raw text lines in reading order, with python-docx (the only module importing docx).

Paragraphs and tables come in document order; a table is read row by row and cell by cell,
so a two-column layout built as a table keeps each column together; text boxes are read where
they are anchored; the header comes first and the footer last; list paragraphs get a bullet.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from typing import Any

from gapcheck.errors import ResumeReadError, raised_inside

log = logging.getLogger(__name__)

MAX_UNPACKED_BYTES = 64 * 2**20
"""A .docx is a zip archive; refuse one whose parts unpack to more than this (a resume's are kilobytes)."""

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def docx_lines(data: bytes, name: str) -> list[str]:
    """The text lines of a .docx file: header, body (paragraphs, tables, text boxes), footer.

    Raises
    ------
    ResumeReadError
        When the file is not a readable Word document, or unpacks to more than ``MAX_UNPACKED_BYTES``.

    Examples
    --------
    >>> import docx
    >>> document = docx.Document()
    >>> _ = document.add_paragraph("Ann Example")
    >>> cells = document.add_table(rows=1, cols=2).rows[0].cells
    >>> cells[0].text, cells[1].text = "SKILLS\\nPython", "EXPERIENCE\\nAnalyst, Acme\\tJan 2020 - Present"
    >>> buffer = io.BytesIO(); document.save(buffer)
    >>> docx_lines(buffer.getvalue(), "cv.docx")
    ['Ann Example', 'SKILLS', 'Python', 'EXPERIENCE', 'Analyst, Acme   Jan 2020 - Present']
    """
    _check_unpacked_size(data, name)
    try:
        import docx

        document = docx.Document(io.BytesIO(data))
        lines: list[str] = []
        seen_edges: set[str] = set()
        for section in document.sections:
            lines += _edge(section.header, seen_edges)
        lines += _block_lines(document)
        for section in document.sections:
            lines += _edge(section.footer, seen_edges)
    except MemoryError:
        raise
    except Exception as exc:  # python-docx, zipfile and lxml raise many types on damaged files
        if not raised_inside(exc, "docx"):
            raise
        log.debug("python-docx failed on %s", name, exc_info=True)
        raise ResumeReadError(
            f"{name}: the Word file is damaged and cannot be read ({type(exc).__name__}); "
            "open it in Word and save it again, or export it as PDF"
        ) from exc
    return lines


def _check_unpacked_size(data: bytes, name: str) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            size = sum(item.file_size for item in archive.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise ResumeReadError(
            f"{name}: the Word file is damaged and cannot be read (not a zip archive); "
            "open it in Word and save it again, or export it as PDF"
        ) from exc
    if size > MAX_UNPACKED_BYTES:
        raise ResumeReadError(
            f"{name}: the Word file unpacks to {size / 2**20:.0f} MB, more than any resume needs (the limit is "
            f"{MAX_UNPACKED_BYTES // 2**20} MB); save it again without embedded files, or export it as PDF"
        )


def _edge(part: Any, seen: set[str]) -> list[str]:
    """A header's or footer's lines, once, even when every section repeats them."""
    if part.is_linked_to_previous and seen:
        return []
    lines = list(_block_lines(part))
    key = "\n".join(lines)
    if key in seen:
        return []
    seen.add(key)
    return lines


def _block_lines(container: Any) -> Iterator[str]:
    """Paragraphs and tables of a body, cell, header or footer, in document order."""
    for block in container.iter_inner_content():
        if hasattr(block, "rows"):
            yield from _table_lines(block)
        else:
            yield from _paragraph_lines(block)


def _table_lines(table: Any) -> Iterator[str]:
    for row in table.rows:
        done: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in done:  # a merged cell appears once per grid column it spans
                continue
            done.add(id(cell._tc))
            yield from _block_lines(cell)


def _paragraph_lines(paragraph: Any) -> Iterator[str]:
    text = paragraph.text.replace("\t", "   ")
    bullet = "• " if _is_list_item(paragraph) else ""
    for number, line in enumerate(text.split("\n")):
        if line.strip():
            yield (bullet if number == 0 else "") + line
    for box in paragraph._p.iter(f"{_W}txbxContent"):
        if any(ancestor.tag == _FALLBACK for ancestor in box.iterancestors()):
            continue  # the same box again, as VML for old readers
        for inner in box.iter(f"{_W}p"):
            line = "".join(node.text or "" for node in inner.iter(f"{_W}t"))
            if line.strip():
                yield line


def _is_list_item(paragraph: Any) -> bool:
    properties = paragraph._p.pPr
    if properties is not None and properties.numPr is not None:
        return True
    style = paragraph.style.name if paragraph.style is not None else ""
    return str(style).lower().startswith("list")
