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
        "Data Engineering Manager, M.S., 2019",
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
        "2015–Current Northfield Institute of Technology, Northfield, MN, USA",
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


def _levels(line: str, *, in_education: bool = True) -> list[tuple[str, bool]]:
    return [(s.level, s.in_progress) for s in degree_statements(line, in_education=in_education)]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("计算机科学与技术学士, 2022", "bachelor"),  # Chinese: the field written straight before the degree
        ("清华大学 工学硕士 2019", "master"),
        ("東京大学 情報理工学 修士 2018", "master"),  # Japanese
        ("서울대학교 컴퓨터공학 학사 2016", "bachelor"),  # Korean
        ("北京大学 博士 2020", "doctorate"),
        ("Бакалавр, МГУ, 2015", "bachelor"),  # Russian
        ("Магистратура: Прикладная математика, 2019", "master"),
        ("Кандидат технических наук, 2012", "doctorate"),
        ("Engineer Specialist degree in Information Systems, 2014", "master"),  # a CIS specialist degree
        ("Lic. en Administración de Empresas, 2010", "bachelor"),  # Spanish licenciatura
        ("Ingeniería en Sistemas, Universidad de Chile, 2015", "bachelor"),
        ("Diplom-Informatiker, TU Berlin, 2005", "master"),  # German Diplom, Staatsexamen
        ("Erstes Staatsexamen, Rechtswissenschaft, 2011", "master"),
        ("Laurea Triennale in Economia, 2014", "bachelor"),  # Italian
        ("Dottorato di ricerca in Fisica, 2018", "doctorate"),
        ("M.Com in Finance, University of Delhi, 2012", "master"),  # Indian
        ("M.E. (Computer Science), Anna University, 2013", "master"),
        ("PGDM, IIM Ahmedabad, 2016", "master"),
        ("MBChB, University of Cape Town, 2010", "bachelor"),  # medicine, law, education, arts
        ("M.D., Johns Hopkins University, 2008", "doctorate"),
        ("J.D., Harvard Law School, 2010", "doctorate"),
        ("B.Ed. in Primary Education, 2009", "bachelor"),
        ("Ed.S. in Educational Leadership, 2017", "master"),
        ("B.F.A. in Painting, 2011", "bachelor"),
    ],
)
def test_degree_names_of_other_countries_and_professions(line: str, level: str) -> None:
    assert _levels(line) == [(level, False)]


@pytest.mark.parametrize(
    "line",
    [
        "博士后研究员, 清华大学, 2021",  # a postdoc is no doctorate
        "Ingeniero de Software, Globant, 2019 - 2021",  # outside education a job title
        "Diplomatic Relations, 2015",
        "RN Lic. No. 12345, 2019",  # a licence number
        "Research Assistant, M.D. Anderson Cancer Center, Houston, 2015 - 2018",  # a name's initials
        "Implemented J.D. Edwards EnterpriseOne at Acme, 2019",
        "jane@m.com | Boston | 2020",
    ],
)
def test_look_alikes_of_those_degree_names_are_none(line: str) -> None:
    assert _levels(line, in_education=False) == []


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Lic. Ciencias de la Computación (Tesis en curso), 2009 – 2018", "bachelor"),
        ("Ingeniería de Software, 9no ciclo", "bachelor"),
        ("Бакалавриат, МГУ, 3 курс", "bachelor"),
        ("计算机科学学士 在读 2024", "bachelor"),
        ("博士生, 北京大学, 2023", "doctorate"),
        ("Аспирантура, МФТИ, 2020", "doctorate"),  # postgraduate study: a doctorate in progress, not held
        ("B.Tech in Computer Science, 6th semester", "bachelor"),
    ],
)
def test_words_of_other_languages_say_a_degree_is_in_progress(line: str, level: str) -> None:
    assert _levels(line) == [(level, True)]


@pytest.mark.parametrize(
    ("line", "level"),
    [("B.S. in Physics, 2019 (2 semesters abroad)", "bachelor"), ("Laurea in Fisica, ciclo unico, 2015", "bachelor")],
)
def test_semesters_and_cycles_without_an_ordinal_say_nothing_about_progress(line: str, level: str) -> None:
    assert _levels(line) == [(level, False)]


@pytest.mark.parametrize(
    "line",
    ["计算机科学 学士 中退", "Бакалавриат (незаконченное), МГУ, 2015", "Licenciatura en Derecho (sin terminar), 2012"],
)
def test_a_degree_left_unfinished_in_other_languages_is_none(line: str) -> None:
    assert _levels(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Advisor: Dr. Jane Smith, PhD",
        "Thesis supervisor: Prof. Li Wei, Ph.D.",
        "Committee members: Alan Turing, PhD",
        "References: Maria Lopez, MBA",
    ],
)
def test_a_labelled_persons_degree_is_not_the_resumes_even_in_education(line: str) -> None:
    assert _levels(line) == []


def test_the_resumes_own_degree_with_an_advisor_on_the_line_stays() -> None:
    assert _levels("Ph.D. in Physics, MIT, 2015; Advisor: Dr. Jane Smith") == [("doctorate", False)]


