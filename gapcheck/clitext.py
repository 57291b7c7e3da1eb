"""Wording of the command line's own messages: usage errors in plain words, and why a gate failed.

Pure functions over plain values, so the wording is tested without a terminal; ``gapcheck.cli`` (the only
package importing Typer) takes the values out of Click's exceptions and prints the one line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from gapcheck.reportmodels import GapReport

_QUOTED = re.compile(r"'([^']*)'")
_PREFIX = re.compile(r"^Invalid value for '?[^':]*'?(?: / '[^']*')?(?: \(env var: '[^']*'\))?: (?:Value error, )?")


def or_list(words: Sequence[str]) -> str:
    """'table, json or markdown'."""
    words = list(words)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " or " + words[-1]


def usage_message(
    kind: str,
    message: str,
    *,
    name: str | None = None,
    choices: Sequence[str] = (),
    is_date: bool = False,
    bounds: tuple[float | None, float | None] | None = None,
    is_path: bool = False,
) -> str:
    """One plain line for a usage error (exit 2).

    Parameters
    ----------
    kind : str
        Click's exception class name: ``BadParameter``, ``MissingParameter``, ``NoSuchOption``, ...
    message : str
        Click's message, used for what the other arguments do not say.
    name : str, optional
        The option ("--format") or argument ("RESUME") concerned.

    Examples
    --------
    >>> usage_message("BadParameter", "'csv' is not one of ...", name="--format", choices=["table", "json"])
    '--format must be table or json'
    >>> usage_message("BadParameter", "file 'cv/' is a directory.", name="RESUME", is_path=True)
    'cv/ is a folder; to check every resume in it, run: gapcheck batch cv/ --role ROLE -o results.csv'
    """
    detail = _PREFIX.sub("", message).strip()
    if kind == "MissingParameter" and name:
        what = "an option" if name.startswith("-") else "an argument"
        return f"{name} is required ({what} missing); see --help"
    if kind != "BadParameter" or not name:
        return detail.rstrip(".")
    if choices:
        return f"{name} must be {or_list(choices)}"
    if is_date:
        return f"{name} must be a date written YYYY-MM-DD, like 2026-11-01"
    if bounds is not None:
        low, high = (f"{b:g}" if b is not None else None for b in bounds)
        if low and high:
            return f"{name} must be a number from {low} to {high}"
        return f"{name} must be at least {low}" if low else f"{name} must be at most {high}"
    if is_path:
        quoted = _QUOTED.search(detail)
        path = quoted.group(1) if quoted else name
        if detail.endswith("is a directory.") and name == "RESUME":
            batch = f"gapcheck batch {path} --role ROLE -o results.csv"
            return f"{path} is a folder; to check every resume in it, run: {batch}"
        if detail.endswith("is a directory."):
            return f"{name}: {path} is a folder, not a file"
        if detail.endswith("is a file."):
            return f"{name}: {path} is a file, not a folder"
        if "does not exist" in detail:
            return f"{name}: {path} does not exist"
    return f"{name}: {detail.rstrip('.')}"


def gate_message(report: GapReport, fail_under: float | None, fail_on_gaps: bool) -> str | None:
    """Why ``--fail-on-gaps`` or ``--fail-under`` fails this report (exit 4), or None when both pass."""
    reasons = []
    if fail_on_gaps and not report.meets_required:
        missing = [s.label for s in report.missing_skills if s.required]
        missing += [e.label for e in report.experience if e.required and not e.met]
        if report.degree is not None and not report.degree.met:
            missing.append("the degree")
        shown = "; ".join(missing[:3]) + (f"; and {len(missing) - 3} more" if len(missing) > 3 else "")
        count = f"{len(missing)} required item{'s' if len(missing) != 1 else ''}"
        reasons.append(f"--fail-on-gaps: {count} not met ({shown})")
    if fail_under is not None and report.score < fail_under:
        score = f"{report.score:.2f}" if round(report.score, 2) < fail_under else f"{report.score:.4f}"
        reasons.append(f"--fail-under {fail_under:g}: the score {score} is below {fail_under:g}")
    return "Gate failed: " + "; ".join(reasons) if reasons else None
