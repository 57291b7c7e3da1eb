"""Tests for gapcheck.degreenames: other countries' degree names and each language's status words, as data."""

from __future__ import annotations

import pytest

from gapcheck import degreenames
from gapcheck.degreelines import degree_statements


def _stated(line: str, *, in_education: bool = True) -> list[tuple[str, str | None]]:
    return [(s.level, s.field) for s in degree_statements(line, in_education=in_education)]


def test_every_kind_of_the_data_file_is_loaded() -> None:
    names = degreenames.load_degree_names()
    assert all(names.names[level] for level in degreenames.LEVELS)
    assert names.no_level and names.unfinished and names.in_progress and names.student


def test_an_unknown_level_in_the_data_is_refused() -> None:
    with pytest.raises(ValueError, match="names.xx: unknown level 'licentiate'"):
        degreenames._by_level({"xx": {"licentiate": ["lic"]}}, "names")


def test_a_pattern_that_does_not_compile_is_refused() -> None:
    with pytest.raises(ValueError, match=r"bad pattern '\(unclosed'"):
        degreenames._by_level({"xx": {"master": ["(unclosed"]}}, "names")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Germany, Austria
        ("Diplomstudiengang, Musterstadt School of Management", [("master", None)]),
        ("DiplomStudium der Erziehungswissenschaften an der Uni Graz", [("master", "Erziehungswissenschaften")]),
        ("Masterstudiengang Informatik, TU Berlin", [("master", "Informatik")]),
        ("Bachelorstudium Physik, Universität Wien, 2012", [("bachelor", "Physik")]),
        ("Magister der Naturwissenschaften, Universität Wien", [("master", None)]),  # the faculty, no field
        # Italy
        ("Laurea magistrale in Fisica, Università di Padova", [("master", "Fisica")]),
        ("Laurea in Informatica presso l’Università di Pisa", [("bachelor", "Informatica")]),
        ("Laurea di secondo livello in Ingegneria Civile", [("master", "Ingegneria Civile")]),
        # France
        ("2016 Master 2 Informatique, Université de Lyon", [("master", "Informatique")]),
        ("2006 Master Recherche en Histoire, Université de Nice", [("master", "Histoire")]),
        ("Master en Informatique à l’Université de Lyon", [("master", "Informatique")]),
        ("Licence professionnelle Réseaux, 2012", [("bachelor", "Réseaux")]),
        ("Diplôme Universitaire de Technologie en Informatique, IUT de Nantes", [("associate", "Informatique")]),
        # Spain, Latin America
        ("Diplomatura en Informática, Universidad de Sevilla", [("bachelor", "Informática")]),
        ("Técnico Superior en Desarrollo de Aplicaciones Web, 2019", [("associate", "Desarrollo de Aplicaciones Web")]),
        ("Tecnicatura en Programación, UTN, 2018", [("associate", "Programación")]),
        ("Licenciatura en Ciencias de la Computación, 2015", [("bachelor", "Ciencias de la Computación")]),
        # Brazil, Portugal
        ("Tecnólogo em Redes de Computadores, FATEC, 2017", [("associate", "Redes de Computadores")]),
        (
            "• Tecnologia em Análise e Desenvolvimento de Sistemas – FAEX (2019 – 2021)",
            [("associate", "Análise e Desenvolvimento de Sistemas")],
        ),  # fmt: skip
        ("Doutorado em Geologia sob orientação da Profa. Dra. Ana Souza", [("doctorate", "Geologia")]),
        ("Pós-Graduação: Mestrado em Computação, UFF", [("master", "Computação")]),
        # English forms used abroad
        ("2018 Honour Degree, Physics, University of Exampleton", [("bachelor", "Physics")]),
        ("Degree in Computer Engineering, Universidad de Murcia", [("bachelor", "Computer Engineering")]),
        ("Master's Degree in Computer Engineering, 2019", [("master", "Computer Engineering")]),
        ("2015-2016 Bachelor computer science, Mobile apps design", [("bachelor", "Computer Science")]),
    ],
)
def test_national_degree_names_give_their_level_and_field(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Pós-Graduação em Engenharia de Dados, Arquitetura e Nuvem",  # a lato-sensu specialisation
        "Especialização em Engenharia de Software, 2020",
        "Especialización en Finanzas, Universidad de Chile",
        "Postgraduate Diploma in Data Science, 2020",
        "Bachelor Thesis: Routing in sparse graphs",  # a bare word before no field
        "Master Thesis in Physics",
        "Mechanical Engineering B.Sc. (not graduated)",  # left unfinished, in each language
        "Sistemas de Informação (Não concluído), Universidade Exemplo",
        "Studium der Informatik, Diplom (abgebrochen)",
        "Laurea in Economia (non conclusa)",
        "Licence d'informatique (inachevée)",
        "Licenciatura en Física (sin finalizar)",
    ],
)
def test_specialisations_bare_words_and_unfinished_degrees_state_no_degree(line: str) -> None:
    assert _stated(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Experiência com tecnologia em nuvem e DevOps",  # an ordinary word, not "Tecnologia em <Field>"
        "Tecnologia em Análise e Desenvolvimento de Sistemas",  # a degree only in an education section
        "MacBook Pro M1, M2 Max",
        "2015-2016 Bachelor computer science",
    ],
)
def test_names_that_are_degrees_only_in_an_education_section_state_none_elsewhere(line: str) -> None:
    assert _stated(line, in_education=False) == []


