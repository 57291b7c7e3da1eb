"""Benchmark: extraction accuracy on Word resumes, from the labelled tuning set (run on demand; prints figures).

    python benchmarks/bench_word.py [--corpus ../shared/corpus]

The corpus has no Word resumes with labels, so this turns each labelled tuning-set resume (the files in
benchmarks/labels/set_a.yaml, set_b.yaml and set_c.yaml only; never the held-out labels) into .docx files with
python-docx, in three layouts a Word user would make, and scores them against the same labels as the PDF:

- paragraphs: one paragraph per line, bullets as Word list paragraphs, a tab before right-hand dates;
- table: a two-column page built as a one-row table, the skills, education and language sections in the left
  cell and the rest in the right one (the common Word template);
- header: the name and contact lines in the page header, the rest as paragraphs.

It prints skill precision / recall / F1, highest-degree accuracy and the years error, per layout, beside the PDF
they came from: the difference is what reading Word instead of PDF costs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

import docx
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from bench_extraction import Tally  # noqa: E402

from gapcheck.filetext import extract_text  # noqa: E402
from gapcheck.models import ResumeProfile, ResumeText  # noqa: E402
from gapcheck.pipeline import read_resume  # noqa: E402
from gapcheck.resume import build_profile  # noqa: E402
from gapcheck.sections import find_sections  # noqa: E402
from gapcheck.skills import Vocabulary, load_vocabulary  # noqa: E402

TUNING_SETS = ("set_a.yaml", "set_b.yaml", "set_c.yaml")
SIDEBAR = frozenset({"skills", "education", "languages", "certifications", "interests"})
LAYOUTS = ("paragraphs", "table", "header")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _add_line(container: Any, line: str) -> None:
    text = _CONTROL.sub("", line).replace("   ", "\t")  # XML (so Word) cannot hold control characters
    if text.startswith("• "):
        container.add_paragraph(text[2:], style="List Bullet")
    else:
        container.add_paragraph(text)


def make_docx(lines: tuple[str, ...], layout: str, path: Path) -> Path:
    """A .docx of the resume's lines in one of LAYOUTS."""
    document = docx.Document()
    body: Any = document
    if layout == "header":
        sections = find_sections(lines)
        first = min((s.start - 1 for s in sections if s.kind != "header"), default=0)
        header = document.sections[0].header
        for line in lines[: max(first, 0)]:
            _add_line(header, line)
        lines = lines[max(first, 0) :]
    if layout == "table":
        side, main = document.add_table(rows=1, cols=2).rows[0].cells
        owner = {}
        for section in find_sections(lines):
            for number in range(max(section.start - 1, 0), section.end):
                owner[number] = side if section.kind in SIDEBAR else main
        for number, line in enumerate(lines):
            _add_line(owner.get(number, main), line)
    else:
        for line in lines:
            _add_line(body, line)
    document.save(str(path))
    return path


def _score(tally: Tally, entry: dict[str, Any], profile: ResumeProfile, vocabulary: Vocabulary) -> None:
    labelled = {vocabulary.resolve(str(s)) or str(s) for s in entry.get("skills") or []}
    found = set(profile.skill_ids)
    tally.files += 1
    tally.tp, tally.fp, tally.fn = (
        tally.tp + len(found & labelled),
        tally.fp + len(found - labelled),
        tally.fn + len(labelled - found),
    )
    tally.degree_ok += (entry.get("highest_degree") or "none") == (profile.highest_degree or "none")
    years = [entry.get("total_years"), profile.total_years]
    tally.year_errors.append(abs(float(years[0] or 0.0) - float(years[1] or 0.0)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus")
    args = parser.parse_args()
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    vocabulary = load_vocabulary()
    tallies = {name: Tally() for name in ("pdf", *LAYOUTS)}
    as_of: dt.date | None = None
    with tempfile.TemporaryDirectory(prefix="gapcheck-word-") as tmp:
        for label_file in TUNING_SETS:
            data = yaml.safe_load((ROOT / "benchmarks" / "labels" / label_file).read_text(encoding="utf-8"))
            as_of = data["as_of"]
            for entry in data["resumes"]:
                pdf = args.corpus / str(entry["file"])
                if not pdf.is_file():
                    continue
                text: ResumeText = extract_text(pdf)
                _score(tallies["pdf"], entry, build_profile(text, as_of=as_of, vocabulary=vocabulary), vocabulary)
                for layout in LAYOUTS:
                    path = make_docx(text.lines, layout, Path(tmp) / f"{pdf.stem}-{layout}.docx")
                    profile = read_resume(path, as_of=as_of, vocabulary=vocabulary)
                    _score(tallies[layout], entry, profile, vocabulary)
    print(f"Labelled tuning-set resumes as Word files (as of {as_of}); years error counts unknown as 0")
    for name, tally in tallies.items():
        if tally.files:
            print(tally.line(f"  {name}"))


if __name__ == "__main__":
    main()
