"""Benchmark: `gapcheck batch` throughput next to bare pdfminer on the same files (run on demand; prints figures).

    python benchmarks/bench_batch.py [--corpus DIR ...] [--files N] [--workers N] [--rounds N]
                                     [--baseline CHECKOUT] [--only one|many|cached ...]

Copies the corpus resumes, the unreadable ones of corpus/hard included, into a temporary folder (repeating
the list to reach --files when given), then in each round times, each in a fresh process so the figures do
not share imports or memory, and interleaved so a load change on a shared machine hits every side:
  - bare pdfminer (pdfminer.high_level.extract_text) in a pool of 1 and of N processes;
  - gapcheck batch with 1 and N workers, --no-cache (one role; gapcheck's own compiled data, which --no-cache keeps,
    in a folder of the benchmark's warmed by one file first);
  - gapcheck batch with N workers and an empty cache (the first run), then the same batch again into
    another results file (the cached re-run: profiles and read errors both come from the cache);
  - with --baseline, the same gapcheck runs of another checkout (the code before a change), in the same rounds,
    so before and after are measured side by side under the same load;
and samples the peak resident memory (VmHWM) of the worker processes from /proc while they run.
Each figure is the median over the rounds, with the CPU time (user + system, the workers included) beside
the wall clock: on a shared machine the CPU ratio moves less with the load. Targets (issue 10): 1 worker
<= 1.10x bare pdfminer with one process; N workers >= 1.9x as fast as 1 (on an otherwise idle machine with
N cores); the cached re-run >= 50x faster than the first run; peak memory per worker under 250 MB.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout's gapcheck, not whichever copy is installed
CORPUS = [ROOT.parent / "shared" / "corpus" / "resumes", ROOT.parent / "shared" / "corpus" / "hard"]
ROLE = "data-scientist"
AS_OF = "2026-11-01"


def _quiet_pdfminer() -> None:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # gapcheck's workers do the same


def _bare_extract(path: str) -> int:
    from pdfminer.high_level import extract_text

    try:
        return len(extract_text(path))
    except Exception:  # a damaged file costs its time, as in gapcheck
        return -1


class _WorkerMemory:
    """Peak resident memory of this process's children (the workers), sampled from /proc while they run.

    Not getrusage(RUSAGE_CHILDREN): on Linux a spawned child's ru_maxrss starts at its parent's resident
    size when it was forked (exec keeps the old high-water mark), so it would count the parent's imports.
    """

    def __init__(self) -> None:
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> _WorkerMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        me = Path(f"/proc/{os.getpid()}/task")
        while not self._stop.wait(0.05):
            for task in me.iterdir():
                for pid in (task / "children").read_text().split():
                    try:
                        status = Path(f"/proc/{pid}/status").read_text()
                    except OSError:
                        continue
                    for line in status.splitlines():
                        if line.startswith("VmHWM:"):
                            self.peaks[int(pid)] = max(self.peaks.get(int(pid), 0), int(line.split()[1]))

    @property
    def peak_mb(self) -> float:
        if not Path("/proc/self/task").is_dir():  # not Linux: fall back to getrusage, an upper bound
            return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        return max(self.peaks.values(), default=0) / 1024


def measure_bare(folder: Path, processes: int) -> dict[str, Any]:
    """Bare pdfminer over the folder's PDFs in a pool of spawned processes, as gapcheck's workers are."""
    files = sorted(str(p) for p in folder.glob("*.pdf"))
    with _WorkerMemory() as memory:
        start = time.perf_counter()
        with multiprocessing.get_context("spawn").Pool(processes, initializer=_quiet_pdfminer) as pool:
            list(pool.imap_unordered(_bare_extract, files, chunksize=1))
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "files": len(files), "worker_mb": memory.peak_mb}


def measure_gapcheck(arguments: list[str]) -> dict[str, Any]:
    """`gapcheck batch ...` in this process (imports included), so RUSAGE_CHILDREN sees only its workers."""
    with _WorkerMemory() as memory:
        start = time.perf_counter()
        sys.path.insert(0, str(ROOT))
        from gapcheck.cli import app

        try:
            app(["batch", *arguments], prog_name="gapcheck")
        except SystemExit as stop:
            if stop.code:
                raise
        seconds = time.perf_counter() - start
    return {"seconds": seconds, "worker_mb": memory.peak_mb}


def _spin(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for i in range(15_000_000):
        total += i
    return time.perf_counter() - start


def cpu_check(processes: int) -> float:
    """How many of `processes` CPUs this machine gives right now: N identical busy loops at once, timed
    against one alone (another job on a shared machine shows here as a figure below N)."""
    with multiprocessing.get_context("spawn").Pool(processes) as pool:
        alone = min(pool.apply(_spin, (0,)) for _ in range(2))
        together = max(pool.map(_spin, range(processes), chunksize=1))
    return processes * alone / together


def _run(*arguments: str, script: Path = Path(__file__)) -> dict[str, Any]:
    """One measurement in a fresh Python process (``script``'s checkout); its result is the last line it prints,
    with the CPU time (user + system) of that process and the workers it waited for."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    done = subprocess.run([sys.executable, str(script), *arguments], capture_output=True, text=True, check=False)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"measurement {arguments} failed:\n{done.stderr}")
    result: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    result["cpu"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    result["load"] = os.getloadavg()[0]
    return result


def _copy_corpus(corpus: list[Path], count: int | None, folder: Path) -> int:
    sources = sorted(path for folder in corpus for path in folder.glob("*.pdf"))
    if not sources:
        sys.exit(f"no PDFs in {', '.join(map(str, corpus))}")
    for index in range(count or len(sources)):
        source = sources[index % len(sources)]
        shutil.copyfile(source, folder / f"{index:04d}-{source.name}")
    return len(sources)


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}x" if b else "-"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, nargs="+", default=CORPUS)
    parser.add_argument("--files", type=int, default=None, help="default: each corpus PDF once")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=3, help="each figure is the median over the rounds")
    parser.add_argument(
        "--baseline", type=Path, help="another checkout of gapcheck (say the code before a change), measured in the "
        "same interleaved rounds with its own benchmarks/bench_batch.py"
    )  # fmt: skip
    parser.add_argument(
        "--only", choices=["one", "many", "cached"], action="append", help="measure only these comparisons "
        "(one: 1 worker against bare pdfminer; many: N workers; cached: the re-run); default all"
    )  # fmt: skip
    parser.add_argument("--measure", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.measure:
        kind, *rest = args.measure
        result = measure_bare(Path(rest[0]), int(rest[1])) if kind == "bare" else measure_gapcheck(rest)
        print(json.dumps(result))
        return

    n = args.workers
    parts = args.only or ["one", "many", "cached"]
    sides = {"": Path(__file__)}
    if args.baseline is not None:
        sides[" (baseline)"] = args.baseline.resolve() / "benchmarks" / "bench_batch.py"
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        (folder := work / "resumes").mkdir()
        distinct = _copy_corpus(args.corpus, args.files, folder)
        files = len(list(folder.iterdir()))
        common = [str(folder), "-r", ROLE, "--as-of", AS_OF, "--quiet", "--max-pages", "20", "--timeout", "120"]

        def gapcheck(script: Path, workers: int, out: str, *cache: str) -> dict[str, Any]:
            arguments = [*common, "-o", str(work / out), "-j", str(workers), *cache]
            return _run("--measure", "gapcheck", *arguments, script=script)

        def one_round(number: int) -> dict[str, dict[str, Any]]:
            found: dict[str, dict[str, Any]] = {}
            if "one" in parts:
                found["bare pdfminer, 1 process"] = _run("--measure", "bare", str(folder), "1")
                for side, script in sides.items():
                    found[f"gapcheck batch{side}, 1 worker, --no-cache"] = gapcheck(script, 1, "one.csv", "--no-cache")
            if "many" in parts:
                found[f"bare pdfminer, {n} processes"] = _run("--measure", "bare", str(folder), str(n))
                for side, script in sides.items():
                    name = f"gapcheck batch{side}, {n} workers, --no-cache"
                    found[name] = gapcheck(script, n, "many.csv", "--no-cache")
            if "cached" in parts:
                for number_side, (side, script) in enumerate(sides.items()):
                    cache = ["--cache-dir", str(work / f"cache-{number}-{number_side}")]  # empty at the start
                    found[f"gapcheck batch{side}, {n} workers, first run"] = gapcheck(script, n, "first.csv", *cache)
                    found[f"gapcheck batch{side}, {n} workers, cached re-run"] = gapcheck(
                        script, n, "again.csv", *cache
                    )
            return found

        # --no-cache keeps gapcheck's own compiled data (patterns, vocabulary, TF-IDF weights; nothing from a
        # resume) as Python keeps __pycache__: a folder of this run's, warmed by one file, so every round finds it
        # as a user's second run does, whatever the user's cache folder holds
        os.environ["GAPCHECK_CACHE_DIR"] = str(work / "code-cache")
        (warm := work / "warm").mkdir()
        shutil.copyfile(next(folder.iterdir()), warm / "warm.pdf")
        for script in sides.values():
            _run("--measure", "gapcheck", str(warm), *common[1:], "-o", str(work / "warm.csv"), "--no-cache",
                 script=script)  # fmt: skip
        print(f"{files} resumes ({distinct} distinct PDFs from {', '.join(map(str, args.corpus))}), {n} workers")
        print(f"for the parallel runs; each figure is the median of {args.rounds} interleaved rounds")
        print(f"CPUs available before: {cpu_check(n):.2f} of {n}; load average {os.getloadavg()[0]:.1f}")
        rounds = [one_round(number) for number in range(args.rounds)]
        print(f"CPUs available after: {cpu_check(n):.2f} of {n}; load average {os.getloadavg()[0]:.1f}")
    results = {
        name: {
            "seconds": statistics.median(r[name]["seconds"] for r in rounds),
            "cpu": statistics.median(r[name]["cpu"] for r in rounds),
            "load": statistics.median(r[name]["load"] for r in rounds),
            "worker_mb": max(r[name]["worker_mb"] for r in rounds),
        }
        for name in rounds[0]
    }
    print(f"\n{'run':<60} {'seconds':>8} {'files/s':>8} {'CPU s':>7} {'load':>5} {'peak MB/worker':>15}")
    for name, result in results.items():
        print(
            f"{name:<60} {result['seconds']:8.2f} {files / result['seconds']:8.1f} {result['cpu']:7.2f} "
            f"{result['load']:5.1f} {result['worker_mb']:15.0f}"
        )
    print("(CPU s: user + system time of the run and its workers; load: the 1-minute load average as it ended)")
    for side in sides:
        print()
        print(f"targets{side or ' (this checkout)'}:")
        _targets(
            {name: r["seconds"] for name, r in results.items()},
            {name: r["cpu"] for name, r in results.items()},
            side,
            n,
        )
    gapcheck_runs = [r["worker_mb"] for name, r in results.items() if name.startswith("gapcheck batch,")]
    if gapcheck_runs:
        print(f"\npeak memory per worker: {max(gapcheck_runs):.0f} MB  (target < 250 MB)")


def _targets(seconds: dict[str, float], cpu: dict[str, float], side: str, n: int) -> None:
    bare_1, one = seconds.get("bare pdfminer, 1 process"), seconds.get(f"gapcheck batch{side}, 1 worker, --no-cache")
    if bare_1 is not None and one is not None:
        bare_cpu, one_cpu = cpu["bare pdfminer, 1 process"], cpu[f"gapcheck batch{side}, 1 worker, --no-cache"]
        print(
            f"  1 worker / bare pdfminer 1 process: {one:.2f} s / {bare_1:.2f} s = {_ratio(one, bare_1)}  "
            f"(target <= 1.10x; CPU time {one_cpu:.2f} s / {bare_cpu:.2f} s = {_ratio(one_cpu, bare_cpu)})"
        )
    bare_n, many = (
        seconds.get(f"bare pdfminer, {n} processes"),
        seconds.get(f"gapcheck batch{side}, {n} workers, --no-cache"),
    )
    if one is not None and many is not None and bare_1 is not None and bare_n is not None:
        print(f"  {n} workers vs 1: {one:.2f} s / {many:.2f} s = {_ratio(one, many)} faster  (target >= 1.9x; "
              f"bare pdfminer: {_ratio(bare_1, bare_n)})")  # fmt: skip
    first, again = (
        seconds.get(f"gapcheck batch{side}, {n} workers, first run"),
        seconds.get(f"gapcheck batch{side}, {n} workers, cached re-run"),
    )
    if first is not None and again is not None:
        print(f"  cached re-run vs first run: {first:.2f} s / {again:.2f} s = {_ratio(first, again)} faster  "
              "(target >= 50x)")  # fmt: skip


if __name__ == "__main__":
    main()
