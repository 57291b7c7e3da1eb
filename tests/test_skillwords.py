"""Tests for gapcheck.skillwords' quick checks: each skips a pattern only where the pattern cannot match (issue 10)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.skillwords import VERSIONED, may_be_versioned, writes_compounds

# letters that match others when case is ignored ("ı" and "İ" match "i", the Kelvin sign "K" matches "k"), digits of
# other scripts, and the words the pattern looks for
PIECES = st.sampled_from([
    "Link", "lınk", "LİNK", "lin\u212a", "REPO", "Profile", "prof", "ile", "GitHub", "my", "3", "٣", "𝟚", ".x", ".",
    "v2", "python", "java8", "html5", "node.x", " ", "  ", "\t", "-", "#", "+",
])  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=10).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_the_version_check_never_hides_a_versioned_name(text: str) -> None:
    key = text.lower()
    assert VERSIONED.fullmatch(key) is None or may_be_versioned(key)


@pytest.mark.parametrize("key", ["python3", "java8", "html5", "python3.10", "angular2.x", "react18.2"])
def test_versioned_names_pass_the_version_check(key: str) -> None:
    assert VERSIONED.fullmatch(key) is not None and may_be_versioned(key)


@pytest.mark.parametrize("key", ["python", "c++", "c#", "node.js", "x", "", "3d"])
def test_words_without_a_version_fail_the_version_check(key: str) -> None:
    assert not may_be_versioned(key) or VERSIONED.fullmatch(key) is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["Entwicklung einer Plattform mit React und Python für die Analyse der Daten"], True),
        (["Ontwikkeling van een platform met React voor het team van een klant"], True),
        (["Built a platform with React and Python for data analysis", "Quoted in Der Spiegel and Die Zeit"], False),
        (["Analyse des données et des modèles de prévision"], False),
        ([], False),
    ],
)
def test_a_language_that_joins_its_compounds_is_told_by_its_small_words(lines: list[str], expected: bool) -> None:
    assert writes_compounds(lines) is expected
