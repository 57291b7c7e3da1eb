"""Tests for gapcheck.degreefields: the field a degree statement names."""

from __future__ import annotations

import pytest

from gapcheck.degreelines import degree_statements


def _fields(line: str) -> list[tuple[str, str | None, bool]]:
    return [(s.level, s.field, s.in_progress) for s in degree_statements(line, in_education=True)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Btech (Pursuing) in Computer Science Engineering (2021)", "Computer Science Engineering"),
        ("B.S. (Expected May 2027) in Statistics, Ohio State University", "Statistics"),
        ("B.A. (in progress), Economics, 2026", "Economics"),
    ],
)
def test_a_status_in_parentheses_is_passed_over_to_the_field(line: str, field: str) -> None:
    assert _fields(line) == [("bachelor", field, True)]


def test_a_field_in_parentheses_is_still_the_field() -> None:
    assert _fields("B.Tech (Computer Science), 2018") == [("bachelor", "Computer Science", False)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.S. with High Departmental Honors in Political Economy, 2016.", "Political Economy"),
        ("BA with Honours in History, University of Leeds, 2011", "History"),
        ("B.Sc. with First Class Honours, Physics, 2012", "Physics"),
        ("M.S. with Distinction in Statistics, 2016", "Statistics"),
    ],
)
def test_honours_between_the_degree_name_and_the_field_are_passed_over(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize("line", ["B.S. with Honors, 2014", "B.A., 2012, with distinction", "BS with a minor, 2010"])
def test_honours_without_a_field_give_no_field(line: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [None]


@pytest.mark.parametrize(
    "line", ["Chemist holding Doctor of Pharmacy as well as Master in Science degrees", "Master in Science, 2019"]
)
def test_a_degree_names_own_word_science_or_arts_is_no_field(line: str) -> None:
    assert all(
        s.field != "Science" and s.field != "Science degrees" for s in degree_statements(line, in_education=True)
    )


def test_a_field_ending_in_the_word_degree_keeps_its_name() -> None:
    assert _fields("Master in Data Science degree, 2019") == [("master", "Data Science", False)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Doctor of Pharmacy : Pharmaceutics, 2015", "Pharmaceutics"),
        ("Juris Doctor, Intellectual Property Law, 2012", "Intellectual Property Law"),
    ],
)
def test_a_field_named_after_a_degree_that_implies_one_is_kept(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(("line", "field"), [("BSN, RN, 2014", "Nursing"), ("Doctor of Pharmacy, 2015", "Pharmacy")])
def test_a_degree_that_implies_its_field_gives_it_when_no_field_follows(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "Bachelors of Science : Aeronautical Science Applied Meteorology Harwick Aeronautical University",
            "Aeronautical Science",
        ),
        (
            "Associate of Science : Electronic Engineering Technology Brookfield Community College",
            "Electronic Engineering Technology",
        ),  # fmt: skip
        ("Doctor of Pharmacy : Pharmaceutics Lakeshore School of Pharmacy", "Pharmaceutics"),
        ("M.S. Economics National University of Singapore, 2018", "Economics"),
    ],
)
def test_the_field_before_a_school_whose_name_starts_with_other_words(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    "line",
    [
        "B.S. Boston College, 2014",
        "M.S., Embry-Riddle Aeronautical University, 2016",
        "B.A. Tidewater Community College",
    ],
)
def test_a_school_named_right_after_the_degree_gives_no_field(line: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [None]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Bachelor of Arts in Marketing\t2010 – 2014", "Marketing"),
        ("M.S. Decision Sciences 2019", "Decision Sciences"),
        ("B.S. in Marine Biology\t2012", "Marine Biology"),
    ],
)
def test_a_field_starting_like_a_month_is_not_taken_for_a_date(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"), [("B.S. in Economics Mar 2019", "Economics"), ("B.A. History, Sept. 2012", "History")]
)
def test_a_month_and_year_after_the_field_still_end_it(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        (
            "Master of Business Administration with High Honors in Operations Management",
            "master",
            "Operations Management",
        ),  # fmt: skip
        (
            "Associate of Applied Science with High Honors in Information Technology",
            "associate",
            "Information Technology",
        ),  # fmt: skip
    ],
)
def test_a_spelled_out_degree_name_ends_before_with_honours(line: str, level: str, field: str) -> None:
    assert _fields(line) == [(level, field, False)]


def test_a_spelled_out_degree_name_without_honours_keeps_its_subject() -> None:
    assert _fields("Master of Business Administration, 2015") == [("master", "Business Administration", False)]


def test_all_but_dissertation_in_parentheses_is_a_status_not_a_field() -> None:
    assert _fields("PhD (ABD), Sociology, 2018") == [("doctorate", "Sociology", True)]


