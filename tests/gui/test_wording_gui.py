"""Window words that follow the language (staff alert, approvals, digits), and the length check at approval."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from crisisroom.domain.message_flow import MessageState
from crisisroom.domain.platform_lengths import Platform, measure
from crisisroom.domain.response_steps import Step
from crisisroom.gui import prompts
from crisisroom.gui.widgets.wizard_strip import statement_name
from crisisroom.gui.wizard.message_page import MessagePage
from crisisroom.gui.wizard.notify_page import NotifyPage
from crisisroom.gui.wizard.wizard import CrisisWizard
from crisisroom.services import statements as statement_service
from crisisroom.storage import log, messages
from crisisroom.storage.database import Database
from tests.gui import test_message_platforms, test_notify_outcomes_page
from tests.gui.test_message_platforms import choose_approver, choose_tab, click

# The Message and Notify steps as their own tests build them.
page = test_message_platforms.page
wizard = test_notify_outcomes_page.wizard


class Marking(QTranslator):
    """A translator that marks every text of the given contexts, so a test sees which words were translated."""

    def __init__(self, *contexts: str) -> None:
        super().__init__()
        self.contexts = contexts

    def isEmpty(self) -> bool:
        return False

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"«{source}»" if context in self.contexts else ""


@pytest.fixture
def marking(qapp: QApplication) -> Iterator[Marking]:
    translator = Marking("NotifyPage", "Messages")
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def test_what_not_to_say_and_the_copied_staff_alert_are_translated(
    qtbot: QtBot, wizard: CrisisWizard, marking: Marking
) -> None:
    notify = wizard.pages[Step.NOTIFY]
    assert isinstance(notify, NotifyPage)
    notify.staff_dont.clear()
    notify.draft_alert(quiet=True)
    prefilled = notify.staff_dont.toPlainText()
    assert prefilled.startswith("«- share details") and prefilled.endswith("online»"), prefilled
    copy = next(b for b in notify.findChildren(QPushButton) if b.text().endswith("staff alert"))
    click(qtbot, copy)
    copied = QApplication.clipboard().text()
    assert copied.startswith("«") and "\n\nPlease don't:\n«- share details" in copied, copied


def test_the_approvals_tooltip_names_statements_in_the_interface_language(
    qtbot: QtBot, database: Database, page: MessagePage, marking: Marking
) -> None:
    stored = statement_service.save_draft_text(
        database, page.incident_id, "customers", "holding", "We are on it.", author="Ana", platform_key="sms"
    ).value
    assert statement_name(stored) == "«Customers» · «Holding statement» · «SMS»"


def test_the_length_line_groups_digits_as_the_locale_does(qtbot: QtBot, page: MessagePage) -> None:
    try:
        QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
        page.text_edit.setPlainText("Nous avons trouvé un accès non autorisé. " * 60)  # 2,460 characters
        shown = page.lengths.text()
        assert QLocale().toString(63206) in shown and "63,206" not in shown, shown
        assert QLocale().toString(2200) in shown and "2,200" not in shown, shown
    finally:
        QLocale.setDefault(QLocale.system())


def test_approving_a_platform_version_over_its_limit_asks_first(
    qtbot: QtBot, database: Database, page: MessagePage
) -> None:
    choose_tab(page, "x")
    page.text_edit.setPlainText("We found that someone could read part of our customer database from outside. " * 4)
    found = measure(page.text_edit.toPlainText().strip(), Platform.X)  # as saved
    assert not found.fits
    choose_approver(page, "Henrik Sato")
    prompts.set_next_answer(False)  # cancel: shorten it first
    click(qtbot, page.approve_button)
    stored = messages.find(database, page.incident_id, "public-posts", "holding", "x")
    assert stored is None or stored.state is MessageState.DRAFT
    choose_approver(page, "Henrik Sato")  # the approver is chosen afresh for every approval
    prompts.set_next_answer(True)  # approve anyway
    click(qtbot, page.approve_button)
    stored = messages.find(database, page.incident_id, "public-posts", "holding", "x")
    assert stored is not None and stored.state is MessageState.APPROVED
    assert log.entries(database, page.incident_id)[-1].text.endswith(
        f"over the length limit (X {found.count:,} of 280)"
    )


def test_approving_a_version_within_its_limit_asks_nothing(qtbot: QtBot, database: Database, page: MessagePage) -> None:
    choose_tab(page, "x")
    page.text_edit.setPlainText("We are on it. More by 16:00.")
    choose_approver(page, "Henrik Sato")
    prompts.clear()
    click(qtbot, page.approve_button)
    assert not [title for title, _ in prompts.shown if "limit" in title]
    stored = messages.find(database, page.incident_id, "public-posts", "holding", "x")
    assert stored is not None and stored.state is MessageState.APPROVED
