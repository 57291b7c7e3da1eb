"""Job posting files (.txt, .md, .html, .pdf) -> plain lines, with headings and list items marked (by marktext)."""

from __future__ import annotations

from pathlib import Path

from gapcheck.errors import PostingError, ResumeReadError
from gapcheck.filetext import extract_text
from gapcheck.limits import read_regular_file
from gapcheck.marktext import MarkedLine, marked_lines, plain_line
from gapcheck.markwraps import join_wrapped

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MAX_POSTING_BYTES = 2_000_000
_SIZE_HINT = "a job posting is a few kilobytes of text"
"""A posting is a page or two; a file far larger than this is not one."""

PostingLine = MarkedLine
"""A posting's line: its text without markup, heading level (``META_LINE`` for a front-matter fact), bullet."""


def read_posting_file(path: Path) -> list[PostingLine]:
    """Read a posting file: PDF through the PDF reader, HTML through ``html.parser``, else text or Markdown.

    Raises
    ------
    PostingError
        When the file is missing, too large, not text, or holds no text.
    """
    pdf = path.suffix.lower() == ".pdf"
    data = b"" if pdf else read_regular_file(path, MAX_POSTING_BYTES, error=PostingError, hint=_SIZE_HINT)
    if pdf or data.startswith(b"%PDF-"):
        try:
            return join_wrapped([plain_line(line) for line in extract_text(path).lines])
        except ResumeReadError as exc:
            raise PostingError(str(exc)) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PostingError(f"{path.name}: not a UTF-8 text, Markdown, HTML or PDF file") from exc
    return posting_lines(text, html=path.suffix.lower() in HTML_SUFFIXES)


def posting_lines(text: str, *, html: bool | None = None) -> list[PostingLine]:
    """Split posting text into lines; ``html=None`` guesses HTML from the text itself.

    >>> [(x.text, x.heading, x.bullet) for x in posting_lines("## Requirements\\n- **Python**, SQL")]
    [('Requirements', 2, False), ('Python, SQL', 0, True)]
    """
    out = marked_lines(text, html=html)
    if not any(line.text for line in out):
        raise PostingError("the posting holds no text")
    return join_wrapped(out)
