"""gapcheck.cli.start: a plain check or extract forks its reader before Typer, and ends exactly as Typer's path does."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from conftest import ANALYST_LINES, ROLES_DIR
from pdfs import make_encrypted_pdf, make_pdf
from typer.testing import CliRunner

from gapcheck import reading
from gapcheck.cli import app
from gapcheck.cli.options import resolve_limits
from gapcheck.cli.start import _COMMANDS, _FLAGS, _LIMITS, _VALUES, _plain_reading, help_only
from gapcheck.limits import Limits

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = "examples/resume.pdf"
ROLE = ["--roles-dir", str(ROLES_DIR), "--role", "tiny-analyst", "--as-of", "2026-11-01"]

# Runs the script's main() with argv and a recording os.fork: what was imported at each fork.
_RECORDING_MAIN = """
import os, sys
forks = []
real_fork = os.fork
watched = ("typer", "click", "rich", "gapcheck.cli.commands", "gapcheck.models")
def fork():
    forks.append(sorted(m for m in watched if m in sys.modules))
    return real_fork()
os.fork = fork
sys.argv = ["gapcheck", *sys.argv[1:]]
from gapcheck.cli import main
try:
    main()
finally:
    print("FORKS", forks, file=sys.stderr)
"""


@pytest.fixture(scope="module")
def resume_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_pdf(tmp_path_factory.mktemp("pdf") / "ann.pdf", ANALYST_LINES)


def _script(args: list[str], cache: Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", _RECORDING_MAIN, *args, "--cache-dir", str(cache)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def _forks(done: subprocess.CompletedProcess[str]) -> str:
    return done.stderr.rpartition("FORKS ")[2].strip()


def test_a_plain_check_forks_its_reader_before_typer_is_imported_and_the_command_takes_it(
    resume_pdf: Path, tmp_path: Path
) -> None:
    done = _script(["check", str(resume_pdf), *ROLE, "-f", "json"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert _forks(done) == "[[]]"  # one fork, with none of Typer, Click, rich, the commands or the models imported


def test_another_command_line_forks_after_typer_as_before(resume_pdf: Path, tmp_path: Path) -> None:
    done = _script(["check", str(resume_pdf), *ROLE, "-f", "json", "--unknown-option"], tmp_path)
    assert done.returncode == 2
    assert _forks(done) == "[]"  # a usage error: no reading at all


@pytest.mark.parametrize(
    ("verb", "extra"),
    [
        ("check", ["-f", "json"]),
        ("check", ["-f", "markdown", "--fail-on-gaps"]),
        ("check", ["--format=csv", "--max-pages=1", "--timeout", "30"]),
        ("check", ["-f", "json", "--fail-under", "0.99"]),
        ("check", ["-f", "bogus"]),  # usage errors: Typer refuses them in the app of one command as in the whole app
        ("check", ["-f", "json", "--fail-under", "2"]),
        ("check", ["--as-of", "yesterday"]),
        ("extract", ["-f", "json"]),
        ("extract", ["-f", "bogus"]),
        ("extract", ["--as-of", "2026-13-01"]),
    ],
)
def test_the_early_path_writes_what_typers_path_writes(
    resume_pdf: Path, tmp_path: Path, verb: str, extra: list[str]
) -> None:
    args = [verb, str(resume_pdf), *(ROLE if verb == "check" else ["--as-of", "2026-11-01"]), *extra]
    early = _script(args, tmp_path)
    typer_path = CliRunner().invoke(app, [*args, "--cache-dir", str(tmp_path)])
    assert _forks(early) == "[[]]"
    assert early.returncode == typer_path.exit_code
    assert early.stdout == typer_path.stdout
    assert early.stderr.rpartition("FORKS ")[0] == typer_path.stderr


@pytest.mark.parametrize(
    ("kind", "extra", "message"),
    [
        ("encrypted", [], "encrypted"),
        ("not a resume", [], "not a PDF"),
        ("two pages", ["--max-pages", "1"], "more than the limit of 1"),
        ("too large", ["--max-size-mb", "0.0001"], "more than the limit of"),
    ],
)
def test_bad_files_and_limits_give_the_same_error_and_exit_code_on_both_paths(
    tmp_path: Path, kind: str, extra: list[str], message: str
) -> None:
    if kind == "encrypted":
        path = make_encrypted_pdf(tmp_path / "locked.pdf", [line.lstrip("• ") for line in ANALYST_LINES])
    elif kind == "two pages":
        path = make_pdf(tmp_path / "long.pdf", ANALYST_LINES, pages=2)
    elif kind == "too large":
        path = make_pdf(tmp_path / "big.pdf", ANALYST_LINES)
    else:
        path = tmp_path / "notes.bin"
        path.write_bytes(b"\x00\x01 nothing a resume reader can read")
    for verb, verb_args in (("check", ROLE), ("extract", [])):
        args = [verb, str(path), *verb_args, *extra]
        early = _script(args, tmp_path / "cache")
        typer_path = CliRunner().invoke(app, [*args, "--cache-dir", str(tmp_path / "cache")])
        assert _forks(early) == "[[]]", early.stderr
        assert early.returncode == typer_path.exit_code == 3
        assert message in typer_path.stderr
        assert early.stderr.rpartition("FORKS ")[0] == typer_path.stderr


_IMPORTED = """
import sys
sys.argv = ["gapcheck", *sys.argv[1:]]
from gapcheck.cli import main
try:
    main()
