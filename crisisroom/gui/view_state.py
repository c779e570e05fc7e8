"""Per-user view state (window geometry, remembered author) in QSettings.

Stored as an INI file in the config folder, so ``CRISISROOM_HOME`` isolates it like everything
else. Domain settings (rules, cadence…) belong in the database, not here.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from crisisroom.services import settings as settings_service
from crisisroom.storage import organisation
from crisisroom.storage.database import Database
from crisisroom.system import paths

# Before the organisation's settings moved into the database, the name statements speak for was kept
# here; adopt_legacy_organisation() moves it over once.
LEGACY_ORGANISATION_KEY = "messages/organisation"


def settings() -> QSettings:
    return QSettings(str(paths.config_dir() / "crisisroom.ini"), QSettings.Format.IniFormat)


def adopt_legacy_organisation(database: Database, *, author: str) -> None:
    """Move an organisation name typed in an older version (kept here) into the database, once.

    The database wins when it already has a name; the old key is removed either way.
    """
    store = settings()
    legacy = str(store.value(LEGACY_ORGANISATION_KEY, "", str) or "").strip()
    if not legacy:
        return
    if database.writable and not organisation.name(database):
        settings_service.set_name(database, legacy, author=author)
    store.remove(LEGACY_ORGANISATION_KEY)
