"""gapcheck: what stands between a resume and a job.

The public API is what ``__all__`` lists; it is imported lazily so that ``gapcheck --help``
stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Checker": "gapcheck.pipeline",
    "check_resume": "gapcheck.pipeline",
    "read_resume": "gapcheck.pipeline",
    "load_role": "gapcheck.roles",
    "load_roles": "gapcheck.roles",
    "find_gaps": "gapcheck.gaps",
    "summarize": "gapcheck.batch.summary",
    "SkillMatcher": "gapcheck.matching",
    "GapReport": "gapcheck.reportmodels",
    "ResumeProfile": "gapcheck.models",
    "RoleProfile": "gapcheck.models",
    "SkippedResume": "gapcheck.reportmodels",
    "RunReport": "gapcheck.reportmodels",
    "GapcheckError": "gapcheck.errors",
    "ResumeReadError": "gapcheck.errors",
    "RoleFileError": "gapcheck.errors",
    "UnknownRoleError": "gapcheck.errors",
}

__all__ = [
    "Checker",
    "GapReport",
    "GapcheckError",
    "ResumeProfile",
    "ResumeReadError",
    "RoleFileError",
    "RoleProfile",
    "RunReport",
    "SkillMatcher",
    "SkippedResume",
    "UnknownRoleError",
    "__version__",
    "check_resume",
    "find_gaps",
    "load_role",
    "load_roles",
    "read_resume",
    "summarize",
]

if TYPE_CHECKING:
    from gapcheck.batch.summary import summarize
    from gapcheck.errors import GapcheckError, ResumeReadError, RoleFileError, UnknownRoleError
    from gapcheck.gaps import find_gaps
    from gapcheck.matching import SkillMatcher
    from gapcheck.models import ResumeProfile, RoleProfile
    from gapcheck.pipeline import Checker, check_resume, read_resume
    from gapcheck.reportmodels import GapReport, RunReport, SkippedResume
    from gapcheck.roles import load_role, load_roles


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(_EXPORTS[name]), name)
    raise AttributeError(f"module 'gapcheck' has no attribute {name!r}")
