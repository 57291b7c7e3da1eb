"""Batch mode, in the order of a batch's life: ``plan`` (find the files, the roles each needs), ``check`` (cached
profiles, the rest read by ``workers``), ``cache``, ``resultfile`` (rows written as files finish), ``progress``,
``summary`` (the cohort summary), and ``run``, which ties one ``gapcheck batch`` run together.

The names below are imported when first asked for: a reading process imports ``gapcheck.batch.readers``, and with
it this package, and needs none of them (checking, the cache and the summary import the comparing stages).

Examples
--------
>>> import datetime as dt
>>> from gapcheck.batch import check_files, find_resumes, plan_batch, summarize
>>> from gapcheck.pipeline import Checker
>>> checker = Checker(["data-scientist"], as_of=dt.date(2026, 11, 1))
>>> batch = plan_batch(find_resumes(["examples/*.pdf"]), [role.id for role in checker.roles])
>>> summary = summarize(check_files(checker, batch))
>>> summary.resumes, [role.role_id for role in summary.roles]
(1, ['data-scientist'])
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gapcheck.batch.check import check_files
    from gapcheck.batch.plan import BatchFile, find_resumes, plan_batch
    from gapcheck.batch.summary import summarize
    from gapcheck.limits import Limits

_EXPORTS = {
    "BatchFile": "gapcheck.batch.plan",
    "Limits": "gapcheck.limits",
    "check_files": "gapcheck.batch.check",
    "find_resumes": "gapcheck.batch.plan",
    "plan_batch": "gapcheck.batch.plan",
    "summarize": "gapcheck.batch.summary",
}

__all__ = ["BatchFile", "Limits", "check_files", "find_resumes", "plan_batch", "summarize"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'gapcheck.batch' has no attribute {name!r}")
