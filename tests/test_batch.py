"""batch, readers, workers and `gapcheck batch`: files found, bad files as error rows, limits, cache, resume, order."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from conftest import ANALYST_LINES, AS_OF, PRIVATE_LINES, ROLES_DIR, corpus_or_skip
from pdfs import make_encrypted_pdf, make_image_only_pdf, make_pdf, write_raw_pdf
from typer.testing import CliRunner

import gapcheck.batch.check
import gapcheck.batch.workers
from gapcheck.batch import BatchFile, Limits, check_files, find_resumes, plan_batch
from gapcheck.batch.cache import ProfileCache
from gapcheck.batch.readers import IdleReaders
from gapcheck.batch.resultfile import ResultsFile, result_key
from gapcheck.batch.workers import ReadingPool
from gapcheck.cli import ExitCode, app
from gapcheck.errors import ResumeReadError
from gapcheck.models import ResumeProfile
from gapcheck.pipeline import Checker
from gapcheck.render.csv import HEADER
from gapcheck.reportmodels import GapReport, SkippedResume

runner = CliRunner()
ROLES = ["--roles-dir", str(ROLES_DIR), "-r", "tiny-analyst", "-r", "tiny-researcher", "--as-of", "2026-11-01"]
NO_SQL = tuple(line.replace("SQL", "Excel") for line in ANALYST_LINES)
SLOW_LINES = 3000
"""Text lines on one page of the slow PDF: pdfminer's layout analysis takes over a minute on them."""


def make_slow_pdf(path: Path, lines: int = SLOW_LINES) -> Path:
    """A 1 KB PDF that keeps pdfminer busy for minutes: thousands of short lines in one compressed stream."""
    content = zlib.compress(b"BT /F1 10 Tf 14 TL 54 740 Td\n" + b"(Python SQL Tableau) Tj T*\n" * lines + b"ET", 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return write_raw_pdf(path, objects)


@pytest.fixture(scope="module")
def cohort(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two good resumes and one of each kind of bad file."""
    folder = tmp_path_factory.mktemp("cohort")
    make_pdf(folder / "ann.pdf", ANALYST_LINES)
    (folder / "sub").mkdir()
    make_pdf(folder / "sub" / "bob.pdf", NO_SQL)
    make_encrypted_pdf(folder / "locked.pdf", [line.lstrip("• ") for line in ANALYST_LINES])
    make_image_only_pdf(folder / "scan.pdf")
    good = (folder / "ann.pdf").read_bytes()
    (folder / "corrupt.pdf").write_bytes(good[: len(good) // 3])
    (folder / "notes.pdf").write_text("Ann's notes, not a PDF at all\n")
    make_pdf(folder / "long.pdf", ANALYST_LINES, pages=3)
    (folder / "huge.pdf").write_bytes(good + b"%" + b"x" * 200_000 + b"\n")
    (folder / ".hidden.pdf").write_bytes(good)
    (folder / "readme.json").write_text("not collected from a folder")
    return folder


REASONS = {
    "corrupt.pdf": "damaged",
    "huge.pdf": "more than the limit of 0.1 MB",
    "locked.pdf": "encrypted",
    "long.pdf": "3 pages is more than the limit of 2",
    "notes.pdf": "not a PDF",
    "scan.pdf": "no text found",
}
LIMITS = ["--max-pages", "2", "--max-size-mb", "0.1"]


@pytest.fixture(scope="module")
def checker() -> Checker:
    return Checker(["tiny-analyst", "tiny-researcher"], roles_dirs=[ROLES_DIR], as_of=AS_OF)


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files handed to worker processes: the PDFs that were really parsed."""
    seen: list[str] = []

    class Counting(ReadingPool):
        def __init__(self, checker: Checker, paths: Sequence[Path], **options: Any) -> None:
            seen.extend(path.name for path in paths)
            super().__init__(checker, paths, **options)

    monkeypatch.setattr(gapcheck.batch.check, "ReadingPool", Counting)
    return seen


def _rows(path: Path) -> list[dict[str, str]]:
    table = list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))
    assert tuple(table[0]) == HEADER
    return [dict(zip(HEADER, row, strict=True)) for row in table[1:]]


def _batch(*args: str) -> Any:
    return runner.invoke(app, ["batch", *args])


# --- finding files ----------------------------------------------------------------------------------


def test_find_resumes_searches_folders_and_globs(cohort: Path) -> None:
    names = [p.relative_to(cohort).as_posix() for p in find_resumes([cohort])]
    assert names == sorted(names)
    assert names == [
        "ann.pdf", "corrupt.pdf", "huge.pdf", "locked.pdf", "long.pdf", "notes.pdf", "scan.pdf", "sub/bob.pdf"
    ]  # fmt: skip
    assert [p.name for p in find_resumes([f"{cohort}/**/b*.pdf", cohort / "readme.json"])] == ["readme.json", "bob.pdf"]


def test_find_resumes_removes_duplicates(cohort: Path) -> None:
    found = find_resumes([cohort / "ann.pdf", f"{cohort}/./ann.pdf", f"{cohort}/a*.pdf"])
    assert found == (cohort / "ann.pdf",)


