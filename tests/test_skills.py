"""Tests for gapcheck.skills: the vocabulary file and finding its skills in resume lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from gapcheck.errors import RoleFileError
from gapcheck.skills import CATEGORIES, Vocabulary, load_vocabulary, tokenize


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


def _found(vocabulary: Vocabulary, line: str, *, in_skills: bool = False) -> set[str]:
    return set(vocabulary.find([line], [0] if in_skills else []))


# --- word boundaries and ambiguous names (the list) ---------------------------------------


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("I want to go home and Go to bed", "go"),
        ("Ready to Go live with Python", "go"),
        ("Go-to person for analytics in Python", "go"),
        ("I excel at communication", "microsoft excel"),
        ("Excel at data analysis and Python", "microsoft excel"),
        ("Sparked a culture of testing in Python", "apache spark"),
        ("spark plug maintenance", "apache spark"),
        ("Grade R and grade C students using Python", "r"),
        ("Grade R and grade C students using Python", "c"),
        ("Vitamin C", "c"),
        ("R&D team using Python", "r"),
        ("Reported to the C-suite with Python dashboards", "c"),
        ("A. Kumar, C. Smith and R. Jones. Deep learning with Python", "c"),
        ("A. Kumar, C. Smith and R. Jones. Deep learning with Python", "r"),
        ("JavaScript developer", "java"),
        ("JavaScript, TypeScript", "java"),
        ("Built scalable services in Python", "scala"),
        ("Taylor Swift fan", "swift"),
        ("Julia Roberts and Python", "julia"),
        ("Ray tracing in C++ and Python", "ray"),
        ("Pythonic code", "python"),
        ("nlp", "natural language processing"),  # NLP is case-sensitive: lower case is not the acronym
    ],
)
def test_ambiguous_names_in_prose_are_not_skills(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in _found(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Go, Python, SQL", {"go", "python", "sql"}),
        ("Skilled in Go and Python", {"go", "python"}),
        ("Wrote microservices in Go.", {"go", "microservices"}),
        ("Golang", {"go"}),
        ("Excel, Word, PowerPoint", {"microsoft excel", "microsoft powerpoint"}),
        ("Created pivot tables in Excel", {"microsoft excel"}),
        ("Used Spark to process logs", {"apache spark"}),
        ("Spark, Hadoop, Hive", {"apache spark", "apache hadoop", "apache hive"}),
        ("Python, R, SQL", {"python", "r", "sql"}),
        ("R and Python", {"r", "python"}),
        ("Proficient in C and Python", {"c", "python"}),
        ("Python, C, C++", {"python", "c", "c++"}),
        ("C++ and C#", {"c++", "c#"}),
        ("Java developer", {"java"}),
        ("java, JAVA", {"java"}),
        ("Scala and Spark", {"scala", "apache spark"}),
        ("Java/Scala", {"java", "scala"}),
        ("Node.js and React", {"node.js", "react"}),
        ("TensorFlow,PyTorch", {"tensorflow", "pytorch"}),
        ("Python3 scripts", {"python"}),
        ("neural network", {"neural networks"}),  # singular and plural name one entry
        ("machine learning models", {"machine learning"}),
    ],
)
def test_skills_in_lists_and_prose(vocabulary: Vocabulary, line: str, present: set[str]) -> None:
    assert present <= _found(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Go", "go"),
        ("R", "r"),
        ("C", "c"),
        ("Excel", "microsoft excel"),
        ("Advanced Excel skills", "microsoft excel"),
        ("Swift", "swift"),
    ],
)
def test_guarded_names_count_in_a_skills_section(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present not in _found(vocabulary, line)
    assert present in _found(vocabulary, line, in_skills=True)


@pytest.mark.parametrize(
    "line",
    ["Technologies: Go, Rust, R", "Environment: Go, R", "Programming languages: Go, R", "Tech stack: Go; R"],
)
def test_a_skill_label_line_is_a_skills_context_anywhere(vocabulary: Vocabulary, line: str) -> None:
    assert {"go", "r"} <= _found(vocabulary, line)


def test_a_label_that_is_not_about_skills_gives_no_context(vocabulary: Vocabulary) -> None:
    assert "r" not in _found(vocabulary, "Grade: R")


@pytest.mark.parametrize(
    ("spelling", "skill_id"),
    [
        ("sklearn", "scikit-learn"),
        ("k8s", "kubernetes"),
        ("K8s", "kubernetes"),
        ("Postgres", "postgresql"),
        ("AWS", "amazon web services"),
        ("NLP", "natural language processing"),
        ("NodeJS", "node.js"),
    ],
)
def test_aliases_find_the_canonical_entry(vocabulary: Vocabulary, spelling: str, skill_id: str) -> None:
    assert _found(vocabulary, f"Worked with {spelling} daily") >= {skill_id}
    assert vocabulary.resolve(spelling) == skill_id


@pytest.mark.parametrize(
    ("text", "skill_id"),
    [("scikit-learn", "scikit-learn"), ("  Kubernetes ", "kubernetes"), ("POSTGRESQL", "postgresql"), ("nope", None)],
)
def test_resolve_is_case_insensitive(vocabulary: Vocabulary, text: str, skill_id: str | None) -> None:
    assert vocabulary.resolve(text) == skill_id


def test_find_returns_the_lines_of_each_skill(vocabulary: Vocabulary) -> None:
    lines = ["Analyst", "Built reports in Python and SQL", "Wrote Python scripts", "SKILLS", "Go, R"]
    found = vocabulary.find(lines, skill_lines=[4])
    assert found["python"] == [1, 2]
    assert found["sql"] == [1]
    assert found["go"] == [4]
    assert found["r"] == [4]


# --- the broader-than relation ---------------------------------------------------------------------


def test_javascript_does_not_imply_java(vocabulary: Vocabulary) -> None:
    assert "javascript" not in vocabulary.members("java")
    assert "java" not in vocabulary.members("javascript")


@pytest.mark.parametrize(
    ("group", "member"),
    [("javascript", "node.js"), ("programming languages", "python"), ("programming languages", "c++")],
)
def test_members_follow_broader_chains(vocabulary: Vocabulary, group: str, member: str) -> None:
    members = vocabulary.members(group)
    assert group in members
    assert member in members


def test_an_entry_with_no_narrower_entries_is_its_own_only_member(vocabulary: Vocabulary) -> None:
    assert vocabulary.members("scala") == frozenset({"scala"})


# --- tokens ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("C++, C#, Node.js", ["C++", ",", "C#", ",", "Node.js"]),
        (".NET and R&D", [".NET", "and", "R", "&", "D"]),
        ("scikit-learn", ["scikit", "-", "learn"]),
        ("Ph.D.", ["Ph.D", "."]),
    ],
)
def test_tokenize(text: str, tokens: list[str]) -> None:
    assert tokenize(text) == tokens


# --- the shipped vocabulary file -------------------------------------------------------------------


def test_the_shipped_vocabulary_is_consistent(vocabulary: Vocabulary) -> None:
    assert len(vocabulary.entries) > 100
    for skill_id, entry in vocabulary.entries.items():
        assert skill_id == entry.name.lower()
        assert entry.category in CATEGORIES
        assert all(parent in vocabulary.entries for parent in entry.broader)
        assert vocabulary.resolve(entry.name) == skill_id


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "skills.yaml"
    path.write_text("version: 1\nskills:\n" + body, encoding="utf-8")
    return path


def test_a_small_vocabulary_file(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "  - {name: Languages, category: language, match: false}\n"
        "  - {name: Go, category: language, aliases: [Golang], guarded: [Go], broader: [languages]}\n",
    )
    vocabulary = load_vocabulary(path)
    assert vocabulary.members("languages") == frozenset({"languages", "go"})
    assert set(vocabulary.find(["Golang", "Languages"])) == {"go"}  # a group is never matched itself


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("  - {name: Go, category: nonsense}\n", "skill 'Go' has unknown category 'nonsense'"),
        ("  - {name: Go, category: language, alias: [golang]}\n", "skill 'Go' has unknown key(s): alias"),
        ("  - {name: Go, category: language}\n  - {name: Go, category: language}\n", "skill 'Go' is listed twice"),
        (
            "  - {name: Go, category: language, aliases: [gl]}\n  - {name: GL, category: language}\n",
            "spelling 'GL' names both 'go' and 'gl'",
        ),
        ("  - {name: Go, category: language, broader: [nowhere]}\n", "has unknown broader entry 'nowhere'"),
        ("  - {name: Go, category: language, aliases: golang}\n", "skill 'Go': aliases must be a list of strings"),
        ("  - {category: language}\n", "skills entry 1 must be a mapping with a 'name'"),
        ("  - {name: Go, category: [\n", "invalid YAML"),
    ],
)
def test_vocabulary_errors_name_the_file_and_the_entry(tmp_path: Path, body: str, message: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(RoleFileError, match=re.escape(message)) as caught:
        load_vocabulary(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_a_file_without_a_skills_list(tmp_path: Path) -> None:
    path = tmp_path / "skills.yaml"
    path.write_text("version: 1\n", encoding="utf-8")
    with pytest.raises(RoleFileError, match=re.escape("expected a mapping with a 'skills' list")):
        load_vocabulary(path)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Cleaned survey data in R (tidyverse)", "r"),
        ("Fitted mixed models in R to estimate effects", "r"),
        ("Rewrote the scheduler using Go to cut latency", "go"),
    ],
)
def test_a_guarded_name_after_in_using_with_counts_in_prose(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in _found(vocabulary, line)


@pytest.mark.parametrize(("line", "absent"), [("Ready to Go Live with the client", "go"), ("Grade C in Physics", "c")])
def test_a_capitalised_word_before_more_capitals_is_not_a_guarded_skill(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in _found(vocabulary, line)
