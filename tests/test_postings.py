"""Job postings -> role profiles: sections, qualifiers, alternatives, years, degree, phrases, files."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from conftest import SHARED

from gapcheck.errors import PostingError
from gapcheck.htmltext import html_to_markdown
from gapcheck.models import RoleProfile
from gapcheck.postings import read_posting
from gapcheck.postingtext import posting_lines
from gapcheck.render.role_yaml import render_role_yaml
from gapcheck.roles import load_role, parse_role
from gapcheck.skills import load_vocabulary

POSTING = """Acme Analytics: Data Engineer

About us
We build dashboards with Tableau for retailers.

Responsibilities
- Build data pipelines in Scala
- Maintain Kubernetes clusters

Requirements
- 4+ years of data engineering experience
- Strong proficiency in Python, Scala, or Java
- Experience with SQL and NoSQL databases
- Experience with cloud platforms, preferably Azure
- Docker (nice to have)
- Experience with plain WSGI servers
- Bachelor's degree in Computer Science, Statistics or a related field, or equivalent practical experience
- Must be authorized to work in the US without visa sponsorship

Nice to have
- Airflow
- Spark experience is required
"""


def role_of(text: str) -> RoleProfile:
    return read_posting(text=text, source="test").role


def required_ids(role: RoleProfile) -> set[str]:
    return {s for r in role.skills if r.required for s in r.skills}


def preferred_ids(role: RoleProfile) -> set[str]:
    return {s for r in role.skills if not r.required for s in r.skills}


@pytest.fixture(scope="module")
def role() -> RoleProfile:
    return role_of(POSTING)


def test_title_and_organization(role: RoleProfile) -> None:
    assert (role.title, role.organization) == ("Data Engineer", "Acme Analytics")
    assert role.id == "acme-analytics-data-engineer"


def test_section_decides_required_or_preferred(role: RoleProfile) -> None:
    assert {"python", "sql", "nosql"} <= required_ids(role)
    assert "apache airflow" in preferred_ids(role) and "apache airflow" not in required_ids(role)


def test_inline_qualifier_wins_over_its_section(role: RoleProfile) -> None:
    assert "docker" in preferred_ids(role) and "docker" not in required_ids(role)  # "(nice to have)" in Requirements
    assert "apache spark" in required_ids(role)  # "is required" under Nice to have
    assert "microsoft azure" in preferred_ids(role) and "cloud platforms" in required_ids(role)  # "preferably Azure"


def test_responsibilities_and_company_text_are_not_requirements(role: RoleProfile) -> None:
    assert "kubernetes" not in required_ids(role) | preferred_ids(role)
    assert "tableau" not in required_ids(role) | preferred_ids(role)


def test_alternatives_form_one_any_of_requirement(role: RoleProfile) -> None:
    assert any(set(r.skills) == {"python", "scala", "java"} and r.required for r in role.skills)
    # "SQL and NoSQL" asks for both: two requirements
    assert not any({"sql", "nosql"} <= set(r.skills) for r in role.skills)


def test_each_requirement_quotes_its_posting_line(role: RoleProfile) -> None:
    python = next(r for r in role.skills if "python" in r.skills)
    assert python.quote == "Strong proficiency in Python, Scala, or Java"


def test_requirement_outside_the_vocabulary_is_a_literal_phrase(role: RoleProfile) -> None:
    phrases = [r for r in role.skills if r.phrase]
    assert [(p.phrase, p.required, p.skills) for p in phrases] == [("plain WSGI servers", True, ())]


def test_work_authorisation_is_kept_as_unchecked_not_dropped() -> None:
    posting = read_posting(text=POSTING, source="test")
    assert posting.unchecked == ("Must be authorized to work in the US without visa sponsorship",)
    assert not any(r.phrase and "authorized" in r.phrase for r in posting.role.skills)


def test_degree_minimum_fields_and_equivalent_experience(role: RoleProfile) -> None:
    assert role.degree is not None
    assert (role.degree.minimum, role.degree.preferred) == ("bachelor", None)
    assert role.degree.fields == ("computer science", "statistics")
    assert role.degree.equivalent_experience and not role.degree.in_progress_ok


@pytest.mark.parametrize(
    ("line", "minimum", "preferred", "in_progress"),
    [
        ("Bachelor's or Master's degree in Computer Science", "bachelor", None, False),
        ("Master's or Ph.D. degree in Statistics", "master", None, False),
        ("Bachelor's degree (MBA preferred)", "bachelor", "master", False),
        ("Currently pursuing a PhD in machine learning", "doctorate", None, True),
        ("Degree in Computer Science or similar field", "bachelor", None, False),
    ],
)
def test_degree_levels(line: str, minimum: str, preferred: str | None, in_progress: bool) -> None:
    degree = role_of(f"Requirements\n- {line}\n- Python").degree
    assert degree is not None
    assert (degree.minimum, degree.preferred, degree.in_progress_ok) == (minimum, preferred, in_progress)
    assert not degree.equivalent_experience


def test_no_degree_statement_no_degree_requirement() -> None:
    assert role_of("Requirements\n- Python and SQL\n- Strong communication skills").degree is None


@pytest.mark.parametrize(
    ("line", "years"),
    [
        ("5+ years of Python experience", 5.0),
        ("at least three years of experience with SQL", 3.0),
        ("1-2 years of experience in data analysis", 1.0),
        ("A minimum of 2 years working with Tableau", 2.0),
        ("PhD and 2+ years or Master's and 5+ years of experience in machine learning", 5.0),
    ],
)
def test_years_statements(line: str, years: float) -> None:
    role = role_of(f"Requirements\n- {line}")
    assert [e.years for e in role.experience] == [years]
    assert role.experience[0].required and role.experience[0].quote == line


def test_years_apply_to_skills_or_titles() -> None:
    role = role_of("Requirements\n- 4+ years of professional Python experience\n- 2+ years as a Staff or Lead engineer")
    python, titles = role.experience
    assert python.skills == ("python",) and not python.titles
    assert titles.titles == ("staff engineer", "lead engineer") and not titles.skills


def test_no_years_statement_no_experience_requirement() -> None:
    assert role_of("Requirements\n- Python\n- Experience with SQL").experience == ()


def test_preferred_years_are_preferred() -> None:
    role = role_of("Requirements\n- 2+ years of SQL\nPreferred Qualifications\n- 5+ years of Python")
    assert [(e.years, e.required) for e in role.experience] == [(2.0, True), (5.0, False)]


def test_requirement_sentences_outside_sections() -> None:
    role = role_of("We are hiring.\nAlthough this position requires a Ph.D. in a STEM discipline, apply anyway.\n"
                   "You should have experience programming in Python, MATLAB or R.")  # fmt: skip
    assert role.degree is not None and role.degree.minimum == "doctorate"
    assert any(set(r.skills) == {"python", "matlab", "r"} and r.required for r in role.skills)


def test_several_postings_in_one_file_need_an_index() -> None:
    text = "# Acme: Data Engineer\nRequirements:\n- SQL\n\n# Globex: Data Scientist\nRequirements:\n- Python\n"
    with pytest.raises(PostingError, match=re.escape("holds 2 postings (1. Data Engineer; 2. Data Scientist)")):
        read_posting(text=text, source="two.md")
    second = read_posting(text=text, source="two.md", index=2).role
    assert (second.title, second.organization, required_ids(second)) == ("Data Scientist", "Globex", {"python"})
    with pytest.raises(PostingError, match="--index 3 is out of range"):
        read_posting(text=text, source="two.md", index=3)


def test_one_posting_with_several_sections_is_one_posting() -> None:
    text = "# Data Engineer\n## Requirements\n- SQL\n## Nice to have\n- Python\n"
    assert role_of(text).title == "Data Engineer"


def test_text_without_requirements_is_refused() -> None:
    with pytest.raises(PostingError, match="no requirements found"):
        read_posting(text="We are a friendly company.\nWe like lunch.", source="lunch.txt")


def test_html_posting_through_html_parser() -> None:
    html = (
        "<html><head><style>p{}</style></head><body><h1>Data Analyst</h1><h2>Requirements</h2>"
        "<ul><li>SQL &amp; Tableau</li><li>3+ years of Python</li></ul><script>alert(1)</script></body></html>"
    )
    role = role_of(html)
    assert role.title == "Data Analyst" and {"sql", "tableau", "python"} <= required_ids(role)
    assert "alert" not in html_to_markdown(html) and "p{}" not in html_to_markdown(html)


def test_front_matter_keys_are_headings_and_facts() -> None:
    text = '---\ntitle: "Data Engineer"\nrequirements:\n  - "Python or\n    Scala"\nbenefits:\n  - "Dental"\n---\n'
    lines = posting_lines(text)
    assert any(x.text == "Python or Scala" and x.bullet for x in lines)
    role = role_of(text)
    assert role.title == "Data Engineer" and any(set(r.skills) == {"python", "scala"} for r in role.skills)


def test_written_yaml_loads_back_as_the_same_role(role: RoleProfile, tmp_path: Path) -> None:
    posting = read_posting(text=POSTING, source="test")
    text = render_role_yaml(posting.role, load_vocabulary(), unchecked=posting.unchecked)
    assert '# "Strong proficiency in Python, Scala, or Java"' in text
    assert '#   "Must be authorized to work in the US without visa sponsorship"' in text
    path = tmp_path / "acme-analytics-data-engineer.yaml"
    path.write_text(text, encoding="utf-8")
    loaded = parse_role(path)
    plain = sorted((r.label, r.skills, r.required, r.phrase or "") for r in role.skills)
    assert sorted((r.label, r.skills, r.required, r.phrase or "") for r in loaded.skills) == plain
    assert [(e.years, e.required, e.skills, e.titles) for e in loaded.experience] == [
        (e.years, e.required, e.skills, e.titles) for e in role.experience
    ]
    assert loaded.degree is not None and role.degree is not None
    assert loaded.degree.equivalent_experience and loaded.degree.fields == role.degree.fields


# --- the three postings of the source article against the hand-written bundled roles -----------------

SOURCE = SHARED / "roles-source.md"
SOURCE_ROLES = ("amazon-mle", "bofa-ds-mle", "meta-research-scientist")


def _source_postings() -> dict[str, RoleProfile]:
    if not SOURCE.is_file():
        pytest.skip("../shared/roles-source.md is not present")
    parts = re.split(r"(?m)^(?=## Posting \d)", SOURCE.read_text(encoding="utf-8"))[1:]
    return {rid: role_of(part) for rid, part in zip(SOURCE_ROLES, parts, strict=True)}


@pytest.mark.parametrize("role_id", SOURCE_ROLES)
def test_source_postings_agree_with_bundled_roles_on_years(role_id: str) -> None:
    made, bundled = _source_postings()[role_id], load_role(role_id)
    assert {(e.years, e.required) for e in made.experience} == {
        (e.years, e.required) for e in bundled.experience if e.years > 0
    }


@pytest.mark.parametrize("role_id", SOURCE_ROLES)
def test_source_postings_agree_with_bundled_roles_on_required_and_preferred(role_id: str) -> None:
    made, bundled = _source_postings()[role_id], load_role(role_id)
    both = (required_ids(made) | preferred_ids(made)) & (required_ids(bundled) | preferred_ids(bundled))
    assert both, "the two profiles share no skill"
    assert {s for s in both if s in required_ids(made)} == {s for s in both if s in required_ids(bundled)}


@pytest.mark.parametrize("role_id", ["bofa-ds-mle", "meta-research-scientist"])
def test_source_postings_agree_with_bundled_roles_on_degree(role_id: str) -> None:
    made, bundled = _source_postings()[role_id], load_role(role_id)
    assert made.degree is not None and bundled.degree is not None
    assert (made.degree.minimum, made.degree.preferred, made.degree.in_progress_ok) == (
        bundled.degree.minimum,
        bundled.degree.preferred,
        bundled.degree.in_progress_ok,
    )


def test_amazon_posting_states_no_degree() -> None:
    # The quoted posting lists no degree; the bundled role's "bachelor" comes from the article's career ladder.
    assert _source_postings()["amazon-mle"].degree is None


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need POSIX")
def test_a_posting_path_that_is_a_pipe_or_too_large_is_refused_at_once(tmp_path: Path) -> None:
    pipe = tmp_path / "posting.md"
    os.mkfifo(pipe)  # nothing ever writes to it: reading it must not wait
    with pytest.raises(PostingError, match=re.escape("posting.md: cannot open the file: it is a pipe or device")):
        read_posting(pipe)
    big = tmp_path / "big.txt"
    big.write_text("Requirements\n" + "- Python\n" * 300_000, encoding="utf-8")
    with pytest.raises(PostingError, match="more than the limit"):
        read_posting(big)
