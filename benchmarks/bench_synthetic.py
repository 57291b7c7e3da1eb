"""Benchmark: degree and years reading on synthetic resumes with known truth, per way of writing (run on demand).

    python benchmarks/bench_synthetic.py [--count 150] [--seed 7] [--formats txt,docx,pdf] [--dump N] [--keep DIR]

A seeded generator writes resumes the way real people write the same facts: degree notations ("B.Sc.", "BSc (Hons)",
"Master of Science (X)", "DPhil", "PhD candidate", and other countries' "B.Com", "M.E.", "Lic.", "Diplom", "Specialist
degree", "PGDM", "Dipl.-Ing. (FH)"), lines beside a degree that state none (an advisor's "Dr. X, PhD", "PhD-level"
coursework, a "Mini MBA", a passed PhD qualifying exam), field placements ("in X", ", X", " - X", "(X)", a "Major: X"
line), school above or below the degree, graduation dates ("2015 – 2019", "Class of 2019", "Graduated May 2019"),
section headings, position date formats ("Jan 2019 – Mar 2021", "01/2019 – 03/2021", "2019-01 – 2021-03",
"2019 – 2021", "Since 2020", "Mar 2019 – Current") with en dash, em dash, hyphen or "to", dates right-aligned on
the title line, below it or above it, 1-4 positions (overlapping or not, with an internship), a club or volunteer
entry in its own section (never counted) and a claimed total in the summary ("7+ years of experience") or none.
FAMILY_AXES and DEGREE_FAMILIES (their own draws, so a resume drawn "none" on each is written as before) write the
families earlier held-out sets failed on: a date column broken before its dash or after a tab, livecareer's lone
"to", run-in "Title, Org (dates): text", "05.2019", "2019/05", "~", "→", "until", "till dat e"; "Ingénieur en X",
"Master 2 X", "Master ACR (expansion)", "M.P.H", "D.U.T X", degree names and under-way words in five languages,
"thesis pending defence" under past dates, study modes ("Alternance", "Co-op"), a short or misspelt school with the
field below, other cell orders; ordinary words that look like degrees, a degree word in a URL, a student job in the
education section, an unfinished doctorate, letter-spaced headings.
Each variation is drawn independently, so a failure rate per class points at its cause. Every resume is written as
.txt, .docx (python-docx) and PDF (fpdf2), read with gapcheck.pipeline.read_resume, and scored:

- highest degree: the highest awarded level (None when there is none) equals the truth;
- no spurious degree: every level read is a level the resume has (a certification is no degree);
- degree found / field / in-progress: per degree, one of its level is read / with a matching field (the FIELD_RULE
  of bench_extraction.py) / with the right in-progress flag (in-progress is scored on degrees found);
- years: total years within ±0.5 of the truth; claimed: the stated total read right (or rightly none).

Truth follows the label files' conventions (benchmarks/labels, README "Experience"): months inclusive, overlaps
counted once, a year-only range "2017 – 2019" is Jan 2017 – Dec 2018, a single year is its twelve months, "Present",
"Current" and "Since" run to AS_OF; volunteering and clubs are not positions; a degree is in progress when the resume
says so ("candidate", "expected", "in progress") or its dates are open-ended or in the future.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import logging
import math
import random
import re
import sys
import tempfile
import textwrap
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]  # measure this checkout's gapcheck

from bench_extraction import fields_match  # noqa: E402

from gapcheck.fields import is_field_name  # noqa: E402
from gapcheck.models import ResumeProfile  # noqa: E402
from gapcheck.pipeline import read_resume  # noqa: E402
from gapcheck.skills import load_vocabulary  # noqa: E402

AS_OF = dt.date(2026, 11, 1)
NOW = AS_OF.year * 12 + AS_OF.month - 1
LEVELS = ("associate", "bachelor", "master", "doctorate")
MONTHS = "January February March April May June July August September October November December".split()
FORMATS = ("txt", "docx", "pdf", "md")

# --- vocabulary of real resumes ------------------------------------------------------------------------------------
# notation -> (level, family); a field may be written with the notations of its families only
NOTATIONS = {
    "Associate of Applied Science": ("associate", "applied"), "A.A.S.": ("associate", "applied"),
    "B.S.": ("bachelor", "science"), "BS": ("bachelor", "science"), "B.Sc.": ("bachelor", "science"),
    "BSc (Hons)": ("bachelor", "science"), "Bachelor of Science": ("bachelor", "science"),
    "Bachelor's": ("bachelor", "any"), "B.A.": ("bachelor", "arts"), "Bachelor of Arts": ("bachelor", "arts"),
    "Associate of Science": ("associate", "science"), "Bachelor of Engineering": ("bachelor", "engineering"),
    "Master of Engineering": ("master", "engineering"), "Master of Arts": ("master", "arts"),
    "Master of Business Administration": ("master", "business"), "B.E.": ("bachelor", "engineering"),
    "B.Tech": ("bachelor", "engineering"), "BEng": ("bachelor", "engineering"),
    "M.S.": ("master", "science"), "MSc": ("master", "science"), "M.Sc.": ("master", "science"),
    "Master of Science": ("master", "science"), "Master's": ("master", "any"), "M.A.": ("master", "arts"),
    "MEng": ("master", "engineering"), "M.Tech": ("master", "engineering"), "MBA": ("master", "business"),
    "MPhil": ("master", "research"), "Ph.D.": ("doctorate", "research"), "PhD": ("doctorate", "research"),
    "DPhil": ("doctorate", "research"), "Doctor of Philosophy": ("doctorate", "research"),
    "Associates of Science": ("associate", "science"), "D.Sc.": ("doctorate", "research"),
    "EngD": ("doctorate", "engineering"), "MSc by Research": ("master", "research"),
    # other countries and professions: India, Latin America, Germany, the former Soviet Union, the arts
    "B.Com": ("bachelor", "business"), "M.Com": ("master", "business"), "M.E.": ("master", "engineering"),
    "Lic.": ("bachelor", "any"), "Diplom": ("master", "science"), "Specialist degree": ("master", "any"),
    "B.F.A.": ("bachelor", "arts"), "PGDM": ("master", "business"), "Dipl.-Ing. (FH)": ("bachelor", "engineering"),
    "Baccalaureate degree": ("bachelor", "any"),
    # abbreviations without their last dot, an engineering school's diploma in English (round nine)
    "M.A": ("master", "arts"), "B.A": ("bachelor", "arts"), "M.Sc": ("master", "science"),
    "Engineer's degree": ("master", "engineering"),
}  # fmt: skip
SPELLED_OUT = ("Associate of", "Bachelor of", "Master of", "Doctor of", "Bachelor's", "Master's")


@dataclass(frozen=True)
class Profession:
    fields: dict[str, tuple[str, ...]]  # field -> families it is written with
    titles: tuple[str, ...]  # junior to senior
    intern: str
    domain: str
    bullets: tuple[str, ...]
    skills: str
    certificate: str


PROFESSIONS = (
    Profession(
        {"Computer Science": ("science", "engineering", "research", "any"), "Data Science": ("science", "any"),
         "Information Technology": ("science", "engineering", "applied", "any"),
         "Statistics": ("science", "arts", "research", "any"), "Mathematics": ("science", "arts", "research", "any")},
        ("Junior Software Developer", "Software Engineer", "Senior Software Engineer", "Staff Software Engineer"),
        "Software Engineering Intern", "backend services and data platforms",
        ("Built REST APIs in Python and Go serving internal analytics teams.",
         "Cut page load time by 40% by moving reports to a cached PostgreSQL view.",
         "Wrote unit and integration tests and set up CI pipelines in GitHub Actions.",
         "Migrated batch jobs from cron scripts to Airflow on AWS.",
         "Reviewed code and mentored two new engineers on the team."),
        "Python, Go, SQL, PostgreSQL, Docker, AWS, Git", "AWS Certified Solutions Architect – Associate, 2021"),
    Profession(
        {"Mechanical Engineering": ("engineering", "science", "research", "any"),
         "Electrical Engineering": ("engineering", "science", "research", "any"),
         "Civil Engineering": ("engineering", "science", "any"),
         "Chemical Engineering": ("engineering", "science", "research", "any"),
         "Engineering Technology": ("applied", "science", "any")},
        ("Graduate Engineer", "Project Engineer", "Senior Design Engineer", "Engineering Manager"),
        "Engineering Intern", "product design and manufacturing",
        ("Designed sheet-metal enclosures in SolidWorks and released drawings to suppliers.",
         "Ran tolerance studies that cut scrap on the assembly line by 15%.",
         "Led design reviews with manufacturing, quality and purchasing.",
         "Wrote test procedures and reports for product validation.",
         "Managed a budget for tooling and prototype builds."),
        "SolidWorks, AutoCAD, MATLAB, GD&T, Six Sigma", "Engineer in Training (EIT), 2018"),
    Profession(
        {"Economics": ("science", "arts", "research", "any"), "Finance": ("science", "business", "any"),
         "Accounting": ("science", "applied", "any"), "Marketing": ("business", "arts", "any")},
        ("Financial Analyst", "Senior Financial Analyst", "Finance Manager", "Director of Finance"),
        "Summer Analyst", "financial planning and analysis",
        ("Built the monthly forecast model in Excel and presented variances to leadership.",
         "Automated budget reports with SQL and Power BI, saving a day each month close.",
         "Partnered with sales operations on pricing and margin analysis.",
         "Prepared board materials and quarterly business reviews.",
         "Reconciled accounts and supported the annual external audit."),
        "Excel, SQL, Power BI, financial modeling, forecasting", "CFA Level II Candidate"),
    Profession(
        {"Nursing": ("science", "applied", "any"), "Biology": ("science", "arts", "research", "any"),
         "Public Health": ("science", "research", "any")},
        ("Staff Nurse", "Registered Nurse", "Charge Nurse", "Nurse Manager"),
        "Student Nurse Extern", "acute and critical care",
        ("Cared for up to six patients a shift on a medical-surgical unit.",
         "Documented assessments and care plans in Epic.",
         "Precepted new graduate nurses and led unit safety huddles.",
         "Coordinated discharges with case management and pharmacy.",
         "Took part in a unit project that reduced patient falls."),
        "Patient assessment, Epic, medication administration, BLS, ACLS", "Basic Life Support (BLS), 2022"),
    Profession(
        {"Psychology": ("science", "arts", "research", "any"), "Communications": ("arts", "any"),
         "English": ("arts", "research", "any"), "History": ("arts", "research", "any"),
         "Graphic Design": ("applied", "arts", "any")},
        ("Communications Assistant", "Communications Coordinator", "Communications Manager",
         "Director of Communications"),
        "Marketing Intern", "content strategy and public relations",
        ("Wrote press releases, newsletters and website copy.",
         "Grew the newsletter audience by 35% through segmented campaigns.",
         "Managed social media calendars across four channels.",
         "Coordinated media interviews and speaking events for executives.",
         "Ran audience surveys and reported the results to leadership."),
        "Writing, editing, social media, Google Analytics, HubSpot", "Google Analytics Certification, 2020"),
)  # fmt: skip
BUSINESS = ("MBA", "Master of Business Administration", "PGDM")
MBA_FIELDS = ("Finance", "Marketing", "Operations Management", "Business Analytics", "Healthcare Management")
SCHOOLS = ("University of Michigan", "Georgia Institute of Technology", "University of Texas at Austin",
           "Ohio State University", "University of Leeds", "University of Toronto", "Arizona State University",
           "Imperial College London", "National University of Singapore", "University of Melbourne",
           "Purdue University", "University of Washington", "Anna University", "University of Manchester")  # fmt: skip
COLLEGES = ("Portland Community College", "Miami Dade College", "Austin Community College")
EMPLOYERS = ("Northwind Traders", "Globex Corporation", "Initech", "Contoso Ltd", "Fabrikam Inc", "Umbrella Health",
             "Blue Harbor Bank", "Riverside Medical Center", "Summit Logistics", "Acme Analytics", "Wayne Enterprises",
             "Stark Industries", "Hooli", "Vandelay Industries")  # fmt: skip
PEOPLE = ("Jordan Lee", "Priya Raman", "Samuel Okafor", "Mei Chen", "Lucas Moreau", "Ana Souza", "David Kim",
          "Fatima Malik", "Oliver Brennan", "Sofia Rossi", "Arjun Mehta", "Hannah Weber")  # fmt: skip
EXTRA = {
    "volunteer": (("VOLUNTEER EXPERIENCE", "Volunteering", "Community Involvement"),
                  ("Volunteer Tutor, Literacy Alliance", "Volunteer, City Food Bank",
                   "Mentor, Big Brothers Big Sisters")),
    "club": (("LEADERSHIP & ACTIVITIES", "Activities", "Extracurricular Activities"),
             ("President, Student Robotics Club", "Treasurer, Debate Society", "Captain, University Chess Club",
              "Master of Ceremonies, Spring Gala Committee")),
}  # fmt: skip
# month names, their short forms, "present" words, "since" words, "to" (and "to present"), the word before the year
LANGUAGES = {
    "German": ("Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
               "Jan. Feb. März Apr. Mai Juni Juli Aug. Sep. Okt. Nov. Dez.",
               ("heute", "bis heute", "aktuell", "derzeit"), ("seit",), (" bis ", " bis heute"), ""),
    "Spanish": ("enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
                "ene. feb. mar. abr. may. jun. jul. ago. sept. oct. nov. dic.",
                ("actualidad", "la actualidad", "presente", "actual", "hoy"), ("desde",), (" a ", " a la actualidad"),
                "de "),
    "French": ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
               "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
               ("aujourd'hui", "présent", "en cours", "à ce jour"), ("depuis",), (" à ", " à ce jour"), ""),
    "Italian": ("gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
                "gen. feb. mar. apr. mag. giu. lug. ago. set. ott. nov. dic.",
                ("oggi", "presente", "in corso", "attuale", "ad oggi"), ("dal", "da"), (" a ", " a oggi"), ""),
    "Dutch": ("januari februari maart april mei juni juli augustus september oktober november december",
              "jan. feb. mrt. apr. mei jun. jul. aug. sep. okt. nov. dec.", ("heden", "nu", "tot heden"),
              ("sinds", "vanaf"), (" tot ", " tot heden"), ""),
    "Portuguese": ("janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
                   "jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.",
                   ("atual", "o momento", "presente", "hoje", "atualmente"), ("desde",), (" a ", " até o momento"),
                   "de "),
}  # fmt: skip
# how a resume in another language writes its dates: the usual words, another "present" (and "since") word, the
# language's own "to" between the dates, short month names ("Okt. 2019"), or short names before a slash ("Out/2015")
DATE_WORDS = ("usual words", "other present word", "own word for 'to'", "short month names", "short names, slash")
PAPERS = {
    "publications (heading repeated)": ("PUBLICATIONS", [
        "Lee J, Park S. Forecasting demand with sparse data. Journal of Applied Statistics 12.3 (2019).",
        "Publications (Continued)", "Lee J. A review of field methods. PLoS One 7 (2016)."]),
    "talks with dates": ("Presentation", ["Annual Industry Conference, Boston, MA   April 2018",
        "Talk: Lessons from ten product launches", "Regional Meetup, Denver, CO   Nov. 2015", "Poster: Field notes"]),
    "awards with years": ("Honors & Awards", ["International Awards", "Best Paper Award, IEEE Conference   2020",
        "Domestic Awards", "Employee of the Year, City Chamber of Commerce   2014"]),
    # a grants list with its own dates, then the awards: two sections of a kind, no job between them
    "funding list, then awards": ("Funding", [
        "• June 2020 – March 2022: Research grant provided by the Northfield Program (350,000 yen)",
        "• 2017 – 2019: Scholarship awarded by the City Foundation for overseas study", "Awards",
        "• March 2018: Outstanding Completion Award at the Data Challenge"]),
}  # fmt: skip
BREAKS = (
    ("Career Break", "Travelling"),
    ("Parental leave", "Family care"),
    ("Sabbatical", "Travel and study"),
    ("Career break", "Full-time parent"),
)
# the experience and education headings of a resume written in another language (the date language's), one for
# each English heading of exp_heading and edu_heading, in the same place: listed phrases, and headings known only
# by their words (qualifier + noun, two nouns joined: "Akademische Ausbildung", "Expériences et stages")
HEADINGS_IN = {
    "German": (("BERUFSERFAHRUNG", "Berufserfahrung", "Beruflicher Werdegang", "Erfahrung", "Berufliche Stationen",
                "Praxiserfahrung"),
               ("AUSBILDUNG", "Ausbildung", "Akademische Ausbildung", "Studium", "AUSBILDUNG & ZERTIFIKATE")),
    "Spanish": (("EXPERIENCIA", "Experiencia laboral", "Experiencia profesional", "Trayectoria profesional",
                 "Experiencias", "Experiencia relevante"),
                ("FORMACIÓN", "Educación", "Formación académica", "Estudios", "FORMACIÓN Y CERTIFICACIONES")),
    "French": (("EXPÉRIENCE", "Expérience professionnelle", "Expériences professionnelles", "Parcours professionnel",
                "Expériences", "Expériences et stages"),
               ("FORMATION", "Formation", "Formation académique", "Diplômes", "FORMATION ET CERTIFICATIONS")),
    "Italian": (("ESPERIENZA", "Esperienza lavorativa", "Esperienze professionali", "Esperienze lavorative",
                 "Esperienze", "Percorso professionale"),
                ("ISTRUZIONE", "Istruzione", "Formazione accademica", "Titoli di studio",
                 "ISTRUZIONE E CERTIFICAZIONI")),
    "Dutch": (("WERKERVARING", "Werkervaring", "Relevante werkervaring", "Ervaring", "Loopbaan", "Werkervaring"),
              ("OPLEIDING", "Opleiding", "Opleidingen", "Opleiding", "OPLEIDINGEN")),
    "Portuguese": (("EXPERIÊNCIA", "Experiência profissional", "Experiências profissionais", "Atuação profissional",
                    "Histórico profissional", "Experiência relevante"),
                   ("FORMAÇÃO", "Formação acadêmica", "Educação", "Escolaridade", "FORMAÇÃO E CERTIFICAÇÕES")),
}  # fmt: skip
AXES = {  # axis -> classes, drawn independently per resume (degree axes per degree)
    "edu_heading": ("EDUCATION", "Education", "Academic Background", "Qualifications", "EDUCATION & CERTIFICATIONS"),
    "exp_heading": ("EXPERIENCE", "Work Experience", "Professional Experience", "Employment History",
                    "Career History", "Relevant Experience"),
    "section_order": ("experience first", "education first"),
    "summary": ("SUMMARY heading", "Profile heading", "no heading"),
    "date_format": ("Jan 2019", "January 2019", "Jan. 2019", "Jan '19", "01/2019", "2019-01", "2019", "01-2019",
                    "January, 2019",
                    "2019 Jan", "Jan 19", "2019.3"),
    "separator": (" – ", " — ", " - ", " to ", "–"),
    "current": ("Present", "Current", "present", "Since", "Onwards", "Continuing", "Till Now", "no current job",
                "start only (latest job)", "curr."),
    # the language of month names and "present" ("marzo de 2019 – actualidad", "Januar 2019 – heute")
    "date_language": ("English", "English", "English", "German", "Spanish", "French", "Italian", "Dutch",
                      "Portuguese"),
    "date_words": ("English words", *DATE_WORDS),  # in another language: which of its words (DATE_WORDS)
    # what a PDF or Word export did to the dates: the dash lost, words split by letter spacing, glued to the title
    "export": ("clean", "clean", "dash lost", "letter-spaced date words", "dates glued to the title",
               "title glued after the dates"),
    # a section of dated things that are no jobs right after the jobs, where a reader may run on into it
    "papers": ("none", "publications (heading repeated)", "talks with dates", "awards with years",
               "funding list, then awards"),
    "job_kind": ("employee", "military service", "self-employed"),
    "career_break": ("none", "career break among the jobs"),
    "date_place": ("right, tab", "below title", "above title", "inline | ", "left column, tab", "below: City | dates",
                   "left column, broken over two lines", "right, broken over two lines", "before title, colon",
                   "inline, full stop"),
    "entry": ("Title, Org", "Title | Org", "Title at Org", "Title / Org, City on next line"),
    "positions": ("1", "2", "3", "4"),
    "overlap": ("no overlap", "overlap"),
    "internship": ("no internship", "internship", "internship, Summer YYYY"),
    "employer": ("one employer per entry", "promotion under one employer"),
    "extra": ("none", "volunteer", "club"),
    "claim": ("none", "N-year career", "N Jahre Berufserfahrung", "N+ years of experience",
              "over N years of experience", "N years' experience",
              "more than N years of hands-on experience", "N years in <domain>", "seven (word) years of experience",
              "N+ yrs of experience", "over a decade of experience", "N+ years, M of them leading teams"),
    "notation": tuple(NOTATIONS),
    "placement": ("in X", ", X", " - X", "(X)", "Major: X next line", " X", "with Honors in X", "in / X next line"),
    "school_place": ("no place", "school, City, ST"),
    # moderncv's \cventry: "<dates>  <degree>, <school>, <city>, <field>", or the field in the line below the cells
    "school": ("school above", "school below", "one line", "school first, one line", "dates in a left column",
               "cells: degree, school, city, field", "cells, field in the line below"),
    "heading_style": ("as listed", "with a colon"),
    "degree_extra": ("none", ", GPA 3.7/4.0", "GPA line below", ", magna cum laude", ", Minor in Y",
                     "Thesis line below", "Advisor line below", "PhD-level coursework below", "Mini MBA line below",
                     "qualifying exam line below"),
    "duration": ("none", " (2 yrs 3 mos)", " · 2 yrs 3 mos"),
    "degree_date": ("2015 – 2019", "Class of 2019", "Graduated May 2019", "2019", "May 2019"),
    "in_progress": ("awarded", "candidate", "expected", "in progress", "open-ended", "(Pursuing) before the field",
                    "(current) after the year", "— Running"),
}  # fmt: skip
MD_AXES = {  # how a resume written in Markdown marks up the same lines; drawn apart, so the other formats keep theirs
    "md_heading": ("## ATX", "**bold**", "setext", "front matter + ATX", "## ATX + :emoji: shortcode"),
    "md_columns": (
        "tab", "table row", "' | ' and *emphasis*", "<br> before the dates", "dates as a sub-heading {.date}",
        "dates as a list item over the post",
    ),  # fmt: skip
    "md_emphasis": ("none", "**titles**, *dates*", "_dates_"),
    "md_links": ("none", "employers, schools and skills linked"),
    "md_bullets": ("- ", "* ", "1. ", "wrapped at 60 columns"),
    "md_breaks": ("two spaces end a line", "none"),
    "md_case": ("headings as listed", "headings in sentence case"),
    # the skills as a list, each with its own years ("- Python - 4 years experience"): a skill's time, no total
    "md_skills": ("one line", "a list, each skill with its years"),
}  # fmt: skip
BLOCK_AXES = {  # which blocks a resume binds together, drawn apart (their own draws), in every format
    # a cover letter in front of or behind the resume: its prose names a doctorate, a dated post and a total of
    # years the resume does not, none of them to be read
    "letter": ("none", "none", "none", "cover letter in front", "cover letter behind"),
}  # fmt: skip
FAMILY_AXES = {  # round thirteen: families of writing earlier held-out sets failed on, drawn apart (their own draws)
    # how a job's dates are laid out or written: a narrow date column broken before its dash or beside a tab,
    # livecareer's "to" on a line of its own between the two dates, a run-in entry "Title, Org (dates): text", and
    # other ways of writing a month or joining two dates
    "date_family": ("none", "none", "none", "none", "broken before the dash", "broken after the dash, tab column",
                    "livecareer, broken: dates above, 'to' alone", "livecareer, broken: left column, 'to' alone",
                    "run-in: Title, Org (dates): text", "dotted months 05.2019", "year/month 2019/05",
                    "tilde between the dates", "arrow between the dates", "'until' between the dates",
                    "'till dat e' (letter-spaced)"),
    # lines that name no degree of the person's, a job printed inside the education section, an unfinished
    # doctorate, and letter-spaced headings ("E D U C A T I O N")
    "extra_family": ("none", "none", "none", "'Maîtrise de Photoshop' among the skills", "'MS Office' among the skills",
                     "Scrum Master certificate", "degree word in a URL", "masterclass line", "job inside education",
                     "unfinished doctorate (no degree)", "letter-spaced headings"),
}  # fmt: skip
DEGREE_FAMILIES = (  # drawn per degree from the families' own draws: degree names and ways the last rounds missed
    "none", "none", "none", "none", "none", "Ingénieur en X, school", "Diplôme d'ingénieur en X", "Master 2 X",
    "Master ACR (expansion)", "dots, last one lost", "D.U.T X", "native name, under-way word",
    "native name, awarded", "thesis pending defence, past dates", "study mode after the field",
    "short or misspelt school, field below", "cells: school, degree, city, field",
    "cells: degree, school; 'Specialization: X' below", "doctorate under way, other language",
)  # fmt: skip
# per language: bachelor, master, doctorate names and the word joining the field; fields; under-way words
NATIVE = {
    "Portuguese": (("Bacharelado em", "Mestrado em", "Doutorado em"),
                   ("Ciência da Computação", "Economia", "Engenharia Mecânica", "Biologia"),
                   ("(em andamento)", "(cursando)", "em andamento", "(previsão de conclusão: {y})")),
    "Italian": (("Laurea Triennale in", "Laurea Magistrale in", "Dottorato di Ricerca in"),
                ("Informatica", "Economia", "Ingegneria Meccanica", "Biologia"),
                ("(in corso)", "in corso", "– in corso", "(iscritto al secondo anno)")),
    "Spanish": (("Grado en", "Máster en", "Doctorado en"),
                ("Ingeniería Informática", "Economía", "Ingeniería Mecánica", "Biología"),
                ("(en curso)", "(último semestre)", "cursando", "en curso")),
    "French": (("Licence", "Master", "Doctorat en"),
               ("Informatique", "Économie", "Génie Mécanique", "Biologie"),
               ("(en cours)", "en cours", "(soutenance prévue en {y})", "– thèse en cours")),
    "German": (("Bachelor", "Master", "Promotion in"),
               ("Informatik", "Volkswirtschaftslehre", "Maschinenbau", "Biologie"),
               ("(laufend)", "laufend", "(voraussichtlich {y})", "– derzeit")),
}  # fmt: skip
FRENCH_FIELDS = ("Informatique", "Génie Mécanique", "Génie Électrique", "Génie Civil", "Mathématiques Appliquées")
ACRONYMS = (("SDA", "Statistique et Données Appliquées"), ("GIL", "Génie Informatique et Logiciel"),
            ("MEF", "Mécanique et Énergétique des Fluides"))  # fmt: skip
DOTS_LOST = {  # level -> (notation, field it names or None)
    "associate": (("A.A.S", None), ("A.S", None)),
    "bachelor": (("B.S", None), ("B.B.A", None), ("B.Eng", None), ("B.Sc", None)),
    "master": (("M.P.H", "Public Health"), ("M.S", None), ("M.Eng", None), ("M.B.A", None)),
    "doctorate": (("Ph.D", None), ("D.Phil", None)),
}  # fmt: skip
SHORT_SCHOOLS = ("Lakeside Tech", "Northfield Poly", "Westbrook State", "Univeristy of Westbrook",
                 "Universty of Lakeside", "Harborview College")  # fmt: skip
STUDY_MODES = ("(en alternance)", "- Alternance", "(Co-op)", ", work-study", "(duales Studium)", "(part-time)")
UNDER_WAY_LINES = ("Thesis submitted; defence pending", "Thesis pending defence", "Dissertation under review",
                   "Defense scheduled for March {y}")  # fmt: skip
UNFINISHED = ("Doctoral studies in {f} (not completed)", "PhD program in {f}, discontinued",
              "PhD studies in {f} (left in {y})", "PhD in {f} (unfinished)")  # fmt: skip
LETTERS = (  # salutation, closing: the letter's languages
    ("Dear Hiring Manager,", "Sincerely,"), ("Dear Dr. Alvarez:", "Kind regards,"),
    ("Sehr geehrte Damen und Herren,", "Mit freundlichen Grüßen"), ("Madame, Monsieur,", "Cordialement,"),
    ("Estimada Sra. Ruiz:", "Atentamente,"),
)  # fmt: skip
DEGREE_AXES = (
    "notation",
    "in_progress",
    "degree_extra",
    "school_place",
)  # drawn per degree; the rest once per resume (people keep one layout)
RESUME_AXES = tuple(a for a in AXES if a not in DEGREE_AXES)
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve").split()


@dataclass(frozen=True)
class Line:
    text: str
    right: str = ""  # right-aligned after a tab
    kind: str = "text"  # text, heading, bullet
    left: str = ""  # in a left column, before a tab

    def plain(self) -> str:
        text = f"{self.left}\t{self.text}" if self.left else self.text
        return f"{text}\t{self.right}" if self.right else text


@dataclass(frozen=True)
class DegreeTruth:
    level: str
    field: str | None
    in_progress: bool
    line: str  # the degree as written, for examples
    classes: dict[str, str]


@dataclass
class Case:
    index: int
    lines: list[Line] = field(default_factory=list)
    classes: dict[str, str] = field(default_factory=dict)
    degrees: list[DegreeTruth] = field(default_factory=list)
    ranges: list[tuple[int, int]] = field(default_factory=list)  # counted positions, inclusive month indices
    date_lines: list[str] = field(default_factory=list)
    claimed: float | None = None
    claim_line: str = ""
    markdown: dict[str, str] = field(default_factory=dict)  # the MD_AXES classes of the Markdown copy
    blocks: dict[str, str] = field(default_factory=dict)  # the BLOCK_AXES classes
    families: dict[str, str] = field(default_factory=dict)  # the FAMILY_AXES classes
    family_rng: random.Random = field(default_factory=random.Random)  # draws of the families, apart from the rest

    @property
    def highest(self) -> str | None:
        awarded = [LEVELS.index(d.level) for d in self.degrees if not d.in_progress]
        return LEVELS[max(awarded)] if awarded else None

    @property
    def total_years(self) -> float | None:
        return union_months(self.ranges) / 12 if self.ranges else None

    def text(self) -> str:
        return "\n".join(line.plain() for line in self.lines) + "\n"


def union_months(ranges: list[tuple[int, int]]) -> int:
    months: set[int] = set()
    for start, end in ranges:
        months.update(range(start, end + 1))
    return len(months)


# --- dates as written and as read by the labels' conventions ------------------------------------------------------
def write_month(index: int, style: str, language: str = "English") -> str:
    year, month = divmod(index, 12)
    if language != "English":  # month names in the resume's language: written out, short, or short before a slash
        names, shorts, _, _, _, joiner = LANGUAGES[language]
        if style == "Jan/2019":
            return f"{shorts.split()[month].rstrip('.').capitalize()}/{year}"
        if style == "Jan. 2019":
            return f"{shorts.split()[month]} {year}"
        return f"{names.split()[month]} {joiner}{year}"
    short = MONTHS[month][:3]
    return {
        "Jan 2019": f"{short} {year}", "January 2019": f"{MONTHS[month]} {year}",
        "January, 2019": f"{MONTHS[month]}, {year}",
        "Jan. 2019": f"{short}{'' if short == 'May' else '.'} {year}", "Jan '19": f"{short} '{year % 100:02d}",
        "01/2019": f"{month + 1:02d}/{year}",
        "2019-01": f"{year}-{month + 1:02d}", "2019": str(year), "01-2019": f"{month + 1:02d}-{year}",
        "2019 Jan": f"{year} {short}", "Jan 19": f"{short} {year % 100:02d}", "2019.3": f"{year}.{month + 1}",
        "05.2019": f"{month + 1:02d}.{year}", "2019/05": f"{year}/{month + 1:02d}",
    }[style]  # fmt: skip


def linkedin_duration(months: tuple[int, int]) -> str:
    """LinkedIn's length of a position, months inclusive: "2 yrs 3 mos", "1 yr", "5 mos"."""
    years, rest = divmod(months[1] - months[0] + 1, 12)
    parts = [
        f"{years} yr{'s' if years > 1 else ''}" if years else "",
        f"{rest} mo{'s' if rest > 1 else ''}" if rest else "",
    ]
    return " ".join(p for p in parts if p)


