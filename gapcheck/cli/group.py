"""Typer's group without pydantic: plain conversion of option values, usage errors as one plain line."""

from __future__ import annotations

import datetime as dt
import re
import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, get_args, get_origin

import typer
from typer import _click
from typer.core import TyperGroup

from gapcheck.cli.output import ExitCode, err, escape

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence


class _Invalid(ValueError):
    """A value Typer's pydantic validation refuses, with the message it gives."""


class PlainParam:
    """Converts one parameter's value the way Typer does, without pydantic (see ``PlainGroup``)."""

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


def plain_conversion(annotation: Any, info: Any) -> Callable[[Any, Any, Any], Any] | None:
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


class PlainGroup(TyperGroup):
    """Typer's group, whose commands convert their parameters' values without pydantic, and whose usage
    errors are one plain line on stderr, exit 2 (not Click's usage block and error panel).

    Typer builds a pydantic validator for each parameter on every run, and importing pydantic alone
    costs more than reading a one-page resume (issue 10). Parameters of the kinds ``plain_conversion``
    knows get a plain converter; any other, or another Typer whose parameters work differently, keep
    Typer's own. tests/test_cli_params.py holds each converter to Typer's results and error messages.
    """

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        convert_plainly(self)  # on each run: Typer adds the shell-completion options after making the group
        convert_plainly(self.get_help_option(ctx))  # made on first use, not among the params
        rest: list[str] = super().parse_args(ctx, args)
        return rest

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        name, command, rest = super().resolve_command(ctx, args)
        if command is not None:
            convert_plainly(command.get_help_option(ctx))
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
            err.print("[red]Error:[/] " + escape(_usage_line(exc)), soft_wrap=True)
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


def convert_plainly(item: Any) -> None:
    """Give a command's parameters (or one parameter) plain converters, its subcommands' too."""
    for param in getattr(item, "params", [item] if item is not None else []):
        if getattr(param, "_runtime_param", False) is not None or not hasattr(param, "type_descriptor"):
            continue  # not a Typer parameter of the kind this Typer has, or already converting
        convert = plain_conversion(param.type_descriptor.annotation, param.type_descriptor.parameter_info)
        if convert is not None and param.type_descriptor.file_annotation is None:
            param._runtime_param = PlainParam(convert)
    for sub in getattr(item, "commands", {}).values():
        convert_plainly(sub)
