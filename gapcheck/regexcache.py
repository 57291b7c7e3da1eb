"""Compiled regular expressions kept in the cache folder, so a run does not compile gapcheck's patterns again.

Python compiles a regular expression with a parser and compiler written in Python the first time a
process uses it. gapcheck's patterns (dates, degrees, sections, skills, roles' titles), with those of
the libraries it imports, are a few hundred; compiling them was most of a one-page check's own time
(issue 10). ``load`` hands ``re`` the compiled form an earlier run saved, so ``re.compile`` finds each
pattern in its own cache (made from its saved code when first asked for); ``save`` writes what this process
compiled anew. The compiled form is the
code of CPython's regular-expression engine, so the file is named by the interpreter's version and the
engine's; on another Python, or when anything about the file is wrong, patterns compile as usual (the
engine checks the code it is given and refuses code that is not valid). Each pattern's code is kept as the
bytes of an array of the engine's words, which ``marshal`` reads at once (as a list of numbers it read each one).
"""

from __future__ import annotations

import array
import contextlib
import importlib
import marshal
import re
import sys
import types
import zlib
from pathlib import Path
from typing import Any

FORMAT = 2
"""Changes when the layout of an entry does (2: the code as an array's bytes, not a list of numbers)."""

_Key = tuple[type, Any, int]
"""``re``'s own cache key: the pattern's type, the pattern, the flags asked for."""

MAX_ENTRIES = 2048
"""The most patterns a file keeps (the oldest go first): roles' titles make patterns of their own."""

_loaded: set[_Key] = set()
"""The keys of the patterns this process loaded or saved (what ``save`` need not compile again)."""

_cache_dir: list[Path] = []
"""The folder ``load`` was given (``save`` writes there); empty until then, so a library user's process writes none."""

_codes: dict[Any, bytes] = {}
"""The engine's code (as ``save`` keeps it) of each pattern ``re`` compiled since ``load`` was given a folder, by the
compiled pattern: ``save`` takes it from here instead of compiling the pattern a second time."""


def _engine() -> tuple[Any, Any, Any, str] | None:
    """CPython's engine (``_sre``), re's parser and compiler, and the ``array`` type code of the engine's words; None
    where ``re`` works otherwise."""
    if sys.implementation.name != "cpython" or not isinstance(getattr(re, "_cache", None), dict):
        return None
    try:
        sre = importlib.import_module("_sre")
        parser = getattr(re, "_parser", None) or importlib.import_module("sre_parse")  # the latter: Python 3.10
        compiler = getattr(re, "_compiler", None) or importlib.import_module("sre_compile")
    except ImportError:
        return None
    if not hasattr(compiler, "_code") or not hasattr(parser, "parse") or not hasattr(sre, "compile"):
        return None
    word = next((code for code in "IL" if array.array(code).itemsize == getattr(sre, "CODESIZE", None)), None)
    if word is None:
        return None
    return sre, parser, compiler, word


def code_words(engine: tuple[Any, Any, Any, str], code: bytes) -> list[int]:
    """The engine's words of a saved pattern's code (ValueError for bytes that are no whole number of words)."""
    words = array.array(engine[3])
    words.frombytes(code)
    return words.tolist()


def cache_file(cache_dir: Path) -> Path | None:
    """Where this interpreter's compiled patterns are kept in ``cache_dir``; None where they cannot be."""
    engine = _engine()
    if engine is None:
        return None
    sre = engine[0]
    tag = f"{FORMAT}\n{sys.version}\n{sys.hexversion}\n{getattr(sre, 'MAGIC', '')}\n{getattr(sre, 'CODESIZE', '')}"
    digest = f"{zlib.crc32(tag.encode()):08x}"  # not hashlib: its import (OpenSSL's) cost a --help more than the rest
    return cache_dir / "regex" / f"{sys.implementation.cache_tag}-{digest}.marshal"


