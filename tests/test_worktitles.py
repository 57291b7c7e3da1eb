"""Tests for gapcheck.worktitles: the words of a cited work's title name its subject, not a skill of the person."""

from __future__ import annotations

import pytest

from gapcheck.skills import Vocabulary


def found(vocabulary: Vocabulary, lines: list[str], in_skills: bool = False) -> set[str]:
    return set(vocabulary.find(lines, range(len(lines)) if in_skills else ()))


@pytest.mark.parametrize(
    ("lines", "absent"),
    [
        (["Ann Lee, Bo Chen, and Cy Park. Reinforcement Learning for Warehouse Robots. ICRA, 2024."],
         "reinforcement learning"),
        (["Ann Lee∗, Bo Chen∗,†, Jo K. Wu, and Cy Park. Object Detection in Fog. CVPR, 2022."], "object detection"),
        (["12. Lee AB, Chen B, Park CY, Ode D. Machine learning for triage. Lancet. 2023;4:1-9."], "machine learning"),
        (["2021 A. Lee, B. Chen, and C. Park. Sentiment Analysis of Reviews. In Proc. of ACL."], "sentiment analysis"),
        (["Lee, A., Chen, B. & Park, C. Sentiment analysis of reviews. J. Text, 3."], "sentiment analysis"),
        (["Ann Lee, Bo Chen, and Cy Park. A Study of Careful Tuning", "Strategies for Large Language Models. NeurIPS."],
         "large language models"),
        (["Ann Lee, Bo Chen, Cy Park, Di Wu, and", "Eve Ross. Reinforcement Learning at Scale. ICML, 2023."],
         "reinforcement learning"),
        (["Ann Lee, Bo Chen, Cy Park, Di", "Wu, Eve Ross, and Fay Kim. Better Maps for Robots",
          "with Object Detection."], "object detection"),
        (["[C3] Ann Lee, Bo Chen, and Cy Park. Object Detection in Fog. CVPR, 2022."], "object detection"),
    ],
)  # fmt: skip
def test_a_title_after_a_list_of_authors_shows_no_skill(vocabulary: Vocabulary, lines: list[str], absent: str) -> None:
    assert absent not in found(vocabulary, lines)


@pytest.mark.parametrize(
    ("lines", "present", "in_skills"),
    [
        (["Apache Spark, Google Cloud, and Power BI. Built pipelines in Python."], "python", False),
        (["Apache Spark, Google Cloud, and Power BI. Built pipelines in Python."], "power bi", False),
        (["Software Engineer, Data Analyst, and Team Lead. Built ETL pipelines in Python"], "python", False),
        (["Ann Lee, Bo Chen, and Cy Park. Robot Maps. ICRA, 2024.", "Built a reinforcement learning agent."],
         "reinforcement learning", False),
        (["Editing, Creative Thinking, Office Programs, Customer Service,", "Time Management, Negotiation"],
         "time management", True),
        (["Ann Lee and Bo Chen. Machine Learning for Maps.", "Machine learning engineer at Acme"], "machine learning",
         False),
    ],
)  # fmt: skip
def test_names_that_open_no_citation_keep_their_skills(
    vocabulary: Vocabulary, lines: list[str], present: str, in_skills: bool
) -> None:
    assert present in found(vocabulary, lines, in_skills)


@pytest.mark.parametrize(
    ("lines", "absent"),
    [
        (["[3] B. Ode, C. Roe et D. Poe, “Counting Birds from a Drone with", "Fast Object Detection”,"
          " in Proc. Example Meeting, 2020."], "object detection"),
        (["[4] B. Ode and C. Roe, “Sentiment Analysis of Product", "Reviews at Scale”, Example Letters, 2019."],
         "sentiment analysis"),
    ],
)  # fmt: skip
def test_a_quoted_title_broken_over_two_lines_shows_no_skill(
    vocabulary: Vocabulary, lines: list[str], absent: str
) -> None:
    assert absent not in found(vocabulary, lines)


@pytest.mark.parametrize(
    ("lines", "present"),
    [
        (["Built object detection models for a “smart", "shelf” demo at Acme"], "object detection"),
        (["Gave the team a “quick start", "guide” to sentiment analysis tooling"], "sentiment analysis"),
    ],
)
def test_a_quote_without_a_citation_keeps_its_skills(vocabulary: Vocabulary, lines: list[str], present: str) -> None:
    assert present in found(vocabulary, lines)
