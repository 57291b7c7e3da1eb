"""Output formats behind one interface: OutputFormat and get_renderer()."""

from __future__ import annotations

from enum import Enum
from typing import NoReturn

from gapcheck.render.base import Renderer


class OutputFormat(str, Enum):
    table = "table"
    json = "json"
    markdown = "markdown"
    html = "html"


class RoleFormat(str, Enum):
    """Formats of a role made from a posting (``gapcheck roles from-posting``)."""

    yaml = "yaml"
    json = "json"
    table = "table"


class ResultsFormat(str, Enum):
    """Formats of a batch's results file (``gapcheck batch -o``): one row per resume and role."""

    csv = "csv"
    jsonl = "jsonl"


class ReportsFormat(str, Enum):
    """Formats of the per-resume reports of a batch (``gapcheck batch --reports``)."""

    markdown = "markdown"
    html = "html"


def _assert_never(value: NoReturn) -> NoReturn:  # typing.assert_never is 3.11+
    raise AssertionError(f"unhandled value: {value!r}")


def get_renderer(output_format: OutputFormat, *, width: int = 100, color: bool = False) -> Renderer:
    """The renderer of a format; the table one gets the terminal width and colour from the caller."""
    match output_format:
        case OutputFormat.table:
            from gapcheck.render.table import TableRenderer

            return TableRenderer(width=width, color=color)
        case OutputFormat.json:
            from gapcheck.render.json import JsonRenderer

            return JsonRenderer()
        case OutputFormat.markdown:
            from gapcheck.render.markdown import MarkdownRenderer

            return MarkdownRenderer()
        case OutputFormat.html:
            from gapcheck.render.html import HtmlRenderer

            return HtmlRenderer()
        case _:
            _assert_never(output_format)


__all__ = ["OutputFormat", "Renderer", "ReportsFormat", "ResultsFormat", "RoleFormat", "get_renderer"]
