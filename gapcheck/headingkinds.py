"""A heading line -> the section kind it names: the phrases and words of gapcheck/data/headings.yaml, compound
headings, qualifiers, plurals and letter-spaced or small-caps headings."""

from __future__ import annotations

import re

from gapcheck.headingwords import HeadingWords, fold, heading_key, heading_words

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
SHORTCODE = re.compile(r"(?<!\S):[a-z0-9_+-]+:(?!\S)")
_JOINERS = frozenset({"and", "&", "/", "+"})
_PROSE = re.compile(r"\b(?:years?|of|with|in|for|the|my|our|and)\b")
_MAX_WORDS = 6
# "and" in the languages of the heading words: the parts of a compound heading ("Formation et certifications")
CONJUNCTION = re.compile(r" (?:and|und|et|e|y|ed|en) ")
# the first part of a German (or Dutch) compound whose shared end is written once, after "und": "Schul- und
# Berufsbildung", "Aus- und Weiterbildung" read as their last compound ("Berufsbildung", "Weiterbildung")
_TRUNCATED = re.compile(r"^[^\W\d_]+-\s+(?:und|oder|en|&)\s+(?=[^\W\d_]{4})")
# one word of a heading broken in two or three by its letter spacing ("exp erience", "edu cation", "lan guages")
_KERNED = re.compile(r"[a-z]+(?: [a-z]+){1,2}|[A-Z]+(?: [A-Z]+){1,2}")
# a line that opens with a bullet is an item of a list, whatever words it holds
BULLET_START = re.compile(r"^[•·▪◦●■♦➢*-]")


def heading_kind(line: str) -> str | None:
    """Return the section kind a heading line names, or None when the line is not a heading.

    >>> heading_kind("WORK HISTORY"), heading_kind("Technical Skills:"), heading_kind("E X P E R I E N C E")
    ('experience', 'skills', 'experience')
    >>> heading_kind("Formação Acadêmica"), heading_kind("Scientific Supervision"), heading_kind("Berufserfahrung")
    ('education', 'supervision', 'experience')
    >>> heading_kind("Experience with large data sets") is None
    True
    """
    return read_heading(line)[0]


def read_heading(line: str) -> tuple[str | None, bool]:
    """The kind a heading line names, and whether only its words name it (no list holds the heading)."""
    if len(line) > 60:
        return None, False
    text = _QUALIFIER.sub("", SHORTCODE.sub("", fold(line)).strip())
    if re.fullmatch(r"(?:[A-Za-z] ){3,}[A-Za-z](?:\s+.*)?", text):
        text = re.sub(r"(?<=\b[A-Za-z]) (?=[A-Za-z]\b)", "", text)
    text = re.sub(r"\b([A-Z]) (?=[A-Z]{2,}\b)", r"\1", text)  # small caps read apart: "R ESEARCH E XPERIENCE"
    text = _TRUNCATED.sub("", text)
    key = re.sub(r"^\d+\s*", "", heading_key(text))
    if not key or len(key.split()) > _MAX_WORDS:
        return None, False
    lookup = heading_words().phrases
    if key in lookup:
        return lookup[key], False
    if _KERNED.fullmatch(text.strip()) and (kind := lookup.get(key.replace(" ", ""))) is not None:
        return kind, False  # "exp erience", "int erests": a heading's word broken by its letter spacing
    plural = lookup.get(_plural(key))
    if plural not in (None, "skills") and re.fullmatch(r"[\w\s&/-]+:?", text.strip()):
        # "Extracurricular Activity", "Publication", "Presentation": the list names the plural; a skill's name
        # alone on a line ("Technology)", "Database") is no heading
        return plural, False
    if (given := _given_kind(key, text)) is not None:
        return given, True
    titled = text.isupper() or text.endswith(":") or all(w[0].isupper() for w in text.split() if w not in _JOINERS)
    if titled and (kind := _compound_kind(key)):
        return kind, False
    # "Experience ——" or "EDUCATION 2" (page-break artefacts) and "Skills & Interests"
    first_two = " ".join(key.split()[:2])
    for candidate in (first_two, key.split()[0]):
        kind = lookup.get(candidate)
        if kind and (text.isupper() or text.endswith(":")) and len(key.split()) <= 3:
            return kind, False
    worded = _worded_kind(key, text)
    return worded, worded is not None


