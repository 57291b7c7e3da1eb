"""batch/cache.py: the content-hash cache of profiles, stored as the JSON output's profile (read back exactly)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import sys
import typing
from pathlib import Path
from typing import Any

import pytest
from conftest import ANALYST_LINES, AS_OF, corpus_or_skip
from pdfs import make_pdf

from gapcheck.batch.cache import CACHE_FORMAT, ProfileCache, _reader_fingerprint, fingerprinted_files
from gapcheck.batch.plan import Limits
from gapcheck.models import DateRange, Degree, Position, ResumeProfile, ResumeText
from gapcheck.pipeline import read_resume
from gapcheck.render.json import format_profile, parse_profile
from gapcheck.resume import build_profile


@pytest.fixture
def profile() -> ResumeProfile:
    return build_profile(ResumeText("ann.txt", 1, ANALYST_LINES), as_of=AS_OF)


def test_round_trip_is_exact(profile: ResumeProfile) -> None:
    assert profile.skills and profile.positions and profile.degrees
    data = json.loads(json.dumps(format_profile(profile)))
    assert parse_profile(data) == profile


def test_round_trip_keeps_undated_positions_and_degrees_in_progress(profile: ResumeProfile) -> None:
    odd = dataclasses.replace(
        profile,
        positions=(
            Position("Tutor", "", None, 3, 4),
            Position(
                "Intern",
                "Acme",
                DateRange(24241, AS_OF.year * 12 + AS_OF.month - 1, True, "Summer 2020 - now"),
                5,
                9,
                ("python",),
            ),
        ),
        degrees=(Degree("master", None, None, None, True, "M.S. expected 2027"),),
    )
    assert parse_profile(json.loads(json.dumps(format_profile(odd)))) == odd


def test_round_trip_on_real_resumes() -> None:
    corpus = corpus_or_skip()
    for path in sorted((corpus / "resumes").glob("*.pdf"))[:8]:
        profile = read_resume(path, as_of=AS_OF)
        assert parse_profile(json.loads(json.dumps(format_profile(profile)))) == profile, path.name


def test_cache_stores_and_returns_a_profile(tmp_path: Path, profile: ResumeProfile) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    key = cache.key(b"%PDF-1.4 some bytes", ".pdf")
    assert cache.get(key) is None
    cache.put(key, profile)
    assert cache.get(key) == profile
    assert [p.suffix for p in tmp_path.rglob("*") if p.is_file()] == [".json"]  # no temporary file left


def test_key_depends_on_content_and_as_of(tmp_path: Path) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    assert cache.key(b"a", ".pdf") == cache.key(b"a", ".pdf")
    assert cache.key(b"a", ".pdf") != cache.key(b"b", ".pdf")
    assert ProfileCache(tmp_path, as_of=dt.date(2025, 1, 1)).key(b"a", ".pdf") != cache.key(b"a", ".pdf")


def test_key_depends_on_the_suffix_that_decides_the_reading(tmp_path: Path) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    assert cache.key(b"## Skills", ".md") != cache.key(b"## Skills", ".txt")  # Markdown, or plain text read as it
    assert cache.key(b"## Skills", ".MD") == cache.key(b"## Skills", ".md")


@pytest.mark.parametrize("content", ["not json", json.dumps({"format": CACHE_FORMAT + 1}), json.dumps({"format": 1})])
def test_unreadable_entries_are_misses(tmp_path: Path, profile: ResumeProfile, content: str) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    key = cache.key(b"x", ".pdf")
    cache.put(key, profile)
    (entry,) = tmp_path.rglob("*.json")
    entry.write_text(content)
    assert cache.get(key) is None


def test_an_unwritable_cache_is_ignored(tmp_path: Path, profile: ResumeProfile) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    cache = ProfileCache(blocker / "cache", as_of=AS_OF)  # a folder below a file cannot be made
    cache.put(cache.key(b"x", ".pdf"), profile)
    assert cache.get(cache.key(b"x", ".pdf")) is None


@pytest.mark.parametrize(
    ("stored", "current", "holds"),
    [
        (Limits(timeout=60), Limits(timeout=60), True),
        (Limits(timeout=60), Limits(timeout=30), True),
        (Limits(timeout=60), Limits(timeout=120), False),
        (Limits(timeout=60), Limits(timeout=None), False),
        (Limits(timeout=None), Limits(timeout=5), True),
        (Limits(max_pages=20), Limits(max_pages=10), True),
        (Limits(max_pages=2), Limits(max_pages=20), False),
    ],
)
def test_a_read_error_holds_under_limits_as_strict(
    tmp_path: Path, stored: Limits, current: Limits, holds: bool
) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    key = cache.key(b"%PDF-1.4 broken", ".pdf")
    assert cache.get_error(key, current) is None
    cache.put_error(key, "the PDF is damaged", stored)
    assert cache.get_error(key, current) == ("the PDF is damaged" if holds else None)
    assert cache.get(key) is None  # an error is no profile


@pytest.mark.parametrize("content", ["{", "[]", '{"format": 1, "reason": 3, "limits": {}}', '{"format": 1}'])
def test_unreadable_error_entries_are_misses(tmp_path: Path, content: str) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    key = cache.key(b"x", ".pdf")
    cache.put_error(key, "damaged", Limits())
    (entry,) = (tmp_path / "errors").rglob("*.json")
    entry.write_text(content, encoding="utf-8")
    assert cache.get_error(key, Limits()) is None


def test_key_depends_on_the_pdfminer_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = ProfileCache(tmp_path, as_of=AS_OF).key(b"x", ".pdf")
    monkeypatch.setattr("gapcheck.batch.cache.package_version", lambda distribution, module: "0.0-other")
    assert ProfileCache(tmp_path, as_of=AS_OF).key(b"x", ".pdf") != key


@pytest.mark.parametrize(
    ("where", "value"),
    [
        (("degrees", 0, "level"), "wizard"),
        (("degrees", 0, "year"), "x"),
        (("skills", 0, "years"), "many"),
        (("skills", 0, "evidence"), [1, 2]),
        (("pages",), "two"),
        (("as_of",), "x"),
    ],
)
def test_an_entry_of_the_wrong_shape_is_a_miss(
    tmp_path: Path, profile: ResumeProfile, where: tuple[str | int, ...], value: object
) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    cache.put("k" * 64, profile)
    path = next(tmp_path.rglob("*.json"))
    data = json.loads(path.read_text(encoding="utf-8"))
    target: Any = data["profile"]
    for step in where[:-1]:
        target = target[step]
    target[where[-1]] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    assert cache.get("k" * 64) is None


def test_a_good_entry_is_a_hit(tmp_path: Path, profile: ResumeProfile) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    cache.put("k" * 64, profile)
    assert cache.get("k" * 64) == profile


def test_entries_are_checked_without_reading_type_hints_again(
    tmp_path: Path, profile: ResumeProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    cache.put("k" * 64, profile)
    assert cache.get("k" * 64) == profile
    monkeypatch.setattr(typing, "get_type_hints", _no_hints)  # each type's check is made once per process
    assert cache.get("k" * 64) == profile


def _no_hints(*args: object, **kwargs: object) -> dict[str, Any]:
    raise AssertionError("type hints read again")


def _package_copy(tmp_path: Path) -> Path:
    package = tmp_path / "package"
    (package / "data").mkdir(parents=True)
    (package / "reader.py").write_text("RULE = 1\n")
    (package / "data" / "degree_fields.yaml").write_text("fields: []\n")
    (package / "data" / "FORMAT.md").write_text("notes\n")
    return package


@pytest.mark.parametrize(
    ("edited", "content"),
    [
        ("reader.py", "RULE = 2\n"),  # any module: a list of the reading modules goes stale as modules are added
        ("data/degree_fields.yaml", "fields: [physics]\n"),
        ("data/FORMAT.md", "other notes\n"),
        ("new_module.py", ""),
    ],
)
def test_the_reader_fingerprint_changes_with_any_module_or_data_file(tmp_path: Path, edited: str, content: str) -> None:
    package = _package_copy(tmp_path)
    before = _reader_fingerprint(package)
    assert _reader_fingerprint(package) == before
    (package / edited).write_text(content)
    assert _reader_fingerprint(package) != before


def test_the_reader_fingerprint_ignores_files_that_are_not_read(tmp_path: Path) -> None:
    package = _package_copy(tmp_path)
    before = _reader_fingerprint(package)
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "reader.cpython-311.pyc").write_bytes(b"\x00")
    (package / "reader.py.orig").write_text("a merge leftover\n")
    assert _reader_fingerprint(package) == before


def test_a_profile_cached_by_another_reader_is_not_used(
    tmp_path: Path, profile: ResumeProfile, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    cache.put(cache.key(b"%PDF-1.4 ann", ".pdf"), profile)
    monkeypatch.setattr("gapcheck.batch.cache._reader_fingerprint", lambda: "an edited reader")
    edited = ProfileCache(tmp_path, as_of=AS_OF)
    assert edited.get(edited.key(b"%PDF-1.4 ann", ".pdf")) is None


def test_key_depends_on_the_gapcheck_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = ProfileCache(tmp_path, as_of=AS_OF).key(b"x", ".pdf")
    monkeypatch.setattr("gapcheck.batch.cache.__version__", "0.0.0-other")
    assert ProfileCache(tmp_path, as_of=AS_OF).key(b"x", ".pdf") != key


def test_every_module_that_reads_a_resume_is_fingerprinted(tmp_path: Path) -> None:
    read_resume(make_pdf(tmp_path / "ann.pdf", ANALYST_LINES), as_of=AS_OF)  # loads every reading module
    loaded = {Path(m.__file__).resolve() for n, m in sys.modules.items() if n.startswith("gapcheck.") and m.__file__}
    assert loaded and loaded <= {path.resolve() for path in fingerprinted_files()}
    assert {p.name for p in fingerprinted_files()} >= {"skills.yaml", "degree_fields.yaml"}
