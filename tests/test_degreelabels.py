"""Tests for gapcheck.degreelabels: education entries written as labels and values."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from gapcheck.degreelabels import in_school_label, labelled_levels, opening_field_label, without_school_label
from gapcheck.education import find_degrees
from gapcheck.models import month_index
from gapcheck.sections import find_sections

AS_OF = month_index(2026, 11)


def _read(*lines: str) -> list[tuple[str, str | None, str | None, int | None, bool]]:
    text: Sequence[str] = ["Ann Example", "EDUCATION", *lines]
    degrees = find_degrees(text, find_sections(list(text)), AS_OF)
    return [(d.level, d.field, d.institution, d.year, d.in_progress) for d in degrees]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Degree: Bachelor", "Field: Marine Biology", "Institution: Northfield University", "2012 - 2016"],
            ("bachelor", "Marine Biology", "Northfield University", 2016, False),
        ),
        (
            ["Degree: Master", "Major: Applied Statistics", "University: Eastbrook University, 2019"],
            ("master", "Applied Statistics", "Eastbrook University", 2019, False),
        ),
        (
            ["Degree  Master", "Subject  Applied Linguistics", "University  Westmoor University", "Year  2018"],
            ("master", "Applied Linguistics", "Westmoor University", 2018, False),
        ),
        (
            ["Degree - Master Programme, Subject Area Urban Planning, Northbridge University, 2020"],
            ("master", "Urban Planning", "Northbridge University", 2020, False),
        ),
        (
            ["Degree: Bachelor's, Field: Economics, Westlake University (2011)"],
            ("bachelor", "Economics", "Westlake University", 2011, False),
        ),
        (
            ["Qualification: Master", "Subject: History of Art", "Institution: Greyfield University", "2009 - 2010"],
            ("master", "History of Art", "Greyfield University", 2010, False),
        ),
        (
            ["Abschluss: Master", "Studienfach: Chemie", "Hochschule: Universität Beispielstadt", "2015 - 2017"],
            ("master", "Chemie", "Universität Beispielstadt", 2017, False),
        ),
        (
            ["Angestrebter Abschluss: Master", "Studienfach: Informatik", "Universität Beispielstadt, seit 2024"],
            ("master", "Informatik", "Universität Beispielstadt", 2024, True),
        ),
        (
            ["Diplôme : Master", "Spécialité : Génie civil", "Établissement : Université de Valmont", "2016 - 2018"],
            ("master", "Génie civil", "Université de Valmont", 2018, False),
        ),
        (
            ["Titulación: Grado", "Especialidad: Biología", "Universidad de Montesur, 2015"],
            ("bachelor", "Biología", "Universidad de Montesur", 2015, False),
        ),
        (
            ["Titulo: Licenciado", "Carrera: Administración de Empresas", "Universidad Autónoma del Ejemplo, 2010"],
            ("bachelor", "Administración de Empresas", "Universidad Autónoma del Ejemplo", 2010, False),
        ),
        (
            ["Grau: Bacharel", "Curso: Engenharia Civil", "Universidade Federal do Exemplo, 2012"],
            ("bachelor", "Engenharia Civil", "Universidade Federal do Exemplo", 2012, False),
        ),
        (
            ["Grau: Mestre", "Área: Ciência da Computação", "Instituição: Universidade Estadual do Exemplo", "2016"],
            ("master", "Ciência da Computação", "Universidade Estadual do Exemplo", 2016, False),
        ),
        (
            ["Degree: Doctorate", "Field: Molecular Biology", "Institution: Eastbrook University", "2015 - 2020"],
            ("doctorate", "Molecular Biology", "Eastbrook University", 2020, False),
        ),
        (  # Europass: the labels before their values on one line
            [
                "Dates 2010 - 2013",
                "Qualification awarded Bachelor",
                "Name and type of organisation providing education and training Northvale Institute of Technology",
            ],
            ("bachelor", None, "Northvale Institute of Technology", 2013, False),
        ),
        (
            ["[ 01/09/2009 – 30/06/2012 ] Bachelor degree", "Southvale University", "Field(s) of study: Physics"],
            ("bachelor", "Physics", "Southvale University", 2012, False),
        ),
    ],
)
def test_an_entry_of_labels_and_values_is_read_as_one_degree(
    lines: list[str], expected: tuple[str, str | None, str | None, int | None, bool]
) -> None:
    assert _read(*lines) == [expected]


def test_a_labelled_level_mid_line_takes_a_field_wrapped_in_lower_case() -> None:
    lines = ["2018 - Riverside Transport University Degree - Bachelor Programm Subject Area Forestry and", "wildlife"]
    assert _read(*lines) == [("bachelor", "Forestry and wildlife", None, 2018, False)]


@pytest.mark.parametrize(
    "lines",
    [
        ["University: Northfield University", "2015 - 2019"],  # a school's label is no level
        ["Institution  Northfield College", "2015 - 2019"],
        ["Program: Exchange semester", "Northfield University, 2014"],
        ["Degree: Master thesis on river deltas", "2014"],  # a thesis's name
        ["Subject: Marine Biology", "Northfield University, 2014"],  # a field's label names no degree
    ],
)
def test_labels_without_a_level_word_state_no_degree(lines: list[str]) -> None:
    assert _read(*lines) == []


def test_a_level_word_after_a_label_counts_only_in_education() -> None:
    text = ["Ann Example", "EXPERIENCE", "Title: Master Electrician", "Acme Wiring, 2015 - 2019"]
    assert find_degrees(text, find_sections(text), AS_OF) == ()


def test_the_labelled_level_is_found_where_the_label_is() -> None:
    assert labelled_levels("Grau: Bacharel") == [("bachelor", 6, 14)]
    assert labelled_levels("Degree Master") == []  # one-word labels need a colon, a dash or wide space
    assert labelled_levels("Title of qualification awarded Master") == [("master", 31, 37)]


def test_a_field_label_opening_the_words_after_a_degree_is_skipped() -> None:
    rest = ", Field: Economics, Westlake University"
    assert rest[opening_field_label(rest) :] == "Economics, Westlake University"
    assert opening_field_label(" in Economics") == 0
    assert opening_field_label(" Subject to approval") == 0  # one word without a colon is no label


def test_a_schools_label_is_taken_off_its_name_only_before_a_school() -> None:
    assert without_school_label("University: Northfield University") == "Northfield University"
    assert without_school_label("Northfield University") == "Northfield University"
    assert in_school_label("University: Northfield University", 0)
    assert not in_school_label("• University: Food Engineering", 2)  # a level's place before a field
