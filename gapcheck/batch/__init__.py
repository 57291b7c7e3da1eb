"""Batch mode, in the order of a batch's life: ``plan`` (find the files, the roles each needs), ``check`` (cached
profiles, the rest read by ``workers``), ``cache``, ``resultfile`` (rows written as files finish), ``progress``,
``summary`` (the cohort summary), and ``run``, which ties one ``gapcheck batch`` run together.

Examples
--------
>>> import datetime as dt
>>> from gapcheck.pipeline import Checker
>>> checker = Checker(["data-scientist"], as_of=dt.date(2026, 11, 1))
>>> batch = plan_batch(find_resumes(["examples/*.pdf"]), [role.id for role in checker.roles])
>>> summary = summarize(check_files(checker, batch))
>>> summary.resumes, [role.role_id for role in summary.roles]
(1, ['data-scientist'])
"""

from __future__ import annotations

from gapcheck.batch.check import check_files
from gapcheck.batch.plan import BatchFile, find_resumes, plan_batch
from gapcheck.batch.summary import summarize
from gapcheck.limits import Limits

__all__ = ["BatchFile", "Limits", "check_files", "find_resumes", "plan_batch", "summarize"]
