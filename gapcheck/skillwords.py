"""Words as the skill matcher sees them: tokens, folded spellings, hyphens, coordination and gapped spellings."""

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
_SKILL_NOUNS = frozenset(
    {"skills", "skill", "knowledge", "proficiency", "expertise", "development", "scripting", "programming", "language"}
)
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


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+")
_KOREAN_PARTICLE = re.compile(r"(?:으로|에서|에게|까지|부터|을|를|은|는|이|가|에|의|와|과|로|도)$")
"""A Korean particle written onto the word it marks: 을/를 (object), 은/는/이/가 (subject), 에/에서, 의, 와/과, 로."""


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


_BRANDS = frozenset("microsoft ms google amazon aws azure apple facebook meta adobe apache oracle ibm sap".split())


def singular_key(tokens: Sequence[str]) -> tuple[str, ...] | None:
    """The key of a name of two words or more ending in a plural noun, with that noun in the singular ("Differential
    Equations" as "differential equation", "Recommender Systems" as "recommender system"); None for other names and
    for a product's name ("Microsoft Teams" is no Microsoft team)."""
    last = tokens[-1].lower() if tokens else ""
    if len(tokens) < 2 or not last.isalpha() or tokens[0].lower() in _BRANDS or len(last) < 4:
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


_VENUE_WORDS = frozenset(
    "conference symposium workshop transactions journal proceedings congress"
    " konferenz tagung kongress jornadas congreso conferencia encuentro congresso conferência simpósio encontro"
    " conférence colloque congrès journées conferenza convegno simposio".split()
)
_NAME_ENDS = frozenset(
    "Lab Labs Laboratory Center Centre Club Society Olympiad Scholarship Institute Foundation Association Committee"
    " Council Fellowship Group".split()
)


_NAME_JOINERS = frozenset(("on", "of", "and", "&", "in", "for"))
_AND_WORDS = frozenset(("e", "y", "et", "und", "ed"))
"""'And' in Portuguese and Italian, Spanish, French, German, Italian before a vowel."""
_UNIT_WORDS = frozenset(
    "department faculty school institute college laboratory chair division ministry secretary academy"  # English
    " departamento faculdade facultad escola escuela instituto laboratorio laboratório cátedra"  # Spanish, Portuguese
    " dipartimento facoltà scuola istituto laboratoire département faculté école institut"  # Italian, French
    " fakultät lehrstuhl abteilung fachbereich".split()  # German
)
_UNIT_OF = frozenset("of for de des du da do di della del dello für".split())
"""A unit of an organisation, or an office in one, named after a subject: "Department of Applied Mathematics",
"Faculdade de Ciências da Computação", "Lehrstuhl für Informatik", "Secretary of Transport and Embedded Systems"."""
_UNIT_JOINERS = _NAME_JOINERS | _UNIT_OF | _AND_WORDS
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


def names_before(tokens: Sequence[str]) -> list[bool]:
    """For each index k (and len(tokens)): whether tokens[:k] ends in a run of capitalised words and joiners that
    holds a venue word ("IEEE Conference on ..."). Once in such a name, a comma before a capitalised word goes on
    with it: a unit named after a list ("Institute of Electronics, Signal Processing and Control") or a list of
    venues ("Transactions on Neural Networks, Applied Mathematics and Computation"). One pass over the line, so
    checking every hit on a long line of capitalised words stays linear in its length."""
    before = [False] * (len(tokens) + 1)
    venue = False
    for k, token in enumerate(tokens):
        before[k] = venue
        listed = venue and token == "," and k + 1 < len(tokens) and tokens[k + 1][:1].isupper()
        joiner = token in (_UNIT_JOINERS if venue else _NAME_JOINERS) or bool(venue and _ELIDED_OF.match(token))
        in_name = listed or token[:1].isupper() or joiner
        unit = _names_a_unit(tokens, k)
        venue = in_name and (venue or unit or token.lower() in _VENUE_WORDS)
    before[len(tokens)] = venue
    return before


def in_a_name(tokens: Sequence[str], first: int, end: int, before: Sequence[bool] | None = None) -> bool:
    """Whether tokens[first:end] are part of the name of a venue, a lab, a club or a prize, which shows no skill of
    the person: "IEEE Conference on Big Data", "Transactions on Information Theory", "Computer Vision & AI Lab",
    "Mathematics Olympiad", "Leadership Scholarship", "Big Data Big Impact Club", "SAP Innovation Center".
    ``before`` is ``names_before(tokens)``, given when many spans of one line are checked."""
    if _ends_a_name(tokens, end):
        return True
    return (before if before is not None else names_before(tokens[: first + 1]))[first]


_NAME_REACH = 3
"""How many capitalised words may stand between a skill and the word that ends a name ("Big Data Big Impact Club")."""


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


