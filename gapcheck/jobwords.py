"""Words that tell a job from the other dated entries of a resume: job titles and employers (and which is which on a
name line); clubs, teams and societies; volunteering; degrees listed among jobs; school science projects; personal
details."""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.datepatterns import LENGTH
from gapcheck.datewords import BORN
from gapcheck.degreementions import degree_mentions

TITLE_WORDS = re.compile(
    r"\b(?:engineer|scientist|analyst|developer|programmer|intern|internship|manager|assistant|researcher|"
    r"consultant|lead|director|specialist|architect|officer|associate|fellow|professor|lecturer|teacher|"
    r"instructor|tutor|technician|administrator|coordinator|chef|cook|designer|head|president|founder|"
    r"co-founder|cto|ceo|vp|executive|supervisor|representative|advisor|adviser|accountant|auditor|"
    r"controller|clerk|trainee|apprentice|student|postdoc|postdoctoral|member|staff|owner|partner|editor|"
    r"writer|nurse|pharmacist|coach|advocate|operator|agent|cashier|principal|leader|volunteer|"
    r"ingeniero|desarrollador|practicante|analista|asistente|docente|gerente|investigador|investigadora|"
    r"entwickler|werkstudent|mentor|contractor|freelancer|freelance|"
    r"chief|secretary|receptionist|attorney|lawyer|paralegal|(?:psycho|physio)?therapist|counsell?or|recruiter|"
    r"bookkeeper|planner|buyer|mechanic|electrician|technologist|physician|surgeon|economist|statistician|"
    r"strategist|journalist|reporter|translator|chemist|biologist|physicist|inspector|estimator|actuary|"
    r"underwriter|dispatcher|attendant|caregiver|stylist|photographer|illustrator|animator|worker|teller|"
    r"bartender|waiter|waitress|barista|lifeguard|captain|sergeant|corporal|lieutenant|colonel|soldier|airman|"
    r"sailor|infantryman|paratrooper|archivist|librarian|curator|conservator|candidate|investigator|"
    # a profession's suffix: "ecologist", "geologist", "microbiologist", "mathematician", "clinician"
    r"[a-z]*ologist|[a-z]*ician|"
    # the same titles in the other languages gapcheck reads, both genders
    r"ingénieure?|développeu(?:r|se)|stagiaire|employée?|emplead[oa]|empregad[oa]|impiegat[oa]|chercheu(?:r|se)|doctorante?|enseignante?|professeure?|directeur|"
    r"directrice|responsable|chargée?|technicien(?:ne)?|alternante?|consultante|"
    r"ingenieur(?:in)?|praktikant(?:in)?|[a-zäöü]*praktikum|[a-zäöü]*entwickler(?:in)?|berater(?:in)?|(?:projekt|team|abteilungs|"
    r"gruppen)?leiter(?:in)?|mitarbeiter(?:in)?|werkstudentin|doktorand(?:in)?|wissenschaftler(?:in)?|dozent(?:in)?|"
    r"lehrer(?:in)?|referent(?:in)?|geschäftsführer(?:in)?|"
    r"ingeniera|desarrolladora|becari[oa]|profesora?|directora|jef[ea]|técnic[oa]|consultora?|coordinadora?|pasante|"
    r"programadora?|engenheir[oa]|desenvolvedora?|estagiári[oa]|pesquisadora?|diretora?|"
    r"ingegnere|sviluppat(?:ore|rice)|stagista|ricercat(?:ore|rice)|tirocinante|dottorand[oa]|"
    r"ontwikkelaar|stagiair(?:e)?|onderzoeker|medewerker|adviseur)s?\b",
    re.IGNORECASE,
)
ORG_WORDS = re.compile(
    r"\b(?:inc|llc|ltd|limited|corp|corporation|company|co|gmbh|ag|sa|plc|pvt|group|labs?|laborator(?:y|ies)|"
    r"university|college|institute|school|bank|technologies|solutions|systems|services|consulting|"
    r"hospital|center|centre|foundation|agency|studio|partners|research|ventures|capital|software)\b\.?",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s+(?:at|@)\s+|\s*[|,•·]\s*|\s+[-–—]\s+|\s{3,}")
_LOCATION = re.compile(
    r"^(?:[A-Z][\w.' -]{1,30},\s*(?:[A-Z]{2,3}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:,\s*[A-Z][\w ]+)?"
    r"|remote|hybrid|on-?site)$"
)
_VOLUNTEER = re.compile(r"\bvolunteer(?:ing)?\b", re.IGNORECASE)
_DEGREE_WORDS = re.compile(
    r"\b(?:M\.?\s?Sc|M\.S\.|MBA|Ph\.?\s?D|B\.?\s?Sc|B\.S\.|B\.?Tech|M\.?Tech|Bachelor|Master)(?:'?s)?\b",
    re.IGNORECASE,
)
# Student associations, clubs and societies: campus involvement, not employment
_GROUP = re.compile(
    r"\b(?:clubs?|society|societies|associations?|chapter|council|committee|fraternity|sorority|"
    r"student\s+(?:union|government|body|senate|organi[sz]ations?|branch))\b",
    re.IGNORECASE,
)
_CLUB_ROLE = re.compile(
    r"^(?:president|vice|secretary|treasurer|captain|member|head|chair(?:man|woman|person)?|co-?ordinator|"
    r"organi[sz]er|representative|delegate|lead|leader|volunteer|student|mentor|founder|co-founder|editor)s?$",
    re.IGNORECASE,
)
_STUDENT = re.compile(r"\b(?:students?|student-(?:run|led)|campus|undergraduate|alumni|varsity)\b", re.IGNORECASE)
# "It is a team of students who ...", "an association which helps ... students": the entry describes a group
_STUDENT_GROUP_TEXT = re.compile(
    r"\b(?:is|was|are)\s+an?\s+(?:\w+\s+){0,2}(?:team|group|association|club|society|body|community|"
    r"organi[sz]ation|chapter|committee)\b[^.]{0,80}?\bstudents?\b|\bstudent-(?:run|led)\b",
    re.IGNORECASE,
)
# A sports team or a class representative at the person's own school: campus involvement when the only titles
# are club roles ("Member of Fencing Team | University of X", "Batch Representative | X University")
_STUDENT_TEAM = re.compile(
    r"\bteams?\b|\b(?:batch|class|course|year|student|hall)\s+rep(?:resentative)?s?\b", re.IGNORECASE
)
_SCHOOL_WORDS = "college|school|campus|academy"  # beside the words for a university, in English
_SCHOOL = re.compile(rf"\b(?:university|universit[éy]|{_SCHOOL_WORDS})\b", re.IGNORECASE)
# Research entered in a science fair or a school science competition: school work, not employment
_SCHOOL_PROJECT = re.compile(r"\bscience\s+(?:and\s+engineering\s+)?fairs?\b|\bscience\s+talent\s+search\b", re.I)
# "Address / Birthdate / Nationality ... Jan. 1986": a personal-details block, not a position
# ... or the document's own footer ("MAY 31, 2022" above "ANN LEE · CURRICULUM VITAE"): the day it was printed
# (in the languages of the date table: "geboren", "Staatsangehörigkeit", "data de nascimento", "état civil")
_PERSONAL = re.compile(
    BORN + r"|\b(?:birth\w*|nationality|marital\s+status|curriculum\s+vitae|staatsangehörigkeit|nationalität|"
    r"familienstand|lebenslauf|nationalité|[ée]tat\s+civil|nacionalidad(?:e)?|estado\s+civil|nazionalità|"
    r"stato\s+civile)\b",
    re.I,
)


# The person's own role in an entry that is study, not employment, opening its name or the line under it: a pupil
# or a student of a school or a programme ("Élève danseur", "Aluno do programa Futuros Engenheiros"), a
# scholarship holder ("Bolsista do grupo PET", "Stipendiatin der Studienstiftung", "boursier"), a volunteer
# ("Voluntário do grupo", "bénévole"); a student intern ("Alumno en prácticas") holds a job
_STUDY_ROLE = re.compile(
    r"(?:élève|eleve|pupil|schüler(?:in)?|alumn[oa](?!\s+(?:en|de)\s+pr[áa]cticas)|alun[oa](?!\s+(?:em|de)\s+est[áa]gio)|"
    r"allievo|allieva|leerling|bolsista|stipendiat(?:in)?|boursi(?:er|ère)|borsista|scholarship\s+(?:holder|recipient)|"
    r"volunt[áa]ri[oa]|volontaire|volontari[oa]|freiwillige[rn]?|ehrenamtliche[rn]?|bénévole)(?!\w)",
    re.IGNORECASE,
)
# a team a school's students form ("equipe de foguetemodelismo", "équipe de robotique", "Formula Student team") at
# a school or university named beside it, in the languages gapcheck reads
_TEAM = re.compile(r"\b(?:teams?|équipe|equipe|equipo|squadra|mannschaft)\b", re.IGNORECASE)
_SCHOOL_ANY = re.compile(
    rf"\b(?:universit\w*|{_SCHOOL_WORDS}|universidad\w*|universidade|hochschule|faculdade|facultad|"
    r"escola|escuela|école|lycée|liceo|colegio|gymnasium|politecnico|polytechnique)\b",
    re.IGNORECASE,
)
_LEADING = re.compile(r"^[\W\d_]*")
# a course of study named as the entry ("Studium der Mathematik an der Universität Rostock", "Studies in Physics",
# "Estudios de Ingeniería", "Études de droit"): a degree's study among the jobs, not a post
_STUDY_NAME = re.compile(
    r"(?:studium|studies\s+in|study\s+of|estudios\s+de|estudos\s+de|études\s+(?:de|d['’]|en)|studi\s+(?:di|in))(?!\w)",
    re.IGNORECASE,
)


# an entry named as a project ("Projekt eROSITA", "Project: Mars rover", "Proyecto fin de máster"): the work of a
# degree or of its own, not a post, when no job title stands beside it
_PROJECT_NAME = re.compile(
    r"(?:[^\W\d_]+\s+)?(?:projects?|projekte?|projets?|proyectos?|projetos?|progett[oi])(?!\w)", re.IGNORECASE
)  # "Research Project: ...", "Semester Project", "Projekt eROSITA"


# an entry its names call a project of the person's own ("C++ Developer (personal project)", "Projet personnel"):
# no post, whatever title it gives itself
_OWN_PROJECT = re.compile(
    r"\b(?:(?:personal|side|hobby)\s+projects?|projets?\s+personnels?|proyectos?\s+personal(?:es)?|"
    r"projetos?\s+pessoa(?:l|is)|progett[oi]\s+personal[ei]|pers[öo]nliche[sn]?\s+projekte?|privatprojekte?)\b",
    re.IGNORECASE,
)


def is_study_role(names: str, under: str = "") -> bool:
    """True when an entry's own role is study, not a job: its name is a course of study or a project ("Studium der
    Mathematik", "Projekt eROSITA") without a job title, or opens with a pupil's, a scholar's or a volunteer's role
    ("Élève danseur, Opéra Exemple"), or the line under the name does, saying what the person was in it ("Programa
    Futuros Engenheiros" above "Aluno do programa ...", "Programa de Educação Tutorial" above "Bolsista do grupo
    ..."). "Alumno en prácticas" is an intern's role, a job.

    >>> is_study_role("Élève danseur, Opéra Exemple"), is_study_role("Tutorial Programme", "Bolsista do grupo PET")
    (True, True)
    >>> is_study_role("Studium der Mathematik, Universität Rostock"), is_study_role("Studies in Ice, Research Fellow")
    (True, False)
    >>> is_study_role("Research Engineer, Acme", "Built the CNPq portal"), is_study_role("Alumno en prácticas, Acme")
    (False, False)
    """
    if (_STUDY_NAME.match(_LEADING.sub("", names)) or _PROJECT_NAME.match(_LEADING.sub("", names))) and not (
        TITLE_WORDS.search(names)
    ):
        return True  # "Studium der Mathematik", "Projekt eROSITA": a course of study, a project, no post
    return any(_STUDY_ROLE.match(_LEADING.sub("", text)) for text in (names, under) if text)


# An award, a prize or a scholarship dated among the jobs ("2019: Best Paper Award, Example Conference", "Preis der
# Stiftung", "Prix de thèse"): an honour, not employment, unless a job title stands beside it
_AWARD = re.compile(
    r"\b(?:awards?|prizes?|scholarships?|medals?|preis|auszeichnung|stipendium|prix|bourse|premio|beca|prêmio|"
    r"borsa\s+di\s+studio)\b",
    re.IGNORECASE,
)


# A thesis written for a degree, dated among the jobs ("Masterarbeit", "Bachelor's thesis", "mémoire", "tesi di
# laurea", "TCC", "trabajo fin de grado", "proyecto fin de carrera"): degree work, not employment, unless a job
# title stands beside it
_THESIS = re.compile(
    r"\b(?:master|bachelor|diplom|doktor|abschluss|studien)arbeit\b|\bthes[ie]s\b|\bm[ée]moire\b|\btesi\b|"
    r"\btesis\b|\btrabalho\s+de\s+conclus[ãa]o\b|\b(?-i:TCC|TFG|TFM)\b|\btrabajo\s+(?:de\s+)?fin\s+de\s+"
    r"(?:grado|m[áa]ster)\b|\bdisserta[çc][ãa]o\b|\bproyecto\s+(?:de\s+)?fin\s+de\s+carrera\b|\b(?-i:PFC)\b",
    re.IGNORECASE,
)


# Time away from work listed among the jobs, so the timeline has no gap: not employment, whatever it taught
_BREAK = re.compile(
    r"\b(?:career\s+(?:break|gap|pause)|sabbatical|(?:parental|maternity|paternity|family|personal|medical)\s+leave|"
    r"family\s+care|gap\s+year|full-?time\s+(?:parent|mother|father|carer|caregiver)|stay-at-home\s+\w+|"
    r"homemaker|travell?ing(?:\s+abroad|\s+the\s+world)?|relocation|job\s+search(?:ing)?)\b",
    re.IGNORECASE,
)
_BREAK_ROLES = frozenset({"caregiver", "caregivers", "student", "students", "volunteer", "volunteers"})


def is_career_break(names: str) -> bool:
    """True when a dated entry is time away from work ("Career Break – Family care", "Sabbatical: travelling");
    a job taken during it ("Sabbatical – Visiting Researcher, MIT") names a title and stays a job.

    >>> is_career_break("Career Break | Full-time parent"), is_career_break("Sabbatical – Visiting Researcher, MIT")
    (True, False)
    """
    if not _BREAK.search(names):
        return False
    rest = _BREAK.sub(" ", names)
    return all(m.group().lower() in _BREAK_ROLES for m in TITLE_WORDS.finditer(rest))


# A page's running head or foot printed between two entries: "Dana R. Moss · Curriculum Vitae", "Resume - Ann Lee",
# "Page 2 of 3": the document's, never a name line of the entry beside it
_RUNNING_HEAD = re.compile(
    r"^(?:[^•]{0,60}[·|–—-]\s*)?(?:curriculum\s+vitae|r[ée]sum[ée]|cv)(?:\s*[·|–—-][^•]{0,60})?$|^page\s+\d+(?:\s+of\s+\d+)?$",
    re.IGNORECASE,
)


def is_running_head(line: str) -> bool:
    """True for a page's running head or foot ("Dana R. Moss · Curriculum Vitae", "Page 2 of 3").

    >>> is_running_head("Dana R. Moss · Curriculum Vitae"), is_running_head("Resume Writer, Acme Careers")
    (True, False)
    """
    return _RUNNING_HEAD.match(line.strip()) is not None


def not_a_job(names: str, first_lines: Sequence[str] = (), entry_lines: Sequence[str] = ()) -> bool:
    """True when a dated entry is not employment: volunteering, a student club or team, a pupil's or a scholarship
    holder's role, a career break, an award, a thesis, a degree listed among jobs, a school science-fair project, a
    date of birth among personal details or the document's printing date.

    ``names`` are the entry's name lines joined, ``first_lines`` its first lines (names and the start of its
    description), ``entry_lines`` all of its lines.

    >>> not_a_job("Treasurer, Chess Society"), not_a_job("MSc Analytics, USF"), not_a_job("Analyst, Acme Inc")
    (True, True, False)
    """
    if _VOLUNTEER.search(names) or is_campus_involvement(names, " ".join(first_lines)) or _PERSONAL.search(names):
        return True
    if _OWN_PROJECT.search(names):
        return True  # "Developer (personal project)": the person's own project, no post
    if is_study_role(names) or any(is_study_role("", line) for line in first_lines[1:3]):
        return True  # a pupil, a scholarship holder or a volunteer of a school or a programme
    if is_career_break(names) or any(
        honour.search(names) and not TITLE_WORDS.search(honour.sub(" ", names)) for honour in (_AWARD, _THESIS)
    ):
        return True  # an award or a thesis without a job title beside it
    if _SCHOOL_PROJECT.search(" ".join(entry_lines)) and only_club_roles(names):
        return True  # research done for a science fair or a school competition
    # "MSc Analytics, USF 2014 -", "Doctorat en robotique, Université X": a degree, in any language, and no title
    return bool(_DEGREE_WORDS.search(names) or degree_mentions(names)) and not TITLE_WORDS.search(names)


def is_campus_involvement(names: str, text: str = "") -> bool:
    """True when a dated entry is a student club, society or association rather than a job.

    ``names`` are the entry's name lines, ``text`` its first lines (names and description). A group's name
    ("Robotics Club", "Student Association") with only club roles ("President", "Member") or a student
    context counts; an employer that happens to be called a club ("Engineering Intern, Sam's Club") does not.

    >>> is_campus_involvement("Vice President, Robotics Club"), is_campus_involvement("Intern, Sam's Club")
    (True, False)
    """
    if _STUDENT_GROUP_TEXT.search(text):
        return True
    titles = [m.group() for m in TITLE_WORDS.finditer(names)]
    if not titles and _TEAM.search(text) and _SCHOOL_ANY.search(names):
        return True  # "Orion Rocketry, Universidade Federal" above "... da equipe de foguetemodelismo": a school team
    club_roles = only_club_roles(names)
    if _STUDENT_TEAM.search(names) and (_STUDENT.search(names) or _SCHOOL.search(names)):
        return bool(titles) and club_roles
    if not _GROUP.search(names):
        return False
    return bool(_STUDENT.search(names)) or club_roles


def only_club_roles(names: str) -> bool:
    """No job title among the names beyond the roles a club or project gives ("Project Lead", "Member")."""
    return all(_CLUB_ROLE.match(m.group()) for m in TITLE_WORDS.finditer(names))


def only_length(text: str) -> bool:
    """ "· 4 yrs 10 mos", "(1 Jahr)": a length of time and nothing else, so no name of a position."""
    return LENGTH.search(text) is not None and re.search(r"[^\W_]", LENGTH.sub("", text)) is None


def name_position(texts: list[str]) -> tuple[str, str]:
    """Pick the title and the organization out of a position's name lines.

    >>> name_position(["Data Scientist, Acme Corp", "Seattle, WA"])
    ('Data Scientist', 'Acme Corp')
    """
    texts = [t for t in texts if not is_location(t)]
    parts = [_tidy(p) for text in texts for p in _SPLIT.split(text)]
    # a length beside the dates ("2 mois", "4 yrs 3 mos") names neither the post nor the employer
    parts = [p for p in parts if p and not is_location(p) and any(ch.isalpha() for ch in p) and not only_length(p)]
    title = next((p for p in parts if TITLE_WORDS.search(p) and len(p.split()) <= 8), "")
    rest = [p for p in parts if p != title]
    organization = next((p for p in rest if ORG_WORDS.search(p)), rest[0] if rest else "")
    if not title and rest:
        title = next((p for p in rest if p != organization), "")
    return title[:100], organization[:100]


def _tidy(part: str) -> str:
    """A part of a name line without the punctuation around it and without the brackets a closing date left empty
    ("Example University ( )." once "(2025– Present)." is read); a bracket stays when it closes what it opened
    ("Institute for Finance (University of Bonn)")."""
    part = re.sub(r"\s*\(\W*\)[\s.]*$", "", part).strip(" ,|-–—:")
    if part.endswith(")") and part.count(")") > part.count("("):
        part = part[:-1]
    if part.startswith("(") and part.count("(") > part.count(")"):
        part = part[1:]
    return part.strip(" ,|-–—:")


def is_location(text: str) -> bool:
    """'Seattle, WA', 'Abu Dhabi, UAE', 'Remote', 'Stamford, CT •': a place, not a title or an employer."""
    text = text.strip(" •·|–—-")
    return bool(_LOCATION.match(text)) and not TITLE_WORDS.search(text) and not ORG_WORDS.search(text)
