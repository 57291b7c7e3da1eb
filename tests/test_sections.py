"""Tests for gapcheck.sections: headings real resumes use -> section kinds and line spans."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from gapcheck.filetext import extract_text
from gapcheck.headingkinds import heading_kind
from gapcheck.headingwords import HEADINGS_PATH, fold, heading_words
from gapcheck.headingwords import heading_key as _key
from gapcheck.models import Section
from gapcheck.resume import build_profile
from gapcheck.sections import SECTION_KINDS, find_sections, split_gutter_headings
from gapcheck.yamlfile import load_yaml


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("EXPERIENCE", "experience"),
        ("Work Experience", "experience"),
        ("PROFESSIONAL EXPERIENCE:", "experience"),
        ("Employment History", "experience"),
        ("WORK HISTORY", "experience"),
        ("Research Experience", "experience"),
        ("Teaching Experience", "experience"),
        ("Internships", "experience"),
        ("Work/Research Experience", "experience"),
        ("E X P E R I E N C E", "experience"),
        ("EXPERIENCE ——", "experience"),
        ("Education", "education"),
        ("EDUCATION & TRAINING", "education"),
        ("Education:", "education"),
        ("1. Education", "education"),
        ("E D U C A T I O N", "education"),
        ("Academic Background", "education"),
        ("Skills", "skills"),
        ("Technical Skills:", "skills"),
        ("S K I L L S", "skills"),
        ("Technical Skills & Tools", "skills"),
        ("Skills & Interests", "skills"),
        ("Core Competencies", "skills"),
        ("Projects", "projects"),
        ("Personal Projects", "projects"),
        ("Publications", "publications"),
        ("Certifications", "certifications"),
        ("Licenses & Certifications", "certifications"),
        ("Relevant Coursework", "certifications"),
        ("Awards & Honors", "awards"),
        ("Honours and Awards", "awards"),
        ("Professional Summary", "summary"),
        ("Objective", "summary"),
        ("Volunteer Experience", "volunteer"),
        ("Leadership", "volunteer"),
        ("Languages", "languages"),
        ("Hobbies", "interests"),
        ("References", "references"),
        ("Contact", "contact"),
        # an academic CV's teaching list holds its courses and terms; supervised theses are the students' dates
        ("Teaching Activities", "experience"),
        ("TEACHING ASSISTANTSHIPS", "experience"),
        ("(Co-)Supervised Theses", "supervision"),
        ("Student Supervision", "supervision"),
        # the same headings in other languages
        ("Arbeitserfahrung", "experience"),
        ("BERUFLICHER WERDEGANG", "experience"),
        ("Expérience professionnelle", "experience"),
        ("Esperienze lavorative", "experience"),
        ("Experiência Profissional", "experience"),
        ("Formation", "education"),
        ("Fähigkeiten", "skills"),
    ],
)
def test_heading_kind(line: str, kind: str) -> None:
    assert heading_kind(line) == kind
    assert kind in SECTION_KINDS


@pytest.mark.parametrize(
    "line",
    [
        "Experience with large data sets",
        "Experience in Python",
        "Education is my passion",
        "Skills: Python, R, SQL",
        "Data Scientist",
        "Python",
        "Acme Corp",
        "",
        "Education " + "x" * 60,  # longer than any heading
        "Teaching activities for first-year students",
        "Supervision of five engineers",
        "Formation of a new analytics team",
    ],
)
def test_lines_that_are_not_headings(line: str) -> None:
    assert heading_kind(line) is None


def test_find_sections_spans_and_header() -> None:
    lines = [
        "Ann Example",  # 0
        "ann@example.com",  # 1
        "EXPERIENCE",  # 2
        "Data Analyst, Acme Inc   Jan 2022 - Present",  # 3
        "• Built dashboards",  # 4
        "Education",  # 5
        "B.S. in Statistics, 2021",  # 6
        "SKILLS",  # 7
        "Python, R, SQL",  # 8
    ]
    assert find_sections(lines) == (
        Section("header", "", 0, 2),
        Section("experience", "EXPERIENCE", 3, 5),
        Section("education", "Education", 6, 7),
        Section("skills", "SKILLS", 8, 9),
    )


def test_an_inline_skill_list_is_not_a_heading() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme   2019 - 2021", "Skills: Python, SQL", "• Built reports"]
    sections = find_sections(lines)
    assert [(s.kind, s.start, s.end) for s in sections] == [("experience", 1, 4)]


def test_an_empty_header_is_dropped_but_empty_sections_are_kept() -> None:
    sections = find_sections(["Skills", "Education", "B.A. History, 2010"])
    assert [(s.kind, s.start, s.end) for s in sections] == [("skills", 1, 1), ("education", 2, 3)]


def test_no_heading_at_all_is_one_header_section() -> None:
    lines = ["Ann Example", "Analyst at Acme"]
    assert find_sections(lines) == (Section("header", "", 0, 2),)


def test_a_heading_repeated_under_jobs_stays_inside_the_experience_section() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme  2019 - 2020", "Projects", "a", "Engineer, Globex  2021 - 2022",
             "Projects", "b", "EDUCATION", "BSc"]  # fmt: skip
    assert [(s.kind, s.start, s.end) for s in find_sections(lines)] == [("experience", 1, 7), ("education", 8, 9)]


def test_several_volunteering_and_campus_sections_after_the_jobs_stay_sections_of_their_own() -> None:
    lines = ["WORK EXPERIENCE", "Server, Rosa's Grill   2014 - 2015", "LEADERSHIP EXPERIENCE",
             "Soccer Assistant Coach, Harding Middle School   2014 - 2015", "CAMPUS INVOLVEMENT",
             "Member, Kappa Theta Rho   2016 - Present", "VOLUNTEER EXPERIENCE",
             "Donation Processor, Food Bank   2015"]  # fmt: skip
    kinds = [(s.kind, s.start) for s in find_sections(lines)]
    assert kinds == [("experience", 1), ("volunteer", 3), ("volunteer", 5), ("volunteer", 7)]


def test_repeated_headings_make_separate_sections() -> None:
    lines = ["EXPERIENCE", "a", "PROJECTS", "b", "EXPERIENCE", "c"]
    kinds = [(s.kind, s.start) for s in find_sections(lines)]
    assert kinds == [("experience", 1), ("projects", 3), ("experience", 5)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("ENGINEERING RESEARCH & PROFESSIONAL EXPERIENCE", "experience"),
        ("Professional Background", "experience"),
        ("Relevant Experience", "experience"),
        ("Research and Teaching Experience", "experience"),
        ("Sales & Marketing Experience:", "experience"),
        ("Work Experience & Internships", "experience"),
        ("LEADERSHIP & VOLUNTEER EXPERIENCE", "volunteer"),  # a known last part names the kind
        ("Awards & Certifications", "certifications"),
        ("Data Science and Machine Learning Projects", "projects"),
    ],
)
def test_compound_headings_take_the_kind_of_their_last_part(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Experience with Python and SQL",  # prose
        "Improved the customer experience",  # not titled
        "Data Analyst and Project Manager",  # titles, no heading noun at the end
        "Built pipelines and Experience",
        "Years of Teaching and Research Experience",
        "Sales, Marketing, Strategy and Finance Operations Experience",  # too long for a heading part
    ],
)
def test_lines_that_only_look_like_compound_headings(line: str) -> None:
    assert heading_kind(line) is None


def test_a_compound_heading_keeps_its_internships() -> None:
    lines = [
        "ENGINEERING RESEARCH & PROFESSIONAL EXPERIENCE",
        "Research Intern, Globex Labs   Jun 2019 – Aug 2019",
        "• Built a speed detector",
        "EDUCATION",
        "B.S. Physics, 2020",
    ]
    assert [s.kind for s in find_sections(lines)] == ["experience", "education"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Work Experience (Selected)", "experience"),
        ("Experience (cont.)", "experience"),
        ("PROJECTS (RECENT)", "projects"),
        ("Work Experience & Projects", "experience"),  # positions there must not be lost
        ("Experience & Skills", "experience"),
        ("Employment Record", "experience"),
        ("Professional Appointments", "experience"),
        ("Clubs & Societies", "volunteer"),
        ("University Involvement", "volunteer"),
        ("Campus Organizations", "volunteer"),
        ("Professional Memberships", "volunteer"),
        ("Professional Overview", "summary"),
    ],
)
def test_qualified_and_mixed_headings(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Skills (Python, SQL)",  # a bracket that lists things is not a qualifier
        "Experience (2015 - present with Acme)",
        "Appointments booked for clients",
    ],
)
def test_brackets_and_nouns_that_do_not_make_a_heading(line: str) -> None:
    assert heading_kind(line) is None


@pytest.mark.parametrize(
    "line", ["Experience Summary", "PROFESSIONAL EXPERIENCE SUMMARY", "Employment Overview", "Work Summary:"]
)
def test_a_summary_of_experience_is_where_the_jobs_are(line: str) -> None:
    lines = ["Ann Lee", line, "Data Analyst, Acme Inc   2019 – 2021", "EDUCATION", "B.S. Math, 2018"]
    assert heading_kind(line) == "experience"
    assert [s.kind for s in find_sections(lines)] == ["header", "experience", "education"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Career Summary", "summary"), ("Profile Summary", "summary"), ("Executive Summary", "summary")],
)
def test_other_summaries_stay_summaries(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


def test_project_overview_is_not_a_heading() -> None:
    assert heading_kind("Project Overview") is None  # a sub-heading inside an entry must not cut the section


def test_papers_and_talks_after_the_jobs_stay_their_own_section_however_many_headings() -> None:
    lines = ["EXPERIENCE", "Postdoc, University of Idaho  2016 - 2021", "Publications", "Lee A. Vaccines. PNAS (2020).",
             "Publications (Continued)", "Lee A. Ants. PLoS One (2018).", "Presentations",
             "ORBIT Meeting, Baltimore MD   May, 2017"]  # fmt: skip
    kinds = [(s.kind, s.start) for s in find_sections(lines)]
    assert kinds == [("experience", 1), ("publications", 3), ("publications", 5), ("publications", 7)]


def test_a_heading_over_sub_headings_of_its_kind_is_a_section_not_a_heading_under_a_job() -> None:
    lines = ["EXPERIENCE", "Engineer, Lumo   2018 - 2021", "Honors & Awards", "International Awards",
             "2021   3rd Place, Cloud Build Cup", "Domestic Awards", "2015   Bronze Prize, CodeFest"]  # fmt: skip
    kinds = [s.kind for s in find_sections(lines)]
    assert kinds == ["experience", "awards", "awards", "awards"]


def test_achievements_under_each_job_still_stay_inside_the_experience_section() -> None:
    lines = ["EXPERIENCE", "Analyst, Acme  2019 - 2020", "Achievements", "a", "Engineer, Globex  2021 - 2022",
             "Achievements", "b"]  # fmt: skip
    assert [(s.kind, s.start, s.end) for s in find_sections(lines)] == [("experience", 1, 7)]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Extracurricular Activity", "volunteer"),  # the singular of a listed plural
        ("Presentation", "publications"),
        ("Publication", "publications"),
        ("Award", "awards"),
        ("1 教育背景", "education"),  # Chinese, Japanese, Korean and Russian headings
        ("工作经历", "experience"),
        ("3 项目经验", "projects"),
        ("2 技能", "skills"),
        ("職歴", "experience"),
        ("학력", "education"),
        ("Опыт работы", "experience"),
        ("Образование", "education"),
    ],
)
def test_singular_and_non_latin_headings(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize("line", ["Other Experiences", "Business", "Analysis", "软件工程师", "Writing"])
def test_words_that_only_look_like_a_heading_in_another_number_or_script(line: str) -> None:
    assert heading_kind(line) is None


@pytest.mark.parametrize("line", ["Technology)", "Technology", "Database", "Framework"])
def test_a_skill_word_alone_on_a_line_is_no_heading_in_the_singular(line: str) -> None:
    assert heading_kind(line) is None


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Organizations :handshake:", "volunteer"),
        ("Experience :computer:", "experience"),
        (":briefcase: Work Experience", "experience"),
        ("Assistantships", "experience"),
        ("Research Assistantships", "experience"),
        ("Skills & Proficiencies:", "skills"),
    ],
)
def test_emoji_shortcodes_assistantships_and_proficiencies_headings(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


def test_a_heading_with_an_emoji_shortcode_is_no_inline_list() -> None:
    lines = ["Experience :computer:", "Analyst, Acme   2019 - 2021", "Organizations :handshake:", "Member, X"]
    assert [s.kind for s in find_sections(lines)] == ["experience", "volunteer"]


@pytest.mark.parametrize("line", ["Time: 10:30:45", "Skills: Python, R :smile:", "Proficiencies"])
def test_colons_that_are_not_shortcodes_or_headings(line: str) -> None:
    assert heading_kind(line) is None


def test_a_whole_heading_is_not_split_as_a_gutter_heading_beside_an_entry() -> None:
    assert split_gutter_headings(["VOLUNTEER EXPERIENCE :handshake:"]) == ("VOLUNTEER EXPERIENCE :handshake:",)
    assert split_gutter_headings(["EXPERIENCE Data Analyst, Acme   2019 - 2021"]) == (
        "EXPERIENCE",
        "Data Analyst, Acme   2019 - 2021",
    )


def test_two_sections_of_a_kind_with_no_job_between_them_are_not_headings_under_a_job() -> None:
    lines = ["Work Experience", "• April 2024 – Present: Globex Inc. (Data Scientist)", "Funding",
             "• June 2025 – March 2027: Research grant provided by the Northfield Program", "Awards",
             "• March 2024: Outstanding Completion Award"]  # fmt: skip
    assert [s.kind for s in find_sections(lines)] == ["experience", "awards", "awards"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Experiences", "experience"), ("Titoli di studio", "education"), ("Pubblicazioni", "publications"),
     ("Conferenze e corsi", "publications"), ("Funding", "awards")],
)  # fmt: skip
def test_more_headings_in_the_plural_and_in_italian(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Fachliche Kenntnisse", "skills"), ("EDV-Kenntnisse", "skills"), ("Schule & Studium", "education"),
     ("Interessen & Hobbys", "interests")],
)  # fmt: skip
def test_german_headings_of_a_lebenslauf(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Sonstige Praktische Erfahrung", "experience"), ("Weitere Kenntnisse", "skills"),
     ("Autres expériences", "experience"), ("Otras experiencias", "experience"), ("Altre esperienze", "experience"),
     ("Outras experiências", "experience")],
)  # fmt: skip
def test_other_and_further_qualify_a_heading_in_other_languages(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize("line", ["Andere", "Weitere", "Autres", "Otros", "Weitere Erfahrung in der Lehre gesammelt."])
def test_other_and_further_alone_or_in_a_sentence_are_no_heading(line: str) -> None:
    assert heading_kind(line) is None


@pytest.mark.parametrize(
    "line",
    ["Experiência de Trabalho", "Experiencias de trabajo", "Expérience de travail", "Esperienza di lavoro",
     "EXPERIÊNCIA DE TRABALHO"],
)  # fmt: skip
def test_experience_of_work_in_other_languages_heads_positions(line: str) -> None:
    # the work after "of" narrows the experience as "work" does in English ("Work Experience")
    assert heading_kind(line) == "experience"


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Trabajo en equipo", None), ("Travail d'équipe", None), ("Lavoro di squadra", None), ("Trabalho", None),
     ("Experiencia de trabajo voluntario", "volunteer")],
)  # fmt: skip
def test_work_alone_teamwork_or_volunteer_work_heads_no_positions(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


def test_a_german_skills_heading_keeps_its_dated_skill_lines_out_of_the_jobs() -> None:
    lines = ["Berufserfahrung", "Praktikant, Acme GmbH   2004 - 2005", "Fachliche Kenntnisse", "2005   Java, UML, SQL"]
    assert [s.kind for s in find_sections(lines)] == ["experience", "skills"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # accents folded, however the PDF printed them, and letters read apart
        ("Formação Acadˆemica", "education"),
        ("FORMACAO ACADEMICA", "education"),
        ("É X P É R I E N C E", "experience"),
        ("Prˆemios", "awards"),
        # heading words of one language, in a heading nobody listed
        ("Esperienze", "experience"),
        ("Educazione", "education"),
        ("Abilità", "skills"),
        ("Atuação Profissional", "experience"),
        ("Conhecimentos Técnicos", "skills"),
        ("Experiencias", "experience"),
        ("Estágios", "experience"),
        ("Expériences professionnelles et stages", "experience"),
        ("Compétences techniques", "skills"),
        ("Publicaciones y ponencias", "publications"),
        ("Erfahrung", "experience"),
        ("Konferenzen", "publications"),
        ("Informações Pessoais", "contact"),
        ("Über mich", "summary"),
        # qualifiers and joiners before a noun
        ("ACADEMIC AND PROFESSIONAL POSITIONS", "experience"),
        ("Scientific Supervision", "supervision"),
        ("Scientific Service", "volunteer"),
        ("Research and Teaching", "experience"),
        ("Teaching Interests", "interests"),  # "teaching" only qualifies another noun
        # German compounds by their last noun
        ("Berufserfahrung", "experience"),
        ("Lehrerfahrung", "experience"),
        ("Programmierkenntnisse", "skills"),
        ("Fremdsprachen", "languages"),
        ("Programmiersprachen", "skills"),  # listed whole: programming languages are skills
        ("Weiterbildungen", "certifications"),
        ("Especialidades técnicas", "skills"),
        ("FORMATION ET CERTIFICATIONS", "education"),  # the degrees must not be lost
        ("Licenses and Certifications", "certifications"),
        ("Werkervaring", "experience"),
        ("Relevante werkervaring", "experience"),
        ("Motivación", "summary"),
        # an icon before the heading
        ("£ Experiencias", "experience"),
        ("★ Formación", "education"),
    ],
)
def test_headings_read_by_their_words_in_six_languages(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        "Experiências Java, Spring, Docker",  # a label before a list
        "Experience with large data sets",
        "Teaching Assistant",  # a job title
        "Senior Research Engineer",
        "experiência em projetos de dados",  # prose: no capital, words that are no heading words
        "Main activities",  # a list under a job
        "Key Achievements",
        "• Esperienze",  # a bullet's item
        "Erfahrung.",  # a sentence
        "Berufserfahrung in der Softwareentwicklung",
        "Erfahrungsbericht",  # no heading noun at the end of the compound
        "Dirección",  # an address in Spanish
        "Communications",  # a degree's field on a line of its own
        "Resume",  # the page's title ("résumé" folded), above the name
    ],
)
def test_lines_of_other_words_are_no_headings(line: str) -> None:
    assert heading_kind(line) is None


def test_the_heading_words_data_names_every_kind_and_no_phrase_twice() -> None:
    words = heading_words()
    assert set(words.phrases.values()) == set(SECTION_KINDS) - {"header", "letter"}
    assert set(words.nouns.values()) <= set(SECTION_KINDS)
    data = load_yaml(HEADINGS_PATH)
    phrases = [_key(p) for entry in data["kinds"].values() for p in entry["phrases"]]
    assert len(phrases) == len(set(phrases)), "a phrase listed twice (perhaps under two kinds)"
    nouns = [
        (fold(n).lower(), kind) for kind, e in data["kinds"].items() for ns in e.get("nouns", {}).values() for n in ns
    ]
    assert len({n for n, _ in nouns}) == len(set(nouns)), "a noun listed under two kinds"


def test_a_heading_in_another_language_splits_the_sections() -> None:
    lines = ["Ana Exemplo", "Formação Acadêmica", "Mestrado em Geografia (2014 - 2016)",
             "Atuação Profissional", "Analista de Dados, Acme   2016 - 2020", "Idiomas", "Inglês"]  # fmt: skip
    assert [s.kind for s in find_sections(lines)] == ["header", "education", "experience", "languages"]


def test_fold_drops_accents_and_keeps_case() -> None:
    assert fold("Acadˆemica Ça Nˆımes") == "Academica Ca Nimes"
    assert fold("Skills") == "Skills"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # civil and military service, in each language, is a position
        ("Zivildienst", "experience"),
        ("Wehrdienst", "experience"),
        ("Service militaire", "experience"),
        ("Servicio militar", "experience"),
        ("Servizio civile", "experience"),
        ("Serviço militar", "experience"),
        ("Persönliche Informationen", "contact"),
        ("Zusätzliche Qualifikationen", "skills"),  # "zusätzliche" qualifies a noun
    ],
)
def test_service_and_personal_headings_in_other_languages(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize("line", ["Zivildienst bei der Acme-Stiftung", "Zusätzliche Informationen"])
def test_service_words_in_a_name_line_and_a_qualifier_alone_head_nothing(line: str) -> None:
    assert heading_kind(line) is None


@pytest.mark.parametrize(
    "heading",
    [
        "Voluntary Employment",
        "VOLUNTEER WORK EXPERIENCE",
        "Ehrenamtliches Engagement",
        "Ehrenamtliche Tätigkeiten",
        "Expérience bénévole",
        "Experiência Voluntária",
        "Experiencia de voluntariado",
        "Esperienze di volontariato",
    ],
)
def test_a_volunteer_adjective_makes_any_heading_noun_volunteering(heading: str) -> None:
    # the adjective gives the kind whatever noun it qualifies: unpaid roles are no job experience
    assert heading_kind(heading) == "volunteer"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Volunteer Coordinator", None),
        ("Professional Work Experience", "experience"),
        ("Experiencia laboral", "experience"),
    ],
)
def test_a_title_or_a_heading_without_a_volunteer_word_keeps_its_kind(line: str, kind: str | None) -> None:
    # a job's title has a word that is no heading word; other qualifiers narrow a heading without changing its kind
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Mes Expériences Professionnelles", "experience"),
        ("Meine Ausbildung", "education"),
        ("Mis Estudios", "education"),
        ("Minha Formação", "education"),
        ("My Projects", "projects"),
        ("Le mie esperienze", "experience"),
    ],
)
def test_a_possessive_opening_a_heading_keeps_its_kind(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize("line", ["My name is Ann Lee", "Mes", "Ma 2019", "Mi casa es su casa"])
def test_a_possessive_alone_or_in_a_sentence_is_no_heading(line: str) -> None:
    assert heading_kind(line) is None


@pytest.mark.parametrize(
    "label", ["Activities:", "Accomplished projects:", "Other characteristics:", "Achievements:", "Main projects:"]
)
def test_a_label_over_a_list_inside_a_job_keeps_the_next_jobs_in_the_experience_section(label: str) -> None:
    lines = [
        "Ann Example",
        "Work experience",
        "Mar.2019-now Senior Developer",
        "Example Software S.A.",
        label,
        "• Billing service development",
        "• Reporting service development",
        "Jun.2015-Feb.2019 Developer",
        "Sample Systems Ltd.",
        "Education",
        "Oct.2010-Jun.2015 Master of Computer Science",
    ]
    assert [(s.kind, s.start, s.end) for s in find_sections(lines)] == [
        ("header", 0, 1),
        ("experience", 2, 9),
        ("education", 10, 11),
    ]


@pytest.mark.parametrize(
    ("heading", "block"),
    [
        ("Projects:", ["2019 Project Alpha, a route planner", "• Built the map view"]),  # opens with its own entry
        ("Activities:", ["• Chess club captain", "• Choir"]),  # a list and no job under it
        ("Education:", ["• Dean's list", "2010-2014 B.S. Mathematics, Example University"]),  # degrees: never jobs
    ],
)
def test_a_section_headed_with_a_colon_after_the_jobs_stays_a_section(heading: str, block: list[str]) -> None:
    lines = ["Ann Example", "Experience", "Analyst, Acme Corp   2019 - 2021", "• Wrote reports", heading, *block]
    sections = find_sections(lines)
    assert sections[-1].kind != "experience"
    assert sections[-1].start == 5


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a chronology of the work alone: its word for a run of dates names the posts
        ("Professional Journey", "experience"),
        ("My Career Timeline", "experience"),
        # a personal page's Markdown CV: a sentence for a heading, jobs as a noun, an icon before it
        ("🚀 Where I've worked", "experience"),
        ("Places I have worked", "experience"),
        ("Jobs", "experience"),
        ("Past Jobs", "experience"),
        ("Past Positions", "experience"),
        # the nearest lines that are no heading of the work: a chronology of everything, prose, a job's words
        ("My Journey", None),
        ("Research Journey", None),
        ("Professional journey through data science and machine learning", None),
        ("Where I've lived", None),
        ("Side Jobs Board Maintainer", None),
    ],
)
def test_headings_of_the_work_that_markdown_cvs_write(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


def test_a_markdown_cv_s_sentence_heading_over_its_list_of_jobs(tmp_path: Path) -> None:
    source = "\n".join(
        [
            "# Pat Example",
            "## 🚀 Where I've worked",
            "- **Senior Data Engineer** at Fernleaf Analytics (2020 - present)",
            "  - Built the pipelines",
            "- **Data Engineer** at Quillbank (2016 - 2020)",
            "## 🎓 Education",
            "- BSc Mathematics, University of Exampleton (2012 - 2016)",
        ]
    )
    (tmp_path / "cv.md").write_text(source, encoding="utf-8")
    profile = build_profile(extract_text(tmp_path / "cv.md"), as_of=dt.date(2026, 12, 1))
    assert [p.title for p in profile.positions] == ["Senior Data Engineer", "Data Engineer"]
    assert profile.total_years == 11.0


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a heading's one word broken by its letter spacing, as twenty-seconds and altacv CVs print them
        ("exp erience", "experience"),
        ("int erests", "interests"),
        ("EDU CATION", "education"),
        # words that join into no heading, or written in mixed case, stay as they are
        ("data sets", None),
        ("Exp Erience", None),
    ],
)
def test_a_heading_word_broken_by_letter_spacing(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Pracovné skúsenosti", "experience"),
        ("Pracovní zkušenosti", "experience"),
        ("DOŚWIADCZENIE ZAWODOWE", "experience"),
        ("Vzdelanie", "education"),
        ("Wykształcenie", "education"),
        ("Jazyky", "languages"),
    ],
)
def test_slovak_czech_and_polish_headings(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [("Schul- und Hochschulbildung", "education"), ("Praktikums- und Berufserfahrung", "experience")],
)
def test_a_german_compound_sharing_its_end_with_the_next_reads_as_that_compound(line: str, kind: str) -> None:
    assert heading_kind(line) == kind


@pytest.mark.parametrize("line", ["Ein- und Ausgang", "Vor- und Nachteile", "Schul- und Sportverein"])
def test_a_shared_end_that_names_no_section_gives_no_heading(line: str) -> None:
    assert heading_kind(line) is None


@pytest.mark.parametrize(
    "line",
    ["Parcours académique", "Estudios realizados", "Habilitações Académicas", "Grados académicos", "Academic Record"],
)
def test_studies_titles_and_an_academic_path_head_education(line: str) -> None:
    assert heading_kind(line) == "education"


@pytest.mark.parametrize(("line", "kind"), [("Parcours professionnel", "experience"), ("Record Sales", None)])
def test_a_professional_path_and_other_records_are_no_education(line: str, kind: str | None) -> None:
    assert heading_kind(line) == kind


def test_qualifiers_before_a_listed_heading_keep_its_kind() -> None:
    assert heading_kind("Other Work History") == "experience"
    assert heading_kind("Previous Work History") == "experience"


def test_a_sentence_opening_with_a_qualifier_is_no_heading() -> None:
    assert heading_kind("Other duties included") is None


WORK_AND_STUDY = [
    "Ana Pereira",
    "Work and Academic History",
    "Field Technician, Example Reef Trust, March 2019 – present",
    "• Surveyed reefs",
    "BSc Marine Biology, Example University, 2014 – 2018",
    "Skills",
    "R",
]


def test_a_heading_joining_work_and_study_splits_its_rows_by_kind() -> None:
    kinds = [(s.kind, s.start) for s in find_sections(WORK_AND_STUDY)]
    assert kinds[1:3] == [("experience", 2), ("education", 4)]


def test_a_heading_joining_work_and_study_over_jobs_alone_heads_positions() -> None:
    lines = WORK_AND_STUDY[:4] + ["Deckhand, Example Ferries, June 2016 – May 2018"] + WORK_AND_STUDY[5:]
    assert [s.kind for s in find_sections(lines)][1] == "experience"


def test_an_education_heading_keeps_its_kind_over_a_titled_row() -> None:
    lines = ["Ana Pereira", "Academic History", "Research Assistant, Example University, 2016 – 2018"]
    assert [s.kind for s in find_sections(lines)][1:] == ["education"]


def test_a_journal_named_like_a_heading_in_a_list_of_journals_is_no_heading() -> None:
    lines = ["Service", "Reviewer", "2019 Journal of Sound.", "Annals of Speech.", "Languages.", "Speech Letters."]
    assert [s.kind for s in find_sections(lines)] == ["volunteer"]


def test_a_heading_after_a_sentence_or_ending_in_an_abbreviation_stays_a_heading() -> None:
    lines = ["Summary", "I build models of sound.", "Languages", "English", "Tools", "Praat", "Misc.", "Chess"]
    assert [s.kind for s in find_sections(lines)] == ["summary", "languages", "skills", "other"]