_QUOTED_TITLE = re.compile(
    r"[“„\"«”](?P<title>[^“”„\"«»\s]+(?:\s+[^“”„\"«»\s]+){2,})(?:[”“\"»]|\s?[‘’](?=\s|$))"
    r"(?P<venue>[.,]?\s*(?:in|In|em|en|dans|im):?\s+[A-Z][^,.;()]*)?"
)
"""A title of three words or more in double quotes of any kind ("“Sparse Models for Speech”", "„Über Graphen“"),
and the book or proceedings it appeared in after "in" (", in Methods and Big Data in Industry,")."""
_TITLE_LABEL = re.compile(
    r"\b(?:thesis|thesis title|dissertation|diplomarbeit|bachelorarbeit|masterarbeit"
    r"|abschlussarbeit|doktorarbeit|tesis|tesi|th[eè]se|m[eé]moire|tcc|disserta[cç][aã]o|monografia)\s*:\s*(?=\S)",
    re.IGNORECASE,
)
"""A label before the title of a thesis, in the languages read: "Thesis: ...", "Diplomarbeit: ..." (a project's
title names the person's work, and stays)."""


_AUTHOR = re.compile(
    r"(?<![\w.])(?:[A-Z]\.(?:\s?-?[A-Z]\.)*\s?[A-Z][\w’'-]+|[A-Z][\w’'-]+,?\s[A-Z]\.(?:\s?-?[A-Z]\.)*)"
    r"(?=\s*(?:,|and\b|&|\.|\(|$))"
)
"""An author's name with initials, as a citation lists them: "A. Person", "T.-L. Su", "Person, A.", "Person A.B."."""
_TALK = re.compile(
    r"\b(?:speech|talk|keynote|poster|presentation|vortrag|ponencia|palestra|exposé|intervento)\b", re.IGNORECASE
)


def title_spans(line: str) -> list[tuple[int, int]]:
    """Spans of the titles of works in a line, whose words name the work's subject, not a skill of the person:
    a quoted title of three words or more in a citation (after an author's initials) or after a word for a talk,
    with the book it appeared in; and the rest of the line after a thesis label ("Master thesis: Sparse Models
    for Speech"). A course's title in quotes ("Attended the course “Statistics for Biologists”") stays."""
    spans = [
        match.span()
        for match in _QUOTED_TITLE.finditer(line)
        if _AUTHOR.search(line, 0, match.start()) or _TALK.search(line, 0, match.start())
    ]
    label = _TITLE_LABEL.search(line)
    if label is not None:
        spans.append((label.end(), len(line)))
    authors = _authors_end(line)
    if authors is not None:
        spans.append((authors, len(line)))  # "7. Lee A.B., Kim C., Ode D., Sparse Networks, J. Optics"
    return spans


def _authors_end(line: str) -> int | None:
    """Where the list of authors that opens a line citing a work ends: _CITED_AUTHORS names with initials or more,
    joined only by commas and "and", from the line's start (after a number or a bullet); None for other lines."""
    end = _ENTRY_NUMBER.match(line).end()  # type: ignore[union-attr]
    count = 0
    for author in _AUTHOR.finditer(line, end):
        if not _AUTHOR_JOINER.fullmatch(line, end, author.start()):
            break
        end = author.end()
        count += 1
    return end if count >= _CITED_AUTHORS else None


_CITED_AUTHORS = 3
"""How many names with initials open a line that cites a work (two may be degrees: "B.S. Physics, M.S. Data")."""
_ENTRY_NUMBER = re.compile(r"\s*(?:\[\d+\]|\d+\.|[•·*–-])?\s*")
_AUTHOR_JOINER = re.compile(r"[\s,]*(?:(?:and|&|et|und|y|e)\s+)?")


_SCHOOL_RESULT = re.compile(
    r"\b(?:high school|secondary school|class (?:x|xii|10|12|10th|12th)\b|cbse|icse|gcse|[ao][- ]levels?\b|hsc|ssc"
    r"|olympiad|atar|ranked|rank|examination|school contests?)\b",
    re.IGNORECASE,
)
_TEACHING = re.compile(r"\b(?:taught|teach\w*|tutor\w*|instruct\w*|lectur\w*|mentor\w*)", re.IGNORECASE)


def is_school_result_line(line: str) -> bool:
    """A line about school results or contests ("CBSE Class X Mathematics Examination", "Ranked 1st in Unit
    Mathematics", "Maths Olympiad"), whose subjects are not skills the person offers; teaching them still is."""
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


def list_item(before: str | None, after: str | None) -> bool:
    """Whether a word between these tokens stands as an item of a list."""
    return (before is None or before in LIST_BEFORE) and (after is None or after in LIST_AFTER)


def previous_word(tokens: tuple[str, ...], index: int) -> str | None:
    """The token before ``index``, or None at the start of the line (bullets do not count)."""
    before = tokens[:index]
    while before and before[-1] in BULLETS and all(t in BULLETS for t in before):
        before = before[:-1]
    return before[-1] if before else None


def beside_a_conjunct(tokens: Sequence[str], index: int, spans: set[tuple[int, int]]) -> bool:
    """Whether tokens[index] is joined by "and", "or", "&", "/" or a comma to one of the token spans (start, end)."""
    before = index >= 2 and tokens[index - 1].lower() in _JOINERS and any(end == index - 1 for _, end in spans)
    after = tokens[index + 1 : index + 2] and tokens[index + 1].lower() in _JOINERS
    return before or bool(after and any(start == index + 2 for start, _ in spans))


_JOINERS = CONJUNCTIONS | {","}


_COORDINATORS = CONJUNCTIONS | _AND_WORDS | {"ou", "oder"}
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
