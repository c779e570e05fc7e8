"""The Manage step's checklist per crisis type in a real wizard: own items, the recall switch, the breach's
72-hour clock (set, counting down, overdue, stopped) and the same clock in the Monitor step; and the
situation report's deadline in the PDF (pdftotext)."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from crisisroom.domain.checklist import BREACH_AUTHORITY
from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.response_steps import Step
from crisisroom.gui import prompts
from crisisroom.gui.wizard.wizard import CrisisWizard
from crisisroom.printing.pdf import html_to_pdf
from crisisroom.services import checklist as checklist_service
from crisisroom.services import notify as notify_service
from crisisroom.services import reports as report_service
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import checklist, incidents, log
from crisisroom.storage.database import Database
from tests.conftest import need_real


def detected() -> datetime:
    """30 hours before now, read when a test runs (a suite takes minutes after this module is imported)."""
    return datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(hours=30)


def ready_for_manage(database: Database, category: Category) -> str:
    """An incident with Assess and Notify committed, detected 30 hours ago."""
    detected_at = detected()
    incident = incidents.create(
        database,
        "Customer e-mails posted on a forum",
        category=category,
        author="Ana Ruiz",
        timezone="UTC",
        detected_at=to_iso(detected_at),
    )
    steps_service.commit_assess(
        database,
        incident.id,
        what_happened="A list of customer e-mail addresses was posted on a forum.",
        detected_at=detected_at,
        source_links=[],
        facts=[],
        audiences=["customers"],
        category=category,
        level=3,
        level_reason="Personal data leaked",
        author="Ana Ruiz",
    )
    notify_service.record_notification(database, incident.id, "p-ben", "Ben Ode", "phone", author="Ana Ruiz")
    steps_service.commit_notify(database, incident.id, author="Ana Ruiz")
    return incident.id


@pytest.fixture
def open_wizard(qtbot: QtBot, database: Database) -> Iterator[object]:
    made: list[CrisisWizard] = []

    def make(incident_id: str) -> CrisisWizard:
        wizard = CrisisWizard(database, incident_id, author=lambda: "Ana Ruiz")
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.go_to(Step.MANAGE, record=False)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.close()
    prompts.clear()


def rows(page: object) -> list[tuple[str, bool]]:
    view = page.checklist_view  # type: ignore[attr-defined]
    return [
        (view.item(i).data(Qt.ItemDataRole.UserRole), view.item(i).checkState() == Qt.CheckState.Checked)
        for i in range(view.count())
    ]


def test_own_items_are_added_renamed_and_removed_on_the_page(
    qtbot: QtBot, database: Database, open_wizard: object
) -> None:
    incident = ready_for_manage(database, Category.SECURITY_BREACH)
    page = open_wizard(incident).pages[Step.MANAGE]  # type: ignore[operator]
    keys = [key for key, _ in rows(page)]
    assert {"dpo-informed", "legal-engaged", "breach-authority-notified"} <= set(keys)
    assert not page.recall_check.isVisibleTo(page)  # a breach is no recall
    qtbot.keyClicks(page.own_edit, "Brief the works council")
    qtbot.keyClick(page.own_edit, Qt.Key.Key_Return)
    assert rows(page)[-1] == ("own-1", False)
    assert page.checklist_view.currentItem().text() == "Brief the works council"
    assert page.rename_button.isEnabled() and page.remove_button.isEnabled()
    page.checklist_view.currentItem().setCheckState(Qt.CheckState.Checked)
    prompts.set_next_answer("Brief the works council and the unions")
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    assert rows(page)[-1] == ("own-1", True)  # renamed, still ticked
    assert page.checklist_view.item(page._row_of("own-1")).text() == "Brief the works council and the unions"
    page.checklist_view.setCurrentRow(page._row_of("dpo-informed"))
    assert not page.rename_button.isEnabled() and not page.remove_button.isEnabled()  # built-in: not ours to edit
    page.checklist_view.setCurrentRow(page._row_of("own-1"))
    prompts.set_next_answer(False)  # a ticked item asks first: Cancel keeps it
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "own-1" in [key for key, _ in rows(page)]
    assert "is ticked as done" in prompts.shown[-1][1]
    prompts.set_next_answer(True)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "own-1" not in [key for key, _ in rows(page)]
    texts = [e.text for e in log.entries(database, incident)]
    assert "Checklist item added: Brief the works council" in texts
    assert "Checklist item renamed: Brief the works council → Brief the works council and the unions" in texts
    assert any(
        t.startswith("Checklist item removed: Brief the works council and the unions (it had been done") for t in texts
    )


def test_a_recall_adds_its_items_from_the_page(qtbot: QtBot, database: Database, open_wizard: object) -> None:
    incident = ready_for_manage(database, Category.OPERATIONAL)
    page = open_wizard(incident).pages[Step.MANAGE]  # type: ignore[operator]
    assert page.recall_check.isVisibleTo(page) and not page.deadline_box.isVisibleTo(page)
    assert "recall-authority-informed" not in [key for key, _ in rows(page)]
    qtbot.mouseClick(page.recall_check, Qt.MouseButton.LeftButton)
    assert "recall-authority-informed" in [key for key, _ in rows(page)]
    assert checklist.settings(database, incident).product_recall


def test_the_breach_clock_is_set_counts_down_runs_over_and_stops(
    qtbot: QtBot, database: Database, open_wizard: object
) -> None:
    incident = ready_for_manage(database, Category.SECURITY_BREACH)
    wizard = open_wizard(incident)  # type: ignore[operator]
    page = wizard.pages[Step.MANAGE]
    assert page.deadline_box.isVisibleTo(page)
    detected_at = from_iso(incidents.get(database, incident).detected_at or "")
    due = detected_at + timedelta(hours=72)
    text = page.deadline_label.text()
    assert text.startswith("Notify the supervisory authority within 4") and f"(by {due:%Y-%m-%d %H:%M})" in text
    assert page.aware_basis.text() == "the detection time"
    assert not page.aware_button.isEnabled()
    # The team knew earlier than the detection time: 80 hours ago, so the deadline has passed.
    aware = detected_at + timedelta(hours=30) - timedelta(hours=80)  # 80 hours before the test began
    page.aware_edit.setDateTime(QDateTime(aware.date(), aware.time().replace(tzinfo=None)))
    assert page.aware_button.isEnabled()
    qtbot.mouseClick(page.aware_button, Qt.MouseButton.LeftButton)
    assert page.aware_basis.text() == "as set by the team"
    assert page.deadline_label.text().startswith("Notifying the supervisory authority is overdue by 8 h 0")
    assert page.deadline_label.palette().color(page.deadline_label.foregroundRole()).name() == "#b03a2e"
    assert log.entries(database, incident)[-1].text.startswith(
        f"72-hour clock (GDPR Art. 33): became aware of the breach at {aware:%Y-%m-%d %H:%M} UTC;"
    )
    # The Monitor step shows the same clock.
    wizard.go_to(Step.MONITOR, record=False)
    monitor = wizard.pages[Step.MONITOR]
    assert monitor.deadline_label.isVisibleTo(monitor)
    assert monitor.deadline_label.text().startswith("Notifying the supervisory authority is overdue by 8 h 0")
    # Ticking the authority's item stops it.
    wizard.go_to(Step.MANAGE, record=False)
    page.checklist_view.item(page._row_of(BREACH_AUTHORITY)).setCheckState(Qt.CheckState.Checked)
    assert page.deadline_label.text().startswith("Supervisory authority notified at ")
    assert "after the 72-hour deadline" in page.deadline_label.text()
    assert not page.deadline_timer.isActive()
    wizard.go_to(Step.MONITOR, record=False)
    assert "after the 72-hour deadline" in monitor.deadline_label.text()


def test_no_clock_in_the_monitor_step_without_a_breach(qtbot: QtBot, database: Database, open_wizard: object) -> None:
    incident = ready_for_manage(database, Category.REPUTATION)
    wizard = open_wizard(incident)  # type: ignore[operator]
    assert not wizard.pages[Step.MANAGE].deadline_box.isVisibleTo(wizard)
    wizard.go_to(Step.MONITOR, record=False)
    assert not wizard.pages[Step.MONITOR].deadline_label.isVisibleTo(wizard)


def pdf_text(database: Database, incident: str, pdf: Path) -> str:
    """The situation report laid out by Qt, read back by poppler's pdftotext, on one line."""
    report = report_service.make_report(database, incident, "situation", "pdf")
    pdf.write_bytes(html_to_pdf(report.html, header=report.header, exercise=report.exercise, footer=report.title))
    found = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True)
    return " ".join(found.stdout.split())


def test_the_situation_report_pdf_carries_the_deadline(qtbot: QtBot, database: Database, tmp_path: Path) -> None:
    if shutil.which("pdftotext") is None:
        need_real("pdftotext is missing: install poppler-utils to read PDFs")
    incident = ready_for_manage(database, Category.SECURITY_BREACH)
    checklist_service.add_own(database, incident, "Call the insurer", author="Ana Ruiz")
    text = pdf_text(database, incident, tmp_path / "situation.pdf")
    assert "Deadlines set by law" in text
    assert "GDPR Article 33, 72 hours" in text
    # 42 hours left when the incident was made; the report is laid out a moment later.
    left = re.search(r"(\d+) h (\d\d) min left", text)
    assert left is not None and 41 * 60 + 55 <= int(left[1]) * 60 + int(left[2]) <= 42 * 60, text
    assert "Call the insurer" in text  # an open item under Needs
    checklist_service.tick(database, incident, BREACH_AUTHORITY, author="Dee Fox")
    text = pdf_text(database, incident, tmp_path / "situation.pdf")
    assert "by Dee Fox" in text and "before the deadline" in text
    assert "left" not in text.split("Deadlines set by law")[1].split("Conditions")[0]
