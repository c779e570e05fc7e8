"""The one base class for errors a person can act on.

Everything that is the user's to fix (a bad argument, a locked or corrupt file, a full disk)
raises a subclass of :class:`UserError`; the command line turns it into exit code 2 and one
line on stderr, the GUI into a message box. Anything else is a bug and keeps its traceback.
"""


class UserError(Exception):
    """An error with a message written for the person using Crisis Room."""

    exit_code = 2

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFoundError(UserError):
    """An incident, entry or other record named by the user does not exist."""


class InvalidInputError(UserError):
    """A value typed or passed by the user cannot be used."""
