"""Role files (roles/*.yaml) -> validated RoleProfile values; bundled roles and user folders."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from gapcheck.errors import RoleFileError, UnknownRoleError
from gapcheck.models import (
    DEGREE_LEVELS,
    DegreeRequirement,
    ExperiencePath,
    ExperienceRequirement,
    RoleProfile,
    Salary,
    SkillRequirement,
)
from gapcheck.skills import Vocabulary, load_vocabulary
from gapcheck.yamlfile import load_yaml

LEVELS = ("entry", "mid", "senior", "lead", "research")
ROLE_SUFFIXES = (".yaml", ".yml")
_TOP_KEYS = {"id", "title", "organization", "level", "source", "summary", "salary", "skills", "experience", "degree"}
_SALARY_KEYS = {"base_usd", "base_usd_min", "base_usd_max", "additional_usd", "note"}
_EXPERIENCE_KEYS = {"label", "years", "paths", "required", "skills", "titles", "also_skills", "any_position"}
_DEGREE_KEYS = {"minimum", "preferred", "fields", "in_progress_ok", "equivalent_experience", "also_required"}
_SKILL_KEYS = {"skill", "any_of", "phrase", "label"}
_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def bundled_roles_dir() -> Path:
    """The roles shipped with gapcheck: inside the installed package, or beside it in a checkout."""
    installed = Path(__file__).parent / "roles"
    return installed if installed.is_dir() else Path(__file__).parent.parent / "roles"


def role_files(roles_dirs: Sequence[Path]) -> dict[str, Path]:
    """Role id -> file; a folder earlier in ``roles_dirs`` overrides a later one for the same id."""
    found: dict[str, Path] = {}
    for folder in reversed(roles_dirs):
        if not folder.is_dir():
            raise RoleFileError(f"{folder}: roles folder does not exist")
        for path in sorted(folder.iterdir()):
            if path.suffix in ROLE_SUFFIXES and path.is_file():
                found[path.stem] = path
    return dict(sorted(found.items()))


def load_role(
    role: str | Path, roles_dirs: Sequence[Path] = (), *, vocabulary: Vocabulary | None = None
) -> RoleProfile:
    """Load one role by id (looked up in ``roles_dirs``, then the bundled roles) or by file path.

    Raises
    ------
    UnknownRoleError
        When no file has that id; the message lists the ids that exist.
    RoleFileError
        When the file is not valid YAML or does not follow the role schema.
    """
    text = str(role)
    if isinstance(role, Path) or text.endswith(ROLE_SUFFIXES) or "/" in text or "\\" in text:
        path = Path(role)
        if not path.exists():
            raise RoleFileError(f"{path}: role file not found")  # a folder or a pipe gets its own message on reading
        return parse_role(path, vocabulary=vocabulary)
    files = role_files([*roles_dirs, bundled_roles_dir()])
    if text not in files:
        close = difflib.get_close_matches(text, list(files), n=3, cutoff=0.5)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        raise UnknownRoleError(f"unknown role {text!r}; known roles: {', '.join(files) or 'none'}{hint}")
    return parse_role(files[text], vocabulary=vocabulary)


def load_roles(roles_dirs: Sequence[Path] = (), *, vocabulary: Vocabulary | None = None) -> tuple[RoleProfile, ...]:
    """Load every role in ``roles_dirs`` and the bundled roles, sorted by id."""
    files = role_files([*roles_dirs, bundled_roles_dir()])
    return tuple(parse_role(path, vocabulary=vocabulary) for path in files.values())


def parse_role(path: Path, *, vocabulary: Vocabulary | None = None) -> RoleProfile:
    """Validate one role file into a ``RoleProfile``; errors name the file and the key."""
    vocabulary = vocabulary or load_vocabulary()
    data = load_yaml(path)
    where = str(path)
    if not isinstance(data, dict):
        raise RoleFileError(f"{where}: a role file must be a mapping of keys to values")
    _check_keys(where, "", data, _TOP_KEYS)
    role_id = path.stem
    if not _ID.match(role_id):
        raise RoleFileError(f"{where}: the file name must be a kebab-case role id, like 'data-scientist.yaml'")
    if "id" in data and data["id"] != role_id:
        raise RoleFileError(f"{where}: id must match the file name {role_id!r}, got {data['id']!r}")
    level = _text(where, "level", data.get("level"))
    if level not in LEVELS:
        raise RoleFileError(f"{where}: level must be one of {', '.join(LEVELS)}, got {level!r}")
    skills = _skills(where, data.get("skills"), vocabulary)
    if not skills:
        raise RoleFileError(f"{where}: skills must list at least one required or preferred skill")
    return RoleProfile(
        id=role_id,
        title=_text(where, "title", data.get("title")),
        level=level,
        source=_text(where, "source", data.get("source")),
        skills=skills,
        experience=_experience(where, data.get("experience"), vocabulary),
        degree=_degree(where, data.get("degree")),
        organization=_optional_text(where, "organization", data.get("organization")),
        summary=_optional_text(where, "summary", data.get("summary")),
        salary=_salary(where, data.get("salary")),
        path=path,
    )


def _check_keys(where: str, prefix: str, data: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(map(str, data)) - allowed)
    if unknown:
        raise RoleFileError(f"{where}: unknown key {prefix}{unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")


def _text(where: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or not value.strip():
        raise RoleFileError(f"{where}: {key} must be a non-empty string, got {value!r}")
    return value.strip()


def _optional_text(where: str, key: str, value: Any) -> str | None:
    return None if value is None else _text(where, key, value)


MAX_NUMBER = 1e9
"""No year count or salary in a role file comes near this; .inf, .nan and 400-digit numbers are refused."""


def _number(where: str, key: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= MAX_NUMBER:
        big = isinstance(value, (int, float)) and not isinstance(value, bool) and value > MAX_NUMBER
        shown = f"a {len(str(value))}-digit number" if isinstance(value, int) and value > 10**12 else repr(value)
        limit = " (at most 1e9)" if big else ""
        raise RoleFileError(f"{where}: {key} must be a non-negative number, got {shown}{limit}")
    return float(value)


def _resolve(where: str, key: str, name: Any, vocabulary: Vocabulary) -> str:
    if not isinstance(name, str):
        raise RoleFileError(f"{where}: {key} must name a skill, got {name!r}")
    skill_id = vocabulary.resolve(name)
    if skill_id is None:
        raise RoleFileError(f"{where}: {key}: unknown skill {name!r}; add it to the vocabulary or fix the spelling")
    return skill_id


def _skills(where: str, data: Any, vocabulary: Vocabulary) -> tuple[SkillRequirement, ...]:
    if not isinstance(data, dict):
        raise RoleFileError(f"{where}: skills must be a mapping with 'required' and/or 'preferred' lists")
    _check_keys(where, "skills.", data, {"required", "preferred"})
    out: list[SkillRequirement] = []
    for kind in ("required", "preferred"):
        items = data.get(kind) or []
        if not isinstance(items, list):
            raise RoleFileError(f"{where}: skills.{kind} must be a list")
        for number, item in enumerate(items, start=1):
            key = f"skills.{kind}[{number}]"
            if isinstance(item, str):
                skill_id = _resolve(where, key, item, vocabulary)
                out.append(SkillRequirement(vocabulary.entries[skill_id].name, (skill_id,), kind == "required"))
                continue
            if not isinstance(item, dict):
                raise RoleFileError(f"{where}: {key} must be a skill name or a mapping, got {item!r}")
            _check_keys(where, f"{key}.", item, _SKILL_KEYS)
            if sum(k in item for k in ("skill", "any_of", "phrase")) != 1:
                raise RoleFileError(f"{where}: {key} needs exactly one of 'skill', 'any_of' or 'phrase'")
            if "phrase" in item:
                phrase = _text(where, f"{key}.phrase", item["phrase"])
                label = _text(where, f"{key}.label", item["label"]) if "label" in item else phrase
                out.append(SkillRequirement(label, (), kind == "required", phrase=phrase))
                continue
            names = [item["skill"]] if "skill" in item else item["any_of"]
            if not isinstance(names, list) or not names:
                raise RoleFileError(f"{where}: {key}.any_of must be a non-empty list of skills")
            ids = tuple(dict.fromkeys(_resolve(where, key, n, vocabulary) for n in names))
            default = " or ".join(vocabulary.entries[i].name for i in ids)
            label = _text(where, f"{key}.label", item["label"]) if "label" in item else default
            out.append(SkillRequirement(label, ids, kind == "required"))
    return tuple(out)


def _experience(where: str, data: Any, vocabulary: Vocabulary) -> tuple[ExperienceRequirement, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise RoleFileError(f"{where}: experience must be a list of requirements")
    out = []
    for number, item in enumerate(data, start=1):
        key = f"experience[{number}]"
        if not isinstance(item, dict):
            raise RoleFileError(f"{where}: {key} must be a mapping")
        _check_keys(where, f"{key}.", item, _EXPERIENCE_KEYS)
        skills = tuple(_resolve(where, f"{key}.skills", s, vocabulary) for s in _list(where, key, item, "skills"))
        titles = tuple(str(t).lower() for t in _list(where, key, item, "titles"))
        also = tuple(
            _resolve(where, f"{key}.also_skills", s, vocabulary) for s in _list(where, key, item, "also_skills")
        )
        any_position = item.get("any_position", False)
        if not isinstance(any_position, bool):
            raise RoleFileError(f"{where}: {key}.any_position must be true or false, got {any_position!r}")
        if not skills and not titles and not any_position:
            raise RoleFileError(
                f"{where}: {key} needs 'skills', 'titles' or 'any_position: true' to say which positions count"
            )
        required = item.get("required", True)
        if not isinstance(required, bool):
            raise RoleFileError(f"{where}: {key}.required must be true or false, got {required!r}")
        paths = _paths(where, key, item)
        out.append(
            ExperienceRequirement(
                label=_text(where, f"{key}.label", item.get("label")),
                years=max(p.years for p in paths) if paths else _number(where, f"{key}.years", item.get("years")),
                required=required,
                skills=skills,
                titles=titles,
                also_skills=also,
                paths=paths,
            )
        )
    return tuple(out)


def _paths(where: str, key: str, item: dict[str, Any]) -> tuple[ExperiencePath, ...]:
    """``paths: [{degree: doctorate, years: 2}, {degree: master, years: 5}]``: years that depend on the degree."""
    if "paths" not in item:
        return ()
    if "years" in item:
        raise RoleFileError(f"{where}: {key} gives both 'years' and 'paths'; keep one (paths carry their own years)")
    data = item["paths"]
    if not isinstance(data, list) or not data:
        raise RoleFileError(f"{where}: {key}.paths must be a non-empty list of {{degree, years}} mappings")
    out: list[ExperiencePath] = []
    for number, path in enumerate(data, start=1):
        at = f"{key}.paths[{number}]"
        if not isinstance(path, dict):
            raise RoleFileError(f"{where}: {at} must be a mapping with degree and years, got {path!r}")
        _check_keys(where, f"{at}.", path, {"degree", "years"})
        degree = path.get("degree")
        if degree is not None and degree not in DEGREE_LEVELS:
            levels = ", ".join(DEGREE_LEVELS)
            raise RoleFileError(f"{where}: {at}.degree must be one of {levels} or null (any), got {degree!r}")
        if any(p.degree == degree for p in out):
            raise RoleFileError(f"{where}: {at}: two paths for the degree {degree or 'any'!r}; keep one")
        out.append(ExperiencePath(degree, _number(where, f"{at}.years", path.get("years"))))
    return tuple(out)


def _list(where: str, key: str, item: dict[str, Any], name: str) -> list[Any]:
    value = item.get(name) or []
    if not isinstance(value, list):
        raise RoleFileError(f"{where}: {key}.{name} must be a list")
    return value


def _degree(where: str, data: Any) -> DegreeRequirement | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise RoleFileError(f"{where}: degree must be a mapping with minimum, preferred and fields")
    _check_keys(where, "degree.", data, _DEGREE_KEYS)
    levels = []
    for key in ("minimum", "preferred"):
        value = data.get(key)
        if value is not None and value not in DEGREE_LEVELS:
            raise RoleFileError(f"{where}: degree.{key} must be one of {', '.join(DEGREE_LEVELS)}, got {value!r}")
        levels.append(value)
    fields = _fields(where, "degree.fields", data.get("fields"))
    flags = [_flag(where, f"degree.{key}", data.get(key, False)) for key in ("in_progress_ok", "equivalent_experience")]
    if flags[1] and levels[0] is None:
        raise RoleFileError(f"{where}: degree.equivalent_experience needs a degree.minimum to stand in for")
    also = data.get("also_required")
    also_level: str | None = None
    also_fields: tuple[str, ...] = ()
    if also is not None:
        if not isinstance(also, dict):
            raise RoleFileError(f"{where}: degree.also_required must be a mapping with level and fields")
        _check_keys(where, "degree.also_required.", also, {"level", "fields"})
        also_level = also.get("level")
        if also_level not in DEGREE_LEVELS:
            raise RoleFileError(
                f"{where}: degree.also_required.level must be one of {', '.join(DEGREE_LEVELS)}, got {also_level!r}"
            )
        also_fields = _fields(where, "degree.also_required.fields", also.get("fields"))
    return DegreeRequirement(levels[0], levels[1], fields, flags[0], flags[1], also_level, also_fields)


def _fields(where: str, key: str, value: Any) -> tuple[str, ...]:
    fields = value or []
    if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
        raise RoleFileError(f"{where}: {key} must be a list of strings")
    return tuple(fields)


def _flag(where: str, key: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise RoleFileError(f"{where}: {key} must be true or false, got {value!r}")
    return value


def _salary(where: str, data: Any) -> Salary | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise RoleFileError(f"{where}: salary must be a mapping")
    _check_keys(where, "salary.", data, _SALARY_KEYS)
    amounts = {k: int(_number(where, f"salary.{k}", v)) for k, v in data.items() if k != "note"}
    return Salary(**amounts, note=_optional_text(where, "salary.note", data.get("note")))
