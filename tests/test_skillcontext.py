"""Tests for gapcheck.skillcontext: where a skill's name stands in a line and whether that place shows the skill."""

from __future__ import annotations

import pytest
from conftest import found_skills

from gapcheck.skills import Vocabulary


@pytest.mark.parametrize(
    "line",
    [
        "Servers: nginx, Apache Tomcat, Jetty",
        "Technologies: Docker, Apache Superset, Apache Pinot",
        "• Apache Flex, ActionScript",
        "Tools: Apache Zookeeper | Redis",
        "Apache Ignite, Apache Pulsar",
    ],
)
def test_a_brand_before_another_capitalised_name_is_that_product(vocabulary: Vocabulary, line: str) -> None:
    assert "apache http server" not in found_skills(vocabulary, line, in_skills=True)


@pytest.mark.parametrize(
    "line",
    [
        "Servers: Nginx, Apache, Lighttpd",
        "Apache, Samba, OpenSSH",
        "Web servers: Apache (mod_rewrite), IIS",
        "Apache sehr gut",
        "Stack: PHP, MySQL and Apache",
    ],
)
def test_a_brand_alone_in_a_list_is_still_its_product(vocabulary: Vocabulary, line: str) -> None:
    assert "apache http server" in found_skills(vocabulary, line, in_skills=True)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Reviewer, IEEE International Conference on Big Data (IEEE BigData 2023).", "big data"),
        ("Visiting fellow, Center for Advanced Studies in Economics and Data Science (CASED)", "data science"),
        ("Centre for Studies in Machine Learning, Lyon", "machine learning"),
        ("Talk at the Workshop on the Analysis of Sentiment in Reviews, Oslo", "sentiment analysis"),
        ("Speaker, Global Summit on Cloud Computing, 2022", "cloud computing"),
        ("Program committee, Symposium on Healthcare Innovation, 2021", "healthcare"),
        ("In: Transactions on Computing for Healthcare 3(2):1-27", "healthcare"),
        ("Hilfskraft, Robotik Gruppe, Universität Beispielstadt", "robotics"),
        ("Lecture Notes in Artificial Intelligence, vol. 1234, pp. 10-19.", "artificial intelligence"),
        ("In: Lecture Notes in Computer Science and Big Data, Springer", "big data"),
    ],
)
def test_a_skill_inside_the_name_of_a_venue_or_a_unit_shows_nothing(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Data Analyst, Mercy Healthcare Center, 2019-2021", "healthcare"),
        ("Built a big data (Spark) pipeline for the conference app", "big data"),
        ("Presented the data science roadmap at the summit", "data science"),
        ("Leadership & Team Collaboration, Python", "leadership"),
        ("Lead Backend Developer Team, Acme", "backend development"),
        ("Wrote lecture notes in machine learning for a summer school", "machine learning"),
        ("Release Notes in Python for the build tool", "python"),
    ],
)
def test_a_skill_beside_a_venue_word_still_counts(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Built the search page of a project management portal in Spring MVC", "project management"),
        ("Designed a project management system for a building firm", "project management"),
        ("Joined a bank's mentorship program to learn about investing", "mentoring"),
        ("Developed a time management app for students", "time management"),
    ],
)
def test_an_activity_named_before_a_product_noun_is_that_product(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Project management of a system migration for a building firm", "project management"),
        ("Led project management for the platform team", "project management"),
        ("Mentorship of two new hires on the payments platform", "mentoring"),
        ("Skills: Communication, Teamwork, Systems thinking", "communication skills"),
        # only a soft skill's name is the product's: a tool's name before a product noun is still the tool
        ("Wrote a Python tool to parse build logs", "python"),
    ],
)
def test_an_activity_named_before_other_words_is_still_a_skill(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    "lines",
    [
        ["Operating Systems: Windows, Linux"],
        ["• Operating System: macOS"],
        ["Languages: Go, Rust Operating Systems: Windows"],
        ["Operating Systems", "Windows", "Linux"],
        ["Systèmes d’exploitation", "GNU/Linux, Windows"],
    ],
)
def test_a_name_that_only_labels_a_list_of_its_items_is_no_skill(vocabulary: Vocabulary, lines: list[str]) -> None:
    assert "operating systems" not in vocabulary.find(lines)


@pytest.mark.parametrize(
    "line",
    [
        "Courses: Compilers, Operating Systems, Computer Networks",
        "Wrote a small operating system with a scheduler and a file system",
        "Teaching Assistant (Operating Systems), Fall 2021",
    ],
)
def test_the_same_name_as_a_subject_or_work_still_counts(vocabulary: Vocabulary, line: str) -> None:
    assert "operating systems" in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Wrote monthly summaries used by leadership to plan the budget", False),
        ("Presented the churn study to senior leadership", False),
        ("Briefed executive leadership on supplier risk", False),
        ("Leadership: ran a team of six analysts", True),
        ("Showed strong leadership in a product launch", True),
        ("Awarded for technical leadership of the billing migration", True),
    ],
)
def test_leadership_as_the_people_who_lead_is_an_audience(vocabulary: Vocabulary, line: str, present: bool) -> None:
    assert ("leadership" in found_skills(vocabulary, line)) is present
