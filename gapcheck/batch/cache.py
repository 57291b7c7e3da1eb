"""The on-disk cache of resume profiles, keyed by the resume's content hash; entries are the JSON output's profile."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import logging
import math
import types
import typing
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from gapcheck import __version__
from gapcheck.batch.digests import FileDigests
from gapcheck.compiled import package_version, write_atomically
from gapcheck.limits import Limits
from gapcheck.models import DEGREE_LEVELS, ResumeProfile
from gapcheck.render.json import format_profile, parse_profile

log = logging.getLogger(__name__)
_VALIDATORS: dict[Any, Callable[[Any], None]] = {}

CACHE_FORMAT = 2
"""Changes whenever the form of an entry does (2: the profile as ``extract --format json`` writes it)."""
ERROR_FORMAT = 1
"""Changes whenever the form of a read-error entry does."""

PACKAGE_DIR = Path(__file__).resolve().parents[1]
"""The gapcheck package: its modules and data files decide what a cached profile holds."""


def _checked(profile: ResumeProfile) -> ResumeProfile:
    """The profile, if every field holds what its type says and every degree a known level; else ValueError.

    A cache entry is JSON anyone can edit: one of the wrong shape (a year "x", a level "wizard")
    must be a miss, never a crash on every later run.
    """
    _validator(ResumeProfile)(profile)
    if any(degree.level not in DEGREE_LEVELS for degree in profile.degrees):
        raise ValueError("unknown degree level")
    return profile


def _validator(expected: Any) -> Callable[[Any], None]:
    """A function raising ValueError unless a value holds what the type ``expected`` says; made once per type,
    so a cached re-run checks each profile without reading type hints again."""
    found = _VALIDATORS.get(expected)
    if found is None:
        found = _VALIDATORS[expected] = _make_validator(expected)
    return found


def _make_validator(expected: Any) -> Callable[[Any], None]:
    origin, args = typing.get_origin(expected), typing.get_args(expected)
    if dataclasses.is_dataclass(expected):
        hints = typing.get_type_hints(expected)
        fields = [(field.name, _validator(hints[field.name])) for field in dataclasses.fields(expected)]

        def check_dataclass(value: Any) -> None:
            if type(value) is not expected:
                raise ValueError(f"expected {expected}")
            for name, check in fields:
                check(getattr(value, name))

        return check_dataclass
    if origin in (typing.Union, types.UnionType):
        options = [(_instance_test(arg), _validator(arg)) for arg in args if arg is not type(None)]
        optional = type(None) in args

        def check_union(value: Any) -> None:
            if value is None and optional:
                return
            for has_type, check in options:  # the first type the value has decides, as isinstance would
                if has_type(value):
                    check(value)
                    return
            raise ValueError(f"{value!r:.40} is not {expected}")

        return check_union
    if origin is tuple:
        check_item = _validator(args[0])

        def check_tuple(value: Any) -> None:
            if type(value) is not tuple:
                raise ValueError("expected a tuple")
            for item in value:
                check_item(item)

        return check_tuple

    has_type = _instance_test(expected)

    def check_value(value: Any) -> None:
        if not has_type(value):
            raise ValueError(f"{value!r:.40} is not {expected}")

    return check_value


def _instance_test(expected: Any) -> Callable[[Any], bool]:
    """Whether a value is of the type ``expected`` (a float finite, an int not a bool, a dataclass exactly that
    class, a generic only a tuple as a tuple); decided once per type, not at every value a re-run checks."""
    if expected is float:
        return lambda value: type(value) in (int, float) and math.isfinite(value)
    if expected is int:
        return lambda value: type(value) is int
    if dataclasses.is_dataclass(expected):
        return lambda value: type(value) is expected
    if typing.get_origin(expected) is tuple:
        return lambda value: type(value) is tuple
    if typing.get_origin(expected) is not None:
        return lambda value: False
    return lambda value: isinstance(value, expected)


def fingerprinted_files(package: Path = PACKAGE_DIR) -> list[Path]:
    """The files whose content is in every profile's cache key: the package's modules and data files."""
    return sorted(p for p in package.rglob("*") if p.is_file() and (p.suffix == ".py" or p.parent.name == "data"))


def _reader_fingerprint(package: Path = PACKAGE_DIR) -> str:
    """Hash of every module and data file of the package (the vocabulary, the degree-field table), so an edit to
    anything that reads resumes invalidates the cache even at the same version ("unknown" when unreadable).

    The whole package, not a list of the reading modules: such a list goes stale as modules are added (one
    missed the ten added after it was written), and a stale entry is a wrong profile, a miss only costs time.
    """
    digest = hashlib.sha256()
    try:
        for path in fingerprinted_files(package):
            digest.update(f"{path.relative_to(package).as_posix()}\n".encode())
            digest.update(path.read_bytes())
    except OSError:
        return "unknown"
    return digest.hexdigest()


class ProfileCache:
    """Profiles stored as JSON under ``folder/profiles/``, one file per resume content.

    The key is the SHA-256 of the file's bytes together with the gapcheck and pdfminer versions, the
    as-of date, and a hash of gapcheck's modules and data files (the skill vocabulary, the degree-field
    table), so a changed file, date, vocabulary or reader never returns a stale profile. A file that could not be read
    has its reason stored under the same key (``put_error``), so a broken or pathological file costs
    its time (up to the timeout) once, not on every run. Writes are atomic (a temporary
    file, then a rename), so concurrent runs and interrupted ones never leave a torn entry.

    Parameters
    ----------
    folder : Path
        The cache folder (created on the first write).
    as_of : datetime.date
        The as-of date the profiles were read with.
    """

    def __init__(self, folder: Path, *, as_of: dt.date) -> None:
        self.folder = folder
        self.as_of = as_of
        self.digests = FileDigests(folder)
        pdfminer = package_version("pdfminer.six", "pdfminer")  # a new pdfminer may read a file differently
        self._salt = (
            f"{CACHE_FORMAT}\n{__version__}\n{pdfminer}\n{as_of.isoformat()}\n{_reader_fingerprint()}\n".encode()
        )

    def key(self, content: bytes, suffix: str) -> str:
        """The cache key of a resume file's bytes and its suffix, which decides how the bytes are read as well: a
        ".md" file is Markdown, the same bytes in a ".txt" file only when they look it."""
        return self._key(hashlib.sha256(content).digest(), suffix)

    def file_key(self, path: Path, max_bytes: int | None) -> str:
        """``key`` of a resume file's bytes, read (and hashed) only when the file changed since a run read it
        (``gapcheck.batch.digests``); ``digests.save()`` keeps what this run read.

        Raises
        ------
        ResumeReadError
            For a file that is not regular, is over ``max_bytes`` or cannot be read (``read_regular_file``).
        """
        return self._key(self.digests.digest(path, max_bytes), path.suffix)

    def _key(self, digest: bytes, suffix: str) -> str:
        return hashlib.sha256(self._salt + suffix.lower().encode() + b"\n" + digest).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / "profiles" / key[:2] / f"{key}.json"

    def get(self, key: str) -> ResumeProfile | None:
        """The cached profile, or None when there is none (or it cannot be read)."""
        path = self._path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != CACHE_FORMAT:
                return None
            # the resume's lines, for requirements matched as literal phrases, are kept beside the profile
            profile = replace(parse_profile(data["profile"]), text=tuple(str(line) for line in data.get("text", ())))
            return _checked(profile)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            log.debug("ignoring unreadable cache entry %s", path, exc_info=True)
            return None

    def put(self, key: str, profile: ResumeProfile) -> None:
        """Store a profile; a cache that cannot be written is logged and otherwise ignored."""
        path = self._path(key)
        entry = {"format": CACHE_FORMAT, "profile": format_profile(profile), "text": list(profile.text)}
        write_atomically(path, json.dumps(entry, ensure_ascii=False))

    def _error_path(self, key: str) -> Path:
        return self.folder / "errors" / key[:2] / f"{key}.json"

    def put_error(self, key: str, reason: str, limits: Limits) -> None:
        """Store why a file could not be read, with the limits it was read under."""
        entry = {"format": ERROR_FORMAT, "reason": reason, "limits": _limit_values(limits)}
        write_atomically(self._error_path(key), json.dumps(entry, ensure_ascii=False))

    def get_error(self, key: str, limits: Limits) -> str | None:
        """Why the file could not be read, if that is stored and would hold under these limits, else None.

        A reason holds when each current limit is as strict as the stored one or stricter: a file that took
        over 60 s is skipped again under --timeout 30, but read again under --timeout 120 (or no limit).
        """
        path = self._error_path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != ERROR_FORMAT or not isinstance(data["reason"], str):
                return None
            stored, current = data["limits"], _limit_values(limits)
            if set(stored) != set(current) or not all(_as_strict(current[n], stored[n]) for n in current):
                return None
            return str(data["reason"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            log.debug("ignoring unreadable cache entry %s", path, exc_info=True)
            return None


def _limit_values(limits: Limits) -> dict[str, float | None]:
    return {field.name: getattr(limits, field.name) for field in dataclasses.fields(limits)}


def _as_strict(current: float | None, stored: float | None) -> bool:
    """Whether a limit (None: no limit) is as strict as another or stricter."""
    if stored is None:
        return True
    return current is not None and isinstance(stored, (int, float)) and current <= stored
