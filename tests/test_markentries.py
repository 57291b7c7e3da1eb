"""One resume entry written over several Markdown or HTML lines reaches the readers as the lines a PDF shows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gapcheck.filetext import extract_text, text_lines
from gapcheck.htmltext import html_to_markdown
from gapcheck.markentries import entry_fields, hide_markup, join_definitions, join_split_links
from gapcheck.models import ResumeProfile
from gapcheck.pipeline import read_resume
from gapcheck.skills import Vocabulary

AS_OF = dt.date(2026, 11, 1)


def md(text: str) -> list[str]:
    return [line for line in text_lines(text, markdown=True) if line]


def read_markdown(tmp_path: Path, text: str, vocabulary: Vocabulary) -> ResumeProfile:
    path = tmp_path / "cv.md"
    path.write_text(text, encoding="utf-8")
    return read_resume(path, as_of=AS_OF, vocabulary=vocabulary)


# --- kramdown attribute lists and hidden blocks ---------------------------------------------------------------------
def test_block_attribute_lists_are_no_text() -> None:
    text = "## Education\n{: .cv-section-heading }\n\nDec 2015 – Nov 2019\n{: .cv-date}\n\nPh.D., Physics\n{:toc}"
    assert md(text) == ["Education", "Dec 2015 – Nov 2019", "Ph.D., Physics"]


def test_span_attributes_and_heading_ids_are_no_text() -> None:
    text = '## Education {#edu}\n- Email: [jo@example.org](mailto:jo@example.org){:target="_blank"}'
    assert md(text) == ["Education", "• Email: jo@example.org"]


def test_braces_in_words_are_kept() -> None:
    text = "A Digital {Architect, Developer} who does {B,T}DD"
    assert md(text) == [text]
    assert hide_markup("Sets {#x} inside a line") == "Sets {#x} inside a line"


def test_liquid_and_kramdown_comment_blocks_are_hidden_line_for_line() -> None:
    text = "Skills\n{% comment %}\nOld job, 2001 - 2003\n{% endcomment %}\n{::comment}\nDraft\n{:/comment}\nSQL"
    assert hide_markup(text).split("\n") == ["Skills", "", "", "", "", "", "", "SQL"]


def test_words_about_comments_stay() -> None:
    assert md("Handled customer comment triage, 2019") == ["Handled customer comment triage, 2019"]


# --- definition lists ----------------------------------------------------------------------------------------------
def test_a_definition_goes_on_its_terms_line() -> None:
    lines = ["2013 - 2016", ":   **MSc, Physics**; Westbrook", "", "    *Thesis on lasers*"]
    assert join_definitions(lines) == ["2013 - 2016   **MSc, Physics**; Westbrook", "", "", "    *Thesis on lasers*"]


def test_a_definition_after_a_blank_line_goes_on_its_term() -> None:
    assert join_definitions(["2019 - present", "", ":   Engineer, ACME"]) == ["2019 - present   Engineer, ACME", "", ""]


def test_an_empty_definition_leaves_the_term_a_label() -> None:
    assert join_definitions(["Frameworks", ":", "* Django"]) == ["Frameworks", "", "* Django"]


def test_colon_lines_that_are_no_definitions_stay() -> None:
    assert join_definitions(["Contact", ":email: jo@example.org"]) == ["Contact", ":email: jo@example.org"]
    assert join_definitions(["- Python", ":   note"]) == ["- Python", ":   note"]  # a list item is no term
    assert join_definitions(["| a | b |", ":   note"]) == ["| a | b |", ":   note"]


def test_a_definition_list_resume_reads_titles_and_degrees(tmp_path: Path, vocabulary: Vocabulary) -> None:
    text = (
        "Experience\n----------\n\n2018 - present\n:   **Data Engineer**, Globex\n\n"
        "    * Built pipelines.\n\n2015 - 2018\n:   **Analyst**, Initech\n\n"
        "Education\n---------\n\n2011 - 2015\n:   **BSc, Mathematics**; Westbrook University\n"
    )
    profile = read_markdown(tmp_path, text, vocabulary)
    assert [(d.level, d.field, d.year) for d in profile.degrees] == [("bachelor", "Mathematics", 2015)]
    assert [(p.title, p.organization) for p in profile.positions] == [
        ("Data Engineer", "Globex"),
        ("Analyst", "Initech"),
    ]


def test_html_term_and_definition_are_one_line() -> None:
    page = "<dl><dt>2019 &ndash; present</dt>\n<dd><b>Engineer</b>, ACME</dd></dl>"
    assert html_to_markdown(page) == "2019 – present   **Engineer**, ACME"


def test_html_definition_without_its_term_keeps_its_line() -> None:
    page = "<dl><dt>Languages</dt><dd>Python</dd><dd>SQL</dd></dl><p>x</p><dd>Go</dd>"
    assert html_to_markdown(page) == "Languages   Python\nSQL\nx\nGo"


# --- links over two lines ------------------------------------------------------------------------------------------
def test_a_link_whose_words_go_on_is_one_line() -> None:
    lines = ["Erasmus; [Technical University in", "    Lakeside](https://tu.example) (CZ)"]
    assert join_split_links(lines) == ["Erasmus; [Technical University in Lakeside](https://tu.example) (CZ)", ""]


def test_an_open_bracket_that_is_no_link_stays() -> None:
    lines = ["[draft", "Engineer, ACME (2019)"]
    assert join_split_links(lines) == lines
    assert join_split_links(["[a] and [b", "[c](x)"]) == ["[a] and [b", "[c](x)"]


# --- a list item's short sub-items -----------------------------------------------------------------------------------
def test_short_sub_items_of_a_dated_item_are_cells_of_its_line() -> None:
    text = "* 2016 - 2017: Software Engineer\n  * Initech\n  * Fraud Team\n  * Built the scoring service.\n"
    assert md(text) == ["• 2016 - 2017: Software Engineer   Initech   Fraud Team", "• Built the scoring service."]


def test_a_date_sub_item_makes_its_item_an_entry() -> None:
    text = "* **Globex**, Senior Developer\n  * 2019 - present\n  * Built the billing service."
    assert md(text) == ["• Globex, Senior Developer   2019 - present", "• Built the billing service."]


def test_an_item_s_dates_after_a_line_break_are_a_cell_of_its_line() -> None:
    text = "* **Engineer**, *Initech*  \n  Jan 2020 -- present\n* **Analyst**, *Globex*  \n  Mar 2016 -- Dec 2019\n"
    assert md(text) == ["• Engineer, Initech   Jan 2020 -- present", "• Analyst, Globex   Mar 2016 -- Dec 2019"]
    # a line of the item's words after the break stays a line of its own
    assert md("* **Engineer**, *Initech*  \n  Built the billing service.\n") == [
        "• Engineer, Initech",
        "Built the billing service.",
    ]
    assert md("* **Engineer**, *Initech* (2019 - 2021)  \n  Built the billing service.\n") == [
        "• Engineer, Initech (2019 - 2021)",
        "Built the billing service.",
    ]


def test_sub_items_of_a_list_that_is_no_entry_stay_items() -> None:
    assert md("* Python\n  * NumPy\n  * pandas\n* Java") == ["• Python", "• NumPy", "• pandas", "• Java"]
    long_first = "* 2019: Engineer\n  * Built and ran the billing service for a team.\n  * Initech"
    assert md(long_first) == ["• 2019: Engineer", "• Built and ran the billing service for a team.", "• Initech"]


def test_entry_fields_are_few_words_naming_something() -> None:
    items = [("2019 - 2021: Engineer", True, 2), ("Supervisor: Dr. Jo Park", True, 4), ("Initech", True, 4)]
    assert entry_fields(items) == set()  # a label and its value opens the details
    assert entry_fields([("Engineer", True, 2), ("initech", True, 4)]) == set()
    duties = [("2019-present SOC Engineer at Initech", True, 2), ("Maintain the build servers", True, 4)]
    assert entry_fields(duties) == set()  # a duty without its full stop is no name
    assert entry_fields([("2019: Engineer", True, 2), ("University of Exampleton (UK)", True, 4)]) == {1}


def test_nested_academic_page_entry_reads_its_employer(tmp_path: Path, vocabulary: Vocabulary) -> None:
    text = (
        "Education\n======\n* B.S. in Physics, Westbrook University, 2015\n\n"
        "Work experience\n======\n* Jan-May 2017: Research Intern\n  * Initech\n* Aug 2017 - present: ML Engineer\n"
        "  * Globex\n  * Duties included: model training\n"
    )
    organizations = {p.title: p.organization for p in read_markdown(tmp_path, text, vocabulary).positions}
    assert organizations == {"Research Intern": "Initech", "ML Engineer": "Globex"}


# --- web pages -------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["cv.html", "cv.htm"])
def test_a_web_page_resume_is_read(tmp_path: Path, name: str) -> None:
    page = (
        "<!DOCTYPE html><html><head><style>h2 {color: red}</style></head><body><h2>Experience</h2>"
        "<h3>Software Engineer | Initech</h3><p><b>June 2018 – May 2020</b></p>"
        "<p>Built and ran the billing service for the whole company.</p></body></html>"
    )
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    assert extract_text(path).lines[:3] == ("Experience", "Software Engineer | Initech", "June 2018 – May 2020")


# --- a table row's cells -------------------------------------------------------------------------------------------
def test_a_list_inside_a_table_cell_is_the_rows_details() -> None:
    row = "| Mar 2014 Ongoing | [Globex](https://g.example) - __Engineer__ <ul><li>Wrote code.</li><li>Led.</li></ul> |"
    assert md(row) == ["Mar 2014 Ongoing | Globex - Engineer", "• Wrote code.", "• Led."]


def test_line_breaks_inside_a_table_cell_stay_one_row() -> None:
    assert md("| 2019 – 2021 | __MSc Physics__<br>Westbrook University |") == [
        "2019 – 2021 | MSc Physics, Westbrook University"
    ]


# --- text out of sight ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "style", ['style="color:white;font-size:1px;"', 'style="display: none"', 'style="visibility:hidden"', "hidden"]
)
def test_an_element_styled_out_of_sight_is_no_text(style: str) -> None:
    text = f"## Skills\nPython\n<p {style}>Kubernetes, Rust\nand Go</p>\nSQL"
    assert md(text) == ["Skills", "Python", "SQL"]
    assert html_to_markdown(f"<p>Python</p><div {style}><p>Kubernetes</p></div><p>SQL</p>") == "Python\nSQL"


def test_styled_text_a_reader_sees_is_kept() -> None:
    text = '<span style="color:white">Python</span> <span style="font-size:12px">SQL</span> <p class="hidden-xs">Go</p>'
    assert md(text) == ["Python SQL", "Go"]


# --- a site generator's front matter --------------------------------------------------------------------------------
def test_front_matter_comments_are_no_headings_and_mapping_items_are_rows() -> None:
    text = (
        "---\n# Display name\ntitle: Jo Park\neducation:\n  courses:\n  - course: PhD, Psychology\n"
        "    institution: Westbrook University\n    year: 2020\n  - course: BA, Psychology\n    year: 2014\n---\n"
    )
    lines = md(text)
    assert "Display Name" not in lines and "Display name" not in lines
    assert "• PhD, Psychology, Westbrook University, 2020" in lines and "• BA, Psychology, 2014" in lines


def test_front_matter_items_with_a_capitalised_label_keep_it() -> None:
    assert "• Python: five years" in md("---\nskills:\n  - Python: five years\n---\nJo Park")


# --- a list item of dates alone: its lines are the entry's cells ----------------------------------------------------
@pytest.mark.parametrize(
    "dates",
    [
        "2010 - Heute",
        "Oktober 2008 - Juli 2016",
        "Since 02/2022",
        "mars 2013 – aujourd'hui",
        "**2014-10 — 2017-10**",
        "Desde enero 2016 - actualidad",
        "Jan. 2019 – present:",
    ],
)
@pytest.mark.parametrize("marker", ["*", "-", "+", "1."])
def test_the_lines_under_a_date_item_are_its_cells(dates: str, marker: str) -> None:
    text = f"{marker} {dates}\n    Softwareentwickler bei Beispiel AG\n    Skizze: C, Go\n    * Built the API."
    shown = dates.replace("**", "")
    assert md(text) == [shown, "Softwareentwickler bei Beispiel AG", "Skizze: C, Go", "• Built the API."]


def test_an_item_with_words_beside_its_date_goes_on_under_them() -> None:
    assert md("* 2016 - 2017: Engineer at\n  Initech") == ["• 2016 - 2017: Engineer at Initech"]
    assert md("- Engineer 2019\n  at Initech") == ["• Engineer 2019 at Initech"]


def test_a_date_items_short_sub_items_stay_its_details(tmp_path: Path, vocabulary: Vocabulary) -> None:
    # the last short sub-item of an entry ('Team "Alpha"') names neither its own entry nor the next one
    text = (
        "## Berufliche Laufbahn\n\n"
        "* März 2017 - heute\n  **[Kochbuch.example](http://kochbuch.example)**\n  Senior Software Developer\n"
        '  * Django 3, Python 3.8, PostgreSQL\n  * Kubernetes, Docker, nginx\n  * Team "Alpha"\n\n'
        "* Oktober 2008 - Februar 2017\n  **[Fotodruck](http://fotodruck.example)** (Beispiel GmbH & Co. KG)\n"
        '  Lead Developer\n  * Django 1, Python 2.7\n  * Backend Team "Shop"\n  * Research & Development\n\n'
        "* Juni 2003 - September 2004\n  **Muster Media GmbH**\n  Support Manager\n"
    )
    profile = read_markdown(tmp_path, text, vocabulary)
    assert [(p.title, p.organization, p.months) for p in profile.positions] == [
        ("Senior Software Developer", "Kochbuch.example", 117),
        ("Lead Developer", "Fotodruck (Beispiel GmbH & Co. KG)", 101),
        ("Support Manager", "Muster Media GmbH", 16),
    ]


# --- pandoc's attributes ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "shown"),
    [
        ("### 02/2019 - 08/2019 {.date}", "02/2019 - 08/2019"),
        ("## Experience {#work .section}", "Experience"),
        ("# Jobs {-}", "Jobs"),
        ("## Skills {.unnumbered}", "Skills"),
        ('See [my CV](cv.pdf){.btn target="_blank"} here', "See my CV here"),
        ("[Initech]{.smallcaps}, Springfield", "Initech, Springfield"),
    ],
)
def test_pandoc_attributes_are_no_text(line: str, shown: str) -> None:
    assert md(line) == [shown]


@pytest.mark.parametrize("line", ["Sets {#x} inside a line", "A {B,T}DD shop", "Python {3.10} and f(x) {x}"])
def test_braces_that_are_no_attributes_stay(line: str) -> None:
    assert md(line) == [line]


def test_dates_as_sub_headings_with_attributes_read_as_entries(tmp_path: Path, vocabulary: Vocabulary) -> None:
    text = (
        "## PROFESSIONAL EXPERIENCE {.h2long}\n\n### Since 02/2022 {.date}\nDEVOPS ENGINEER\n: \n"
        "*Globex - Springfield*\n  Working in the team that runs the central logging of all services.<br>\n\n"
        "### 08/2020 - 01/2022 {.date}\nJAVA DEVELOPER\n: \n*Initech - Shelbyville*\n"
        "  • Development of a REST API that generates the documents of all customers<br>\n"
    )
    positions = read_markdown(tmp_path, text, vocabulary).positions
    assert [(p.title, p.organization, p.months) for p in positions] == [
        ("DEVOPS ENGINEER", "Globex", 58),
        ("JAVA DEVELOPER", "Initech", 18),
    ]


def test_short_paragraphs_of_a_dated_item_are_cells_of_its_line() -> None:
    text = (
        "* 01.05.2021 - 30.09.2021: Research Assistant\n\n  Empirical Research Group, Example University\n\n"
        "  Supervisor: Prof. Dr. Who\n"
    )
    assert md(text) == [
        "• 01.05.2021 - 30.09.2021: Research Assistant   Empirical Research Group, Example University",
        "• Supervisor: Prof. Dr. Who",
    ]


def test_a_long_item_with_a_year_takes_no_paragraph_as_a_cell() -> None:
    text = "* Represented the team at the annual meeting 2025 and wrote the findings up for the board\n\n  Team Lead\n"
    assert md(text) == [
        "• Represented the team at the annual meeting 2025 and wrote the findings up for the board",
        "• Team Lead",
    ]


def test_a_sub_item_of_dates_alone_in_any_language_makes_the_items_above_an_entry() -> None:
    # one notion of "a line of dates alone" for the Markdown readers (markentries.dates_only), in any language
    for dates in ("seit 03.2019 - heute", "desde marzo de 2016 - actualidad", "Since 02/2022"):
        assert entry_fields([("Engineer, Acme", True, 0), (dates, True, 2)]) == {1}, dates
    assert entry_fields([("Engineer, Acme", True, 0), ("Build and test", True, 2)]) == set()
