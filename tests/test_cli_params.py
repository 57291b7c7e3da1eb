"""The CLI converts option values without pydantic (issue 10), exactly as Typer's own conversion does."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator
from enum import Enum
from pathlib import Path
from typing import Any, get_args, get_origin

import pytest
import typer
from typer._click import Context
from typer._coercion import build_runtime_param
from typer.testing import CliRunner

from gapcheck.cli import app, group

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> Iterator[tuple[str, Any, Context]]:
    """Every command and group of the app (converted as a run converts them), with a context of its own."""
    top = typer.main.get_command(app)

    def walk(command: Any, path: str, parent: Context | None) -> Iterator[tuple[str, Any, Context]]:
        ctx = Context(command, info_name=path.split()[-1], parent=parent, help_option_names=["-h", "--help"])
        group.convert_plainly(command)
        group.convert_plainly(command.get_help_option(ctx))
        yield path, command, ctx
        for name, sub in getattr(command, "commands", {}).items():
            yield from walk(sub, f"{path} {name}", ctx)

    yield from walk(top, "gapcheck", None)


def _parameters() -> list[Any]:
    found = []
    for path, command, ctx in _commands():
        for param in [*command.params, command.get_help_option(ctx)]:
            found.append(pytest.param(param, ctx, id=f"{path} {param.name}"))
    return found


def _samples(annotation: Any, folder: Path) -> list[Any]:
    """Values a user or a default may give a parameter of this type: good ones, edge cases and bad ones."""
    if get_origin(annotation) is list:
        return [[sample] for sample in _samples(get_args(annotation)[0], folder)] + [["a", "b"], "one"]
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        members = list(annotation)
        return [*members, *(m.value for m in members), members[0].value.upper(), "nope", ""]
    numbers = [
        "0",
        "1",
        "4",
        " 2 ",
        "-1",
        "1.0",
        "1.5",
        "0.5",
        "x",
        "",
        "1_000",
        "1e3",
        "+3",
        "inf",
        "nan",
        "１",
        0,
        20,
    ]
    by_type: dict[Any, list[Any]] = {
        bool: [True, False, "yes", "No", "1", "0", "", "maybe"],
        int: numbers,
        float: [*numbers, 10.0],
        str: ["-", "amazon-mle", "a b", "ü", ""],
        dt.datetime: ["2026-11-01", "2026-13-01", "2020", "", dt.datetime(2026, 1, 2)],
    }
    if annotation in by_type:
        return by_type[annotation]
    if annotation is Path:
        (folder / "file.pdf").write_bytes(b"%PDF-1.4")
        return [str(folder / "file.pdf"), str(folder), str(folder / "missing.pdf"), folder / "file.pdf"]
    raise AssertionError(f"no samples for {annotation!r}; add some")


def _outcome(runtime: Any, value: Any, param: Any, ctx: Context) -> tuple[str, Any]:
    try:
        result = runtime.coerce(value, param=param, ctx=ctx)
    except typer.BadParameter as exc:
        return "error", exc.format_message()
    return "value", (type(result), result)


@pytest.mark.parametrize(("param", "ctx"), _parameters())
def test_plain_conversion_matches_typer(param: Any, ctx: Context, tmp_path: Path) -> None:
    assert isinstance(param._runtime_param, group.PlainParam), (
        f"{param.name}: Typer would convert it with pydantic; teach gapcheck.cli.group.plain_conversion its type"
    )
    typer_own = build_runtime_param(param.type_descriptor)
    for value in [None, *_samples(param.type_descriptor.annotation, tmp_path)]:
        ours, theirs = _outcome(param._runtime_param, value, param, ctx), _outcome(typer_own, value, param, ctx)
        assert ours == theirs, f"{param.name} given {value!r}"


def test_a_value_typer_refuses_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["batch", "x.pdf", "-r", "r", "-o", "o.csv", "-j", "0"])
    assert result.exit_code == 2
    assert result.output == "Error: --workers must be at least 1\n"  # one plain line (issue 11)


def _imported(*arguments: str) -> set[str]:
    """The top-level packages a gapcheck run imports, in a fresh process."""
    code = (
        "import sys\nfrom gapcheck.cli import main\n"  # main, not the script: it returns (no exit without teardown)
        f"sys.argv = ['gapcheck', *{list(arguments)!r}]\n"
        "try:\n    main()\n"
        "except SystemExit:\n    pass\n"
        "print(' '.join(sorted({name.split('.')[0] for name in sys.modules})))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return set(done.stdout.split("\n")[-2].split())


@pytest.mark.parametrize("arguments", [["--help"], ["check", "--help"], ["batch", "--help"], ["roles", "--help"]])
def test_help_imports_no_heavy_library(arguments: list[str]) -> None:
    assert not {"sklearn", "pdfminer", "pydantic", "yaml"} & _imported(*arguments)


def test_a_check_imports_no_pydantic_nor_sklearn(tmp_path: Path) -> None:
    check = ["check", "examples/resume.pdf", "-r", "data-scientist", "-f", "json", "--cache-dir", str(tmp_path)]
    check += ["--timeout", "0", "--max-memory-mb", "0"]  # read in this process, so its imports show pdfminer
    _imported(*check)  # the first run fits the TF-IDF weights with scikit-learn and caches them
    imported = _imported(*check)
    assert "pdfminer" in imported  # the run did read the resume
    assert not {"sklearn", "pydantic"} & imported
