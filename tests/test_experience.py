"""Tests for gapcheck.experience: experience sections -> positions with titles, employers and dates."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from gapcheck.experience import find_positions
from gapcheck.models import Position, month_index, month_label
from gapcheck.sections import find_sections

AS_OF = month_index(2026, 11)


def _positions(lines: Sequence[str]) -> tuple[Position, ...]:
    return find_positions(lines, find_sections(list(lines)), AS_OF)


def _summary(lines: Sequence[str]) -> list[tuple[str, str, str | None, int]]:
    return [
        (p.title, p.organization, month_label(p.dates.start) if p.dates else None, p.months) for p in _positions(lines)
    ]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            ["Data Scientist, Acme Corp   Jan 2020 - Dec 2021", "• Built models in Python"],
            [("Data Scientist", "Acme Corp", "2020-01", 24)],
        ),
        (
            ["Data Engineer at Umbrella Corp   Jun '19 – Aug '20"],
            [("Data Engineer", "Umbrella Corp", "2019-06", 15)],
        ),
        (
            ["Initech LLC — Software Engineer — 01/2019–06/2021"],
            [("Software Engineer", "Initech LLC", "2019-01", 30)],
        ),
        (
            ["Software Engineer", "Initech LLC", "Jan 2019 – Mar 2019", "• Wrote code"],
            [("Software Engineer", "Initech LLC", "2019-01", 3)],
        ),
        (
            ["Jan 2019 – Mar 2019", "Software Engineer, Initech LLC", "• Wrote code"],
            [("Software Engineer", "Initech LLC", "2019-01", 3)],
        ),
        (
            ["Data Engineer | Umbrella Corp | Seattle, WA", "Jun 2019 - Present", "• Pipelines in Spark"],
            [("Data Engineer", "Umbrella Corp", "2019-06", AS_OF - month_index(2019, 6) + 1)],
        ),
        (
            ["Teaching Assistant, State University   2017 - 2019"],  # a year range, not a phone number
            [("Teaching Assistant", "State University", "2017-01", 24)],
        ),
        (
            ["Analyst, Globex Inc   Mar. 2018 to Oct. 2020"],
            [("Analyst", "Globex Inc", "2018-03", 32)],
        ),
    ],
)
def test_position_layouts(lines: list[str], expected: list[tuple[str, str, str, int]]) -> None:
    assert _summary(["EXPERIENCE", *lines]) == expected


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Machine Learning Intern, Globex Inc   Summer 2020", "Machine Learning Intern"),
        ("Software Engineering Internship, Hooli   Jun 2021 - Aug 2021", "Software Engineering Internship"),
        ("Research Assistant, Physics Lab, State University   Sep 2018 – May 2020", "Research Assistant"),
        ("Teaching Assistant, State University   Jan 2019 - May 2019", "Teaching Assistant"),
        ("Graduate Research Assistant, Robotics Lab   2021 - 2023", "Graduate Research Assistant"),
    ],
)
def test_internships_and_assistantships_are_positions(line: str, title: str) -> None:
    (position,) = _positions(["EXPERIENCE", line, "• Did the work"])
    assert position.title == title
    assert position.dates is not None and position.months > 0


def test_a_summer_internship_counts_three_months() -> None:
    (position,) = _positions(["EXPERIENCE", "Intern, Globex Inc   Summer 2020"])
    assert position.months == 3


def test_positions_without_dates_are_kept_but_not_counted() -> None:
    lines = ["EXPERIENCE", "Software Engineer, Initech", "• Wrote code", "Data Analyst, Hooli   Mar. 2018 to Oct. 2020"]
    positions = _positions(lines)
    assert [(p.title, p.organization, p.dates is None, p.months) for p in positions] == [
        ("Software Engineer", "Initech", True, 0),
        ("Data Analyst", "Hooli", False, 32),
    ]


def test_two_roles_at_one_company() -> None:
    lines = [
        "EXPERIENCE",
        "Acme Corp",
        "Senior Data Scientist   Jan 2022 – Present",
        "• Led a team",
        "Data Scientist   Jan 2020 – Dec 2021",
        "• Built models",
    ]
    positions = _positions(lines)
    assert [(p.title, p.organization, p.months) for p in positions] == [
        ("Senior Data Scientist", "Acme Corp", AS_OF - month_index(2022, 1) + 1),
        ("Data Scientist", "", 24),
    ]
    # a short bullet describes the role above it: its line belongs to that role
    assert positions[0].line <= 3 < positions[0].end_line
    assert positions[1].line == 4


def test_short_bullets_do_not_become_employers() -> None:
    lines = [
        "EXPERIENCE",
        "Senior Engineer, Vandelay Industries   Jan 2015 – Dec 2018",
        "• Built things",
        "Engineer, Initech   Jan 2013 – Dec 2014",
        "• Fixed things",
    ]
    assert [(p.title, p.organization) for p in _positions(lines)] == [
        ("Senior Engineer", "Vandelay Industries"),
        ("Engineer", "Initech"),
    ]


def test_a_bulleted_employer_above_its_title() -> None:
    """Some LaTeX templates print "• Google" over the title and the dates."""
    lines = [
        "EXPERIENCE",
        "• Google",
        "Software Engineer",
        "Mountain View, CA",
        "Oct 2016 – Present",
        "• TensorFlow: worked on APIs and performance for training models on accelerators of many kinds.",
        "• Coursera",
        "Senior Software Engineer",
        "Jan 2014 – Oct 2016",
    ]
    assert _summary(lines) == [
        ("Software Engineer", "Google", "2016-10", AS_OF - month_index(2016, 10) + 1),
        ("Senior Software Engineer", "Coursera", "2014-01", 34),
    ]


def test_lines_of_a_position_run_to_the_next_one() -> None:
    lines = [
        "EXPERIENCE",  # 0
        "Data Analyst, Acme Inc   Jan 2022 - Present",  # 1
        "• Built Tableau dashboards and SQL reports for the sales team",  # 2
        "• Automated weekly reports in Python",  # 3
        "Research Assistant, State University   Jun 2020 - Dec 2021",  # 4
        "• Cleaned survey data in R",  # 5
        "EDUCATION",  # 6
        "B.S. in Statistics, 2021",  # 7
    ]
    first, second = _positions(lines)
    assert (first.line, first.end_line) == (1, 4)
    assert (second.line, second.end_line) == (4, 6)


@pytest.mark.parametrize(
    "section",
    ["EDUCATION", "PROJECTS", "VOLUNTEER EXPERIENCE", "CERTIFICATIONS", "AWARDS", "PUBLICATIONS"],
)
def test_dated_lines_outside_experience_are_not_positions(section: str) -> None:
    lines = [
        "EXPERIENCE",
        "Analyst, Acme Inc   2019 – 2021",
        section,
        "Chatbot Developer, Open Source Project   2021 – 2022",
        "• Built a chatbot",
    ]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2019-01", 24)]


def test_without_an_experience_heading_dated_lines_elsewhere_are_read() -> None:
    lines = [
        "Ann Example",
        "Data Scientist, Acme Corp   Jan 2020 - Dec 2021",
        "EDUCATION",
        "B.S. Math, State University, 2015 - 2019",
    ]
    assert _summary(lines) == [("Data Scientist", "Acme Corp", "2020-01", 24)]


def test_contact_lines_are_not_positions() -> None:
    lines = ["EXPERIENCE", "ann@example.com | +1 (555) 201-2019", "Analyst, Acme Inc   2019 – 2021"]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2019-01", 24)]


def test_a_location_is_neither_title_nor_employer() -> None:
    (position,) = _positions(["EXPERIENCE", "Seattle, WA", "Data Engineer, Umbrella Corp   2019 - 2021"])
    assert (position.title, position.organization) == ("Data Engineer", "Umbrella Corp")


def test_an_empty_experience_section() -> None:
    assert _positions(["EXPERIENCE", "EDUCATION", "B.S. Math, 2015"]) == ()


@pytest.mark.parametrize(
    "entry",
    [
        ["Student Association", "2017 – Present"],
        ["Vice President, Robotics Club   2018 – 2020"],
        ["Treasurer, Chess Society   Sep 2018 – May 2020"],
        ["Member, IEEE Student Branch   2017 – Present"],
        [
            "Deputy Joint Secretary",
            "Astronomy Interest Group",
            "2017 – 2019",
            "It is a team of students who organize events.",
        ],
        ["Social Chair, Alpha Beta Fraternity   2016 – 2018"],
        ["Member of Fencing Team | University of Kelmscott   August 2021 - Present"],
        ["Batch Representative | State University   Sep 2018 - Aug 2019"],
        ["Captain, College Football Team   2017 – 2019"],
    ],
)
def test_student_clubs_and_associations_are_not_jobs(entry: list[str]) -> None:
    lines = ["EXPERIENCE", "Data Analyst, Acme Inc   Jan 2021 – Dec 2021", "• Built reports", *entry]
    assert _summary(lines) == [("Data Analyst", "Acme Inc", "2021-01", 12)]


@pytest.mark.parametrize(
    ("line", "title", "organization"),
    [
        ("Engineering Intern, Sam's Club   Jun 2019 – Aug 2019", "Engineering Intern", "Sam's Club"),
        ("Data Scientist, Royal Society of Chemistry   2019 – 2021", "Data Scientist", "Royal Society of Chemistry"),
        ("Teaching Assistant, State University   2019 – 2021", "Teaching Assistant", "State University"),
        ("Team Member, Starbucks   2019 – 2021", "Team Member", "Starbucks"),  # no school: a job
        ("Research Assistant, Robotics Team, State University   2019 – 2021", "Research Assistant", "State University"),
    ],
)
def test_employers_named_like_clubs_are_still_jobs(line: str, title: str, organization: str) -> None:
    (position,) = _positions(["EXPERIENCE", line, "• Led a team of 5 students in weekly labs"])
    assert (position.title, position.organization) == (title, organization)


def test_a_date_line_after_a_club_goes_with_the_club() -> None:
    lines = [
        "EXPERIENCE",
        "Analyst, Acme Inc   2019 – 2021",
        "Volunteer",
        "Astronomy Interest Group   (10/2016 – 02/2017)",
        "2016 – 2017",
    ]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2019-01", 24)]


def test_a_date_broken_over_two_lines_inside_a_sentence_is_not_a_position() -> None:
    lines = [
        "EXPERIENCE",
        "QUALITY ENGINEER 03/2011   04/2012 Company Name City",
        "• Raised weld yield through statistical modeling.",
        "Modelled heat flow in pipeline joints at the state lab since Sep.",
        "2013-present.",
        "• Built a model of joint cooling.",
    ]
    assert _summary(lines) == [("QUALITY ENGINEER", "Company Name City", "2011-03", 14)]


def test_a_dated_line_under_a_sentence_that_does_not_end_in_a_month_still_counts() -> None:
    lines = [
        "EXPERIENCE",
        "Data Analyst, Acme Inc   Jan 2019 – Dec 2019",
        "• Shipped the reporting tool used by three teams in 2019.",
        "2020 – 2021 Engineer, Globex",
    ]
    assert [p.title for p in _positions(lines)] == ["Data Analyst", "Engineer"]


def _dated(lines: Sequence[str]) -> list[tuple[str, str, str | None, str | None]]:
    return [
        (p.title, p.organization, month_label(p.dates.start) if p.dates else None,
         month_label(p.dates.end) if p.dates else None)
        for p in _positions(lines)
    ]  # fmt: skip


@pytest.mark.parametrize(
    "line",
    [
        "Software Engineer, Facebook Marketplace Recommendation and Delivery Infrastructure, Meta Platforms Inc., "
        "Menlo Park   Mar 2022 – Nov 2022",
        "Software Engineer, Facebook Marketplace Recommendation and Delivery Infrastructure, Meta Platforms Inc., "
        "Menlo Park, Mar 2022 – Nov 2022",
    ],
)
def test_dates_after_a_long_title(line: str) -> None:
    assert _dated(["EXPERIENCE", line, "• Built ranking"]) == [
        ("Software Engineer", "Meta Platforms Inc.", "2022-03", "2022-11")
    ]


def test_a_long_sentence_ending_in_dates_is_not_a_title() -> None:
    lines = [
        "EXPERIENCE",
        "Data Analyst, Acme Inc   2015 – 2017",
        "• Designed and shipped the reporting pipeline that the finance and sales teams used every week.   "
        "Jan 2016 – Dec 2016",
    ]
    assert not any("Designed" in p.title + p.organization for p in _positions(lines))


def test_dates_on_the_line_above_each_title() -> None:
    lines = ["EXPERIENCE", "Jan 2019 – Present", "Data Scientist, Acme Corp", "• Built models",
             "Jun 2016 – Dec 2018", "Data Analyst, Globex Inc", "• Wrote SQL"]  # fmt: skip
    assert _dated(lines) == [
        ("Data Scientist", "Acme Corp", "2019-01", "2026-11"),
        ("Data Analyst", "Globex Inc", "2016-06", "2018-12"),
    ]


def test_dates_printed_under_their_entry_go_to_the_entry_above() -> None:
    lines = ["EXPERIENCE", "Manager – Birch Hollis, LLP, Fresno, CA", "• Wrote the audit summaries.",
             "06/05 - 07/15", "Senior Data Analyst – Orbit Claims Data Systems, Inc., Ventura, CA",
             "• Built billing macros in VB.NET,", "03/03 - 06/05", "check, and speed up the ledgers."]  # fmt: skip
    assert _dated(lines) == [
        ("Manager", "Birch Hollis", "2005-06", "2015-07"),
        ("Senior Data Analyst", "Orbit Claims Data Systems", "2003-03", "2005-06"),
    ]


@pytest.mark.parametrize(
    "lines",
    [
        ["EXPERIENCE", "Jan 2019 – Present", "Jun 2016 – Dec 2018", "Data Scientist, Acme Corp", "• Built models",
         "Data Analyst, Globex Inc", "• Wrote SQL"],
        ["EXPERIENCE", "Data Scientist, Acme Corp", "• Built models", "Data Analyst, Globex Inc", "• Wrote SQL",
         "Jan 2019 – Present", "Jun 2016 – Dec 2018"],
    ],
)  # fmt: skip
def test_a_column_of_dates_pairs_with_the_titles_in_order(lines: list[str]) -> None:
    assert _dated(lines) == [
        ("Data Scientist", "Acme Corp", "2019-01", "2026-11"),
        ("Data Analyst", "Globex Inc", "2016-06", "2018-12"),
    ]


def test_a_date_column_that_does_not_match_the_titles_is_not_paired() -> None:
    lines = ["EXPERIENCE", "2019 – 2021", "2017 – 2019", "Analyst, Acme Inc", "• Built reports"]
    assert _dated(lines) == [("", "", "2019-01", "2020-12"), ("Analyst", "Acme Inc", "2017-01", "2018-12")]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Company Name March 2006 to June 2008 Chief, Records Branch. Ledger Review and Control", "Chief"),
        ("Clinical Social Worker   04/1996 - 03/1998", "Clinical Social Worker"),
        ("Storage Products Buyer, Company Name   1987 to 1990", "Storage Products Buyer"),
    ],
)
def test_titles_outside_offices_and_labs_are_titles(line: str, title: str) -> None:
    (position,) = _positions(["EXPERIENCE", line, "• Ran the branch"])
    assert position.title == title
    assert position.dates is not None


def test_an_undated_line_without_a_title_word_is_not_a_position() -> None:
    assert _positions(["EXPERIENCE", "Reports and Reconciliations", "• Ran the branch"]) == ()


@pytest.mark.parametrize(
    "line",
    ["Trainee Software Engineer | Initech (Pvt.) Ltd.   March 2024 - Sep 2024", "Analyst, Globex S.A.   2019 – 2021"],
)
def test_a_name_line_ending_in_an_abbreviation_keeps_its_names(line: str) -> None:
    (position,) = _positions(["EXPERIENCE", line])
    assert position.title and position.organization.endswith(".")


def test_a_dated_sentence_still_names_no_position() -> None:
    (position,) = _positions(["EXPERIENCE", "I worked on many tools for the team.   2019 – 2021"])
    assert (position.title, position.organization) == ("", "")


def test_a_date_of_birth_is_not_a_position() -> None:
    lines = ["EXPERIENCE", "Address", "Birthdate", "Nationality Syrian", "Jan. 1986", "Analyst, Acme Inc   2019 – 2021"]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2019-01", 24)]


def test_an_employer_named_after_citizenship_is_still_a_job() -> None:
    lines = ["EXPERIENCE", "Data Analyst   Nov 2019 - Sep 2021", "Passports, Visas and Citizenship Office"]
    assert _summary(lines) == [("Data Analyst", "Passports", "2019-11", 23)]


def test_a_cut_off_end_year_runs_to_the_next_position() -> None:
    lines = [
        "EXPERIENCE",
        "Full-Stack Engineer, Contoso   Aug 2019 – July 2020",
        "Full-Stack Engineer, Fabrikam   June 2018 – July",
    ]
    assert _summary(lines) == [
        ("Full-Stack Engineer", "Contoso", "2019-08", 12),
        ("Full-Stack Engineer", "Fabrikam", "2018-06", 14),  # to July 2019, the month before Aug 2019
    ]


def test_a_cut_off_end_year_with_nothing_after_it_is_read_short() -> None:
    lines = ["EXPERIENCE", "Engineer, Acme   June 2019 – July", "Intern, Globex   Jan 2018 – Mar 2018"]
    assert _summary(lines) == [("Engineer", "Acme", "2019-06", 2), ("Intern", "Globex", "2018-01", 3)]


def test_ranges_listed_on_one_line_all_count() -> None:
    lines = ["EXPERIENCE", "Research Assistant, FinTech Lab", "April 2020 - June 2021, August 2021 - October 2021"]
    assert _summary(lines) == [
        ("Research Assistant", "FinTech Lab", "2020-04", 15),
        ("Research Assistant", "FinTech Lab", "2021-08", 3),
    ]


def test_ranges_side_by_side_in_columns_are_not_one_list() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme Inc", "2021 - Present   2017 - 2019"]
    assert [p.months for p in _positions(lines)] == [AS_OF - month_index(2021, 1) + 1]


def test_a_science_fair_project_is_not_a_job() -> None:
    lines = [
        "RESEARCH EXPERIENCE",
        "Parkinson's Gait Study",
        "Project Lead   June 2016 - August 2016",
        "• Won 3rd place at the County Science and Engineering Fair",
        "Software Intern, Acme Inc   June 2019 - August 2019",
        "• Built an API",
    ]
    assert _summary(lines) == [("Software Intern", "Acme Inc", "2019-06", 3)]


def test_a_job_that_mentions_a_science_fair_is_still_a_job() -> None:
    lines = ["EXPERIENCE", "Research Intern, Acme Labs   June 2019 - August 2019", "• Judged the science fair"]
    assert _summary(lines) == [("Research Intern", "Acme Labs", "2019-06", 3)]


def test_dated_items_run_into_one_line_at_their_bullets() -> None:
    lines = [
        "EXPERIENCE",
        "Prior to joining the Group o Adroit Financial Services as Director (Finance and Accounts) April 1994 to"
        " January 1998 o Multi-Tech Computers as Manager - Finance March 1988 to April 1994",
    ]
    assert [(month_label(p.dates.start), p.months) for p in _positions(lines) if p.dates] == [
        ("1994-04", 46),
        ("1988-03", 74),
    ]


def test_one_dated_item_in_a_long_line_is_not_split() -> None:
    lines = [
        "EXPERIENCE",
        "I took part in o Many projects and reviews over the years, across teams and countries, from"
        " April 1994 to January 1998 with o Several partners and clients in finance and banking",
    ]
    assert _positions(lines) == ()


def test_a_summary_heading_dropped_amid_the_jobs_does_not_hide_them() -> None:
    lines = [
        "EXPERIENCE",
        "WEB DESIGNER",
        "ABOUT ME",  # a sidebar heading read in the middle of the experience column
        "Designing websites that reflect customer needs.",
        "2017 - 2018",
        "FASHION DESIGNER",
        "LYON GENEVA SHOWROOM",
        "Drawing mood boards, sketches, and swatches for review.",
        "2016 - 2017",
        "GRAPHIC DESIGNER",
        "CATTEL SPA",
    ]
    assert [(p.title, p.months) for p in _positions(lines) if p.dates] == [
        ("FASHION DESIGNER", 12),
        ("GRAPHIC DESIGNER", 12),
    ]


def test_a_summary_that_mentions_years_names_no_position() -> None:
    lines = [
        "SUMMARY",
        "Engineer since 2015 – building payment systems",
        "Graduated 2019",
        "EXPERIENCE",
        "Analyst, Acme Inc   2019 – 2021",
    ]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2019-01", 24)]


def test_a_place_and_dates_line_under_the_description_dates_the_entry() -> None:
    lines = [
        "EXPERIENCE",
        "ACA (Acme Circus Arts)",
        "Data Scientist, Audience Insights Team",
        "Lead on several audience research and churn modeling projects for the ticketing site, with "
        "nearly one million monthly visitors.",
        "Hartford, CT • September 2015 – June 2017",
    ]
    assert _summary(lines) == [("Data Scientist", "ACA (Acme Circus Arts)", "2015-09", 22)]


def test_a_season_right_aligned_beside_an_employer_dates_an_internship() -> None:
    lines = ["EXPERIENCE", "Northwind Space Laboratory   Boulder, CO • Summer 2011", "Intern"]
    assert _summary(lines) == [("Intern", "Northwind Space Laboratory", "2011-06", 3)]


@pytest.mark.parametrize(
    "line",
    [
        "International Conference on Data Mining and Applications   2017",  # a bare year: a talk's
        "Graph Methods for Library Book Suggestions [Medium article]   (Summer '14)",  # no employer
    ],
)
def test_a_lone_date_after_a_long_line_without_an_employer_is_not_a_position(line: str) -> None:
    assert [p for p in _positions(["EXPERIENCE", line, "Invited talk on forward models"]) if p.dates] == []


def test_a_recurring_summer_internship_counts_each_summer() -> None:
    lines = ["EXPERIENCE", "Brightwater Avionics", "Software Engineering Intern   Summers 2006, 2007"]
    assert [(p.title, month_label(p.dates.start), p.months) for p in _positions(lines) if p.dates] == [
        ("Software Engineering Intern", "2006-06", 3),
        ("Software Engineering Intern", "2007-06", 3),
    ]


def test_a_long_employer_line_with_dates_names_the_position_under_it() -> None:
    lines = [
        "EMPLOYMENT",
        "Department of Ocean Sciences & Engineering, Kingsbridge College London   Jul. 2021 – Nov. 2021",
        "Postdoctoral Research Assistant",
        "• Applied the flow models of my thesis to new basins.",
    ]
    assert _summary(lines) == [("Postdoctoral Research Assistant", "Kingsbridge College London", "2021-07", 5)]


def test_a_long_sentence_about_an_employer_is_not_a_name_line() -> None:
    lines = [
        "EMPLOYMENT",
        "Analyst, Acme Inc   2015 – 2017",
        "Worked closely with the University of Oxford research office on grant reporting and audits   2016 – 2017",
    ]
    assert [(p.title, p.organization) for p in _positions(lines)] == [("Analyst", "Acme Inc"), ("", "")]


@pytest.mark.parametrize(
    "line",
    [
        "Software Engineering Intern, Wayne Enterprises\t2009",  # 46 characters before the year
        "Software Engineering Intern, Wayne Enterprises 2009",  # the tab flattened to a space, as text files read
        "Senior Financial Analyst | Riverside Medical Center | 2009",
        "2009\tSoftware Engineering Intern at Wayne Enterprises",  # the year first
    ],
)
def test_a_single_year_at_either_end_of_a_long_title_line_is_its_twelve_months(line: str) -> None:
    assert [(month_label(p.dates.start), p.months) for p in _positions(["EXPERIENCE", line]) if p.dates] == [
        ("2009-01", 12)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Best Paper Award, International Conference on Data Engineering | 2019",  # no job title
        "Keynote on data engineers and their pipelines, PyData Global Conference, 2019",  # after a comma
        "Invited talk for the Data Engineer community of the Boston metro area (2019)",  # in brackets
    ],
)
def test_a_bare_year_of_a_talk_or_an_award_on_a_long_line_is_not_a_position(line: str) -> None:
    assert [p for p in _positions(["EXPERIENCE", line, "Invited talk on forward models"]) if p.dates] == []


@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("Senior Design Engineer | Wayne Enterprises\tSince Jun. 2018 (8 yrs 6 mos)", "Since Jun. 2018"),
        ("Senior Mechanical Design Engineer, Wayne Enterprises   Since 2019 (7 years)", "Since 2019"),
        ("Senior Design Engineer | Wayne Enterprises\tJun. 2018 – Present (8 yrs 6 mos)", "Jun. 2018 – Present"),
    ],
)
def test_a_duration_after_the_dates_is_part_of_the_dates(line: str, dates: str) -> None:
    assert [(p.title, p.organization, p.dates.text if p.dates else None) for p in _positions(["EXPERIENCE", line])] == [
        (line.split(" |")[0].split(",")[0], "Wayne Enterprises", dates)
    ]


def test_a_date_column_broken_over_two_lines_dates_each_position_whole() -> None:
    lines = [
        "EXPERIENCE",
        "Jun 2009 -   Maple Leaf Stores",
        "2011   Assistant Manager",
        "• Ran the store",
        "March -   Ironvale Mining",
        "May 2008   Temporary Payroll Administrator",
        "• Kept the records",
    ]
    assert _summary(lines) == [
        ("Assistant Manager", "Maple Leaf Stores", "2009-06", 25),
        ("Temporary Payroll Administrator", "Ironvale Mining", "2008-03", 3),
    ]


def test_an_open_range_with_a_date_in_the_prose_below_stays_open() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme Inc   2019 -", "2020 forecasts built with the sales team."]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2019-01", AS_OF - month_index(2019, 1) + 1)]


def test_the_courses_of_a_teaching_list_count_but_supervised_theses_do_not() -> None:
    lines = [
        "Teaching Activities",
        "Teaching Assistant of the Distributed Systems group",
        "Graph Theory   SS 2017",
        "Verteilte Systeme   WS 2014/2015",
        "(Co-)Supervised Theses",
        "Master Thesis: Clustering of Sensor Data",
        "Jane Roe   2019",
    ]
    assert [(p.dates.text if p.dates else None, p.months) for p in _positions(lines)] == [
        ("SS 2017", 6),
        ("WS 2014/2015", 6),
    ]


def test_when_the_document_was_last_updated_is_no_position() -> None:
    lines = ["Last updated in Jan 2026", "John Doe", "Software Engineer", "PROJECTS", "FlashInfer   Jan 2023 – present"]
    assert [p.dates for p in _positions(lines)] == [None]


def test_a_section_that_is_one_bulleted_list_gives_each_dated_item() -> None:
    lines = [
        "Teaching Assistant:",
        "• CS3301 - Introduction to Databases (2022/2023), UCX;",
        "• CS4410/CS5410 - Network Security (2021/2022), UCX;",
    ]
    assert [(p.dates.text if p.dates else None, p.months) for p in _positions(lines)] == [
        ("2022/2023", 12),
        ("2021/2022", 12),
    ]


@pytest.mark.parametrize(
    "field",
    ["Advisors: Dr. Ann Roe & Dr. Bo Poe", "Supervisor: Prof. Cy Doe", "Tools: Python, R and SQL", "Location: Ghent"],
)
def test_a_field_line_under_a_dated_list_item_keeps_the_list_one_of_entries(field: str) -> None:
    # a Markdown list item carrying its entry and dates, a "Label: value" line under it, then its duties nested
    lines = [
        "RESEARCH EXPERIENCE",
        "• Northfield Laboratory – Staff Scientist (2022–Present)",
        field,
        "• Built the sensors of the river survey.",
        "• Southgate University – Graduate Research Assistant (Jan 2018 – March 2022)",
        field,
        "• Grew the crystals of the group.",
    ]
    assert [(p.title, p.organization, p.dates and month_label(p.dates.start), p.months) for p in _positions(lines)] == [
        ("Staff Scientist", "Northfield Laboratory", "2022-01", 59),
        ("Graduate Research Assistant", "Southgate University", "2018-01", 51),
    ]


def test_a_dated_label_line_or_one_over_no_item_is_no_field_of_an_item() -> None:
    # "Globex: Engineer   2015 – 2018" under an item is an entry's header with its own dates, not the item's field
    dated = [
        "EXPERIENCE",
        "• Acme Corp – Data Analyst (2019–2021)",
        "Globex: Software Engineer   2015 – 2018",
        "• Built the dashboards of the sales team",
    ]
    assert [(p.title, p.months) for p in _positions(dated)] == [
        ("Data Analyst", 24),
        ("Globex: Software Engineer", 36),
    ]
    opening = ["EXPERIENCE", "Role: Data Analyst, Acme Corp", "• Jan 2019 – Dec 2020", "• Built the dashboards"]
    assert [p.months for p in _positions(opening)] == [24]


def test_long_dated_bullets_under_a_position_stay_its_description() -> None:
    lines = [
        "EXPERIENCE",
        "Teaching Assistant, NUS   2022 – 2024",
        "• Taught CS2109S - Introduction to AI and Machine Learning (2023/2024) to 300 students;",
        "• Taught CS4239/CS5439 - Software Security (2022/2023) with weekly labs for 80 students;",
    ]
    assert [p.dates.text if p.dates else None for p in _positions(lines)] == ["2022 – 2024"]


# --- round five -------------------------------------------------------------------------------------------------
def test_a_page_footer_between_entries_neither_dates_nor_hides_the_next_entry() -> None:
    lines = ["EXPERIENCE", "Site Reliability Engineer, Maple Cart   Mar. 2020 Apr. 2020", "Busan, S.Korea",
             "March 3, 2026", "Dana R. Moss · Curriculum Vitae", "Lumo",
             "Founding Member & Head of Platform Division", "Jul. 2017 Feb. 2020",
             "• Designed the onboarding process"]  # fmt: skip
    assert [(p.dates and month_label(p.dates.start), p.months) for p in _positions(lines)] == [
        ("2020-03", 2),
        ("2017-07", 32),
    ]


@pytest.mark.parametrize("line", ["Analyst, Acme Corp   May 2019", "Analyst, Acme Corp   2019"])
def test_a_lone_month_or_year_still_dates_a_position_where_a_day_date_does_not(line: str) -> None:
    assert [p.dates is not None for p in _positions(["EXPERIENCE", line])] == [True]
    dated = [p for p in _positions(["EXPERIENCE", "Analyst, Acme Corp   May 12, 2019"]) if p.dates is not None]
    assert dated == []


LIVECAREER = ["Professional Experience", "Head, Facilities Services", "April 2014 Company Name - City , State",
              "Provide leadership to the regional records office.", "Director, Warehouse Systems",
              "September 2009 to April 2014 Company Name - City , State", "Set the warehouse systems roadmap.",
              "Project Manager", "February 1991 to September 2009 Company Name - City , State"]  # fmt: skip


def test_a_latest_job_written_with_its_start_only_runs_to_the_present() -> None:
    first = _positions(LIVECAREER)[0]
    assert first.dates is not None and first.dates.current
    assert (month_label(first.dates.start), month_label(first.dates.end)) == ("2014-04", "2026-11")


@pytest.mark.parametrize(
    "start",
    [
        "June 2019",  # a one-month job long after the last one ended: no sign it is still held
        "April 2014 to April 2014",  # a range of one month says so
        "2014",  # a bare year is a year
    ],
)
def test_a_lone_date_that_does_not_follow_on_from_the_job_before_stays_as_written(start: str) -> None:
    lines = [*LIVECAREER]
    lines[2] = f"{start} Company Name - City , State"
    first = _positions(lines)[0]
    assert first.dates is not None and not first.dates.current


def test_a_name_line_glued_to_its_first_sentence_names_the_position() -> None:
    lines = ["Work Experience", "Company Name Data Quality Analyst II 08/2013 to Current",
             "Acted as lead analyst on the client team to keep the regional data consistent.",
             "Company Name Data Analyst Intern 04/2010 to 11/2010 Assisted the data admin with user access rights, "
             "user groups and document uploads on MS SharePoint and more"]  # fmt: skip
    assert [(p.title, p.months) for p in _positions(lines)][1] == ("Company Name Data Analyst Intern", 8)


def test_a_dated_sentence_without_a_title_before_its_dates_is_no_position() -> None:
    lines = ["Work Experience", "Data Analyst, Acme Corp   2014 - 2016",
             "Reduced the monthly close from ten days to four 05/2015 to 12/2015 Saving the team two weeks each "
             "quarter and freeing time for forecasting work in the finance group"]  # fmt: skip
    assert [p.title for p in _positions(lines)] == ["Data Analyst"]


@pytest.mark.parametrize(
    "entry",
    [
        "Career Break | Full-time parent   2018 - 2020",
        "Sabbatical: travelling the world   Jan 2018 - Dec 2019",
        "Parental leave   2018 - 2020",
        "Career break (family care)   2018 - 2020",
    ],
)
def test_a_career_break_among_the_jobs_is_not_a_job(entry: str) -> None:
    lines = ["EXPERIENCE", "Data Analyst, Acme Corp   2020 - 2022", entry, "Analyst, Globex Inc   2015 - 2018"]
    assert [p.title for p in _positions(lines)] == ["Data Analyst", "Analyst"]


@pytest.mark.parametrize(
    "entry",
    [
        "Sabbatical – Visiting Researcher, MIT   2018 - 2020",  # a job taken during the break
        "Travelling Nurse, Aya Healthcare   2018 - 2020",
        "Sergeant, U.S. Army   2018 - 2020",  # military service is a job
        "Freelance Photographer, Self-employed   2018 - 2020",
    ],
)
def test_jobs_that_mention_a_break_word_or_are_service_or_freelance_are_jobs(entry: str) -> None:
    lines = ["EXPERIENCE", "Data Analyst, Acme Corp   2020 - 2022", entry]
    assert len([p for p in _positions(lines) if p.dates is not None]) == 2


def test_a_long_entry_written_since_its_start_first_is_a_position() -> None:
    lines = [
        "EXPERIENCE",
        "Since March 2016: Research and Teaching Assistant in Data Science at the Northfield University of"
        " Applied Sciences and Arts, School of Business Administration (NUBA)",
        "• Helping the professor with his projects",
        "February 2013 - February 2016: Photo Archivist for the Harbour Film Digital Project at the Polytechnic School"
        " of Lakeside (PSL), Media Center",
        "• Digitizing pictures",
    ]
    found = _summary(lines)
    assert [(start, months) for _, _, start, months in found] == [("2016-03", 129), ("2013-02", 37)]
    assert found[0][0].startswith("Research and Teaching Assistant")


def test_a_long_sentence_starting_with_since_is_no_position() -> None:
    lines = [
        "EXPERIENCE",
        "Analyst, Acme Corp   2012 - 2014",
        "Since 2013 I have also been writing about how an engineer can grow a team of analysts and keep them happy at"
        " work.",
    ]
    assert [start for _, _, start, _ in _summary(lines)] == ["2012-01"]


def test_a_phd_candidate_listed_among_the_jobs_is_a_position_but_a_degree_is_not() -> None:
    lines = ["EXPERIENCE", "2018 - Present", "University of Northfield | PhD Candidate", "• Funded by a grant"]
    assert [start for _, _, start, _ in _summary(lines)] == ["2018-01"]
    degree = ["EXPERIENCE", "Analyst, Acme Corp   2019 - 2021", "MSc Analytics, Northfield University   2014 - 2016"]
    assert [start for _, _, start, _ in _summary(degree)] == ["2019-01"]


def test_a_dated_name_line_with_the_employers_web_address_is_a_position() -> None:
    lines = [
        "Research experience",
        "2013 – 2014 Research Associate, Northfield Environment Institute (NEI), Helsinki, Finland, http://www.nei.org",
        "A case study in which a set of coastal risk tools were applied.",
        "2018 Guest investigator, Harbour Marine Institute (HMI),",
        "Harbour Town, ME, USA, https://www.hmi.edu",
        "Research collaboration on topography.",
    ]
    assert [(start, months) for _, _, start, months in _summary(lines)] == [("2013-01", 12), ("2018-01", 12)]


@pytest.mark.parametrize(
    "line",
    [
        "2018 Guest investigator, Harbour Marine Institute, https://www.hmi.edu",
        "2018 Guest investigator, Harbour Marine Institute, Department of Coastal Studies, Harbour Town, ME"
        " https://www.hmi.edu",
    ],
)
def test_a_lone_date_opening_a_name_line_with_a_web_address_is_a_position(line: str) -> None:
    lines = ["Research experience", line, "Research collaboration on topography."]
    assert [(start, months) for _, _, start, months in _summary(lines)] == [("2018-01", 12)]


def test_a_web_address_does_not_make_a_sentence_or_a_contact_line_a_position() -> None:
    lines = [
        "EXPERIENCE",
        "Analyst, Acme Corp   2012 - 2014",
        "See my portfolio at https://www.example.org for 2019 work.",
    ]
    assert [start for _, _, start, _ in _summary(lines)] == ["2012-01"]


def test_a_short_name_after_an_opening_range_may_end_in_a_full_stop() -> None:
    lines = ["EXPERIENCE", "2012-2013 Initech Technology, Ssr Engineer.", "• Tasks: design.",
             "2014-2015 Acme Motors, Quality trainee.", "• Tasks: analysis."]  # fmt: skip
    assert [start for _, _, start, _ in _summary(lines)] == ["2012-01", "2014-01"]
    prose = ["EXPERIENCE", "Analyst, Acme Corp   2012 - 2014", "2013-2014 we grew the team of engineers tenfold."]
    assert [start for _, _, start, _ in _summary(prose)] == ["2012-01"]


# --- round seven: ways of writing a dated entry, in any language ------------------------------------------------
@pytest.mark.parametrize(
    ("line", "title", "start"),
    [
        ("Data Scientist, at Acme: March 2017 - Today.", "Data Scientist", "2017-03"),
        ("Research Intern at Acme, Springfield, USA. June 2014 - August 2014.", "Research Intern", "2014-06"),
        ("Analista de Sistemas, Globex, Out/2015 - Atual.", "Analista de Sistemas", "2015-10"),
        ("Entwickler, Acme GmbH, März 2019 – Aktuell.", "Entwickler", "2019-03"),
    ],
)
def test_a_full_stop_after_the_dates_closes_the_entry_line(line: str, title: str, start: str) -> None:
    ((found_title, _, found_start, _),) = _summary(["EXPERIENCE", line, "Built the reporting pipeline."])
    assert (found_title, found_start) == (title, start)


def test_a_full_stop_ends_prose_that_only_mentions_dates() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme Inc   2019 – 2021", "We shipped the product to customers in 2015 - 2016."]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2019-01", 24)]


@pytest.mark.parametrize(
    "line",
    [
        "• Lecturer, Acme University (since 2019)",
        "Lecturer, Acme University (seit 2019)",
        "Professeur associé, Université Exemple (depuis 2019)",
        "Docente, Università di Esempio (dal 2019)",
        "Lehrerin im Schuldienst als Fachbetreuerin seit 2019.",
    ],
)
def test_a_range_still_open_closing_the_name_line(line: str) -> None:
    ((_, _, start, months),) = _summary(["EXPERIENCE", "Current", line, "Previous", "• 2015-2017, Analyst, Acme Inc"])[
        :1
    ]
    assert (start, months) == ("2019-01", AS_OF - month_index(2019, 1) + 1)


def test_data_from_a_year_is_no_open_range() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme Inc   2019 – 2021", "Built a pipeline processing data from 2017."]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2019-01", 24)]


def test_a_bulleted_list_of_entries_each_opened_by_its_date() -> None:
    lines = ["EXPERIENCE", "• 2017-2019, Lecturer, Acme University", "• 2018, Adjunct Professor, Globex College"]
    assert _summary(lines) == [
        ("Lecturer", "Acme University", "2017-01", 24),
        ("Adjunct Professor", "Globex College", "2018-01", 12),
    ]


def test_a_bullet_opened_by_a_year_without_a_title_describes_the_entry() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme Inc   2015 – 2021", "• 2019: Won the regional sales award"]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2015-01", 72)]


@pytest.mark.parametrize(
    "line", ["geboren: 3-4-1985", "Geburtsdatum 03.04.1985", "Data de nascimento: 03/04/1985", "Né le 3 avril 1985"]
)
def test_a_date_of_birth_in_any_language_is_not_a_position(line: str) -> None:
    assert _summary(["EXPERIENCE", line, "Analyst, Acme Inc   2019 – 2021"]) == [("Analyst", "Acme Inc", "2019-01", 24)]


def test_two_ranges_still_open_side_by_side() -> None:
    lines = ["EXPERIENCE", "2018 – 2018 –", "Acme Lab", "Globex Institute", "Postdoc", "Postdoc"]
    (position,) = _positions(lines)
    assert position.dates is not None and (month_label(position.dates.start), position.dates.current) == (
        "2018-01",
        True,
    )


@pytest.mark.parametrize(
    ("line", "start", "months"),
    [
        ("2017: Software Engineering Intern, Acme Health", "2017-01", 12),
        ("Software Engineering Intern, Acme Health, Summer 2021.", "2021-06", 3),
        ("Sergeant, U.S. Army, Aug 2015 Jul 2019.", "2015-08", 48),
    ],
)
def test_a_lone_date_set_off_by_a_colon_or_closing_with_a_full_stop(line: str, start: str, months: int) -> None:
    ((_, _, found_start, found_months),) = _summary(["EXPERIENCE", line, "• Built the reporting pipeline"])
    assert (found_start, found_months) == (start, months)


def test_a_year_and_a_colon_before_an_award_is_no_position() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme Inc   2015 – 2021", "2019: Best Paper Award, Example Conference"]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2015-01", 72)]


def test_entries_written_as_paragraphs_opened_by_their_dates() -> None:
    lines = [
        "EXPERIENCE",
        "2016 - hoy Actualmente trabajo en Acme, en Valencia, como analista de datos. Formo parte de un equipo.",
        "2011 - 2012 Responsable de las pruebas automáticas y del despliegue de los servicios internos de Globex.",
        "2010 - 2011 Desarrollo de una aplicación móvil en el Proyecto de Fin de Carrera para la Fundación Ejemplo.",
    ]
    assert [(p.dates.text if p.dates else None) for p in _positions(lines)] == ["2016 - hoy", "2011 - 2012"]


def test_a_bullet_opened_by_a_range_inside_a_job_still_describes_it() -> None:
    lines = [
        "EXPERIENCE",
        "Analyst, Acme Inc   2015 – 2021",
        "• 2016 - 2017 Led the migration of the reporting stack to the cloud, cutting the monthly costs by a third.",
    ]
    assert _summary(lines) == [("Analyst", "Acme Inc", "2015-01", 72)]


def test_a_bracketed_range_closing_a_title_line_with_a_stop_names_the_position() -> None:
    # "(2025– Present)." after a long title and employer: the stop closes the entry line, as it does after a bare range
    lines = [
        "Current Positions",
        "Senior Lecturer, Harbour Laboratory, Department of Applied Physics, Example University (2025– Present).",
        "Visiting Researcher, Northwind Institute (2023– 2024).",
    ]
    assert [(title, start) for title, _, start, _ in _summary(lines)] == [
        ("Senior Lecturer", "2025-01"),
        ("Visiting Researcher", "2023-01"),
    ]


def test_a_sentence_ending_in_a_bracketed_range_is_no_position() -> None:
    # prose that closes with its years in brackets has no title before them
    lines = [
        "Experience",
        "Moved the whole billing system to the new servers (2019–2020).",
        "Wrote the handbook (2018).",
    ]
    assert _positions(lines) == ()


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (
            [
                "Consultant, Northwind Detectors Inc. (2009-2010): Played a key role in the design of a neutron "
                "detector for a customer, working with a team to lower its cost.",
                "Research Assistant, Example University (2004 – Present): Built a simulation of the muon experiment.",
            ],
            [
                ("Consultant", "Northwind Detectors Inc.", "2009-01", 12),
                ("Research Assistant", "Example University", "2004-01", 275),
            ],
        ),
        (
            ["Private tutor: High school physics for several students of a local academy. 2005-2006."],
            [("Private tutor", "", "2005-01", 12)],
        ),
        (
            ["Teaching assistant: 22.105: Electromagnetism (Prof. A. Quill). Fall 2010."],
            [("Teaching assistant", "", "2010-09", 3)],
        ),
    ],
)
def test_a_run_in_entry_is_one_position(lines: list[str], expected: list[tuple[str, str, str, int]]) -> None:
    assert _summary(["EXPERIENCE", *lines]) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Mediator: Conflict resolution for the Example Friction and Stress Program of the city. January 2010.",
        "Supervisor: Associate Professor Ann Quill and Doctor Ben Rowe, who funded the project (2019).",
        "Worked with the Example Foundation (2019-2020): we raised funds for the library and the school.",
    ],
)
def test_a_paragraph_without_a_title_or_with_a_person_s_year_is_no_entry(line: str) -> None:
    assert _summary(["EXPERIENCE", line]) == []


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["• 2015, 2017: Tutor", "• Statistics for Psychology, Example University"], ["2015-01", "2017-01"]),
        (["Tutor, Example School   2019 and 2020"], ["2019-01", "2020-01"]),
        (["• Summer School 2018: Lecturer", "• Introduction to Psychology, Example University"], ["2018-06"]),
    ],
)
def test_an_entry_held_in_listed_years_counts_each(lines: list[str], expected: list[str]) -> None:
    assert [s for _, _, s, _ in _summary(["TEACHING EXPERIENCE", *lines])] == expected


def test_years_listed_inside_a_sentence_are_an_event_s() -> None:
    lines = [
        "Analyst, Acme Corp   2021 – 2022",
        "Presented the results at the conferences of 2019 and 2020 to clients.",
    ]
    assert [s for _, _, s, _ in _summary(["EXPERIENCE", *lines])] == ["2021-01"]


def test_a_summer_post_s_bare_years_are_its_summers() -> None:
    assert _summary(["EXPERIENCE", "Summer intern, Example Biotech Centre   2008, 2009"]) == [
        ("Summer intern", "Example Biotech Centre", "2008-06", 3),
        ("Summer intern", "Example Biotech Centre", "2009-06", 3),
    ]
    assert _summary(["EXPERIENCE", "Research intern, Summerfield Labs   2008"]) == [
        ("Research intern", "Summerfield Labs", "2008-01", 12)
    ]


def test_an_entry_dated_in_whole_years_takes_the_months_its_next_lines_give() -> None:
    lines = [
        "2021–Atual Monitoria, Universidade Exemplo, Cidade",
        "Monitor na disciplina Cálculo Numérico desde junho de 2021.",
        "2018-2018 Monitoria, Universidade Exemplo, Cidade",
        "Monitor na disciplina Química Geral de março a agosto de 2018.",
    ]
    assert [(s, m) for _, _, s, m in _summary(["EXPERIÊNCIA", *lines])] == [
        ("2021-06", 66),
        ("2021-06", 66),
        ("2018-03", 6),
    ]


def test_months_outside_the_years_or_another_entry_s_whole_years_leave_the_dates() -> None:
    lines = ["2018 - 2020 Analyst, Acme Corp", "Presented the results in March 2021.", "2019 - 2020 Intern, Globex"]
    assert [(s, m) for _, _, s, m in _summary(["EXPERIENCE", *lines])] == [("2018-01", 24), ("2019-01", 12)]
    task = ["2018 - 2021 Analyst, Acme Corp", "• Led the migration from March 2018 to June 2018."]
    assert [(s, m) for _, _, s, m in _summary(["EXPERIENCE", *task])] == [("2018-01", 36)]


@pytest.mark.parametrize(
    "line",
    [
        "Since May 2018   Lead Data Scientist at Example Labs, Springfield (Canada), https://www.",
        "Seit Mai 2018   Entwickler bei Beispiel GmbH, Musterstadt, https://www.beispiel.",
        "Depuis mai 2018   Ingénieur chez Exemple SA, Lyon, http://exemple.",
        "Desde mayo de 2018   Analista en Ejemplo SL, Valencia, www.",
    ],
)
def test_a_range_still_open_in_a_date_column_names_its_entry(line: str) -> None:
    # "since <date>", the gap of a date column, then the title and employer; the employer's web address broken at
    # its dot closes the line (no sentence ends there)
    lines = ["Ann Example", "EXPERIENCE", line, "example.org/", "Reference: Dr. Ann Other", "Wrote the reports."]
    [position] = _positions(lines)
    assert position.dates is not None and position.dates.current and month_label(position.dates.start) == "2018-05"


def test_a_sentence_ending_in_a_full_stop_after_a_since_date_is_no_entry() -> None:
    lines = ["Ann Example", "EXPERIENCE", "Since May 2018   I have written the reports of the whole team every week."]
    assert _positions(lines) == ()


def test_a_row_of_a_date_column_opens_its_entry_and_the_lines_above_are_the_entry_before() -> None:
    lines = [
        "Ann Example",
        "Berufserfahrung",
        "2017–2022 Praktikant, Beispiel AG, Musterstadt",
        "Projekte:",
        "Pflege einer Weboberfläche",
        "Aufbau einer Testumgebung mit",
        "Kubernetes und Helm",
        "Mai–Aug 2023   Praktikant, Muster AG, Beispielstadt",
        "Projekte:",
        "Auswertung von Messreihen",
        "Apr–Nov 2024   Werkstudent, Muster AG, Beispielstadt",
        "Projekte:",
        "Prüfung der Sensordaten",
    ]
    assert [(p.title, p.organization, p.months) for p in _positions(lines)][1:] == [
        ("Praktikant", "Muster AG", 4),
        ("Werkstudent", "Muster AG", 8),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "• March-August 2017: Research intern at Example Lab, Example Institute of Technology, group A1, B2, Belgium",
        "• Nov.2020- Mar.2021: Machine Learning Engineer at Example Power Research, Springfield, Example",
        "• 2015 - 2017: Ingénieure logiciel chez Exemple Systèmes, Institut de Recherche de Lyon, équipe A, France",
    ],
)
def test_a_long_bulleted_item_dated_first_names_its_entry(line: str) -> None:
    lines = ["Ann Example", "Work Experience", line, "• Built the models of the team", "Skills", "• Python"]
    [position] = _positions(lines)
    assert position.dates is not None and position.title


def test_a_long_bulleted_sentence_dated_first_is_no_entry() -> None:
    line = "• 2019: worked with the whole team on the analysis of the yearly survey data and the reports for the board"
    lines = ["Ann Example", "Work Experience", "• 2018 - 2020: Analyst, Acme Corp", line, "Skills", "• Python"]
    assert [p.organization for p in _positions(lines)] == ["Acme Corp"]


def test_each_date_line_opening_a_group_names_the_lines_under_it() -> None:
    # a date line above each entry (a Markdown sub-heading, a date row over the post): its own lines name it
    lines = [
        "Berufserfahrung", "März 2020 – Juli 2020", "Einkauf & Planung | Beispiel AG, Musterdorf",
        "• Lieferanten prüfen", "• Angebote vergleichen", "August 2018 – Januar 2019",
        "Logistik | Muster AG, Beispielstadt", "• Planung der Lieferungen", "Mai 2014 – August 2015",
        "Qualitätsmanagement | Hartwerk AG, Neudorf", "• Prüfung der Bauteile",
    ]  # fmt: skip
    assert _summary(lines) == [
        ("Einkauf & Planung", "Beispiel AG", "2020-03", 5),
        ("Logistik", "Muster AG", "2018-08", 6),
        ("Qualitätsmanagement", "Hartwerk AG", "2014-05", 16),
    ]


def test_dates_under_their_entries_still_name_the_lines_above() -> None:
    lines = [
        "Experience", "Sales & Marketing | Globex, Springfield", "• Built reports", "01/2019 - 12/2020",
        "Operations | Initech, Shelbyville", "• Ran tests", "01/2015 - 12/2018",
    ]  # fmt: skip
    assert [(p.organization, p.months) for p in _positions(lines)] == [("Sales & Marketing", 24), ("Operations", 48)]


def test_short_details_above_a_named_date_line_stay_with_the_entry_above() -> None:
    lines = [
        "Experience", "2017 - present", "Kochbuch", "Senior Developer",
        "• Django, Python and PostgreSQL in a team of nine people", "• Kubernetes, Docker", "• Team Alpha",
        "2008 - 2017", "Fotodruck", "Lead Developer", "• Python",
    ]  # fmt: skip
    assert [(p.title, p.organization) for p in _positions(lines)] == [
        ("Senior Developer", "Kochbuch"),
        ("Lead Developer", "Fotodruck"),
    ]


def test_a_short_bullet_over_a_date_and_one_name_still_names_it() -> None:
    lines = [
        "Experience", "Analyst, Globex   2019 - 2020", "• Built the reports of the whole sales team every week",
        "• Google", "2019 – 2021", "Software Engineer", "• Built search",
    ]  # fmt: skip
    assert [(p.title, p.organization) for p in _positions(lines)][-1] == ("Software Engineer", "Google")


def test_short_details_above_a_date_heading_with_title_and_employer_under_it_stay_above() -> None:
    lines = [
        "Berufserfahrung", "März 2020 – Juli 2020", "Werkzeugmacher | Beispiel AG, Musterdorf",
        "• Einrichten und Bedienen von Drehmaschinen für Kleinserien", "• Bedienen der Prüfanlage",
        "August 2018 – Januar 2019", "Disponent | Muster AG, Beispielstadt", "• Tourenplanung",
    ]  # fmt: skip
    assert [(p.title, p.organization) for p in _positions(lines)] == [
        ("Werkzeugmacher", "Beispiel AG"),
        ("Disponent", "Muster AG"),
    ]


def test_a_bullet_naming_a_post_over_a_date_without_one_is_that_entrys_post() -> None:
    lines = [
        "Experience", "Jul 2021 – Jul 2022", "Globex Institute, Springfield",
        "• Built the pipelines that load and check the survey data of every region.", "• Research Assistant",
        "Jun 2019 – Aug 2020", "Example University, Springfield", "• Wrote the analysis framework of the lab.",
    ]  # fmt: skip
    assert [(p.title, p.organization) for p in _positions(lines)][-1] == ("Research Assistant", "Example University")


def test_lists_of_dated_items_under_short_labels_are_entries() -> None:
    lines = [
        "Professional Experience", "Teaching", "• Example Secondary School (2022–present)",
        "• Example Institute, Branch Campus (2012–2014)", "Administration",
        "• Network Manager — Example Office (2009–2011)", "Projects", "• Community project",
    ]  # fmt: skip
    assert [(p.organization, p.months) for p in _positions(lines)] == [
        ("Example Secondary School", 59),
        ("Example Institute", 24),
        ("Example Office", 24),
    ]


def test_a_label_over_the_fields_of_one_entry_opens_no_list_of_entries() -> None:
    lines = ["Experience", "Globex", "• Period: 2020.04 - Present", "• Position: Software Engineer", "Initech",
             "• Period: 2019.01 - 2021.03", "• Position: Analyst"]  # fmt: skip
    assert [(p.organization, p.months) for p in _positions(lines)] == [("Globex", 80), ("Initech", 27)]


def test_an_undated_title_over_its_duties_is_no_label_of_a_list() -> None:
    [position] = _positions(["EXPERIENCE", "Data Analyst, Acme Inc", "• Python and SQL every day"])
    assert (position.title, position.organization, position.dates) == ("Data Analyst", "Acme Inc", None)


def test_the_next_sections_heading_is_no_label_of_a_list_of_entries() -> None:
    from gapcheck.experience import _list_label

    lines = ["• 2019 - 2021: Engineer at Globex", "Skills", "• Statistics", "Administration", "• Head, X (2016-2018)"]
    assert not _list_label(lines, 0, 1, len(lines))
    assert _list_label(lines, 0, 3, len(lines))


def test_a_post_held_since_a_month_with_a_two_digit_year_runs_to_the_present() -> None:
    lines = [
        "Erika Beispiel",
        "Berufserfahrung",
        "seit 03/23 Principal Engineer, Angestellte, Musterstadt, Beispiel Automotive GmbH",
        "Aufbau von Entwicklungshardware für Fernzugriff",
        "09/21-02/23 Projektleiterin Softwareentwicklung, Angestellte, Musterstadt, Muster GmbH",
        "Leitung von Entwicklungsprojekten",
    ]
    assert [(p.title, p.organization, p.months) for p in _positions(lines)] == [
        ("Principal Engineer", "Beispiel Automotive GmbH", 45),
        ("Projektleiterin Softwareentwicklung", "Muster GmbH", 18),
    ]


@pytest.mark.parametrize(
    ("post", "start", "months"),
    [
        ("Praktikum in der Stadtbibliothek", "2018-01", 12),
        ("Pflichtpraktikum als Laborhilfe", "2018-01", 12),
        ("Sommer-Praktikum", "2018-06", 3),  # a summer's post: its summer
    ],
)
def test_an_internship_named_praktikum_under_a_lead_year_is_a_position(post: str, start: str, months: int) -> None:
    lines = [
        "Erika Beispiel",
        "Arbeitserfahrung",
        f"2018 {post}, Beispiel gGmbH, Musterstadt",
        "Ausleihe und Pflege des Bestands",
        "2016 Praktikum als Bürohilfe, Kanzlei Muster, Musterstadt",
        "Ablage und Terminplanung",
    ]
    assert [(p.title, month_label(p.dates.start) if p.dates else None, p.months) for p in _positions(lines)] == [
        (post, start, months),
        ("Praktikum als Bürohilfe", "2016-01", 12),
    ]


def test_a_referees_years_and_role_are_no_position_but_a_job_in_a_sidebar_still_is() -> None:
    jobs = ["Ann Example", "Experience", "Data Analyst, Acme Inc   June 2019 - May 2021"]
    referees = ["References", "2012-present", "2008-present", "Dr. Jane Roe (Ph.D. Adviser)", "Example University"]
    assert [(p.title, p.months) for p in _positions(jobs + referees)] == [("Data Analyst", 24)]
    # a titled, dated entry that landed in a skills sidebar is a job that lost its heading
    sidebar = ["Skills", "Python, SQL", "Research Assistant, Example University   Jan 2017 - Dec 2018"]
    assert [(p.title, p.months) for p in _positions(jobs + sidebar)] == [
        ("Data Analyst", 24),
        ("Research Assistant", 24),
    ]


@pytest.mark.parametrize(
    ("line", "start", "months"),
    [
        ("RD Exemplo – período: (abril à julho de 2019).", "2019-04", 4),
        ("Acme Inc – Period: (July 2019 to December 2019).", "2019-07", 6),
        ("Beispiel GmbH, Zeitraum: (03/2018 – 09/2018).", "2018-03", 7),
        ("Ejemplo SL – Periodo: (marzo a junio de 2017).", "2017-03", 4),
    ],
)
def test_a_bracketed_range_after_a_fields_label_closes_a_name_line_not_a_sentence(
    line: str, start: str, months: int
) -> None:
    lines = ["Experience", line, "(Agency)", "Role – Copywriter.", "• Wrote posts for clients"]
    assert [(month_label(p.dates.start) if p.dates else None, p.months) for p in _positions(lines)] == [(start, months)]


def test_a_sentence_with_a_colon_that_is_no_label_of_its_bracketed_years_is_still_no_position() -> None:
    lines = ["Experience", "Tasks: moved the whole billing system to the new servers (2019–2020)."]
    assert _positions(lines) == ()


_DEGREE = "B.S. Computer Science, Example State University   2014 - 2018"


@pytest.mark.parametrize(
    "near_miss",
    [
        "Supervisors: Dr Ann Roe & Dr Ben Poe   2013 - 2016",
        "Exchange Student, Universidad de Ejemplo   2016 - 2017",
        "PhD Candidate in Physics, Example University   2019 - present",
        "Class Representative, Example College   2009 - 2010",
        "Certified Cloud Associate, Example Academy   2012 - 2014",
        "Associate of Science, Example Community College   2010 - 2012",
    ],
)
def test_a_dated_job_printed_among_the_degrees_counts_and_a_student_s_or_a_degree_s_line_does_not(
    near_miss: str,
) -> None:
    lines = [
        "EXPERIENCE",
        "Data Analyst, Acme Corp   Jan 2019 - Dec 2020",
        "EDUCATION",
        _DEGREE,
        "Research Assistant, Robotics Lab   2016 - 2018",
        "• Built a controller for a robot arm",
        near_miss,
    ]
    assert _summary(lines) == [
        ("Data Analyst", "Acme Corp", "2019-01", 24),
        ("Research Assistant", "Robotics Lab", "2016-01", 24),
    ]


def test_a_work_study_job_under_education_gives_years_where_no_experience_heading_is() -> None:
    lines = ["EDUCATION", _DEGREE, "Library Assistant (work-study), Example State University   Sep 2015 - May 2017"]
    assert _summary(lines) == [("Library Assistant (work-study)", "Example State University", "2015-09", 21)]


def test_a_post_s_line_may_open_with_a_job_s_label_not_a_thesis_s() -> None:
    lines = [
        "EDUCATION",
        _DEGREE,
        "Work-study: Library Assistant, Example State University   Sep 2015 - May 2017",
        "Forschungsthema: Sensor Controllers for Drones, Example Institute   2015 - 2017",
    ]
    assert _summary(lines) == [("Work-study: Library Assistant", "Example State University", "2015-09", 21)]


def test_a_section_opening_with_dated_items_reads_each_item_as_an_entry() -> None:
    lines = [
        "Work Experience",
        "• 3 years as Support Engineer at Northwind Labs from 2016 to 2019",
        "• 2 years as Web Developer at Example Media from 2014 to 2016",
        "12 YEARS OF CODE",
        "• Python",
    ]
    assert [(p.line, p.months) for p in _positions(lines)] == [(1, 36), (2, 24)]


def test_an_opening_list_with_an_undated_item_is_no_list_of_entries() -> None:
    lines = [
        "Work Experience",
        "• Built a billing service at Northwind Labs from 2016 to 2019",
        "• Mentored two interns",
        "12 YEARS OF CODE",
    ]
    assert [p for p in _positions(lines) if p.dates is not None] == []


def test_a_date_column_row_names_its_entry_however_long() -> None:
    lines = [
        "EXPERIENCE",
        "2018-   Northwind Labs   Denver, CO platform architecture and implementation, hiring, product work.",
        "2011-2018   example media, LLC   Boulder, CO client services, implementation, design, road cycling.",
    ]
    assert [(p.line, month_label(p.dates.start)) for p in _positions(lines) if p.dates] == [
        (1, "2018-01"),
        (2, "2011-01"),
    ]


def test_a_long_sentence_with_a_year_in_it_is_no_date_column_row() -> None:
    lines = [
        "EXPERIENCE",
        "Platform Engineer, Northwind Labs   2019 - 2021",
        "In 2020 we moved the platform architecture and implementation to a new cloud, hiring, product work.",
    ]
    assert [p.line for p in _positions(lines)] == [1]


_LONG_BULLET = "• Wrote a ray tracer and a physics engine in C++ for the graphics course, with soft shadows and fluids."


_ONE_JOB = ["EXPERIENCE", "Research Engineer", "Example Robotics Lab", "Mar 2019 – Jun 2021", _LONG_BULLET]


def test_dates_below_an_entry_passed_over_are_judged_with_its_names() -> None:
    lines = [
        *_ONE_JOB,
        "School Projects in Graphics",
        "Example Institute of Technology",
        _LONG_BULLET,
        "2015 – 2018",
        _LONG_BULLET,
    ]
    assert [p.title for p in _positions(lines)] == ["Research Engineer"]


def test_dates_below_an_employers_name_date_that_employer() -> None:
    lines = [
        *_ONE_JOB,
        "Northwind Traders",
        "Denver, CO",
        _LONG_BULLET,
        "2015 – 2018",
    ]
    assert [(p.line, p.months) for p in _positions(lines)][1:] == [(5, 36)]


def test_a_list_item_labelled_with_its_post_takes_the_year_closing_it() -> None:
    lines = [
        "Professional Experience",
        "• Internship: Example Bank, Frankfurt, 2014",
        "• Research Assistantship: Example Centre, University of Exampleton, 2013",
    ]
    assert [(p.line, month_label(p.dates.start), p.months) for p in _positions(lines) if p.dates] == [
        (1, "2014-01", 12),
        (2, "2013-01", 12),
    ]


def test_a_list_item_labelled_as_no_post_gives_no_position() -> None:
    lines = [
        "Professional Experience",
        "• Talk: Example Conference, Vienna, 2019",
        "• Poster: Example Workshop, Lyon, 2018",
    ]
    assert [p for p in _positions(lines) if p.dates] == []


def test_a_job_printed_under_a_degree_line_that_opens_its_entry_counts() -> None:
    lines = [
        "EXPERIENCE",
        "Data Analyst, Acme Corp   Jan 2019 - Dec 2020",
        "EDUCATION",
        "Lakeside Institute of Technology, BS - Psychology, May 2014",
        "Teaching Assistant, Department of History   Sep 2015 – May 2016",
        "Led weekly lab sessions for first-year students.",
    ]
    assert [(p.title, p.months) for p in _positions(lines)] == [("Data Analyst", 24), ("Teaching Assistant", 9)]


def test_a_title_read_from_a_degree_line_over_its_schools_dates_is_no_job() -> None:
    lines = [
        "EXPERIENCE",
        "Data Analyst, Acme Corp   Jan 2019 - Dec 2020",
        "EDUCATION",
        "Example Graduate School   August 2025 - Present",
        "Master of Science in Physics - Scholars and Fellows",
        "Example Central University   September 2020 - June 2024",
        "Bachelor of Science in Geology",
    ]
    assert [p.title for p in _positions(lines)] == ["Data Analyst"]


@pytest.mark.parametrize("above", ["Thesis: Sediment flows in small rivers", "Coursework: Field Methods, Petrology"])
def test_a_job_under_a_degrees_thesis_or_coursework_line_counts(above: str) -> None:
    lines = [
        "EXPERIENCE",
        "Data Analyst, Acme Corp   Jan 2019 - Dec 2020",
        "EDUCATION",
        "Example State University, BS - Geology, May 2014",
        above,
        "Teaching Assistant, Department of Geology   Sep 2015 – May 2016",
        "Led weekly lab sessions for first-year students.",
    ]
    assert [(p.title, p.months) for p in _positions(lines)] == [("Data Analyst", 24), ("Teaching Assistant", 9)]


def test_a_dated_line_of_the_degree_under_an_advisor_line_is_no_job() -> None:
    lines = [
        "EXPERIENCE",
        "Data Analyst, Acme Corp   Jan 2019 - Dec 2020",
        "EDUCATION",
        "Example State University, BS - Geology, May 2014",
        "Advisor: Dr. Ann Roe, PhD",
        "Thesis Research Assistant, Geology Lab, Diploma thesis   Sep 2013 – May 2014",
    ]
    assert [p.title for p in _positions(lines)] == ["Data Analyst"]
