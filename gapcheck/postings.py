"""Job posting text -> RoleProfile: sections, requirements, years, degree (reuses education and skills)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from gapcheck.errors import PostingError
from gapcheck.marktext import META_LINE
from gapcheck.models import (
    ExperienceRequirement,
    RoleProfile,
)
from gapcheck.postingitems import PREFERRED_CUE, Draft, dedupe_skills, degree_requirement, read_item
from gapcheck.postingtext import PostingLine, posting_lines, read_posting_file
from gapcheck.skills import Vocabulary, load_vocabulary

_FLAGS = re.IGNORECASE
# Section headings, checked in this order: the first kind whose pattern matches wins.
_HEADING_KINDS = (
    (
        "preferred",
        r"prefer|desir|nice[- ]to[- ]have|bonus|\bplus\b|good to have|great to have|\bideal(?:ly)?\b|"
        r"wünschenswert|von vorteil|optional|not required|stand out|sets you apart",
    ),
    (
        "required",
        r"requir|qualification|must[- ]have|about you|who you are|what you (?:bring|need|have|will need)|"
        r"what you'll need|we (?:expect|are expecting)|what we(?:'re| are)? (?:expect|look|seek)|"
        r"your profile|muss|anforderung|voraussetzung|requisitos|formaci[oó]n|love about you|you have|"
        r"you bring|you should have",
    ),
    (
        "other",
        r"^about\b(?! (?:you|the (?:role|job|position)))|who we are|benefit|we offer|perks|compensation|"
        r"salary|total rewards|how to apply|equal|hiring process|why join|love about us|company|location|"
        r"contact|diversity|privacy|condiciones|lugar|what to expect|rewards",
    ),
    (
        "duties",
        r"responsib|what you(?:'ll| will) (?:do|be doing|work on)|duties|\bthe role\b|\brole\b|"
        r"day[- ]to[- ]day|daily|in this role|you will|aufgaben|tasks|funciones|description|"
        r"about the (?:role|job|position)|summary|overview|success looks like|what you'll do",
    ),
    ("required", r"skills|experience|education|expertise|competenc|knowledge|profile|looking for|candidate"),
)
_HEADING_RES = tuple((kind, re.compile(pattern, _FLAGS)) for kind, pattern in _HEADING_KINDS)
_INLINE_HEADING = re.compile(r"^([A-Za-z][\w '’&/-]{1,40}?):\s+(\S.*)$")
_REQUIREMENT_CUE = re.compile(
    r"\byou (?:should|must|will need to|need to) (?:have|be|possess)|\brequires?\b|(?<!not )\brequired\b|"
    r"\bmust (?:have|be)\b|\bshould have\b|(?:ideal|successful) candidates? (?:should|will|has|must)|"
    r"candidates? (?:should|must|who) (?:have|be|are)|\bwith (?:at least |over )?\d+\+? years",
    _FLAGS,
)
_DUTY = re.compile(r"^(?:you will|you'll|you'd|we |our |this role|the role|in this role)\b", _FLAGS)
_TITLE_PREFIX = re.compile(
    r"^(?:(?:job description|stellenbeschreibung|hiring|job title|title|position|role)\s*[:=-]|"
    r"(?:job\s+)?posting\s+\d+\s*[:—–-])\s*",
    _FLAGS,
)
_TITLE_NOUN = re.compile(r"engineer|scientist|developer|analyst|manager|designer|architect|intern|specialist|"
                         r"consultant|researcher|lead|director|administrator|practicante", _FLAGS)  # fmt: skip
_SEEKING = re.compile(
    r"(?:looking for|seeking|hiring)\s+(?:an?\s+)?(?:(?:experienced|talented|skilled|dedicated|highly|motivated|"
    r"passionate|remote|seasoned|and|an|a)\s+)*(?P<title>(?:[A-Z][\w+#./-]*\s+)*[A-Z][\w+#./-]*"
    r"(?:\s+(?:developer|engineer|scientist|analyst))?)"
)


@dataclass(frozen=True, slots=True)
class ParsedPosting:
    """What a posting yields: the role, and the lines it asks for that a resume cannot show."""

    role: RoleProfile
    unchecked: tuple[str, ...] = ()
    """Requirement lines that are not checked against a resume (work authorisation, travel, ...)."""


def read_posting(
    path: Path | None = None,
    *,
    text: str | None = None,
    source: str | None = None,
    index: int | None = None,
    role_id: str | None = None,
    vocabulary: Vocabulary | None = None,
) -> ParsedPosting:
    """Read a job posting (a file, or ``text`` from stdin) into a role profile.

    Parameters
    ----------
    path : Path, optional
        A .txt, .md, .html or .pdf posting; give ``text`` instead for text already read.
    index : int, optional
        Which posting (1-based) of a file holding several.
    role_id : str, optional
        The role id; by default made from the organization and title.

    Raises
    ------
    PostingError
        When the file cannot be read, or holds several postings and ``index`` does not pick one.

    Examples
    --------
    >>> posting = read_posting(text="Data Analyst\\nRequirements:\\n- 2+ years of SQL\\n- Tableau is a plus")
    >>> [(s.label, s.required) for s in posting.role.skills], posting.role.experience[0].years
    ([('SQL', True), ('Tableau', False)], 2.0)
    """
    if (path is None) == (text is None):
        raise ValueError("give exactly one of path and text")
    lines = read_posting_file(path) if path is not None else posting_lines(text or "")
    name = source or (path.name if path is not None else "stdin")
    postings = split_postings(lines)
    if len(postings) > 1 and index is None:
        titles = "; ".join(f"{i}. {_title(p)[0] or 'untitled'}" for i, p in enumerate(postings, start=1))
        raise PostingError(f"{name} holds {len(postings)} postings ({titles}); pick one with --index N")
    if index is not None and not 1 <= index <= len(postings):
        raise PostingError(f"{name}: --index {index} is out of range; the file holds {len(postings)} posting(s)")
    chosen = postings[(index or 1) - 1]
    where = f"{name}, posting {index}" if index is not None and len(postings) > 1 else name
    return build_posting_role(chosen, source=where, role_id=role_id, vocabulary=vocabulary or load_vocabulary())


def split_postings(lines: list[PostingLine]) -> list[list[PostingLine]]:
    """Several postings in one file: split at top headings that are not section names, keeping the parts
    that have a requirements section of their own."""
    starts = [i for i, line in enumerate(lines) if 1 <= line.heading <= 2 and _heading_kind(line.text) is None]
    bounds = [0, *[s for s in starts if s > 0], len(lines)]
    parts = [lines[a:b] for a, b in zip(bounds, bounds[1:], strict=False) if b > a]
    postings: list[list[PostingLine]] = []
    prelude: list[PostingLine] = []
    for part in parts:
        if any(_section_heading(line) in ("required", "preferred") for line in part[1:]):
            postings.append(prelude + part if prelude and 0 not in starts else part)
            prelude = []
        elif postings:
            postings[-1] = postings[-1] + part
        else:
            prelude = part
    return postings if len(postings) > 1 else [lines]


def build_posting_role(
    lines: list[PostingLine], *, source: str, role_id: str | None, vocabulary: Vocabulary
) -> ParsedPosting:
    """One posting's lines -> RoleProfile; the requirement lines are quoted on each requirement."""
    title, organization = _title(lines)
    draft = Draft([], [], [], [], set(), [])
    for kind, text in _items(lines):
        read_item(draft, kind, text, vocabulary)
    skills = dedupe_skills(draft.skills)
    if not skills:
        raise PostingError(f"{source}: no requirements found; is this a job posting?")
    title = title or "Job posting"
    return ParsedPosting(
        RoleProfile(
            id=role_id or _slug(" ".join(x for x in (organization, title) if x)),
            title=title,
            level=_level(title, lines, draft.experience),
            source=f"Job posting {source}, read by gapcheck roles from-posting",
            skills=skills,
            experience=tuple(draft.experience),
            degree=degree_requirement(draft),
            organization=organization,
        ),
        tuple(dict.fromkeys(draft.unchecked)),
    )


