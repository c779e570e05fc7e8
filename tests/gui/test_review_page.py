"""The post-crisis review page: every addition is stored and logged; the review report is one click away."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from crisisroom.domain.events.review import PlanAdjustmentAdded, review_event
from crisisroom.domain.log import Kind
from crisisroom.domain.review import NoteKind
from crisisroom.gui import prompts
from crisisroom.gui.report_preview import ReportPreview
from crisisroom.gui.wizard.review_page import PostCrisisReview
from crisisroom.storage import log, review
from crisisroom.storage.database import Database
from tests.unit.report_support import build_incident, report_database
from tests.unit.wizard_support import Clock


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


def page(qtbot: QtBot, db: Database, incident_id: str) -> PostCrisisReview:
    dialog = PostCrisisReview(db, incident_id, author=lambda: "Ana Reviewer")
    qtbot.addWidget(dialog)
    return dialog


def events(db: Database, incident_id: str) -> list[tuple[str, str]]:
    return [(kind, e.text) for e in log.entries(db, incident_id) if (kind := review_event(e.payload)) is not None]


def test_the_page_shows_what_was_stored(qtbot: QtBot, db: Database, clock: Clock) -> None:
    built = build_incident(db, clock)
    dialog = page(qtbot, db, built.incident_id)
    assert dialog.note_lists[NoteKind.WENT_WELL].list.count() == 1
    assert dialog.note_lists[NoteKind.TO_IMPROVE].list.count() == 1
    assert dialog.note_lists[NoteKind.LESSON].list.count() == 1
    assert dialog.actions_table.rowCount() == 2
    done = [dialog.done_box(r).isChecked() for r in range(2)]
    assert sorted(done) == [False, True]
    assert dialog.adjustments_list.count() == 1


@pytest.mark.parametrize("kind", list(NoteKind))
def test_adding_a_note_stores_and_logs_it(qtbot: QtBot, db: Database, clock: Clock, kind: NoteKind) -> None:
    built = build_incident(db, clock, with_review=False)
    dialog = page(qtbot, db, built.incident_id)
    box = dialog.note_lists[kind]
    qtbot.keyClicks(box.edit, "Call the processor's duty manager first")
    qtbot.keyClick(box.edit, Qt.Key.Key_Return)
    stored = review.notes(db, built.incident_id)
    assert [(n.kind, n.text, n.recorded_by) for n in stored] == [
        (kind, "Call the processor's duty manager first", "Ana Reviewer")
    ]
    assert box.list.count() == 1 and box.edit.text() == ""
    assert events(db, built.incident_id) == [
        ("review.note-added", f"Review · {kind.label}: Call the processor's duty manager first")
    ]


def test_an_empty_note_is_not_stored(qtbot: QtBot, db: Database, clock: Clock) -> None:
    built = build_incident(db, clock, with_review=False)
    dialog = page(qtbot, db, built.incident_id)
    assert not dialog.add_note(NoteKind.LESSON)
    assert review.notes(db, built.incident_id) == []


def test_adding_and_closing_an_action_item(qtbot: QtBot, db: Database, clock: Clock) -> None:
    built = build_incident(db, clock, with_review=False)
    dialog = page(qtbot, db, built.incident_id)
    dialog.action_edit.setText("Write the payment-outage template")
    dialog.owner_edit.setText("Cy Lam")
    dialog.due_edit.setDate(QDate(2026, 3, 20))
    qtbot.mouseClick(dialog.add_action_button, Qt.MouseButton.LeftButton)
    [item] = review.actions(db, built.incident_id)
    assert (item.text, item.owner, item.due_date, item.is_open) == (
        "Write the payment-outage template",
        "Cy Lam",
        "2026-03-20",
        True,
    )
    assert dialog.actions_table.item(0, 1).text() == "Cy Lam"
    dialog.done_box(0).setChecked(True)
    qtbot.waitUntil(lambda: not dialog.done_box(0).isEnabled())
    assert not review.actions(db, built.incident_id)[0].is_open
    assert [e for e, _ in events(db, built.incident_id)] == ["review.action-added", "review.action-done"]


def test_an_action_without_owner_is_refused_with_a_message(qtbot: QtBot, db: Database, clock: Clock) -> None:
    built = build_incident(db, clock, with_review=False)
    dialog = page(qtbot, db, built.incident_id)
    dialog.action_edit.setText("Something")
    prompts.set_next_answer(None)
    assert not dialog.add_action()
    assert prompts.shown[-1][0] == "Nothing was saved"
    assert review.actions(db, built.incident_id) == []


def test_a_plan_adjustment_is_stored_and_logged_as_a_decision(qtbot: QtBot, db: Database, clock: Clock) -> None:
    built = build_incident(db, clock, with_review=False)
    dialog = page(qtbot, db, built.incident_id)
    dialog.area_combo.setCurrentIndex(dialog.area_combo.findData("roster"))
    dialog.adjustment_edit.setText("Add a second press officer on call")
    qtbot.mouseClick(dialog.add_adjustment_button, Qt.MouseButton.LeftButton)
    [adjustment] = review.adjustments(db, built.incident_id)
    assert (adjustment.area, adjustment.text) == ("roster", "Add a second press officer on call")
    [entry] = [e for e in log.entries(db, built.incident_id) if review_event(e.payload) == PlanAdjustmentAdded.TYPE]
    assert entry.kind == Kind.DECISION
    assert dialog.adjustments_list.item(0).text().startswith("Roster: Add a second press officer")


def test_the_preview_button_opens_the_review_report(qtbot: QtBot, db: Database, clock: Clock) -> None:
    built = build_incident(db, clock)
    dialog = page(qtbot, db, built.incident_id)
    dialog.show()
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    preview = dialog.preview
    assert isinstance(preview, ReportPreview)
    assert preview.kind == "review"
    assert "Pre-approve a payment-outage holding statement" in preview.browser.toPlainText()
    preview.close()


def test_the_main_window_opens_reports_and_the_review(qtbot: QtBot, window, database: Database) -> None:
    from crisisroom.domain.incidents import Category
    from crisisroom.storage import incidents

    created = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana")
    window.open_incident(created.id)
    assert window.reports_action.shortcut().toString() == "Ctrl+R"
    preview = window.open_reports()
    assert isinstance(preview, ReportPreview) and preview.incident_id == created.id
    preview.close()
    reviewed = window.open_review()
    assert isinstance(reviewed, PostCrisisReview) and reviewed.incident_id == created.id
    reviewed.close()
    window._after_resolved(created.id)
    opened = [w for w in window.findChildren(PostCrisisReview) if w.isVisible()]
    assert opened and opened[-1].incident_id == created.id
    opened[-1].close()