def load(cache_dir: Path | None) -> int:
    """Give ``re`` the patterns compiled by an earlier run from ``cache_dir``; how many it got.

    Each pattern is made from its saved code when ``re`` first asks for it (``_SavedPatterns``): a run uses
    some of the saved patterns only (a ``--help`` about a tenth), and making all of them took longer than
    reading the file. ``save`` then writes to the same folder (None: nowhere). A pattern ``re`` already has is
    left alone; an entry the engine refuses is skipped when asked for (that pattern compiles as usual).
    """
    _cache_dir[:] = [cache_dir] if cache_dir is not None else []
    path = cache_file(cache_dir) if cache_dir is not None else None
    engine = _engine()
    if path is None or engine is None:
        return 0
    _keep_codes(engine)
    held: dict[_Key, Any] = re._cache  # type: ignore[attr-defined]
    entries = _read(path)
    _make_room(max(len(held) + len(entries), MAX_ENTRIES))  # a first run, with none saved, keeps all it compiles
    cache = held if isinstance(held, _SavedPatterns) else _SavedPatterns(held, engine)
    count = 0
    for entry in entries:
        key = _entry_key(entry)
        if key is None:
            _debug("skipping a compiled pattern of another layout in %s", path)
            continue
        if key not in cache and key not in cache.saved:
            cache.saved[key] = entry
            count += 1
        _loaded.add(key)
    re._cache = cache  # type: ignore[attr-defined]
    return count


class _SavedPatterns(dict[_Key, Any]):
    """``re``'s cache of compiled patterns, holding as well the saved ones not asked for yet (``saved``): one is made
    from its code when ``re`` first looks it up (``re._compile`` by ``_cache[key]`` up to Python 3.11, by
    ``_cache.pop(key, None)`` from 3.12), then kept as ``re`` keeps what it compiles."""

    def __init__(self, held: dict[_Key, Any], engine: tuple[Any, Any, Any, str]) -> None:
        super().__init__(held)
        self.saved: dict[_Key, Any] = {}
        self.engine = engine

    def __missing__(self, key: _Key) -> Any:
        compiled = self._restore(key)
        if compiled is None:
            raise KeyError(key)
        return compiled

    def pop(self, key: _Key, *default: Any) -> Any:
        if key not in self and key in self.saved:
            compiled = self._restore(key)
            if compiled is not None:
                return super().pop(key)
        return super().pop(key, *default)

    def _restore(self, key: _Key) -> Any:
        """The saved pattern ``key`` made from its code and kept (under the saved key: flags as a plain number), or
        None when none is saved or the engine refuses it."""
        entry = self.saved.pop(key, None)
        if entry is None:
            return None
        try:
            pattern, flags, final_flags, code, groups, groupindex = entry
            indexgroup: list[str | None] = [None] * (groups + 1)
            for name, index in groupindex.items():
                indexgroup[index] = name
            words = code_words(self.engine, code)
            compiled = self.engine[0].compile(pattern, final_flags, words, groups, groupindex, tuple(indexgroup))
        except (ValueError, TypeError, RuntimeError, IndexError, AttributeError, OverflowError):
            _debug("skipping a compiled pattern the engine refuses: %r", key[1], exc_info=True)
            return None
        self[(type(pattern), pattern, flags)] = compiled
        return compiled


SPARE = 256
"""Room left in ``re``'s cache beyond the saved patterns, for those a run compiles anew."""


def _make_room(size: int) -> None:
    """Let ``re``'s cache hold ``size`` patterns and SPARE more. ``re`` keeps 512 and drops the oldest beyond that;
    gapcheck's own patterns are more (about 950 in round seven), so without room half the saved ones were dropped
    again as the rest were handed over, compiled anew on every run and saved again. ``load`` makes room for as many as
    a file keeps even when none is saved yet: else a first run kept (and saved) only the last 512 it compiled."""
    limit = getattr(re, "_MAXCACHE", None)
    if isinstance(limit, int) and limit < size + SPARE:
        re._MAXCACHE = size + SPARE  # type: ignore[attr-defined]


