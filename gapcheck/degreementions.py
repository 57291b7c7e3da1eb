"""One resume line -> where it names a degree: degree names in every spelling (dotted, bare capitals, national
names), each mention's level and span, with the places, addresses and office programs that only look like one."""

from __future__ import annotations

import re

from gapcheck.dates import strip_dates
from gapcheck.degreecells import (
    CELL_BREAK,
    ENTRY_TITLE_RE,
    NAMES_ITS_FIELD,
    level_cells,
    opens_entry,
    title_opens_entry,
)
from gapcheck.degreelabels import in_school_label, labelled_levels
from gapcheck.degreenames import load_degree_names
from gapcheck.fieldbefore import field_before
from gapcheck.fields import is_field_name, known_field
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
        r"d\.\s?v\.\s?m\.|d\.\s?b\.\s?a\.|d\.\s?m\.\s?a\.|j\.\s?d\.|m\.\s?d\."
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
        r"bachelor(?:'s|’s|s)?\s+degree|"  # "Bachelor degree", as "Master degree"
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
# "Ingeniería de/en", "Engenharia de/da/do/em": the Spanish and Portuguese words joining a degree's name to its field
_IBERIAN_JOINERS = _NAMES.joiners["es"] + "|" + _NAMES.joiners["pt"]
IBERIAN_JOINER = re.compile(r"\s+(?i:" + _IBERIAN_JOINERS + r")\s")
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
# A master's or bachelor's of music in dotted capitals ("M.M., Cello Performance", "B.M. in Composition"): elsewhere
# someone's initials
_MUSIC = r"{letter}\.\s?M\.(?=\s*[,(:–—]|\s+(?:in|of)\s|\s*$)"
_EDUCATION_ONLY = {
    "doctorate": r"(?<!,\s)MD(?=\s*[,(]|\s+(?i:in|of)\s|\s*$)",  # elsewhere a managing director; "Baltimore, MD"
    # MIT's master (elsewhere "S. M." is someone's initials); any "M" + the subject's short name before "in"/"of" and
    # a field, as Commonwealth universities write them: "MSt in History", "MEcon in Finance", "MComm of Accounting"
    "master": r"S\.\s?M\.(?=\s+in\s+[A-Z])|"
    + _SUBJECT_ABBREVIATION.format(letter="M")
    + "|"
    + _MUSIC.format(letter="M"),
    "bachelor": _SUBJECT_ABBREVIATION.format(letter="B")  # "BMan in Marketing", "BEc of Economics", "BPhil in X"
    + "|"
    + _MUSIC.format(letter="B")
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
# (the field may open with an accented letter: "Master Économie")
_BARE_NAME_RE = {level: re.compile(r"(?<![\w.])(?i:" + level + r")(?=\s+[^\W\d_])") for level in ("master", "bachelor")}
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
    r"^\s*" + _HONOURS + r"(?:in|of|,|-|–|—|:|\|)?\s*[«“\"„]?[A-ZÀ-Ý][a-zß-ÿ]"
)  # 'DESS "Ingénierie ..."', "DUT Génie Civil, <school>": a capital and a small letter, accented ones too
# In an education section, a bare capital before a parenthesised field or status ("BS (Psychology), GPA 3.52",
# "BS (in progress)") or before comma-separated degree details ("BS, GPA 3.9/4.0", "MS, magna cum laude")
_WEAK_DETAILS = re.compile(
    r"^\s*\(\s*(?!" + _OFFICE_WORDS + r"\b)[A-Za-z][^)]*\)|"
    r"^\s*,\s*(?i:c?gpa\b|summa\b|magna\b|cum\s+laude\b|with\s+(?:high\s+)?(?:honou?rs|distinction)\b|"
    r"honou?rs\b|first\s+class\b|minor\b|major\b|expected\b|graduated\b|class\s+of\b|in\s+progress\b|(?:19|20)\d\d\b)|"
    r"^\s+(?i:with\s+(?:[a-z-]+\s+){0,3}?(?:honou?rs|distinction)\b)"  # "BA with Honours in History"
)
# outside education: "BS in Physics", "MS, Économie"
_WEAK_STATED = re.compile(r"^\s*" + _HONOURS + r"(?:in|of|,|:)\s*[A-ZÀ-Ý][a-zß-ÿ]")


def degree_mentions(line: str) -> list[tuple[str, int, int]]:
    """Degree levels named in a line, as (level, start, end), bare capitals included ("BS, MS or PhD").

    >>> [m[0] for m in degree_mentions("B.S. or M.S. in Computer Science; PhD preferred")]
    ['bachelor', 'master', 'doctorate']
    """
    return find_mentions(line, weak_ok=True)


