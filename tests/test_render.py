"""render/: one interface, every format, stable JSON contracts, golden files."""

from __future__ import annotations

import html
import json
from dataclasses import replace

import pytest
from conftest import ANALYST_LINES, AS_OF, GOLDEN, ROLES_DIR

from gapcheck.gaps import find_gaps
from gapcheck.matching import fit_role_weights
from gapcheck.models import ExperiencePath, ResumeText
from gapcheck.render import OutputFormat, get_renderer
from gapcheck.render.markdown import escape
from gapcheck.reportmodels import ExperienceResult, GapReport, RunReport, SkippedResume
from gapcheck.resume import build_profile
from gapcheck.roles import load_roles
from gapcheck.skills import load_vocabulary

SUFFIX = {OutputFormat.table: "txt", OutputFormat.json: "json", OutputFormat.markdown: "md", OutputFormat.html: "html"}


def analyst_report() -> GapReport:
    vocabulary = load_vocabulary()
    roles = {r.id: r for r in load_roles([ROLES_DIR]) if r.id.startswith("tiny-")}
    weights = fit_role_weights(list(roles.values()))
    profile = build_profile(ResumeText("ann.pdf", 1, ANALYST_LINES), as_of=AS_OF, vocabulary=vocabulary)
    return find_gaps(profile, roles["tiny-analyst"], weights, vocabulary)