finally:
    print("IMPORTED", sorted(m for m in sys.modules if m.startswith("gapcheck.cli.")), file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("args", "other_commands"),
    [
        (["check", "-r", "tiny-analyst"], False),
        (["extract"], False),
        (["match"], True),  # not a plain command line: the whole app
        (["check", "-r", "tiny-analyst", "-x"], True),
    ],
)
def test_a_plain_command_line_imports_no_other_commands_module(
    resume_pdf: Path, tmp_path: Path, args: list[str], other_commands: bool
) -> None:
    verb, *rest = args
    command = [sys.executable, "-c", _IMPORTED, verb, str(resume_pdf), "--roles-dir", str(ROLES_DIR), *rest]
    done = subprocess.run([*command, "--cache-dir", str(tmp_path)], capture_output=True, text=True, cwd=ROOT)
    imported = done.stderr.rpartition("IMPORTED ")[2]
    assert ("gapcheck.cli.batch" in imported) is other_commands, done.stderr
    assert ("gapcheck.cli.roles" in imported) is other_commands


def test_the_script_exits_with_the_commands_code_and_its_whole_output(resume_pdf: Path, tmp_path: Path) -> None:
    args = ["check", str(resume_pdf), *ROLE, "-f", "json", "--fail-under", "0.99", "--cache-dir", str(tmp_path)]
    done = subprocess.run([sys.executable, "-m", "gapcheck", *args], capture_output=True, text=True, cwd=ROOT)
    typer_path = CliRunner().invoke(app, args)
    assert done.returncode == typer_path.exit_code == 4
    assert (done.stdout, done.stderr) == (typer_path.stdout, typer_path.stderr)


@pytest.mark.parametrize(
    ("args", "limits"),
    [
        (["check", EXAMPLE, "-r", "x"], Limits()),
        (["-v", "extract", EXAMPLE, "-f", "json"], Limits()),
        (["check", "-r", "x", EXAMPLE, "--timeout", "5", "--max-pages=3"], Limits(timeout=5.0, max_pages=3)),
        (["extract", EXAMPLE, "--timeout", "0", "--max-memory-mb", "0"], Limits(timeout=None, max_memory=None)),
        (["extract", EXAMPLE, "--max-size-mb", "0.5", "-o", "-"], Limits(max_bytes=2**19)),
    ],
)
def test_plain_command_lines_are_read_with_the_limits_typer_gives(args: list[str], limits: Limits) -> None:
    found = _plain_reading(args)
    assert found is not None
    assert found[0] == Path(EXAMPLE) and found[1] == limits
    assert found[2] == (args[0] == "-v")
    assert found[3] is False
    private = _plain_reading([*args, "--no-cache"])
    assert private is not None and private[3] is True  # the early reading keeps nothing it compiles from the file


