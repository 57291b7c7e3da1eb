"""batch/resultfile.py: rows flushed as they come, read back for --resume (torn last line dropped), rewritten sorted."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from gapcheck.batch.resultfile import ResultsFile, results_format_for
from gapcheck.errors import GapcheckError
from gapcheck.render import ResultsFormat
from gapcheck.render.csv import HEADER
from gapcheck.reportmodels import SkippedResume


def _skipped(name: str, role: str = "r1", reason: str = "damaged") -> SkippedResume:
    return SkippedResume(name, reason, role)


def _csv_rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8"))))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("out.csv", ResultsFormat.csv),
        ("OUT.JSONL", ResultsFormat.jsonl),
        ("a.ndjson", ResultsFormat.jsonl),
        ("a.txt", None),
    ],
)
def test_format_from_the_suffix(name: str, expected: ResultsFormat | None) -> None:
    assert results_format_for(Path(name)) is expected


def test_rows_are_in_the_file_as_soon_as_added(tmp_path: Path) -> None:
    out = tmp_path / "results.csv"
    results = ResultsFile(out, ResultsFormat.csv)
    assert results.open() == {}
    assert _csv_rows(out) == [list(HEADER)]
    results.add([_skipped("b.pdf")])
    assert [[row[0], row[2]] for row in _csv_rows(out)[1:]] == [["b.pdf", "r1"]]  # readable before close
    results.add([_skipped("a.pdf", "r2"), _skipped("a.pdf", "r1")])
    results.finish()
    assert [[row[0], row[2]] for row in _csv_rows(out)[1:]] == [["a.pdf", "r1"], ["a.pdf", "r2"], ["b.pdf", "r1"]]
    assert results.files() == (2, 2)


@pytest.mark.parametrize("results_format", list(ResultsFormat))
def test_resume_reads_back_the_rows_and_drops_a_torn_line(tmp_path: Path, results_format: ResultsFormat) -> None:
    out = tmp_path / f"results.{results_format.value}"
    first = ResultsFile(out, results_format)
    first.open()
    first.add([_skipped("=a.pdf", reason="-bad"), _skipped("b.pdf")])
    first.close()
    whole = out.read_text(encoding="utf-8")
    out.write_text(whole + whole.splitlines(keepends=True)[-1][:7], encoding="utf-8")  # killed mid-line
    again = ResultsFile(out, results_format)
    kept = again.open(resume=True)
    assert sorted(kept) == [("=a.pdf", "r1"), ("b.pdf", "r1")]
    assert kept[("=a.pdf", "r1")].error == "-bad"
    assert out.read_text(encoding="utf-8") == whole  # the torn line is gone at once
    again.add([_skipped("c.pdf")])
    again.finish()
    assert sorted(ResultsFile(out, results_format).open(resume=True)) == [
        ("=a.pdf", "r1"),
        ("b.pdf", "r1"),
        ("c.pdf", "r1"),
    ]


def test_without_resume_an_old_file_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "results.jsonl"
    out.write_text("whatever\n")
    assert ResultsFile(out, ResultsFormat.jsonl).open() == {}
    assert out.read_text() == ""


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("results.csv", "name,age\nann,3\n"),
        ("results.csv", ",".join(HEADER) + "\nonly,three,cells\n"),
        ("results.jsonl", '{"name": "ann"}\n'),
        ("results.jsonl", "not json\n" + json.dumps({"schema": "gapcheck/gap/v1"}) + "\n"),
    ],
)
def test_resume_refuses_a_file_that_is_not_ours(tmp_path: Path, name: str, content: str) -> None:
    out = tmp_path / name
    out.write_text(content)
    with pytest.raises(GapcheckError, match="not a gapcheck batch"):
        ResultsFile(out, results_format_for(out) or ResultsFormat.csv).open(resume=True)
    assert out.read_text() == content  # left as it was


def test_a_missing_folder_is_a_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(GapcheckError, match="cannot use the results file"):
        ResultsFile(tmp_path / "no" / "results.csv", ResultsFormat.csv).open()


def test_resume_without_a_file_starts_fresh(tmp_path: Path) -> None:
    out = tmp_path / "results.csv"
    assert ResultsFile(out, ResultsFormat.csv).open(resume=True) == {}
    assert _csv_rows(out) == [list(HEADER)]


def test_a_second_run_on_the_same_output_is_refused_while_the_first_writes(tmp_path: Path) -> None:
    first = ResultsFile(tmp_path / "out.csv", ResultsFormat.csv)
    first.open()
    second = ResultsFile(tmp_path / "out.csv", ResultsFormat.csv)
    with pytest.raises(GapcheckError, match="another gapcheck batch is writing this file; wait for it to end"):
        second.open()
    first.add([_skipped("a.pdf")])
    first.finish()
    second.open()  # the first run ended: the file is free again
    second.close()


def test_file_names_are_kept_exactly(tmp_path: Path) -> None:
    names = ["Jane Doe.pdf", "Jane\u00a0Doe.pdf", "tab\tx.pdf", "new\nline.pdf", "=cmd.pdf"]
    results = ResultsFile(tmp_path / "out.csv", ResultsFormat.csv)
    results.open()
    results.add([_skipped(name) for name in names])
    results.finish()
    reopened = ResultsFile(tmp_path / "out.csv", ResultsFormat.csv)
    assert sorted(file for file, _ in reopened.open(resume=True)) == sorted(names)
    reopened.close()