def write_range(
    start: int, end: int | None, style: str, sep: str, current: str, language: str = "English"
) -> tuple[str, tuple[int, int]]:
    """A position's dates as written (end None: still there) and the months they mean."""
    if language != "English":
        language, _, words = language.partition(":")  # "German:other present word"
        _, _, presents, sinces, to, _ = LANGUAGES[language]
        present = presents[1 + start % (len(presents) - 1)] if words == "other present word" else presents[0]
        since = sinces[start % len(sinces)]
        if end is None and current == "Since":
            return f"{since.capitalize()} {write_month(start, style, language)}", (start, NOW)
        if words == "own word for 'to'":  # "Oktober 2019 bis März 2021", "outubro de 2019 até o momento"
            sep, present = (to[0], "") if end is not None else (" ", to[1].strip())
        finish = present if end is None else write_month(end, style, language)
        return f"{write_month(start, style, language)}{sep}{finish}", (start, NOW if end is None else end)
    if end is None and current == "start only (latest job)":  # a resume builder's empty end for the current job
        return write_month(start, style), (start, NOW)
    if end is None and current == "Since":
        start = start - start % 12 if style == "2019" else start
        return f"Since {write_month(start, style)}", (start, NOW)
    if style == "2019":
        first, last = start // 12, (end if end is not None else NOW) // 12
        if end is None:
            return f"{first}{sep}{current}", (first * 12, NOW)
        if first == last:
            return str(first), (first * 12, first * 12 + 11)
        return f"{first}{sep}{last}", (first * 12, last * 12 - 1)
    finish = current if end is None else write_month(end, style)
    return f"{write_month(start, style)}{sep}{finish}", (start, NOW if end is None else end)


