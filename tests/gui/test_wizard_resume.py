"""Quitting mid-wizard and coming back; the keyboard alone; the main window's progress strip."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from crisisroom.domain.clock import now_utc
from crisisroom.domain.incidents import Category
from crisisroom.domain.response_steps import Step
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.wizard.wizard import CrisisWizard
from crisisroom.services import statements as statement_service
from crisisroom.storage import incidents
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database, open_database
from tests.gui.test_wizard_flow import fill_assess, make_wizard, next_page


# The offscreen platform cannot raise windows; bringing the open wizard to the front asks it to.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_quit_mid_wizard_and_resume_on_the_same_step_with_what_was_typed(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    incident = incidents.create(database, "Leaked memo", category=Category.REPUTATION, author="Ana")
    window.reload_incidents(select_id=incident.id)
    wizard = window.open_wizard()
    assert wizard is not None and window.open_wizard() is wizard  # one per incident
    fill_assess(qtbot, wizard)
    next_page(qtbot, wizard)
    notify = wizard.pages[Step.NOTIFY]
    notify.subject_edit.clear()
    qtbot.keyClicks(notify.subject_edit, "Crisis team: please call in")
    # Quit: the wizard and the main window close, the database with them (no wait for the debounce).
    window.close()
    path = database.path
    database.close()
    with open_database(path) as reopened:
        assert steps_store.load(reopened, incident.id).current_step is Step.NOTIFY
        again = make_wizard(qtbot, reopened, incident.id)
        assert again.currentId() == 1
        assert again.pages[Step.NOTIFY].subject_edit.text() == "Crisis team: please call in"
        assert "Card payments fail" in again.pages[Step.ASSESS].what_edit.toPlainText()
        # Back works after resuming: the history up to the saved step is there.
        qtbot.mouseClick(again.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
        assert again.currentId() == 0
        again.close()


def test_keyboard_alone_completes_assess(qtbot: QtBot, database: Database) -> None:
    incident = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana")
    wizard = make_wizard(qtbot, database, incident.id)
    page = wizard.pages[Step.ASSESS]
    page.what_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.what_edit)

    def type_here(text: str) -> None:
        qtbot.keyClicks(QApplication.focusWidget(), text)

    def tab(times: int = 1) -> None:
        for _ in range(times):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)

    type_here("The checkout is down.")
    tab()  # → first detected (keeps its default: the incident's opening)
    assert QApplication.focusWidget() is page.detected_edit
    # Tab inside the date edit walks its sections (Qt's way); the label's mnemonic jumps on.
    qtbot.keyClick(wizard, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.links_edit
    type_here("https://status.example.com")
    tab()  # → new fact
    assert QApplication.focusWidget() is page.fact_edit
    type_here("Orders by invoice work")
    qtbot.keyClick(page.fact_edit, Qt.Key.Key_Return)  # Enter in the fact line adds the fact
    assert page.facts() == [("Orders by invoice work", False)]
    # Mnemonics reach the rest: Alt+T crisis type is kept, Alt+L the level, Alt+R the reason.
    qtbot.keyClick(wizard, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is page.level_combo
    for _ in range(3):
        qtbot.keyClick(page.level_combo, Qt.Key.Key_Down)
    assert page.level_combo.currentData() == 3
    qtbot.keyClick(wizard, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    type_here("Many customers cannot pay")
    page.audience_checks["customers"].setFocus()
    qtbot.keyClick(page.audience_checks["customers"], Qt.Key.Key_Space)
    # Enter in a line field presses the default button: Next.
    qtbot.keyClick(wizard, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.reason_edit, Qt.Key.Key_Return)
    assert wizard.currentId() == 1, page.problem.text()
    assert incidents.get(database, incident.id).level == 3
    assert steps_store.load(database, incident.id).is_done(Step.ASSESS)
    wizard.close()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_main_window_strip_shows_steps_countdown_and_approvals(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    incident = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana")
    window.reload_incidents(select_id=incident.id)
    strip = window.wizard_strip
    assert [b.text() for b in strip.step_buttons.values()] == ["Assess", "Notify", "Manage", "Message", "Monitor"]
    assert strip.countdown_label.text().startswith("Next internal update due in 4:")
    assert strip.approvals_label.text() == ""
    wizard = window.open_wizard()
    assert isinstance(wizard, CrisisWizard)
    fill_assess(qtbot, wizard)
    next_page(qtbot, wizard)  # the committed step refreshes the strip
    assert strip.step_buttons[Step.ASSESS].text() == "Assess ✓"
    statement_service.save_draft_text(
        database, incident.id, "press", "holding", "We are looking into it.", author="Ana"
    )
    statement_service.save_draft_text(database, incident.id, "customers", "holding", "We are on it.", author="Ana")
    window.open_incident(incident.id)  # an incident switch refreshes it too
    assert strip.approvals_label.text() == "2 statements await approval"
    # Overdue: the countdown turns red and the status bar reminds, once.
    reminders: list[bool] = []
    strip.became_due.connect(lambda: reminders.append(True))
    strip.tick(now_utc() + timedelta(minutes=8))
    assert "overdue by 3 min" in strip.countdown_label.text()
    strip.tick(now_utc() + timedelta(minutes=8, seconds=1))
    assert reminders == [True]
    assert "due now" in window.statusBar().currentMessage()
    # Clicking a step opens the wizard there.
    qtbot.mouseClick(strip.step_buttons[Step.ASSESS], Qt.MouseButton.LeftButton)
    assert wizard.currentId() == 0
    wizard.close()
