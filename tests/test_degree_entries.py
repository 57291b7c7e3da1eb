"""Tests for reading a degree ENTRY as a unit: its row of cells, the lines under it, engineers' titles, and detail
words (thesis, degree labels) that name no field. Invented people, schools and places only."""

from __future__ import annotations

import pytest

from gapcheck.degreelines import degree_statements
from gapcheck.education import find_degrees
from gapcheck.models import Degree, month_index
from gapcheck.sections import find_sections

AS_OF = month_index(2026, 11)


def _stated(line: str, *, in_education: bool = True) -> list[tuple[str, str | None]]:
    return [(s.level, s.field) for s in degree_statements(line, in_education=in_education)]


def _education(*lines: str) -> tuple[Degree, ...]:
    text = ["Ann Example", "EDUCATION", *lines]
    return find_degrees(text, find_sections(text), AS_OF)


# A row of cells (moderncv's \cventry): "<degree>, <school>, <city>, <field>"
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2015–2019 Bachelor, University of Exampleton, Exampleton, Mathematics", [("bachelor", "Mathematics")]),
        ("2015–2019 Master, Example University, Sampletown, Physics, Grade 1.3", [("master", "Physics")]),
        # a bare capital opening the row, however long the row is
        (
            "1991–1992 DUT, IUT Jean Exemple, Villeneuve, Génie électrique et informatique industrielle",
            [("associate", "Génie électrique et informatique industrielle")],
        ),
    ],
)
def test_a_bare_degree_opening_a_row_of_cells_takes_its_field_from_a_later_cell(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


def test_places_and_grades_in_a_row_of_cells_name_no_field() -> None:
    assert _stated("2019–2026 Bachelor, Example Hochschule, Beispielstadt, Durchschnitt 1.3") == [("bachelor", None)]
    assert _stated("2012 Master, Example University, Sampletown, Note 1.7") == [("master", None)]


def test_a_bare_capital_in_the_middle_of_a_line_opens_no_row() -> None:
    assert _stated("Worked with the DUT, IUT Jean Exemple, Villeneuve, on power electronics") == []


# An engineer's title, or an engineering degree's name with its field as an adjective, opening an entry
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Electronic Engineer, National University of Exampleton, Argentina, 2005.",
            [("bachelor", "Electronic Engineering")],
        ),
        (
            "2007–2013 Engineer, Example Institute of Information Technology, Sampletown, Informatics",
            [("bachelor", "Informatics")],
        ),
        ("Ingeniería Electrónica (en curso, etapa final)   2019 — Presente", [("bachelor", "Ingeniería Electrónica")]),
        ("Engenharia Elétrica, Universidade Federal de Exemplo, 2018", [("bachelor", "Engenharia Elétrica")]),
        ("Inżynier, Politechnika Przykładowa, 2014", [("bachelor", None)]),
        ("Ingénieur, École Centrale d'Exemple, 2012", [("master", None)]),
        ("Ingeniero Civil en Informática, Universidad de Ejemplo, 2012", [("bachelor", "Informática")]),
    ],
)
def test_an_engineers_title_opening_an_education_entry_is_a_degree(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Software Engineer, Acme Corp, 2019-2021",  # no school: a job
        "Worked as an Electronic Engineer, Example University, 2005",  # not opening the entry
        "Senior Engineer at Example University Hospital",  # other words follow the title
    ],
)
def test_an_engineers_title_that_is_a_job_is_no_degree(line: str) -> None:
    assert _stated(line) == []


def test_an_engineers_title_is_no_degree_outside_education() -> None:
    assert _stated("Electronic Engineer, Example University, 2005", in_education=False) == []


def test_an_engineering_degree_after_a_level_and_a_joining_word_is_that_levels_field() -> None:
    assert _stated("Mestrado em Engenharia de Software, Universidade de Exemplo") == [
        ("master", "Engenharia de Software")
    ]
    # alone, the engineering degree is a bachelor's
    assert _stated("Graduação em Engenharia Elétrica, Universidade de Exemplo") == [("bachelor", "Engenharia Elétrica")]