@pytest.mark.parametrize(
    "line",
    [
        "Quite glad I didn't continue this project in a PhD, 2014",
        "Planning to pursue a PhD in Physics, 2027",
        "Applying to MBA programs for Fall 2027",
        "Chose industry instead of a Ph.D. in Chemistry, 2016",
    ],
)
def test_a_degree_the_line_says_is_not_held_is_none(line: str) -> None:
    assert _levels(line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("M.S. in Physics, 2019; planning to pursue a PhD", [("master", False)]),
        ("Board member of a not-for-profit, MBA, 2015", [("master", False)]),
    ],
)
def test_only_the_degree_after_words_saying_not_held_is_dropped(line: str, expected: list[tuple[str, bool]]) -> None:
    assert _levels(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Econometrics (PhD-level), 2024",
        "Advanced Microeconomics, a PhD-level course, 2023",
        "Mini MBA, Boston University, 2019",
        "Honorary Doctorate, University of Leeds, 2020",
        "Hon. PhD, Trinity College Dublin, 2018",
    ],
)
def test_course_levels_short_courses_and_honorary_degrees_are_no_degree(line: str) -> None:
    assert _levels(line) == []


@pytest.mark.parametrize(
    ("line", "level"), [("MBA, Boston University, 2019", "master"), ("PhD, University of Leeds, 2020", "doctorate")]
)
def test_the_same_degrees_without_those_words_stay(line: str, level: str) -> None:
    assert _levels(line) == [(level, False)]


def test_a_doctors_title_before_a_name_is_no_degree_outside_education() -> None:
    line = "2014: Parallel programming course, Ph.D. Pablo Soto, University of Valparaíso, Chile"
    assert _levels(line, in_education=False) == []


def test_a_doctorate_before_its_field_outside_education_stays() -> None:
    assert _levels("Ph.D. Thermal Engineering, University of Concepción, 2014", in_education=False) == [
        ("doctorate", False)
    ]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Bachelors of Commerce (Honors) - First Division, May 2002", "Commerce"),  # a class of degree
        ("B.Sc. Physics, Upper Second Class, 2012", "Physics"),
        ("M.A. History, with Distinction, 2015", "History"),
    ],
)
def test_a_class_of_degree_is_no_field(line: str, field: str) -> None:
    assert _stated(line) == [(line.split()[0].startswith("M") and "master" or "bachelor", field)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("MBA/ Risk Management and Data Analytics, 2017", [("master", "Risk Management and Data Analytics")]),
        ("B.S./M.S. in Computer Science", [("bachelor", "Computer Science"), ("master", "Computer Science")]),
    ],
)
def test_a_slash_after_a_degree_name_leads_to_its_field_or_a_second_degree(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Diplom-Informatiker, TU Berlin, 2005", "Computer Science"),
        ("Dipl.-Kfm., Universität Mannheim, 2001", "Business Administration"),
        ("M.D., Johns Hopkins University, 2008", "Medicine"),
    ],
)
def test_a_degree_name_that_names_its_field(line: str, field: str) -> None:
    assert [f for _, f in _stated(line)] == [field]


def test_a_field_named_after_a_degree_name_that_implies_one_wins() -> None:
    assert _stated("Diplom-Ingenieur, Maschinenbau Engineering, 2004") == [("master", "Maschinenbau Engineering")]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Yüksek Lisans, Bilgisayar Mühendisliği, ODTÜ, 2015", "master"),  # Turkish
        ("Lisans, Bilgisayar Mühendisliği, 2013", "bachelor"),
        ("Doktora, Fizik, Boğaziçi Üniversitesi, 2019", "doctorate"),
        ("Thạc sĩ Khoa học Máy tính, 2018", "master"),  # Vietnamese
        ("Sarjana Teknik Informatika, Universitas Indonesia, 2016", "bachelor"),  # Indonesian
        ("Licencjat, Informatyka, Uniwersytet Warszawski, 2014", "bachelor"),  # Polish
        ("بكالوريوس علوم الحاسب، جامعة الملك سعود، 2012", "bachelor"),  # Arabic
        ("ماجستير إدارة الأعمال، 2016", "master"),
        ("Master 2 Informatique, Université Paris-Saclay, 2018", "master"),  # French M2
        ("DUT Informatique, IUT de Lyon, 2012", "associate"),
        ("Baccalaureate degree in Nursing, 2015", "bachelor"),
        ("BDS, Manipal College of Dental Sciences, 2014", "bachelor"),
        ("Dipl.-Ing. Maschinenbau, TU München, 2008", "master"),
    ],
)
def test_more_degree_names_of_other_countries(line: str, level: str) -> None:
    assert _levels(line) == [(level, False)]


@pytest.mark.parametrize(
    "line",
    [
        "International Baccalaureate Diploma, 2010",  # a school leaving diploma
        "Master of Ceremonies, Annual Gala, 2019",  # a role
        "Master of Wine, Institute of Masters of Wine, 2016",  # a trade title
        "Baccalauréat Scientifique, Lycée Henri IV, 2008",
    ],
)
def test_school_diplomas_and_titles_named_like_degrees_are_none(line: str) -> None:
    assert _levels(line) == []


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Dipl.-Ing. (FH) Maschinenbau, Hochschule München, 2008", "bachelor"),
        ("Diplom-Betriebswirt (DH), 2010", "bachelor"),
    ],
)
def test_a_diplom_of_a_university_of_applied_sciences_ranks_with_a_bachelor(line: str, level: str) -> None:
    assert _levels(line) == [(level, False)]


