"""Small wording helpers shared by the human-readable formats (table, Markdown, HTML)."""

from __future__ import annotations

from gapcheck.models import DegreeResult, RoleProfile


def years_text(years: float | None) -> str:
    return "" if years is None else f"{years:.1f}"


def experience_text(years: float | None) -> str:
    """'3.2 y', or 'unknown' when the resume has no readable dates (never a silent zero)."""
    return "unknown" if years is None else f"{years:.1f} y"


def role_heading(role: RoleProfile) -> str:
    org = f" ({role.organization})" if role.organization else ""
    return f"{role.title}{org} [{role.id}]"


def degree_text(degree: DegreeResult) -> str:
    wanted = degree.required_level or "none"
    if degree.preferred_level:
        wanted += f", {degree.preferred_level} preferred"
    found = degree.found_level or "none found"
    if degree.found_field:
        found += f" ({degree.found_field})"
    if degree.in_progress_level:
        found += f"; {degree.in_progress_level} in progress"
    status = "meets the minimum" if degree.met else "below the minimum"
    if degree.met and degree.preferred_level and not degree.preferred_met:
        status = "meets the minimum, below the preferred level"
    return f"requires {wanted}; found {found} -> {status}"


def names_text(names: tuple[str, ...], most: int = 3) -> str:
    """'PyTorch, TensorFlow, Keras +2': the resume skills that satisfy a requirement, kept short."""
    shown = ", ".join(names[:most])
    return f"{shown} +{len(names) - most}" if len(names) > most else shown