# A bare level before a programme's code and its field in quotes
def test_a_bare_master_before_a_quoted_field_is_a_degree() -> None:
    assert _stated(":   Master (M2R) «Probabilités & Applications»") == [("master", "Probabilités & Applications")]
    assert _stated('Master "Data Science", Universität Beispiel') == [("master", "Data Science")]


def test_a_master_in_quotes_with_no_words_after_is_no_degree() -> None:
    assert _stated('the "Master" of the house') == []
    assert _stated("Master (M2R) «»") == []


# Quebec's and Belgium's bachelor, Quebec's DEC (France's school "bac" is none)
def test_a_baccalaureat_in_a_field_is_a_university_bachelor() -> None:
    assert [s[0] for s in _stated("2010-2014 Baccalauréat en génie logiciel")] == ["bachelor"]
    assert [s[0] for s in _stated("Bachelier en informatique de gestion, Haute École Exemple")] == ["bachelor"]
    assert [s[0] for s in _stated("2010 Diplôme d’études collégiales en techniques de l’informatique")] == ["associate"]
    assert [s[0] for s in _stated("DEC en Sciences de la nature, Cégep de Exempleville")] == ["associate"]


@pytest.mark.parametrize(
    "line",
    [
        "2008 Baccalauréat scientifique, Lycée Exemple",
        "Baccalauréat série S, mention Bien",
        "Baccalauréat en série S",
        "Dec 2019 - Jan 2020 Intern",
    ],
)
def test_frances_school_baccalaureat_and_a_month_are_no_degree(line: str) -> None:
    assert _stated(line) == []


# Detail words: a thesis's title and a degree's label are no field
def test_a_thesis_title_after_a_degree_is_no_field() -> None:
    assert _stated("2010 Bachelor of Science mit der Arbeit: Robuste Verfahren für Beispiele") == [("bachelor", None)]
    assert _stated("Laurea in Informatica, Tesi: Reti neurali per la visione") == [("bachelor", "Informatica")]
    assert _stated("Bachelor of Science, Thesis: Deep nets for vision") == [("bachelor", None)]


def test_a_field_named_like_a_thesis_word_stays() -> None:
    assert _stated("B.A. Soziale Arbeit, Hochschule Beispielstadt") == [("bachelor", "Soziale Arbeit")]


def test_the_cell_before_a_degree_label_is_the_field() -> None:
    line = "Example Institute Wien, Web Design & Development, Abschluss: Bachelor of Science (Honours) | 2008-2012"
    assert _stated(line) == [("bachelor", "Web Design & Development")]
    assert _stated("Example College, Degree: Bachelor of Arts | 2008-2012") == [("bachelor", None)]


def test_a_school_before_a_degree_label_is_no_field() -> None:
    assert _stated("Example University, Abschluss: Master of Science | 2010") == [("master", None)]


# German "Promotion": a doctorate before its prepositions, not a season
def test_promotion_before_a_supervisor_is_a_doctorate_in_progress_when_expected() -> None:
    statements = degree_statements(
        "Oktober 2017 Voraussichtliche Promotion bei Prof. Dr. Erika Muster", in_education=True
    )
    assert [(s.level, s.in_progress) for s in statements] == [("doctorate", True)]


def test_promotion_before_a_season_is_no_degree_statement() -> None:
    assert _stated("Während meiner Promotion im Herbst 2016 lehrte ich das Fach", in_education=False) == []
    assert _stated("Promotion im Januar 2015 an der Universität Beispielstadt", in_education=False) == []


# The entry's lines: status lines and a description naming the field
def test_a_status_line_under_a_dated_degree_says_it_is_in_progress() -> None:
    (degree,) = _education(
        "2019–2026 Bachelor, Example Hochschule, Beispielstadt, Durchschnitt 1.3",
        "Voraussichtlich abgeschlossen WS 27/28",
    )
    assert degree.in_progress


