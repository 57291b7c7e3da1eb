"""Tests for blocks read row by row (gapcheck.blockkinds.rows_by_kind, split_by_rows, and their use in
gapcheck.sections): a chronology of study and work, a block of positions that is mostly degrees, a sub-heading that
takes its parent's kind. Invented people throughout."""

from __future__ import annotations

import datetime as dt

import pytest

from gapcheck.blockkinds import rows_by_kind
from gapcheck.headingwords import heading_words
from gapcheck.models import ResumeText
from gapcheck.resume import build_profile
from gapcheck.sections import find_sections

AS_OF = dt.date(2026, 1, 1)


def _kinds(lines: list[str]) -> list[tuple[str, str]]:
    return [(s.kind, s.heading) for s in find_sections(lines) if s.kind != "header"]


def _profile(lines: list[str]):  # type: ignore[no-untyped-def]
    return build_profile(ResumeText("cv.txt", 1, tuple(lines)), as_of=AS_OF)


WERDEGANG = [
    "Tobias Beispiel",
    "Wissenschaftlicher Werdegang",
    "2008–2011 Studium der Physik an der Universität Musterstadt",
    "2011 Bachelor of Science Physik",
    "2011–2013 Studium Master Physik an der Universität Musterstadt",
    "2013–2019 Wissenschaftlicher Mitarbeiter am Institut für Beispielphysik",
    "Sprachen",
    "Deutsch",
]


def test_a_chronology_sends_its_study_rows_to_education_and_its_job_rows_to_experience() -> None:
    assert _kinds(WERDEGANG) == [
        ("education", "Wissenschaftlicher Werdegang"),
        ("experience", ""),
        ("languages", "Sprachen"),
    ]
    profile = _profile(WERDEGANG)
    assert profile.total_years == 6.0  # the studies are no job
    assert {d.level for d in profile.degrees} >= {"bachelor"}


@pytest.mark.parametrize("heading", ["Parcours", "Timeline", "Mein Werdegang", "Percorso"])
def test_a_chronology_of_schools_alone_is_education(heading: str) -> None:
    lines = [
        "Camille Exemple",
        "Enseignement",
        "2018-2022",
        ":   Professeur de mathématiques au Collège Exemple",
        heading,
        "2010-2013",
        ":   Doctorant en Océanographie",
        "Université Exemple",
        "2009",
        ":   Diplôme d'ingénieur",
        "École Exemple des Mines",
        "2005-2008",
        ":   Classes Prépas Scientifiques",
        "Lycée Exemple",
    ]
    assert [kind for kind, _ in _kinds(lines)] == ["experience", "education"]
    assert _profile(lines).total_years == 4.0


def test_a_block_of_positions_keeps_a_single_degree_row() -> None:
    lines = [
        "Professional Experience",
        "Data Analyst, Acme Corp   2019 - 2021",
        "Research Intern, Initech   2018 - 2019",
        "M.Sc. in Physics, Example University   2016 - 2018",
    ]
    assert _kinds(lines) == [("experience", "Professional Experience")]


def test_a_block_of_positions_that_is_mostly_degrees_is_read_row_by_row() -> None:
    lines = [
        "Experience",
        "B.S. in Economics, 2014.",
        "B.A. in History, 2014.",
        "Example University",
        "Site Manager",
        "Acme Interactive, May 2014 - July 2016",
        "• Ran the content uploads",
    ]
    assert [kind for kind, _ in _kinds(lines)] == ["education", "experience"]
    profile = _profile(lines)
    assert [(p.title, p.organization) for p in profile.positions] == [("Site Manager", "Acme Interactive")]


def test_a_student_is_a_job_in_a_block_of_positions_and_a_study_in_a_chronology() -> None:
    rows = ["2015 - 2019 PhD Student, Example University", "2019 - 2021 Postdoc, Example Institute"]
    words = heading_words()
    assert [k for _, k in rows_by_kind(rows, words.study, words.job, chronology=False)] == ["experience"] * 2
    assert [k for _, k in rows_by_kind(rows, words.study, words.job, chronology=True)] == ["education", "experience"]


def test_a_subheading_of_qualifiers_takes_the_kind_of_the_positions_above_it() -> None:
    lines = [
        "Education",
        "Ph.D. in Psychology, Example University, 2019.",
        "Professional Experience",
        "Academic",
        "• May 2019 - present: Postdoctoral Researcher",
        "• Example University with Prof. A. Sample",
        "Teaching",
        "• 2015 - 2017: Tutor",
    ]
    assert _kinds(lines)[2] == ("experience", "Academic")
    assert "Postdoctoral Researcher" in [p.title for p in _profile(lines).positions]


