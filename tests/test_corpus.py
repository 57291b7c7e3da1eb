"""Real third-party resumes in ../shared/corpus: nothing crashes, bad files are refused clearly, accuracy floors.

These tests skip when the corpus is not beside the checkout; CI has it. The figures themselves are printed by
benchmarks/bench_extraction.py; the floors here only catch regressions.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest
import yaml
from conftest import corpus_or_skip

from gapcheck.errors import ResumeReadError
from gapcheck.pipeline import read_resume
from gapcheck.skills import load_vocabulary

LABELS = Path(__file__).parents[1] / "benchmarks" / "labels"
HARD_FILES = {
    "0lzi-cv__Qualification_Oliver_Kelly.pdf": "no text found, it may be a scanned image",
    "12yuens2-cv__references_HIT_2015.pdf": "no text found, it may be a scanned image",
    "ai-resume-analyser__corrupted.pdf": "damaged",
    "ai-resume-analyser__valid-resume.pdf": "not a PDF",
    "bjherger-resumeparser__Chandrashekar_Konda.pdf": "no Unicode map",
    "bjherger-resumeparser__Yupeng_Kong_Resume.pdf": "no text found",
    "charanvarma-23__encrypted.pdf": "encrypted",
    "cv-app__Pramod_Jayathilaka_SE.pdf": "no text found",
    "nih-fmrif-ml__dwc_nips_2018.pdf": "HTML page",
    "shrijalgoswami-resume-parser__shi.pdf": "no text found",
}


@pytest.fixture(autouse=True)
def _quiet_pdfminer() -> None:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)


def test_every_corpus_resume_is_read_without_crashing() -> None:
    corpus = corpus_or_skip()
    vocabulary = load_vocabulary()
    read = 0
    for path in sorted((corpus / "resumes").glob("*.pdf")):
        try:
            profile = read_resume(path, as_of=dt.date(2026, 11, 1), vocabulary=vocabulary)
        except ResumeReadError as exc:
            assert str(exc).startswith(path.name + ": ")
            continue
        read += 1
        assert profile.pages >= 1 and profile.readability.words > 0
    assert read >= 150


@pytest.mark.parametrize(("name", "message"), sorted(HARD_FILES.items()))
def test_hard_files_are_refused_with_a_clear_message(name: str, message: str) -> None:
    path = corpus_or_skip() / "hard" / name
    with pytest.raises(ResumeReadError, match=message) as info:
        read_resume(path)
    assert "\n" not in str(info.value)


def test_labelled_accuracy_stays_above_its_floors() -> None:
    corpus = corpus_or_skip()
    vocabulary = load_vocabulary()
    tp = fp = fn = degree_ok = within = files = 0
    for label_file in sorted(LABELS.glob("*.yaml")):
        data = yaml.safe_load(label_file.read_text(encoding="utf-8"))
        for entry in data["resumes"]:
            profile = read_resume(corpus / entry["file"], as_of=data["as_of"], vocabulary=vocabulary)
            expected = {vocabulary.resolve(s) or s for s in entry.get("skills") or []}
            found = set(profile.skill_ids)
            tp, fp, fn = tp + len(found & expected), fp + len(found - expected), fn + len(expected - found)
            degree_ok += (entry.get("highest_degree") or "none") == (profile.highest_degree or "none")
            years, label = profile.total_years, entry.get("total_years")
            within += (years is None and label is None) or (
                years is not None and label is not None and abs(years - label) <= 0.5
            )
            files += 1
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    f1 = 2 * precision * recall / (precision + recall)
    assert files >= 30
    assert precision >= 0.95, precision
    assert f1 >= 0.85, f1
    assert degree_ok / files >= 0.85, degree_ok / files
    assert within / files >= 0.6, within / files
