"""A page's content stream read a whole object at a time: the objects pdfminer's content parser gives, made faster.

pdfminer.six reads a page's drawing instructions ("BT /F1 10 Tf (Jane) Tj ET") with a tokenizer that is a
state machine in Python: each token goes through five to ten method calls and three debug-log calls, which
was about 40% of reading a resume's text. ``ContentScanner`` reads the same tokens with one regular expression
each and builds the object pdfminer would return (a number, a name, a string, an operator, or an array of
these), from the bytes pdfminer's parser has in its buffer; everything else it leaves to pdfminer's parser
(returning None before consuming anything): dictionaries, procedures, inline images (BI, ID), a stray ']',
a token or array not wholly in the buffer (which pdfminer reads 4 KB at a time), a name with a #-escape, an octal
escape past 255. Where it reads, its reading is pdfminer's, oddities included (an unknown escape drops its
character, "1.2.3" is 1.2 then .3, "-" alone is nothing): pdftext hands it pdfminer's own buffer and
keywords, and the tests compare both parsers on hand-made, random and damaged streams.

This module imports no pdfminer: pdftext gives it the functions that make pdfminer's names and operators.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from typing import Any

_TOKEN = re.compile(
    rb"\s*(?:"
    rb"([-+0-9][0-9]*(?:\.[0-9]*)?|\.[0-9]*)"  # 1 a number
    rb"|([A-Za-z][^#/%\[\]()<>{}\s]*)"  # 2 an operator, true or false
    rb"|(/[^#/%\[\]()<>{}\s]*)"  # 3 a name
    rb"|(\([^()\\]*\))"  # 4 a string with no escape or parenthesis inside
    rb"|(\()"  # 5 any other string
    rb"|(\[)|(\])"  # 6, 7 an array's start and end
    rb"|(<(?!<)[0-9A-Fa-f\s]*)"  # 8 a hexadecimal string (its end, '>', is read next, as pdfminer does)
    rb"|(>)(?!>)"  # 9 a lone '>': nothing
    rb"|(%[^\r\n]*|\x00)"  # 10 a comment or a NUL: nothing
    rb"|([^\s%/\-+0-9.A-Za-z(<>{}\[\]\x00])"  # 11 any other character: an operator of its own ("'", '"', ')')
    rb")"
)  # not matched, so left to pdfminer: "<<", ">>", "{", "}"
_STRING_STOP = re.compile(rb"[()\\]")
_ESCAPES = {ord("b"): 8, ord("t"): 9, ord("n"): 10, ord("f"): 12, ord("r"): 13, 40: 40, 41: 41, 92: 92}
_WHITESPACE = b" \t\n\r\x0b\x0c"
"""What ``\\s`` matches in a bytes pattern: pdfminer's separators."""

_NOTHING = object()
"""What a token that makes no object (a comment, a lone '>', a number pdfminer cannot convert) gives."""


class ContentScanner:
    """Reads the next object of a content stream from a buffer, as pdfminer's ``PDFContentParser.nextobject``.

    Parameters
    ----------
    keyword : callable
        pdfminer's keyword table (``KWD``): operator bytes -> its one keyword object.
    literal : callable
        pdfminer's name table (``LIT``): a name (str, or bytes when not UTF-8) -> its one name object.
    slow : collection of bytes
        Operators pdfminer's parser must read itself (``BI``, ``ID``: an inline image's data follows them).
    """

    def __init__(
        self, keyword: Callable[[bytes], Any], literal: Callable[[str | bytes], Any], slow: Collection[bytes]
    ) -> None:
        self._keyword = keyword
        self._literal = literal
        self._slow = frozenset(slow)

    def read(self, buf: bytes, i: int) -> tuple[int, list[tuple[int, Any]]]:
        """The objects read from ``buf`` at ``i``, each ``(start, object)`` (``start`` where its first token starts),
        up to the first one to leave to pdfminer's parser or the end of the buffer, and where that reading ends
        (where pdfminer's parser goes on: ``i`` when none is read)."""
        n = len(buf)
        done: list[tuple[int, Any]] = []
        arrays: list[list[Any]] = []
        array_start = 0
        match = _TOKEN.match
        keyword, slow = self._keyword, self._slow
        while True:
            found = match(buf, i)
            if found is None:
                return i if not arrays else array_start, done
            kind = found.lastindex
            start, end = found.start(kind), found.end()  # type: ignore[arg-type]
            if kind == 1 and end < n:  # the commonest: a number
                text = found.group(1)
                try:
                    value: Any = float(text) if b"." in text else int(text)
                except ValueError:  # "-", ".", "+-": pdfminer makes nothing of them
                    i = end
                    continue
            elif kind == 2 and end < n and (text := found.group(2)) not in slow:
                value = True if text == b"true" else False if text == b"false" else keyword(text)
            elif kind == 6:
                if not arrays:
                    array_start = start
                arrays.append([])
                i = end
                continue
            elif kind == 7:
                if not arrays:
                    return i, done  # a stray ']': pdfminer's parser skips it its own way
                value = arrays.pop()
                if not arrays:
                    start = array_start
            elif kind == 5:
                string = _string(buf, end, n)
                if string is None:
                    return i if not arrays else array_start, done
                end, value = string
            else:
                if end >= n and kind != 4 or kind in (1, 2):
                    return i if not arrays else array_start, done  # the token may go on in the next buffer
                value = self._value(kind, found.group(kind), buf, end)  # type: ignore[arg-type]
                if value is None:
                    return i if not arrays else array_start, done
            i = end
            if value is _NOTHING:
                continue
            if arrays:
                arrays[-1].append(value)
            else:
                done.append((start, value))

    def _value(self, kind: int, text: bytes, buf: bytes, end: int) -> Any:
        if kind == 3:
            if buf[end] == 0x23:
                return None  # a name with a #-escape
            name = text[1:]
            try:
                return self._literal(str(name, "utf-8"))
            except UnicodeDecodeError:
                return self._literal(name)
        if kind == 4:
            return text[1:-1]
        if kind == 8:
            digits = text[1:].translate(None, _WHITESPACE)
            if len(digits) % 2:
                return bytes.fromhex(digits[:-1].decode()) + bytes((int(digits[-1:], 16),))
            return bytes.fromhex(digits.decode())
        if kind == 11:
            return self._keyword(text)
        return _NOTHING  # 9, 10


