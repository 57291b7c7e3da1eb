"""One requirement line of a job posting -> skill, years and degree requirements (reuses education and skills)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from gapcheck.degreementions import degree_mentions
from gapcheck.models import DegreeRequirement, ExperienceRequirement, SkillRequirement, degree_rank
from gapcheck.postingpaths import YEARS, PathReading, read_paths, years_number
from gapcheck.skills import Vocabulary
from gapcheck.skillwords import tokenize

_FLAGS = re.IGNORECASE
_NOT_CHECKABLE = re.compile(
    r"work authori[sz]ation|\bvisa\b|sponsor|background check|\btravel\b|relocat|equal opportunity|\bapply\b|"
    r"applying|\bplease\b|salary|benefits|per hour|\$\s?\d|drug test|security clearance|citizenship|\bon-?call\b",
    _FLAGS,
)
PREFERRED_CUE = re.compile(
    r"\b(?:is|are|would be|will be|be)\s+(?:a\s+)?(?:big\s+|huge\s+|strong\s+)?(?:plus|bonus|advantage|helpful|"
    r"beneficial|desirable|nice)\b|nice[- ]to[- ]have|\ba plus\b|not required|\bdesirable\b|von vorteil|"
    r"\bpreferred\b\W*$|^\W*(?:ideally|preferably|bonus)\b",
    _FLAGS,
)
_PREFERRED_CLAUSE = re.compile(
    r"\((?P<inner>[^()]*\bpreferred)\)|\b(?:preferably|ideally|idealerweise)\b(?P<after>[^;()]*)", _FLAGS
)
_REQUIRED_CUE = re.compile(r"(?<!not )\b(?:required|must)\b", _FLAGS)
_AS_TITLE = re.compile(
    r"\bas (?:an? )?([A-Za-z][\w /-]{2,60}?)(?=\s+(?:working|with|in|at|for|on|or similar)\b|[,.;(]|$)"
)
_SOFTWARE = re.compile(r"software|application|programming|coding|development|engineering", _FLAGS)
_SOFTWARE_TITLES = ("engineer", "developer", "programmer", "swe", "sde")
_DEGREE_EXTRA = (
    ("bachelor", re.compile(r"\bbachelor(?:'s|’s|s)?\b|\b(?:four|4)[- ]year degree|\bundergraduate\b", _FLAGS)),
    ("master", re.compile(r"\bmaster(?:'s|’s|s)?\b|\bgraduate degree|\badvanced degree", _FLAGS)),
)
_EQUIVALENT = re.compile(
    r"\bor (?:an? )?equivalent\b|equivalent (?:practical |professional |work |industry )?experience", _FLAGS
)
_IN_PROGRESS = re.compile(r"currently pursuing|\bpursuing\b|in progress|enrolled|working towards|\bstudents?\b", _FLAGS)
_FIELD_STOP = re.compile(r"\bor (?:an? )?(?:equivalent|related|similar|other)\b|[.;()]|\bwith\b|\band (?=\d)", _FLAGS)
_FILLER = re.compile(
    r"^(?:(?:strong|solid|good|excellent|deep|proven|demonstrated|hands-on|working|basic|advanced|expert|"
    r"extensive|some|prior|previous|practical|professional|relevant)\s+)*(?:experience|knowledge|understanding|"
    r"familiarity|proficiency|background|skills?|expertise|ability|comfort|exposure)?\s*(?:with|in|of|on|to|using)?\s+",
    _FLAGS,
)
_EXAMPLES = re.compile(r"\bsuch as\b|\be\.g\.|\blike\b|\bincluding\b", _FLAGS)
_CONNECTORS = frozenset(", ; / ( ) & : - – or and and/or e.g. e.g i.e. like such as including etc. etc".split())
_EXAMPLE_WORDS = frozenset("( such e.g. e.g like including".split())
_ALTERNATIVE_WORDS = frozenset({"or", "/", "and/or"})


@dataclass(slots=True)
class Draft:
    skills: list[SkillRequirement]
    experience: list[ExperienceRequirement]
    degrees: list[tuple[str, str, str]]
    """(level, "minimum" or "preferred", quote)"""
    fields: list[str]
    flags: set[str]
    unchecked: list[str]


def read_item(draft: Draft, kind: str, text: str, vocabulary: Vocabulary) -> None:
    required = kind in ("required", "cue")
    if PREFERRED_CUE.search(_PREFERRED_CLAUSE.sub(" ", text)):
        required = False
    elif kind == "preferred" and _REQUIRED_CUE.search(text):
        required = True
    quote = text if len(text) <= 300 else text[:297] + "..."
    years = [m for m in YEARS.finditer(text)]
    has_degree = _read_degree(draft, text, required, quote)
    skills = [] if has_degree else _skill_requirements(text, required, quote, vocabulary)
    for match in years[:1] if has_degree and len(years) > 1 else years:
        _read_years(draft, text, match, required, quote, vocabulary)
    if has_degree and years:  # "PhD and 2+ years, or Master's and 5+ years": paths, else the longest
        _read_paths(draft, read_paths(text), years, quote, vocabulary)
    if has_degree and years:  # "PhD and 2+ years of experience in machine learning": the years' skills
        wanted = set(draft.experience[-1].skills)
        skills = [r for r in _skill_requirements(text, required, quote, vocabulary) if set(r.skills) & wanted]
    draft.skills.extend(skills)
    if skills or years or has_degree or kind.startswith("cue"):
        return
    if _NOT_CHECKABLE.search(text):
        draft.unchecked.append(quote)
        return
    phrase = _phrase(text)
    if phrase:
        draft.skills.append(SkillRequirement(phrase, (), required, phrase=phrase, quote=quote))


def _skill_requirements(text: str, required: bool, quote: str, vocabulary: Vocabulary) -> list[SkillRequirement]:
    """The skills an item names: alternatives ("Python, Scala or Java", "tools (Spark, Hadoop)") form one
    any-of requirement; a clause marked "preferably ..." or "(... preferred)" is preferred."""
    tokens = tokenize(text)
    preferred_spans = [_token_span(text, m.start(), m.end()) for m in _PREFERRED_CLAUSE.finditer(text)]
    listing = len(tokens) <= 12 or text.count(",") >= 2 or bool(_EXAMPLES.search(text))
    hits = sorted(vocabulary.locate(text, skills_context=listing) + _group_hits(text, vocabulary), key=lambda h: h[2])
    if hits and not listing and all(rule == "guarded" for _, rule, _, _ in hits):
        hits = []  # a lone "R" or "Go" in prose is more likely a word than a skill
    out: list[SkillRequirement] = []
    soft_hits = [h for h in hits if any(a <= h[2] < b for a, b in preferred_spans)]
    for skill, _rule, _start, _count in soft_hits if required else []:
        out.append(SkillRequirement(vocabulary.entries[skill].name, (skill,), False, quote=quote))
    hits = [h for h in hits if h not in soft_hits] if required else hits
    for group in _groups(tokens, hits):
        ids = tuple(dict.fromkeys(skill for skill, _ in group))
        label = " or ".join(vocabulary.entries[i].name for i in ids)
        out.append(SkillRequirement(label, ids, required, quote=quote))
    return out


def _group_hits(text: str, vocabulary: Vocabulary) -> list[tuple[str, str, int, int]]:
    """Group entries ("programming languages", "deep learning frameworks") are never found in resumes,
    only through their members; a posting that names one asks for any member."""
    hits = []
    for entry in vocabulary.entries.values():
        if entry.match:
            continue
        singular = re.escape(entry.name.lower()).rstrip("s")
        for match in re.finditer(rf"(?<![\w-]){singular}s?(?![\w-])", text, _FLAGS):
            start, end = _token_span(text, match.start(), match.end())
            hits.append((entry.id, "group", start, end - start))
    return hits


def _token_span(text: str, start: int, end: int) -> tuple[int, int]:
    return len(tokenize(text[:start])), len(tokenize(text[:end]))


def _groups(tokens: list[str], hits: list[tuple[str, str, int, int]]) -> list[list[tuple[str, int]]]:
    """Split hits into requirements: a chain of hits joined by list words is one any-of group when an
    "or" joins it or it gives examples ("(", "such as", "e.g."); otherwise each hit stands alone."""
    groups: list[list[tuple[str, int]]] = []
    chain: list[tuple[str, int]] = []
    kinds: set[str] = set()
    last_end = -1

    def close() -> None:
        if kinds & (_ALTERNATIVE_WORDS | _EXAMPLE_WORDS) and len(chain) > 1:
            groups.append(list(chain))
        else:
            groups.extend([hit] for hit in chain)

    for skill, _rule, start, count in hits:
        between = [t.lower() for t in tokens[last_end:start]] if chain else []
        fillers = [t for t in between if t not in _CONNECTORS]
        if chain and (len(fillers) > 2 or len(between) > 6 or "and" in between and "or" not in between):
            close()
            chain, kinds = [], set()
            between = []
        chain.append((skill, start))
        kinds.update(between)
        last_end = start + count
    if chain:
        close()
    return groups


def _read_years(
    draft: Draft, text: str, match: re.Match[str], required: bool, quote: str, vocabulary: Vocabulary
) -> None:
    years = years_number(match.group("n"))
    about = re.split(r"[;.](?:\s|$)", text[match.end() :], maxsplit=1)[0]
    title = _AS_TITLE.search(about)
    rest = about[: title.start()] + about[title.end() :] if title else about
    skills = tuple(dict.fromkeys(s for s, _, _, _ in vocabulary.locate(rest, skills_context=False)))
    if not skills and not title:  # "a data scientist with ... a minimum of 4 years experience with real-life data"
        skills = tuple(dict.fromkeys(s for s, _, _, _ in vocabulary.locate(text, skills_context=False)))
    titles: tuple[str, ...] = ()
    if title:
        names = [t.strip().lower() for t in re.split(r"\s+or\s+|/", title.group(1)) if t.strip()]
        last = names[-1].split()[-1] if names else ""
        titles = tuple(n if " " in n or n == last else f"{n} {last}" for n in names)
    elif _SOFTWARE.search(about):  # "software development experience": engineering titles count too
        titles = _SOFTWARE_TITLES
    label = text if len(text) <= 120 else text[: match.end() + 60].rstrip() + "..."
    draft.experience.append(ExperienceRequirement(label, years, required, skills, titles, quote=quote))


def _read_paths(
    draft: Draft, reading: PathReading, years: list[re.Match[str]], quote: str, vocabulary: Vocabulary
) -> None:
    """Give the line's requirement its degree-dependent paths; when they cannot be read reliably (or speak of
    different things), keep the longest years and say so in the role file."""
    areas = [{s for s, _, _, _ in vocabulary.locate(a, skills_context=False)} for a in reading.about]
    areas = [a for a in areas if a]
    apart = any(not a & b for a in areas for b in areas)  # "MS and 5 years of Java, or PhD and 2 years of R"
    last = draft.experience[-1]
    if reading.paths and not apart:
        draft.experience[-1] = replace(last, years=max(p.years for p in reading.paths), paths=reading.paths)
        if any(p.degree is None for p in reading.paths):  # "5+ years, or 3+ years with a PhD": no degree is required
            draft.degrees[:] = [(lvl, "preferred" if q == quote else how, q) for lvl, how, q in draft.degrees]
        return
    longest = max(years_number(m.group("n")) for m in years)
    if reading.unsure or reading.paths:
        shown = f"{longest:g} {'year' if longest == 1 else 'years'}"
        note = f"gapcheck could not read this line's degree and years reliably: kept {shown} for any degree; check it"
        draft.experience[-1] = replace(last, years=longest, note=note)
    else:
        draft.experience[-1] = replace(last, years=longest)


def _read_degree(draft: Draft, text: str, required: bool, quote: str) -> bool:
    """Degree levels an item names; in one item the lowest is the minimum ("Bachelor's or Master's")."""
    mentions = [(level, start) for level, start, _ in degree_mentions(text)]
    mentions += [(level, m.start()) for level, pattern in _DEGREE_EXTRA for m in pattern.finditer(text)]
    if not mentions and re.search(r"degree\s+(?:in|or)|academic background|\bdegree\b\W*$|^\W*degree", text, _FLAGS):
        mentions = [("bachelor", 0)]
    if not mentions:
        return False
    soft = [m.span() for m in _PREFERRED_CLAUSE.finditer(text)]
    hard = [lvl for lvl, at in mentions if not any(a <= at < b for a, b in soft)]
    level = min(hard or [lvl for lvl, _ in mentions], key=degree_rank)
    draft.degrees.append((level, "minimum" if required and hard else "preferred", quote))
    for lvl, at in mentions:
        if any(a <= at < b for a, b in soft):
            draft.degrees.append((lvl, "preferred", quote))
    if _EQUIVALENT.search(text):
        draft.flags.add("equivalent")
    if _IN_PROGRESS.search(text):
        draft.flags.add("in_progress")
    fields = re.search(r"\bin\s+(.*)", re.sub(r"\([^()]*\)", " ", text), _FLAGS)
    if fields:
        listed = _FIELD_STOP.split(fields.group(1), maxsplit=1)[0]
        for field in re.split(r",\s*|\s+or\s+|\s+and\s+|/", listed):
            field = re.sub(r"^(?:an?|the)\s+", "", field.strip(" .:"), flags=_FLAGS).lower()
            if field and len(field.split()) <= 4 and not re.search(r"field|related|relevant|similar|discipline", field):
                draft.fields.append(field)
    return True


def degree_requirement(draft: Draft) -> DegreeRequirement | None:
    minimum = [lvl for lvl, how, _ in draft.degrees if how == "minimum"]
    preferred = [lvl for lvl, how, _ in draft.degrees if how == "preferred"]
    if not minimum and not preferred:
        return None
    low = max(minimum, key=degree_rank) if minimum else None
    high = max(preferred, key=degree_rank) if preferred else None
    if high is not None and degree_rank(high) <= degree_rank(low):
        high = None
    quotes = tuple(dict.fromkeys(q for _, _, q in draft.degrees))
    # a second required degree below the minimum ("a PhD ...; a bachelor's degree in CS") is asked for beside it
    also = max((lvl for lvl in minimum if degree_rank(lvl) < degree_rank(low)), key=degree_rank, default=None)
    return DegreeRequirement(
        minimum=low,
        preferred=high,
        fields=tuple(dict.fromkeys(draft.fields)),
        in_progress_ok="in_progress" in draft.flags,
        equivalent_experience="equivalent" in draft.flags and low is not None,
        also_level=also,
        quote=" / ".join(quotes),
    )


def dedupe_skills(skills: list[SkillRequirement]) -> tuple[SkillRequirement, ...]:
    """One requirement per set of skills; asked both ways it is required; a single skill already
    required on its own makes an any-of that includes it redundant only when it is preferred."""
    out: dict[tuple[str, ...], SkillRequirement] = {}
    for req in skills:
        key = req.skills or (f"phrase:{(req.phrase or '').lower()}",)
        if key in out:
            if req.required and not out[key].required:
                out[key] = req
            continue
        out[key] = req
    required_single = {r.skills[0] for r in out.values() if r.required and len(r.skills) == 1}
    return tuple(r for r in out.values() if r.required or not set(r.skills) <= required_single or r.phrase)


def _phrase(text: str) -> str | None:
    """The heart of a requirement no vocabulary skill names: fillers and closing words dropped."""
    phrase = _FILLER.sub("", text.strip(" -•*.:;")).strip(" .,:;")
    phrase = re.split(r"\s+(?:is|are|would be) (?:a )?(?:plus|bonus|helpful)\b", phrase, maxsplit=1)[0]
    words = phrase.split()
    if len(words) < 1 or len(words) > 12 or not re.search(r"[A-Za-z]{2}", phrase):
        return None
    return phrase