def test_a_word_degree_name_before_a_capitalised_field_is_no_organisation_name() -> None:
    assert _stated("2009-2014 Laurea In Ingegneria Meccanica, Politecnico di Esempio", in_education=False) == [
        ("bachelor", "Ingegneria Meccanica")
    ]
    assert _stated("IT Manager, MSC Software Corporation, 2019", in_education=False) == []


@pytest.mark.parametrize(
    "line",
    [
        "Ph.D. Kandidat in Geophysik",
        "Atualmente sou discente do curso de doutorado em Geologia na UFPR",
        "Doctorant en Informatique, Université de Lille",
        "Laurea magistrale in Fisica (in corso)",
        "Mestrado em Computação (em curso)",
    ],
)
def test_student_and_under_way_words_of_each_language_mark_the_degree_in_progress(line: str) -> None:
    statements = degree_statements(line, in_education=True)
    assert statements and all(s.in_progress for s in statements)


@pytest.mark.parametrize(
    "line",
    ["Doutorado em Geografia, UFF, 2015", "Laurea magistrale in Fisica, 2012", "Diplom-Informatiker, 2004"],
)
def test_a_degree_without_such_words_is_not_in_progress(line: str) -> None:
    statements = degree_statements(line, in_education=True)
    assert statements and not any(s.in_progress for s in statements)


def test_a_status_word_after_the_name_is_no_part_of_the_field() -> None:
    assert _stated("Ph.D. Kandidat in Geophysik") == [("doctorate", "Geophysik")]
    assert _stated("Ph.D. Kandidat in Geophysik", in_education=False) == [("doctorate", "Geophysik")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Soy Ingeniero de Sistemas graduado de la Universidad de Ejemplo", [("bachelor", "Sistemas")]),
        ("Engenheiro de Software formado pela Universidade de São Paulo", [("bachelor", "Software")]),
        (
            "Ingeniero Civil en Electrónica y Magister en Ciencia de Datos con más de 7 años",
            [("master", "Ciencia de Datos")],
        ),
    ],
)
def test_a_graduates_title_and_a_field_ended_by_with_are_read_anywhere(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line, in_education=False) == expected


@pytest.mark.parametrize(
    "line", ["Ingeniero de Software en Acme desde 2019", "Trabajo como Ingeniero de Datos en Globant"]
)
def test_an_engineers_job_title_outside_education_is_no_degree(line: str) -> None:
    assert _stated(line, in_education=False) == []


def test_chiles_civil_engineer_in_a_field_is_a_degree_in_education() -> None:
    assert _stated("Ingeniero Civil en Informática, Universidad de Chile, 2012") == [("bachelor", "Informática")]


@pytest.mark.parametrize(
    "line",
    [
        "Mestrado em Computação (concluindo), UFF",
        "Seit Oktober 2023 studiere ich Informatik im Master, Universität Musterstadt",
        "Currently completing an M.S. in Statistics at Ohio State University",
        "Actualmente terminando la Maestría en Ingeniería, Universidad de Ejemplo",
    ],
)
def test_words_saying_the_degree_is_being_finished_mark_it_in_progress(line: str) -> None:
    statements = degree_statements(line, in_education=True)
    assert statements and all(s.in_progress for s in statements)


def test_an_under_way_word_of_a_later_degree_does_not_mark_an_earlier_one() -> None:
    statements = degree_statements("B.S. in Physics, 2015; M.S. in Statistics (expected 2027)", in_education=True)
    assert [(s.level, s.in_progress) for s in statements] == [("bachelor", False), ("master", True)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ingeniero de Sistemas graduado de la Universidad y actualmente terminando la maestría", [False, True]),
        ("B.S. in Physics (expected 2027), M.S. in Statistics", [True, False]),
    ],
)
def test_under_way_words_belong_to_the_nearest_degree_name(line: str, expected: list[bool]) -> None:
    assert [s.in_progress for s in degree_statements(line, in_education=False)] == expected


