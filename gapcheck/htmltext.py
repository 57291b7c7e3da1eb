"""HTML -> Markdown-like text (html.parser): block elements end lines, list items and headings keep their marks,
a table row is one line of its cells."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK_TAGS = frozenset(
    "p div br li ul ol tr table section article header footer dt dd h1 h2 h3 h4 h5 h6 blockquote pre hr".split()
)
_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "template", "head", "svg"})
# tags people put in Markdown; only these are read as HTML inside a Markdown line ("List<String>" is no tag)
_INLINE_TAGS = (
    "a|abbr|address|article|aside|b|big|blockquote|br|caption|center|cite|code|dd|del|div|dl|dt|em|figcaption|"
    "figure|font|footer|h[1-6]|header|hr|i|img|ins|kbd|label|li|main|mark|nav|ol|p|pre|section|small|span|strike|"
    "strong|sub|summary|details|sup|table|tbody|td|th|thead|time|tr|tt|u|ul"
)
HTML_TAG = re.compile(rf"</?(?:{_INLINE_TAGS})\b[^<>]*>", re.IGNORECASE)
"""An HTML tag as written inside Markdown."""
_CELL = "\x00"
_GAP = "\x01"  # a wide gap between a term and its definition, kept through the spaces collapsed


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._term_end = -1  # where the last <dt> ended: its <dd> goes on on the term's line

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip += 1
        elif tag == "dd" and self._term_end >= 0 and not "".join(self.parts[self._term_end + 1 :]).strip():
            # "<dt>2019 - 2021</dt><dd>Engineer, ACME</dd>": a term and its definition are one entry, on one line
            # apart by a wide gap, as a PDF shows a date column beside its entry
            del self.parts[self._term_end :]
            self.parts.append(_GAP)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
            if tag == "li":
                self.parts.append("- ")
            elif re.fullmatch(r"h[1-6]", tag):
                self.parts.append("#" * int(tag[1]) + " ")
        elif tag in ("b", "strong"):
            self.parts.append("**")
        elif tag in ("td", "th"):
            self.parts.append(_CELL)
        elif tag == "img":  # a badge's words ("Python" on a shields.io picture) are what it says
            self.parts.append(" " + (dict(attrs).get("alt") or "").strip() + " ")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
            self._term_end = len(self.parts) - 1 if tag == "dt" else -1
        elif tag in ("b", "strong"):
            self.parts.append("**")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))


def html_to_markdown(text: str) -> str:
    """HTML -> Markdown-like text: block elements end lines, list items become "- ", headings "#", and a table
    row one line of its non-empty cells joined by " | ".

    >>> html_to_markdown("<h2>Requirements</h2><ul><li>Python &amp; SQL</li></ul><script>x()</script>")
    '## Requirements\\n- Python & SQL'
    >>> html_to_markdown("<table><tr><td>2019 – 2021</td><td></td><td><b>Engineer</b>, ACME</td></tr></table>")
    '2019 – 2021 | **Engineer**, ACME'
    """
    parser = _HtmlText()
    parser.feed(text)
    parser.close()
    out = []
    for line in "".join(parser.parts).split("\n"):
        line = re.sub(r" {2,}", " ", re.sub(r"\*\*\s*\*\*", "", line))
        if _CELL in line:
            line = " | ".join(cell.strip() for cell in line.split(_CELL) if cell.strip())
        line = line.replace(_GAP, "   ").strip()
        if line:
            out.append(line)
    return "\n".join(out)
