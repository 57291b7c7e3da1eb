"""YAML files -> plain data, safely (the only module importing yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from gapcheck.errors import RoleFileError

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's loader when PyYAML has it


def load_yaml(path: Path) -> Any:
    """Parse a YAML file with the safe loader; any problem becomes a one-line ``RoleFileError``."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RoleFileError(f"{path}: cannot read the file ({exc})") from exc
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RoleFileError(f"{path}: invalid YAML{where}: {problem}") from exc
