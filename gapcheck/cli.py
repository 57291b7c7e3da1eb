"""Command line: options -> pipeline -> renderer -> exit code (the only module importing typer)."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import os
import re
import shutil
import sys
from collections.abc import Iterator
from enum import Enum, IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar, cast, get_args, get_origin

import typer
from typer import _click
from typer.core import TyperGroup

from gapcheck import __version__
from gapcheck.errors import GapcheckError
from gapcheck.render import OutputFormat, Renderer, ReportsFormat, ResultsFormat, RoleFormat, get_renderer

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from rich.console import Console

    from gapcheck.limits import Limits
    from gapcheck.models import GapReport, ResumeProfile, RoleProfile
    from gapcheck.postings import ParsedPosting


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


class _Invalid(ValueError):
    """A value Typer's pydantic validation refuses, with the message it gives."""


class _PlainParam:
    """Converts one parameter's value the way Typer does, without pydantic (see ``_PlainGroup``)."""

    def __init__(self, convert: Callable[[Any, Any, Any], Any]) -> None:
        self.convert = convert

    def coerce(self, value: Any, param: Any, ctx: Any) -> Any:
        many = param.multiple or param.nargs == -1
        if value is None:
            return () if many else None
        if many and isinstance(value, str):
            raise typer.BadParameter("Value must be an iterable.", ctx=ctx, param=param)
        try:
            return [self.convert(item, param, ctx) for item in value] if many else self.convert(value, param, ctx)
        except _Invalid as exc:
            raise typer.BadParameter(str(exc), ctx=ctx, param=param) from None
        except ValueError as exc:  # Typer's messages from its own checks, as pydantic wraps them
            raise typer.BadParameter(f"Value error, {exc}", ctx=ctx, param=param) from None


def _plain_conversion(annotation: Any, info: Any) -> Callable[[Any, Any, Any], Any] | None:
    """How Typer converts a value of this annotation, in plain Python; None for any other kind (Typer's way)."""
    from typer._param_types import coerce_cli_choice, coerce_cli_path

    if get_origin(annotation) is list:
        (annotation,) = get_args(annotation)
    if info.parser is not None or info.clamp or not isinstance(annotation, type):
        return None
    if issubclass(annotation, Enum):
        choices, case_sensitive = tuple(annotation), info.case_sensitive
        return lambda value, param, ctx: coerce_cli_choice(
            value, choices=choices, case_sensitive=case_sensitive, ctx=ctx
        )
    if annotation is dt.datetime and info.formats:
        return lambda value, param, ctx: _datetime(value, info.formats)
    if annotation is bool:
        return lambda value, param, ctx: _bool(value)
    if annotation in (int, float):
        return lambda value, param, ctx: _number(annotation, value, info.min, info.max)
    if annotation is str:
        return lambda value, param, ctx: value if isinstance(value, str) else str(value)
    if issubclass(annotation, Path):
        return lambda value, param, ctx: annotation(
            str(coerce_cli_path(value, info, path_type=None, param=param, ctx=ctx))
        )
    return None


def _datetime(value: Any, formats: list[str]) -> dt.datetime:
    if isinstance(value, dt.datetime):
        return value
    for pattern in formats:
        try:
            return dt.datetime.strptime(value, pattern)
        except ValueError:
            continue
    raise ValueError(f"{value!r} does not match the formats {', '.join(map(repr, formats))}.")


_BOOLEANS = {"1": True, "on": True, "t": True, "true": True, "y": True, "yes": True, "": False}
_BOOLEANS |= {"0": False, "off": False, "f": False, "false": False, "n": False, "no": False}


def _bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    found = _BOOLEANS.get(str(value).strip().lower())
    if found is None:
        raise _Invalid("Input should be a valid boolean, unable to interpret input")
    return found


_INTEGER = re.compile(r"[+-]?\d+(?:_\d+)*(?:\.0*)?")


def _number(kind: type[float], value: Any, low: float | None, high: float | None) -> float:
    if isinstance(value, str):
        text = value.strip()
        if not text.isascii() or (kind is int and not _INTEGER.fullmatch(text)):
            text = "not a number"
        try:
            value = kind(text.partition(".")[0]) if kind is int else kind(text)
        except ValueError:
            name = "an integer" if kind is int else "a number"
            raise _Invalid(f"Input should be a valid {name.split()[1]}, unable to parse string as {name}") from None
    if high is not None and not value <= high:  # NaN passes neither bound; pydantic names the upper one
        raise _Invalid(f"Input should be less than or equal to {_bound(high)}")
    if low is not None and not value >= low:
        raise _Invalid(f"Input should be greater than or equal to {_bound(low)}")
    return kind(value)


