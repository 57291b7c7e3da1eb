"""Progress of a batch on stderr: a rich progress bar on a terminal, one plain line per file otherwise."""

from __future__ import annotations

import datetime as dt
import time
from types import TracebackType
from typing import TYPE_CHECKING

from rich.markup import escape

if TYPE_CHECKING:
    from rich.console import Console
    from rich.progress import Progress, TaskID


class BatchProgress:
    """Shows files done, the rate and the time left; a context manager around the batch loop.

    Parameters
    ----------
    console : rich.console.Console
        Where to show it (stderr); a rich bar when it is a terminal, plain lines otherwise.
    total : int
        How many files the batch reads.
    quiet : bool
        Show nothing.
    """

    def __init__(self, console: Console, total: int, *, quiet: bool = False) -> None:
        self.console = console
        self.total = total
        self.quiet = quiet
        self.done = 0
        self._started = time.monotonic()
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> BatchProgress:
        self._started = time.monotonic()
        if not self.quiet and self.console.is_terminal and self.total:
            self._bar = _progress_bar(self.console)
            self._bar.start()
            self._task = self._bar.add_task("batch", total=self.total)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if self._bar is not None:
            self._bar.stop()

    def file_done(self, name: str, error: str | None) -> None:
        """One more file finished (checked, or skipped with ``error``)."""
        self.done += 1
        if self._bar is not None and self._task is not None:
            self._bar.advance(self._task)
            if error:
                self._bar.console.print(f"[yellow]skipped[/] {escape(name)}: {escape(error)}", soft_wrap=True)
            return
        if self.quiet:
            return
        elapsed = time.monotonic() - self._started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        left = dt.timedelta(seconds=round((self.total - self.done) / rate)) if rate > 0 else "?"
        outcome = f"skipped: {error}" if error else "checked"
        self.console.print(
            f"{self.done}/{self.total} files ({rate:.1f}/s, {left} left) {escape(name)}: {escape(outcome)}",
            soft_wrap=True,
            markup=True,
        )


def _progress_bar(console: Console) -> Progress:
    """A rich progress bar: files done, the rate and the time left. Made (and rich's progress module imported, about
    as long as comparing a hundred cached profiles) only on a terminal: a batch writing to a file or pipe shows lines.
    """
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        ProgressColumn,
        Task,
        TextColumn,
        TimeRemainingColumn,
    )
    from rich.text import Text

    class RateColumn(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:.1f} files/s", style="progress.data.speed")

    return Progress(
        TextColumn("Checking resumes"), BarColumn(), MofNCompleteColumn(), RateColumn(), TimeRemainingColumn(),
        console=console,
    )  # fmt: skip
