"""The application's one keyboard map: every shortcut of every window, named once, one meaning per key.

A key does the same thing in every window of Crisis Room or is not used there at all: Ctrl+E never
corrects a log entry in one window and edits an account in another. Two entries are shared on
purpose, because they mean the same everywhere: :data:`FIND` (search what this window lists: the
log, the accounts) and :data:`CLOSE_WINDOW`. Windows take their keys from here with :func:`assign`,
which also records the entry's name on the action, so a test can check the whole map.

The keys are not translated: a translation could give a key a second meaning without anyone seeing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

NAME_PROPERTY = "crisisroom_shortcut"  # the map entry's name, stored on every action given a key here


@dataclass(frozen=True)
class Shortcut:
    """A meaning and its key: a portable text ("Ctrl+Shift+N") or a platform's standard key."""

    name: str
    keys: str | QKeySequence.StandardKey
    fallback: str = ""  # when the platform has no such standard key (Preferences on Windows)

    def sequence(self) -> QKeySequence:
        sequence = QKeySequence(self.keys)
        if sequence.isEmpty() and self.fallback:
            return QKeySequence(self.fallback)
        return sequence


# Everywhere
FIND = Shortcut("find", QKeySequence.StandardKey.Find)  # the log in the main window, the accounts in theirs
CLOSE_WINDOW = Shortcut("close-window", QKeySequence.StandardKey.Close)  # a secondary window (the shared accounts)
QUIT = Shortcut("quit", QKeySequence.StandardKey.Quit)
SETTINGS = Shortcut("settings", QKeySequence.StandardKey.Preferences, "Ctrl+,")

# The main window
NEW_INCIDENT = Shortcut("new-incident", "Ctrl+N")
NEW_DRILL = Shortcut("new-drill", "Ctrl+Shift+N")
RUN_DRILL = Shortcut("run-drill", "Ctrl+Shift+D")
SHARED_ACCOUNTS = Shortcut("shared-accounts", "Ctrl+Shift+K")
WRITE_LOG_ENTRY = Shortcut("write-log-entry", "Ctrl+L")
CORRECT_ENTRY = Shortcut("correct-entry", "Ctrl+E")
VERIFY_LOG = Shortcut("verify-log", "Ctrl+Shift+V")
REPORTS = Shortcut("reports", "Ctrl+R")
ASSESS_SEVERITY = Shortcut("assess-severity", "Ctrl+Shift+A")
CRISIS_STEPS = Shortcut("crisis-steps", "Ctrl+Shift+W")  # Ctrl+W closes windows by convention
IMPORT_MENTIONS = Shortcut("import-mentions", "Ctrl+I")
ADD_MENTION = Shortcut("add-mention", "Ctrl+M")
TEAM = Shortcut("team", "Ctrl+Shift+T")
SEVERITY_LEVELS = tuple(Shortcut(f"severity-level-{n}", f"Ctrl+{n}") for n in range(1, 6))

# The shared-accounts window: keys no other window uses
ADD_ACCOUNT = Shortcut("add-account", "Ctrl+Shift+L")  # L for a login
EDIT_ACCOUNT = Shortcut("edit-account", "Ctrl+Shift+E")
ROTATE_PASSWORD = Shortcut("rotate-password", "Ctrl+Shift+R")
COMPROMISED = Shortcut("compromised", "Ctrl+Shift+C")
REVEAL_PASSWORD = Shortcut("reveal-password", "Ctrl+H")
COPY_PASSWORD = Shortcut("copy-password", "Ctrl+Shift+B")

ALL: tuple[Shortcut, ...] = (
    FIND,
    CLOSE_WINDOW,
    QUIT,
    SETTINGS,
    NEW_INCIDENT,
    NEW_DRILL,
    RUN_DRILL,
    SHARED_ACCOUNTS,
    WRITE_LOG_ENTRY,
    CORRECT_ENTRY,
    VERIFY_LOG,
    REPORTS,
    ASSESS_SEVERITY,
    CRISIS_STEPS,
    IMPORT_MENTIONS,
    ADD_MENTION,
    TEAM,
    *SEVERITY_LEVELS,
    ADD_ACCOUNT,
    EDIT_ACCOUNT,
    ROTATE_PASSWORD,
    COMPROMISED,
    REVEAL_PASSWORD,
    COPY_PASSWORD,
)


def assign(action: QAction, shortcut: Shortcut) -> QAction:
    """Give ``action`` the map's key for ``shortcut`` and record which entry it is."""
    action.setShortcut(shortcut.sequence())
    action.setProperty(NAME_PROPERTY, shortcut.name)
    return action