def test_a_joiner_token_becomes_its_languages_joining_words() -> None:
    names = degreenames._by_level(
        {"xx": {"master": ["mestrado(?=\\s+(?:<joiner:pt>)\\s)"]}}, "names", {"joiner": {"pt": "em|do"}}
    )
    assert names["master"] == "mestrado(?=\\s+(?:em|do)\\s)"


def test_a_joiner_token_of_a_language_without_joiners_is_refused() -> None:
    with pytest.raises(ValueError, match="no joiners for language 'xx'"):
        degreenames._by_level({"xx": {"master": ["master\\s+(?:<joiner:xx>)"]}}, "names", {"joiner": {"pt": "em"}})


def test_an_ending_token_becomes_the_languages_adjective_endings() -> None:
    endings = degreenames._endings(["", "e", "er"])
    assert degreenames._joined(["erwartet<ending:de>"], "in_progress", {"ending": {"de": endings}}) == (
        "erwartet(?:e|er)?"
    )
    assert degreenames._endings(["o", "a"]) == "(?:o|a)"  # the bare stem is no word of its own


def test_an_ending_token_of_a_language_without_endings_is_refused() -> None:
    with pytest.raises(ValueError, match="no endings for language 'xx'"):
        degreenames._joined(["previst<ending:xx>"], "in_progress", {"ending": {"es": "(?:o|a)"}})


@pytest.mark.parametrize(
    "line",
    [
        "1998-2002 Maîtrise d'informatique, Université d'Exemple",
        "Maîtrise en droit, Université d'Exemple, 2004",
        "MAÎTRISE DE SCIENCES ÉCONOMIQUES, 1999",
        "Maitrise de mathématiques, 2001",
    ],
)
def test_a_maitrise_opening_an_education_entry_is_a_masters(line: str) -> None:
    assert [s.level for s in degree_statements(line, in_education=True)] == ["master"]


@pytest.mark.parametrize(
    ("line", "in_education"),
    [
        ("• Excellente maîtrise de Photoshop, Illustrator, InDesign", False),
        ("Bonne maîtrise de l'anglais et de l'espagnol", False),
        ("Maîtrise de Python et de SQL", False),
    ],
)
def test_a_command_of_a_skill_is_no_maitrise(line: str, in_education: bool) -> None:
    assert degree_statements(line, in_education=in_education) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "2011-2014 Ingénieur en Informatique et Réseaux, École d'Exemple, Grenoble",
            ("master", "Informatique et Réseaux"),
        ),
        ("2004–2009 Ingénieur en Génie Civil, ESX, Lille", ("master", "Génie Civil")),
        ("Ingénieure en Mathématiques Appliquées, 2015", ("master", "Mathématiques Appliquées")),
        ("• Ingénieur de Génie Électrique, 2011", ("master", "Génie Électrique")),
        ("Engineer in Computer Science, Example Polytechnic, 2010", ("bachelor", "Computer Science")),
        ("2010 – 2015 Engineer of Electrical Engineering", ("bachelor", "Electrical Engineering")),
        ("Ingegnere in Fisica, Politecnico di Esempio, 2010", ("master", "Fisica")),
        ("Engenheiro em Computação, Universidade de Exemplo, 2012", ("bachelor", "Computação")),
    ],
)
def test_an_engineers_title_and_its_joined_field_opening_an_education_entry_are_a_degree(
    line: str, expected: tuple[str, str]
) -> None:
    assert [(s.level, s.field, s.in_progress) for s in degree_statements(line, in_education=True)] == [
        (*expected, False)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Étudiant Ingénieur en Mécanique, Exempleville, France",
        "Élève-ingénieur en Génie Civil, École d'Exemple",
        "Étudiante ingénieure en Chimie, 2024 - 2027",
        "Student, B.S. in Physics, State University",
    ],
)
def test_a_students_word_before_the_degree_name_marks_it_in_progress(line: str) -> None:
    statements = degree_statements(line, in_education=True)
    assert statements and all(s.in_progress for s in statements)


