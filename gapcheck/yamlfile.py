"""YAML files -> plain data, safely (the only module importing yaml).

Role files may come from strangers: only regular files up to a size limit are read, a key may
appear once per mapping, and aliases may not expand the document past a number of nodes (a
"billion laughs" file is a few lines that expand to billions).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from gapcheck.errors import RoleFileError
from gapcheck.limits import read_regular_file

_Loader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's loader when PyYAML has it

MAX_YAML_BYTES = 2 * 2**20
"""A role file is a few kilobytes and the skill vocabulary about a hundred; refuse anything past this."""
MAX_YAML_NODES = 200_000
"""Nodes a document may hold once its aliases are expanded (the vocabulary has about 10,000)."""
MAX_YAML_DEPTH = 64
"""Lists and mappings nest a few levels in a role file; thousands would overflow Python's stack later."""


def load_yaml(path: Path) -> Any:
    """Parse a YAML file with the safe loader; any problem becomes a one-line ``RoleFileError``.

    Raises
    ------
    RoleFileError
        When the file is not a regular file, is larger than ``MAX_YAML_BYTES``, is not UTF-8 or
        not valid YAML, repeats a key in one mapping, or expands past ``MAX_YAML_NODES`` nodes.
    """
    raw = read_regular_file(path, MAX_YAML_BYTES, error=RoleFileError, hint="a role file is a few kilobytes")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RoleFileError(f"{path}: cannot read the file ({exc}); save it as UTF-8") from exc
    loader = _Loader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        _check_nodes(path, node)
        return loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise RoleFileError(f"{path}: invalid YAML{where}: {problem}") from exc
    except (ValueError, OverflowError) as exc:  # a number too long to convert, a date out of range
        raise RoleFileError(f"{path}: invalid YAML: a value cannot be read ({type(exc).__name__})") from exc
    finally:
        loader.dispose()


def _check_nodes(path: Path, root: yaml.Node) -> None:
    """Refuse repeated keys, nesting past MAX_YAML_DEPTH and alias expansion past MAX_YAML_NODES (no recursion)."""
    stack = [(root, 1)]
    seen = 0
    checked: set[int] = set()
    while stack:
        node, depth = stack.pop()
        seen += 1
        if depth > MAX_YAML_DEPTH:
            raise RoleFileError(f"{path}: the YAML nests deeper than {MAX_YAML_DEPTH} levels; flatten it")
        if seen > MAX_YAML_NODES:
            raise RoleFileError(
                f"{path}: the YAML expands to more than {MAX_YAML_NODES:,} values through its aliases (&/*); "
                "write the values out instead"
            )
        if isinstance(node, yaml.MappingNode):
            if id(node) not in checked:  # an alias repeats a mapping: its keys were checked the first time
                checked.add(id(node))
                keys: set[tuple[str, str]] = set()
                for key, _ in node.value:
                    if isinstance(key, yaml.ScalarNode):
                        if (key.tag, key.value) in keys and key.value != "<<":
                            raise RoleFileError(
                                f"{path}: key {key.value[:60]!r} appears twice in one mapping at line "
                                f"{key.start_mark.line + 1}; keep one"
                            )
                        keys.add((key.tag, key.value))
            stack.extend((item, depth + 1) for pair in node.value for item in pair)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, depth + 1) for item in node.value)
