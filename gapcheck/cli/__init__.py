"""Command line: options -> pipeline -> renderer -> exit code (the only package importing typer).

``start`` holds the script's entry points (``main``, ``run``): what a run does before Typer is imported.
``commands`` holds the Typer app and the order of its commands, ``typerapp`` its settings and global options and the
app of one command a plain command line runs; ``group`` converts option values without pydantic
and turns usage errors into one plain line; ``output`` owns exit codes, stderr and writing the report;
``options`` the options shared by commands, written once. One module per command group: ``check`` (check,
match, extract: one resume), ``batch`` (batch, compare: a cohort), ``roles``. ``app`` and ``ExitCode`` are
imported when first asked for, so the script's start comes before Typer's import."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from gapcheck.cli.start import main, run

if TYPE_CHECKING:
    from gapcheck.cli.commands import app
    from gapcheck.cli.output import ExitCode

__all__ = ["ExitCode", "app", "main", "run"]


def __getattr__(name: str) -> Any:
    if name == "app":
        from gapcheck.cli.commands import app

        return app
    if name == "ExitCode":
        from gapcheck.cli.output import ExitCode

        return ExitCode
    raise AttributeError(f"module 'gapcheck.cli' has no attribute {name!r}")
