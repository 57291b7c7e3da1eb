"""The commands on one resume: check (against roles or postings), match (against every role), extract."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from gapcheck.cli.options import (
    AsOfOption,
    CacheDirOption,
    FormatOption,
    MaxMemoryOption,
    MaxPagesOption,
    MaxSizeOption,
    NoCacheOption,
    OutputOption,
    PostingsOption,
    ResumeArgument,
    RolesDirOption,
    RolesOption,
    TimeoutOption,
    keep_nothing_read,
    load_posting,
    resolve_as_of,
    resolve_cache_dir,
    resolve_limits,
    resolve_roles_dirs,
    roles_and_postings,
)
from gapcheck.cli.output import ExitCode, err, escape, fatal, interruptible, renderer_for, write
from gapcheck.cli.start import collect_garbage
from gapcheck.errors import GapcheckError
from gapcheck.render import OutputFormat

if TYPE_CHECKING:
    from gapcheck.models import ResumeProfile, RoleProfile
    from gapcheck.reportmodels import GapReport


def check(
    resume: ResumeArgument,
    role: RolesOption = None,
    posting: PostingsOption = None,
    output_format: FormatOption = OutputFormat.table,
    output: OutputOption = "-",
    roles_dir: RolesDirOption = None,
    as_of: AsOfOption = None,
    cache_dir: CacheDirOption = None,
    no_cache: NoCacheOption = False,
    fail_under: Annotated[
        float | None,  # noqa: UP007
        typer.Option(
            "--fail-under", metavar="SCORE", min=0.0, max=1.0, help="Exit 4 when the score is below this (0 to 1)."
        ),
    ] = None,
    fail_on_gaps: Annotated[
        bool, typer.Option("--fail-on-gaps", help="Exit 4 when a required skill, experience or degree is missing.")
    ] = False,
    max_pages: MaxPagesOption = 20,
    max_size_mb: MaxSizeOption = 10.0,
    timeout: TimeoutOption = 60.0,
    max_memory_mb: MaxMemoryOption = 1024.0,
) -> None:
    """Check one resume against a role (or several, or a job posting) and print the gap report.

    Example: [bold]gapcheck check resume.pdf --role amazon-mle --format json[/]
    """
    from gapcheck.reading import start_reading

    limits = resolve_limits(max_pages, max_size_mb, timeout, max_memory_mb)
    try:
        # first: the text is read on another core while the roles, the vocabulary and the modules load
        with interruptible(), start_reading(resume, limits, private=no_cache) as reading:
            from gapcheck.pipeline import Checker

            roles = roles_and_postings(role, posting)
            checker = Checker(
                roles,
                roles_dirs=resolve_roles_dirs(roles_dir),
                cache_dir=resolve_cache_dir(cache_dir),
                as_of=resolve_as_of(as_of),
            )
            collect_garbage()
            keep_nothing_read(no_cache)
            reports = checker.compare(reading.profile(as_of=checker.as_of, vocabulary=checker.vocabulary))
    except GapcheckError as exc:
        raise fatal(str(exc)) from None
    from gapcheck.render.json import render_reports
    from gapcheck.reportmodels import RunReport

    renderer = renderer_for(output_format, output)
    if len(reports) > 1 and output_format is OutputFormat.json:
        text = render_reports(reports)  # several roles: a JSON list, one gap object per role
    else:
        text = "\n".join(renderer.render(RunReport((report,))) for report in reports)
    write(text, output)
    raise typer.Exit(max(_gate(report, fail_under, fail_on_gaps) for report in reports))


def _gate(report: GapReport, fail_under: float | None, fail_on_gaps: bool) -> ExitCode:
    """Exit 4 with one line on stderr saying which gate failed and why, else 0."""
    from gapcheck.clitext import gate_message

    message = gate_message(report, fail_under, fail_on_gaps)
    if message is None:
        return ExitCode.OK
    err.print(escape(message), soft_wrap=True)
    return ExitCode.GATE_FAILED


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
    from dataclasses import replace

    from gapcheck.pipeline import Checker
    from gapcheck.ranking import rank_roles
    from gapcheck.render.match import render_match
    from gapcheck.roles import load_roles

    try:
        roles: list[str | RoleProfile] = [r.id for r in load_roles(resolve_roles_dirs(roles_dir))]
        roles += [load_posting(p).role for p in posting or []]
        checker = Checker(
            roles,
            roles_dirs=resolve_roles_dirs(roles_dir),
            cache_dir=resolve_cache_dir(cache_dir),
            as_of=resolve_as_of(as_of),
        )
        keep_nothing_read(no_cache)
        profile = checker.read(resume)
        ranked = rank_roles(profile, checker.compare(profile), checker.weights, checker.vocabulary)
    except GapcheckError as exc:
        raise fatal(str(exc)) from None
    if top:
        ranked = replace(ranked, matches=ranked.matches[:top])
    write(render_match(ranked, output_format), output)


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
    from gapcheck.reading import start_reading

    limits = resolve_limits(max_pages, max_size_mb, timeout, max_memory_mb)
    try:
        # first: the text is read on another core while the vocabulary and the modules load
        with interruptible(), start_reading(resume, limits, private=no_cache) as reading:
            from gapcheck.skills import load_vocabulary

            vocabulary = load_vocabulary(cache_dir=resolve_cache_dir(cache_dir))
            collect_garbage()
            keep_nothing_read(no_cache)
            profile: ResumeProfile = reading.profile(as_of=resolve_as_of(as_of), vocabulary=vocabulary)
    except GapcheckError as exc:
        raise fatal(str(exc)) from None
    write(renderer_for(output_format, output).render_profile(profile), output)