def _bound(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


class _PlainGroup(TyperGroup):
    """Typer's group, whose commands convert their parameters' values without pydantic, and whose usage
    errors are one plain line on stderr, exit 2 (not Click's usage block and error panel).

    Typer builds a pydantic validator for each parameter on every run, and importing pydantic alone
    costs more than reading a one-page resume (issue 10). Parameters of the kinds ``_plain_conversion``
    knows get a plain converter; any other, or another Typer whose parameters work differently, keep
    Typer's own. tests/test_cli_params.py holds each converter to Typer's results and error messages.
    """

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        _convert_plainly(self)  # on each run: Typer adds the shell-completion options after making the group
        _convert_plainly(self.get_help_option(ctx))  # made on first use, not among the params
        rest: list[str] = super().parse_args(ctx, args)
        return rest

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None:
            _convert_plainly(command.get_help_option(ctx))
        return name, command, rest

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None, complete_var: str | None = None,
             standalone_mode: bool = True, windows_expand_args: bool = True, **extra: Any) -> Any:  # fmt: skip
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except _click.exceptions.NoArgsIsHelpError as exc:
            typer.echo(exc.ctx.get_help() if exc.ctx else "", err=True)
            sys.exit(ExitCode.USAGE)
        except _click.exceptions.UsageError as exc:
            err.print("[red]Error:[/] " + _plain(_usage_line(exc)), soft_wrap=True)
            sys.exit(ExitCode.USAGE)
        except typer.Abort:
            err.print("Aborted.")
            sys.exit(ExitCode.BUG)
        sys.exit(code if isinstance(code, int) else ExitCode.OK)

    def get_command(self, ctx: _click.Context, cmd_name: str) -> _click.Command | None:
        command = super().get_command(ctx, cmd_name)
        if command is not None:
            _quiet_metavars(command, ctx)
        return command

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        _quiet_metavars(self, ctx)
        super().format_help(ctx, formatter)


def _plain(text: str) -> str:
    """Text shown as written, never read as rich markup."""
    from rich.markup import escape

    return escape(text)


def _quiet_metavars(command: _click.Command, ctx: _click.Context) -> None:
    """Help without noise: flags show no '<bool>', dates show 'YYYY-MM-DD', not '<%Y-%m-%d>'."""
    for param in [*command.params, command.get_help_option(ctx)]:
        if param is None or param.metavar is not None:
            continue
        if getattr(param, "is_flag", False):
            param.metavar = ""
        elif getattr(getattr(param, "type_descriptor", None), "is_datetime", False):
            param.metavar = "YYYY-MM-DD"


def _usage_line(exc: _click.exceptions.UsageError) -> str:
    from gapcheck.clitext import usage_message

    param = getattr(exc, "param", None)
    if param is None:
        hint = getattr(exc, "param_hint", None)
        return usage_message(type(exc).__name__, exc.format_message(), name=hint if isinstance(hint, str) else None)
    long = [o for o in param.opts if o.startswith("--")]
    name = long[0] if long else (param.metavar or param.name or "").upper()
    desc = getattr(param, "type_descriptor", None)
    info = getattr(desc, "parameter_info", None)
    bounds = (getattr(info, "min", None), getattr(info, "max", None)) if getattr(desc, "is_ranged", False) else None
    return usage_message(
        type(exc).__name__,
        exc.format_message(),
        name=name,
        choices=[str(getattr(c, "value", c)) for c in getattr(desc, "choices", None) or ()],
        is_date=bool(getattr(desc, "is_datetime", False)),
        bounds=bounds,
        is_path=bool(getattr(desc, "is_path", False)),
    )


def _convert_plainly(item: Any) -> None:
    """Give a command's parameters (or one parameter) plain converters, its subcommands' too."""
    for param in getattr(item, "params", [item] if item is not None else []):
        if getattr(param, "_runtime_param", False) is not None or not hasattr(param, "type_descriptor"):
            continue  # not a Typer parameter of the kind this Typer has, or already converting
        convert = _plain_conversion(param.type_descriptor.annotation, param.type_descriptor.parameter_info)
        if convert is not None and param.type_descriptor.file_annotation is None:
            param._runtime_param = _PlainParam(convert)
    for sub in getattr(item, "commands", {}).values():
        _convert_plainly(sub)


