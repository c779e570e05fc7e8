"""The dashboard's Next panel: it shows the first steps with their reasons, and a click opens the right place."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.domain.response_steps import Step
from crisisroom.gui.assessment_dialog import AssessmentDialog
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.wizard.review_page import PostCrisisReview
from crisisroom.services import statements as statement_service
from crisisroom.storage import incidents
from crisisroom.storage.database import Database


def _open(window: MainWindow, incident_id: str) -> None:
    window.reload_incidents(select_id=incident_id)


def test_a_fresh_incident_shows_assess_first_and_the_click_opens_the_assessment(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    incident = incidents.create(database, "Checkout fails", category=Category.OPERATIONAL, author="Ana")
    _open(window, incident.id)
    panel = window.next_panel
    assert panel.isVisible()
    assert panel.step_buttons[0].text() == "→ Assess how serious it is"
    assert panel.why_labels[0].text().startswith("No severity level is confirmed yet")
    qtbot.mouseClick(panel.step_buttons[0], Qt.MouseButton.LeftButton)
    dialog = window.findChild(AssessmentDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()


def test_a_waiting_statement_opens_the_wizard_at_message_and_the_rest_are_one_click_away(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    incident = incidents.create(database, "Recall", category=Category.OPERATIONAL, author="Ana", level=4)
    statement_service.save_draft_text(
        database, incident.id, "press", "holding", "We are looking into it.", author="Ana"
    )
    _open(window, incident.id)
    panel = window.next_panel
    kinds = [s.kind for s in panel.steps]
    assert "approval" in kinds and "pause" in kinds
    assert len(panel.step_buttons) == 2 and len(kinds) > 2
    assert panel.more_button.isVisible() and panel.more_button.text() == f"{len(kinds) - 2} more"
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert len(panel.step_buttons) == len(kinds)
    approval = panel.step_buttons[kinds.index("approval")]
    qtbot.mouseClick(approval, Qt.MouseButton.LeftButton)
    wizard = window._wizards[incident.id]
    assert wizard.isVisible() and wizard.current_step() is Step.MESSAGE
    wizard.close()


def test_a_resolved_incident_offers_the_review(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident = incidents.create(database, "Typo", category=Category.REPUTATION, author="Ana", level=2)
    incidents.resolve(database, incident.id, author="Ana")
    window.show_drills_action.setChecked(False)
    _open(window, incident.id)
    panel = window.next_panel
    assert [b.text() for b in panel.step_buttons] == ["→ Start the post-crisis review"]
    qtbot.mouseClick(panel.step_buttons[0], Qt.MouseButton.LeftButton)
    review = window.findChild(PostCrisisReview)
    assert review is not None and review.isVisible()
    review.close()


def test_the_panel_follows_the_room(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana")
    _open(window, incident.id)
    assert window.next_panel.steps[0].kind == "assess"
    incidents.set_level(database, incident.id, 2, author="Ana")
    window.dashboard.refresh()  # as the 30-second timer does (and every change, for what it shows)
    assert "assess" not in [s.kind for s in window.next_panel.steps]
    assert isinstance(window.next_panel.parentWidget(), QWidget)