def test_a_university_of_applied_sciences_on_the_line_is_no_school_leaving_exam() -> None:
    # "Hochschule" holds the letters of "HSC" (India's school exam): only the word is one
    assert _levels("B.Sc. Informatik, Hochschule Karlsruhe, 2016") == [("bachelor", False)]
    assert _levels("HSC, Science, Dhaka College, 2010") == []


def test_an_oxbridge_mark_after_a_degree_is_no_field() -> None:
    assert _stated("MA (Oxon), University of Oxford, 2012") == [("master", None)]


@pytest.mark.parametrize(
    "line", ["M.Sc. Informatik, TU Berlin, voraussichtlich 2027", "Licence Informatique, prévue 2027"]
)
def test_expected_in_german_and_french_says_in_progress(line: str) -> None:
    assert [p for _, p in _levels(line)] == [True]


def test_a_persons_degree_in_parentheses_after_their_name_is_not_the_resumes() -> None:
    assert _levels("Worked under Dr. Jane Smith (PhD, MIT), 2019", in_education=False) == []
    assert _levels("Graduated with a PhD (Physics), MIT, 2019", in_education=False) == [("doctorate", False)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "Бакалавриат: Политех-школа прикладной математики и информатики, 2023",  # a school unit, then its field
            "Applied Mathematics (Прикладной математики и информатики)",
        ),
        ("计算机科学与技术学士, 2022", "Computer Science (计算机科学与技术)"),
        ("Licenciatura en Economía, Facultad de Economía, 2015", "Economía"),  # Latin script: as written
    ],
)
def test_a_field_in_another_language_is_read_and_shown_in_english_when_known(line: str, field: str) -> None:
    assert _stated(line) == [("bachelor", field)]


def test_a_field_that_only_starts_like_a_school_unit_keeps_its_words() -> None:
    assert _stated("Магистр, Школьная педагогика, 2015") == [("master", "Школьная педагогика")]


@pytest.mark.parametrize(
    "line",
    [
        "Passed the PhD qualifying exam, 2018",  # a step towards a degree, not the degree
        "PhD candidacy exam passed, University of Toronto, 2019",
        "PhD Forum, ICML 2019",  # an event
        "Doctoral Consortium, CHI 2020",
        "PhD positions in Machine Learning, University of Amsterdam, 2021",  # openings
    ],
)
def test_steps_towards_a_doctorate_events_and_openings_are_no_doctorate(line: str) -> None:
    assert _levels(line) == []


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Foundation Degree in Computing, 2012", "associate"),  # UK
        ("ADN, Miami Dade College, 2014", "associate"),  # nursing
        ("MD, Harvard Medical School, 2010", "doctorate"),
        ("EMBA, INSEAD, 2019", "master"),
    ],
)
def test_more_degree_names_of_professions(line: str, level: str) -> None:
    assert _levels(line) == [(level, False)]


def test_maryland_after_a_city_is_no_doctor_of_medicine() -> None:
    assert _levels("Johns Hopkins University, Baltimore, MD") == []


def test_md_alone_is_a_doctor_of_medicine_only_in_education() -> None:
    assert _levels("MD, Harvard Medical School, 2010") == [("doctorate", False)]
    assert _levels("MD, Acme Capital, 2015 - 2020", in_education=False) == []  # a managing director


@pytest.mark.parametrize(
    ("line", "field"),
    [
        (
            "PhD candidate in computational biology and applied mathematics at the University of Example.",
            "Computational Biology and Applied Mathematics",
        ),
        ("I earned my Ph.D. in electrical engineering from Example Institute of Technology.", "Electrical Engineering"),
    ],
)
def test_a_field_in_lower_case_in_a_sentence_is_read_in_title_case(line: str, field: str) -> None:
    (statement,) = degree_statements(line, in_education=False)
    assert statement.field == field


@pytest.mark.parametrize("line", ["M.S. in progress, Example University, 2026", "PhD in the field, Example University"])
def test_lower_case_words_that_name_no_field_give_no_field(line: str) -> None:
    (statement,) = degree_statements(line, in_education=True)
    assert statement.field is None


@pytest.mark.parametrize(
    ("line", "field"),
    [
        # "in the field of" labels the field, lower case and all
        ("PhD in the field of pattern recognition, Example University, 2020", "Pattern recognition"),
        ("Degree - Junior Specialist in the field of hydrology", "Hydrology"),
    ],
)
def test_a_field_after_in_the_field_of_is_the_field(line: str, field: str) -> None:
    (statement,) = degree_statements(line, in_education=True)
    assert statement.field == field


@pytest.mark.parametrize(
    "line",
    ["Betreuer: Prof. Dr.-Ing. Erika Muster", "Supervisor: Prof. PhD Jan Novak", "Doktorvater: Max Beispiel, PhD"],
)
def test_a_professors_or_supervisors_title_is_no_degree_of_the_person(line: str) -> None:
    assert degree_statements(line, in_education=True) == ()


