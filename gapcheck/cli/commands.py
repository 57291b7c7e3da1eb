"""The Typer app: its settings, the global options, and every command in the order --help lists them."""

from __future__ import annotations

from typing import Annotated

import typer

from gapcheck import __version__
from gapcheck.cli.batch import batch, compare
from gapcheck.cli.check import check, extract, match
from gapcheck.cli.group import PlainGroup
from gapcheck.cli.roles import roles_from_posting, roles_list, roles_show
from gapcheck.cli.start import configure_logging

app = typer.Typer(
    cls=PlainGroup,
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Check a resume against a job role: skills, experience and degree gaps, with evidence.",
)
roles_app = typer.Typer(cls=PlainGroup, no_args_is_help=True, help="List and show the role profiles.")
app.add_typer(roles_app, name="roles")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"gapcheck {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show debug logs on stderr.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """gapcheck: what stands between a resume and a job. Everything runs locally; resumes never leave the machine."""
    configure_logging(verbose)


app.command()(check)
app.command()(match)
app.command()(extract)
roles_app.command("list")(roles_list)
roles_app.command("show")(roles_show)
roles_app.command("from-posting")(roles_from_posting)
app.command()(batch)
app.command()(compare)
