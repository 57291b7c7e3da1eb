"""Limits on reading one untrusted file: regular files only, size, time, memory, errors from the child."""

from __future__ import annotations

import os
import re
import signal
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TypeVar

import pytest

from gapcheck.errors import ResumeReadError, RoleFileError
from gapcheck.limitedrun import call_limited_here, start_limited
from gapcheck.limits import Limits, cap_cpu_time, cap_memory, read_regular_file

_T = TypeVar("_T")


def run_limited(task: Callable[[], _T], limits: Limits, name: str) -> _T:
    """Run ``task`` in a limited child and wait for its result."""
    with start_limited(task, limits, name) as run:
        return run.result()


posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes and rlimits are POSIX")
cpu_rlimit = pytest.mark.skipif(not hasattr(signal, "SIGXCPU") or not hasattr(os, "fork"), reason="RLIMIT_CPU is POSIX")


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "cv.txt"
    path.write_bytes(b"x" * 3000)
    assert read_regular_file(path, 3000) == b"x" * 3000


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "cv.pdf"
    path.write_bytes(b"x" * 3001)
    with pytest.raises(ResumeReadError, match=re.escape("cv.pdf: the file is 0.0 MB, more than the limit of")):
        read_regular_file(path, 3000)


@posix_only
def test_a_named_pipe_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "x.pdf"
    os.mkfifo(path)
    started = time.monotonic()
    with pytest.raises(RoleFileError, match=re.escape("x.pdf: cannot open the file: it is a pipe or device")):
        read_regular_file(path, None, error=RoleFileError)
    assert time.monotonic() - started < 5


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ResumeReadError, match="cannot open the file"):
        read_regular_file(tmp_path, None)


def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "done"


def _fail(kind: str) -> None:
    if kind == "input":
        raise ResumeReadError("cv.pdf: damaged")
    if kind == "memory":
        raise MemoryError
    raise KeyError("a bug in gapcheck")


def _allocate(megabytes: int) -> int:
    return len(bytearray(megabytes * 2**20))


def test_run_limited_returns_the_result() -> None:
    assert run_limited(partial(_sleep, 0.0), Limits(timeout=30), "cv.pdf") == "done"


def test_run_limited_stops_a_slow_task() -> None:
    started = time.monotonic()
    with pytest.raises(ResumeReadError, match=re.escape("cv.pdf: reading took longer than the limit of 0.5 s")):
        run_limited(partial(_sleep, 30.0), Limits(timeout=0.5), "cv.pdf")
    assert time.monotonic() - started < 10


def test_run_limited_passes_input_errors_and_names_memory_errors() -> None:
    with pytest.raises(ResumeReadError, match="cv.pdf: damaged"):
        run_limited(partial(_fail, "input"), Limits(timeout=30), "cv.pdf")
    with pytest.raises(ResumeReadError, match="needs more memory than the limit of 1024 MB"):
        run_limited(partial(_fail, "memory"), Limits(timeout=30), "cv.pdf")


def test_a_bug_in_the_child_is_not_an_input_error() -> None:
    with pytest.raises(RuntimeError, match="a bug in gapcheck"):
        run_limited(partial(_fail, "bug"), Limits(timeout=30), "cv.pdf")


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_the_memory_cap_holds_in_the_child_only() -> None:
    # the cap counts from what the process maps when the child starts, however large the test process is
    with pytest.raises(ResumeReadError, match="needs more memory than the limit of 300 MB"):
        run_limited(partial(_allocate, 500), Limits(timeout=60, max_memory=300 * 2**20), "cv.pdf")
    assert run_limited(partial(_allocate, 100), Limits(timeout=60, max_memory=300 * 2**20), "cv.pdf") == 100 * 2**20
    assert _allocate(600) == 600 * 2**20  # the parent kept no cap


def test_no_memory_cap_is_applied_without_a_limit() -> None:
    assert cap_memory(None) is False


def test_call_limited_here_returns_the_result_in_this_process() -> None:
    deadline = time.monotonic() + 30
    assert call_limited_here(os.getpid, Limits(timeout=30), "cv.pdf", deadline=deadline) == os.getpid()


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="the in-process time limit is an alarm")
def test_call_limited_here_stops_a_slow_task_at_the_deadline() -> None:
    started = time.monotonic()
    with pytest.raises(ResumeReadError, match=re.escape("cv.pdf: reading took longer than the limit of 3 s")):
        call_limited_here(partial(_sleep, 30.0), Limits(timeout=3), "cv.pdf", deadline=started + 0.5)
    assert time.monotonic() - started < 10
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_call_limited_here_passes_input_errors_and_bugs_as_they_are() -> None:
    deadline = time.monotonic() + 30
    with pytest.raises(ResumeReadError, match="cv.pdf: damaged"):
        call_limited_here(partial(_fail, "input"), Limits(timeout=30), "cv.pdf", deadline=deadline)
    with pytest.raises(KeyError, match="a bug in gapcheck"):
        call_limited_here(partial(_fail, "bug"), Limits(timeout=30), "cv.pdf", deadline=deadline)


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_call_limited_here_caps_memory_while_the_task_runs_only() -> None:
    limits = Limits(timeout=60, max_memory=300 * 2**20)
    with pytest.raises(ResumeReadError, match="needs more memory than the limit of 300 MB"):
        call_limited_here(partial(_allocate, 500), limits, "cv.pdf", deadline=time.monotonic() + 60)
    assert call_limited_here(partial(_allocate, 100), limits, "cv.pdf", deadline=time.monotonic() + 60) == 100 * 2**20
    assert _allocate(600) == 600 * 2**20  # the cap was lifted


def _die() -> None:
    os._exit(9)  # as the kernel's out-of-memory killer would end it, without a word


def _large(megabytes: int) -> bytes:
    return b"x" * (megabytes * 2**20)


def test_a_child_that_dies_without_a_word_is_one_input_error() -> None:
    with pytest.raises(ResumeReadError, match=re.escape("cv.pdf: the process reading the file died")):
        run_limited(_die, Limits(timeout=30), "cv.pdf")


def test_a_result_larger_than_a_pipe_holds_comes_back_whole() -> None:
    assert run_limited(partial(_large, 5), Limits(timeout=60), "cv.pdf") == _large(5)


def _exit_status_of_child(work: Callable[[], None]) -> int:
    """Fork, cap the child's processor time at 1 s, run ``work`` there; the child's exit status."""
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            code = 0 if cap_cpu_time(1) else 2
            work()
        finally:
            os._exit(code)
    return os.waitpid(pid, 0)[1]


@cpu_rlimit
def test_cap_cpu_time_kills_a_process_that_computes_past_it() -> None:
    status = _exit_status_of_child(lambda: sum(i for i in range(10**10)))  # minutes of work
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU
    assert not os.WCOREDUMP(status)  # a hostile file's reader leaves no core file behind


@cpu_rlimit
def test_cap_cpu_time_leaves_a_process_that_waits_alone() -> None:
    status = _exit_status_of_child(lambda: time.sleep(2.5))  # longer on the clock than the cap, no processor time
    assert os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
