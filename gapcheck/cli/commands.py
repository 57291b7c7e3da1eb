"""The Typer app: every command in the order --help lists them (its settings and global options: ``typerapp``)."""

from __future__ import annotations

import typer

from gapcheck.cli.batch import batch, compare
from gapcheck.cli.check import check, extract, match
from gapcheck.cli.group import PlainGroup
from gapcheck.cli.roles import roles_from_posting, roles_list, roles_show
from gapcheck.cli.typerapp import new_app

app = new_app()
roles_app = typer.Typer(cls=PlainGroup, no_args_is_help=True, help="List and show the role profiles.")
app.add_typer(roles_app, name="roles")

app.command()(check)
app.command()(match)
app.command()(extract)
roles_app.command("list")(roles_list)
roles_app.command("show")(roles_show)
roles_app.command("from-posting")(roles_from_posting)
app.command()(batch)
app.command()(compare)
