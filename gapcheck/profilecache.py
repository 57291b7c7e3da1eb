"""ResumeProfile <-> JSON, and the on-disk cache of profiles keyed by the resume's content hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib.util
import json
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

from gapcheck import __version__
from gapcheck.models import DateRange, Degree, Position, Readability, ResumeProfile, SkillHit
from gapcheck.skills import VOCABULARY_PATH

log = logging.getLogger(__name__)

CACHE_FORMAT = 1
"""Changes whenever the JSON form of a profile does."""

READER_MODULES = (
    "gapcheck.models",
    "gapcheck.pdftext",
    "gapcheck.sections",
    "gapcheck.dates",
    "gapcheck.experience",
    "gapcheck.education",
    "gapcheck.skills",
    "gapcheck.resume",
)
"""The modules that turn a PDF into a profile: editing one invalidates the cache, even at the same version."""


def profile_to_json(profile: ResumeProfile) -> dict[str, Any]:
    """Everything in a ResumeProfile as JSON-compatible data; ``profile_from_json`` is its exact inverse.

    Examples
    --------
    >>> import datetime as dt
    >>> from gapcheck.models import Readability
    >>> profile = ResumeProfile("cv.pdf", dt.date(2026, 1, 1), 1, (), (), (), Readability(1, 9, (), ()))
    >>> profile_from_json(profile_to_json(profile)) == profile
    True
    """
    return {
        "source": profile.source,
        "as_of": profile.as_of.isoformat(),
        "pages": profile.pages,
        "skills": [
            {
                "id": hit.id,
                "name": hit.name,
                "category": hit.category,
                "evidence": list(hit.evidence),
                "lines": list(hit.lines),
                "years": hit.years,
            }
            for hit in profile.skills
        ],
        "degrees": [
            {
                "level": d.level,
                "field": d.field,
                "institution": d.institution,
                "year": d.year,
                "in_progress": d.in_progress,
                "text": d.text,
            }
            for d in profile.degrees
        ],
        "positions": [
            {
                "title": p.title,
                "organization": p.organization,
                "dates": None
                if p.dates is None
                else {"start": p.dates.start, "end": p.dates.end, "current": p.dates.current, "text": p.dates.text},
                "line": p.line,
                "end_line": p.end_line,
                "skills": list(p.skills),
            }
            for p in profile.positions
        ],
        "readability": {
            "pages": profile.readability.pages,
            "words": profile.readability.words,
            "sections": list(profile.readability.sections),
            "warnings": list(profile.readability.warnings),
        },
    }


def profile_from_json(data: dict[str, Any]) -> ResumeProfile:
    """Rebuild a ResumeProfile from ``profile_to_json`` output.

    Raises
    ------
    KeyError, TypeError, ValueError
        When the data does not have the expected shape.
    """
    readability = data["readability"]
    return ResumeProfile(
        source=str(data["source"]),
        as_of=dt.date.fromisoformat(data["as_of"]),
        pages=int(data["pages"]),
        skills=tuple(
            SkillHit(
                id=h["id"],
                name=h["name"],
                category=h["category"],
                evidence=tuple(h["evidence"]),
                lines=tuple(h["lines"]),
                years=h["years"],
            )
            for h in data["skills"]
        ),
        degrees=tuple(
            Degree(d["level"], d["field"], d["institution"], d["year"], d["in_progress"], d["text"])
            for d in data["degrees"]
        ),
        positions=tuple(
            Position(
                title=p["title"],
                organization=p["organization"],
                dates=None if p["dates"] is None else DateRange(**p["dates"]),
                line=p["line"],
                end_line=p["end_line"],
                skills=tuple(p["skills"]),
            )
            for p in data["positions"]
        ),
        readability=Readability(
            readability["pages"],
            readability["words"],
            tuple(readability["sections"]),
            tuple(readability["warnings"]),
        ),
    )


def _sha256_of_files(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _reader_fingerprint() -> str:
    """Hash of the vocabulary and of the reading modules' source (version alone when the source is absent)."""
    paths = [VOCABULARY_PATH]
    for name in READER_MODULES:
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.origin and spec.origin.endswith(".py"):
            paths.append(Path(spec.origin))
    try:
        return _sha256_of_files(paths)
    except OSError:
        return "unknown"


class ProfileCache:
    """Profiles stored as JSON under ``folder/profiles/``, one file per resume content.

    The key is the SHA-256 of the file's bytes together with the gapcheck version, the as-of date,
    and a hash of the skill vocabulary and of the modules that read resumes, so a changed file,
    date, vocabulary or reader never returns a stale profile. Writes are atomic (a temporary
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
        self._salt = f"{CACHE_FORMAT}\n{__version__}\n{as_of.isoformat()}\n{_reader_fingerprint()}\n".encode()

    def key(self, content: bytes) -> str:
        """The cache key of a resume file's bytes."""
        return hashlib.sha256(self._salt + hashlib.sha256(content).digest()).hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / "profiles" / key[:2] / f"{key}.json"

    def get(self, key: str) -> ResumeProfile | None:
        """The cached profile, or None when there is none (or it cannot be read)."""
        path = self._path(key)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            if data.get("format") != CACHE_FORMAT:
                return None
            return profile_from_json(data["profile"])
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            log.debug("ignoring unreadable cache entry %s", path, exc_info=True)
            return None

    def put(self, key: str, profile: ResumeProfile) -> None:
        """Store a profile; a cache that cannot be written is logged and otherwise ignored."""
        path = self._path(key)
        text = json.dumps({"format": CACHE_FORMAT, "profile": profile_to_json(profile)}, ensure_ascii=False)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    out.write(text)
                os.replace(temporary, path)
            except BaseException:
                os.unlink(temporary)
                raise
        except OSError:
            log.debug("cannot write cache entry %s", path, exc_info=True)
