"""The wizard at 1280×800 (issue 14's walk): what appears is in view, nothing needed hides under the fold or
behind scroll arrows, and resolving a breach whose authority is not notified yet says so first."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QToolButton, QWidget
from pytestqt.qtbot import QtBot

from crisisroom.domain.checklist import BREACH_AUTHORITY
from crisisroom.domain.incidents import Category
from crisisroom.domain.response_steps import Step
from crisisroom.gui import i18n, prompts
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.wizard.base import StepPage
from crisisroom.gui.wizard.message_page import MessagePage
from crisisroom.gui.wizard.wizard import CrisisWizard
from crisisroom.services import checklist as checklist_service
from crisisroom.storage import incidents, messages, public_summaries
from crisisroom.storage.database import Database
from tests.gui.test_manage_checklist import ready_for_manage
from tests.gui.test_message_platforms import choose_approver, choose_tab, click
from tests.gui.test_message_platforms import page as page

# The wizard's size in a 1280×800 screen, as the walk's window had it (title bar and panel taken off).
WIZARD_SIZE = (1180, 740)


def in_view(step_page: StepPage, widget: QWidget) -> bool:
    """Whether ``widget`` is shown whole inside its page's scrolled viewport."""
    viewport = step_page.scroll.viewport()
    top_left = widget.mapTo(viewport, widget.rect().topLeft())
    return widget.isVisible() and viewport.rect().contains(QRect(top_left, widget.size()))


def scroll_arrows_shown(step_page: MessagePage) -> bool:
    return any(b.isVisible() for b in step_page.platform_tabs.findChildren(QToolButton))


@pytest.fixture
def french() -> Iterator[None]:
    app = QApplication.instance()
    assert app is not None
    i18n.install(app, "fr")
    yield
    i18n.install(app, "en")


@pytest.fixture
def wizard_for(qtbot: QtBot, database: Database) -> Iterator[object]:
    made: list[CrisisWizard] = []

    def make(incident_id: str, step: Step) -> CrisisWizard:
        wizard = CrisisWizard(database, incident_id, author=lambda: "Ana Ruiz")
        qtbot.addWidget(wizard)
        wizard.resize(*WIZARD_SIZE)
        wizard.show()
        qtbot.waitExposed(wizard)
        wizard.go_to(step, record=False)
        made.append(wizard)
        return wizard

    yield make
    for wizard in made:
        wizard.close()
    prompts.clear()


# --- Message ----------------------------------------------------------------------------------------


def test_every_platform_tab_is_readable_once_versions_have_states(
    qtbot: QtBot, database: Database, page: MessagePage
) -> None:
    page.wizard().resize(*WIZARD_SIZE)
    for platform in ("", "x", "threads", "sms"):
        choose_tab(page, platform)
        click(qtbot, page.template_button)
        click(qtbot, page.save_button)
    page.grid.setCurrentCell(0, 0)
    qtbot.wait(50)
    tabs = page.platform_tabs
    assert all(not tabs.tabIcon(i).isNull() for i in (0, 1, 2, 6)), "each saved version shows its state's dot"
    assert tabs.tabText(6) == "SMS" and tabs.accessibleTabName(6) == "SMS · Draft"
    assert not scroll_arrows_shown(page), "all seven tabs fit beside the versions"
    assert tabs.tabRect(tabs.count() - 1).right() <= tabs.width()


def test_the_public_summary_wraps_over_lines_and_keeps_its_behaviour(
    qtbot: QtBot, database: Database, page: MessagePage
) -> None:
    edit = page.summary_edit
    assert edit.height() >= 3 * edit.fontMetrics().lineSpacing(), "room for a two-sentence summary"
    two = "We found a storage area open to the internet. We closed it within the hour and are checking the rest."
    with qtbot.waitSignal(edit.textEdited):
        qtbot.keyClicks(edit, two)
    assert edit.text() == two
    # Enter ends the edit (the summary is stored and logged) rather than adding a line or pressing Next.
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == two and page.wizard().currentId() == Step.MESSAGE.number - 1
    assert public_summaries.summary(database, page.incident_id, "holding") == two
    # Showing another phase's summary is not typing.
    page.grid.setCurrentCell(0, 1)
    assert edit.text() == "" and "update" not in page._summaries


