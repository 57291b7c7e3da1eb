"""GapcheckError and its subclasses: every expected failure, with a one-line message for the user."""


class GapcheckError(Exception):
    """Base class; ``str(error)`` is the message shown to the user."""


class ResumeReadError(GapcheckError):
    """A resume is missing, not a PDF, encrypted, damaged, or has no readable text."""


class RoleFileError(GapcheckError):
    """A role file (or the skill vocabulary) cannot be parsed or does not match the schema."""


class UnknownRoleError(GapcheckError):
    """No role has the requested id; the message lists the ids that exist."""


class PostingError(GapcheckError):
    """A job posting cannot be read, or holds several postings and none was picked."""


def raised_inside(error: BaseException, package: str) -> bool:
    """Whether ``error`` came from the third-party ``package`` rather than from gapcheck's own code.

    The innermost frame of the traceback that belongs to either decides: a library that calls
    the standard library (zipfile, zlib) still counts as the library, and gapcheck's own bug
    (an empty ``max()`` in a reader) counts as gapcheck's, so it is not reported as a damaged file.
    """
    owner = ""
    traceback = error.__traceback__
    while traceback is not None:
        module = str(traceback.tb_frame.f_globals.get("__name__", ""))
        top = module.partition(".")[0]
        if top in (package, "gapcheck"):
            owner = top
        traceback = traceback.tb_next
    return owner == package
