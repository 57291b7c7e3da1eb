"""batch/compare.py and render/compare.py: two runs of one cohort, what changed per student and per skill."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from conftest import ANALYST_LINES, AS_OF, ROLES_DIR
from typer.testing import CliRunner

from gapcheck.batch.compare import ResultRow, compare_runs, read_results
from gapcheck.batch.resultfile import ResultsFile
from gapcheck.cli import ExitCode, app
from gapcheck.errors import GapcheckError
from gapcheck.models import ResumeText
from gapcheck.pipeline import Checker
from gapcheck.render import OutputFormat, ResultsFormat
from gapcheck.render.compare import render_comparison
from gapcheck.reportmodels import GapReport, SkippedResume
from gapcheck.resume import build_profile

CHECKER = Checker(["tiny-analyst"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
NO_SQL = tuple(line.replace("SQL", "Excel").replace("Ann Example", "Bo Smith") for line in ANALYST_LINES)
WITH_SQL = tuple(line.replace("Ann Example", "Bo Smith") for line in ANALYST_LINES)


def report(source: str, lines: Sequence[str]) -> GapReport:
    profile = build_profile(ResumeText(source, 1, tuple(lines)), as_of=AS_OF, vocabulary=CHECKER.vocabulary)
    return CHECKER.compare(profile)[0]


def write(path: Path, results: Sequence[GapReport | SkippedResume]) -> Path:
    out = ResultsFile(path, ResultsFormat.csv if path.suffix == ".csv" else ResultsFormat.jsonl)
    out.open()
    out.add(results)
    out.finish()
    return path


@pytest.fixture
def runs(tmp_path: Path) -> tuple[Path, Path]:
    """Bo learns SQL between the runs; Ann is the same; Cy is only in the old run, Di only in the new one."""
    old = [report("before/bo.pdf", NO_SQL), report("before/ann.pdf", ANALYST_LINES), report("before/cy.pdf", NO_SQL)]
    new = [report("after/bo.pdf", WITH_SQL), report("after/ann.pdf", ANALYST_LINES), report("after/di.pdf", NO_SQL)]
    return write(tmp_path / "old.csv", old), write(tmp_path / "new.jsonl", new)


def test_students_are_paired_by_file_name_and_changes_found(runs: tuple[Path, Path]) -> None:
    comparison = compare_runs(read_results(runs[0]), read_results(runs[1]), "old", "new")
    by_file = {s.file: s for s in comparison.students}
    bo = by_file["after/bo.pdf"]
    assert bo.status == "compared" and bo.learned == ("SQL",) and bo.lost == ()
    assert bo.change is not None and bo.change > 0 and (bo.old_meets, bo.new_meets) == (False, True)
    assert by_file["after/ann.pdf"].change == 0.0 and by_file["after/ann.pdf"].learned == ()
    assert by_file["before/cy.pdf"].status == "only in old" and by_file["after/di.pdf"].status == "only in new"
    assert comparison.students[0].file == "after/bo.pdf"  # the largest rise first
    (role,) = comparison.roles
    assert (role.compared, role.improved, role.declined, role.meets_before, role.meets_after) == (2, 1, 0, 1, 2)


def test_skill_counts_per_run(runs: tuple[Path, Path]) -> None:
    comparison = compare_runs(read_results(runs[0]), read_results(runs[1]), "old", "new")
    sql = next(c for c in comparison.skills if c.label == "SQL")
    assert (sql.old_missing, sql.new_missing, sql.change) == (2, 1, -1)  # Bo and Cy before, Di after
    assert comparison.skills[0].change <= comparison.skills[-1].change


def _rows(results: Sequence[GapReport]) -> list[ResultRow]:
    return [
        ResultRow(
            r.resume.source,
            r.role.id,
            r.resume.name,
            r.score,
            r.meets_required,
            tuple(s.label for s in r.missing_skills),
            None,
        )
        for r in results
    ]


def test_the_same_file_path_pairs_first() -> None:
    ann = report("x/ann.pdf", ANALYST_LINES)
    other = report("y/ann.pdf", ANALYST_LINES)  # the same file name: the path decides
    students = compare_runs(_rows([ann, other]), _rows([other, ann]), "old", "new").students
    assert sorted((s.file, s.status) for s in students) == [("x/ann.pdf", "compared"), ("y/ann.pdf", "compared")]


def test_a_name_pairs_students_whose_files_were_renamed() -> None:
    old = _rows([report("cv-2025.pdf", WITH_SQL)])
    new = _rows([report("bo-smith-final.pdf", WITH_SQL)])
    (student,) = compare_runs(old, new, "old", "new").students
    assert student.status == "compared" and student.name == "Bo Smith"


def test_a_skipped_file_is_shown_but_not_scored(tmp_path: Path) -> None:
    old = write(tmp_path / "o.csv", [SkippedResume("a/bo.pdf", "damaged", "tiny-analyst")])
    new = write(tmp_path / "n.csv", [report("a/bo.pdf", WITH_SQL)])
    (student,) = compare_runs(read_results(old), read_results(new), "o", "n").students
    assert (student.status, student.change, student.new_score is not None) == ("skipped", None, True)


@pytest.mark.parametrize("content", ["", "just,some,csv\n1,2,3\n", '{"schema": "other"}\n', "\xff\xfe"])
def test_a_file_that_is_not_a_results_file_is_an_input_error(tmp_path: Path, content: str) -> None:
    path = tmp_path / "x.csv"
    path.write_bytes(content.encode("latin-1"))
    with pytest.raises(GapcheckError, match=r"x\.csv: "):
        read_results(path)


@pytest.mark.parametrize("output_format", [OutputFormat.table, OutputFormat.markdown, OutputFormat.json])
def test_every_comparison_format(runs: tuple[Path, Path], output_format: OutputFormat) -> None:
    text = render_comparison(compare_runs(read_results(runs[0]), read_results(runs[1]), "old", "new"), output_format)
    if output_format is OutputFormat.json:
        data = json.loads(text)
        assert data["schema"] == "gapcheck/compare/v1"
        bo = next(s for s in data["students"] if s["file"] == "after/bo.pdf")
        assert bo["now_shows"] == ["SQL"] and bo["name"] == "Bo Smith"
        return
    assert "tiny-analyst: 2 student(s) in both runs, 1 improved, 0 declined" in text
    assert "meeting every required qualification: 1 -> 2." in text
    assert "no -> yes" in text and "only in old" in text and "only in new" in text
    assert ("| tiny-analyst | SQL | 2 | 1 | -1 |" in text) is (output_format is OutputFormat.markdown)


def test_compare_command(runs: tuple[Path, Path], tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["compare", str(runs[0]), str(runs[1]), "-f", "markdown"])
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stdout.startswith("# Changes: ")
    bad = tmp_path / "bad.csv"
    bad.write_text("not,results\n")
    result = runner.invoke(app, ["compare", str(bad), str(runs[1])])
    assert result.exit_code == ExitCode.INPUT_ERROR and "not a gapcheck batch csv file" in result.stderr
    assert runner.invoke(app, ["compare", str(runs[0]), str(runs[1]), "-f", "html"]).exit_code == ExitCode.USAGE
