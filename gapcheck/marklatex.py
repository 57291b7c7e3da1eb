"""Raw LaTeX in a Markdown resume -> the lines a PDF shows for it: an R Markdown CV keeps its entries as LaTeX macros.

An R Markdown or pandoc CV (the vitae package's templates, moderncv or awesome-cv through pandoc) writes each entry
as a macro whose arguments are the entry's cells (``\\detaileditem{Engineer}{2016 – 2019}{Acme}{Boston}{...}``,
``\\cventry{2016--2019}{Engineer}{Acme}{Boston}{}{...}``), often a whole section's entries run together on one source
line inside a wrapping macro (``\\detailedsection{...}``). The PDF shows one line per entry, its cells apart, and its
``\\item`` details as a list under it: so do these lines. Only a line opening with a macro is read so; LaTeX inside
a sentence stays as it is.
"""

from __future__ import annotations

import re

# a line of raw LaTeX: it opens with a macro and its argument ("\detailedsection{", "\cventry{", "\item{"), or an
# item ("\item Built it."), or is a macro alone ("\begingroup") or the braces closing a macro's last argument
_LATEX_LINE = re.compile(r"^\s{0,3}(?:\\(?:[A-Za-z]+\*?\s*[{\[]|item\b|[A-Za-z]+\s*$)|\}+\s*$)")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")  # a code block's LaTeX is shown as it is
_MACRO = re.compile(r"\\([A-Za-z]+)\*?")
# macros that only shape the page ("\setlength{\parindent}{-0.5in}", "\vspace{2mm}"): their arguments are no text
_LAYOUT = frozenset(
    """
    setlength addtolength vspace hspace vskip hskip color textcolor definecolor fontsize selectfont rule
    renewcommand newcommand setcounter addtocounter label ref cite nocite includegraphics
    """.split()
)
# macros whose one argument is text shown in place ("\textbf{Acme}", "\emph{...}"); "\href{url}{text}" shows its second
_IN_PLACE = frozenset("textbf textit emph textsc underline textsl textrm textsf texttt mbox small large".split())
# a cell holding the entry's details, a list under its line
_DETAILS = re.compile(r"\\(?:item|begin)\b")
_MAX_DEPTH = 8
_GAP = "   "


def latex_lines(lines: list[str]) -> list[str]:
    """Lines of raw LaTeX entry macros as the lines a PDF shows: each macro of two or more arguments one line of its
    cells apart by wide gaps, an ``\\item`` a list item under it, a macro wrapping others (``\\detailedsection{...}``)
    only its content; layout macros and macros without arguments are dropped. Other lines stay as they are.

    >>> latex_lines([r"\\detailedsection{\\detaileditem{Engineer}{2016 – 2019}{Acme}{Boston}{\\item{Built it.}}}"])
    ['Engineer   2016 – 2019   Acme   Boston', '- Built it.', '']
    >>> latex_lines([r"\\setlength{\\parindent}{-0.5in}", "Built $\\\\alpha$ models."])
    ['', 'Built $\\\\alpha$ models.']
    """
    out: list[str] = []
    fence = False
    for line in lines:
        fence ^= _FENCE.match(line) is not None
        if fence or not _LATEX_LINE.match(line):
            out.append(line)
            continue
        found: list[str] = []
        _read(line, 0, found, 0)
        out += [re.sub(r"^- \s+", "- ", x.rstrip()) for x in found if x.strip()] + [""]
    return out


def _read(text: str, at: int, out: list[str], depth: int) -> int:
    """Read macros from ``at`` to the end of ``text`` or to an unmatched "}", appending lines to ``out``; plain text
    between macros goes on the last line. Returns where reading stopped."""
    while at < len(text):
        char = text[at]
        if char == "}":
            return at
        macro = _MACRO.match(text, at)
        if macro is None:
            if char == "{":  # a bare group; one nested past _MAX_DEPTH is skipped whole, so no input recurses deeper
                at = (_read(text, at + 1, out, depth + 1) if depth < _MAX_DEPTH else _group_end(text, at)) + 1
                continue
            _append(out, char)  # text between macros, or an "\\item"'s words
            at += 1
            continue
        name = macro.group(1)
        arguments, at = _arguments(text, macro.end())
        if name == "item":
            if arguments:
                out.append("- " + _plain(arguments[0], depth))
            else:  # "\item Built it." runs to the next macro
                out.append("- ")
        elif name in _LAYOUT or name in ("begin", "end"):
            continue
        elif name == "href" and len(arguments) == 2:
            _append(out, _plain(arguments[1], depth))
        elif name in _IN_PLACE and len(arguments) == 1:
            _append(out, _plain(arguments[0], depth))
        elif len(arguments) == 1 and depth < _MAX_DEPTH:
            _read(arguments[0], 0, out, depth + 1)  # a macro wrapping entries
        elif len(arguments) >= 2:
            cells = [_plain(argument, depth) for argument in arguments if not _DETAILS.search(argument)]
            out.append(_GAP.join(cell for cell in cells if cell))
            for argument in arguments:  # an entry's details: the "\\item"s of a cell
                if _DETAILS.search(argument) and depth < _MAX_DEPTH:
                    _read(argument, 0, out, depth + 1)
    return at


def _append(out: list[str], text: str) -> None:
    if not out:
        out.append("")
    out[-1] += text


def _arguments(text: str, at: int) -> tuple[list[str], int]:
    """The brace groups right after a macro (an optional "[...]" skipped), and where they end."""
    arguments: list[str] = []
    while True:
        start = at
        while start < len(text) and text[start] in " \t":
            start += 1
        if start < len(text) and text[start] == "[":
            close = text.find("]", start)
            if close < 0:
                return arguments, at
            start = close + 1
        if start >= len(text) or text[start] != "{":
            return arguments, at
        end = _group_end(text, start)
        arguments.append(text[start + 1 : end])
        at = min(end + 1, len(text))


def _group_end(text: str, start: int) -> int:
    """The index of the "}" closing the group opened at ``start`` (the text's end when none does)."""
    depth = 0
    for k in range(start, len(text)):
        if text[k] == "\\":
            continue
        if text[k] == "{" and text[k - 1 : k] != "\\":
            depth += 1
        elif text[k] == "}" and text[k - 1 : k] != "\\":
            depth -= 1
            if depth == 0:
                return k
    return len(text)


def _plain(text: str, depth: int) -> str:
    """An argument as the text it shows: its macros read in place, "--" a dash, "~" a space, braces dropped."""
    if "\\" in text and depth < _MAX_DEPTH:
        found: list[str] = []
        _read(text, 0, found, depth + 1)
        text = " ".join(x.strip() for x in found)
    text = re.sub(r"\\([^A-Za-z])", r"\1", text)  # "\\$80,000", "\\&"
    text = text.replace("---", "—").replace("--", "–").replace("~", " ").replace("{", "").replace("}", "")
    return re.sub(r"\s+", " ", text).strip()
