"""Data files compiled once: the result of parsing and checking them, kept in the cache folder (JSON or marshal).

Parsing the skill vocabulary's YAML and indexing its spellings takes longer than reading a one-page
resume; every check and every batch worker would pay it again. The compiled form is stored under a
key that names everything it depends on (the gapcheck version, the source of the modules that
compile it, and the bytes of each file compiled), so an edited file or a new gapcheck never reuses
a stale entry. An entry that cannot be read or restored is a miss: the files are compiled again.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import marshal
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from gapcheck import __version__

log = logging.getLogger(__name__)

_T = TypeVar("_T")

FORMAT = 1
"""Changes when the layout of the compiled folder does."""


def compiled_key(kind: str, sources: Sequence[Path], modules: Sequence[str]) -> str:
    """A digest of what a compiled ``kind`` depends on: gapcheck's version, the modules' source, the files' bytes.

    Raises
    ------
    OSError
        When a source file cannot be read (the caller compiles, and reports the problem as it does).
    """
    digest = hashlib.sha256(f"{FORMAT}\n{__version__}\n{kind}\n".encode())
    for name in modules:
        spec = importlib.util.find_spec(name)
        origin = spec.origin if spec is not None else None
        digest.update(Path(origin).read_bytes() if origin and origin.endswith(".py") else name.encode())
    for path in sources:
        content = path.read_bytes()
        digest.update(f"\n{path.name}\n{len(content)}\n".encode())
        digest.update(content)
    return digest.hexdigest()


def package_version(distribution: str, module: str) -> str:
    """The installed version of ``distribution`` (which provides ``module``), read from its .dist-info folder's
    name without importing either: importing importlib.metadata alone takes longer than a check's own work.

    >>> package_version("no-such-distribution", "no_such_module")
    'absent'
    """
    spec = importlib.util.find_spec(module)
    folders = list(spec.submodule_search_locations or []) if spec is not None else []
    if not folders:
        return "absent"
    name = re.sub(r"[-_.]+", "_", distribution).lower()
    for info in Path(folders[0]).parent.glob("*.dist-info"):
        found, _, version = info.name.removesuffix(".dist-info").partition("-")
        if re.sub(r"[-_.]+", "_", found).lower() == name:
            return version
    return "unknown"


_folder: list[Path] = []
"""The cache folder the command line named (``use_folder``); empty for a library user's process, which writes none."""


def use_folder(folder: Path | None) -> None:
    """Keep data files compiled in ``folder`` for the rest of this process (None: nowhere); the command line's start
    names the folder its options give."""
    _folder[:] = [folder] if folder is not None else []


def folder() -> Path | None:
    """The folder ``use_folder`` named, or None."""
    return _folder[0] if _folder else None


def load_compiled(
    cache_dir: Path | None,
    kind: str,
    key: Callable[[], str],
    compile_: Callable[[], _T],
    to_data: Callable[[_T], Any],
    from_data: Callable[[Any], _T],
    *,
    marshalled: bool = False,
) -> _T:
    """The compiled value from ``cache_dir`` when an entry for ``key()`` is there, else ``compile_()`` (then stored).

    The entry is ``to_data(value)`` as JSON, or with ``marshalled`` as ``marshal`` data behind a digest of it
    (``marshal`` keeps tuples and sets and reads large data faster; the digest refuses a torn or edited entry).
    Without a cache folder, or when the key cannot be computed, this is ``compile_()``. An entry that
    ``from_data`` cannot restore (an older layout, a hand-edited or torn file) is compiled again and replaced.
    """
    if cache_dir is None:
        return compile_()
    try:
        name = f"{kind}-{key()[:32]}" + (f"-m{marshal.version}.marshal" if marshalled else ".json")
    except OSError:
        return compile_()  # an unreadable source: compiling says what is wrong with it
    path = cache_dir / "compiled" / name
    try:
        raw = path.read_bytes()
        return from_data(_unmarshal(raw) if marshalled else json.loads(raw))
    except FileNotFoundError:
        pass
    except (OSError, ValueError, EOFError, KeyError, TypeError, IndexError, AttributeError):
        log.debug("ignoring unreadable compiled entry %s", path, exc_info=True)
    value = compile_()
    try:
        data = to_data(value)
        entry = _marshal(data) if marshalled else json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError):  # a value the format cannot hold as it is: compiled again next time
        log.debug("cannot keep a compiled %s", kind, exc_info=True)
        return value
    write_atomically(path, entry)
    return value


def _marshal(data: Any) -> bytes:
    """``data`` as marshal bytes behind their SHA-256 digest (ValueError when marshal cannot hold it)."""
    payload = marshal.dumps(data)
    return hashlib.sha256(payload).digest() + payload


def _unmarshal(raw: bytes) -> Any:
    """The data ``_marshal`` kept; ValueError for bytes whose digest does not match (torn, edited)."""
    digest, payload = raw[:32], raw[32:]
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError("the entry does not match its digest")
    return marshal.loads(payload)


def write_atomically(path: Path, text: str | bytes) -> None:
    """Write a cache entry through a temporary file and a rename, so no reader (another run, one interrupted)
    ever sees half of it; a cache that cannot be written is logged and otherwise ignored."""
    import tempfile  # here: most runs write nothing

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(text if isinstance(text, bytes) else text.encode("utf-8"))
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        log.debug("cannot write cache entry %s", path, exc_info=True)
