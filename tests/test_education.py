"""Tests for gapcheck.education: degree spellings -> level, field, institution, year, in progress."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from gapcheck.education import find_degrees
from gapcheck.models import Degree, month_index
from gapcheck.sections import find_sections

AS_OF = month_index(2026, 11)


def _degrees(lines: Sequence[str]) -> tuple[Degree, ...]:
    return find_degrees(lines, find_sections(list(lines)), AS_OF)


def _education(*lines: str) -> tuple[Degree, ...]:
    return _degrees(["Ann Example", "EDUCATION", *lines])


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("B.S. in Computer Science, State University, 2018", "bachelor", "Computer Science"),
        ("B.S., Computer Science, State University, 2018", "bachelor", "Computer Science"),
        ("BSc Mathematics, University of Leeds, 2015", "bachelor", "Mathematics"),
        ("B.Tech in Electrical Engineering, IIT Delhi, 2016", "bachelor", "Electrical Engineering"),
        ("BA Economics, Smith College, 2012", "bachelor", "Economics"),
        ("Bachelor of Science in Biology, Ohio State University, 2014", "bachelor", "Biology"),
        ("Bachelor's degree in History, State University, 2011", "bachelor", "History"),
        ("M.S. in Statistics, Stanford University, 2019", "master", "Statistics"),
        ("MSc Data Science, University of Edinburgh, 2020", "master", "Data Science"),
        ("M.Eng. in Mechanical Engineering, Cornell University, 2017", "master", "Mechanical Engineering"),
        ("MBA, Wharton School, 2015", "master", "Business Administration"),
        ("Master of Science in Physics, State University, 2013", "master", "Physics"),
        ("Master's in Data Science, State University, 2021", "master", "Data Science"),
        ("MPhil Economics, Cambridge University, 2019", "master", "Economics"),
        ("Ph.D. in Neuroscience, Brown University, 2021", "doctorate", "Neuroscience"),
        ("PhD, Physics, University of Chicago, 2012", "doctorate", "Physics"),
        ("Doctor of Philosophy in Chemistry, Yale University, 2010", "doctorate", "Chemistry"),
        ("Associate of Science, Community College, 2010", "associate", None),
    ],
)
def test_degree_spellings(line: str, level: str, field: str | None) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field, degree.in_progress) == (level, field, False)
    assert degree.text == line


@pytest.mark.parametrize(
    ("line", "institution", "year"),
    [
        ("B.S. in Computer Science, State University, 2018", "State University", 2018),
        ("MBA, Wharton School, 2015", "Wharton School", 2015),
        ("Stanford University — M.S. Computer Science, 2019", "Stanford University", 2019),
        ("M.S. Statistics   Sept 2017 – May 2019 Columbia University", "Columbia University", 2019),
        ("B.A. History, 2010", None, 2010),
    ],
)
def test_institution_and_year(line: str, institution: str | None, year: int) -> None:
    (degree,) = _education(line)
    assert (degree.institution, degree.year) == (institution, year)


def test_institution_and_dates_on_the_lines_around_the_degree() -> None:
    (degree,) = _education("University of Michigan", "Bachelor of Science in Statistics", "Sep 2014 – May 2018")
    assert (degree.level, degree.field, degree.institution, degree.year) == (
        "bachelor",
        "Statistics",
        "University of Michigan",
        2018,
    )


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("PhD candidate in Computer Science, University of Toronto", "doctorate", "Computer Science"),
        ("Ph.D. candidate, Computer Science, Brown University, 2021 - Present", "doctorate", "Computer Science"),
        ("M.S. in Computer Science, State University, expected May 2027", "master", "Computer Science"),
        ("M.Sc. Biology, University of Oslo, 2027", "master", "Biology"),  # a future year is not awarded yet
        ("Ph.D. Computer Science (in progress), University of Washington", "doctorate", "Computer Science"),
        ("B.S. Mathematics, State University, 2023 – Present", "bachelor", "Mathematics"),
        ("Pursuing MBA, State University", "master", "Business Administration"),
    ],
)
def test_degrees_in_progress(line: str, level: str, field: str | None) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field, degree.in_progress) == (level, field, True)


@pytest.mark.parametrize(
    "line",
    [
        "High School Diploma, Lincoln High School, 2010",
        "Lincoln Secondary School, 2010",
        "GED, 2009",
        "A-Levels: Maths, Physics, Chemistry, 2012",
        "International Baccalaureate Diploma, 2012",
        "Diploma in Computer Engineering, City Polytechnic, 2013",
        "Certificate in Data Science, Harvard Extension School, 2020",
        "Google Data Analytics Certificate, 2022",
        "AWS Certified Solutions Architect, 2021",
        "MS Excel certification, 2019",
        "Summa cum laude; GPA 3.9/4.0",
        "Honours: First Class; GPA: 3.8",
        "Dean's List, Honors Program",
    ],
)
def test_diplomas_certificates_honours_and_gpa_are_not_degrees(line: str) -> None:
    assert _education(line) == ()


def test_honours_and_gpa_lines_do_not_add_degrees() -> None:
    degrees = _education("B.S. in Mathematics, 2016", "Summa cum laude; GPA 3.9/4.0", "Dean's List")
    assert [(d.level, d.field, d.year) for d in degrees] == [("bachelor", "Mathematics", 2016)]


def test_certifications_section_holds_no_degrees() -> None:
    lines = ["CERTIFICATIONS", "AWS Certified Machine Learning – Specialty, 2022", "Tableau Desktop Specialist"]
    assert _degrees(lines) == ()


def test_several_degrees_are_sorted_highest_first() -> None:
    degrees = _education("B.S. Physics, 2014", "M.S. Physics, 2016", "Ph.D. Physics, 2020")
    assert [(d.level, d.year) for d in degrees] == [("doctorate", 2020), ("master", 2016), ("bachelor", 2014)]


def test_an_awarded_and_an_in_progress_degree_keep_their_own_years() -> None:
    degrees = _education(
        "B.S. Computer Science, State University, 2015–2019",
        "M.S. Computer Science, State University, Expected 2027",
    )
    assert [(d.level, d.year, d.in_progress) for d in degrees] == [("master", 2027, True), ("bachelor", 2019, False)]


def test_the_same_degree_mentioned_twice_is_one_degree() -> None:
    lines = [
        "SUMMARY",
        "Statistician with an M.S. in Statistics",
        "EDUCATION",
        "M.S. in Statistics, State University, 2019",
    ]
    degrees = _degrees(lines)
    assert [(d.level, d.field, d.year) for d in degrees] == [("master", "Statistics", 2019)]


@pytest.mark.parametrize(
    ("section", "line", "expected"),
    [
        ("SUMMARY", "Data scientist with an M.S. in Statistics and 5 years of experience", ("master", False)),
        ("SUMMARY", "Ph.D. candidate in Robot Learning at State University", ("doctorate", True)),
        ("SUMMARY", "Ph.D. candidate studying robot learning", None),  # no field, school or date: not a statement
        ("EXPERIENCE", "Mentored PhD students and MS students", None),
        ("SKILLS", "M.S. in Statistics", ("master", False)),  # read in skills only when nothing else is found
        ("PROJECTS", "Built a bachelor thesis tracker", None),
    ],
)
def test_degrees_outside_education_need_a_degree_phrase(
    section: str, line: str, expected: tuple[str, bool] | None
) -> None:
    degrees = _degrees(["Ann Example", section, line])
    assert [(d.level, d.in_progress) for d in degrees] == ([expected] if expected else [])


def test_the_field_of_a_degree_in_a_sentence_stops_before_the_rest_of_it() -> None:
    (degree,) = _degrees(["SUMMARY", "Data scientist with an M.S. in Statistics and 5 years of experience"])
    assert degree.field == "Statistics"


@pytest.mark.parametrize("line", ["BS in Statistics", "MS Computer Science, 2019"])
def test_bare_capital_abbreviations_count_in_education(line: str) -> None:
    (degree,) = _education(line)
    assert degree.level in {"bachelor", "master"}


def test_bare_capitals_elsewhere_need_a_field_after_them() -> None:
    assert _degrees(["EXPERIENCE", "Analyst, Acme   2019 - 2021", "Used MS Office and BA tools"]) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "B.S./M.S. in Computer Science (5-year combined program)",
            [("master", "Computer Science"), ("bachelor", "Computer Science")],
        ),
        (
            "B.Tech + M.Tech (Dual Degree), Computer Science",
            [("master", "Computer Science"), ("bachelor", "Computer Science")],
        ),
        (
            "PH.D. AND M.S. IN ELECTRICAL ENGINEERING, 2015",
            [("doctorate", "Electrical Engineering"), ("master", "Electrical Engineering")],
        ),
        ("Integrated Bachelor-Master Degree - Biology, IISER Pune", [("master", "Biology"), ("bachelor", "Biology")]),
    ],
)
def test_combined_and_dual_degrees_are_one_entry_per_level(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(d.level, d.field) for d in _education(line)] == expected


def test_two_degrees_on_one_line_that_are_not_combined_keep_their_own_fields() -> None:
    degrees = _education("M.S. Physics 2016, B.S. Mathematics 2014")
    assert [(d.level, d.field) for d in degrees] == [("master", "Physics"), ("bachelor", "Mathematics")]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Bachelor of Technology, Computer Engineering, CGPA 8.24/10", "Computer Engineering"),
        ("Master of Science , Computer Engineering May 2019 University of Missouri", "Computer Engineering"),
        ("Master of Business Administration, 2015", "Business Administration"),
        ("Bachelor of Commerce (Finance) University of Eastmoor 2015 - 2019", "Commerce (Finance)"),
        ("Master of Management in Analytics Northgate University 2021 - 2022", "Analytics"),
        ("PhD (Philosophy), 2013", "Philosophy"),
        ("B. Tech (Computer Science), 2017", "Computer Science"),
        ("B.S in Department of Computer Science and Engineering, 2020", "Computer Science and Engineering"),
        ("B.S in College of Science, Major in Data Science, 2023", "Data Science"),
    ],
)
def test_the_field_follows_the_degree_name(line: str, field: str) -> None:
    (degree,) = _education(line)
    assert degree.field == field


@pytest.mark.parametrize("line", ["Bachelor of Science, 2014", "Bachelor of Arts, State University, 2010"])
def test_a_generic_degree_name_is_not_a_field(line: str) -> None:
    (degree,) = _education(line)
    assert degree.field is None


def test_a_parenthesis_that_closes_on_the_next_line_is_read_with_it() -> None:
    (degree,) = _education("B.E (Information", "Technology)", "Pune University 2018")
    assert degree.field == "Information Technology"


def test_a_known_field_beside_the_school_gives_the_field() -> None:
    (degree,) = _education("PhD", "Halden University, Computer Science", "Sept 2017 – May 2022")
    assert (degree.field, degree.institution, degree.year) == ("Computer Science", "Halden University", 2022)


def test_a_coursework_line_gives_no_field() -> None:
    (degree,) = _education("PhD", "Princeton University", "Courses: Statistics, Machine Learning", "2023")
    assert degree.field is None


@pytest.mark.parametrize(
    ("section", "line"),
    [
        ("EXPERIENCE", "PhD Research Intern, Vision Lab, Acme Research   May 2021 – Aug 2021"),
        ("EXPERIENCE", "Master Data Manager, Acme Corp   2019 – 2021"),
        ("EXPERIENCE", "Scrum Master, Acme Corp   2019 – 2021"),
        ("EDUCATION", "PhD Research Intern, Stanford University, 2021"),
        ("EXPERIENCE", "Supervised 3 M.S. students in Computer Science at MIT, 2019"),
        ("EXPERIENCE", "Taught M.S. courses in Statistics at State University, 2018"),
    ],
)
def test_degree_words_in_a_job_title_are_no_degree(section: str, line: str) -> None:
    assert _degrees(["Ann Example", section, line]) == ()


def test_a_degree_beside_a_job_title_is_still_read() -> None:
    lines = [
        "EXPERIENCE",
        "PhD Research Intern, Vision Lab   May 2021 – Aug 2021",
        "EDUCATION",
        "PhD in Physics, MIT, 2024 – Present",
    ]
    assert [(d.level, d.in_progress) for d in _degrees(lines)] == [("doctorate", True)]


@pytest.mark.parametrize("line", ["MS Excel, Word, PowerPoint", "Used MS-Excel daily"])
def test_office_names_are_no_degree(line: str) -> None:
    assert _education(line) == ()


@pytest.mark.parametrize(
    ("lines", "in_progress"),
    [
        (["B.A. English, Smith College, 2009", "Writing tutor, campus centre, 2019 – Present"], False),
        (["B.A. English, Smith College, 2009", "Current member of the alumni board"], False),
        (["B.A. English, Smith College, expected 2027"], True),
        (["B.A. English, Smith College, Anticipated May 2027"], True),
        (["B.A. English, Smith College, 2028"], True),  # a future year
        (["B.A. English, Smith College, 2024 –"], True),  # open-ended
        (["Master of Science, Computer Engineering Present University of Missouri"], True),
    ],
)
def test_in_progress_only_from_words_that_say_so_or_open_ended_and_future_dates(
    lines: list[str], in_progress: bool
) -> None:
    degree = _education(*lines)[0]
    assert (degree.level, degree.in_progress) == (degree.level, in_progress)


def test_a_degree_name_alone_is_not_a_degree_statement() -> None:
    assert _degrees(["Ann Example", "SUMMARY", "Mentored PhD students and MS students"]) == ()
    assert _education("Master of Science") == ()


def test_several_degrees_in_one_block_keep_their_own_institutions() -> None:
    degrees = _education(
        "Master of Science in Analytics, GPA 3.9",
        "University of Westbrook   Aug 2013 – Jul 2014",
        "Master of Business Administration",
        "University of Karsten   Jul 2010 – May 2012",
        "Bachelor of Technology, Computer Engineering",
        "Varda University   Aug 2004 – Jun 2008",
    )
    assert [(d.field, d.institution, d.year) for d in degrees] == [
        ("Analytics", "University of Westbrook", 2014),
        ("Business Administration", "University of Karsten", 2012),
        ("Computer Engineering", "Varda University", 2008),
    ]


def test_institutions_above_their_degrees_stay_with_them() -> None:
    degrees = _education(
        "University of Marlow   September 2017 - December 2019",
        "M.S. in Computer Science",
        "Ashgrove University   September 1996 - June 2000",
        "B.Tech in Computer Science",
    )
    assert [(d.level, d.institution, d.year) for d in degrees] == [
        ("master", "University of Marlow", 2019),
        ("bachelor", "Ashgrove University", 2000),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["Ann Example", "ACADEMIC PATH", "M.S. in Statistics, Stanford University, 2019"],  # unusual heading
        ["Ann Example", "EXPERIENCE", "Analyst, Acme   2019 - 2021", "M.S. in Statistics, Stanford University, 2019"],
    ],
)
def test_without_an_education_section_degree_statements_are_found_anywhere(lines: list[str]) -> None:
    assert [(d.level, d.field, d.year) for d in _degrees(lines)] == [("master", "Statistics", 2019)]


def test_the_whole_text_search_reads_skills_last_and_never_references() -> None:
    lines = ["Ann Example", "SKILLS", "M.S. in Statistics, 2019", "REFERENCES", "Dr. Bo Li, Ph.D. in Physics, MIT"]
    assert [(d.level, d.field, d.year) for d in _degrees(lines)] == [("master", "Statistics", 2019)]
    assert _degrees(["Ann Example", "REFERENCES", "Dr. Bo Li, Ph.D. in Physics, MIT"]) == ()


def test_the_whole_text_search_is_not_used_when_education_yields_degrees() -> None:
    lines = ["EDUCATION", "B.S. in Physics, 2014", "PUBLICATIONS", "M.S. in Statistics thesis, State University, 2019"]
    assert [d.level for d in _degrees(lines)] == ["bachelor"]


@pytest.mark.parametrize(
    ("line", "field", "institution"),
    [
        ("Ph.D. Physics ETH Zurich 2011", "Physics", "ETH Zurich"),
        ("M.Sc. Computer Engineering University of Valdora. 2012", "Computer Engineering", "University of Valdora"),
        ("Master of Management in Analytics Northgate University 2021 - 2022", "Analytics", "Northgate University"),
        ("M.S. in Statistics University of Michigan 2019", "Statistics", "University of Michigan"),
    ],
)
def test_a_school_named_right_after_the_field_is_neither_field_nor_degree(
    line: str, field: str, institution: str
) -> None:
    (degree,) = _education(line)
    assert (degree.field, degree.institution) == (field, institution)


def test_a_school_name_alone_is_no_field() -> None:
    (degree,) = _education("M.S., Acme Polytechnic, 2019")
    assert (degree.field, degree.institution) == (None, "Acme Polytechnic")


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.S. IN COMPUTER SCIENCE AND ECONOMICS, 2010", "Computer Science and Economics"),
        ("M.Tech in VLSI, 2010", "VLSI"),  # an abbreviation the field table does not know is kept
    ],
)
def test_fields_in_capitals_are_title_cased_but_short_abbreviations_kept(line: str, field: str) -> None:
    (degree,) = _education(line)
    assert degree.field == field


@pytest.mark.parametrize(
    "line", ["Google PhD Fellowship in Machine Learning (2020 – 2023)", "Master Scholarship in Data Science, 2019"]
)
def test_fellowships_and_scholarships_named_after_a_degree_are_no_degree(line: str) -> None:
    assert _degrees(["Ann Example", "EDUCATION", "B.S. in Physics, 2014", "AWARDS", line]) == _education(
        "B.S. in Physics, 2014"
    )


def test_a_unit_of_a_school_gives_way_to_the_school() -> None:
    (degree,) = _education("University of Hanbit", "B.S in College of Science, Major in Statistics")
    assert (degree.field, degree.institution) == ("Statistics", "University of Hanbit")
    (alone,) = _education("B.S. in Physics, School of Natural Sciences, 2014")
    assert alone.institution == "School of Natural Sciences"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("BS in CS, 2010", "Computer Science"),
        ("BSc.(Hons.) IT - Undergraduate   2021 - 2025", "Information Technology"),
    ],
)
def test_an_abbreviated_field_is_spelled_out(line: str, field: str) -> None:
    (degree,) = _education(line)
    assert degree.field == field


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("MSci, Ocean Sciences, 1st Class   Sep. 2011 – Jun. 2015", "master", "Ocean Sciences"),
        ("MMath Mathematics, University of Oxford, 2015", "master", "Mathematics"),
        ("MPhys Physics, University of Manchester, 2018", "master", "Physics"),
        ("LL.B. Law, University of London, 2012", "bachelor", "Law"),
    ],
)
def test_uk_integrated_masters_and_law_degrees(line: str, level: str, field: str) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field) == (level, field)


@pytest.mark.parametrize("line", ["Fine-tuned an LLM in PyTorch for legal search, 2023", "LLM Engineer, Acme, 2024"])
def test_llm_without_dots_is_a_language_model_not_a_law_degree(line: str) -> None:
    assert _degrees(["Ann Example", "EXPERIENCE", line]) == ()
    assert all(d.level != "master" for d in _education(line))


def test_a_doctoral_candidate_or_student_is_a_doctorate_in_progress() -> None:
    assert [(d.level, d.field, d.in_progress) for d in _education("Doctoral Candidate in Economics, 2022 - 2026")] == [
        ("doctorate", "Economics", True)
    ]
    (student,) = _degrees(["SUMMARY", "Doctoral student in Neuroscience at Brown University"])
    assert (student.level, student.in_progress) == ("doctorate", True)


@pytest.mark.parametrize(
    "line", ["Doctoral Symposium at the Hallberg University 2017", "Mentored two doctoral students, 2019"]
)
def test_other_doctoral_things_are_no_degree(line: str) -> None:
    assert _degrees(["Ann Example", "AWARDS", line]) == ()


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("Undergraduate of Software Engineering, Eastlake University, China", "bachelor", "Software Engineering"),
        ("Undergraduate student in Physics, State University", "bachelor", "Physics"),
        ("Pine Ridge Community College 1996 Associate : Accounting", "associate", "Accounting"),
        ("Associates : Accounting, 1994", "associate", "Accounting"),
        ("Associate in Arts, General Studies, Valley College, 2008", "associate", "General Studies"),
    ],
)
def test_undergraduate_and_associate_before_a_field_are_degrees_in_education(line: str, level: str, field: str) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field) == (level, field)


@pytest.mark.parametrize(
    ("section", "line"),
    [
        ("EDUCATION", "Senior Associate in Finance, Acme Bank, 2015"),
        ("EDUCATION", "Undergraduate Researcher, Vision Lab, 2019"),
        ("EDUCATION", "Taught undergraduate students in Physics, 2019"),
        ("EXPERIENCE", "Associate: Corporate Finance, Acme Bank, 2015 - 2018"),
        ("SUMMARY", "Undergraduate of Software Engineering at Tsinghua University"),
    ],
)
def test_undergraduate_and_associate_elsewhere_or_after_a_word_are_no_degree(section: str, line: str) -> None:
    assert _degrees(["Ann Example", "EDUCATION", "B.S. in Physics, 2014", section, line]) == _education(
        "B.S. in Physics, 2014"
    )


@pytest.mark.parametrize(
    ("line", "field", "institution"),
    [
        (
            "Jun. 2009 M.S : National Harbour University - MECHANICAL ENGINEERING Keelung , Taiwan",
            "Mechanical Engineering",
            "National Harbour University",
        ),
        ("May 2017 Ph.D : UT Dallas - CHEMICAL ENGINEERING Richardson , TX", "Chemical Engineering", "UT Dallas"),
        ("B.S., Stanford University, Computer Science, 2014", "Computer Science", "Stanford University"),
    ],
)
def test_the_field_after_a_school_named_first(line: str, field: str, institution: str) -> None:
    (degree,) = _education(line)
    assert (degree.field, degree.institution) == (field, institution)


@pytest.mark.parametrize("line", ["B.S., Stanford University, Palo Alto, 2014", "M.S., Acme Polytechnic, 2019"])
def test_a_place_after_the_school_is_no_field(line: str) -> None:
    (degree,) = _education(line)
    assert degree.field is None


def test_a_specialisation_before_a_known_field_is_noted_beside_it() -> None:
    (degree,) = _education(
        "2013 — ? Ph.D candidate, Robotics applications, Computer Science & Engineering, University of Lakeport"
    )
    assert degree.field == "Computer Science & Engineering (Robotics applications)"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.S., Computer Science, Mathematics, State University, 2014", "Computer Science"),  # two known: the first
        ("B.A., Art History, Stanford University, 2014", "Art History"),  # a school next: no other field
    ],
)
def test_a_known_or_lone_field_stays_as_read(line: str, field: str) -> None:
    (degree,) = _education(line)
    assert degree.field == field


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        (["Ph.D. in Quantitative Marine", "Biology, 2018", "University of Ostwald"], "Quantitative Marine Biology"),
        (["B.S. in Electrical and", "Computer Engineering   2011 - 2015"], "Electrical and Computer Engineering"),
    ],
)
def test_a_field_wrapped_onto_the_next_line_is_read_whole(lines: list[str], field: str) -> None:
    (degree,) = _education(*lines)
    assert degree.field == field


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        (["B.S. in Physics", "Chemistry Minor, 2014"], "Physics"),  # a known field is complete
        (["M.S. in Quantitative", "Stanford University, 2019"], "Quantitative"),  # a school is no field
        (["B.A. in Art History", "Magna Cum Laude, 2012"], "Art History"),  # honours are no field
    ],
)
def test_a_complete_field_is_not_extended_by_the_next_line(lines: list[str], field: str) -> None:
    (degree,) = _education(*lines)
    assert degree.field == field


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("BSEE, University of Florida, 2009", "bachelor", "Electrical Engineering"),
        ("B.S.E.E., Purdue University, 2008", "bachelor", "Electrical Engineering"),
        ("MSCS, Georgia Tech, 2014", "master", "Computer Science"),
        ("BSN, RN, University of Iowa, 2014", "bachelor", "Nursing"),  # the licence after it is no field
        ("MPA, Harvard Kennedy School, 2016", "master", "Public Administration"),
        ("Juris Doctor, Harvard Law School, 2012", "doctorate", "Law"),
        ("Doctor of Medicine (MD), 2010", "doctorate", "Medicine"),
        ("MBBS, AIIMS New Delhi, 2010", "bachelor", "Medicine"),
    ],
)
def test_an_abbreviation_that_names_its_field_gives_it(line: str, level: str, field: str) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field) == (level, field)


def test_a_field_named_inside_a_school_name_stays_in_the_school() -> None:
    (degree,) = _education("Juris Doctor, Harvard Law School, 2012")
    assert degree.institution == "Harvard Law School"


@pytest.mark.parametrize(
    ("line", "field"),
    [("BS, Physics, State University, 2010", "Physics"), ("BFA in Graphic Design, RISD, 2015", "Graphic Design")],
)
def test_other_abbreviations_take_the_field_written_after_them(line: str, field: str) -> None:
    (degree,) = _education(line)
    assert degree.field == field


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("BASc Mechanical Engineering, University of Waterloo, 2015", "bachelor", "Mechanical Engineering"),
        ("Bachelor of Applied Science (BASc), Mechanical Engineering, 2015", "bachelor", "Mechanical Engineering"),
        ("MASc Electrical Engineering, University of Toronto, 2017", "master", "Electrical Engineering"),
        ("M.S.E. Computer Science, Johns Hopkins University, 2012", "master", "Computer Science"),
        ("S.M. in EECS, MIT, 2012", "master", "Electrical Engineering and Computer Science"),
        ("B.Des. Communication Design, National Institute of Design, 2015", "bachelor", "Communication Design"),
        ("B.Pharm, Mumbai University, 2012", "bachelor", "Pharmacy"),
        ("PharmD, University of Florida, 2015", "doctorate", "Pharmacy"),
        ("BA (Hons) English Literature, 2:1, University of Leeds, 2014", "bachelor", "English Literature"),
        ("M.S. | Computer Science | Stanford University | 2015", "master", "Computer Science"),
        ("Masters: Computer Science, 2015", "master", "Computer Science"),
        ("Maestría en Ciencia de Datos, Universidad de Chile, 2019", "master", "Ciencia de Datos"),
        ("Doctorado en Física, Universidad de Chile, 2015", "doctorate", "Física"),
        ("Licenciado en Economía, Universidad de Lima, 2012", "bachelor", "Economía"),
    ],
)
def test_more_degree_spellings(line: str, level: str, field: str) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field) == (level, field)


@pytest.mark.parametrize(
    "line",
    [
        "Lucas, S. M., Dockhorn, A., Volz, V. (2019). Learning local forward models, in Proc. CoG",  # initials
        "Tested alloys up to 500 MPa for Acme Aerospace, 2019",  # a unit, not a master of public administration
        "Designed the mascot of the Basc Festival, 2019",
    ],
)
def test_initials_units_and_words_that_look_like_abbreviations_are_no_degree(line: str) -> None:
    assert _degrees(["Ann Example", "EXPERIENCE", line]) == ()
    assert _degrees(["Ann Example", "PUBLICATIONS", line]) == ()


@pytest.mark.parametrize(
    ("block", "fields"),
    [
        (  # fields above their degrees: the first degree has a name above it, the last none below
            [
                "Hanoi University",
                "Applied Physics",
                "Ph.D.",
                "Data Science",
                "Master of Science",
                "Industrial Management",
                "Bachelor's degree",
            ],
            ["Applied Physics", "Data Science", "Industrial Management"],
        ),
        (  # fields below their degrees
            ["Master of Science", "Industrial Management", "Bachelor of Arts", "Art History", "Hanoi University"],
            ["Industrial Management", "Art History"],
        ),
    ],
)
def test_fields_in_a_column_beside_lone_degree_names(block: list[str], fields: list[str]) -> None:
    assert [d.field for d in _education(*block)] == fields


@pytest.mark.parametrize(
    "block",
    [
        [
            "Hanoi University, 2008 - 2014",
            "Heritage Conservation",
            "Master of Science",
            "Industrial Management",
            "Bachelor of Arts",
            "Textile Crafts",
        ],  # a name at both ends: which side is unclear
        [
            "Hanoi University, 2008 - 2014",
            "Master of Science",
            "Bachelor of Arts",
            "Heritage Conservation",
        ],  # not alternating
    ],
)
def test_no_column_fields_when_the_side_is_unclear(block: list[str]) -> None:
    degrees = _education(*block)
    assert degrees and all(d.field is None for d in degrees)


@pytest.mark.parametrize(
    "line",
    [
        "In Y. P. Kondratenko, V. Kreinovich, W. Pedrycz, A. A. Chikrii, A. M. Gil Lafuente (eds.), 2021",
        "Lucas, S. M., Dockhorn, A., Volz, V., Bravi, I. (2019). Learning local forward models, in Proc. CoG",
    ],
)
def test_initials_in_a_list_of_people_are_no_degree(line: str) -> None:
    assert _degrees(["Ann Example", "EXPERIENCE", "Analyst, Acme, 2019 - 2021", line]) == ()


def test_a_degree_beside_a_few_names_is_still_read() -> None:
    (degree,) = _degrees(["SUMMARY", "M.S. in Statistics, Stanford University, advised by J. Smith, 2019"])
    assert (degree.level, degree.field) == ("master", "Statistics")


@pytest.mark.parametrize(
    "line",
    [
        "MSC Fluidworks Ltd as Project Manager (Solver Release Planning)   2011 - 2013",
        "Client: MSC Fluidworks, 2017",
    ],
)
def test_an_abbreviation_inside_an_organisation_name_is_no_degree(line: str) -> None:
    assert _degrees(["Ann Example", "EXPERIENCE", line]) == ()


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("MBA Finance, 2015", ("master", "Finance")),
        ("PhD Physics, 2012", ("doctorate", "Physics")),
        ("PhD Candidate, Computer Science, State University", ("doctorate", "Computer Science")),
    ],
)
def test_an_abbreviation_before_a_known_field_or_status_is_a_degree_anywhere(
    line: str, expected: tuple[str, str]
) -> None:
    (degree,) = _degrees(["Ann Example", "SUMMARY", line])
    assert (degree.level, degree.field) == expected


@pytest.mark.parametrize(
    "line",
    [
        "PhD, Final Grade: Magna Cum Laude   2015–2019",
        "PhD Student, Research and Lab Associate   2014-2017",
        "M.S., First Class Honours, 2014",
    ],
)
def test_grades_honours_and_job_titles_are_no_field(line: str) -> None:
    (degree,) = _education(line)
    assert degree.field is None


def test_a_field_ending_in_a_field_word_is_kept() -> None:
    (degree,) = _education("M.S., Engineering Management, 2014")
    assert degree.field == "Engineering Management"


@pytest.mark.parametrize(
    "block",
    [
        ["B.S. in Physics, State University, 2015", "Thesis: ongoing work on dark matter halos"],
        ["M.S. in Statistics", "State University, 2018", "Selected as a candidate for the Fulbright program"],
    ],
)
def test_a_dated_degree_is_not_made_in_progress_by_its_neighbours_words(block: list[str]) -> None:
    (degree,) = _education(*block)
    assert degree.in_progress is False


@pytest.mark.parametrize(
    "block",
    [
        ["B.Sc. in Information Technology", "May 2021 - Expected 2025"],  # the date's own line says so
        ["Ph.D. in Computer Science", "Candidate, State University"],  # no date: the entry's words say so
        ["B.S. in Computer Science (expected), State University, 2024"],
    ],
)
def test_an_entrys_own_words_still_say_in_progress(block: list[str]) -> None:
    (degree,) = _education(*block)
    assert degree.in_progress is True


@pytest.mark.parametrize(
    "line",
    [
        "Taught courses in the MBA program at Wharton School, 2018 - 2020",
        "Lecturer for the M.S. in Data Science program, State University, 2019 - 2021",
        "Guest lecture for Master of Science students at Stanford University, 2019",
        "Recruited PhD graduates from MIT and Stanford University, 2018",
        "Supervised MSc theses in Machine Learning at University of Leeds, 2021",
        "Research Assistant to Dr. Smith, PhD, University of Iowa, 2015 - 2016",
        "Worked under Jane Doe, Ph.D., at State University, 2015",
    ],
)
def test_programmes_and_other_peoples_degrees_in_experience_are_not_the_applicants(line: str) -> None:
    lines = ["Ann Example", "EDUCATION", "B.S. in Physics, State University, 2012", "EXPERIENCE", line]
    assert [d.level for d in _degrees(lines)] == ["bachelor"]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Completed an M.S. in Data Science at State University, 2019", "master"),
        ("PhD Candidate in Statistics, State University, 2021 - Present", "doctorate"),
        ("Holds a Master of Science in Physics from State University, 2016", "master"),
        ("Completed the MBA at Wharton School in 2015", "master"),
        ("Enrolled in the PhD program in Physics at State University, 2022 - Present", "doctorate"),
        ("Graduate of the M.S. program in Statistics, State University, 2016", "master"),
    ],
)
def test_the_applicants_own_degree_in_a_sentence_is_still_read(line: str, level: str) -> None:
    (degree,) = _degrees(["Ann Example", "SUMMARY", line])
    assert degree.level == level


def test_a_programme_word_that_is_a_field_stays_a_field() -> None:
    (degree,) = _education("M.Ed. Curriculum and Instruction, 2013")
    assert (degree.level, degree.field) == ("master", "Curriculum and Instruction")


@pytest.mark.parametrize(
    ("block", "field"),
    [
        (["Master of Science", "Industrial Management", "Song Hong University", "2014"], "Industrial Management"),
        (["Ph.D.", "Department of Computer Science", "State University, 2019"], "Computer Science"),
    ],
)
def test_a_field_name_on_the_line_beside_a_lone_degree_is_its_field(block: list[str], field: str) -> None:
    (degree,) = _education(*block)
    assert degree.field == field


@pytest.mark.parametrize(
    "block",
    [
        ["Bachelor of Science", "Magna Cum Laude", "State University, 2010"],
        ["Bachelor of Science", "Teaching Assistant", "State University, 2010"],
        ["Master of Science", "New York, NY", "State University, 2010"],
        ["Master of Science", "State University, 2010", "Industrial Management"],  # not beside it
    ],
)
def test_honours_jobs_places_and_farther_lines_give_a_lone_degree_no_field(block: list[str]) -> None:
    (degree,) = _education(*block)
    assert degree.field is None


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("B.S., Magna Cum Laude, Mathematics, 2014", "Mathematics"),
        ("B.S., GPA 3.9, Computer Science, 2014", "Computer Science"),
        ("M.S., Expected May 2027, Data Science", "Data Science"),
    ],
)
def test_the_field_after_a_grade_honours_or_date(line: str, field: str) -> None:
    (degree,) = _education(line)
    assert degree.field == field


@pytest.mark.parametrize("line", ["B.S., Magna Cum Laude, Palo Alto, 2014", "B.S., GPA 3.9, Dean's List, 2014"])
def test_no_field_after_a_grade_or_honours_when_none_is_named(line: str) -> None:
    (degree,) = _education(line)
    assert degree.field is None


def test_a_state_after_the_schools_city_does_not_cut_the_entries_apart() -> None:
    degrees = _education(
        "2015–Current Northfield Institute of Technology, Northfield, MN, USA",
        "PhD. Electrical Engineering and Computer Science",
        "2011–2013 University of Westland Bay, Westland Bay, CA, USA",
        "M.S. Computer Science",
    )
    assert [(d.level, d.field, d.year, d.in_progress) for d in degrees] == [
        ("doctorate", "Electrical Engineering and Computer Science", 2015, True),
        ("master", "Computer Science", 2013, False),
    ]


def test_degree_names_in_a_column_of_their_own_take_the_entries_beside_them_in_order() -> None:
    degrees = _education(
        "\uf184 Ph.D",
        "\uf184 M.Sc",
        "\uf184 B.Eng",
        "National University of Ardenne Computer Science   2021.01 − 2024.09",
        "Lintong University",
        "Computer Software and Theory   2016.09 − 2019.06",
        "Qingshan University",
        "Software Engineering   2012.09 − 2016.06",
    )
    assert [(d.level, d.field, d.institution, d.year) for d in degrees] == [
        ("doctorate", "Computer Science", "National University of Ardenne", 2024),
        ("master", "Computer Software and Theory", "Lintong University", 2019),
        ("bachelor", "Software Engineering", "Qingshan University", 2016),
    ]


def test_degree_names_are_not_paired_with_entries_when_fewer_schools_follow() -> None:
    degrees = _education("Ph.D", "M.Sc", "Lintong University", "Computer Science   2016 - 2019")
    assert ("doctorate", "Lintong University") not in [(d.level, d.institution) for d in degrees]


def test_degree_names_each_above_its_own_entry_are_read_as_usual() -> None:
    degrees = _education("Ph.D", "Lintong University, 2019", "M.Sc", "Qingshan University, 2016")
    assert [(d.level, d.institution, d.year) for d in degrees] == [
        ("doctorate", "Lintong University", 2019),
        ("master", "Qingshan University", 2016),
    ]


def test_an_empty_education_heading_stacked_on_the_next_reads_that_section_as_education() -> None:
    lines = ["Ann Example", "EDUCATION", "SKILLS", "Bachelors (B.Tech)", "Institution: Acme College of Engineering",
             "2015 – Present", "Python, SQL"]  # fmt: skip
    assert [(d.level, d.in_progress) for d in _degrees(lines)] == [("bachelor", True)]


def test_a_skills_section_after_a_filled_education_section_is_not_read_as_education() -> None:
    lines = ["Ann Example", "EDUCATION", "B.S. Physics, Acme University, 2015", "SKILLS", "BS (Hons) tooling, 2019"]
    assert [d.level for d in _degrees(lines)] == ["bachelor"]
    assert [d.field for d in _degrees(lines)] == ["Physics"]


def test_school_years_before_a_degree_keep_their_own_dates() -> None:
    degrees = _education(
        "Class 12",
        "Institution: Cedar Grove Public School,",
        "2012 – 2014",
        "Result: 86%",
        "Bachelors (B.Tech)",
        "Institution: Acme College of Engineering",
        "2015 – Present",
    )
    assert [(d.level, d.year, d.in_progress) for d in degrees] == [("bachelor", 2015, True)]


@pytest.mark.parametrize("line", ["Class XII, CBSE Board, 2014", "12th Standard, State Board, 2012", "Class 10, 2010"])
def test_school_years_are_no_degree(line: str) -> None:
    assert _education(line) == ()


def test_a_date_line_saying_the_degree_was_left_unfinished_drops_it() -> None:
    degrees = _education(
        "Maestría en Educación", "Universidad de Ejemplo", "2021-2022 (Interrumpida)",
        "Ingeniería de Sistemas", "Universidad de Ejemplo", "2015-2020 (Finalizada)",
    )  # fmt: skip
    assert [d.level for d in degrees] == ["bachelor"]


def test_a_date_line_saying_the_degree_was_finished_keeps_it() -> None:
    degrees = _education("M.S. in Statistics", "Example State University", "2019 - 2021 (Completed)")
    assert [(d.level, d.field) for d in degrees] == [("master", "Statistics")]


def test_a_description_that_uses_an_unfinished_word_keeps_the_degree() -> None:
    degrees = _education(
        "M.S. in Computer Science, Example University, 2021",
        "Thesis: resuming interrupted downloads over lossy links",
    )
    assert [d.level for d in degrees] == ["master"]


@pytest.mark.parametrize(
    "lines",
    [
        ("**PhD in Civil Engineering**, Example Polytechnic - *(current)*",),
        ("2026 — Running", "M.Sc. Network Security", "Example University of Professionals"),
        ("M.Sc. in Physics, Example University, 2024 - now",),
    ],
)
def test_a_status_word_after_the_dates_makes_the_degree_in_progress(lines: tuple[str, ...]) -> None:
    (degree,) = _education(*lines)
    assert degree.in_progress


@pytest.mark.parametrize(
    "lines",
    [
        ("M.Sc. in Physics, Example University, 2020", "Thesis: running coupling constants in lattice QCD"),
        ("B.S. in Biology, Example University (2016 - 2020)", "Captain of the running club, 2018 - 2020"),
    ],
)
def test_a_running_word_that_is_no_status_leaves_the_degree_awarded(lines: tuple[str, ...]) -> None:
    assert not _education(*lines)[0].in_progress


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Ingeniería de Sistemas | Mar 2004 - Nov 2008", "Ingeniería de Sistemas"),
        ("Ingeniería en Informática, Universidad de Ejemplo, 2019", "Ingeniería en Informática"),
        ("Engenharia de Software, Universidade Exemplo, 2015", "Engenharia de Software"),
    ],
)
def test_a_latin_american_engineering_degree_is_named_by_its_whole_name(line: str, field: str) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field) == ("bachelor", field)


def test_a_latin_american_engineering_word_outside_education_is_no_degree() -> None:
    lines = ["Ana Ejemplo", "EXPERIENCE", "Líder de Ingeniería de Datos, Acme, 2019 - 2023", "EDUCATION", "BSc Physics"]
    assert [(d.level, d.field) for d in _degrees(lines)] == [("bachelor", "Physics")]


def test_a_degree_name_ending_in_in_takes_its_field_from_the_next_line() -> None:
    degrees = _education("Master of Science in", "Chemical and Process Engineering“", "10.2014 – 09.2016 TU Beispiel")
    assert [(d.level, d.field) for d in degrees] == [("master", "Chemical and Process Engineering")]


def test_a_degree_line_not_ending_in_in_keeps_its_own_field() -> None:
    degrees = _education("Master of Science in Physics", "Chemical and Process Engineering", "2014 – 2016 TU Beispiel")
    assert [(d.level, d.field) for d in degrees] == [("master", "Physics")]


def test_a_studied_line_names_the_field_of_the_degree_above() -> None:
    degrees = _education(
        "BA, 2:1, Example College, University of Example", "• Studied 'Modern History' Sept 09 - Jul 12"
    )
    assert [(d.level, d.field) for d in degrees] == [("bachelor", "Modern History")]


def test_a_studied_line_of_lower_case_words_names_no_field() -> None:
    degrees = _education("BA, 2:1, Example College, University of Example", "• Studied abroad for a term, 2010")
    assert [(d.level, d.field) for d in degrees] == [("bachelor", None)]


def test_an_undated_mention_does_not_undo_a_degree_in_progress() -> None:
    lines = [
        "Jane Example",
        "M.S. Architecture (Building Performance) - Example Tech",
        "SUMMARY",
        "I am currently pursuing an M.S. in Architecture at Example Tech.",
        "EDUCATION",
        "B.Arch, Example Polytechnic Institute, 2025",
    ]
    assert [(d.level, d.in_progress) for d in _degrees(lines)] == [("master", True), ("bachelor", False)]


def test_a_dated_awarded_degree_stays_awarded_beside_a_candidate_mention() -> None:
    lines = ["Jane Example", "PhD candidate in Physics", "EDUCATION", "Ph.D. in Physics, Example University, 2020"]
    assert [(d.level, d.in_progress) for d in _degrees(lines)] == [("doctorate", False)]


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        (
            (
                "Diplomstudiengang, Musterstadt School of Management",
                "2004 - 2010",
                "Hauptfächer: Finanzen und Statistik",
            ),
            "Finanzen und Statistik",
        ),
        (("Master, Université de Lyon, 2015", "Spécialité : Informatique Graphique"), "Informatique Graphique"),
        (("Licenciatura, Universidad de Chile, 2012", "Especialidad: Ingeniería Eléctrica"), "Ingeniería Eléctrica"),
        (("Laurea magistrale, Politecnico di Milano, 2018", "Indirizzo: Automazione"), "Automazione"),
        (
            ("Bacharelado, Universidade Federal de Exemplo, 2016", "Ênfase em Sistemas de Informação"),
            "Sistemas de Informação",
        ),
    ],
)
def test_a_field_labelled_in_another_language_under_a_degree_is_its_field(lines: tuple[str, ...], field: str) -> None:
    assert [d.field for d in _education(*lines)] == [field]


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        (("Diplom, Musterstadt School of Management, 2010", "Hauptfächer: Physik, Statistik und Informatik"),
         "Physik, Statistik und Informatik"),
        (("Master, Université de Lyon, 2015", "Spécialité : Informatique, Statistique"), "Informatique, Statistique"),
    ],
)  # fmt: skip
def test_a_labelled_line_naming_several_fields_is_read_whole(lines: tuple[str, ...], field: str) -> None:
    assert [d.field for d in _education(*lines)] == [field]


def test_a_labelled_line_that_is_no_field_name_gives_no_field() -> None:
    assert [d.field for d in _education("Master, Université de Lyon, 2015", "Mention : très bien")] == [None]


def test_a_labelled_focus_gives_way_to_a_known_field_on_the_entrys_own_lines() -> None:
    lines = ("Universität Wien", "Informatik   2004 - 2010", "Schwerpunkte: Robotik, Bildverarbeitung", "Diplom, 2010")
    assert [d.field for d in _education(*lines)] == ["Informatik"]


def test_a_labelled_focus_is_the_field_when_no_known_field_is_named() -> None:
    lines = ("Diplom, Universität Wien, 2010", "Schwerpunkt: Bildverarbeitung")
    assert [d.field for d in _education(*lines)] == ["Bildverarbeitung"]


def test_a_labelled_major_stays_the_field_beside_another_known_field() -> None:
    lines = ("Diplomstudiengang, Universität Wien, 2010", "Physik", "Hauptfach: Informatik")
    assert [d.field for d in _education(*lines)] == ["Informatik"]


@pytest.mark.parametrize(
    "block",
    [
        [
            "State University   2021 – 2025",
            "B.Sc. in Physics – GPA: 3.9",
            "All coursework done – thesis pending defence",
        ],
        ["B.A. in History, State University, 2024", "All requirements met; awaiting graduation"],
        ["M.S. in Chemistry, State University, 2025", "Defense pending (scheduled for March)"],
        ["BSc Biology, State University, 2022 – 2025", "Final-year student of the honours track"],
        ["Universidade Federal de Exemplo   2021 – 2025", "Bacharelado em Física – último semestre"],
        ["Universidade Federal de Exemplo   2021 – 2025", "Bacharelado em Física (expectativa de formatura)"],
        ["Universidad de Ejemplo   2020 – 2025", "Licenciatura en Química – tesis pendiente"],
        ["Université d'Exemple   2021 – 2025", "Master 2 Informatique, soutenance prévue en septembre"],
        ["Universität Musterstadt   2021 – 2025", "Master Informatik, Abschluss ausstehend"],
        ["Università di Esempio   2021 – 2025", "Laurea magistrale in Fisica, in attesa di discussione"],
        ["Graduating in May 2025: B.S. in Economics, State University"],
        ["PhD in Ecology, State University   2019 – 2024", "Defense scheduled for March 2027"],
        ["PhD in Ecology, State University   2019 – 2024", "Dissertation under review"],
        ["Dottorato di ricerca in Fisica, Università di Esempio   2025", "Iscritto al secondo anno"],
        ["Master Physik, Universität Musterstadt   2025", "Derzeit"],
    ],
)
def test_a_phrase_saying_the_degree_is_not_awarded_yet_marks_it_in_progress_wherever_in_the_entry(
    block: list[str],
) -> None:
    (degree,) = _education(*block)
    assert degree.in_progress is True


@pytest.mark.parametrize(
    "block",
    [
        ["B.Sc. in Physics, State University, 2015", "Final year project: a pending-queue simulator"],
        ["B.A. in History, State University, 2014", "Graduated with honours; thesis on trade routes"],
        ["M.S. in Chemistry, State University, 2016", "Research on catalysts; two papers, one patent pending review"],
        ["Bacharelado em Física, Universidade Federal de Exemplo, 2015", "Monitor no último ano de 2014"],
        ["PhD in Ecology, State University, 2016", "Thesis on defense scheduling under uncertainty"],
        ["PhD in Ecology, State University, 2016", "Dissertation on peer review, under revision at a journal"],
        ["Laurea in Fisica, Università di Esempio, 2016", "Iscritto all'albo dei fisici dal 2017"],
        ["Master Physik, Universität Musterstadt, 2016", "Derzeit als Laborleiter bei Example GmbH tätig"],
    ],
)
def test_an_awarded_degree_with_other_words_of_waiting_stays_awarded(block: list[str]) -> None:
    (degree,) = _education(*block)
    assert degree.in_progress is False


@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("Master (Très Bien), Université d'Exemple – Lyon, France   2019 – 2021", "master", None),
        ("Licence (Assez Bien), Université d'Exemple, 2017", "bachelor", None),
        ("Licenciatura (Sobresaliente), Universidad de Ejemplo, 2014", "bachelor", None),
        ("Laurea magistrale (con lode), Università di Esempio, 2012", "master", None),
        ("2013–2016 Master (M.Sc.), Example Technical University, Musterstadt", "master", None),
        ("2009 – 2012 – Master M2I (Ingénierie Informatique) à l'EXEMPLE", "master", "Ingénierie Informatique"),
        ("2007 – 2009 – BTS SIO (Services Informatiques), Lycée Exemple", "associate", "Services Informatiques"),
        ("Bachelor (Hons) – Example University, 2010", "bachelor", None),
        ("Master (Informatique), Université d'Exemple, 2015", "master", "Informatique"),
    ],
)
def test_a_bare_level_and_a_cell_in_parentheses_opening_an_entry_are_a_degree(
    line: str, level: str, field: str | None
) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field) == (level, field)  # a grade ("Très Bien", "con lode") names no field


@pytest.mark.parametrize(
    "line",
    ["Scrum Master (certified), Acme Corp, 2019", "Worked as a Master (of ceremonies), 2018", "A master (of sorts)"],
)
def test_a_level_word_with_a_parenthesis_not_opening_an_entry_is_no_degree(line: str) -> None:
    assert _education(line) == ()


@pytest.mark.parametrize(
    ("block", "field"),
    [
        (
            ["2014–2017 Master (M.Sc.), Example University", "Physics - Computational Physics"],
            "Physics - Computational Physics",
        ),
        (
            [
                "Example University of Technology",
                "Bachelor of Engineering,",
                "Naval Architecture and Robotics",
                "2012 – 2016",
            ],
            "Naval Architecture and Robotics Engineering",
        ),
        (["Example University", "Bachelor of Science,", "Marine Biology", "2010 – 2014"], "Marine Biology"),
    ],
)
def test_the_field_on_the_line_below_a_degree_name_that_leads_on_to_it(block: list[str], field: str) -> None:
    (degree,) = _education(*block)
    assert degree.field == field


def test_a_dated_line_below_a_degree_with_a_comma_is_no_field() -> None:
    (degree,) = _education("Example University", "Bachelor of Engineering,", "Exampleton, Norway", "2012 – 2016")
    assert degree.field == "Engineering"


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("First State Examination in Law, University of Example, 2010", "Law"),
        ("• Teacher Education for Upper Secondary Level (1. State Examination), 2013", None),
        ("Staatsexamen Medizin, Universität Musterstadt, 2012", "Medizin"),
    ],
)
def test_germanys_state_examination_in_english_or_german_is_a_masters(line: str, field: str | None) -> None:
    (degree,) = _education(line)
    assert degree.level == "master"
    if field:
        assert degree.field == field


def test_a_state_exam_in_a_sentence_is_no_degree() -> None:
    assert _education("Passed the state exam for nursing, 2012") == ()


@pytest.mark.parametrize(
    ("block", "field"),
    [
        (
            ["• 2002 - 2006", "Studium Informatik an der Hochschule Musterstadt", "Abschluss: Bachelor of Science"],
            "Informatik",
        ),
        (["Studium der Physik an der Universität Musterstadt", "Abschluss: Diplom, 2004"], "Physik"),
    ],
)
def test_a_studium_line_names_the_field_of_its_entrys_degree(block: list[str], field: str) -> None:
    (degree,) = _education(*block)
    assert degree.field == field


def test_a_degree_after_a_sub_heading_that_ends_the_education_section_is_still_read() -> None:
    lines = [
        "Ann Example",
        "EDUCATION",
        "Example School of Law, J.D., 2012",
        "Activities:",
        "• Member of the Moot Court Society",
        "Example State University, B.S. in Nutrition, May 2008",
    ]
    assert [(d.level, d.field) for d in _degrees(lines)] == [("doctorate", "Law"), ("bachelor", "Nutrition")]


def test_a_degree_in_a_skills_section_is_read_when_none_is_found_elsewhere() -> None:
    # an education heading not read as one ("Educa ao", its letters lost) leaves its entries in the skills before it
    lines = ["Ana Exemplo", "SKILLS", "Python, SQL, Power BI", "Educa ao", "Universidade Exemplo",
             "Mestrado em Ciência da Computação   2026 - Presente (em andamento)",
             "Bacharelado em Sistemas de Informação   Fevereiro 2022 - Dezembro 2025"]  # fmt: skip
    assert [(d.level, d.in_progress) for d in _degrees(lines)] == [("master", True), ("bachelor", False)]


def test_a_skills_section_is_not_read_for_degrees_when_one_is_found_elsewhere() -> None:
    lines = ["Ana Exemplo", "EDUCATION", "B.S. in Physics, Example University, 2015",
             "SKILLS", "Python, SQL", "Master of Science in Data Science, Example University, 2019"]  # fmt: skip
    assert [d.level for d in _degrees(lines)] == ["bachelor"]


_SIDEBAR = ["Jan Beispiel", "EXPERIENCE", "2019 - 2022   Data Analyst, Example GmbH", "Bachelor of Science",
            "Geowissenschaften", "Thesis:", "Simulation of ground motion", "Universität Beispielstadt",
            "10/2009 - 09/2012"]  # fmt: skip


def test_a_degree_name_alone_with_its_field_below_and_its_school_and_dates_after_is_read() -> None:
    assert [(d.level, d.field) for d in _degrees(_SIDEBAR)] == [("bachelor", "Geowissenschaften")]


@pytest.mark.parametrize(
    "lines",
    [
        [*_SIDEBAR[:4], "Data Analysis", "Example GmbH"],  # no school, no dates below
        [*_SIDEBAR[:4], "Example GmbH", *_SIDEBAR[5:]],  # no field on the next line
        [*_SIDEBAR[:4], "Geowissenschaften", "Universität Beispielstadt"],  # no dates
    ],
)
def test_a_degree_name_alone_outside_education_needs_its_field_school_and_dates_below(lines: list[str]) -> None:
    assert [d.level for d in _degrees(lines)] == []


@pytest.mark.parametrize(
    "lines",
    [
        ("Example University — PhD in Physics, 2019 – 2021", "• Discontinued to join industry"),
        ("PhD, Mathematics, 2018 - 2020 (left program)", "Example University"),
        ("Ph.D. in Biology (withdrawn), Example Institute of Technology, 2016 - 2018",),
        ("Doktorat Informatik, Universität Beispiel, 2019 - 2021", "Withdrew in 2021"),
    ],
)
def test_a_doctorate_left_unfinished_is_no_degree(lines: tuple[str, ...]) -> None:
    degrees = _education(*lines, "M.Sc. in Physics, Example University, 2018")
    assert [d.level for d in degrees] == ["master"]


@pytest.mark.parametrize(
    "second",
    ["• Abandoned cart prediction with gradient boosting", "Incomplete-data imputation for sensor networks"],
)
def test_a_line_naming_work_with_an_unfinished_word_keeps_the_degree(second: str) -> None:
    degrees = _education("M.Sc. in Computer Science, Example University, 2021", second)
    assert [(d.level, d.in_progress) for d in degrees] == [("master", False)]


@pytest.mark.parametrize(
    "status", ["Diplôme attendu en juin 2027", "Degree expected in 2027", "Abschluss voraussichtlich 2027"]
)
def test_a_status_line_naming_the_degree_before_its_status_makes_it_in_progress(status: str) -> None:
    (degree,) = _education("2017 - 2020 Cycle ingénieur électronique Systèmes Embarqués", status)
    assert (degree.level, degree.in_progress) == ("master", True)


@pytest.mark.parametrize("status", ["Diplôme obtenu en 2018", "Degree awarded with distinction"])
def test_a_status_line_naming_the_degree_as_awarded_leaves_it_awarded(status: str) -> None:
    (degree,) = _education("2017 - 2020 Cycle ingénieur électronique Systèmes Embarqués", status)
    assert (degree.level, degree.in_progress) == ("master", False)


@pytest.mark.parametrize(
    ("lines", "field"),
    [
        (("Executive MBA, Example School of Management, 2021",), "Business Administration"),
        (("M.B.A., Example University, 2021", "Concentration: Finance"), "Finance (Business Administration)"),
        (("MBA in Marketing, Example University, 2021",), "Marketing"),
    ],
)
def test_an_mba_names_business_administration_unless_a_field_is_named(lines: tuple[str, ...], field: str) -> None:
    (degree,) = _education(*lines)
    assert (degree.level, degree.field) == ("master", field)


def test_an_mba_named_in_a_sentence_outside_education_is_no_degree() -> None:
    lines = ["Ann Example", "EXPERIENCE", "Analyst, Acme Corp, 2019 - 2021", "Sponsored by Acme for an MBA program."]
    assert _degrees(lines) == ()


def test_a_degree_in_a_summary_sentence_with_no_field_of_its_own_adds_nothing() -> None:
    lines = ["Ann Example", "SUMMARY", "Chemist holding Doctor of Pharmacy as well as Master in Science degrees.",
             "EDUCATION", "Doctor of Pharmacy: Medicinal Chemistry, Example College of Pharmacy, 2004"]  # fmt: skip
    assert [(d.level, d.field) for d in _degrees(lines)] == [("doctorate", "Medicinal Chemistry")]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Promotion (Dr. rer. nat.), Universität Beispiel, 2017 - 2022", "Natural Sciences"),
        ("Promotion (Dr. rer. nat.) in Physik, Universität Beispiel, 2022", "Physik"),
    ],
)
def test_a_german_doctorate_names_its_faculty_unless_a_field_is_named(line: str, field: str) -> None:
    (degree,) = _education(line)
    assert (degree.level, degree.field) == ("doctorate", field)


@pytest.mark.parametrize("status", ["• expected grade: 2.3", "Predicted classification: First", "Expected GPA 3.8/4.0"])
def test_a_grade_still_to_come_makes_the_degree_in_progress(status: str) -> None:
    (degree,) = _education("09/21-09/23 Master in Chemistry", "Example University", status)
    assert (degree.level, degree.in_progress) == ("master", True)


def test_a_grade_given_leaves_the_degree_awarded() -> None:
    (degree,) = _education("09/21-09/23 Master in Chemistry", "Example University", "• grade: 2.3")
    assert (degree.level, degree.in_progress) == ("master", False)


@pytest.mark.parametrize(
    "line",
    [
        "Ph.D. in Computer Science (on hold), Example University, 2019 - 2021",
        "PhD Computer Science, Example University, 2021 - 2023 (paused)",
        "PhD candidate in Physics (dropped), Example University, 2015 - 2016",
        "Promotion Informatik, Universität Beispiel, 2021 - 2023 (unterbrochen)",
    ],
)
def test_a_doctorate_on_hold_or_dropped_is_no_degree(line: str) -> None:
    degrees = _education(line, "M.Sc. in Physics, Example University, 2014")
    assert [d.level for d in degrees] == ["master"]


def test_a_thesis_on_suspended_matter_keeps_the_degree() -> None:
    degrees = _education("M.Sc. in Hydrology, thesis on suspended sediment transport, Example University, 2015")
    assert [(d.level, d.field) for d in degrees] == [("master", "Hydrology")]


def test_a_field_on_the_next_line_is_read_past_a_note_in_parentheses() -> None:
    degrees = _education("2009 - 2012, BSc", "Chemistry and Applied Chemistry (with Distinction)", "Example University")
    assert [(d.level, d.field) for d in degrees] == [("bachelor", "Chemistry and Applied Chemistry")]


def test_a_line_of_honours_alone_on_the_next_line_is_still_no_field() -> None:
    degrees = _education("2009 - 2012, BSc", "Honors Program (Dean's List)", "Example University")
    assert [(d.level, d.field) for d in degrees] == [("bachelor", None)]


def test_a_degree_awarded_before_another_of_its_level_under_way_is_kept_apart() -> None:
    degrees = _education(
        "Engineer’s degree   1996 - 2001", "Example Institute of Engineering, Lyon", "MBA   2010 - present",
        "Example Business School",
    )  # fmt: skip
    assert [(d.level, d.field, d.in_progress) for d in degrees] == [
        ("master", None, False),
        ("master", "Business Administration", True),
    ]


def test_two_awarded_mentions_of_a_level_years_apart_one_without_field_stay_one_degree() -> None:
    degrees = _education(
        "Master’s degree   1996 - 2001", "Example Institute of Engineering, Lyon", "MBA   2010 - 2012",
        "Example Business School",
    )  # fmt: skip
    assert [(d.level, d.field, d.in_progress) for d in degrees] == [("master", "Business Administration", False)]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Universidade de Exemplo", "Mestrado", "Engenharia de Produção", "2015 - 2017"],
            [("master", "Engenharia de Produção")],
        ),
        (
            ["Máster, Universidad de Ejemplo", "Ingeniería de Telecomunicación", "2014 - 2016"],
            [("master", "Ingeniería de Telecomunicación")],
        ),
    ],
)
def test_an_engineering_degree_s_name_alone_under_a_degree_without_field_is_its_field(
    lines: list[str], expected: list[tuple[str, str]]
) -> None:
    assert [(d.level, d.field) for d in _education(*lines)] == expected


def test_a_second_degree_with_its_own_field_under_a_degree_without_field_stays_a_degree() -> None:
    degrees = _education(
        "Bachelor of Science, Example College, 2012", "Master of Science in Physics, Example University, 2014"
    )
    assert [(d.level, d.field) for d in degrees] == [("master", "Physics"), ("bachelor", None)]


def test_a_state_after_the_school_s_town_is_no_degree_and_a_major_line_names_the_field() -> None:
    degrees = _education(
        "Example College, Springfield MA", "Bachelor of Arts", "Major: Economics; Minor: Music", "2010 - 2014"
    )
    assert [(d.level, d.field) for d in degrees] == [("bachelor", "Economics")]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Example University, Physics MS, 2012", [("master", "Physics")]),
        ("Example University | MA | 2012", [("master", None)]),
    ],
)
def test_a_degree_s_capitals_after_a_field_or_in_a_cell_of_their_own_stay_a_degree(
    line: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(d.level, d.field) for d in _education(line)] == expected


def test_a_short_school_name_above_the_field_is_not_read_as_the_field() -> None:
    degrees = _education("Bachelor of Science, Northfield Poly   2002 – 2006", "Economics")
    assert [d.field for d in degrees] == ["Economics"]
    # a field's own short form stays the field
    assert [d.field for d in _education("BSc Information Tech, Example University, 2012")] == ["Information Tech"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["2004-2008 Polytechnic University of Northtown", "Telecommunications Engineer"],
            "Telecommunications Engineering",
        ),
        (["Mechanical Engineer", "Northtown Institute of Technology, 2001 - 2006"], "Mechanical Engineering"),
        (["Universidad del Ejemplo", "Médico Cirujano, 2004 - 2010"], "Medicina"),
    ],
)
def test_a_title_alone_on_its_line_beside_its_schools_line_is_a_degree(lines: list[str], expected: str) -> None:
    assert [(d.level, d.field) for d in _education(*lines)] == [("bachelor", expected)]


@pytest.mark.parametrize(
    "lines",
    [
        ["2015-2017 Northtown University", "Research Engineer"],  # a job: no field named
        ["2004-2008 Northtown Robotics Club", "Telecommunications Engineer"],  # no school beside it
        ["Telecommunications Engineer"],
    ],
)
def test_a_title_alone_without_a_school_beside_it_or_naming_no_field_is_no_degree(lines: list[str]) -> None:
    assert _education(*lines) == ()
