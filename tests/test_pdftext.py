"""Tests for gapcheck.pdftext: PDF (or plain text) -> normalised lines in reading order, or a one-line error."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from pathlib import Path

import pytest
from pdfs import (
    HAS_UNICODE_FONT,
    make_date_column_pdf,
    make_encrypted_pdf,
    make_form_xobject_pdf,
    make_icon_font_pdf,
    make_image_only_pdf,
    make_invisible_text_pdf,
    make_label_table_pdf,
    make_paged_pdf,
    make_pdf,
    make_right_date_column_pdf,
    make_ruled_pdf,
    make_sidebar_pdf,
    make_two_column_pdf,
)

from gapcheck.errors import ResumeReadError
from gapcheck.filetext import extract_text

needs_unicode_font = pytest.mark.skipif(not HAS_UNICODE_FONT, reason="no DejaVu font to draw these glyphs")

BODY = [
    "Ann Example",
    "EXPERIENCE",
    "Data Analyst, Acme Inc >> Jan 2022 - Present",
    "Built dashboards in Tableau and reports in SQL",
    "EDUCATION",
    "B.S. in Statistics, Springfield University, 2021",
]


def _lines(path: Path, **kwargs: int) -> tuple[str, ...]:
    return extract_text(path, **kwargs).lines


# --- reading a PDF -----------------------------------------------------------------------------------


def test_a_one_column_pdf(tmp_path: Path) -> None:
    text = extract_text(make_pdf(tmp_path / "ann.pdf", BODY))
    assert text.source == "ann.pdf"
    assert text.pages == 1
    assert text.lines == (
        "Ann Example",
        "EXPERIENCE",
        "Data Analyst, Acme Inc   Jan 2022 - Present",
        "Built dashboards in Tableau and reports in SQL",
        "EDUCATION",
        "B.S. in Statistics, Springfield University, 2021",
    )
    assert text.warnings == ()


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Data Scientist, Acme Corp >> Jan 2019 - Present", "Data Scientist, Acme Corp   Jan 2019 - Present"),
        # a short title far from its date on a wide page
        ("Analyst, Globex >> 2017 - 2019", "Analyst, Globex   2017 - 2019"),
        ("Intern >> Summer 2020", "Intern   Summer 2020"),
    ],
)
def test_right_aligned_dates_stay_on_their_row(tmp_path: Path, row: str, expected: str) -> None:
    lines = [
        "Ann Example",
        "EXPERIENCE",
        "Team Lead, Initech >> Mar 2021 - Present",
        "Led the analytics team of six and wrote the quarterly planning documents for the whole company",
        row,
        "Cleaned the data of the survey team and wrote the weekly reports for the management board",
        "EDUCATION",
        "B.S. in Statistics, Springfield University, 2016",
    ]
    out = _lines(make_pdf(tmp_path / "cv.pdf", lines))
    assert expected in out
    assert out.index(expected) == 4  # not moved to the end of the page either


def test_a_sidebar_date_beside_a_main_column_line_stays_in_the_sidebar(tmp_path: Path) -> None:
    main = [
        "Ann Example",
        "EXPERIENCE",
        "Data Engineer, Acme Corp",
        "Built the data pipelines of the sales team",
        "Wrote the quarterly reports of the board",
        "Trained the analysts in SQL and dbt",
    ]
    sidebar = [
        "EDUCATION",
        "MSc Data Science, Springfield University",
        "Thesis on the risk of large stock portfolios",
        "Oct 2007 - June 2010",
        "Java and time series models",
        "BEng Mechanical Engineering, Shelbyville",
    ]
    out = _lines(make_sidebar_pdf(tmp_path / "cv.pdf", main, sidebar))
    assert "Oct 2007 - June 2010" in out
    assert not any("Oct 2007" in line and line != "Oct 2007 - June 2010" for line in out)


def test_a_date_column_beside_its_entries_is_still_read_onto_their_rows(tmp_path: Path) -> None:
    main = ["Ann Example", "EXPERIENCE", "Data Engineer, Acme Corp", "Analyst, Globex Inc", "Intern, Initech"]
    dates = ["", "", "Jan 2019 - Present", "Mar 2017 - Dec 2018", "Summer 2016"]
    out = _lines(make_sidebar_pdf(tmp_path / "cv.pdf", main, dates))
    assert out[2:] == (
        "Data Engineer, Acme Corp   Jan 2019 - Present",
        "Analyst, Globex Inc   Mar 2017 - Dec 2018",
        "Intern, Initech   Summer 2016",
    )


def test_icon_font_glyphs_are_not_read_as_letters(tmp_path: Path) -> None:
    rows = [
        [("F1", "Ann Example")],
        [("F2", "z"), ("F1", " August 2023 - Present")],
        [("F2", "@"), ("F1", " ann@example.org "), ("F2", "MOBILE-ALT"), ("F1", " 555 0100")],
        [("F1", "Data Engineer, Acme Corp")],
    ]
    out = _lines(make_icon_font_pdf(tmp_path / "cv.pdf", rows))
    assert out == ("Ann Example", "August 2023 - Present", "ann@example.org 555 0100", "Data Engineer, Acme Corp")


def test_letters_of_ordinary_fonts_stay(tmp_path: Path) -> None:
    rows = [[("F1", "Ann Example")], [("F1", "z"), ("F1", " October 2022 - Present")], [("F1", "Data Engineer, Acme")]]
    out = _lines(make_icon_font_pdf(tmp_path / "cv.pdf", rows))
    assert out == ("Ann Example", "z October 2022 - Present", "Data Engineer, Acme")


_ENTRIES = [
    ("since May 2018", ["Data Engineer, Acme Corp, Springfield", "Built the data pipelines of the sales team.", "x"]),
    ("Jan 2015 - Mar 2019", ["Analyst, Globex Inc, Shelbyville", "Wrote the quarterly reports of the board."]),
    ("May-Aug\n2014", ["Intern, Initech, Capital City", "Cleaned the survey data of the research team."]),
]


def test_dates_of_a_left_date_column_go_before_the_entries_beside_them(tmp_path: Path) -> None:
    out = _lines(make_date_column_pdf(tmp_path / "cv.pdf", _ENTRIES, head=["Ann Example", "EXPERIENCE"]))
    first = out.index("since May 2018   Data Engineer, Acme Corp, Springfield")
    assert out[first - 1] == "EXPERIENCE"
    assert out[first + 3] == "Jan 2015 - Mar 2019   Analyst, Globex Inc, Shelbyville"


def test_a_date_over_two_lines_goes_whole_before_its_entry_and_a_date_alone_is_left_as_read(tmp_path: Path) -> None:
    out = _lines(make_date_column_pdf(tmp_path / "cv.pdf", _ENTRIES, head=["Ann Example", "EXPERIENCE"]))
    assert "May-Aug 2014   Intern, Initech, Capital City" in out and "2014" not in out
    alone = _lines(make_date_column_pdf(tmp_path / "one.pdf", _ENTRIES[:1], head=["Ann Example", "EXPERIENCE"]))
    assert alone[0] == "since May 2018"


# A narrow date column wraps a range over two or three lines, broken at either side of its "to" word or before its
# year, in every language dates are read in (invented entries; each a neighbouring spelling of the others)
_WRAPPED = [
    ("Since\nMay 2018", "Data Engineer, Acme Corp", "Since May 2018"),
    ("Janvier 2015\nà Septembre 2016", "Ingénieur logiciel, Exemple SA", "Janvier 2015 à Septembre 2016"),
    ("Oct. 2012\n- févr. 2013", "Développeur, Exemple SARL", "Oct. 2012 - févr. 2013"),
    ("Apr. 2011 -\nSep. 2012", "Analyst, Globex Inc", "Apr. 2011 - Sep. 2012"),
    ("May 2009\n-\nPresent", "Tutor, Initech", "May 2009 - Present"),
    ("2013.6.18-\nnow", "Intern, Example Games", "2013.6.18- now"),
    ("Avril\nà Septembre\n2008", "Stagiaire, Exemple Group", "Avril à Septembre 2008"),
    ("März 2006\nbis heute", "Entwickler, Beispiel GmbH", "März 2006 bis heute"),
    ("enero de 2004\na marzo de 2005", "Analista, Ejemplo SL", "enero de 2004 a marzo de 2005"),
    ("mars 2002\nAujourd'hui", "Consultant, Exemple SAS", "mars 2002 Aujourd'hui"),
    ("Nov. 2000-Aug.\n2001", "Researcher, Example Lab", "Nov. 2000-Aug. 2001"),
]


def test_a_date_wrapped_in_its_column_is_read_whole_beside_its_entry(tmp_path: Path) -> None:
    entries = [(dates, [name, "Wrote the reports of the team.", "Kept the books."]) for dates, name, _ in _WRAPPED]
    out = _lines(make_date_column_pdf(tmp_path / "cv.pdf", entries, head=["Ann Example", "EXPERIENCE"]))
    for _, name, whole in _WRAPPED:
        assert f"{whole}   {name}" in out


def test_a_date_wrapped_at_the_right_margin_is_read_whole_after_its_title(tmp_path: Path) -> None:
    entries = [(dates, f"{name}, Springfield") for dates, name, _ in _WRAPPED]
    out = _lines(make_right_date_column_pdf(tmp_path / "cv.pdf", entries, head=["Ann Example", "EXPERIENCE"]))
    for _, name, whole in _WRAPPED:
        assert f"{name}, Springfield   {whole}" in out


def test_whole_dates_or_a_place_stacked_in_the_column_stay_apart(tmp_path: Path) -> None:
    entries = [
        ("2019\n2020", ["Tutor, Initech", "Taught the first-year course."]),
        ("2015 - 2018\nParis", ["Analyst, Globex Inc", "Wrote the reports of the team."]),
        ("Jan 2012\nMar 2013", ["Clerk, Acme Corp", "Kept the books of the shop."]),
        ("Avril\nà Juin", ["Stagiaire, Exemple Group", "Rangé les archives."]),
    ]
    out = _lines(make_date_column_pdf(tmp_path / "cv.pdf", entries, head=["Ann Example", "EXPERIENCE"]))
    joined = "\n".join(out)
    for together in ("2019 2020", "2018 Paris", "Jan 2012 Mar 2013", "Avril à Juin"):
        assert together not in joined


_TABLE = [
    ("Personal Details", []),
    ("Email", ["ann@example.org"]),
    ("Education", []),
    ("2020 -", ["PhD in Economics - Example University"]),
    ("2018", ["BSc. Economics - Example University", "Thesis: On forecasting"]),
    ("Work", []),
    ("2018 - 2020", ["Research Assistant at the Example Institute"]),
    ("2019 and 2020", ["Teaching of an R course (Example University)"]),
]


def test_a_table_with_a_left_aligned_column_of_dates_and_headings_is_read_row_by_row(tmp_path: Path) -> None:
    out = _lines(make_label_table_pdf(tmp_path / "cv.pdf", _TABLE, head=["Ann Example"]))
    assert out == (
        "Ann Example",
        "Personal Details",
        "Email   ann@example.org",
        "Education",
        "2020 -   PhD in Economics - Example University",
        "2018   BSc. Economics - Example University",
        "Thesis: On forecasting",
        "Work",
        "2018 - 2020   Research Assistant at the Example Institute",
        "2019 and 2020   Teaching of an R course (Example University)",
    )


def test_a_left_column_with_a_date_alone_on_its_row_or_with_one_date_is_no_table(tmp_path: Path) -> None:
    alone = [*_TABLE, ("2016", [])]  # a date with nothing beside it: a list of dates and headings, no table
    out = _lines(make_label_table_pdf(tmp_path / "alone.pdf", alone, head=["Ann Example"]))
    assert "2020 -   PhD in Economics - Example University" not in out
    one = _lines(make_label_table_pdf(tmp_path / "one.pdf", _TABLE[:4], head=["Ann Example"]))
    assert "2020 -   PhD in Economics - Example University" not in one


def test_two_columns_are_read_column_by_column(tmp_path: Path) -> None:
    sidebar = ["CONTACT", "ann@example.com", "SKILLS", "Python", "SQL", "Tableau", "LANGUAGES", "English", "Spanish"]
    main = [
        "Ann Example",
        "EXPERIENCE",
        "Data Scientist, Acme Corp",
        "Jan 2019 - Present",
        "Built forecasting models for the supply chain team",
        "Analyst, Globex Inc",
        "2017 - 2019",
        "EDUCATION",
        "B.S. in Statistics, State University, 2016",
    ]
    out = _lines(make_two_column_pdf(tmp_path / "cv.pdf", sidebar, main))
    assert list(out) in (sidebar + main, main + sidebar)


def test_wrapped_bullets_are_joined(tmp_path: Path) -> None:
    lower = (
        "• Built forecasting models in python and sql for the supply chain team across three regions of the "
        "company, cutting stockouts by a fifth and saving money every quarter"
    )
    upper = "• Used " + " ".join(["Python And SQL And Tableau And Excel And Spark"] * 4)
    lines = ["Ann Example", "EXPERIENCE", "Data Scientist, Acme Corp >> 2019 - 2021", lower, upper, "EDUCATION"]
    out = _lines(make_pdf(tmp_path / "cv.pdf", lines))
    assert out == ("Ann Example", "EXPERIENCE", "Data Scientist, Acme Corp   2019 - 2021", lower, upper, "EDUCATION")


def test_a_word_hyphenated_at_the_line_end_is_joined(tmp_path: Path) -> None:
    word = "stan\u00addard\u00adi\u00adsa\u00adtion"  # soft hyphens: fpdf2 may break the word at one
    out = _lines(make_pdf(tmp_path / "cv.pdf", ["Ann Example", "• Led the " + " ".join([word] * 14)]))
    assert out == ("Ann Example", "• Led the " + " ".join(["standardisation"] * 14))


@needs_unicode_font
@pytest.mark.parametrize(
    ("drawn", "read"),
    [
        (
            "Proﬁcient in workﬂow automation and ﬁnancial modelling",
            "Proficient in workflow automation and financial modelling",
        ),
        ("Jane\u00a0Roe,\u00a0Data\u00a0Scientist at a company", "Jane Roe, Data Scientist at a company"),
        ("Experi\u00adenced in optimi\u00adsation of pipelines", "Experienced in optimisation of pipelines"),
        ("▪ Built dashboards in Tableau", "• Built dashboards in Tableau"),
        ("● Led a team of analysts", "• Led a team of analysts"),
        ("◦ Trained models", "• Trained models"),
        ("– Cleaned data", "• Cleaned data"),
        ("➢ Wrote SQL", "• Wrote SQL"),
    ],
)
def test_glyphs_are_normalised(tmp_path: Path, drawn: str, read: str) -> None:
    first = "Ann Example, Data Scientist at Acme Corp."  # enough letters to count as a text layer
    out = _lines(make_pdf(tmp_path / "cv.pdf", [first, drawn]))
    assert out == (first, read)


def test_running_headers_and_footers_are_dropped(tmp_path: Path) -> None:
    pages = [
        ["Ann Example", "EXPERIENCE", "Data Scientist, Acme Corp, 2019 - 2021", "Built models in Python"],
        ["Analyst, Globex Inc, 2017 - 2019", "Cleaned data in R"],
        ["EDUCATION", "B.S. in Statistics, State University, 2016", "SKILLS", "Python, SQL"],
    ]
    text = extract_text(
        make_paged_pdf(tmp_path / "cv.pdf", pages, header="Ann Example - Resume", footer="Page {page} of {pages}")
    )
    assert text.pages == 3
    body = [line for line in text.lines if line != "Ann Example - Resume"]
    assert body == [line for page in pages for line in page]
    assert text.lines.count("Ann Example - Resume") <= 1
    assert not any(re.search(r"Page \d", line) for line in text.lines)


def test_years_and_dates_at_the_page_edges_are_not_page_numbers_or_heads(tmp_path: Path) -> None:
    pages = [
        ["Ann Example", "EXPERIENCE", "Research Intern, Google", "May–Aug", "2020"],
        ["2018", "Research Intern, Microsoft", "8/2019 – 10/2019", "Analyst, Acme", "10/2018 – 04/2019"],
    ]
    out = _lines(make_paged_pdf(tmp_path / "cv.pdf", pages, footer="{page}"))
    assert list(out) == [line for page in pages for line in page]


def test_bare_page_numbers_are_dropped(tmp_path: Path) -> None:
    pages = [["Ann Example", "EXPERIENCE", "Data Scientist, Acme Corp, 2019 - 2021"], ["EDUCATION", "B.S. Math, 2016"]]
    out = _lines(make_paged_pdf(tmp_path / "cv.pdf", pages, footer="{page}"))
    assert list(out) == [line for page in pages for line in page]


def test_invisible_text_is_ignored(tmp_path: Path) -> None:
    visible = ["Ann Example", "EXPERIENCE", "Data Scientist, Acme Corp, 2019 - 2021", "Built models in Python"]
    hidden = ["Kubernetes TensorFlow Hadoop Spark Scala Kafka", "Senior Staff Principal Engineer"]
    assert list(_lines(make_invisible_text_pdf(tmp_path / "cv.pdf", visible, hidden))) == visible


def test_rules_and_boxes_are_not_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pdfminer.converter import PDFLayoutAnalyzer

    def shape(*args: object) -> None:
        raise AssertionError("a shape was laid out")

    monkeypatch.setattr(PDFLayoutAnalyzer, "paint_path", shape)  # lines and boxes hold no text: never built
    lines = [line.replace(" >> ", ", ") for line in BODY]
    assert _lines(make_ruled_pdf(tmp_path / "ruled.pdf", lines)) == _lines(make_pdf(tmp_path / "plain.pdf", lines))


def test_pdfminer_debug_calls_are_skipped_while_its_debug_logs_are_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import logging

    from pdfminer import psparser

    import gapcheck.pdftext

    calls: list[str] = []
    real = gapcheck.pdftext._debug_calls_skipped

    def seen() -> Iterator[None]:
        with real():
            calls.append(psparser.log.debug.__name__)  # what the parser calls for each token during the read
            yield

    monkeypatch.setattr(logging.getLogger("pdfminer"), "level", logging.ERROR)
    path = make_pdf(tmp_path / "cv.pdf", BODY)
    monkeypatch.setattr(gapcheck.pdftext, "_debug_calls_skipped", nullcontext)
    plain = _lines(path)
    monkeypatch.setattr(gapcheck.pdftext, "_debug_calls_skipped", contextmanager(seen))
    assert _lines(path) == plain  # the same text
    assert calls == ["_skip_debug"]
    assert "debug" not in vars(psparser.log)  # the logger's own method is back after the read


def test_pdfminer_debug_logs_are_kept_when_they_are_on(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("DEBUG", logger="pdfminer"):
        _lines(make_pdf(tmp_path / "cv.pdf", BODY))
    assert any(record.name == "pdfminer.psparser" for record in caplog.records)


def test_text_inside_a_form_xobject_is_read(tmp_path: Path) -> None:
    page = ["Ann Example", "EXPERIENCE"]
    form = ["Data Scientist, Acme Corp   Jan 2019 - Present", "Built models in Python and Kubernetes"]
    assert list(_lines(make_form_xobject_pdf(tmp_path / "cv.pdf", page, form))) == page + form


@pytest.mark.parametrize(("pages", "limit"), [(3, 3), (3, None), (1, 1)])
def test_max_pages_allows_files_within_the_limit(tmp_path: Path, pages: int, limit: int | None) -> None:
    text = extract_text(make_pdf(tmp_path / "cv.pdf", BODY[:2] + BODY[3:], pages=pages), max_pages=limit)
    assert text.pages == pages


def test_max_pages_refuses_longer_files(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "thesis.pdf", BODY, pages=3)
    with pytest.raises(ResumeReadError, match=re.escape("thesis.pdf: 3 pages is more than the limit of 2")):
        extract_text(path, max_pages=2)


# --- files that cannot be read -----------------------------------------------------------------------


def _truncated(fraction: float) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        data = make_pdf(path.with_suffix(".full"), BODY).read_bytes()
        path.write_bytes(data[: int(len(data) * fraction)])
        return path

    return build


def _write(data: bytes) -> Callable[[Path], Path]:
    def build(path: Path) -> Path:
        path.write_bytes(data)
        return path

    return build


NOT_A_RESUME_FILE = "the file is not a PDF, Word (.docx) or text file; export the resume as PDF"


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda p: make_encrypted_pdf(p, BODY), "the PDF is encrypted with a password"),
        (_write(b"PK\x03\x04" + b"\x00" * 200), NOT_A_RESUME_FILE),
        (_write(b""), "the file is empty (0 bytes); save or export the resume again"),
        (
            _write(b"<!DOCTYPE html>\n<html><head><title>Resume</title></head><body>Ann</body></html>"),
            "the file is an HTML page, not a PDF",
        ),
        (_write(b"\n  <html lang='en'><body>Ann Example</body></html>"), "the file is an HTML page, not a PDF"),
        (_truncated(0.9), "the PDF is damaged and cannot be read"),
        (_truncated(0.5), "the PDF is damaged and cannot be read"),
        (_truncated(0.1), "the PDF is damaged and cannot be read"),
        (_write(b"%PDF-1.7\n"), "the PDF is damaged and cannot be read"),
        (_write(b"%PDF-1.4\n" + bytes(range(256)) * 40), "the PDF is damaged and cannot be read"),
        (make_image_only_pdf, "no text found, it may be a scanned image; run OCR first"),
        (lambda p: make_pdf(p, ["Ann"]), "no text found"),
        (lambda p: p, "cannot open the file"),  # missing
    ],
)
def test_unreadable_files_raise_one_line_errors(tmp_path: Path, build: Callable[[Path], Path], message: str) -> None:
    path = build(tmp_path / "resume.pdf")
    with pytest.raises(ResumeReadError, match=re.escape(message)) as caught:
        extract_text(path)
    text = str(caught.value)
    assert text.startswith("resume.pdf: ")
    assert "\n" not in text
    assert "not a PDF, not a PDF" not in text


def test_damage_keeps_the_pdfminer_error_as_the_cause(tmp_path: Path) -> None:
    path = _truncated(0.5)(tmp_path / "resume.pdf")
    with pytest.raises(ResumeReadError) as caught:
        extract_text(path)
    assert caught.value.__cause__ is not None


def test_a_folder_is_not_a_resume(tmp_path: Path) -> None:
    with pytest.raises(ResumeReadError, match=re.escape("cannot open the file")):
        extract_text(tmp_path)


# --- plain-text resumes go through the same normalisation ------------------------------------------


def _text_file(tmp_path: Path, text: str, name: str = "cv.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize(
    ("raw", "read"),
    [
        ("Proﬁcient in workﬂow automation", "Proficient in workflow automation"),
        ("Ann\u00a0Example,\u00a0Analyst", "Ann Example, Analyst"),
        ("co\u00adoperation with the team", "cooperation with the team"),
        ("S K I L L S", "SKILLS"),
        ("E X P E R I E N C E", "EXPERIENCE"),
        ("â€¢ Led a team of analysts", "• Led a team of analysts"),  # UTF-8 read as Windows-1252
        ("Built modelsâ€”fast ones", "Built models—fast ones"),
        ("  •   Built models", "• Built models"),
        ("- Built models", "• Built models"),
        ("* Built models", "• Built models"),
        ("-5% cost", "-5% cost"),  # a minus sign is not a bullet
        ("\ufeffAnn Example", "Ann Example"),
        ("Python\tSQL", "Python SQL"),
        ("Educaci \u0301on, l \u0301\u0131der", "Educación, líder"),  # LaTeX's accent set apart before its letter
        ("Z \u0308urich", "Zürich"),
        ("x\u0302y = 2", "x\u0302y = 2"),  # a mark right on its letter (maths) stays where it is
        ("\uf0b7 Led a team of analysts", "Led a team of analysts"),  # a Symbol-font bullet (private use)
        ("\uf0a7\tLed a team of analysts", "Led a team of analysts"),  # a Wingdings one
        ("Call \uf095 555 0100", "Call 555 0100"),  # an icon inside the line
        # an accent printed as a character of its own, just before its letter
        ("Formação Acadˆemica", "Formação Acadêmica"),
        ("Ciˆencias, Nˆımes, l’ˆage", "Ciências, Nîmes, l’âge"),
        ("Mend`es-France, `a Paris", "Mendès-France, à Paris"),
        ("Plzeˇn", "Plzeň"),
        ("run `npm` and `echo`", "run `npm` and `echo`"),  # backquotes around code are no accents
        ("x`y and 2ˆ10", "x`y and 2ˆ10"),  # no letter takes the accent
    ],
)
def test_plain_text_lines_are_normalised(tmp_path: Path, raw: str, read: str) -> None:
    filler = "Analyst with ten years of experience in reporting."
    out = _lines(_text_file(tmp_path, f"{filler}\n{raw}\n"))
    assert out == (filler, read)


@pytest.mark.parametrize(
    ("raw", "joined"),
    [
        (
            ["• Reduced the cost of the data optimi-", "sation pipelines for the team"],
            "• Reduced the cost of the data optimisation pipelines for the team",
        ),
        (
            ["• Reduced the cost of the data optimi\u00ad", "sation pipelines for the team"],
            "• Reduced the cost of the data optimisation pipelines for the team",
        ),
        (
            ["• Built forecasting models for the supply chain team and", "saved money every quarter"],
            "• Built forecasting models for the supply chain team and saved money every quarter",
        ),
        (["Finance Manager, Acme   2021 -", "March 2022"], "Finance Manager, Acme   2021 - March 2022"),
        (["•", "Image classifier using convolutional networks"], "• Image classifier using convolutional networks"),
        (  # a sentence going on with a word that only mentions a site
            ["• Rebuilt the customer portal and the search service behind", "example.org's shop"],
            "• Rebuilt the customer portal and the search service behind example.org's shop",
        ),
        (  # a word and a year inside a sentence, no gap or dash after them
            ["• Led the migration of the billing platform in the spring and", "june 2019 saw the first release"],
            "• Led the migration of the billing platform in the spring and june 2019 saw the first release",
        ),
    ],
)
def test_plain_text_wrapped_lines_are_joined(tmp_path: Path, raw: list[str], joined: str) -> None:
    out = _lines(_text_file(tmp_path, "Ann Example, Analyst at Acme\n" + "\n".join(raw) + "\n"))
    assert out == ("Ann Example, Analyst at Acme", joined)


@pytest.mark.parametrize(
    "raw",
    [
        ["• Built forecasting models for the supply chain team.", "saved money every quarter"],  # a sentence ended
        ["• Built models", "for the team"],  # too short to have wrapped
        ["• Built forecasting models for the supply chain team", "since 2021"],  # a date of its own row
        ["Finance Manager, Acme   2021 -", "Remote   2022"],  # a place beside the range's end is no month
        ["2020 —   Senior Financial Analyst at Riverside", "present   Riverside Medical Center, London"],  # a column
        ["maart 2022 —   Charge Nurse at Contoso Ltd", "juli 2026   Boston, MA"],  # months other languages write small
        ["marzo de 2019 —   Enfermera en el Hospital Central", "junio de 2021"],
        ["09/2023 -   Director of Finance at Summit Logistics", "pres ent   Remote"],  # a sentence has no wide gap
        ["septembre 2009 -   Sergent, Armée de terre", "aujourd'hui   Lyon, France"],
        ["Stark Industries, Chicago, IL and Boston", "agosto de 2022 to   Nurse Manager"],
        ["Expériences professionnelles", "juin 2023 à ce jour   Senior Engineer | Acme"],  # the language's "to"
        ["Esperienze lavorative e tirocini", "giugno 2021 al 2023   Analista, Acme"],
        ["Experiência profissional relevante", "maio 2020 até 2022   Analista, Acme"],
        ["•", "• Image classifier using convolutional networks"],  # a bullet of its own before an item
        ["PhD in Marine Ecology and Fisheries Science", "ann.example@example.org"],  # a contact line of its own
        ["Portfolio of the data platform projects", "https://ann.example.org/work"],
        ["Senior Analyst with ten years in finance", "github.com/annexample"],
    ],
)
def test_plain_text_lines_that_do_not_continue(tmp_path: Path, raw: list[str]) -> None:
    out = _lines(_text_file(tmp_path, "Ann Example, Analyst at Acme\n" + "\n".join(raw) + "\n"))
    assert out == ("Ann Example, Analyst at Acme", *raw)


def test_a_text_file_that_is_really_a_pdf_is_read_as_a_pdf(tmp_path: Path) -> None:
    pdf = make_pdf(tmp_path / "cv.pdf", BODY).read_bytes()
    path = tmp_path / "cv.txt"
    path.write_bytes(pdf)
    assert _lines(path)[0] == "Ann Example"


def test_text_without_a_unicode_map(tmp_path: Path) -> None:
    path = _text_file(tmp_path, " ".join(f"(cid:{n})" for n in range(60)) + "\nAnn\n", name="cv.md")
    with pytest.raises(ResumeReadError, match=re.escape("cv.md: the PDF's fonts have no Unicode map")):
        extract_text(path)


def test_crlf_and_blank_lines(tmp_path: Path) -> None:
    path = _text_file(tmp_path, "Ann Example, Analyst at Acme Corp.\r\n\r\n   \r\nEXPERIENCE AND EDUCATION\r\n")
    assert _lines(path) == ("Ann Example, Analyst at Acme Corp.", "EXPERIENCE AND EDUCATION")


# --- only pdfminer's own failures mean "damaged"; streams cannot inflate without bound ----------------


def test_a_bug_in_gapcheck_reading_code_is_not_called_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gapcheck.pdftext

    def broken(pages: object) -> list[list[str]]:
        return [[max([])]]  # an empty max() in gapcheck's own code, after pdfminer read the pages fine

    monkeypatch.setattr(gapcheck.pdftext, "read_pages", broken)
    with pytest.raises(ValueError, match="empty"):
        extract_text(make_pdf(tmp_path / "cv.pdf", BODY))


def _flate_page(tmp_path: Path, size: int) -> Path:
    import zlib

    from pdfs import write_raw_pdf

    body = zlib.compress(b"BT /F1 10 Tf 54 700 Td (" + b"Python SQL " * 8 + b") Tj ET\n" + b" " * size, 9)
    return write_raw_pdf(
        tmp_path / "cv.pdf",
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(body), body),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ],
    )


def test_a_stream_within_the_cap_is_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gapcheck.pdftext

    monkeypatch.setattr(gapcheck.pdftext, "MAX_STREAM_BYTES", 2**20)
    assert "Python SQL" in extract_text(_flate_page(tmp_path, 1000)).lines[0]


def test_a_stream_inflating_past_the_cap_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gapcheck.pdftext

    monkeypatch.setattr(gapcheck.pdftext, "MAX_STREAM_BYTES", 2**20)
    message = "cv.pdf: a compressed stream in the PDF expands to more than 1 MB"
    with pytest.raises(ResumeReadError, match=re.escape(message)):
        extract_text(_flate_page(tmp_path, 2 * 2**20))


def test_a_line_of_no_width_does_not_break_wrap_detection() -> None:
    from gapcheck.pdflayout import PageLine, _wraps_into

    dot = PageLine("• x", 50.0, 50.0, 700.0, 710.0, 1)  # a glyph drawn at one point, as a mutated PDF had
    after = PageLine("continues here", 50.0, 300.0, 689.0, 699.0, 1)
    assert _wraps_into(dot, after, [dot, after]) in (True, False)
    wide = PageLine("• Built dashboards in Tableau for the sales team using", 50.0, 560.0, 700.0, 710.0, 1)
    assert _wraps_into(wide, after, [wide, after]) is True


def test_a_word_set_upright_one_letter_a_line_is_dropped(tmp_path: Path) -> None:
    filler = "Analyst with ten years of experience in reporting."
    text = f"{filler}\nC\nU\nR\nR\nI\nC\nSkills\nPython, SQL\n"
    assert _lines(_text_file(tmp_path, text)) == (filler, "Skills", "Python, SQL")


def test_a_few_one_letter_lines_are_kept(tmp_path: Path) -> None:
    # a skills column of single-letter languages, three of them: no banner
    filler = "Analyst with ten years of experience in reporting."
    text = f"{filler}\nLanguages\nC\nR\nD\nSkills\nPython, SQL\n"
    assert _lines(_text_file(tmp_path, text)) == (filler, "Languages", "C", "R", "D", "Skills", "Python, SQL")


def test_a_cedilla_printed_after_the_next_letter_goes_back_on_its_c() -> None:
    from gapcheck.textlines import _normalise

    assert _normalise("de marco\u0327 a agosto de 2018") == "de março a agosto de 2018"
    assert _normalise("Educaca\u0303\u0327o Tutorial") == "Educação Tutorial"
    assert _normalise("Fran\u00e7ais, Gar\u00e7on") == "Français, Garçon"  # already whole: left alone