def test_a_heading_of_qualifiers_over_degrees_stays_education() -> None:
    lines = [
        "Professional",
        "Data Analyst, Acme Corp   2019 - 2021",
        "Academic",
        "M.Sc. in Physics, Example University   2016 - 2018",
        "B.Sc. in Physics, Example University   2013 - 2016",
    ]
    assert _kinds(lines)[-1] == ("education", "Academic")


def test_a_chronology_word_on_a_line_with_no_dated_rows_under_it_is_no_heading() -> None:
    lines = ["EXPERIENCE", "Data Analyst, Acme Corp   2019 - 2021", "Timeline", "• Delivered the project on time"]
    assert _kinds(lines) == [("experience", "EXPERIENCE")]


def test_a_degree_whose_name_holds_a_title_word_is_a_degree_row() -> None:
    words = heading_words()
    rows = ["2011 - 2013 Associate of Science, Example Community College", "2013 - 2019 Research Associate, Acme Labs"]
    kinds = [k for _, k in rows_by_kind(rows, words.study, words.job, chronology=False)]
    assert kinds == ["education", "experience"]  # "Associate" names the degree there, the post here


def test_a_detail_line_above_a_dated_row_stays_with_the_row_before() -> None:
    words = heading_words()
    rows = [
        "2016 - 2020 Ph.D., Example University, History",
        "Advisor: Prof. A. Sample",
        "2012 - 2016 B.A., Example College, History",
    ]
    found = rows_by_kind(rows, words.study, words.job, chronology=True)
    assert found == [(0, "education"), (2, "education")]


def test_a_title_above_its_dated_line_starts_its_row() -> None:
    words = heading_words()
    rows = ["Site Manager", "Acme Interactive, May 2014 - July 2016", "Copy Editor", "Initech, 2012 - 2014"]
    assert [a for a, _ in rows_by_kind(rows, words.study, words.job, chronology=True)] == [0, 2]


@pytest.mark.parametrize("heading", ["Curriculum vitae", "## Timeline :calendar:", "Lebenslauf"])
def test_a_chronology_heading_in_sentence_case_or_with_an_emoji_heads_its_rows(heading: str) -> None:
    lines = [
        "Mia Example",
        heading,
        "Data Analyst, Acme Corp",
        "Remote | Sep 2019 - present",
        "Sabbatical",
        "Oct 2018 - Mar 2019",
        "2014 - 2018 B.Sc. in Physics, Example University",
    ]
    kinds = [kind for kind, _ in _kinds([line.removeprefix("## ") for line in lines])]
    assert kinds == ["experience", "education"]  # "Sabbatical" inside the chronology heads nothing


def test_a_chronology_word_in_a_long_line_heads_nothing() -> None:
    lines = ["EXPERIENCE", "Data Analyst, Acme Corp   2019 - 2021", "my timeline of projects since 2019 - 2021"]
    assert _kinds(lines) == [("experience", "EXPERIENCE")]


def test_a_page_title_naming_a_chronology_heads_the_page() -> None:
    lines = [
        "Title: Lebenslauf",
        "2019-2025",
        "B.Sc. Informatik",
        "Universität Beispielstadt",
        "2021-2025",
        "IT-Support",
        "Rechenzentrum der Universität Beispielstadt",
        "Im Rahmen der Anstellung habe ich Studierende betreut.",
        "2022-2024",
        "Tutor Datenbanken",
        "Institut für Informatik der Universität Beispielstadt",
    ]
    assert [kind for kind, _ in _kinds(lines)] == ["education", "experience"]  # a row naming no study is a post
    assert _profile(lines).total_years == 4.0  # the IT-Support row counted (the tutor alone is 2.0)


def test_a_page_title_naming_no_chronology_heads_nothing() -> None:
    lines = ["Title: About me", "2019-2025", "B.Sc. Informatik", "2021-2025", "IT-Support"]
    assert _kinds(lines) == []


def test_dated_items_are_the_rows_of_a_chronology_whose_sentences_name_years_too() -> None:
    lines = [
        "Title: Lebenslauf",
        "• ACME Software-Engineer (seit 2023)",
        "Seit Oktober 2023 arbeite ich bei Acme als Software-Engineer.",
        "• UNIVERSITÄT BEISPIEL Informatik, M.Sc. (2020-2023)",
        "Bis August 2023 habe ich an der Universität Beispiel studiert.",
    ]
    assert [kind for kind, _ in _kinds(lines)] == ["experience", "education"]
