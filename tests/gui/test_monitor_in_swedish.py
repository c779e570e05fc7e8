"""The Monitor page in the Swedish interface: fired rules and the coverage tone in Swedish, not as stored."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from crisisroom.domain.response_steps import Step
from crisisroom.gui.wizard.wizard import CrisisWizard
from crisisroom.services import record as record_service
from crisisroom.storage import rules
from crisisroom.storage.database import Database
from tests.gui.test_report_in_swedish import finished_translation, swedish_interface  # noqa: F401
from tests.unit.report_support import build_incident, report_database
from tests.unit.wizard_support import Clock


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


@pytest.fixture
def monitor_texts(
    qtbot: QtBot,
    swedish_interface: None,  # noqa: F811
    db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[list[str], list[str]]]:
    built = build_incident(db, Clock(monkeypatch))
    assert rules.firings(db, built.incident_id), "the built incident has fired rules"
    record_service.add_coverage(db, built.incident_id, outlet="Dagens Nyheter", tone="negative", author="Ana")
    wizard = CrisisWizard(db, built.incident_id, author=lambda: "Ana")
    qtbot.addWidget(wizard)
    page = wizard.page_for(Step.MONITOR)
    page.refresh()
    firings = [page.firings.item(row).text() for row in range(page.firings.count())]
    tones = [page.coverage_table.item(row, 1).text() for row in range(page.coverage_table.rowCount())]
    yield firings, tones
    page.stop_timers()
    wizard.close()


def test_fired_rules_are_named_and_advised_in_swedish(monitor_texts: tuple[list[str], list[str]]) -> None:
    firings, _tones = monitor_texts
    name = finished_translation("Rules", "Assign to PR")
    action = finished_translation("Rules", "Start assigning the negative messages to the PR manager.")
    role = finished_translation("Rules", "PR manager")
    assert name and action and role
    assigned = [text for text in firings if name in text]
    assert assigned, firings
    assert action in assigned[0]
    # Whom to call is the roster's PR officer by name, after the role in Swedish.
    call = QCoreApplication.translate("MonitorPage", "Call: {role} — {who}.").split("{who}")[0].format(role=role)
    assert call in assigned[0] and "Tomás Rivera" in assigned[0]
    for english in ("Assign to PR", "Start assigning", "PR manager", "Activate the crisis plan", "Phone the CMO"):
        assert not any(english in text for text in firings), (english, firings)


def test_the_coverage_tone_is_a_swedish_word(monitor_texts: tuple[list[str], list[str]]) -> None:
    _firings, tones = monitor_texts
    negative = finished_translation("Sentiment", "negative")
    assert negative
    assert tones == [negative.capitalize()]
    assert "negative" not in tones
