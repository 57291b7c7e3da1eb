"""One resume line -> the degrees it states: degree names, combined degrees, job titles, the field named."""

from __future__ import annotations

import re
from dataclasses import dataclass

from gapcheck.dates import years_in
from gapcheck.degreecells import ENTRY_TITLE_RE, NAMES_ITS_FIELD
from gapcheck.degreefields import SUPERVISOR_WORDS, stated_field, subject_of
from gapcheck.degreementions import IBERIAN_JOINER, STRONG_RE, find_mentions
from gapcheck.degreenames import load_degree_names
from gapcheck.fieldbefore import field_before
from gapcheck.fieldforms import implied_field, title_field
from gapcheck.fields import in_english, is_field_name, known_field
from gapcheck.schools import INSTITUTION

_NAMES = load_degree_names()
# Words naming a thesis or final project, in each language ("Thesis", "Arbeit", "Tesi", "Mémoire", "TCC")
THESES = _NAMES.theses
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
# A degree's label or its graduation opening a line of status before the status word: "Degree expected May 2027",
# "Diplôme attendu en juin 2027", "Graduation: in progress"
STATUS_LEAD = re.compile(r"^(?:" + _NAMES.degree_labels + r"|graduation|soutenance)\s*:?\s+", re.IGNORECASE)
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
    r"\b(?i:" + SUPERVISOR_WORDS + r"|gutachter(?:in)?|committee(?:\s+members?)?|principal\s+investigator|"
    r"referees?|references?|contact|PI)\s*:?(?:\s+(?i:by|is|was))?(?:" + _NAMED + r"|\s*$)"  # or the title right after
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
    mentions = find_mentions(line, weak_ok=in_education)
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
        if NAMES_ITS_FIELD.fullmatch(name) and IBERIAN_JOINER.match(rest):
            field = stated_field("", name + rest, line)[0] or field  # "Ingeniería de Sistemas" names the field whole
        joined = IBERIAN_JOINER.match(rest) or re.match(r"\s+in\s", rest)  # "Ingeniero Civil en Informática"
        if any(title.fullmatch(name) for title in ENTRY_TITLE_RE.values()) and not (joined and field):
            field = title_field(name) or field  # "Electronic Engineer" names its field, a bare "Engineer" a later cell
        if k == 0 and not field and _ENGINEERING_DEGREE.match(name):  # "Mechanical Engineering Degree"
            field = field_before(line[: group[0][1]] + "Engineering")
        option = re.match(r"\s*\(([^()]*)\)", rest)  # "Earth Sciences MSci (Geophysics)": a field, its option after
        if k == 0 and field and option and option[1].strip() == field and (before := field_before(line[: group[0][1]])):
            field = f"{before} ({field})"
        field = field or hints[k] or (field_before(line[: group[0][1]]) if k == 0 else None)
        field = field or (_han_field(line[: group[0][1]]) if _HAN.match(name) else None)
        named = field  # a field the line names anchors the degree; one its name implies ("MBA") does not
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
                stated = each is not None and (named is not None or each != field)
                statements.append(DegreeStatement(level, each, in_progress, stated or anchored))
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
    an organisation's name ("MSC Fluidworks Ltd"), not a degree ("MBA Finance", "PhD Physics" are); a title
    ("Ph.D.", "Lic.") so followed is someone's title before their name ("course taught by Ph.D. Pablo Soto")."""
    words = re.match(r"\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*)*)", rest)
    # a title before a name ("Ph.D. Pablo Soto", "Lic. Ana Ruiz"), a name's initials ("M.D. Anderson", "J.D. Edwards")
    # ... or a German title ("Dipl.-Ing. Max Roe", "Dipl.-Inf. Ana Ruiz")
    title = re.fullmatch(r"(?i:ph\.\s?d\.|dr\.|lic\.|m\.\s?d\.|j\.\s?d\.|m\.\s?e\.|dipl\.\s?-?\s?[a-z]+\.)", name)
    abbreviation = name.isupper() or len(name) <= 4  # "MSC", "PhD"; not a word such as "Laurea" ("Laurea In ...")
    if (("." in name or " " in name or not abbreviation) and not title) or words is None:
        return False
    if _STATUS_WORD.match(words.group(1)):
        return False
    return not is_field_name(words.group(1)) if title else known_field(words.group(1)) is None
