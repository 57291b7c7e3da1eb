"""Reading one resume within limits: the text in a child started first, the profile here within the time left."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ANALYST_LINES, ROLES_DIR
from typer.testing import CliRunner

import gapcheck.pipeline
import gapcheck.resume
from gapcheck.cli import ExitCode, app
from gapcheck.errors import ResumeReadError
from gapcheck.limits import Limits
from gapcheck.models import ResumeProfile, ResumeText
from gapcheck.pipeline import read_resume
from gapcheck.reading import start_reading

runner = CliRunner()
ROLE = ["--roles-dir", str(ROLES_DIR), "--role", "tiny-analyst", "--as-of", "2026-11-01"]
AS_OF = dt.date(2026, 11, 1)
SLOW_MESSAGE = (
    "cv.txt: reading took longer than the limit of 1 s (the file may be malformed or built to be slow); "
    "raise --timeout to give it more time"
)
posix_only = pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the in-process time limit is an alarm")


@pytest.fixture
def resume_txt(tmp_path: Path) -> Path:
    path = tmp_path / "cv.txt"
    path.write_text("\n".join(ANALYST_LINES) + "\n", encoding="utf-8")
    return path


def _never_finishes(text: ResumeText, **kwargs: object) -> ResumeProfile:
    """A profile that takes forever, as hostile text once did (a pattern whose time grew with a line's square)."""
    time.sleep(60)
    raise AssertionError("the time limit did not stop profile building")


@posix_only
@pytest.mark.parametrize("command", [["check", "{path}", *ROLE], ["extract", "{path}"]])
def test_slow_profile_building_is_stopped_at_the_timeout_with_one_line(
    resume_txt: Path, command: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(gapcheck.resume, "build_profile", _never_finishes)
    started = time.monotonic()
    result = runner.invoke(app, [*(a.replace("{path}", str(resume_txt)) for a in command), "--timeout", "1"])
    assert result.exit_code == ExitCode.INPUT_ERROR, result.output
    assert result.stderr.strip() == f"Error: {SLOW_MESSAGE}"
    assert time.monotonic() - started < 30
    assert signal.getsignal(signal.SIGALRM) == signal.SIG_DFL  # the alarm was handed back
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def _children() -> list[str]:
    """The pids of this process's children (Linux)."""
    return Path(f"/proc/{os.getpid()}/task/{os.getpid()}/children").read_text().split()


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="lists children through /proc (Linux)")
def test_the_text_is_being_read_while_the_roles_load(resume_txt: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    original = gapcheck.pipeline.Checker.__init__

    def loading(self: gapcheck.pipeline.Checker, *args: object, **kwargs: object) -> None:
        seen.append(len(_children()))
        original(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(gapcheck.pipeline.Checker, "__init__", loading)
    before = _children()
    result = runner.invoke(app, ["check", str(resume_txt), *ROLE])
    assert result.exit_code == ExitCode.OK, result.output
    assert seen == [len(before) + 1]  # one reading child already ran when the roles began to load
    assert _children() == before  # and it is gone, reaped


def test_without_limits_nothing_is_read_in_a_child(resume_txt: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    parent = os.getpid()
    built_in: list[int] = []
    original = gapcheck.resume.build_profile

    def recording(text: ResumeText, **kwargs: object) -> ResumeProfile:
        built_in.append(os.getpid())
        return original(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(gapcheck.resume, "build_profile", recording)
    with start_reading(resume_txt, Limits(timeout=None, max_memory=None)) as reading:
        profile = reading.profile(as_of=AS_OF)
    assert built_in == [parent]
    assert profile.pages == 1


def test_read_resume_with_limits_gives_the_same_profile_as_without(resume_txt: Path) -> None:
    assert read_resume(resume_txt, as_of=AS_OF, limits=Limits(timeout=30)) == read_resume(resume_txt, as_of=AS_OF)


def test_an_unreadable_file_is_one_input_error_through_the_child(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ResumeReadError, match="cv.txt: the text file holds only blank lines"):
        read_resume(path, limits=Limits(timeout=30))


@pytest.mark.skipif(sys.platform != "linux", reason="the forked child inherits the slow stand-in")
def test_a_program_with_its_own_alarm_keeps_it_and_the_limit_still_holds(
    resume_txt: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def own_alarm(signum: int, frame: object) -> None:
        raise AssertionError("the program's own alarm must not fire during the read")

    monkeypatch.setattr(gapcheck.resume, "build_profile", _never_finishes)
    previous = signal.signal(signal.SIGALRM, own_alarm)
    try:
        with pytest.raises(ResumeReadError, match=SLOW_MESSAGE.replace("(", r"\(").replace(")", r"\)")):
            read_resume(resume_txt, as_of=AS_OF, limits=Limits(timeout=1))  # profile built in a limited child
        assert signal.getsignal(signal.SIGALRM) is own_alarm
    finally:
        signal.signal(signal.SIGALRM, previous)


@pytest.mark.skipif(sys.platform != "linux", reason="a forked child; a spawned one imports on its own anyway")
def test_a_limited_check_reads_pdf_text_in_the_child_only(tmp_path: Path) -> None:
    code = (
        "import sys\nfrom gapcheck.cli import main\n"
        "sys.argv = ['gapcheck', 'check', 'examples/resume.pdf', '-r', 'data-scientist', '-f', 'json',"
        f" '--cache-dir', {str(tmp_path)!r}]\n"
        "try:\n    main()\n"
        "except SystemExit as exit:\n    assert exit.code == 0, exit.code\n"
        "print('pdfminer' in sys.modules, 'gapcheck.resume' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert done.stdout.splitlines()[-1] == "False True"  # pdfminer in the child; the profile built here


def test_reading_a_pdfs_text_imports_no_later_stage() -> None:
    """The reading child of a check reads a PDF's text only: it needs no Markdown or Word reader, no dates and no
    models (the process that started it imports those while the child reads)."""
    code = (
        "import sys\nfrom pathlib import Path\nfrom gapcheck.filetext import extract_text\n"
        "extract_text(Path('examples/resume.pdf'))\n"
        "later = {'gapcheck.marktext', 'gapcheck.wordtext', 'gapcheck.dates', 'gapcheck.models'}\n"
        "print(sorted(later & set(sys.modules)))\n"
    )
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True)
    assert done.stdout.splitlines()[-1] == "[]"
