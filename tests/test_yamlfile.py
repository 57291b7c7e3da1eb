"""Role files from strangers: size, regular files, repeated keys, nesting, alias bombs, numbers."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest
from conftest import ROLES_DIR

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
