"""The scan of one line's words for the vocabulary's spellings: each reading of the line (``key_sequences``), the
names it holds (also coordinated, gapped and overlapping ones) and the guards that make a hit weak or drop it."""

from __future__ import annotations

from collections.abc import Sequence

from gapcheck.skillcontext import (
    accept_spelling,
    in_a_name,
    industry_list_start,
    is_employer,
    is_legal_form,
    is_list_label,
    names_before,
    previous_word,
)
from gapcheck.skillentries import SkillEntry, Spelling
from gapcheck.skillindex import Gapped
from gapcheck.skillwords import (
    CONJUNCTIONS,
    SENTENCE_END,
    VERSIONED,
    Keyed,
    acronym_before_hyphen,
    after_inner_hyphen,
    compound_head,
    conjuncts_after,
    conjuncts_before,
    gapped_match,
    is_title_word,
    key_sequences,
    may_be_versioned,
    word_stem,
)


class SpellingScan:
    """The spelling index's lookups and the scan of a line with them; ``skills.Vocabulary`` builds the index."""

    entries: dict[str, SkillEntry]
    _index: dict[tuple[str, ...], list[Spelling]]
    _gapped: Gapped
    _longest: int
    _reach: dict[str, int]
    _heads: dict[str, list[tuple[str, str]]]

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
        hits = [h for h in hits if self.entries[h[0]].label or not is_list_label(seq.tokens, h[2], h[2] + h[3])]
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