app = typer.Typer(
    cls=_PlainGroup,
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Check a resume against a job role: skills, experience and degree gaps, with evidence.",
)
roles_app = typer.Typer(cls=_PlainGroup, no_args_is_help=True, help="List and show the role profiles.")
app.add_typer(roles_app, name="roles")


@functools.cache
def _stderr() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


class _StderrConsole:
    """rich's Console on stderr, made on first use: a check that prints no progress or error never imports rich."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_stderr(), name)


err = cast("Console", _StderrConsole())
log = logging.getLogger("gapcheck")

ROLES_DIR_ENV = "GAPCHECK_ROLES_DIR"
CACHE_DIR_ENV = "GAPCHECK_CACHE_DIR"

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
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the cache.")]
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


def escape(text: str) -> str:
    """User text (a message, a path, a role id) printed as written, never read as rich markup ("[/]")."""
    from rich.markup import escape as escape_markup

    return escape_markup(text)


def _fatal(message: str, code: ExitCode = ExitCode.INPUT_ERROR) -> typer.Exit:
    err.print(f"[red]Error:[/] {escape(message)}", soft_wrap=True)
    return typer.Exit(code)


def _limits(max_pages: int, max_size_mb: float, timeout: float, max_memory_mb: float) -> Limits:
    """The limit options as one value; 0 turns a limit off."""
    from gapcheck.limits import Limits

    return Limits(
        max_pages=max_pages or None,
        max_bytes=round(max_size_mb * 2**20) or None,
        timeout=timeout or None,
        max_memory=round(max_memory_mb * 2**20) or None,
    )


def _roles_dirs(roles_dir: Path | None) -> list[Path]:
    """Folders searched for role ids: the user's (option or environment), then the bundled roles."""
    return [roles_dir] if roles_dir is not None else []


def _cache_dir(cache_dir: Path | None, no_cache: bool) -> Path | None:
    """The cache folder, or None; a path that is not a folder means no cache, with one warning."""
    if no_cache:
        return None
    if cache_dir is None:
        from platformdirs import user_cache_dir

        cache_dir = Path(user_cache_dir("gapcheck"))
    if cache_dir.exists() and not cache_dir.is_dir():
        err.print(f"Warning: {escape(str(cache_dir))} is not a folder; running without a cache.", soft_wrap=True)
        return None
    return cache_dir


def _as_of(value: dt.datetime | None) -> dt.date:
    return value.date() if value is not None else dt.date.today()


def _write(text: str, output: str) -> None:
    if output == "-":
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except OSError as exc:  # a full disk (> /dev/full), a closed pipe (| head)
            _silence_stdout()
            if isinstance(exc, BrokenPipeError):
                return  # the reader stopped reading, as `head` does: not an error
            raise _fatal(f"cannot write the report to standard output ({exc.strerror or exc})") from None
        return
    try:
        Path(output).write_text(text, encoding="utf-8")
    except OSError as exc:
        raise _fatal(f"{output}: cannot write the report ({exc.strerror or exc})") from None


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's flush at exit does not fail again with a traceback."""
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


