"""matching.py: TF-IDF over roles with scikit-learn, and the cached weights that reproduce it exactly."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import ROLES_DIR

from gapcheck import matching
from gapcheck.matching import NotFittedError, RoleWeights, SkillMatcher, fit_role_weights, role_document
from gapcheck.roles import load_roles

DOCUMENTS = [
    ["python", "sql", "tableau", "c"],
    ["python", "c++", "r", "pytorch"],
    ["python", "node.js", "c#", "sql", "sql"],
]


def test_skill_tokens_survive_intact() -> None:
    matcher = SkillMatcher().fit(DOCUMENTS)
    assert {"c", "r", "c++", "c#", "node.js"} <= set(matcher.vocabulary_)


def test_a_skill_every_role_asks_for_weighs_less() -> None:
    weights = SkillMatcher().fit(DOCUMENTS).transform([["python", "pytorch"]])[0]
    assert weights["pytorch"] > weights["python"] > 0


@pytest.mark.parametrize("params", [{}, {"sublinear_tf": True}, {"smooth_idf": False}, {"norm": "l1"}, {"norm": None}])
def test_cached_weights_give_exactly_what_scikit_learn_gives(params: dict[str, object]) -> None:
    matcher = SkillMatcher(**params).fit(DOCUMENTS)  # type: ignore[arg-type]
    reused = RoleWeights.from_json(json.loads(json.dumps(matcher.weights().to_json())))
    for document in [*DOCUMENTS, ["python", "unknown-skill"], ["c", "c", "r"], []]:
        expected = matcher.transform([document])[0]
        got = reused.transform(document)
        assert got.keys() == expected.keys()
        for term, value in expected.items():
            assert got[term] == pytest.approx(value, rel=1e-12, abs=1e-15)


def test_transform_before_fit_raises_not_fitted() -> None:
    with pytest.raises(NotFittedError, match="not fitted yet"):
        SkillMatcher().transform([["python"]])


@pytest.mark.parametrize(
    ("params", "message"),
    [({"norm": "l3"}, "Invalid value for norm='l3'"), ({"smooth_idf": "yes"}, "Invalid value for smooth_idf='yes'")],
)
def test_bad_parameters_raise_value_error_naming_them(params: dict[str, object], message: str) -> None:
    matcher = SkillMatcher(**params)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match=message):
        matcher.fit(DOCUMENTS)


def test_documents_must_be_term_lists_not_strings() -> None:
    with pytest.raises(TypeError, match="list of term lists"):
        SkillMatcher().fit(["python sql", "r"])  # type: ignore[list-item]


def test_parameters_are_stored_unchanged() -> None:
    matcher = SkillMatcher(smooth_idf=False, sublinear_tf=True, norm=None)
    assert (matcher.smooth_idf, matcher.sublinear_tf, matcher.norm) == (False, True, None)
    assert not hasattr(matcher, "vocabulary_")


def test_weights_are_cached_and_reused_without_refitting(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    roles = load_roles([ROLES_DIR])
    first = fit_role_weights(roles, tmp_path)
    assert len(list(tmp_path.glob("tfidf-*.json"))) == 1

    def no_fit(self: SkillMatcher, documents: object) -> SkillMatcher:
        raise AssertionError("refitted although the cache was valid")

    monkeypatch.setattr(matching.SkillMatcher, "fit", no_fit)
    assert fit_role_weights(roles, tmp_path) == first


def test_a_changed_role_set_is_refitted(tmp_path: Path) -> None:
    roles = load_roles([ROLES_DIR])
    fit_role_weights(roles, tmp_path)
    fit_role_weights(roles[:-1], tmp_path)
    assert len(list(tmp_path.glob("tfidf-*.json"))) == 2


def test_a_corrupt_cache_file_is_ignored(tmp_path: Path) -> None:
    roles = load_roles([ROLES_DIR])
    fit_role_weights(roles, tmp_path)
    cache = next(tmp_path.glob("tfidf-*.json"))
    cache.write_text("{not json")
    weights = fit_role_weights(roles, tmp_path)
    assert weights.transform(role_document(roles[0]))


# --- what a requirement's weight means (README, "Scoring") ---------------------------------------

BASIS = SkillMatcher().fit(DOCUMENTS).weights()


def test_a_requirement_weighs_its_idf() -> None:
    assert BASIS.requirement_weight(["sql"]) == pytest.approx(BASIS.idf_of("sql"))
    assert BASIS.idf_of("sql") > BASIS.idf_of("python")


def test_an_any_of_requirement_weighs_its_most_common_alternative_in_any_order() -> None:
    assert BASIS.requirement_weight(["pytorch", "python"]) == BASIS.requirement_weight(["python", "pytorch"])
    assert BASIS.requirement_weight(["pytorch", "python"]) == pytest.approx(BASIS.idf_of("python"))
    assert BASIS.requirement_weight(["pytorch"]) > BASIS.requirement_weight(["pytorch", "python"])


def test_a_skill_no_basis_role_asks_for_is_as_rare_as_can_be() -> None:
    rarest = max(BASIS.idf)
    assert BASIS.idf_of("cobol") >= rarest
    assert BASIS.idf_of("python") < rarest


def test_a_skill_listed_twice_is_one_term() -> None:
    role = load_roles([ROLES_DIR])[0]
    doubled = replace(role, skills=(*role.skills, role.skills[0]))
    assert role_document(doubled) == role_document(role)


def test_the_basis_is_named_in_the_weights_and_the_cache_key(tmp_path: Path) -> None:
    roles = load_roles([ROLES_DIR])
    weights = fit_role_weights(roles, tmp_path, basis="test roles")
    assert weights.basis.startswith(f"{len(roles)} test roles (")
    digest = weights.basis.split("(")[1].rstrip(")")
    assert any(digest in path.name for path in tmp_path.glob("tfidf-*.json"))
    other = fit_role_weights(roles[:1], tmp_path, basis="test roles")
    assert other.basis != weights.basis


def test_the_cache_key_names_the_scikit_learn_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    roles = load_roles([ROLES_DIR])
    fit_role_weights(roles, tmp_path, basis="test roles")
    monkeypatch.setattr("gapcheck.matching.package_version", lambda distribution, module: "0.0-other")
    fit_role_weights(roles, tmp_path, basis="test roles")
    assert len(list(tmp_path.glob("tfidf-*.json"))) == 2


def test_the_cache_key_names_the_matcher_code_and_gapcheck_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    roles = load_roles([ROLES_DIR])
    fit_role_weights(roles, tmp_path, basis="test roles")
    monkeypatch.setattr("gapcheck.compiled.__version__", "0.0.0-other")
    fit_role_weights(roles, tmp_path, basis="test roles")
    assert len(list(tmp_path.glob("tfidf-*.json"))) == 2
