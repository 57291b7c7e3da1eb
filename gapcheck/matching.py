"""SkillMatcher: TF-IDF weights of skills across roles (the only module importing sklearn).

Each role is a document whose terms are the ids of the skills it asks for. The IDF is fitted on a
fixed basis (the bundled roles), so a role's weights never change with whatever else is loaded; a
skill that every basis role asks for weighs less than one that defines a role. Importing
scikit-learn costs about a second, so what the vectorizer learned (vocabulary and IDF) is kept in
``RoleWeights``, cached on disk under a key naming the basis, and applied in plain Python on later
runs; the tests prove that gives exactly what scikit-learn gives.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from gapcheck.compiled import compiled_key, package_version
from gapcheck.models import RoleProfile

log = logging.getLogger(__name__)

_SEPARATOR = "\n"
_CACHE_FORMAT = 2


def role_document(role: RoleProfile) -> tuple[str, ...]:
    """The terms of a role: each skill id its requirements name, once, in file order.

    A skill listed twice (say in an any-of and on its own) is still one term: how often a role
    file repeats a name is an accident of writing, not a measure of importance.
    """
    return tuple(dict.fromkeys(skill for requirement in role.skills for skill in requirement.skills))


def _split(document: str) -> list[str]:
    """Tokenizer for TfidfVectorizer: documents are skill ids joined by newlines, so "c", "r",
    "c++" and "node.js" survive intact (the default token pattern drops or breaks them)."""
    return [term for term in document.split(_SEPARATOR) if term]


class NotFittedError(ValueError, AttributeError):
    """Raised when a SkillMatcher is used before ``fit`` (scikit-learn's exception, without its import)."""


@dataclass(frozen=True, slots=True)
class RoleWeights:
    """What a fitted TfidfVectorizer learned, applied without scikit-learn."""

    vocabulary: dict[str, int]
    idf: tuple[float, ...]
    sublinear_tf: bool = False
    norm: str | None = "l2"
    documents: int = 0
    """How many role documents the IDF was fitted on."""
    smooth_idf: bool = True
    basis: str = ""
    """What the IDF was fitted on, as reports name it: ``9 bundled roles (1f2e3d4c5b6a)``, the digest
    naming the basis documents exactly."""

    def idf_of(self, term: str) -> float:
        """IDF of one skill id; a skill no basis role asks for is as rare as can be (document frequency 0)."""
        index = self.vocabulary.get(term.lower())
        if index is not None:
            return self.idf[index]
        if self.smooth_idf:
            return math.log((1 + self.documents) / 1) + 1.0
        return math.log(max(self.documents, 1)) + 1.0

    def requirement_weight(self, skills: Sequence[str]) -> float:
        """TF-IDF weight of one requirement (README, "Scoring"): term frequency 1, no normalisation,
        and for an any-of requirement the IDF of its most common alternative, since any of them meets it.
        """
        if not skills:
            raise ValueError("a requirement names at least one skill")
        return min(self.idf_of(skill) for skill in skills)

    def transform(self, terms: Sequence[str]) -> dict[str, float]:
        """TF-IDF weights of one document's terms; unknown terms are ignored, as scikit-learn does."""
        counts = Counter(t.lower() for t in terms if t.lower() in self.vocabulary)
        weights = {}
        for term, count in counts.items():
            tf = 1.0 + math.log(count) if self.sublinear_tf else float(count)
            weights[term] = tf * self.idf[self.vocabulary[term]]
        if self.norm == "l2":
            length = math.sqrt(sum(w * w for w in weights.values()))
        elif self.norm == "l1":
            length = sum(abs(w) for w in weights.values())
        else:
            length = 0.0
        if length > 0:
            weights = {t: w / length for t, w in weights.items()}
        return weights

    def to_json(self) -> dict[str, Any]:
        return {
            "format": _CACHE_FORMAT,
            "vocabulary": self.vocabulary,
            "idf": list(self.idf),
            "sublinear_tf": self.sublinear_tf,
            "norm": self.norm,
            "documents": self.documents,
            "smooth_idf": self.smooth_idf,
            "basis": self.basis,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RoleWeights:
        if data.get("format") != _CACHE_FORMAT:
            raise ValueError("cache format changed")
        return cls(
            {str(k): int(v) for k, v in data["vocabulary"].items()},
            tuple(float(x) for x in data["idf"]),
            bool(data["sublinear_tf"]),
            data["norm"],
            int(data["documents"]),
            bool(data["smooth_idf"]),
            str(data["basis"]),
        )


class SkillMatcher:
    """TF-IDF over roles' skill ids, following scikit-learn's estimator conventions.

    Parameters
    ----------
    smooth_idf : bool, default=True
        Add one to document frequencies, as if a role asked for every skill once.
    sublinear_tf : bool, default=False
        Use ``1 + log(tf)`` for a skill listed several times in one role.
    norm : {"l2", "l1"} or None, default="l2"
        Normalisation of each role vector.

    Examples
    --------
    >>> matcher = SkillMatcher().fit([["python", "sql"], ["python", "c++"]])
    >>> weights = matcher.transform([["python", "c++"]])[0]
    >>> weights["c++"] > weights["python"]
    True
    """

    def __init__(self, *, smooth_idf: bool = True, sublinear_tf: bool = False, norm: str | None = "l2") -> None:
        self.smooth_idf = smooth_idf
        self.sublinear_tf = sublinear_tf
        self.norm = norm

    def _validate(self) -> None:
        if self.norm not in ("l2", "l1", None):
            raise ValueError(f"Invalid value for norm={self.norm!r}; expected 'l2', 'l1' or None")
        for name in ("smooth_idf", "sublinear_tf"):
            if not isinstance(getattr(self, name), bool):
                raise ValueError(f"Invalid value for {name}={getattr(self, name)!r}; expected True or False")

    def fit(self, documents: Sequence[Sequence[str]]) -> SkillMatcher:
        """Learn the skill vocabulary and IDF from role documents (each a sequence of skill ids)."""
        self._validate()
        if isinstance(documents, str) or any(isinstance(d, str) for d in documents):
            raise TypeError("documents must be a list of term lists, not strings")
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(
            tokenizer=_split,
            token_pattern=None,
            lowercase=True,
            smooth_idf=self.smooth_idf,
            sublinear_tf=self.sublinear_tf,
            norm=self.norm,
        )
        vectorizer.fit([_SEPARATOR.join(d) for d in documents])
        self.vectorizer_ = vectorizer
        self.n_documents_ = len(documents)
        self.vocabulary_ = {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}
        self.idf_ = tuple(float(x) for x in vectorizer.idf_)
        return self

    def _check_fitted(self) -> None:
        if not hasattr(self, "vocabulary_"):
            raise NotFittedError("This SkillMatcher instance is not fitted yet; call 'fit' first.")

    def transform(self, documents: Sequence[Sequence[str]]) -> list[dict[str, float]]:
        """TF-IDF weights (term -> weight) of each document, computed by scikit-learn."""
        self._check_fitted()
        matrix = self.vectorizer_.transform([_SEPARATOR.join(d) for d in documents])
        terms = self.vectorizer_.get_feature_names_out()
        rows = []
        for row in matrix:
            coo = row.tocoo()
            rows.append({str(terms[j]): float(v) for j, v in zip(coo.col, coo.data, strict=True)})
        return rows

    def weights(self) -> RoleWeights:
        """What was learned, as a value that works without scikit-learn."""
        self._check_fitted()
        return RoleWeights(
            dict(self.vocabulary_), self.idf_, self.sublinear_tf, self.norm, self.n_documents_, self.smooth_idf
        )


def _code_digest() -> str:
    """A digest of gapcheck's version and this module's source, which decide what a fit gives."""
    try:
        return compiled_key("tfidf", [], [__name__])
    except OSError:
        return "unknown"


def fit_role_weights(
    roles: Sequence[RoleProfile], cache_dir: Path | None = None, *, basis: str = "given roles"
) -> RoleWeights:
    """Fit the IDF on these roles (the basis), or reuse the weights cached for exactly these role documents.

    The cache key and ``RoleWeights.basis`` both carry a digest of the basis documents, so a report
    says which basis scored it and a changed basis never reuses stale weights; the key also names
    the installed scikit-learn version.
    """
    documents = [role_document(r) for r in sorted(roles, key=lambda r: r.id)]
    digest = hashlib.sha256(json.dumps([_CACHE_FORMAT, documents]).encode()).hexdigest()
    name = f"{len(documents)} {basis} ({digest[:12]})"
    path = None
    if cache_dir is not None:
        sklearn = package_version("scikit-learn", "sklearn")  # another version may compute the IDF differently
        code = _code_digest()  # so may an edited matcher (its parameters, its tokenizer) at the same version
        path = cache_dir / f"tfidf-{digest[:24]}-{code[:12]}-sklearn-{sklearn}.json"
    if path is not None and path.is_file():
        try:
            cached = RoleWeights.from_json(json.loads(path.read_text(encoding="utf-8")))
            return replace(cached, basis=name)
        except (ValueError, KeyError, TypeError, OSError):
            log.debug("ignoring unreadable TF-IDF cache %s", path)
    weights = replace(SkillMatcher().fit(documents).weights(), basis=name)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(weights.to_json(), sort_keys=True), encoding="utf-8")
            tmp.replace(path)
        except OSError:
            log.debug("cannot write TF-IDF cache %s", path, exc_info=True)
    return weights
