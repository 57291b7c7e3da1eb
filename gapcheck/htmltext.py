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
# an element styled out of sight: text a reader never sees (keywords or notes for a screening program) is no part
# of the resume, as a PDF's invisible text is not
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|opacity\s*:\s*0(?:\.0+)?\s*(?:;|$)|"
    r"font-size\s*:\s*(?:0|0?\.\d+|1)\s*(?:px|pt)?\s*(?:;|$)",
    re.IGNORECASE,
)
_VOID_TAGS = frozenset("area base br col embed hr img input link meta source track wbr".split())
_CELL = "\x00"
_GAP = "\x01"  # a wide gap between a term and its definition, kept through the spaces collapsed


class _HtmlText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0
        self._term_end = -1  # where the last <dt> ended: its <dd> goes on on the term's line
        self._hidden: list[str] = []  # the hidden element's tag, once per open element of that name inside it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self._hidden or (tag not in _VOID_TAGS and _is_hidden(dict(attrs))):
            if not self._hidden or tag == self._hidden[0]:
                self._hidden.append(tag)
            return
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
        if self._hidden:
            if tag == self._hidden[0]:
                self._hidden.pop()
            return
        if tag in _SKIPPED_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
            self._term_end = len(self.parts) - 1 if tag == "dt" else -1
        elif tag in ("b", "strong"):
            self.parts.append("**")

    def handle_data(self, data: str) -> None:
        if not self._skip and not self._hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def _is_hidden(attrs: dict[str, str | None]) -> bool:
    return "hidden" in attrs or bool(_HIDDEN_STYLE.search(attrs.get("style") or ""))


_START_TAG = re.compile(r"<([a-zA-Z][\w-]{0,30})\b([^<>]{0,2000})>")
_HIDDEN_ATTRIBUTE = re.compile(r"(?:^|\s)hidden(?=\s|=|/|$)|style\s*=\s*(\"[^\"]*\"|'[^']*')", re.IGNORECASE)


def blank_hidden_elements(text: str) -> str:
    """Markdown or HTML source without the elements styled out of sight, each line kept (as a blank), so an
    element that runs over several lines of a Markdown file is hidden whole.

    >>> blank_hidden_elements('Engineer\\n<p style="font-size:1px">Hire\\nme</p>\\nACME')
    'Engineer\\n\\n\\nACME'
    """
    if "style" not in text and "hidden" not in text:
        return text
    out: list[str] = []
    position = 0
    while (tag := _START_TAG.search(text, position)) is not None:
        name = tag.group(1).lower()
        if name in _VOID_TAGS or not _hidden_attributes(tag.group(2)):
            out.append(text[position : tag.end()])
            position = tag.end()
            continue
        end = _element_end(text, tag.end(), name)
        out += [text[position : tag.start()], "\n" * text.count("\n", tag.start(), end)]
        position = end
    return "".join(out) + text[position:]


def _hidden_attributes(attributes: str) -> bool:
    for found in _HIDDEN_ATTRIBUTE.finditer(attributes):
        if found.group(1) is None or _HIDDEN_STYLE.search(found.group(1).strip("\"'")):
            return True
    return False


def _element_end(text: str, start: int, name: str) -> int:
    """Where the element opened before ``start`` ends: past its closing tag, counting elements of its name
    opened inside it; the text's end when it is never closed."""
    depth = 1
    for tag in re.finditer(rf"<(/?){re.escape(name)}\b[^<>]*>", text[start:], re.IGNORECASE):
        depth += -1 if tag.group(1) else 1
        if depth == 0:
            return start + tag.end()
    return len(text)


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
