"""One resume line -> the degrees it states: degree names, combined degrees, job titles, the field named."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gapcheck.dates import strip_dates, years_in
from gapcheck.degreecells import (
    CELL_BREAK,
    ENTRY_TITLE_RE,
    NAMES_ITS_FIELD,
    level_cells,
    opens_entry,
    title_opens_entry,
)
from gapcheck.degreefields import field_before, stated_field, subject_of
from gapcheck.degreenames import load_degree_names
from gapcheck.fieldforms import implied_field, title_field
from gapcheck.fields import in_english, is_field_name, known_field
from gapcheck.schools import INSTITUTION

_STATUS = r"(?:\s*\((?:currently\s+)?(?:pursuing|ongoing|in\s+progress|expected)\b[^)]*\))?"  # "Master's (Pursuing) in"
# Spellings that are degrees wherever they appear (dotted abbreviations, words).
_STRONG = {
    "doctorate": (
        r"ph\.\s?d\.?|phd|d\.\s?phil\.?|dphil|doctor\s+of\s+(?:philosophy|science|engineering|education)|"
        r"doctorate|doctoral\s+degree|doctoral(?=\s+(?:candidate|student)\b)|sc\.\s?d\.?|ed\.\s?d\.?|"
        r"doctor\s+of\s+(?:medicine|pharmacy|dental\s+(?:surgery|medicine))|pharm\.?\s?d\.?|juris\s+doctor|"
        r"doctor\s+of\s+(?:nursing\s+practice|(?:physical|occupational)\s+therapy|business\s+administration|psychology|"
        r"(?:veterinary|osteopathic)\s+medicine|public\s+health|social\s+work|musical\s+arts|audiology|optometry)|"
        r"d\.\s?sc\.|eng\.\s?d\.|engd|psy\.?\s?d\.?|d\.\s?n\.\s?p\.|d\.\s?p\.\s?t\.|d\.\s?d\.\s?s\.|"
        r"d\.\s?v\.\s?m\.|d\.\s?b\.\s?a\.|j\.\s?d\.|m\.\s?d\."
    ),
    "master": (
        r"m\.\s?s\.\s?e\.\s?e\.|m\.\s?s\.\s?e\.|m\.\s?a\.\s?sc\.|m\.\s?des\.?|mdes|"
        r"m\.\s?pharm\.?|mpharm|m\.\s?agric\.?|"
        r"m\.\s?s\.(?!\s?(?:office|excel|word))|m\.\s?sc\.?|msc|m\.\s?eng\.?|meng|m\.\s?tech\.?|mtech|mba|m\.b\.a\.?|"
        r"m\.\s?a\.|m\.\s?phil\.?|mphil|m\.\s?ed\.?|m\.\s?res\.?|mres|mca|m\.c\.a\.|mph|m\.p\.h\.|mfa|"
        r"master(?:'s|’s|s)?(?:\s+degrees?)?" + _STATUS + r"(?:\s+of(?!\s+(?:ceremonies|wine|the\b))|\s+in|\s*[,:])|"
        r"master(?:'s|’s|s)?\s+degree|"
        r"m\.\s?s(?=\s*[,(:]|\s+(?:in|of)\b)|master\s+program(?:me)?|"
        r"m\.\s?s\.\s?c\.?|sc\.\s?m\.|"
        r"m\.?\s?sci\.?|mmath|mphys|mchem|ll\.\s?m\.|"  # UK integrated masters; "LLM" alone is a language model
        # India, the arts, the US education specialist
        r"m\.\s?com\.?(?![/\w])|mcom|emba|m\.\s?e\.|m\.\s?f\.\s?a\.|m\.\s?mus\.?|ed\.\s?s\.|pgdm"
    ),
    "bachelor": (
        r"b\.\s?s\.\s?e\.\s?e\.|b\.\s?a\.\s?sc\.|b\.\s?des\.?|bdes|b\.\s?pharm\.?|bpharm|"
        r"b\.\s?s\.(?!\s?(?:office|excel))|b\.\s?sc\.?|bsc|b\.\s?tech\.?|btech|b\.\s?e\.|b\.\s?e(?=\s*[:,(]|\s+(?:in|of)\b)|"
        r"b\.\s?eng\.?|beng|b\.\s?a\.|bba|b\.b\.a\.?|bca|b\.c\.a\.|b\.\s?com\.?|bcom|b\.\s?s\.\s?c\.?|a\.\s?b\.|s\.\s?b\.|"
        r"b\.\s?arch\.?|b\.\s?agric\.?|sc\.\s?b\.|bachelor(?:'s|’s|s)?(?:\s+degrees?)?"
        + _STATUS
        + r"(?:\s+of|\s+in|\s*[,:])|"
        r"bachelor(?:'s|’s)\s+degree|"
        r"bachelor(?:'s|’s|s)?(?=\s*(?:[-/+&]|and\s)\s*(?:master|m\.))|b\.\s?[sa](?=\s*[,(:]|\s+(?:in|of)\b)|"
        r"bachelor\s+program(?:me)?|undergraduate\s+degree|b\.\s?s\.\s?e\.?|bse|"
        r"ll\.?\s?b\.?|b\.\s?f\.\s?a\.|b\.\s?mus\.?|b\.\s?ed\.|mb\s?chb|mb\s?bs|bm\s?bch|"
        r"baccalaureate(?=\s+(?:degree|of|in)\b)"
    ),
    "associate": (
        r"a\.\s?a\.\s?s\.|a\.\s?a\.|a\.\s?s\.|associate(?:'s|’s|d|s)?\s+(?:degree|of(?=\s+(?:arts|science|applied)))|"
        r"foundation\s+degree"  # the UK's two-year degree
    ),
}
# Other countries' names (Diplom, laurea, licence, licenciatura, bacharelado, ...) are data: data/degree_names.yaml
_NAMES = load_degree_names()
# Words naming a thesis or final project, in each language ("Thesis", "Arbeit", "Tesi", "Mémoire", "TCC")
THESES = _NAMES.theses
# "Ingeniería de/en", "Engenharia de/da/do/em": the Spanish and Portuguese words joining a degree's name to its field
_IBERIAN_JOINERS = _NAMES.joiners["es"] + "|" + _NAMES.joiners["pt"]
_IBERIAN_JOINER = re.compile(r"\s+(?i:" + _IBERIAN_JOINERS + r")\s")
_STRONG = {level: "|".join(filter(None, (pattern, _NAMES.names[level]))) for level, pattern in _STRONG.items()}
# Bare capitals that are degrees only in an education section or right before a field ("BS in Physics").
_WEAK = {
    "doctorate": r"PhD|PHD|DSc|DNP|DPT|DDS|DVM",
    "master": r"MS|MA|ME|MSE|MSCS|MEng|MSc|MS[cC][sS]?|MSEE|MSME|MSIT|MSN|MSW|MPA|MPP|MASc|MDS|DEA|DESS",
    "bachelor": r"BS|BA|BE|BSE|BSCS|BEng|BSc|BS[cC]|BSEE|BSME|BSIT|BSBA|BSN|BFA|BASc|BDS|BAMS|BHMS|BBM",
    "associate": r"AA|AS|AAS|ADN|ASN|DUT|BTS|DEUG",  # nursing; France's two-year diplomas
}
# Words that name a degree only in an education section and only before a field: "Undergraduate of Software
# Engineering", "Associate : Accounting", "Associate in Arts" (elsewhere, and after a word, they are job titles).
# A level's letter and the subject's short name in capitalised parts, before "in"/"of" and a capitalised field
_SUBJECT_ABBREVIATION = (
    r"{letter}(?:[A-Z][a-z]{{1,4}}){{1,2}}(?:\s*\((?i:hons?\.?|honou?rs)\))?(?=\s+(?:in|of)\s+[A-Z])"
)
_SUBJECT_ABBREVIATION_NAME = r"[BM](?:[A-Z][a-z]{1,4}){1,2}"
_EDUCATION_ONLY = {
    "doctorate": r"(?<!,\s)MD(?=\s*[,(]|\s+(?i:in|of)\s|\s*$)",  # elsewhere a managing director; "Baltimore, MD"
    # MIT's master (elsewhere "S. M." is someone's initials); any "M" + the subject's short name before "in"/"of" and
    # a field, as Commonwealth universities write them: "MSt in History", "MEcon in Finance", "MComm of Accounting"
    "master": r"S\.\s?M\.(?=\s+in\s+[A-Z])|" + _SUBJECT_ABBREVIATION.format(letter="M"),
    "bachelor": _SUBJECT_ABBREVIATION.format(letter="B")  # "BMan in Marketing", "BEc of Economics", "BPhil in X"
    + r"|(?i:undergraduate)(?=\s+(?i:student\s+)?(?i:of|in)\s+[A-Z])|"
    # a Latin American degree, Chile's "Ingeniero Civil en Informática" too
    # in a sentence only with its capital ("Título de Ingeniero Civil en ...", not "formação em engenharia de ...")
    r"(?:(?<![^\W\d_]\s)|(?=[IE]))(?i:ingenier[ií]a|ingenier[oa]|engenharia|engenheir[oa])(?:\s+(?i:civil))?(?=\s+(?i:"
    + _IBERIAN_JOINERS
    + r")\s)|"
    # the bare word in a level's place: "2011–2016 University, Civil Engineering" / "2005–2010 High School, ..."
    r"(?:^|(?<=\d)|(?<=\d\s)|(?<=[•·]\s))University(?=\s*[,:|–—]\s*[A-Z])",
    "associate": r"(?<![A-Za-z]\s)(?i:associate(?:'s|’s|s)?)(?=\s*(?::|\b(?i:in)\b)\s*[A-Z])",
}
_EDUCATION_ONLY_RE = {level: re.compile(r"(?<![\w.])" + p) for level, p in _EDUCATION_ONLY.items()}
_NATIONAL_EDUCATION_ONLY_RE = {
    level: re.compile(r"(?<![\w.])(?:" + p + r")(?!\w)", re.IGNORECASE)
    for level, p in _NAMES.education_only.items()
    if p
}
# A bare "Bachelor" or "Master" before its field, in an education section: "Bachelor computer science, ..."
_BARE_NAME_RE = {level: re.compile(r"(?<![\w.])(?i:" + level + r")(?=\s+[A-Za-z])") for level in ("master", "bachelor")}
_BARE_LEVEL_RE = {level: re.compile(r"(?<![\w.])(?i:" + level + r")(?![\w'’])") for level in ("master", "bachelor")}
# ... or before its field in quotes, past a programme's code: "Master (M2R) «Probabilités & Applications»"
_QUOTED_NAME_RE = {
    level: re.compile(r"(?<![\w.])(?i:" + level + r")(?=(?:\s*\([^()]{1,12}\))?\s+[«“\"„‘]\s*[^\W\d_])")
    for level in ("master", "bachelor")
}
# A post-graduate course that ranks no level ("Pós-Graduação em Engenharia de Software"): no degree word after it
_NO_LEVEL = re.compile(r"(?<!\w)(?:" + _NAMES.no_level + r")(?!\w)", re.IGNORECASE)
# Chinese, Japanese and Korean degree names, written straight after their field ("计算机科学与技术学士"); a
# postdoc (博士后) and a doctoral student (博士生, in progress below) are no doctorate held
_CJK = {
    "doctorate": r"博士(?![后後])|박사(?!\s?후)",
    "master": r"硕士|碩士|修士|석사",
    "bachelor": r"学士|學士|本科|학사",
    "associate": r"副学士|副學士|专科|專科|短期大学士|전문학사",
}
STRONG_RE = {
    level: re.compile(r"(?<![\w.@])(?:" + pattern + r")(?![\w])|" + _CJK[level], re.IGNORECASE)
    for level, pattern in _STRONG.items()
}
_OFFICE_WORDS = (
    r"(?i:office|excel|word|outlook|powerpoint|access|sql|project|teams|visio|dos|paint|azure|dynamics|windows|"
    r"sharepoint|exchange|visual\s+studio|onedrive|power\s?bi|power\s+apps|intune)"
)
_OFFICE = r"(?!\s?-?\s?" + _OFFICE_WORDS + ")"
_WEAK_RE = {level: re.compile(r"(?<![\w.])(?:" + p + r")(?![\w.])" + _OFFICE) for level, p in _WEAK.items()}
_HONOURS = r"(?:\((?i:hons?\.?|honou?rs)\)\s*)?"
_WEAK_FIELD = re.compile(
    r"^\s*" + _HONOURS + r"(?:in|of|,|-|–|—|:|\|)?\s*[«“\"„]?[A-Z][a-z]"
)  # 'DESS "Ingénierie ..."'
# In an education section, a bare capital before a parenthesised field or status ("BS (Psychology), GPA 3.52",
# "BS (in progress)") or before comma-separated degree details ("BS, GPA 3.9/4.0", "MS, magna cum laude")
_WEAK_DETAILS = re.compile(
    r"^\s*\(\s*(?!" + _OFFICE_WORDS + r"\b)[A-Za-z][^)]*\)|"
    r"^\s*,\s*(?i:c?gpa\b|summa\b|magna\b|cum\s+laude\b|with\s+(?:high\s+)?(?:honou?rs|distinction)\b|"
    r"honou?rs\b|first\s+class\b|minor\b|major\b|expected\b|graduated\b|class\s+of\b|in\s+progress\b|(?:19|20)\d\d\b)|"
    r"^\s+(?i:with\s+(?:[a-z-]+\s+){0,3}?(?:honou?rs|distinction)\b)"  # "BA with Honours in History"
)
_WEAK_STATED = re.compile(r"^\s*" + _HONOURS + r"(?:in|of|,|:)\s*[A-Z][a-z]")  # outside education: "BS in Physics"
NOT_DEGREE = re.compile(
    r"high\s+school|secondary\s+school|\ba[\s-]levels?\b|\b(?:gce|hsc|ssc|cbse)\b|g\.c\.e|diploma\s+in|certificate|"
    r"\bclass\s+(?:x|xii|10|12)(?:th)?\b|\b(?:10|12)th\s+(?:standard|grade|class)\b|matriculation|senior\s+secondary|"
    r"certification|certified|\bged\b",
    re.IGNORECASE,
)
NOT_FINISHED = re.compile(
    r"\b(?:" + _NAMES.unfinished + r")(?!\w)|"  # words of each language: data/degree_names.yaml
    r"\b(?:coursework|credits|hours|years?|semesters?|courses)\s+(?:completed\s+)?towards?\b|"
    r"中退|肄业|肄業|退学|не\s?оконч\w*|незаконч\w*|неоконч\w*",
    re.IGNORECASE,
)
# Only words that say so, or an open-ended or future date, make a degree "in progress" (a 2009 BA is awarded).
# Phrases saying the degree is not awarded yet, wherever in its entry ("thesis pending defence", "último semestre")
PENDING = re.compile(r"(?<!\w)(?:" + _NAMES.pending + r")(?!\w)", re.IGNORECASE)
IN_PROGRESS = re.compile(
    r"(?<!\w)(?:"
    + _NAMES.in_progress
    + "|"
    + _NAMES.pending
    + r")(?!\w)|"  # words of each language: data/degree_names.yaml
    r"candidate(?!\s+of\s+(?:[a-z]+\s+)?sciences?)|\bABD\b|all\s+but\s+dissertation|"
    r"\(future\)|\(\s*(?:current|now|present|running)\s*\)|"
    r"(?<=\d)\s*[-–—~]+\s*(?:running|continuing|till\s+now|to\s+date|now)\b|"  # "2026 — Running", "2021 - now"
    r"в\s+процессе|(?<!\w)\d\s*курс(?!\w)|"
    r"\d+\s*(?:st|nd|rd|th|ro|do|to|mo|vo|no|er|e|°|º|ª)?\s*ciclo\b|"  # "9no ciclo", "6th semester"
    r"\d+(?:st|nd|rd|th|ro|do|to|mo|vo|no|er|e|°|º|ª)\s*(?:semestre|semester)\b|"
    r"在读|在讀|在学|在學|预计|預計|見込|博士生|硕士生|碩士生|аспирант\w*|аспірант\w*|ожида\w*|очікує\w*",
    re.IGNORECASE,
)
# Between two degree names of one combined or dual degree: "B.S./M.S.", "B.Tech + M.Tech", "Ph.D. and M.S."
_JOINER = re.compile(r"[\s/+&,()-]*(?:\band\b)?[\s/+&,()-]*", re.IGNORECASE)
# A degree word naming a job, an award or other people is no degree: "PhD Research Intern", "Scrum Master, Acme",
# "Supervised 3 M.S. students in Computer Science at MIT"
_JOB_AFTER = re.compile(
    r"(?:\s+|-)(?:(?:research|student|summer|graduate|visiting|teaching|level)\s+)*(?:intern(?:ship)?|researcher|"
    r"assistant|engineer|scientist|developer|analyst|manager|consultant|recruiter|advis[oe]r|coordinator|"
    r"mentor|tutor|admissions|officer|fellow(?:ship)?|scholar(?:ship)?|award|prize|grant|"
    r"students|candidates|holders|applicants|graduates|alumni|theses|modules|lectures|"
    r"courses?|classes|programs|cohorts?|level|"  # about others and programmes
    r"qualif\w*|candidacy|prelim\w*|exams?|examinations?|proposal|forum|symposium|consortium|workshop|seminar|"
    r"colloquium|positions?|openings?)\b",  # steps towards a degree, events, jobs: "passed the PhD qualifier"
    re.IGNORECASE,
)
_NAME_GOES_ON = re.compile(r"(?:\bof|\bin|,)$", re.IGNORECASE)
# "Scrum Master", "Senior BA" (a business analyst), "Lead ME": a job, not a degree
_JOB_BEFORE = re.compile(
    r"\b(?:scrum|quiz|grand|toast|head|web|post[- ]?|senior|sr\.?|junior|jr\.?|lead|principal|staff|chief|"
    r"mini|honorary|hon\.)\s*-?\s*$",  # "Mini MBA" is a short course, an honorary doctorate is not earned
    re.IGNORECASE,
)
# Outside education: "taught in the MBA program" names a programme; "assistant to Dr. Jane Smith, PhD" someone else
_PROGRAMME_BEFORE = re.compile(r"\b(?:for|within|across)\s+the\s+$", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
_OWN_BEFORE = re.compile(
    r"\b(?:graduated?\s+(?:of|from)|alumn\w*\s+of|enrolled\s+in|admitted\s+to|accepted\s+(?:in|into|to)|completed|"
    r"earned|finished|pursuing|holds?)\s+the\s+$",
    re.IGNORECASE,
)
_PROGRAMME_AFTER = re.compile(r"^[^,;]{0,40}?\bprogram(?:me)?s?\b", re.IGNORECASE)
_NAMED = (
    r"\s+(?:(?:Dr|Prof|Professor|Mr|Ms|Mrs)\.?\s+(?:[A-Z][\w.'-]*\s+){0,3}|(?:[A-Z][\w.'-]*\s+){1,3})"
    r"[A-Z][\w'-]*\s*[,(]\s*$"
)
_SOMEONE_BEFORE = re.compile(r"\b(?:to|under|with|by)" + _NAMED)
# Anywhere, education included: "Advisor: Dr. Jane Smith, PhD", "Thesis supervisor: Prof. Li Wei, Ph.D."
_LABELLED_PERSON_BEFORE = re.compile(
    r"\b(?i:advis[eo]rs?|supervis[eo]rs?|mentors?|promot[eo]rs?|betreuer(?:in)?|doktor(?:vater|mutter)|gutachter(?:in)?|"
    r"directeur|directrice|orientador[a]?|relatore|relatrice|committee(?:\s+members?)?|principal\s+investigator|"
    r"referees?|references?|contact|PI)\s*:?(?:\s+(?i:by|is|was))?" + _NAMED
)
# Before the degree, in its clause, words saying it is not held: "did not continue to a PhD", "planning to pursue an
# MBA", "applying to PhD programs", "instead of a master's"
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:didn['’]t|did\s+not|never|not(?![\s-]+for[\s-]+profit)|instead\s+of|rather\s+than|without|(?:plan(?:s|ned|ning)?|hop(?:e|es|ed|ing)|intend(?:s|ed|ing)?|"
    r"aspir(?:e|es|ed|ing)|want(?:s|ed|ing)?|wish(?:es|ed|ing)?)\s+to|would\s+like\s+to|consider(?:s|ed|ing)?|apply(?:ing)?\s+(?:to|for)|prepar(?:e|es|ing)\s+for)"
    r"\b[^.;•|]*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DegreeStatement:
    """One degree a line states: a degree name, what follows it, and whether the line anchors it."""

    level: str
    field: str | None
    in_progress: bool
    """The line says so: "expected", "candidate", "pursuing", "in progress"."""
    anchored: bool
    """The line itself names a field, an institution or a date (a degree name alone is not a statement)."""


def degree_statements(line: str, *, in_education: bool) -> tuple[DegreeStatement, ...]:
    """The degrees a line states; combined and dual degrees give one statement per level.

    >>> [(s.level, s.field) for s in degree_statements("B.S./M.S. in Computer Science", in_education=False)]
    [('bachelor', 'Computer Science'), ('master', 'Computer Science')]
    >>> degree_statements("PhD Research Intern, Vision Lab", in_education=False)
    ()
    """
    mentions = _mentions(line, weak_ok=in_education)
    if not mentions:  # most lines name no degree: nothing more to look for
        return ()
    if (NOT_DEGREE.search(line) and not STRONG_RE["bachelor"].search(line)) or _names_people(line):
        return ()
    if NOT_FINISHED.search(line):  # "B.S. in Biology (incomplete)", "3 years toward a B.S.": no degree held
        return ()
    groups: list[list[tuple[str, int, int]]] = []
    hints: list[str | None] = []  # a subject named inside a group: "Master of Business Administration (MBA)"
    for mention in mentions:
        subject, between = None, line[groups[-1][-1][2] : mention[1]] if groups else ""
        if groups:  # "Bachelor of Science, BE ...", "Master of Science (M.S.)": the name's subject sits between
            subject, between = subject_of(line[groups[-1][-1][1] : groups[-1][-1][2]], between)
        if groups and _JOINER.fullmatch(between):
            groups[-1].append(mention)
            hints[-1] = hints[-1] or subject
        else:
            groups.append([mention])
            hints.append(None)
    anchored = bool(years_in(line)) or bool(INSTITUTION.search(line))
    statements: list[DegreeStatement] = []
    for k, group in enumerate(groups):
        stop = groups[k + 1][0][1] if k + 1 < len(groups) else len(line)
        rest = line[group[-1][2] : stop]
        name = line[group[-1][1] : group[-1][2]]
        if _not_the_persons(line[: group[0][1]], name, rest, in_education=in_education):
            continue
        field, status = stated_field(name, rest, line)
        if NAMES_ITS_FIELD.fullmatch(name) and _IBERIAN_JOINER.match(rest):
            field = stated_field("", name + rest, line)[0] or field  # "Ingeniería de Sistemas" names the field whole
        joined = _IBERIAN_JOINER.match(rest) or re.match(r"\s+in\s", rest)  # "Ingeniero Civil en Informática"
        if any(title.fullmatch(name) for title in ENTRY_TITLE_RE.values()) and not (joined and field):
            field = title_field(name) or field  # "Electronic Engineer" names its field, a bare "Engineer" a later cell
        if k == 0 and not field and _ENGINEERING_DEGREE.match(name):  # "Mechanical Engineering Degree"
            field = field_before(line[: group[0][1]] + "Engineering")
        field = field or hints[k] or (field_before(line[: group[0][1]]) if k == 0 else None)
        field = field or (_han_field(line[: group[0][1]]) if _HAN.match(name) else None)
        for member in reversed(group):  # "B. Mus, BA": a member's name may say the field
            field = implied_field(line[member[1] : member[2]], field)
        field = in_english(field) if field else None
        # words of another degree's part do not say this one is under way: "B.S., 2015; M.S. (expected 2027)", nor
        # the few words right before the next degree's name, "Ingeniero ... y actualmente terminando la maestría"
        start, end = (_own_words(line, groups[k - 1][-1][2], group[0][1]) if k else 0), stop
        if k + 1 < len(groups):
            end = _own_words(line, group[-1][2], stop)
        in_progress = status or bool(IN_PROGRESS.search(line[start:end]))
        # a student's word right before the name: "Étudiant Ingénieur en Informatique", "Student, B.S. in Physics"
        in_progress = in_progress or bool(_STUDENT_BEFORE.search(line, start, group[0][1]))
        # a plural label before a list of fields: "Bachelor's Degrees: Modern Letters, Philosophy" (one degree each)
        fields = _listed_fields(rest) if _PLURAL.search(name) else [field]
        for level in dict.fromkeys(level for level, _, _ in group):
            level = "bachelor" if level == "master" and _APPLIED_DIPLOM.match(name + rest) else level
            for each in fields or [field]:
                statements.append(DegreeStatement(level, each, in_progress, each is not None or anchored))
    return tuple(statements)


_PLURAL = re.compile(r"(?:degrees|(?:bachelor|master)s)\W*$", re.IGNORECASE)


def _listed_fields(rest: str) -> list[str | None]:
    """The fields a plural label lists after its colon ("Modern Letters, Philosophy"): short names in capitals, one
    at least a known field; none when any item is a school, a date or other words."""
    items = [item.strip(" .") for item in re.split(r"\s*(?:[,;]|\band\b|&)\s*", rest.lstrip(" :"))]
    items = [item for item in items if item]
    names = all(
        len(item.split()) <= 5 and all(w[0].isupper() or w in ("of", "and") for w in item.split()) for item in items
    )
    if len(items) < 2 or not names or INSTITUTION.search(rest) or years_in(rest):
        return []
    if not any(is_field_name(item) for item in items):
        return []
    return [in_english(item) for item in items]


_ENGINEERING_DEGREE = re.compile(r"engineering\s+degree", re.IGNORECASE)
_STUDENT_BEFORE = re.compile(r"(?<![^\W\d_])(?i:" + _NAMES.student + r"|[ée]l[èe]ve)\s*[-,:]?\s*$")
_WORDS_BEFORE = re.compile(r"(?:[^\s,;()]+\s+){0,3}$")


def _own_words(line: str, after: int, name: int) -> int:
    """Where the few words right before a degree's name start (past the end of the degree before it): they belong
    to that name ("... y actualmente terminando la maestría")."""
    match = _WORDS_BEFORE.search(line, after, name)
    return match.start() if match else name


# A German Diplom from a university of applied sciences ("Dipl.-Ing. (FH)", "Diplom-Betriebswirt (DH)") ranks with a
# bachelor's; a university's Diplom with a master's
_APPLIED_DIPLOM = re.compile(r"(?i:dipl)[^(]{0,30}\((?:FH|DH|BA)\)")
_HAN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
# The field written straight before a Chinese, Japanese or Korean degree name: "计算机科学与技术学士", "工学 修士"
_HAN_FIELD = re.compile(r"([\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{2,})\s?$")
_HAN_NO_FIELD = re.compile(r"(?:大学|大學|学院|學院|대학교|학교|毕业|畢業|卒業|获得|獲得|取得)$")


def _han_field(before: str) -> str | None:
    match = _HAN_FIELD.search(before)
    return match.group(1) if match and not _HAN_NO_FIELD.search(match.group(1)) else None


# A professor's title before a degree is someone's name ahead: "Betreuer: Prof. Dr.-Ing. Jane Roe"
_PROFESSOR_BEFORE = re.compile(r"\b(?:Prof|Professor|Profa|Univ\.-Prof)\.?\s*$")


def _not_the_persons(before: str, name: str, rest: str, *, in_education: bool) -> bool:
    """A degree name in a job title, an award, about other people or a programme, or inside an organisation's name."""
    if _PROFESSOR_BEFORE.search(before) or _JOB_BEFORE.search(before) or _LABELLED_PERSON_BEFORE.search(before):
        return True
    if _NOT_HELD_BEFORE.search(before):
        return True
    if _NAME_GOES_ON.search(name):  # "Master of Science students": look past the subject
        rest = " " + re.sub(r"^\s*(?:[A-Z][\w&]*\s*){0,4}", "", rest)
    if _JOB_AFTER.match(rest):
        return True
    if in_education:
        return False
    about_programme = _PROGRAMME_BEFORE.search(before) or (_THE_BEFORE.search(before) and _PROGRAMME_AFTER.match(rest))
    if about_programme and not _OWN_BEFORE.search(before):
        return True  # "lecturer for the M.S. in Data Science", "taught in the MBA program" (not "completed the MBA")
    return bool(_SOMEONE_BEFORE.search(before)) or _part_of_a_name(name, rest)