@pytest.mark.parametrize(
    ("line", "in_progress"),
    [
        ("Promotion im Maschinenbau, Technische Universität Beispiel, erwartet 2027", True),
        ("Doktorand am Institut für Informatik, Universität Beispiel, seit 2023", True),
        ("Promotion in der Informatik, Universität Beispiel, 2019", False),
    ],
)
def test_a_german_doctorate_is_read_by_its_own_words(line: str, in_progress: bool) -> None:
    assert [(s.level, s.in_progress) for s in degree_statements(line, in_education=True)] == [
        ("doctorate", in_progress)
    ]


@pytest.mark.parametrize("line", ["Promotion to Senior Engineer, Acme Corp, 2019", "Sales promotion in retail, 2020"])
def test_a_promotion_at_work_is_no_doctorate(line: str) -> None:
    assert degree_statements(line, in_education=True) == ()


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("2011–2016 University, Civil Engineering", "Civil Engineering"),
        ("• University: Food Engineering", "Food Engineering"),
    ],
)
def test_the_bare_word_university_in_a_levels_place_is_a_bachelors(line: str, field: str) -> None:
    assert [(s.level, s.field) for s in degree_statements(line, in_education=True)] == [("bachelor", field)]


@pytest.mark.parametrize(
    "line", ["University of Leeds, Physics, 2015", "Example State University, Computer Science", "University"]
)
def test_a_universitys_name_is_no_degree(line: str) -> None:
    assert degree_statements(line, in_education=True) == ()


@pytest.mark.parametrize(
    ("line", "field"),
    [("PhD in medical imaging, TU Example, 2012", "Medical Imaging"), ("BA in world history, 2011", "World History")],
)
def test_fields_beyond_computing_are_known_in_lower_case_too(line: str, field: str) -> None:
    assert [s.field for s in degree_statements(line, in_education=True)] == [field]


def test_lic_before_a_table_cell_bar_is_a_bachelors() -> None:
    assert [s.level for s in degree_statements("Lic. | Graduated May 2022", in_education=True)] == ["bachelor"]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("2021 Computer science Master II — Réseaux et Systèmes, École Exemple", "Réseaux et Systèmes"),
        ("2019 Computer science Master I, École Exemple, Lyon", "Computer science"),
        ("Master 2 Informatique, Université Exemple, 2019", "Informatique"),
    ],
)
def test_a_french_master_year_numbered_is_a_masters_with_its_field(line: str, field: str) -> None:
    assert [(s.level, s.field) for s in degree_statements(line, in_education=True)] == [("master", field)]


def test_a_field_in_sentence_case_before_the_degree_word_is_its_field() -> None:
    statements = degree_statements("2016 Computer science Bachelor, École Exemple, Lyon", in_education=True)
    assert [(s.level, s.field) for s in statements] == [("bachelor", "Computer science")]


@pytest.mark.parametrize("line", ["Scrum Master I, Acme Corp, 2019", "Grand Master II, Chess Federation, 2015"])
def test_a_numbered_master_that_is_a_title_is_no_degree(line: str) -> None:
    assert degree_statements(line, in_education=True) == ()


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Master of Applied Computing - MAC, Example University, 2017", "Applied Computing"),
        ("Master of Business Administration - MBA, 2015", "Business Administration"),
    ],
)
def test_the_degrees_own_abbreviation_after_a_dash_is_no_field(line: str, field: str) -> None:
    assert [s.field for s in degree_statements(line, in_education=True)] == [field]


def test_a_known_abbreviation_after_a_dash_is_still_the_field() -> None:
    assert [s.field for s in degree_statements("Bachelor of Science - CS, 2012", in_education=True)] == [
        "Computer Science"
    ]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Graduated with a B.Agric in Pasture and Range Management, 2017", "bachelor"),
        ("M.Agric. Animal Science, Example University, 2020", "master"),
        ("2022/2024 : Cycle Ingénieur - Institut Exemple, Lille", "master"),
    ],
)
def test_agriculture_abbreviations_and_the_french_engineering_cycle_are_degrees(line: str, level: str) -> None:
    assert [s.level for s in degree_statements(line, in_education=True)] == [level]


def test_a_preparatory_cycle_is_no_degree() -> None:
    assert degree_statements("2019/2021 : Cycle Préparatoire Scientifique - Institut Exemple", in_education=True) == ()


def test_a_known_field_in_another_script_after_slashes_is_the_field() -> None:
    statements = degree_statements("本科/示例大学计算机系/网络工程 2013.9 - 2017.6", in_education=True)
    assert [(s.level, s.field) for s in statements] == [("bachelor", "Network Engineering (网络工程)")]


