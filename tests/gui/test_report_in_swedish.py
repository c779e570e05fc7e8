"""A report made in the Swedish interface uses the interface's own translations of the core's labels.

``i18n.install`` (as ``make_application`` calls it) connects ``QCoreApplication.translate`` to
the core's translation hook, so the report's level names, kinds and titles come from the same
compiled .qm as the windows.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from crisisroom.domain import severity, text
from crisisroom.gui import i18n
from crisisroom.i18n import languages
from crisisroom.services import reports as report_service
from crisisroom.storage.database import Database
from tests.unit.report_support import build_incident, report_database
from tests.unit.wizard_support import Clock

TS_FILE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "crisisroom_sv.ts"


def finished_translation(context: str, source: str) -> str:
    """The finished Swedish translation of a message in the .ts, or "" while it is unfinished."""
    for element in ElementTree.parse(TS_FILE).getroot().iter("context"):
        if element.findtext("name") != context:
            continue
        for message in element.iter("message"):
            translation = message.find("translation")
            if message.findtext("source") == source and translation is not None and not translation.get("type"):
                return translation.text or ""
    return ""


@pytest.fixture
def swedish_interface(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(languages.ENV_VAR, "sv")
    assert i18n.install(qapp) == "sv"
    try:
        yield
    finally:
        i18n.remove(qapp)
        languages.set_language(None)
        QLocale.setDefault(QLocale.system())


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


@pytest.fixture
def situation_html(swedish_interface: None, db: Database, monkeypatch: pytest.MonkeyPatch) -> str:
    built = build_incident(db, Clock(monkeypatch))  # ends at level 3, Serious
    return report_service.make_report(db, built.incident_id, "situation", "html").html


def test_the_report_uses_the_interfaces_translations(situation_html: str) -> None:
    assert text.translate("Report", "Situation report") == "Lägesrapport"  # the hook reaches Qt's .qm
    assert '<html lang="sv">' in situation_html
    assert "Lägesrapport" in situation_html
    assert f">{finished_translation('Report', 'Open')}<" in situation_html  # the status, as the .ts words it
    assert i18n.level_label(3) in situation_html  # word for word what the windows say
    assert "lör 14 mars 2026 kl. " in situation_html


def test_the_situation_report_names_the_level_in_swedish(situation_html: str) -> None:
    name = severity.level(3).name
    swedish = finished_translation("Severity", name)
    if not swedish:
        pytest.skip(f"the Swedish .ts has no finished translation of the level name {name!r} yet")
    assert QCoreApplication.translate("Severity", name) == swedish, "resources_rc.py is older than the .ts"
    assert swedish in situation_html and f"· {name}" not in situation_html
