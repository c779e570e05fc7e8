"""The wizard's validation messages: each a sentence, right under the field it is about, in the warning colour,
and gone once the field is fixed."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDateTime, QRect, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QLayout, QWidget
from pytestqt.qtbot import QtBot

from crisisroom.domain.platform_lengths import Platform
from crisisroom.domain.response_steps import Step
from crisisroom.gui.style import warning_colour
from crisisroom.gui.wizard.base import StepPage
from crisisroom.gui.wizard.wizard import CrisisWizard
from crisisroom.storage.database import Database
from tests.gui.test_wizard_flow import click, fill_assess, incident, make_wizard, next_page  # noqa: F401

SENTENCE = re.compile(r"^[A-ZÅÄÖ].*[.!?]$", re.DOTALL)


@pytest.fixture
def wizard(qtbot: QtBot, database: Database, incident) -> Iterator[CrisisWizard]:  # noqa: F811
    wiz = make_wizard(qtbot, database, incident.id)
    yield wiz
    wiz.close()


def _column(layout: QLayout, label: QLabel) -> QLayout | None:
    """The layout that holds ``label`` as one of its items."""
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item.widget() is label:
            return layout
        if item.layout() is not None and (found := _column(item.layout(), label)) is not None:
            return found
    return None


def _on_page(page: StepPage, widget: QWidget, rect: QRect) -> QRect:
    return QRect(widget.mapTo(page, rect.topLeft()), rect.size())


def shown_beside(page: StepPage, key: str, field: QWidget) -> str:
    """The problem under ``key``: visible, a sentence, warning-coloured, directly under the cell holding ``field``."""
    label = page.field_problems[key]
    assert label.isVisibleTo(page), key
    text = label.text()
    assert SENTENCE.match(text), text
    assert label.palette().color(QPalette.ColorRole.WindowText) == warning_colour(label.palette())
    column = _column(page.body.layout(), label) or _column(label.parentWidget().layout(), label)
    assert column is not None and column.indexOf(label) == 1, "the label follows its field in one column"
    cell = _on_page(page, label.parentWidget(), column.itemAt(0).geometry())
    below = _on_page(page, label.parentWidget(), label.geometry())
    held = _on_page(page, field.parentWidget(), field.geometry())
    assert cell.contains(held.center()), f"{key}: the field is in the cell above its problem"
    assert 0 <= below.top() - cell.bottom() <= 12, f"{key}: the problem is directly under its field"
    assert abs(below.left() - cell.left()) <= 2, f"{key}: the problem starts where its field starts"
    return text


def cleared(page: StepPage, key: str) -> bool:
    return page.field_problems[key].isHidden() and not page.field_problems[key].text()


def test_assess_problems_sit_under_their_fields(qtbot: QtBot, wizard: CrisisWizard) -> None:
    page = wizard.pages[Step.ASSESS]
    page.detected_edit.setDateTime(QDateTime.currentDateTime().addDays(2))
    for verified in (True, False):
        page.fact_edit.setText("The provider is down")
        page.fact_verified.setChecked(verified)
        click(qtbot, page.add_fact_button)
    next_page(qtbot, wizard)
    assert wizard.currentId() == 0
    assert "audience" in shown_beside(page, "audiences", page.audience_checks["public-posts"])
    assert shown_beside(page, "audiences", page.audience_checks["public-posts"]) == (
        "Choose at least one affected audience."
    )
    shown_beside(page, "what_happened", page.what_edit)
    assert "future" in shown_beside(page, "detected_at", page.detected_edit)
    assert "twice" in shown_beside(page, "facts", page.facts_list)
    assert "level" in shown_beside(page, "level", page.level_combo)
    assert page.problem.isHidden()  # nothing left for the line under all the fields

    click(qtbot, page.audience_checks["customers"])
    assert cleared(page, "audiences")
    assert not cleared(page, "level")
    qtbot.keyClicks(page.what_edit, "Card payments fail.")
    assert cleared(page, "what_happened")
    page.detected_edit.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    assert cleared(page, "detected_at")
    page.facts_list.setCurrentRow(1)
    click(qtbot, page.remove_fact_button)
    assert cleared(page, "facts")
    page.level_combo.setCurrentIndex(page.level_combo.findData(3))
    assert cleared(page, "level")
    next_page(qtbot, wizard)
    assert wizard.currentId() == 1


def test_notify_and_manage_problems_sit_under_their_fields(qtbot: QtBot, wizard: CrisisWizard) -> None:
    fill_assess(qtbot, wizard)  # level 4: the all-staff alert is due
    next_page(qtbot, wizard)
    notify = wizard.pages[Step.NOTIFY]
    next_page(qtbot, wizard)
    assert wizard.currentId() == 1
    assert "reached" in shown_beside(notify, "chain", notify.chain_box)
    assert "all staff" in shown_beside(notify, "staff_alert", notify.staff_skip)
    click(qtbot, notify.rows[0].reached)
    assert cleared(notify, "chain")
    qtbot.keyClicks(notify.staff_skip, "Waiting for the CEO")
    assert cleared(notify, "staff_alert")
    next_page(qtbot, wizard)
    assert wizard.currentId() == 2

    manage = wizard.pages[Step.MANAGE]
    manage.role_combos["scribe"].setCurrentIndex(0)
    next_page(qtbot, wizard)
    assert wizard.currentId() == 2
    assert "scribe" in shown_beside(manage, "scribe", manage.role_combos["scribe"])
    assert cleared(manage, "lead")
    manage.role_combos["scribe"].setCurrentIndex(1)
    assert cleared(manage, "scribe")


def test_message_and_monitor_problems_sit_under_their_fields(qtbot: QtBot, wizard: CrisisWizard) -> None:
    fill_assess(qtbot, wizard)
    next_page(qtbot, wizard)
    notify = wizard.pages[Step.NOTIFY]
    click(qtbot, notify.rows[0].reached)
    click(qtbot, notify.staff_sent)
    next_page(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == 3
    message = wizard.pages[Step.MESSAGE]
    next_page(qtbot, wizard)
    assert "never go silent" in shown_beside(message, "grid", message.grid)
    message.grid.setCurrentCell(0, 0)
    click(qtbot, message.template_button)
    click(qtbot, message.approve_button)
    assert "approves" in shown_beside(message, "approver", message.approver_combo)
    message.approver_combo.setCurrentIndex(message.approver_combo.findText("Henrik Sato", Qt.MatchFlag.MatchStartsWith))
    assert cleared(message, "approver")
    click(qtbot, message.approve_button)
    click(qtbot, message.release_button)
    assert "released" in shown_beside(message, "release", message.release_button)
    click(qtbot, message.where_checks[Platform.THREADS])  # the full post: X would need the short one
    assert cleared(message, "release")
    click(qtbot, message.release_button)
    assert cleared(message, "grid")  # a statement is out: what the grid's problem asked for
    next_page(qtbot, wizard)
    assert wizard.currentId() == 4

    monitor = wizard.pages[Step.MONITOR]
    click(qtbot, monitor.findChild(QWidget, "add_coverage_button"))
    assert "outlet" in shown_beside(monitor, "coverage", monitor.outlet_edit)
    qtbot.keyClicks(monitor.outlet_edit, "Daily Courier")
    assert cleared(monitor, "coverage")