def test_an_unknown_word_after_slashes_is_no_field() -> None:
    statements = degree_statements("本科/示例大学计算机系/某某某 2013.9 - 2017.6", in_education=True)
    assert [(s.level, s.field) for s in statements] == [("bachelor", None)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B. Mus, BA, Example College Dublin, 1998", "Music"),
        ("B.Arch, Example Polytechnic Institute, 2025", "Architecture"),
    ],
)
def test_a_degree_name_that_says_its_field_gives_it_also_within_a_pair(line: str, field: str) -> None:
    assert [s.field for s in degree_statements(line, in_education=True)] == [field]


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("Máster de Ingeniería Ambiental, Universidad Imaginaria, 2019", "master", "Ingeniería Ambiental"),
        ("2015 - 2017 Master do Ambiente, Universidade Exemplo", "master", "Ambiente"),
        ("Master de Physique, Université Exemple, 2014", "master", "Physique"),
        ("Grado de Química, Universidad Imaginaria, 2016", "bachelor", "Química"),
        ("Engenharia da Computação, Universidade Exemplo, 2012", "bachelor", "Engenharia da Computação"),
    ],
)
def test_a_degree_name_joined_to_its_field_by_any_of_its_languages_joiners(line: str, level: str, field: str) -> None:
    # "de", "do", "da" join a name to its field as "en", "em" do: the language's joiners are data
    assert _stated(line, in_education=line.startswith("Engenharia")) == [(level, field)]


@pytest.mark.parametrize(
    "line",
    [
        "Scrum Master de Acme Ibérica, 2019 - 2021",
        "Coordinadora del grado de Avance, Acme, 2018",
        "Webmaster do Portal",
    ],
)
def test_a_job_or_a_word_before_master_de_is_no_degree(line: str) -> None:
    # a degree's name opens its phrase; after a word it is part of a job title
    assert _stated(line, in_education=False) == []


@pytest.mark.parametrize(
    "line",
    [
        "Voraussichtliche Promotion: Dr. rer. nat. in Physik, Universität Beispiel",
        "Master of Science Informatik (voraussichtlichen Abschluss im Herbst)",
        "Licence Informatique, diplômes prévus",
        "Mestrado em Física, defesas previstas",
        "Laurea Magistrale in Fisica, discussioni previste",
    ],
)
def test_an_under_way_word_with_its_languages_adjective_ending_says_in_progress(line: str) -> None:
    assert [s.in_progress for s in degree_statements(line, in_education=True)] == [True]


@pytest.mark.parametrize(
    "line",
    ["Master of Science Informatik, 2019, Erwartungen übertroffen", "Diplom Physik, 2012, Laufbahnberatung"],
)
def test_a_longer_word_opening_with_an_under_way_word_says_nothing(line: str) -> None:
    # only the language's adjective endings follow the word, no other letters ("Erwartungen" are expectations)
    assert [s.in_progress for s in degree_statements(line, in_education=True)] == [False]


@pytest.mark.parametrize(
    "line",
    [
        "Master of Science Physik, Note 1.7",
        "Bachelor of Science Chemie, Abschlussnote 1,3",
        "Master of Science Biologie, Mention Très Bien",
        "Master of Science Geologie, Nota 9,1",
        "Master of Science Astronomie, Voto 110/110",
    ],
)
def test_a_grade_cell_in_any_language_is_no_field(line: str) -> None:
    # "Note", "Mention", "Nota", "Voto" open a grade as "Grade" does
    [(level, field)] = _stated(line)
    assert field is None or line.rpartition(", ")[2] not in field


