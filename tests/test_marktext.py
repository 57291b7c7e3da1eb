"""Markdown and HTML text -> marked lines: the reader shared by postings and text resumes."""

from __future__ import annotations

import pytest

from gapcheck.marktext import META_LINE, MarkedLine, is_marked, marked_lines
from gapcheck.markwraps import join_hard_wraps


def texts(text: str, **options: bool) -> list[str]:
    return [line.text for line in marked_lines(text, **options) if line.text]


def heading_of(text: str, line: str) -> int:
    return next(x.heading for x in marked_lines(text) if x.text == line)


def joined(text: str) -> list[str]:
    return [line.text for line in join_hard_wraps(marked_lines(text, keep_gaps=True)) if line.text]


# --- headings ------------------------------------------------------------------------------------------------------
def test_atx_heading_is_a_heading_without_its_marks() -> None:
    assert [(x.text, x.heading) for x in marked_lines("## Experience ##")] == [("Experience", 2)]


def test_hash_without_a_space_is_no_heading() -> None:
    assert marked_lines("#1 in sales")[0].heading == 0


def test_bold_only_line_is_a_heading() -> None:
    assert heading_of("**Education**", "Education") == 7
    assert heading_of("__Skills:__", "Skills:") == 7


def test_bold_words_inside_a_line_are_no_heading() -> None:
    line = marked_lines("**Engineer**, ACME, 2019")[0]
    assert (line.text, line.heading) == ("Engineer, ACME, 2019", 0)


@pytest.mark.parametrize(("underline", "level"), [("=========", 1), ("---------", 2)])
def test_setext_underline_makes_the_line_above_a_heading(underline: str, level: int) -> None:
    lines = marked_lines(f"Experience\n{underline}\nEngineer, ACME")
    assert [(x.text, x.heading) for x in lines if x.text] == [("Experience", level), ("Engineer, ACME", 0)]


def test_rule_after_a_blank_line_is_a_blank_not_a_heading() -> None:
    lines = marked_lines("Built the billing service.\n\n---\nEngineer, ACME")
    assert [(x.text, x.heading) for x in lines if x.text] == [("Built the billing service.", 0), ("Engineer, ACME", 0)]


def test_underline_under_a_long_sentence_is_a_rule() -> None:
    lines = marked_lines("Built and ran the billing service for three years with a team of nine people\n---")
    assert all(x.heading == 0 for x in lines)


# --- inline markup -------------------------------------------------------------------------------------------------
def test_links_images_autolinks_and_reference_links_keep_their_words() -> None:
    text = "[Python](https://python.org), ![Docker](badge.svg), [SQL][1] <https://x.example>\n[1]: https://sql.example"
    assert texts(text) == ["Python, Docker, SQL https://x.example"]


def test_brackets_that_are_no_link_stay() -> None:
    assert texts("Tools [internal] (2019)") == ["Tools [internal] (2019)"]


def test_emphasis_around_dates_and_titles_is_dropped() -> None:
    assert texts("*Jan 2019 – Present* | _2017 – 2019_ | ***Lead*** | `Python` | ~~old~~") == [
        "Jan 2019 – Present | 2017 – 2019 | Lead | Python | old"
    ]


def test_underscores_inside_words_and_lone_stars_stay() -> None:
    assert texts("snake_case and scikit_learn, 5 * 3") == ["snake_case and scikit_learn, 5 * 3"]


def test_escaped_characters_lose_their_backslash() -> None:
    assert texts(r"C\+\+ \- 2019 \| remote") == ["C++ - 2019 | remote"]


def test_block_quote_marks_are_dropped() -> None:
    assert texts("> Erlang is my main language") == ["Erlang is my main language"]


def test_empty_list_items_are_blank() -> None:
    assert texts("* Board member\n*\n-") == ["Board member"]


