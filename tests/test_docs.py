"""README stays true: it names every command, format and exit code; every option has help."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from gapcheck.cli import ExitCode, app
from gapcheck.render import OutputFormat

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
CI_RUN = (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def _commands(group: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Every leaf command as ("roles list", command); Typer vendors its own Click, so this is duck-typed."""
    found = []
    for name, command in sorted(group.commands.items()):
        full = f"{prefix}{name}"
        if hasattr(command, "commands"):
            found += _commands(command, full + " ")
        else:
            found.append((full, command))
    return found


COMMANDS = _commands(typer.main.get_command(app))  # type: ignore[arg-type]


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_readme_names_every_command(name: str, command: Any) -> None:
    assert f"gapcheck {name}" in README


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[n for n, _ in COMMANDS])
def test_every_option_has_help(name: str, command: Any) -> None:
    assert command.help, f"{name} has no docstring"
    for param in command.params:
        if param.param_type_name == "option":
            assert param.help, f"{name} {param.opts} has no help"


@pytest.mark.parametrize("output_format", list(OutputFormat))
def test_readme_names_every_format(output_format: OutputFormat) -> None:
    assert f"--format {output_format.value}" in README


@pytest.mark.parametrize("code", list(ExitCode))
def test_readme_lists_every_exit_code(code: ExitCode) -> None:
    assert re.search(rf"^\| {int(code)} \| \S", README, re.MULTILINE)


def test_ci_runs_the_readme_commands() -> None:
    blocks = re.findall(r"```bash\n(.*?)\n```", README, re.DOTALL)
    install_and_run, test = blocks[0].strip(), blocks[1].strip()
    assert "pip install" in install_and_run and "gapcheck check examples/resume.pdf" in install_and_run
    assert "pytest" in test
    assert install_and_run in CI_RUN.splitlines()
    assert test in CI_RUN.splitlines()


def test_ci_runs_the_readme_lint_and_type_check_after_the_tests() -> None:
    development = README.split("## Development", 1)[1].split("\n## ", 1)[0]
    (lint,) = [line.strip() for line in development.splitlines() if "ruff check" in line and "mypy" in line]
    assert "ruff format --check ." in lint and "mypy gapcheck" in lint
    ci = CI_RUN.splitlines()
    assert lint in ci
    assert ci.index(lint) > next(i for i, line in enumerate(ci) if "python -m pytest" in line)


def _sample_block(markdown: str) -> str:
    """The check report as shown in the README: exactly what the command prints, in a fenced block."""
    return "<!-- sample:start -->\n```markdown\n" + markdown + "```\n<!-- sample:end -->"


def test_readme_sample_is_the_real_output_of_the_example(update_golden: bool) -> None:
    result = CliRunner().invoke(
        app,
        [
            "check",
            str(ROOT / "examples" / "resume.pdf"),
            "--role",
            "amazon-mle",
            "--as-of",
            "2026-11-01",
            "--format",
            "markdown",
        ],  # fmt: skip
    )
    assert result.exit_code == 0, result.output
    expected = _sample_block(result.stdout)
    pattern = re.compile(r"<!-- sample:start -->.*?<!-- sample:end -->", re.DOTALL)
    if update_golden:
        (ROOT / "README.md").write_text(pattern.sub(lambda _: expected, README), encoding="utf-8")
        return
    found = pattern.search(README)
    assert found is not None and found.group() == expected, "README sample is stale: run pytest --update-golden"
