"""A watch on the one rule that keeps several processes safe: an open database file is touched only by SQLite.

While a connection of this process has a database open, opening, copying, renaming, truncating or
deleting that file or its ``-wal``/``-shm``/``-journal`` outside SQLite would drop the process's
POSIX locks on it (see :mod:`crisisroom.storage.database`). :func:`install` adds a Python audit hook
that refuses such an operation with :class:`FileRuleBroken` before it happens and remembers it. The
test suite installs it in every test process and, through ``CRISISROOM_FILE_GUARD=1``, in every
``crisisroom`` process the tests start, so any code path that breaks the rule fails its test.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from crisisroom.storage.database import open_files

ENV = "CRISISROOM_FILE_GUARD"
# Audit events whose first (or first two) arguments are paths that an operation opens or replaces.
_EVENTS = {
    "open": 1,
    "os.rename": 2,
    "os.remove": 1,
    "os.truncate": 1,
    "os.link": 2,
    "shutil.copyfile": 2,
    "shutil.move": 2,
    "shutil.rmtree": 1,
}

broken: list[str] = []
_installed = False


class FileRuleBroken(RuntimeError):
    """Code tried to open, copy, replace or delete a database file outside SQLite while it is open."""


def install() -> None:
    """Watch this process (once; audit hooks cannot be removed)."""
    global _installed
    if not _installed:
        sys.addaudithook(_hook)
        _installed = True


def install_from_environment() -> None:
    if os.environ.get(ENV) == "1":
        install()


def _hook(event: str, args: tuple[Any, ...]) -> None:
    count = _EVENTS.get(event)
    if count is None:
        return
    guarded = open_files()
    if not guarded:
        return
    for value in args[:count]:
        name = _name(value)
        if name is not None and name in guarded:
            message = f"{event} of {name} outside SQLite while a connection to it is open in this process"
            broken.append(message)
            print(f"crisisroom: file rule broken: {message}", file=sys.stderr)
            raise FileRuleBroken(message)


def _name(value: Any) -> str | None:
    if isinstance(value, int):
        return None  # a descriptor: the open that made it was checked
    try:
        return os.path.abspath(os.fsdecode(os.fspath(value)))
    except (TypeError, OSError):  # not a path, or the current folder is gone (abspath asks for it)
        return None
