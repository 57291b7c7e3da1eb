"""A degree statement's field: the words after a degree name (past honours, status and schools) or just before it."""

from __future__ import annotations

import itertools
import re

from gapcheck.dates import strip_dates
from gapcheck.degreecells import named_alone, opens_row, row_cells
from gapcheck.degreelabels import opening_field_label
from gapcheck.degreenames import load_degree_names
from gapcheck.fieldforms import focus_of, in_lower_case, romance_lower_case
from gapcheck.fields import is_field_name, known_field, spell_out
from gapcheck.schools import INSTITUTION, SCHOOL, SCHOOL_NAMES

# A month's name (not "Marketing 2014", "Decision Sciences 2019") and a year
_MONTH_YEAR = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*['’]?\d{2,4}\b"
)
_NAMES = load_degree_names()
# A thesis's or a degree's label ("Arbeit:", "Tesi:", "TCC:", "Abschluss:"): a title or a degree's name follows
_LABEL = r"(?<!\w)(?:" + _NAMES.theses + "|" + _NAMES.degree_labels + r")(?!\w)\s*:"
_FIELD_STOP = re.compile(
    _LABEL + r"|(?<!\s)\s*(?:[,;|()\[\]•·]|\s[-–—]\s|\bfrom\b|\bat\b|\bwith\b|\bseit\b|\bsince\b|\bgpa\b|\bcgpa\b|"
    r"\bminor\b|\bthesis\b|\bexpected\b|"
    r"\bpresent\b|\bcurrent\b|\.\s+(?=[A-Z])|" + _MONTH_YEAR + r"|"
    # "at", "by", "under" in other languages: "... der Erziehungswissenschaften an der Uni Graz", "Geografia sob
    # orientação de", "Informatica presso", "Geografía bajo la dirección de", "Informatique à l'Université"
    r"\ban\s+(?:der|dem|den)\b|\bpresso\b|\bpel[ao]\b|\bsob\b|\bbajo\b|\bsotto\b|\bsous\b|\bunter\b|"
    # "with" and "graduated": "Magister en Ciencia de Datos con más de 7 años", "... graduado de"
    r"\bcon\b|\bcom\b|\bmit\b|\bavec\b|\bgraduad[oa]\b|\btitulad[oa]\b|\begresad[oa]\b|\bformad[oa]\b|"
    r"\bsupervised\s+by\b|\bunder\s+(?:the\s+)?supervision\b|\s[àa]\s+(?:l['’]|la\s|le\s)|\s[àa]u?x?\s(?=[A-Z])|"
    r"\buniversity\b|\bcollege\b|\binstitute\b|\bschool\b|\b(?:19|20)\d\d\b|\s{3,}|[–—-]\s*$|"
    r"\s(?:and|&)\s+\d)",  # "M.S. in Statistics and 5 years of experience"
    re.IGNORECASE,
)
# a grade cell in another language: "Note 1.7", "Mention Très Bien", "Nota 9,1", "Voto 110/110"
_GRADE = re.compile(r"(?:" + _NAMES.grades + r")(?!\w)", re.IGNORECASE)
# A thesis's or final project's name opening the words after a degree ("Tesi: ...", "Bachelorarbeit ..."): no field
_THESIS = re.compile(r"(?:" + _NAMES.theses + r")(?!\w)", re.IGNORECASE)
# A German or Austrian degree's faculty after its name ("Bakkalaureus der Philosophie", "Magister der
# Naturwissenschaften", "Doktor der technischen Wissenschaften"), or in Latin ("Magister Artium", "Baccalaureus
# Scientiarum"), as "of Science" in English: no field
_FACULTY_AFTER = re.compile(
    r"^\s*(?:(?:der|des)\s+(?:philosophie|naturwissenschaften|künste|"
    r"(?:technischen|sozial-\s+und\s+wirtschafts|wirtschafts)?\s*wissenschaften)|"
    r"artium|scientiarum|philosophiae|rerum\s+naturalium)(?!\w)",
    re.IGNORECASE,
)
_STUDY_MODE = re.compile(r"(?<!\w)(?:" + _NAMES.study_modes + r")(?!\w)", re.IGNORECASE)
# What may sit between a degree name and its field: honours ("(Hons)", "with High Departmental Honors in"),
# "(Dual Degree)", "(5-year combined program)", status ("candidate", "(Pursuing)", "(Expected May 2026)")
_NOISE = re.compile(
    r"\s*(?:\((?:hons?\.?|honou?rs|dual\s+degree|integrated|combined[^)]*|[^)]*\bprogram(?:me)?|"
    r"oxon|cantab|dubl|lond|edin|glas|fh|dh|"  # Oxford's MA, a German Fachhochschule's Diplom
    r"m\.?d\.?|j\.?d\.?|d\.?d\.?s\.?|d\.?m\.?d\.?|d\.?v\.?m\.?)\)|hons?\.?(?!\w)|"
    r"with\s+(?:[a-z-]+\s+){0,3}?(?:honou?rs|distinction)\b|by\s+research\b|"
    r"honou?rs\b|dual\s+degree\b|integrated\b|degree\b|program(?:me|m)?\b|(?P<status>(?:" + _NAMES.student + r")(?!\w)|"
    r"\((?:currently\s+)?(?:pursuing|ongoing|in\s+progress|expected|abd|all\s+but\s+dissertation)\b[^)]*\)))",
    re.IGNORECASE,
)
# What joins a degree's name to its field, in each language: "in", "of", "der", "de la", "di", "em", ", "
_CONNECTOR = re.compile(
    r"^\s*(?:(?:in(?:\s+(?:der|the))?|of(?:\s+the)?|im\s+fach(?:bereich)?|im|der|des|en|em|de(?:\s+la|\s+l['’]|\s+los|\s+las)?|del|"
    r"d['’]|di|dell['’]|della|delle|degli|dei|du|da|do|das|dos)\b|[,:|/–—·•-])?\s*",
    re.IGNORECASE,
)
UNIT_OF = re.compile(r"^(?:the\s+)?(?:department|dept\.?|faculty|school|college)\s+of\s+", re.IGNORECASE)
_GENERIC_SUBJECT = re.compile(
    r"(?:applied\s+)?sciences?|arts|philosophy|(?:engineering\s+and\s+)?technology|letters|studies", re.IGNORECASE
)
_SUBJECT = re.compile(
    r"\s*([A-Za-z][A-Za-z&\s]*?)(?=\s+(?:in|with|at)\b|\s*[,(:;|–—\t]|\s-\s|\s{2,}|\s*$|\s+\d|"
    r"\s+(?:" + _MONTH_YEAR + r"|graduat|class\s+of\b|expected\b))",  # "Bachelor of Engineering<TAB>May 2007"
    re.IGNORECASE,
)
_JOB_NOUN = re.compile(
    r"interns?|researchers?|assistants?|associates?|engineers?|scientists?|developers?|analysts?|managers?|"
    r"consultants?|officers?|lecturers?|instructors?|directors?",
    re.IGNORECASE,
)