def test_a_refused_release_is_scrolled_into_view_whole(
    qtbot: QtBot, database: Database, page: MessagePage, french: None
) -> None:
    # Lower than the walk's wizard, so that this page too scrolls (the walk's longer texts did at 740).
    page.wizard().resize(WIZARD_SIZE[0], 600)
    page.refresh()
    click(qtbot, page.template_button)
    choose_approver(page, "Henrik Sato")
    click(qtbot, page.approve_button)
    click(qtbot, page.where_checks[next(p for p in page.where_checks if p.value == "x")])
    click(qtbot, page.release_button)
    problem = page.field_problems["release"]
    assert problem.text().startswith("Non diffusée")
    assert page.scroll.verticalScrollBar().maximum() > 0, "the page is longer than the wizard: it scrolls"
    qtbot.waitUntil(lambda: in_view(page, problem), timeout=2000)


# --- Manage and Monitor -----------------------------------------------------------------------------


def test_a_breach_in_french_keeps_the_rows_to_add_items_and_accounts_in_view(
    qtbot: QtBot, database: Database, wizard_for: object, french: None
) -> None:
    incident = ready_for_manage(database, Category.SECURITY_BREACH)
    checklist_service.add_account(database, incident, "@marque sur Instagram", author="Ana Ruiz")
    wizard = wizard_for(incident, Step.MANAGE)  # type: ignore[operator]
    manage = wizard.pages[Step.MANAGE]
    qtbot.wait(50)
    assert manage.scroll.verticalScrollBar().value() == 0
    assert in_view(manage, manage.account_edit) and in_view(manage, manage.own_edit)
    view = manage.checklist_view
    first, second = view.visualItemRect(view.item(0)), view.visualItemRect(view.item(1))
    assert second.top() - first.bottom() >= 4, "the rows' check boxes have room between them"


def test_resolving_a_breach_with_the_authority_not_notified_warns_first(
    qtbot: QtBot, database: Database, wizard_for: object
) -> None:
    incident = ready_for_manage(database, Category.SECURITY_BREACH)
    wizard = wizard_for(incident, Step.MONITOR)  # type: ignore[operator]
    monitor = wizard.pages[Step.MONITOR]
    prompts.set_next_answer(False)
    click(qtbot, monitor.resolve_button)
    title, text = prompts.shown[-1]
    assert title == "Declare the crisis resolved"
    assert text.startswith("The supervisory authority has not been notified of this breach yet: GDPR Article 33")
    assert "the Next list keeps it" in text
    assert incidents.get(database, incident).is_open, "cancelled: nothing resolved"
    # The user may still resolve; the summary then comes into view.
    prompts.set_next_answer(True)
    click(qtbot, monitor.resolve_button)
    assert not incidents.get(database, incident).is_open
    qtbot.waitUntil(lambda: in_view(monitor, monitor.summary), timeout=2000)
    assert messages.messages(database, incident), "the resolution drafts were made"


def test_no_warning_once_the_authority_is_notified(qtbot: QtBot, database: Database, wizard_for: object) -> None:
    incident = ready_for_manage(database, Category.SECURITY_BREACH)
    checklist_service.tick(database, incident, BREACH_AUTHORITY, author="Ana Ruiz")
    wizard = wizard_for(incident, Step.MONITOR)  # type: ignore[operator]
    prompts.set_next_answer(False)
    click(qtbot, wizard.pages[Step.MONITOR].resolve_button)
    assert prompts.shown[-1][1].startswith("This drafts the resolution statement")


def test_the_main_windows_resolve_warns_too(qtbot: QtBot, database: Database) -> None:
    incident = ready_for_manage(database, Category.SECURITY_BREACH)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.reload_incidents(select_id=incident)
    prompts.set_next_answer(None)  # cancelled
    window.resolve_incident()
    title, text = prompts.shown[-1]
    assert title == "Resolve incident" and "has not been notified of this breach yet" in text
    assert text.endswith("A note for the log (optional):")
    assert incidents.get(database, incident).is_open
    prompts.clear()
    # The user may still resolve.
    prompts.set_next_answer("Closed; the DPO files the notice tomorrow")
    window.resolve_incident()
    assert not incidents.get(database, incident).is_open
    window.close()