def compare_golden(name: str, text: str, update: bool) -> None:
    path = GOLDEN / name
    if update:
        path.write_text(text, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run pytest --update-golden"
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("output_format", list(OutputFormat))
def test_every_format_has_a_renderer(output_format: OutputFormat) -> None:
    renderer = get_renderer(output_format)
    assert renderer.render(RunReport((analyst_report(),))).strip()


@pytest.mark.parametrize("output_format", list(OutputFormat))
def test_check_report_matches_golden(output_format: OutputFormat, update_golden: bool) -> None:
    text = get_renderer(output_format, width=100, color=False).render(RunReport((analyst_report(),)))
    compare_golden(f"check-analyst.{SUFFIX[output_format]}", text, update_golden)


@pytest.mark.parametrize("output_format", list(OutputFormat))
def test_extract_report_matches_golden(output_format: OutputFormat, update_golden: bool) -> None:
    text = get_renderer(output_format, width=100, color=False).render_profile(analyst_report().resume)
    compare_golden(f"extract-analyst.{SUFFIX[output_format]}", text, update_golden)


def test_json_check_contract() -> None:
    data = json.loads(get_renderer(OutputFormat.json).render(RunReport((analyst_report(),))))
    assert data["schema"] == "gapcheck/gap/v1"
    assert {"resume", "role", "score", "skills", "experience", "degree", "meets_required", "scoring_version"} <= set(
        data
    )
    assert set(data["role"]) >= {"id", "title"}
    assert 0 <= data["score"] <= 1
    assert set(data["skills"]) == {"matched", "missing"}
    assert {"name", "required", "weight", "evidence"} <= set(data["skills"]["matched"][0])
    assert {"requirement", "required_years", "found_years", "met", "required"} <= set(data["experience"][0])
    assert {"required_level", "preferred_level", "found_level", "met"} <= set(data["degree"])


def test_json_extract_contract() -> None:
    data = json.loads(get_renderer(OutputFormat.json).render_profile(analyst_report().resume))
    assert data["schema"] == "gapcheck/resume/v1"
    assert {"source", "pages", "skills", "degrees", "highest_degree", "experience"} <= set(data)
    assert {"name", "category", "evidence", "years"} <= set(data["skills"][0])
    assert {"level", "field", "institution", "year", "in_progress"} <= set(data["degrees"][0])
    position = data["experience"]["positions"][0]
    assert {"title", "organization", "start", "end", "current"} <= set(position)
    assert position["start"] == "2022-01" and position["end"] is None and position["current"] is True
    assert data["experience"]["total_years"] == pytest.approx(6.5)


def test_unknown_experience_renders_as_unknown_never_zero() -> None:
    report = analyst_report()
    resume = replace(report.resume, positions=tuple(replace(p, dates=None) for p in report.resume.positions))
    vocabulary = load_vocabulary()
    roles = {r.id: r for r in load_roles([ROLES_DIR])}
    unknown = find_gaps(resume, roles["tiny-analyst"], fit_role_weights(list(roles.values())), vocabulary)
    table = get_renderer(OutputFormat.table).render(RunReport((unknown,)))
    assert "unknown" in table
    data = json.loads(get_renderer(OutputFormat.json).render(RunReport((unknown,))))
    assert data["experience"][0]["found_years"] is None


def test_markdown_escapes_pipes() -> None:
    assert escape("a|b") == "a\\|b"
    report = analyst_report()
    role = replace(report.role, title="Analyst | Reporting")
    text = get_renderer(OutputFormat.markdown).render(RunReport((replace(report, role=role),)))
    assert "Analyst \\| Reporting" in text


def test_skipped_resumes_render_with_their_reason() -> None:
    skipped = SkippedResume("bad.pdf", "the PDF is encrypted", "tiny-analyst")
    for output_format in OutputFormat:
        assert "encrypted" in get_renderer(output_format).render(RunReport((skipped,)))


def test_output_is_deterministic() -> None:
    first = get_renderer(OutputFormat.json).render(RunReport((analyst_report(),)))
    assert first == get_renderer(OutputFormat.json).render(RunReport((analyst_report(),)))


def test_markdown_escapes_emphasis_and_code_marks_in_resume_text() -> None:
    assert escape("snake_case *bold* `code` a|b") == "snake\\_case \\*bold\\* \\`code\\` a\\|b"
    report = analyst_report()
    resume = replace(report.resume, source="my_cv*final*.pdf")
    text = get_renderer(OutputFormat.markdown).render(RunReport((replace(report, resume=resume),)))
    assert "my\\_cv\\*final\\*.pdf" in text and "my_cv*final*" not in text


LONG_LABEL = "experience building large-scale ML infrastructure for online recommendation, ads relevance or ranking"
LONG_EVIDENCE = "Queried the warehouse in SQL for the sales team " + "with many more words " * 8


def _long_report() -> GapReport:
    report = analyst_report()
    skills = tuple(
        replace(s, label=LONG_LABEL, evidence=(LONG_EVIDENCE,)) if s.label == "SQL" else s for s in report.skills
    )
    return replace(report, skills=skills)


@pytest.mark.parametrize("width", [60, 80, 99])
def test_narrow_terminals_get_a_stacked_layout_that_cuts_nothing_but_evidence(width: int) -> None:
    text = get_renderer(OutputFormat.table, width=width).render(RunReport((_long_report(),)))
    lines = text.splitlines()
    assert max(len(line.rstrip()) for line in lines) <= width
    assert "┃" not in text  # no table borders
    assert " ".join(line.strip() for line in lines).count(LONG_LABEL) == 1  # wrapped, never cut
    evidence = [line for line in lines if line.strip().startswith('"Queried the warehouse')]
    assert len(evidence) == 1 and evidence[0].endswith("…")


def test_wide_terminals_get_tables_with_evidence_on_one_line() -> None:
    text = get_renderer(OutputFormat.table, width=120).render(RunReport((_long_report(),)))
    assert "┃" in text
    rows = [line for line in text.splitlines() if "Queried the warehouse" in line]
    assert len(rows) == 1 and "…" in rows[0]
    assert not any("with many more words" in line and "Queried" not in line for line in text.splitlines())


def test_missing_items_show_gain_ranking_line_and_what_would_meet_them() -> None:
    report = analyst_report()
    for output_format in (OutputFormat.table, OutputFormat.markdown):
        text = get_renderer(output_format, width=120).render(RunReport((report,)))
        assert "required first, then by the points of score" in text
        assert "Weight" not in text
        assert "+8" in text
    data = json.loads(get_renderer(OutputFormat.json).render(RunReport((report,))))
    missing = data["skills"]["missing"]
    assert all(0 <= m["gain"] <= 100 and isinstance(m["satisfied_by"], list) for m in missing)
    assert data["role"]["salary"] == {"base_usd": 80000, "note": "invented"}
    assert data["scoring_version"] == "3" and data["idf_basis"].startswith("2 given roles (")


def test_the_report_header_carries_the_salary_facts() -> None:
    for output_format in (OutputFormat.table, OutputFormat.markdown):
        assert "Salary: base $80,000 (invented)" in get_renderer(output_format).render(RunReport((analyst_report(),)))


def _claimed_report(claimed: float | None) -> GapReport:
    report = analyst_report()
    return replace(report, resume=replace(report.resume, claimed_years=claimed))


@pytest.mark.parametrize("output_format", [OutputFormat.table, OutputFormat.markdown])
def test_stated_years_are_shown_beside_the_counted_years(output_format: OutputFormat) -> None:
    report = _claimed_report(7.0)
    renderer = get_renderer(output_format, width=100, color=False)
    counted = f"{report.resume.total_years:.1f} years"
    check = renderer.render(RunReport((report,)))
    assert f"Experience from dated positions: {counted}; the resume states 7 years" in check
    extract = renderer.render_profile(report.resume)
    assert f"Experience: {report.resume.total_years:.1f} y" in extract
    assert "he resume states 7 years" in extract


@pytest.mark.parametrize("output_format", [OutputFormat.table, OutputFormat.markdown])
def test_no_stated_years_no_line(output_format: OutputFormat) -> None:
    report = _claimed_report(None)
    renderer = get_renderer(output_format, width=100, color=False)
    text = renderer.render(RunReport((report,))) + renderer.render_profile(report.resume)
    assert "he resume states" not in text


def test_json_carries_claimed_years_beside_total_years() -> None:
    report = _claimed_report(7.0)
    data = json.loads(get_renderer(OutputFormat.json).render(RunReport((report,))))
    result = data  # one resume, one role: the gap object itself
    assert (result["claimed_years"], result["total_years"]) == (7.0, round(report.resume.total_years or 0, 2))
    profile = json.loads(get_renderer(OutputFormat.json).render_profile(report.resume))
    assert profile["experience"]["claimed_years"] == 7.0
    assert profile["experience"]["total_years"] == round(report.resume.total_years or 0, 2)


def test_stated_years_in_a_narrow_terminal() -> None:
    report = _claimed_report(7.0)
    text = get_renderer(OutputFormat.table, width=80, color=False).render(RunReport((report,)))
    assert "the resume states 7 years" in text
    assert all(len(line) <= 80 for line in text.splitlines())


def test_claimed_years_survive_the_json_round_trip_and_old_profiles_read_as_none() -> None:
    from gapcheck.render.json import format_profile, parse_profile

    profile = replace(analyst_report().resume, claimed_years=1.5)
    data = json.loads(json.dumps(format_profile(profile)))
    assert parse_profile(data) == profile
    del data["experience"]["claimed_years"]  # a profile cached before the key existed
    assert parse_profile(data).claimed_years is None


def test_degree_and_experience_lines_read_as_plain_english() -> None:
    from gapcheck.render.text import degree_text, experience_status
    from gapcheck.reportmodels import DegreeResult, ExperienceResult

    preferred = DegreeResult("bachelor", "master", "master", "Statistics", ())
    assert degree_text(preferred) == (
        "Found a master's degree in Statistics: meets the preferred level (a master's degree)."
    )
    minimum = DegreeResult("bachelor", "master", "bachelor", None, ())
    assert degree_text(minimum) == (
        "Found a bachelor's degree: meets the minimum (a bachelor's degree); a master's degree is preferred."
    )
    nothing = DegreeResult("bachelor", None, None, None, ())
    assert degree_text(nothing) == "No degree found: below the minimum (a bachelor's degree)."
    pending = DegreeResult("doctorate", None, "master", None, (), "doctorate", True)
    assert degree_text(pending) == (
        "Found a master's degree, a doctorate in progress: a doctorate in progress is accepted."
    )
    for text in map(degree_text, (preferred, minimum, nothing, pending)):
        assert "none found" not in text and "->" not in text
    finance = ExperienceResult("prior work experience in the financial industry", False, 0.0, 4.0, ())
    assert experience_status(finance) == "not shown"
    assert experience_status(replace(finance, positions=("Analyst, Bank",))) == "shown"
    assert experience_status(ExperienceResult("x", True, 5.0, 3.8, ("a",))) == "3.8 of 5 years shown"


@pytest.mark.parametrize("output_format", [OutputFormat.table, OutputFormat.markdown, OutputFormat.html])
def test_empty_sections_say_why(output_format: OutputFormat) -> None:
    report = analyst_report()
    bare_profile = replace(report.resume, positions=(), skills=(), degrees=())
    bare = replace(report, resume=bare_profile, skills=(), experience=(), degree=None)
    renderer = get_renderer(output_format, width=120)
    text = " ".join(renderer.render(RunReport((bare,))).split())
    profile = " ".join(renderer.render_profile(bare_profile).split())
    reasons = (
        "none of the skills this role asks for is on the resume",
        "this role states no experience",
        "this role states no degree requirement",
        "every skill this role asks for is on the resume",
    )
    for words in reasons:
        assert words in text.lower(), words
    assert "no positions were found" in profile.lower() and "no skill of the vocabulary was found" in profile.lower()
    assert "None." not in text and "None." not in profile


def test_every_format_says_which_experience_path_was_used() -> None:
    report = analyst_report()
    paths = (ExperiencePath("doctorate", 2.0), ExperiencePath("master", 5.0))
    used = ExperienceResult("PhD and 2+ years, or MS and 5+ years", True, 2.0, 3.1, ("Scientist, Acme",),
                            paths=paths, path=paths[0], found_degree="doctorate")  # fmt: skip
    short = replace(used, required_years=5.0, path=paths[1], found_degree="master")
    for result, words in ((used, "PhD + 2 years: 3.1 years shown"), (short, "nearest master's + 5 years: 3.1 of 5")):
        run = RunReport((replace(report, experience=(result,)),))
        for output_format in (OutputFormat.table, OutputFormat.markdown, OutputFormat.html):
            text = html.unescape(get_renderer(output_format, width=160).render(run))
            assert words in " ".join(text.split()), output_format
        (entry,) = json.loads(get_renderer(OutputFormat.json).render(run))["experience"]
        assert entry["paths"] == [{"degree": "doctorate", "years": 2.0}, {"degree": "master", "years": 5.0}]
        assert entry["path"] == {"degree": result.path.degree, "years": result.path.years}  # type: ignore[union-attr]
        assert (entry["met"], entry["status"], entry["required_years"]) == (
            result.met, result.status, result.required_years
        )  # fmt: skip


def test_an_unknown_degree_on_a_path_is_marked_unknown_with_nothing_to_gain() -> None:
    report = analyst_report()
    paths = (ExperiencePath("doctorate", 2.0), ExperiencePath("master", 5.0))
    unknown = ExperienceResult("PhD and 2+ years, or MS and 5+ years", True, 2.0, 3.1, ("Scientist, Acme",),
                               paths=paths, path=paths[0])  # fmt: skip
    stacked = get_renderer(OutputFormat.table, width=70)  # narrow: one item a paragraph, marked yes, no or ?
    text = " ".join(stacked.render(RunReport((replace(report, experience=(unknown,)),))).split())
    assert "? PhD and 2+ years, or MS and 5+ years (req): unknown: no degree found on the resume;" in text
    assert "+<1" not in text
    short = replace(unknown, required_years=5.0, path=paths[1], found_degree="master", gain=4.0)
    text = " ".join(stacked.render(RunReport((replace(report, experience=(short,)),))).split())
    assert "no PhD and 2+ years, or MS and 5+ years (req): nearest master's + 5 years: 3.1 of 5 years shown +4" in text
