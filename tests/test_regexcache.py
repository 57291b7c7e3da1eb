"""gapcheck.regexcache: compiled patterns saved by one process and given back to ``re`` in the next."""

from __future__ import annotations

import marshal
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from gapcheck import regexcache

pytestmark = pytest.mark.skipif(regexcache.cache_file(Path(".")) is None, reason="not CPython's regex engine")


@pytest.fixture
def fresh() -> Iterator[None]:
    """This process as a new one would be: nothing loaded, no folder given (restored afterwards)."""
    loaded, folder = set(regexcache._loaded), list(regexcache._cache_dir)
    regexcache._loaded.clear()
    regexcache._cache_dir.clear()
    yield
    regexcache._loaded.clear()
    regexcache._loaded.update(loaded)
    regexcache._cache_dir[:] = folder


def _patterns() -> list[tuple[str, int]]:
    """Patterns no other test compiles (a fresh name in each), with groups, names and flags."""
    tag = uuid.uuid4().hex
    return [
        (rf"(?P<month>jan|feb)\s+(?P<year>\d{{4}})-{tag}", re.IGNORECASE),
        (rf"^(\w+)@(\w+)\.{tag}$", re.MULTILINE),
        (rf"[^\W\d_]+(?:'s)?\b{tag}", 0),
    ]


def _handed_over(pattern: str, flags: int) -> bool:
    """Whether ``re`` finds the pattern in its cache (a saved one is made there when first looked up)."""
    try:
        re._cache[(str, pattern, flags)]  # type: ignore[attr-defined]
    except KeyError:
        return False
    return True


def _forget(patterns: list[tuple[str, int]]) -> None:
    """Take the patterns out of re's cache, as a process that never compiled them."""
    for pattern, flags in patterns:
        re._cache.pop((str, pattern, flags), None)  # type: ignore[attr-defined]
        regexcache._loaded.discard((str, pattern, flags))


def _compiled_in(folder: Path) -> list[tuple[str, int]]:
    """Fresh patterns, compiled by ``re`` after the cache was loaded from ``folder`` (so saving would keep them)."""
    patterns = _patterns()
    regexcache.load(folder)
    for pattern, flags in patterns:
        re.compile(pattern, flags)
    return patterns


def test_a_saved_pattern_comes_back_compiled_and_matches_the_same(tmp_path: Path, fresh: None) -> None:
    patterns = _patterns()
    regexcache.load(tmp_path)
    compiled = [re.compile(pattern, flags) for pattern, flags in patterns]
    assert regexcache.save() >= len(patterns)
    _forget(patterns)
    assert regexcache.load(tmp_path) >= len(patterns)
    for (pattern, flags), before in zip(patterns, compiled, strict=True):
        after = re._cache[(str, pattern, flags)]  # type: ignore[attr-defined]
        assert re.compile(pattern, flags) is after and after is not before
        assert (after.pattern, after.flags, after.groups, after.groupindex) == (
            before.pattern,
            before.flags,
            before.groups,
            before.groupindex,
        )
    tag = patterns[0][0].rsplit("-", 1)[1]
    samples = [f"JAN 2024-{tag}", f"feb 1999-{tag}", f"ann@example.{tag}", f"O'Brien's{tag}", "nothing"]
    for (pattern, flags), before in zip(patterns, compiled, strict=True):
        after = re.compile(pattern, flags)
        for text in samples:
            found, expected = after.search(text), before.search(text)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))


