"""gaps.py: matched and missing requirements, years, degree, the score, the verdict."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from conftest import ANALYST_LINES, AS_OF, ROLES_DIR
from hypothesis import given, settings
from hypothesis import strategies as st

from gapcheck.gaps import find_gaps, verdict
from gapcheck.matching import fit_role_weights
from gapcheck.models import ExperiencePath, ExperienceRequirement, ResumeText
from gapcheck.render.text import experience_status
from gapcheck.resume import build_profile
from gapcheck.roles import load_role, load_roles
from gapcheck.skills import load_vocabulary

VOCABULARY = load_vocabulary()
ROLES = {r.id: r for r in load_roles([ROLES_DIR]) if r.id.startswith("tiny-")}
WEIGHTS = fit_role_weights(list(ROLES.values()))
ANALYST = ROLES["tiny-analyst"]
RESEARCHER = ROLES["tiny-researcher"]


def profile_of(lines: tuple[str, ...] | list[str], as_of: dt.date = AS_OF):  # type: ignore[no-untyped-def]
    return build_profile(ResumeText("r.txt", 1, tuple(lines)), as_of=as_of, vocabulary=VOCABULARY)


def check(lines, role=ANALYST):  # type: ignore[no-untyped-def]
    return find_gaps(profile_of(lines), role, WEIGHTS, VOCABULARY)


def test_matched_skills_carry_their_evidence_line() -> None:
    report = check(ANALYST_LINES)
    sql = next(s for s in report.skills if s.label == "SQL")
    assert sql.matched and sql.evidence[0] == "Built Tableau dashboards and SQL reports for the sales team"
    bi = next(s for s in report.skills if s.label.startswith("a BI tool"))
    assert bi.matched_by == ("Tableau",)


def test_missing_skills_are_ranked_required_first_then_by_weight() -> None:
    report = check(["EXPERIENCE", "Clerk, Shop   2019 - 2020", "SKILLS", "Excel"])
    missing = report.missing_skills
    assert [s.required for s in missing] == sorted((s.required for s in missing), reverse=True)
    required = [s.weight for s in missing if s.required]
    assert required == sorted(required, reverse=True)
    assert {s.label for s in missing} >= {"Python", "SQL", "Apache Spark"}


def test_required_weighs_more_than_preferred_and_idf_ranks_role_specific_skills() -> None:
    report = check([])
    weight = {s.label: s.weight for s in report.skills}
    # python is asked by both test roles; sql only by the analyst role
    assert weight["SQL"] > weight["Python"]
    assert weight["Python"] > weight["Apache Spark"] / 2


def test_a_group_requirement_is_met_through_any_member() -> None:
    report = check(["SKILLS", "TensorFlow, Python"], RESEARCHER)
    group = next(s for s in report.skills if s.label == "a deep learning framework")
    assert group.matched_by == ("TensorFlow",)
    pytorch = next(s for s in report.skills if s.label == "PyTorch")
    assert not pytorch.matched


def test_experience_years_from_skills_and_titles() -> None:
    report = check(ANALYST_LINES)
    by_label = {e.label: e for e in report.experience}
    python_or_r = by_label["2+ years using Python or R"]
    # Jan 2022 - Nov 2026 (Python) and Jun 2020 - Dec 2021 (R): 59 + 19 months
    assert python_or_r.found_years == pytest.approx(78 / 12)
    assert python_or_r.met
    analyst = by_label["1+ year in an analyst role"]
    assert analyst.found_years == pytest.approx(59 / 12)
    assert analyst.positions == ("Data Analyst, Acme Inc",)


def test_experience_is_unknown_not_zero_without_dates() -> None:
    report = check(["EXPERIENCE", "Data Analyst, Acme Inc", "• Python and SQL every day"])
    assert all(e.found_years is None and not e.met for e in report.experience)
    assert "no readable dates" in " ".join(report.resume.readability.warnings)


def test_degree_levels() -> None:
    report = check(["EDUCATION", "B.S. in Statistics, 2015"])
    assert report.degree is not None
    assert (report.degree.found_level, report.degree.met, report.degree.preferred_met) == ("bachelor", True, False)
    assert report.subscores.degree == 0.75
    none = check(["EDUCATION", "High School Diploma, 2010"])
    assert none.degree is not None and none.degree.found_level is None and not none.degree.met


def test_a_phd_in_progress_meets_a_role_that_accepts_it() -> None:
    lines = ["EDUCATION", "Ph.D. in Computer Science (expected 2028)", "M.S. in Computer Science, 2024"]
    report = check(lines, RESEARCHER)
    assert report.degree is not None
    assert report.degree.found_level == "master" and report.degree.in_progress_level == "doctorate"
    assert report.degree.met
    strict = replace(RESEARCHER, degree=replace(RESEARCHER.degree, in_progress_ok=False))  # type: ignore[type-var]
    assert not find_gaps(profile_of(lines), strict, WEIGHTS, VOCABULARY).degree.met  # type: ignore[union-attr]


def test_meets_required_and_verdict() -> None:
    report = check(ANALYST_LINES)
    assert report.meets_required
    assert verdict(report).startswith("Meets every required qualification")
    weak = check(["SKILLS", "Excel"])
    assert not weak.meets_required
    assert verdict(weak).startswith("Not yet: 3 required skills missing")


def test_same_input_same_output() -> None:
    assert check(ANALYST_LINES) == check(ANALYST_LINES)


def test_score_is_between_zero_and_one_and_rewards_coverage() -> None:
    empty = check(["Nothing relevant here at all, just words"])
    full = check(ANALYST_LINES)
    assert 0.0 <= empty.score < full.score <= 1.0


ROLE_SKILLS = ["Python", "SQL", "Tableau", "Power BI", "Spark", "machine learning", "PyTorch", "C++", "R", "JAX"]


@settings(max_examples=60, deadline=None)
@given(
    have=st.sets(st.sampled_from(ROLE_SKILLS)),
    add=st.sampled_from(ROLE_SKILLS),
    role_id=st.sampled_from(sorted(ROLES)),
    in_position=st.booleans(),
)
def test_adding_a_role_skill_never_lowers_the_score(have: set[str], add: str, role_id: str, in_position: bool) -> None:
    role = ROLES[role_id]
    base = [
        "EXPERIENCE",
        "Analyst, Acme Inc   Jan 2021 - Dec 2022",
        "• Reporting work",
        "SKILLS",
        ", ".join(sorted(have)),
    ]
    more = list(base)
    if in_position:
        more.insert(3, f"• Used {add} every day")
    else:
        more[-1] = ", ".join(sorted(have | {add}))
    before = check(base, role)
    after = check(more, role)
    assert after.score >= before.score - 1e-12
    assert after.subscores.skills >= before.subscores.skills - 1e-12


def test_bundled_role_report_is_built(as_of: dt.date) -> None:
    role = load_role("bofa-ds-mle")
    weights = fit_role_weights(load_roles())
    report = find_gaps(profile_of(ANALYST_LINES), role, weights, VOCABULARY)
    assert [e.required_years for e in report.experience if e.required][:2] == [5.0, 5.0]
    assert report.degree is not None and report.degree.preferred_level == "master"


# --- gain, satisfied_by, nearest, wording, weights, degree equivalence (issue 11) ------------------


def test_a_missing_items_gain_is_the_points_it_would_add() -> None:
    without = check(["SKILLS", "Python, Tableau"])
    sql = next(s for s in without.missing_skills if s.label == "SQL")
    with_sql = check(["SKILLS", "Python, Tableau, SQL"])
    assert sql.gain == pytest.approx(100 * (with_sql.score - without.score))
    assert 0 < sql.gain <= 100
    assert all(s.gain == 0 for s in with_sql.matched_skills)


def test_missing_items_are_ordered_required_first_then_by_gain() -> None:
    missing = check(["SKILLS", "Excel"]).missing_skills
    keys = [(not s.required, -s.gain) for s in missing]
    assert keys == sorted(keys)
    assert not missing[-1].required


def test_a_missing_group_says_which_skills_would_meet_it() -> None:
    report = check(["SKILLS", "Python, Keras"], RESEARCHER)
    framework = next(s for s in report.skills if s.label == "a deep learning framework")
    assert framework.matched
    missing = check(["SKILLS", "Python"], RESEARCHER)
    framework = next(s for s in missing.skills if s.label == "a deep learning framework")
    assert {"PyTorch", "TensorFlow", "Keras"} <= set(framework.satisfied_by)
    assert "Deep Learning Frameworks" not in framework.satisfied_by


def test_a_near_miss_names_the_nearest_skill_the_resume_shows() -> None:
    role = replace(ANALYST, skills=tuple(s for s in ANALYST.skills if s.label != "a BI tool (Tableau or Power BI)")
                   + (replace(ANALYST.skills[2], label="Tableau", skills=("tableau",)),))  # fmt: skip
    tableau = next(s for s in find_gaps(profile_of(["SKILLS", "Looker"]), role, WEIGHTS, VOCABULARY).skills
                   if s.label == "Tableau")  # fmt: skip
    assert not tableau.matched and tableau.nearest == ("Looker",)
    unrelated = next(s for s in find_gaps(profile_of(["SKILLS", "Excel"]), role, WEIGHTS, VOCABULARY).skills
                     if s.label == "Tableau")  # fmt: skip
    assert unrelated.nearest == ()


def test_the_same_role_written_two_ways_gets_the_same_weights() -> None:
    bi = next(s for s in ANALYST.skills if s.label.startswith("a BI tool"))
    rewritten = replace(
        ANALYST,
        skills=(
            *(s for s in ANALYST.skills if s is not bi),
            replace(bi, skills=tuple(reversed(bi.skills))),  # alternatives in another order
            replace(ANALYST.skills[0]),  # Python listed twice
            # more alternatives in another requirement
            replace(ANALYST.skills[3], skills=("apache spark", "dask", "apache flink", "apache hadoop")),
        ),
    )
    before = {(s.label, s.required): s.weight for s in check(ANALYST_LINES).skills}
    after = {(s.label, s.required): s.weight for s in check(ANALYST_LINES, rewritten).skills}
    for key in ("SQL", True), ("Python", True), ("a BI tool (Tableau or Power BI)", True):
        assert after[key] == before[key]


def test_verdict_reads_as_plain_english() -> None:
    weak = verdict(check(["EXPERIENCE", "Clerk, Shop   2024 - 2025", "SKILLS", "Excel"]))
    assert weak == (
        "Not yet: 3 required skills missing, 1 required experience item not shown and the degree is below the minimum."
    )


def test_degree_equivalence_meets_a_minimum_at_reduced_credit() -> None:
    role = replace(RESEARCHER, degree=replace(RESEARCHER.degree, in_progress_ok=False, equivalent_experience=True),  # type: ignore[type-var]
                   experience=())  # fmt: skip
    education = ["EDUCATION", "M.S. in Computer Science, 2018"]
    long = ["EXPERIENCE", "Research Engineer, Lab   Jan 2019 - Dec 2022", "• PyTorch models", *education]
    short = ["EXPERIENCE", "Research Engineer, Lab   Jan 2022 - Dec 2022", "• PyTorch models", *education]
    met = find_gaps(profile_of(long), role, WEIGHTS, VOCABULARY).degree
    assert met is not None and met.met and met.met_by_experience
    assert met.equivalent_years == 3.0 and met.relevant_years == pytest.approx(4.0)
    held = find_gaps(profile_of(["EDUCATION", "Ph.D. in Computer Science, 2020"]), role, WEIGHTS, VOCABULARY)
    assert held.subscores.degree == 1.0
    assert find_gaps(profile_of(long), role, WEIGHTS, VOCABULARY).subscores.degree == 0.5
    unmet = find_gaps(profile_of(short), role, WEIGHTS, VOCABULARY).degree
    assert unmet is not None and not unmet.met
    strict = replace(role, degree=replace(role.degree, equivalent_experience=False))  # type: ignore[type-var]
    assert not find_gaps(profile_of(long), strict, WEIGHTS, VOCABULARY).degree.met  # type: ignore[union-attr]


def test_equivalence_still_needs_the_further_degree_the_role_asks_for() -> None:
    degree = replace(RESEARCHER.degree, in_progress_ok=False, equivalent_experience=True, also_level="bachelor")  # type: ignore[type-var]
    role = replace(RESEARCHER, degree=degree, experience=())
    lines = ["EXPERIENCE", "Research Engineer, Lab   Jan 2010 - Dec 2022", "• PyTorch models"]
    assert not find_gaps(profile_of(lines), role, WEIGHTS, VOCABULARY).degree.met  # type: ignore[union-attr]
    with_bachelor = [*lines, "EDUCATION", "B.S. in Computer Science, 2009"]
    assert find_gaps(profile_of(with_bachelor), role, WEIGHTS, VOCABULARY).degree.met  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("line", "field_match", "matched", "met", "score"),
    [
        ("B.S. in Statistics, 2015", "match", "statistics", True, 0.75),
        ("B.S. in Computer Science and Engineering, 2015", "match", "computer science", True, 0.75),
        ("B.S. in Applied Mathematics, 2015", "related", "statistics", True, 0.75 * 0.75),
        ("B.S. in Biology, 2015", "differs", None, False, 0.75 * 0.5),
        ("M.S., Wharton School, 2015", "unknown", None, True, 1.0),  # unknown is not held against the resume
    ],
)
def test_the_degree_field_is_compared_with_the_role_fields(
    line: str, field_match: str, matched: str | None, met: bool, score: float
) -> None:
    report = check(["EDUCATION", line])  # tiny-analyst: bachelor, master preferred, statistics or computer science
    assert report.degree is not None
    assert (report.degree.field_match, report.degree.matched_field, report.degree.met) == (field_match, matched, met)
    assert report.subscores.degree == pytest.approx(score)


def test_a_role_without_fields_compares_none() -> None:
    role = replace(ANALYST, degree=replace(ANALYST.degree, fields=()))  # type: ignore[type-var]
    report = find_gaps(profile_of(["EDUCATION", "B.S. in Biology, 2015"]), role, WEIGHTS, VOCABULARY)
    assert report.degree is not None and report.degree.field_match is None and report.degree.met


def test_the_degree_that_fits_the_role_best_is_the_one_compared() -> None:
    report = check(["EDUCATION", "M.S. in Biology, 2018", "B.S. in Statistics, 2015"])
    assert report.degree is not None
    assert (report.degree.found_level, report.degree.found_field, report.degree.field_match) == (
        "master",
        "Statistics",
        "match",
    )


def test_a_field_that_differs_is_in_the_verdict_and_the_degree_line() -> None:
    from gapcheck.render.text import degree_text

    report = check(["EDUCATION", "Master of Management, McGill University, 2019"])
    assert report.degree is not None and report.degree.level_met and not report.degree.met
    assert "the degree's field differs" in verdict(report)
    assert degree_text(report.degree) == (
        "Found a master's degree in Management (field differs: the role asks for statistics or computer science), "
        "so only the level (a bachelor's degree) is met."
    )
    matching = check(["EDUCATION", "M.S. in Statistics, 2019"])
    assert "field" not in verdict(matching)
    assert degree_text(matching.degree).startswith(  # type: ignore[arg-type]
        "Found a master's degree in Statistics (a field the role asks for): meets"
    )
    narrower = check(["EDUCATION", "M.S. in Computer Science and Engineering, 2019"])
    assert "(a field the role asks for: computer science)" in degree_text(narrower.degree)  # type: ignore[arg-type]
    related = check(["EDUCATION", "M.S. in Applied Mathematics, 2019"])
    assert "(related to statistics, a field the role asks for)" in degree_text(related.degree)  # type: ignore[arg-type]
    unread = check(["EDUCATION", "M.S., Wharton School, 2019"])
    assert "(field could not be read: the role asks for statistics or computer science)" in degree_text(
        unread.degree  # type: ignore[arg-type]
    )


def test_amazons_required_items_mean_what_the_posting_says() -> None:
    role = load_role("amazon-mle")
    weights = fit_role_weights(load_roles())

    def report(lines: list[str]):  # type: ignore[no-untyped-def]
        return find_gaps(profile_of(lines), role, weights, VOCABULARY)

    bare = report(["EXPERIENCE", "Engineer, Shop   Jan 2020 - Dec 2024", "• Machine learning and recommender systems"])
    missing = {s.label for s in bare.missing_skills if s.required}
    assert "common ML techniques: data pre-processing" in missing
    assert "common ML techniques: classification and regression models" in missing
    large = next(e for e in bare.experience if e.label.startswith("experience building large-scale"))
    assert not large.met  # recommender systems alone are not ML infrastructure
    built = report(["EXPERIENCE", "Engineer, Shop   Jan 2020 - Dec 2024",
                    "• Built feature stores and SageMaker pipelines for the recommender systems"])  # fmt: skip
    assert next(e for e in built.experience if e.label.startswith("experience building large-scale")).met


def test_metas_interaction_research_counts_once() -> None:
    role = load_role("meta-research-scientist")
    weights = fit_role_weights(load_roles())
    without = find_gaps(profile_of(["SKILLS", "AR/VR"]), role, weights, VOCABULARY)
    research = [*(s for s in without.skills if "interaction research" in s.label),
                *(e for e in without.experience if "interaction research" in e.label)]  # fmt: skip
    assert len(research) == 1


# --- experience paths that trade degree against years ------------------------------------------------------------

PHD_OR_MS = ExperienceRequirement(
    "PhD and 2+ years of experience, or Master's and 5+ years", 5.0, True,
    paths=(ExperiencePath("doctorate", 2.0), ExperiencePath("master", 5.0)),
)  # fmt: skip
PATH_ROLE = replace(ANALYST, experience=(PHD_OR_MS,), degree=None)


def _path_result(degree: str | None, start: str = "Oct 2023"):  # type: ignore[no-untyped-def]
    education = ["EDUCATION", f"{degree}, Springfield University, 2023"] if degree else []
    lines = ["EXPERIENCE", f"Data Scientist, Acme Inc   {start} - Present", *education]
    report = find_gaps(profile_of(lines), PATH_ROLE, WEIGHTS, VOCABULARY)
    return report, report.experience[0]


def test_a_phd_with_three_years_meets_phd_and_two_or_master_and_five() -> None:
    report, result = _path_result("Ph.D. in Statistics")
    assert result.found_years == pytest.approx(38 / 12) and result.found_degree == "doctorate"
    assert result.met and result.path == ExperiencePath("doctorate", 2.0) and result.required_years == 2.0
    assert report.subscores.experience == 1.0 and result.gain == 0.0
    assert experience_status(result) == "PhD + 2 years: 3.2 years shown"


def test_a_master_with_three_years_falls_short_on_the_nearest_path() -> None:
    report, result = _path_result("M.S. in Statistics")
    assert result.status == "short" and not result.met
    assert result.path == ExperiencePath("master", 5.0)  # the PhD path is closed to a master's holder
    assert report.subscores.experience == pytest.approx(38 / 12 / 5)
    assert experience_status(result) == "nearest master's + 5 years: 3.2 of 5 years shown"
    assert "1 required experience item not shown" in verdict(report)


def test_a_degree_above_the_paths_counts_for_them() -> None:
    role = replace(PATH_ROLE, experience=(replace(PHD_OR_MS, paths=(ExperiencePath("master", 3.0),)),))
    lines = ["EXPERIENCE", "Data Scientist, Acme Inc   Oct 2022 - Present", "EDUCATION", "Ph.D. in Physics, 2022"]
    assert find_gaps(profile_of(lines), role, WEIGHTS, VOCABULARY).experience[0].met
    below = ["EXPERIENCE", "Data Scientist, Acme Inc   Oct 2022 - Present", "EDUCATION", "B.S. in Physics, 2022"]
    result = find_gaps(profile_of(below), role, WEIGHTS, VOCABULARY).experience[0]
    assert result.status == "short" and result.degree_met is False
    assert experience_status(result) == (
        "nearest master's + 3 years: needs a master's degree (found bachelor's), 4.2 years shown"
    )


def test_an_unknown_degree_is_unknown_not_missing() -> None:
    report, result = _path_result(None)
    assert result.found_degree is None and result.status == "unknown" and result.degree_met is None
    assert result.path == ExperiencePath("doctorate", 2.0)  # the years meet it; the degree could not be read
    assert report.subscores.experience == 1.0  # not held against the resume
    assert experience_status(result) == (
        "unknown: no degree found on the resume; 3.2 years shown, enough for PhD + 2 years"
    )
    assert verdict(report).endswith("and 1 required experience item unknown.")


def test_unknown_years_on_a_path_are_unknown_and_count_zero_as_for_plain_years() -> None:
    lines = ["EXPERIENCE", "Data Scientist, Acme Inc", "EDUCATION", "Ph.D. in Statistics, 2023"]
    report = find_gaps(profile_of(lines), PATH_ROLE, WEIGHTS, VOCABULARY)
    result = report.experience[0]
    assert result.found_years is None and result.status == "unknown" and report.subscores.experience == 0.0
    assert experience_status(result) == "unknown: no dates on the resume (PhD + 2 years or master's + 5 years)"


def test_a_degree_only_path_is_met_by_the_degree_alone() -> None:
    paths = (ExperiencePath("bachelor", 5.0), ExperiencePath("master", 3.0), ExperiencePath("doctorate", 0.0))
    role = replace(PATH_ROLE, experience=(replace(PHD_OR_MS, paths=paths),))
    lines = ["EXPERIENCE", "Postdoc, Springfield University   Oct 2025 - Present", "EDUCATION", "Ph.D. in Physics"]
    result = find_gaps(profile_of(lines), role, WEIGHTS, VOCABULARY).experience[0]
    assert result.met and result.path == ExperiencePath("doctorate", 0.0)
    assert experience_status(result) == "PhD: met by the degree"
    no_phd = find_gaps(profile_of(lines[:2] + ["EDUCATION", "M.S. in Physics"]), role, WEIGHTS, VOCABULARY)
    assert not no_phd.experience[0].met


def test_a_plain_requirement_has_no_path() -> None:
    result = check(ANALYST_LINES).experience[0]
    assert result.path is None and result.paths == () and result.status == "met"


def test_the_verdict_says_unknown_years_are_unknown_not_missing() -> None:
    report = check(["EXPERIENCE", "Data Analyst, Acme Inc", "• Python and SQL every day"])
    assert [e.status for e in report.experience] == ["unknown", "unknown"]
    assert "1 required experience item unknown" in verdict(report) and "not shown" not in verdict(report)