# Someone's initials and surname, either way round: "A. A. Chikrii", "Lucas, S. M."
# ... or a surname and its bare initials, as medical and science journals cite authors ("Lynch VD, Roe MA, Doe JA")
_PERSON = re.compile(
    r"(?<![.\w])[A-Z]\.\s(?:[A-Z]\.\s)*[A-Z][a-z]+|\b[A-Z][a-z]+,\s(?:[A-Z]\.\s?)+|"
    r"\b[A-Z][a-z][\w'-]*\s[A-Z]{1,3}(?=\s*[,.;]|\s+(?:and|&)\s|\s*$)"
)


def _names_people(line: str) -> bool:
    """A list of authors or people ("Y. P. Kondratenko, V. Kreinovich, A. A. Chikrii"): its initials are no degrees."""
    people = [m for m in _PERSON.finditer(line) if not any(p.search(m.group()) for p in STRONG_RE.values())]
    return len(people) >= 3


_STATUS_WORD = re.compile(
    r"(?:graduate|holder|degree|hons|honou?rs|program|" + _NAMES.student + r")(?!\w)", re.IGNORECASE
)


def _part_of_a_name(name: str, rest: str) -> bool:
    """Outside education, an abbreviation without dots followed straight by words that are no known field is part of
    an organisation's name ("MSC Software Corporation"), not a degree ("MBA Finance", "PhD Physics" are); a title
    ("Ph.D.", "Lic.") so followed is someone's title before their name ("course taught by Ph.D. Pablo Soto")."""
    words = re.match(r"\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)", rest)
    # a title before a name ("Ph.D. Pablo Soto", "Lic. Ana Ruiz"), a name's initials ("M.D. Anderson", "J.D. Edwards")
    title = re.fullmatch(r"(?i:ph\.\s?d\.|dr\.|lic\.|m\.\s?d\.|j\.\s?d\.|m\.\s?e\.)", name)
    abbreviation = name.isupper() or len(name) <= 4  # "MSC", "PhD"; not a word such as "Laurea" ("Laurea In ...")
    if (("." in name or " " in name or not abbreviation) and not title) or words is None:
        return False
    if _STATUS_WORD.match(words.group(1)):
        return False
    return not is_field_name(words.group(1)) if title else known_field(words.group(1)) is None


