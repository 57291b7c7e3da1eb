"""Tests for gapcheck.profilelinks: links to the person are found where written, and a quick check hides none."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.profilelinks import _LINK_NOUN, _NAME_LINK, link_labels, profile_paths, web_addresses

# letters that match others when case is ignored ("ı" and "İ" match "i", the Kelvin sign "K" matches "k"), and the
# words the pattern looks for
PIECES = st.sampled_from(["Link", "lınk", "LİNK", "lin\u212a", "REPO", "Profile", "prof", "ile", "GitHub", "my", " "])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), max_size=10).map("".join)


@settings(max_examples=400, deadline=None)
@given(TEXT)
def test_the_link_word_check_never_hides_a_name_link(text: str) -> None:
    assert _NAME_LINK.search(text) is None or _LINK_NOUN.search(text) is not None


@pytest.mark.parametrize(
    ("line", "user"),
    [("Code at github/annlee2/route-planner and on my site", "annlee2"), ("Kaggle/jdoe-data (notebooks)", "jdoe-data")],
)
def test_a_profile_path_without_its_domain_gives_its_user(line: str, user: str) -> None:
    assert [found[2] for found in profile_paths(line)] == [user]


@pytest.mark.parametrize("line", ["docs.github/annlee", "see https://github/annlee", "GitHub Actions and GitLab CI"])
def test_an_address_with_a_domain_or_no_path_is_no_profile_path(line: str) -> None:
    assert profile_paths(line) == []


def test_web_addresses_need_a_scheme_or_a_path() -> None:
    line = "Demo: github.com/ann/nlp-demo built with ASP.NET"
    assert [line[start:end] for start, end in web_addresses(line)] == ["github.com/ann/nlp-demo"]
    assert web_addresses("ASP.NET and VB.NET web apps") == []


@pytest.mark.parametrize(
    "word", ["<" * 50_000, "l'" * 25_000, "a." * 25_000, "x1" * 25_000], ids=["angles", "elisions", "dots", "digits"]
)
def test_a_long_word_without_spaces_is_read_in_time(word: str) -> None:
    """A hostile line of one long word: each address pattern is tried from a word's start only (it took seconds)."""
    import time

    start = time.perf_counter()
    link_labels([word, "GitHub", word], 1)  # a lone label: the lines around it are searched for its address
    link_labels([word], 0)
    web_addresses(word)
    assert time.perf_counter() - start < 2.0
