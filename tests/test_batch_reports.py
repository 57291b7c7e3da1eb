"""batch/reports.py: a page per resume and role, named after the resume."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ANALYST_LINES, AS_OF, ROLES_DIR

from gapcheck.batch.reports import ReportWriter, report_names
from gapcheck.errors import GapcheckError
from gapcheck.models import ResumeText
from gapcheck.pipeline import Checker
from gapcheck.render import OutputFormat
from gapcheck.reportmodels import GapReport, SkippedResume
from gapcheck.resume import build_profile


@pytest.fixture(scope="module")
def report() -> GapReport:
    checker = Checker(["tiny-analyst"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    profile = build_profile(ResumeText("cohort/ann.pdf", 1, ANALYST_LINES), as_of=AS_OF, vocabulary=checker.vocabulary)
    return checker.compare(profile)[0]


def test_names_are_the_path_below_the_shared_folder(tmp_path: Path) -> None:
    files = [tmp_path / "a" / "ann.pdf", tmp_path / "a" / "b" / "bo.pdf"]
    assert report_names(files) == {str(files[0]): "ann", str(files[1]): "b/bo"}


def test_names_that_would_clash_keep_their_endings() -> None:
    files = [Path("x/cv.pdf"), Path("x/cv.docx"), Path("x/ann.pdf")]
    assert report_names(files) == {"x/cv.pdf": "cv_pdf", "x/cv.docx": "cv_docx", "x/ann.pdf": "ann"}


def test_unsafe_characters_are_replaced() -> None:
    assert report_names([Path("in/ann:lee?.pdf")]) == {"in/ann:lee?.pdf": "ann_lee_"}


def test_a_report_and_a_skipped_one_are_written(tmp_path: Path, report: GapReport) -> None:
    writer = ReportWriter(tmp_path / "out", [Path("cohort/ann.pdf"), Path("cohort/bad.pdf")], OutputFormat.markdown)
    writer.write([report, SkippedResume("cohort/bad.pdf", "the PDF is damaged", "tiny-analyst")])
    assert writer.written == 2
    page = (tmp_path / "out" / "ann--tiny-analyst.md").read_text(encoding="utf-8")
    assert page.startswith("## cohort/ann.pdf vs Data Analyst (test role)")
    assert "the PDF is damaged" in (tmp_path / "out" / "bad--tiny-analyst.md").read_text(encoding="utf-8")


def test_html_reports_are_pages(tmp_path: Path, report: GapReport) -> None:
    writer = ReportWriter(tmp_path, [Path("cohort/ann.pdf")], OutputFormat.html)
    writer.write([report])
    page = (tmp_path / "ann--tiny-analyst.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<title>Ann Example vs Data Analyst (test role)</title>" in page


def test_only_markdown_or_html(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=re.escape("output_format")):
        ReportWriter(tmp_path, [], OutputFormat.json)


def test_an_unwritable_folder_is_a_clear_error(tmp_path: Path, report: GapReport) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    writer = ReportWriter(blocker / "out", [Path("cohort/ann.pdf")], OutputFormat.markdown)
    with pytest.raises(GapcheckError, match="cannot write the report"):
        writer.write([report])
