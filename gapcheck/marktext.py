"""Markdown and HTML text -> lines without markup, headings and list items marked: the one reader of marked-up
text, for job postings and for resumes that arrive as text."""

from __future__ import annotations

import html as html_module
import re
from dataclasses import dataclass, field

from gapcheck.htmltext import HTML_TAG, blank_hidden_elements, html_to_markdown
from gapcheck.markentries import hide_markup, join_definitions, join_split_links
from gapcheck.marklatex import latex_lines

META_LINE = 8
"""``MarkedLine.heading`` of a front-matter ``key: value`` line: facts about the page, not text."""

_HTML_START = re.compile(r"\s*<(?:!doctype|html|body|div|p|h\d|ul|section|article)\b", re.IGNORECASE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!$'\"|>])")
_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)")
_MD_LINK = re.compile(r"\[([^\]\n]{0,300})\]\([^)\n]{0,1000}\)")
_MD_REF_LINK = re.compile(r"\[([^\]\n]{1,300})\]\[[^\]\n]{0,100}\]")
_MD_REF_DEFINITION = re.compile(r"^\s{0,3}\[[^\]\n]{1,300}\]:\s*\S")
_MD_AUTOLINK = re.compile(r"<((?:https?://|mailto:)[^>\s]+|[\w.+-]+@[\w-]+\.[\w.-]+)>")
_MD_EMPHASIS = re.compile(r"(\*\*\*|\*\*|__|\*(?=\S)|(?<=\S)\*)")
# "_2019 - 2021_", "~~old~~", "`Python`": marks at a word's edge only ("snake_case" keeps its underscore)
_EDGE_MARKS = re.compile(r"(?<![\w\\])_+(?=[^\s_])|(?<=[^\s_])_+(?!\w)|~~|`+")
_BULLET = re.compile(r"^\s*(?:[-*+•·▪◦●○■□➢➤►✓✔]|\d{1,2}[.)])\s+")
_FRONT_KEY = re.compile(r"^([A-Za-z_][\w -]{0,40}?)\s*[:=]\s*(.*)$")
_MAPPING_KEY = re.compile(r"^([a-z_][a-z0-9_]{0,30}):(?:\s+(.*)|\s*)$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|={3,})$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
# what tells Markdown from plain text: headings, bold, links, fences, table rows, tags (every run bounded or
# anchored, so text built to be slow reads in linear time)
_MARKUP = re.compile(
    r"^\s{0,3}#{1,6}\s+\S|\*\*[^*\n]{1,300}\*\*|(?<!\w)__[^_\n]{1,300}__(?!\w)|"
    r"!?\[[^\]\n]{1,300}\]\([^)\s]{0,1000}\)|^\s{0,3}(?:```|~~~)|"
    r"^[ \t]*\|[^\n]*\|[ \t]*$|^[ \t]*\S[^\n]*\n[ \t]{0,3}(?:={3,}|-{3,})[ \t]*$|^[ \t]*\{%.*%\}[ \t]*$|<!--",
    re.MULTILINE,
)
_COLUMN_GAP = re.compile(r"(?<![.!?;:])(?:\s{2,}|\s[-–—.·_]{4,}\s+)(?=\S)")
_META = "\x00meta:"
_HIDDEN = re.compile(
    r"<!--.*?(?:-->|$)|<(head|style|script)\b[^>]{0,1000}>.*?(?:</\1\s*>|$)", re.DOTALL | re.IGNORECASE
)
_TEMPLATE_LINE = re.compile(r"^[ \t]*(?:\{%.*?%\}|\{\{.*?\}\}|<\?.*?\?>|@import\s.*)[ \t]*$", re.MULTILINE)
_HTML_ROW = re.compile(r"<tr\b(?:(?!<tr\b).){0,20000}?</tr\s*>", re.DOTALL | re.IGNORECASE)
# a line opening an HTML block (CommonMark's kind 6): the block runs to the next blank line
_HTML_BLOCK_START = re.compile(
    r"^\s{0,3}</?(?:address|article|aside|blockquote|center|details|dd|div|dl|dt|figcaption|figure|footer|h[1-6]|"
    r"header|li|main|nav|ol|p|section|summary|table|tbody|td|tfoot|th|thead|tr|ul)(?=[\s/>]|$)",
    re.IGNORECASE,
)
_MARKDOWN_BLOCK = re.compile(r"^\s*(?:[-*+]\s|\d{1,2}[.)]\s|#{1,6}\s|\|)")
_TEMPLATE = re.compile(r"\{%[^\n]{0,300}?%\}|\{\{[^\n]{0,300}?\}\}")
_LEADER = re.compile(r"(?<=\S)\s+[-–—.·_]{4,}\s+(?=\S)")
_TRAILING_LEADER = re.compile(r"(?<=\S)\s+[-–—.·_]{4,}\s*$")
_RULE_LINE = re.compile(r"\s*[-–—.·_=*~]{4,}\s*")


@dataclass(frozen=True, slots=True)
class MarkedLine:
    text: str
    """The line without markup, bullet or heading marks."""
    heading: int
    """Markdown heading level (1-6, a setext heading 1 or 2), 7 for a bold-only line, 8 (``META_LINE``) for a
    front-matter ``key: value``, 0 for ordinary text."""
    bullet: bool
    """The line starts a list item."""
    indent: int = field(default=0, compare=False)
    """The column the text starts at (a list item's: after its marker), for lines wrapped by hand."""
    end: int = field(default=0, compare=False)
    """The column the source line ends at."""
    hard_break: bool = field(default=False, compare=False)
    """The source line ends in Markdown's explicit line break (two spaces, a backslash or ``<br>``)."""
    hang: tuple[int, ...] = field(default=(), compare=False)
    """The columns the line's text may go on at: under its first column after a label (a wide gap or a
    leader), else at its left edge or under its second word (a one-word label)."""
    paragraph: bool = field(default=False, compare=False)
    """A paragraph of the list item above, after a blank line (read as one of its items)."""


def marked_lines(text: str, *, html: bool | None = None, keep_gaps: bool = False) -> list[MarkedLine]:
    """Markdown (or HTML: ``html=None`` guesses from the text) -> one ``MarkedLine`` per source line.

    Front matter becomes headings and facts, a setext underline marks the line above as a heading, a rule or a
    code fence's marks become blank lines (the code inside is read as it is), a table row becomes one line of
    its cells joined by " | " (a row of column labels above the separator is dropped), and ``<br>`` ends a
    line. ``keep_gaps`` keeps runs of spaces inside a line (a resume's columns); else they become one space.

    >>> [(x.text, x.heading, x.bullet) for x in marked_lines("Skills\\n---\\n- **Python**, [SQL](https://x.y)")]
    [('Skills', 2, False), ('', 0, False), ('Python, SQL', 0, True)]
    >>> [x.text for x in marked_lines("| Years | Role |\\n|---|---|\\n| 2019 – 2021 | *Engineer* |")]
    ['', '', '2019 – 2021 | Engineer']
    """
    if html is None:
        html = bool(_HTML_START.match(text))
    if html:
        text = html_to_markdown(text)
    text = text.replace("\\n", "\n").replace("\r\n", "\n").replace("\r", "\n")
    raws = _front_matter(_hidden_blanked(text).split("\n"))
    raws = join_definitions(join_split_links(_html_blocks(latex_lines(raws) if "\\" in text else raws)))
    tables = _table_rows(raws)
    out: list[MarkedLine] = []
    fence = ""
    for i, raw in enumerate(raws):
        if raw.startswith(_META):
            out.append(MarkedLine(_clean(raw[len(_META) :], keep_gaps), META_LINE, False))
            continue
        opening = _FENCE.match(raw)
        if opening and (not fence or raw.strip().startswith(fence)):
            fence = "" if fence else opening.group(1)
            out.append(MarkedLine("", 0, False))
        elif fence:  # a plain-text resume inside a code block: its lines as they are, its rules as blanks
            rule = _RULE.match(raw) and raw.strip()
            out.append(MarkedLine("", 0, False) if rule else _located(plain_line(raw, keep_gaps=keep_gaps), raw))
        elif i in tables:
            out += _table_line(raw, tables[i], keep_gaps)
        elif _RULE.match(raw) and raw.strip():
            above = out[-1] if out else None
            setext = above is not None and above.text and not above.heading and not above.bullet and i > 0
            if setext and above is not None and raws[i - 1].strip() and len(above.text.split()) <= 8:
                out[-1] = MarkedLine(above.text, 1 if "=" in raw else 2, False, above.indent, above.end)
            out.append(MarkedLine("", 0, False))
        elif _RULE_LINE.fullmatch(raw):  # a rule of dots or dashes Markdown has no name for ("........")
            out.append(MarkedLine("", 0, False))
        elif HTML_TAG.search(raw) and not raw.lstrip().startswith("<?"):
            out += [_located(_markdown_line(part, keep_gaps), raw) for part in _html_line(raw)]
        else:
            out.append(_located(_markdown_line(raw, keep_gaps), raw))
    return out


def _html_line(raw: str) -> list[str]:
    """A Markdown line holding HTML -> its lines; a heading's words stay one heading ("## <p><b>Jane</b></p>")."""
    heading = re.match(r"^\s{0,3}#{1,6}\s+", raw)
    parts = html_to_markdown(raw[heading.end() if heading else 0 :]).split("\n")
    if heading:
        return [heading.group().strip() + " " + " ".join(part for part in parts if part.strip())]
    return parts


def _html_blocks(lines: list[str]) -> list[str]:
    """Text an HTML block breaks over several lines, joined: inside the block (it opens with a block tag and runs
    to the next blank line) a line break is a space, as a browser shows it ("<p><i>Boston,\\nMA</i></p>"). Only a
    line of text going on after text is joined; a line opening with a tag or a Markdown mark, or after a tag, keeps
    its own line. The joined lines become blanks, so the line count stays."""
    out = list(lines)
    fence = ""
    block = False
    last = 0  # the line the text goes on in
    for i, line in enumerate(lines):
        opening = _FENCE.match(line)
        if opening and (not fence or line.strip().startswith(fence)):
            fence = "" if fence else opening.group(1)
        if fence or not line.strip() or line.startswith(_META):
            block = False
        elif _HTML_BLOCK_START.match(line):
            block, last = True, i
        elif (
            block and not re.match(r"\s*<", line) and not _MARKDOWN_BLOCK.match(line) and out[last].rstrip()[-1:] != ">"
        ):
            out[last], out[i] = out[last].rstrip() + " " + line.strip(), ""
        else:
            last = i
    return out


def _hidden_blanked(text: str) -> str:
    """HTML comments, a page's head, styles and scripts, and template tags ("{% include x %}") as blank lines;
    an HTML table row on one line."""

    def blank(match: re.Match[str]) -> str:
        return "\n" * match.group().count("\n")

    def one_line(match: re.Match[str]) -> str:  # an HTML table row written over several lines
        row = re.sub(r"<br\s*/?>", ", ", match.group(), flags=re.IGNORECASE)
        return row.replace("\n", " ") + "\n" * row.count("\n")

    text = _HTML_ROW.sub(one_line, _HIDDEN.sub(blank, blank_hidden_elements(hide_markup(text))))
    return _TEMPLATE.sub("", _TEMPLATE_LINE.sub("", text))


def is_marked(text: str) -> bool:
    """Whether text is written in Markdown or HTML: headings, bold, links, code fences, table rows, tags or
    front matter (a plain-text resume has none of them).

    >>> is_marked("## Experience\\nEngineer"), is_marked("EXPERIENCE\\nEngineer, ACME  2019 - 2021")
    (True, False)
    """
    front = text.lstrip("\ufeff").startswith("---\n") and "\n---" in text[4:]
    return front or bool(_MARKUP.search(text) or HTML_TAG.search(text))


def _located(line: MarkedLine, raw: str) -> MarkedLine:
    """The line with the columns its text starts and ends at in ``raw`` (tabs as four columns)."""
    source = raw.replace("\t", "    ").rstrip()
    indent = len(source) - len(source.lstrip())
    marker = _BULLET.match(source)
    if marker and line.bullet:
        indent = marker.end()
    hard = raw.endswith(("  ", "\\")) or bool(re.search(r"<br\s*/?>\s*$", raw, re.IGNORECASE))
    wide = [m.end() for m in _COLUMN_GAP.finditer(source) if m.start() > indent]
    second = re.search(r"\s(?=\S)", source[indent:])
    hang = (wide[0],) if wide else (indent, indent + second.end()) if second else (indent,)
    return MarkedLine(line.text, line.heading, line.bullet, indent, len(source), hard, hang)


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
        pair = _MAPPING_KEY.match(stripped)  # a key of a list item that is a mapping ("- course: PhD, ...")
        if stripped.startswith("#"):
            continue  # a YAML comment
        if item:
            pair = _MAPPING_KEY.match(item.group(1))
            out.append("- " + (pair.group(2) if pair else item.group(1)).strip().strip("\"'"))
        elif pair and out and out[-1].startswith("- ") and line[:1].isspace():
            value = pair.group(2).strip().strip("\"'")  # "  institution: X" goes on as the item's next cell
            out[-1] += (", " if out[-1].strip() != "-" else "") + value if value else ""
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


def _table_rows(lines: list[str]) -> dict[int, str]:
    """Lines of Markdown tables -> "row", "separator" or "labels" (the header row of column names)."""
    rows: dict[int, str] = {}
    for i, line in enumerate(lines):
        if "|" not in line or "-" not in line or not _TABLE_SEPARATOR.match(line) or i == 0 or "|" not in lines[i - 1]:
            continue
        rows[i] = "separator"
        header = _cells(lines[i - 1])
        labels = all(len(cell.split()) <= 3 and not re.search(r"\d", cell) for cell in header)
        rows[i - 1] = "labels" if labels else "row"
        j = i + 1
        while j < len(lines) and "|" in lines[j] and lines[j].strip():
            rows[j] = "row"
            j += 1
    for i, line in enumerate(lines):  # rows written without a separator: "| 2019 | Engineer | ACME |"
        row = line.strip()
        if i not in rows and row[:1] == row[-1:] == "|" and row.count("|") >= 3 and not _TABLE_SEPARATOR.match(line):
            rows[i] = "row"
    return rows


def _cells(row: str) -> list[str]:
    cells = re.split(r"(?<!\\)\|", row.strip())
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [cell.strip() for cell in cells]


def _table_line(raw: str, kind: str, keep_gaps: bool) -> list[MarkedLine]:
    """A table row as one line of its non-empty cells joined by " | ", the items of a list inside a cell
    ("<ul><li>Built ...</li></ul>": the entry's details) as list items under it; a label row or a separator as a
    blank."""
    if kind != "row":
        return [MarkedLine("", 0, False)]
    cells: list[MarkedLine] = []
    items: list[MarkedLine] = []
    for cell in _cells(raw):
        if HTML_TAG.search(cell):  # "Engineer<br>ACME": a line break inside a cell
            parts = [x.strip() for x in html_to_markdown(cell).split("\n") if x.strip()]
            items += [_markdown_line(x, keep_gaps) for x in parts if x.startswith("- ")]
            cell = ", ".join(x for x in parts if not x.startswith("- "))
        line = _markdown_line(cell, keep_gaps)
        if line.text:
            cells.append(line)
    if len(cells) == 1:  # a table used for layout: a cell alone keeps its heading or bullet
        return [_located(cells[0], raw), *items]
    return [MarkedLine(" | ".join(x.text for x in cells), 0, False, 0, len(raw.rstrip())), *items]


def _markdown_line(raw: str, keep_gaps: bool = False) -> MarkedLine:
    line = raw.rstrip()
    if line.endswith("\\"):
        line = line[:-1]  # pandoc's hard line break
    if _MD_REF_DEFINITION.match(line) or re.fullmatch(r"\s*[-*+]\s*", line):
        return MarkedLine("", 0, False)  # "[1]: https://...": where a reference link points
    line = _MD_AUTOLINK.sub(r"\1", line)
    line = _MD_REF_LINK.sub(r"\1", _MD_LINK.sub(r"\1", _MD_IMAGE.sub(r"\1", line)))
    line = _MD_ESCAPE.sub(r"\1", line)
    if "&" in line:
        line = html_module.unescape(line)
    if re.match(r"^\s*<\?.*\?>\s*$", line):
        return MarkedLine("", 0, False)  # template includes ("<? include jobs/header ?>")
    line = re.sub(r"^\s{0,3}(?:>\s?)+", "", line)  # a block quote's marks
    heading = re.match(r"^\s{0,3}(#{1,6})\s+(.*)$", line)
    if heading:
        return MarkedLine(_clean(heading.group(2), keep_gaps).rstrip("#").strip(), len(heading.group(1)), False)
    bullet = bool(_BULLET.match(line))
    body = re.sub(r"^#{1,6}\s+", "", _BULLET.sub("", line)) if bullet else line  # "- ### Title": an item
    bold_only = re.fullmatch(r"\s*(\*\*|__)([^*_]+?)(\*\*|__)\s*:?\s*", body)
    if bold_only and not bullet:
        return MarkedLine(_clean(bold_only.group(2), keep_gaps), 7, False)
    return MarkedLine(_clean(body, keep_gaps), 0, bullet)


def plain_text_line(line: str) -> str:
    """A plain text resume's line with its leaders read as what they stand for: a leader between two columns
    ("Acme Inc ------- Boston, MA") is a wide gap, a leader closing a heading ("EXPERIENCE ........") nothing, and
    a line that is only a rule ("----------") an empty line.

    >>> plain_text_line("2016-2018   Acme Inc ---------- Boston, MA"), plain_text_line("SKILLS ..........")
    ('2016-2018   Acme Inc   Boston, MA', 'SKILLS')
    """
    if _RULE_LINE.fullmatch(line):
        return ""
    return _TRAILING_LEADER.sub("", _LEADER.sub("   ", line))


def plain_line(line: str, *, keep_gaps: bool = False) -> MarkedLine:
    """A line of text that is not Markdown (a PDF's, a code block's): only its bullet is read."""
    bullet = bool(_BULLET.match(line))
    return MarkedLine(_clean(_BULLET.sub("", line), keep_gaps), 0, bullet)


def _clean(text: str, keep_gaps: bool = False) -> str:
    text = _MD_EMPHASIS.sub("", text).replace("\u00a0", " ")
    if keep_gaps:  # "Engineer ------- Boston MA": a leader between columns is a wide gap; after a heading, nothing
        text = _TRAILING_LEADER.sub("", _LEADER.sub("   ", text))
    if _EDGE_MARKS.search(text):
        text = _EDGE_MARKS.sub("", text)
    return text.strip() if keep_gaps else re.sub(r"\s+", " ", text).strip()
