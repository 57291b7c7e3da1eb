"""Fuzz gapcheck with hostile and mutated input (run on demand; prints figures; POSIX only).

    python benchmarks/fuzz.py [--mutations 3000] [--timeout 10] [--seed 9] [--short] [--keep DIR]

Builds the hostile classes of issue 9 (a page whose resources form a cycle, a flate stream of 1 GiB of zeros,
200,000 tiny text objects, one 1 MB word, 6,000 date lines, a FIFO named x.pdf, deep nesting, a page tree of
100,000 pages, Word and text files of every bad kind, role files with alias bombs, duplicate keys, .inf/.nan and
400-digit numbers, rich markup in resume text, role ids and paths) and mutated copies of small resume PDFs (byte
flips, truncation, deleted, repeated and swapped chunks, inserted PDF tokens, huge numbers). Each case runs the
command a user would (``extract -f json``, ``check``, ``roles show``) through Typer's runner in a forked child, and
is classified:

- ok: exit 0 (JSON output must parse strictly: NaN or Infinity count as a crash);
- documented error: exit 2 or 3 with no traceback;
- crash: exit 1, a traceback, invalid JSON, or the child killed by a signal;
- hang: still running ``--timeout`` plus a grace period after it started (the child is killed).

Peak memory is the largest resident size of a case's process and its children (``wait4``). The command gets
``--timeout`` (and ``--max-memory-mb`` when it has them), so the same script measures code without limits
("before") and with them ("after"). A safety cap on address space (``--backstop-mb``) keeps a run without limits
from taking the machine down; a case reaching it shows as peak memory near that figure.

``--short`` runs a few hundred cheap cases in well under a minute (tests/test_fuzz.py runs it).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import resource
import signal
import sys
import tempfile
import time
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]  # this checkout's gapcheck; tests/pdfs.py builds the base PDFs

from pdfs import make_pdf, make_two_column_pdf, raw_pdf  # noqa: E402

GRACE = 10.0
"""Seconds past the time limit before a case counts as a hang (process start-up on a loaded machine)."""


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    args: tuple[str, ...]
    """Command-line arguments after ``gapcheck``; ``{path}`` is the case's file."""


@dataclass(frozen=True)
class Outcome:
    case: Case
    verdict: str
    seconds: float
    peak_mb: float
    detail: str


# --- building files ---------------------------------------------------------------------------------


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"


def stream(body: bytes, extra: bytes = b"", *, compress: bool = False) -> bytes:
    if compress:
        body = zlib.compress(body, 9)
        extra += b" /Filter /FlateDecode"
    return b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(body), extra, body)


def page_pdf(
    content: bytes, *, compress: bool = True, resources: bytes | None = None, extra: Sequence[bytes] = ()
) -> bytes:
    resources = resources or b"<< /Font << /F1 4 0 R >> >>"
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R /Resources %s >>" % resources,
            _FONT,
            stream(content, compress=compress),
            *extra,
        ]
    )


def text_ops(lines: Sequence[str], size: float = 10, leading: float = 12) -> bytes:
    ops = [b"BT", b"/F1 %g Tf" % size, b"%g TL" % leading, b"54 760 Td"]
    for line in lines:
        safe = line.encode("cp1252", "replace").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(" + safe + b") Tj T*")
    ops.append(b"ET")
    return b"\n".join(ops)


RESUME_LINES = (
    "Dana Fuzz",
    "dana@example.com",
    "EXPERIENCE",
    "Data Scientist, Example Corp   Jan 2021 - Present",
    "- Built forecasting models in Python and SQL",
    "EDUCATION",
    "M.S. in Statistics, Example University, 2020",
    "SKILLS",
    "Python, SQL, Tableau, machine learning",
)


def resources_cycle() -> bytes:
    # the page's /Resources is a reference to an object that is a reference back to itself
    return page_pdf(text_ops(RESUME_LINES), resources=b"6 0 R", extra=[b"7 0 R", b"6 0 R"])