def test_a_field_in_parentheses_after_a_doctorate_is_still_the_field() -> None:
    assert _fields("PhD (Sociology), 2018") == [("doctorate", "Sociology", False)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("2006 – 2012 MSc (Tech) (Bioinformatics, with honours)", "Bioinformatics"),
        ("M.Sc. (Eng) Robotics, KTH Royal Institute of Technology", "Robotics"),
        ("MSc (Econ) in Finance, 2014", "Finance"),
    ],
)
def test_a_one_word_qualifier_in_parentheses_before_the_field_is_passed_over(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [("BSc (Physics), 2012", "Physics"), ("MSc (IT), 2014", "Information Technology")],
)
def test_a_field_alone_in_parentheses_is_no_qualifier(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("2019 Master of Science VR3D, Computer Graphics, Example University", "Computer Graphics"),
        ("Master 1 CoSIM, Computer Science, Université de Exemple", "Computer Science"),
        ("MSc ML4Health, Machine Learning, University College London", "Machine Learning"),
    ],
)
def test_a_programme_code_before_the_field_is_no_field(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


def test_a_first_part_without_a_code_stays_the_field() -> None:
    assert [f for _, f, _ in _fields("MSc Data Science, Statistics, University College London")] == ["Data Science"]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "2016-2017 Master 2 (SDA) - Science des Données et Apprentissage. Spécialité IA",
            "Science des Données et Apprentissage",
        ),
        ("Licence 3 (PCME) - Physique, Chimie, Mathématiques, Electronique", "Physique"),
        ("Master of Science (MSCS) Computer Science", "Computer Science"),
    ],
)
def test_a_programme_acronym_spelled_out_after_it_gives_way_to_its_words(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("M.S. (CS), Stanford University", "Computer Science"),
        ("M.S. (EE) Stanford University, 2015", "Electrical Engineering"),
    ],
)
def test_an_acronym_not_spelled_out_after_it_stays_as_it_was(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("• UNIVERSITÄT MUSTERSTADT Informatik, M.Sc. (seit 2022)", "Informatik"),
        ("• TH BEISPIELSTADT Wirtschaftsinformatik, B.Sc. (2018-2021)", "Wirtschaftsinformatik"),
    ],
)
def test_a_known_field_after_a_school_in_capitals_before_the_degree_is_the_field(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"), [("IT Management, MBA", "IT Management"), ("AI Engineering, MS", "AI Engineering")]
)
def test_capitals_that_name_a_field_stay_part_of_it(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


def test_a_programme_code_before_a_parenthesis_of_status_keeps_the_field_after_it() -> None:
    from gapcheck.degreelines import degree_statements

    (statement,) = degree_statements(
        "MEng ACE (3rd year) Avionics, Mechatronics, and Control Engineering", in_education=True
    )
    assert statement.field != "3rd year" and statement.field is not None


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Licence (L3 Parcours International) - Études Européennes - 2012", "Études Européennes"),
        ("Licence (L1 et L2) - Lettres Modernes - 2011", "Lettres Modernes"),
        ("Master (M2) - Informatique, Université d'Exemple", "Informatique"),
        ("Licence (Bac+3), Physique, 2010", "Physique"),
    ],
)
def test_a_year_of_the_programme_in_parentheses_names_no_field(line: str, field: str) -> None:
    from gapcheck.degreelines import degree_statements

    assert [s.field for s in degree_statements(line, in_education=True)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Sep 2013   Master in (solid and soft matter) physics, TU Example, Germany", "Solid and Soft Matter Physics"),
        ("B.S. in (applied) Mathematics, 2012", "Applied Mathematics"),
        ("Ph.D. in (theoretical) Chemistry, Example University", "Theoretical Chemistry"),
    ],
)
def test_a_lower_case_qualifier_in_parentheses_before_the_fields_head_is_read_with_it(line: str, field: str) -> None:
    from gapcheck.degreelines import degree_statements

    assert [s.field for s in degree_statements(line, in_education=True)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "2007-8 DUT (University Diploma of Technology) Computer Engineering, Example Institute",
            "Computer Engineering",
        ),
        ("BTS (Brevet de Technicien Supérieur) Électrotechnique, 2010", "Électrotechnique"),
        ("Licence (Bachelor's degree) Mathematics, Université d'Exemple", "Mathematics"),
    ],
)
def test_the_degrees_own_name_spelled_out_in_parentheses_is_no_field(line: str, field: str) -> None:
    from gapcheck.degreelines import degree_statements

    assert [s.field for s in degree_statements(line, in_education=True)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Feb 2012 - Oct 2016   PhD student, XRCI, Institute for Example Research", None),
        ("M.S., UFXY, Federal University of Example, 2018", None),
        ("BSc, CS, Example University", "Computer Science"),
        ("B.Sc. ATS, 2010", "ATS"),
    ],
)
def test_a_name_in_capitals_before_the_school_it_abbreviates_is_no_field(line: str, field: str | None) -> None:
    from gapcheck.degreelines import degree_statements

    assert [s.field for s in degree_statements(line, in_education=True)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("2011 – 2015: Bachelor of I.T. (Hons) in Network Technology, Example University", "Network Technology"),
        ("Bachelor of I.T., Example University", "Information Technology"),
        ("B.S. in C.S., State University", "Computer Science"),
        ("M.S. (E.E.), State University", "Electrical Engineering"),
    ],
)
def test_a_subjects_initials_with_dots_read_as_without(line: str, field: str) -> None:
    from gapcheck.degreelines import degree_statements

    assert [s.field for s in degree_statements(line, in_education=True)] == [field]


