"""Tests for gapcheck.skills: the vocabulary file and finding its skills in resume lines."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import found_skills

from gapcheck.errors import RoleFileError
from gapcheck.skillentries import CATEGORIES
from gapcheck.skills import Vocabulary, load_vocabulary
from gapcheck.skillwords import tokenize

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
    assert absent not in found_skills(vocabulary, line)


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
    assert present <= found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Go", "go"),
        ("R", "r"),
        ("C", "c"),
        ("Excel", "microsoft excel"),
        ("Advanced Excel", "microsoft excel"),
        ("Swift", "swift"),
    ],
)
def test_guarded_names_count_in_a_skills_section(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present not in found_skills(vocabulary, line)
    assert present in found_skills(vocabulary, line, in_skills=True)


@pytest.mark.parametrize(
    "line",
    ["Technologies: Go, Rust, R", "Environment: Go, R", "Programming languages: Go, R", "Tech stack: Go; R"],
)
def test_a_skill_label_line_is_a_skills_context_anywhere(vocabulary: Vocabulary, line: str) -> None:
    assert {"go", "r"} <= found_skills(vocabulary, line)


def test_a_label_that_is_not_about_skills_gives_no_context(vocabulary: Vocabulary) -> None:
    assert "r" not in found_skills(vocabulary, "Grade: R")


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
    assert found_skills(vocabulary, f"Worked with {spelling} daily") >= {skill_id}
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


@pytest.mark.parametrize(
    ("heading", "skill_id"),
    [("Talks", "presentation skills"), ("SELECTED TALKS", "presentation skills"), ("Talks & Posters",
     "presentation skills"), ("Vorträge", "presentation skills"), ("Papers", "publications")],
)  # fmt: skip
def test_a_heading_spelling_counts_in_the_heading_of_a_section(
    vocabulary: Vocabulary, heading: str, skill_id: str
) -> None:
    lines = ["Ann Roe", heading, "Counting fish in lakes, Lake Workshop, Oslo, 2022"]
    assert vocabulary.find(lines, headings=[1])[skill_id] == [1]


def test_a_heading_s_line_stands_in_order_among_the_other_lines_of_its_skill(vocabulary: Vocabulary) -> None:
    lines = ["Ann Roe", "Talks", "Counting fish in lakes, 2022", "Presentation skills: clear talks to any audience"]
    assert vocabulary.find(lines, headings=[1])["presentation skills"] == [1, 3]


@pytest.mark.parametrize(
    "line", ["Talks", "Led talks with suppliers about prices", "Sub-reviewer, Lightning Talks, a security meetup"]
)
def test_a_heading_spelling_in_other_lines_names_no_skill(vocabulary: Vocabulary, line: str) -> None:
    assert "presentation skills" not in vocabulary.find(["Ann Roe", line, "Counting fish in lakes, 2022"])


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
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(("line", "absent"), [("Ready to Go Live with the client", "go"), ("Grade C in Physics", "c")])
def test_a_capitalised_word_before_more_capitals_is_not_a_guarded_skill(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


# --- round two: one normalisation step, one coordination rule, weak capitalised words, gaps ------------


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Statistical modelling and data modelling in SQL", "data modeling"),  # British -ll-
        ("Data visualisation with matplotlib", "data visualization"),  # -isation
        ("Built neural-network models", "neural networks"),  # a hyphen inside a word is a space
        ("Worked on computer-vision tasks", "computer vision"),
        ("Data pre-processing pipelines", "data preprocessing"),
        ("Frontend and back end work", "frontend development"),  # "front-end" in the vocabulary, joined in text
        ("Scripts in Python3.10 and Java8", "python"),  # a version glued to a name
        ("Scripts in Python3.10 and Java8", "java"),
        ("Regression analyses of claims", "regression models"),  # irregular plural
    ],
)
def test_spelling_variants_fold_to_the_vocabulary_spelling(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Front End Supervisor at a grocery store", "frontend development"),  # spaced text, hyphenated spelling
        ("An R2 score of 0.91 in Python", "r"),  # a version needs a name of three letters or more
        ("R-squared of 0.9 with Python", "r"),
    ],
)
def test_spelling_variants_do_not_invent_skills(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


def test_no_two_skills_share_a_folded_spelling(vocabulary: Vocabulary) -> None:
    shared = {key: {s.id for s in bucket} for key, bucket in vocabulary._index.items()}
    assert [key for key, ids in shared.items() if len(ids) > 1] == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Trained regression and classification models", {"regression models", "classification"}),
        ("Fitted linear and logistic regression", {"linear regression", "logistic regression"}),
        ("Used supervised and unsupervised learning", {"supervised learning", "unsupervised learning"}),
        ("Pipelines for model training and evaluation", {"model training", "model evaluation"}),
        ("Data cleaning, analysis and visualization", {"data cleaning", "data analysis", "data visualization"}),
        ("Linear, ridge and logistic regression", {"linear regression", "ridge regression", "logistic regression"}),
        ("Réalité virtuelle et augmentée", {"virtual reality", "augmented reality"}),  # an adjective after its noun
        ("Realidad virtual y aumentada", {"virtual reality", "augmented reality"}),
    ],
)
def test_coordinated_words_share_their_head(vocabulary: Vocabulary, line: str, expected: set[str]) -> None:
    found = found_skills(vocabulary, line)
    assert {vocabulary.resolve(s) for s in expected} <= found


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Bayesian data analysis and model selection", "data modeling"),
        ("Data cleaning and feature engineering with pandas", "data engineering"),
    ],
)
def test_a_coordinated_word_that_begins_a_name_of_its_own_takes_no_head(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Built classification models after a regression in sales", "regression models"),  # no conjunction
        ("Ran regression, then classification models", "regression models"),
        ("Model training on GPUs and evaluation of staff", "model evaluation"),  # words between skill and list
        ("Réalité virtuelle, augmentée de vingt pour cent", "augmented reality"),  # no conjunction closes the list
    ],
)
def test_coordination_needs_a_conjunction_next_to_the_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert vocabulary.resolve(absent) not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("React quickly to customer issues", "react"),
        ("Spark interest in science among pupils", "apache spark"),
        ("Angular momentum labs for first-year physics", "angular"),
        ("Hive inspections every spring", "apache hive"),
        ("Reported to Dr. Sarah Jenkins", "jenkins"),
        ("Volunteer in Unity Plaza", "unity"),
        ("Mentored by the chief technology officer", "mentoring"),
    ],
)
def test_capitalised_ordinary_words_alone_are_not_tools(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


def test_a_weak_capitalised_word_counts_when_the_skill_is_shown_elsewhere(vocabulary: Vocabulary) -> None:
    lines = ["React components for the checkout page", "Skills: React, Redux, TypeScript"]
    assert vocabulary.find(lines, [1])["react"] == [0, 1]
    assert "react" not in vocabulary.find(lines[:1])


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Used Jenkins to deploy builds", "jenkins"),  # after a sentence-initial verb, not a name
        ("Mentored two junior analysts", "mentoring"),
        ("Built services with React and Redux", "react"),
    ],
)
def test_capitalised_tools_in_ordinary_use_still_count(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Led a 5-member agile team to build a search service", "leadership"),
        ("Deployed gradient boosting models as services", "model deployment"),
        ("Managing 7 people between research scientists and engineers", "people management"),
    ],
)
def test_a_gapped_spelling_allows_a_few_words_between(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    "line",
    [
        "This led to a 10% increase for the whole team",  # "to" ends the gap
        "Led the migration. Team morale improved",  # punctuation ends the gap
        "Led the migration of five legacy billing services for the team",  # more than four words between
    ],
)
def test_a_gapped_spelling_does_not_span_too_far(vocabulary: Vocabulary, line: str) -> None:
    assert "leadership" not in found_skills(vocabulary, line)


def test_an_exact_name_in_other_case_counts_only_as_an_item_of_a_list_of_skills(vocabulary: Vocabulary) -> None:
    assert "latex" in found_skills(vocabulary, "Tools: Julia, Latex, R")
    assert "latex" in found_skills(vocabulary, "Expert in Julia, git, LATEX, Statistics, MATLAB")
    assert "latex" not in found_skills(vocabulary, "Wore latex gloves in the lab", in_skills=True)
    assert "latex" not in found_skills(vocabulary, "Latex, nitrile and vinyl gloves")  # a list, but of no skills
    assert "ray" not in found_skills(vocabulary, "Blu-ray, BD-J, Java, XML")  # a lower-case word is not a name


def test_a_gap_only_stands_in_aliases(tmp_path: Path) -> None:
    path = tmp_path / "skills.yaml"
    path.write_text("skills:\n  - {name: Leadership, exact: ['led … team']}\n", encoding="utf-8")
    with pytest.raises(RoleFileError, match="may only stand in aliases"):
        load_vocabulary(path)
    path.write_text("skills:\n  - {name: Leadership, aliases: ['led …']}\n", encoding="utf-8")
    with pytest.raises(RoleFileError, match="needs words on both sides"):
        load_vocabulary(path)


def test_words_are_looked_up_only_as_far_as_a_spelling_from_them_reaches(
    vocabulary: Vocabulary, monkeypatch: pytest.MonkeyPatch
) -> None:
    looked_up: list[tuple[str, ...]] = []
    lookup = Vocabulary._lookup

    def recording(self: Vocabulary, key: tuple[str, ...]) -> object:
        looked_up.append(key)
        return lookup(self, key)

    monkeypatch.setattr(Vocabulary, "_lookup", recording)
    assert found_skills(vocabulary, "Zebras counted with machine learning in Python") >= {"machine learning", "python"}
    assert ("machine", "learning") in looked_up
    assert [key for key in looked_up if key[0] == "zebras"] == []  # no spelling starts with it: not looked up


@pytest.mark.parametrize(
    "lines",
    [
        ["ann@example.com | +1 555 0100", "Github: 0xnull007"],
        ["More of my projects are on my GitHub: https://www.github.com/annlee"],
        ["ann@example.com | ann.github.io | GITHUB-SQUARE annlee"],
        ["ann@example.com", "Linkedin", "Github", "HackerRank"],
        ["Github:", "https://github.com/annlee"],
        ["email: ann@example.com", "github: AnnLee"],
        ["Programming", "github:", "@AnnLee", "Languages"],
        ["Code at github/annlee2/route-planner and on my site"],
    ],
)
def test_a_name_labelling_a_profile_link_is_not_a_skill(vocabulary: Vocabulary, lines: list[str]) -> None:
    assert "github" not in vocabulary.find(lines)


@pytest.mark.parametrize(
    "lines",
    [
        ["Version Control: Git, GitHub"],
        ["GitHub: GH"],
        ["Tools", "GitHub", "Docker"],
        ["Publications", "https://doi.org/10.5555/1234567", "GitHub stars: 2.5K on my CLI tool"],
        ["Programming Languages", "GitHub", "Python, R", "Docker", "Jira", "https://example.org/ann"],
    ],
)
def test_a_name_beside_a_link_or_a_label_still_counts(vocabulary: Vocabulary, lines: list[str]) -> None:
    assert "github" in vocabulary.find(lines)


@pytest.mark.parametrize(
    ("lines", "absent"),
    [
        (["AI based Snake Game | Github Link   Feb 2020 – March 2020"], "github"),
        (["• GitHub Repo PacketLabNotes"], "github"),
        (["Tide-gauge denoiser: GitHub project page, slides, poster"], "github"),
        (["GitLab: ann2", "Email: ann@example.org"], "gitlab"),
        (["Cairo, Egypt | ann@example.com | +20 115 606", "LinkedIn | GitHub"], "github"),
        (["§ GitHub | } telegram | # ann@mail.ru"], "github"),
        (["\uf10b TEL:", "\uf0e0 Email:", "\uf113 Github:", "\uf015 Homepage:"], "github"),
        (["http://github/annexample42"], "github"),
        (["Demo: github.com/annlee/sentiment-analysis-app"], "sentiment analysis"),
        (["Slides at https://example.org/talks/deep-learning.pdf"], "deep learning"),
        ([":envelope: ann@example.org", ":large_blue_circle: LinkedIn", ":cat: GitHub", "Student"], "github"),
        (
            ["Languages", "Programming Languages", "GitHub", "German (native)", "Python, R", "https://github.com/annx"],
            "github",
        ),
        (["Route planner for delivery vans (GitHub)"], "github"),
        (["Open-source work on a tiling window manager [GitLab]"], "gitlab"),
        (["Blog", "GitHub", "More profiles"], "github"),
    ],
)
def test_a_link_its_label_and_its_address_show_no_skill(vocabulary: Vocabulary, lines: list[str], absent: str) -> None:
    assert absent not in vocabulary.find(lines)


@pytest.mark.parametrize(
    ("lines", "present"),
    [
        (["Git | GitHub | Docker"], "github"),
        (["CI with GitHub Actions and GitHub Pages"], "github"),
        (["Hosted the project page and its docs on GitHub"], "github"),
        (["MATLAB: R2023a"], "matlab"),  # a tool and its version, not a profile's handle
        (["Certified: 2019 • CCNA: 2021 • ITIL: 2018"], "computer networks"),
        (["Tools:", "Github:", "Docker"], "github"),
        (["Github:", "Python, SQL"], "github"),
        (["Tools: GitHub/GitLab, Docker"], "gitlab"),
        (["ASP.NET and VB.NET web apps"], "asp.net"),
        (["ASP.NET and VB.NET web apps"], "visual basic"),
        (["Sentiment analysis of reviews (see my GitHub)"], "sentiment analysis"),
        (["Version control (Git, GitHub)"], "github"),
        (["Skills", "GitHub", "Docker", "Blogging"], "github"),
    ],
)
def test_a_name_that_is_no_link_label_still_counts(vocabulary: Vocabulary, lines: list[str], present: str) -> None:
    assert present in vocabulary.find(lines)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Big Data Big Ideas Society   September 2018 - November 2018", "big data"),
        ("Intern, SAP Research Center, Dresden", "sap"),
        ("Certified Kubernetes Application Developer, The Linux Foundation", "linux"),
        ("Member, Machine Learning Student Association", "machine learning"),
        ("Student assistant, Faculty of Mathematics and Physics, Musterstadt", "mathematics"),
        ("Postdoc, Department of Pure Mathematics and Logic", "mathematics"),
        ("Secretary of Transport and Embedded Systems, Example University (2019)", "embedded systems"),
        ("Bolsista, Faculdade de Engenharia e Ciência de Dados, Recife", "data science"),
        ("Hilfskraft am Lehrstuhl für Maschinelles Lernen, Musterstadt", "machine learning"),
        ("Stagiaire, Laboratoire de Mathématiques Appliquées, Lyon", "mathematics"),
        ("Partners: Institute of Optics, Signal Processing and Control Research (Exampleton)", "signal processing"),
        ("Reviewer: IEEE Transactions on Robotics, Applied Mathematics and Computation, 12th", "mathematics"),
        ("Reviewer: Machine Learning and Applications (ICMLA 2021) and others", "machine learning"),
        ("Data Science and Advanced Analytics (DSAA '17)", "data science"),
    ],
)
def test_a_skill_word_in_the_name_of_a_club_or_institution_shows_no_skill(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Built Big Data pipelines for the Chess Club website", "big data"),
        ("SAP, Python, Linux", "sap"),
        ("Ran Linux servers for the Python Software Foundation", "linux"),
        ("Taught Mathematics for the Department of Physics", "mathematics"),
        ("Department head; Mathematics and Physics teacher", "mathematics"),
        ("Built embedded systems for the Ministry of Energy", "embedded systems"),
        ("Postdoc, Institute of Optics, signal processing for sensors", "signal processing"),
        ("Natural Language Processing (NLP) with spaCy, 2021", "natural language processing"),
        ("Machine Learning (2021), Data Science (2022)", "machine learning"),
    ],
)
def test_a_skill_word_before_a_lower_case_word_is_no_name(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Assembly and deployment of a data acquisition system for a magnetometer", "assembly language"),
        ("Rust and corrosion control on steel bridges", "rust"),
    ],
)
def test_a_capitalised_word_opening_a_sentence_before_and_a_plain_word_is_english(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Assembly and C programming for microcontrollers", "assembly language"),
        ("Spark and Hadoop on AWS", "apache spark"),
        ("Excel and powerpoint reports", "microsoft excel"),
    ],
)
def test_a_capitalised_name_before_and_another_skill_counts(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Software Engineer at Oracle", "oracle database"),
        ("Data Scientist @ Snowflake (Berlin)   2019 – 2021", "snowflake"),
        ("Account Executive at Salesforce, San Francisco", "salesforce"),
    ],
)
def test_a_tool_named_after_at_is_the_employer(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Skilled at Python", "python"),
        ("Competent at Javascript and Kotlin programming", "javascript"),
        ("Data Innovation Lab @ Capital One (San Francisco)", "financial services"),
    ],
)
def test_a_tool_after_at_that_is_no_employer_counts(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(("line", "present"), [("⋄ R (basic), C (basic)", "r"), ("Go (intermediate)", "go")])
def test_a_name_given_a_proficiency_level_is_a_skill(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"), [("English: Level C (advanced)", "c"), ("Go (to the next step) when ready", "go")]
)
def test_a_bracket_after_a_guarded_name_needs_a_level(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


def test_a_plus_joining_two_names_splits_them() -> None:
    assert tokenize("HTML+CSS") == ["HTML", "+", "CSS"]


def test_a_trailing_plus_stays_part_of_the_name() -> None:
    assert tokenize("C++ and ES6+, Notepad++") == ["C++", "and", "ES6+", ",", "Notepad++"]


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Learned the foundations of data science including python and statistics", "statistics"),
        ("Research focus on models using statistics and machine learning", "statistics"),
        ("Strong communication, leadership and teamwork", "communication skills"),
    ],
)
def test_a_lower_case_guarded_name_joined_to_a_skill_counts(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Collected usage statistics and logs for the team", "statistics"),
        ("Prepared weekly statistics and reports with Python", "statistics"),
        ("Ready to go and build things in Python", "go"),
    ],
)
def test_a_lower_case_guarded_name_not_joined_to_a_skill_is_a_word(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Analisis de datos con Python", "data analysis"),
        ("Análisis de datos con Python", "data analysis"),
        ("Classified reviews with Na\u0131\u0308ve Bayes", "naive bayes"),
        ("Apprentissage automatique et vision par ordinateur", "computer vision"),
    ],
)
def test_accents_are_folded_so_one_spelling_serves_both(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


def test_an_accented_word_is_not_a_tool_of_the_same_letters(vocabulary: Vocabulary) -> None:
    assert "informatica" not in found_skills(vocabulary, "Ingeniería Informática, Universidad de Lima")
    assert "informatica" in found_skills(vocabulary, "Built Informatica migrations")


def test_express_counts_as_an_item_of_a_list_of_skills(vocabulary: Vocabulary) -> None:
    assert "express.js" in found_skills(vocabulary, "Back-end: Django, Node, Express, Vue")


@pytest.mark.parametrize(
    "line", ["Journal of Signal Circuits: Express Letters, vol. 12", "Took the Express train daily"]
)
def test_express_in_prose_or_a_title_is_a_word(vocabulary: Vocabulary, line: str) -> None:
    assert "express.js" not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    "line",
    [
        "National top 0.5%, Certificate of Merit, in State Board Class XII Mathematics Examination",
        "Took part in the Regional Maths Olympiad from 2010 to 2012",
        "Ranked 2nd place in General Mathematics and English Standard",
        "Abiturfächer: Mathematik, Biologie, Englisch",
        "Baccalauréat S, spécialité mathématiques, mention bien",
        "Liceo scientifico Esempio, indirizzo matematica",
    ],
)
def test_a_subject_on_a_line_of_school_results_is_not_a_skill(vocabulary: Vocabulary, line: str) -> None:
    assert "mathematics" not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    "line",
    [
        "Tutored high school students in mathematics and physics",
        "Applied mathematics for risk models",
        "Professeur de mathématiques, Lycée Exemple, Rennes",
        "Lehrer für Mathematik am Abiturjahrgang",
    ],
)
def test_a_subject_taught_or_used_is_still_a_skill(vocabulary: Vocabulary, line: str) -> None:
    assert "mathematics" in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Designed an open-source control board for lab pumps", "version control"),
        ("Fitted non-linear regression curves", "linear regression"),
    ],
)
def test_a_name_does_not_start_inside_a_hyphenated_word(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Source control with Git and code reviews", "version control"),
        ("Semi-supervised learning for label-scarce images", "semi-supervised learning"),
        ("Built a real-time linear regression service", "linear regression"),
    ],
)
def test_a_name_after_a_hyphenated_word_still_counts(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


def test_a_word_inside_a_hyphenated_name_read_whole_is_no_second_skill(vocabulary: Vocabulary) -> None:
    found = found_skills(vocabulary, "Concepts: Role-Based Access Control, Git", in_skills=True)
    assert "identity and access management" in found and "microsoft access" not in found
    found = found_skills(vocabulary, "Tools: Excel, Access, Role-Based Access Control", in_skills=True)
    assert "microsoft access" in found
    assert "microsoft word" in found_skills(vocabulary, "Front-end Development, Word", in_skills=True)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Julia Experte", "julia"),
        ("Swift Advanced, Go Basic", "go"),
        ("SQL (Básico), R (Avanzado-Experto)", "r"),
    ],
)
def test_a_cased_name_with_a_level_after_it_is_a_skill(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [("Julia Experte ist gut", "julia"), ("The Go advanced course", "go"), ("Met Julia Roberts", "julia")],
)
def test_a_level_word_in_a_sentence_makes_no_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


def test_a_legal_form_ends_a_company_name_and_is_no_tool(vocabulary: Vocabulary) -> None:
    assert "sas" not in found_skills(vocabulary, "Frontend Developer, Globex SAS, Lyon, France")
    for line in ["Python, R, SAS", "Base SAS, SQL", "Proficient in SAS and Stata", "Stata SAS SPSS"]:
        assert "sas" in found_skills(vocabulary, line), line


def test_a_research_group_name_shows_no_skill_of_its_member(vocabulary: Vocabulary) -> None:
    line = "Fellow of the High Performance Computing and Storage Group, Porto"
    assert "distributed computing" not in found_skills(vocabulary, line)
    assert "distributed computing" in found_skills(vocabulary, "High performance computing and networking on GPUs")


@pytest.mark.parametrize(
    "lines",
    [["GitHub: GitHub"], ["Blog/Linkedin/Github/Twitter"], ["ann@example.com | Blog/GitHub"]],
)
def test_link_texts_naming_their_site_show_no_skill(vocabulary: Vocabulary, lines: list[str]) -> None:
    assert "github" not in vocabulary.find(lines)


def test_code_hosts_joined_by_a_slash_are_still_tools(vocabulary: Vocabulary) -> None:
    assert {"github", "gitlab ci"} <= set(vocabulary.find(["GitHub/GitLab CI, Docker"]))


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Budgets kept in Google Spreadsheets and Excel.", "google sheets"),
        ("Programming: Python, PLSQL", "oracle database"),
        ("Libraries: XGBoost, SparkML", "spark mllib"),
        ("A recipe chatbot built on OpenAI GPT-3", "openai api"),
        ("Ausgewählte Publikationen", "publications"),
        ("Daily setup: ArchLinux and Emacs", "linux"),
    ],
)
def test_other_spellings_of_vocabulary_names(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Kept the shared spreadsheets up to date", "google sheets"),
        ("Research at OpenAI on GPT-3 evaluation", "openai api"),
        ("SQL and PL programming courses", "oracle database"),
    ],
)
def test_other_spellings_need_their_words(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Sharpened my Excel skills;", "microsoft excel"),
        ("Advanced Excel skills", "microsoft excel"),
        ("Swift development for iOS apps", "swift"),
    ],
)
def test_a_cased_tool_before_skills_or_development_is_the_tool(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [("Mechanical Assembly Skills", "assembly language"), ("Word processing skills", "microsoft word")],
)
def test_a_cased_word_inside_a_named_skill_is_no_tool(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


def test_evolutionary_search_is_optimization(vocabulary: Vocabulary) -> None:
    assert "mathematical optimization" in found_skills(vocabulary, "Tuned schedules with a genetic algorithm")
    assert "mathematical optimization" not in found_skills(vocabulary, "Studied genetic variation in algae")


_GERMAN = "Aufbau und Betrieb der Plattform mit dem Team für einen Kunden von uns, {}"


@pytest.mark.parametrize(
    ("words", "present"),
    [
        ("Modell auf einem Kundenwissensgraphen", "knowledge graphs"),
        ("Planung von Zeitreihenanalysen", "time series analysis"),
        ("Einführung einer Frontenddatenanalyse", "data analysis"),
        ("Absicherung durch eine Unternehmenscybersicherheit", "cybersecurity"),
    ],
)
def test_a_german_compound_ending_in_a_name_shows_it(vocabulary: Vocabulary, words: str, present: str) -> None:
    assert present in vocabulary.find([_GERMAN.format(words)])


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Contract role (Demographer/Biostatistician)", "statistics"),
        ("Course on shape analysis: morphomathematics", "mathematics"),
    ],
)
def test_an_english_word_ending_in_a_name_shows_no_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in vocabulary.find([line, "Developed the reporting platform for our clients."])


@pytest.mark.parametrize(("line", "present"), [("punctual, teamworker, curious", "teamwork")])
def test_a_name_with_an_ending_shows_it_in_any_language(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Dashboards (Lookerstudio, SQL)", "looker studio"),
        ("Skills: DataScience, MachineLearning, PowerBI", "data science"),
        ("Análise e visualização de dados: Excel", "data analysis"),
        ("Analisi e visualizzazione dei dati", "data analysis"),
        ("Análisis y visualización de datos", "data analysis"),
        ("Analyse et visualisation de données", "data analysis"),
        ("Skills: JAX, Flax, Python", "jax"),
        ("Skills: R-Shiny dashboards, SQL", "r"),
    ],
)
def test_names_glued_coordinated_in_other_languages_or_beside_a_hyphen_count(
    vocabulary: Vocabulary, line: str, present: str
) -> None:
    assert present in found_skills(vocabulary, line, in_skills=True)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Backend: JAX-RS/Tomcat, Django", "jax"),
        ("Object detection with Faster R-CNN", "r"),
        ("Y Combinator alumni; e-commerce", "data analysis"),
        ("+33 6 00 00 00 00   ann@example.fr https: // github. com/ Ann-B", "github"),
        ("As shown by my Github, I learn fast", "github"),
        ("Currículo no GitHub", "github"),
    ],
)
def test_acronym_compounds_and_links_show_no_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line, in_skills=True)


def test_a_named_tool_of_a_profile_site_still_counts(vocabulary: Vocabulary) -> None:
    assert "github actions" in found_skills(vocabulary, "CI with my GitHub Actions workflows")


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("3. A. Person, B. Example, “Text Classification with Spiking Networks,” Journal of X", "text classification"),
        ("Person, A., “Efficient Discovery of Patterns”, in Methods and Big Data in Industry, 2019", "big data"),
        ("Talk „A Comparative Study of Sentiment Analysis Methods‘ at a workshop", "sentiment analysis"),
        ("Thesis: ”Implementation of Machine Learning Tests for Outcomes”", "machine learning"),
        ("Diplomarbeit: Zukunft von 3D-Grafik im Browser mit WebGL", "computer graphics"),
        ("7. Lee A.B., Kim C., Ode D.E., Imaging by Means of Artificial Neural Networks, J. Optics", "neural networks"),
        ("Person, A., Lee, B. and Kim, C. (2020). Deep learning for crops. Journal of Farms", "deep learning"),
    ],
)
def test_the_title_of_a_paper_talk_or_thesis_shows_no_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("2010 “Describe and analyse multifactorial data”, training course of the regional office", "data analysis"),
        ("Attended the course “Machine Learning for Biologists” (2019)", "machine learning"),
        ("Project Title: Customer Sentiment Analysis for a retailer", "sentiment analysis"),
        ("Ran the “text classification for support tickets” project with Ann", "text classification"),
        ("B.A. Economics, M.A. Statistics, M.S. Data Science", "data science"),
        ("Worked with A. Lee and B. Kim on deep learning for crops", "deep learning"),
    ],
)
def test_a_course_or_project_title_and_quoted_words_of_the_person_still_show(
    vocabulary: Vocabulary, line: str, present: str
) -> None:
    assert present in found_skills(vocabulary, line)


def test_the_rest_of_an_address_broken_at_the_end_of_a_line_is_no_skill(vocabulary: Vocabulary) -> None:
    assert "html" not in vocabulary.find(["My papers: https://example.org/papers/index.", "html and on Scholar"])


@pytest.mark.parametrize(
    "lines",
    [["See https://example.org/papers.", "HTML and CSS pages"], ["Built sites in PHP and", "html and CSS"]],
)
def test_a_line_after_an_address_that_is_complete_keeps_its_skill(vocabulary: Vocabulary, lines: list[str]) -> None:
    assert "html" in vocabulary.find(lines)


@pytest.mark.parametrize(
    "line",
    [
        "Advised clients across industries such as healthcare, retail and insurance.",
        "Worked with sectors including healthcare and insurance",
    ],
)
def test_a_list_of_client_industries_shows_no_domain(vocabulary: Vocabulary, line: str) -> None:
    assert not {"healthcare", "insurance"} & found_skills(vocabulary, line)


@pytest.mark.parametrize(
    "line",
    [
        "Five years in the healthcare industry, such as hospital data pipelines",
        "Good knowledge of major sectors: healthcare and insurance",
        "Built claims models for the insurance industry",
    ],
)
def test_a_domain_worked_in_still_shows(vocabulary: Vocabulary, line: str) -> None:
    assert {"healthcare", "insurance"} & found_skills(vocabulary, line)


def test_a_soft_skill_word_after_an_acronym_is_a_technical_name(vocabulary: Vocabulary) -> None:
    line = "Automation: PLC Programming, CNC Communication, Industrial Control Systems"
    assert "communication skills" not in found_skills(vocabulary, line, in_skills=True)


def test_a_listed_soft_skill_word_still_shows(vocabulary: Vocabulary) -> None:
    assert "communication skills" in found_skills(vocabulary, "Python, SQL, Communication, Teamwork", in_skills=True)


def test_school_contests_show_no_school_subject(vocabulary: Vocabulary) -> None:
    assert "mathematics" not in found_skills(vocabulary, "Winner of regional school contests on Mathematics, Physics")


def test_a_subject_taught_for_school_contests_still_shows(vocabulary: Vocabulary) -> None:
    assert "mathematics" in found_skills(vocabulary, "Taught Mathematics to pupils for school contests")


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Agentes de IA para la atención al cliente", "artificial intelligence"),
        ("Projet d'IA générative pour le service client", "artificial intelligence"),
        ("Programação de microcontroladores e robótica", "microcontrollers"),
        ("Programação de microcontroladores e robótica", "robotics"),
        ("Logiciels pour des systèmes basés sur des micro-contrôleurs", "microcontrollers"),
        ("Soporte y administración de redes de la oficina", "computer networks"),
        ("Versionamento de código com Azure DevOps", "version control"),
        ("Langages : C, Assembleur, Python", "assembly language"),
        ("Kurse über Teamleitung, Präsentationstechniken, etc.", "presentation skills"),
        ("Propuestas, documentos técnicos y demostraciones", "technical writing"),
        ("Kann Dienste bauen und Container orchestrieren", "containerization"),
        ("Depuración de aplicaciones en producción", "debugging"),
        ("Mitarbeit an zwei Forschungsprojekten des Instituts", "scientific research"),
        ("Participante en proyectos de investigación del departamento", "scientific research"),
        ("Certifications: CCNA Sécurité (2015)", "network security"),
    ],
)
def test_a_skill_written_in_another_language_is_found(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Courses: Physics (IA), Computer Science (IA – II)", "artificial intelligence"),
        ("Field engineer, Ames, IA 50011", "artificial intelligence"),
        ("Execução de laudos técnicos para apólices de seguro", "technical writing"),
        ("Gestão de redes sociais da loja", "computer networks"),
        ("Laboratorio de robots", "robotics"),
        ("Conduct research on the latest market news for a newsletter", "scientific research"),
        ("Tools: Apache JMeter, Git, Jira", "apache http server"),
    ],
)
def test_a_word_near_a_foreign_spelling_names_no_skill(vocabulary: Vocabulary, line: str, absent: str) -> None:
    assert absent not in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Product documentation writing for the platform", "technical writing"),
        ("Automation tests writing for the billing module", "software testing"),
        ("Took part in mobile client development for a shop", "mobile development"),
        ("Developed 3D vision-guided robotic picking", "3d computer vision"),
        ("Research areas: computer vision, optimization algorithms", "mathematical optimization"),
        ("Statistics, data pipelines, models deployment", "model deployment"),
        ("Supervised Machine Learning: Regression and Classification (online course)", "supervised learning"),
        ("Servers: Apache Webserver, nginx", "apache http server"),
    ],
)
def test_an_english_phrasing_of_an_entry_is_found(vocabulary: Vocabulary, line: str, present: str) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("Courses: Numerical Analysis, Differential Equation, Soil Mechanics", "differential equations"),
        ("Built an IDE for the Ruby programming language", "ruby"),
        ("Statistics in the R language", "r"),
    ],
)
def test_a_plural_name_in_the_singular_or_a_language_named_as_one_is_found(
    vocabulary: Vocabulary, line: str, present: str
) -> None:
    assert present in found_skills(vocabulary, line)


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Wrote a glue layer for a Java virtual machine", "virtualization"),
        ("Joined the Microsoft Team meeting every week", "microsoft teams"),
        ("Member of the Ruby Programming Club", "ruby"),
    ],
)
def test_a_singular_only_where_the_name_is_plural_and_no_product(
    vocabulary: Vocabulary, line: str, absent: str
) -> None:
    assert absent not in found_skills(vocabulary, line)


def test_a_plan_of_study_shows_no_skill_yet(vocabulary: Vocabulary) -> None:
    line = "Fluent in Python. On track to graduate in 2026 in full stack development."
    assert "full-stack development" not in found_skills(vocabulary, line)


def test_a_degree_being_completed_still_shows_the_work_done(vocabulary: Vocabulary) -> None:
    line = "Built full stack development projects while completing the degree"
    assert "full-stack development" in found_skills(vocabulary, line)


def test_an_entry_with_label_false_counts_except_as_a_list_label(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "  - {name: Gardening, category: concept, label: false}\n  - {name: Baking, category: concept}\n",
    )
    vocabulary = load_vocabulary(path)
    assert set(vocabulary.find(["Gardening: roses, tulips", "Baking: bread"])) == {"baking"}
    assert set(vocabulary.find(["Gardening", "roses"])) == set()
    assert set(vocabulary.find(["Taught gardening and baking to pupils"])) == {"gardening", "baking"}
    assert Vocabulary.from_data(vocabulary.to_data()).entries["gardening"].label is False
