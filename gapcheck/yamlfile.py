"""YAML files -> plain data, safely (the only module importing yaml).

Role files may come from strangers: only regular files up to a size limit are read, a key may
appear once per mapping, and aliases may not expand the document past a number of nodes (a
"billion laughs" file is a few lines that expand to billions).
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gapcheck import compiled
from gapcheck.errors import RoleFileError
from gapcheck.limits import read_regular_file

if TYPE_CHECKING:
    import yaml

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
    folder = compiled.folder()
    if folder is None:
        return _parse(path, text)
    # parsed once for all processes (headings.yaml alone took longer than building a one-page profile): the data
    # is kept as JSON under a key naming the file's bytes and this module's source; a file that gave data JSON
    # cannot hold as it is (a date, a number as a key) is parsed every time
    return compiled.load_compiled(folder, "yaml", lambda: _key(raw), lambda: _parse(path, text), _to_entry, _from_entry)


@lru_cache(maxsize=1)
def _reader_key() -> str:
    """What a parse depends on besides the file: gapcheck's version, this module's source, PyYAML's version."""
    return compiled.compiled_key(f"yaml {compiled.package_version('PyYAML', 'yaml')}", [], (__name__,))


def _key(raw: bytes) -> str:
    return hashlib.sha256(f"{_reader_key()}\n".encode() + raw).hexdigest()


def _to_entry(data: Any) -> dict[str, Any]:
    """The parsed data with a digest of its JSON text (ValueError when JSON would not give the same data back)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if json.loads(text) != data:
        raise ValueError("the data changes as JSON")
    return {"sha256": hashlib.sha256(text.encode()).hexdigest(), "data": data}


def _from_entry(entry: Any) -> Any:
    """The data of an entry ``_to_entry`` made; ValueError for one whose data is not what was kept (edited)."""
    data = entry["data"]
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    if hashlib.sha256(text.encode()).hexdigest() != entry["sha256"]:
        raise ValueError("the entry's data does not match its digest")
    return data


def _parse(path: Path, text: str) -> Any:
    import yaml  # only here: a run whose data files are all compiled never imports it

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)  # libyaml's loader when PyYAML has it
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
    import yaml

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