def stated_field(name: str, rest: str, line: str) -> tuple[str | None, bool]:
    """The field a degree name and the words after it state, and whether they say "candidate"/"student"."""
    rest = stated = _DOTTED_LETTERS.sub(lambda letters: letters.group().replace(".", ""), rest)  # "of I.T." -> "of IT"
    subject, rest = subject_of(name, rest.lstrip(".)"))  # "BSc. (Hons) In ...", "(M.S.), Computer Science"
    rest = _FACULTY_AFTER.sub("", rest)  # "Bakkalaureus der Philosophie" names no field
    status = False
    while noise := _NOISE.match(rest):
        if not noise.group():
            break
        status = status or noise.group("status") is not None
        rest = rest[noise.end() :]
    if labelled := opening_field_label(rest):  # "Degree: Bachelor, Field: Economics": the label names no field, and
        rest = rest[labelled:]  # what it labels is the field, in lower case too ("in the field of hydrology")
        rest = rest[:1].upper() + rest[1:]
    at = _AT_FIELD.match(rest)  # "Bachelor of Arts at Business and Finance": "at" before a field, not a school
    if at and is_field_name(at[1].strip()) and not SCHOOL.search(at[1]):
        return at[1].strip(), status
    major = re.search(r"\bmajor(?:ing)?\s*(?:in|:)\s*([^,;|()]+)", line, re.IGNORECASE)
    if major:
        return clean_field(major.group(1)), status
    if focus := focus_of(stated):  # "Master of Science with specialization in Robotics": the focus is the field
        return clean_field(focus), status
    field = None
    qualifier = _QUALIFIER.match(rest)
    if qualifier and known_field(qualifier.group(1)) is None and spell_out(qualifier.group(1)) == qualifier.group(1):
        rest = rest[qualifier.end() :]  # "MSc (Tech) (Bioinformatics)", "M.Sc. (Eng) Robotics": the kind, no field
    code = _CODE_BEFORE.match(rest)
    if code and not known_field(code[1]) and spell_out(code[1]) == code[1]:
        rest = rest[code.end() :]  # "BTS IRIS (Informatique et Réseaux ...)": the programme's code, then its name
    qualified = _QUALIFIED_HEAD.match(_CONNECTOR.sub("", rest))
    if qualified and is_field_name(qualified[2].title()):  # "Master in (solid and soft matter) physics"
        return clean_field(f"{qualified[1].strip()} {qualified[2]}".title().replace(" And ", " and ")), status
    paren = re.match(r"\s*\(([^)]*)\)?", rest)
    if paren and (_YEAR_OF_STUDY.search(paren.group(1)) or _DEGREE_WORD.search(paren.group(1))):
        # "Licence (L3 Parcours X) - Études Européennes": a year's step; "DUT (University Diploma of
        # Technology) Informatics Engineering": the degree's own name spelled out
        rest, paren = rest[paren.end() :], None
    if paren and _CODE.fullmatch(paren.group(1).strip()) and not known_field(paren.group(1).strip()):
        rest, paren = rest[paren.end() :], None  # "Master (M2R) «Probabilités»": a programme's code, no field
    if paren and clean_field(paren.group(1)) is None and _FIELD_AFTER.match(rest, paren.end()):
        rest, paren = rest[paren.end() :], None  # '(with honors, GPA 4.8) "Technical Physics"': no field, then one
    if paren and _spelled_after(paren.group(1), rest[paren.end() :]):
        rest, paren = re.sub(r"^\s*[-–—:,]?\s*", "", rest[paren.end() :]), None  # "Master 2 (STL) - Science et ..."
    if paren:
        field = clean_field(paren.group(1))
        if field and subject:
            field = specialised(subject, field)
    else:
        # "in Physics", ", Physics", "/ Project Management"
        field = _after_first_part(_CONNECTOR.sub("", rest))
        if opens_row(name, rest) and (field is None or not named_alone(field, rest)):
            # "Bachelor, <school>, <city>, <field>": the field is a later cell
            field = _later_cell(rest if not name.rstrip().endswith(",") else "," + rest)
    if subject and field and field.isupper() and len(field) <= 5 and spell_out(field) == field:
        field = None  # "Master of Applied Computing - MAC": the degree's own abbreviation, no field
    if field and _ACRONYM.fullmatch(field) and spell_out(field) == field and not known_field(field):
        # a name in capitals that no field table knows, in a cell of its own after the degree, is its school ("B.Sc.,
        # HKUST, 2015", "MSc | NTNU"), or before one ("PhD student, XRCI, Institute for ...")
        after = rest[rest.find(field) + len(field) :]
        cell = _CELL_BEFORE.match(rest[: rest.find(field)]) and _CELL_AFTER.match(after)
        field = None if cell or INSTITUTION.match(after.lstrip(" ,|–—-")) else field
    return field or (spell_out(subject) if subject else None), status  # "Bachelor of IT" -> Information Technology