def degree_mentions(line: str) -> list[tuple[str, int, int]]:
    """Degree levels named in a line, as (level, start, end), bare capitals included ("BS, MS or PhD").

    >>> [m[0] for m in degree_mentions("B.S. or M.S. in Computer Science; PhD preferred")]
    ['bachelor', 'master', 'doctorate']
    """
    return _mentions(line, weak_ok=True)


# "Cambridge, MA, USA", "Portland, ME 04101", "Starkville, MS | 2019": a US state after a city, no degree
_STATES = frozenset({"MA", "ME", "MS", "MD"})
_PLACE_BEFORE = re.compile(r"(?:^|[,|•;(]\s*|\s{2,})((?:[A-Z][a-z][\w.'-]*\s+){0,2}[A-Z][a-z][\w.'-]*),\s*$")
_DEGREE_GOES_ON = re.compile(
    r"\s*(?:[(:]|(?:in|of)\s)|\s*[,–—-]\s*(?P<field>[A-Z][\w&]*(?:\s+(?:[A-Z][\w&]*|and|of))*)"
)


def _us_state(line: str, start: int) -> bool:
    """Two capitals after a place's name and a comma: a state ("Boston, MA"), not a degree ("Stanford University, MS",
    "Computer Science, MS" and "BS, MS or PhD" name a school, a field, a degree; "Stanford, MS in Statistics" and
    "Stanford, MS, Statistics" go on to a field)."""
    end = start + 2
    place = _PLACE_BEFORE.search(line[:start])
    if line[start:end] not in _STATES or place is None:
        return False
    goes_on = _DEGREE_GOES_ON.match(line[end:])
    field = goes_on.group("field") if goes_on else None
    if goes_on and (field is None or (is_field_name(field) and not _mentions(field, weak_ok=True))):
        return False
    name = place.group(1)
    return not (INSTITUTION.search(name) or is_field_name(name) or _mentions(name, weak_ok=True))


