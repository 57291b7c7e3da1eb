"""Resume text -> the person's name, read from the first lines before any heading; None when unsure."""

from __future__ import annotations

import re

from gapcheck.models import Section

MAX_LINES = 3
"""How many of the first non-empty header lines may hold the name."""
_SPLIT = re.compile(r"\s*(?:[|•·●▪◆✉☎,]|\s{2,}|\t| [–—-] )\s*")
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "bin", "al"})
_NOT_NAMES = frozenset(
    """
    resume résumé cv curriculum vitae vita profile summary contact contacts personal information details about me
    email e-mail phone mobile tel address linkedin github portfolio website objective career experience education
    skills projects references page new san los las santa saint st city county street avenue road
    engineer engineering scientist science analyst analytics developer development manager management consultant
    student intern designer design specialist director officer architect administrator assistant associate
    lead senior junior principal head chief staff researcher research professor lecturer teacher accountant
    nurse technician coordinator executive supervisor representative advisor adviser programmer tester
    data software machine learning business product project marketing sales finance financial web full stack
    cloud devops security network systems quality health care medical legal human resources operations
    ai ml it qa ux ui bi sql python java
    chef cook sous waiter cashier clerk driver mechanic electrician pharmacist therapist attorney lawyer paralegal
    banker broker agent trainer instructor tutor librarian receptionist secretary editor writer journalist
    photographer artist physician doctor dentist surgeon pilot planner buyer auditor bookkeeper controller server
    bartender barista housekeeper worker operator foreman carpenter plumber welder machinist inspector recruiter
    generalist personnel hr biology chemistry physics mathematics math teaching customer service support
    """.split()
)


def find_name(lines: tuple[str, ...], sections: tuple[Section, ...]) -> str | None:
    """The person's name: the start of the header's first line that is not contact details, if it reads as a name.

    Conservative: when that line has a job title or resume word, more than four words, or words not
    capitalised like a name, the answer is None rather than a guess. A name in capitals is given
    with capital initials.

    >>> from gapcheck.models import Section
    >>> find_name(("ANN-MARIE O'NEIL", "ann@example.com"), (Section("header", "", 0, 2),))
    "Ann-Marie O'Neil"
    >>> find_name(("ann@example.com", "Ann de la Cruz  |  Seattle, WA"), (Section("header", "", 0, 2),))
    'Ann de la Cruz'
    >>> find_name(("Senior Data Scientist", "Ann Lee"), (Section("header", "", 0, 2),)) is None
    True
    """
    header = next((s for s in sections if s.kind == "header"), None)
    if header is None:
        return None
    candidates = [line.strip() for line in lines[header.start : header.end] if line.strip()]
    for line in candidates[:MAX_LINES]:
        first = _SPLIT.split(line)[0]
        if _is_contact(first):
            continue
        return _as_name(first)
    return None


def _is_contact(line: str) -> bool:
    """Contact details or a 'Resume' title, which may come before the name."""
    lowered = line.lower().strip(" :")
    return lowered in ("resume", "résumé", "cv", "curriculum vitae") or "@" in line or bool(re.search(r"\d", line))


def _as_name(text: str) -> str | None:
    words = text.split()
    if not 2 <= len(words) <= 4 or any(not _is_name_word(w) for w in words):
        return None
    if any(w.lower() in _NOT_NAMES for w in words) or all(w.lower() in _PARTICLES for w in words[1:]):
        return None
    if sum(len(w.rstrip(".")) == 1 for w in words) > 1:
        return None  # "A N N" is letter-spaced text, not initials
    if text.isupper():
        words = [w if len(w.rstrip(".")) == 1 else _capitalise(w) for w in words]
    return " ".join(words)


def _is_name_word(word: str) -> bool:
    if word.lower() in _PARTICLES:
        return True
    if re.fullmatch(r"[^\W\d_]\.", word):  # an initial
        return word[0].isupper()
    parts = re.split(r"[-'’]", word)
    # Ann, ANN, McDonald, O'Neil, Jean-Luc; not iPhone, not PhD-style all-mixed words
    return all(p.isalpha() and p[0].isupper() and (p.isupper() or len(p) == 1 or p[1].islower()) for p in parts)


def _capitalise(word: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)
