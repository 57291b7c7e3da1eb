"""Benchmark: gapcheck's own cost next to what it cannot avoid (run on demand; prints figures, asserts nothing).

    python benchmarks/bench_check.py [--resume FILE.pdf] [--two-page FILE.pdf] [--runs N] [--baseline CHECKOUT]

Each ratio is timed whole-process, both sides in the same run, interleaved run by run (so a load change on a
shared machine hits both), and each side's figure is the median of --runs runs (issue 10):
  - `gapcheck check FILE -r amazon-mle -f json` and `gapcheck extract FILE -f json` (warm cache) against a bare
    `python -c` running only pdfminer's extract_text on FILE: the example resume and a two-page corpus resume;
    target <= 1.5x;
  - `gapcheck --help` and `gapcheck check --help` against the same of a bare Typer app of the same shape
    (benchmarks/bare_typer_app.py): target <= 1.1x.
Each figure is printed with the median CPU time (user + system) of the same runs, child processes included;
on a machine without a free core CPU time is what the wall time follows. Also printed: `python -c pass`, a
check with an empty cache, the load average, whether the bare app still has gapcheck's shape, and in-process
the share of one check spent inside pdfminer. With --baseline CHECKOUT (another checkout of gapcheck, e.g. the
code before a change), its check, extract and --help run in the same interleaved rounds (from that folder, with
a cache of its own), so before and after are measured side by side.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # measure this checkout's gapcheck, not whichever copy is installed
EXAMPLE = ROOT / "examples" / "resume.pdf"
TWO_PAGE = ROOT.parent / "shared" / "corpus" / "resumes" / "rendercv__John_Doe_ClassicTheme_CV.pdf"
BARE_APP = Path(__file__).with_name("bare_typer_app.py")
AS_OF = "2026-11-01"
BARE_PDFMINER = "import sys; from pdfminer.high_level import extract_text; extract_text(sys.argv[1])"


def _environment(cache: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),  # both sides get it, so both pay the same path search
        "GAPCHECK_CACHE_DIR": cache,
        "COLUMNS": "100",
        "LANG": "C.UTF-8",
    }


Place = tuple[Path, dict[str, str]]
"""The folder a command runs in and its environment."""


def _cpu_of_children() -> float:
    """CPU seconds (user + system) of the finished child processes, theirs included (a reading child)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time_once(command: list[str], environment: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    """Wall seconds and CPU seconds of one run."""
    cpu, start = _cpu_of_children(), time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=environment, cwd=cwd)
    return time.perf_counter() - start, _cpu_of_children() - cpu


