"""The roles commands: list and show the role profiles, and turn a job posting into one."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from gapcheck.cli.options import (
    FormatOption,
    IndexOption,
    RolesDirOption,
    load_posting,
    refuse_html,
    resolve_roles_dirs,
)
from gapcheck.cli.output import fatal, write
from gapcheck.errors import GapcheckError
from gapcheck.render import OutputFormat, RoleFormat


def roles_list(
    output_format: FormatOption = OutputFormat.table,
    roles_dir: RolesDirOption = None,
) -> None:
    """List the role profiles (bundled and your own).

    Example: [bold]gapcheck roles list --format json[/]
    """
    from gapcheck.render.roles import render_role_list
    from gapcheck.roles import load_roles

    refuse_html(output_format, "roles list")

    try:
        roles = load_roles(resolve_roles_dirs(roles_dir))
    except GapcheckError as exc:
        raise fatal(str(exc)) from None
    write(render_role_list(roles, output_format), "-")


def roles_show(
    role: Annotated[str, typer.Argument(help="Role id or path to a role YAML file.")],
    output_format: FormatOption = OutputFormat.table,
    roles_dir: RolesDirOption = None,
) -> None:
    """Show one role profile: requirements, experience, degree, source and salary facts.

    Example: [bold]gapcheck roles show bofa-ds-mle[/]
    """
    from gapcheck.render.roles import render_role
    from gapcheck.roles import load_role

    refuse_html(output_format, "roles show")

    try:
        profile = load_role(role, resolve_roles_dirs(roles_dir))
    except GapcheckError as exc:
        raise fatal(str(exc)) from None
    write(render_role(profile, output_format), "-")


def roles_from_posting(
    posting: Annotated[
        str, typer.Argument(metavar="POSTING", help="Job posting: a .txt, .md, .html or .pdf file, or '-' for stdin.")
    ],
    role_id: Annotated[
        str | None,  # noqa: UP007
        typer.Option("--id", help="Role id (default: the --output file name, else made from the title)."),
    ] = None,
    output: Annotated[
        str, typer.Option("--output", "-o", help="Write the role to this file (e.g. my-roles/acme.yaml), not stdout.")
    ] = "-",
    output_format: Annotated[
        RoleFormat, typer.Option("--format", "-f", case_sensitive=False, help="yaml (a role file), json or table.")
    ] = RoleFormat.yaml,
    index: IndexOption = None,
) -> None:
    """Turn a job posting into a role profile: required and preferred skills, years, degree.

    Example: [bold]gapcheck roles from-posting posting.md -o my-roles/acme-data-engineer.yaml[/]
    """
    from gapcheck.render.roles import render_posting_role
    from gapcheck.skills import load_vocabulary

    if role_id is None and output != "-" and Path(output).suffix in (".yaml", ".yml"):
        role_id = Path(output).stem
    try:
        parsed = load_posting(posting, index=index, role_id=role_id)
        text = render_posting_role(parsed, output_format, load_vocabulary())
    except GapcheckError as exc:
        raise fatal(str(exc)) from None
    write(text, output)
