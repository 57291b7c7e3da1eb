"""HTML -> Markdown-like text."""

from __future__ import annotations

from gapcheck.htmltext import HTML_TAG, html_to_markdown


def test_table_row_is_one_line_of_its_non_empty_cells() -> None:
    html = "<table><tr><th>Years</th><th>Role</th></tr><tr><td>2019 – 2021</td><td></td><td>Engineer</td></tr></table>"
    assert html_to_markdown(html) == "Years | Role\n2019 – 2021 | Engineer"


def test_text_outside_tables_keeps_its_pipes_and_spaces() -> None:
    assert html_to_markdown("<p>Python | SQL</p><p>Go,  Rust</p>") == "Python | SQL\nGo, Rust"


def test_picture_gives_its_words_and_headings_lists_keep_their_marks() -> None:
    html = '<h3>Skills</h3><ul><li><img src="b.svg" alt="Python"> and SQL</li></ul>'
    assert html_to_markdown(html) == "### Skills\n- Python and SQL"


def test_only_html_tag_names_count_as_tags() -> None:
    assert HTML_TAG.search('<span class="x">') and HTML_TAG.search("<br/>")
    assert not HTML_TAG.search("List<String>") and not HTML_TAG.search("a < b > c")