@pytest.mark.parametrize(
    ("line", "field"),
    [("Diplom, Notation Systems", "Notation Systems"), ("Bachelor of Science, Notfallmedizin", "Notfallmedizin")],
)
def test_a_field_opening_like_a_grade_word_is_still_a_field(line: str, field: str) -> None:
    # only the whole grade word opens a grade
    assert [f for _, f in _stated(line)] == [field]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("M.P.H in Global Health, State University, 2013", [("master", "Global Health")]),
        ("M.P.H. in Global Health, State University, 2013", [("master", "Global Health")]),
        ("2006-2008 D.U.T Informatique, Université d'Exemple", [("associate", "Informatique")]),
        ("2006-2008 D.U.T. Génie Civil, IUT d'Exemple", [("associate", "Génie Civil")]),
        ("B.T.S Informatique de gestion, Lycée Exemple, 2010", [("associate", "Informatique de gestion")]),
        ("M.A Economics, State University, 2012", [("master", "Economics")]),
        ("B.S.c Physics, State University, 2012", [("bachelor", "Physics")]),
        ("M.S.W in Social Work, State University, 2015", [("master", "Social Work")]),
        ("M.Ed in Teaching, State College, 2010", [("master", "Teaching")]),
    ],
)
def test_a_degree_abbreviation_is_read_with_or_without_its_dots(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    "line", ["U.S Army Reserve, 2010 - 2014", "J.R Tolkien Society, member", "Worked on the G.U.I of the app, 2019"]
)
def test_dotted_letters_that_spell_no_degree_name_none(line: str) -> None:
    assert _stated(line) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BMan in Marketing, Example University, 2012", [("bachelor", "Marketing")]),
        ("B.Man in Marketing, Example University, 2012", [("bachelor", "Marketing")]),
        ("BEcon (Hons) in Finance, Example University, 2010", [("bachelor", "Finance")]),
        ("BPhil in Philosophy, 2011", [("bachelor", "Philosophy")]),
        ("MSt in History, Example College, 2014", [("master", "History")]),
        ("MEcon of Development Economics, 2016", [("master", "Development Economics")]),
    ],
)
def test_a_levels_letter_and_a_subjects_short_name_before_a_field_are_a_degree(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize("line", ["BlackRock in London, 2019", "MySQL in production", "McKinsey in Paris, 2018"])
def test_a_capitalised_name_before_in_is_no_subject_abbreviation(line: str) -> None:
    assert _stated(line) == []


@pytest.mark.parametrize(
    "line",
    [
        "Call: https://example.org/wp-content/uploads/2023/10/Example-PhD-Cotutelle.pdf 2024",
        "Slides at example.fr/talks/msc-defence 2019",
        "Download cv-PhD-2024.pdf",
        "www.example.edu/MBA-programme, 2020",
    ],
)
def test_a_degree_word_inside_an_address_or_a_files_name_is_no_degree(line: str) -> None:
    assert _stated(line) == []
    assert _stated(line, in_education=False) == []


def test_a_combined_degree_with_a_slash_is_no_address() -> None:
    assert _stated("B.Sc/M.Sc Physics, State University, 2012") == [("bachelor", "Physics"), ("master", "Physics")]


@pytest.mark.parametrize(
    "line",
    [
        "1. Roe VD, Doe JA, Poe AB, Example MA, Sample AE. (2024). A study of heat. Journal of Examples.",
        "Lee MS, Park BA, Kim JH and Cho YS. Trial of a drug. Example Medicine. 2021",
    ],
)
def test_authors_cited_by_surname_and_initials_are_no_degrees(line: str) -> None:
    assert _stated(line) == []
    assert _stated(line, in_education=False) == []


def test_a_degree_beside_a_single_name_with_initials_is_kept() -> None:
    assert _stated("MA, Example University, 2012") == [("master", None)]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Technische Universität Musterstadt, Physik Master", [("master", "Physik")]),
        ("Universität Musterstadt, Informatik Bachelor, 2015", [("bachelor", "Informatik")]),
        ("Computer Science Master (2019), Example University", [("master", "Computer Science")]),
    ],
)
def test_a_bare_level_closing_a_cell_that_a_field_opens_is_a_degree(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    "line", ["Scrum Master, Acme Corp", "Professional Scrum Master I (PSM I)", "Chemistry Master thesis on catalysts"]
)
def test_a_level_word_after_other_words_is_no_degree(line: str) -> None:
    assert _stated(line) == []


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("2013-2016 Bachelor of Arts at Business and Finance", "Business and Finance"),
        ("Master of Science at Applied Mathematics, 2015", "Applied Mathematics"),
        ("Bachelor of Commerce at University of Example", "Commerce"),
        ("MBA at Wharton, 2015", "Business Administration"),  # the name says it, not the school
    ],
)
def test_at_joins_a_degree_to_its_field_but_not_to_its_school(line: str, field: str | None) -> None:
    assert [f for _, f in _stated(line)] == [field]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "• Bachelor’s Degrees: Classical Spanish Letters, History",
            [("bachelor", "Classical Spanish Letters"), ("bachelor", "History")],
        ),
        ("Master's Degrees: Economics and History", [("master", "Economics"), ("master", "History")]),
        ("Bachelor's Degree: Economics, State University", [("bachelor", "Economics")]),
        ("Bachelors: Economics, 2010", [("bachelor", "Economics")]),
    ],
)
def test_a_plural_label_before_a_list_of_fields_is_one_degree_each(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Betreuer: Dipl.-Inf. Ana Ruiz (Fraunhofer)",
        "Supervisor: MSc Jan Novak",
        "Advisor: PhD Li Wei, Example University",
        "Mentor: M.Sc. Jane Roe",
    ],
)
def test_a_title_right_after_a_supervisors_label_is_no_degree_of_the_person(line: str) -> None:
    assert degree_statements(line, in_education=True) == ()
    assert degree_statements(line, in_education=False) == ()


@pytest.mark.parametrize(
    "line",
    [
        "Dipl.-Ing. Max Roe, Dipl.-Ing. Eva Doe (Institut Beispiel)",
        "Project lead: Dipl.-Inf. Ana Ruiz, Example GmbH",
        "Dipl.-Kfm. Peter Beispiel (CFO)",
    ],
)
def test_a_german_title_before_a_name_is_no_degree_outside_education(line: str) -> None:
    assert degree_statements(line, in_education=False) == ()


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Dipl.-Ing. Maschinenbau, TU München, 2010", "Maschinenbau"),
        ("Dipl.-Inf. Informatik, Universität Bonn, 2004", "Informatik"),
        ("Dipl.-Ing. Electrical Engineering, 2008", "Electrical Engineering"),
    ],
)
def test_a_german_title_before_its_field_is_a_degree_outside_education(line: str, field: str) -> None:
    assert _stated(line, in_education=False) == [("master", field)]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Computer Science (1st class with Hons), Example University, 2009 - 2013", "Computer Science"),
        ("Mathematics, First Class Honours, University of Leeds, 2015", "Mathematics"),
        ("Economics (Hons), University of Warwick, 2012 - 2015", "Economics"),
        ("Physics, 2:1, Imperial College London", "Physics"),
        ("History - Upper Second Class Honours - University of York", "History"),
    ],
)
def test_a_british_honours_class_after_a_field_is_a_bachelors(line: str, field: str) -> None:
    assert _stated(line) == [("bachelor", field)]