# --- the generator ------------------------------------------------------------------------------------------------
def _pick(rng: random.Random, axis: str) -> str:
    return rng.choice(AXES[axis])


def _degree_entry(
    rng: random.Random, classes: dict[str, str], level: str, prof: Profession, end_year: int, status: str
) -> tuple[list[Line], DegreeTruth]:
    """One education entry (school, degree, date) in a randomly drawn notation, field placement and layout."""
    notations = [n for n, (lv, fam) in NOTATIONS.items() if lv == level and (
        n in BUSINESS or any(fam in fams for fams in prof.fields.values()))]  # fmt: skip
    notation = rng.choice(notations)
    family = NOTATIONS[notation][1]
    the_field = rng.choice(
        MBA_FIELDS if notation in BUSINESS else [f for f, fams in prof.fields.items() if family in fams]
    )
    placement = classes["placement"]
    if notation in ("Bachelor's", "Master's") or (placement == " X" and notation.startswith(SPELLED_OUT)):
        placement = "in X"  # nobody writes "Bachelor's, Economics" or "Bachelor of Science Economics"
    if placement == "in / X next line" and ("one line" in classes["school"] or status == "in progress"):
        placement = "in X"  # a line that wraps after "in" holds the degree's name alone
    name = f"{notation} {rng.choice(['candidate', 'Candidate'])}" if status == "candidate" else notation
    joined = {
        "in X": f"{name} in {the_field}", ", X": f"{name}, {the_field}", " - X": f"{name} - {the_field}",
        "(X)": f"{name} ({the_field})", " X": f"{name} {the_field}", "Major: X next line": name,
        "with Honors in X": f"{name} with {rng.choice(['Honors', 'High Honors', 'Distinction'])} in {the_field}",
        "in / X next line": f"{name} in",  # the field wrapped onto a line of its own
    }[placement]  # fmt: skip
    if status == "(Pursuing) before the field":
        joined = joined.replace(name, f"{name} (Pursuing)", 1)
    if status == "in progress":
        joined += " (in progress)"
    extra = _pick(rng, "degree_extra")
    minor = rng.choice([f for f in ("Mathematics", "Economics", "Business", "Psychology") if f != the_field])
    if placement != "in / X next line":
        joined += {", GPA 3.7/4.0": f", GPA {rng.choice(['3.7/4.0', '3.52', '3.9/4.0'])}", ", magna cum laude":
                   ", magna cum laude", ", Minor in Y": f", Minor in {minor}"}.get(extra, "")  # fmt: skip
    date_style = classes["degree_date"] if status == "awarded" else "(in progress)"
    start = AS_OF.year - rng.randint(0, 2)
    date = {
        "2015 – 2019": f"{end_year - SPANS[level]} – {end_year}", "Class of 2019": f"Class of {end_year}",
        "Graduated May 2019": f"Graduated May {end_year}", "2019": str(end_year), "May 2019": f"May {end_year}",
        "(in progress)": {"candidate": f"{start - 2} – Present", "expected": f"Expected May {AS_OF.year + 1}",
                          "in progress": f"{start} – {AS_OF.year + 1}", "open-ended": f"{start} – Present",
                          "(Pursuing) before the field": f"{start} – {AS_OF.year + 1}",
                          "(current) after the year": f"{start} (current)",
                          "— Running": f"{start} — Running"}.get(status),
    }[date_style]  # fmt: skip
    assert date is not None
    school = rng.choice(COLLEGES if level == "associate" else SCHOOLS)
    school_place = _pick(rng, "school_place")
    if school_place == "school, City, ST":  # US states that are also degree capitals: MA, MS, ME, MD
        school += rng.choice([", Cambridge, MA", ", Starkville, MS", ", Orono, ME", ", Boston, MA 02115",
                              ", College Park, MD"])  # fmt: skip
    layout = classes["school"]
    if layout.startswith("cells") and not is_field_name(the_field):
        layout = "one line"  # in a row of cells, a field the table does not know can't be told from a city
    if layout == "cells, field in the line below" and notation in BUSINESS:
        layout = "cells: degree, school, city, field"  # "Master of Business Administration" names its own field
    date_on = "degree line, after a comma" if "one line" in layout else "degree line, right tab"
    if layout.startswith("cells"):  # the degree's name alone in its cell; the status, if any, in a line below
        placement, joined, city = "cell", name, rng.choice(CITIES)
        span = f"{end_year - SPANS[level]} – {end_year}" if status == "awarded" else f"{start} – {AS_OF.year + 1}"
        date, date_on = span, "left column, before the cells"
        below = "" if status == "awarded" else f"Expected graduation: May {AS_OF.year + 1}"
        if layout == "cells: degree, school, city, field":
            lines = [Line(f"{span}  {name}, {school}, {city}, {the_field}")]
        else:
            lines = [Line(f"{span}  {name}, {school}, {city}"), Line(f"{the_field} in a full-time programme.")]
        lines += [Line(below)] if below else []
    elif layout == "one line":
        lines = [Line(f"{joined}, {school}, {date}")]
    elif layout == "school first, one line":
        lines = [Line(f"{school}, {joined}, {date}")]
    elif layout == "dates in a left column":
        lines, date_on = [Line(joined, left=date), Line(school)], "left column, tab"
    elif layout == "school above" and end_year % 2:
        lines, date_on = [Line(school, date), Line(joined)], "school line, right tab"
    elif layout == "school above":
        lines = [Line(school), Line(joined, date)]
    else:
        lines = [Line(joined, date), Line(school)]
    if placement in ("Major: X next line", "in / X next line"):
        at = next(i for i, line in enumerate(lines) if joined in line.text) + 1
        if placement == "Major: X next line":
            lines.insert(at, Line(f"{_field_label(notation, level)}: {the_field}"))
        else:  # "Master of Science in" / "Mechanical Engineering    2019": the date moves down with the field
            lines[at - 1], wrapped = Line(joined, left=lines[at - 1].left), lines[at - 1]
            lines.insert(at, Line(the_field, wrapped.right))
    after = {"GPA line below": "GPA: 3.72/4.00", "Thesis line below": f"Thesis: {rng.choice(THESES)}",
             "Advisor line below": f"Advisor: {rng.choice(['Dr. ', 'Prof. ', ''])}{rng.choice(PEOPLE)}, "
                                   f"{rng.choice(['PhD', 'Ph.D.', 'DPhil'])}",
             "PhD-level coursework below": "Coursework: Advanced Econometrics (PhD-level), Causal Inference",
             "Mini MBA line below": f"Mini MBA, {rng.choice(SCHOOLS)}, {end_year + 1}",
             "qualifying exam line below": f"Passed the PhD qualifying exam, {end_year}"}.get(extra)  # fmt: skip
    if after and placement == "cell":
        lines.append(Line(after))  # moderncv prints an entry's description after its row of cells
    elif after:
        at = next(i for i, line in enumerate(lines) if joined in line.text) + 1
        lines.insert(at + (placement in ("Major: X next line", "in / X next line")), Line(after))
    mine = {**classes, "notation": notation, "placement": placement, "degree_date": date_style, "in_progress": status,
            "degree_extra": extra, "field_name": the_field, "degree_date_on": date_on,
            "school_place": school_place, "school": layout}  # fmt: skip
    shown = " / ".join(line.plain().replace("\t", "  [tab]  ") for line in lines)
    return lines, DegreeTruth(level, the_field, status != "awarded", shown, mine)


