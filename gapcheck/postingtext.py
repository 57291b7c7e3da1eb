"""Job posting files (.txt, .md, .html, .pdf) -> plain lines, with headings and list items marked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

from gapcheck.errors import PostingError, ResumeReadError
from gapcheck.filetext import extract_text
from gapcheck.limits import read_regular_file

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MAX_POSTING_BYTES = 2_000_000
_SIZE_HINT = "a job posting is a few kilobytes of text"
"""A posting is a page or two; a file far larger than this is not one."""

_BLOCK_TAGS = frozenset(
    "p div br li ul ol tr table section article header footer dt dd h1 h2 h3 h4 h5 h6 blockquote pre hr".split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg"})
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$'\"|>])")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*\*|\*\*|__|\*(?=\S)|(?<=\S)\*)")
_BULLET = re.compile(r"^\s*(?:[-*+•·▪◦●○■□➢➤►✓✔]|\d{1,2}[.)])\s+")
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w -]{0,40}?)\s*[:=]\s*(.*)$")
_KEY_VALUE = re.compile(r"^[A-Za-z_]{2,20}\s*[=:]\s*\S")
_META = "\x00meta:"
META_LINE = 8
"""``PostingLine.heading`` of a front-matter ``key: value`` line: facts about the posting, not text."""


@dataclass(frozen=True, slots=True)
class PostingLine:
    text: str
    """The line without markup, bullet or heading marks."""
    heading: int
    """Markdown heading level (1-6), 7 for a bold-only line, 8 (``META_LINE``) for a front-matter
    ``key: value``, 0 for ordinary text."""
    bullet: bool
    """The line starts a list item."""


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
            return _join_wrapped([_plain_line(line) for line in extract_text(path).lines])
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
    if html is None:
        html = bool(re.match(r"\s*<(?:!doctype|html|body|div|p|h\d|ul|section|article)\b", text, re.IGNORECASE))
    if html:
        text = html_to_markdown(text)
    text = text.replace("\\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    out = [
        PostingLine(_clean(raw[len(_META) :]), META_LINE, False) if raw.startswith(_META) else _markdown_line(raw)
        for raw in _front_matter(lines)
    ]
    if not any(line.text for line in out):
        raise PostingError("the posting holds no text")
    return _join_wrapped(out)


def _front_matter(lines: list[str]) -> list[str]:
    """YAML front matter ("---" ... "---") as Markdown: keys without a value become headings, list items
    bullets, and an indented line continues the item above it."""
    if not lines or lines[0].strip() != "---" or "---" not in (x.strip() for x in lines[1:]):
        return lines
    end = next(i for i in range(1, len(lines)) if lines[i].strip() == "---")
    out: list[str] = []
    for line in lines[1:end]:
        stripped = line.strip()
        item = re.match(r"^\s*-\s+(.*)$", line)
        key = _FRONT_KEY.match(line) if not line[:1].isspace() else None
        if item:
            out.append("- " + item.group(1).strip().strip("\"'"))
        elif key and key.group(2).strip() in ("", "|", ">", "|-", ">-"):
            out.append("## " + key.group(1).replace("_", " ").strip())
        elif key:
            value = key.group(2).strip().strip("\"'")
            out.append(f"{_META}{key.group(1)[:1].upper()}{key.group(1)[1:]}: {value}")
        elif stripped and out and out[-1].startswith("- ") and line[:1].isspace():
            out[-1] += " " + stripped.strip("\"'")
        else:
            out.append(stripped)
    return out + [""] + lines[end + 1 :]


def _markdown_line(raw: str) -> PostingLine:
    line = raw.rstrip()
    if line.endswith("\\"):
        line = line[:-1]  # pandoc's hard line break
    line = _MD_LINK.sub(r"\1", _MD_ESCAPE.sub(r"\1", line))
    if re.match(r"^\s*<\?.*\?>\s*$", line):
        return PostingLine("", 0, False)  # template includes ("<? include jobs/header ?>")
    heading = re.match(r"^\s{0,3}(#{1,6})\s+(.*)$", line)
    if heading:
        return PostingLine(_clean(heading.group(2)).rstrip("#").strip(), len(heading.group(1)), False)
    bullet = bool(_BULLET.match(line))
    body = _BULLET.sub("", line) if bullet else line
    bold_only = re.fullmatch(r"\s*(\*\*|__)([^*_]+?)(\*\*|__)\s*:?\s*", body)
    if bold_only and not bullet:
        return PostingLine(_clean(bold_only.group(2)), 7, False)
    return PostingLine(_clean(body), 0, bullet)


def _plain_line(line: str) -> PostingLine:
    bullet = bool(_BULLET.match(line))
    return PostingLine(_clean(_BULLET.sub("", line)), 0, bullet)


def _clean(text: str) -> str:
    text = _MD_EMPHASIS.sub("", text).replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def _join_wrapped(lines: list[PostingLine]) -> list[PostingLine]:
    """Re-join text wrapped at a fixed width (Markdown sources, e-mailed text): a line continues the one
    above when that one is long, has no closing punctuation, and the file is wrapped as a whole."""
    lengths = [len(x.text) for x in lines if x.text]
    wrapped = bool(lengths) and max(lengths) <= 110 and sum(n >= 55 for n in lengths) >= len(lengths) / 3
    out: list[PostingLine] = []
    for line in lines:
        prev = out[-1] if out else None
        continues = (
            prev is not None
            and prev.text
            and line.text
            and not line.heading
            and not line.bullet
            and not prev.heading
            and not _KEY_VALUE.match(line.text)
            and (
                line.text[0].islower()
                or prev.text.count("(") > prev.text.count(")")
                or (wrapped and len(prev.text) >= 50 and prev.text[-1] not in ".:!?")
            )
        )
        if continues and prev is not None:
            out[-1] = PostingLine(f"{prev.text} {line.text}", 0, prev.bullet)
        else:
            out.append(line)
    return out


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("- ")
            elif re.fullmatch(r"h[1-6]", tag):
                self.parts.append("#" * int(tag[1]) + " ")
        elif tag in ("b", "strong"):
            self.parts.append("**")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag in ("b", "strong"):
            self.parts.append("**")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_markdown(text: str) -> str:
    """HTML -> Markdown-like text: block elements end lines, list items become "- ", headings "#".

    >>> html_to_markdown("<h2>Requirements</h2><ul><li>Python &amp; SQL</li></ul><script>x()</script>")
    '## Requirements\\n- Python & SQL'
    """
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    lines = [re.sub(r"\*\*\s*\*\*", "", line).strip() for line in "".join(parser.parts).split("\n")]
    return "\n".join(line for line in lines if line)