@pytest.mark.parametrize(
    "line",
    [
        "Travelled first class to London",  # no field before it
        "University of Leeds, Upper Second Class",  # a school before it
        "Mixing ratio 2:1, Example Lab",
        "2:1 scale model, Example University",
    ],
)
def test_an_honours_class_without_a_field_before_it_is_no_degree(line: str) -> None:
    assert _stated(line) == []


def test_an_honours_class_beside_a_degree_name_adds_no_second_degree() -> None:
    assert _stated("BSc Physics, First Class Honours, University of Leeds") == [("bachelor", "Physics")]
    assert _stated("MEng Civil Engineering (First Class Honours), Example University") == [
        ("master", "Civil Engineering")
    ]


def test_an_honours_class_is_read_only_in_an_education_section() -> None:
    assert _stated("Computer Science (1st class with Hons), Example University", in_education=False) == []


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Earth Sciences BA (Geophysics), 2014", "Earth Sciences (Geophysics)"),
        ("University of Exampleton: Earth Sciences MSci (Geophysics)   Sep. 2015 – June 2019",
         "Earth Sciences (Geophysics)"),
    ],
)  # fmt: skip
def test_a_field_before_the_degree_name_keeps_the_option_after_it(line: str, field: str) -> None:
    assert [f for _, f in _stated(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [("Example University, MSc (Data Science)", "Data Science"), ("Physics BSc (Hons), 2012", "Physics")],
)
def test_a_school_before_the_degree_name_or_honours_after_it_change_nothing(line: str, field: str) -> None:
    assert [f for _, f in _stated(line)] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("MBA Marketing\tGraduated May 2014", "Marketing"),  # a named field whose cell runs on into the next
        ("MBA, Northvale University Business School, 2014", "Business Administration"),  # a school: the name's field
    ],
)
def test_a_named_field_that_runs_on_is_kept_over_the_one_a_degree_name_implies(line: str, field: str) -> None:
    [statement] = degree_statements(line, in_education=True)
    assert statement.field is not None and statement.field.split("\t")[0] == field


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("• M.M., Cello Performance, Example Conservatory, 2015", [("master", "Cello Performance")]),
        ("B.M. in Composition, Example School of Music", [("bachelor", "Composition")]),
        ("D.M.A., Orchestral Conducting, Example University", [("doctorate", "Orchestral Conducting")]),
    ],
)
def test_music_degrees_in_dotted_capitals_are_degrees_in_education(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    ("line", "in_education"),
    [
        ("M.M. Okafor and J. Roe, A study of string vibrato, 2019", True),
        ("B.M. Quist, Example Ensemble, 2018", True),
        ("• M.M., Cello Performance, Example Conservatory, 2015", False),
    ],
)
def test_dotted_music_capitals_as_initials_or_outside_education_are_no_degree(line: str, in_education: bool) -> None:
    assert _stated(line, in_education=in_education) == []


@pytest.mark.parametrize(
    "line",
    [
        "Doutorado em Música, Universidade de Exemplo, em progresso",
        "Maestría en Física, Universidad de Ejemplo (en progreso)",
        "Laurea magistrale in Fisica, Università di Esempio, in progresso",
    ],
)
def test_in_progress_said_in_portuguese_spanish_and_italian(line: str) -> None:
    (statement,) = degree_statements(line, in_education=True)
    assert statement.in_progress


