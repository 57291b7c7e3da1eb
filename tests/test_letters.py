"""Tests for gapcheck.letters: cover letters bound with a resume are read as prose (invented people throughout)."""

from __future__ import annotations

import datetime as dt

import pytest

from gapcheck.letters import find_letters, is_closing, is_salutation, mark_letters
from gapcheck.models import ResumeText
from gapcheck.resume import build_profile
from gapcheck.sections import find_sections

AS_OF = dt.date(2026, 1, 1)
RESUME = [
    "Lena Vogt",
    "lena.vogt@example.org",
    "EXPERIENCE",
    "Data Analyst, Acme GmbH   2020 - 2024",
    "• Built weekly reports in SQL",
    "EDUCATION",
    "M.Sc. in Statistics, Example University, 2019",
]


def _profile(lines: list[str]):  # type: ignore[no-untyped-def]
    return build_profile(ResumeText("cv.txt", 2, tuple(lines)), as_of=AS_OF)


@pytest.mark.parametrize(
    "line",
    [
        "Dear Hiring Manager,",
        "Dear Dr. Okafor:",
        "Sehr geehrte Frau Dr. Brandt, mit großem Interesse habe ich Ihre Ausschreibung gelesen",
        "Sehr geehrte Damen und Herren,",
        "Madame, Monsieur,",
        "Chère Madame, cher Monsieur,",
        "Estimada Sra. Ruiz:",
        "Prezados senhores,",
        "Gentile Dott.ssa Bianchi,",
        "To whom it may concern:",
    ],
)
def test_a_salutation_opens_a_letter(line: str) -> None:
    assert is_salutation(line)


@pytest.mark.parametrize(
    "line",
    [
        "Dearborn Motors, 2019 - 2021",  # a place, not a greeting
        "Madame Bovary Productions   2019 - 2021",  # no comma after the greeting's words
        "Dear colleagues in the lab helped me design the study and write the analysis code in R,",  # a sentence
        "Monsieur 2019, a film festival, Lyon",  # a date where a name would be
    ],
)
def test_a_line_opening_with_a_greeting_word_is_not_always_a_salutation(line: str) -> None:
    assert not is_salutation(line)


@pytest.mark.parametrize(
    "line",
    [
        "Sincerely,",
        "Kind regards, Ann Lee",
        "Mit freundlichen Grüßen",
        "Mit freundlichen Grüssen,",
        "Cordialement,",
        "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
        "Atentamente,",
        "Cordiali saluti",
        "Atenciosamente,",
    ],
)
def test_a_closing_ends_a_letter(line: str) -> None:
    assert is_closing(line)


@pytest.mark.parametrize(
    "line",
    [
        "Regards to the client were passed on in 2019 and 2020",
        "Sincerely committed to open science and reproducible research",
        "Cordialement vôtre, le comité d'organisation du festival de musique de chambre de Nantes",
    ],
)
def test_a_closing_word_opening_a_sentence_closes_nothing(line: str) -> None:
    assert not is_closing(line)


def test_a_letter_in_front_of_a_resume_states_no_degree_position_or_claim() -> None:
    letter = [
        "Prof. Dr. Karl Brandt",
        "Example University, Department of Physics",
        "Sehr geehrter Herr Prof. Brandt, mit großem Interesse habe ich Ihre Ausschreibung gelesen.",
        "Während meiner Promotion im Herbst 2016 hatte ich bereits 15 Jahre Erfahrung in der Lehre gesammelt.",
        "Von 2008 - 2012 war ich Senior Engineer bei der Beispiel AG.",
        "Mit freundlichen Grüßen",
        "Lena Vogt",
        "Anlagen: Lebenslauf, Zeugnisse",
    ]
    profile = _profile(letter + RESUME)
    assert [d.level for d in profile.degrees] == ["master"]
    assert [p.organization for p in profile.positions] == ["Acme GmbH"]
    assert profile.claimed_years is None
    assert profile.name == "Lena Vogt"  # the resume's own header, not the letter's addressee
    sections = mark_letters(find_sections(letter + RESUME), letter + RESUME)
    assert [(s.kind, s.start, s.end) for s in sections][:2] == [("letter", 0, 8), ("header", 8, 10)]


def test_a_letter_behind_a_resume_keeps_the_resume_as_it_was() -> None:
    letter = [
        "Acme Corporation",
        "12 Example Road",
        "Dear Hiring Manager,",
        "I hold a Ph.D. in Physics and bring 12 years of experience in data analysis.",
        "From 2001 - 2013 I was Lead Analyst at Initech.",
        "Sincerely,",
        "Lena Vogt",
    ]
    alone = _profile(RESUME)
    profile = _profile(RESUME + letter)
    assert (profile.degrees, profile.positions, profile.claimed_years) == (
        alone.degrees,
        alone.positions,
        alone.claimed_years,
    )
    spans = find_letters(RESUME + letter, 2)
    assert spans == ((len(RESUME), len(RESUME) + len(letter)),)


def test_a_salutation_without_a_closing_is_no_letter() -> None:
    lines = [*RESUME, "PROJECTS", "Dear Data, a diary app:", "Ph.D. in Physics from 2001 - 2013 as a side project"]
    assert find_letters(lines, 2) == ()
    assert [s.kind for s in mark_letters(find_sections(lines), lines)] == [s.kind for s in find_sections(lines)]


def test_a_letterhead_behind_a_resume_stops_at_the_resume_s_last_heading() -> None:
    lines = [*RESUME, "Statistics in a full-time programme.", "SKILLS", "SQL, R", "Ann Roe", "Dear Hiring Manager,",
             "I write to apply.", "Sincerely,", "Ann Roe"]  # fmt: skip
    letters = [(s.start, s.end) for s in mark_letters(find_sections(lines), lines) if s.kind == "letter"]
    assert letters == [(9, 15)]  # from the line under "SKILLS": the degree's field line above it stays the resume's
