"""Tests for gapcheck.degreelines: the degrees one line states."""

from __future__ import annotations

import pytest

from gapcheck.degreelines import degree_statements


def _stated(line: str, *, in_education: bool = True) -> list[tuple[str, str | None]]:
    return [(s.level, s.field) for s in degree_statements(line, in_education=in_education)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Master of Science (M.S.), Computer Science, 2019", [("master", "Computer Science")]),
        ("Bachelor of Science (B.S.) in Computer Science, 2019", [("bachelor", "Computer Science")]),
        ("Bachelor of Technology (B.Tech), Computer Science, 2016", [("bachelor", "Computer Science")]),
        ("Master of Business Administration (MBA), 2015", [("master", "Business Administration")]),
    ],
)
def test_an_abbreviation_in_parentheses_after_a_degree_name_is_the_same_degree(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


def test_a_second_degree_in_parentheses_after_a_field_is_its_own_degree() -> None:
    assert _stated("B.S. Physics (M.S. Physics 2016), 2014") == [("bachelor", "Physics"), ("master", "Physics")]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Computer Science, B.S., 2019", "Computer Science"),
        ("Economics (BA), Yale University, 2012", "Economics"),
        ("Political Science, BA, State University, 2012", "Political Science"),  # ends in a field's head word
        ("Industrial Design (BFA), 2015", "Industrial Design"),
    ],
)
def test_a_known_field_just_before_the_degree_name_is_its_field(line: str, field: str) -> None:
    assert _stated(line) == [("bachelor", field)]


@pytest.mark.parametrize(
    "line",
    [
        "John Smith, PhD",
        "Stanford University, M.S., 2019",
        "Jan 2019, M.S.",
        "Senior Data Scientist, PhD, 2019",
        "Data Engineering Manager, MBA, 2019",
    ],
)
def test_a_name_school_or_date_before_the_degree_name_is_no_field(line: str) -> None:
    assert all(field is None for _, field in _stated(line))


@pytest.mark.parametrize(
    ("line", "anchored"),
    [("M.S. in Statistics", True), ("PhD, Princeton University", True), ("MBA, 2015", True), ("Ph.D.", False)],
)
def test_a_statement_is_anchored_by_a_field_school_or_date_on_its_line(line: str, anchored: bool) -> None:
    (statement,) = degree_statements(line, in_education=True)
    assert statement.anchored is anchored


@pytest.mark.parametrize(
    "line",
    [
        "2016–Current Massachusetts Institute of Technology, Cambridge, MA, USA",
        "Tufts University, Medford, MA 02155",
        "Mississippi State University, Starkville, MS | 2019 - 2021",
        "University of Southern Maine, Portland, ME",
    ],
)
def test_a_us_state_after_a_city_is_no_degree(line: str) -> None:
    assert degree_statements(line, in_education=True) == ()


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Stanford University, MS, 2019", "master"),
        ("Computer Science, MS, 2019", "master"),
        ("University of Oxford, MA, 2015", "master"),
        ("MA, Economics, Boston, 2015", "master"),
    ],
)
def test_two_capitals_after_a_school_or_field_are_still_a_degree(line: str, level: str) -> None:
    assert [s.level for s in degree_statements(line, in_education=True)] == [level]


@pytest.mark.parametrize(
    ("line", "field"),
    [("Associates of Science : Accounting , 2015", "Accounting"), ("Associates Degree in Nursing, 2012", "Nursing")],
)
def test_associates_with_an_s_is_an_associate_degree(line: str, field: str) -> None:
    assert _stated(line, in_education=False) == [("associate", field)]


@pytest.mark.parametrize("line", ["Brown & Associates of Boston, 2015 - 2019", "Sales Associates of the Year, 2016"])
def test_associates_of_a_firm_or_an_award_are_no_degree(line: str) -> None:
    assert _stated(line, in_education=False) == []


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("Bachelor's (Pursuing) in Public Health, 2025 – 2027", "bachelor", "Public Health"),
        ("Master's degree (expected 2027) in Data Science", "master", "Data Science"),
    ],
)
def test_a_status_inside_a_spelled_out_degree_name(line: str, level: str, field: str) -> None:
    (statement,) = degree_statements(line, in_education=False)
    assert (statement.level, statement.field, statement.in_progress) == (level, field, True)


