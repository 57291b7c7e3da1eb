"""Where a command's words go: exit codes, the stderr console, errors, and the report on stdout or in a file."""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import sys
from collections.abc import Iterator
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import typer

from gapcheck.render import OutputFormat, Renderer, get_renderer

if TYPE_CHECKING:
    from rich.console import Console


class ExitCode(IntEnum):
    """Each exit code means one thing (README, "Exit codes")."""

    OK = 0
    """The report was written; gaps may exist."""
    BUG = 1
    """Unexpected crash: a bug, please report it."""
    USAGE = 2
    """Usage error raised by Typer: unknown option, missing file, bad choice."""
    INPUT_ERROR = 3
    """Unreadable resume or bad role file; in batch mode, skipped files with --strict."""
    GATE_FAILED = 4
    """Gaps found with --fail-on-gaps, or the score is below --fail-under."""
    INTERRUPTED = 130
    """Stopped by Ctrl-C (128 + SIGINT, the shell convention); a batch keeps the results so far in its file."""


@functools.cache
def stderr() -> Console:
    """rich's Console on stderr, made once."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


class _StderrConsole:
    """rich's Console on stderr, made on first use: a check that prints no progress or error never imports rich."""

    def __getattr__(self, name: str) -> Any:
        return getattr(stderr(), name)


err = cast("Console", _StderrConsole())


def escape(text: str) -> str:
    """User text (a message, a path, a role id) printed as written, never read as rich markup ("[/]")."""
    from rich.markup import escape as escape_markup

    return escape_markup(text)


def fatal(message: str, code: ExitCode = ExitCode.INPUT_ERROR) -> typer.Exit:
    """Print ``Error: <message>`` on stderr; the caller raises the returned exit (``from None``: no traceback)."""
    err.print(f"[red]Error:[/] {escape(message)}", soft_wrap=True)
    return typer.Exit(code)


def write(text: str, output: str) -> None:
    """Write the report to stdout ('-') or to the file named; a failure is one error line, exit 3."""
    if output == "-":
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as exc:  # a full disk (> /dev/full), a closed pipe (| head)
            _silence_stdout()
            if isinstance(exc, BrokenPipeError):
                return  # the reader stopped reading, as `head` does: not an error
            raise fatal(f"cannot write the report to standard output ({exc.strerror or exc})") from None
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise fatal(f"{output}: cannot write the report ({exc.strerror or exc})") from None


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's flush at exit does not fail again with a traceback."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """Ctrl-C ends the command with one line and exit code 130, not a traceback."""
    try:
        yield
    except KeyboardInterrupt:
        err.print("Interrupted.")
        raise typer.Exit(ExitCode.INTERRUPTED) from None


def renderer_for(output_format: OutputFormat, output: str) -> Renderer:
    """The format's renderer, sized and coloured for where the report goes."""
    # a file gets a fixed width; a terminal (or $COLUMNS) its own, else 100
    width = 120 if output != "-" else shutil.get_terminal_size((100, 24)).columns
    return get_renderer(output_format, width=width, color=output == "-" and sys.stdout.isatty())