@contextlib.contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C ends the command with one line and exit code 130, not a traceback."""
    try:
        yield
    except KeyboardInterrupt:
        err.print("Interrupted.")
        raise typer.Exit(ExitCode.INTERRUPTED) from None


def _renderer(output_format: OutputFormat, output: str) -> Renderer:
    # a file gets a fixed width; a terminal (or $COLUMNS) its own, else 100
    width = 120 if output != "-" else shutil.get_terminal_size((100, 24)).columns
    return get_renderer(output_format, width=width, color=output == "-" and sys.stdout.isatty())


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
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING, format="%(name)s: %(message)s")
    if not verbose:  # pdfminer warns about font quirks it recovers from; they say nothing a user can act on
        logging.getLogger("pdfminer").setLevel(logging.ERROR)


RolesOption = Annotated[
    list[str] | None,  # noqa: UP007
    typer.Option("--role", "-r", help="Role id or path to a role YAML file; repeat to check several roles."),
]
PostingsOption = Annotated[
    list[str] | None,  # noqa: UP007
    typer.Option("--posting", "-p", help="Job posting file (.txt, .md, .html, .pdf) to use as a role; repeatable."),
]


@app.command()
def check(
    resume: ResumeArgument,
    role: RolesOption = None,
    posting: PostingsOption = None,
    output_format: FormatOption = OutputFormat.table,
    output: OutputOption = "-",
    roles_dir: RolesDirOption = None,
    as_of: AsOfOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
    fail_under: Annotated[
        float | None,  # noqa: UP007
        typer.Option(
            "--fail-under", metavar="SCORE", min=0.0, max=1.0, help="Exit 4 when the score is below this (0 to 1)."
        ),
    ] = None,
    fail_on_gaps: Annotated[
        bool, typer.Option("--fail-on-gaps", help="Exit 4 when a required skill, experience or degree is missing.")
    ] = False,
    max_pages: MaxPagesOption = 20,
    max_size_mb: MaxSizeOption = 10.0,
    timeout: TimeoutOption = 60.0,
    max_memory_mb: MaxMemoryOption = 1024.0,
) -> None:
    """Check one resume against a role (or several, or a job posting) and print the gap report.

    Example: [bold]gapcheck check resume.pdf --role amazon-mle --format json[/]
    """
    from gapcheck.models import RunReport
    from gapcheck.pipeline import Checker
    from gapcheck.render.json import render_reports

    limits = _limits(max_pages, max_size_mb, timeout, max_memory_mb)
    try:
        with _interruptible():
            roles = _roles_and_postings(role, posting)
            checker = Checker(roles, roles_dirs=_roles_dirs(roles_dir), cache_dir=_cache_dir(cache_dir, no_cache),
                              as_of=_as_of(as_of))  # fmt: skip
            reports = checker.compare(checker.read(resume, limits=limits))
    except GapcheckError as exc:
        raise _fatal(str(exc)) from None
    renderer = _renderer(output_format, output)
    if len(reports) > 1 and output_format is OutputFormat.json:
        text = render_reports(reports)  # several roles: a JSON list, one gap object per role
    else:
        text = "\n".join(renderer.render(RunReport((report,))) for report in reports)
    _write(text, output)
    raise typer.Exit(max(_gate(report, fail_under, fail_on_gaps) for report in reports))


def _roles_and_postings(roles: list[str] | None, postings: list[str] | None) -> list[str | RoleProfile]:
    """--role values (each once, in order) and the roles read from --posting files; at least one."""
    if not roles and not postings:
        raise typer.BadParameter("give --role ROLE or --posting POSTING", param_hint="--role")
    out: list[str | RoleProfile] = list(dict.fromkeys(roles or []))
    out += [_read_posting(p).role for p in postings or []]
    return out


def _gate(report: GapReport, fail_under: float | None, fail_on_gaps: bool) -> ExitCode:
    """Exit 4 with one line on stderr saying which gate failed and why, else 0."""
    from gapcheck.clitext import gate_message

    message = gate_message(report, fail_under, fail_on_gaps)
    if message is None:
        return ExitCode.OK
    err.print(_plain(message), soft_wrap=True)
    return ExitCode.GATE_FAILED


@app.command()
def match(
    resume: ResumeArgument,
    top: Annotated[int, typer.Option("--top", "-n", min=0, help="Show only the best N roles (0: all).")] = 0,
    posting: PostingsOption = None,
    output_format: FormatOption = OutputFormat.table,
    output: OutputOption = "-",
    roles_dir: RolesDirOption = None,
    as_of: AsOfOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Check one resume against every known role (and any postings), best first, with the ML engineer ladder.

    Example: [bold]gapcheck match resume.pdf --top 5 --posting acme-posting.md[/]
    """
    from dataclasses import replace

    from gapcheck.pipeline import Checker
    from gapcheck.ranking import rank_roles
    from gapcheck.render.match import render_match
    from gapcheck.roles import load_roles

    try:
        roles: list[str | RoleProfile] = [r.id for r in load_roles(_roles_dirs(roles_dir))]
        roles += [_read_posting(p).role for p in posting or []]
        checker = Checker(roles, roles_dirs=_roles_dirs(roles_dir), cache_dir=_cache_dir(cache_dir, no_cache),
                          as_of=_as_of(as_of))  # fmt: skip
        profile = checker.read(resume)
        ranked = rank_roles(profile, checker.compare(profile), checker.weights, checker.vocabulary)
    except GapcheckError as exc:
        raise _fatal(str(exc)) from None
    if top:
        ranked = replace(ranked, matches=ranked.matches[:top])
    _write(render_match(ranked, output_format), output)