def _family_degree(
    rng: random.Random, family: str, level: str, end_year: int, status: str, lines: list[Line], truth: DegreeTruth
) -> tuple[list[Line], DegreeTruth]:
    """The degree written in one of DEGREE_FAMILIES instead (family "none", or one that does not fit the level: as it
    was drawn). The school, dates and status stay the entry's."""
    school = rng.choice(SCHOOLS)
    awarded = status == "awarded"
    start = AS_OF.year - rng.randint(0, 2)
    span = f"{end_year - SPANS[level]} – {end_year}" if awarded else f"{start} – {AS_OF.year + 1}"
    the_field: str | None = truth.field
    new: list[Line] | None = None
    if family in ("Ingénieur en X, school", "Diplôme d'ingénieur en X") and level == "master":
        the_field = rng.choice(FRENCH_FIELDS)
        name = (
            "Ingénieur en"
            if family.startswith("Ingénieur")
            else rng.choice(["Diplôme d'ingénieur en", "Diplôme d’Ingénieur en"])
        )
        new = [Line(f"{name} {the_field}, École Supérieure de Lakeside", span)]
    elif family == "Master 2 X" and level == "master":
        the_field = rng.choice(FRENCH_FIELDS)
        new = [
            Line(f"{rng.choice(['Master 2', 'Master M2', 'M2', 'Master 1 et 2'])} {the_field}", span),
            Line("Université de Northfield"),
        ]
    elif family == "Master ACR (expansion)" and level == "master":
        acronym, the_field = rng.choice(ACRONYMS)
        new = [Line(f"Master {acronym} ({the_field}), Université de Northfield", span)]
    elif family == "dots, last one lost":
        notation, named = rng.choice(DOTS_LOST[level])
        the_field = named or truth.field
        written = notation if named else f"{notation}{rng.choice([' in ', ', ', ' '])}{the_field}"
        new = [Line(f"{written}, {school}", span)]
    elif family == "D.U.T X" and level == "associate":
        the_field = rng.choice(FRENCH_FIELDS[:3])
        new = [Line(f"{rng.choice(['D.U.T', 'DUT', 'D.U.T.'])} {the_field}, IUT de Northfield", span)]
    elif family in ("native name, under-way word", "native name, awarded", "doctorate under way, other language") and (
        level != "associate" and (family != "doctorate under way, other language" or level == "doctorate")
    ):
        language = rng.choice(list(NATIVE))
        names, fields, words = NATIVE[language]
        name, the_field = names[LEVELS.index(level) - 1], rng.choice(fields)
        joined = f"{name} {the_field}"
        if family == "native name, awarded":
            new = [Line(f"{joined}, {school}", span)]
        else:
            status = "in progress"
            word = rng.choice(words).format(y=AS_OF.year + 1)
            new = [Line(f"{joined}, {school}", f"{start} – {AS_OF.year + 1} {word}")] if rng.random() < 0.5 else [
                Line(f"{joined}, {school}", str(start)), Line(word.strip("()– ").capitalize())]  # fmt: skip
    elif family == "thesis pending defence, past dates" and level in ("master", "doctorate"):
        name = "PhD" if level == "doctorate" else "MSc"
        said = rng.choice(UNDER_WAY_LINES).format(y=AS_OF.year + 1)
        new = [Line(f"{name} in {truth.field}, {school}", f"{AS_OF.year - 6} – {AS_OF.year - 1}"), Line(said)]
        status = "in progress"
    elif family == "study mode after the field" and truth.field:
        name = {"associate": "Associate of Science", "bachelor": "Bachelor of Science", "master": "Master of Science",
                "doctorate": "PhD"}[level]  # fmt: skip
        new = [Line(f"{name} in {truth.field} {rng.choice(STUDY_MODES)}".replace(" ,", ","), span), Line(school)]
    elif family == "short or misspelt school, field below" and truth.field and level != "associate":
        name = {"bachelor": "Bachelor of Science", "master": "Master of Science", "doctorate": "Doctor of Philosophy"}
        new = [Line(f"{name[level]}, {rng.choice(SHORT_SCHOOLS)}", span), Line(truth.field)]
    elif family.startswith("cells") and truth.field and is_field_name(truth.field) and level != "associate":
        name = {"bachelor": "B.Sc.", "master": "M.Sc.", "doctorate": "PhD"}[level]
        city = rng.choice(CITIES)
        if family == "cells: school, degree, city, field":
            new = [Line(f"{span}  {school}, {name}, {city}, {truth.field}")]
        else:
            new = [Line(f"{span}  {name}, {school}, {city}"), Line(f"Specialization: {truth.field}")]
        new += [] if awarded else [Line(f"Expected graduation: May {AS_OF.year + 1}")]
    if new is None:
        family = "none"
    classes = {**truth.classes, "degree_family": family}
    if new is None:
        return lines, DegreeTruth(truth.level, truth.field, truth.in_progress, truth.line, classes)
    shown = " / ".join(line.plain().replace("\t", "  [tab]  ") for line in new)
    return new, DegreeTruth(level, the_field, status != "awarded", shown, classes)


def _field_label(notation: str, level: str) -> str:
    if notation in BUSINESS:
        return "Concentration"
    return "Major" if level in ("associate", "bachelor") else "Specialization"


