"""Where Crisis Room keeps its files.

Defaults follow the platform (via platformdirs). ``CRISISROOM_HOME`` puts everything (database,
backups, settings) under one folder, which is what tests, portable installs and drills on a
borrowed laptop want; ``CRISISROOM_DB`` or ``--db`` names another database file.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

APP_NAME = "CrisisRoom"
DB_FILENAME = "crisisroom.sqlite"


def data_dir() -> Path:
    """The folder for the database and its backups (created, private to the user)."""
    home = os.environ.get("CRISISROOM_HOME")
    path = Path(home).expanduser() / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, False))
    return _private_dir(path)


def config_dir() -> Path:
    """The folder for window state and other per-user settings (created)."""
    home = os.environ.get("CRISISROOM_HOME")
    path = Path(home).expanduser() / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, False))
    return _private_dir(path)


def default_db_path() -> Path:
    """``CRISISROOM_DB`` when set, else the database in the data folder."""
    named = os.environ.get("CRISISROOM_DB")
    return Path(named).expanduser() if named else data_dir() / DB_FILENAME


def backup_dir(db_path: Path) -> Path:
    """The folder of automatic backups for one database file.

    The default database's backups live in ``<data>/backups/crisisroom``; any other file gets a
    folder named after it plus a short hash of its full path, so two databases called the same
    in different places never rotate each other's backups away.
    """
    resolved = db_path.expanduser().resolve()
    if resolved == (data_dir() / DB_FILENAME).resolve():
        name = "crisisroom"
    else:
        digest = hashlib.sha256(str(resolved).encode("utf-8")).hexdigest()[:8]
        name = f"{resolved.stem}-{digest}"
    return _private_dir(data_dir() / "backups" / name)


def _private_dir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
