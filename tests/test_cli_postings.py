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


# --- check --posting, --role twice, batch --posting, match ---------------------------------------

EXAMPLE = Path(__file__).parents[1] / "examples" / "resume.pdf"
AS_OF = ["--as-of", "2026-11-01"]


def test_check_with_a_posting_in_one_step(tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text(POSTING, encoding="utf-8")
    result = runner.invoke(app, ["check", str(EXAMPLE), "--posting", str(posting), "-f", "json", *AS_OF])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["role"]["title"] == "Data Analyst" and data["role"]["organization"] == "Globex"
    assert not list(tmp_path.glob("*.yaml"))  # nothing written


def test_role_given_twice_checks_each_role() -> None:
    as_json = runner.invoke(
        app, ["check", str(EXAMPLE), "-r", "amazon-mle", "-r", "data-scientist", "-f", "json", *AS_OF]
    )
    assert as_json.exit_code == 0, as_json.output
    assert [r["role"]["id"] for r in json.loads(as_json.stdout)] == ["amazon-mle", "data-scientist"]
    table = runner.invoke(app, ["check", str(EXAMPLE), "-r", "amazon-mle", "-r", "data-scientist", *AS_OF])
    assert table.exit_code == 0, table.output
    assert table.stdout.index("[amazon-mle]") < table.stdout.index("[data-scientist]")
    once = runner.invoke(app, ["check", str(EXAMPLE), "-r", "amazon-mle", "-f", "json", *AS_OF])
    assert isinstance(json.loads(once.stdout), dict)  # one role: the gap object itself, as before


def test_check_needs_a_role_or_a_posting() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE)])
    assert result.exit_code == ExitCode.USAGE and "--posting" in result.output


def test_unknown_role_suggests_the_closest_ids() -> None:
    result = runner.invoke(app, ["check", str(EXAMPLE), "-r", "amazon-ml"])
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert result.stderr.strip().endswith("did you mean amazon-mle?")
    far = runner.invoke(app, ["check", str(EXAMPLE), "-r", "astronaut"])
    assert "did you mean" not in far.stderr


def test_posting_role_never_takes_a_bundled_id(tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text("Data Scientist\nRequirements:\n- Python\n- SQL\n", encoding="utf-8")
    result = runner.invoke(
        app, ["check", str(EXAMPLE), "-r", "data-scientist", "-p", str(posting), "-f", "json", *AS_OF]
    )
    assert result.exit_code == 0, result.output
    assert [r["role"]["id"] for r in json.loads(result.stdout)] == ["data-scientist", "data-scientist-posting"]


def test_batch_accepts_postings(tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text(POSTING, encoding="utf-8")
    out = tmp_path / "results.jsonl"
    result = runner.invoke(
        app, ["batch", str(EXAMPLE), "-r", "data-scientist", "--posting", str(posting), "-o", str(out), "-q",
              "-j", "1", *AS_OF],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 2 and "globex-data-analyst" in out.read_text(encoding="utf-8")


def test_match_ranks_every_role_and_places_the_ladder(tmp_path: Path) -> None:
    posting = tmp_path / "posting.md"
    posting.write_text(POSTING, encoding="utf-8")
    result = runner.invoke(app, ["match", str(EXAMPLE), "--posting", str(posting), "-f", "json", *AS_OF])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "gapcheck/match/v1"
    ids = [m["role"]["id"] for m in data["matches"]]
    assert "globex-data-analyst" in ids and "amazon-mle" in ids and len(ids) == len(set(ids))
    scores = [m["score"] for m in data["matches"]]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= m["similarity"] <= 1.0 for m in data["matches"])
    assert data["ladder"]["next"] in ("ml-engineer-bachelor", "ml-engineer-master", "ml-engineer-phd", None)
    top = runner.invoke(app, ["match", str(EXAMPLE), "--top", "2", *AS_OF])
    assert top.exit_code == 0 and "ML engineer ladder" in top.stdout
    assert len([line for line in top.stdout.splitlines() if line.startswith(tuple(ids))]) == 2
    markdown = runner.invoke(app, ["match", str(EXAMPLE), "-f", "markdown", *AS_OF])
    assert markdown.stdout.count("\n| ") >= 10


def test_readme_posting_example_is_the_real_output() -> None:
    root = Path(__file__).parents[1]
    readme = (root / "README.md").read_text(encoding="utf-8")
    posting = str(root / "examples" / "amazon-mle-posting.md")
    made = runner.invoke(app, ["roles", "from-posting", posting])
    assert made.exit_code == 0, made.output
    assert "```yaml\n" + made.stdout + "```" in readme
    checked = runner.invoke(app, ["check", str(root / "examples" / "resume.pdf"), "--posting", posting,
                                  "--as-of", "2026-11-01", "-f", "markdown"])  # fmt: skip
    assert checked.exit_code == 0, checked.output
    demoted = "\n".join(("##" + line) if line.startswith("#") else line for line in checked.stdout.splitlines())
    assert f"<!-- posting-sample:start -->\n{demoted}\n<!-- posting-sample:end -->" in readme
