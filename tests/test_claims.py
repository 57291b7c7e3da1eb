"""Tests for gapcheck.claims: the total experience a resume states about itself."""

from __future__ import annotations

import pytest

from gapcheck.claims import find_claimed_years
from gapcheck.sections import find_sections


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Data scientist with 7+ years of experience in NLP", 7.0),
        ("Over 10 years of building payment systems.", 10.0),
        ("More than nine years of progressive marketing experience", 9.0),
        ("11 years’ experience spanning private equity and audit", 11.0),
        ("Platform Architect with 12+ years driving cloud adoption", 12.0),
        ("Senior engineer with 5+ years of proven expertise in distributed systems", 5.0),
        ("Software professional with six years of experience in product development", 6.0),
        ("Over a decade of experience in retail", 10.0),
        ("Analyst with 18 months of experience in SQL", 1.5),
        ("Experience: 4 years", 4.0),
        ("3-5 years of experience in Python", 3.0),
        ("After the pandemic I worked for 5 years as a freelancer in web design", 5.0),
        ("I have been working in retail for over 8 years.", 8.0),
        ("Over 10 years in software development", 10.0),
        ("3 years and 6 months of experience in QA", 3.5),
        ("Total Experience: 8 Year(s) 3 Month(s)", 8.25),
    ],
)
def test_a_stated_total_is_read_as_claimed_years(line: str, years: float) -> None:
    lines = ["Ann Example", "SUMMARY", line]
    assert find_claimed_years(lines, find_sections(lines)) == years


@pytest.mark.parametrize(
    "line",
    [
        "Age - 22 years",
        "Cited 340 times within two years",
        "Jun 2020 - Present (4 years)",
        "2 years 10 months",
        "Led a 3-year project with the city",
        "Led a team with 20+ years of combined experience",
        "Forecast sales from 3 years of data",
        "Moved here 5 years ago",
        "For the past few years I have managed a team",
        "Founded and ran a family bakery for 9 years",  # one entry's length, not a stated total
        "Worked for 2 years on the project team",
        "Over 10 years, sales doubled",
    ],
)
def test_durations_that_are_not_a_stated_total(line: str) -> None:
    lines = ["Ann Example", "SUMMARY", line]
    assert find_claimed_years(lines, find_sections(lines)) is None


def test_the_summary_claim_wins_over_a_bullet_and_the_largest_claim_is_the_total() -> None:
    lines = [
        "SUMMARY",
        "Engineer with 7+ years of experience, including 3 years of experience in NLP.",
        "EXPERIENCE",
        "Engineer, Acme Inc   2019 – 2021",
        "• Mentored interns with 12 years of experience between them",
    ]
    assert find_claimed_years(lines, find_sections(lines)) == 7.0


def test_a_claim_outside_the_summary_counts_when_the_summary_states_none() -> None:
    lines = ["Ann Example", "EXPERIENCE", "11 years’ experience in private equity", "VP, Xander   2011 – Present"]
    assert find_claimed_years(lines, find_sections(lines)) == 11.0


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Hands-on leader of data teams during a 25+ year career at regional banks.", 25.0),
        ("Controller with a 15-year career in audit and reporting", 15.0),
        ("5 Jahre Berufserfahrung in der Softwareentwicklung", 5.0),  # German
        ("Berufserfahrung: 4 Jahre", 4.0),
        ("Más de 5 años de experiencia en ventas", 5.0),  # Spanish
        ("10 ans d'expérience en gestion de projet", 10.0),  # French
        ("7 anos de experiência em finanças", 7.0),  # Portuguese
        ("8 anni di esperienza nel settore", 8.0),  # Italian
        ("6 jaar werkervaring als ontwikkelaar", 6.0),  # Dutch
        ("Опыт работы 3 месяца", 0.25),  # Russian
        ("Опыт работы: более 5 лет", 5.0),
    ],
)
def test_a_stated_total_in_other_words_and_languages(line: str, years: float) -> None:
    lines = ["Ann Example", "SUMMARY", line]
    assert find_claimed_years(lines, find_sections(lines)) == years