@app.command()
def extract(
    resume: ResumeArgument,
    output_format: FormatOption = OutputFormat.table,
    output: OutputOption = "-",
    as_of: AsOfOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
    max_pages: MaxPagesOption = 20,
    max_size_mb: MaxSizeOption = 10.0,
    timeout: TimeoutOption = 60.0,
    max_memory_mb: MaxMemoryOption = 1024.0,
) -> None:
    """Show what gapcheck reads from a resume: skills with evidence, positions, degrees, reading notes.

    Example: [bold]gapcheck extract resume.pdf --format json[/]
    """
    from gapcheck.pipeline import read_resume
    from gapcheck.skills import load_vocabulary

    try:
        with _interruptible():
            vocabulary = load_vocabulary(cache_dir=_cache_dir(cache_dir, no_cache))
            profile: ResumeProfile = read_resume(
                resume,
                as_of=_as_of(as_of),
                vocabulary=vocabulary,
                limits=_limits(max_pages, max_size_mb, timeout, max_memory_mb),
            )
    except GapcheckError as exc:
        raise _fatal(str(exc)) from None
    _write(_renderer(output_format, output).render_profile(profile), output)


@roles_app.command("list")
def roles_list(
    output_format: FormatOption = OutputFormat.table,
    roles_dir: RolesDirOption = None,
) -> None:
    """List the role profiles (bundled and your own).

    Example: [bold]gapcheck roles list --format json[/]
    """
    from gapcheck.render.roles import render_role_list
    from gapcheck.roles import load_roles

    _no_html(output_format, "roles list")

    try:
        roles = load_roles(_roles_dirs(roles_dir))
    except GapcheckError as exc:
        raise _fatal(str(exc)) from None
    _write(render_role_list(roles, output_format), "-")


@roles_app.command("show")
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

    _no_html(output_format, "roles show")

    try:
        profile = load_role(role, _roles_dirs(roles_dir))
    except GapcheckError as exc:
        raise _fatal(str(exc)) from None
    _write(render_role(profile, output_format), "-")


@roles_app.command("from-posting")
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
        parsed = _read_posting(posting, index=index, role_id=role_id)
        text = render_posting_role(parsed, output_format, load_vocabulary())
    except GapcheckError as exc:
        raise _fatal(str(exc)) from None
    _write(text, output)


def _read_posting(posting: str, *, index: int | None = None, role_id: str | None = None) -> ParsedPosting:
    """A posting file, or '-' for the text on stdin."""
    from gapcheck.postings import read_posting

    if posting == "-":
        return read_posting(text=sys.stdin.read(), source="stdin", index=index, role_id=role_id)
    path = Path(posting)
    if not path.is_file():
        raise typer.BadParameter(f"{posting} is not a file", param_hint="POSTING")
    return read_posting(path, index=index, role_id=role_id)


