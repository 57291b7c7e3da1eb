"""Tests for gapcheck.jobwords: what tells a job from the other dated entries of a resume."""

from __future__ import annotations

import pytest

from gapcheck.jobwords import TITLE_WORDS, is_campus_involvement, not_a_job


@pytest.mark.parametrize(
    ("names", "entry_lines"),
    [
        ("Volunteer Tutor, City Library", []),
        ("Member of Taekwondo Team | University of Moratuwa", []),
        ("MSc Analytics, USF", []),
        ("Address Birthdate Nationality Syrian", []),
        ("ANN LEE · CURRICULUM VITAE", []),  # a footer: the date above it is when the CV was printed
        ("Alzheimer's Disease Research Project Lead", ["• Placed 2nd at the State Science and Engineering Fair"]),
    ],
)
def test_entries_that_are_not_jobs(names: str, entry_lines: list[str]) -> None:
    assert not_a_job(names, [names], [names, *entry_lines])


@pytest.mark.parametrize(
    ("names", "entry_lines"),
    [
        ("Analyst, Acme Inc", []),
        ("Research Intern, Acme Labs", ["• Judged the regional science fair"]),  # a job title wins
        ("Data Scientist, Royal Society of Chemistry", []),
        ("Team Member, Starbucks", []),
        ("Curriculum Developer, Khan Academy", []),
        ("Teaching Assistant, M.Sc. programme, State University", []),
    ],
)
def test_jobs_stay_jobs(names: str, entry_lines: list[str]) -> None:
    assert not not_a_job(names, [names], [names, *entry_lines])


def test_a_group_described_as_students_is_involvement() -> None:
    assert is_campus_involvement("Deputy Secretary, Network Group", "It is a team of students who organize events.")
    assert not is_campus_involvement("Deputy Secretary, Network Group", "A consultancy serving banks.")


@pytest.mark.parametrize("title", ["Chief, Reports Branch", "Clinical Social Worker", "Memory Products Buyer"])
def test_common_titles_outside_tech_are_titles(title: str) -> None:
    assert TITLE_WORDS.search(title)


@pytest.mark.parametrize("text", ["SQL Server 2019", "Python interpreter", "Kafka producer and broker"])
def test_tools_are_not_titles(text: str) -> None:
    assert TITLE_WORDS.search(text) is None


def test_spanish_job_titles_are_titles_but_their_lookalikes_are_not() -> None:
    assert all(TITLE_WORDS.search(t) for t in ("Analista de Datos", "Asistente de Ventas", "Gerente"))
    assert TITLE_WORDS.search("Analysis of the census data") is None


@pytest.mark.parametrize(
    "names", ["Best Paper Award, Example Conference", "Preis der Beispiel-Stiftung", "Prix de thèse", "Borsa di studio"]
)
def test_an_award_dated_among_the_jobs_is_not_a_job(names: str) -> None:
    assert not_a_job(names)


@pytest.mark.parametrize(
    "names", ["Analyst, Award Solutions Inc", "Scholarship Coordinator, Acme", "Engineer, Prix Corp"]
)
def test_a_job_beside_an_award_word_stays_a_job(names: str) -> None:
    assert not not_a_job(names)


@pytest.mark.parametrize(
    "names", ["geboren: 3-4", "Geburtsdatum", "Data de nascimento:", "Nato il 3", "Staatsangehörigkeit: deutsch"]
)
def test_personal_details_in_other_languages_are_not_jobs(names: str) -> None:
    assert not_a_job(names)


@pytest.mark.parametrize(
    "names", ["NATO Communications Agency, Analyst", "Analyst, Nata Foods", "Developer, Né Studio"]
)
def test_employers_that_look_like_personal_details_stay_jobs(names: str) -> None:
    assert not not_a_job(names)


@pytest.mark.parametrize(
    "names",
    ["Masterarbeit in der Datenanalyse, Acme", "Bachelor's Thesis, Acme Labs", "Trabalho de Conclusão de Curso",
     "Tesi di laurea presso Acme", "Mémoire de fin d'études, Acme"],
)  # fmt: skip
def test_a_thesis_dated_among_the_jobs_is_not_a_job(names: str) -> None:
    assert not_a_job(names)


@pytest.mark.parametrize(
    "names", ["Research Assistant (thesis on X), Acme", "Thesis Advisor, Acme", "Engineer, TCC Group"]
)
def test_a_job_beside_a_thesis_word_stays_a_job(names: str) -> None:
    assert not not_a_job(names)