@pytest.mark.parametrize(
    "args",
    [
        ["batch", EXAMPLE, "-r", "x"],
        ["check", EXAMPLE, "--help"],
        ["check", EXAMPLE, "-h"],
        ["--version"],
        ["check", EXAMPLE, "-fjson"],
        ["check", EXAMPLE, "--unknown"],
        ["check", EXAMPLE, "--", "x"],
        ["check", EXAMPLE, EXAMPLE],
        ["check", "no/such/file.pdf"],
        ["check", "examples"],
        ["check", EXAMPLE, "--timeout", "soon"],
        ["check", EXAMPLE, "--timeout", "-1"],
        ["check", EXAMPLE, "--max-pages", "2.5"],
        ["check", EXAMPLE, "--role"],
        ["check"],
        [],
    ],
)
def test_anything_unsure_is_left_to_typer(args: list[str]) -> None:
    assert _plain_reading(args) is None


@pytest.mark.parametrize("verb", ["check", "extract"])
def test_the_options_known_before_typer_are_the_commands_own(verb: str) -> None:
    command = typer.main.get_command(app).commands[verb]  # type: ignore[attr-defined]
    params = [p for p in command.params if p.param_type_name == "option"]
    flags = {name for p in params if p.is_flag for name in p.opts if name not in ("-h", "--help")}
    values = {name for p in params if not p.is_flag for name in p.opts}
    assert flags <= _FLAGS and values <= _VALUES
    assert _FLAGS.isdisjoint(_VALUES)
    defaults = {name: p.default for p in params for name in p.opts if name in _LIMITS}
    assert defaults == _LIMITS
    assert resolve_limits(**{p.name: p.default for p in params if p.opts[0] in _LIMITS}) == Limits()  # type: ignore[misc, arg-type]


def test_the_options_known_before_typer_are_no_more_than_the_commands() -> None:
    names: set[str] = set()
    for verb in ("check", "extract"):
        command = typer.main.get_command(app).commands[verb]  # type: ignore[attr-defined]
        names |= {n for p in command.params if p.param_type_name == "option" for n in p.opts}
    assert names - {"-h", "--help"} == _FLAGS | _VALUES