def test_the_saved_code_is_what_the_engine_is_given_by_re(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    patterns = _compiled_in(tmp_path)
    regexcache.save()
    saved = {entry[0]: entry for entry in marshal.loads(regexcache.cache_file(tmp_path).read_bytes())}  # type: ignore[union-attr]
    given: dict[str, list[int]] = {}
    engine = re._compiler._sre  # type: ignore[attr-defined]

    class Recording:
        def __getattr__(self, name: str) -> Any:
            return getattr(engine, name)

        def compile(self, pattern: str, flags: int, code: list[int], *rest: Any) -> Any:
            given[pattern] = [int(word) for word in code]
            return engine.compile(pattern, flags, code, *rest)

    monkeypatch.setattr(re._compiler, "_sre", Recording())  # type: ignore[attr-defined]
    _forget(patterns)
    for pattern, flags in patterns:
        re.compile(pattern, flags)
    words = regexcache._engine()
    assert words is not None
    for pattern, flags in patterns:
        assert saved[pattern][:3] == (pattern, flags, re.compile(pattern, flags).flags)
        assert isinstance(saved[pattern][3], bytes)
        assert regexcache.code_words(words, saved[pattern][3]) == given[pattern]


def test_saving_takes_each_new_patterns_code_as_re_compiled_it(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compiling each new pattern a second time for its code cost a run with an empty cache 70% as much again."""
    patterns = _compiled_in(tmp_path)
    with monkeypatch.context() as patch:
        patch.setattr(re._parser, "parse", None)  # type: ignore[attr-defined]  # save may parse none of them again
        regexcache.save()
    path = regexcache.cache_file(tmp_path)
    assert path is not None
    saved = {entry[0]: entry[3] for entry in marshal.loads(path.read_bytes())}
    words = regexcache._engine()
    assert words is not None
    for pattern, flags in patterns:
        again = re._compiler._code(re._parser.parse(pattern, flags), flags)  # type: ignore[attr-defined]
        assert regexcache.code_words(words, saved[pattern]) == list(again)


def test_an_entry_the_engine_refuses_is_skipped_and_its_pattern_compiles_as_usual(tmp_path: Path, fresh: None) -> None:
    patterns = _compiled_in(tmp_path)
    regexcache.save()
    path = regexcache.cache_file(tmp_path)
    assert path is not None
    entries = marshal.loads(path.read_bytes())
    broken = patterns[0][0]
    entries = [(e[0], e[1], e[2], e[3][: len(e[3]) // 2], *e[4:]) if e[0] == broken else e for e in entries]
    path.write_bytes(marshal.dumps(entries))
    _forget(patterns)
    regexcache.load(tmp_path)
    assert not _handed_over(broken, patterns[0][1])
    assert _handed_over(patterns[1][0], patterns[1][1])
    tag = broken.rsplit("-", 1)[1]
    found = re.compile(broken, patterns[0][1]).search(f"Feb 2020-{tag}")
    assert found is not None and found.group("year") == "2020"


@pytest.mark.parametrize("content", [b"", b"not marshal data", marshal.dumps({"a": 1}), marshal.dumps([("x", 1)])])
def test_an_unreadable_file_gives_nothing_and_no_error(tmp_path: Path, fresh: None, content: bytes) -> None:
    path = regexcache.cache_file(tmp_path)
    assert path is not None
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    assert regexcache.load(tmp_path) == 0


def test_without_a_folder_from_load_nothing_is_written(tmp_path: Path, fresh: None) -> None:
    re.compile(_patterns()[0][0])
    assert regexcache.save() == 0  # a library user's process: load was never called
    regexcache.load(tmp_path)
    regexcache.load(None)  # --no-cache, after a folder was given once
    re.compile(_patterns()[1][0])
    assert regexcache.save() == 0
    path = regexcache.cache_file(tmp_path)
    assert path is not None and not path.exists()


def test_another_interpreter_reads_another_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    here = regexcache.cache_file(tmp_path)
    monkeypatch.setattr(sys, "version", sys.version + " (another build)")
    assert regexcache.cache_file(tmp_path) not in (here, None)


def test_a_file_keeps_at_most_max_entries_the_newest(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(regexcache, "MAX_ENTRIES", 2)
    regexcache.load(tmp_path)
    patterns = _patterns()
    for pattern, flags in patterns:
        re.compile(pattern, flags)
    regexcache.save()
    path = regexcache.cache_file(tmp_path)
    assert path is not None
    assert [entry[0] for entry in marshal.loads(path.read_bytes())] == [p for p, _ in patterns[-2:]]


def test_a_second_process_compiles_none_of_the_first_ones_patterns(tmp_path: Path) -> None:
    code = (
        "import re, sys\n"
        "from gapcheck import regexcache\n"
        "regexcache.load(__import__('pathlib').Path(sys.argv[1]))\n"
        "before = set(re._cache)\n"
        "import gapcheck.resume\n"
        "print(len(set(re._cache) - before - regexcache._loaded), regexcache.save())\n"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, check=True)
        for _ in range(2)
    ]
    first, second = (run.stdout.split() for run in runs)
    assert int(first[0]) > 50 and int(first[1]) > 50  # gapcheck's reading patterns, compiled then saved
    assert second == ["0", "0"]


def test_more_saved_patterns_than_re_keeps_by_default_all_come_back(
    tmp_path: Path, fresh: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """re keeps 512 patterns and drops the oldest beyond: loading more must make room, or half come back only to be
    dropped again (compiled anew on every run)."""
    tag = uuid.uuid4().hex
    patterns = [(rf"w{n}-{tag}\d+", 0) for n in range(700)]
    monkeypatch.setattr(re, "_MAXCACHE", 4096)  # an earlier run that compiled them all and saved them
    regexcache.load(tmp_path)
    for pattern, flags in patterns:
        re.compile(pattern, flags)
    regexcache.save()
    re.purge()
    re._MAXCACHE = 512  # type: ignore[attr-defined]  # a new process: re's default
    regexcache._loaded.clear()
    assert regexcache.load(tmp_path) >= len(patterns)
    assert all(_handed_over(pattern, flags) for pattern, flags in patterns)
    kept = [key for key in re._cache if isinstance(key[1], str) and key[1].endswith(rf"-{tag}\d+")]  # type: ignore[attr-defined]
    assert len(kept) == len(patterns)  # none dropped again as the others were made


def test_a_saved_pattern_is_made_when_re_first_asks_for_it(tmp_path: Path, fresh: None) -> None:
    """Making every saved pattern took longer than reading the file, and a run uses only some (a --help a tenth)."""
    patterns = _patterns()
    regexcache.load(tmp_path)
    compiled = [re.compile(pattern, flags) for pattern, flags in patterns]
    regexcache.save()
    _forget(patterns)
    assert regexcache.load(tmp_path) >= len(patterns)
    keys = [(str, pattern, int(flags)) for pattern, flags in patterns]
    assert not any(key in re._cache for key in keys)  # type: ignore[attr-defined]  # not made yet
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(re._compiler, "compile", None)  # type: ignore[attr-defined]  # re may not compile them
        made = [re.compile(pattern, flags) for pattern, flags in patterns[:2]]
        assert re._cache.pop(keys[2], None) is not None  # type: ignore[attr-defined]  # how re looks up from 3.12 on
    assert [m.pattern for m in made] == [c.pattern for c in compiled[:2]] and made[0] is not compiled[0]
    assert keys[0] in re._cache and keys[1] in re._cache  # type: ignore[attr-defined]
    assert regexcache.save() == 0  # nothing new to write


def test_no_saved_pattern_is_made_twice_and_unknown_ones_compile_as_usual(tmp_path: Path, fresh: None) -> None:
    patterns = _compiled_in(tmp_path)
    regexcache.save()
    _forget(patterns)
    regexcache.load(tmp_path)
    first = re.compile(*patterns[0])
    assert re.compile(*patterns[0]) is first
    assert re.compile(rf"unknown-{uuid.uuid4().hex}").search("nothing") is None


def test_a_run_under_another_hash_seed_compiles_none_of_the_patterns_a_profile_needs(tmp_path: Path) -> None:
    """Patterns made from sets of words (headings.yaml's row words, letters' salutations) must come out the same in
    every process: string hashing differs from process to process, and a pattern whose alternatives came out in
    another order was compiled anew on every run and saved again (the whole file rewritten)."""
    resume = tmp_path / "resume.txt"
    resume.write_text(
        "Dear Hiring Manager,\nI am writing to apply.\nKind regards,\nAnn Example\n\n"
        "Experience\nData Analyst, Example GmbH, 2019 - 2022\n\nEducation\nMSc Statistics, Example University, 2018\n",
        encoding="utf-8",
    )
    code = (
        "import re, sys, datetime\n"
        "from pathlib import Path\n"
        "from gapcheck import regexcache\n"
        "regexcache.load(Path(sys.argv[1]))\n"
        "before = set(re._cache)\n"
        "from gapcheck.filetext import extract_text\n"
        "from gapcheck.resume import build_profile\n"
        "build_profile(extract_text(Path(sys.argv[2])), as_of=datetime.date(2026, 11, 1))\n"
        "print(len(set(re._cache) - before - regexcache._loaded), regexcache.save())\n"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", code, str(tmp_path / "cache"), str(resume)],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        for seed in ("1", "2", "3")
    ]
    first, *later = (run.stdout.split() for run in runs)
    assert int(first[1]) > 50  # compiled, then saved
    assert later == [["0", "0"], ["0", "0"]]