CITIES = ("Ann Arbor", "Atlanta", "Springfield", "Lakewood", "Riverside")
THESES = ("Scheduling under uncertainty in regional supply networks", "Reading habits of first-year students",
           "Low-cost sensors for monitoring river levels")  # fmt: skip
SPANS = {"associate": 2, "bachelor": 4, "master": 2, "doctorate": 5}
PLANS = (("associate",), ("bachelor",), ("bachelor",), ("bachelor", "master"), ("bachelor", "master"),
         ("bachelor", "master", "doctorate"), ("associate", "bachelor"), ("bachelor", "doctorate"))  # fmt: skip


def _education(rng: random.Random, case: Case, prof: Profession, work_year: int) -> list[Line]:
    """Degrees, most recent first: the last awarded one ends as work starts; the top one may be in progress."""
    plan = list(rng.choice(PLANS))
    status = "awarded" if rng.random() < 0.7 else rng.choice(AXES["in_progress"][1:])
    if status == "candidate" and plan[-1] != "doctorate":
        status = "expected"
    if status != "awarded" and len(plan) == 1 and plan[0] == "associate":
        status = "awarded"  # someone still in a two-year programme rarely has years of work to list
    lines = [_heading(case, _in_language(case, "edu_heading"))]
    year = work_year - (rng.random() < 0.2)
    unfinished = case.families.get("extra_family") == "unfinished doctorate (no degree)"
    if unfinished and "doctorate" in plan:
        case.families["extra_family"], unfinished = "none", False
    if unfinished:  # doctoral studies left before the end, above the degrees: no degree
        the_field = rng.choice(list(prof.fields))
        said = case.family_rng.choice(UNFINISHED).format(f=the_field, y=work_year - 1)
        lines.append(Line(f"{said}, {rng.choice(SCHOOLS)}", f"{work_year - 3} – {work_year - 1}"))
    for i, level in enumerate(reversed(plan)):
        now = status if i == 0 else "awarded"
        family = case.family_rng.choice(DEGREE_FAMILIES)
        if family in ("native name, under-way word", "thesis pending defence, past dates"):
            family = family if i == 0 and level != "associate" else "none"  # the latest degree only
            now = "in progress" if family != "none" else now
        entry, truth = _degree_entry(rng, case.classes, level, prof, year, now)
        entry, truth = _family_degree(case.family_rng, family, level, year, now, entry, truth)
        lines += entry
        case.degrees.append(truth)
        if now == "awarded":
            year -= SPANS[level] + rng.randint(0, 2)
    if case.families.get("extra_family") == "job inside education":  # a student job printed with the degrees
        start = (work_year - 2) * 12 + 8  # September to May, before the internship summer
        style = case.classes["date_format"] if case.classes["date_language"] == "English" else "Jan 2019"
        written, months = write_range(start, start + 8, style, " – ", "Present")
        case.ranges.append(months)
        case.date_lines.append(f"(in education) Teaching Assistant  {written}")
        lines += [
            Line(f"Teaching Assistant, Department of {rng.choice(list(prof.fields))}", written),
            Line("Led weekly lab sessions and graded assignments for 60 students.", kind="bullet"),
        ]
    if case.classes["edu_heading"] == "EDUCATION & CERTIFICATIONS":
        lines.append(Line(prof.certificate))
    return lines


def _entry_lines(
    rng: random.Random, case: Case, title: str, org: str | None, dates: str, bullets: list[str]
) -> list[Line]:
    """One entry in the resume's layout; org None: a role under an employer line already written."""
    city = rng.choice(["Boston, MA", "Remote", "London, UK"])
    head = [title] if org is None else {
        "Title, Org": [f"{title}, {org}"], "Title | Org": [f"{title} | {org}"], "Title at Org": [f"{title} at {org}"],
        "Title / Org, City on next line": [title, f"{org}, {city}"],
    }[case.classes["entry"]]  # fmt: skip
    lines = [Line(h) for h in head]
    place = case.classes["date_place"]
    if case.classes["export"] == "title glued after the dates":  # "Acme, May 2019 - Aug 2019Data Analyst"
        lines = [Line(f"{org}, {dates}{title}" if org else f"{dates}{title}")]
    elif place == "right, tab" and case.classes["export"] == "dates glued to the title" and head[0][-1].islower():
        lines[0] = Line(head[0] + dates)  # the tab lost in export: "Software EngineerJan 2019 – Present"
    elif place == "right, tab":
        lines[0] = Line(head[0], dates)
    elif place == "left column, tab":
        lines[0] = Line(head[0], left=dates)
    elif place == "inline | ":
        lines[0] = Line(f"{head[0]} | {dates}")
    elif place == "inline, full stop":  # "Research Intern at Acme, June 2014 - August 2014."
        lines[0] = Line(f"{head[0]}, {dates}.")
    elif place == "before title, colon":  # "Since August 2017: Research Assistant at ..."
        lines[0] = Line(f"{dates}: {head[0]}")
    elif place == "below title":
        lines.append(Line(dates))
    elif place == "below: City | dates":
        lines.append(Line(f"{city} | {dates}"))
    elif place in FAMILY_AXES["date_family"]:
        lines = _family_dates(place, lines, dates, city, case.classes["separator"], bullets)
        bullets = bullets[1:] if place.startswith("run-in") else bullets
    elif "broken" in place:
        # a narrow date column: the range breaks after its dash, the end beside the next line ("Jan 2019 –" above
        # "Dec 2021"); that line is the employer's or the city's; the column set off by spaces, as the PDF reader
        # gives it (a tab is read as one space)
        sep = case.classes["separator"]
        whole = sep not in dates or "(" in dates or "·" in dates  # "Since 2019", LinkedIn's lengths: one piece
        start, _, end = (dates, "", "") if whole else dates.partition(sep)
        rows = [lines[0].text, lines[1].text if len(lines) > 1 else city]
        column = [start + sep.rstrip(), end] if end else [dates, ""]
        left = place.startswith("left")
        lines = [
            Line(f"{c}    {r}" if left else f"{r}    {c}") if c else Line(r) for r, c in zip(rows, column, strict=True)
        ]
    else:
        lines.insert(0, Line(dates))
    return lines + [Line(b, kind="bullet") for b in bullets]


def _family_dates(place: str, lines: list[Line], dates: str, city: str, sep: str, bullets: list[str]) -> list[Line]:
    """An entry's title lines with its dates laid out in one of the date_family ways."""
    whole = sep not in dates  # "2019", "Since 2019": one piece
    start, _, end = (dates, "", "") if whole else dates.partition(sep)
    rows = [lines[0].text, lines[1].text if len(lines) > 1 else city]
    if place == "run-in: Title, Org (dates): text":  # "Analyst, Acme (2016-2019): built the reports."
        return [Line(f"{lines[0].text} ({dates}): {bullets[0]}"), *lines[1:]]
    if place == "broken before the dash":  # "Analyst, Acme    Jan 2016" / "Boston, MA    – Apr 2019"
        column = [start, f"{sep.strip()} {end}"] if end else [dates, ""]
        return [Line(f"{r}    {c}") if c else Line(r) for r, c in zip(rows, column, strict=True)]
    if place == "broken after the dash, tab column":  # the column after a tab: "Analyst, Acme<tab>Jan 2016 –"
        column = [start + sep.rstrip(), end] if end else [dates, ""]
        return [Line(r, c) for r, c in zip(rows, column, strict=True)]
    if place == "livecareer, broken: dates above, 'to' alone":  # "Jan 2016" / "to" / "Apr 2019" / the title
        return [*(Line(d) for d in ((start, "to", end) if end else (dates,))), *lines]
    # livecareer's left date column: "01/2016    Analyst" / "to    Acme, Boston, MA" / "04/2019"
    column = [start, "to", end] if end else [dates, "", ""]
    rows.append("")
    return [Line(f"{c}    {r}".strip()) for r, c in zip(rows, column, strict=True) if (r or c)]


