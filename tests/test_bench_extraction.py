"""benchmarks/bench_extraction.py counts apart the readings that would tell a person they lack what they have."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_extraction  # noqa: E402


def test_a_degree_read_lower_or_not_at_all_is_under_read() -> None:
    assert bench_extraction.understated("master", "bachelor", None, None) == (True, False)
    assert bench_extraction.understated("bachelor", None, None, None) == (True, False)


def test_a_degree_read_right_or_higher_is_not_under_read() -> None:
    assert bench_extraction.understated("master", "master", None, None) == (False, False)
    assert bench_extraction.understated("bachelor", "doctorate", None, None) == (False, False)
    assert bench_extraction.understated(None, None, None, None) == (False, False)
    assert bench_extraction.understated("none", None, None, None) == (False, False)
    assert bench_extraction.understated("none", "associate", None, None) == (False, False)


def test_years_more_than_half_a_year_short_are_under_read() -> None:
    assert bench_extraction.understated(None, None, 5.0, 4.4) == (False, True)


def test_years_close_higher_or_unread_are_not_under_read() -> None:
    assert bench_extraction.understated(None, None, 5.0, 4.5) == (False, False)
    assert bench_extraction.understated(None, None, 5.0, 9.0) == (False, False)
    assert bench_extraction.understated(None, None, 5.0, None) == (False, False)
    assert bench_extraction.understated(None, None, None, 2.0) == (False, False)
