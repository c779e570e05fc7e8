"""The Manage step's checklist: the things a team must not forget in the first minutes.

The built-in items are the same for every incident; items to pause scheduled posts on one named
account are added per incident, because every team's list of accounts differs.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import QT_TRANSLATE_NOOP

LOG_STARTED = "log-started"
PAUSE_POSTS = "pause-posts"
SECURE_ACCOUNTS = "secure-accounts"
ROTATE_CREDENTIALS = "rotate-credentials"
PAUSE_ACCOUNT_PREFIX = "pause-posts:"

BUILT_IN_ITEMS: tuple[tuple[str, str], ...] = (
    (LOG_STARTED, QT_TRANSLATE_NOOP("Checklist", "Crisis log started: the scribe notes who did what, and when")),
    (PAUSE_POSTS, QT_TRANSLATE_NOOP("Checklist", "Scheduled posts and campaigns paused in the publishing tool")),
    (
        SECURE_ACCOUNTS,
        QT_TRANSLATE_NOOP("Checklist", "Social accounts secured: the logins are at hand and two-factor is on"),
    ),
    (
        ROTATE_CREDENTIALS,
        QT_TRANSLATE_NOOP("Checklist", "After a hack: passwords, login e-mails and usernames changed"),
    ),
)
"""The built-in items (key, label), in the order they are shown."""


@dataclass(frozen=True)
class ChecklistItem:
    """One line of the checklist.

    Attributes:
        key: stable key; ``pause-posts:<account>`` for an account's item.
        label: what to do, in words.
        account: the account name for a pause item, else None.
        done_at: stored UTC time it was ticked, None when not done.
        done_by: who ticked it.
    """

    key: str
    label: str
    account: str | None = None
    done_at: str | None = None
    done_by: str | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None


def account_key(account: str) -> str:
    """The item key for pausing scheduled posts on one account.

    Raises:
        InvalidInputError: for an empty or overlong account name.
    """
    name = " ".join(str(account).split())
    if not name:
        raise InvalidInputError("name the account whose scheduled posts are paused")
    if len(name) > 200:
        raise InvalidInputError("an account name is at most 200 characters")
    return PAUSE_ACCOUNT_PREFIX + name


def account_label(account: str) -> str:
    return f"Scheduled posts paused on {account}"
