"""JSON Lines output: one gapcheck/gap/v1 object per resume and role, one per line."""

from __future__ import annotations

import json

from gapcheck.render.json import format_result
from gapcheck.reportmodels import GapReport, SkippedResume


def format_line(result: GapReport | SkippedResume) -> str:
    """One result as one line: the object ``check --format json`` prints, compact; skipped ones carry ``error``."""
    return json.dumps(format_result(result), ensure_ascii=False) + "\n"