def _string(buf: bytes, i: int, n: int) -> tuple[int, bytes] | None:
    """A string whose '(' ends at ``i``, read as pdfminer reads it: ``(end, bytes)``, or None when it is not all
    in the buffer or holds an octal escape past 255 (pdfminer's parser then fails its own way)."""
    out = bytearray()
    depth = 1
    search = _STRING_STOP.search
    while True:
        found = search(buf, i)
        if found is None:
            return None
        j = found.start()
        out += buf[i:j]
        c = buf[j]
        if c == 0x5C:  # a backslash
            i = j + 1
            if i >= n:
                return None
            c = buf[i]
            if 0x30 <= c <= 0x37:  # up to three octal digits
                k = i + 1
                while k < n and k - i < 3 and 0x30 <= buf[k] <= 0x37:
                    k += 1
                if k >= n:
                    return None
                code = int(buf[i:k], 8)
                if code > 255:
                    return None
                out.append(code)
                i = k
            elif c in _ESCAPES:
                out.append(_ESCAPES[c])
                i += 1
            elif c == 0x0D and i + 1 < n and buf[i + 1] == 0x0A:
                i += 2  # a line break after a backslash is no character
            else:
                i += 1  # any other escaped character is dropped, as pdfminer does
        elif c == 0x28:
            depth += 1
            out.append(c)
            i = j + 1
        else:
            depth -= 1
            if not depth:
                return j + 1, bytes(out)
            out.append(c)
            i = j + 1


def run_operators(
    interpreter: Any,
    next_object: Callable[[], tuple[int, Any]],
    operator_type: type[Any],
    stream_end: type[BaseException],
    unknown: Callable[[str], None],
) -> None:
    """Run the operators of a content stream on pdfminer's page interpreter as its ``execute`` does, from
    ``next_object`` (the content parser's) until it raises ``stream_end``: an operand goes on the interpreter's
    stack; an operator (an ``operator_type``) runs the interpreter's ``do_<name>`` method with as many operands as
    it takes from the stack (not run when the stack holds fewer), and an operator with no method goes to
    ``unknown``. pdfminer looks the method up for every operator it meets (a name built, three replacements,
    ``hasattr``, ``getattr``, the argument count), about a tenth of reading the text; here once per operator
    and interpreter."""
    methods: dict[Any, tuple[Callable[..., Any] | None, int, str]] = interpreter.__dict__.setdefault("_methods", {})
    while True:
        try:
            _, value = next_object()
        except stream_end:
            return
        if not isinstance(value, operator_type):
            interpreter.argstack.append(value)
            continue
        found = methods.get(value)
        if found is None:
            name = str(value.name, "utf-8", "ignore")
            method = "do_" + name.replace("*", "_a").replace('"', "_w").replace("'", "_q")
            run = getattr(interpreter, method, None)
            found = methods[value] = (run, run.__code__.co_argcount - 1 if run is not None else 0, name)
        run, count, name = found
        if run is None:
            unknown(name)
        elif count:
            operands = interpreter.pop(count)
            if len(operands) == count:
                run(*operands)
        else:
            run()
