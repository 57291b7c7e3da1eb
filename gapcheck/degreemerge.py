"""Mentions of one degree merged: a resume names a degree in its summary, its education entry and elsewhere."""

from __future__ import annotations

from dataclasses import replace

from gapcheck.fields import normalise_field
from gapcheck.models import Degree, degree_rank


def _known(degree: Degree) -> int:
    return sum(x is not None for x in (degree.field, degree.institution, degree.year))


def _awarded_before(one: Degree, other: Degree) -> bool:
    """One mention of a level is awarded in a year before the other's, which is under way: two degrees, even when one
    names no field (an engineer's diploma of 2004 and a master's begun in 2009)."""
    done, going = (one, other) if other.in_progress else (other, one)
    if done.in_progress or not going.in_progress or done.year is None or going.year is None:
        return False
    return done.year < going.year


def _same_degree(one: Degree, other: Degree) -> bool:
    """Two mentions of one degree: of one level, and of one field or with one of them naming none."""
    if one.level != other.level:
        return False
    if one.field is None or other.field is None:
        return not _awarded_before(one, other)
    return normalise_field(one.field) == normalise_field(other.field)


def merge_mentions(degrees: list[Degree]) -> tuple[Degree, ...]:
    """One degree per level and field; a later mention fills what an earlier one missed."""
    kept: list[Degree] = []
    for degree in degrees:
        same = next((k for k in kept if _same_degree(k, degree)), None)
        if same is None:
            kept.append(degree)
            continue
        # the mention that says more wins ("M.S. in Statistics" in a summary, then its education entry)
        first, second = sorted((same, degree), key=_known, reverse=True)
        kept[kept.index(same)] = replace(
            first,
            field=first.field or second.field,
            institution=first.institution or second.institution,
            year=first.year if first.year is not None else second.year,
            # an undated mention ("M.S. Architecture" under the name) does not undo "currently pursuing an M.S."
            in_progress=first.in_progress or (second.in_progress and first.year is None),
        )
    return tuple(sorted(kept, key=lambda d: (-degree_rank(d.level), d.in_progress)))
