"""Words as the skill matcher sees them: tokens, folded spellings, hyphens, coordination and gapped spellings (where a
name stands in a line, and whether that shows a skill, is `skillcontext`)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

TOKEN = re.compile(r"(?:\.(?=\w))?\w(?:\w|[.'’](?=\w))*(?:[+#]+(?![+#A-Za-z]))?|[^\s\w]")
"""A word keeps inner dots and trailing "+" or "#" ("Node.js", "C++"), but a "+" joining two words splits them
("HTML+CSS")."""
_IDEOGRAPHS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_LETTER = rf"[^\W{_IDEOGRAPHS}]"
_WIDE_TOKEN = re.compile(
    rf"[{_IDEOGRAPHS}]|(?:\.(?={_LETTER}))?{_LETTER}(?:{_LETTER}|[.'’](?={_LETTER}))*(?:[+#]+(?![+#A-Za-z]))?|[^\s\w]"
)
"""TOKEN for text beyond ASCII: Chinese and Japanese, written without spaces, are read a character at a time, so a
name is found inside a longer run ("分布式" in "采用分布式架构")."""


def _tokens(text: str) -> list[re.Match[str]]:
    return list((TOKEN if text.isascii() else _WIDE_TOKEN).finditer(text))


GAP = "…"
"""In a spelling, "…" stands for up to MAX_GAP words: "led … team" matches "Led a 5-member agile team"."""
MAX_GAP = 4
_GAP_STOP = frozenset({"to", "by", "on", "of"})
_PREPOSITIONS = _GAP_STOP | {"from", "for", "in", "into", "with", "at", "as", "using", "its", "their", "his", "her"}
BULLETS = frozenset("•·-–—*▪►◦●○■□➢✓>⋄♦❖➤‣")
SENTENCE_END = frozenset({".", "!", "?", ";"})
CONJUNCTIONS = frozenset({"and", "or", "&", "/"})
LIST_BEFORE = frozenset({",", ";", "|", "/", "(", ":", "and", "or", "in", "with", "using", "&", "-", "–"}) | BULLETS
"""Tokens before an item of a list ("Python, R, SQL"; "• R"; "in R")."""
LIST_AFTER = frozenset({",", ";", "|", "/", "(", ")", ".", "and", "or", ":"})
TOOL_BEFORE = frozenset({"in", "using", "with"})
# British spellings and a few irregular plurals, folded the same way in the vocabulary and in the resume, so one
# spelling in the vocabulary serves every variant ("modelling" ~ "modeling", "analyses" ~ "analysis").
_FOLD_WORDS = {
    "analyses": "analysis", "hypotheses": "hypothesis", "matrices": "matrix", "indices": "index",
    "behaviour": "behavior", "behavioural": "behavioral", "centre": "center", "centres": "centers",
    "programme": "program", "programmes": "programs", "catalogue": "catalog", "colour": "color",
    "licence": "license", "defence": "defense", "analogue": "analog",
}  # fmt: skip
_CONTRACTED = frozenset("it that what let there here he she who".split())  # "it's" is "it is"
_FOLD_SUFFIX = re.compile(
    r"(?<=[a-z]{3})(?:(?P<ise>is)(?=(?:e|es|ed|ing|er|ers|ation|ations|ational)$)|(?P<yse>ys)(?=(?:e|es|ed|ing|er|ers|en)$)"
    r"|(?:(?<=mode)|(?<=labe)|(?<=signa)|(?<=channe)|(?<=trave)|(?<=cance)|(?<=tunne))(?P<ll>ll)(?=(?:ing|ed|er|ers)$)"
    r"|(?P<ies>ies)$)"
)
VERSIONED = re.compile(r"(?P<stem>[a-z][a-z+#]{2,}?)v?\d+(?:\.\d+)*(?:\.x)?")
_ELIDED = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|dell|all|dall|nell|sull|un)['’](?=[^\W\d_]{3})")
"""A French or Italian article or preposition elided onto the next word: "d'apprentissage", "l’analyse",
"dell'apprendimento". Not before a word of two letters ("l'IA", "d'IA" are aliases of their own)."""


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_KOREAN_PARTICLE = re.compile(r"(?:으로|에서|에게|까지|부터|을|를|은|는|이|가|에|의|와|과|로|도)$")
"""A Korean particle written onto the word it marks: 을/를 (object), 은/는/이/가 (subject), 에/에서, 의, 와/과, 로."""
_RUSSIAN_ENDING = re.compile(
    r"(?<=[\u0400-\u04ff]{3})(?:иями|ями|ами|ыми|ими|ого|его|ому|ему|ием|ией|иях|иям|ах|ях|ам|ям|ов|ев|ом|ем|ым|им|ых|их"
    r"|ую|юю|ая|яя|ое|ее|ые|ие|ыи|ии|ои|еи|ия|ию|ью|а|я|о|е|ы|и|у|ю|ь)$"
)
"""The ending a Russian noun or adjective takes for its case and number (with й and ё folded to и and е), so
"машинное обучение", "машинного обучения" and "машинным обучением" are one spelling; a stem of three letters stays."""


def may_be_versioned(key: str) -> bool:
    """Whether ``VERSIONED`` may match a whole key: it ends in a digit or ".x" (a quick test; few words do).

    >>> [may_be_versioned(k) for k in ["python3", "node.x", "python", "c++"]]
    [True, True, False, False]
    """
    return key[-1:].isdecimal() or key.endswith(".x")


@lru_cache(maxsize=2**14)  # a word's form never changes, and a resume repeats its words: each is folded once
def fold(word: str) -> str:
    """The form a word is matched in: lower case, British spellings and a few plurals folded.

    >>> [fold(w) for w in ["Modelling", "visualisation", "analysed", "Analyses", "ontologies", "Python"]]
    ['modeling', 'visualization', 'analyzed', 'analysis', 'ontology', 'python']
    """
    low = word.lower()
    if len(low) > 2 and _HANGUL_WORD.fullmatch(low):
        low = _KOREAN_PARTICLE.sub("", low)  # "머신러닝을" (machine learning + object particle)
    if not low.isascii():  # "análisis", "Naïve": accents folded, so one spelling serves both ways of writing
        low = "".join(c for c in unicodedata.normalize("NFKD", low) if not unicodedata.combining(c))
        low = _RUSSIAN_ENDING.sub("", low)  # "обучения", "обучением": "обучен"
    if "'" in low or "’" in low:
        low = _ELIDED.sub("", low)  # "d'apprentissage" is "apprentissage"
    if low[-2:] in ("'s", "’s") and len(low) > 3 and low[:-2].replace("’", "'") not in _CONTRACTED:
        low = low[:-2]  # a possessive: "the Pi's GPIO" is about the Pi
    if low in _FOLD_WORDS:
        return _FOLD_WORDS[low]
    return _FOLD_SUFFIX.sub(_fold_suffix, low, count=1) if len(low) > 5 else low


def glued_key(tokens: Sequence[str]) -> tuple[str] | None:
    """The key of a name of two or three words written as one ("Looker Studio" as "Lookerstudio", "Data Science"
    as "DataScience"): eight letters or more, each word two or more; None for other names."""
    if not 2 <= len(tokens) <= 3 or not all(len(token) >= 2 and token.isalpha() for token in tokens):
        return None
    word = fold("".join(tokens))
    return (word,) if len(word) >= COMPOUND_HEAD else None


BRANDS = frozenset("microsoft ms google amazon aws azure apple facebook meta adobe apache oracle ibm sap".split())
"""Names of vendors and foundations whose products are named after them ("Microsoft Teams", "Apache Tomcat")."""


def singular_key(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """The key of a name of two words or more ending in a plural noun, with that noun in the singular ("Differential
    Equations" as "differential equation", "Recommender Systems" as "recommender system"); None for other names and
    for a product's name ("Microsoft Teams" is no Microsoft team)."""
    last = tokens[-1].lower() if tokens else ""
    if len(tokens) < 2 or not last.isalpha() or tokens[0].lower() in BRANDS or len(last) < 4:
        return None
    if last.endswith("ies"):
        word = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith(("ss", "us", "is")):
        word = last[:-1]
    else:
        return None
    return (*(fold(token) for token in tokens[:-1]), fold(word))


COMPOUND_HEAD = 8
"""The fewest letters a one-word spelling needs to be found closing a compound ("Kundenwissensgraphen")."""
_COMPOUND_ENDINGS = ("", "n", "en", "e", "s", "es", "er")
"""Endings a compound's last part takes in German and Dutch: plurals and cases ("Analysen", "Lernens")."""


def compound_head(heads: Mapping[str, Sequence[tuple[str, str]]], key: str, compounds: bool) -> str | None:
    """The skill whose one-word spelling ends the word ``key`` with an ending ("Zeitreihenanalysen", "teamworker")
    or, in a language that joins its compounds (``compounds``), closes it after three letters or more, with an
    ending or none: "kundenwissensgraphen" (a knowledge graph), "frontenddatenanalyse" (data analysis)."""
    if len(key) <= COMPOUND_HEAD or not key.isalpha():
        return None
    for ending in _COMPOUND_ENDINGS:
        if ending and not key.endswith(ending):
            continue
        stem = key[: len(key) - len(ending)]
        for word, skill_id in heads.get(stem[-4:], ()):
            joined = len(stem) - len(word) >= 3 and compounds
            if (joined or (len(stem) == len(word) and ending)) and stem.endswith(word):
                return skill_id
    return None


_COMPOUNDING_WORDS = frozenset(
    "und oder der das dem mit für von zur zum eines einer einem auf bei sowie durch wurde sich nicht"  # German
    " het een voor met naar bij zijn".split()  # Dutch
)
"""Small words of languages that write their compound nouns as one word."""


def writes_compounds(lines: Sequence[str]) -> bool:
    """Whether the lines are written in a language that joins a compound's words (German, Dutch): three words or
    more, and one in a hundred, are its small words. English joins few ("Biostatistician" is not statistics)."""
    words = [word.lower() for line in lines for word in line.split()]
    small = sum(word in _COMPOUNDING_WORDS for word in words)
    return small >= 3 and small * 100 >= len(words)


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


_HYPHEN = re.compile(r"(?<=\w)[\u2010\u2011](?=\w)")
"""A Unicode hyphen that PDF fonts print inside a word ("Unit‐Testing"), read as the ASCII hyphen."""


_CJK = _IDEOGRAPHS + "\uac00-\ud7af"  # and Hangul syllables, whose words are spaced
_CJK_EDGE = re.compile(rf"(?<=[{_CJK}])(?=[^\W{_CJK}])|(?<=[^\W{_CJK}])(?=[{_CJK}])")
"""Where a word of Chinese, Japanese or Korean script meets a Latin word or digits with no space between."""
_WIDE_PUNCTUATION = str.maketrans(
    {"，": ",", "、": ",", "；": ";", "：": ":", "（": "(", "）": ")", "／": "/", "｜": "|"}
)


def normalise(text: str) -> str:
    """Text as the matcher tokenizes it: a Unicode hyphen inside a word is "-" ("Unit‐Testing"), loose combining
    accents are dropped ("Naı̈ve", as some PDF fonts print "Naïve"), a Latin word written against Chinese, Japanese
    or Korean script stands apart ("熟悉Java和Python", "Python을"), and their wide punctuation is read as ASCII."""
    text = _HYPHEN.sub("-", text)
    if text.isascii():
        return text
    text = "".join(c for c in text if not unicodedata.combining(c)).replace("ı", "i")
    return _CJK_EDGE.sub(" ", text.translate(_WIDE_PUNCTUATION))


def key_sequences(text: str) -> list[Keyed]:
    """The split form of a text ("neural-network": neural, network) and, if it has hyphenated words, the joined
    form ("pre-processing": preprocessing), so either spelling in the vocabulary matches either in the text."""
    spans = [(m.group(), m.start(), m.end()) for m in _tokens(normalise(text))]
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
    return [match.group() for match in _tokens(normalise(text))]


_STEM_ENDINGS = (("ying", "y"), ("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""))


@lru_cache(maxsize=2**14)  # asked of every word of every line (is it the first word of a gapped spelling?)
def word_stem(word: str) -> str:
    """The stem a word's inflections share, for the first word of a gapped spelling.

    >>> [word_stem(w) for w in ["classify", "classifies", "classified", "classifying", "manage", "managed", "led"]]
    ['classify', 'classify', 'classify', 'classify', 'manag', 'manag', 'led']
    """
    for ending, replacement in _STEM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            word = word[: -len(ending)] + replacement
            break
    return word[:-1] if word.endswith("e") and len(word) > 4 else word


_PROCESS = re.compile(r"[a-z]{3,}(?:ing|tion|sion|ment|sis)")
_NOT_INVERTED = frozenset({"learning", "computing"})


def inverted_spelling(tokens: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """For a two-word name of a thing and a process ("Model Training", "Anomaly Detection"), the gapped spelling
    read the other way round: ("training", "of") … ("model",), which matches "training of deep learning models"
    and "detection of anomalies"; None for other names ("Machine Learning" is not "learning of machines")."""
    if len(tokens) != 2 or not all(token.isalpha() for token in tokens):
        return None
    thing, process = (fold(token) for token in tokens)
    if not _PROCESS.fullmatch(process) or process in _NOT_INVERTED:
        return None
    return (process, "of"), (thing,)


def gapped_match(keys: tuple[str, ...], i: int, left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """Whether keys[i:] read ``left``, up to MAX_GAP words (no punctuation), then ``right`` (or its plural)."""
    if word_stem(keys[i]) != word_stem(left[0]) or keys[i + 1 : i + len(left)] != left[1:]:
        return False  # the first word in any of its forms: "classify", "classifies", "classified", "classifying"
    start = i + len(left)
    plural = (*right[:-1], right[-1] + "s")
    adjective = keys[i] != left[0] and keys[i].endswith("ed")  # "classified documents" are secret, not sorted
    stops = _PREPOSITIONS if left[-1] == "of" else _GAP_STOP  # after "of", one noun phrase: "generation of meshes"
    for gap in range(adjective, MAX_GAP + 1):
        j = start + gap
        if gap and (j > len(keys) or not keys[j - 1].isalnum() or keys[j - 1] in stops):
            return False
        if keys[j : j + len(right)] in (right, plural):
            return True
    return False


def after_inner_hyphen(seq: Keyed, i: int) -> bool:
    """Whether keys[i] is the second half of a hyphenated word in the split form ("pre-trained": trained), which
    a gapped spelling does not start at: "pre-trained model" is not "trained … model"."""
    start = seq.starts[i]
    return i > 0 and seq.starts[i - 1] == start - 2 and seq.tokens[start - 1] == "-"


def acronym_before_hyphen(seq: Keyed, i: int) -> bool:
    """Whether keys[i] is the first half of a hyphenated name whose second half is a short capitalised acronym
    ("JAX-RS", "R-CNN", "PL-SQL"), which names something else than its first half ("Python-based" does not)."""
    end = seq.ends[i]
    if end + 1 >= len(seq.tokens) or seq.tokens[end] != "-" or i + 1 >= len(seq.keys) or seq.starts[i + 1] != end + 1:
        return False
    after = seq.tokens[end + 1]
    return after.isalpha() and after.isupper() and len(after) <= 4


AND_WORDS = frozenset(("e", "y", "et", "und", "ed"))
"""'And' in Portuguese and Italian, Spanish, French, German, Italian before a vowel."""


def beside_a_conjunct(tokens: Sequence[str], index: int, spans: set[tuple[int, int]]) -> bool:
    """Whether tokens[index] is joined by "and", "or", "&", "/" or a comma to one of the token spans (start, end)."""
    before = index >= 2 and tokens[index - 1].lower() in _JOINERS and any(end == index - 1 for _, end in spans)
    after = tokens[index + 1 : index + 2] and tokens[index + 1].lower() in _JOINERS
    return before or bool(after and any(start == index + 2 for start, _ in spans))


_JOINERS = CONJUNCTIONS | {","}


_COORDINATORS = CONJUNCTIONS | AND_WORDS | {"ou", "oder"}
"""Conjunctions joining words in English and in the other languages read: "análise e visualização de dados"."""


def conjuncts_before(keys: tuple[str, ...], i: int) -> list[int]:
    """Indices of single words coordinated before keys[i]: "linear, ridge and [logistic regression]", "análise e
    [visualização de dados]" (a Romance name's head word comes first, so its words are shared the same way)."""
    j = i - 1
    if j < 1 or keys[j] not in _COORDINATORS:
        return []
    j -= 1 + (keys[j - 1] == ",")
    words: list[int] = []
    while j >= 0 and keys[j].isalpha() and keys[j] not in _COORDINATORS:
        words.append(j)
        if j < 2 or keys[j - 1] != ",":
            break
        j -= 2
    return words


def conjuncts_after(keys: tuple[str, ...], k: int) -> list[int]:
    """Indices of single words coordinated after a hit ending at keys[k]: "[model training], testing and
    evaluation", and in the other languages read, where an adjective follows its noun, "[réalité virtuelle] et
    augmentée"; only when a conjunction closes the list."""
    words: list[int] = []
    while k < len(keys):
        comma = keys[k] == ","
        k += comma
        conjunction = k < len(keys) and keys[k] in _COORDINATORS
        k += conjunction
        if not (comma or conjunction) or k >= len(keys) or not keys[k].isalpha() or keys[k] in _COORDINATORS:
            return []
        words.append(k)
        k += 1
        if conjunction:
            return words
    return []
