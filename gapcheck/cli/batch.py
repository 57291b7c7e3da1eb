"""The commands on a cohort: batch (many resumes against roles) and compare (two batch runs)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from gapcheck.cli.options import (
    AsOfOption,
    CacheDirOption,
    FormatOption,
    MaxMemoryOption,
    NoCacheOption,
    OutputOption,
    PostingsOption,
    ResultsArgument,
    RolesDirOption,
    RolesOption,
    refuse_html,
    require_format,
    resolve_as_of,
    resolve_cache_dir,
    resolve_limits,
    resolve_roles_dirs,
    roles_and_postings,
)
from gapcheck.cli.output import ExitCode, err, escape, fatal, stderr, write
from gapcheck.errors import GapcheckError
from gapcheck.render import OutputFormat, ReportsFormat, ResultsFormat


def batch(
    paths: Annotated[
        list[str], typer.Argument(metavar="PATH", help="Resume PDFs, folders (searched recursively) or globs.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", dir_okay=False, help="Results file (.csv or .jsonl), a row per result.")
    ],
    role: RolesOption = None,
    posting: PostingsOption = None,
    results_format: Annotated[
        ResultsFormat | None,  # noqa: UP007
        typer.Option("--format", "-f", case_sensitive=False, help="Results format (default: from the --output name)."),
    ] = None,
    summary: Annotated[
        Path | None,  # noqa: UP007
        typer.Option("--summary", dir_okay=False, help="Also write a cohort summary, .md or .html (with charts)."),
    ] = None,
    workers: Annotated[
        int | None,  # noqa: UP007
        typer.Option("--workers", "-j", min=1, help="Processes reading PDFs at once (default: one per core)."),
    ] = None,
    max_pages: Annotated[
        int, typer.Option("--max-pages", min=0, help="Skip files with more pages than this (0: no limit).")
    ] = 20,
    max_size_mb: Annotated[
        float, typer.Option("--max-size-mb", min=0, help="Skip files larger than this many MB (0: no limit).")
    ] = 10.0,
    timeout: Annotated[
        float, typer.Option("--timeout", min=0, help="Seconds one file may take before it is skipped (0: no limit).")
    ] = 60.0,
    reports: Annotated[
        Path | None,  # noqa: UP007
        typer.Option("--reports", file_okay=False, help="Also write one report per resume and role into this folder."),
    ] = None,
    reports_format: Annotated[
        ReportsFormat,
        typer.Option("--reports-format", case_sensitive=False, help="Format of the --reports pages."),
    ] = ReportsFormat.markdown,
    max_memory_mb: MaxMemoryOption = 1024.0,
    resume: Annotated[
        bool, typer.Option("--resume", help="Keep the rows already in --output; check only what they lack.")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Exit 3 if any file was skipped (the results are still written in full).")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Show no progress and no closing line.")] = False,
    roles_dir: RolesDirOption = None,
    as_of: AsOfOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Check many resumes against one or more roles: a row per resume and role, and a cohort summary.

    Example: [bold]gapcheck batch cohort/ -r data-scientist -r data-engineer -o results.csv --summary summary.html[/]
    """
    from gapcheck.batch.plan import find_resumes
    from gapcheck.batch.readers import IdleReaders
    from gapcheck.batch.reports import ReportWriter
    from gapcheck.batch.resultfile import ResultsFile, results_format_for
    from gapcheck.batch.run import BatchRun
    from gapcheck.batch.summary import summary_renderer_for
    from gapcheck.pipeline import Checker

    results = ResultsFile(
        output, require_format(results_format or results_format_for(output), "--output", ".csv or .jsonl")
    )
    render_summary = require_format(summary_renderer_for(summary), "--summary", ".md or .html") if summary else None
    limits = resolve_limits(max_pages, max_size_mb, timeout, max_memory_mb)
    code = resolve_cache_dir(cache_dir)  # gapcheck's own compiled data: kept with --no-cache too
    cache = None if no_cache else code  # the profiles and read errors
    count = workers or os.cpu_count() or 1
    pages = None
    idle = None
    try:
        try:
            files, missing = find_resumes(paths), None
        except GapcheckError as exc:  # reported after the roles' errors, as before the workers started early
            files, missing = (), exc
        if files and cache is None and not resume:  # every file is read: start the workers now, to import meanwhile
            idle = IdleReaders(
                min(count, len(files)),
                max_pages=limits.max_pages,
                timeout=limits.timeout,
                max_memory=limits.max_memory,
                code_dir=code,
            ).start()
        checker = Checker(
            roles_and_postings(role, posting),
            roles_dirs=resolve_roles_dirs(roles_dir),
            cache_dir=code,
            as_of=resolve_as_of(as_of),
        )
        run = BatchRun(
            checker,
            cache_dir=cache,
            code_dir=code,
            limits=limits,
            workers=count,
            console=stderr(),
            quiet=quiet,
            idle=idle,
        )
        if missing is not None:
            raise missing
        pages = ReportWriter(reports, files, OutputFormat(reports_format.value)) if reports is not None else None
        kept_rows = results.open(resume=resume)
        checked = run.check(files, results, kept_rows, keep=render_summary is not None, reports=pages)
        results.finish()
        if summary is not None and render_summary is not None:
            write(render_summary(run.summarize(checked, kept_rows)), str(summary))
    except GapcheckError as exc:
        raise fatal(str(exc)) from None
    except KeyboardInterrupt:
        results.close()
        kept = f"{len(results.rows)} results kept in {escape(str(output))}"
        err.print(f"Interrupted: {kept}; run again with --resume to go on.")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    finally:
        if idle is not None:
            idle.close()  # those no pool took (fewer files than workers, or an error before reading)
    named, skipped = results.files()
    if not quiet:
        err.print(f"Checked {named} resumes against {len({r.id for r in checker.roles})} role(s), {skipped} skipped.")
        if pages is not None:
            err.print(f"Wrote {pages.written} report(s) to {reports}.", soft_wrap=True)
    raise typer.Exit(ExitCode.INPUT_ERROR if strict and skipped else ExitCode.OK)


def compare(
    old: ResultsArgument,
    new: ResultsArgument,
    output_format: FormatOption = OutputFormat.table,
    output: OutputOption = "-",
) -> None:
    """Show what changed between two batch runs of the same cohort, per student and per skill.

    Example: [bold]gapcheck compare before.csv after.csv --format markdown[/]
    """
    from gapcheck.batch.compare import compare_runs, read_results
    from gapcheck.render.compare import render_comparison

    refuse_html(output_format, "compare")
    try:
        comparison = compare_runs(read_results(old), read_results(new), str(old), str(new))
    except GapcheckError as exc:
        raise fatal(str(exc)) from None
    write(render_comparison(comparison, output_format), output)
