"""One resume file -> its profile within limits: the text read in a child process started early, the profile here.

A command that reads one resume starts the reading first, so pdfminer's import and the file's text (in
the limited child, on another core) overlap what this process loads meanwhile: the roles, the vocabulary
and the modules that build a profile. Building a profile is not bounded by the text's length alone (some
patterns take time growing faster than a line's length), so it runs within the same read's limits: the
time left before the read's deadline and the same memory cap (``limitedrun.call_limited_here``).

At load time this module imports only ``limits`` and ``limitedrun`` (the standard library's pickle, select and
threading): it is what the command imports before anything heavy.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from gapcheck.limitedrun import LimitedRun, call_limited_here, start_limited
from gapcheck.limits import Limits

if TYPE_CHECKING:
    from gapcheck.models import ResumeProfile, ResumeText
    from gapcheck.skills import Vocabulary


_early: ResumeReading | None = None
"""A reading the command line's first look started (``start_early``), waiting for its command."""


def start_reading(path: Path, limits: Limits, *, private: bool = False) -> ResumeReading:
    """Start reading a resume's text within ``limits``, in a child process when a time or memory limit is set.

    Use it as a context manager, so the child never outlives the caller (an error, Ctrl-C). A reading
    ``start_early`` began for the same path, limits and ``private`` is taken over (its time limit runs from its
    start). ``private`` (``--no-cache``): the child keeps no pattern compiled once it reads the file.

    Examples
    --------
    >>> with start_reading(Path("examples/resume.pdf"), Limits()) as reading:
    ...     profile = reading.profile(as_of=dt.date(2026, 11, 1))
    >>> profile.pages
    1
    """
    global _early
    early, _early = _early, None
    if early is not None:
        if (early.path, early.limits, early.private) == (path, limits, private):
            return early
        early.close()
    return ResumeReading(path, limits, private=private)


def start_early(path: Path, limits: Limits, *, private: bool = False) -> None:
    """Start reading a resume before the command that will read it is ready (``gapcheck.cli.start``)."""
    global _early
    end_early_reading()
    _early = ResumeReading(path, limits, private=private)


def end_early_reading() -> None:
    """End a reading ``start_early`` began that no command took (a usage error, another file or limits)."""
    global _early
    early, _early = _early, None
    if early is not None:
        early.close()


class ResumeReading:
    """A resume being read within limits (made by ``start_reading``); ``profile()`` finishes it."""

    def __init__(self, path: Path, limits: Limits, *, private: bool = False) -> None:
        self.path = path
        self.limits = limits
        self.private = private
        self._run: LimitedRun[ResumeText] | None = None
        if limits.timeout is not None or limits.max_memory is not None:
            _import_shared()
            self._run = start_limited(partial(read_text, path, limits, private=private), limits, path.name)

    def text(self) -> ResumeText:
        """The resume's text, waiting for the child that reads it.

        Raises
        ------
        ResumeReadError
            When the file cannot be read as a resume, or breaks a limit.
        """
        return read_text(self.path, self.limits, private=self.private) if self._run is None else self._run.result()

    def profile(self, *, as_of: dt.date | None = None, vocabulary: Vocabulary | None = None) -> ResumeProfile:
        """The resume's profile, built here within the time left of the read and its memory cap.

        Raises
        ------
        ResumeReadError
            When the file cannot be read as a resume, or breaks a limit.
        """
        from gapcheck.resume import build_profile

        text = self.text()
        task = partial(build_profile, text, as_of=as_of, vocabulary=vocabulary)
        if self._run is None:
            return task()
        return call_limited_here(task, self.limits, self.path.name, deadline=self._run.deadline)

    def close(self) -> None:
        """End the reading child if it still runs."""
        if self._run is not None:
            self._run.close()

    def __enter__(self) -> ResumeReading:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def read_text(path: Path, limits: Limits, *, private: bool = False) -> ResumeText:
    """The text of a resume file within the size and page limits (the task of the reading child); ``private``
    (``--no-cache``) keeps no pattern compiled while reading, as one may be made from the file's text (the name of
    a hidden HTML element, say)."""
    from gapcheck import regexcache
    from gapcheck.filetext import extract_text

    if private:
        regexcache.seal()
    text = extract_text(path, max_pages=limits.max_pages, max_bytes=limits.max_bytes)
    regexcache.save()  # the reader's own patterns (pdfminer's), which the process that started it never compiles
    return text


def _import_shared() -> None:
    """Import what the reading child and this process both need, so a forked child inherits it.

    Imported in the child, the text's dataclass, hashlib and unicodedata would be made twice, once on each
    side; on a busy machine every process's CPU time is the wall time. The other models are not among them:
    the child never needs them, and made here before the fork (about 20 ms) they would delay its start.
    """
    import hashlib  # noqa: F401  (pdfminer's document ids; gapcheck's cache keys)
    import unicodedata  # noqa: F401  (the text's normalisation; skill words)

    import gapcheck.resumetext  # noqa: F401
