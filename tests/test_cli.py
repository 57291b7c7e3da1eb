"""gapcheck.cli: every command, every exit code, the stdout/stderr split."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ANALYST_LINES, BROKEN_ROLES_DIR, PRIVATE_LINES, ROLES_DIR
from pdfs import make_encrypted_pdf, make_image_only_pdf, make_pdf
from typer.testing import CliRunner

from gapcheck import __version__
from gapcheck.cli import ExitCode, app

runner = CliRunner()
ROLE = ["--roles-dir", str(ROLES_DIR), "--role", "tiny-analyst", "--as-of", "2026-11-01"]


@pytest.fixture(scope="module")
def resume_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "ann.pdf", ANALYST_LINES)


def test_check_prints_a_table_report(resume_pdf: Path) -> None:
    result = runner.invoke(app, ["check", str(resume_pdf), *ROLE])
    assert result.exit_code == 0, result.output
    assert "Skills found" in result.stdout and "Score" in result.stdout
    assert "Tableau" in result.stdout
    assert result.stderr == ""


def test_check_json_is_valid_json_on_stdout(resume_pdf: Path) -> None:
    result = runner.invoke(app, ["check", str(resume_pdf), *ROLE, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "gapcheck/gap/v1" and data["role"]["id"] == "tiny-analyst"
    assert data["meets_required"] is True


def test_check_markdown(resume_pdf: Path) -> None:
    result = runner.invoke(app, ["check", str(resume_pdf), *ROLE, "-f", "markdown"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("## ann.pdf vs Data Analyst (test role)")


def test_check_writes_the_output_file(resume_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    result = runner.invoke(app, ["check", str(resume_pdf), *ROLE, "-f", "json", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert json.loads(out.read_text())["resume"] == "ann.pdf"


def test_role_by_path(resume_pdf: Path) -> None:
    role_file = str(ROLES_DIR / "tiny-analyst.yaml")
    result = runner.invoke(app, ["check", str(resume_pdf), "--role", role_file, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["role"]["id"] == "tiny-analyst"


def test_roles_dir_from_the_environment(resume_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAPCHECK_ROLES_DIR", str(ROLES_DIR))
    result = runner.invoke(app, ["check", str(resume_pdf), "--role", "tiny-analyst", "-f", "json"])
    assert result.exit_code == 0, result.output


def test_as_of_fixes_what_present_means(resume_pdf: Path) -> None:
    years = []
    for day in ("2023-01-15", "2024-01-15"):
        result = runner.invoke(app, ["extract", str(resume_pdf), "--as-of", day, "-f", "json"])
        assert result.exit_code == 0, result.output
        years.append(json.loads(result.stdout)["experience"]["total_years"])
    assert years[1] - years[0] == pytest.approx(1.0)


def test_extract_json_and_table(resume_pdf: Path) -> None:
    result = runner.invoke(app, ["extract", str(resume_pdf), "-f", "json", "--as-of", "2026-11-01"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "gapcheck/resume/v1" and data["highest_degree"] == "bachelor"
    table = runner.invoke(app, ["extract", str(resume_pdf)])
    assert table.exit_code == 0 and "Positions" in table.stdout


def test_roles_list_and_show() -> None:
    result = runner.invoke(app, ["roles", "list", "--format", "json", "--roles-dir", str(ROLES_DIR)])
    assert result.exit_code == 0, result.output
    ids = [r["id"] for r in json.loads(result.stdout)]
    assert "amazon-mle" in ids and "tiny-analyst" in ids
    assert all({"id", "title"} <= set(r) for r in json.loads(result.stdout))
    shown = runner.invoke(app, ["roles", "show", "bofa-ds-mle"])
    assert shown.exit_code == 0, shown.output
    assert "5+" in shown.stdout or "5 " in shown.stdout
    as_json = runner.invoke(app, ["roles", "show", "bofa-ds-mle", "-f", "json"])
    assert json.loads(as_json.stdout)["degree"]["preferred"] == "master"


# --- exit codes ----------------------------------------------------------------------------------


def test_exit_2_for_usage_errors(resume_pdf: Path, tmp_path: Path) -> None:
    assert runner.invoke(app, ["check", str(resume_pdf)]).exit_code == ExitCode.USAGE  # --role missing
    assert runner.invoke(app, ["check", str(tmp_path / "missing.pdf"), *ROLE]).exit_code == ExitCode.USAGE
    assert runner.invoke(app, ["check", str(resume_pdf), *ROLE, "-f", "yaml"]).exit_code == ExitCode.USAGE
    assert runner.invoke(app, ["check", str(resume_pdf), *ROLE, "--as-of", "yesterday"]).exit_code == ExitCode.USAGE


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: make_encrypted_pdf(p, ["secret resume"] * 5), "encrypted"),
        (make_image_only_pdf, "no text found, it may be a scanned image; run OCR first"),
        (lambda p: p.write_bytes(b"%PDF-1.4\n%broken"), "damaged"),
        (lambda p: p.write_text("<html><body>hi</body></html>"), "HTML page"),
        (lambda p: p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 100), "not a PDF"),
    ],
    ids=["encrypted", "scanned", "truncated", "html", "png"],
)
def test_exit_3_with_one_line_message_for_unreadable_resumes(tmp_path: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bad.pdf"
    make(path)
    result = runner.invoke(app, ["check", str(path), *ROLE])
    assert result.exit_code == ExitCode.INPUT_ERROR, result.output
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: bad.pdf: ") and message in lines[0]
    assert "Traceback" not in result.output


def test_exit_3_for_unknown_role_and_broken_role_file(resume_pdf: Path) -> None:
    unknown = runner.invoke(app, ["check", str(resume_pdf), "--role", "astronaut"])
    assert unknown.exit_code == ExitCode.INPUT_ERROR
    assert "unknown role 'astronaut'; known roles: amazon-mle" in unknown.stderr
    broken = runner.invoke(app, ["check", str(resume_pdf), "--role", str(BROKEN_ROLES_DIR / "bad-level.yaml")])
    assert broken.exit_code == ExitCode.INPUT_ERROR
    assert "level must be one of" in broken.stderr


def test_exit_4_gates(resume_pdf: Path, tmp_path: Path) -> None:
    weak = make_pdf(
        tmp_path / "weak.pdf",
        ["Bo Example", "EXPERIENCE", "Shop Assistant, Corner Shop   2019 - 2021", "SKILLS", "Excel, Word, PowerPoint"],
    )
    assert runner.invoke(app, ["check", str(weak), *ROLE, "--fail-on-gaps"]).exit_code == ExitCode.GATE_FAILED
    assert runner.invoke(app, ["check", str(weak), *ROLE, "--fail-under", "0.5"]).exit_code == ExitCode.GATE_FAILED
    assert runner.invoke(app, ["check", str(resume_pdf), *ROLE, "--fail-on-gaps"]).exit_code == ExitCode.OK
    assert runner.invoke(app, ["check", str(resume_pdf), *ROLE, "--fail-under", "0.5"]).exit_code == ExitCode.OK
    gated = runner.invoke(app, ["check", str(weak), *ROLE, "--fail-on-gaps", "-f", "json"])
    assert json.loads(gated.stdout)["meets_required"] is False  # the report is still written


def test_exit_codes_are_distinct() -> None:
    assert sorted(int(c) for c in ExitCode) == [0, 1, 2, 3, 4, 130]


def test_version_and_help() -> None:
    assert runner.invoke(app, ["--version"]).stdout.strip() == f"gapcheck {__version__}"
    for command in (["check"], ["extract"], ["roles", "list"], ["roles", "show"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0 and "Example" in result.stdout


def test_python_dash_m_runs_the_same_cli() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "gapcheck", "--version"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0 and result.stdout.strip() == f"gapcheck {__version__}"


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys; from gapcheck.cli import app\n"
        "heavy = [m for m in ('sklearn', 'pdfminer', 'yaml', 'numpy') if m in sys.modules]\n"
        "print(','.join(heavy))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_check_does_not_import_sklearn_once_weights_are_cached(resume_pdf: Path, tmp_path: Path) -> None:
    args = [sys.executable, "-c",
            "import sys; from gapcheck.cli import main; sys.argv=['gapcheck', *sys.argv[1:]];\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('SKLEARN' if 'sklearn' in sys.modules else 'NO-SKLEARN', file=sys.stderr)",
            "check", str(resume_pdf), "--role", "amazon-mle", "--cache-dir", str(tmp_path)]  # fmt: skip
    first = subprocess.run(args, capture_output=True, text=True, check=True)
    second = subprocess.run(args, capture_output=True, text=True, check=True)
    assert "SKLEARN" in first.stderr.splitlines()[-1]
    assert second.stderr.splitlines()[-1] == "NO-SKLEARN"
    assert first.stdout == second.stdout


@pytest.mark.parametrize("command", ["check", "extract", "match"])
def test_no_cache_keeps_gapchecks_compiled_data_and_nothing_read_from_the_resume(command: str, tmp_path: Path) -> None:
    resume = make_pdf(tmp_path / "vesna.pdf", PRIVATE_LINES)
    cache = tmp_path / "cache"
    role = ["--role", "data-scientist"] if command == "check" else []
    args = [sys.executable, "-m", "gapcheck", command, str(resume), *role, "-f", "json", "--cache-dir", str(cache)]
    subprocess.run([*args, "--no-cache"], capture_output=True, text=True, check=True)
    kept = [path for path in cache.rglob("*") if path.is_file()]
    assert {path.relative_to(cache).parts[0] for path in kept} >= {"regex", "compiled"}
    assert not any(b"Pelagomorphic" in path.read_bytes() for path in kept)
    subprocess.run(args, capture_output=True, text=True, check=True)  # without --no-cache every pattern is kept,
    assert any(  # the one made from the field too (so the test above would see it)
        b"Pelagomorphic" in path.read_bytes() for path in cache.rglob("*") if path.is_file()
    )


@pytest.mark.parametrize("command", ["check", "extract"])
@pytest.mark.parametrize("early", [True, False])  # -fjson: the reading is started by the command, not before Typer
def test_no_cache_keeps_no_pattern_the_reading_child_makes_from_the_file(
    command: str, early: bool, tmp_path: Path
) -> None:
    resume = tmp_path / "vesna.md"  # a hidden element's end is looked for with a pattern made from its tag's name
    resume.write_text("\n".join([*PRIVATE_LINES, "<zendrathiel hidden>Hire me</zendrathiel>"]), encoding="utf-8")
    cache = tmp_path / "cache"
    role = ["--role", "data-scientist"] if command == "check" else []
    form = ["-f", "json"] if early else ["-fjson"]
    args = [sys.executable, "-m", "gapcheck", command, str(resume), *role, *form, "--cache-dir", str(cache)]
    subprocess.run([*args, "--no-cache"], capture_output=True, text=True, check=True)
    assert not any(b"zendrathiel" in path.read_bytes() for path in cache.rglob("*") if path.is_file())
    subprocess.run(args, capture_output=True, text=True, check=True)  # without --no-cache the child keeps it
    assert any(b"zendrathiel" in path.read_bytes() for path in cache.rglob("*") if path.is_file())


def test_a_bundled_roles_score_does_not_change_with_other_role_files(resume_pdf: Path, tmp_path: Path) -> None:
    args = ["check", str(resume_pdf), "--role", "data-scientist", "--as-of", "2026-11-01", "-f", "json"]
    alone = runner.invoke(app, args)
    extra = tmp_path / "extra"
    extra.mkdir()
    for source in ROLES_DIR.glob("*.yaml"):
        (extra / source.name).write_text(source.read_text(encoding="utf-8"), encoding="utf-8")
    (extra / "sql-everywhere.yaml").write_text(
        "title: SQL everywhere\nlevel: entry\nsource: test\nskills:\n  required: [sql, python, statistics]\n",
        encoding="utf-8",
    )
    loaded = runner.invoke(app, [*args, "--roles-dir", str(extra)])
    assert alone.exit_code == 0 and loaded.exit_code == 0, alone.output + loaded.output
    first, second = json.loads(alone.stdout), json.loads(loaded.stdout)
    assert first["score"] == second["score"]
    assert [m["weight"] for m in first["skills"]["missing"]] == [m["weight"] for m in second["skills"]["missing"]]
    assert first["idf_basis"] == second["idf_basis"] and first["idf_basis"].startswith("9 bundled roles (")


@pytest.mark.parametrize("command", [["roles", "list"], ["roles", "show", "data-scientist"]])
def test_roles_have_no_html_format(command: list[str]) -> None:
    result = runner.invoke(app, [*command, "--format", "html"])
    assert result.exit_code == ExitCode.USAGE


# --- messages in plain words (issue 11) ----------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["-f", "csv"], "Error: --format must be table, json, markdown or html"),
        (["--as-of", "2026-13-01"], "Error: --as-of must be a date written YYYY-MM-DD, like 2026-11-01"),
        (["--fail-under", "2"], "Error: --fail-under must be a number from 0 to 1"),
        (["--roles-dir", "no-such-folder"], "Error: --roles-dir: no-such-folder does not exist"),
    ],
)
def test_usage_errors_are_one_plain_line(resume_pdf: Path, args: list[str], expected: str) -> None:
    result = runner.invoke(app, ["check", str(resume_pdf), "--role", "tiny-analyst", *args])
    assert result.exit_code == ExitCode.USAGE, result.output
    assert result.stderr.strip().splitlines() == [expected]
    assert result.stdout == ""


def test_a_missing_option_and_a_folder_given_to_check_say_what_to_do(resume_pdf: Path) -> None:
    missing = runner.invoke(app, ["check", str(resume_pdf)])
    assert missing.exit_code == ExitCode.USAGE
    (line,) = missing.stderr.strip().splitlines()
    assert line.startswith("Error: --role")
    folder = runner.invoke(app, ["check", str(resume_pdf.parent), "--role", "tiny-analyst"])
    assert folder.exit_code == ExitCode.USAGE
    (line,) = folder.stderr.strip().splitlines()
    assert line == (
        f"Error: {resume_pdf.parent} is a folder; to check every resume in it, run: "
        f"gapcheck batch {resume_pdf.parent} --role ROLE -o results.csv"
    )


def test_help_shows_no_type_noise() -> None:
    for command in (["check"], ["extract"], ["batch"], ["roles", "list"], []):
        result = runner.invoke(app, [*command, "--help"], env={"COLUMNS": "120"})
        assert result.exit_code == 0, result.output
        assert "<bool>" not in result.stdout and "%Y" not in result.stdout
    assert "YYYY-MM-DD" in runner.invoke(app, ["check", "--help"], env={"COLUMNS": "120"}).stdout


def test_a_failed_gate_says_which_and_why_on_stderr(tmp_path: Path) -> None:
    weak = make_pdf(
        tmp_path / "weak.pdf",
        ["Bo Example", "EXPERIENCE", "Shop Assistant, Corner Shop   2019 - 2021", "SKILLS", "Excel, Word, PowerPoint"],
    )
    gaps = runner.invoke(app, ["check", str(weak), *ROLE, "--fail-on-gaps", "-f", "json"])
    assert gaps.exit_code == ExitCode.GATE_FAILED
    (line,) = gaps.stderr.strip().splitlines()
    assert line.startswith("Gate failed: --fail-on-gaps: ") and "SQL" in line
    json.loads(gaps.stdout)  # stdout still holds the report only
    score = runner.invoke(app, ["check", str(weak), *ROLE, "--fail-under", "0.9"])
    (line,) = score.stderr.strip().splitlines()
    assert line.startswith("Gate failed: --fail-under 0.9: the score 0.") and line.endswith("is below 0.9")


def test_a_passed_gate_prints_nothing(resume_pdf: Path) -> None:
    result = runner.invoke(app, ["check", str(resume_pdf), *ROLE, "--fail-on-gaps", "--fail-under", "0.1"])
    assert result.exit_code == ExitCode.OK and result.stderr == ""


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cv.pdf", b"", "Error: cv.pdf: the file is empty (0 bytes); save or export the resume again"),
        ("cv.txt", b"\n  \n\n", "Error: cv.txt: the text file holds only blank lines; save the resume's text into it"),
    ],
)
def test_an_empty_file_says_what_it_is(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = runner.invoke(app, ["check", str(path), *ROLE])
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert result.stderr.strip().splitlines() == [message]


# --- limits and hostile input (issue 9) ---------------------------------------------------------------


def _cycle_pdf(path: Path) -> Path:
    """A page whose /Resources is a reference to an object that refers back to itself: pdfminer never returns."""
    from pdfs import write_raw_pdf

    content = b"BT /F1 10 Tf 54 700 Td (Data Scientist with Python and SQL since 2019) Tj ET"
    return write_raw_pdf(
        path,
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 5 0 R >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
            b"6 0 R",
            b"5 0 R",
        ],
    )


@pytest.mark.parametrize("command", [["check", "{path}", *ROLE], ["extract", "{path}"]])
def test_a_pdf_that_never_finishes_is_stopped_at_the_timeout(tmp_path: Path, command: list[str]) -> None:
    path = _cycle_pdf(tmp_path / "cycle.pdf")
    args = [a.replace("{path}", str(path)) for a in command]
    result = runner.invoke(app, [*args, "--timeout", "1"])
    assert result.exit_code == ExitCode.INPUT_ERROR, result.output
    assert result.stderr.strip() == (
        "Error: cycle.pdf: reading took longer than the limit of 1 s (the file may be malformed or built to be "
        "slow); raise --timeout to give it more time"
    )


def test_check_and_extract_take_the_size_and_page_limits(resume_pdf: Path) -> None:
    small = runner.invoke(app, ["extract", str(resume_pdf), "--max-size-mb", "0.001"])
    assert small.exit_code == ExitCode.INPUT_ERROR and "more than the limit of 0.001 MB" in small.stderr
    pages = runner.invoke(app, ["check", str(resume_pdf), *ROLE, "--max-pages", "0", "--max-size-mb", "0"])
    assert pages.exit_code == ExitCode.OK, pages.output


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_refused_not_waited_on(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "x.pdf")
    result = runner.invoke(app, ["extract", str(tmp_path / "x.pdf")])
    assert result.exit_code == ExitCode.INPUT_ERROR
    assert "x.pdf: cannot open the file: it is a pipe or device, not a regular file" in result.stderr


def test_a_word_resume_is_checked(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    for line in ANALYST_LINES:
        document.add_paragraph(line)
    document.save(str(tmp_path / "ann.docx"))
    result = runner.invoke(app, ["check", str(tmp_path / "ann.docx"), *ROLE, "-f", "json"])
    assert result.exit_code == ExitCode.OK, result.output
    assert json.loads(result.stdout)["resume"] == "ann.docx"


def test_user_text_is_never_read_as_markup(tmp_path: Path) -> None:
    path = tmp_path / "[bold]cv[p.1].txt"
    lines = [line.replace("Data Analyst", "Data Analyst [/] [p.11]") for line in ANALYST_LINES]
    path.write_text("\n".join(lines), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == ExitCode.OK, result.output
    assert "[bold]cv[p.1].txt" in result.stdout and "Data Analyst [/] [p.11]" in result.stdout
    role = runner.invoke(app, ["check", str(path), "--role", "[/x]"])
    assert role.exit_code == ExitCode.INPUT_ERROR
    assert role.stderr.startswith("Error: [/x]: ")


def test_a_cache_dir_that_is_a_file_means_no_cache_and_one_warning(resume_pdf: Path, tmp_path: Path) -> None:
    (tmp_path / "file").write_text("")
    result = runner.invoke(app, ["check", str(resume_pdf), *ROLE, "--cache-dir", str(tmp_path / "file")])
    assert result.exit_code == ExitCode.OK, result.output
    assert result.stderr.strip() == f"Warning: {tmp_path / 'file'} is not a folder; running without a cache."


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_full_disk_on_stdout_is_one_line(resume_pdf: Path) -> None:
    with open("/dev/full", "w") as full:
        done = subprocess.run(
            [sys.executable, "-m", "gapcheck", "check", str(resume_pdf), *ROLE], stdout=full, stderr=subprocess.PIPE,
            text=True, check=False,
        )  # fmt: skip
    assert done.returncode == ExitCode.INPUT_ERROR
    assert done.stderr.strip() == "Error: cannot write the report to standard output (No space left on device)"


def test_ctrl_c_is_one_line_and_exit_130(resume_pdf: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gapcheck.reading

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(gapcheck.reading.ResumeReading, "profile", interrupted)
    result = runner.invoke(app, ["extract", str(resume_pdf)])
    assert result.exit_code == ExitCode.INTERRUPTED == 130
    assert result.stderr.strip() == "Interrupted."