def _worded_kind(key: str, text: str) -> str | None:
    """The kind of a heading made only of heading words, in any of the languages listed: nouns naming kinds,
    qualifiers and joiners ("Academic and Professional Positions", "Scientific Service", "Esperienze",
    "Formação Acadêmica", "Conhecimentos Técnicos", "Berufserfahrung"), written as a heading: its first letter
    a capital, no bullet before it and no full stop after it.

    One noun names the kind; with several, experience wins ("Experiencia y Proyectos": the positions there must
    not be lost) unless education or volunteering is named too, and otherwise the first noun does.
    """
    first = re.search(r"[^\W\d_]", text)
    if first is None or not first.group().isupper() or BULLET_START.match(text) or text.endswith((".", ",", ";")):
        return None
    words = heading_words()
    if words.work_only.search(key):  # "Professional Journey", "Career Timeline": a chronology of the work alone
        key = words.chronology.sub("experience", key)
    nouns: list[tuple[str, bool]] = []  # each noun's kind, and whether it may be a qualifier as well
    for token in key.split():
        if token in words.joiners:
            continue
        kind = words.nouns.get(token) or _compound_end(token, words)
        if kind:
            nouns.append((kind, token in words.qualifiers))
        elif token not in words.qualifiers:
            return None
    # "Research Projects": "research" names experience alone, and qualifies another noun
    kinds = [kind for kind, qualifier in nouns if not qualifier] or [kind for kind, _ in nouns]
    if not kinds:
        return None
    if "experience" in kinds and not {"education", "volunteer"}.intersection(kinds):
        return "experience"
    return kinds[0]


def _given_kind(key: str, text: str) -> str | None:
    """The kind an adjective gives a heading made of heading words, whatever noun it qualifies ("Voluntary
    Employment", "Volunteer Work Experience", "Ehrenamtliches Engagement", "Expérience bénévole"), or a noun of that
    kind after "of" and its kin ("Experiencia de voluntariado"): volunteering is no job. A heading naming education
    keeps its kind."""
    words = heading_words()
    tokens = key.split()
    given = [
        kind
        for n, token in enumerate(tokens)
        if (kind := words.kind_qualifiers.get(token))
        or (
            n
            and tokens[n - 1] in words.of_joiners
            and (kind := words.nouns.get(token)) in words.kind_qualifiers.values()
        )
    ]
    if not given:
        return None
    rest = " ".join(token for token in tokens if token not in words.kind_qualifiers)
    kind = _worded_kind(rest, text) if rest else given[0]
    if kind is None and not all(token in words.qualifiers or token in words.joiners for token in rest.split()):
        return None  # "Volunteer Coordinator": a job's title, no heading
    return kind if kind == "education" else given[0]


def _compound_end(token: str, words: HeadingWords) -> str | None:
    """The kind of a German compound by its last noun: "berufserfahrung", "programmierkenntnisse"."""
    for end, kind in words.compound_ends:
        if token.endswith(end) and len(token) >= len(end) + 3:
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


def _after_qualifiers(part: str) -> str | None:
    """The listed heading a heading's last part is, once the qualifiers before it are dropped ("previous work
    history" is "work history"), or None. "Other" is dropped only before a listed heading of two words or more
    ("Other Work History"): over a single noun ("Other Experiences") it heads a list of whatever else there is."""
    words = heading_words()
    tokens = part.split()
    for n in range(len(tokens)):
        if (phrase := " ".join(tokens[n:])) in words.phrases:
            return phrase
        if tokens[n] not in words.qualifiers and not (tokens[n] == "other" and len(tokens) - n > 2):
            return None
    return None


def _compound_kind(key: str) -> str | None:
    """The kind of a titled heading built from known parts: "Selected Experience", "Relevant Projects",
    "Engineering Research & Professional Experience", "Research and Teaching Experience".

    The last part names the kind (a known heading, or qualifiers before a heading noun), except that a part
    naming experience wins over projects, skills and the like; the parts before it are short qualifiers, and
    no part reads as prose ("Experience with large data sets").
    """
    parts = CONJUNCTION.split(key)
    if any(not part or len(part.split()) > 3 or _PROSE.search(part) for part in parts):
        return None
    kinds = [heading_words().phrases.get(part) or _HEAD_NOUNS.get(part.split()[-1]) for part in parts]
    last = parts[-1].split()
    if last[-1] in _SUMMARY_NOUNS and _EXPERIENCE_WORDS.intersection(last[:-1]):
        return "experience"
    if (phrase := _after_qualifiers(parts[-1])) is not None:
        kind = heading_words().phrases[phrase]
    elif len(last) >= 2 - (len(parts) > 1) and last[-1] in _HEAD_NOUNS:
        kind = _HEAD_NOUNS[last[-1]]
    else:
        return None
    if "experience" in kinds and kind not in ("education", "volunteer"):
        return "experience"  # "Work Experience & Projects": the positions there must not be lost
    if "education" in kinds and kind == "certifications":
        return "education"  # "Formation et certifications": nor the degrees
    return kind