def _heading_kind(text: str) -> str | None:
    if len(text.split()) > 10:
        return None  # section headings are short; a long line is a title or a sentence
    return next((kind for kind, pattern in _HEADING_RES if pattern.search(text)), None)


def _section_heading(line: PostingLine) -> str | None:
    """The kind of a section heading line ("## Requirements", "Minimum Qualifications:"), else None."""
    short = len(line.text.split()) <= 8 and not line.bullet
    if line.heading and line.heading != META_LINE or short and line.text.endswith(":"):
        return _heading_kind(line.text.rstrip(":"))
    inline = _INLINE_HEADING.match(line.text)
    if inline and not line.bullet and len(inline.group(1).split()) <= 4:
        return _heading_kind(inline.group(1))
    return None


def _items(lines: list[PostingLine]) -> list[tuple[str, str]]:
    """(kind, text) of every requirement-like item: lines of requirement sections, and sentences elsewhere
    that state a requirement ("this position requires a Ph.D.")."""
    kind = section = "intro"
    in_list = False
    items: list[tuple[str, str]] = []
    for line in lines:
        text = line.text
        if not text or line.heading == META_LINE:
            continue
        if in_list and not line.bullet:  # a "...includes:" list ends where the prose starts again
            kind, in_list = section, False
        in_list = in_list or (line.bullet and kind != section)
        words = len(text.split())
        heading = _heading_kind(text.rstrip(":"))
        if line.heading and (heading or line.heading <= 2):
            kind = section = heading or "intro"
            continue
        if text.endswith(":") and not line.bullet and words <= 25:
            cue = "preferred" if PREFERRED_CUE.search(text[:-1] + " ") or "desirable" in text.lower() else None
            kind = cue or heading or ("required" if words <= 8 and _REQUIREMENT_CUE.search(text) else kind)
            if words <= 8 and not cue:
                section = kind
            continue
        if words <= 5 and heading and not line.bullet and not re.search(r"[.,;]", text):
            kind = section = heading
            continue
        inline = _INLINE_HEADING.match(text)
        if inline and not line.bullet and len(inline.group(1).split()) <= 4 and _heading_kind(inline.group(1)):
            kind = section = _heading_kind(inline.group(1)) or kind
            text = inline.group(2)
        for part in _split(text, bullet=line.bullet):
            if _DUTY.match(part):
                continue
            if kind in ("required", "preferred"):
                items.append((kind, part))
            elif kind in ("intro", "duties") and _REQUIREMENT_CUE.search(part):
                items.append(("cue", part))
            elif kind in ("intro", "duties") and PREFERRED_CUE.search(part):
                items.append(("cue-preferred", part))
    return items


