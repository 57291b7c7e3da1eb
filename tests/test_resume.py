"""Tests for gapcheck.resume: resume text -> profile (years, degrees, skills with evidence, readability)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest

from gapcheck.models import ResumeProfile, ResumeText
from gapcheck.resume import MAX_EVIDENCE, build_profile
from gapcheck.skills import load_vocabulary

AS_OF = dt.date(2026, 11, 1)


def _profile(lines: Sequence[str], *, pages: int = 1, as_of: dt.date = AS_OF) -> ResumeProfile:
    return build_profile(ResumeText("cv.txt", pages, tuple(lines)), as_of=as_of)


def _experience(*entries: str) -> list[str]:
    return ["Ann Example", "EXPERIENCE", *entries, "EDUCATION", "B.S. in Statistics, State University, 2015"]


def test_the_sample_analyst(analyst_text: ResumeText, as_of: dt.date) -> None:
    profile = build_profile(analyst_text, as_of=as_of)
    assert (profile.source, profile.as_of, profile.pages) == ("ann.txt", as_of, 1)
    # Jan 2022 - Present (Nov 2026) is 59 months, Jun 2020 - Dec 2021 is 19
    assert [(p.title, p.months) for p in profile.positions] == [("Data Analyst", 59), ("Research Assistant", 19)]
    assert profile.total_months == 78
    assert profile.total_years == 6.5
    assert profile.highest_degree == "bachelor"
    assert {"python", "r", "sql", "tableau", "git"} <= profile.skill_ids
    assert profile.readability.sections == ("summary", "experience", "education", "skills")
    assert profile.readability.warnings == ()


@pytest.mark.parametrize(
    ("entries", "years"),
    [
        (["Analyst, Acme Inc   Jan 2019 – Mar 2019"], 0.25),
        (["Analyst, Acme Inc   2017 – 2019"], 2.0),
        (["Analyst, Acme Inc   01/2019–06/2021"], 2.5),
        (["Intern, Globex Inc   Summer 2020"], 0.25),
        (["Analyst, Acme Inc   Jan 2026 – Present"], 11 / 12),
        # overlapping positions count once: Jan 2019 - Jun 2022
        (["Analyst, Acme Inc   2019 – 2021", "Consultant, Globex Inc   Jan 2020 – Jun 2022"], 3.5),
        # a gap between positions is not counted
        (["Analyst, Acme Inc   Jan 2015 – Dec 2015", "Consultant, Globex Inc   Jan 2018 – Dec 2018"], 2.0),
        # a job held inside another adds nothing
        (["Engineer, Acme Inc   2010 – 2020", "Tutor, State University   2012 – 2013"], 10.0),
    ],
)
def test_total_years(entries: list[str], years: float) -> None:
    assert _profile(_experience(*entries)).total_years == pytest.approx(years)


@pytest.mark.parametrize(("as_of", "months"), [(dt.date(2024, 6, 30), 18), (dt.date(2026, 11, 1), 47)])
def test_present_is_the_as_of_month(as_of: dt.date, months: int) -> None:
    profile = _profile(_experience("Analyst, Acme Inc   Jan 2023 – Present"), as_of=as_of)
    assert profile.total_months == months


def test_undated_positions_are_kept_but_not_counted() -> None:
    profile = _profile(
        _experience("Software Engineer, Initech", "• Wrote code", "Data Analyst, Hooli   Jan 2020 – Dec 2020")
    )
    assert [(p.title, p.dates is None) for p in profile.positions] == [
        ("Software Engineer", True),
        ("Data Analyst", False),
    ]
    assert profile.total_years == 1.0
    assert any(
        "1 position(s) have no readable dates" in w and "Software Engineer" in w for w in profile.readability.warnings
    )


def test_no_dates_at_all() -> None:
    profile = _profile(_experience("Software Engineer, Initech", "• Wrote code in Python"))
    assert profile.total_years is None
    assert any("no dates could be read" in w for w in profile.readability.warnings)


@pytest.mark.parametrize(
    ("education", "highest"),
    [
        (
            ["B.S. in Statistics, State University, 2015", "M.S. in Statistics, State University, expected May 2027"],
            "bachelor",
        ),
        (["Ph.D. candidate in Physics, State University", "M.S. in Physics, State University, 2022"], "master"),
        (["Ph.D. in Physics, State University, 2024 – Present"], None),
        (["High School Diploma, Lincoln High School, 2010"], None),
        (["B.S. Physics, 2014", "M.S. Physics, 2016", "Ph.D. Physics, 2020"], "doctorate"),
    ],
)
def test_highest_degree_ignores_degrees_in_progress(education: list[str], highest: str | None) -> None:
    profile = _profile(["Ann Example", "EDUCATION", *education])
    assert profile.highest_degree == highest


def test_in_progress_degrees_are_still_listed() -> None:
    profile = _profile(["Ann Example", "EDUCATION", "Ph.D. in Physics, State University, expected 2028"])
    assert [(d.level, d.in_progress) for d in profile.degrees] == [("doctorate", True)]


def test_skill_years_come_from_the_positions_that_mention_them() -> None:
    profile = _profile(
        _experience(
            "Analyst, Acme Inc   Jan 2019 – Dec 2020",
            "• Built reports in Python and SQL",
            "Engineer, Globex Inc   Jan 2020 – Dec 2021",
            "• Wrote Python services",
            "SKILLS",
            "Python, SQL, Tableau",
        )
    )
    hits = {hit.id: hit for hit in profile.skills}
    assert hits["python"].years == 3.0  # union of 2019-2020 and 2020-2021
    assert hits["sql"].years == 2.0
    assert hits["tableau"].years is None  # only in the skills section
    analyst, engineer = profile.positions
    assert {"python", "sql"} <= set(analyst.skills)
    assert "sql" not in engineer.skills


def test_evidence_is_clipped_deduplicated_and_limited() -> None:
    long_bullet = "• Built Python pipelines " + "and more " * 40
    lines = _experience(
        "Analyst, Acme Inc   Jan 2019 – Dec 2020",
        long_bullet,
        long_bullet,
        "• Wrote Python tests",
        "• Taught Python classes",
        "• Reviewed Python code",
    )
    (python,) = [hit for hit in _profile(lines).skills if hit.id == "python"]
    assert len(python.lines) == 5
    assert len(python.evidence) == MAX_EVIDENCE
    assert python.evidence[0].startswith("Built Python pipelines")
    assert python.evidence[0].endswith("…") and len(python.evidence[0]) == 200
    assert python.evidence[1:] == ("Wrote Python tests", "Taught Python classes")


def test_evidence_prefers_a_dated_bullet_then_a_skills_line_and_puts_links_last() -> None:
    lines = [
        "Ann Example · github.com/ann · Python developer",
        "Pursuing Machine Learning with Python, Coursera.org",
        "SUMMARY",
        "Analyst who likes Python",
        "EXPERIENCE",
        "Analyst, Acme Inc   Jan 2019 – Dec 2020",
        "• Automated reports in Python",
        "SKILLS",
        "Languages: Python, SQL",
    ]
    (python,) = [hit for hit in _profile(lines).skills if hit.id == "python"]
    assert python.evidence == ("Automated reports in Python", "Languages: Python, SQL", "Analyst who likes Python")
    undated = [line for line in lines if "Jan 2019" not in line]
    (python,) = [hit for hit in _profile(undated).skills if hit.id == "python"]
    assert python.evidence[0] == "Languages: Python, SQL"


def test_skills_are_sorted_by_id_and_carry_vocabulary_names() -> None:
    profile = _profile(["Ann Example", "SKILLS", "scikit-learn, k8s, Postgres, AWS, NLP"])
    assert [(hit.id, hit.name) for hit in profile.skills] == [
        ("amazon web services", "Amazon Web Services"),
        ("kubernetes", "Kubernetes"),
        ("natural language processing", "Natural Language Processing"),
        ("postgresql", "PostgreSQL"),
        ("scikit-learn", "scikit-learn"),
    ]


def test_a_custom_vocabulary(tmp_path: Path) -> None:
    path = tmp_path / "skills.yaml"
    path.write_text("version: 1\nskills:\n  - {name: Widgetry, category: concept}\n", encoding="utf-8")
    profile = build_profile(
        ResumeText("cv.txt", 1, ("SKILLS", "Widgetry, Python")), as_of=AS_OF, vocabulary=load_vocabulary(path)
    )
    assert profile.skill_ids == frozenset({"widgetry"})


@pytest.mark.parametrize(
    ("lines", "warning"),
    [
        (["Ann Example", "EDUCATION", "B.S. in Statistics, 2015"], "no experience section was recognised"),
        (["Ann Example", "EXPERIENCE", "Analyst, Acme Inc   2019 – 2021"], "no education section was recognised"),
        (["Ann Example", "EXPERIENCE", "Analyst, Acme Inc   2019 – 2021"], "very little text per page"),
        (
            ["EXPERIENCE", "Analyst, Acme Inc   2019 – 2021", *["builtDataPipelinesWith python"] * 5],
            "words run together",
        ),
    ],
)
def test_readability_warnings(lines: list[str], warning: str) -> None:
    warnings = _profile(lines).readability.warnings
    assert any(warning in w for w in warnings), warnings


def test_a_degree_without_an_education_heading_silences_that_warning() -> None:
    profile = _profile(["Ann Example", "SUMMARY", "Analyst with an M.S. in Statistics"])
    assert not any("no education section" in w for w in profile.readability.warnings)


def test_text_warnings_are_passed_on() -> None:
    text = ResumeText("cv.pdf", 1, ("EXPERIENCE",), warnings=("page 1 is mostly images",))
    assert build_profile(text, as_of=AS_OF).readability.warnings[0] == "page 1 is mostly images"


def test_dates_before_the_first_heading_are_flagged_as_unusual_reading_order() -> None:
    lines = ["Jan 2019 - Dec 2020", "Mar 2021 - Present", "Kim Lee", "EXPERIENCE", "Analyst, Acme", "EDUCATION"]
    warnings = build_profile(ResumeText("kim.txt", 1, tuple(lines)), as_of=dt.date(2026, 11, 1)).readability.warnings
    assert any(w.startswith("unusual reading order") for w in warnings)
    ordinary = ["Kim Lee", "EXPERIENCE", "Analyst, Acme   Jan 2019 - Dec 2020", "EDUCATION", "B.S. Math, 2018"]
    warnings = build_profile(ResumeText("kim.txt", 1, tuple(ordinary)), as_of=dt.date(2026, 11, 1)).readability.warnings
    assert not any(w.startswith("unusual reading order") for w in warnings)


def test_a_referees_job_title_is_not_a_skill_of_the_applicant() -> None:
    lines = ["EXPERIENCE", "Cashier, Shop   2019 - 2021", "REFERENCES", "Jo Doe, Senior Software Engineer, Acme"]
    profile = build_profile(ResumeText("r.txt", 1, tuple(lines)), as_of=dt.date(2026, 11, 1))
    assert "software engineering" not in profile.skill_ids


def test_a_hobbys_topic_shows_no_skill() -> None:
    hobbies = ["HOBBIES", "- Linux Ricing", "- Electronics and Microcontrollers"]
    lines = ["EXPERIENCE", "Cashier, Shop   2019 - 2021", *hobbies]
    profile = build_profile(ResumeText("h.txt", 1, tuple(lines)), as_of=dt.date(2026, 11, 1))
    assert not {"linux", "microcontrollers"} & set(profile.skill_ids)


@pytest.mark.parametrize("line", ["- Game AI in Godot and Python", "SQL Server, Python", "- Python bots for my games"])
def test_work_or_a_list_of_tools_under_interests_still_shows_its_skill(line: str) -> None:
    lines = ["EXPERIENCE", "Cashier, Shop   2019 - 2021", "INTERESTS", "- Oil Painting", line]
    profile = build_profile(ResumeText("h.txt", 1, tuple(lines)), as_of=dt.date(2026, 11, 1))
    assert "python" in profile.skill_ids


@pytest.mark.parametrize("filler", [[], ["  <ul>{% for post in site.publications %}", "  {% endfor %}</ul>"]])
def test_a_heading_over_nothing_shows_no_skill(filler: list[str]) -> None:
    lines = ["EXPERIENCE", "Analyst, Acme   2019 - 2021", "Publications", *filler, "Talks", *filler, "EDUCATION",
             "B.S. Biology, 2018"]  # fmt: skip
    profile = build_profile(ResumeText("p.txt", 1, tuple(lines)), as_of=dt.date(2026, 11, 1))
    assert not {"publications", "presentation skills"} & set(profile.skill_ids)


def test_a_heading_over_entries_still_shows_its_skill() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme   2019 - 2021", "Publications", "Lee A. Ants. PLoS One (2018).", "EDUCATION",
             "B.S. Biology, 2018"]  # fmt: skip
    profile = build_profile(ResumeText("p.txt", 1, tuple(lines)), as_of=dt.date(2026, 11, 1))
    assert "publications" in profile.skill_ids


def test_a_talks_heading_over_talks_shows_presentation_skills() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme   2019 - 2021", "Talks", "Counting ants, Ant Workshop, Lyon, 2019",
             "EDUCATION", "B.S. Biology, 2018"]  # fmt: skip
    profile = build_profile(ResumeText("p.txt", 1, tuple(lines)), as_of=dt.date(2026, 11, 1))
    assert "presentation skills" in profile.skill_ids


def test_a_skills_label_printed_above_its_values_still_counts() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme   2019 - 2021", "Databases", "Skills", "MySQL, PostgreSQL"]
    profile = build_profile(ResumeText("p.txt", 1, tuple(lines)), as_of=dt.date(2026, 11, 1))
    assert "databases" in profile.skill_ids


def test_claimed_years_sit_beside_total_years_and_are_never_counted() -> None:
    lines = [
        "Ann Example",
        "Analyst with 7+ years of experience in SQL",
        *_experience("Analyst, Acme Inc   2019 – 2021")[1:],
    ]
    profile = _profile(lines)
    assert (profile.claimed_years, profile.total_years) == (7.0, 2.0)


def test_a_resume_that_states_no_total_has_no_claimed_years() -> None:
    profile = _profile(
        _experience("Analyst, Acme Inc   2019 – 2021", "• Built a 3-year forecast from 10 years of data")
    )
    assert (profile.claimed_years, profile.total_years) == (None, 2.0)
    lines = ["Ann Example", "SUMMARY", "Analyst with 7+ years of experience"]
    assert (_profile(lines).claimed_years, _profile(lines).total_years) == (7.0, None)


def test_degrees_read_outside_an_education_section_are_flagged() -> None:
    warnings = _profile(["Ann Example", "SUMMARY", "Analyst with an M.S. in Statistics"]).readability.warnings
    assert any(w.startswith("degrees were read outside an education section: master") for w in warnings), warnings
    warnings = _profile(["Ann Example", "EDUCATION", "M.S. in Statistics, 2019"]).readability.warnings
    assert not any("outside an education section" in w for w in warnings), warnings


def test_a_degree_field_that_could_not_be_read_stays_unknown_and_is_noted() -> None:
    profile = _profile(["Ann Example", "EDUCATION", "M.S., Wharton School, 2015"])
    assert [d.field for d in profile.degrees] == [None]
    assert "the field of the master degree could not be read: it stays unknown" in profile.readability.warnings
    profile = _profile(["Ann Example", "EDUCATION", "M.S. in Finance, Wharton School, 2015"])
    assert not any("could not be read" in w for w in profile.readability.warnings)


def test_an_end_year_read_from_the_next_position_is_noted() -> None:
    profile = _profile(_experience("Engineer, Contoso   Aug 2019 – July 2020", "Engineer, Fabrikam   June 2018 – July"))
    assert profile.total_years == pytest.approx(26 / 12)
    assert any("'June 2018 – July' has no end year" in w and "2019-07" in w for w in profile.readability.warnings)


def test_full_dates_give_no_end_year_note() -> None:
    profile = _profile(_experience("Engineer, Fabrikam   June 2018 – July 2019"))
    assert not any("no end year" in w for w in profile.readability.warnings)


@pytest.mark.parametrize(
    "lines",
    [
        ("Ann Lee", "EDUCATION", "M.Sc. in Applied Mathematics, Example University, 2015"),
        ("Bo Kim", "EDUCATION", "B.S. in Software Engineering, Example College, 2019"),
        ("Cy Doe", "EDUCATION", "Engineer's degree   2001 - 2006", "Mathematics and Numerical Modeling.", "Acme"),
    ],
)
def test_a_degree_field_alone_names_no_skill(lines: Sequence[str]) -> None:
    assert not _profile(lines).skill_ids


@pytest.mark.parametrize(
    ("lines", "present"),
    [
        (("Ann Lee", "EDUCATION", "M.Sc. in Applied Mathematics, Example University, 2015",
          "Coursework: numerical analysis, applied mathematics"), "mathematics"),
        (("Bo Kim", "EDUCATION", "B.S. in Physics, Example College, 2019 - thesis on machine learning"),
         "machine learning"),
        (("Cy Doe", "EXPERIENCE", "Software Engineer, Acme Inc   Jan 2020 - Dec 2021", "EDUCATION",
          "B.S. in Software Engineering, Example College, 2019"), "software engineering"),
    ],
)  # fmt: skip
def test_a_skill_beside_a_degree_field_or_on_another_line_still_counts(lines: Sequence[str], present: str) -> None:
    assert present in _profile(lines).skill_ids
