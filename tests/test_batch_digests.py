"""gapcheck.batch.digests: a file's digest remembered by its status; any change to the file means reading it again."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from gapcheck.batch import digests
from gapcheck.batch.digests import FileDigests
from gapcheck.errors import ResumeReadError


@pytest.fixture
def at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Files remembered however recently they changed (the tests' files are written a moment before)."""
    monkeypatch.setattr(digests, "STILL_NS", -(10**12))


def _no_reading(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    read: list[Path] = []
    real = digests.read_regular_file

    def reading(path: Path, max_bytes: int | None) -> bytes:
        read.append(path)
        return real(path, max_bytes)

    monkeypatch.setattr(digests, "read_regular_file", reading)
    return read


def test_a_file_unchanged_since_a_run_read_it_is_not_read_again(
    tmp_path: Path, at_once: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    resume = tmp_path / "ann.pdf"
    resume.write_bytes(b"%PDF-1.4 ann")
    first = FileDigests(tmp_path / "cache")
    assert first.digest(resume, None) == hashlib.sha256(b"%PDF-1.4 ann").digest()
    first.save()
    read = _no_reading(monkeypatch)
    assert FileDigests(tmp_path / "cache").digest(resume, None) == hashlib.sha256(b"%PDF-1.4 ann").digest()
    assert read == []


def test_a_file_rewritten_with_the_same_size_and_modification_time_is_read_again(
    tmp_path: Path, at_once: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    resume = tmp_path / "ann.pdf"
    resume.write_bytes(b"version one")
    before = resume.stat()
    first = FileDigests(tmp_path / "cache")
    first.digest(resume, None)
    first.save()
    resume.write_bytes(b"version two")
    os.utime(resume, ns=(before.st_atime_ns, before.st_mtime_ns))  # a copy keeping the times, say
    read = _no_reading(monkeypatch)
    assert FileDigests(tmp_path / "cache").digest(resume, None) == hashlib.sha256(b"version two").digest()
    assert read == [resume]


def test_a_file_changed_a_moment_ago_is_not_remembered(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    resume = tmp_path / "ann.pdf"
    resume.write_bytes(b"still being written")
    first = FileDigests(tmp_path / "cache")
    first.digest(resume, None)
    first.save()
    read = _no_reading(monkeypatch)
    FileDigests(tmp_path / "cache").digest(resume, None)
    assert read == [resume]


def test_the_readers_errors_whatever_was_remembered(tmp_path: Path, at_once: None) -> None:
    resume = tmp_path / "ann.pdf"
    resume.write_bytes(b"small")
    first = FileDigests(tmp_path / "cache")
    first.digest(resume, None)
    first.save()
    again = FileDigests(tmp_path / "cache")
    with pytest.raises(ResumeReadError, match="over|more than|limit"):
        again.digest(resume, 2)
    with pytest.raises(ResumeReadError, match="a folder"):
        again.digest(tmp_path, None)
    with pytest.raises(ResumeReadError, match="cannot open"):
        again.digest(tmp_path / "gone.pdf", None)


@pytest.mark.parametrize(
    "content", [b"", b"not json", b'{"format": 1, "files": []}', b'{"format": 1, "files": {"x": 1}}']
)
def test_an_unreadable_digests_file_is_ignored(tmp_path: Path, at_once: None, content: bytes) -> None:
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "digests.json").write_bytes(content)
    resume = tmp_path / "ann.pdf"
    resume.write_bytes(b"ann")
    found = FileDigests(tmp_path / "cache")
    assert found.digest(resume, None) == hashlib.sha256(b"ann").digest()
    found.save()
    assert FileDigests(tmp_path / "cache").digest(resume, None) == hashlib.sha256(b"ann").digest()


def test_an_entry_with_the_files_status_but_a_garbled_digest_is_read_again(tmp_path: Path, at_once: None) -> None:
    resume = tmp_path / "ann.pdf"
    resume.write_bytes(b"ann")
    first = FileDigests(tmp_path / "cache")
    first.digest(resume, None)
    first.save()
    path = tmp_path / "cache" / "digests.json"
    path.write_text(path.read_text(encoding="utf-8").replace('"]', 'zz"]'), encoding="utf-8")
    assert FileDigests(tmp_path / "cache").digest(resume, None) == hashlib.sha256(b"ann").digest()