def _split(text: str, *, bullet: bool) -> list[str]:
    parts = [p.strip() for p in re.split(r";\s+(?!or\b)", text, flags=_FLAGS)]  # "...; or a Master's and 3 years"
    if not bullet:
        parts = [s.strip() for p in parts for s in re.split(r"(?<!e\.g)(?<!i\.e)(?<!etc)(?<=[.!?])\s+(?=[A-Z])", p)]
    return [p for p in parts if re.search(r"[A-Za-z]", p)]


def _title(lines: list[PostingLine]) -> tuple[str | None, str | None]:
    organization = None
    for line in lines[:40]:
        key = re.match(r"^(?:company(?: name)?|organi[sz]ation|employer)\s*[:=]\s*(.+)$", line.text, _FLAGS)
        if key:
            organization = key.group(1).strip()
            break
    for line in lines[:60]:
        key = re.match(r"^(?:job\s*)?title\s*[:=]\s*(.+)$", line.text, _FLAGS)
        if key:
            return _clean_title(key.group(1)), organization
    headings = [_TITLE_PREFIX.sub("", x.text) for x in lines[:30] if x.heading and x.heading != META_LINE]
    headings = [h for h in headings if h and _heading_kind(h) is None]
    for text in sorted(headings, key=lambda h: not _TITLE_NOUN.search(h)):
        org = re.match(r"^([A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,2}):\s+(.+)$", text)
        if org:
            return _clean_title(org.group(2)), org.group(1)
        title, organization = _split_org(text, organization)
        return _clean_title(title), organization
    for line in lines[:30]:
        text = _TITLE_PREFIX.sub("", line.text)
        if not line.bullet and len(text.split()) <= 8 and _TITLE_NOUN.search(text) and not text.endswith("."):
            org = re.match(r"^([A-Z][\w&.]*(?:\s[A-Z][\w&.]*){0,2}):\s+(.+)$", text)
            return (_clean_title(org.group(2)), org.group(1)) if org else (_clean_title(text), organization)
    for line in lines[:30]:
        seeking = _SEEKING.search(line.text)
        if seeking and _TITLE_NOUN.search(seeking.group("title")):
            return _clean_title(seeking.group("title")), organization
    return None, organization


def _split_org(text: str, organization: str | None) -> tuple[str, str | None]:
    """ "Data Scientist, Bank of America (mid level)" -> title and organization."""
    text = re.sub(r"\s*\([^()]*\)\s*$", "", text)
    head, _, last = text.rpartition(", ")
    company = re.fullmatch(r"[A-Z][\w&.]*(?:\s(?:of|[A-Z][\w&.]*)){0,3}", last)
    if organization is None and head and company and not _TITLE_NOUN.search(last):
        return head, last
    return text, organization


def _clean_title(text: str) -> str:
    text = re.sub(r"\((?:m/w/d|f/m/d|m/f/d|w/m/d|\d+\+? years? of experience)\)", "", text, flags=_FLAGS)
    text = re.sub(r"\s*\((?:\d+\+? Years of)\s*$", "", text, flags=_FLAGS)
    return re.sub(r"\s+", " ", text).strip(" -–,:\"'")


def _level(title: str, lines: list[PostingLine], experience: list[ExperienceRequirement]) -> str:
    lowered = title.lower()
    for level, pattern in (
        ("research", r"\bresearch (?:scientist|engineer)|\bresearcher\b|\bscientist\b.*\bresearch"),
        ("lead", r"\b(?:lead|principal|staff|head|director)\b"),
        ("senior", r"\b(?:senior|sr\.?)\b"),
        ("entry", r"\b(?:junior|jr\.?|entry|intern|graduate|trainee|practicante|associate)\b"),
    ):
        if re.search(pattern, lowered):
            return level
    years = max((e.years for e in experience if e.required), default=None)
    if years is None:
        return "mid"
    return "entry" if years < 2 else "mid" if years < 5 else "senior"


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > 48:
        slug = slug[:49].rsplit("-", 1)[0]  # whole words only
    return slug or "posting"
