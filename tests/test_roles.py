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
