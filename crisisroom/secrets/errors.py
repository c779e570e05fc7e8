"""The one error the keychain side raises: it cannot be used, here is why and how to fix it."""

from __future__ import annotations

from crisisroom.domain.errors import UserError
from crisisroom.secrets.advice import Problem, fix_for


class KeychainError(UserError):
    """The keychain is missing, locked or failing; nothing was stored or shown.

    ``problem`` says what is wrong and ``fix`` what to do on this operating system; the message
    joins them on one line for the command line.
    """

    def __init__(self, kind: Problem, problem: str, fix: str | None = None) -> None:
        self.kind = kind
        self.problem = problem
        self.fix = fix if fix is not None else fix_for(kind)
        super().__init__(f"{problem}, so nothing was stored or shown. {self.fix}")


class HandoverError(UserError):
    """A handover file cannot be read: not one, damaged, changed, or the wrong passphrase."""