# After a bare level opening an entry, a cell in parentheses (a grade, the degree's abbreviation, the programme's
# name), maybe after the programme's code, then the cell's end: "Master (Très Bien), <school>", "Master (M.Sc.),
# <school>", "BTS IRIS (Informatique et Réseaux ...) aux CFAI", "Bachelor (Hons) – <school>"
_PARENTHESIS_CELL = re.compile(
    r"(?:\s+[A-Z][A-Z0-9]{1,5})?\s*\([^()]{1,80}\)\s*(?:$|[,|;:]|\s[-–—]\s|\s{2,}|\s(?i:à|au|aux|at|an|am|en|in|em|from)\s)"
)


def _opens_with_parenthesis(line: str, start: int, end: int) -> bool:
    """A bare level opens an education entry (only dates, bullets and dashes before it) and a cell in parentheses
    follows it."""
    return not any(c.isalnum() for c in strip_dates(line[:start])) and bool(_PARENTHESIS_CELL.match(line, end))


_CELL_END = re.compile(r"\s*(?:$|[,|;(]|\s[-–—]\s|\s{2,})")


def _closes_field_cell(line: str, start: int, end: int) -> bool:
    """A bare level closes a cell that a field opens: "<school>, Physik Master", "Computer Science Master (2019)"."""
    return (
        line[start - 1 : start] == " " and bool(_CELL_END.match(line, end)) and field_before(line[:start]) is not None
    )