@pytest.mark.parametrize(
    "line",
    [
        "Returned after a 3-year career break",
        "Moved to Madrid 5 años ago",
        "Led a 3-year project with the city",
        "Ran 12 months of trials",
    ],
)
def test_other_lengths_in_those_words_are_not_a_stated_total(line: str) -> None:
    lines = ["Ann Example", "SUMMARY", line]
    assert find_claimed_years(lines, find_sections(lines)) is None


@pytest.mark.parametrize(
    ("lines", "years"),
    [
        (["Web developer with over", "8 years of building shops"], 8.0),
        (["Программист, опыт разработки --", "7 лет."], 7.0),  # "development experience — 8 years"
        (["Программист, опыт разработки — 6 лет"], 6.0),
    ],
)
def test_a_stated_total_wrapped_onto_the_next_line(lines: list[str], years: float) -> None:
    assert find_claimed_years(lines, ()) == years


@pytest.mark.parametrize(
    "lines",
    [
        ["Led a team of eight", "3 years later we shipped the product"],
        ["Published papers with", "5 years of data from the survey"],
        ["Analyst at Acme", "", "4 years of budgets reviewed"],
    ],
)
def test_a_length_opening_a_line_below_an_unrelated_line_is_no_claim(lines: list[str]) -> None:
    assert find_claimed_years(lines, ()) is None


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("Twenty-Two Years of hands-on experience in logistics", 22.0),
        ("Thirty five years of experience in teaching", 35.0),
        ("Twenty years of experience", 20.0),
    ],
)
def test_compound_number_words_state_a_total(line: str, years: float) -> None:
    lines = ["Ann Example", "SUMMARY", line]
    assert find_claimed_years(lines, find_sections(lines)) == years


def test_a_compound_number_word_that_counts_no_years_is_no_claim() -> None:
    lines = ["Ann Example", "SUMMARY", "Led twenty-two teams of engineers across five sites"]
    assert find_claimed_years(lines, find_sections(lines)) is None


@pytest.mark.parametrize(
    "item",
    [
        "• Kotlin - 11 years experience (7 years professionally).",
        "- Python: 5+ years of experience",
        "* AWS (9 years of experience with EC2, S3)",
        "1. Spring Boot – over 6 years of experience",
        "Objective-C / Swift — 8 years experience",
        "+ C++ : 12 yrs experience",
    ],
)
def test_a_skills_time_in_a_skills_list_is_no_stated_total(item: str) -> None:
    lines = ["Ann Example", "SKILLS", item, "• SQL"]
    assert find_claimed_years(lines, find_sections(lines)) is None


@pytest.mark.parametrize(
    ("lines", "years"),
    [
        # a skills list whose line states a total in a sentence, not after a skill's label
        (["Ann Example", "SKILLS", "• Over 9 years of experience building web shops", "• SQL"], 9.0),
        # the same label line outside a skills list: a title's stated total
        (["Ann Example", "EXPERIENCE", "Data Engineer - 7 years of experience in retail"], 7.0),
    ],
)
def test_a_total_in_a_skills_list_or_a_labelled_total_elsewhere_is_read(lines: list[str], years: float) -> None:
    assert find_claimed_years(lines, find_sections(lines)) == years


@pytest.mark.parametrize(
    ("line", "years"),
    [("twelve-plus years professional engineering experience.", 12.0), ("Nurse with 8-plus years of experience", 8.0)],
)
def test_a_hyphenated_plus_after_the_number_states_a_total(line: str, years: float) -> None:
    assert find_claimed_years([line], ()) == years


@pytest.mark.parametrize("line", ["Kept a 12-plus-year-old tradition alive", "Led a ten-plus person team"])
def test_a_hyphenated_plus_that_counts_no_years_of_experience_is_no_claim(line: str) -> None:
    assert find_claimed_years([line], ()) is None