@pytest.mark.parametrize("given", ["missing.pdf", "missing/*.pdf"])
def test_find_resumes_names_a_path_that_matches_nothing(tmp_path: Path, given: str) -> None:
    with pytest.raises(ResumeReadError, match="no such file or folder|no PDF, Word or text files found"):
        find_resumes([str(tmp_path / given)])


def test_plan_leaves_out_finished_pairs(cohort: Path) -> None:
    files = [cohort / "ann.pdf", cohort / "sub" / "bob.pdf"]
    finished = {(str(files[0]), "r1"), (str(files[1]), "r1"), (str(files[1]), "r2")}
    assert plan_batch(files, ["r1", "r2"], finished) == (BatchFile(files[0], str(files[0]), ("r2",)),)


# --- checking ---------------------------------------------------------------------------------------


def test_bad_files_become_skipped_results_and_the_batch_goes_on(cohort: Path, checker: Checker) -> None:
    batch = plan_batch(find_resumes([cohort]), ["tiny-analyst", "tiny-researcher"])
    limits = Limits(max_pages=2, max_bytes=round(0.1 * 2**20))
    results = list(check_files(checker, batch, workers=2, limits=limits))
    assert len(results) == 2 * len(batch)
    reports = {(r.resume.source, r.role.id) for r in results if isinstance(r, GapReport)}
    assert reports == {
        (str(cohort / n), role) for n in ("ann.pdf", "sub/bob.pdf") for role in ("tiny-analyst", "tiny-researcher")
    }
    skipped = {Path(r.path).name: r.reason for r in results if isinstance(r, SkippedResume)}
    assert skipped.keys() == REASONS.keys()
    for name, words in REASONS.items():
        assert words in skipped[name], skipped[name]
        assert not skipped[name].startswith(name)  # the file is in its own column


def test_a_file_that_makes_pdfminer_hang_is_killed_and_the_batch_goes_on(tmp_path: Path, checker: Checker) -> None:
    files = [make_slow_pdf(tmp_path / "a_slow.pdf"), make_pdf(tmp_path / "b.pdf", ANALYST_LINES)]
    started = time.monotonic()
    results = list(check_files(checker, plan_batch(files, ["tiny-analyst"]), workers=1, limits=Limits(timeout=2)))
    assert time.monotonic() - started < 60  # reading it for real takes minutes of processor time
    slow, good = sorted(results, key=lambda r: r.path if isinstance(r, SkippedResume) else r.resume.source)
    assert isinstance(slow, SkippedResume) and "longer than the limit of 2 s" in slow.reason
    assert isinstance(good, GapReport)  # read by the worker that replaced the killed one


