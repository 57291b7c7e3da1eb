"""How a degree's field is written other than plainly after its name: implied by the name ("BSEE"), as a
graduate's title ("Ingeniero Eléctrico"), or in lower case in a sentence or a Romance language."""

from __future__ import annotations

import re
from functools import lru_cache

from gapcheck.fields import is_field_name, known_field, load_fields, normalise_field

# Abbreviations that name their field: "BSEE, Purdue University" is a bachelor's in electrical engineering
_IMPLIED_FIELD = {
    "BSEE": "Electrical Engineering",
    "MSEE": "Electrical Engineering",
    "BSCS": "Computer Science",
    "MSCS": "Computer Science",
    "BSME": "Mechanical Engineering",
    "MSME": "Mechanical Engineering",
    "BSIT": "Information Technology",
    "MSIT": "Information Technology",
    "BSBA": "Business Administration",
    "MBA": "Business Administration",
    "EMBA": "Business Administration",
    "BSN": "Nursing",
    "ADN": "Nursing",
    "ASN": "Nursing",
    "MSN": "Nursing",
    "MSW": "Social Work",
    "MPA": "Public Administration",
    "MPP": "Public Policy",
    "PHARMD": "Pharmacy",
    "BPHARM": "Pharmacy",
    "MPHARM": "Pharmacy",
    "MBBS": "Medicine",
    "DOCTOROFMEDICINE": "Medicine",
    "DOCTOROFPHARMACY": "Pharmacy",
    "JURISDOCTOR": "Law",
    "DNP": "Nursing",
    "DOCTOROFNURSINGPRACTICE": "Nursing",
    "DPT": "Physical Therapy",
    "DOCTOROFPHYSICALTHERAPY": "Physical Therapy",
    "DOCTOROFOCCUPATIONALTHERAPY": "Occupational Therapy",
    "DDS": "Dentistry",
    "DVM": "Veterinary Medicine",
    "DOCTOROFVETERINARYMEDICINE": "Veterinary Medicine",
    "DOCTOROFOSTEOPATHICMEDICINE": "Medicine",
    "PSYD": "Psychology",
    "DOCTOROFPSYCHOLOGY": "Psychology",
    "DBA": "Business Administration",
    "DOCTOROFBUSINESSADMINISTRATION": "Business Administration",
    "DOCTOROFPUBLICHEALTH": "Public Health",
    "DOCTOROFSOCIALWORK": "Social Work",
    "DOCTOROFEDUCATION": "Education",
    "EDD": "Education",
    "LLB": "Law",
    "LLM": "Law",
    "JD": "Law",
    "MD": "Medicine",
    "MBCHB": "Medicine",
    "MBBCH": "Medicine",
    "MCA": "Computer Applications",
    "BCA": "Computer Applications",
    "BMUS": "Music",
    "MMUS": "Music",
    "BARCH": "Architecture",
    "MARCH": "Architecture",
    "BAGRIC": "Agriculture",
    "MAGRIC": "Agriculture",
    # German doctorates name their faculty: "Dr. rer. nat." (rerum naturalium), "Dr. med.", "Dr. jur."
    "DRRERNAT": "Natural Sciences",
    "DRMED": "Medicine",
    "DRJUR": "Law",
    # German Diplom and its abbreviations name the field: "Diplom-Informatiker", "Dipl.-Kfm."
    "DIPLOM-INFORMATIKER": "Computer Science",
    "DIPLOM-INFORMATIKERIN": "Computer Science",
    "DIPL-INF": "Computer Science",
    "DIPLOM-KAUFMANN": "Business Administration",
    "DIPLOM-KAUFFRAU": "Business Administration",
    "DIPL-KFM": "Business Administration",
    "DIPL-KFF": "Business Administration",
    "DIPLOM-BETRIEBSWIRT": "Business Administration",
    "DIPLOM-BETRIEBSWIRTIN": "Business Administration",
    "DIPLOM-VOLKSWIRT": "Economics",
    "DIPLOM-VOLKSWIRTIN": "Economics",
    "DIPLOM-CHEMIKER": "Chemistry",
    "DIPLOM-CHEMIKERIN": "Chemistry",
    "DIPLOM-BIOLOGE": "Biology",
    "DIPLOM-BIOLOGIN": "Biology",
    "DIPLOM-GEOLOGE": "Geology",
    "DIPLOM-GEOLOGIN": "Geology",
    "DIPLOM-GEOGRAPH": "Geography",
    "DIPLOM-GEOGRAPHIN": "Geography",
    "DIPLOM-SOZIOLOGE": "Sociology",
    "DIPLOM-SOZIOLOGIN": "Sociology",
    "DIPLOM-PÄDAGOGE": "Pedagogy",
    "DIPLOM-PÄDAGOGIN": "Pedagogy",
    "DIPLOM-POLITOLOGE": "Political Science",
    "DIPLOM-POLITOLOGIN": "Political Science",
    "DIPLOM-WIRTSCHAFTSINFORMATIKER": "Information Systems",
    "DIPLOM-WIRTSCHAFTSINFORMATIKERIN": "Information Systems",
    "DIPLOM-WIRTSCHAFTSINGENIEUR": "Industrial Engineering",
    "DIPLOM-WIRTSCHAFTSINGENIEURIN": "Industrial Engineering",
    "DIPL-VOLKSW": "Economics",
    "DIPLOM-PHYSIKER": "Physics",
    "DIPLOM-PHYSIKERIN": "Physics",
    "DIPL-PHYS": "Physics",
    "DIPLOM-MATHEMATIKER": "Mathematics",
    "DIPLOM-MATHEMATIKERIN": "Mathematics",
    "DIPL-MATH": "Mathematics",
    "DIPLOM-PSYCHOLOGE": "Psychology",
    "DIPLOM-PSYCHOLOGIN": "Psychology",
    "DIPL-PSYCH": "Psychology",
    "DIPL-BIOL": "Biology",
    "DIPL-CHEM": "Chemistry",
}

