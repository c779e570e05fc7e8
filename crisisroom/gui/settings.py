"""Per-user view state (window geometry, remembered author) in QSettings.

Stored as an INI file in the config folder, so ``CRISISROOM_HOME`` isolates it like everything
else. Domain settings (rules, cadence…) belong in the database, not here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from crisisroom import paths


def settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "crisisroom.ini"), QSettings.Format.IniFormat)
