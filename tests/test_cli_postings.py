"""The posting commands: roles from-posting (and, later, check --posting, batch --posting, match)."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from gapcheck.cli import ExitCode, app

runner = CliRunner()

POSTING = """Globex: Data Analyst

Requirements
- 2+ years of SQL
- Python or R
- Bachelor's degree in Statistics

Nice to have
- Tableau
"""


def test_from_posting_writes_a_role_file_that_loads_like_any_role(tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text(POSTING, encoding="utf-8")
    target = tmp_path / "globex-analyst.yaml"
    result = runner.invoke(app, ["roles", "from-posting", str(posting), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "" and '# "Python or R"' in target.read_text(encoding="utf-8")
    shown = runner.invoke(app, ["roles", "show", str(target), "-f", "json"])
    assert shown.exit_code == 0, shown.output
    as_json = runner.invoke(app, ["roles", "from-posting", str(posting), "--id", "globex-analyst", "-f", "json"])
    assert as_json.exit_code == 0, as_json.output
    made, loaded = json.loads(as_json.stdout), json.loads(shown.stdout)
    assert made["schema"] == loaded["schema"] == "gapcheck/role/v1"
    assert loaded.pop("path") == str(target) and made.pop("path") is None
    made["source"] = loaded["source"]
    assert made == loaded


def test_from_posting_reads_stdin_and_prints_a_table() -> None:
    result = runner.invoke(app, ["roles", "from-posting", "-", "-f", "table"], input=POSTING)
    assert result.exit_code == 0, result.output
    assert "Data Analyst (Globex)" in result.stdout and "Tableau" in result.stdout


def test_roles_show_json_has_the_schema() -> None:
    result = runner.invoke(app, ["roles", "show", "amazon-mle", "-f", "json"])
    assert json.loads(result.stdout)["schema"] == "gapcheck/role/v1"


def test_from_posting_errors(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["roles", "from-posting", str(tmp_path / "nope.md")])
    assert missing.exit_code == ExitCode.USAGE
    two = tmp_path / "two.md"
    two.write_text("# Acme: Data Engineer\nRequirements:\n- SQL\n# Globex: Analyst\nRequirements:\n- R\n")
    several = runner.invoke(app, ["roles", "from-posting", str(two)])
    assert several.exit_code == ExitCode.INPUT_ERROR
    assert several.stderr.strip().splitlines() == [
        "Error: two.md holds 2 postings (1. Data Engineer; 2. Analyst); pick one with --index N"
    ]
    picked = runner.invoke(app, ["roles", "from-posting", str(two), "--index", "2", "-f", "json"])
    assert picked.exit_code == 0 and json.loads(picked.stdout)["title"] == "Analyst"
    binary = tmp_path / "posting.txt"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    unreadable = runner.invoke(app, ["roles", "from-posting", str(binary)])
    assert unreadable.exit_code == ExitCode.INPUT_ERROR and "posting.txt" in unreadable.stderr
