"""Benchmark: start-up and single-check speed (run on demand; prints figures, asserts nothing).

    python benchmarks/bench_check.py [RESUME.pdf] [--runs N]

Prints the median wall time of `python -c pass`, `gapcheck --help` and `gapcheck check RESUME --role amazon-mle`
with a warm TF-IDF cache (and once cold), and the share of a check spent inside pdfminer.
Targets (issue 2): --help under 0.2 s; check of a two-page resume under 0.6 s.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout's gapcheck, not whichever copy is installed
DEFAULT_RESUME = ROOT / "examples" / "resume.pdf"


def wall(command: list[str], runs: int, env_cache: str) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True, env={"GAPCHECK_CACHE_DIR": env_cache, "PATH": ""})
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pdfminer_share(resume: Path) -> tuple[float, float]:
    """In-process: seconds of one check and of its text extraction (imports already paid)."""
    from gapcheck.pdftext import extract_text
    from gapcheck.pipeline import Checker

    checker = Checker(["amazon-mle"], cache_dir=Path(tempfile.mkdtemp()))
    checker.compare(checker.read(resume))  # warm-up
    total, text = [], []
    for _ in range(10):
        start = time.perf_counter()
        extract_text(resume)
        middle = time.perf_counter()
        checker.compare(checker.read(resume))
        end = time.perf_counter()
        text.append(middle - start)
        total.append(end - middle)
    return statistics.median(total), statistics.median(text)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("resume", nargs="?", type=Path, default=DEFAULT_RESUME)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as cache:
        pass_time = wall([python, "-c", "pass"], args.runs, cache)
        help_time = wall([python, "-m", "gapcheck", "--help"], args.runs, cache)
        check = [python, "-m", "gapcheck", "check", str(args.resume), "--role", "amazon-mle", "--as-of", "2026-11-01"]
        cold = wall(check, 1, cache)
        warm = wall(check, args.runs, cache)
    total, text = pdfminer_share(args.resume)
    print(f"resume: {args.resume.name}")
    print(f"python -c pass                      {pass_time * 1000:7.0f} ms")
    print(f"gapcheck --help                     {help_time * 1000:7.0f} ms   (target < 200 ms)")
    print(f"gapcheck check, cold cache (1 run)  {cold * 1000:7.0f} ms   (fits TF-IDF with scikit-learn)")
    print(f"gapcheck check, warm cache (median) {warm * 1000:7.0f} ms   (target < 600 ms)")
    print(f"in-process check {total * 1000:.0f} ms, of which pdfminer text {text * 1000:.0f} ms ({text / total:.0%})")


if __name__ == "__main__":
    main()
