"""Text resumes: Markdown read through the shared Markdown reader, plain text as it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gapcheck.filetext import extract_text, text_lines
from gapcheck.pipeline import read_resume
from gapcheck.skills import Vocabulary

AS_OF = dt.date(2026, 11, 1)

MARKDOWN_RESUME = """\
---
layout: resume
permalink: /cv/
title: Ana Souza
---
<h1 align="center">Ana Souza</h1>

ana@example.com | [GitHub](https://github.com/ana-souza-example)

Experience
==========

| Dates | Position | Company |
|---|---|---|
| *Jan 2021 – Present* | **Senior Data Engineer** | [Globex](https://globex.example) |
| _Mar 2017 – Dec 2020_ | **Data Engineer** | [Initech](https://initech.example) |

- Built Spark pipelines on AWS and
  scheduled them with Airflow.

**Education**

* **M.S. in Computer Science**, University of Leeds, 2017
* B.Sc. in Mathematics, University of Toronto, 2015

## Skills

[Python](https://python.org), [SQL](https://en.wikipedia.org/wiki/SQL), Docker
"""


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["cv.md", "cv.txt"])
def test_markdown_resume_reads_as_clean_lines(tmp_path: Path, name: str) -> None:
    lines = extract_text(write(tmp_path, name, MARKDOWN_RESUME)).lines
    assert lines[:3] == ("Title: Ana Souza", "Ana Souza", "ana@example.com | GitHub")
    assert "Experience" in lines and "Education" in lines and "Skills" in lines
    assert "Jan 2021 – Present | Senior Data Engineer | Globex" in lines
    assert "• Built Spark pipelines on AWS and scheduled them with Airflow." in lines
    assert not any(mark in line for line in lines for mark in ("**", "](", "|---", "=====", "<h1", "layout:"))


def test_markdown_resume_gives_degrees_positions_and_skills(tmp_path: Path, vocabulary: Vocabulary) -> None:
    profile = read_resume(write(tmp_path, "cv.md", MARKDOWN_RESUME), as_of=AS_OF, vocabulary=vocabulary)
    assert [(d.level, d.field) for d in profile.degrees] == [
        ("master", "Computer Science"),
        ("bachelor", "Mathematics"),
    ]
    assert [(p.title, p.organization) for p in profile.positions] == [
        ("Senior Data Engineer", "Globex"),
        ("Data Engineer", "Initech"),
    ]
    assert profile.total_years == pytest.approx(117 / 12)  # Mar 2017 - Dec 2020 and Jan 2021 - Nov 2026
    assert {"python", "sql", "docker", "apache spark", "apache airflow"} <= profile.skill_ids


PLAIN = "EXPERIENCE\nSoftware Engineer, ACME\t2019 - 2021\n\n- Built **billing** services\n"


def test_plain_text_is_read_as_it_is(tmp_path: Path) -> None:
    assert text_lines(PLAIN) == PLAIN.splitlines()
    assert extract_text(write(tmp_path, "cv.txt", PLAIN.replace("**", ""))).lines == (
        "EXPERIENCE",
        "Software Engineer, ACME 2019 - 2021",
        "• Built billing services",
    )


def test_blank_line_keeps_a_markdown_paragraph_apart(tmp_path: Path) -> None:
    text = "## Experience\n- Built the platform for the main payments team\n\n### eBay Inc., 2019 - 2021\n"
    assert extract_text(write(tmp_path, "cv.md", text)).lines[-1] == "eBay Inc., 2019 - 2021"


def test_a_markdown_heading_is_never_joined_to_a_lower_case_line(tmp_path: Path) -> None:
    text = "## Programming languages and tools\njavascript, go, python\n## Experience and projects\nsoftware r&d at x"
    assert extract_text(write(tmp_path, "cv.md", text)).lines == (
        "Programming Languages And Tools",
        "javascript, go, python",
        "Experience And Projects",
        "software r&d at x",
    )


def test_a_lower_case_markdown_heading_is_never_joined_onto_the_line_above(tmp_path: Path) -> None:
    text = "## Experience\nBuilt the platform for the main payments team\n### tools and languages\npython, go"
    assert extract_text(write(tmp_path, "cv.md", text)).lines[-3:] == (
        "Built the platform for the main payments team",
        "tools and languages",
        "python, go",
    )


def test_a_markdown_paragraph_still_joins_its_lower_case_line(tmp_path: Path) -> None:
    text = "## Experience\nBuilt the platform for the main payments team\nand its tests\n"
    assert extract_text(write(tmp_path, "cv.md", text)).lines[-1] == (
        "Built the platform for the main payments team and its tests"
    )


def test_plain_text_still_joins_a_lower_case_line_across_a_blank(tmp_path: Path) -> None:
    text = "EXPERIENCE\nBuilt the platform for the main payments team\n\nand its tests\n"
    assert (
        extract_text(write(tmp_path, "cv.txt", text)).lines[-1]
        == "Built the platform for the main payments team and its tests"
    )


def test_site_page_keys_are_dropped_but_the_persons_are_kept() -> None:
    lines = text_lines("---\nlayout: cv\ndate: 2020-01-01\nlocation: Leeds\n---\nAna", markdown=True)
    assert [line for line in lines if line] == ["Location: Leeds", "Ana"]


def test_readme_heading_in_html_is_no_html_page() -> None:
    lines = text_lines('<h1 align="center">Ana</h1>\n\nExperience\n==========\nEngineer', markdown=True)
    assert [line for line in lines if line] == ["Ana", "Experience", "Engineer"]


def test_short_top_level_heading_in_sentence_case_is_capitalised() -> None:
    lines = text_lines("## Previous work experience\nWork history\n-----\n### Software engineer at ACME", markdown=True)
    assert [line for line in lines if line] == [
        "Previous Work Experience",
        "Work History",
        "Software engineer at ACME",
    ]


def test_long_or_numbered_headings_and_plain_lines_keep_their_case() -> None:
    text = "## Built the billing platform for the payments team\n## Ph.D. in economics\nwork experience"
    assert [line for line in text_lines(text, markdown=True) if line] == text.replace("## ", "").splitlines()


def test_plain_text_leaders_are_column_gaps_and_rules_are_blank() -> None:
    text = "WORK HISTORY ..............\n2015-2019   Example Labs ---------- Denver, CO\n---------------\nSKILLS"
    assert text_lines(text) == ["WORK HISTORY", "2015-2019   Example Labs   Denver, CO", "", "SKILLS"]


def test_plain_text_dashes_inside_words_and_short_runs_stay() -> None:
    text = "Full-Stack Developer - Example Labs -- 2015-2019"
    assert text_lines(text) == [text]


def test_a_dotted_rule_in_markdown_keeps_its_heading_apart() -> None:
    text = "- one item\n\nWORK HISTORY ..........\n..........\nAnalyst, Example Labs 2015 - 2019\n"
    assert text_lines(text, markdown=True)[2:] == ["WORK HISTORY", "", "Analyst, Example Labs 2015 - 2019"]