# --- tables --------------------------------------------------------------------------------------------------------
def test_table_row_is_one_line_of_its_cells_and_label_row_is_dropped() -> None:
    text = "| Years | Role | Company |\n|:---|---|---:|\n| 2019 – 2021 | **Engineer** | [ACME](https://acme.x) |"
    assert texts(text) == ["2019 – 2021 | Engineer | ACME"]


def test_header_row_holding_an_entry_is_kept() -> None:
    text = "| 2019 – 2021 | Engineer, ACME |\n|---|---|\n| 2016 – 2019 | Analyst, Initech |"
    assert texts(text) == ["2019 – 2021 | Engineer, ACME", "2016 – 2019 | Analyst, Initech"]


def test_table_cell_line_breaks_and_empty_cells() -> None:
    assert texts("| 2019 | | Engineer<br>ACME |\n| --- | --- | --- |") == ["2019 | Engineer, ACME"]


def test_escaped_pipe_stays_inside_its_cell() -> None:
    assert texts("| 2019 | Engineer \\| ACME |") == ["2019 | Engineer | ACME"]


def test_pipes_in_a_sentence_are_no_table() -> None:
    assert texts("Python | SQL | Docker") == ["Python | SQL | Docker"]


# --- HTML, comments, templates, fences, front matter ---------------------------------------------------------------
def test_html_line_breaks_and_tags_in_markdown() -> None:
    text = "<h2 align='center'>Experience</h2>\nEngineer, ACME<br/>2019 – 2021\n<span>Remote</span>"
    lines = [(x.text, x.heading) for x in marked_lines(text, html=False) if x.text]
    assert lines == [("Experience", 2), ("Engineer, ACME", 0), ("2019 – 2021", 0), ("Remote", 0)]


def test_text_an_html_block_breaks_over_lines_is_one_line() -> None:
    text = "<p style='x'><i>Springfield University,<br>Boston,\nMA, USA\n(2019 – 2021)</i></p>\n\nNext"
    lines = marked_lines(text, html=False)
    assert [x.text for x in lines if x.text] == ["Springfield University,", "Boston, MA, USA (2019 – 2021)", "Next"]


def test_lines_of_an_html_block_after_a_tag_or_opening_with_a_mark_keep_their_own_line() -> None:
    text = "<div align='center'>\nJane Doe\n- Python\n- SQL\n</div>"
    assert texts(text, html=False) == ["Jane Doe", "Python", "SQL"]
    assert texts("Engineer, ACME\nBoston, MA") == ["Engineer, ACME", "Boston, MA"]  # no HTML block


def test_a_heading_holding_html_is_one_heading() -> None:
    text = "## <p align='center'> <b> Jane Doe </b> </p>\nEngineer"
    lines = [(x.text, x.heading) for x in marked_lines(text, html=False)]
    assert lines == [("Jane Doe", 2), ("Engineer", 0)]


def test_html_page_is_read_as_html() -> None:
    assert texts("<html><body><p>Engineer,\nACME</p><p>2019</p></body></html>") == ["Engineer, ACME", "2019"]


def test_semantic_html_tags_are_dropped() -> None:
    assert texts("<time datetime='2019-10'>2019-10-01</time> of <cite>experience</cite>", html=False) == [
        "2019-10-01 of experience"
    ]


def test_angle_brackets_that_are_no_html_tag_stay() -> None:
    assert texts("Java (List<String>, Map<K, V>)") == ["Java (List<String>, Map<K, V>)"]


def test_comments_styles_and_template_tags_are_dropped_keeping_line_count() -> None:
    text = "Jane Doe\n<!-- contact\ndetails -->\n{% include base_path %}\n<style>\nh1 {}\n</style>\nSkills"
    lines = marked_lines(text)
    assert [x.text for x in lines if x.text] == ["Jane Doe", "Skills"]
    assert len(lines) == text.count("\n") + 1


def test_code_fence_content_is_read_as_plain_text() -> None:
    text = "```text\n# not a heading\n**kept**\n-----\n```\nafter"
    lines = [(x.text, x.heading) for x in marked_lines(text) if x.text]
    assert lines == [("# not a heading", 0), ("kept", 0), ("after", 0)]