def test_a_description_that_uses_a_status_word_later_says_nothing() -> None:
    (degree,) = _education(
        "2015–2019 Bachelor, Example University, Sampletown, Physics",
        "Built an instrument that is still in use; results expected to be published soon",
    )
    assert not degree.in_progress


def test_a_description_under_a_bare_degree_opening_with_its_field_names_it() -> None:
    (degree,) = _education(
        "2019–2023 Bachelor, Example Hochschule, Beispielstadt, Durchschnitt 1.3",
        "Technische Informatik in berufsbegleitendem Studium.",
    )
    assert degree.field == "Technische Informatik"


def test_a_description_opening_with_other_words_names_no_field() -> None:
    (degree,) = _education(
        "2019–2023 Bachelor, Example Hochschule, Beispielstadt, Durchschnitt 1.3",
        "Studied part-time while working in a bakery.",
    )
    assert degree.field is None


def test_a_status_line_saying_not_defended_leaves_the_degree_unheld() -> None:
    assert _education("2009-2012", ":   Doctorant en Géophysique", "Université d'Exemple.", "(Non soutenue)") == ()
    (degree,) = _education("2009-2012", ":   Doctorant en Géophysique", "Université d'Exemple.", "(Soutenue)")
    assert degree.level == "doctorate"


def test_a_field_opening_the_school_cell_stays_the_field_of_a_row() -> None:
    assert _stated("Ph.D., Mathematics University of Exampleton   August, 2016") == [("doctorate", "Mathematics")]
    assert _stated("Master's , Business Administration 2015 Example University   City , State GPA: 3.8") == [
        ("master", "Business Administration")
    ]


# Fields in lower case after a French, Spanish or Portuguese degree name: the head word comes first
@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "2010-2014 Baccalauréat en génie des technologies de l’information",
            "Génie des Technologies de l’Information",
        ),
        ("Maîtrise de physique et applications, Université d'Exemple", "Physique et Applications"),
        ("Mestrado em engenharia de software", "Engenharia de Software"),
    ],
)
def test_a_romance_field_in_lower_case_is_read_by_its_head_word(line: str, field: str) -> None:
    assert [f for _, f in _stated(line)] == [field]


def test_lower_case_words_whose_head_is_no_field_name_no_field() -> None:
    assert _stated("Licence de la ville de Exempleville") == [("bachelor", None)]
    assert _stated("Maîtrise en cours de validation") == [("master", None)]


# A Romance field's head and its adjectives in lower case, no joining word; an Italian elided article before a noun
@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Laurea magistrale in ingegneria nucleare, Politecnico di Esempio", "Ingegneria Nucleare"),
        ("Grado en química orgánica, Universidad de Ejemplo", "Química Orgánica"),
        ("Mestrado em engenharia naval, Universidade de Exemplo", "Engenharia Naval"),
        ("Laurea in ingegneria dell’Automazione, Università di Esempio", "Ingegneria dell’Automazione"),
        ("Master 2 e-commerce, Université d'Exemple", "E-commerce"),
    ],
)
def test_a_romance_head_and_its_adjectives_in_lower_case_are_the_field(line: str, field: str) -> None:
    assert [f for _, f in _stated(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("M.S. in physics with honours, Example University", "Physics"),
        ("Bachelor in business school rankings", "Business"),
        ("Master in maths lab work", None),
    ],
)
def test_english_words_after_a_head_in_lower_case_are_not_its_adjectives(line: str, field: str | None) -> None:
    assert [f for _, f in _stated(line)] == [field]


def test_a_licence_pro_is_a_professional_licence() -> None:
    assert _stated("Licence Pro Métiers du Web, Université d'Exemple") == [("bachelor", "Métiers du Web")]
    assert _stated("Licence, Pro Skills Academy") == [("bachelor", None)]


def test_a_bare_capital_before_a_quoted_field_is_a_degree() -> None:
    line = 'DESS "Ingénierie des Systèmes Informatiques" BAC+5 1998 Université Exemple-et-Exemple'
    assert _stated(line) == [("master", "Ingénierie des Systèmes Informatiques")]
    assert _stated('He said "MS" was the answer, and we all agreed on that for a long time') == []


