"""Words as the skill matcher sees them: tokens, folded spellings, hyphens, coordination and gapped spellings."""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = re.compile(r"(?:\.(?=\w))?\w(?:\w|[.'’](?=\w))*[+#]*|[^\s\w]")

GAP = "…"
"""In a spelling, "…" stands for up to MAX_GAP words: "led … team" matches "Led a 5-member agile team"."""
MAX_GAP = 4
_GAP_STOP = frozenset({"to", "by"})
BULLETS = frozenset("•·-–—*▪►◦●○■□➢✓>")
SENTENCE_END = frozenset({".", "!", "?", ";"})
CONJUNCTIONS = frozenset({"and", "or", "&", "/"})
# British spellings and a few irregular plurals, folded the same way in the vocabulary and in the resume, so one
# spelling in the vocabulary serves every variant ("modelling" ~ "modeling", "analyses" ~ "analysis").
_FOLD_WORDS = {
    "analyses": "analysis", "hypotheses": "hypothesis", "matrices": "matrix", "indices": "index",
    "behaviour": "behavior", "behavioural": "behavioral", "centre": "center", "centres": "centers",
    "programme": "program", "programmes": "programs", "catalogue": "catalog", "colour": "color",
    "licence": "license", "defence": "defense", "analogue": "analog",
}  # fmt: skip
_FOLD_SUFFIX = re.compile(
    r"(?<=[a-z]{3})(?:(?P<ise>is)(?=(?:e|es|ed|ing|er|ers|ation|ations|ational)$)|(?P<yse>ys)(?=(?:e|es|ed|ing|er|ers)$)"
    r"|(?:(?<=mode)|(?<=labe)|(?<=signa)|(?<=channe)|(?<=trave)|(?<=cance)|(?<=tunne))(?P<ll>ll)(?=(?:ing|ed|er|ers)$)"
    r"|(?P<ies>ies)$)"
)
VERSIONED = re.compile(r"(?P<stem>[a-z][a-z+#]{2,}?)v?\d+(?:\.\d+)*(?:\.x)?")


def fold(word: str) -> str:
    """The form a word is matched in: lower case, British spellings and a few plurals folded.

    >>> [fold(w) for w in ["Modelling", "visualisation", "analysed", "Analyses", "ontologies", "Python"]]
    ['modeling', 'visualization', 'analyzed', 'analysis', 'ontology', 'python']
    """
    low = word.lower()
    if low in _FOLD_WORDS:
        return _FOLD_WORDS[low]
    return _FOLD_SUFFIX.sub(_fold_suffix, low, count=1) if len(low) > 5 else low


def _fold_suffix(match: re.Match[str]) -> str:
    return "iz" if match["ise"] else "yz" if match["yse"] else "l" if match["ll"] else "y"


@dataclass(frozen=True, slots=True)
class Keyed:
    """A text's tokens and the keys it is matched by (hyphens inside words dropped, words folded)."""

    tokens: tuple[str, ...]
    keys: tuple[str, ...]
    starts: tuple[int, ...]
    """For each key, the index in ``tokens`` of its first token ..."""
    ends: tuple[int, ...]
    """... and one past its last token."""


def key_sequences(text: str) -> list[Keyed]:
    """The split form of a text ("neural-network": neural, network) and, if it has hyphenated words, the joined
    form ("pre-processing": preprocessing), so either spelling in the vocabulary matches either in the text."""
    spans = [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text)]
    tokens = tuple(span[0] for span in spans)
    inner = {
        i
        for i in range(1, len(spans) - 1)
        if tokens[i] == "-" and spans[i - 1][2] == spans[i][1] and spans[i][2] == spans[i + 1][1]
        and tokens[i - 1][-1].isalnum() and tokens[i + 1][0].isalnum()
    }  # fmt: skip
    kept = [i for i in range(len(tokens)) if i not in inner]
    out = [Keyed(tokens, tuple(fold(tokens[i]) for i in kept), tuple(kept), tuple(i + 1 for i in kept))]
    if inner:
        keys: list[str] = []
        starts: list[int] = []
        ends: list[int] = []
        for i in kept:
            if i - 1 in inner:
                keys[-1] = "".join(tokens[starts[-1] : i + 1 : 2]).lower()
                ends[-1] = i + 1
            else:
                keys.append(tokens[i].lower())
                starts.append(i)
                ends.append(i + 1)
        out.append(Keyed(tokens, tuple(fold(k) for k in keys), tuple(starts), tuple(ends)))
    return out


def is_title_word(token: str | None) -> bool:
    return token is not None and len(token) > 1 and token.isalpha() and token[0].isupper() and token[1:].islower()


def tokenize(text: str) -> list[str]:
    """Split text into skill tokens: words keep inner dots and trailing + or # ("Node.js", "C++").

    >>> tokenize("C++, C#, Node.js and R&D; .NET")
    ['C++', ',', 'C#', ',', 'Node.js', 'and', 'R', '&', 'D', ';', '.NET']
    """
    return TOKEN.findall(text)


def gapped_match(keys: tuple[str, ...], i: int, left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Whether keys[i:] read ``left``, up to MAX_GAP words (no punctuation), then ``right`` (or its plural)."""
    if keys[i : i + len(left)] != left:
        return False
    start = i + len(left)
    plural = (*right[:-1], right[-1] + "s")
    for gap in range(MAX_GAP + 1):
        j = start + gap
        if gap and (j > len(keys) or not keys[j - 1].isalnum() or keys[j - 1] in _GAP_STOP):
            return False
        if keys[j : j + len(right)] in (right, plural):
            return True
    return False


def after_inner_hyphen(seq: Keyed, i: int) -> bool:
    """Whether keys[i] is the second half of a hyphenated word in the split form ("pre-trained": trained), which
    a gapped spelling does not start at: "pre-trained model" is not "trained … model"."""
    start = seq.starts[i]
    return i > 0 and seq.starts[i - 1] == start - 2 and seq.tokens[start - 1] == "-"


def previous_word(tokens: tuple[str, ...], index: int) -> str | None:
    """The token before ``index``, or None at the start of the line (bullets do not count)."""
    before = tokens[:index]
    while before and before[-1] in BULLETS and all(t in BULLETS for t in before):
        before = before[:-1]
    return before[-1] if before else None


def conjuncts_before(keys: tuple[str, ...], i: int) -> list[int]:
    """Indices of single words coordinated before keys[i]: "linear, ridge and [logistic regression]"."""
    j = i - 1
    if j < 1 or keys[j] not in CONJUNCTIONS:
        return []
    j -= 1 + (keys[j - 1] == ",")
    words: list[int] = []
    while j >= 0 and keys[j].isalpha() and keys[j] not in CONJUNCTIONS:
        words.append(j)
        if j < 2 or keys[j - 1] != ",":
            break
        j -= 2
    return words


def conjuncts_after(keys: tuple[str, ...], k: int) -> list[int]:
    """Indices of single words coordinated after a hit ending at keys[k]: "[model training], testing and
    evaluation"; only when a conjunction closes the list."""
    words: list[int] = []
    while k < len(keys):
        comma = keys[k] == ","
        k += comma
        conjunction = k < len(keys) and keys[k] in CONJUNCTIONS
        k += conjunction
        if not (comma or conjunction) or k >= len(keys) or not keys[k].isalpha() or keys[k] in CONJUNCTIONS:
            return []
        words.append(k)
        k += 1
        if conjunction:
            return words
    return []