@pytest.mark.parametrize(
    "line",
    [
        "Engineer in Training (EIT), State Board, 2015",
        "Software Engineer in Paris, Acme, 2019",
        "Ingénieur en alternance chez Acme, 2018",
        "Développeur, puis Ingénieur en Informatique chez Acme",
    ],
)
def test_an_engineers_job_or_licence_in_education_is_no_degree(line: str) -> None:
    assert degree_statements(line, in_education=True) == ()


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Computer Science Engineering Degree – Minor in Robotics   2024", "Computer Science Engineering"),
        ("Mechanical Engineering degree, Example Institute of Technology", "Mechanical Engineering"),
        ("Engineering degree in Computer Science, Example School, 2020", "Computer Science"),
        ("École d'ingénieur en Informatique (2012 - 2015)", "Informatique"),
        ("2023/2025 : Engineering cycle - Example Institute, Douai", None),
        ("Cursus d'ingénieur à l'École d'Exemple, 2011-2014", None),
        ("Engineer's degree, Example Institute, 2010", None),
    ],
)
def test_an_engineering_schools_diploma_in_any_order_is_a_masters(line: str, field: str | None) -> None:
    assert [(s.level, s.field) for s in degree_statements(line, in_education=True)] == [("master", field)]


@pytest.mark.parametrize(
    "line", ["He earned an engineering degree at night school", "Computer Science Engineering Degree, Acme (job title)"]
)
def test_an_engineering_degree_in_lower_case_prose_or_outside_education_is_none(line: str) -> None:
    assert [s for s in degree_statements(line, in_education=False) if s.anchored] == []


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Mestrando em Ciência da Computação (UTFPR)", "Ciência da Computação"),
        ("Maestranda en Ciencia de Datos, Universidad de Ejemplo", "Ciencia de Datos"),
        ("Masterandin Informatik, Universität Musterstadt, seit 2024", "Informatik"),
    ],
)
def test_a_masters_student_is_a_masters_in_progress_as_a_doctoral_one_is_a_doctorate(line: str, field: str) -> None:
    assert [(s.level, s.field, s.in_progress) for s in degree_statements(line, in_education=True)] == [
        ("master", field, True)
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2016–2018 Magisterské štúdium Informatika, Univerzita Exempla", [("master", "Informatika")]),
        ("Bakalářské studium Matematika, Univerzita Exempla", [("bachelor", "Matematika")]),
        ("Inženýrské studium, Kybernetika, 2015", [("master", "Kybernetika")]),
        ("Doktorské studium Fyzika, 2020", [("doctorate", "Fyzika")]),
        ("Studia magisterskie, Informatyka, Politechnika Przykładowa", [("master", "Informatyka")]),
        ("Studia inżynierskie, Automatyka, 2014", [("bachelor", "Automatyka")]),
    ],
)
def test_czech_slovak_and_polish_study_names_give_their_level(line: str, expected: list[tuple[str, str]]) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    "line", ["Bakalárska práca o strojovom učení", "Programátor po magisterskej štátnici z chémie"]
)
def test_a_thesis_or_an_exam_of_a_czech_or_slovak_study_is_no_degree(line: str) -> None:
    assert _stated(line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Example Technical College, Junior Specialist in Radio Engineering, 2011",
            [("associate", "Radio Engineering")],
        ),
        ("Молодший спеціаліст, Прикладний коледж, 2015", [("associate", None)]),
    ],
)
def test_a_junior_specialist_diploma_is_an_associate_degree_in_education(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


def test_a_junior_specialist_outside_education_is_a_job() -> None:
    assert _stated("Junior Specialist, Marketing, Acme Corp, 2019 - 2021", in_education=False) == []


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("• Cirurgiã-Dentista, Universidade Federal do Exemplo, 2022", "Odontologia"),
        ("Médico Cirujano, Universidad Nacional del Ejemplo, 2012", "Medicina"),
        ("2008 - 2013  Abogada, Universidad Central del Ejemplo", "Derecho"),
        ("Arquiteta e Urbanista - Universidade Estadual do Exemplo (2016)", "Arquitetura e Urbanismo"),
        ("Enfermeira, Faculdade Exemplo, 2019", "Enfermagem"),
        ("Contador Público, Universidad del Ejemplo, 2011", "Contaduría Pública"),
        ("Psicóloga, Pontifícia Universidade Católica do Exemplo, 2017", "Psicologia"),
    ],
)
def test_a_professions_title_opening_an_education_entry_before_its_school_is_a_bachelors(line: str, field: str) -> None:
    assert _stated(line) == [("bachelor", field)]


@pytest.mark.parametrize(
    ("line", "in_education"),
    [
        ("Abogado, Despacho Ejemplo y Asociados, 2015 - 2019", True),  # no school: a job
        ("Psicóloga, Clínica Exemplo, 2019 - 2021", True),
        ("Médico, Universidad Nacional del Ejemplo, 2012", False),  # outside education: a job at a university
        ("Médicos del Mundo, voluntario, Universidad del Ejemplo", True),  # a plural is an organisation's name
    ],
)
def test_a_professions_title_without_its_school_or_outside_education_is_no_degree(
    line: str, in_education: bool
) -> None:
    assert _stated(line, in_education=in_education) == []
