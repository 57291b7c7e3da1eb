"""Benchmark: extraction accuracy on the hand-labelled real resumes (run on demand; prints figures).

    python benchmarks/bench_extraction.py [--corpus ../shared/corpus] [--verbose]

Labels live in benchmarks/labels/*.yaml (they describe corpus files by name; the PDFs stay in ../shared/corpus);
benchmarks/labels/heldout/ holds sets l and m (use --labels to score them): held out from round five to round ten,
tuned on since round eleven.
Prints skill precision / recall / F1 (micro), highest-degree accuracy, degree-field accuracy, total-years mean
absolute error and the share of resumes within ±0.5 years, the share of labels with ``claimed_years`` (the total a
resume states about itself, null when it states none) read right, per layout kind and overall, the time per
resume, and whether every corpus file is either read or refused with a clear error (never a crash).
"Under" counts the resumes a gap report would tell they lack what they have (UNDER_RULE): the worst misreading, so
it is shown apart from the accuracy figures, which also count readings too high.
Degree-field accuracy: of the labelled degrees with a field, the share for which gapcheck read a degree of the same
level whose field matches (FIELD_RULE below); "field~" also counts a field gapcheck's own field table calls a match
(FIELD_TABLE_RULE: how a role's field is compared in a gap report), for labels that translate a foreign field.
Targets (issue 3): skill F1 >= 0.90, highest-degree accuracy >= 0.95, years within ±0.5 for >= 90% of resumes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import re
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout's gapcheck, not whichever copy is installed

from gapcheck.errors import ResumeReadError  # noqa: E402
from gapcheck.fields import compare_field  # noqa: E402
from gapcheck.models import degree_rank  # noqa: E402
from gapcheck.pipeline import read_resume  # noqa: E402
from gapcheck.skills import load_vocabulary  # noqa: E402

LABELS = ROOT / "benchmarks" / "labels"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
FIELD_TABLE_RULE = "field~: FIELD_RULE, or gapcheck's field table calls the found field a match (as a role's field)"
FIELD_RULE = (
    "a field matches when, after lowercasing, dropping parenthesised notes, '&' -> 'and' and keeping letters only, "
    "the two are equal or the words of one appear in order in the other"
)
UNDER_RULE = (
    "a resume is under-read when the highest degree found is below the labelled one (none found for a degree held), "
    "or the years found are more than 0.5 below the labelled total (years not read at all are reported as unknown, "
    "not as lacking, and are not counted)"
)


def understated(
    label_degree: str | None, found_degree: str | None, label_years: float | None, found_years: float | None
) -> tuple[bool, bool]:
    """Whether a reading tells a person they lack a degree level, or years, they have (UNDER_RULE). Labels write
    "none" for no degree."""
    degree_under = degree_rank(found_degree) < degree_rank(None if label_degree == "none" else label_degree)
    years_under = label_years is not None and found_years is not None and found_years < label_years - 0.5
    return degree_under, years_under


def normalise_field(text: str) -> str:
    text = re.sub(r"\([^)]*\)", " ", text.lower()).replace("&", " and ")
    return " ".join(re.findall(r"[a-z]+", text))


def fields_match(labelled: str, found: str | None) -> bool:
    """FIELD_RULE: "Computer Science" matches "computer science (BAS)" and "Computer Science and Engineering"."""
    if found is None:
        return False
    a, b = normalise_field(labelled), normalise_field(found)
    if not a or not b:
        return False
    return a == b or f" {a} " in f" {b} " or f" {b} " in f" {a} "


def fields_match_by_table(labelled: str, found: str | None) -> bool:
    """FIELD_RULE, or gapcheck's own field table calls the found field a match for the labelled one: the comparison a
    role's field gets in a gap report ("Informatik" read, "computer science" labelled). Labellers of some sets wrote
    foreign fields in English; gapcheck reports them as written and compares them through the table."""
    return fields_match(labelled, found) or (found is not None and compare_field(found, (labelled,))[0] == "match")


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    degree_ok: int = 0
    fields: int = 0
    fields_ok: int = 0
    fields_by_table: int = 0
    files: int = 0
    year_errors: list[float] = field(default_factory=list)
    claimed_ok: int = 0
    claimed_files: int = 0
    """Labels that carry claimed_years (the total the resume states about itself), and how many were read right."""
    degree_under: int = 0
    years_under: int = 0
    """Resumes whose highest degree, or years, were read below what they show (UNDER_RULE)."""

    def line(self, name: str) -> str:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        years = self.year_errors
        mae = statistics.mean(years) if years else float("nan")
        within = sum(e <= 0.5 for e in years) / len(years) if years else float("nan")
        degree = self.degree_ok / self.files
        claimed = (
            f"  claimed {self.claimed_ok / self.claimed_files:.2f} of {self.claimed_files}"
            if self.claimed_files
            else ""
        )
        fields = self.fields_ok / self.fields if self.fields else float("nan")
        by_table = self.fields_by_table / self.fields if self.fields else float("nan")
        return (f"{name:<38} {self.files:>3}  P {p:.2f}  R {r:.2f}  F1 {f1:.2f}  degree {degree:.2f}"
                f"  field {fields:.2f}  field~ {by_table:.2f}"
                f"  years MAE {mae:5.2f}  ±0.5y {within:.2f}{claimed}"
                f"  under: degree {self.degree_under} years {self.years_under}")  # fmt: skip


def load_labels(folder: Path) -> tuple[dt.date, list[dict[str, object]]]:
    entries: list[dict[str, object]] = []
    as_of = None
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        as_of = data["as_of"]
        entries.extend(data["resumes"])
    assert isinstance(as_of, dt.date), "labels need an as_of date"
    return as_of, entries


def layout_kind(layout: str) -> str:
    """The kind named by a label's layout, which comes first ("latex designer (moderncv); academic, Germany"): a
    description after ";" may name a profession ("plain text; graphic designer") and only counts for "academic"."""
    shape, _, description = layout.lower().partition(";")
    for kind in ("designer", "two-column", "academic", "html-to-pdf", "word", "latex", "typst"):
        if kind in shape:
            return kind
    return "academic" if "academic" in description else "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every disagreement")
    parser.add_argument(
        "--labels", type=Path, default=LABELS, help="folder of label files (benchmarks/labels/heldout: sets l and m)"
    )
    parser.add_argument("--no-crash-check", action="store_true", help="skip reading every corpus file")
    args = parser.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    vocabulary = load_vocabulary()
    as_of, entries = load_labels(args.labels)
    overall, kinds = Tally(), defaultdict(Tally)
    seconds = []
    for entry in entries:
        path = args.corpus / str(entry["file"])
        start = time.perf_counter()
        profile = read_resume(path, as_of=as_of, vocabulary=vocabulary)
        seconds.append(time.perf_counter() - start)
        expected = {vocabulary.resolve(str(s)) or str(s) for s in entry.get("skills") or []}
        found = set(profile.skill_ids)
        degree_ok = (entry.get("highest_degree") or "none") == (profile.highest_degree or "none")
        labelled_fields = [
            (str(d["level"]), str(d["field"]))
            for d in entry.get("degrees") or []
            if d.get("field")  # type: ignore[attr-defined]
        ]
        field_misses = [
            (level, wanted)
            for level, wanted in labelled_fields
            if not any(d.level == level and fields_match(wanted, d.field) for d in profile.degrees)
        ]
        table_misses = [
            (level, wanted)
            for level, wanted in labelled_fields
            if not any(d.level == level and fields_match_by_table(wanted, d.field) for d in profile.degrees)
        ]
        label_years = entry.get("total_years")
        got_years = profile.total_years
        if label_years is None and got_years is None:
            year_error = 0.0
        elif label_years is None or got_years is None:
            year_error = float(label_years or got_years or 0.0)  # type: ignore[arg-type]
        else:
            year_error = abs(float(label_years) - got_years)  # type: ignore[arg-type]
        claimed_label, claimed_found = entry.get("claimed_years"), profile.claimed_years
        claimed_ok = (claimed_label is None and claimed_found is None) or (
            claimed_label is not None and claimed_found is not None and abs(float(claimed_label) - claimed_found) < 0.05  # type: ignore[arg-type]
        )
        degree_under, years_under = understated(
            entry.get("highest_degree"),  # type: ignore[arg-type]
            profile.highest_degree,
            None if label_years is None else float(label_years),  # type: ignore[arg-type]
            got_years,
        )
        for tally in (overall, kinds[layout_kind(str(entry.get("layout", "")))]):
            tally.degree_under += degree_under
            tally.years_under += years_under
            if "claimed_years" in entry:
                tally.claimed_files += 1
                tally.claimed_ok += claimed_ok
            tally.files += 1
            tally.tp += len(found & expected)
            tally.fp += len(found - expected)
            tally.fn += len(expected - found)
            tally.degree_ok += degree_ok
            tally.fields += len(labelled_fields)
            tally.fields_ok += len(labelled_fields) - len(field_misses)
            tally.fields_by_table += len(labelled_fields) - len(table_misses)
            tally.year_errors.append(year_error)
        claimed_wrong = "claimed_years" in entry and not claimed_ok
        wrong = found != expected or not degree_ok or field_misses or year_error > 0.5 or claimed_wrong
        if args.verbose and wrong:
            print(f"\n{entry['file']}")
            if found - expected:
                print(f"  extra skills:   {sorted(found - expected)}")
            if expected - found:
                print(f"  missed skills:  {sorted(expected - found)}")
            if not degree_ok:
                print(f"  degree: labelled {entry.get('highest_degree')}, found {profile.highest_degree}")
            if field_misses:
                read = [(d.level, d.field) for d in profile.degrees]
                print(f"  degree fields: labelled {field_misses} not found; read {read}")
                if len(table_misses) < len(field_misses):
                    saved = len(field_misses) - len(table_misses)
                    print(f"  ... of which matched through gapcheck's field table: {saved}")
            if year_error > 0.5:
                shown = None if got_years is None else round(got_years, 2)
                print(f"  years: labelled {label_years}, found {shown}")
            if claimed_wrong:
                print(f"  claimed years: labelled {claimed_label}, found {claimed_found}")
    print(f"\nLabelled resumes: {len(entries)} (as of {as_of})")
    print(f"degree field: {FIELD_RULE}; {FIELD_TABLE_RULE}")
    print(f"under: {UNDER_RULE}")
    for kind in sorted(kinds):
        print(kinds[kind].line(f"  {kind}"))
    print(overall.line("ALL"))
    print(f"time per resume: median {statistics.median(seconds) * 1000:.0f} ms, max {max(seconds) * 1000:.0f} ms")
    if args.no_crash_check:
        return
    crashes = []
    files = sorted((args.corpus / "resumes").glob("*")) + sorted((args.corpus / "hard").glob("*"))
    refused = 0
    for path in files:
        try:
            read_resume(path, as_of=as_of, vocabulary=vocabulary)
        except ResumeReadError:
            refused += 1
        except Exception as exc:  # noqa: BLE001 - counting crashes is the point
            crashes.append(f"{path.name}: {type(exc).__name__}: {exc}")
    print(f"corpus files: {len(files)}, read {len(files) - refused - len(crashes)}, refused with a clear error "
          f"{refused}, crashed {len(crashes)}")  # fmt: skip
    for crash in crashes:
        print("  CRASH", crash)


if __name__ == "__main__":
    main()