def test_front_matter_values_are_facts() -> None:
    lines = marked_lines("---\nlayout: resume\ntitle: Jane Doe\n---\n# Jane Doe")
    assert [(x.text, x.heading) for x in lines if x.text][:2] == [("Layout: resume", META_LINE), ("Title: Jane Doe", 8)]


def test_gaps_kept_only_when_asked_and_leaders_become_gaps() -> None:
    assert texts("Engineer    2019 - 2021") == ["Engineer 2019 - 2021"]
    assert texts("Engineer    2019 - 2021", keep_gaps=True) == ["Engineer    2019 - 2021"]
    assert texts("RDVO, Senior SE ---------------- Somerville MA", keep_gaps=True) == [
        "RDVO, Senior SE   Somerville MA"
    ]


# --- lines wrapped by hand ------------------------------------------------------------------------------------------
def test_list_item_continues_on_its_indented_lines() -> None:
    assert joined("- Built the billing service\n  in Go and Python\n- Led a team") == [
        "Built the billing service in Go and Python",
        "Led a team",
    ]


def test_unindented_line_after_a_list_item_is_its_own_line() -> None:
    assert joined("- Built the billing service\nSenior Engineer, ACME") == [
        "Built the billing service",
        "Senior Engineer, ACME",
    ]


WRAPPED = (
    "     Lead technical vision and strategy, systems design, and software implementation for\n"
    "     Catalog Sites. Co-lead systems design and implementation for the content platform and\n"
    "     its services. Both achieved good revenue in their first year while powering content\n"
    "     seen by millions at many retailers.\n"
    "2016-2018    CINCH FINANCIAL, Principal SE ------------------------------- Boston MA\n"
    "     Lead frontend technical strategy and software implementation. Wrote delightful and\n"
    "     performant apps.\n"
)


def test_full_line_continues_on_the_next_at_the_same_column() -> None:
    lines = joined(WRAPPED)
    assert lines[0].startswith("Lead technical vision") and lines[0].endswith("seen by millions at many retailers.")
    assert lines[1] == "2016-2018    CINCH FINANCIAL, Principal SE   Boston MA"
    assert (
        lines[2]
        == "Lead frontend technical strategy and software implementation. Wrote delightful and performant apps."
    )


def test_line_that_is_not_full_or_starts_elsewhere_is_its_own() -> None:
    text = WRAPPED + "     Short line.\n     Another line at the same column, not a wrap.\n"
    assert joined(text)[-2:] == ["Short line.", "Another line at the same column, not a wrap."]


def test_label_rows_continue_at_their_hanging_column_only() -> None:
    text = (
        "Languages  TypeScript JavaScript HTML CSS Python Elixir Ruby Bash Solidity Java PHP SQL\n"
        "Frameworks React Next.js Ember.js Node.js Web3.js Kubernetes AWS Browser extensions PWAs\n"
        "           Websockets GraphQL REST Bitcoin Ethereum\n"
        "Practices  Scalability Microservices Web performance Agile Accessibility and design of\n"
        "           systems for several products, with automated testing across teams and a\n"
        "           shared release process\n"
    )
    lines = joined(text)
    assert len(lines) == 3
    assert lines[1].endswith("PWAs Websockets GraphQL REST Bitcoin Ethereum")


@pytest.mark.parametrize(
    "second",
    ["2019 – 2021   Engineer, ACME", "present   Boston, MA", "Major: Economics", "## Skills"],
)
def test_full_line_never_takes_a_date_row_a_label_field_or_a_heading(second: str) -> None:
    text = WRAPPED.replace("     performant apps.\n", "") + second + "\n"
    assert joined(text)[-1] == second.lstrip("# ")


def test_markdown_hard_break_and_blank_line_end_a_line() -> None:
    assert joined("Engineer at the billing services team  \nworking on payments") == [
        "Engineer at the billing services team",
        "working on payments",
    ]
    assert joined("Engineer at the billing services team\n\nworking on payments")[-1] == "working on payments"


