"""Raw LaTeX entry macros in a Markdown resume (an R Markdown CV) reach the readers as the lines a PDF shows."""

from __future__ import annotations

import datetime as dt

from gapcheck.filetext import text_lines
from gapcheck.marklatex import latex_lines
from gapcheck.models import ResumeProfile, ResumeText
from gapcheck.resume import build_profile

AS_OF = dt.date(2026, 12, 1)

# invented people, employers and schools; one section's entries run together on one source line, as rendered
VITAE_CV = "\n".join(
    [
        "---",
        "name: Rowan Example",
        "---",
        "",
        "# Employment History",
        "",
        r"\detailedsection{\detaileditem{Lead Data Analyst}{2019 – Current}{Fernvale Freight}{Harbourview, CAN}"
        r"{\item{Built the weekly sales forecast.}}\detaileditem{Junior Analyst}{2011 – 2014}{Quillbank Insurance}"
        r"{Leeds, GBR}{\empty}}",
        "",
        "# Education",
        "",
        r"\detailedsection{\detaileditem{Ph.D. in Applied Statistics}{May 2018}{Westbrook University}{Westbrook, USA}"
        r"{\item{Thesis: ``Sparse models for rare events.''}}}",
        "",
        "# Publications",
        "",
        r"\begingroup",
        r"\setlength{\parindent}{-0.5in}",
        r"\endgroup",
    ]
)


def _profile(text: str) -> tuple[tuple[str, ...], ResumeProfile]:
    lines = tuple(text_lines(text, markdown=True))
    return lines, build_profile(ResumeText("cv.md", 1, lines), as_of=AS_OF)


def test_entry_macros_are_lines_of_cells_with_their_items_under_them() -> None:
    lines, _ = _profile(VITAE_CV)
    assert "Lead Data Analyst   2019 – Current   Fernvale Freight   Harbourview, CAN" in lines
    assert "• Built the weekly sales forecast." in lines
    assert "Junior Analyst   2011 – 2014   Quillbank Insurance   Leeds, GBR" in lines
    assert not any("\\" in line or "parindent" in line for line in lines)


def test_entry_macros_give_positions_years_and_degrees() -> None:
    _, profile = _profile(VITAE_CV)
    assert [(p.title, p.organization) for p in profile.positions] == [
        ("Lead Data Analyst", "Fernvale Freight"),
        ("Junior Analyst", "Quillbank Insurance"),
    ]
    assert profile.total_years == 11.0  # 2019-01..2026-12 and 2011-01..2013-12
    assert profile.highest_degree == "doctorate"


def test_moderncv_entries_and_plain_items() -> None:
    lines = latex_lines(
        [r"\cventry{2016--2019}{Data Engineer}{\textbf{Quillbank}}{Leeds}{}{", r"\item Built the ETL.", "}"]
    )
    assert lines[0] == "2016–2019   Data Engineer   Quillbank   Leeds"
    assert "- Built the ETL." in lines


def test_latex_inside_prose_or_a_code_block_stays() -> None:
    prose = r"Wrote the lab's \LaTeX{} class and its \texttt{cv.cls} guide."
    code = ["```", r"\cventry{2016--2019}{Data Engineer}{Quillbank}{Leeds}{}{}", "```"]
    assert latex_lines([prose]) == [prose]
    assert latex_lines(code) == code


def test_unclosed_or_deep_groups_never_fail() -> None:
    assert latex_lines([r"\cventry{2016--2019}{Data Engineer"]) == ["2016–2019   Data Engineer", ""]
    deep = "\\a{" * 50 + "x" + "}" * 50
    assert isinstance(latex_lines([deep]), list)
    bare = r"\detailedsection{" + "{" * 5000 + "x" + "}" * 5000 + "}"
    assert latex_lines([bare]) == [""]  # groups nested past the depth read are skipped, never a RecursionError
