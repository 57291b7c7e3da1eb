"""One report per resume and role (Markdown or HTML), written as each resume finishes, named after the resume."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path, PurePosixPath

from gapcheck.errors import GapcheckError
from gapcheck.render import OutputFormat, get_renderer
from gapcheck.reportmodels import GapReport, RunReport, SkippedResume

SUFFIXES = {OutputFormat.markdown: ".md", OutputFormat.html: ".html"}
"""The formats a report folder can hold, and their file endings."""
_UNSAFE = re.compile(r"[^\w.\- ]+")


def report_names(files: Sequence[Path]) -> dict[str, str]:
    """Where each resume's reports go, relative to the report folder, without role or ending.

    The path below the folder all the resumes share, without its ending; two resumes that
    would get the same name (``cv.pdf`` and ``cv.docx``) keep their endings.

    >>> files = ["cohort/ann.pdf", "cohort/late/bo.pdf", "cohort/cv.pdf", "cohort/cv.txt"]
    >>> report_names([Path(f) for f in files])
    {'cohort/ann.pdf': 'ann', 'cohort/late/bo.pdf': 'late/bo', 'cohort/cv.pdf': 'cv_pdf', 'cohort/cv.txt': 'cv_txt'}
    """
    if not files:
        return {}
    resolved = [Path(os.path.abspath(path)) for path in files]  # not resolve(): a linked file keeps its own name
    shared = Path(os.path.commonpath([path.parent for path in resolved]))
    relative = [PurePosixPath(*(_safe(part) for part in path.relative_to(shared).parts)) for path in resolved]
    stems = [str(path.with_suffix("")) for path in relative]
    taken = {stem: stems.count(stem) for stem in stems}
    return {
        str(file): stem if taken[stem] == 1 else str(path.with_name(path.name.replace(".", "_")))
        for file, path, stem in zip(files, relative, stems, strict=True)
    }


def _safe(part: str) -> str:
    return _UNSAFE.sub("_", part).strip(" .") or "_"


class ReportWriter:
    """Writes each result as its own page: ``<resume name>--<role id>.md`` (or ``.html``) under a folder.

    Parameters
    ----------
    folder : Path
        Where the reports go (made when missing).
    files : sequence of Path
        Every resume of the batch, so names are chosen once for all.
    output_format : OutputFormat
        ``markdown`` or ``html``.
    """

    def __init__(self, folder: Path, files: Sequence[Path], output_format: OutputFormat) -> None:
        if output_format not in SUFFIXES:
            raise ValueError(f"Invalid value for output_format={output_format!r}; expected markdown or html")
        self.folder = folder
        self.names = report_names(files)
        self.suffix = SUFFIXES[output_format]
        self.renderer = get_renderer(output_format)
        self.written = 0

    def path(self, result: GapReport | SkippedResume) -> Path:
        """Where a result's report goes."""
        if isinstance(result, SkippedResume):
            file, role = result.path, result.role_id or "role"
        else:
            file, role = result.resume.source, result.role.id
        name = self.names.get(file) or _safe(Path(file).stem)
        return self.folder / f"{name}--{_safe(role)}{self.suffix}"

    def write(self, results: Iterable[GapReport | SkippedResume]) -> None:
        """Write one report per result (a skipped resume's report says why it was skipped).

        Raises
        ------
        GapcheckError
            When the folder or a report cannot be written.
        """
        for result in results:
            path = self.path(result)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(self.renderer.render(RunReport((result,))), encoding="utf-8")
            except OSError as exc:
                raise GapcheckError(f"{path}: cannot write the report ({exc.strerror or exc})") from exc
            self.written += 1
