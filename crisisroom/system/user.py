"""Who is using Crisis Room on this computer."""

from __future__ import annotations

import getpass
import os


def default_author() -> str:
    """Who is writing when nobody said: ``CRISISROOM_AUTHOR`` or the login name."""
    try:
        return os.environ.get("CRISISROOM_AUTHOR") or getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
