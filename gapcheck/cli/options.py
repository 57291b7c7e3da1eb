"""Options shared by the commands, written once, and the functions that turn their values into library arguments."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TypeVar

import typer

from gapcheck.cli.output import err, escape
from gapcheck.cli.start import CACHE_DIR_ENV, default_cache_dir
from gapcheck.render import OutputFormat

if TYPE_CHECKING:
    from gapcheck.limits import Limits
    from gapcheck.models import RoleProfile
    from gapcheck.postings import ParsedPosting

ROLES_DIR_ENV = "GAPCHECK_ROLES_DIR"

# Options shared by several commands, written once.
RoleOption = Annotated[
    str,
    typer.Option(
        "--role", "-r", metavar="ROLE", help="Role id (see [bold]gapcheck roles list[/]) or path to a role YAML file."
    ),
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)]
OutputOption = Annotated[
    str, typer.Option("--output", "-o", metavar="FILE", help="Write the report to this file instead of stdout ('-').")
]
RolesDirOption = Annotated[
    Path | None,  # noqa: UP007 - Typer reads the annotation at run time on Python 3.10
    typer.Option(
        "--roles-dir",
        metavar="DIR",
        envvar=ROLES_DIR_ENV,
        file_okay=False,
        dir_okay=True,
        exists=True,
        help="Folder of your own role files; they add to the bundled roles and override same-named ones.",
    ),
]
AsOfOption = Annotated[
    dt.datetime | None,  # noqa: UP007
    typer.Option("--as-of", formats=["%Y-%m-%d"], help="Date that 'Present' means on the resume (default: today)."),
]
CacheDirOption = Annotated[
    Path | None,  # noqa: UP007
    typer.Option("--cache-dir", metavar="DIR", envvar=CACHE_DIR_ENV, help="Cache folder (default: user cache)."),
]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache",
        help="Keep nothing read from a resume (no profiles, no read errors); gapcheck's own compiled patterns, "
        "vocabulary and weights are still kept.",
    ),
]
IndexOption = Annotated[
    int | None,  # noqa: UP007
    typer.Option("--index", min=1, help="Which posting (1 = first) of a file that holds several."),
]
ResumeArgument = Annotated[
    Path,
    typer.Argument(
        metavar="RESUME",
        exists=True,
        file_okay=True,
        dir_okay=False,
        help="Resume file: PDF, Word (.docx), .txt or .md.",
    ),
]
MaxPagesOption = Annotated[
    int, typer.Option("--max-pages", min=0, help="Refuse resumes with more pages than this (0: no limit).")
]
MaxSizeOption = Annotated[
    float, typer.Option("--max-size-mb", min=0, help="Refuse resume files larger than this many MB (0: no limit).")
]
TimeoutOption = Annotated[
    float,
    typer.Option("--timeout", min=0, help="Seconds reading one resume may take before it is stopped (0: no limit)."),
]
MaxMemoryOption = Annotated[
    float,
    typer.Option("--max-memory-mb", min=0, help="Memory the process reading a resume may use, in MB (0: no limit)."),
]
RolesOption = Annotated[
    list[str] | None,  # noqa: UP007
    typer.Option("--role", "-r", help="Role id or path to a role YAML file; repeat to check several roles."),
]
PostingsOption = Annotated[
    list[str] | None,  # noqa: UP007
    typer.Option("--posting", "-p", help="Job posting file (.txt, .md, .html, .pdf) to use as a role; repeatable."),
]

ResultsArgument = Annotated[
    Path, typer.Argument(exists=True, dir_okay=False, help="Results file of a gapcheck batch run (.csv or .jsonl).")
]


def resolve_limits(max_pages: int, max_size_mb: float, timeout: float, max_memory_mb: float) -> Limits:
    """The limit options as one value; 0 turns a limit off."""
    from gapcheck.limits import Limits

    return Limits(
        max_pages=max_pages or None,
        max_bytes=round(max_size_mb * 2**20) or None,
        timeout=timeout or None,
        max_memory=round(max_memory_mb * 2**20) or None,
    )


def resolve_roles_dirs(roles_dir: Path | None) -> list[Path]:
    """Folders searched for role ids: the user's (option or environment), then the bundled roles."""
    return [roles_dir] if roles_dir is not None else []


def resolve_cache_dir(cache_dir: Path | None) -> Path | None:
    """The cache folder, or None; a path that is not a folder means no cache, with one warning. The data files the
    command reads are kept compiled there too (``gapcheck.compiled.use_folder``), with or without ``--no-cache``:
    they hold nothing from a resume (see ``keep_nothing_read``)."""
    from gapcheck import compiled

    folder: Path | None = cache_dir or default_cache_dir()
    if folder is not None and folder.exists() and not folder.is_dir():
        err.print(f"Warning: {escape(str(folder))} is not a folder; running without a cache.", soft_wrap=True)
        folder = None
    compiled.use_folder(folder)
    return folder


def keep_nothing_read(no_cache: bool) -> None:
    """With ``--no-cache``, before this process reads a resume: keep no pattern compiled from here on (a rule may
    make one from the resume's text), once the reading modules' own patterns are kept."""
    if no_cache:
        import gapcheck.resume  # noqa: F401  (its patterns are gapcheck's own: kept before sealing)
        from gapcheck import regexcache

        regexcache.seal()


def resolve_as_of(value: dt.datetime | None) -> dt.date:
    """The --as-of date, or today."""
    return value.date() if value is not None else dt.date.today()


def roles_and_postings(roles: list[str] | None, postings: list[str] | None) -> list[str | RoleProfile]:
    """--role values (each once, in order) and the roles read from --posting files; at least one."""
    if not roles and not postings:
        raise typer.BadParameter("give --role ROLE or --posting POSTING", param_hint="--role")
    out: list[str | RoleProfile] = list(dict.fromkeys(roles or []))
    out += [load_posting(p).role for p in postings or []]
    return out


def load_posting(posting: str, *, index: int | None = None, role_id: str | None = None) -> ParsedPosting:
    """A posting file, or '-' for the text on stdin."""
    from gapcheck.postings import read_posting

    if posting == "-":
        return read_posting(text=sys.stdin.read(), source="stdin", index=index, role_id=role_id)
    path = Path(posting)
    if not path.is_file():
        raise typer.BadParameter(f"{posting} is not a file", param_hint="POSTING")
    return read_posting(path, index=index, role_id=role_id)


def refuse_html(output_format: OutputFormat, command: str) -> None:
    """A usage error (exit 2) for --format html where a command has no page to write."""
    if output_format is OutputFormat.html:
        raise typer.BadParameter(f"{command} writes table, markdown or json", param_hint="--format")


_T = TypeVar("_T")


def require_format(value: _T | None, option: str, expected: str) -> _T:
    """The value a file suffix chose, or a usage error (exit 2) naming the option."""
    if value is None:
        raise typer.BadParameter(f"cannot tell the format from the file name; use {expected}", param_hint=option)
    return value
