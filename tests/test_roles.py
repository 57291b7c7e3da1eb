"""roles.py: role files are validated on load, bundled roles ship with the package, users add their own."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import BROKEN_ROLES_DIR, ROLES_DIR

from gapcheck.errors import RoleFileError, UnknownRoleError
from gapcheck.roles import bundled_roles_dir, load_role, load_roles, parse_role, role_files

BUNDLED = sorted(bundled_roles_dir().glob("*.yaml"))
REQUIRED_ROLES = {
    "amazon-mle",
    "bofa-ds-mle",
    "meta-research-scientist",
    "data-scientist",
    "data-engineer",
    "ml-software-engineer",
    "ml-engineer-bachelor",
    "ml-engineer-master",
    "ml-engineer-phd",
}


def test_the_nine_roles_from_the_article_are_bundled() -> None:
    assert {p.stem for p in BUNDLED} >= REQUIRED_ROLES


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_every_bundled_role_loads(path: Path) -> None:
    role = parse_role(path)
    assert role.id == path.stem
    assert role.source
    assert any(s.required for s in role.skills)


def test_posting_numbers_are_kept() -> None:
    bofa = load_role("bofa-ds-mle")
    years = sorted(e.years for e in bofa.experience if e.required)
    assert years[-3:] == [3.0, 5.0, 5.0] and 1.0 in years
    assert bofa.degree is not None and bofa.degree.preferred == "master"
    assert bofa.salary is not None and bofa.salary.base_usd_min == 141000
    amazon = load_role("amazon-mle")
    assert amazon.salary is not None and amazon.salary.base_usd == 134852
    assert any(e.years == 1 for e in amazon.experience)
    meta = load_role("meta-research-scientist")
    assert meta.degree is not None and meta.degree.minimum == "doctorate" and meta.degree.in_progress_ok


def test_any_of_requirement_keeps_every_option() -> None:
    role = load_role("tiny-analyst", [ROLES_DIR])
    bi = next(s for s in role.skills if s.label.startswith("a BI tool"))
    assert bi.skills == ("tableau", "power bi")
    assert bi.required


def test_aliases_resolve_to_canonical_ids(tmp_path: Path) -> None:
    path = tmp_path / "alias-role.yaml"
    path.write_text("title: T\nlevel: entry\nsource: s\nskills:\n  required: [sklearn, k8s, Postgres, AWS, NLP]\n")
    ids = [s.skills[0] for s in parse_role(path).skills]
    assert ids == ["scikit-learn", "kubernetes", "postgresql", "amazon web services", "natural language processing"]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("bad-yaml", "bad-yaml.yaml: invalid YAML at line"),
        ("bad-level", "bad-level.yaml: level must be one of entry, mid, senior, lead, research, got 'wizard'"),
        ("unknown-key", "unknown-key.yaml: unknown key 'skils'"),
        ("unknown-skill", "unknown-skill.yaml: skills.required[1]: unknown skill 'pythonn'"),
        ("bad-years", "bad-years.yaml: experience[1].years must be a non-negative number, got 'two'"),
        ("bad-degree", "bad-degree.yaml: degree.minimum must be one of associate, bachelor, master, doctorate"),
        ("no-source", "no-source.yaml: source must be a non-empty string, got None"),
    ],
)
def test_broken_role_files_name_the_file_and_the_key(name: str, message: str) -> None:
    with pytest.raises(RoleFileError, match=re.escape(message)):
        parse_role(BROKEN_ROLES_DIR / f"{name}.yaml")


def test_unknown_role_lists_the_known_ids() -> None:
    with pytest.raises(UnknownRoleError, match=r"unknown role 'nope'; known roles: .*amazon-mle.*tiny-analyst"):
        load_role("nope", [ROLES_DIR])


def test_role_by_path() -> None:
    role = load_role(str(ROLES_DIR / "tiny-analyst.yaml"))
    assert role.title == "Data Analyst (test role)"


def test_missing_role_path_is_an_error() -> None:
    with pytest.raises(RoleFileError, match="role file not found"):
        load_role("no/such/role.yaml")


def test_user_roles_override_bundled_ones_of_the_same_id(tmp_path: Path) -> None:
    shutil.copy(ROLES_DIR / "tiny-analyst.yaml", tmp_path / "amazon-mle.yaml")
    assert load_role("amazon-mle", [tmp_path]).title == "Data Analyst (test role)"
    assert load_role("amazon-mle").organization == "Amazon"
    ids = [r.id for r in load_roles([tmp_path])]
    assert ids.count("amazon-mle") == 1


def test_missing_roles_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RoleFileError, match="roles folder does not exist"):
        role_files([tmp_path / "missing"])


def test_id_in_file_must_match_its_name(tmp_path: Path) -> None:
    path = tmp_path / "x-role.yaml"
    path.write_text("id: other\ntitle: T\nlevel: entry\nsource: s\nskills:\n  required: [python]\n")
    with pytest.raises(RoleFileError, match="id must match the file name 'x-role', got 'other'"):
        parse_role(path)


# --- the bundled roles say what the postings say (issue 11) ---------------------------------------


def _role_file(tmp_path: Path, degree: str, experience: str = "") -> Path:
    path = tmp_path / "x.yaml"
    path.write_text(
        "title: X\nlevel: entry\nsource: test\nskills:\n  required: [python]\n" + experience + "degree:\n" + degree,
        encoding="utf-8",
    )
    return path


def test_degree_equivalence_and_a_further_degree_are_read(tmp_path: Path) -> None:
    degree = "  minimum: doctorate\n  equivalent_experience: true\n  also_required: {level: bachelor, fields: [cs]}\n"
    role = parse_role(_role_file(tmp_path, degree))
    assert role.degree is not None and role.degree.equivalent_experience
    assert (role.degree.also_level, role.degree.also_fields) == ("bachelor", ("cs",))
    plain = parse_role(_role_file(tmp_path, "  minimum: doctorate\n"))
    assert plain.degree is not None and not plain.degree.equivalent_experience and plain.degree.also_level is None


@pytest.mark.parametrize(
    ("degree", "message"),
    [
        ("  minimum: doctorate\n  equivalent_experience: yes please\n", "degree.equivalent_experience must be true"),
        ("  preferred: master\n  equivalent_experience: true\n", "needs a degree.minimum"),
        ("  minimum: master\n  also_required: {level: diploma}\n", "degree.also_required.level must be one of"),
        ("  minimum: master\n  also_required: {level: bachelor, fields: 1}\n", "also_required.fields must be a list"),
    ],
)
def test_bad_degree_equivalence_names_the_key(tmp_path: Path, degree: str, message: str) -> None:
    with pytest.raises(RoleFileError, match=re.escape(message)):
        parse_role(_role_file(tmp_path, degree))


def test_also_skills_must_be_known_skills(tmp_path: Path) -> None:
    experience = "experience:\n  - {label: x, years: 0, skills: [ranking], also_skills: [no-such-skill]}\n"
    with pytest.raises(RoleFileError, match=re.escape("experience[1].also_skills: unknown skill 'no-such-skill'")):
        parse_role(_role_file(tmp_path, "  minimum: bachelor\n", experience))
    fine = "experience:\n  - {label: x, years: 0, skills: [ranking], also_skills: [mlops]}\n"
    assert parse_role(_role_file(tmp_path, "  minimum: bachelor\n", fine)).experience[0].also_skills == ("mlops",)


def test_no_bundled_role_asks_for_one_thing_twice() -> None:
    for role in load_roles():
        skills = {s.label.lower() for s in role.skills}
        assert not skills & {e.label.lower() for e in role.experience}, role.id


def test_meta_accepts_equivalent_experience_and_asks_for_a_bachelors_too() -> None:
    degree = load_role("meta-research-scientist").degree
    assert degree is not None and degree.minimum == "doctorate"
    assert degree.in_progress_ok and degree.equivalent_experience and degree.also_level == "bachelor"


def test_the_ladder_roles_follow_the_article() -> None:
    master, phd = load_role("ml-engineer-master").degree, load_role("ml-engineer-phd").degree
    assert master is not None and master.minimum == "bachelor" and master.preferred == "master"
    assert phd is not None and phd.in_progress_ok
    # each rung carries the salary of the article's posting for that rung
    for rung, posting in (("bachelor", "amazon-mle"), ("master", "bofa-ds-mle"), ("phd", "meta-research-scientist")):
        pay, posted = load_role(f"ml-engineer-{rung}").salary, load_role(posting).salary
        assert pay is not None and posted is not None
        assert (pay.base_usd, pay.base_usd_min, pay.base_usd_max, pay.additional_usd) == (
            posted.base_usd, posted.base_usd_min, posted.base_usd_max, posted.additional_usd,
        )  # fmt: skip


def test_no_bundled_label_says_responsibilities_or_zero_years() -> None:
    for role in load_roles():
        labels = [s.label for s in role.skills] + [e.label for e in role.experience]
        assert not [label for label in labels if "(responsibilities)" in label or "0+ years" in label], role.id


# --- degree-dependent experience paths --------------------------------------------------------------------------

_PATHS = "experience:\n  - label: PhD and 2+ years, or Master's and 5+ years\n    any_position: true\n"


def test_experience_paths_are_read_and_years_is_the_longest(tmp_path: Path) -> None:
    paths = "    paths:\n      - {degree: doctorate, years: 2}\n      - {degree: master, years: 5}\n"
    paths += "      - {years: 9}\n"
    role = parse_role(_role_file(tmp_path, "  minimum: master\n", _PATHS + paths))
    (exp,) = role.experience
    assert [(p.degree, p.years) for p in exp.paths] == [("doctorate", 2.0), ("master", 5.0), (None, 9.0)]
    assert exp.years == 9.0


def test_a_plain_experience_requirement_has_no_paths(tmp_path: Path) -> None:
    role = parse_role(_role_file(tmp_path, "  minimum: master\n", _PATHS + "    years: 3\n"))
    assert role.experience[0].paths == () and role.experience[0].years == 3.0


@pytest.mark.parametrize(
    ("paths", "message"),
    [
        ("    paths:\n      - {degree: phd, years: 2}\n",
         "paths[1].degree must be one of associate, bachelor, master, doctorate or null (any), got 'phd'"),
        ("    paths:\n      - {degree: master, years: -1}\n",
         "experience[1].paths[1].years must be a non-negative number, got -1"),
        ("    paths:\n      - {degree: master, years: two}\n",
         "experience[1].paths[1].years must be a non-negative number, got 'two'"),
        ("    paths:\n      - {degree: master}\n", "paths[1].years must be a non-negative number, got None"),
        ("    paths:\n      - {degree: master, years: 2, field: cs}\n", "unknown key experience[1].paths[1].'field'"),
        ("    paths: []\n", "experience[1].paths must be a non-empty list of {degree, years} mappings"),
        ("    paths:\n      - master\n", "paths[1] must be a mapping with degree and years, got 'master'"),
        ("    years: 5\n    paths:\n      - {degree: master, years: 2}\n",
         "experience[1] gives both 'years' and 'paths'; keep one"),
        ("    paths:\n      - {degree: master, years: 2}\n      - {degree: master, years: 3}\n",
         "experience[1].paths[2]: two paths for the degree 'master'; keep one"),
    ],
)  # fmt: skip
def test_bad_experience_paths_name_the_key(tmp_path: Path, paths: str, message: str) -> None:
    with pytest.raises(RoleFileError, match=re.escape(message)):
        parse_role(_role_file(tmp_path, "  minimum: master\n", _PATHS + paths))
