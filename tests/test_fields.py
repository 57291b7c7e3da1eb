"""Tests for gapcheck.fields: the related-fields table, comparing fields, known field names."""

from __future__ import annotations

import pytest

from gapcheck.fields import (
    compare_field,
    in_english,
    is_field_name,
    known_field,
    load_fields,
    normalise_field,
    spell_out,
)


def test_the_table_loads_with_lowercase_normalised_names() -> None:
    table = load_fields()
    assert table.groups and all(name == normalise_field(name) for group in table.groups for name in group)
    assert all(target in table.names for target in table.aliases.values())


@pytest.mark.parametrize(
    ("found", "wanted", "expected"),
    [
        ("Computer Science", ("computer science", "statistics"), ("match", "computer science")),
        ("Computer Science & Engineering", ("computer science",), ("match", "computer science")),
        ("CS", ("computer science",), ("match", "computer science")),  # an alias
        ("EECS", ("computer science",), ("match", "computer science")),  # contains it
        ("EECS", ("software engineering",), ("related", "software engineering")),
        ("Applied Statistics", ("statistics",), ("match", "statistics")),
        ("Telecommunications", ("electrical engineering",), ("related", "electrical engineering")),
        ("Mechanical Engineering", ("physics", "engineering"), ("match", "engineering")),  # narrower than asked
        ("Statistics", ("mathematics",), ("related", "mathematics")),
        ("Software Engineering", ("computer science",), ("related", "computer science")),
        ("Data Science", ("statistics",), ("related", "statistics")),
        ("Management", ("computer science", "artificial intelligence", "machine learning"), ("differs", None)),
        ("Biology", ("computer science",), ("differs", None)),
        ("Engineering", ("software engineering",), ("differs", None)),  # a broad word is not the field asked
        ("Statistics", ("software engineering",), ("differs", None)),  # relation is not transitive
        (None, ("computer science",), ("unknown", None)),
        ("Biology", (), ("unknown", None)),
    ],
)
def test_compare_field(found: str | None, wanted: tuple[str, ...], expected: tuple[str, str | None]) -> None:
    assert compare_field(found, wanted) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analytics Northgate University", "Analytics"),
        ("Biological Sciences Brookfield Community College", "Biological Sciences"),
        ("Computer Science", "Computer Science"),
        ("Acme State University", None),
        ("Statisticsville College", None),
    ],
)
def test_known_field_is_the_longest_known_name_at_the_start(text: str, expected: str | None) -> None:
    assert known_field(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IT", "Information Technology"),
        ("EECS", "Electrical Engineering and Computer Science"),
        ("CS", "Computer Science"),
    ],
)
def test_a_known_abbreviation_is_spelled_out(text: str, expected: str) -> None:
    assert spell_out(text) == expected


@pytest.mark.parametrize("text", ["VLSI", "Cs", "Information Technology", "HISTORY"])
def test_unknown_abbreviations_and_words_are_not_spelled_out(text: str) -> None:
    assert spell_out(text) == text


@pytest.mark.parametrize("text", ["Quantitative Marine Biology", "Thermal Mechanical Engineering", "Data Science"])
def test_a_phrase_ending_in_a_field_is_a_field_name(text: str) -> None:
    assert is_field_name(text)


@pytest.mark.parametrize("text", ["Palo Alto", "Magna Cum Laude", "machine learning", "Biology Club", ""])
def test_places_honours_and_lowercase_words_are_no_field_name(text: str) -> None:
    assert not is_field_name(text)


@pytest.mark.parametrize("text", ["Physics and Numerical Simulation", "Economics and Social Policy"])
def test_a_known_field_and_a_second_one_in_capitals_are_a_field_name(text: str) -> None:
    assert is_field_name(text)


@pytest.mark.parametrize(
    "text",
    [
        "Mathematics and Computer Club",
        "Physics and Chemistry Society",
        "Biology and Earth Sciences Fair",
        "Physics and Beyond",
    ],
)
def test_a_body_named_after_fields_or_a_list_running_on_is_no_field_name(text: str) -> None:
    assert not is_field_name(text)