_NOT_A_FIELD_START = frozenset({"the", "a", "an", "my", "his", "her", "their", "our", "this", "that", "which", "one"})

# Words joining a field's names in French, Spanish, Portuguese, Italian; an elided article ("l'", "d'") too
_ROMANCE_JOINING = frozenset("de des du la le les et e y da do dos das di del della delle dei degli".split())

# an elided article or preposition: "l'", "d'", Italian "dell'", "all'", "nell'" (its noun may be capitalised:
# "ingegneria dell'Informazione")
_ELIDED = re.compile(r"^(?i:[ld]|dell|all|nell|dall|sull)['’]")

_IBERIAN_ENGINEER = {
    "ingeniero": "Ingeniería",
    "ingeniera": "Ingeniería",
    "engenheiro": "Engenharia",
    "engenheira": "Engenharia",
}


def implied_field(name: str, field: str | None) -> str | None:
    """The field a degree's name says ("BSN, RN": nursing), unless a field is named after it ("Doctor of Pharmacy:
    Pharmaceutics")."""
    implied = _IMPLIED_FIELD.get(re.sub(r"[\s.]", "", name).upper())
    if implied is None or (
        field and (is_field_name(field) or known_field(field) or field.lower().endswith(implied.lower()))
    ):
        return field  # a field, one run on into the next cell ("Marketing  Graduated"), or a narrower one
    return implied


# The focus of a subject too broad to be a field, right after the degree's name: "Master of Science with
# specialization in", "Bachelor of Arts, concentration in", "Maestro en Ciencias con orientación en", "com ênfase em"
_FOCUS = re.compile(
    r"\s*(?:(?:sciences?|ciencias?|ci[êe]ncias?|scienze|arts)\b\s*)?(?:,\s*)?(?:(?:with|con|com|avec)\s+(?:an?\s+)?)?"
    r"(?:speciali[sz]ation|concentration|emphasis|orientation|focus|especialidad|especializaci[oó]n|"
    r"orientaci[oó]n|menci[oó]n|[ée]nfasis|ênfase|habilita[cç][aã]o|indirizzo|specializzazione|sp[ée]cialit[ée])"
    r"\s+(?:in|en|em|on)\s+([^,;|()]+)",
    re.IGNORECASE,
)


def focus_of(rest: str) -> str | None:
    """The focus named right after a degree's name whose subject is too broad to be its field ("Master of" + "Science
    with specialization in Robotics" -> "Robotics"); else None ("Science in Physics with specialization in ...")."""
    focus = _FOCUS.match(rest)
    return focus.group(1) if focus else None


def in_lower_case(words: list[str]) -> str:
    """A field written in lower case in a sentence ("earned a Ph.D. in electrical engineering"), in title case when
    the words name a field ("Electrical Engineering"); else nothing ("in progress", "in the field of ...")."""
    if (
        len(words) > 6
        or words[0] in _NOT_A_FIELD_START
        or "in" in words
        or not all(w.isalpha() and w.islower() for w in words)
    ):
        return ""
    titled = " ".join(w if w in ("and", "of") else w.capitalize() for w in words)
    return titled if is_field_name(titled) else ""


def romance_lower_case(words: list[str]) -> str:
    """A French, Spanish, Portuguese or Italian field in lower case, whose head word comes first and is a known field
    ("Maîtrise de physique et applications", "Baccalauréat en génie des technologies de l'information"): in title
    case, joining words and elided articles kept ("Génie des Technologies de l'Information"); else nothing."""
    words = words[: words.index(":")] if ":" in words else words  # "technique de l'informatique : Gestion de ..."
    bare = [_ELIDED.sub("", w) for w in words]
    if not words or len(words) > 8 or not all(_lower_word(w, b) for w, b in zip(words, bare, strict=True)):
        return ""
    if len(words) > 1 and not any(w in _ROMANCE_JOINING or _ELIDED.match(w) for w in words) and not _adjectives(bare):
        return ""
    titled = " ".join(
        w if w in _ROMANCE_JOINING else w[: len(w) - len(b)] + b.capitalize() for w, b in zip(words, bare, strict=True)
    )
    # "génie" heads known fields ("génie civil", "génie logiciel") without being one; "technique de l'informatique"
    # names one after its head
    named = [b.capitalize() for w, b in zip(words, bare, strict=True) if w not in _ROMANCE_JOINING]
    known = known_field(titled) or normalise_field(bare[0]) in _field_heads()
    return titled if known or any(known_field(word) == word for word in named[1:]) else ""


