"""The synthetic-resume generator of benchmarks/bench_synthetic.py states true facts about what it writes.

Only the generator's own truth is checked here (read back from the written dates with a small reader of its own
formats); gapcheck's accuracy on the resumes is what the benchmark prints, never asserted.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import bench_synthetic as bench  # noqa: E402

MONTHS = {name[:3].lower(): number for number, name in enumerate(bench.MONTHS)}
CASES = [bench.generate(3, index) for index in range(60)]


def _month(text: str, *, end: bool) -> int:
    """A month index for one written date ("Jan. 2019", "January 2019", "Jan '19", "01/2019", "2019-01", "2019")."""
    text = text.strip()
    if match := re.fullmatch(r"([A-Za-z]{3})[a-z]*\.?,? (\d{4})", text):  # "January, 2019" too
        return int(match[2]) * 12 + MONTHS[match[1].lower()]
    if match := re.fullmatch(r"([A-Za-z]{3}) '?(\d\d)", text):  # "Jan '19", "Jan 19"
        return (2000 + int(match[2])) * 12 + MONTHS[match[1].lower()]
    if match := re.fullmatch(r"(\d\d)/(\d{4})", text):
        return int(match[2]) * 12 + int(match[1]) - 1
    if match := re.fullmatch(r"(\d{4})\.(\d{1,2})", text):  # "2019.3"
        return int(match[1]) * 12 + int(match[2]) - 1
    if match := re.fullmatch(r"(\d{4})-(\d\d)", text):
        return int(match[1]) * 12 + int(match[2]) - 1
    if match := re.fullmatch(r"(\d\d)-(\d{4})", text):
        return int(match[2]) * 12 + int(match[1]) - 1
    if match := re.fullmatch(r"(\d\d)\.(\d{4})", text):  # "05.2019"
        return int(match[2]) * 12 + int(match[1]) - 1
    if match := re.fullmatch(r"(\d{4})/(\d\d)", text):  # "2019/05"
        return int(match[1]) * 12 + int(match[2]) - 1
    if match := re.fullmatch(r"(\d{4}) ([A-Za-z]{3})", text):
        return int(match[1]) * 12 + MONTHS[match[2].lower()]
    year = int(text)
    return year * 12 - 1 if end else year * 12  # a year-only end: the year before it ends the range


SEPARATORS = r" – | — | - | to |–| ~ |~| → | -> | until "


def read_dates(written: str) -> tuple[int, int]:
    """The months a position's dates mean, by the label files' conventions."""
    written = re.sub(r" (?:\(.*\)|· .*)$", "", written)  # LinkedIn's "(2 yrs 3 mos)"
    if written.startswith("Summer "):
        year = int(written.split()[1])
        return year * 12 + 5, year * 12 + 7
    if written.startswith("Since "):
        return _month(written[6:], end=False), bench.NOW
    if re.fullmatch(r"\d{4}", written):
        return int(written) * 12, int(written) * 12 + 11
    if not re.search(SEPARATORS, written):  # the latest job written with its start only
        return _month(written, end=False), bench.NOW
    start, end = re.split(SEPARATORS, written, maxsplit=1)
    current = ("Present", "Current", "present", "Onwards", "Continuing", "Till Now", "curr.", "till dat e")
    last = bench.NOW if end in current else _month(end, end=True)
    return _month(start, end=False), last


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"case{c.index}")
def test_counted_positions_are_written_and_mean_the_truth(case: bench.Case) -> None:
    text = case.text()
    counted = [line for line in case.date_lines if not line.startswith("(not counted)")]
    assert len(counted) == len(case.ranges)
    as_written = case.classes["date_language"] == "English" and case.classes["export"] == "clean"
    for line, months in zip(counted, case.ranges, strict=True):
        written = line.split("  ", 1)[1]
        if not as_written:  # months in another language, or dates as an export mangled them: read by gapcheck only
            continue
        if "broken" in case.classes["date_place"] and written not in text:  # "Jan 2019 –" above "Dec 2021"
            start, sep, end = re.split(f"({SEPARATORS})", written, maxsplit=1)
            if case.classes["date_place"] == "broken before the dash":  # "Jan 2019" above "– Dec 2021"
                assert re.search(re.escape(start) + r"\n.*" + re.escape(f"{sep.strip()} {end}"), text), line
            else:  # "Jan 2019 –" (or a lone "to" between) above "Dec 2021"
                assert re.search(re.escape(start) + f"(?:{re.escape(sep.rstrip())}|.*\n.*to)" + r".*\n.*"
                                 + re.escape(end), text), line  # fmt: skip
        else:
            assert written in text
        assert read_dates(written) == months, line
    assert case.total_years == pytest.approx(bench.union_months(case.ranges) / 12)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"case{c.index}")
def test_degrees_are_written_and_the_highest_is_the_highest_awarded(case: bench.Case) -> None:
    text = case.text()
    for degree in case.degrees:
        family = degree.classes["degree_family"] != "none"  # written another way: its line stands for the notation
        assert (family or degree.classes["notation"] in text) and (degree.field is None or degree.field in text)
        marker = re.search(r"[Cc]andidate|Expected|in progress|Present|\(current\)|Running|\b2027\b|pending|under"
                           r" review|Defense scheduled", degree.line)  # fmt: skip
        words = [w.strip("()– ").format(y=bench.AS_OF.year + 1).lower() for n in bench.NATIVE.values() for w in n[2]]
        native = any(word in degree.line.lower() for word in words)  # another language's "in progress"
        assert (marker is not None or native) == degree.in_progress, degree.line
    awarded = [bench.LEVELS.index(d.level) for d in case.degrees if not d.in_progress]
    assert case.highest == (bench.LEVELS[max(awarded)] if awarded else None)


@pytest.mark.parametrize("case", CASES, ids=lambda c: f"case{c.index}")
def test_claimed_total_is_the_number_the_summary_states(case: bench.Case) -> None:
    assert case.claim_line in case.text()
    if case.claimed is None:
        assert not re.search(r"\byears?\b|\byrs\b|decade", case.claim_line)
    elif "decade" in case.claim_line:
        assert case.claimed == 10
    else:  # the first amount stated is the total ("7+ years of experience in ..., 3 of them leading teams")
        words = bench.NUMBER_WORDS
        stated = re.search(
            r"(\d+)(?:\+? (?:years|yrs|Jahre)|-year career)|\b(" + "|".join(words) + r") years", case.claim_line
        )
        assert stated is not None
        assert float(stated[1] or words.index(stated[2]) + 1) == case.claimed


def test_volunteer_and_club_entries_lie_outside_the_counted_months() -> None:
    """So a reader that counts them gets the total wrong: the class is a real test."""
    extras = [c for c in CASES if c.classes["extra"] != "none" and c.classes["date_language"] == "English"]
    extras = [c for c in extras if c.families["extra_family"] != "job inside education"]  # a student job: same years
    assert extras
    for case in extras:
        line = [x for x in case.date_lines if x.startswith("(not counted)") and "  " in x][-1]  # written last
        start, end = read_dates(line.split("  ", 1)[1])
        assert not any(a <= end and start <= b for a, b in case.ranges), line


def test_year_only_ranges_follow_the_label_conventions() -> None:
    jun_2019, mar_2021 = 2019 * 12 + 5, 2021 * 12 + 2
    written = bench.write_range(jun_2019, mar_2021, "2019", " – ", "Present")
    assert written == ("2019 – 2021", (2019 * 12, 2021 * 12 - 1))  # Jan 2019 - Dec 2020
    assert bench.write_range(jun_2019, jun_2019 + 3, "2019", " – ", "Present") == ("2019", (2019 * 12, 2019 * 12 + 11))
    assert bench.write_range(jun_2019, None, "2019", " to ", "Current") == ("2019 to Current", (2019 * 12, bench.NOW))
    assert bench.write_range(jun_2019, None, "Jan 2019", " – ", "Since") == ("Since Jun 2019", (jun_2019, bench.NOW))
    assert bench.linkedin_duration((jun_2019, jun_2019 + 26)) == "2 yrs 3 mos"
    assert bench.linkedin_duration((jun_2019, jun_2019 + 11)) == "1 yr"


def test_generation_is_seeded() -> None:
    assert bench.generate(3, 5).text() == CASES[5].text()
    assert bench.generate(4, 5).text() != CASES[5].text()


def test_every_class_of_the_main_axes_is_drawn() -> None:
    many = CASES + [bench.generate(5, index) for index in range(400)]
    for axis in ("date_format", "date_place", "separator", "edu_heading", "exp_heading", "claim", "school"):
        assert {c.classes[axis] for c in many} >= set(bench.AXES[axis]), axis  # date families add their own
    assert {d.classes["notation"] for c in many for d in c.degrees} == set(bench.NOTATIONS)


def test_files_hold_the_resume_in_each_format(tmp_path: Path) -> None:
    import docx

    case = CASES[0]
    txt = bench.write_case(case, "txt", tmp_path / "a.txt").read_text(encoding="utf-8")
    assert all(line.text in txt for line in case.lines)
    document = docx.Document(str(bench.write_case(case, "docx", tmp_path / "a.docx")))
    paragraphs = "\n".join(p.text for p in document.paragraphs)
    assert all(line.text in paragraphs for line in case.lines)
    assert bench.write_case(case, "pdf", tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")


def _record(ok: bool, **classes: str) -> bench.Record:
    sample = bench.Sample(CASES[0], "txt", {}, [], {})
    return bench.Record("years ±0.5", ok, {k: frozenset({v}) for k, v in classes.items()}, sample, None)


def test_causes_name_the_failing_class_not_the_ones_drawn_with_it() -> None:
    items = [_record(fmt != "bad", fmt=fmt, head=head) for fmt in ("bad", "good", "fine") for head in "abc" * 4]
    items += [_record(True, fmt="good", head="a") for _ in range(6)]  # "head=a" is drawn a little more often
    found, unexplained = bench.causes(items)
    assert [(axis, value) for axis, value, _, _ in found] == [("fmt", "bad")]
    assert unexplained == []


def test_causes_name_nothing_when_failures_are_spread_evenly() -> None:
    items = [_record(i % 10 != 0, fmt=str(i % 3), head=str(i % 4)) for i in range(120)]
    found, unexplained = bench.causes(items)
    assert found == [] and len(unexplained) == 12


NEW_WAYS = {  # a way of writing added in round five -> what its resumes must show
    ("date_language", "Spanish"): r" de 20\d\d|\b(?:ene|feb|mar|abr|may|jun|jul|ago|sept|oct|nov|dic)\.? 20\d\d|"
    r"\b(?:Ene|Feb|Mar|Abr|May|Jun|Jul|Ago|Sept|Oct|Nov|Dic)/20\d\d",
    ("export", "dash lost"): r"\d{4} (?:\w+\.? (?:de )?\d{4}|\w+/\d{4}|Present|Current|present|heute|bis heute|aktuell|"
    r"derzeit|actualidad|la actualidad|presente|actual|hoy|atual|o momento|hoje|atualmente|oggi|in corso|attuale|"
    r"ad oggi|heden|nu|tot heden|aujourd'hui|présent|en cours|à ce jour)",
    # round seven: "Month, YYYY"; another language's other words, its "to", its short month names (with a slash)
    ("date_format", "January, 2019"): r"\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December), 20\d\d",
    ("date_words", "other present word"): r"\b(?:bis heute|aktuell|derzeit|la actualidad|presente|actual|hoy|présent|"
    r"en cours|à ce jour|in corso|attuale|ad oggi|nu|tot heden|o momento|hoje|atualmente)\b|\b(?:Seit|Desde|Depuis|"
    r"Dal|Da|Sinds|Vanaf) ",
    ("date_words", "own word for 'to'"): r"\d (?:bis|a|à|tot|até) ",
    # a short name with its full stop ("Okt. 2019"): "Juni 2019" and "mars 2019" are written out in full too
    ("date_words", "short month names"): r"\b[A-Za-zäé]{3,4}\. 20\d\d",
    ("date_words", "short names, slash"): r"\b[A-Z][a-zäé]{2,3}/20\d\d",
    ("export", "letter-spaced date words"): r"\bPres ent|\bCurr ent|\bpres ent|\b[A-Z][a-z] [a-z]",
    ("current", "start only (latest job)"): r"",  # the latest job's dates: a start and no separator (below)
    ("papers", "talks with dates"): r"Presentation",
    ("career_break", "career break among the jobs"): r"Career [Bb]reak|Parental leave|Sabbatical",
    ("job_kind", "military service"): r"Sergeant",
}


@pytest.mark.parametrize(("axis", "value"), list(NEW_WAYS))
def test_each_new_way_of_writing_is_drawn_and_written(axis: str, value: str) -> None:
    cases = [case for case in (bench.generate(3, index) for index in range(300)) if case.classes[axis] == value]
    assert len(cases) >= 3, (axis, value)
    assert all(re.search(NEW_WAYS[(axis, value)], case.text()) for case in cases), (axis, value)
    if value == "start only (latest job)":
        latest = [case.date_lines[0].split("  ", 1)[1] for case in cases]
        assert not [w for w in latest if re.search(r" – | — | - | to |–", w)], latest


def test_a_cover_letter_is_bound_in_front_of_or_behind_the_resume_where_drawn() -> None:
    cases = [bench.generate(7, index) for index in range(40)]
    assert {case.blocks["letter"] for case in cases} == set(bench.BLOCK_AXES["letter"])
    for case in cases:
        text, letter = case.text(), case.blocks["letter"]
        assert ("Northwind Labs" in text) == (letter != "none")
        if letter != "none":  # the letter's prose states what the truth must not hold: a doctorate, 25 years
            assert "Ph.D. in Astrophysics" in text and case.claimed != 25
            front = text.index("Northwind Labs") < text.index(case.claim_line)
            assert front == (letter == "cover letter in front")