def flate_bomb(size: int) -> bytes:
    packer = zlib.compressobj(9)
    chunk = b"0" * (1 << 20)
    body = b"".join(packer.compress(chunk) for _ in range(size >> 20)) + packer.flush()
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>",
            _FONT,
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(body), body),
        ]
    )


def tiny_text_objects(count: int) -> bytes:
    ops = b"\n".join(b"BT /F1 1 Tf %d %d Td (a) Tj ET" % (i % 600, (i // 600) % 790) for i in range(count))
    return page_pdf(ops)


def one_long_word(size: int) -> bytes:
    return page_pdf(b"BT /F1 10 Tf 54 700 Td (" + b"w" * size + b") Tj ET")


def date_lines(count: int) -> bytes:
    ops = [b"BT /F1 1 Tf"]
    for i in range(count):
        ops.append(b"1 0 0 1 %d %d Tm (Jan %d - Present) Tj" % (400 + (i % 3) * 60, 780 - (i % 700), 2000 + i % 25))
    ops.append(b"ET")
    return page_pdf(b"\n".join(ops))


def deep_nesting(depth: int) -> bytes:
    return page_pdf(text_ops(RESUME_LINES) + b"\n" + b"[" * depth + b"]" * depth + b" pop")


def many_pages(count: int) -> bytes:
    kids = b" ".join(b"3 0 R" for _ in range(count))
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>",
            _FONT,
            stream(text_ops(RESUME_LINES)),
        ]
    )


def page_tree_cycle() -> bytes:
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 5 0 R "
            b"/Resources << /Font << /F1 4 0 R >> >> >>",
            _FONT,
            stream(text_ops(RESUME_LINES)),
        ]
    )


def docx_bytes(paragraphs: Sequence[str]) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_bomb(size: int) -> bytes:
    """A .docx whose document.xml expands to ``size`` bytes of one paragraph."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx_bytes(RESUME_LINES))) as source,
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                head, _, tail = data.partition(b"<w:body>")
                filler = b"<w:p><w:r><w:t>" + b"a" * size + b"</w:t></w:r></w:p>"
                data = head + b"<w:body>" + filler + tail
            target.writestr(item, data)
    return buffer.getvalue()


def zip_with(names: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in names.items():
            archive.writestr(name, data)
    return buffer.getvalue()


ROLE = """title: Fuzz Analyst
level: entry
source: "fuzz"
skills:
  required: [python, sql]
experience:
  - {label: "2+ years", years: 2, required: true, skills: [python]}
