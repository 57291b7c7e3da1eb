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
