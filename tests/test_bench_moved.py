"""benchmarks/moved.py sorts a file's moved readings into better and worse the way bench_extraction.py scores them."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import moved  # noqa: E402

READING = {
    "highest": "bachelor",
    "degree_ok": False,
    "degrees": [["bachelor", "Physics", False]],
    "fields_ok": 1,
    "fields": 2,
    "years": 3.0,
    "year_error": 1.0,
    "claimed": None,
    "claimed_ok": True,
    "fp": ["java"],
    "fn": ["sql"],
}


def test_a_degree_read_right_and_a_skill_found_are_better() -> None:
    after = READING | {"highest": "master", "degree_ok": True, "fn": []}
    better, worse = moved.changes(READING, after)
    assert better == ["highest degree bachelor -> master", "missed no more: sql"]
    assert worse == []


def test_years_further_off_and_a_new_extra_skill_are_worse() -> None:
    after = READING | {"years": 1.5, "year_error": 2.5, "fp": ["java", "rust"]}
    better, worse = moved.changes(READING, after)
    assert better == []
    assert worse == ["years 3.0 -> 1.5 (off by 1.0 -> 2.5)", "extra now: rust"]


def test_compare_counts_sideways_and_unmoved_files_apart() -> None:
    after = READING | {"fields_ok": 2, "claimed": 4.0, "claimed_ok": False}
    lines = moved.compare({"s": {"a.pdf": READING, "b.pdf": READING}}, {"s": {"a.pdf": after, "b.pdf": READING}})
    assert lines == [
        "s a.pdf: SIDEWAYS: fields right 1 -> 2 of 2; claimed None -> 4.0",
        "s: 0 better, 0 worse, 1 sideways, 0 degrees moved",
    ]


def test_degrees_read_differently_with_the_same_count_right_are_listed() -> None:
    after = READING | {"degrees": [["bachelor", "Physics", False], ["associate", None, False]]}
    lines = moved.compare({"s": {"a.pdf": READING}}, {"s": {"a.pdf": after}})
    assert lines[0] == "s a.pdf: degrees read differently, same count right"