degree: {minimum: bachelor}
"""


def role_files() -> dict[str, str]:
    return {
        "alias-bomb.yaml": _bomb_in("summary", 9),
        "alias-bomb-skills.yaml": _bomb_in("skills", 9).replace("skills:\n  required: [python, sql]\n", ""),
        "duplicate-keys.yaml": ROLE + "title: Other\n",
        "inf-years.yaml": ROLE.replace("years: 2", "years: .inf"),
        "nan-years.yaml": ROLE.replace("years: 2", "years: .nan"),
        "huge-years.yaml": ROLE.replace("years: 2", "years: " + "9" * 400),
        "huge-salary.yaml": ROLE + "salary: {base_usd_min: " + "9" * 400 + ", base_usd_max: 1}\n",
        "nan-salary.yaml": ROLE + "salary: {base_usd_min: .nan, base_usd_max: .inf}\n",
        "big.yaml": ROLE + "summary: '" + "x" * (3 << 20) + "'\n",
        "[bold]markup[/].yaml": ROLE.replace("Fuzz Analyst", "'[/] [red]Analyst[/red] [p.11]'"),
        "deep.yaml": ROLE + "summary: " + "[" * 5000 + "]" * 5000 + "\n",
        "tags.yaml": ROLE + "summary: !!python/object/apply:os.system ['echo pwned']\n",
        "binary.yaml": ROLE + "summary: !!binary AAAA\n",
        "latin1.yaml": (ROLE + "summary: caf\xe9\n"),
    }


def _markup_lines() -> list[str]:
    """Rich markup where the table output shows it: a position's title and a skill's evidence line."""
    return [
        line.replace("Data Scientist", "Data Scientist [/] [p.11]").replace("Built", "Built [bold]")
        for line in RESUME_LINES
    ]


def _bomb_in(key: str, levels: int) -> str:
    """A "billion laughs" tree: each level holds nine references to the one below."""
    chain = "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    for i in range(1, levels):
        chain += f"l{i}: &l{i} [" + ", ".join([f"*l{i - 1}"] * 9) + "]\n"
    return ROLE + chain + f"{key}: *l{levels - 1}\n"


# --- mutations --------------------------------------------------------------------------------------

_TOKENS = (
    b"<<",
    b">>",
    b"[",
    b"]",
    b"(",
    b")",
    b"R",
    b" 0 R",
    b"obj",
    b"endobj",
    b"stream",
    b"endstream",
    b"/Length 0",
    b"/Length 999999999",
    b"-1",
    b"99999999999999999999",
    b"1e308",
    b"/Type /Pages",
    b"/Kids [3 0 R 3 0 R]",
    b"/Filter /FlateDecode",
    b"/Filter /LZWDecode",
    b"/Filter /RunLengthDecode",
    b"/Predictor 15",
    b"BT",
    b"ET",
    b"Tj",
    b"TJ",
    b"Td",
    b"cm",
    b"Do",
    b"q",
    b"Q",
    b"/F1 0 Tf",
    b"/F1 1e30 Tf",
    b"xref",
    b"trailer",
    b"startxref",
    b"%%EOF",
    b"\x00",
    b"\xff\xfe",
    b"/Encrypt 1 0 R",
    b"/Parent 3 0 R",
    b"/Resources 3 0 R",
    b"/Count -5",
)


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    kind = rng.choice(("flip", "truncate", "delete", "repeat", "insert", "swap", "number"))
    buf = bytearray(data)
    n = len(buf)
    if kind == "flip":
        for _ in range(rng.randint(1, 12)):
            buf[rng.randrange(n)] = rng.randrange(256)
    elif kind == "truncate":
        del buf[rng.randrange(n) :]
    elif kind == "delete":
        start = rng.randrange(n)
        del buf[start : start + rng.randint(1, 400)]
    elif kind == "repeat":
        start = rng.randrange(n)
        chunk = buf[start : start + rng.randint(1, 400)]
        buf[start:start] = chunk * rng.randint(1, 20)
    elif kind == "insert":
        for _ in range(rng.randint(1, 5)):
            at = rng.randrange(n)
            buf[at:at] = b" " + rng.choice(_TOKENS) + b" "
    elif kind == "swap":
        a, b = sorted(rng.randrange(n) for _ in range(2))
        size = rng.randint(1, 200)
        buf[a : a + size], buf[b : b + size] = buf[b : b + size], buf[a : a + size]
    else:
        digits = [i for i in range(n) if 48 <= buf[i] <= 57]
        if digits:
            at = rng.choice(digits)
            buf[at : at + 1] = rng.choice((b"0", b"-1", b"9999999", b"99999999999999999999", b"3.5e300", b"1"))
    return kind, bytes(buf)


def base_pdfs(folder: Path) -> list[bytes]:
    lines = [*RESUME_LINES, "Senior Analyst, Other Co >> Mar 2018 - Dec 2020", "- Dashboards in Tableau"]
    bases = [
        make_pdf(folder / "base1.pdf", lines).read_bytes(),
        make_two_column_pdf(folder / "base2.pdf", ["SKILLS", "Python", "SQL", "R"], list(lines)).read_bytes(),
        page_pdf(text_ops(lines), compress=False),
    ]
    example = ROOT / "examples" / "resume.pdf"
    if example.is_file():
        bases.append(example.read_bytes())
    return bases


# --- cases ------------------------------------------------------------------------------------------

EXTRACT = ("extract", "{path}", "-f", "json", "--as-of", "2026-11-01")
CHECK_TABLE = ("check", "{path}", "--role", "data-scientist", "--as-of", "2026-11-01")


def build_cases(
    folder: Path, *, mutations: int, seed: int, short: bool
) -> Iterator[tuple[Case, Callable[[Path], None]]]:
    def data(content: bytes) -> Callable[[Path], None]:
        return lambda path: path.write_bytes(content)

    def text(content: str, encoding: str = "utf-8") -> Callable[[Path], None]:
        return lambda path: path.write_bytes(content.encode(encoding))

    def fifo(path: Path) -> None:
        os.mkfifo(path)

    hostile: list[tuple[str, str, tuple[str, ...], Callable[[Path], None]]] = [
        ("resources-cycle.pdf", "hang", EXTRACT, data(resources_cycle())),
        ("deep-nesting.pdf", "crash", EXTRACT, data(deep_nesting(100_000))),
        ("page-tree-cycle.pdf", "crash", EXTRACT, data(page_tree_cycle())),
        ("many-pages.pdf", "size", EXTRACT, data(many_pages(100_000))),
        ("x.pdf", "fifo", EXTRACT, fifo),
        ("fifo-check.pdf", "fifo", CHECK_TABLE, fifo),
        ("empty.pdf", "format", EXTRACT, data(b"")),
        ("html.pdf", "format", EXTRACT, data(b"<!doctype html><html><body>CV</body></html>")),
        ("old-word.doc", "format", EXTRACT, data(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2000)),
        ("odt.odt", "format", EXTRACT, data(zip_with({"mimetype": b"application/vnd.oasis.opendocument.text"}))),
        ("resume.docx", "word", EXTRACT, data(docx_bytes(RESUME_LINES))),
        ("broken.docx", "word", EXTRACT, data(zip_with({"word/document.xml": b"<w:document"}))),
        ("not-zip.docx", "word", EXTRACT, data(b"PK\x03\x04" + b"\0" * 100)),
        ("markup.txt", "markup", CHECK_TABLE, text("\n".join([*RESUME_LINES, "[/] closes [p.11] and [bold]x[/bold]"]))),
        (
            "markup.pdf",
            "markup",
            CHECK_TABLE,
            data(page_pdf(text_ops([*RESUME_LINES, "Built [/] things in SQL [p.11]"]))),
        ),
        ("markup-title.txt", "markup", ("extract", "{path}"), text("\n".join(_markup_lines()))),
        ("[red]name[/].pdf", "markup", CHECK_TABLE, data(page_pdf(text_ops(RESUME_LINES)))),
        ("markup-extract.txt", "markup", ("extract", "{path}"), text("\n".join([*RESUME_LINES, "Skills: [/] [p.11]"]))),
        ("nul.txt", "format", EXTRACT, data(b"\0" * 5000)),
        ("latin1.txt", "format", EXTRACT, text("\n".join(RESUME_LINES) + "\ncaf\xe9", "latin-1")),
        ("turkish.txt", "dates", EXTRACT, text("\n".join([*RESUME_LINES, "Analyst, Firma   Dıc 2019 – Present"]))),
    ]
    for name, content in role_files().items():
        hostile.append((name, "role", ("roles", "show", "{path}"), text(content)))
    hostile.append(("fifo-role.yaml", "role", ("roles", "show", "{path}"), fifo))
    if not short:
        hostile += [
            ("flate-bomb.pdf", "memory", EXTRACT, data(flate_bomb(1 << 30))),
            ("tiny-text-objects.pdf", "memory", EXTRACT, data(tiny_text_objects(200_000))),
            ("one-long-word.pdf", "memory", EXTRACT, data(one_long_word(1 << 20))),
            ("date-lines.pdf", "hang", EXTRACT, data(date_lines(6_000))),
            ("docx-bomb.docx", "memory", EXTRACT, data(docx_bomb(200 << 20))),
            ("huge-line.txt", "memory", EXTRACT, data(b"python " * (1 << 20))),
        ]
    else:
        hostile += [
            ("flate-bomb-small.pdf", "memory", EXTRACT, data(flate_bomb(96 << 20))),
            ("one-long-word-small.pdf", "memory", EXTRACT, data(one_long_word(50_000))),
        ]
    for name, kind, args, build in hostile:
        yield Case(name, kind, args), build

    rng = random.Random(seed)
    bases = base_pdfs(folder)
    for i in range(mutations):
        base = i % len(bases)
        how, mutated = mutate(bases[base], rng)
        args = CHECK_TABLE if i % 10 == 0 else EXTRACT
        yield Case(f"mutant-{i:05d}-b{base}-{how}.pdf", "mutant", args), data(mutated)


# --- running ----------------------------------------------------------------------------------------


def _supported(command: Sequence[str]) -> set[str]:
    import typer

    from gapcheck.cli import app

    group = typer.main.get_command(app)
    names = list(command)
    cmd = group
    while names and hasattr(cmd, "commands") and names[0] in cmd.commands:  # type: ignore[attr-defined]
        cmd = cmd.commands[names.pop(0)]  # type: ignore[attr-defined]
    return {opt for param in cmd.params for opt in getattr(param, "opts", [])}


def _child(case: Case, path: Path, limit_args: list[str], out_fd: int, backstop_mb: int) -> None:
    os.setpgid(0, 0)
    if backstop_mb:
        resource.setrlimit(resource.RLIMIT_AS, (backstop_mb << 20, backstop_mb << 20))
    verdict, detail = "crash", ""
    try:
        from typer.testing import CliRunner

        from gapcheck.cli import app

        args = [a.replace("{path}", str(path)) for a in case.args] + limit_args
        result = CliRunner().invoke(app, args)
        stderr = result.stderr if hasattr(result, "stderr") else ""
        output = result.stdout + stderr
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            verdict, detail = "crash", f"{type(result.exception).__name__}: {result.exception}"[:300]
        elif "Traceback" in output:
            verdict, detail = "crash", "traceback printed"
        elif result.exit_code == 0:
            verdict = "ok"
            if "json" in case.args:
                try:
                    json.loads(result.stdout, parse_constant=_reject)
                except ValueError as exc:
                    verdict, detail = "crash", f"invalid JSON: {exc}"[:300]
        elif result.exit_code in (2, 3):
            lines = [line for line in stderr.splitlines() if line.strip()]
            verdict, detail = "error", (lines[0] if lines else output.strip().splitlines()[0] if output.strip() else "")
            if len(lines) > 1 and result.exit_code == 3:
                detail = f"[{len(lines)} lines] " + detail
        else:
            verdict, detail = "crash", f"exit {result.exit_code}: {output.strip()[-300:]}"
    except BaseException as exc:  # noqa: BLE001 - the harness reports whatever happened
        verdict, detail = "crash", f"{type(exc).__name__}: {exc}"[:300]
    os.write(out_fd, json.dumps([verdict, detail]).encode()[:4000])
    os._exit(0)


def _reject(constant: str) -> None:
    raise ValueError(f"{constant} is not JSON")


def run_case(case: Case, path: Path, limit_args: list[str], hang_after: float, backstop_mb: int) -> Outcome:
    read_fd, write_fd = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        _child(case, path, limit_args, write_fd, backstop_mb)
    os.close(write_fd)
    status, usage, killed = 0, None, False
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - started > hang_after:
            os.killpg(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            killed = True
            break
        time.sleep(0.01)
    with os.fdopen(read_fd, "rb") as pipe:
        report = pipe.read()
    seconds = time.monotonic() - started
    with _suppress():
        os.killpg(pid, signal.SIGKILL)  # grandchildren a crashed case left behind
    peak = usage.ru_maxrss / (1024 if sys.platform != "darwin" else 1 << 20) if usage else 0.0
    if killed:
        return Outcome(case, "hang", seconds, peak, f"killed after {seconds:.0f} s")
    if not report:
        return Outcome(case, "crash", seconds, peak, f"child ended without a report (status {status})")
    verdict, detail = json.loads(report)
    return Outcome(case, verdict, seconds, peak, detail)


class _suppress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return True


def run(
    *, mutations: int, timeout: float, seed: int, short: bool, keep: Path | None, backstop_mb: int, verbose: bool
) -> dict[str, object]:
    import gapcheck.cli  # noqa: F401 - imported once here, so every forked case starts warm
    import gapcheck.pipeline  # noqa: F401

    limits = {"--timeout": f"{timeout:g}", "--max-memory-mb": "1024"}
    outcomes: list[Outcome] = []
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="gapcheck-fuzz-") as tmp:
        folder = Path(tmp)
        os.environ["GAPCHECK_CACHE_DIR"] = str(folder / "cache")
        _warm_cache()
        supported: dict[tuple[str, ...], list[str]] = {}
        for case, build in build_cases(folder, mutations=mutations, seed=seed, short=short):
            path = folder / "cases" / case.name
            path.parent.mkdir(exist_ok=True)
            build(path)
            command = case.args[:2] if case.args[0] == "roles" else case.args[:1]
            if command not in supported:
                opts = _supported(command)
                supported[command] = [x for k, v in limits.items() if k in opts for x in (k, v)]
            outcome = run_case(case, path, supported[command], timeout + GRACE, backstop_mb)
            outcomes.append(outcome)
            if verbose or outcome.verdict in ("crash", "hang") or case.kind != "mutant":
                print(f"{outcome.verdict:<6} {outcome.seconds:6.1f}s {outcome.peak_mb:7.0f}MB  {case.name}: "
                      f"{outcome.detail}", flush=True)  # fmt: skip
            if keep is not None and outcome.verdict in ("crash", "hang") and not path.is_fifo():
                keep.mkdir(parents=True, exist_ok=True)
                (keep / case.name).write_bytes(path.read_bytes())
            if path.is_fifo() or path.stat().st_size > 1 << 20:
                path.unlink()
    counts = Counter(o.verdict for o in outcomes)
    peak = max(outcomes, key=lambda o: o.peak_mb)
    summary = {
        "cases": len(outcomes),
        "ok": counts["ok"],
        "documented_errors": counts["error"],
        "crashes": counts["crash"],
        "hangs": counts["hang"],
        "peak_memory_mb": round(peak.peak_mb),
        "peak_memory_case": peak.case.name,
        "limits": sorted({" ".join(v) for v in supported.values()}),
        "seconds": round(time.monotonic() - started, 1),
    }
    return summary


def _warm_cache() -> None:
    """Fit the TF-IDF weights once, so the check cases do not each pay for it."""
    from gapcheck.pipeline import Checker

    cache = Path(os.environ["GAPCHECK_CACHE_DIR"])
    Checker(["data-scientist"], cache_dir=cache)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutations", type=int, default=3000, help="mutated PDFs (default 3000)")
    parser.add_argument("--timeout", type=float, default=10.0, help="the time limit given to gapcheck (seconds)")
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--short", action="store_true", help="cheap hostile cases and 250 mutations")
    parser.add_argument("--keep", type=Path, help="copy crashing and hanging cases into this folder")
    parser.add_argument("--backstop-mb", type=int, default=4096, help="address-space cap of each case (0: none)")
    parser.add_argument("--verbose", "-v", action="store_true", help="print every case")
    args = parser.parse_args()
    mutations = 250 if args.short else args.mutations
    summary = run(mutations=mutations, timeout=args.timeout, seed=args.seed, short=args.short, keep=args.keep,
                  backstop_mb=args.backstop_mb, verbose=args.verbose)  # fmt: skip
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