def _adjectives(words: list[str]) -> bool:
    """A head and its adjectives, no joining word: "ingegneria ambientale", "física teórica" (no English words)."""
    return len(words) <= 3 and _romance_head(words[0]) and not _ENGLISH_WORDS.intersection(words)


def _lower_word(word: str, bare: str) -> bool:
    """A word of a field in lower case ("e-commerce" too); after an elided article its noun may be capitalised."""
    letters = bare.replace("-", "")
    return letters.isalpha() and (bare.islower() or (bare != word and bare[0].isupper() and bare[1:].islower()))


# English words that never stand in a Romance field's name (so "physics with honours" is no head and adjectives)
_ENGLISH_WORDS = frozenset(
    "and of the with at for in on by to from lab laboratory group students program school college university "
    "institute department".split()
)


def _romance_head(word: str) -> bool:
    """A word that heads a field in a Romance language and is no English word: a field the table names in another
    language ("física", "informatica") or the first word of such names ("ingegneria", "engenharia", "génie")."""
    table = load_fields()
    name = normalise_field(word)
    return (name in table.aliases and table.aliases[name] != name) or (
        name in _field_heads() and name not in table.names and name not in _english_heads()
    )


@lru_cache(maxsize=1)
def _english_heads() -> frozenset[str]:
    """The first words of the table's group names (English: "computer" of "computer science")."""
    return frozenset(name.split()[0] for group in load_fields().groups for name in group)


@lru_cache(maxsize=1)
def _field_heads() -> frozenset[str]:
    """The first words of the field table's names of several words ("génie" of "génie logiciel")."""
    return frozenset(name.split()[0] for name in load_fields().names if " " in name)


# A licensed profession's title conferred with its first degree (data/degree_names.yaml, entry_titles) -> the field
# in the title's language: "Cirurgiã-Dentista" -> Odontologia, "Abogada" -> Derecho
_PROFESSIONS = [
    (re.compile(pattern, re.IGNORECASE), field)
    for pattern, field in (
        (r"cirurgi(?:[ãa]o|[ãa])[-\s]dentista|cirujan[oa]\s+dentista|odont[óo]log[oa]", "Odontologia"),
        (r"m[ée]dic[oa]\s+veterin[áa]ri[oa]", "Medicina Veterinária"),
        (r"m[ée]dic[oa](?:\s+cirujan[oa])?", "Medicina"),
        (r"abogad[oa]", "Derecho"),
        (r"advogad[oa]", "Direito"),
        (r"arquitect[oa]", "Arquitectura"),
        (r"arquitet[oa](?:\s+e\s+urbanista)?", "Arquitetura e Urbanismo"),
        (r"enfermer[oa]", "Enfermería"),
        (r"enfermeir[oa]", "Enfermagem"),
        (r"psic[óo]log[oa]", "Psicologia"),
        (r"contador(?:a)?\s+p[úu]blic[oa]", "Contaduría Pública"),
        (r"(?:qu[íi]mic[oa]\s+)?farmac[ée]utic[oa]", "Farmacia"),
        (r"farmac[êe]utic[oa]", "Farmácia"),
        (r"fisioterapeuta", "Fisioterapia"),
        (r"nutricionista", "Nutrição"),
    )
]


def title_field(name: str) -> str | None:
    """The field an engineer's title or an engineering degree's name says: "Electronic Engineer" -> "Electronic
    Engineering", "Ingeniería Electrónica" and "Engenharia Elétrica" whole; a bare "Engineer" none; a profession's
    title its field ("Cirurgiã-Dentista" -> Odontologia)."""
    if profession := next((field for pattern, field in _PROFESSIONS if pattern.fullmatch(name)), None):
        return profession
    words = name.split()
    if len(words) < 2:
        return None
    if re.fullmatch(r"engineer", words[-1], re.IGNORECASE):
        return " ".join([*words[:-1], "Engineering"])
    if noun := _IBERIAN_ENGINEER.get(words[0].lower()):
        # a graduate's title names the degree's field, the adjectives agreeing with it: "Ingeniero Eléctrico" ->
        # "Ingeniería Eléctrica", "Engenheiro Mecânico" -> "Engenharia Mecânica"
        return " ".join([noun, *(re.sub(r"o$", "a", w) if w[0].isupper() else w for w in words[1:])])
    return name