def _field_follows(text: str) -> bool:
    """The words after a bare degree word start with a known field, in any case ("computer science, ...")."""
    words = re.split(r"\s*[,;|(–—]|\s-\s|\s{2,}", text, maxsplit=1)[0].split()
    titled = " ".join(w if w in ("and", "of") else w[:1].upper() + w[1:] for w in words)
    return bool(titled) and known_field(titled) is not None


# An abbreviation written with dots between its letters ("M.P.H", "D.U.T", "B.T.S.", "M.A"): read without them
_DOTTED = re.compile(r"(?<![\w.@/-])(?:[A-Za-z]{1,3}\.){1,3}[A-Za-z]{1,3}\.?(?![\w])")


# Degree names written in capitals without dots: the bare capitals, "BMan"-like names (the strong ones: STRONG_RE)
_CAPITALS = re.compile("|".join([*_WEAK.values(), _SUBJECT_ABBREVIATION_NAME]))


def _undotted(line: str) -> tuple[str, list[tuple[int, int]]]:
    """The line with each dotted abbreviation that no degree pattern reads as written put without its dots, padded to
    its length ("M.P.H in ..." -> "MPH   in ..."), and the spans so rewritten: the dots are spelling, not the name."""
    spans = []
    for match in _DOTTED.finditer(line):
        letters = match.group().replace(".", "")
        degree = _CAPITALS.fullmatch(letters) or any(p.fullmatch(letters) for p in STRONG_RE.values())
        if degree and not any(p.search(match.group()) for p in STRONG_RE.values()):
            line = line[: match.start()] + letters.ljust(len(match.group())) + line[match.end() :]
            spans.append(match.span())
    return line, spans