def test_a_reading_started_early_is_taken_only_with_the_same_file_and_limits(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("\n".join(ANALYST_LINES), encoding="utf-8")
    reading.start_early(path, Limits())
    taken = reading.start_reading(path, Limits())
    with taken:
        assert reading.start_reading(path, Limits()) is not taken  # taken once only
        assert taken.text().lines
    reading.start_early(path, Limits(timeout=5.0))
    early = reading._early
    with reading.start_reading(path, Limits()) as other:
        assert other is not early and other.limits == Limits()
        assert early is not None and early._run is not None and early._run._child.exitcode is not None  # ended
        assert other.text().lines


def test_the_collector_is_on_in_the_reading_child_and_while_the_profile_is_built(
    resume_pdf: Path, tmp_path: Path
) -> None:
    code = """
import gc, os, sys
seen = []
real_fork = os.fork
def fork():
    seen.append(("fork", gc.isenabled()))
    return real_fork()
os.fork = fork
import gapcheck.resume
real_build = gapcheck.resume.build_profile
def build(*args, **kwargs):
    seen.append(("profile", gc.isenabled()))
    return real_build(*args, **kwargs)
gapcheck.resume.build_profile = build
import gapcheck.cli.commands
sys.argv = ["gapcheck", *sys.argv[1:]]
from gapcheck.cli import main
try:
    main()
finally:
    print("SEEN", seen, gc.isenabled(), file=sys.stderr)
"""
    args = ["check", str(resume_pdf), *ROLE, "-f", "json", "--cache-dir", str(tmp_path)]
    done = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stderr.rpartition("SEEN ")[2].strip() == "[('fork', True), ('profile', True)] True"


# Runs the script's main() with argv after the first word: "as-is", or "full" (as if every line ran a command);
# prints what it wrote, its exit code, the gapcheck modules imported and how many patterns re compiled.
_HELP_RUN = """
import os, re, sys
sys.argv = ["gapcheck", *sys.argv[2:]]
from gapcheck.cli import start
if os.environ["RUN"] == "full":
    start.help_only = lambda args: False
compiling = re._compiler.compile
compiled = []
def count(pattern, flags=0):
    compiled.append(pattern)
    return compiling(pattern, flags)
re._compiler.compile = count
try:
    start.main()
    code = 0
except SystemExit as stop:
    code = stop.code
sys.stdout.flush()
print("CODE", code, "IMPORTED", sorted(m for m in sys.modules if m.startswith("gapcheck")), "COMPILED", len(compiled),
      file=sys.stderr)
"""


def _help_run(args: list[str], cache: Path, run: str = "as-is") -> tuple[str, str, str]:
    """Output, error output, and the closing line of ``_HELP_RUN``."""
    command = [sys.executable, "-c", _HELP_RUN, "-", *args]
    env = {**os.environ, "RUN": run, "GAPCHECK_CACHE_DIR": str(cache), "COLUMNS": "100"}
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env)
    errors, _, closing = done.stderr.rpartition("CODE ")
    return done.stdout, errors, closing


@pytest.mark.parametrize(
    "args", [["--help"], ["check", "--help"], [], ["roles", "show", "-h"], ["-v", "batch", "--help"], ["match", "-h"]]
)
def test_a_help_line_reads_no_data_file_and_writes_what_a_full_run_writes(tmp_path: Path, args: list[str]) -> None:
    quick = _help_run(args, tmp_path / "quick")
    full = _help_run(args, tmp_path / "full", run="full")
    assert quick[:2] == full[:2] and quick[0]  # the same help, byte for byte, and the same errors
    assert quick[2].split()[0] == full[2].split()[0] == ("2" if args == [] else "0")
    again = _help_run(args, tmp_path / "quick")  # the first run saved the patterns it compiled (gapcheck.compiled)
    assert again[:2] == quick[:2] and again[2].strip().endswith("COMPILED 0")  # and the next one compiles none
    assert "gapcheck.compiled" not in again[2] and "gapcheck.reading" not in again[2]
    assert "gapcheck.compiled" in _help_run(args, tmp_path / "full", run="full")[2]  # what the quick path leaves out


@pytest.mark.parametrize(
    "args",
    [[], ["--help"], ["-h"], ["-v", "--help"], ["check", "--help"], ["roles", "from-posting", "-h"], ["compare", "-h"]],
)
def test_help_lines_are_known_before_typer(args: list[str]) -> None:
    assert help_only(args)


@pytest.mark.parametrize(
    "args",
    [
        ["check"],
        ["roles"],
        ["--version"],
        ["check", EXAMPLE, "--help"],  # Typer's help too, but unsure here: left to the whole start
        ["check", "-o", "--help"],  # a file named --help
        ["--help", "check"],
        ["roles", "remove", "--help"],
        ["list", "--help"],
        ["check", "show", "--help"],
    ],
)
def test_other_lines_are_not_taken_for_help(args: list[str]) -> None:
    assert not help_only(args)


def test_the_commands_known_before_typer_are_the_apps() -> None:
    group = typer.main.get_command(app)
    commands = group.commands  # type: ignore[attr-defined]
    found = {name: tuple(getattr(command, "commands", {})) for name, command in commands.items()}
    assert found == _COMMANDS