def test_a_parenthesis_after_a_spelled_out_degree_that_is_no_status_ends_the_name() -> None:
    assert _stated("Bachelor's (Acme Foundation scholar) in 2015", in_education=False) == []


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("D.Sc. in Computer Science, Technion, 2012", "doctorate", "Computer Science"),
        ("Dr.-Ing. in Electrical Engineering, TU Munich, 2014", "doctorate", "Electrical Engineering"),
        ("EngD in Systems Engineering, University of Bristol, 2016", "doctorate", "Systems Engineering"),
        ("Psy.D. in Clinical Psychology, 2015", "doctorate", "Clinical Psychology"),
        ("Doctor of Nursing Practice, Duke University, 2019", "doctorate", "Nursing"),
        ("Doctor of Business Administration (D.B.A.), 2020", "doctorate", "Business Administration"),
        ("D.V.M., Cornell University, 2012", "doctorate", "Veterinary Medicine"),
        ("Doctorat en Informatique, Université Paris-Saclay, 2019", "doctorate", "Informatique"),
        ("Doutorado em Ciência da Computação, Universidade de São Paulo, 2018", "doctorate", "Ciência da Computação"),
        ("Mestrado em Engenharia Elétrica, 2014", "master", "Engenharia Elétrica"),
        ("Máster en Ciencia de Datos, Universidad de Granada, 2018", "master", "Ciencia de Datos"),
        ("Master en Informatique, Université de Lyon, 2015", "master", "Informatique"),
        ("Bacharelado em Sistemas de Informação, 2012", "bachelor", "Sistemas de Informação"),
        ("Grado en Ingeniería Informática, 2016", "bachelor", "Ingeniería Informática"),
        ("MSc by Research in Robotics, University of Edinburgh, 2016", "master", "Robotics"),
    ],
)
def test_doctorates_and_degrees_named_in_other_ways_and_languages(line: str, level: str, field: str) -> None:
    assert _stated(line, in_education=False) == [(level, field)]


@pytest.mark.parametrize(
    "line",
    [
        "Oracle DBA, Acme Corp, 2015 - 2019",
        "Measured samples by DSC and DVM readings, 2019",
        "Grado 5 en piano, 2004",
        "Master en route to Paris, 2015",
    ],
)
def test_lookalikes_of_those_degree_names_are_no_degree(line: str) -> None:
    assert _stated(line, in_education=False) == []


@pytest.mark.parametrize("in_education", [True, False])
def test_bare_doctorate_capitals_count_in_education_or_before_a_field(in_education: bool) -> None:
    line = "DDS, University of Michigan, 2010" if in_education else "DVM in Veterinary Medicine, 2012"
    assert [level for level, _ in _stated(line, in_education=in_education)] == ["doctorate"]


def test_candidate_of_sciences_is_an_awarded_doctorate_but_a_phd_candidate_is_not() -> None:
    (awarded,) = degree_statements("Candidate of Sciences in Physics, Moscow State University, 2005", in_education=True)
    (pursued,) = degree_statements("PhD Candidate, Physics, Moscow State University, 2021", in_education=True)
    assert (awarded.level, awarded.in_progress, pursued.in_progress) == ("doctorate", False, True)


@pytest.mark.parametrize(
    "line",
    [
        "Bachelor of Science in Computer Science (incomplete), 2010",
        "Completed 3 years toward B.S. in Biology, 2010",
        "Coursework towards M.S. in Statistics, Ohio State University",
        "B.A. in History, not completed, 2008",
    ],
)
def test_a_degree_the_line_says_was_not_finished_is_no_degree(line: str) -> None:
    assert _stated(line) == []


@pytest.mark.parametrize(
    "line", ["B.S. in Biology, completed 2010", "M.S. in Statistics, thesis on incompleteness theorems, 2015"]
)
def test_a_finished_degree_is_still_a_degree(line: str) -> None:
    assert [level for level, _ in _stated(line)] in (["bachelor"], ["master"])


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("Brown University, Sc.B. in Applied Mathematics, 2014", "bachelor", "Applied Mathematics"),
        ("Brown University, Sc.M. in Computer Science, 2016", "master", "Computer Science"),
    ],
)
def test_brown_style_latin_order_abbreviations(line: str, level: str, field: str) -> None:
    assert _stated(line, in_education=False) == [(level, field)]


@pytest.mark.parametrize(
    "line", ["Senior BA, Acme Corp, 2019 – 2021", "Lead BA, Globex Bank   2018 – 2021", "Sr. MS Engineer, 2019"]
)
def test_a_seniority_word_before_degree_capitals_makes_them_a_job(line: str) -> None:
    assert _stated(line, in_education=False) == []


@pytest.mark.parametrize(
    ("line", "level"), [("Graduating Senior, B.S. in Physics, 2027", "bachelor"), ("BA, Economics, 2012", "bachelor")]
)
def test_degree_capitals_without_a_seniority_word_before_them_stay_degrees(line: str, level: str) -> None:
    assert [found for found, _ in _stated(line, in_education=False)] == [level]


@pytest.mark.parametrize("line", ["MS Dynamics 365, 2020", "MS Azure Fundamentals, 2021", "MS Power BI, 2021"])
def test_microsoft_product_names_are_no_degree(line: str) -> None:
    assert _stated(line) == []