@pytest.mark.parametrize(
    ("found", "wanted"),
    [
        ("Ciencias de la Computación", "computer science"),  # a field written in another language
        ("Informatik", "computer science"),
        ("计算机科学与技术", "computer science"),
        ("Прикладная математика и информатика", "applied mathematics"),
        ("Ecología", "ecology"),  # sciences, engineering and land studies in five languages
        ("Sciences Physiques", "physical sciences"),
        ("Soziale Arbeit", "social work"),
        ("Engenharia Informática", "computer engineering"),
        ("Desenvolvimento Rural", "rural development"),
        ("Geodäsie", "geodesy"),
    ],
)
def test_a_field_in_another_language_matches_its_english_name(found: str, wanted: str) -> None:
    assert compare_field(found, (wanted,)) == ("match", wanted)


@pytest.mark.parametrize(
    ("found", "wanted"),
    [
        ("Biología", "computer science"),
        ("统计学", "history"),
        ("Ingegneria Ambientale", "computer engineering"),
        ("Ecología", "computer engineering"),
        ("Engenharia Informática", "ecology"),
    ],
)
def test_a_field_in_another_language_still_differs_from_other_fields(found: str, wanted: str) -> None:
    assert compare_field(found, (wanted,)) == ("differs", None)


def test_an_unknown_field_in_another_script_is_unknown_not_a_mismatch_by_letters() -> None:
    assert compare_field("Публицистика", ("computer science",)) == ("differs", None)
    assert normalise_field("Публицистика (BA)") == "публицистика"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("计算机科学与技术", "Computer Science (计算机科学与技术)"),
        ("Прикладная математика", "Applied Mathematics (Прикладная математика)"),
    ],
)
def test_a_known_field_in_another_script_is_shown_in_english_too(text: str, shown: str) -> None:
    assert in_english(text) == shown


@pytest.mark.parametrize("text", ["Informatik", "Computer Science", "Публицистика", "新闻学概论"])
def test_latin_script_and_unknown_fields_are_shown_as_written(text: str) -> None:
    assert in_english(text) == text


@pytest.mark.parametrize(
    ("found", "wanted"),
    [
        ("Astrophysik", "astrophysics"),  # German
        ("Geographie", "geography"),
        ("Erziehungswissenschaften", "educational science"),
        ("Géographie", "geography"),  # French
        ("Cybersécurité", "cybersecurity"),
        ("Ingeniería Electrónica", "electronics"),  # Spanish
        ("Relaciones Internacionales", "international relations"),
        ("Ingegneria Gestionale", "management engineering - industrial production"),  # Italian, a narrower label
        ("Scienze della Terra", "earth science"),
        ("Engenharia da Computação", "computer engineering"),  # Portuguese
        ("Análise e Desenvolvimento de Sistemas", "systems analysis and development"),
        ("Ciencias Politicas", "political science"),  # written without its accents
        ("Matematica", "mathematics"),
        ("Ingegneria Ambientale", "environmental engineering"),
        ("Engenharia Ambiental", "environmental engineering"),
        ("Ingegneria dell’Informazione", "information engineering"),
        ("Commerce Électronique", "e-commerce"),
    ],
)
def test_common_fields_of_five_languages_match_their_english_names(found: str, wanted: str) -> None:
    assert compare_field(found, (wanted,)) == ("match", wanted)


@pytest.mark.parametrize(
    ("found", "wanted"),
    [
        ("Physik, Statistik und Wirtschaftsinformatik", "physics, statistics and business informatics"),
        ("Englische Sprache und Literatur", "english language and literature, linguistics"),
        ("Scienze della Terra e Fisica", "earth science and physics"),
        ("Histoire et Archéologie", "history and archaeology"),
    ],
)
def test_a_list_of_fields_is_compared_part_by_part_in_any_language(found: str, wanted: str) -> None:
    assert compare_field(found, (wanted,)) == ("match", wanted)


@pytest.mark.parametrize(
    ("found", "wanted"),
    [
        ("Physik, Statistik", "history and archaeology"),
        ("Geografia e Storia", "computer science"),
        ("Erziehungswissenschaften", "economics"),
    ],
)
def test_translated_parts_that_name_other_fields_still_differ(found: str, wanted: str) -> None:
    assert compare_field(found, (wanted,)) == ("differs", None)


def test_accents_on_latin_letters_are_folded_and_other_scripts_marks_kept() -> None:
    assert normalise_field("Ingeniería Eléctrica") == normalise_field("Ingenieria Electrica") == "ingenieria electrica"
    assert normalise_field("Прикладная математика") == "прикладная математика"
    assert normalise_field("Й") == "й"  # a Cyrillic letter's mark stays: it is another letter
