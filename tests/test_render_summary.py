"""render/summary_md.py and render/summary_html.py: the cohort summary a teacher reads."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ANALYST_LINES, AS_OF, ROLES_DIR

from gapcheck.batch import summarize
from gapcheck.models import ResumeText
from gapcheck.pipeline import Checker
from gapcheck.render.summary_html import render_summary_html
from gapcheck.render.summary_md import render_summary_markdown
from gapcheck.reportmodels import GapReport, SkippedResume
from gapcheck.resume import build_profile
from gapcheck.summarymodels import CohortSummary, MissingCount

NO_TABLEAU = tuple(line.replace("Tableau", "Excel") for line in ANALYST_LINES)
NO_PYTHON = tuple(line.replace("Python", "Perl") for line in ANALYST_LINES)


@pytest.fixture(scope="module")
def summary() -> CohortSummary:
    checker = Checker(["tiny-analyst", "tiny-researcher"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    results: list[GapReport | SkippedResume] = []
    for name, lines in [("ann.pdf", ANALYST_LINES), ("bob.pdf", NO_TABLEAU), ("cy.pdf", NO_PYTHON)]:
        profile = build_profile(ResumeText(name, 1, lines), as_of=AS_OF, vocabulary=checker.vocabulary)
        results += checker.compare(profile)
    results += [SkippedResume("dan.pdf", "the PDF is damaged", role.id) for role in checker.roles]
    return summarize(results)


def test_summarize_counts_the_cohort(summary: CohortSummary) -> None:
    assert (summary.resumes, summary.skipped) == (4, 1)
    analyst = summary.roles[0]
    assert (analyst.role_id, analyst.checked, analyst.meets_required) == ("tiny-analyst", 3, 1)
    assert sum(analyst.score_bands) == 3 and len(analyst.score_bands) == 10
    assert analyst.median_score == analyst.scores[1]
    counts = {(m.label, m.required, m.count, m.share) for m in analyst.missing}
    assert {("a BI tool (Tableau or Power BI)", True, 1, 1 / 3), ("Python", True, 1, 1 / 3)} <= counts


def test_markdown_summary_has_the_counts(summary: CohortSummary) -> None:
    text = render_summary_markdown(summary)
    assert text.startswith("# Cohort summary\n\n4 resumes checked against 2 roles; 1 could not be read")
    assert "## Data Analyst (test role) [tiny-analyst]" in text
    assert "- Meet every required qualification: **1 of 3**" in text
    assert "| a BI tool (Tableau or Power BI) | req | 1 of 3 | 33% |" in text
    assert "| Apache Spark | pref | 3 of 3 | 100% |" in text
    assert "- Meet every required qualification: **0 of 3**" in text  # nobody has a PhD
    assert "- Below the minimum degree: 3 of 3" in text
    assert sum(int(n) for n in re.findall(r"^\| \d\.\d-\d\.\d \| (\d+) \|$", text, re.MULTILINE)) == 6


def test_markdown_escapes_table_cells(summary: CohortSummary) -> None:
    role = dataclasses.replace(summary.roles[0], missing=(MissingCount("C|C++", True, 1, 0.5),))
    text = render_summary_markdown(dataclasses.replace(summary, roles=(role,)))
    assert "| C\\|C++ | req | 1 of 3 | 50% |" in text


def test_html_summary_is_self_contained_with_charts(summary: CohortSummary) -> None:
    page = render_summary_html(summary)
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page and "<link" not in page and " src=" not in page and " href=" not in page
    assert re.findall(r"https?://[^\"]+", page) == ["http://www.w3.org/2000/svg"] * page.count("<svg")
    # teach next, then per role: score distribution, share meeting each required item, most-missing skills
    assert page.count("<svg") == 7
    assert page.count(">Score (0 to 1)</text>") == page.count(">Resumes</text>") == 2
    assert page.count(">Share of the resumes meeting it</text>") == 2
    assert ">Share of the students missing it</text>" in page
    assert "1 of 3</b>meet every required qualification" in page
    assert "Apache Spark (preferred): missing in 3 of 3" in page
    assert "4 resumes checked against 2 roles; 1 could not be read" in page


def test_html_escapes_labels(summary: CohortSummary) -> None:
    role = dataclasses.replace(
        summary.roles[0], role_title="<b>Analyst</b>", missing=(MissingCount("<script>x</script>", True, 1, 0.5),)
    )
    page = render_summary_html(dataclasses.replace(summary, roles=(role,)))
    assert "<script" not in page and "<b>Analyst" not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page


def test_a_role_without_missing_skills(summary: CohortSummary) -> None:
    role = dataclasses.replace(summary.roles[0], missing=(), experience_gaps=())
    one = dataclasses.replace(summary, roles=(role,))
    assert "Every resume shows every skill this role asks for." in render_summary_markdown(one)
    assert "Every resume meets every experience requirement of this role." in render_summary_markdown(one)
    assert render_summary_html(one).count("<svg") == 3  # no most-missing chart


def test_empty_sections_say_why_never_none(summary: CohortSummary) -> None:
    role = dataclasses.replace(
        summary.roles[0], experience_gaps=(), states_experience=False, states_degree=False, required_met=()
    )
    one = dataclasses.replace(summary, roles=(role,), teach_next=())
    for text in (render_summary_markdown(one), render_summary_html(one)):
        assert "None." not in text and "none." not in text
        assert "This role states no experience requirement." in text
        assert "Degree: this role states no degree requirement." in text
        assert "This role states no required item; every requirement is preferred." in text
        assert "Nothing to teach: every resume checked shows every skill its roles ask for." in text


def _browser() -> str:
    found = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
    if found is None:
        pytest.skip("no headless Chromium on this machine")
    return found


def _headless(page: Path, *flags: str) -> subprocess.CompletedProcess[str]:
    command = [_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--host-resolver-rules=MAP * ~NOTFOUND", *flags, page.as_uri()]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)


def test_html_summary_renders_in_a_headless_browser(summary: CohortSummary, tmp_path: Path) -> None:
    page = tmp_path / "summary.html"
    page.write_text(render_summary_html(summary), encoding="utf-8")
    dom = _headless(page, "--dump-dom").stdout
    assert dom.count("<svg") == 7 and dom.count("<rect") > 10
    assert "<h2>Teach next</h2>" in dom and "Top three missing" in dom
    shot = tmp_path / "summary.png"
    _headless(page, f"--screenshot={shot}", "--window-size=1100,3000", "--hide-scrollbars")
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and shot.stat().st_size > 20_000


def test_a_row_per_student_and_who_lacks_each_skill(summary: CohortSummary) -> None:
    markdown, page = render_summary_markdown(summary), render_summary_html(summary)
    assert "| Name | File | Score | Meets required | Top three missing |" in markdown
    assert re.search(r"^\| Ann Example \| cy\.pdf \| 0\.\d\d \| no \| Python; ", markdown, re.MULTILINE)
    # three Anns: the file tells them apart
    assert re.search(r"^\| Python \| req \| 1 of 3 \| 33% \| \+\d+\.\d \| Ann Example \(cy\.pdf\) \|$", markdown, re.M)
    assert "<th>Top three missing</th>" in page and "<td>cy.pdf</td>" in page
    assert "<details><summary>1 student</summary>Ann Example (cy.pdf)</details>" in page
    assert "## Teach next" in markdown and "<h2>Teach next</h2>" in page
