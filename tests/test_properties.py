"""Property tests: arbitrary Unicode through the text stages raises nothing (issue 9)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.dates import find_date_ranges, find_single_date, strip_dates, years_in
from gapcheck.education import find_degrees
from gapcheck.experience import find_positions
from gapcheck.headingkinds import heading_kind
from gapcheck.models import ResumeText
from gapcheck.resume import build_profile
from gapcheck.sections import find_sections, split_gutter_headings
from gapcheck.skills import load_vocabulary
from gapcheck.skillwords import tokenize
from gapcheck.textlines import finish_text

AS_OF = 2026 * 12 + 10
VOCABULARY = load_vocabulary()
# words the stages look for, so random text often reaches the rules and not just the first check
WORDS = st.sampled_from([
    "Jan", "Dıc", "İstanbul", "Present", "–", "-", "2019", "'19", "03/2020", "Q3", "Summer", "B.S.", "PhD", "MSc",
    "in", "of", "EXPERIENCE", "EDUCATION", "SKILLS", "Python", "C++", "R", "Go", "•", "[/]", "(", ")", ",", "|",
    "\u00a0", "\t", "ﬁ", "Ⅻ", "٣", "𝟚𝟘𝟙𝟡", "ß", "ǅ",
])  # fmt: skip
LINE = st.lists(st.one_of(st.text(max_size=12), WORDS), max_size=12).map(" ".join)
LINES = st.lists(LINE, max_size=25)


@settings(max_examples=150, deadline=None)
@given(LINE)
def test_dates_accept_any_line(line: str) -> None:
    for found in find_date_ranges(line, AS_OF):
        assert found.start <= found.end
    find_single_date(line, AS_OF)
    years_in(line)
    strip_dates(line)


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_sections_degrees_and_positions_accept_any_lines(lines: list[str]) -> None:
    lines = list(split_gutter_headings(lines))
    for line in lines:
        heading_kind(line)
    sections = find_sections(lines)
    find_degrees(lines, sections, AS_OF)
    find_positions(lines, sections, AS_OF)


@settings(max_examples=150, deadline=None)
@given(LINES)
def test_skills_accept_any_lines(lines: list[str]) -> None:
    for line in lines:
        tokenize(line)
    found = VOCABULARY.find(lines)
    assert all(0 <= number < len(lines) for numbers in found.values() for number in numbers)


@settings(max_examples=100, deadline=None)
@given(LINES)
def test_a_whole_profile_from_any_text_raises_nothing_but_read_errors(lines: list[str]) -> None:
    from gapcheck.errors import ResumeReadError

    try:
        text = finish_text("cv.txt", [lines], [])
    except ResumeReadError:
        return  # too little text: a documented error
    profile = build_profile(text, vocabulary=VOCABULARY)
    assert profile.total_years is None or profile.total_years >= 0
    build_profile(ResumeText("cv.txt", 1, tuple(lines)), vocabulary=VOCABULARY)
