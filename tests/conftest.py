"""Shared fixtures: sample resume texts, the test roles, a fitted checker, and --update-golden."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from gapcheck.models import ResumeText
from gapcheck.skills import Vocabulary, load_vocabulary

DATA = Path(__file__).parent / "data"
ROLES_DIR = DATA / "roles"
BROKEN_ROLES_DIR = DATA / "broken_roles"
GOLDEN = Path(__file__).parent / "golden"
AS_OF = dt.date(2026, 11, 1)
SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpus"

ANALYST_LINES = (
    "Ann Example",
    "ann@example.com | Springfield",
    "SUMMARY",
    "Analyst who turns data into decisions.",
    "EXPERIENCE",
    "Data Analyst, Acme Inc   Jan 2022 - Present",
    "• Built Tableau dashboards and SQL reports for the sales team",
    "• Automated weekly reports in Python",
    "Research Assistant, Springfield University   Jun 2020 - Dec 2021",
    "• Cleaned survey data in R",
    "EDUCATION",
    "Springfield University",
    "B.S. in Statistics, 2021",
    "SKILLS",
    "Python, R, SQL, Tableau, Git",
)


PRIVATE_LINES = (
    *ANALYST_LINES[:11],
    "EDUCATION",
    "M.Sc. Pelagomorphic Cartography, Brelvik University   2015 - 2017",
    *ANALYST_LINES[-2:],
)
"""A resume whose field of study is met nowhere else: a degree rule looks for it again with a pattern of its own."""


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/ from the current output.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """No test reads the user's cache or role folder."""
    monkeypatch.setenv("GAPCHECK_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
    monkeypatch.delenv("GAPCHECK_ROLES_DIR", raising=False)
    monkeypatch.setenv("COLUMNS", "120")
    yield


@pytest.fixture
def as_of() -> dt.date:
    return AS_OF


@pytest.fixture
def analyst_text() -> ResumeText:
    return ResumeText("ann.txt", 1, ANALYST_LINES)


def corpus_or_skip() -> Path:
    """The shared real-resume corpus, or skip the test when this checkout has none beside it."""
    if not (CORPUS / "MANIFEST.tsv").is_file():
        pytest.skip("../shared/corpus is not present")
    return CORPUS


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    """The bundled skill vocabulary."""
    return load_vocabulary()


def found_skills(vocabulary: Vocabulary, line: str, *, in_skills: bool = False) -> set[str]:
    """The skill ids found in one line; ``in_skills``: the line sits in a skills section."""
    return set(vocabulary.find([line], [0] if in_skills else []))
