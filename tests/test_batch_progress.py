"""A batch's progress on stderr: rich's bar on a terminal, plain lines elsewhere without importing rich's progress."""

from __future__ import annotations

import io
import subprocess
import sys

from rich.console import Console

from gapcheck.batch.progress import BatchProgress


def test_a_terminal_shows_the_bar_with_files_done_and_the_rate() -> None:
    out = io.StringIO()
    console = Console(file=out, force_terminal=True, width=100)
    with BatchProgress(console, 2) as progress:
        progress.file_done("ann.pdf", None)
        progress.file_done("bob.pdf", "the file is not a PDF")
    text = out.getvalue()
    assert "Checking resumes" in text and "2/2" in text and "files/s" in text
    assert "skipped" in text and "bob.pdf: the file is not a PDF" in text


def test_elsewhere_plain_lines_and_rich_progress_is_never_imported() -> None:
    code = (
        "import io, sys\n"
        "from rich.console import Console\n"
        "from gapcheck.batch.progress import BatchProgress\n"
        "out = io.StringIO()\n"
        "with BatchProgress(Console(file=out, force_terminal=False), 1) as progress:\n"
        "    progress.file_done('ann.pdf', None)\n"
        "print(out.getvalue().strip(), 'rich.progress' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("1/1 files (") and "ann.pdf: checked" in done.stdout
    assert done.stdout.split()[-1] == "False"
