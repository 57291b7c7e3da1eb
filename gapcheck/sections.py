"""Resume lines -> sections (experience, education, skills, ...) from the headings real resumes use."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from gapcheck.dates import years_in
from gapcheck.jobwords import TITLE_WORDS
from gapcheck.models import Section

_HEADINGS: dict[str, tuple[str, ...]] = {
    "experience": (
        "experience", "work experience", "professional experience", "employment", "employment history",
        "work history", "career history", "relevant experience", "industry experience", "research experience",
        "teaching experience", "internships", "internship", "internship experience", "professional background",
        "positions", "academic positions", "appointments", "academic appointments", "professional history",
        "research and work experience", "work and research experience", "research positions",
        "academic experience", "professional employment", "work", "career", "experience and internships",
        "professional experience and internships", "relevant work experience", "employment experience",
        "technical experience", "related experience", "research", "teaching", "job history",
        "previous experience", "other experience", "additional experience", "industrial experience",
        "experiencia", "experiencia laboral", "experiencia profesional", "berufserfahrung",
        # the same headings in the other languages resumes here are written in
        "arbeitserfahrung", "berufliche erfahrung", "beruflicher werdegang", "werdegang", "berufspraxis",
        "praxiserfahrung", "praktika", "expérience professionnelle", "expériences professionnelles",
        "parcours professionnel", "esperienza lavorativa", "esperienze lavorative", "esperienza professionale",
        "esperienze professionali", "experiência profissional", "experiências profissionais", "werkervaring",
        "trayectoria profesional",
        "work experiences", "professional experiences", "research experiences", "experiences",
        "working experience", "working experiences", "working exp", "work exp", "exp",
        "employment record", "professional appointments", "military service", "freelance work", "freelance",
        "teaching and mentoring", "experience highlights", "positions held", "research positions held",
        # an academic CV's teaching: the courses taught and assisted, with their terms
        "teaching activities", "teaching assistantships", "teaching assistantship", "teaching positions",
        "teaching appointments", "teaching experiences", "teaching duties", "lecturing",
        # a graduate student's paid posts: "Assistantships" over "Teaching" and "Research"
        "assistantships", "research assistantships", "graduate assistantships", "teaching and research assistantships",
        # Chinese, Japanese, Korean and Russian resumes
        "工作经历", "工作经验", "实习经历", "实习经验", "职业经历", "職歴", "職務経歴", "경력", "경력사항",
        "опыт работы",
    ),
    "education": (
        "education", "education and training", "titoli di studio", "academic background", "academic qualifications",
        "educational background", "academic history", "degrees", "academic", "qualifications",
        "educational qualifications", "education history", "qualification", "academic profile", "academic details",
        "educational qualification", "academic qualification", "formación", "formación académica",
        "educación", "ausbildung", "studies", "education and certifications", "academics",
        "bildungsweg", "schulbildung", "studium", "schule und studium", "schule", "ausbildung und studium",
        "formation", "formation académique", "formazione", "istruzione",
        "formação", "formação acadêmica", "formação académica", "opleiding",
        "教育背景", "教育经历", "学历", "学歴", "학력", "образование",
    ),
    "skills": (
        "skills", "technical skills", "core competencies", "competencies", "key skills", "tools",
        "technologies", "tech stack", "programming languages", "skill highlights", "areas of expertise",
        "expertise", "technical proficiencies", "computer skills", "it skills", "skills summary",
        "tools and technologies", "technical expertise", "core qualifications", "skills and tools",
        "technical skills and tools", "professional skills", "software skills", "software", "skill set",
        "skillset", "technical summary", "technical competencies", "relevant skills", "additional skills",
        "skills and abilities", "skills and interests", "skills and expertise", "hard skills", "soft skills",
        "key competencies", "summary of skills", "technical knowledge", "habilidades", "competencias",
        "kenntnisse", "fähigkeiten", "kompetenzen", "fachliche kenntnisse", "edv kenntnisse", "it kenntnisse",
        "compétences", "competenze", "competências",
        "strengths", "core skills", "computer proficiency", "languages and technologies",
        "frameworks", "libraries", "databases", "platforms",
        "技能", "专业技能", "个人技能", "スキル", "보유 기술", "навыки", "ключевые навыки",
    ),
    "projects": (
        "projects", "personal projects", "academic projects", "selected projects", "key projects",
        "side projects", "project experience", "technical projects", "research projects", "open source",
        "open source projects", "projects and research", "proyectos", "relevant projects", "notable projects",
        "项目经验", "项目经历", "プロジェクト", "프로젝트", "проекты",
    ),
    "publications": (
        "publications", "selected publications", "papers", "conference papers", "journal articles",
        "preprints", "patents", "peer reviewed publications", "journal publications", "conference publications",
        "publications and presentations", "presentations", "talks", "invited talks", "pubblicazioni", "publicaciones",
        "publikationen", "conferences", "conferenze", "conferenze e corsi",
    ),
    "certifications": (
        "certifications", "certificates", "licenses and certifications", "licenses", "training",
        "courses", "certification", "professional development", "coursework", "relevant coursework",
        "online courses", "trainings", "certifications and training", "continuing education",
    ),
    "awards": (
        "awards", "honors", "honours", "achievements", "awards and honors", "awards and honours",
        "honors and awards", "honours and awards", "scholarships", "accomplishments", "awards and achievements",
        "grants", "fellowships", "grants and awards", "distinctions", "funding", "research funding",
        "grants and funding", "funding and awards", "scholarships and grants",
    ),
    "summary": (
        "summary", "professional summary", "profile", "about me", "objective", "career objective",
        "overview", "about", "executive profile", "career overview", "professional profile", "personal profile",
        "executive summary", "summary of qualifications", "career summary", "personal statement", "perfil",
        "research interests", "interests and expertise", "highlights", "professional overview",
    ),
    "volunteer": (
        "volunteer", "volunteering", "volunteer experience", "community service", "leadership",
        "leadership and activities", "extracurricular activities", "activities", "extracurricular",
        "leadership and volunteering", "service", "professional service", "affiliations", "memberships",
        "professional affiliations", "organizations", "community involvement", "leadership and involvement",
        "leadership experience", "campus involvement", "student activities", "clubs and societies", "clubs",
        "societies", "involvement", "university involvement", "student involvement", "student organizations",
        "clubs and organizations",
    ),
    # theses and students a researcher supervised: the students' dates, not the supervisor's positions
    "supervision": (
        "supervision", "supervised theses", "co supervised theses", "theses supervised", "thesis supervision",
        "student supervision", "students supervised", "supervised students", "research supervision",
        "supervised student theses", "graduate students supervised", "student advising", "advising",
        "mentoring and supervision", "supervision and mentoring",
    ),
    "languages": ("languages", "language skills", "spoken languages", "idiomas", "sprachen", "language"),
    "interests": ("interests", "hobbies", "hobbies and interests", "personal interests", "interessen", "hobbys",
                  "interessen und hobbys"),
    "references": ("references", "referees"),
    "contact": ("contact", "contact details", "contact information", "personal details", "personal information"),
    "other": ("additional information", "other", "miscellaneous", "misc", "additional"),
}  # fmt: skip

SECTION_KINDS: tuple[str, ...] = ("header", *_HEADINGS)

# The last word of a short heading names its kind whatever adjective comes first.
_HEAD_NOUNS = {
    "experience": "experience", "employment": "experience", "internships": "experience",
    "education": "education", "skills": "skills", "competencies": "skills", "projects": "projects",
    "publications": "publications", "certifications": "certifications", "awards": "awards",
    "honors": "awards", "honours": "awards", "summary": "summary", "profile": "summary",
    "appointments": "experience", "involvement": "volunteer", "activities": "volunteer",
    "organizations": "volunteer", "organisations": "volunteer", "memberships": "volunteer", "affiliations": "volunteer",
    "proficiencies": "skills",
}  # fmt: skip
# "Experience Summary", "Employment Overview": a summary of the jobs is where the jobs are listed
_SUMMARY_NOUNS = frozenset({"summary", "overview"})
_EXPERIENCE_WORDS = frozenset({"experience", "experiences", "employment", "work"})
# "Work Experience (Selected)", "Experience (cont.)": a qualifier in brackets does not change the kind
_QUALIFIER = re.compile(
    r"(?<=\S)\s*\((?:selected|cont\.?|contd\.?|continued|recent|most recent|latest|highlights|"
    r"(?:reverse\s+)?chronological|last\s+\d+\s+years|\d+\+?\s+years?)\)\s*:?$",
    re.IGNORECASE,
)
# "Clubs :handshake:", ":briefcase: Experience": GitHub's emoji written as a shortcode
_SHORTCODE = re.compile(r"(?<!\S):[a-z0-9_+-]+:(?!\S)")
_JOINERS = frozenset({"and", "&", "/", "+"})
_PROSE = re.compile(r"\b(?:years?|of|with|in|for|the|my|our|and)\b")

_LOOKUP = {phrase: kind for kind, phrases in _HEADINGS.items() for phrase in phrases}
_MAX_WORDS = 6


def heading_kind(line: str) -> str | None:
    """Return the section kind a heading line names, or None when the line is not a heading.

    >>> heading_kind("WORK HISTORY"), heading_kind("Technical Skills:"), heading_kind("E X P E R I E N C E")
    ('experience', 'skills', 'experience')
    >>> heading_kind("Experience with large data sets") is None
    True
    """
    if len(line) > 60:
        return None
    text = _QUALIFIER.sub("", _SHORTCODE.sub("", line).strip())
    if re.fullmatch(r"(?:[A-Za-z] ){3,}[A-Za-z](?:\s+.*)?", text):
        text = re.sub(r"(?<=\b[A-Za-z]) (?=[A-Za-z]\b)", "", text)
    text = re.sub(r"\b([A-Z]) (?=[A-Z]{2,}\b)", r"\1", text)  # small caps read apart: "R ESEARCH E XPERIENCE"
    key = re.sub(r"[^\w\s&/]", " ", text.lower()).replace("&", " and ").replace("/", " and ")
    key = re.sub(r"\s+", " ", key).strip()
    key = re.sub(r"^\d+\s*", "", key)
    if not key or len(key.split()) > _MAX_WORDS:
        return None
    if key in _LOOKUP:
        return _LOOKUP[key]
    plural = _LOOKUP.get(_plural(key))
    if plural not in (None, "skills") and re.fullmatch(r"[\w\s&/-]+:?", text.strip()):
        # "Extracurricular Activity", "Publication", "Presentation": the list names the plural; a skill's name
        # alone on a line ("Technology)", "Database") is no heading
        return plural
    titled = text.isupper() or text.endswith(":") or all(w[0].isupper() for w in text.split() if w not in _JOINERS)
    if titled and (kind := _compound_kind(key)):
        return kind
    # "Experience ——" or "EDUCATION 2" (page-break artefacts) and "Skills & Interests"
    first_two = " ".join(key.split()[:2])
    for candidate in (first_two, key.split()[0]):
        kind = _LOOKUP.get(candidate)
        if kind and (text.isupper() or text.endswith(":")) and len(key.split()) <= 3:
            return kind
    return None


def _plural(key: str) -> str:
    """The heading with its last word in the plural: "award" -> "awards", "activity" -> "activities" (the
    headings are listed in the number resumes use most; a plural never stands for a singular that is listed,
    "Other Experiences" being no surer a job list than "Other Experience")."""
    head, _, word = key.rpartition(" ")
    if word.endswith("s"):
        return key
    word = word[:-1] + "ies" if word.endswith("y") else word + "s"
    return f"{head} {word}".strip()


def _compound_kind(key: str) -> str | None:
    """The kind of a titled heading built from known parts: "Selected Experience", "Relevant Projects",
    "Engineering Research & Professional Experience", "Research and Teaching Experience".

    The last part names the kind (a known heading, or qualifiers before a heading noun), except that a part
    naming experience wins over projects, skills and the like; the parts before it are short qualifiers, and
    no part reads as prose ("Experience with large data sets").
    """
    parts = key.split(" and ")
    if any(not part or len(part.split()) > 3 or _PROSE.search(part) for part in parts):
        return None
    kinds = [_LOOKUP.get(part) or _HEAD_NOUNS.get(part.split()[-1]) for part in parts]
    last = parts[-1].split()
    if last[-1] in _SUMMARY_NOUNS and _EXPERIENCE_WORDS.intersection(last[:-1]):
        return "experience"
    if len(parts) > 1 and parts[-1] in _LOOKUP:
        kind = _LOOKUP[parts[-1]]
    elif len(last) >= 2 - (len(parts) > 1) and last[-1] in _HEAD_NOUNS:
        kind = _HEAD_NOUNS[last[-1]]
    else:
        return None
    if "experience" in kinds and kind not in ("education", "volunteer"):
        return "experience"  # "Work Experience & Projects": the positions there must not be lost
    return kind


def find_sections(lines: tuple[str, ...] | list[str]) -> tuple[Section, ...]:
    """Split lines into sections; lines before the first heading form a ``header`` section.

    >>> [(s.kind, s.start, s.end) for s in find_sections(["Ann Lee", "EDUCATION", "B.S. Math", "Skills", "R"])]
    [('header', 0, 1), ('education', 2, 3), ('skills', 4, 5)]
    """
    sections: list[Section] = []
    kind, heading, start = "header", "", 0
    for i, line in enumerate(lines):
        new_kind = heading_kind(line)
        if new_kind is None or _inline_list(line):
            continue
        sections.append(Section(kind, heading, start, i))
        kind, heading, start = new_kind, line, i + 1
    sections.append(Section(kind, heading, start, len(lines)))
    found = [s for s in sections if s.end > s.start or s.kind != "header"]
    return tuple(_absorb_subheadings(found, lines))


# Volunteering, leadership and campus activities, and education, are sections of their own however many follow
# the jobs ("LEADERSHIP EXPERIENCE", "CAMPUS INVOLVEMENT", "VOLUNTEER EXPERIENCE"), never headings under each job;
# so are papers and talks ("Publications", "Publications (Continued)", "Presentations"), a researcher's students,
# languages, interests, referees and contact details: no job lists its own
_OWN_SECTIONS = frozenset(
    {"header", "experience", "volunteer", "education", "publications", "supervision", "languages", "interests",
     "references", "contact"}
)  # fmt: skip


def _absorb_subheadings(sections: list[Section], lines: Sequence[str]) -> list[Section]:
    """A heading repeated inside the experience section ("Projects", "Technologies" under each job) is a
    sub-heading of the entries there, not a section of its own: keep it inside the experience section.

    A heading followed at once by another of its kind ("Honors & Awards" over "International Awards" and
    "Domestic Awards") heads a section with sub-headings of its own: it is not under a job; so do two sections of a
    kind one after the other with no job between them ("Funding" and its grants, then "Awards")."""
    counts = Counter(s.kind for s in sections)
    headed = {a.kind for a, b in zip(sections, sections[1:], strict=False) if a.end == a.start and b.kind == a.kind}
    headed |= {  # right after the jobs: "Funding" and its grants, then "Awards"
        a.kind
        for before, a, b in zip(sections, sections[1:], sections[2:], strict=False)
        if before.kind == "experience" and b.kind == a.kind and not any(map(_job_line, lines[a.start : a.end]))
    }
    repeated = {k for k, n in counts.items() if n >= 2 and k not in _OWN_SECTIONS and k not in headed}
    out: list[Section] = []
    for section in sections:
        if section.kind in repeated and out and out[-1].kind == "experience":
            out[-1] = Section("experience", out[-1].heading, out[-1].start, section.end)
        else:
            out.append(section)
    return out


def _job_line(line: str) -> bool:
    """A dated line that is no list item, or names a job title ("Globex - R&D   2021 - 2022", "• 2019 Engineer, Acme"):
    a position's name line, where an item of a grants list ("• June 2025: Research grant by the X Program") is not."""
    return bool(years_in(line)) and (
        not line.lstrip().startswith(("•", "-", "*")) or TITLE_WORDS.search(line) is not None
    )


_GUTTER = re.compile(r"^([A-Z][A-Z&/ ]{3,30}?)\s+(?=\S)(.+)$")


def split_gutter_headings(lines: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Split 'EMPLOYMENT Postdoc, UC Berkeley 2011 - 2014' (a heading in the left gutter, read on the same
    line as the first entry) into the heading and the entry.

    >>> split_gutter_headings(["EXPERIENCE Data Analyst, Acme   2019 - 2021", "WORK HISTORY"])
    ('EXPERIENCE', 'Data Analyst, Acme   2019 - 2021', 'WORK HISTORY')
    """
    out: list[str] = []
    for line in lines:
        match = _GUTTER.match(line)
        # "VOLUNTEER EXPERIENCE :handshake:" is one heading, not "VOLUNTEER" beside an entry
        if match and heading_kind(match.group(1).strip()) and not match.group(2).isupper() and not heading_kind(line):
            out += [match.group(1).strip(), match.group(2).strip()]
        else:
            out.append(line)
    return tuple(out)


def _inline_list(line: str) -> bool:
    """'Skills: Python, R' is a line of skills, not a heading."""
    head, sep, rest = _SHORTCODE.sub("", line).partition(":")
    return bool(sep and rest.strip())
