"""Which labelled resumes a change moved, and which way (a tool for tuning; run on demand).

    python benchmarks/moved.py dump OUT.json [--set NAME CORPUS LABELS ...]
    python benchmarks/moved.py compare BEFORE.json AFTER.json

``dump`` reads every labelled resume of each set with this checkout's gapcheck and writes, per file, what was read
(highest degree, degree fields, total and claimed years, skills) and how it stands against the labels, scored as
``bench_extraction.py`` scores it. Without ``--set`` the sets are the corpus tuning sets: a-k
(benchmarks/labels) and l+m (benchmarks/labels/heldout), when ../shared/corpus is there. ``compare`` lists the
files whose reading moved between two dumps (made by two checkouts, or before and after a change): better, worse,
or sideways (some of each), with what moved, and a count per set. A rule lands when it moves no file the wrong way,
or the commit message says which and why.

Never dump a held-out set while tuning: its per-file lines are what held-out measurement must not show.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # this checkout's gapcheck, not whichever copy is installed
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extraction import DEFAULT_CORPUS, LABELS, fields_match, load_labels  # noqa: E402

from gapcheck.errors import ResumeReadError  # noqa: E402
from gapcheck.pipeline import read_resume  # noqa: E402
from gapcheck.skills import load_vocabulary  # noqa: E402

YEARS_WITHIN = 0.5
"""A total within this many years of the label counts as right, as in bench_extraction.py."""


def default_sets() -> list[tuple[str, Path, Path]]:
    if not DEFAULT_CORPUS.is_dir():
        return []
    return [("a-k", DEFAULT_CORPUS, LABELS), ("l+m", DEFAULT_CORPUS, LABELS / "heldout")]


def read_set(corpus: Path, labels: Path) -> dict[str, dict[str, Any]]:
    """Each labelled file's reading and its standing against the labels."""
    vocabulary = load_vocabulary()
    as_of, entries = load_labels(labels)
    result: dict[str, dict[str, Any]] = {}
    for entry in entries:
        name = str(entry["file"])
        expected = {vocabulary.resolve(str(s)) or str(s) for s in entry.get("skills") or []}  # type: ignore[attr-defined]
        try:
            profile = read_resume(corpus / name, as_of=as_of, vocabulary=vocabulary)
        except ResumeReadError as exc:
            result[name] = {"error": str(exc), "fn": sorted(expected), "fp": [], "degree_ok": False}
            continue
        found = set(profile.skill_ids)
        fields = [(str(d["level"]), str(d["field"])) for d in entry.get("degrees") or [] if d.get("field")]  # type: ignore[attr-defined]
        fields_ok = sum(
            any(d.level == level and fields_match(wanted, d.field) for d in profile.degrees) for level, wanted in fields
        )
        label_years, got = entry.get("total_years"), profile.total_years
        if label_years is None or got is None:
            year_error = float(label_years or got or 0.0)  # type: ignore[arg-type]
        else:
            year_error = abs(float(label_years) - got)  # type: ignore[arg-type]
        claimed_label = entry.get("claimed_years")
        claimed = profile.claimed_years
        claimed_ok = (claimed_label is None and claimed is None) or (
            claimed_label is not None and claimed is not None and abs(float(claimed_label) - claimed) < 0.05  # type: ignore[arg-type]
        )
        result[name] = {
            "highest": profile.highest_degree,
            "degree_ok": (entry.get("highest_degree") or "none") == (profile.highest_degree or "none"),
            "degrees": [[d.level, d.field, d.in_progress] for d in profile.degrees],
            "fields_ok": fields_ok,
            "fields": len(fields),
            "years": None if got is None else round(got, 2),
            "year_error": round(year_error, 2),
            "claimed": claimed,
            "claimed_ok": claimed_ok if "claimed_years" in entry else None,
            "fp": sorted(found - expected),
            "fn": sorted(expected - found),
        }
    return result


def changes(before: dict[str, Any], after: dict[str, Any]) -> tuple[list[str], list[str]]:
    """What moved for one file: (better, worse), each a list of short phrases."""
    better: list[str] = []
    worse: list[str] = []
    if before.get("degree_ok") != after.get("degree_ok"):
        phrase = f"highest degree {before.get('highest')} -> {after.get('highest')}"
        (better if after.get("degree_ok") else worse).append(phrase)
    if before.get("fields_ok", 0) != after.get("fields_ok", 0):
        phrase = f"fields right {before.get('fields_ok', 0)} -> {after.get('fields_ok', 0)} of {after.get('fields', 0)}"
        (better if after.get("fields_ok", 0) > before.get("fields_ok", 0) else worse).append(phrase)
    was, now = before.get("year_error"), after.get("year_error")
    if was is not None and now is not None and abs(was - now) >= 0.01:
        phrase = f"years {before.get('years')} -> {after.get('years')} (off by {was} -> {now})"
        (better if now < was else worse).append(phrase)
    if before.get("claimed_ok") != after.get("claimed_ok") and after.get("claimed_ok") is not None:
        phrase = f"claimed {before.get('claimed')} -> {after.get('claimed')}"
        (better if after.get("claimed_ok") else worse).append(phrase)
    for key, kind in (("fp", "extra"), ("fn", "missed")):
        gone = sorted(set(before.get(key, [])) - set(after.get(key, [])))
        new = sorted(set(after.get(key, [])) - set(before.get(key, [])))
        if gone:
            better.append(f"{kind} no more: {', '.join(gone)}")
        if new:
            worse.append(f"{kind} now: {', '.join(new)}")
    return better, worse


def compare(before: dict[str, Any], after: dict[str, Any]) -> list[str]:
    lines = []
    for name in sorted(set(before) & set(after)):
        counts = {"better": 0, "worse": 0, "sideways": 0, "degrees moved": 0}
        for file in sorted(set(before[name]) & set(after[name])):
            good, bad = changes(before[name][file], after[name][file])
            if not good and not bad:
                if before[name][file].get("degrees") != after[name][file].get("degrees"):
                    counts["degrees moved"] += 1
                    lines.append(f"{name} {file}: degrees read differently, same count right")
                continue
            verdict = "sideways" if good and bad else "better" if good else "worse"
            counts[verdict] += 1
            lines.append(f"{name} {file}: {verdict.upper()}: " + "; ".join(good + bad))
        lines.append(f"{name}: " + ", ".join(f"{v} {k}" for k, v in counts.items()))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    dump = commands.add_parser("dump", help="read every labelled resume of each set and write the readings")
    dump.add_argument("out", type=Path)
    dump.add_argument("--set", nargs=3, action="append", metavar=("NAME", "CORPUS", "LABELS"), default=[])
    diff = commands.add_parser("compare", help="list the files whose reading moved between two dumps")
    diff.add_argument("before", type=Path)
    diff.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "compare":
        before = json.loads(args.before.read_text(encoding="utf-8"))
        after = json.loads(args.after.read_text(encoding="utf-8"))
        print("\n".join(compare(before, after)))
        return
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    sets = default_sets() + [(name, Path(corpus), Path(labels)) for name, corpus, labels in args.set]
    readings = {name: read_set(corpus, labels) for name, corpus, labels in sets}
    args.out.write_text(json.dumps(readings, indent=1, sort_keys=True), encoding="utf-8")
    print(f"{args.out}: " + ", ".join(f"{name} {len(files)} files" for name, files in readings.items()))


if __name__ == "__main__":
    main()