def _spans(rng: random.Random, case: Case, start: int, end: int) -> list[list[int]]:
    """1-4 consecutive positions from start to end (inclusive months), gaps of 0-3 months, maybe one overlap."""
    count = max(1, min(int(case.classes["positions"]), (end - start + 1) // 9))
    gaps = [0] + [rng.randint(0, 3) for _ in range(count - 1)]
    free = end - start + 1 - 6 * count - sum(gaps)
    weights = [rng.random() + 0.2 for _ in range(count)]
    spans, at = [], start
    for i in range(count):
        at += gaps[i]
        length = 6 + int(free * weights[i] / sum(weights))
        spans.append([at, at + length - 1])
        at += length
    spans[-1][1] = end
    if case.classes["employer"] != "one employer per entry" and count > 1:
        case.classes["overlap"] = "no overlap"  # a promotion follows the role before it
        spans[-1][0] = spans[-2][1] + 1
    if case.classes["overlap"] == "overlap" and count > 1:
        spans[-1][0] = max(spans[-2][0] + 1, spans[-2][1] - rng.randint(3, 8))
    case.classes["positions"] = str(count)
    if count == 1:
        case.classes["overlap"], case.classes["employer"] = "no overlap", "one employer per entry"
    return spans


def generate(seed: int, index: int) -> Case:
    """Resume number ``index`` of the seeded set: its lines, the classes drawn and the truth."""
    rng = random.Random(f"{seed}-{index}")
    case = Case(index, classes={axis: _pick(rng, axis) for axis in RESUME_AXES})
    block_rng = random.Random(f"{seed}-{index}-blocks")  # its own draws: the resumes without these stay as they were
    case.blocks = {axis: block_rng.choice(classes) for axis, classes in BLOCK_AXES.items()}
    case.family_rng = random.Random(f"{seed}-{index}-families")  # their own draws: the rest stays as it was
    case.families = {axis: case.family_rng.choice(classes) for axis, classes in FAMILY_AXES.items()}
    prof = rng.choice(PROFESSIONS)
    work_year = rng.randint(2003, 2024)  # the year the person started working full time
    current = case.classes["current"] != "no current job"
    if case.classes["current"] == "start only (latest job)":  # it follows on from the job before, no LinkedIn length
        case.classes.update(overlap="no overlap", duration="none")
    spans = _spans(rng, case, work_year * 12 + rng.randint(5, 8), NOW if current else NOW - rng.randint(1, 12))
    style, cur = case.classes["date_format"], case.classes["current"]
    cur = cur if cur != "no current job" else "Present"
    if style == "2019":
        case.classes["duration"] = "none"  # LinkedIn, which adds lengths, always writes months
    if case.classes["duration"] == " · 2 yrs 3 mos":  # LinkedIn's own way: "Jan 2019 - Present · 7 yrs 11 mos"
        case.classes.update(date_format="Jan 2019", separator=" - ")
        case.classes["current"] = "Present" if current else case.classes["current"]
        style, cur = "Jan 2019", "Present"
    if case.classes["separator"] == "–" and style in ("2019-01", "01-2019"):
        case.classes["separator"] = " – "  # "2019-01–2021-03" is unreadable to people too
    _settle_date_classes(case, style, len(spans))
    _settle_date_family(case, len(spans))
    style, cur, language = case.classes["date_format"], case.classes["current"], case.classes["date_language"]
    cur = cur if cur != "no current job" else "Present"
    if language != "English":  # "German:short month names": the language and which of its words
        words = case.classes["date_words"]
        style = {"short month names": "Jan. 2019", "short names, slash": "Jan/2019"}.get(words, style)
        language = f"{language}:{words}"
    sep = case.classes["separator"]
    employers = rng.sample(EMPLOYERS, len(spans) + 1)
    shared = None
    if case.classes["employer"] != "one employer per entry":
        shared = employers[len(spans) - 1] = employers[len(spans) - 2]
    bullets = itertools.cycle(rng.sample(prof.bullets, len(prof.bullets)))
    jobs: list[tuple[str, str, int, int | None]] = []
    for i, (a, b) in enumerate(spans):
        title = prof.titles[min(i + (4 - len(spans)) // 2, 3)]
        jobs.append((title, employers[i], a, None if current and i == len(spans) - 1 else b))
    if case.classes["job_kind"] != "employee":  # the first job: in the forces, or working for oneself
        title, org = ("Sergeant", "U.S. Army") if case.classes["job_kind"] == "military service" else (
            f"Freelance {jobs[0][0]}", "Self-employed")  # fmt: skip
        jobs[0] = (title, org, jobs[0][2], jobs[0][3])
    summer = (work_year - 1) * 12 + 5
    if case.classes["internship"] != "no internship":
        jobs.insert(0, (prof.intern, employers[-1], summer, summer + 2))
    experience = [_heading(case, _in_language(case, "exp_heading"))]
    previous = None
    breaks = case.classes["career_break"] != "none"
    for title, org, a, b in reversed(jobs):  # most recent first, as resumes list them
        if breaks and a == summer:  # time away between the internship and the first job: not a job
            experience += _career_break(rng, case, work_year, style, sep, cur, language)
            breaks = False
        written, months = write_range(a, b, style, sep, cur, language)
        if a == summer and case.classes["internship"] == "internship, Summer YYYY":
            written, months = f"Summer {a // 12}", (summer, summer + 2)
        elif a == summer and "Summer" in title and written == str(a // 12):
            months = (summer, summer + 2)  # "Summer Analyst, Acme  2008": a summer post's bare year is its summer
            written = _exported(written, case, sep)
        else:
            written = _exported(written, case, sep)
        if case.classes["duration"] != "none":
            written += (
                f" ({linkedin_duration(months)})"
                if "(" in case.classes["duration"]
                else f" · {linkedin_duration(months)}"
            )
        case.ranges.append(months)
        case.date_lines.append(f"{title}, {org}  {written}")
        if org == shared and org != previous:
            experience.append(Line(f"{org}, {rng.choice(['Chicago, IL', 'Toronto, ON', 'Remote'])}"))
        said = [next(bullets) for _ in range(rng.randint(1, 2))]
        experience += _entry_lines(rng, case, title, None if org == shared else org, written, said)
        previous = org
    if breaks:
        experience += _career_break(rng, case, work_year, style, sep, cur, language)
    if case.classes["papers"] != "none":  # right after the jobs, where a reader may run on into it
        heading, items = PAPERS[case.classes["papers"]]
        experience += [_heading(case, heading), *(Line(item) for item in items)]
        case.date_lines.append(f"(not counted) {case.classes['papers']}")
    extra: list[Line] = []
    if case.classes["extra"] != "none":
        headings, roles = EXTRA[case.classes["extra"]]
        college = (work_year - 3) * 12 + 8  # September, two years before the internship summer
        written, _ = write_range(college, college + 20, style, sep, cur, language)
        title, org = rng.choice(roles).split(", ")
        bullet = rng.choice(["Organised weekly sessions and recruited new members.", "Planned events and a budget."])
        extra = [_heading(case, rng.choice(headings)), *_entry_lines(rng, case, title, org, written, [bullet])]
        case.date_lines.append(f"(not counted) {title}, {org}  {written}")
    education = _education(rng, case, prof, work_year)
    name = rng.choice(PEOPLE)
    contact = f"{name.lower().replace(' ', '.')}@example.com | (555) 014-{rng.randint(1000, 9999)} | Denver, CO"
    if case.families["extra_family"] == "degree word in a URL":  # a page whose address names a degree
        contact += case.family_rng.choice([" | https://example.org/~jl/phd-notes", " | github.com/jlee/msc-thesis-code",
                                           " | example.com/mba-case-studies"])  # fmt: skip
    case.lines = [Line(name), Line(contact), *_summary(rng, case, jobs[-1][0], prof)]
    blocks = [experience, education] if case.classes["section_order"] == "experience first" else [education, experience]
    for block in (*blocks, extra, [_heading(case, "SKILLS"), *_skill_lines(case, prof)]):
        case.lines += block
    if case.blocks["letter"] != "none":
        letter = _cover_letter(block_rng, name, contact, prof)
        case.lines = letter + case.lines if case.blocks["letter"].endswith("front") else case.lines + letter
    md_rng = random.Random(f"{seed}-{index}-md")  # its own draws: the other formats' resumes stay as they were
    case.markdown = {axis: md_rng.choice(classes) for axis, classes in MD_AXES.items()}
    if "broken" in case.classes["date_place"]:  # a column of dates kept in Markdown keeps its line breaks: without
        case.markdown["md_breaks"] = "two spaces end a line"  # them a browser runs the column into one paragraph
    return case


def _settle_date_classes(case: Case, style: str, positions: int) -> None:
    """Keep the date classes drawn for a resume to the combinations people write."""
    classes = case.classes
    if classes["date_language"] != "English":
        if style == "2019" or classes["duration"] != "none":
            classes["date_language"] = "English"  # a year has no language; LinkedIn's lengths are English here
        else:
            classes["date_format"] = "January 2019"  # month names in the language (written out, or DATE_WORDS)
            if classes["current"] not in ("Present", "Since", "no current job"):
                classes["current"] = "Present"  # the language's own word for it
            if classes["date_words"] == "English words" or (
                classes["date_words"] == "other present word" and classes["current"] == "no current job"
            ):
                classes["date_words"] = "usual words"  # (no job held now: no word for "present" to vary)
            if classes["date_words"] == "own word for 'to'" and classes["export"] == "dash lost":
                classes["export"] = "clean"  # no dash between the dates to lose
    if classes["date_language"] == "English":
        classes["date_words"] = "English words"
    if style == "Jan 19" and classes["current"] in ("Since", "start only (latest job)"):
        classes["current"] = "Present"  # "Jan 19" alone is a day of January: two-digit years only as a range's ends
    if classes["current"] == "start only (latest job)":
        if positions < 2 or style == "2019" or classes["date_language"] != "English":
            classes["current"] = "Present"  # a lone start means "still there" only below a job it follows on from
        else:  # a resume builder's empty end, never LinkedIn's (it prints "Present" and a length)
            classes.update(overlap="no overlap", duration="none")
    english_names = classes["date_language"] == "English" and classes["date_format"] in (
        "Jan 2019", "January 2019", "Jan. 2019", "Jan '19", "2019 Jan")  # fmt: skip
    present = classes["current"] in ("Present", "Current", "present")
    export = classes["export"]
    if export == "dash lost" and not (
        classes["date_format"] in ("Jan 2019", "January 2019", "Jan. 2019") and (present or classes["current"] ==
                                                                                 "no current job")
    ):  # fmt: skip
        classes["export"] = "clean"  # the dash between two month dates, or before "Present", is what gets lost
    if export == "letter-spaced date words" and not (
        classes["date_language"] == "English" and (english_names or present) and classes["date_format"] != "Jan 19"
    ):
        classes["export"] = "clean"
    if export == "dates glued to the title" and not (
        english_names and classes["date_format"] != "2019 Jan" and classes["date_place"] == "right, tab"
    ):
        classes["export"] = "clean"
    if export == "title glued after the dates":  # after a year or a capitalised "Present", the way people type it
        if classes["date_format"] in ("Jan 2019", "January 2019", "Jan. 2019") and classes["current"] in (
            "Present", "Current", "no current job") and classes["date_language"] == "English":  # fmt: skip
            classes.update(date_place="inline | ", duration="none")
        else:
            classes["export"] = "clean"
    if classes["date_place"] == "before title, colon" and classes["duration"] == " · 2 yrs 3 mos":
        classes["duration"] = "none"
    if classes["date_place"] == "inline, full stop":
        classes["duration"] = "none"  # LinkedIn's lengths never end a sentence


def _settle_date_family(case: Case, positions: int) -> None:
    """Write the drawn date_family into the date classes it stands for, or "none" where it does not fit."""
    classes, family = case.classes, case.families["date_family"]
    english = classes["date_language"] == "English" and classes["duration"] == "none" and classes["export"] == "clean"
    two_digits = classes["date_format"] in ("Jan 19", "Jan '19")  # a two-digit year only in the usual ways
    if family == "none" or not english or two_digits or classes["current"] in ("start only (latest job)", "Since"):
        case.families["date_family"] = "none"
        return
    months = classes["date_format"] not in ("2019", "2019.3")
    if family in ("dotted months 05.2019", "year/month 2019/05"):
        classes["date_format"] = family.split()[-1]
    elif family == "tilde between the dates":
        classes["separator"] = rng_free_pick((" ~ ", "~"), positions)
    elif family == "arrow between the dates":
        classes["separator"] = rng_free_pick((" → ", " -> "), positions)
    elif family == "'until' between the dates" and months:
        classes["separator"] = " until "
    elif family == "'till dat e' (letter-spaced)" and classes["current"] != "no current job":
        classes["current"] = "till dat e"
    elif family.startswith("livecareer"):
        classes.update(separator=" to ", date_place=family)
    elif family.startswith("run-in") or (family.startswith("broken") and classes["separator"] not in (" to ", "–")):
        classes["date_place"] = family
    else:
        case.families["date_family"] = "none"


def rng_free_pick(options: tuple[str, ...], salt: int) -> str:
    """One of ``options`` chosen by a number the case already has, so no draw is added."""
    return options[salt % len(options)]


def _exported(written: str, case: Case, sep: str) -> str:
    """A position's dates as a PDF or Word export left them: the dash lost ("Jun. 2018 Jan. 2021"), or the first
    month name and "Present" split by letter spacing ("Ja n 2019 – Pres ent")."""
    export = case.classes["export"]
    if export == "dash lost" and sep in written:
        return written.replace(sep, " ", 1)
    if export == "letter-spaced date words":
        written = re.sub(r"\b(Present|Current|present)\b", lambda m: m.group()[:4] + " " + m.group()[4:], written)
        return re.sub(
            r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)", lambda m: f"{m[1][:2]} {m[1][2]}", written, count=1
        )
    return written


def _career_break(
    rng: random.Random, case: Case, work_year: int, style: str, sep: str, cur: str, language: str
) -> list[Line]:
    """A career break listed among the jobs, between the internship summer and the first job (never counted)."""
    start = (work_year - 1) * 12 + 9
    written, _ = write_range(start, start + 5, style, sep, cur, language)
    title, org = rng.choice(BREAKS)
    case.date_lines.append(f"(not counted) {title}, {org}  {written}")
    return _entry_lines(rng, case, title, org, written, ["Travelled and cared for family."])


def _skill_lines(case: Case, prof: Profession) -> list[Line]:
    """The skills line, and in some resumes a line whose words look like a degree's and are none."""
    extra = {
        "'Maîtrise de Photoshop' among the skills": "Maîtrise de Photoshop, Illustrator et InDesign",
        "'MS Office' among the skills": "MS Office, MS Project, MS Visio",
        "Scrum Master certificate": "Certified ScrumMaster (CSM), 2021",
        "masterclass line": "Masterclass in negotiation, Lakeside Business Forum, 2020",
    }.get(case.families["extra_family"])  # fmt: skip
    return [Line(prof.skills), *([Line(extra)] if extra else [])]


def _cover_letter(rng: random.Random, name: str, contact: str, prof: Profession) -> list[Line]:
    """A one-page cover letter: letterhead, salutation, prose and closing. Its prose names a doctorate, a dated post
    and a total of years that the resume does not: read as entries, they would show as a spurious degree, extra
    years and a wrong claim."""
    salutation, closing = rng.choice(LETTERS)
    return [
        Line(name), Line(contact), Line("March 3, 2026"), Line("Hiring Team"), Line("Northwind Labs"),
        Line(salutation),
        Line(f"I am writing to apply for the open position in {prof.domain} at Northwind Labs."),
        Line("I hold a Ph.D. in Astrophysics from Lakeside University and bring 25 years of experience to the role."),
        Line("From 2001 - 2005 I worked as Senior Engineer at Initech, where I led a team of twelve."),
        Line("I would welcome the chance to discuss how I can contribute to your team."),
        Line(closing), Line(name),
    ]  # fmt: skip


def _summary(rng: random.Random, case: Case, title: str, prof: Profession) -> list[Line]:
    years = union_months(case.ranges) / 12
    n = max(1, int(years) - rng.randint(0, 1))
    if years < 2:
        case.classes["claim"] = "none"
    if case.classes["claim"].startswith("seven") and n > 10:
        case.classes["claim"] = "N+ years of experience"  # people spell out small numbers only
    if case.classes["claim"] == "over a decade of experience" and n < 10:
        case.classes["claim"] = "over N years of experience"
    if case.classes["claim"] == "N+ years, M of them leading teams" and n < 4:
        case.classes["claim"] = "N+ years of experience"
    claim = case.classes["claim"]
    text = {
        "none": f"{title} focused on {prof.domain}.",
        "N+ years of experience": f"{title} with {n}+ years of experience in {prof.domain}.",
        "N-year career": f"{title} with a {n}-year career in {prof.domain}.",
        "N Jahre Berufserfahrung": f"{n} Jahre Berufserfahrung in {prof.domain}.",
        "over N years of experience": f"Over {n} years of experience in {prof.domain}.",
        "N years' experience": f"{title} with {n} years' experience in {prof.domain}.",
        "more than N years of hands-on experience": f"{title} with more than {n} years of hands-on experience in "
        f"{prof.domain}.",
        "N years in <domain>": f"{title} with {n} years in {prof.domain}.",
        "seven (word) years of experience": f"{title} with {NUMBER_WORDS[min(n, 12) - 1]} years of experience in "
        f"{prof.domain}.",
        "N+ yrs of experience": f"{title} with {n}+ yrs of experience in {prof.domain}.",
        "over a decade of experience": f"{title} with over a decade of experience in {prof.domain}.",
        "N+ years, M of them leading teams": f"{title} with {n}+ years of experience in {prof.domain}, {n // 2} of "
        "them leading teams.",
    }[claim]  # fmt: skip
    case.claimed = None if claim == "none" else 10.0 if "decade" in claim else float(n)
    case.claim_line = text
    heading = {"SUMMARY heading": "SUMMARY", "Profile heading": "Profile", "no heading": ""}[case.classes["summary"]]
    return [_heading(case, heading), Line(text)] if heading else [Line(text)]


def _in_language(case: Case, axis: str) -> str:
    """The heading of ``axis`` (exp_heading, edu_heading) in the resume's language: a German resume's dates come
    under "Berufserfahrung"."""
    heading, language = case.classes[axis], case.classes["date_language"]
    if language in HEADINGS_IN:
        heading = HEADINGS_IN[language][axis == "edu_heading"][AXES[axis].index(heading)]
    if case.families.get("extra_family") == "letter-spaced headings":  # "E D U C A T I O N", words three apart
        heading = "   ".join(" ".join(word.upper()) for word in heading.split())
    return heading


def _heading(case: Case, text: str) -> Line:
    return Line(text + (":" if case.classes["heading_style"] == "with a colon" else ""), kind="heading")


# --- writers ------------------------------------------------------------------------------------------------------
def write_case(case: Case, kind: str, path: Path) -> Path:
    """The resume as .txt, .docx (bold headings, list bullets, a right tab stop), PDF (fpdf2, DejaVu Sans) or
    Markdown (.md, in the case's MD_AXES styles)."""
    if kind == "txt":
        text = "\n".join(("• " if line.kind == "bullet" else "") + line.plain() for line in case.lines)
        path.write_text(text + "\n", encoding="utf-8")
    elif kind == "md":
        path.write_text(write_markdown(case), encoding="utf-8")
    elif kind == "docx":
        import docx
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Inches

        document = docx.Document()
        for line in case.lines:
            if line.kind == "bullet":
                document.add_paragraph(line.text, style="List Bullet")
                continue
            paragraph = document.add_paragraph()
            if line.left:
                paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(1.7))
                paragraph.add_run(line.left + "\t")
            paragraph.add_run(line.text).bold = line.kind == "heading"
            if line.right:
                paragraph.paragraph_format.tab_stops.add_tab_stop(Inches(6.5), WD_TAB_ALIGNMENT.RIGHT)
                paragraph.add_run("\t" + line.right)
        document.save(str(path))
    else:
        _write_pdf(case, path)
    return path


_DATE_TEXT = re.compile(r"^(?:Since |Summer |Class of |Graduated )?(?:[A-Z][a-z]{2,8}\.? '?\d|\d{2}[/-]\d{4}|\d{4})")


def write_markdown(case: Case) -> str:
    """The resume as a person writes it in Markdown: headings, emphasis, links, tables, lists, front matter."""
    style = case.markdown
    out: list[str] = []
    if style["md_heading"] == "front matter + ATX":
        out += ["---", "layout: resume", f'title: "{case.lines[0].text} - Resume"', "permalink: /resume/", "---", ""]
    section = ""
    for number, line in enumerate(case.lines):
        if line.kind == "heading":
            section = line.text
            text = line.text[:1] + line.text[1:].lower() if style["md_case"] != "headings as listed" else line.text
            out += ["", *_md_heading(text, style["md_heading"]), ""]
        elif number == 0:
            out += [f"# {line.text}" if "ATX" in style["md_heading"] else f"**{line.text}**", ""]
        elif line.kind == "bullet":
            out += _md_bullet(_md_links(line.text, style), style["md_bullets"])
        elif (
            section.rstrip(":") == "SKILLS"
            and case.lines[number - 1].kind == "heading"
            and style["md_skills"] != "one line"
        ):
            for n, skill in enumerate(line.text.split(", ")):
                said = (f"{skill} - {n + 2} years experience", f"{skill}: {n + 2}+ years of experience",
                        f"{skill} ({n + 2} years of experience)")[n % 3]  # fmt: skip
                out += _md_bullet(said, style["md_bullets"])
        else:
            here = style  # dates over the entry: the way of writing jobs only (the degree readers' own classes differ)
            if style["md_columns"].startswith("dates as") and section.rstrip(":") != _in_language(case, "exp_heading"):
                here = {**style, "md_columns": "tab"}
            out += _md_text(line, here, prose=section.rstrip(":") in ("", "SUMMARY", "Profile", "SKILLS"))
    if style["md_breaks"] == "none":  # most people leave Markdown's line-break mark out
        out = [line.removesuffix("  ") for line in out]
    return "\n".join(out) + "\n"


def _md_heading(text: str, style: str) -> list[str]:
    if style == "## ATX + :emoji: shortcode":  # GitHub's emoji: "## Experience :briefcase:"
        return [f"## {text} :{'briefcase' if len(text) % 2 else 'busts_in_silhouette'}:"]
    if style == "**bold**":
        return [f"**{text}**"]
    if style == "setext":
        return [text, ("=" if text.isupper() else "-") * max(3, len(text))]
    return [f"## {text}"]


def _md_bullet(text: str, style: str) -> list[str]:
    if style == "wrapped at 60 columns":
        return textwrap.wrap(text, 60, initial_indent="- ", subsequent_indent="  ")
    return [style + text]


def _md_links(text: str, style: dict[str, str]) -> str:
    if style["md_links"] == "none":
        return text
    for name in (*EMPLOYERS, *SCHOOLS, *COLLEGES):
        text = text.replace(name, f"[{name}](https://example.com/{name.lower().replace(' ', '-')})")
    return text


def _md_dates(text: str, style: dict[str, str]) -> str:
    return {"none": text, "_dates_": f"_{text}_"}.get(style["md_emphasis"], f"*{text}*") if text else text


def _md_text(line: Line, style: dict[str, str], *, prose: bool) -> list[str]:
    """A line that is not a heading or a list item; two trailing spaces keep the line break Markdown would join."""
    if prose and line.text.count(", ") >= 3 and style["md_links"] != "none":  # the skills line: each skill linked
        skills = (f"[{x}](https://example.com/{x.lower()})" for x in line.text.split(", "))
        return [", ".join(skills) + "  "]
    text = _md_links(line.text, style)
    if _DATE_TEXT.match(line.text) and not line.left and not line.right:  # "Jan 2019 –    Acme": dates in a column
        dates, gap, rest = text.partition("    ")
        return [_md_dates(dates, style) + gap + rest + "  "]
    if style["md_emphasis"] == "**titles**, *dates*" and not prose:
        text = f"**{text}**"
    left, right = _md_dates(line.left, style), _md_dates(line.right, style)
    if not (left or right):
        return [text + "  "]
    columns = style["md_columns"]
    if columns == "table row":
        cells = [c.replace("|", "\\|") for c in (left, text, right) if c]
        return ["", "| " + " | ".join("Dates" if c in (left, right) else "Position" for c in cells) + " |",
                "|" + "---|" * len(cells), "| " + " | ".join(cells) + " |", ""]  # fmt: skip
    if columns == "' | ' and *emphasis*":
        return [" | ".join(c for c in (left, text, right) if c) + "  "]
    if columns == "<br> before the dates":
        return [f"{left}<br>{text}" if left else f"{text}<br>{right}"]
    if columns == "dates as a sub-heading {.date}":  # pandoc's or kramdown's attributes on the heading
        return ["", f"### {(left or right).strip('*_')} {{.date}}", text + "  "]
    if columns == "dates as a list item over the post":  # the post on the item's next line, not a sub-item
        return ["", f"* {left or right}", f"  {text}  ", ""]
    return [(f"{left}\t" if left else "") + text + (f"\t{right}" if right else "") + "  "]


def _write_pdf(case: Case, path: Path) -> None:
    from fpdf import FPDF

    fonts = Path("/usr/share/fonts/truetype/dejavu")
    pdf = FPDF(format="letter")
    pdf.set_creation_date(dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    pdf.add_font("dejavu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("dejavu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    pdf.set_font("dejavu", "", 10)
    gutter = max((pdf.get_string_width(line.left) + 6 for line in case.lines if line.left), default=0)
    for line in case.lines:
        pdf.set_font("dejavu", "B" if line.kind == "heading" else "", 12 if line.kind == "heading" else 10)
        if line.kind == "heading":
            pdf.ln(2)
        if line.left:
            pdf.cell(gutter, 5.5, line.left)
            pdf.cell(width - gutter, 5.5, line.text, new_x="LMARGIN", new_y="NEXT")
        elif line.right:
            right = pdf.get_string_width(line.right) + 2
            pdf.cell(width - right, 5.5, line.text)
            pdf.cell(right, 5.5, line.right, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            text = ("• " if line.kind == "bullet" else "") + line.text
            pdf.multi_cell(width, 5.5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


# --- scoring ------------------------------------------------------------------------------------------------------
METRICS = ("highest degree", "no spurious degree", "degree found", "field", "in-progress flag", "years ±0.5",
           "claimed")  # fmt: skip
DEGREE_METRICS = ("degree found", "field", "in-progress flag")
PER_DEGREE_AXES = (
    "notation",
    "placement",
    "degree_date",
    "in_progress",
    "degree_extra",
    "school_place",
    "degree_family",
    "field_name",
    "degree_date_on",
)
"""Classes a degree has on its own; field_name and degree_date_on are recorded, not drawn, to narrow a failure down."""


@dataclass
class Sample:
    """One case read from one format: what was right, and what to show when it was not."""

    case: Case
    kind: str
    results: dict[str, bool]
    degree_results: list[tuple[DegreeTruth, dict[str, bool]]]
    read: dict[str, str]

    def values(self, axis: str) -> set[str]:
        if axis == "format":
            return {self.kind}
        if axis in PER_DEGREE_AXES:
            return {d.classes[axis] for d in self.case.degrees}
        if axis in MD_AXES:
            return {self.case.markdown[axis]} if self.kind == "md" else set()
        if axis in BLOCK_AXES:
            return {self.case.blocks[axis]}
        if axis in FAMILY_AXES:
            return {self.case.families[axis]}
        return {self.case.classes[axis]}


def score(case: Case, kind: str, profile: ResumeProfile) -> Sample:
    found_levels = {d.level for d in profile.degrees}
    results = {
        "highest degree": profile.highest_degree == case.highest,
        "no spurious degree": found_levels <= {d.level for d in case.degrees},
    }
    years, claimed = case.total_years, profile.claimed_years
    got = profile.total_years
    results["years ±0.5"] = (years is None and got is None) or (
        years is not None and got is not None and abs(years - got) <= 0.5
    )
    results["claimed"] = (case.claimed is None and claimed is None) or (
        case.claimed is not None and claimed is not None and abs(case.claimed - claimed) < 0.05
    )
    degree_results = []
    for truth in case.degrees:
        same = [d for d in profile.degrees if d.level == truth.level]
        outcome = {"degree found": bool(same)}
        if truth.field is not None:
            outcome["field"] = any(fields_match(truth.field, d.field) for d in same)
        if same:
            outcome["in-progress flag"] = any(d.in_progress == truth.in_progress for d in same)
        degree_results.append((truth, outcome))
    read = {
        "degrees": "; ".join(
            f"{d.level}/{d.field}/{'in progress' if d.in_progress else 'awarded'}" for d in profile.degrees
        )
        or "none",  # fmt: skip
        "years": "none" if got is None else f"{got:.2f}",
        "positions": "; ".join(f"{p.title} [{p.months} mo]" for p in profile.positions) or "none",
        "claimed": str(claimed),
    }
    return Sample(case, kind, results, degree_results, read)


@dataclass(frozen=True)
class Record:
    """One scored item: a resume (resume metrics) or one of its degrees (degree metrics), with its classes."""

    metric: str
    ok: bool
    classes: dict[str, frozenset[str]]
    sample: Sample
    degree: DegreeTruth | None


def records(samples: list[Sample]) -> list[Record]:
    """Every scored item; a resume's degree axes hold the classes of all its degrees, a degree's only its own."""
    out = []
    for sample in samples:
        axes = ("format", *AXES, *PER_DEGREE_AXES[-3:], *MD_AXES, *BLOCK_AXES, *FAMILY_AXES)
        classes = {axis: frozenset(sample.values(axis)) for axis in axes}
        out += [Record(metric, ok, classes, sample, None) for metric, ok in sample.results.items()]
        for truth, outcome in sample.degree_results:
            own = {**classes, **{axis: frozenset({truth.classes[axis]}) for axis in PER_DEGREE_AXES}}
            out += [Record(metric, ok, own, sample, truth) for metric, ok in outcome.items()]
    return out


def _rate(items: list[Record]) -> float:
    return sum(not r.ok for r in items) / len(items) if items else 0.0


_DEGREE_SIDE = ("format", "edu_heading", "section_order", "school", *PER_DEGREE_AXES)
PAIR_AXES = {  # the axes whose pairs may explain a metric's failures (single classes are looked at on every axis)
    "years ±0.5": ("format", "exp_heading", "section_order", "date_format", "separator", "current", "date_place",
                   "entry", "positions", "overlap", "internship", "employer", "extra", "duration", "date_language",
                   "export", "papers", "job_kind", "career_break"),
    "claimed": ("format", "summary", "claim", "section_order", "duration", "exp_heading"),
    **{metric: _DEGREE_SIDE for metric in ("highest degree", "no spurious degree", *DEGREE_METRICS)},
}  # fmt: skip


def _groups(items: list[Record], *, pairs: bool) -> dict[tuple[str, str], list[Record]]:
    """Records by class ("axis", "value"), or by two classes of different axes ("axis & axis", "value & value")."""
    groups: dict[tuple[str, str], list[Record]] = defaultdict(list)
    for record in items:
        single = sorted((axis, value) for axis, values in record.classes.items() for value in values)
        if pairs:
            single = [(axis, value) for axis, value in single if axis in PAIR_AXES[record.metric]]
        if not pairs:
            for key in single:
                groups[key].append(record)
            continue
        for i, (axis, value) in enumerate(single):
            for other, second in single[i + 1 :]:
                if other != axis:
                    groups[(f"{axis} & {other}", f"{value} & {second}")].append(record)
    return groups


def causes(
    items: list[Record], min_rate: float = 0.10
) -> tuple[list[tuple[str, str, list[Record], float]], list[Record]]:
    """The classes that explain one metric's failures, greedily, and the failures none explains.

    The class failing most (at least min_rate, and two sigmas above the rate of what is left) is taken, its
    items set aside, and the rest looked at again, so a class that fails only because it was drawn with a failing
    one is not listed. When no single class stands out, pairs of classes are looked at (a failure that needs both;
    four sigmas, as there are many more pairs).
    """
    found = []
    left = list(items)
    pairs = False
    while True:
        base = _rate(left)
        groups = _groups(left, pairs=pairs)
        candidates = []
        for (axis, value), group in groups.items():
            failures = sum(not r.ok for r in group)
            expected = len(group) * base
            sigmas = 4 if pairs else 2  # there are many more pairs than classes: ask more of a pair
            if failures / len(group) >= min_rate and failures >= max(
                2 + pairs, expected + sigmas * math.sqrt(expected) + 1
            ):
                candidates.append((failures / len(group), failures, axis, value, group))
        if not candidates and not pairs:
            pairs = True  # no single class explains what is left: look for two that fail together
            continue
        if not candidates:
            return found, [r for r in left if not r.ok]
        rate, _, axis, value, group = max(candidates, key=lambda c: c[:2])
        found.append((axis, value, group, rate))
        chosen = {id(r) for r in group}
        left = [r for r in left if id(r) not in chosen]


def example(metric: str, sample: Sample, degree: DegreeTruth | None) -> str:
    """The lines behind one failure, what the truth is and what gapcheck read."""
    where = f"case {sample.case.index} {sample.kind}"
    case = sample.case
    if degree is not None:
        wanted = f"{degree.level}/{degree.field}/{'in progress' if degree.in_progress else 'awarded'}"
        return f"{where}: '{degree.line}' -> want {wanted}; read {sample.read['degrees']}"
    if metric in ("highest degree", "no spurious degree"):
        written = " | ".join(d.line for d in case.degrees)
        return f"{where}: '{written}' -> want highest {case.highest}; read {sample.read['degrees']}"
    if metric == "claimed":
        return f"{where}: '{case.claim_line}' -> want {case.claimed}; read {sample.read['claimed']}"
    want = "none" if case.total_years is None else f"{case.total_years:.2f}"
    return (f"{where}: {' / '.join(case.date_lines)} -> want {want} y; read {sample.read['years']} "
            f"({sample.read['positions']})")  # fmt: skip


def report(samples: list[Sample], *, min_rate: float = 0.10) -> str:
    scored = records(samples)
    by_metric: dict[str, list[Record]] = defaultdict(list)
    by_class: dict[tuple[str, str, str], list[Record]] = defaultdict(list)
    for record in scored:
        by_metric[record.metric].append(record)
        for axis, values in record.classes.items():
            for value in values:
                by_class[(record.metric, axis, value)].append(record)
    out = [f"{len({s.case.index for s in samples})} synthetic resumes x {len({s.kind for s in samples})} formats "
           f"(as of {AS_OF}); accuracy overall:"]  # fmt: skip
    for metric in METRICS:
        items = by_metric[metric]
        out.append(f"  {metric:<20} {1 - _rate(items):.3f}  ({sum(r.ok for r in items)}/{len(items)})")
    out.append("\nAccuracy per class (n = resumes read; the degree columns count degrees):")
    out.append(f"  {'axis':<14} {'class':<40} {'n':>5} " + " ".join(f"{m[:10]:>10}" for m in METRICS))
    for axis in ("format", *AXES, *PER_DEGREE_AXES[-3:], *MD_AXES, *BLOCK_AXES, *FAMILY_AXES):
        for value in sorted({v for (_, a, v) in by_class if a == axis}):
            n = len(by_class[("years ±0.5", axis, value)])
            cells = [f"{1 - _rate(by_class[(m, axis, value)]):>10.2f}" if by_class.get((m, axis, value)) else
                     f"{'-':>10}" for m in METRICS]  # fmt: skip
            out.append(f"  {axis:<14} {value:<40} {n:>5} " + " ".join(cells))
    out.append(f"\nFailing classes per metric (failing >= {min_rate:.0%} and clearly more than the rest; each class's")
    out.append("failures set aside before the next is looked for), with the example least explained by other classes:")
    for metric in METRICS:
        found, unexplained = causes(by_metric[metric], min_rate)
        for axis, value, group, rate in found:
            failures = [r for r in group if not r.ok]
            whole = by_class[(metric, axis, value)]
            pick = min(failures, key=lambda r: _blame_elsewhere(by_class, r, axis))
            overall = "" if len(whole) in (0, len(group)) else f"; {_rate(whole):.0%} of all {len(whole)}"
            out.append(f"  [{metric}] {axis} = {value!r}: {rate:.0%} fail ({len(failures)}/{len(group)}{overall})")
            out.append(f"      {example(metric, pick.sample, pick.degree)}")
        if unexplained:
            out.append(f"  [{metric}] {len(unexplained)} other failure(s) no class explains, e.g.:")
            shown = {}
            for record in unexplained:
                shown.setdefault(record.sample.case.index, record)
            out += [f"      {example(metric, r.sample, r.degree)}" for r in list(shown.values())[:3]]
    return "\n".join(out)


def _blame_elsewhere(by_class: dict[tuple[str, str, str], list[Record]], record: Record, axis: str) -> float:
    """How much the record's other classes fail on their own: low means this class is the likely cause."""
    return sum(
        max((_rate(by_class[(record.metric, other, v)]) for v in values), default=0.0)
        for other, values in record.classes.items()
        if other != axis
    )


# --- command line -------------------------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=150, help="resumes to generate")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--formats", default=",".join(FORMATS), help="comma-separated: txt, docx, pdf, md")
    parser.add_argument("--dump", type=int, help="print resume number N, its classes and truth, then stop")
    parser.add_argument("--keep", type=Path, help="write the files into this folder and keep them")
    args = parser.parse_args()
    if args.dump is not None:
        case = generate(args.seed, args.dump)
        print(case.text())
        print("classes:", case.classes, case.blocks, case.families)
        print("degrees:", [(d.level, d.field, d.in_progress, d.classes["notation"]) for d in case.degrees])
        print(f"highest: {case.highest}; years: {case.total_years}; claimed: {case.claimed}")
        print("positions:", case.date_lines)
        return
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    vocabulary = load_vocabulary()
    kinds = [k.strip() for k in args.formats.split(",") if k.strip()]
    samples = []
    with tempfile.TemporaryDirectory(prefix="gapcheck-synthetic-") as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for index in range(args.count):
            case = generate(args.seed, index)
            for kind in kinds:
                path = write_case(case, kind, folder / f"synthetic-{args.seed}-{index:04d}.{kind}")
                samples.append(score(case, kind, read_resume(path, as_of=AS_OF, vocabulary=vocabulary)))
    print(report(samples))


if __name__ == "__main__":
    main()