def _later_cell(rest: str) -> str | None:
    """The first cell after the school's that names a field (a known field, or words ending in a field's head word),
    past places, dates and grades ("Gummersbach", "2005", "Note 1.3", "GPA 3.9"): None when no cell does."""
    for cell in row_cells(rest)[2:]:
        cell = strip_dates(cell).strip(" .")
        if not cell or INSTITUTION.search(cell) or any(c.isdigit() for c in cell) or len(cell.split()) > 8:
            continue
        if clean_field(cell) and (is_field_name(cell) or known_field(cell)):
            return spell_out(cell)
    return None


# A degree name's subject that is an umbrella over the field in parentheses or on a labelled line after it
UMBRELLA = re.compile(r"engineering|management|design|(?P<admin>(?:business|public)\s+administration)", re.IGNORECASE)


def specialised(subject: str, field: str) -> str:
    """The field of a spelled-out degree with its specialisation in parentheses: an umbrella subject gives way to it
    ("Engineering" + "Computer Science" -> "Computer Science Engineering", "Business Administration" + "Finance" ->
    "Finance (Business Administration)"), any other subject stays the field ("Commerce (Finance)")."""
    umbrella = UMBRELLA.fullmatch(subject)
    if umbrella is None:
        return f"{subject} ({field})"
    if umbrella.group("admin"):
        return f"{field} ({subject})"
    words = field.lower().split()
    return field if subject.lower() in words else f"{field} {subject}"