def _interleaved(
    commands: dict[str, list[str]],
    runs: int,
    environment: dict[str, str],
    places: dict[str, tuple[Path, dict[str, str]]],
) -> dict[str, tuple[float, float]]:
    """Median wall and CPU seconds of each command; every round runs each command once, in the order given.

    ``places`` gives some commands another folder and environment (the baseline checkout's)."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            cwd, env = places.get(name, (ROOT, environment))
            times[name].append(_time_once(command, env, cwd))
    return {
        name: (statistics.median(v[0] for v in values), statistics.median(v[1] for v in values))
        for name, values in times.items()
    }


def _pdfminer_share(resume: Path) -> tuple[float, float]:
    """In-process, imports already paid: seconds of one check and of its text extraction."""
    from gapcheck.filetext import extract_text
    from gapcheck.pipeline import Checker

    checker = Checker(["amazon-mle"], cache_dir=Path(tempfile.mkdtemp()))
    checker.compare(checker.read(resume))  # warm-up
    total, text = [], []
    for _ in range(5):
        start = time.perf_counter()
        extract_text(resume)
        middle = time.perf_counter()
        checker.compare(checker.read(resume))
        total.append(time.perf_counter() - middle)
        text.append(middle - start)
    return statistics.median(total), statistics.median(text)


def _shape(app: object) -> dict[str, list[str]]:
    """Command path -> its options and arguments, as Click sees them."""
    import typer

    found: dict[str, list[str]] = {}

    def walk(command: object, path: str) -> None:
        found[path] = sorted(opt for param in getattr(command, "params", []) for opt in param.opts)
        for name, sub in getattr(command, "commands", {}).items():
            walk(sub, f"{path} {name}".strip())

    walk(typer.main.get_command(app), "")  # type: ignore[arg-type]
    return found


def _shape_drift() -> list[str]:
    import importlib.util

    from gapcheck.cli import app

    spec = importlib.util.spec_from_file_location("bare_typer_app", BARE_APP)
    assert spec is not None and spec.loader is not None
    bare = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bare)
    ours, theirs = _shape(app), _shape(bare.app)
    return [
        f"  {path or '(top)'}: gapcheck {ours.get(path)} vs bare {theirs.get(path)}"
        for path in sorted(set(ours) | set(theirs))
        if ours.get(path) != theirs.get(path)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resume", type=Path, default=EXAMPLE)
    parser.add_argument("--two-page", type=Path, default=TWO_PAGE, help="a two-page resume (skipped if absent)")
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--baseline", type=Path, help="another gapcheck checkout, timed in the same rounds")
    args = parser.parse_args()
    python = sys.executable
    gapcheck = [python, "-m", "gapcheck"]
    resumes = {"example": args.resume.resolve()}
    if args.two_page.is_file():
        resumes["two-page"] = args.two_page.resolve()
    else:
        print(f"(no two-page resume at {args.two_page}; its rows are left out)")

    commands: dict[str, list[str]] = {"python -c pass": [python, "-c", "pass"]}
    ratios: list[tuple[str, str, str, float]] = []  # (label, ours, baseline, target)
    for label, path in resumes.items():
        bare = f"bare pdfminer extract_text, {label}"
        commands[bare] = [python, "-c", BARE_PDFMINER, str(path)]
        for verb, extra in (("check", ["-r", "amazon-mle"]), ("extract", [])):
            name = f"gapcheck {verb} -f json, {label}"
            commands[name] = [*gapcheck, verb, str(path), *extra, "-f", "json", "--as-of", AS_OF]
            ratios.append((f"{verb} {label} / bare pdfminer", name, bare, 1.5))
    for words in ([], ["check"]):
        ours, bare = f"gapcheck {' '.join([*words, '--help'])}", f"bare Typer app {' '.join([*words, '--help'])}"
        commands[bare] = [python, str(BARE_APP), *words, "--help"]
        commands[ours] = [*gapcheck, *words, "--help"]
        ratios.append((f"{' '.join(['gapcheck', *words, '--help'])} / bare Typer app", ours, bare, 1.1))

    load_before = os.getloadavg()
    with (
        tempfile.TemporaryDirectory() as cache,
        tempfile.TemporaryDirectory() as cold_cache,
        tempfile.TemporaryDirectory() as baseline_cache,
    ):
        environment = _environment(cache)
        places: dict[str, Place] = {}
        if args.baseline is not None:
            baseline = args.baseline.resolve()
            place = (baseline, {**_environment(baseline_cache), "PYTHONPATH": str(baseline)})
            for label, ours, bare, target in list(ratios):
                name = f"{ours} (baseline)"
                commands[name], places[name] = commands[ours], place
                first, _, second = label.partition(" / ")
                ratios.append((f"{first} baseline / {second}", name, bare, target))
        check = [*gapcheck, "check", str(resumes["example"]), "-r", "amazon-mle", "-f", "json", "--as-of", AS_OF]
        cold, _ = _time_once(check, _environment(cold_cache))
        for name, command in commands.items():  # warm the caches and the OS's file cache
            cwd, env = places.get(name, (ROOT, environment))
            _time_once(command, env, cwd)
        medians = _interleaved(commands, args.runs, environment, places)
    load_after = os.getloadavg()

    print(f"median of {args.runs} interleaved runs; load average {load_before[0]:.1f} before, "
          f"{load_after[0]:.1f} after, on {os.cpu_count()} CPUs")  # fmt: skip
    print(f"  {'':<55} {'wall':>7}    {'CPU':>5}")
    for name, (seconds, cpu) in medians.items():
        print(f"  {name:<55} {seconds * 1000:7.0f} ms {cpu * 1000:5.0f} ms")
    print(f"  {'gapcheck check, empty cache (1 run)':<55} {cold * 1000:7.0f} ms")
    print("\nratio (wall; CPU beside)                              ours   baseline   ratio  target   CPU ratio")
    for label, ours, bare, target in ratios:
        ratio = medians[ours][0] / medians[bare][0]
        verdict = "ok" if ratio <= target else "MISSED"
        print(f"  {label:<48} {medians[ours][0] * 1000:6.0f} ms {medians[bare][0] * 1000:6.0f} ms"
              f"  {ratio:5.2f}x  <= {target}x {verdict:<6}  {medians[ours][1] / medians[bare][1]:5.2f}x")  # fmt: skip
    drift = _shape_drift()
    print("\nbare Typer app has gapcheck's shape" if not drift else "\nbare Typer app differs from gapcheck:")
    print("\n".join(drift))
    total, text = _pdfminer_share(resumes["example"])
    print(f"in-process check {total * 1000:.0f} ms, of which pdfminer text {text * 1000:.0f} ms ({text / total:.0%})")


if __name__ == "__main__":
    main()
