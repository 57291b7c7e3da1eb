"""One `gapcheck batch` run: results appended to the file as each resume finishes, progress, the cohort summary."""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from contextlib import closing
from pathlib import Path

from rich.console import Console

from gapcheck.batch.cache import ProfileCache
from gapcheck.batch.check import check_files
from gapcheck.batch.plan import BatchFile, plan_batch
from gapcheck.batch.progress import BatchProgress
from gapcheck.batch.readers import IdleReaders
from gapcheck.batch.reports import ReportWriter
from gapcheck.batch.resultfile import ResultsFile, Row
from gapcheck.batch.summary import summarize
from gapcheck.limits import Limits
from gapcheck.pipeline import Checker
from gapcheck.reportmodels import GapReport, SkippedResume
from gapcheck.summarymodels import CohortSummary


class BatchRun:
    """Checks files with a Checker and writes each file's rows as soon as all its roles are done.

    Parameters
    ----------
    checker : Checker
        The roles and reader settings.
    cache_dir : Path, optional
        Where profiles are cached by content hash; None reads every file, and keeps nothing read from one.
    code_dir : Path, optional
        Where the workers keep gapcheck's compiled patterns and data files (nothing from a resume); default
        ``cache_dir``.
    limits : Limits
        Per-file limits.
    workers : int
        Processes reading PDFs at once.
    console : rich.console.Console
        Where progress goes (stderr).
    quiet : bool
        Show no progress.
    idle : IdleReaders, optional
        Worker processes started earlier (see ``gapcheck.batch.readers.IdleReaders``), for the first files read.
    """

    def __init__(
        self,
        checker: Checker,
        *,
        cache_dir: Path | None,
        code_dir: Path | None = None,
        limits: Limits,
        workers: int,
        console: Console,
        quiet: bool = False,
        idle: IdleReaders | None = None,
    ) -> None:
        self.checker = checker
        self.idle = idle
        self.cache = ProfileCache(cache_dir, as_of=checker.as_of) if cache_dir is not None else None
        self.code_dir = code_dir
        self.limits = limits
        self.workers = workers
        self.console = console
        self.quiet = quiet

    def _check(self, batch: Sequence[BatchFile]) -> Generator[GapReport | SkippedResume, None, None]:
        return check_files(
            self.checker,
            batch,
            workers=self.workers,
            limits=self.limits,
            cache=self.cache,
            idle=self.idle,
            code_dir=self.code_dir,
        )

    def check(
        self,
        files: Sequence[Path],
        results: ResultsFile,
        finished: Mapping[tuple[str, str], Row],
        *,
        keep: bool,
        reports: ReportWriter | None = None,
    ) -> list[GapReport | SkippedResume]:
        """Check the (file, role) pairs ``finished`` lacks; return the new results when ``keep``.

        Each file's rows (and, with ``reports``, its reports) are written as soon as all its roles are done.
        """
        batch = plan_batch(files, [role.id for role in self.checker.roles], finished)
        left = {item.name: len(item.roles) for item in batch}
        pending: dict[str, list[GapReport | SkippedResume]] = {}
        kept: list[GapReport | SkippedResume] = []
        found = self._check(batch)
        # closing(): the workers stop at once when the loop ends early (Ctrl-C, a write error)
        with BatchProgress(self.console, len(batch), quiet=self.quiet) as progress, closing(found):
            for result in found:
                name = result.path if isinstance(result, SkippedResume) else result.resume.source
                done = pending.setdefault(name, [])
                done.append(result)
                if len(done) < left[name]:
                    continue
                results.add(pending.pop(name))
                if reports is not None:
                    reports.write(done)
                if keep:
                    kept += done
                progress.file_done(name, next((r.reason for r in done if isinstance(r, SkippedResume)), None))
        return kept

    def summarize(
        self, checked: Sequence[GapReport | SkippedResume], kept_rows: Mapping[tuple[str, str], Row]
    ) -> CohortSummary:
        """The cohort summary of all rows; rows kept by --resume are compared again from the profile cache
        (their PDFs are read again only when the cache does not have them)."""
        results = list(checked)
        roles = {role.id: role for role in self.checker.roles}
        again: dict[str, list[str]] = {}
        for row in kept_rows.values():
            if row.error is not None:
                results.append(SkippedResume(row.file, row.error, row.role, roles.get(row.role)))
            else:
                again.setdefault(row.file, []).append(row.role)
        batch = [BatchFile(Path(name), name, tuple(roles)) for name, roles in sorted(again.items())]
        with closing(self._check(batch)) as found:
            return summarize([*results, *found])