# One word in parentheses that qualifies a degree's name before its field: "MSc (Tech)", "BSc (Econ)", "MA (Res)"
_QUALIFIER = re.compile(r"\s*\(([A-Z][a-z]{1,5})\.?\)(?=\s*(?:\(|in\s|[,:–—-]?\s*[A-Z]))")
# A programme's code, no field: "VR3D", "CoSIM", "M2-SAFE" (letters and digits, or capitals inside a word)
_AT_FIELD = re.compile(r"\s+at\s+([^,;|()–—\d]+?)(?=\s*(?:$|[,;|()–—]|\s\d|\s{2,}))")
# A year of the programme in parentheses after a degree's name (France's L1-L3 and M1-M2, "Bac+3"): no field
_YEAR_OF_STUDY = re.compile(r"(?<!\w)(?:[LM][1-3]|bac\s?\+\s?\d)(?!\w)", re.IGNORECASE)
# A subject's initials written with dots: "I.T.", "C.S", "E.E."
_DOTTED_LETTERS = re.compile(r"(?<![\w.])(?:[A-Z]\.){1,3}[A-Z]\.?(?!\w)")
# A research unit where a doctoral student works: "Laboratoire de Physique", "Laboratory for Robotics", "Vision Lab"
_RESEARCH_UNIT = re.compile(
    r"^(?:lab|laborator(?:y|ies)|laboratoire|laborat[oó]rio|labor)\s+(?:of|for|de|du|des|di|für|d['’])|"
    r"\b(?:lab|labs|laboratory|laboratoire|research\s+group|arbeitsgruppe|équipe)$",
    re.IGNORECASE,
)
_CELL_BEFORE = re.compile(r"\s*[,|•·–—-]\s*$")
_CELL_AFTER = re.compile(r"\s*(?:$|[,|•·;(]|\s[–—-]\s|\s{2,}|\s(?:19|20)\d\d\b)")
# A name in capitals alone, before the school it abbreviates: "XRCI, Institute for ...", "UFXX, Federal University"
_ACRONYM = re.compile(r"[A-Z][A-Z0-9&-]{1,7}")
# Words of a degree's own name: a parenthesis holding them spells the degree out, it names no field
_DEGREE_WORD = re.compile(
    r"\b(?i:diploma|degree|bachelor|master|licen[cs]\w*|dipl[oô]me|universit\w+\s+(?:diploma|degree))\b"
)
# A lower-case qualifier in parentheses before the field's capitalised head: "(solid and soft matter) physics"
_QUALIFIED_HEAD = re.compile(r"\(([a-z][a-z\s&,-]*)\)\s+([A-Za-z][a-z]+(?:\s+[A-Za-z][a-z]+)?)(?=\s*(?:$|[,;|(]))")
# A programme's code in capitals before its name in parentheses: "BTS IRIS (...)", "Master M2I (...)"
_CODE_BEFORE = re.compile(r"\s*([A-Z][A-Z0-9]{1,5})\s*(?=\([A-ZÀ-Ý][^)]*[a-z])")  # not "MEng ACE (3rd year) ..."
_CODE = re.compile(r"\b(?=\w*\d)(?=\w*[A-Za-z])\w+\b|\b[A-Z][a-z]*[A-Z]{2,}\w*\b")


def _spelled_after(acronym: str, text: str) -> bool:
    """A programme's acronym in parentheses spelled out right after it: "(SDA) - Science des Données et Apprentissage",
    "(PCME) - Physique, Chimie, Mathématiques, Electronique" (initials of the words in capitals)."""
    if not re.fullmatch(r"[A-Z]{2,6}", acronym) or known_field(acronym) or spell_out(acronym) != acronym:
        return False
    words = re.findall(r"[^\W\d_]+", text)[: 2 * len(acronym) + 2]
    return "".join(w[0] for w in words if w[0].isupper()).startswith(acronym)


_TOWN = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}")  # a town's name: one to three capitalised words


