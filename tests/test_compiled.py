"""The compiled vocabulary in the cache folder: equal to a fresh one, reused, and never stale."""

from __future__ import annotations

import hashlib
import marshal
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from gapcheck import compiled, skills
from gapcheck.errors import RoleFileError
from gapcheck.skills import VOCABULARY_PATH, Vocabulary, load_vocabulary


def _entries(cache: Path) -> list[Path]:
    return sorted((cache / "compiled").glob("vocabulary-*.marshal"))


@pytest.fixture
def vocabulary_file(tmp_path: Path) -> Path:
    path = tmp_path / "skills.yaml"
    shutil.copyfile(VOCABULARY_PATH, path)
    return path


def test_from_data_restores_every_attribute() -> None:
    vocabulary = load_vocabulary()
    restored = Vocabulary.from_data(marshal.loads(marshal.dumps(vocabulary.to_data())))
    assert vars(restored) == vars(vocabulary)  # a new attribute in __init__ must be added to to_data/from_data
    lines = ["Skills: Python, R, C++, scikit-learn, front-end, Node.js", "Built ETL pipelines in Go and Spark"]
    assert restored.find(lines, [0]) == vocabulary.find(lines, [0])


def test_a_second_process_reads_the_compiled_vocabulary(
    vocabulary_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    first = load_vocabulary(vocabulary_file, cache_dir=cache)
    assert len(_entries(cache)) == 1
    skills._load_vocabulary.cache_clear()  # as a new process would start

    def no_parsing(path: Path) -> None:
        raise AssertionError("parsed the YAML again")

    monkeypatch.setattr(skills, "_compile_vocabulary", no_parsing)
    assert vars(load_vocabulary(vocabulary_file, cache_dir=cache)) == vars(first)


def test_without_a_cache_folder_nothing_is_written(vocabulary_file: Path, tmp_path: Path) -> None:
    load_vocabulary(vocabulary_file)
    assert not (tmp_path / "compiled").exists()


def test_an_edited_vocabulary_is_compiled_again(vocabulary_file: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_vocabulary(vocabulary_file, cache_dir=cache)
    text = vocabulary_file.read_text(encoding="utf-8")
    vocabulary_file.write_text(text + "\n  - name: Widgetry\n    category: concept\n", encoding="utf-8")
    skills._load_vocabulary.cache_clear()
    assert load_vocabulary(vocabulary_file, cache_dir=cache).resolve("widgetry") == "widgetry"
    assert len(_entries(cache)) == 2


def test_a_broken_vocabulary_is_an_error_even_with_a_cache(vocabulary_file: Path, tmp_path: Path) -> None:
    vocabulary_file.write_text("skills: [", encoding="utf-8")
    with pytest.raises(RoleFileError, match="invalid YAML"):
        load_vocabulary(vocabulary_file, cache_dir=tmp_path / "cache")
    assert not (tmp_path / "cache" / "compiled").exists()


def _with_digest(payload: bytes) -> bytes:
    return hashlib.sha256(payload).digest() + payload


@pytest.mark.parametrize(
    "damage",
    [
        lambda kept: b"",
        lambda kept: b"not marshal data",
        lambda kept: kept[: len(kept) // 2],  # torn: the digest no longer matches
        lambda kept: kept[:40] + b"X" + kept[41:],  # edited
        lambda kept: _with_digest(b"not marshal data"),
        lambda kept: _with_digest(marshal.dumps({"entries": [], "spellings": []})),
        lambda kept: _with_digest(marshal.dumps({**marshal.loads(kept[32:]), "spellings": [("python", "python")]})),
    ],
)
def test_a_damaged_entry_is_compiled_again(
    vocabulary_file: Path, tmp_path: Path, damage: Callable[[bytes], bytes]
) -> None:
    cache = tmp_path / "cache"
    expected = load_vocabulary(vocabulary_file, cache_dir=cache)
    (entry,) = _entries(cache)
    entry.write_bytes(damage(entry.read_bytes()))
    skills._load_vocabulary.cache_clear()
    assert vars(load_vocabulary(vocabulary_file, cache_dir=cache)) == vars(expected)
    assert marshal.loads(entry.read_bytes()[32:]) == expected.to_data()  # replaced


def test_an_unwritable_cache_folder_only_costs_time(vocabulary_file: Path, tmp_path: Path) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    assert load_vocabulary(vocabulary_file, cache_dir=blocked).resolve("python") == "python"


def test_the_key_names_the_gapcheck_version_and_the_compiling_code(
    vocabulary_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = compiled.compiled_key("vocabulary", [vocabulary_file], skills.COMPILED_BY)
    assert compiled.compiled_key("vocabulary", [vocabulary_file], skills.COMPILED_BY) == key
    assert compiled.compiled_key("vocabulary", [vocabulary_file], ["gapcheck.skills"]) != key
    monkeypatch.setattr(compiled, "__version__", "0.0.0-other")
    assert compiled.compiled_key("vocabulary", [vocabulary_file], skills.COMPILED_BY) != key
