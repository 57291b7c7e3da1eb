"""Finding the skill vocabulary's entries in resume lines, and the vocabulary compiled once and cached (reading and
checking the file gapcheck/data/skills.yaml is `skillentries`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from gapcheck.compiled import compiled_key, load_compiled
from gapcheck.profilelinks import address_continued, link_labels, profile_paths, web_addresses
from gapcheck.skillcontext import (
    accept_spelling,
    in_a_name,
    industry_list_start,
    is_employer,
    is_legal_form,
    is_school_result_line,
    is_skill_label_line,
    learning_span,
    names_before,
    previous_word,
)
from gapcheck.skillentries import SkillEntry, Spelling, read_entries
from gapcheck.skillindex import (
    compound_heads,
    heading_keys,
    heading_skills,
    index_spellings,
    narrower_entries,
    spelling_reach,
)
from gapcheck.skillwords import (
    BRANDS,
    CONJUNCTIONS,
    SENTENCE_END,
    VERSIONED,
    Keyed,
    acronym_before_hyphen,
    after_inner_hyphen,
    beside_a_conjunct,
    compound_head,
    conjuncts_after,
    conjuncts_before,
    gapped_match,
    is_title_word,
    key_sequences,
    may_be_versioned,
    word_stem,
    writes_compounds,
)
from gapcheck.worktitles import title_spans

VOCABULARY_PATH = Path(__file__).parent / "data" / "skills.yaml"

SCHOOL_SUBJECTS = frozenset({"math", "statistics"})
"""Categories of skills that are also school subjects, not shown by a line of school results."""


class Vocabulary:
    """Skill entries by id, the spellings that name them, and the broader-than relation."""

    def __init__(self, entries: dict[str, SkillEntry], spellings: dict[str, Spelling]) -> None:
        self.entries = entries
        self._by_spelling = spellings
        self._index, self._gapped = index_spellings(entries, spellings)
        self._longest = max((len(k) for k in self._index), default=1)
        self._reach = spelling_reach(self._index)
        self._children = narrower_entries(entries)
        self._heads = compound_heads(self._index)
        self._headings = heading_keys(entries, spellings)

    def to_data(self) -> dict[str, Any]:
        """The compiled vocabulary as plain data (tuples, lists, sets and dicts of strings), which ``from_data`` turns
        back into an equal vocabulary without parsing or indexing again (kept with ``marshal``, which keeps tuples)."""
        spellings = list(self._by_spelling.items())
        number = {id(spelling): i for i, (_, spelling) in enumerate(spellings)}
        return {
            "entries": [(e.id, e.name, e.category, e.broader, e.match) for e in self.entries.values()],
            "spellings": [(key, *spelling) for key, spelling in spellings],
            "index": {key: tuple(number[id(s)] for s in bucket) for key, bucket in self._index.items()},
            "gapped": self._gapped,
            "longest": self._longest,
            "reach": self._reach,
            "children": self._children,
            "heads": self._heads,
            "headings": self._headings,
        }

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> Vocabulary:
        """The vocabulary ``to_data`` gave; data of another shape raises (KeyError, TypeError, ValueError)."""
        spellings = [(key, Spelling._make(rest)) for key, *rest in data["spellings"]]
        vocabulary = cls.__new__(cls)
        vocabulary.entries = {e[0]: SkillEntry(*e) for e in data["entries"]}
        vocabulary._by_spelling = dict(spellings)
        vocabulary._index = {key: [spellings[n][1] for n in numbers] for key, numbers in data["index"].items()}
        vocabulary._gapped = data["gapped"]
        vocabulary._longest = data["longest"]
        vocabulary._reach = data["reach"]
        vocabulary._children = data["children"]
        vocabulary._heads = data["heads"]
        vocabulary._headings = data["headings"]
        return vocabulary

    def resolve(self, text: str) -> str | None:
        """The id of the entry a name or spelling refers to (case-insensitive), or None."""
        spelling = self._by_spelling.get(text.strip().lower())
        return spelling.id if spelling else None

    @lru_cache(maxsize=4096)  # noqa: B019 - the vocabulary lives as long as the process
    def members(self, skill_id: str) -> frozenset[str]:
        """The entry and every entry whose broader chain reaches it: all that satisfy it."""
        seen = {skill_id}
        stack = [skill_id]
        while stack:
            for child in self._children.get(stack.pop(), ()):
                if child not in seen:
                    seen.add(child)
                    stack.append(child)
        return frozenset(seen)

    def find(
        self, lines: Sequence[str], skill_lines: Iterable[int] = (), headings: Iterable[int] = ()
    ) -> dict[str, list[int]]:
        """Find skills in lines; return skill id -> indices of the lines that show it.

        ``skill_lines`` are indices of lines in a skills section, where guarded names ("R", "Go", "Excel") count
        without further context; ``headings`` those of headings over a section, where a heading's own spellings count
        ("Talks" over a list of talks). A capitalised word that is also ordinary English ("React quickly", "Spark
        interest", "Dr. Jenkins", "Unity Plaza") is a weak hit: it counts only when the same skill is shown somewhere
        else in the lines.
        """
        in_skills = set(skill_lines)
        compounds = writes_compounds(lines)  # German: "Zeitreihenanalysen", "Kundenwissensgraphen"
        found: dict[str, list[int]] = {}
        weak: dict[str, list[int]] = {}
        for index, line in enumerate(lines):
            line = self._without_link_labels(lines, index)
            section = index in in_skills
            context = section or is_skill_label_line(line)
            learning = learning_span(line)  # "Currently learning: Vue" shows Vue only if another line does
            parts = [(line, False)]
            if learning is not None:
                start, end = learning
                parts = [(line[:start] + " " * (end - start) + line[end:], False), (line[start:end], True)]
            for part, learnt in parts:
                strong_ids, weak_ids = self._find_in_line(part, context, section, compounds)
                if is_school_result_line(line):
                    strong_ids = [s for s in strong_ids if self.entries[s].category not in SCHOOL_SUBJECTS]
                for skill_id in strong_ids:
                    (weak if learnt else found).setdefault(skill_id, []).append(index)
                for skill_id in weak_ids:
                    weak.setdefault(skill_id, []).append(index)
        for index in headings:
            for skill_id in heading_skills(self._headings, key_sequences(lines[index])[0].keys):
                found[skill_id] = sorted({*found.get(skill_id, ()), index})  # the lines in order, as every hit's
        for skill_id, indices in weak.items():
            if skill_id in found:
                found[skill_id] = sorted(set(found[skill_id]) | set(indices))
        return found

    def _names_a_skill(self, text: str) -> bool:
        """Whether a text is a spelling of an entry or a brand's product ("Apache Spark", "Microsoft Dynamics")."""
        return self.resolve(text) is not None or text.split()[0].lower() in BRANDS

    def _without_link_labels(self, lines: Sequence[str], index: int) -> str:
        """The line with each skill name that only labels a link to a profile ("Github: 0xnull007"), each web
        address ("github.com/ann/nlp-demo", also the rest of one broken at the end of the line before) and each
        title of a work ("“Text Classification with Spiking Networks”") blanked."""
        line = lines[index]
        for start, end in link_labels(lines, index):
            if self.resolve(line[start:end]) is not None:
                line = line[:start] + " " * (end - start) + line[end:]
        titles = title_spans(line, lines[index - 1] if index else "", self._names_a_skill)
        for start, end in [*web_addresses(line), *address_continued(lines, index), *titles]:
            line = line[:start] + " " * (end - start) + line[end:]
        for start, end, user in profile_paths(line):
            if self.resolve(user) is None:
                line = line[:start] + " " * (end - start) + line[end:]
        return line

    def _find_in_line(
        self, line: str, skills_context: bool, in_section: bool, compounds: bool = False
    ) -> tuple[list[str], list[str]]:
        """The skills a line shows for sure, and those it shows only weakly (see ``find``)."""
        by_kind: dict[str, list[str]] = {"any": [], "exact": [], "strong": [], "guarded": [], "weak": [], "listed": [],
                                         "paired": []}  # fmt: skip
        for sequence, hits in self._scan_line(line, skills_context, in_section, compounds):
            plain_spans = {(start, start + count) for _, kind, start, count in hits if kind in ("any", "exact")}
            for skill_id, kind, start, _count in hits:
                if kind != "paired" or beside_a_conjunct(sequence.tokens, start, plain_spans):
                    by_kind[kind].append(skill_id)
        plain = by_kind["any"] + by_kind["exact"]
        guarded = by_kind["guarded"] if skills_context or plain else []  # a lone "R" in prose is a word
        guarded += by_kind["listed"] if len(set(plain)) > 2 else []  # "golang, sql, python, kafka"
        strong = list(dict.fromkeys(plain + by_kind["strong"] + guarded + by_kind["paired"]))
        return strong, [s for s in dict.fromkeys(by_kind["weak"]) if s not in strong]

    def locate(self, line: str, skills_context: bool) -> list[tuple[str, str, int, int]]:
        """Every skill a line names, with where: (id, rule, first token, token count) in ``tokenize(line)``,
        in reading order; for job postings, where the position tells alternatives from separate skills."""
        hits = {hit[:1] + hit[2:]: hit for _, found in self._scan_line(line, skills_context, True) for hit in found}
        return sorted(hits.values(), key=lambda hit: (hit[2], -hit[3]))

    def _scan_line(
        self, line: str, skills_context: bool, in_section: bool, compounds: bool = False
    ) -> list[tuple[Keyed, list[tuple[str, str, int, int]]]]:
        """Each way of reading the line (``key_sequences``) with its hits. A name read one way may hold a word that
        the other way reads alone: "Role-Based Access Control" read joined is one name, and its "Access" read split
        is not Microsoft Access; a cased or listed word inside a longer name of the other reading is dropped."""
        scanned = [(seq, self._scan(seq, skills_context, in_section, compounds)) for seq in key_sequences(line)]
        if len(scanned) < 2:
            return scanned
        out = []
        for number, (seq, hits) in enumerate(scanned):
            longer = [(h[2], h[2] + h[3]) for other, (_, found) in enumerate(scanned) if other != number
                      for h in found if h[3] > 1]  # fmt: skip
            out.append((seq, [h for h in hits if h[1] == "any" or not _inside(h[2], h[2] + h[3], longer)]))
        return out

    def _scan(
        self, seq: Keyed, skills_context: bool, in_section: bool, compounds: bool = False
    ) -> list[tuple[str, str, int, int]]:
        """Hits as (id, kind, first token, token count); with ``compounds``, also names closing a compound word."""
        keys = seq.keys
        hits: list[tuple[str, str, int, int]] = []
        spans: list[tuple[int, int]] = []
        i = 0
        while i < len(keys):
            reach = self._reach.get(keys[i])
            if reach is None and not may_be_versioned(keys[i]):
                head = compound_head(self._heads, keys[i], compounds)
                if head is not None:  # "Kundenwissensgraphen" ends in "Wissensgraph"
                    hits.append((head, "any", seq.starts[i], 1))
                i += 1  # most words start no spelling: no lookup
                continue
            for n in range(min(reach or 1, len(keys) - i), 0, -1):
                candidates = self._lookup(keys[i : i + n])
                if not candidates or (n > 1 and after_inner_hyphen(seq, i)):
                    continue  # "open-source control" is not source control, "non-linear regression" not linear
                hit = accept_spelling(
                    candidates, seq.tokens, seq.starts[i], seq.ends[i + n - 1], skills_context, self.entries
                )
                if (
                    hit is not None
                    and self.entries[hit[0]].category != "domain"
                    and is_employer(seq.tokens, seq.starts[i], seq.ends[i + n - 1])
                ):
                    hit = None  # "Software Engineer at Oracle", "Intern @ Snowflake": where, not what
                if hit is not None and self._legal_form(seq, i):
                    hit = None  # "Globex SAS, Lyon": a company's legal form
                if hit is not None and hit[1] != "any" and n == 1 and acronym_before_hyphen(seq, i):
                    hit = None  # "JAX-RS", "R-CNN": a name of its own
                if hit is not None:
                    kind = hit[1]
                    if kind in ("exact", "guarded") and not in_section and self._weak(seq, i, n):
                        kind = "weak"
                    hits.append((hit[0], kind, seq.starts[i], seq.ends[i + n - 1] - seq.starts[i]))
                    spans.append((i, n))
                    hits.extend(self._overlapping(seq, i, n))
                    i += n - 1
                    break
            i += 1
        for i, n in spans:
            where = (seq.starts[i], seq.ends[i + n - 1] - seq.starts[i])
            hits.extend((skill_id, "any", *where) for skill_id in self._coordinated(keys, i, n))
        for i, key in enumerate(keys):
            for left, right, skill_id in self._gapped.get(word_stem(key), ()):
                if gapped_match(keys, i, left, right) and not after_inner_hyphen(seq, i):
                    hits.append((skill_id, "any", seq.starts[i], 1))
                    hits.extend(self._gapped_conjuncts(seq, i, left, right))
        industries = industry_list_start(seq.tokens)  # "across industries such as healthcare and retail"
        if industries is not None:
            hits = [h for h in hits if h[2] < industries or self.entries[h[0]].category != "domain"]
        domain = {h for h in hits if self.entries[h[0]].category == "domain"}  # "Mercy Healthcare Center" counts
        if domain:  # but not a venue's subject: "Conference on Healthcare Innovation", "Transactions on Healthcare"
            events = names_before(seq.tokens, events=True)
            hits = [h for h in hits if h not in domain or not events[h[2]]]
            domain = {h for h in domain if not events[h[2]]}
        before = names_before(seq.tokens) if len(domain) < len(hits) else None
        return [h for h in hits if h in domain or not in_a_name(seq.tokens, h[2], h[2] + h[3], before)]

    def _gapped_conjuncts(
        self, seq: Keyed, i: int, left: tuple[str, ...], right: tuple[str, ...]
    ) -> list[tuple[str, str, int, int]]:
        """Gapped spellings whose first word is coordinated before a gapped hit at keys[i]: "training and
        deployment of ML models" is also "training of ML models"."""
        found = []
        for word in conjuncts_before(seq.keys, i):
            keys = (*seq.keys[:i], seq.keys[word], *seq.keys[i + 1 :])
            for other_left, other_right, skill_id in self._gapped.get(word_stem(seq.keys[word]), ()):
                if other_left[1:] == left[1:] and other_right == right and gapped_match(keys, i, other_left, right):
                    found.append((skill_id, "any", seq.starts[word], 1))
        return found

    def _overlapping(self, seq: Keyed, i: int, n: int) -> list[tuple[str, str, int, int]]:
        """Names starting inside the hit keys[i:i+n] and ending after it: "medical data analysis" (+ data analysis)."""
        for j in range(i + 1, i + n):
            for m in range(min(self._longest, len(seq.keys) - j), i + n - j, -1):
                for skill_id in self._any_rule(seq.keys[j : j + m]):
                    return [(skill_id, "any", seq.starts[j], seq.ends[j + m - 1] - seq.starts[j])]
        return []

    def _lookup(self, key: tuple[str, ...]) -> list[Spelling] | None:
        candidates = self._index.get(key)
        if (
            candidates is None
            and len(key) == 1
            and may_be_versioned(key[0])
            and (versioned := VERSIONED.fullmatch(key[0]))
        ):
            candidates = self._index.get((versioned["stem"],))  # "Python3.10", "Java8", "HTML5"
        return candidates

    def _coordinated(self, keys: tuple[str, ...], i: int, n: int) -> list[str]:
        """Skills named by coordination with the hit at keys[i:i+n]: the first half of "regression and
        classification models", "linear and logistic regression", the second of "model training and evaluation"."""
        found: list[str] = []
        for word in conjuncts_before(keys, i):
            for m in range(min(self._longest, len(keys) - i), 1, -1):
                found.extend(self._any_rule((keys[word], *keys[i + 1 : i + m])))
        for word in conjuncts_after(keys, i + n):
            if self._starts_a_name(keys, word):
                continue  # "data analysis and model selection" is not data model(ing)
            for p in range(n - 1, 0, -1):
                found.extend(self._any_rule((*keys[i : i + p], keys[word])))
        return found

    def _starts_a_name(self, keys: tuple[str, ...], i: int) -> bool:
        """Whether keys[i] begins a spelling of two or more words."""
        reach = min(self._reach.get(keys[i], 0), len(keys) - i)
        return any(self._index.get(keys[i : i + m]) for m in range(2, reach + 1))

    def _any_rule(self, key: tuple[str, ...]) -> list[str]:
        return [s.id for s in self._index.get(key, ()) if s.rule == "any"][:1]

    def _weak(self, seq: Keyed, i: int, n: int) -> bool:
        """A single capitalised word that reads as ordinary English or as part of a name here."""
        first, end = seq.starts[i], seq.ends[i + n - 1]
        token = seq.tokens[first]
        if end - first != 1 or not is_title_word(token):
            return False
        before = previous_word(seq.tokens, first)
        after = seq.tokens[end] if end < len(seq.tokens) else None
        initial = before is None or before in SENTENCE_END
        if initial and after is not None and after.isalpha() and after.islower() and after not in CONJUNCTIONS:
            return True  # "React quickly to ...", "Spark interest in ...", "Dr. Jenkins said"
        if initial and after in ("and", "or") and self._ordinary_word_at(seq, end + 1):
            return True  # "Assembly and deployment of ...", "Rust and corrosion control"
        if is_title_word(after) and (i + 1 >= len(seq.keys) or not self._lookup(seq.keys[i + 1 : i + 2])):
            return True  # "Unity Plaza", "Jenkins Hall"
        return not initial and is_title_word(before) and previous_word(seq.tokens, first - 1) is not None

    def _legal_form(self, seq: Keyed, i: int) -> bool:
        """Whether keys[i] is a legal form closing a company's name whose word before it names no skill."""
        return is_legal_form(seq.tokens, seq.starts[i], seq.ends[i]) and not self._lookup(seq.keys[i - 1 : i])

    def _ordinary_word_at(self, seq: Keyed, token: int) -> bool:
        """Whether tokens[token] is a lower-case word that starts no spelling ("deployment", not "docker")."""
        if token >= len(seq.tokens) or not (seq.tokens[token].isalpha() and seq.tokens[token].islower()):
            return False
        return not any(self._reach.get(key) for key, start in zip(seq.keys, seq.starts, strict=True) if start == token)


def _inside(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether tokens [start, end) lie within one of the spans and are shorter than it."""
    return any(first <= start and end <= last and end - start < last - first for first, last in spans)


COMPILED_BY = (
    "gapcheck.skills",
    "gapcheck.skillentries",
    "gapcheck.skillindex",
    "gapcheck.skillwords",
    "gapcheck.yamlfile",
)
"""The modules whose source decides what a compiled vocabulary holds."""


def load_vocabulary(path: Path = VOCABULARY_PATH, *, cache_dir: Path | None = None) -> Vocabulary:
    """Load and validate the skill vocabulary; errors name the file and the entry.

    The vocabulary is compiled once per process, and with ``cache_dir`` once for all processes: the
    compiled form is kept there (``gapcheck.compiled``) under a key naming the file's content.
    """
    return _load_vocabulary(path.resolve(), cache_dir)


@lru_cache(maxsize=4)
def _load_vocabulary(path: Path, cache_dir: Path | None) -> Vocabulary:
    return load_compiled(
        cache_dir,
        "vocabulary",
        lambda: compiled_key("vocabulary", [path], COMPILED_BY),
        lambda: _compile_vocabulary(path),
        Vocabulary.to_data,
        Vocabulary.from_data,
        marshalled=True,
    )


def _compile_vocabulary(path: Path) -> Vocabulary:
    return Vocabulary(*read_entries(path))
