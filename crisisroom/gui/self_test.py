"""The checks ``--self-test`` adds to its JSON once the dashboard is drawn.

The core's checks (:mod:`crisisroom.self_checks`: keyring, VADER, templates, scenarios) plus the
one only Qt can answer: whether Qt's own catalogues for our languages are where ``i18n`` looks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo

from crisisroom import languages, self_checks


def qt_translations() -> list[str]:
    """The languages besides English for which Qt's ``qtbase_<lang>.qm`` is installed, sorted."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return sorted(
        code for code in languages.SUPPORTED if code != languages.DEFAULT and (folder / f"qtbase_{code}.qm").is_file()
    )


def checks() -> tuple[dict[str, Any], bool]:
    """The results by JSON key, and whether the installation is whole.

    Qt's catalogues are only reported: without them the app works, with English standard buttons.
    """
    results, whole = self_checks.run_all()
    results["qt_translations"] = qt_translations()
    return results, whole