def test_a_licentiate_in_a_field_is_a_bachelor() -> None:
    assert _stated("Licentiate in Physics, Universidad Nacional de Ejemplo") == [("bachelor", "Physics")]
    assert _stated("Licentiate of Engineering, Example Institute of Technology") == []


# In an education section a level's name and its joining word open a degree whatever the field's case
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Grado en física                     2018 - 2022", [("bachelor", "Física")]),
        ("Graduação em engenharia elétrica, Universidade de Exemplo", [("bachelor", "Engenharia Elétrica")]),
        ("Master en génie logiciel, Université Exemple", [("master", "Génie Logiciel")]),
    ],
)
def test_a_level_and_its_joining_word_before_a_lower_case_field_is_a_degree_in_education(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


def test_a_level_word_before_a_relative_or_an_article_is_no_degree() -> None:
    assert _stated("El grado en que trabajamos juntos") == []
    assert _stated("Graduação em que acreditamos") == []
    assert _stated("Grado en física", in_education=False) == []  # elsewhere the field needs a capital


def test_an_engineering_degree_filling_a_later_cell_is_a_degree() -> None:
    line = "2018–Atual Opção Ciências Exatas - Engenharia Elétrica - Habilitação em Robótica"
    assert _stated(line) == [("bachelor", "Engenharia Elétrica")]
    assert _stated("Universidade Federal de Exemplo, Engenharia Mecânica, 2015") == [
        ("bachelor", "Engenharia Mecânica")
    ]


def test_an_engineering_degree_inside_a_sentence_or_a_title_is_none() -> None:
    assert _stated("Trabalhei com Engenharia Elétrica em projetos") == []
    assert _stated("Gerente de Engenharia Elétrica, Acme") == []


# A degree's holder's title, opening its phrase, before a joining word and the field
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dottore di ricerca in Fisica, Università di Esempio, 2015", [("doctorate", "Fisica")]),
        ("Dottoressa magistrale in Informatica, Università di Esempio", [("master", "Informatica")]),
        ("Dottore in Ingegneria Informatica, Politecnico di Esempio", [("bachelor", "Ingegneria Informatica")]),
        ("Docteur en physique, Université d'Exemple, 2012", [("doctorate", "Physique")]),
        ("Doctor en Ciencias de la Computación, Universidad de Ejemplo", [("doctorate", "Ciencias de la Computación")]),
        ("2015 Doutora em Ciência da Computação, Universidade de Exemplo", [("doctorate", "Ciência da Computação")]),
    ],
)
def test_a_holders_title_before_its_field_is_a_degree(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stated(line, in_education=False) == expected


@pytest.mark.parametrize(
    "line", ["Fui al doctor en Madrid", "Le docteur en charge du service", "Chiamare il dottore in Sala Rossa"]
)
def test_a_physicians_title_inside_a_phrase_is_no_degree(line: str) -> None:
    assert _stated(line, in_education=False) == []


# A bare level alone in a cell (JSON Resume themes: studyType and area)
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Bachelor - Computer Science", [("bachelor", "Computer Science")]),
        ("Computer Science - Bachelor", [("bachelor", "Computer Science")]),
        ("Bachelor · Physics", [("bachelor", "Physics")]),
        ("Master | Data Science | Example University | 2019", [("master", "Data Science")]),
        ("2015 - 2019 | Bachelor | Physics", [("bachelor", "Physics")]),
    ],
)
def test_a_bare_level_alone_in_a_cell_is_a_degree(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize("line", ["Scrum Master | Acme Corp", "Bachelor party - fun with friends"])
def test_a_level_word_sharing_its_cell_is_no_degree(line: str) -> None:
    assert _stated(line) == []


def test_a_bare_level_in_a_cell_is_no_degree_outside_education() -> None:
    assert _stated("Bachelor - Computer Science", in_education=False) == []


# A Spanish or Portuguese graduate's title alone on its line names the degree and its field, in agreement
def test_an_iberian_graduates_title_alone_on_its_line_is_a_degree() -> None:
    assert _stated("Ingeniero Eléctrico") == [("bachelor", "Ingeniería Eléctrica")]
    assert _stated("Engenheira Civil   2010 - 2015") == [("bachelor", "Engenharia Civil")]


def test_a_bare_title_or_an_english_title_alone_on_its_line_is_no_degree() -> None:
    assert _stated("Ingeniero") == []
    assert _stated("Software Engineer") == []


# Degrees on consecutive lines under one dated school line
def test_degrees_under_one_dated_school_line_take_its_dates_not_the_next_entrys() -> None:
    degrees = _education(
        "Instituto Ejemplo   2007 - 2014",
        "Ingeniería en Informática",
        "Ingeniería en Gestión Logística",
        "Example University   2021 - Present",
        "Courses in web programming",
    )
    assert [(d.field, d.year, d.in_progress) for d in degrees] == [
        ("Ingeniería en Informática", 2014, False),
        ("Ingeniería en Gestión Logística", 2014, False),
    ]


def test_degrees_under_an_undated_school_line_keep_the_dates_below_them() -> None:
    degrees = _education(
        "Instituto Ejemplo", "Ingeniería en Informática", "Ingeniería en Gestión Logística", "2021 - Present"
    )
    assert [(d.field, d.in_progress) for d in degrees] == [
        ("Ingeniería en Informática", False),
        ("Ingeniería en Gestión Logística", True),
    ]


# An umbrella subject narrowed by the description line below ("Bachelor of Engineering" / "Computer Science ...")
def test_a_description_opening_with_a_known_field_narrows_an_umbrella_subject() -> None:
    (degree,) = _education(
        "2000 – 2004  Bachelor of Engineering, University of Exampleton, Sampletown",
        "Computer Science in a full-time programme.",
    )
    assert degree.field == "Computer Science Engineering"


def test_a_description_opening_with_other_words_leaves_the_subject() -> None:
    (degree,) = _education(
        "2000 – 2004  Bachelor of Engineering, University of Exampleton, Sampletown", "Worked in a robotics lab."
    )
    assert degree.field == "Engineering"


def test_an_engineering_degree_in_lower_case_inside_a_sentence_is_no_degree() -> None:
    assert _stated("• Formação com base em engenharia de desenvolvimento de software e gestão de projetos") == []
    assert _stated("Título de Ingeniero Civil en Informática, Universidad de Ejemplo") == [("bachelor", "Informática")]


def test_a_romance_field_named_after_its_head_word_and_before_a_colon() -> None:
    line = "2010 Diplôme d’études collégiales en technique de l’informatique : Gestion de réseau"
    assert _stated(line) == [("associate", "Technique de l’Informatique")]
    assert _stated("Licence en sciences de l'éducation") == [("bachelor", "Sciences de l'Éducation")]


def test_a_bare_level_after_its_entry_s_dates_is_a_degree() -> None:
    degrees = _education("2014 - 2016   Master", "Université d'Exemple, Informatique")
    assert [(d.level, d.field, d.year) for d in degrees] == [("master", "Informatique", 2016)]
    assert _stated("2010 - 2012  Bachelor   Example University") == [("bachelor", None)]


@pytest.mark.parametrize("line", ["2019 Scrum Master", "2014 - 2016 Master thesis on examples"])
def test_a_level_word_after_other_words_or_before_words_of_its_own_is_no_bare_degree(line: str) -> None:
    assert _stated(line) == []


def test_a_bare_level_on_a_line_of_its_own_over_its_school_is_a_degree() -> None:
    degrees = _education("Master", "Université d'Exemple", "Mathématiques appliquées", "2012 - 2014")
    assert [(d.level, d.field, d.year) for d in degrees] == [("master", "Mathématiques appliquées", 2014)]


def test_a_bare_level_on_a_line_of_its_own_with_nothing_of_a_degree_around_it_is_none() -> None:
    assert _education("Master", "Courses: Algebra, Topology") == ()