def test_cached_profiles_are_not_read_again(cohort: Path, tmp_path: Path, reads: list[str]) -> None:
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    files = [cohort / "ann.pdf", cohort / "sub" / "bob.pdf", cohort / "notes.pdf"]
    first = Checker(["tiny-analyst"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    list(check_files(first, plan_batch(files, ["tiny-analyst"]), cache=cache))
    assert sorted(reads) == ["ann.pdf", "bob.pdf", "notes.pdf"]
    reads.clear()
    second = Checker(["tiny-researcher"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    results = list(check_files(second, plan_batch(files, ["tiny-researcher"]), cache=cache))
    assert reads == []  # the two profiles and the read error all come from the cache
    assert sorted(r.resume.source for r in results if isinstance(r, GapReport)) == [str(files[0]), str(files[1])]
    (skipped,) = [r for r in results if isinstance(r, SkippedResume)]
    assert skipped.path == str(files[2]) and "not a PDF" in skipped.reason


def test_a_cached_read_error_names_the_file_it_is_given_for(cohort: Path, tmp_path: Path, reads: list[str]) -> None:
    cache = ProfileCache(tmp_path / "cache", as_of=AS_OF)
    checker = Checker(["tiny-analyst"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    copy = tmp_path / "copy-of-notes.pdf"
    copy.write_bytes((cohort / "notes.pdf").read_bytes())
    (first,) = check_files(checker, plan_batch([cohort / "notes.pdf"], ["tiny-analyst"]), cache=cache)
    (again,) = check_files(checker, plan_batch([copy], ["tiny-analyst"]), cache=cache)
    assert reads == ["notes.pdf"]
    assert isinstance(first, SkippedResume) and isinstance(again, SkippedResume)
    assert (again.path, again.reason) == (str(copy), first.reason)
    assert "notes.pdf" not in again.reason


def test_a_timeout_costs_its_time_once_unless_the_limit_is_raised(
    tmp_path: Path, checker: Checker, reads: list[str]
) -> None:
    files = [make_slow_pdf(tmp_path / "slow.pdf")]
    cache = ProfileCache(tmp_path / "cache", as_of=AS_OF)

    def run(timeout: float | None) -> str:
        (result,) = check_files(
            checker, plan_batch(files, ["tiny-analyst"]), limits=Limits(timeout=timeout), cache=cache
        )
        assert isinstance(result, SkippedResume)
        return result.reason

    assert "longer than the limit of 2 s" in run(2)
    assert "longer than the limit of 2 s" in run(1)  # stricter: the stored reason holds without reading
    assert reads == ["slow.pdf"]
    assert "longer than the limit of 3 s" in run(3)  # more time: it is read again
    assert reads == ["slow.pdf", "slow.pdf"]


def test_a_worker_that_died_is_not_cached(
    cohort: Path, tmp_path: Path, reads: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Dying(ReadingPool):
        def __enter__(self) -> ReadingPool:
            return self  # no worker: each file "dies" below

        def __iter__(self) -> Iterator[tuple[int, ResumeProfile | str]]:
            while self.todo:
                index, path = self.todo.popleft()
                reads.append(Path(path).name)
                yield index, gapcheck.batch.check.WORKER_DIED

    monkeypatch.setattr(gapcheck.batch.check, "ReadingPool", Dying)
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    checker = Checker(["tiny-analyst"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    for _ in range(2):
        list(check_files(checker, plan_batch([cohort / "ann.pdf"], ["tiny-analyst"]), cache=cache))
    assert reads == ["ann.pdf", "ann.pdf"]


def test_a_worker_gets_its_next_file_before_its_result_is_passed_on(cohort: Path, checker: Checker) -> None:
    with ReadingPool(checker, [cohort / "ann.pdf", cohort / "sub" / "bob.pdf"], workers=1) as pool:
        found = iter(pool)
        first = next(found)
        (worker,) = pool.workers.values()
        assert first[0] == 0 and isinstance(first[1], ResumeProfile)
        assert worker.task == (1, str(cohort / "sub" / "bob.pdf"))  # already reading while the parent compares
        assert [index for index, _ in found] == [1]


def test_a_pool_takes_over_workers_started_before_it(cohort: Path, checker: Checker) -> None:
    """A batch without a cache starts its workers before the roles load (IdleReaders); the pool uses them."""
    with IdleReaders(1, timeout=30) as idle:
        (started,) = idle.workers
        with ReadingPool(checker, [cohort / "ann.pdf"], workers=1, timeout=30, idle=idle) as pool:
            assert list(pool.workers.values()) == [started]
            found = dict(pool)
        assert idle.workers == []
    assert isinstance(found[0], ResumeProfile) and found[0].skills


def test_workers_started_with_other_limits_are_not_taken_and_are_ended(cohort: Path, checker: Checker) -> None:
    with IdleReaders(1, timeout=30) as idle:
        (started,) = idle.workers
        with ReadingPool(checker, [cohort / "ann.pdf"], workers=1, timeout=10, idle=idle) as pool:
            assert started not in pool.workers.values()
            assert isinstance(dict(pool)[0], ResumeProfile)
        assert started.process.is_alive()
    assert not started.process.is_alive()


def test_each_worker_starts_with_a_file_before_the_parent_reads_any_message(cohort: Path, checker: Checker) -> None:
    files = [cohort / "ann.pdf", cohort / "sub" / "bob.pdf", cohort / "long.pdf"]
    with ReadingPool(checker, files, workers=2) as pool:
        assert sorted(w.task[0] for w in pool.workers.values() if w.task) == [0, 1]  # in their pipes already
        assert [w.deadline for w in pool.workers.values()] == [float("inf")] * 2  # time starts once seen ready
        assert list(pool.todo) == [(2, str(files[2]))]
        assert sorted(index for index, _ in pool) == [0, 1, 2]


def test_a_slow_first_file_is_still_killed_at_the_limit(tmp_path: Path, checker: Checker) -> None:
    files = [make_slow_pdf(tmp_path / "slow.pdf"), make_pdf(tmp_path / "b.pdf", ANALYST_LINES)]
    with ReadingPool(checker, files, workers=1, timeout=2) as pool:
        found = dict(pool)
    assert isinstance(found[0], str) and "longer than the limit of 2 s" in found[0]
    assert isinstance(found[1], ResumeProfile)


def test_files_are_handed_out_while_the_weights_are_fitted(cohort: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    all_handed_out = threading.Event()

    class Watched(ReadingPool):
        def _collect(self, worker: Any) -> Iterator[tuple[int, ResumeProfile | str]]:
            for message in super()._collect(worker):  # the worker got its next file before its message is passed on
                if not self.todo:
                    all_handed_out.set()
                yield message

    class SlowFit(Checker):
        def fit(self) -> Checker:
            if not seen:  # the first call fits; later ones find the weights
                seen.append(all_handed_out.wait(timeout=60))  # before: the parent fitted first, so this timed out
            return super().fit()

    seen: list[bool] = []
    monkeypatch.setattr(gapcheck.batch.check, "ReadingPool", Watched)
    checker = SlowFit(["tiny-analyst"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    files = [cohort / "ann.pdf", cohort / "sub" / "bob.pdf", cohort / "long.pdf"]
    results = list(check_files(checker, plan_batch(files, ["tiny-analyst"]), workers=1))
    assert seen == [True]
    assert sorted(r.resume.source for r in results if isinstance(r, GapReport)) == sorted(map(str, files))


def test_an_error_fitting_the_weights_reaches_the_caller(cohort: Path) -> None:
    class BrokenFit(Checker):
        def fit(self) -> Checker:
            raise RuntimeError("fit failed")

    checker = BrokenFit(["tiny-analyst"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    with pytest.raises(RuntimeError, match="fit failed"):
        list(check_files(checker, plan_batch([cohort / "ann.pdf"], ["tiny-analyst"])))


def _stopping_pool(resume_after: float | None) -> type[ReadingPool]:
    """A pool that stops (SIGSTOP) its first worker once it is reading, as an overloaded machine would
    starve it, and lets it go on after ``resume_after`` seconds (never with None)."""

    class Stopping(ReadingPool):
        starved = False

        def _collect(self, worker: Any) -> Iterator[tuple[int, ResumeProfile | str]]:
            yield from super()._collect(worker)
            if worker.ready and worker.task is not None and not self.starved:
                self.starved = True
                os.kill(worker.process.pid, signal.SIGSTOP)
                if resume_after is not None:
                    threading.Timer(resume_after, os.kill, (worker.process.pid, signal.SIGCONT)).start()

    return Stopping


cpu_rlimit = pytest.mark.skipif(not hasattr(signal, "SIGXCPU"), reason="processor time is limited where RLIMIT_CPU is")


@cpu_rlimit
def test_the_time_limit_is_processor_time_so_a_starved_worker_keeps_its_file(cohort: Path, checker: Checker) -> None:
    with _stopping_pool(resume_after=4)(checker, [cohort / "ann.pdf"], timeout=3) as pool:
        ((index, found),) = list(pool)  # 4 s stopped: over the limit on the clock, not in processor time
    assert index == 0 and isinstance(found, ResumeProfile)


@cpu_rlimit
def test_a_worker_starved_past_the_clock_backstop_gives_a_reason_that_is_not_cached(
    cohort: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gapcheck.batch.check, "ReadingPool", _stopping_pool(resume_after=None))
    monkeypatch.setattr(gapcheck.batch.workers, "CLOCK_SLACK", 0.0)  # the clock stops it after 10 s, not 70
    cache = ProfileCache(tmp_path, as_of=AS_OF)
    checker = Checker(["tiny-analyst"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    limits = Limits(timeout=1)
    (result,) = check_files(checker, plan_batch([cohort / "ann.pdf"], ["tiny-analyst"]), limits=limits, cache=cache)
    assert isinstance(result, SkippedResume) and result.reason == gapcheck.batch.check.OVERLOADED
    assert cache.get_error(cache.key((cohort / "ann.pdf").read_bytes(), ".pdf"), limits) is None  # tried again next run


@cpu_rlimit
def test_a_file_over_the_processor_time_limit_ends_its_worker_by_the_system(
    tmp_path: Path, checker: Checker, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gapcheck.batch.workers, "CLOCK_SLACK", 3600.0)  # however busy the machine, not the clock
    with ReadingPool(checker, [make_slow_pdf(tmp_path / "slow.pdf")], timeout=1) as pool:
        (worker,) = pool.workers.values()
        ((_, found),) = list(pool)
    assert isinstance(found, str) and "longer than the limit of 1 s" in found
    assert worker.process.exitcode == -signal.SIGXCPU  # not killed by the parent's clock (which gives -9)


def test_workers_left_without_files_exit_by_themselves(cohort: Path, checker: Checker) -> None:
    with ReadingPool(checker, [cohort / "ann.pdf", cohort / "sub" / "bob.pdf"], workers=2) as pool:
        processes = [w.process for w in pool.workers.values()]
        assert len(list(pool)) == 2
    assert [p.exitcode for p in processes] == [0, 0]  # told to stop, not killed (which gives -9)


def test_workers_get_the_vocabulary_and_date_not_the_roles(cohort: Path, checker: Checker) -> None:
    pool = ReadingPool(checker, [cohort / "ann.pdf"])
    assert pool.reader == (checker.vocabulary, AS_OF)


def test_batch_results_match_a_check_of_each_file(cohort: Path, checker: Checker) -> None:
    batch = plan_batch([cohort / "ann.pdf", cohort / "sub" / "bob.pdf"], ["tiny-analyst", "tiny-researcher"])
    found = sorted(check_files(checker, batch, workers=2), key=result_key)
    expected = [r for item in batch for r in checker.compare(replace(checker.read(item.path), source=item.name))]
    assert found == expected


def test_workers_must_be_positive(checker: Checker) -> None:
    with pytest.raises(ValueError, match="workers=0"):
        ReadingPool(checker, [Path("a.pdf")], workers=0)


# --- the command ------------------------------------------------------------------------------------


def test_batch_writes_one_row_per_resume_and_role(cohort: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.csv"
    result = _batch(str(cohort), *ROLES, *LIMITS, "-o", str(out))
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.splitlines()[-1] == "Checked 8 resumes against 2 role(s), 6 skipped."
    rows = _rows(out)
    assert [(Path(r["file"]).name, r["role"]) for r in rows] == [
        (name, role)
        for name in ("ann.pdf", "corrupt.pdf", "huge.pdf", "locked.pdf", "long.pdf", "notes.pdf", "scan.pdf", "bob.pdf")
        for role in ("tiny-analyst", "tiny-researcher")
    ]
    by_key = {(Path(r["file"]).name, r["role"]): r for r in rows}
    assert by_key[("ann.pdf", "tiny-analyst")]["meets_required"] == "true"
    assert by_key[("bob.pdf", "tiny-analyst")]["missing_required_skills"] == "SQL"
    assert by_key[("bob.pdf", "tiny-researcher")]["degree_required"] == "doctorate"
    for name, words in REASONS.items():
        assert words in by_key[(name, "tiny-analyst")]["error"]
        assert by_key[(name, "tiny-analyst")]["score"] == ""


def test_plain_progress_lines_when_stderr_is_not_a_terminal(cohort: Path, tmp_path: Path) -> None:
    result = _batch(str(cohort / "ann.pdf"), str(cohort / "notes.pdf"), *ROLES, "-o", str(tmp_path / "r.csv"))
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 3
    assert any(line.startswith("1/2 files (") for line in lines)
    assert any("notes.pdf: skipped: the file is not a PDF" in line for line in lines)


def test_quiet_prints_nothing(cohort: Path, tmp_path: Path) -> None:
    result = _batch(str(cohort / "ann.pdf"), *ROLES, "-o", str(tmp_path / "r.csv"), "--quiet")
    assert result.exit_code == 0, result.output
    assert result.stderr == "" and result.stdout == ""


def test_jsonl_output(cohort: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    result = _batch(str(cohort / "ann.pdf"), str(cohort / "notes.pdf"), *ROLES, "-o", str(out), "-q")
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [(Path(d["resume"]).name, d.get("error") is None) for d in lines] == [
        ("ann.pdf", True), ("ann.pdf", True), ("notes.pdf", False), ("notes.pdf", False)
    ]  # fmt: skip
    assert lines[0]["schema"] == "gapcheck/gap/v1" and lines[0]["role"]["id"] == "tiny-analyst"


def test_format_option_overrides_the_suffix(cohort: Path, tmp_path: Path) -> None:
    out = tmp_path / "results.txt"
    result = _batch(str(cohort / "ann.pdf"), *ROLES, "-o", str(out), "--format", "jsonl", "-q")
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text().splitlines()[0])["schema"] == "gapcheck/gap/v1"


@pytest.mark.parametrize(("option", "name"), [("-o", "results.txt"), ("--summary", "summary.pdf")])
def test_unknown_suffix_is_a_usage_error(cohort: Path, tmp_path: Path, option: str, name: str) -> None:
    args = ["-o", str(tmp_path / "r.csv")] if option == "--summary" else []
    result = _batch(str(cohort / "ann.pdf"), *ROLES, *args, option, str(tmp_path / name))
    assert result.exit_code == ExitCode.USAGE
    assert option in result.stderr


def test_input_errors_exit_3(tmp_path: Path) -> None:
    result = _batch(str(tmp_path / "nothing-here"), *ROLES, "-o", str(tmp_path / "r.csv"))
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert "Error:" in result.stderr and "no such file or folder" in result.stderr
    result = _batch(str(tmp_path), "--role", "no-such-role", "-o", str(tmp_path / "r.csv"))
    assert result.exit_code == ExitCode.INPUT_ERROR and "unknown role" in result.stderr


def test_strict_exits_3_when_a_file_was_skipped_but_writes_everything(cohort: Path, tmp_path: Path) -> None:
    files = [str(cohort / "ann.pdf"), str(cohort / "notes.pdf")]
    plain = _batch(*files, *ROLES, "-o", str(tmp_path / "plain.csv"), "-q")
    strict = _batch(*files, *ROLES, "-o", str(tmp_path / "strict.csv"), "-q", "--strict")
    assert plain.exit_code == ExitCode.OK, plain.output
    assert strict.exit_code == ExitCode.INPUT_ERROR, strict.output
    assert (tmp_path / "strict.csv").read_text() == (tmp_path / "plain.csv").read_text()
    good = _batch(files[0], *ROLES, "-o", str(tmp_path / "good.csv"), "-q", "--strict")
    assert good.exit_code == ExitCode.OK, good.output


def test_output_is_the_same_whatever_the_worker_count(cohort: Path, tmp_path: Path) -> None:
    outputs = []
    for workers in ("1", "2", "3"):
        out = tmp_path / f"results-{workers}.csv"
        result = _batch(str(cohort), *ROLES, *LIMITS, "-o", str(out), "--workers", workers, "--no-cache", "-q")
        assert result.exit_code == 0, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_resume_does_not_redo_finished_files(cohort: Path, tmp_path: Path, reads: list[str]) -> None:
    args = [str(cohort), *ROLES, *LIMITS, "--no-cache", "-q"]
    full = tmp_path / "full.csv"
    assert _batch(*args, "-o", str(full)).exit_code == 0
    assert len(reads) == 7  # huge.pdf is refused by its size, before any worker sees it
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    partial = tmp_path / "partial.csv"
    partial.write_text("".join(lines[:6]) + lines[6][:20], encoding="utf-8")  # 5 rows and a torn sixth
    reads.clear()
    result = _batch(*args, "-o", str(partial), "--resume")
    assert result.exit_code == 0, result.output
    finished = {Path(row.split(",")[0]).name for row in lines[1:5]}  # ann, corrupt, part of huge's pair
    assert finished == {"ann.pdf", "corrupt.pdf"}
    assert sorted(reads) == ["bob.pdf", "locked.pdf", "long.pdf", "notes.pdf", "scan.pdf"]
    assert partial.read_bytes() == full.read_bytes()


def test_an_interrupted_run_leaves_a_valid_file_and_resume_completes_it(
    cohort: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = [str(cohort), *ROLES, *LIMITS, "-q", "--workers", "1"]
    full = tmp_path / "full.csv"
    assert _batch(*args, "-o", str(full)).exit_code == 0
    real_add = ResultsFile.add
    calls = []

    def add_then_interrupt(self: ResultsFile, results: Any) -> None:
        calls.append(1)
        if len(calls) == 3:
            raise KeyboardInterrupt
        real_add(self, results)

    monkeypatch.setattr(ResultsFile, "add", add_then_interrupt)
    out = tmp_path / "results.csv"
    result = _batch(*args, "-o", str(out))
    assert result.exit_code == ExitCode.INTERRUPTED == 130
    assert "Interrupted: 4 results kept" in result.stderr and "--resume" in result.stderr
    assert len(_rows(out)) == 4  # two files, both roles, in a valid CSV
    monkeypatch.setattr(ResultsFile, "add", real_add)
    result = _batch(*args, "-o", str(out), "--resume")
    assert result.exit_code == 0, result.output
    assert out.read_bytes() == full.read_bytes()


def test_cached_rerun_against_another_role_parses_nothing(cohort: Path, tmp_path: Path, reads: list[str]) -> None:
    files = [str(cohort / "ann.pdf"), str(cohort / "sub")]
    common = ["--roles-dir", str(ROLES_DIR), "--as-of", "2026-11-01", "--cache-dir", str(tmp_path / "cache"), "-q"]
    assert _batch(*files, *common, "-r", "tiny-analyst", "-o", str(tmp_path / "a.csv")).exit_code == 0
    assert sorted(reads) == ["ann.pdf", "bob.pdf"]
    reads.clear()
    result = _batch(*files, *common, "-r", "tiny-researcher", "-o", str(tmp_path / "b.csv"))
    assert result.exit_code == 0, result.output
    assert reads == []
    assert [r["role"] for r in _rows(tmp_path / "b.csv")] == ["tiny-researcher", "tiny-researcher"]


@pytest.mark.parametrize("suffix", ["md", "html"])
def test_summary_file(cohort: Path, tmp_path: Path, suffix: str) -> None:
    summary = tmp_path / f"summary.{suffix}"
    result = _batch(str(cohort), *ROLES, *LIMITS, "-o", str(tmp_path / "r.csv"), "--summary", str(summary), "-q")
    assert result.exit_code == 0, result.output
    text = summary.read_text(encoding="utf-8")
    assert "8 resumes checked against 2 roles; 6 could not be read" in text
    meets = "**1 of 2**" if suffix == "md" else "1 of 2</b>meet every required qualification"
    assert meets in text
    assert "SQL" in text


def test_summary_after_resume_covers_the_kept_rows(cohort: Path, tmp_path: Path, reads: list[str]) -> None:
    args = [str(cohort / "ann.pdf"), str(cohort / "sub"), str(cohort / "notes.pdf"), *ROLES, "-q"]
    out = tmp_path / "r.csv"
    assert _batch(*args, "-o", str(out)).exit_code == 0
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:3]), encoding="utf-8")  # only ann.pdf's two rows are kept
    reads.clear()
    summary = tmp_path / "s.md"
    result = _batch(*args, "-o", str(out), "--resume", "--summary", str(summary))
    assert result.exit_code == 0, result.output
    assert reads == []  # bob.pdf (to check), ann.pdf (to summarize) and notes.pdf's read error: all from the cache
    assert "3 resumes checked against 2 roles; 1 could not be read" in summary.read_text()


@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc to find the worker processes")
def test_a_killed_run_leaves_a_valid_file_and_no_worker_behind(tmp_path: Path) -> None:
    make_pdf(tmp_path / "a.pdf", ANALYST_LINES)
    make_pdf(tmp_path / "b.pdf", NO_SQL)
    make_slow_pdf(tmp_path / "c_slow.pdf")
    sizes = {p.name: p.stat().st_size for p in tmp_path.iterdir()}
    assert sizes["c_slow.pdf"] < min(sizes["a.pdf"], sizes["b.pdf"])  # big files go first: the slow one is last
    out = tmp_path / "results.csv"
    command = [sys.executable, "-m", "gapcheck", "batch", str(tmp_path), "--roles-dir", str(ROLES_DIR), "-r",
               "tiny-analyst", "-o", str(out), "--workers", "1", "--no-cache"]  # fmt: skip
    process = subprocess.Popen([*command, "--timeout", "0", "-q"], stderr=subprocess.PIPE)
    try:
        _wait_for(lambda: out.is_file() and out.read_text().count("\n") == 3, seconds=60)
        workers = _children(process.pid)
        assert workers, "the worker reading c_slow.pdf should be running"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    assert [r["file"] for r in _rows(out)] == [str(tmp_path / "a.pdf"), str(tmp_path / "b.pdf")]
    _wait_for(lambda: not any(_alive(pid) for pid in workers), seconds=10)
    result = subprocess.run([*command, "--timeout", "1", "--resume"], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stderr.count("files (") == 1  # only the slow file was read again
    rows = _rows(out)
    assert [Path(r["file"]).name for r in rows] == ["a.pdf", "b.pdf", "c_slow.pdf"]
    assert "longer than the limit of 1 s" in rows[2]["error"]


def _wait_for(condition: Callable[[], bool], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(x) for x in (task / "children").read_text().split()]
    return found


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return False
    return "\nState:\tZ" not in status


# --- the real corpus ----------------------------------------------------------------------------------


def test_real_resumes_and_real_bad_files(tmp_path: Path) -> None:
    corpus = corpus_or_skip()
    hard = corpus / "hard"
    files = [*sorted((corpus / "resumes").glob("*.pdf"))[:4], hard / "ai-resume-analyser__corrupted.pdf"]
    files.append(hard / "charanvarma-23__encrypted.pdf")
    out = tmp_path / "results.csv"
    result = _batch(*map(str, files), "-r", "data-scientist", "-o", str(out), "--as-of", "2026-11-01", "-q")
    assert result.exit_code == 0, result.output
    errors = {Path(r["file"]).name: r["error"] for r in _rows(out)}
    assert len(errors) == 6
    assert "damaged" in errors["ai-resume-analyser__corrupted.pdf"]
    assert "encrypted" in errors["charanvarma-23__encrypted.pdf"]
    assert sum(1 for e in errors.values() if e == "") == 4
    assert os.environ.get("GAPCHECK_CACHE_DIR")  # the conftest keeps the user's cache out of it


@pytest.mark.parametrize(("reports_format", "suffix"), [(None, "md"), ("html", "html")])
def test_reports_folder_has_a_page_per_resume_and_role(
    cohort: Path, tmp_path: Path, reports_format: str | None, suffix: str
) -> None:
    pages = tmp_path / "pages"
    options = ["--reports-format", reports_format] if reports_format else []
    files = [str(cohort / "ann.pdf"), str(cohort / "sub"), str(cohort / "notes.pdf")]
    result = _batch(*files, *ROLES, "-o", str(tmp_path / "r.csv"), "--reports", str(pages), *options)
    assert result.exit_code == 0, result.output
    assert f"Wrote 6 report(s) to {pages}." in result.stderr
    found = sorted(str(p.relative_to(pages)) for p in pages.rglob("*") if p.is_file())
    assert found == sorted(
        f"{name}--{role}.{suffix}"
        for name in ("ann", "sub/bob", "notes")
        for role in ("tiny-analyst", "tiny-researcher")
    )
    ann = (pages / f"ann--tiny-analyst.{suffix}").read_text(encoding="utf-8")
    assert "Data Analyst (test role)" in ann
    assert "not a PDF" in (pages / f"notes--tiny-researcher.{suffix}").read_text(encoding="utf-8")
    if suffix == "html":
        assert ann.startswith("<!DOCTYPE html>") and "<script" not in ann and "<h1>Ann Example vs" in ann


def test_reports_format_must_be_markdown_or_html(cohort: Path, tmp_path: Path) -> None:
    args = [str(cohort / "ann.pdf"), *ROLES, "-o", str(tmp_path / "r.csv"), "--reports", str(tmp_path / "p")]
    assert _batch(*args, "--reports-format", "json").exit_code == ExitCode.USAGE


# --- hostile folders and names (issue 9) --------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and symlinks as tested here are POSIX")
def test_a_pipe_and_a_symlink_loop_are_skipped_rows_even_with_the_cache(cohort: Path, tmp_path: Path) -> None:
    folder = tmp_path / "odd"
    folder.mkdir()
    (folder / "ann.pdf").write_bytes((cohort / "ann.pdf").read_bytes())
    os.mkfifo(folder / "x.pdf")
    os.symlink(folder / "loop-b.pdf", folder / "loop-a.pdf")
    os.symlink(folder / "loop-a.pdf", folder / "loop-b.pdf")
    out = tmp_path / "out.csv"
    result = _batch(str(folder), str(folder / "x.pdf"), "--roles-dir", str(ROLES_DIR), "-r", "tiny-analyst",
                    "-o", str(out), "--cache-dir", str(tmp_path / "cache"), "-j", "1")  # fmt: skip
    assert result.exit_code == 0, result.output
    errors = {Path(row["file"]).name: row["error"] for row in _rows(out)}
    assert errors["ann.pdf"] == ""
    assert "not a regular file" in errors["x.pdf"]
    assert "cannot open the file" in errors["loop-a.pdf"] and "cannot open the file" in errors["loop-b.pdf"]


def test_folders_collect_word_and_text_resumes(tmp_path: Path) -> None:
    for name in ("a.docx", "b.txt", "c.md", "d.pdf", "e.json", "f.doc"):
        (tmp_path / name).write_text("x")
    assert [p.name for p in find_resumes([tmp_path])] == ["a.docx", "b.txt", "c.md", "d.pdf"]


def test_names_differing_only_in_whitespace_keep_their_own_rows_after_resume(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    names = ["Jane Doe.txt", "Jane\u00a0Doe.txt", "tab\tname.txt", "new\nline.txt", " lead.txt"]
    for number, name in enumerate(names):
        lines = [line.replace("Data Analyst", f"Data Analyst {number}") for line in ANALYST_LINES]
        (folder / name).write_text("\n".join(lines[: 6 + number]), encoding="utf-8")
    out = tmp_path / "out.csv"
    args = [str(folder), "--roles-dir", str(ROLES_DIR), "-r", "tiny-analyst", "-o", str(out), "-j", "1"]
    assert _batch(*args).exit_code == 0
    first = _rows(out)
    assert sorted(Path(row["file"]).name for row in first) == sorted(names)
    again = _batch(*args, "--resume")
    assert again.exit_code == 0, again.output
    assert _rows(out) == first


def test_a_batch_read_from_the_cache_loads_no_reader(tmp_path: Path) -> None:
    folder = tmp_path / "cohort"
    folder.mkdir()
    make_pdf(folder / "ann.pdf", ANALYST_LINES)
    args = [sys.executable, "-c",
            "import sys; from gapcheck.cli import main; sys.argv=['gapcheck', *sys.argv[1:]];\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "loaded = ('pdfminer', 'gapcheck.pdftext', 'gapcheck.resume', 'gapcheck.dates', 'multiprocessing')\n"
            "print(' '.join(name for name in loaded if name in sys.modules) or 'none', file=sys.stderr)",
            "batch", str(folder), "-r", "data-scientist", "--as-of", "2026-11-01", "--quiet", "-j", "1",
            "--cache-dir", str(tmp_path / "cache")]  # fmt: skip
    first = subprocess.run([*args, "-o", str(tmp_path / "first.csv")], capture_output=True, text=True, check=True)
    again = subprocess.run([*args, "-o", str(tmp_path / "again.csv")], capture_output=True, text=True, check=True)
    assert first.stderr.splitlines()[-1] == "multiprocessing"  # the workers read the file; this process did not
    assert again.stderr.splitlines()[-1] == "none"
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "first.csv").read_bytes()


def test_the_workers_keep_the_patterns_they_compile_in_the_batchs_cache_folder(cohort: Path, tmp_path: Path) -> None:
    """The readers' patterns (which the batch's own process never compiles) are saved by its workers, so the workers
    of the next run take them compiled."""
    import marshal

    from gapcheck import dates, regexcache

    cache = tmp_path / "cache"
    result = _batch(str(cohort / "ann.pdf"), *ROLES, "-o", str(tmp_path / "r.csv"), "-q", "--cache-dir", str(cache))
    assert result.exit_code == 0, result.output
    saved = regexcache.cache_file(cache)
    assert saved is not None
    patterns = {entry[0] for entry in marshal.loads(saved.read_bytes())}
    readers = {value.pattern for value in vars(dates).values() if isinstance(value, re.Pattern)}
    assert readers and readers <= patterns


def test_no_cache_keeps_no_profile_and_nothing_read_from_a_resume(tmp_path: Path) -> None:
    """--no-cache stores no profile, read error or digest, and no pattern compiled from a resume's text; gapcheck's own
    compiled data (patterns, vocabulary, TF-IDF weights) is kept, so a second run imports no scikit-learn."""
    folder = tmp_path / "cohort"
    folder.mkdir()
    make_pdf(folder / "vesna.pdf", PRIVATE_LINES)
    (folder / "notes.pdf").write_text("not a PDF\n")
    cache = tmp_path / "cache"
    args = [sys.executable, "-c",
            "import sys; from gapcheck.cli import main; sys.argv=['gapcheck', *sys.argv[1:]];\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('SKLEARN' if 'sklearn' in sys.modules else 'NO-SKLEARN', file=sys.stderr)",
            "batch", str(folder), "-r", "data-scientist", "--as-of", "2026-11-01", "--quiet", "-j", "1",
            "--cache-dir", str(cache), "--no-cache"]  # fmt: skip
    first = subprocess.run([*args, "-o", str(tmp_path / "first.csv")], capture_output=True, text=True, check=True)
    again = subprocess.run([*args, "-o", str(tmp_path / "again.csv")], capture_output=True, text=True, check=True)
    assert ",master," in (tmp_path / "first.csv").read_text(encoding="utf-8")  # the degree was read
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "first.csv").read_bytes()
    assert first.stderr.splitlines()[-1] == "SKLEARN" and again.stderr.splitlines()[-1] == "NO-SKLEARN"
    kept = [path for path in cache.rglob("*") if path.is_file()]
    assert {path.relative_to(cache).parts[0] for path in kept} >= {"regex", "compiled"}
    assert not (cache / "profiles").exists() and not (cache / "digests.json").exists()
    for path in kept:
        content = path.read_bytes()
        assert b"Pelagomorphic" not in content and b"vesna" not in content, path
