"""A bare Typer app of gapcheck's shape, for bench_check.py: the same commands, options, types and help, no work.

`gapcheck --help` and `gapcheck check --help` are timed against `python bare_typer_app.py --help` and
`... check --help`; bench_check.py compares the two apps' commands and options and says when they drift apart.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    no_args_is_help=True,
    rich_markup_mode="rich",
    pretty_exceptions_show_locals=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="Check a resume against a job role: skills, experience and degree gaps, with evidence.",
)
roles_app = typer.Typer(no_args_is_help=True, help="List and show the role profiles.")
app.add_typer(roles_app, name="roles")


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"


class ResultsFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"


class ReportsFormat(str, Enum):
    markdown = "markdown"
    html = "html"


RoleOption = Annotated[
    str, typer.Option("--role", "-r", help="Role id (see [bold]gapcheck roles list[/]) or path to a role YAML file.")
]
FormatOption = Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)]
OutputOption = Annotated[
    str, typer.Option("--output", "-o", help="Write the report to this file instead of stdout ('-').")
]
RolesDirOption = Annotated[
    Path | None,
    typer.Option(
        "--roles-dir",
        envvar="GAPCHECK_ROLES_DIR",
        file_okay=False,
        dir_okay=True,
        exists=True,
        help="Folder of your own role files; they add to the bundled roles and override same-named ones.",
    ),
]
AsOfOption = Annotated[
    dt.datetime | None,
    typer.Option("--as-of", formats=["%Y-%m-%d"], help="Date that 'Present' means on the resume (default: today)."),
]
CacheDirOption = Annotated[
    Path | None,
    typer.Option(
        "--cache-dir", envvar="GAPCHECK_CACHE_DIR", file_okay=False, help="Cache folder (default: user cache)."
    ),
]
NoCacheOption = Annotated[bool, typer.Option("--no-cache", help="Do not read or write the cache.")]
ResumeArgument = Annotated[
    Path, typer.Argument(exists=True, file_okay=True, dir_okay=False, help="Resume PDF (or .txt) file.")
]


PostingsOption = Annotated[
    list[str] | None,
    typer.Option("--posting", "-p", help="Job posting file (.txt, .md, .html, .pdf) to check against; repeatable."),
]
MaxPagesOption = Annotated[
    int, typer.Option("--max-pages", min=0, help="Refuse resumes with more pages than this (0: no limit).")
]
MaxSizeOption = Annotated[
    float, typer.Option("--max-size-mb", min=0, help="Refuse resume files larger than this many MB (0: no limit).")
]
TimeoutOption = Annotated[
    float,
    typer.Option("--timeout", min=0, help="Seconds reading one resume may take before it is stopped (0: no limit)."),
]
MaxMemoryOption = Annotated[
    float,
    typer.Option("--max-memory-mb", min=0, help="Memory the process reading a resume may use, in MB (0: no limit)."),
]


def _version(value: bool) -> None:
    if value:
        raise typer.Exit()


@app.callback()
def main_callback(
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show debug logs on stderr.")] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """gapcheck: what stands between a resume and a job. Everything runs locally; resumes never leave the machine."""


@app.command()
def check(
    resume: ResumeArgument,
    role: RoleOption,
    output_format: FormatOption = OutputFormat.table,
    output: OutputOption = "-",
    roles_dir: RolesDirOption = None,
    as_of: AsOfOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", min=0.0, max=1.0, help="Exit 4 when the score is below this (0 to 1)."),
    ] = None,
    fail_on_gaps: Annotated[
        bool, typer.Option("--fail-on-gaps", help="Exit 4 when a required skill, experience or degree is missing.")
    ] = False,
    posting: PostingsOption = None,
    max_pages: MaxPagesOption = 20,
    max_size_mb: MaxSizeOption = 10.0,
    timeout: TimeoutOption = 60.0,
    max_memory_mb: MaxMemoryOption = 1024.0,
) -> None:
    """Check one resume against one role and print the gap report.

    Example: [bold]gapcheck check resume.pdf --role amazon-mle --format json[/]
    """


@app.command()
def extract(
    resume: ResumeArgument,
    output_format: FormatOption = OutputFormat.table,
    output: OutputOption = "-",
    as_of: AsOfOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
    max_pages: MaxPagesOption = 20,
    max_size_mb: MaxSizeOption = 10.0,
    timeout: TimeoutOption = 60.0,
    max_memory_mb: MaxMemoryOption = 1024.0,
) -> None:
    """Show what gapcheck reads from a resume: skills with evidence, positions, degrees, reading notes.

    Example: [bold]gapcheck extract resume.pdf --format json[/]
    """


@app.command()
def match(
    resume: ResumeArgument,
    top: Annotated[int, typer.Option("--top", "-n", min=0, help="Show only the best N roles (0: all).")] = 0,
    posting: PostingsOption = None,
    output_format: FormatOption = OutputFormat.table,
    output: OutputOption = "-",
    roles_dir: RolesDirOption = None,
    as_of: AsOfOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
) -> None:
    """Check one resume against every known role (and any postings), best first, with the ML engineer ladder.

    Example: [bold]gapcheck match resume.pdf --top 5 --posting acme-posting.md[/]
    """


@roles_app.command("list")
def roles_list(output_format: FormatOption = OutputFormat.table, roles_dir: RolesDirOption = None) -> None:
    """List the role profiles (bundled and your own).

    Example: [bold]gapcheck roles list --format json[/]
    """


@roles_app.command("show")
def roles_show(
    role: Annotated[str, typer.Argument(help="Role id or path to a role YAML file.")],
    output_format: FormatOption = OutputFormat.table,
    roles_dir: RolesDirOption = None,
) -> None:
    """Show one role profile: requirements, experience, degree, source and salary facts.

    Example: [bold]gapcheck roles show bofa-ds-mle[/]
    """


@roles_app.command("from-posting")
def roles_from_posting(
    posting: Annotated[
        str, typer.Argument(metavar="POSTING", help="Job posting: a .txt, .md, .html or .pdf file, or '-' for stdin.")
    ],
    role_id: Annotated[
        str | None, typer.Option("--id", help="Role id (default: the --output file name, else made from the title).")
    ] = None,
    output: OutputOption = "-",
    output_format: FormatOption = OutputFormat.table,
    index: Annotated[int | None, typer.Option("--index", min=1, help="Which posting (1 = first) of a file.")] = None,
) -> None:
    """Turn a job posting into a role profile: required and preferred skills, years, degree.

    Example: [bold]gapcheck roles from-posting posting.md -o my-roles/acme-data-engineer.yaml[/]
    """


@app.command()
def batch(
    paths: Annotated[
        list[str], typer.Argument(metavar="PATH", help="Resume PDFs, folders (searched recursively) or globs.")
    ],
    role: Annotated[
        list[str], typer.Option("--role", "-r", help="Role id or path to a role YAML file; repeat for more roles.")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", dir_okay=False, help="Results file (.csv or .jsonl), a row per result.")
    ],
    results_format: Annotated[
        ResultsFormat | None,
        typer.Option("--format", "-f", case_sensitive=False, help="Results format (default: from the --output name)."),
    ] = None,
    summary: Annotated[
        Path | None,
        typer.Option("--summary", dir_okay=False, help="Also write a cohort summary, .md or .html (with charts)."),
    ] = None,
    workers: Annotated[
        int | None,
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
        Path | None,
        typer.Option("--reports", file_okay=False, help="Also write one report per resume and role into this folder."),
    ] = None,
    reports_format: Annotated[
        ReportsFormat,
        typer.Option("--reports-format", case_sensitive=False, help="Format of the --reports pages."),
    ] = ReportsFormat.markdown,
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
    posting: PostingsOption = None,
    max_memory_mb: MaxMemoryOption = 1024.0,
) -> None:
    """Check many resumes against one or more roles: a row per resume and role, and a cohort summary.

    Example: [bold]gapcheck batch cohort/ -r data-scientist -r data-engineer -o results.csv --summary summary.html[/]
    """


ResultsArgument = Annotated[
    Path, typer.Argument(exists=True, dir_okay=False, help="Results file of a gapcheck batch run (.csv or .jsonl).")
]


@app.command()
def compare(
    old: ResultsArgument,
    new: ResultsArgument,
    output_format: FormatOption = OutputFormat.table,
    output: OutputOption = "-",
) -> None:
    """Show what changed between two batch runs of the same cohort, per student and per skill.

    Example: [bold]gapcheck compare before.csv after.csv[/]
    """


if __name__ == "__main__":
    app()
