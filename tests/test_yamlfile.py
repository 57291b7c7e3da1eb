"""Role files from strangers: size, regular files, repeated keys, nesting, alias bombs, numbers."""

from __future__ import annotations

import datetime as dt
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROLES_DIR

from gapcheck import compiled, yamlfile
from gapcheck.errors import RoleFileError
from gapcheck.roles import parse_role
from gapcheck.yamlfile import MAX_YAML_BYTES, MAX_YAML_DEPTH, MAX_YAML_NODES, load_yaml

ROLE = (ROLES_DIR / "tiny-analyst.yaml").read_text(encoding="utf-8")


def _write(tmp_path: Path, text: str, name: str = "role.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_plain_file_loads(tmp_path: Path) -> None:
    assert load_yaml(_write(tmp_path, "a: 1\nb: [x, y]\nc: &c {d: 1}\ne: *c\n")) == {
        "a": 1, "b": ["x", "y"], "c": {"d": 1}, "e": {"d": 1}
    }  # fmt: skip


def test_a_repeated_key_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "title: One\nlevel: entry\ntitle: Two\n")
    with pytest.raises(RoleFileError, match=re.escape("key 'title' appears twice in one mapping at line 3; keep one")):
        load_yaml(path)


def test_the_same_key_in_two_mappings_is_fine(tmp_path: Path) -> None:
    assert load_yaml(_write(tmp_path, "a: {x: 1}\nb: {x: 2}\n")) == {"a": {"x": 1}, "b": {"x": 2}}


def test_a_billion_laughs_file_is_refused_quickly(tmp_path: Path) -> None:
    chain = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in range(1, 10):
        chain += f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n"
    started = time.monotonic()
    with pytest.raises(RoleFileError, match=f"expands to more than {MAX_YAML_NODES:,} values"):
        load_yaml(_write(tmp_path, chain + "summary: *l9\n"))
    assert time.monotonic() - started < 5


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    with pytest.raises(RoleFileError, match=f"nests deeper than {MAX_YAML_DEPTH} levels"):
        load_yaml(_write(tmp_path, "summary: " + "[" * 5000 + "]" * 5000 + "\n"))
    assert load_yaml(_write(tmp_path, "a: " + "[" * 10 + "]" * 10 + "\n")) is not None


def test_a_large_file_is_refused(tmp_path: Path) -> None:
    path = _write(tmp_path, "summary: '" + "x" * MAX_YAML_BYTES + "'\n")
    with pytest.raises(RoleFileError, match="more than the limit of 2 MB; a role file is a few kilobytes"):
        load_yaml(path)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "role.yaml")
    with pytest.raises(RoleFileError, match="not a regular file"):
        load_yaml(tmp_path / "role.yaml")


@pytest.mark.parametrize(
    ("years", "shown"),
    [(".inf", "inf (at most 1e9)"), (".nan", "nan"), ("9" * 400, "a 400-digit number (at most 1e9)"), ("-1", "-1")],
)
def test_numbers_must_be_finite_and_sane(tmp_path: Path, years: str, shown: str) -> None:
    text = re.sub(r"years: \d+", f"years: {years}", ROLE, count=1)
    assert text != ROLE
    with pytest.raises(RoleFileError, match=re.escape(f"years must be a non-negative number, got {shown}")):
        parse_role(_write(tmp_path, text, "tiny-analyst.yaml"))


def test_sane_numbers_pass(tmp_path: Path) -> None:
    text = re.sub(r"years: \d+", "years: 2.5", ROLE, count=1)
    assert parse_role(_write(tmp_path, text, "tiny-analyst.yaml")).experience[0].years == 2.5


@pytest.fixture
def kept_in(tmp_path: Path) -> Iterator[Path]:
    """A cache folder named for this process's data files, as the command line's start names one."""
    folder = tmp_path / "cache"
    compiled.use_folder(folder)
    yield folder
    compiled.use_folder(None)


def _no_parsing(path: Path, text: str) -> None:
    raise AssertionError("parsed the YAML again")


def test_a_file_parsed_once_is_read_back_from_the_cache_folder(
    tmp_path: Path, kept_in: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, "a: 1\nb: [x, 'y z']\nc: &c {d: 1.5, e: null, f: true}\ng: *c\n")
    first = load_yaml(path)
    assert len(list((kept_in / "compiled").glob("yaml-*.json"))) == 1
    monkeypatch.setattr(yamlfile, "_parse", _no_parsing)
    assert load_yaml(path) == first == {"a": 1, "b": ["x", "y z"], "c": {"d": 1.5, "e": None, "f": True},
                                        "g": {"d": 1.5, "e": None, "f": True}}  # fmt: skip


def test_an_edited_file_is_parsed_again(tmp_path: Path, kept_in: Path) -> None:
    path = _write(tmp_path, "a: 1\n")
    assert load_yaml(path) == {"a": 1}
    path.write_text("a: 2\n", encoding="utf-8")
    assert load_yaml(path) == {"a": 2}


def test_a_bad_file_gives_its_error_with_a_cache_folder_too_and_nothing_is_kept(tmp_path: Path, kept_in: Path) -> None:
    path = _write(tmp_path, "a: 1\na: 2\n")
    for _ in range(2):
        with pytest.raises(RoleFileError, match="appears twice"):
            load_yaml(path)
    assert not list((kept_in / "compiled").glob("yaml-*.json"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [("since: 2019-05-01\n", {"since": dt.date(2019, 5, 1)}), ("1: one\n", {1: "one"}), ("yes: x\n", {True: "x"})],
)
def test_data_json_would_change_is_never_kept(tmp_path: Path, kept_in: Path, text: str, expected: object) -> None:
    """A date, a number or a boolean as a key: JSON would give back other data, so such a file is parsed each time."""
    path = _write(tmp_path, text)
    assert load_yaml(path) == expected
    assert load_yaml(path) == expected
    assert not list((kept_in / "compiled").glob("yaml-*.json"))


def test_an_edited_entry_is_not_believed(tmp_path: Path, kept_in: Path) -> None:
    path = _write(tmp_path, "roles: [analyst]\n")
    load_yaml(path)
    (entry,) = (kept_in / "compiled").glob("yaml-*.json")
    entry.write_text(entry.read_text(encoding="utf-8").replace("analyst", "wizard"), encoding="utf-8")
    assert load_yaml(path) == {"roles": ["analyst"]}
    assert "wizard" not in entry.read_text(encoding="utf-8")  # parsed again and replaced


def test_without_a_cache_folder_nothing_is_kept(tmp_path: Path) -> None:
    compiled.use_folder(None)
    load_yaml(_write(tmp_path, "a: 1\n"))
    assert not list(tmp_path.rglob("*.json"))


def test_the_commands_cache_folder_keeps_the_data_files_and_a_file_none(tmp_path: Path) -> None:
    from gapcheck.cli.options import resolve_cache_dir

    try:
        assert resolve_cache_dir(tmp_path) == tmp_path == compiled.folder()  # --no-cache or not: no resume data
        (tmp_path / "file").write_text("x", encoding="utf-8")
        assert resolve_cache_dir(tmp_path / "file") is None and compiled.folder() is None
    finally:
        compiled.use_folder(None)