def _after_first_part(text: str) -> str | None:
    """The field named after a degree, looking past its first part when that is a school ("M.S : National Taiwan
    University - Mechanical Engineering"), a grade or honours, or a specialisation before a known field ("Ph.D.,
    Machine Learning applications, Computer Science & Engineering" -> "Computer Science & Engineering (Machine
    Learning applications)")."""
    field = clean_field(text)
    parts = re.split(r"(?:(?<!\s)|(?=[,;|/]))(?:\s*[,;|/]\s*|\s+[-–—]\s+)", text, maxsplit=2)  # as _CELLS
    if len(parts) < 2 or INSTITUTION.search(parts[1]):
        return field
    second = clean_field(parts[1])
    if second is None:  # a known field in another script: "本科/…大学计算机系/网络工程 2013.9 - 2017.6"
        second = re.split(r"\s*\d", parts[1], maxsplit=1)[0].strip(" .-–")
        return second if field is None and second and known_field(second) == second else field
    if field is None and (is_field_name(second) or known_field(second) == second):  # "B.S., Magna Cum Laude, Physics"
        return second
    if field is not None and _CODE.search(field) and (is_field_name(second) or known_field(second) == second):
        return second  # "Master of Science VR3D, Computer Graphics": a programme's code before the field
    if field is not None and _GENERIC_SUBJECT.fullmatch(field) and is_field_name(second):
        return second  # "Associate in Arts, General Studies"
    town = field is not None and _TOWN.fullmatch(field) and not (is_field_name(field) or known_field(field))
    if town and is_field_name(second):  # "<school>, M.Sc., Springfield, Engineering Technology": a town, the field
        return second
    if field is not None and known_field(field) != field and known_field(second) == second:
        return f"{second} ({field})"
    return field


def subject_of(name: str, rest: str) -> tuple[str | None, str]:
    """What a degree name ending in 'of' names ('Bachelor of' + ' Commerce (Finance)' -> 'Commerce'; generic
    subjects such as 'Science' name no field), and the text after it."""
    if not re.search(r"\bof$", name, re.IGNORECASE):
        return None, rest
    match = _SUBJECT.match(rest)
    if not match or len(match.group(1).split()) > 4:
        return None, rest
    end = match.end()
    if stop := _FIELD_STOP.search(match.group(1)):  # "Bachelor of Science mit der Arbeit: <title>"
        end = match.start(1) + stop.start()
    subject: str | None = re.sub(r"\s+degree$", "", rest[match.start(1) : end].strip(), flags=re.IGNORECASE)
    if subject and INSTITUTION.search(subject):
        subject = known_field(subject)  # "Master of Science Stanford University"
    if subject and _GENERIC_SUBJECT.fullmatch(subject) or not subject:
        subject = None
    elif science := _SCIENCE_THEN_FIELD.match(subject):  # "Master of Science Informatik": the field after its kind
        return None, rest[match.start(1) + science.end() : end] + rest[end:]
    return subject, rest[end:]


# "Science" before a field named in capitals, as German resumes write "Master of Science Informatik"
_SCIENCE_THEN_FIELD = re.compile(r"sciences?\s+(?=[A-ZÄÖÜ][^\W\d_]{3,})", re.IGNORECASE)


def _field_ahead_of(school: str) -> str:
    """The field before a school whose name starts with other words ("Aeronautical Science Embry-Riddle
    Aeronautical" -> "Aeronautical Science"): the longest run of words from the start, short of the last word (the
    school's own), that is a field name."""
    words = school.split()
    for n in range(min(len(words) - 1, 6), 0, -1):
        if is_field_name(" ".join(words[:n])):
            return " ".join(words[:n])
    return ""


# A unit of a school written before its field in other languages: "Политех-школа прикладной математики",
# "Факультет экономики", "Facultad de Economía"
_UNIT_BEFORE = re.compile(
    r"^(?:[\w-]*-)?(?:школа|факультет|кафедра|институт|отделение|facultad\s+de|escuela\s+de|faculté\s+de|"
    r"fakultät\s+für)\s+",
    re.IGNORECASE,
)


# A field in quotes: "«Probabilités & Applications»", '"Ingénierie des Systèmes" BAC+5'
_QUOTED = re.compile(r"\s*[«“\"„‘]\s*([^«»“”\"„‘’]+?)\s*[»”\"“’]")
# A field after a parenthesis that names none: in quotes or in capitals, past a joining word or punctuation
_FIELD_AFTER = re.compile(r"\s*(?:(?:in|of|[,:–—-])\s*)?[«“\"„‘]?\s*[A-Z][a-z]")
SUPERVISOR_WORDS = (
    r"advis[eo]rs?|supervis[eo]rs?|mentors?|promot[eo]rs?|betreuer(?:in)?|doktor(?:vater|mutter)|directeur|directrice|"
    r"orientador[a]?|relatore|relatrice"
)
"""The labels of a thesis's supervisor in the languages read, before the person's name ("Advisor:", "Betreuer:")."""
# A cell naming a person, not a field: "Advisor: Prof. Li", "Betreuer: Dr. Roe", "Prof. Dr.-Ing. Jane Roe"
_PERSON_CELL = re.compile(
    r"^(?:(?:co-?)?(?:" + SUPERVISOR_WORDS + r"|director|tutor|committee)\b|"
    r"(?:prof|professor|dr)\.?\s+(?:dr\.?[-\w.]*\s+)?[A-Z])",
    re.IGNORECASE,
)