def test_lower_case_line_continues_an_unfinished_one() -> None:
    assert joined("Engineer at the billing services team\nworking on payments") == [
        "Engineer at the billing services team working on payments"
    ]


def test_contact_line_after_an_unfinished_one_is_its_own() -> None:
    assert joined("Engineer at the billing services team\njane@example.org") == [
        "Engineer at the billing services team",
        "jane@example.org",
    ]
    assert joined("Engineer at the billing services team\nhttps://jane.example.org")[-1] == "https://jane.example.org"


def test_joined_line_keeps_the_first_lines_marks() -> None:
    line = join_hard_wraps(
        [MarkedLine("Built the billing service", 0, True, 2, 27), MarkedLine("in Go", 0, False, 2, 7)]
    )
    assert (line[0].text, line[0].bullet) == ("Built the billing service in Go", True)


# --- telling Markdown from plain text -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "## Experience",
        "Engineer at **ACME**",
        "[GitHub](https://github.com/x)",
        "| 2019 | Engineer |",
        "```text\nJane",
        "Education\n=========",
        "---\nlayout: cv\n---\nJane",
        "{% include base_path %}",
        "Jane<br>Doe",
    ],
)
def test_markup_is_recognised(text: str) -> None:
    assert is_marked(text)


@pytest.mark.parametrize(
    "text",
    [
        "EXPERIENCE\nEngineer, ACME   2019 - 2021\n• Built Python services",
        "Python | SQL | Docker\n- Led a team of 5 * 2 squads",
        "C# and F#, snake_case, List<String>",
    ],
)
def test_plain_text_is_not_taken_for_markdown(text: str) -> None:
    assert not is_marked(text)


def test_paragraph_indented_under_a_list_item_stays_in_the_list() -> None:
    text = "* Spring 2019: Research Assistant\n\n\t\t\tSupervisor: Ed Egan\n* Fall 2018: Teaching Assistant\n"
    lines = [(x.text, x.bullet) for x in join_hard_wraps(marked_lines(text)) if x.text]
    assert lines == [
        ("Spring 2019: Research Assistant", True),
        ("Supervisor: Ed Egan", True),
        ("Fall 2018: Teaching Assistant", True),
    ]


def test_unindented_paragraph_after_a_list_leaves_it() -> None:
    text = "* Spring 2019: Research Assistant\n\nSupervisor: Ed Egan\n"
    assert [x.bullet for x in join_hard_wraps(marked_lines(text)) if x.text] == [True, False]


def test_template_tags_inside_html_lines_are_dropped() -> None:
    assert texts("Publications\n  <ul>{% for post in site.publications %}\n  {% endfor %}</ul>") == ["Publications"]


def test_heading_marks_inside_a_list_item_are_dropped() -> None:
    line = marked_lines("- ##### AD NETWORK platform")[0]
    assert (line.text, line.heading, line.bullet) == ("AD NETWORK platform", 0, True)
    assert marked_lines("- #1 seller")[0].text == "#1 seller"


def test_html_table_row_over_several_lines_is_one_line() -> None:
    text = "<table>\n  <tr>\n    <td>2019 – 2021</td>\n    <td><b>Engineer</b><br>ACME</td>\n  </tr>\n</table>\nNext"
    lines = marked_lines(text, html=False)
    assert [x.text for x in lines if x.text] == ["2019 – 2021 | Engineer, ACME", "Next"]
    assert len(lines) == text.count("\n") + 1


def test_lower_case_row_of_a_date_column_is_its_own_line() -> None:
    text = "## Experience\nagosto 2018 to    Sergeant, U.S. Army\noggi    London, UK\n"
    assert joined(text)[-1] == "oggi    London, UK"


def test_the_markdown_reader_does_not_import_the_pdf_reader() -> None:
    # postings and .md resumes are read through marktext; the PDF module is no part of that path
    import subprocess
    import sys

    code = "import sys, gapcheck.marktext; print('gapcheck.pdftext' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