# "Cambridge, MA, USA", "Portland, ME 04101", "Starkville, MS | 2019": a US state after a city, no degree
_STATES = frozenset({"MA", "ME", "MS", "MD"})
_PLACE_BEFORE = re.compile(r"(?:^|[,|•;(]\s*|\s{2,})((?:[A-Z][a-z][\w.'-]*\s+){0,2}[A-Z][a-z][\w.'-]*),\s*$")
_DEGREE_GOES_ON = re.compile(
    r"\s*(?:[(:]|(?:in|of)\s)|\s*[,–—-]\s*(?P<field>[A-Z][\w&]*(?:\s+(?:[A-Z][\w&]*|and|of))*)"
)


# A town's name opening a cell ("<school>, Boston ", "| Portland ") and the end of a cell after a state's code
_TOWN_BEFORE = re.compile(r"(?:[,|•;]\s*|\s{2,})(?P<town>[A-Z][a-z]+)\s$")
_STATE_CLOSES = re.compile(r"\s*(?:$|[,|•;]|\d{5}\b|\s{2,})")


def _us_state(line: str, start: int) -> bool:
    """Two capitals after a place's name and a comma: a state ("Boston, MA"), not a degree ("Stanford University, MS",
    "Computer Science, MS" and "BS, MS or PhD" name a school, a field, a degree; "Stanford, MS in Statistics" and
    "Stanford, MS, Statistics" go on to a field); or closing a cell right after a town's name, with no comma
    after the school's cell ("<school>, Boston MA", "<school> | Portland ME 04101 | 2014")."""
    end = start + 2
    town = _TOWN_BEFORE.search(line[:start])
    if line[start:end] in _STATES and town and _STATE_CLOSES.match(line, end):
        # after the school's own cell, and a town's name that names no field ("<school>, Physics MS" is a degree)
        name = town.group("town")
        if INSTITUTION.search(line[: town.start()]) and not (is_field_name(name) or known_field(name)):
            return True
    place = _PLACE_BEFORE.search(line[:start])
    if line[start:end] not in _STATES or place is None:
        return False
    goes_on = _DEGREE_GOES_ON.match(line[end:])
    field = goes_on.group("field") if goes_on else None
    if goes_on and (field is None or (is_field_name(field) and not find_mentions(field, weak_ok=True))):
        return False
    name = place.group(1)
    return not (INSTITUTION.search(name) or is_field_name(name) or find_mentions(name, weak_ok=True))


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


# A British honours degree's class or its "(Hons)", written after the field with no degree name: a bachelor's
_HONOURS_CLASS = re.compile(
    r"\(?(?:(?:1st|2nd|3rd|first|second|third|upper\s+second|lower\s+second|2:[12])[\s-]+class\b(?:\s+(?:with\s+)?(?:hons?\.?|honou?rs))?(?:\s+degree)?\)?|"
    r"\((?:hons?\.?|honou?rs)\)|(?<![\d:])2:[12](?![\d:]))",  # "Physics, 2:1, <school>"
    re.IGNORECASE,
)
# An address or a file's name: its words name no degree ("https://example.org/phd-program", "cv-PhD-2024.pdf")
_ADDRESS = re.compile(
    r"(?i:https?://|www\.)\S+|\S+\.(?i:pdf|html?|php|aspx?|docx?|md|tex|txt)(?!\w)|"
    r"[a-z0-9-]+\.(?:com|org|net|edu|gov|io|info|[a-z]{2})/\S*"  # in lower case: "B.Sc/M.Sc" is no address
)


def find_mentions(line: str, *, weak_ok: bool) -> list[tuple[str, int, int]]:
    """Degree levels named in a line, as (level, start, end); bare capitals and the names only an education section
    uses only when `weak_ok` (in an education section)."""
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
    if weak_ok:  # an entry written as labels and values: "Degree: Bachelor", not "University: <school>"
        mentions = [m for m in mentions if not in_school_label(line, m[1])] + labelled_levels(line)
    no_level = _NO_LEVEL.search(line)
    if no_level:  # only a level's own name after a specialisation's: "Pós-Graduação: Mestrado em ..."
        mentions = [m for m in mentions if m[2] <= no_level.start() or STRONG_RE[m[0]].fullmatch(line, m[1], m[2])]
    honours = _HONOURS_CLASS.search(line) if weak_ok and not mentions else None
    if honours and field_before(line[: honours.start()]):  # "Computer Science (1st class with Hons), <school>"
        mentions.append(("bachelor", honours.start(), honours.end()))
    kept: list[tuple[str, int, int]] = []
    for mention in sorted(mentions, key=lambda m: (m[1], -m[2])):
        if kept and IBERIAN_JOINER.fullmatch(line, kept[-1][2], mention[1]) and NAMES_ITS_FIELD.match(line, mention[1]):
            continue  # "Mestrado em Engenharia de Software": the engineering degree's name is the master's field
        if not kept or mention[1] >= kept[-1][2]:
            kept.append(mention)
    # a name read without its dots spans its whole spelling ("D.U.T", not "DUT" and the padding)
    return [
        next(((level, a, b) for a, b in undotted if a <= start < b), (level, start, end)) for level, start, end in kept
    ]
