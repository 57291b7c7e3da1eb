"""pipeline.py: the Checker fits its TF-IDF weights once, when first needed."""

from __future__ import annotations

from pathlib import Path

from conftest import AS_OF, ROLES_DIR

from gapcheck.matching import fit_role_weights
from gapcheck.pipeline import IDF_BASIS, Checker
from gapcheck.roles import load_roles


def test_weights_are_fitted_when_first_needed_and_then_kept(tmp_path: Path) -> None:
    checker = Checker(["tiny-analyst"], roles_dirs=[ROLES_DIR], cache_dir=tmp_path, as_of=AS_OF)
    assert not list(tmp_path.glob("tfidf-*.json"))  # building a checker fits nothing
    weights = checker.weights
    assert len(list(tmp_path.glob("tfidf-*.json"))) == 1
    assert checker.fit() is checker and checker.weights is weights


def test_weights_are_those_of_the_bundled_roles() -> None:
    checker = Checker(["tiny-analyst"], roles_dirs=[ROLES_DIR], as_of=AS_OF)
    bundled = list(load_roles((), vocabulary=checker.vocabulary))
    assert checker.weights == fit_role_weights(bundled, basis=IDF_BASIS)
    assert checker.weights != fit_role_weights(list(checker.roles), basis=IDF_BASIS)
