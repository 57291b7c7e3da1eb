"""The short fuzz run of benchmarks/fuzz.py: hostile and mutated files give no crash, no hang, bounded memory."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform != "linux", reason="forks; RLIMIT_AS is Linux")


def test_short_fuzz_run_has_no_crash_and_no_hang(capsys: pytest.CaptureFixture[str]) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    import fuzz

    summary = fuzz.run(mutations=100, timeout=5, seed=9, short=True, keep=None, backstop_mb=4096, verbose=False)
    printed = capsys.readouterr().out
    assert summary["cases"] >= 130  # the hostile classes and 100 mutated PDFs
    assert summary["crashes"] == 0, printed
    assert summary["hangs"] == 0, printed
    assert summary["documented_errors"] > 0 and summary["ok"] > 0
    assert "--timeout 5 --max-memory-mb 1024" in summary["limits"]  # check and extract got the limits
    assert int(summary["peak_memory_mb"]) < 1024 + 200  # the cap, and the harness process around it
