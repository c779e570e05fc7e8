"""The Message step: a version per platform, the roster's approvers, refused releases over a limit, public summaries."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.domain.message_flow import MessageState
from crisisroom.domain.platform_lengths import Platform, measure
from crisisroom.domain.response_steps import Step
from crisisroom.gui.wizard.message_page import MessagePage
from crisisroom.gui.wizard.wizard import CrisisWizard
from crisisroom.services import notify as notify_service
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import incidents, log, messages, public_summaries, team
from crisisroom.storage.database import Database

INTERNAL = "A misconfiguration of the backup bucket left the database readable; a security researcher told us."


@pytest.fixture
def page(qtbot: QtBot, database: Database) -> Iterator[MessagePage]:
    """The Message step of a security breach whose first three steps are done, as a team leaves them."""
    incident = incidents.create(database, "Customer data exposed", category=Category.SECURITY_BREACH, author="Ana")
    steps_service.commit_assess(
        database,
        incident.id,
        what_happened=INTERNAL,
        detected_at=datetime.now(UTC) - timedelta(hours=1),
        source_links=[],
        facts=[
            ("Names and e-mail addresses of 4,100 customers were in the copy", True),
            ("Passwords were safe", False),
        ],
        audiences=["public-posts", "press"],
        category=Category.SECURITY_BREACH,
        level=3,
        level_reason="Personal data",
        author="Ana",
    )
    people = {p.name: p for p in team.list_people(database)}
    notify_service.record_notification(
        database, incident.id, people["Maya Lindqvist"].id, "Maya Lindqvist", "phone", author="Ana"
    )
    steps_service.commit_notify(database, incident.id, author="Ana")
    lead, scribe, voice = people["Maya Lindqvist"], people["Jonas Weber"], people["Tomás Rivera"]
    steps_service.commit_manage(
        database,
        incident.id,
        lead_id=lead.id,
        lead_name=lead.name,
        scribe_id=scribe.id,
        scribe_name=scribe.name,
        spokesperson_id=voice.id,
        spokesperson_name=voice.name,
        author="Ana",
    )
    steps_service.set_current_step(database, incident.id, Step.MESSAGE)
    wizard = CrisisWizard(database, incident.id, author=lambda: "Ana Ruiz")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    message = wizard.pages[Step.MESSAGE]
    assert isinstance(message, MessagePage)
    message.grid.setCurrentCell(0, 0)  # public posts, holding statement
    yield message
    wizard.close()


def click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def choose_tab(page: MessagePage, platform: str) -> None:
    tabs = page.platform_tabs
    page.platform_tabs.setCurrentIndex(next(i for i in range(tabs.count()) if tabs.tabData(i) == platform))


def choose_approver(page: MessagePage, name: str) -> None:
    page.approver_combo.setCurrentIndex(page.approver_combo.findText(name, Qt.MatchFlag.MatchStartsWith))


def test_each_platform_has_its_own_version_drafted_and_measured_for_it(
    qtbot: QtBot, database: Database, page: MessagePage
) -> None:
    tabs = page.platform_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "All channels",
        "X",
        "Threads",
        "Instagram",
        "LinkedIn",
        "Facebook",
        "SMS",
    ]
    choose_tab(page, "x")
    click(qtbot, page.template_button)
    text = page.text_edit.toPlainText()
    assert measure(text, Platform.X).fits, "the short post is drafted for X"
    assert page.lengths.text().startswith("X: ") and "Threads" not in page.lengths.text()
    assert not any(check.isVisible() for check in page.where_checks.values()), "it goes out on X, nowhere else"
    assert page.release_button.text() == "&Release on X"
    choose_approver(page, "Henrik Sato")
    click(qtbot, page.approve_button)
    click(qtbot, page.release_button)
    on_x = messages.find(database, page.incident_id, "public-posts", "holding", "x")
    assert on_x is not None and on_x.state is MessageState.RELEASED
    assert on_x.current.release is not None and on_x.current.release.where == ("X",)
    assert messages.find(database, page.incident_id, "public-posts", "holding") is None, "all channels: untouched"
    assert page.grid.item(0, 0).text() == "Released: X"
    # The tab says only the platform (all tabs fit); the state is its dot, tooltip and accessible name.
    assert tabs.tabText(1) == "X" and not tabs.tabIcon(1).isNull() and tabs.tabIcon(2).isNull()
    assert tabs.accessibleTabName(1) == "X · Released" and tabs.tabToolTip(1).startswith("X · Released\n")
    # Customers get e-mail and SMS: their tabs follow the row.
    page.grid.setCurrentCell(1, 0)
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["All channels", "SMS", "E-mail"]


def test_a_release_over_the_limit_is_refused_and_an_override_is_logged_with_its_reason(
    qtbot: QtBot, database: Database, page: MessagePage
) -> None:
    click(qtbot, page.template_button)  # the full post, for all channels: longer than X allows
    assert not measure(page.text_edit.toPlainText(), Platform.X).fits
    choose_approver(page, "Henrik Sato")
    click(qtbot, page.approve_button)
    assert page.override_row.isHidden()
    click(qtbot, page.where_checks[Platform.X])
    click(qtbot, page.release_button)
    problem = page.field_problems["release"]
    assert problem.isVisible() and problem.text().startswith("Not released: too long for X (")
    assert page.override_row.isVisible()
    statement = messages.find(database, page.incident_id, "public-posts", "holding")
    assert statement is not None and statement.state is MessageState.APPROVED
    click(qtbot, page.override_check)
    click(qtbot, page.release_button)
    assert "Say why" in problem.text()
    qtbot.keyClicks(page.override_edit, "Legal wants the full wording; posted as a thread")
    click(qtbot, page.release_button)
    statement = messages.find(database, page.incident_id, "public-posts", "holding")
    assert statement is not None and statement.state is MessageState.RELEASED
    assert statement.current.release is not None
    assert statement.current.release.override_reason == "Legal wants the full wording; posted as a thread"
    assert log.entries(database, page.incident_id)[-1].text.endswith(
        "override: Legal wants the full wording; posted as a thread"
    )
    assert page.override_row.isHidden()


def test_the_approver_is_one_of_the_rosters_approvers_and_never_carried_over(
    qtbot: QtBot, database: Database, page: MessagePage
) -> None:
    combo = page.approver_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Choose who approves…",
        "Maya Lindqvist · Crisis lead",
        "Clara Moreau · Legal counsel",
        "Henrik Sato · Executive approver",
        "Ruth Adeyemi · CEO",
    ]
    assert not combo.isEditable()
    click(qtbot, page.template_button)
    click(qtbot, page.approve_button)
    assert "Choose who approves it" in page.field_problems["approver"].text()
    choose_approver(page, "Clara Moreau")
    click(qtbot, page.approve_button)
    statement = messages.find(database, page.incident_id, "public-posts", "holding")
    assert statement is not None and statement.current.approval is not None
    assert (statement.current.approval.name, statement.current.approval.role) == ("Clara Moreau", "Legal counsel")
    assert combo.currentIndex() == 0, "the next approval is chosen afresh"
    choose_approver(page, "Ruth Adeyemi")
    page.grid.setCurrentCell(3, 0)
    assert combo.currentIndex() == 0, "not carried over to the next statement"
    assert "approver" not in page.draft()


def test_an_edit_after_approval_needs_a_new_approval(qtbot: QtBot, database: Database, page: MessagePage) -> None:
    choose_tab(page, "sms")
    click(qtbot, page.template_button)
    choose_approver(page, "Henrik Sato")
    click(qtbot, page.approve_button)
    assert page.release_button.isEnabled()
    page.text_edit.moveCursor(page.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.text_edit, " Sorry.")
    assert "edited: saving makes a new draft" in page.badge.text()
    assert not page.release_button.isEnabled()
    click(qtbot, page.save_button)
    statement = messages.find(database, page.incident_id, "public-posts", "holding", "sms")
    assert statement is not None and statement.state is MessageState.DRAFT and statement.current.number == 2
    assert page.approve_button.isEnabled() and not page.release_button.isEnabled()


def test_drafts_use_the_public_summary_never_the_internal_assessment(
    qtbot: QtBot, database: Database, page: MessagePage
) -> None:
    assert page.summary_label.text() == "P&ublic summary, holding statement:"
    click(qtbot, page.template_button)
    assert "misconfiguration" not in page.text_edit.toPlainText() and "researcher" not in page.text_edit.toPlainText()
    assert "We are checking whether passwords were safe." in page.text_edit.toPlainText()
    page.text_edit.clear()
    qtbot.keyClicks(page.summary_edit, "Some customer details could be read from outside")
    click(qtbot, page.template_button)  # saves the summary first
    assert public_summaries.summary(database, page.incident_id, "holding") == (
        "Some customer details could be read from outside"
    )
    assert page.text_edit.toPlainText().startswith("Some customer details could be read from outside.")
    page.grid.setCurrentCell(0, 1)
    assert page.summary_edit.text() == "" and "update" in page.summary_label.text()
    assert "Media contact in the statements: Tomás Rivera (Spokesperson), +44 7700 900103" in page.media_label.text()
