"""The text layer of a resume (PDF -> text), the one value the process reading a file returns; in ``models`` too.

It has a module of its own because the reading child (``gapcheck.reading``) needs no other model: the
thirty dataclasses of ``gapcheck.models`` take about 20 ms to make, on the path of every check's text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ResumeText:
    """The text layer of a resume, normalised, in reading order."""

    source: str
    pages: int
    lines: tuple[str, ...]
    warnings: tuple[str, ...] = ()
    """Problems seen while reading the file, for the readability report."""