def test_progress_named_as_a_topic_says_nothing_of_the_degree() -> None:
    (statement,) = degree_statements("Laurea in Fisica, tesi sul progresso tecnico, 2015", in_education=True)
    assert not statement.in_progress


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Master of Science with specialization in Robotics, Example University", [("master", "Robotics")]),
        ("Bachelor of Arts, concentration in History, Example College", [("bachelor", "History")]),
        ("Maestra en Ciencias con orientación en estadística, Universidad de Ejemplo", [("master", "Estadística")]),
        ("Doctora en Ciencias con especialidad en Física, 2015", [("doctorate", "Física")]),
    ],
)
def test_the_focus_of_a_broad_subject_is_the_field(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Master of Science in Physics with specialization in Optics", [("master", "Physics")]),
        ("Master of Science (Computer Science) with focus on Databases", [("master", "Computer Science")]),
        ("El maestro en Ciencias Sociales de la escuela, 2015", []),
    ],
)
def test_a_named_field_keeps_its_place_over_a_focus_and_a_teacher_is_no_master(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dottorato di ricerca in Fisica, Università di Esempio, 2021", [("doctorate", "Fisica")]),
        (
            "Master 2 Recherche en Mathématiques Appliquées, Université d'Exemple",
            [("master", "Mathématiques Appliquées")],
        ),
        ("Magister Artium, Universität Exemplstadt, 2004", [("master", None)]),
        ("Studium der Chemie (Diplom), Universität Exemplstadt, 1995-2001", [("master", "Chemie")]),
        ("Doctor of Education (Ed.D.), Example University, 2020", [("doctorate", "Education")]),
    ],
)
def test_a_name_s_own_words_are_no_field_and_a_study_names_its_field(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Dottorato in Ricerca Operativa, Università di Esempio", [("doctorate", "Ricerca Operativa")]),
        ("Master 2 Recherche Opérationnelle, Université d'Exemple", [("master", "Recherche Opérationnelle")]),
        ("Ed.D. in Educational Leadership, Example University", [("doctorate", "Educational Leadership")]),
    ],
)
def test_a_field_that_only_starts_like_a_name_s_words_stays_the_field(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


def test_an_engineer_s_course_named_without_its_article_is_a_master_in_education() -> None:
    assert _stated("Cursus ingénieur, École Exemple, 2010 - 2015") == [("master", None)]
    assert _stated("Le cursus ingénieur de l’école Exemple, 2010") == []
    assert _stated("Cursus ingénieur, École Exemple, 2010 - 2015", in_education=False) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Master of Science Informatik, Universität Exemplstadt, 2018", [("master", "Informatik")]),
        ("Bachelor of Science Wirtschaftsinformatik (laufend)", [("bachelor", "Wirtschaftsinformatik")]),
        ("Promotion im Fach Chemie, Universität Exemplstadt, seit 2021", [("doctorate", "Chemie")]),
    ],
)
def test_the_kind_of_science_and_the_subject_s_label_are_no_part_of_the_field(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Master of Arts Management, Example University", [("master", "Arts Management")]),
        ("Bachelor of Science in Physics, Example University", [("bachelor", "Physics")]),
    ],
)
def test_a_subject_of_arts_and_a_field_after_in_are_read_as_before(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Ingénieure diplômée de l’École Exemple (2012)", [("master", None)]),
        ("Diplômé ingénieur de l’École Exemple, 2012", [("master", None)]),
        ("2010 Diplom-Chemikerin, Universität Exemplstadt", [("master", "Chemistry")]),
        ("Diplom-Volkswirtin, Universität Exemplstadt, 2001", [("master", "Economics")]),
    ],
)
def test_feminine_and_reversed_graduate_titles_are_degrees(line: str, expected: list[tuple[str, str | None]]) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize("line", ["Diplômée de l’École Exemple, 2012", "Ingénieure d’études, Exemple SA, 2012"])
def test_a_graduate_of_a_school_or_an_engineer_s_job_is_no_degree(line: str) -> None:
    assert _stated(line, in_education=False) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("DUT Génie Civil, IUT d'Exempleville   2015 – 2017", [("associate", "Génie Civil")]),
        ("BTS Électrotechnique, Lycée Exemple, 2016", [("associate", "Électrotechnique")]),
        ("MS, Économie, Example University, 2019", [("master", "Économie")]),
    ],
)
def test_a_bare_capital_before_a_field_opening_with_an_accented_letter_is_a_degree(
    line: str, expected: list[tuple[str, str]]
) -> None:
    assert _stated(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Example College, Starkville, MS ÉTÉ 2019",  # a state's code before a word in capitals
        "MS énergie, notes de cours",  # a small accented letter opens no field
    ],
)
def test_a_bare_capital_before_no_capitalised_accented_word_is_no_degree_outside_education(line: str) -> None:
    assert _stated(line, in_education=False) == []


def test_a_doctorate_left_in_a_year_written_in_brackets_is_no_degree() -> None:
    assert _stated("PhD studies in Ecology (left in 2019), Example University") == []
    # the same words outside brackets tell of something else: the degree stands
    assert _stated("B.S. in Biology, Example University, 2010; left in 2011 for a post abroad") == [
        ("bachelor", "Biology")
    ]


@pytest.mark.parametrize(
    ("line", "field"),
    [("Promotion in Physik, Universität Musterstadt, 2015", "Physik"), ("Promotion in Theoretischer Chemie", None)],
)
def test_a_german_promotion_before_its_field_opens_a_doctorate_in_education(line: str, field: str | None) -> None:
    assert [level for level, _ in _stated(line)] == ["doctorate"]
    assert field is None or _stated(line) == [("doctorate", field)]


@pytest.mark.parametrize("line", ["Promotion in 2019 to Team Lead, Example GmbH", "Fast promotion in Sales"])
def test_a_promotion_that_is_a_step_in_a_job_is_no_doctorate(line: str) -> None:
    assert _stated(line) == []
    assert _stated("Promotion in Physik", in_education=False) == []  # a name only an education section uses


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Master Économie, Université d'Exemple, 2012", [("master", "Économie")]),
        ("Bachelor Électronique, Example University, 2010", [("bachelor", "Électronique")]),
    ],
)
def test_a_bare_level_before_a_field_opening_with_an_accented_capital_is_a_degree(
    line: str, expected: list[tuple[str, str]]
) -> None:
    assert _stated(line) == expected


def test_a_bare_level_before_a_word_that_is_no_field_stays_no_degree() -> None:
    assert _stated("Master éclairage des scènes, 2015") == []  # a small letter and no known field
    assert _stated("Master Électricien, Example GmbH, 2015") == []  # a trade's title, no field


@pytest.mark.parametrize(
    ("line", "field"),
    [("Master 1 et 2 Informatique   2015 – 2017", "Informatique"), ("Master I/II Physique, 2012", "Physique")],
)
def test_a_french_master_named_with_both_its_years_reads_its_field(line: str, field: str) -> None:
    assert _stated(line) == [("master", field)]


def test_a_master_with_both_years_before_no_field_reads_none() -> None:
    assert _stated("Master 1 et 2 ans de stage") == [("master", None)]  # "years of internship": no field
