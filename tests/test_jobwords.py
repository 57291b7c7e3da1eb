"""Tests for gapcheck.jobwords: what tells a job from the other dated entries of a resume."""

from __future__ import annotations

import pytest

from gapcheck.jobwords import TITLE_WORDS, is_campus_involvement, name_position, not_a_job


@pytest.mark.parametrize(
    ("names", "entry_lines"),
    [
        ("Volunteer Tutor, City Library", []),
        ("Member of Fencing Team | University of Kelmscott", []),
        ("MSc Analytics, USF", []),
        ("Address Birthdate Nationality Chilean", []),
        ("ANN LEE · CURRICULUM VITAE", []),  # a footer: the date above it is when the CV was printed
        ("Parkinson's Gait Study Project Lead", ["• Won 3rd place at the County Science and Engineering Fair"]),
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


@pytest.mark.parametrize("title", ["Chief, Records Branch", "Clinical Social Worker", "Storage Products Buyer"])
def test_common_titles_outside_tech_are_titles(title: str) -> None:
    assert TITLE_WORDS.search(title)


@pytest.mark.parametrize("text", ["SQL Server 2019", "Python interpreter", "Kafka producer and broker"])
def test_tools_are_not_titles(text: str) -> None:
    assert TITLE_WORDS.search(text) is None


@pytest.mark.parametrize(
    "title",
    [
        "Marine Ecologist", "Geologist", "Microbiologist", "Clinical Psychologist", "Mathematician", "Clinician",
        "Ingénieure R&D", "Développeuse web", "Stagiaire", "Chercheur associé", "Chargée de recherche", "Doctorante",
        "Softwareentwicklerin", "Praktikant", "Praktikum in der Bibliothek", "Pflichtpraktikum", "Sommer-Praktikum",
        "Projektleiter", "Wissenschaftlicher Mitarbeiter", "Doktorandin",
        "Ingeniera de datos", "Becario", "Jefa de proyecto", "Técnico de soporte", "Programadora",
        "Engenheira de Software", "Estagiário", "Pesquisadora", "Desenvolvedor",
        "Ingegnere", "Sviluppatrice", "Ricercatore", "Stagista", "Ontwikkelaar", "Onderzoeker", "Stagiair",
    ],
)  # fmt: skip
def test_titles_in_every_language_read_and_a_profession_by_its_suffix(title: str) -> None:
    assert TITLE_WORDS.search(title)


@pytest.mark.parametrize(
    "text",
    [
        "Ecology of alpine meadows",
        "Halbleiter",
        "Bolsista do grupo",
        "charged particles",
        "the technical team",
        "Praktikumsbericht",
        "praktische Übungen",
    ],
)
def test_words_beside_those_titles_are_no_titles(text: str) -> None:
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


@pytest.mark.parametrize(
    ("names", "under"),
    [
        ("Élève danseur, Example Ballet School, Paris", ""),
        ("Programa Futuros Engenheiros, Example Federation", "Aluno do programa de formação em engenharia"),
        ("Programa de Educação Tutorial, Universidade Exemplo", "Bolsista do grupo de engenharia elétrica"),
        ("Tutorial group, Example University", "Voluntário não-oficial do grupo de tutoria"),
        ("Studienstiftung Exemplar", "Stipendiatin der Stiftung"),
        ("Studium der Mathematik und Informatik auf Lehramt an der Universität Exemplar", ""),
        ("Estudios de Ingeniería Informática, Universidad Ejemplo", ""),
        ("Projekt eROSITA-Exemplar", "Telemetrie-Pipeline der Mission"),
        ("Research Project: Design of a node connecting two networks", ""),
    ],
)
def test_a_pupil_a_scholarship_holder_or_a_volunteer_holds_no_job(names: str, under: str) -> None:
    assert not_a_job(names, [names, under])


@pytest.mark.parametrize(
    ("names", "under"),
    [
        ("Alumno en prácticas, Ejemplo S.L.", "Desarrollo de una aplicación web"),
        ("Desenvolvedor, Exemplo Ltda", "Alunos atendidos pelo sistema: 3000 por semestre"),
        ("Research Engineer, Example Labs", "Built the scholarship portal of the foundation"),
        ("Studies in Ice Physics, Research Assistant, Example Institute", ""),
        ("Project Manager, Example Builders Ltd", "Led the site teams"),
    ],
)
def test_a_job_whose_text_names_students_or_scholarships_stays_a_job(names: str, under: str) -> None:
    assert not not_a_job(names, [names, under])


def test_a_team_at_a_school_without_a_job_title_is_campus_involvement() -> None:
    names = "Orion Rocketry, Universidade Federal Exemplo"
    assert not_a_job(names, [names, "Projetista do setor de software da equipe de foguetemodelismo"])
    assert not not_a_job("Monitoria, Universidade Federal Exemplo", ["Monitoria", "Monitor na disciplina Cálculo"])
    assert not not_a_job("Engineer, Example University", ["Engineer", "Supported the team of the rocket lab"])


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["Full Professor, Example University ( )."], ("Full Professor", "Example University")),
        (["Research Assistant at the Example Institute (Example University)"],
         ("Research Assistant", "the Example Institute (Example University)")),
        (["Analyst (Contract), Acme Inc."], ("Analyst (Contract)", "Acme Inc.")),
    ],
)  # fmt: skip
def test_brackets_a_date_left_empty_go_and_balanced_ones_stay(names: list[str], expected: tuple[str, str]) -> None:
    assert name_position(names) == expected


def test_an_unbalanced_bracket_around_a_part_goes() -> None:
    assert name_position(["Data Analyst), Acme Corp"]) == ("Data Analyst", "Acme Corp")


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (["4 months", "Brightline Labs, Research Intern"], ("Research Intern", "Brightline Labs")),
        (["2 yrs 3 mos", "Data Engineer | Quillbank"], ("Data Engineer", "Quillbank")),
        (["Employée de rayon", "3 mois   • Caisse"], ("Employée de rayon", "Caisse")),
        # a number of the name itself stays: "3M", "Studio 54", "24 Hour Fitness"
        (["Sales Associate, 24 Hour Fitness"], ("Sales Associate", "24 Hour Fitness")),
    ],
)
def test_a_length_beside_the_dates_names_neither_post_nor_employer(names: list[str], expected: tuple[str, str]) -> None:
    assert name_position(names) == expected


def test_a_degree_named_in_another_language_is_no_job() -> None:
    assert not_a_job("Doctorat en chimie, Université Exemple")
    assert not_a_job("Laurea magistrale in fisica, Università di Esempio")


def test_a_title_beside_a_university_is_still_a_job() -> None:
    assert not not_a_job("Ingénieur de recherche, Université Exemple")


def test_a_project_of_ones_own_is_no_job_whatever_its_title() -> None:
    assert not_a_job("Développeur Java (projet personnel)")
    assert not_a_job("iOS Developer (side project)")


def test_a_project_managers_post_is_a_job() -> None:
    assert not not_a_job("Project Manager, Example Corp")
