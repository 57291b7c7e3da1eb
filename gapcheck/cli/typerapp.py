"""The Typer app's settings and global options, shared by the whole app (``commands``) and by the app of one
command that a plain ``check`` or ``extract`` command line runs (``one_command_app``)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from gapcheck import __version__
from gapcheck.cli.group import PlainGroup
from gapcheck.cli.start import configure_logging

if TYPE_CHECKING:
    from collections.abc import Callable


def new_app() -> typer.Typer:
    """A Typer app with gapcheck's settings and global options (``--verbose``, ``--version``), and no command yet."""
    app = typer.Typer(
        cls=PlainGroup,
        no_args_is_help=True,
        rich_markup_mode="rich",
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
        help="Check a resume against a job role: skills, experience and degree gaps, with evidence.",
    )
    app.callback()(main_callback)
    return app


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gapcheck {__version__}")
        raise typer.Exit()


def main_callback(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show debug logs on stderr.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """gapcheck: what stands between a resume and a job. Everything runs locally; resumes never leave the machine."""
    configure_logging(verbose)


def one_command_app(name: str) -> typer.Typer:
    """The app with gapcheck's settings and global options and only the command ``name`` (``check`` or ``extract``).

    A plain command line (``gapcheck.cli.start``) names one of these commands and only its options, which Typer
    parses, converts and refuses here as in the whole app (same messages and exit codes: tests/test_cli_start.py).
    Building the other commands (their parameters from their signatures and type hints) and importing their
    modules was most of what Typer costs a one-page check.
    """
    from gapcheck.cli.check import check, extract

    if name not in ("check", "extract"):
        raise ValueError(f"Invalid value for name={name!r}; expected 'check' or 'extract'")
    command: Callable[..., None] = check if name == "check" else extract
    app = new_app()
    app.command()(command)
    return app