# An address or a file's name: its words name no degree ("https://example.org/phd-program", "cv-PhD-2024.pdf")
_ADDRESS = re.compile(
    r"(?i:https?://|www\.)\S+|\S+\.(?i:pdf|html?|php|aspx?|docx?|md|tex|txt)(?!\w)|"
    r"[a-z0-9-]+\.(?:com|org|net|edu|gov|io|info|[a-z]{2})/\S*"  # in lower case: "B.Sc/M.Sc" is no address
)


def _mentions(line: str, *, weak_ok: bool) -> list[tuple[str, int, int]]:
    if "/" in line or "www." in line or "." in line:
        line = _ADDRESS.sub(lambda address: " " * len(address.group()), line)
    line, undotted = _undotted(line) if "." in line else (line, [])
    mentions = []
    cells = level_cells(line) if weak_ok else []
    for level in ("doctorate", "master", "bachelor", "associate"):
        for match in STRONG_RE[level].finditer(line):
            mentions.append((level, match.start(), match.end()))
        for match in _WEAK_RE[level].finditer(line):
            after = line[match.end() :]
            before_field = bool((_WEAK_FIELD if weak_ok else _WEAK_STATED).match(after))
            before_field = before_field or (weak_ok and bool(_WEAK_DETAILS.match(after)))
            # a bare capital opening a row of cells: "1991–1992 DUT, IUT <name>, <city>, <field>"
            opens_row = weak_ok and opens_entry(line, match.start(), match.end()) and bool(CELL_BREAK.match(after))
            # or before a cell in parentheses: "2007 – 2009 – BTS IRIS (Informatique et Réseaux ...) aux CFAI"
            opens_row = opens_row or (weak_ok and _opens_with_parenthesis(line, match.start(), match.end()))
            short = weak_ok and len(line.split()) <= 8
            if (before_field or short or opens_row) and not _us_state(line, match.start()):
                mentions.append((level, match.start(), match.end()))
        if weak_ok and level in _EDUCATION_ONLY_RE:
            mentions.extend((level, m.start(), m.end()) for m in _EDUCATION_ONLY_RE[level].finditer(line))
        if weak_ok and level in _NATIONAL_EDUCATION_ONLY_RE:
            mentions.extend((level, m.start(), m.end()) for m in _NATIONAL_EDUCATION_ONLY_RE[level].finditer(line))
        if weak_ok and level in ENTRY_TITLE_RE:
            titles = ENTRY_TITLE_RE[level].finditer(line)
            mentions.extend((level, m.start(), m.end()) for m in titles if title_opens_entry(line, m))
        if weak_ok and level in _BARE_NAME_RE:
            bare = _BARE_NAME_RE[level].finditer(line)
            mentions.extend((level, m.start(), m.end()) for m in bare if _field_follows(line[m.end() :]))
            mentions.extend((level, m.start(), m.end()) for m in _QUOTED_NAME_RE[level].finditer(line))
            # a bare level before a cell in parentheses ("Master (Très Bien), <school>", "Master M2I (...) à l'ITIN")
            # or closing a cell a field opens ("<school>, Physik Master"): one pass over the line
            bare = _BARE_LEVEL_RE[level].finditer(line)
            mentions.extend(
                (level, m.start(), m.end())
                for m in bare
                if _opens_with_parenthesis(line, *m.span()) or _closes_field_cell(line, *m.span())
            )
            mentions.extend(cell for cell in cells if cell[0] == level)
    no_level = _NO_LEVEL.search(line)
    if no_level:  # only a level's own name after a specialisation's: "Pós-Graduação: Mestrado em ..."
        mentions = [m for m in mentions if m[2] <= no_level.start() or STRONG_RE[m[0]].fullmatch(line, m[1], m[2])]
    kept: list[tuple[str, int, int]] = []
    for mention in sorted(mentions, key=lambda m: (m[1], -m[2])):
        if (
            kept
            and _IBERIAN_JOINER.fullmatch(line, kept[-1][2], mention[1])
            and NAMES_ITS_FIELD.match(line, mention[1])
        ):
            continue  # "Mestrado em Engenharia de Software": the engineering degree's name is the master's field
        if not kept or mention[1] >= kept[-1][2]:
            kept.append(mention)
    # a name read without its dots spans its whole spelling ("D.U.T", not "DUT" and the padding)
    return [
        next(((level, a, b) for a, b in undotted if a <= start < b), (level, start, end)) for level, start, end in kept
    ]