# a cell naming a person (an adviser's label, a professor's title) is no field: the degree's own subject stays
@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Master of Computer Engineering, Advisor: Prof. Wei Chen", "Computer Engineering"),
        ("Doctor of Philosophy in Chemistry; Supervisor: Dr. Ana Ruiz", "Chemistry"),
        ("Master of Applied Mathematics, Co-advisor Jane Roe", "Applied Mathematics"),
        ("PhD, Betreuer: Prof. Dr.-Ing. Max Muster", None),
        ("M.Sc., Directeur: Prof. Paul Martin", None),
        ("MSc, Prof. Jane Doe", None),
    ],
)
def test_a_person_after_the_degree_is_no_field(line: str, field: str | None) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Master of Arts, Drama", "Drama"),  # not "Dr." before a name
        ("Bachelor of Arts, Professional Writing", "Professional Writing"),  # not "Prof." before a name
        ("Ph.D. in Physics, Advisor: Jane Roe", "Physics"),
        ("M.Sc. Professional Studies", "Professional Studies"),
    ],
)
def test_a_field_that_only_looks_like_a_person_stays(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    "line",
    [
        'Master of Engineering and Technology (with honors, GPA 4.8) "Technical Physics"',
        "Master of Engineering and Technology (GPA 4.8), Technical Physics",
        "Master of Science (with distinction) in Technical Physics",
        "Master of Science (GPA 3.9): Technical Physics",
    ],
)
def test_a_field_after_a_parenthesis_naming_none_is_read(line: str) -> None:
    assert [f for _, f, _ in _fields(line)] == ["Technical Physics"]


def test_a_parenthesis_naming_none_before_a_school_leaves_no_field() -> None:
    assert [f for _, f, _ in _fields("Master of Science (GPA 3.9), Stanford University")] == [None]
    assert [f for _, f, _ in _fields("Master of Engineering and Technology (degree with distinction)")] == [None]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Master Informatique en alternance, Université Exemple, 2019 - 2021", "Informatique"),
        ("Master - Alternance", None),
        ("Bachelor of Applied Science (Co-op), Example University", None),
        ("B.Sc., Dual study", None),
        ("Bachelor of Engineering, Duales Studium", "Engineering"),
        ("Master Wirtschaftsinformatik berufsbegleitend, FH Beispiel", "Wirtschaftsinformatik"),
        ("MSc Data Science part-time, Example University", "Data Science"),
        ("Master Informatik in Teilzeit", "Informatik"),
    ],
)
def test_how_a_degree_was_studied_is_never_its_field(line: str, field: str | None) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Master en Apprentissage Automatique, Université Exemple", "Apprentissage Automatique"),
        ("M.Sc. in Cooperative Robotics, Example University", "Cooperative Robotics"),
        ("B.A. Time Studies", "Time Studies"),
    ],
)
def test_a_field_that_only_shares_a_word_with_a_study_mode_stays(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


def test_a_field_in_lower_case_before_a_specialisation_in_capitals_is_read() -> None:
    assert _fields("2017 - 2020 Cycle ingénieur électronique Systèmes Embarqués") == [("master", "Électronique", False)]


def test_words_in_lower_case_that_name_no_field_before_capitals_give_none() -> None:
    assert _fields("2017 - 2020 Cycle ingénieur généraliste Option Finance") == [("master", None, False)]


@pytest.mark.parametrize("line", ["B.Sc., EXUT, 2015", "MSc | NTXU | 2019", "PhD – ABCU (2020)"])
def test_a_name_in_capitals_in_a_cell_after_the_degree_is_its_school(line: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [None]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.S., ECE, 2015", "Electrical and Computer Engineering"),
        ("MSc, IT, Example University", "Information Technology"),
    ],
)
def test_a_field_abbreviated_in_a_cell_after_the_degree_stays_its_field(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    "line",
    ["Doctorant, Laboratoire de Physique, Université Exemple", "PhD student, Example Vision Lab, 2021 - present"],
)
def test_a_lab_after_a_doctoral_student_is_no_field(line: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [None]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("A.S. Medical Laboratory Technology, Example College", "Medical Laboratory Technology"),
        ("M.Sc. Laboratory Medicine, Example University", "Laboratory Medicine"),
    ],
)
def test_a_field_named_after_laboratory_work_stays(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("2005 – 2007  Example State University, M.Sc., Springfield, Engineering Technology", "Engineering Technology"),
        ("Example State University, M.Sc., Ann Arbor, Finance", "Finance"),
    ],
)
def test_a_town_cell_before_the_field_cell_is_passed_over(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.A., Psychology/History, History", "History (Psychology/History)"),  # a combined major, no town
        ("Ph.D., Machine Learning methods, Computer Science", "Computer Science (Machine Learning methods)"),
    ],
)
def test_a_first_cell_that_is_no_towns_name_stays_with_the_field(line: str, field: str) -> None:
    assert [f for _, f, _ in _fields(line)] == [field]
