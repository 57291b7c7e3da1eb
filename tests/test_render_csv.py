"""render/csv.py and render/jsonl.py: the rows of a batch, formula cells neutralised, built from the JSON contract."""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from conftest import ANALYST_LINES, AS_OF, ROLES_DIR
from hypothesis import given
from hypothesis import strategies as st

from gapcheck.batch.resultfile import ResultsFile
from gapcheck.models import ExperiencePath, ResumeText
from gapcheck.pipeline import Checker
from gapcheck.render import ResultsFormat
from gapcheck.render.csv import HEADER, csv_cells, format_row, neutralise, restore
from gapcheck.render.jsonl import format_line
from gapcheck.reportmodels import GapReport, SkippedResume
from gapcheck.resume import build_profile


@pytest.fixture(scope="module")
def reports() -> tuple[GapReport, ...]:
    checker = Checker(["tiny-analyst", "tiny-researcher"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    profile = build_profile(ResumeText("cohort/ann.pdf", 1, ANALYST_LINES), as_of=AS_OF, vocabulary=checker.vocabulary)
    return checker.compare(profile)


def _written(results: Sequence[GapReport | SkippedResume], results_format: ResultsFormat, folder: Path) -> str:
    """The text of a finished results file holding ``results`` (the way a batch writes them)."""
    out = folder / f"results.{results_format.value}"
    file = ResultsFile(out, results_format)
    file.open()
    file.add(results)
    file.finish()
    return out.read_text(encoding="utf-8")


def _row(result: GapReport | SkippedResume) -> dict[str, str]:
    return dict(zip(HEADER, csv_cells(result), strict=True))


def test_header_is_fixed() -> None:
    assert HEADER == (
        "file", "name", "role", "score", "verdict", "meets_required", "skills_score", "experience_score",
        "degree_score", "matched_skills", "missing_required_skills", "missing_preferred_skills",
        "experience_found_years", "experience_required_years", "experience_gaps",
        "degree_found", "degree_required", "degree_preferred", "degree_met", "error",
    )  # fmt: skip


def test_row_of_a_gap_report(reports: tuple[GapReport, ...]) -> None:
    analyst, researcher = reports
    row = _row(analyst)
    assert row["file"] == "cohort/ann.pdf" and row["role"] == "tiny-analyst"
    assert row["score"] == f"{analyst.score:.4f}"
    assert row["name"] == "Ann Example"
    assert row["verdict"] == "Meets every required qualification; 2 preferred skills to add."
    assert row["meets_required"] == "true"
    assert row["skills_score"] == f"{analyst.subscores.skills:.4f}"
    assert (row["experience_score"], row["degree_score"]) == ("1.0000", "0.7500")
    assert row["matched_skills"].split("; ") == [s.label for s in analyst.matched_skills]
    assert set(row["matched_skills"].split("; ")) == {"a BI tool (Tableau or Power BI)", "SQL", "Python"}
    assert row["missing_required_skills"] == ""
    assert row["missing_preferred_skills"] == "Apache Spark; machine learning basics"
    assert (row["experience_found_years"], row["experience_required_years"]) == ("6.5", "2")
    assert (row["degree_found"], row["degree_required"], row["degree_met"]) == ("bachelor", "bachelor", "true")
    assert row["degree_preferred"] == "master"
    assert row["error"] == ""
    row = _row(researcher)
    assert row["meets_required"] == "false"
    assert row["missing_required_skills"] == "PyTorch; a deep learning framework"
    assert (row["degree_found"], row["degree_required"], row["degree_met"]) == ("bachelor", "doctorate", "false")
    assert row["experience_required_years"] == "" and row["experience_gaps"] == ""
    assert row["experience_score"] == ""  # the role states no experience requirement


def test_name_is_empty_when_unsure(reports: tuple[GapReport, ...]) -> None:
    unsure = dataclasses.replace(reports[0], resume=dataclasses.replace(reports[0].resume, name=None))
    assert _row(unsure)["name"] == ""


def test_experience_gaps_say_found_and_required(reports: tuple[GapReport, ...]) -> None:
    analyst = reports[0]
    short = dataclasses.replace(
        analyst, experience=tuple(dataclasses.replace(e, found_years=0.5) for e in analyst.experience)
    )
    assert _row(short)["experience_gaps"] == (
        "2+ years using Python or R: found 0.5 y of 2 y; 1+ year in an analyst role (preferred): found 0.5 y of 1 y"
    )


def test_experience_gaps_name_the_path_compared(reports: tuple[GapReport, ...]) -> None:
    analyst = reports[0]
    paths = (ExperiencePath("doctorate", 2.0), ExperiencePath("master", 5.0))
    first = dataclasses.replace(analyst.experience[0], found_years=3.1, paths=paths, path=paths[0])
    unknown = dataclasses.replace(analyst, experience=(first,))
    assert _row(unknown)["experience_gaps"] == (
        "2+ years using Python or R: found 3.1 y of 2 y with doctorate (degree unknown)"
    )
    short = dataclasses.replace(first, required_years=5.0, path=paths[1], found_degree="master")
    assert _row(dataclasses.replace(analyst, experience=(short,)))["experience_gaps"] == (
        "2+ years using Python or R: found 3.1 y of 5 y with master"
    )


def test_row_of_a_skipped_resume() -> None:
    row = _row(SkippedResume("cv.pdf", "the PDF is encrypted with a password", "tiny-analyst"))
    assert row["file"] == "cv.pdf" and row["role"] == "tiny-analyst"
    assert row["error"] == "the PDF is encrypted with a password"
    assert all(row[column] == "" for column in HEADER if column not in ("file", "role", "error"))


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_formula_cells_are_neutralised(start: str) -> None:
    line = format_row([f'{start}HYPERLINK("http://evil")', "role", *[""] * (len(HEADER) - 2)])
    (cells,) = csv.reader(io.StringIO(line))
    assert cells[0] == f'\'{start}HYPERLINK("http://evil")'
    assert restore(cells[0]) == f'{start}HYPERLINK("http://evil")'


def test_a_formula_in_a_file_name_or_reason_is_neutralised() -> None:
    line = format_row(csv_cells(SkippedResume("=cmd|' /C calc'!A0.pdf", "@SUM(1+1)", "tiny-analyst")))
    (cells,) = csv.reader(io.StringIO(line))
    assert cells[0] == "'=cmd|' /C calc'!A0.pdf" and cells[-1] == "'@SUM(1+1)"


@given(st.text())
def test_restore_undoes_neutralise(text: str) -> None:
    assert restore(neutralise(text)) == text
    assert not neutralise(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_cells_are_one_line() -> None:
    assert _row(SkippedResume("a\nb.pdf", "line one\nline two", None))["error"] == "line one line two"


def test_csv_results_are_sorted_by_file_then_role(reports: tuple[GapReport, ...], tmp_path: Path) -> None:
    skipped = [SkippedResume("a.pdf", "damaged", role) for role in ("tiny-researcher", "tiny-analyst")]
    rows = list(csv.reader(io.StringIO(_written([*reversed(reports), *skipped], ResultsFormat.csv, tmp_path))))
    assert tuple(rows[0]) == HEADER
    assert [(r[0], r[2]) for r in rows[1:]] == [
        ("a.pdf", "tiny-analyst"),
        ("a.pdf", "tiny-researcher"),
        ("cohort/ann.pdf", "tiny-analyst"),
        ("cohort/ann.pdf", "tiny-researcher"),
    ]


def test_jsonl_line_is_the_gap_contract(reports: tuple[GapReport, ...]) -> None:
    line = format_line(reports[0])
    assert line.endswith("\n") and line.count("\n") == 1
    data = json.loads(line)
    assert data["schema"] == "gapcheck/gap/v1" and data["resume"] == "cohort/ann.pdf"
    assert data["role"]["id"] == "tiny-analyst" and data["meets_required"] is True


def test_jsonl_skipped_line_has_the_shape_of_the_others(reports: tuple[GapReport, ...]) -> None:
    skipped = json.loads(format_line(SkippedResume("cv.pdf", "damaged", "tiny-analyst", reports[0].role)))
    checked = json.loads(format_line(reports[0]))
    assert list(skipped) == list(checked)
    assert skipped["role"] == checked["role"]
    assert skipped["role"]["id"] == "tiny-analyst" and skipped["role"]["title"] == "Data Analyst (test role)"
    assert (skipped["error"], checked["error"]) == ("damaged", None)
    assert skipped["score"] is None and skipped["skills"] is None and skipped["name"] is None


def test_a_skipped_line_without_its_role_profile_still_has_a_role_object() -> None:
    data = json.loads(format_line(SkippedResume("cv.pdf", "damaged", "tiny-analyst")))
    assert data["role"] == {"id": "tiny-analyst", "title": None, "organization": None, "level": None, "salary": None}


def test_jsonl_results_are_sorted_by_file_then_role(reports: tuple[GapReport, ...], tmp_path: Path) -> None:
    results = [*reversed(reports), SkippedResume("a.pdf", "damaged", "tiny-analyst")]
    text = _written(results, ResultsFormat.jsonl, tmp_path)
    keys = [
        (d["resume"], d["role"] if isinstance(d["role"], str) else d["role"]["id"])
        for d in map(json.loads, text.splitlines())
    ]
    assert keys == [
        ("a.pdf", "tiny-analyst"),
        ("cohort/ann.pdf", "tiny-analyst"),
        ("cohort/ann.pdf", "tiny-researcher"),
    ]