def clean_field(text: str) -> str | None:
    """A field as written, cleaned (quotes, a unit of a school, grades, schools, study modes and the like taken off),
    or None when the text names no field."""
    if quoted := _QUOTED.match(text):
        text = quoted.group(1)
    text = UNIT_OF.sub("", text.strip())  # "Department of Computer Science" names the field
    if unit := _UNIT_BEFORE.match(text):
        text = text[unit.end() :]
        text = text[:1].upper() + text[1:]
    if (
        re.match(
            r"^(?:gpa|cgpa|(?:final\s+)?grade|expected|graduat|class\s+of|awarded|conferred|completed|summa|magna|"
            r"cum\s+laude|(?:first|second|third|upper\s+second|lower\s+second)\s+(?:class|division)|"
            r"(?:with\s+)?(?:distinction|merit|pass)\b|\d)",
            text,
            re.I,
        )
        or _GRADE.match(text)
        or _THESIS.match(text)
        or _PERSON_CELL.match(text)
    ):  # a grade, honours, a thesis, a date word or a person names no field
        return None
    stop = _FIELD_STOP.search(text)
    school = SCHOOL.search(text)
    if school and (stop is None or school.start() < stop.end()):
        before = text[: school.start()].strip()
        if re.fullmatch(SCHOOL_NAMES, school.group(), re.I) or re.match(r"\s+of\b", text[school.end() :], re.I):
            # "Physics ETH Zurich", "Statistics University of Michigan", "Pharmaceutics Massachusetts College of ..."
            text = before if is_field_name(before) else _field_ahead_of(before) or before
            text = text if len(text.split()) > 1 or known_field(text) else ""  # not "National University of"
        else:  # "Analytics Northgate University", "Aeronautical Science Harwick Aeronautical University"
            text = known_field(text) or _field_ahead_of(before)
    text = _FIELD_STOP.split(text, maxsplit=1)[0].strip(" .:-–\"'“”„«»*_")
    if mode := _STUDY_MODE.search(text):  # "Informatique en alternance", "Duales Studium": how it was studied
        text = (text[: mode.start()] or text[mode.end() :]).strip(" ,.:/-–—")
    if _RESEARCH_UNIT.search(text):  # "Laboratoire de Physique", "Vision Lab": where a doctoral student works
        return None
    text = re.sub(r"\s+degrees?$", "", text, flags=re.IGNORECASE)  # "Master in Science degrees"
    if re.fullmatch(r"sciences?|arts", text, re.IGNORECASE):  # a degree name's own word names no field
        return None
    words = text.split()
    # a field in capitals ends before a word in title case: "MECHANICAL ENGINEERING Taipei" (not "COMPUTER SCiENCE")
    capitals = list(itertools.takewhile(lambda w: not re.fullmatch(r"[A-Z][a-z]+\W*", w), words))
    if len(capitals) < len(words) and capitals and capitals[0].isupper() and sum(map(len, capitals)) > 4:
        words = capitals
        text = " ".join(words)
    if words and text[0].islower():  # "a PhD in theoretical physics at ...", "Licence de physique et chimie"
        # or its words in lower case before a specialisation in capitals: "Cycle ingénieur électronique Systèmes
        # Embarqués"
        lower = list(itertools.takewhile(lambda w: not w[0].isupper(), words))
        text = romance_lower_case(words) or in_lower_case(words) or romance_lower_case(lower) or in_lower_case(lower)
        words = text.split()
    if not words or len(words) > 8 or not text[0].isupper():  # "PhD students and MS students" names no field
        return None
    if _JOB_NOUN.fullmatch(words[-1]):  # "PhD Student, Research and Lab Associate" names a job
        return None
    if text.isupper() and len(text) > 5:  # "ELECTRICAL ENGINEERING: SYSTEMS"
        text = re.sub(r"\b(And|Of|In|For)\b", lambda m: m.group().lower(), " ".join(w.capitalize() for w in words))
    return spell_out(text)  # "BSc IT" -> "Information Technology"
