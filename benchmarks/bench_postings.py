"""Accuracy of `gapcheck roles from-posting` against hand labels (benchmarks/labels/postings/).

Prints skill F1 (required and preferred together), required F1, preferred F1 (micro-averaged over
(posting, skill) pairs, any-of alternatives counted one by one), the share of postings whose largest
required years are right, and the share whose degree minimum is right.

Run: python benchmarks/bench_postings.py [--corpus ../shared/corpus/postings] [--labels FILE] [-v]
Targets (issue 8): skill F1 >= 0.95, required F1 >= 0.92, preferred F1 >= 0.85, largest years >= 0.95,
degree minimum >= 0.95.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import yaml

from gapcheck.errors import GapcheckError
from gapcheck.postings import read_posting

HERE = Path(__file__).parent
TARGETS = {"skill F1": 0.95, "required F1": 0.92, "preferred F1": 0.85, "largest years": 0.95, "degree minimum": 0.95}


def _f1(tp: int, fp: int, fn: int) -> float:
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=HERE.parent / ".." / "shared" / "corpus" / "postings")
    parser.add_argument("--labels", type=Path, default=HERE / "labels" / "postings" / "postings.yaml")
    parser.add_argument("-v", "--verbose", action="store_true", help="Show each posting's misses and extras.")
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 2
    labels: dict[str, Any] = yaml.safe_load(args.labels.read_text(encoding="utf-8"))["postings"]
    counts = {k: [0, 0, 0] for k in ("all", "required", "preferred")}
    years_right = degree_right = 0
    for name, label in sorted(labels.items()):
        try:
            role = read_posting(args.corpus / name).role
        except GapcheckError as exc:
            print(f"{name}: {exc}")
            role = None
        required = {s for r in role.skills if r.required for s in r.skills} if role else set()
        preferred = ({s for r in role.skills if not r.required for s in r.skills} - required) if role else set()
        truth = {"required": set(label["required"]), "preferred": set(label["preferred"]) - set(label["required"])}
        truth["all"] = truth["required"] | truth["preferred"]
        found = {"required": required, "preferred": preferred, "all": required | preferred}
        for key, c in counts.items():
            c[0] += len(found[key] & truth[key])
            c[1] += len(found[key] - truth[key])
            c[2] += len(truth[key] - found[key])
        want_years = max((y["years"] for y in label["years"] if y["required"]), default=None)
        got_years = max((e.years for e in role.experience if e.required), default=None) if role else None
        years_right += want_years == got_years
        want_degree = label["degree"]["minimum"]
        got_degree = role.degree.minimum if role and role.degree else None
        degree_right += want_degree == got_degree
        if args.verbose:
            print(f"== {name}")
            for key in ("required", "preferred"):
                print(f"  {key}: missed {sorted(truth[key] - found[key])} extra {sorted(found[key] - truth[key])}")
            if want_years != got_years:
                print(f"  years: want {want_years} got {got_years}")
            if want_degree != got_degree:
                print(f"  degree minimum: want {want_degree} got {got_degree}")
    n = len(labels)
    figures = {
        "skill F1": _f1(*counts["all"]),
        "required F1": _f1(*counts["required"]),
        "preferred F1": _f1(*counts["preferred"]),
        "largest years": years_right / n,
        "degree minimum": degree_right / n,
    }
    print(f"{n} labelled postings")
    for key, value in figures.items():
        print(f"{key:<15} {value:.3f}   target {TARGETS[key]:.2f}  {'met' if value >= TARGETS[key] else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
