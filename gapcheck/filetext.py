"""A resume file -> text: a regular file within the size limit, read as PDF, Word (.docx) or plain text."""

from __future__ import annotations

import re
from pathlib import Path

from gapcheck.errors import ResumeReadError
from gapcheck.limits import read_regular_file
from gapcheck.resumetext import ResumeText

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
"""Text resumes (plain or Markdown), so users without a PDF can still check."""
HTML_SUFFIXES = frozenset({".html", ".htm"})
"""Web pages, read as text when named so (a resume put on a personal site); a batch's folder search skips them,
since a folder of resumes often holds the HTML reports of an earlier run."""
WORD_SUFFIXES = frozenset({".docx"})
RESUME_SUFFIXES = frozenset({".pdf"}) | WORD_SUFFIXES | TEXT_SUFFIXES
"""What gapcheck reads, so what a batch folder search collects."""

_EXPORT = {
    ".doc": "an old Word (.doc) file",
    ".odt": "an OpenDocument (.odt) file",
    ".rtf": "a rich-text (.rtf) file",
    ".pages": "an Apple Pages file",
}
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = b"PK\x03\x04"


def extract_text(path: Path, *, max_pages: int | None = None, max_bytes: int | None = None) -> ResumeText:
    """Read the text of a resume file (PDF, .docx, .txt, .md or .html) in reading order, normalised.

    The kind is told by the file's content (a PDF named ``.txt`` is read as a PDF); Word and
    text files by their suffix too. Only regular files are opened: a folder, a named pipe or a
    device gets an error, never a wait.

    Parameters
    ----------
    path : Path
        The resume file.
    max_pages : int, optional
        Refuse PDFs with more pages than this.
    max_bytes : int, optional
        Refuse files larger than this.

    Returns
    -------
    ResumeText
        The normalised lines, the page count and any warnings about the text layer.

    Raises
    ------
    ResumeReadError
        When the file is missing, not a regular file, too large, of a kind gapcheck cannot
        read, encrypted, damaged, too long, or has no readable text.
    """
    from gapcheck.pdftext import pdf_text  # here: finding a batch's files needs only the suffixes
    from gapcheck.textlines import finish_text

    name = path.name
    data = read_regular_file(path, max_bytes)
    if not data:
        raise ResumeReadError(f"{name}: the file is empty (0 bytes); save or export the resume again")
    head = data[:1024]
    suffix = path.suffix.lower()
    if b"%PDF-" in head:
        return pdf_text(data, name, max_pages=max_pages)
    # each reader imported only for its kind of file: a PDF's reading child (``gapcheck.reading``) imports no
    # Markdown reader, and with it no later stage (dates, the models)
    if suffix in WORD_SUFFIXES or (head.startswith(_ZIP) and b"word/" in data[:4096]):
        from gapcheck.wordtext import docx_lines

        return finish_text(name, [docx_lines(data, name)], [])
    if suffix in TEXT_SUFFIXES or suffix in HTML_SUFFIXES:
        from gapcheck.marktext import is_marked

        text = _decode(data)
        marked = suffix not in (".txt", ".text") or is_marked(text)
        lines = text_lines(text, markdown=marked)
        if not any(line.strip() for line in lines):
            raise ResumeReadError(f"{name}: the text file holds only blank lines; save the resume's text into it")
        return finish_text(name, [lines], [], blank_breaks=marked)
    kind = _EXPORT.get(suffix)
    if kind is None and head.startswith(_OLE):
        kind = _EXPORT[".doc"]
    elif kind is None and head.startswith(_ZIP) and b"opendocument.text" in data[:200]:
        kind = _EXPORT[".odt"]
    if kind is not None:
        raise ResumeReadError(
            f"{name}: {kind} cannot be read; save it as Word (.docx) or PDF "
            "(File > Save As, or Export as PDF) and try again"
        )
    html = b"<html" in head.lower() or b"<!doctype" in head.lower()
    kind = "an HTML page, not a PDF" if html else "not a PDF, Word (.docx) or text file"
    raise ResumeReadError(f"{name}: the file is {kind}; export the resume as PDF and try again")


# front-matter keys of a site generator's page (Jekyll, Hugo): about the page, not the person
_PAGE_KEYS = frozenset(
    """
    layout permalink date lastmod last_modified_at tags categories category published draft weight slug aliases
    menu type lang sitemap comments toc excerpt redirect_from sidebar author_profile classes header search
    nav_order icon image keywords url share related
    """.split()
)


# a short section heading written in sentence case ("## Previous work experience"): its words capitalised, as a
# heading is written in a PDF, since the text alone no longer says it was marked as one
_SENTENCE_CASE = re.compile(r"[^\W\d_][^\W\d_'’-]*(?: (?:[^\W\d_'’-]+|&|/)){1,4}")


def text_lines(text: str, *, markdown: bool = False) -> list[str]:
    """A text resume's lines. Markdown (``markdown``) is read without its markup: each heading a line of its own,
    list items as "• " lines, table rows as cells joined by " | ", lines wrapped by hand joined again, a site
    generator's page keys dropped, a short top-level heading in sentence case capitalised ("## Work history" is
    "Work History"). Plain text is read as it is, but for its leaders (``marktext.plain_text_line``).

    >>> text_lines("## Experience\\n| 2019 – 2021 | **Engineer** | [ACME](https://acme.example) |", markdown=True)
    ['Experience', '', '2019 – 2021 | Engineer | ACME']
    >>> text_lines("EXPERIENCE\\nEngineer, ACME   2019 - 2021")
    ['EXPERIENCE', 'Engineer, ACME   2019 - 2021']
    """
    from gapcheck.markentries import dates_only, entry_fields
    from gapcheck.marktext import META_LINE, marked_lines, plain_text_line
    from gapcheck.markwraps import join_hard_wraps

    if not markdown:
        return [plain_text_line(line) for line in text.splitlines()]
    out: list[str] = []
    item = 0  # the line of the list item the cells go on
    page = bool(re.match(r"\s*<(?:!doctype|html)\b", text, re.IGNORECASE))  # a README's "<h1 align=...>" is no page
    lines = join_hard_wraps(marked_lines(text, html=page, keep_gaps=True))
    # a paragraph of an item ("* 2019 - 2021: Engineer" / "" / "  ACME") lies under it as a sub-item does
    fields = entry_fields([(x.text, x.bullet, x.indent + x.paragraph) for x in lines])
    for i, line in enumerate(lines):
        if line.heading == META_LINE and line.text.partition(":")[0].strip().lower() in _PAGE_KEYS:
            continue
        text = line.text
        if 1 <= line.heading <= 2 and _SENTENCE_CASE.fullmatch(text):
            text = " ".join(word[:1].upper() + word[1:] for word in text.split())
        if line.heading and text and out and out[-1]:
            out.append("")  # a heading is a line of its own: nothing is joined onto it later, nor it onto a line
        if i in fields:  # "  * ACME" under "* 2019 - 2021: Engineer": a cell of the entry's line
            out[item] += "   " + text
            continue
        item = len(out) if line.bullet else item
        # a list item of dates alone opens an entry, as a PDF's date line does: no bullet of a detail
        out.append(("• " if line.bullet and not dates_only(text) else "") + text if text else "")
        if line.heading and text:
            out.append("")
    while out and not out[-1]:
        out.pop()
    return out


def _decode(data: bytes) -> str:
    """UTF-8 (with or without a byte-order mark), UTF-16 with one, else Windows-1252, which reads any byte."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