@app.command()
def batch(
    paths: Annotated[
        list[str], typer.Argument(metavar="PATH", help="Resume PDFs, folders (searched recursively) or globs.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", dir_okay=False, help="Results file (.csv or .jsonl), a row per result.")
    ],
    role: RolesOption = None,
    posting: PostingsOption = None,
    results_format: Annotated[
        ResultsFormat | None,  # noqa: UP007
        typer.Option("--format", "-f", case_sensitive=False, help="Results format (default: from the --output name)."),
    ] = None,
    summary: Annotated[
        Path | None,  # noqa: UP007
        typer.Option("--summary", dir_okay=False, help="Also write a cohort summary, .md or .html (with charts)."),
    ] = None,
    workers: Annotated[
        int | None,  # noqa: UP007
        typer.Option("--workers", "-j", min=1, help="Processes reading PDFs at once (default: one per core)."),
    ] = None,
    max_pages: Annotated[
        int, typer.Option("--max-pages", min=0, help="Skip files with more pages than this (0: no limit).")
    ] = 20,
    max_size_mb: Annotated[
        float, typer.Option("--max-size-mb", min=0, help="Skip files larger than this many MB (0: no limit).")
    ] = 10.0,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Seconds one file may take before it is skipped (0: no limit).")
    ] = 60.0,
    reports: Annotated[
        Path | None,  # noqa: UP007
        typer.Option("--reports", file_okay=False, help="Also write one report per resume and role into this folder."),
    ] = None,
    reports_format: Annotated[
        ReportsFormat,
        typer.Option("--reports-format", case_sensitive=False, help="Format of the --reports pages."),
    ] = ReportsFormat.markdown,
    max_memory_mb: MaxMemoryOption = 1024.0,
    resume: Annotated[
        bool, typer.Option("--resume", help="Keep the rows already in --output; check only what they lack.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 3 if any file was skipped (the results are still written in full).")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Show no progress and no closing line.")] = False,
    roles_dir: RolesDirOption = None,
    as_of: AsOfOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Check many resumes against one or more roles: a row per resume and role, and a cohort summary.

    Example: [bold]gapcheck batch cohort/ -r data-scientist -r data-engineer -o results.csv --summary summary.html[/]
    """
    from gapcheck.batch.plan import find_resumes
    from gapcheck.batch.reports import ReportWriter
    from gapcheck.batch.resultfile import ResultsFile, results_format_for
    from gapcheck.batch.run import BatchRun
    from gapcheck.batch.summary import summary_renderer_for
    from gapcheck.pipeline import Checker

    results = ResultsFile(output, _required(results_format or results_format_for(output), "--output", ".csv or .jsonl"))
    render_summary = _required(summary_renderer_for(summary), "--summary", ".md or .html") if summary else None
    limits = _limits(max_pages, max_size_mb, timeout, max_memory_mb)
    cache = _cache_dir(cache_dir, no_cache)
    pages = None
    try:
        checker = Checker(_roles_and_postings(role, posting), roles_dirs=_roles_dirs(roles_dir), cache_dir=cache,
                          as_of=_as_of(as_of))  # fmt: skip
        run = BatchRun(checker, cache_dir=cache, limits=limits, workers=workers or os.cpu_count() or 1,
                       console=_stderr(), quiet=quiet)  # fmt: skip
        files = find_resumes(paths)
        pages = ReportWriter(reports, files, OutputFormat(reports_format.value)) if reports is not None else None
        kept_rows = results.open(resume=resume)
        checked = run.check(files, results, kept_rows, keep=render_summary is not None, reports=pages)
        results.finish()
        if summary is not None and render_summary is not None:
            _write(render_summary(run.summarize(checked, kept_rows)), str(summary))
    except GapcheckError as exc:
        raise _fatal(str(exc)) from None
    except KeyboardInterrupt:
        results.close()
        kept = f"{len(results.rows)} results kept in {escape(str(output))}"
        err.print(f"Interrupted: {kept}; run again with --resume to go on.")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    named, skipped = results.files()
    if not quiet:
        err.print(f"Checked {named} resumes against {len({r.id for r in checker.roles})} role(s), {skipped} skipped.")
        if pages is not None:
            err.print(f"Wrote {pages.written} report(s) to {reports}.", soft_wrap=True)
    raise typer.Exit(ExitCode.INPUT_ERROR if strict and skipped else ExitCode.OK)


def _no_html(output_format: OutputFormat, command: str) -> None:
    """A usage error (exit 2) for --format html where a command has no page to write."""
    if output_format is OutputFormat.html:
        raise typer.BadParameter(f"{command} writes table, markdown or json", param_hint="--format")


ResultsArgument = Annotated[
    Path, typer.Argument(exists=True, dir_okay=False, help="Results file of a gapcheck batch run (.csv or .jsonl).")
]


@app.command()
def compare(
    old: ResultsArgument,
    new: ResultsArgument,
    output_format: FormatOption = OutputFormat.table,
    output: OutputOption = "-",
) -> None:
    """Show what changed between two batch runs of the same cohort, per student and per skill.

    Example: [bold]gapcheck compare before.csv after.csv --format markdown[/]
    """
    from gapcheck.batch.compare import compare_runs, read_results
    from gapcheck.render.compare import render_comparison

    _no_html(output_format, "compare")
    try:
        comparison = compare_runs(read_results(old), read_results(new), str(old), str(new))
    except GapcheckError as exc:
        raise _fatal(str(exc)) from None
    _write(render_comparison(comparison, output_format), output)


_T = TypeVar("_T")


def _required(value: _T | None, option: str, expected: str) -> _T:
    """The value a file suffix chose, or a usage error (exit 2) naming the option."""
    if value is None:
        raise typer.BadParameter(f"cannot tell the format from the file name; use {expected}", param_hint=option)
    return value


def main() -> None:
    """Entry point of the ``gapcheck`` script."""
    app()


__all__ = ["ExitCode", "app", "main"]
