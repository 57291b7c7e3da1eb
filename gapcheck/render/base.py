"""The Renderer interface: a RunReport in, the text of one output format out."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:  # `gapcheck --help` imports this module, and making the models' classes takes a while
    from gapcheck.models import ResumeProfile
    from gapcheck.reportmodels import RunReport


class Renderer(Protocol):
    """Turns a finished report into text; pure: no arithmetic, files or terminal checks."""

    def render(self, report: RunReport) -> str:
        """The whole report in this format."""
        ...

    def render_profile(self, profile: ResumeProfile) -> str:
        """What was read from one resume (``gapcheck extract``), in this format."""
        ...