def save() -> int:
    """Add the patterns ``re`` compiled in this process since ``load`` to the folder ``load`` was given; how many.

    Cheap when there are none. Every process that compiles patterns of its own may call it (the child that
    reads a PDF compiles pdfminer's); a cache that cannot be written is logged and otherwise ignored.
    """
    path = cache_file(_cache_dir[0]) if _cache_dir else None
    engine = _engine()
    if path is None or engine is None:
        return 0
    held: list[tuple[_Key, Any]] = list(re._cache.items())  # type: ignore[attr-defined]
    new = [(key, compiled) for key, compiled in held if key not in _loaded and not key[2] & re.DEBUG]
    if not new:
        return 0
    entries = {key: entry for entry in _read(path) if (key := _entry_key(entry)) is not None}
    count = 0
    for key, compiled in new:
        _loaded.add(key)
        kind, pattern, flags = key
        if key in entries or kind not in (str, bytes):
            continue
        try:
            code = _codes.pop(compiled, None) or array.array(engine[3], _code(engine, pattern, flags)).tobytes()
        except Exception:  # noqa: BLE001 - an engine whose insides differ: that pattern is compiled again next time
            _debug("cannot save the compiled form of %r", pattern, exc_info=True)
            continue
        entries[key] = (pattern, flags, compiled.flags, code, compiled.groups, dict(compiled.groupindex))
        count += 1
    if count:
        from gapcheck.compiled import write_atomically

        write_atomically(path, marshal.dumps(list(entries.values())[-MAX_ENTRIES:]))
    return count


def seal() -> int:
    """Save what this process compiled so far (as ``save``), then nothing more: a process about to read a resume under
    ``--no-cache`` calls it, so that no pattern made from a resume's text (a field of study a rule looks for again,
    say) is ever stored. The patterns compiled from here on are compiled again by the next run. How many were saved.
    """
    count = save()
    _cache_dir.clear()
    return count


def _code(engine: tuple[Any, Any, Any, str], pattern: str | bytes, flags: int) -> list[int]:
    """The engine's code of a pattern compiled before ``load`` (compiled again: its code was not kept)."""
    words: list[int] = engine[2]._code(engine[1].parse(pattern, flags), flags)
    return words


def _keep_codes(engine: tuple[Any, Any, Any, str]) -> None:
    """Have ``re``'s compiler keep in ``_codes`` the code it gives the engine for each pattern (once a process).

    ``save`` compiled each new pattern a second time for its code: about 0.36 s of CPU for the 630 patterns a
    reading process compiles with an empty cache, 70% of compiling them."""
    compiler, word = engine[2], engine[3]
    sre = getattr(compiler, "_sre", None)
    if sre is not engine[0]:
        return  # kept already, or a compiler that reaches the engine otherwise
    make = sre.compile

    def compile_(pattern: Any, flags: int, code: list[int], *rest: Any) -> Any:
        compiled = make(pattern, flags, code, *rest)
        with contextlib.suppress(TypeError, ValueError, OverflowError):  # then save compiles it again
            _codes[compiled] = array.array(word, code).tobytes()
        return compiled

    keeping = types.SimpleNamespace(**{name: getattr(sre, name) for name in dir(sre) if not name.startswith("__")})
    keeping.compile = compile_
    compiler._sre = keeping


def _read(path: Path) -> list[Any]:
    """The entries of a saved file; none when it is missing or unreadable."""
    try:
        entries = marshal.loads(path.read_bytes())
    except FileNotFoundError:
        return []
    except (OSError, ValueError, EOFError, TypeError):
        _debug("ignoring unreadable compiled patterns %s", path, exc_info=True)
        return []
    return entries if isinstance(entries, list) else []


def _entry_key(entry: Any) -> _Key | None:
    if isinstance(entry, tuple) and len(entry) == 6 and isinstance(entry[0], (str, bytes)) and type(entry[1]) is int:
        return (type(entry[0]), entry[0], entry[1])
    return None


def _debug(message: str, *args: object, exc_info: bool = False) -> None:
    """Log at debug level; ``logging`` is imported only then, as it compiles patterns of its own on import."""
    import logging

    logging.getLogger(__name__).debug(message, *args, exc_info=exc_info)
