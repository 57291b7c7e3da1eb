"""Command line: options -> pipeline -> renderer -> exit code (the only package importing typer).

``app`` holds the Typer app and the order of its commands; ``group`` converts option values without
pydantic and turns usage errors into one plain line; ``output`` owns exit codes, stderr and writing the
report; ``options`` the options shared by commands, written once. One module per command group:
``check`` (check, match, extract: one resume), ``batch`` (batch, compare: a cohort), ``roles``.
"""

from gapcheck.cli.app import app, main
from gapcheck.cli.output import ExitCode

__all__ = ["ExitCode", "app", "main"]
