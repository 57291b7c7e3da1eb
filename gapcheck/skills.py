"""Finding the skill vocabulary's entries in resume lines, and the vocabulary compiled once and cached (reading and
checking the file gapcheck/data/skills.yaml is `skillentries`; the scan of one reading of a line is `skillscan`)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from gapcheck.compiled import compiled_key, load_compiled
from gapcheck.profilelinks import address_continued, link_labels, profile_paths, web_addresses
from gapcheck.skillcontext import (
    is_school_result_line,
    is_skill_label_line,
    learning_span,
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
from gapcheck.skillscan import SpellingScan
from gapcheck.skillwords import (
    BRANDS,
    beside_a_conjunct,
    key_sequences,
    writes_compounds,
)
from gapcheck.worktitles import title_spans

VOCABULARY_PATH = Path(__file__).parent / "data" / "skills.yaml"

SCHOOL_SUBJECTS = frozenset({"math", "statistics"})
"""Categories of skills that are also school subjects, not shown by a line of school results."""


class Vocabulary(SpellingScan):
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
            "entries": [(e.id, e.name, e.category, e.broader, e.match, e.label) for e in self.entries.values()],
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
