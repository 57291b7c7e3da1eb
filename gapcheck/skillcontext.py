"""Where a skill's name stands in a line, and whether that place shows a skill of the person: inside the name of a
venue, a unit or a club, in the title of a work, as an employer or a legal form, in a line of school results, after a
skill label, in a wish to learn, rated by a level, as an item of a list; and so which spelling found there counts
(``accept_spelling``)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from gapcheck.skillentries import SkillEntry, Spelling
from gapcheck.skillwords import AND_WORDS, BRANDS, BULLETS, LIST_AFTER, LIST_BEFORE, TOOL_BEFORE, is_title_word

_SKILL_NOUNS = frozenset(
    {"skills", "skill", "knowledge", "proficiency", "expertise", "development", "scripting", "programming", "language"}
)


_VENUE_WORDS = frozenset(
    "conference symposium workshop transactions journal proceedings congress summit colloquium forum"
    " konferenz tagung kongress jornadas congreso conferencia encuentro congresso conferência simpósio encontro"
    " conférence colloque congrès journées conferenza convegno simposio".split()
)
_NAME_ENDS = frozenset(
    "Lab Labs Laboratory Center Centre Club Society Olympiad Scholarship Institute Foundation Association Committee"
    " Council Fellowship Group Gruppe Arbeitsgruppe Zentrum Verein Stiftung Groupe Grupo Centro"
    " Fundación Fundação Gruppo".split()
)
"""Words closing the name of a group, a club or a prize, in the languages read ("Ecommerce Gruppe", "Grupo de
Robótica" is a unit)."""


_NAME_JOINERS = frozenset(("on", "of", "and", "&", "in", "for"))
_UNIT_WORDS = frozenset(
    "department faculty school institute college laboratory chair division ministry secretary academy center centre"
    " departamento faculdade facultad escola escuela instituto laboratorio laboratório cátedra"  # Spanish, Portuguese
    " dipartimento facoltà scuola istituto laboratoire département faculté école institut"  # Italian, French
    " fakultät lehrstuhl abteilung fachbereich zentrum centro".split()  # German
)
_UNIT_OF = frozenset("of for de des du da do di della del dello für".split())
"""A unit of an organisation, or an office in one, named after a subject: "Department of Applied Mathematics",
"Faculdade de Ciências da Computação", "Lehrstuhl für Informatik", "Secretary of Transport and Embedded Systems"."""
_UNIT_JOINERS = _NAME_JOINERS | _UNIT_OF | AND_WORDS | {"the", "("}
"""Words going on with a name once a venue or unit word is in it: "Workshop on the Analysis of ...", "Conference on
Big Data (IEEE BigData 2021)"."""
_ELIDED_OF = re.compile(r"[dD][’'][A-ZÀ-Ý]")
"""A French "de" elided onto the capitalised word after it: "École Nationale Supérieure d’Informatique"."""
_UNIT_ADJECTIVES = 3
"""How many capitalised words may stand between a unit word and its "of": "École Nationale Supérieure de ...",
"Escola Politécnica de ...", "Facultad Regional de ..."."""


def _names_a_unit(tokens: Sequence[str], k: int) -> bool:
    """Whether tokens[k] is a unit word ("School", "École", "Instituto") that a subject follows, directly or after a
    few capitalised words, through an "of" or an elided "d’"."""
    if tokens[k].lower() not in _UNIT_WORDS:
        return False
    for j in range(k + 1, min(k + 2 + _UNIT_ADJECTIVES, len(tokens))):
        if tokens[j] in _UNIT_OF or _ELIDED_OF.match(tokens[j]):
            return True
        if not is_title_word(tokens[j]):
            return False
    return False


def names_before(tokens: Sequence[str], events: bool = False) -> list[bool]:
    """For each index k (and len(tokens)): whether tokens[:k] ends in a run of capitalised words and joiners that
    holds a venue word ("IEEE Conference on ...") or names a book series ("Lecture Notes in ..."). Once in such a
    name, a comma before a capitalised word goes on with it: a unit named after a list ("Institute of Electronics,
    Signal Processing and Control") or a list of venues ("Transactions on Neural Networks, Applied Mathematics and
    Computation"). With ``events``, only the names of events and journals count, not of units ("Conference on
    Healthcare Innovation", not "Healthcare Center"). One pass over the line, so checking every hit on a long line of
    capitalised words stays linear in its length."""
    before = [False] * (len(tokens) + 1)
    venue = False
    for k, token in enumerate(tokens):
        before[k] = venue
        listed = venue and token == "," and k + 1 < len(tokens) and tokens[k + 1][:1].isupper()
        joiner = token in (_UNIT_JOINERS if venue else _NAME_JOINERS) or bool(venue and _ELIDED_OF.match(token))
        in_name = listed or token[:1].isupper() or joiner
        unit = not events and _names_a_unit(tokens, k)
        series = token == "Notes" and k > 0 and tokens[k - 1] == "Lecture"  # "Lecture Notes in Computer Science"
        venue = in_name and (venue or unit or series or token.lower() in _VENUE_WORDS)
    before[len(tokens)] = venue
    return before


def in_a_name(tokens: Sequence[str], first: int, end: int, before: Sequence[bool] | None = None) -> bool:
    """Whether tokens[first:end] are part of the name of a venue, a lab, a club or a prize, which shows no skill of
    the person: "IEEE Conference on Big Data", "Transactions on Information Theory", "Robotics & AI Lab",
    "Mathematics Olympiad", "Leadership Scholarship", "Big Data Big Ideas Society", "SAP Research Center".
    ``before`` is ``names_before(tokens)``, given when many spans of one line are checked."""
    if _ends_a_name(tokens, end):
        return True
    return (before if before is not None else names_before(tokens[: first + 1]))[first]


_NAME_REACH = 3
"""How many capitalised words may stand between a skill and the word that ends a name ("Big Data Big Ideas Society")."""


def _ends_a_name(tokens: Sequence[str], end: int) -> bool:
    """Whether tokens[end:] start with up to _NAME_REACH capitalised words and then a word that ends a name, or
    the acronym and year of a venue in brackets ("Data Science and Advanced Analytics (DSAA 2017)")."""
    for k in range(end, min(end + _NAME_REACH + 1, len(tokens))):
        if tokens[k] in _NAME_ENDS or (tokens[k] == "(" and _VENUE_ACRONYM.match(" ".join(tokens[k + 1 : k + 5]))):
            return True
        capitalised = is_title_word(tokens[k]) or (tokens[k].isupper() and tokens[k].isalpha())
        if not (capitalised or tokens[k] in _JOINED_NAME):
            return False
    return False


_VENUE_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z](?: [-/] [A-Z]+)* (?:' )?(?:19|20)?\d\d \)")
"""An event's acronym and year, as tokens after "(": "DSAA 2017 )", "ICML ' 19 )", "ACM - SAC 2019 )"."""
_JOINED_NAME = frozenset({"and", "&"})
"""Words joining the parts of a name: "High Performance Computing and Storage Group"."""


_INDUSTRIES = frozenset(
    "industries sectors verticals markets branchen sektoren secteurs industrias sectores setores settori".split()
)
_LIST_OPENERS = frozenset({"such", "including", "like", "e.g.", "wie", "como", "tels", "comme", "incluyendo"})


def industry_list_start(tokens: Sequence[str]) -> int | None:
    """The index where a list of industries the person worked across starts ("collaborated across industries such as
    healthcare, education and retail"): the industries are their clients', not a domain the line shows; None
    when the line has no such list. Knowledge of named sectors ("knowledge of sectors: retail, e-commerce") stays."""
    for k, token in enumerate(tokens[:-1]):
        if token.lower() in _INDUSTRIES and tokens[k + 1].lower() in _LIST_OPENERS:
            return k + 1
    return None


_TOPIC_JOINERS = frozenset("and & of und et y e de".split())


def is_topic_line(line: str) -> bool:
    """Whether a line is a bare topic of two to five capitalised words, as a hobby is listed ("Linux Ricing",
    "Electronics and Microcontrollers", "3D Design and Printing"): a hobby's subject, no skill shown; a list of
    tools ("SQL Server, PostgreSQL"), a sub-label ("Game Development:") or work done ("Game AI in Godot") is none."""
    words = line.strip(" " + "".join(BULLETS)).split()
    if not 2 <= len(words) <= 5:
        return False
    return all(
        word in _TOPIC_JOINERS or (word[:1].isupper() or word[:1].isdigit()) and word[-1:].isalnum() for word in words
    )


def is_acronym(token: str | None) -> bool:
    """Whether a token is an acronym of two letters or more in capitals ("CNC", "UART")."""
    return token is not None and len(token) > 1 and token.isalpha() and token.isupper()


_SKILL_LABEL = re.compile(r"^[\w /&()+-]{2,45}:\s*\S", re.IGNORECASE)
_SKILL_LABEL_WORDS = re.compile(
    r"skill|technolog|tool|stack|language|framework|environment|librar|platform|software|database|"
    r"programming|proficien|competenc|expertise|cloud|devops|web|testing|packages|methods|techniques",
    re.IGNORECASE,
)
_WISH = r"(?:want|plan|planning|hope|ready|readiness|willing|willingness|eager|keen|motivated) to learn"
"""A wish to learn: "Readiness to learn and grow my knowledge of Haskell, Elixir, Rust" shows none of them."""
_LEARNING = re.compile(
    rf"\W*(?:(?:currently|now|still) learning|(?:next|coming) \d+ months|{_WISH})\b",
    re.IGNORECASE,
)


_SCHOOL_RESULT = re.compile(
    r"\b(?:high school|secondary school|class (?:x|xii|10|12|10th|12th)\b|cbse|icse|gcse|[ao][- ]levels?\b|hsc|ssc"
    r"|olympiad|atar|ranked|rank|examination|school contests?"
    r"|abitur\w*|baccalaur\w+|bachillerato|maturit[àa]|lycée|liceo|ensino médio)\b",  # school-leaving exams, schools
    re.IGNORECASE,
)
_TEACHING = re.compile(
    r"\b(?:taught|teach\w*|tutor\w*|instruct\w*|lectur\w*|mentor\w*"
    r"|professeur|enseign\w*|profesor\w*|professor\w*|docente|insegn\w*|lehrer\w*|unterricht\w*)",
    re.IGNORECASE,
)


def is_school_result_line(line: str) -> bool:
    """A line about school results or contests ("CBSE Class X Mathematics Examination", "Ranked 1st in Unit
    Mathematics", "Maths Olympiad", "Fächer der Abiturprüfung: Mathematik", "Baccalauréat S, mathématiques"), whose
    subjects are not skills the person offers; teaching them still is ("Professeur de mathématiques, lycée")."""
    return _SCHOOL_RESULT.search(line) is not None and _TEACHING.search(line) is None


_EMPLOYER_AFTER = frozenset({",", ";", "|", "(", "–", "—", "-", "•", "·"}) | {"in", "since", "from"}
_GOOD_AT = frozenset("good skilled proficient experienced competent expert adept excellent strong great fluent".split())


def is_employer(tokens: Sequence[str], first: int, end: int) -> bool:
    """Whether the capitalised name tokens[first:end] follows "at" or "@" and ends the phrase: the employer in
    "Software Engineer at Oracle", "Intern @ Snowflake (Berlin)", not the tool in "competent at Excel and SQL" or
    "Skilled at Python"."""
    if first == 0 or tokens[first - 1].lower() not in ("at", "@") or not tokens[first][:1].isupper():
        return False
    if first > 1 and tokens[first - 2].lower() in _GOOD_AT:
        return False  # "Skilled at Python"
    return end == len(tokens) or tokens[end] in _EMPLOYER_AFTER or tokens[end][:1].isdigit()


_LEGAL_FORMS = frozenset("SAS SA SARL SRL SpA GmbH AG KG SE NV BV Ltd LLC LLP Inc Corp Pvt PLC".split())
"""Words that end a company's name by its legal form: "Acme SAS", "Globex GmbH", "Initech SA"."""


def is_legal_form(tokens: Sequence[str], first: int, end: int) -> bool:
    """Whether tokens[first:end] is one legal-form word closing a capitalised name ("Globex SAS, Lyon"): part of
    an employer's name, not the tool SAS."""
    if end - first != 1 or tokens[first] not in _LEGAL_FORMS or first == 0:
        return False
    before = tokens[first - 1]
    name = len(before) > 1 and before.isalpha() and before[0].isupper()
    return name and (end == len(tokens) or tokens[end] in _EMPLOYER_AFTER)


def is_skill_label_line(line: str) -> bool:
    """'Technologies: Python, R' or 'Environment: Spark, Hive' inside any section."""
    if not _SKILL_LABEL.match(line):
        return False
    return bool(_SKILL_LABEL_WORDS.search(line.partition(":")[0]))


_PLAN = r"on track to (?:graduate|finish|complete)"
"""A plan of study: "On track to graduate in 2026 in full stack development" shows no full-stack development yet."""
_LEARNING_INSIDE = re.compile(rf"\b(?:(?:currently|now|still) learning|{_WISH}|{_PLAN})\b", re.I)
_CLAUSE_END = re.compile(r"[.;!?](?=\s|$)|\|")


def learning_span(line: str) -> tuple[int, int] | None:
    """The part of a line naming skills the person does not show yet: all of 'Currently learning: Vue, Node.js' or
    'Next 6 months: CUDA', and the clause from the phrase on in 'Writes Python and is currently learning C++.'."""
    if _LEARNING.match(line):
        return 0, len(line)
    inside = _LEARNING_INSIDE.search(line)
    if inside is None:
        return None
    end = _CLAUSE_END.search(line, inside.end())
    return inside.start(), end.start() if end else len(line)


_LEVELS = frozenset(
    "basic basics beginner elementary intermediate advanced expert proficient familiar"
    " grundkenntnisse fortgeschritten experte gut"  # German
    " débutant intermédiaire avancé expert courant"  # French
    " básico intermedio avanzado experto"  # Spanish
    " intermediário avançado especialista"  # Portuguese
    " intermedio avanzato esperto".split()  # Italian
)


def is_rated(tokens: Sequence[str], end: int) -> bool:
    """Whether a proficiency level follows tokens[:end], in brackets or alone to the end of the line or item:
    "R (basic)", "Go (intermediate)", "R (Avanzado-Experto)", "Julia Experte", "Swift Advanced, Go Basic"."""
    if end + 1 < len(tokens) and tokens[end] == "(":
        return tokens[end + 1].lower() in _LEVELS
    if end >= len(tokens) or tokens[end].lower() not in _LEVELS:
        return False
    return end + 1 == len(tokens) or tokens[end + 1] in LIST_AFTER


def is_skill_noun_after(tokens: Sequence[str], first: int, end: int) -> bool:
    """Whether a word naming the tool's use follows tokens[first:end], which start a phrase or follow a small word or
    a level: "Sharpened my Excel skills", "Advanced Excel skills", "Swift development", not "Mechanical Assembly
    Skills"."""
    if end >= len(tokens) or tokens[end].lower() not in _SKILL_NOUNS:
        return False
    before = tokens[first - 1] if first else None
    return before is None or before in LIST_BEFORE or before.islower() or before.lower() in _LEVELS


def is_list_label(tokens: Sequence[str], first: int, end: int) -> bool:
    """Whether tokens[first:end] label a list: before a colon ("Operating Systems: Windows, Linux", also after other
    labelled lists on the line) or alone on their line, over the items below ("Operating Systems")."""
    if end < len(tokens):
        return tokens[end] == ":"
    return previous_word(tuple(tokens), first) is None


def list_item(before: str | None, after: str | None) -> bool:
    """Whether a word between these tokens stands as an item of a list."""
    return (before is None or before in LIST_BEFORE) and (after is None or after in LIST_AFTER)


def previous_word(tokens: tuple[str, ...], index: int) -> str | None:
    """The token before ``index``, or None at the start of the line (bullets do not count)."""
    before = tokens[:index]
    while before and before[-1] in BULLETS and all(t in BULLETS for t in before):
        before = before[:-1]
    return before[-1] if before else None


def names_another_product(tokens: Sequence[str], first: int, end: int) -> bool:
    """Whether tokens[first:end] is a vendor's or a foundation's name (``BRANDS``) that a capitalised word follows:
    the name of another of its products ("Apache Tomcat", "Apache Superset", "Oracle Forms"), not the one product
    the name alone stands for in a list ("Nginx, Apache, Lighttpd")."""
    if end - first != 1 or tokens[first].lower() not in BRANDS or end >= len(tokens):
        return False
    after = tokens[end]
    return after[:1].isupper() and after[:1].isalpha()


_PRODUCT_NOUNS = frozenset(
    "system systems portal portals ecosystem tool tools software app apps application applications platform platforms"
    " module modules website solution program programme programs".split()
)
"""Words that make the name of an activity before them the name of a product or scheme for it ("a project management
system", "the mentorship program")."""
_AUDIENCE_BEFORE = frozenset("to by senior executive upper corporate company c-level".split())
"""Words before "leadership" that make it the people who lead, not the person's skill: "reports used by leadership",
"presented to senior leadership"."""
PAIRED_CATEGORIES = frozenset({"statistics", "ml-method", "soft-skill", "cloud"})
"""Entries whose guarded name, in lower case, is a skill when joined by "and", "or" or a comma to another skill
("python and statistics", "communication and leadership"), and an ordinary word otherwise ("usage statistics")."""


def accept_spelling(
    candidates: list[Spelling],
    tokens: tuple[str, ...],
    first: int,
    end: int,
    skills_context: bool,
    entries: Mapping[str, SkillEntry],
) -> tuple[str, str] | None:
    """The skill id the first of the candidate spellings that counts here names, and how (its rule, or "listed",
    "paired", "strong"), for the spelling found at tokens[first:end]; None when none counts."""
    original = tokens[first:end]
    before = tokens[first - 1].lower() if first > 0 else None
    next_token = tokens[end] if end < len(tokens) else None
    after = next_token.lower() if next_token is not None else None
    if after == "by" and original[-1].lower().endswith("ed"):
        return None  # "Mentored by ...", "Supervised by ...": done to the person, not by them
    if after in _PRODUCT_NOUNS and all(entries[spelling.id].category == "soft-skill" for spelling in candidates):
        return None  # "Built a project management portal": a product for the activity, not the person's skill
    if [token.lower() for token in original] == ["leadership"] and before in _AUDIENCE_BEFORE:
        return None  # "Reports used by leadership": the leaders, an audience
    for spelling in candidates:
        if spelling.rule == "any":
            return spelling.id, "any"
        if original != spelling.tokens:
            text = "".join(original)
            # "Latex", "LATEX" as an item of a list; "kafka" in a list of skills (a guarded "access" is a word)
            listed = len(text) > 2 and before not in {"-", "–"} and list_item(before, after)
            if listed and (not text.islower() or spelling.rule == "exact"):
                return spelling.id, "listed" if text.islower() else "guarded"
            if listed and entries[spelling.id].category in PAIRED_CATEGORIES:
                return spelling.id, "paired"  # "python and statistics": kept only beside another skill
            continue
        if spelling.rule == "exact":
            return spelling.id, "exact"
        if after in {"&", "'", "’", "-"} or (before in {"&", "'"}) or names_another_product(tokens, first, end):
            continue
        if len(original) == 1 and len(original[0]) == 1 and after == "." and end + 1 < len(tokens):
            continue  # an initial ("Moss, R. (2020)"), not the language
        if entries[spelling.id].category == "soft-skill" and is_acronym(tokens[first - 1] if first else None):
            continue  # "CNC Communication", "UART Communication": a technical thing named by its acronym
        if skills_context:
            return spelling.id, "guarded"
        if is_rated(tokens, end) and (before is None or before in LIST_BEFORE):
            return spelling.id, "strong"  # "R (basic), C (intermediate)": a level is given to skills
        if before in TOOL_BEFORE and (next_token is None or after in LIST_AFTER or next_token.islower()):
            return spelling.id, "strong"  # "written in R", "using Go to build", "in R (tidyverse)"
        if is_skill_noun_after(tokens, first, end):
            return spelling.id, "strong"  # "Sharpened my Excel skills", "Swift development for iOS"
        if after is not None and after not in LIST_AFTER:
            continue
        if before is None or before in LIST_BEFORE:
            return spelling.id, "guarded"
    return None
