"""JSON Lines output: one gapcheck/gap/v1 object per resume and role, one per line."""

from __future__ import annotations

import json
from collections.abc import Iterable

from gapcheck.models import GapReport, SkippedResume
from gapcheck.render.json import format_result


def format_line(result: GapReport | SkippedResume) -> str:
    """One result as one line: the object ``check --format json`` prints, compact; skipped ones carry ``error``."""
    return json.dumps(format_result(result), ensure_ascii=False) + "\n"


def result_key(result: GapReport | SkippedResume) -> tuple[str, str]:
    """(file, role id): what a batch sorts by."""
    if isinstance(result, SkippedResume):
        return result.path, result.role_id or ""
    return result.resume.source, result.role.id


def render_jsonl(results: Iterable[GapReport | SkippedResume]) -> str:
    """A whole JSON Lines document, sorted by file and role."""
    return "".join(format_line(r) for r in sorted(results, key=result_key))
