"""The keyboard alone walks the crisis wizard from Assess to "declare resolved" (issue 4).

Every action goes to whatever has focus (``QApplication.focusWidget()``): Tab and Shift+Tab to move,
Space to tick or press, arrow keys in lists, combo boxes and the message grid, Enter for the default
button or a line field's own action, Alt+letter for the mnemonics. Nothing is set or clicked directly;
only reading the widgets and the database tells the test where it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import Kind
from crisisroom.domain.message_flow import MessageState
from crisisroom.domain.platform_lengths import Platform
from crisisroom.domain.response_steps import STEPS, Step
from crisisroom.gui import prompts
from crisisroom.gui.wizard.wizard import CrisisWizard
from crisisroom.storage import checklist, coverage, incidents, log, messages, notifications, team, updates
from crisisroom.storage import facts as fact_store
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database
from tests.gui.test_wizard_flow import make_wizard

Key = Qt.Key
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """A person at the keyboard: every key goes to the widget that has focus."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    @staticmethod
    def focus() -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def press(self, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.focus(), key, modifier)

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.focus(), text)

    def alt(self, key: Qt.Key) -> None:
        self.press(key, ALT)

    def next_step(self, wizard: CrisisWizard) -> int:
        """Alt+N, "Done, &next step >"; a mnemonic presses its button after a short flash."""
        before = wizard.currentId()
        self.alt(Key.Key_N)
        self.qtbot.wait(250)
        return wizard.currentId() - before

    def tab_to(self, target: QWidget, *, backwards: bool = False, limit: int = 40) -> None:
        """Tab (or Shift+Tab) until ``target`` has focus; fails if the tab chain never gets there."""
        for _ in range(limit):
            if self.focus() is target:
                return
            if backwards:
                self.press(Key.Key_Backtab, SHIFT)
            else:
                self.press(Key.Key_Tab)
        assert self.focus() is target, f"Tab never reached {target.objectName() or target.accessibleName()}"

    def down_until(self, done: Callable[[], bool], *, limit: int = 20) -> None:
        for _ in range(limit):
            if done():
                return
            self.press(Key.Key_Down)
        assert done()


@pytest.fixture
def incident(database: Database) -> Incident:
    return incidents.create(database, "Payment outage at checkout", category=Category.OPERATIONAL, author="Ana")


@pytest.fixture
def wizard(qtbot: QtBot, database: Database, incident: Incident) -> Iterator[CrisisWizard]:
    wiz = make_wizard(qtbot, database, incident.id)
    wiz.activateWindow()
    qtbot.waitUntil(wiz.isActiveWindow)
    yield wiz
    wiz.close()


def test_the_keyboard_alone_completes_all_five_steps(
    qtbot: QtBot, database: Database, incident: Incident, wizard: CrisisWizard
) -> None:
    keys = Keyboard(qtbot)
    committed: list[str] = []
    wizard.step_committed.connect(committed.append)

    # 1. Assess: the wizard opens with the cursor in "What happened".
    assess = wizard.pages[Step.ASSESS]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is assess.what_edit)
    keys.type("Card payments fail at checkout for many customers.")
    keys.alt(Key.Key_S)  # the date edit keeps Tab for its sections; Alt+S jumps to the source links
    assert keys.focus() is assess.links_edit
    keys.type("https://status.example.com/incident/1")
    keys.press(Key.Key_Tab)
    assert keys.focus() is assess.fact_edit
    keys.type("Invoice orders still go through")
    keys.press(Key.Key_Tab)
    assert keys.focus() is assess.fact_verified
    keys.press(Key.Key_Space)
    keys.press(Key.Key_Tab)
    assert keys.focus() is assess.add_fact_button
    keys.press(Key.Key_Space)
    keys.alt(Key.Key_F)  # back to the fact line
    keys.type("The payment provider has an outage")
    keys.press(Key.Key_Return)  # Enter adds the fact, and does not press Next
    assert wizard.currentId() == 0
    assert assess.problem.isHidden()
    assert all(label.isHidden() for label in assess.field_problems.values())  # Next was not pressed
    assert assess.facts() == [("Invoice orders still go through", True), ("The payment provider has an outage", False)]
    keys.tab_to(assess.audience_checks["public-posts"])
    keys.press(Key.Key_Space)
    keys.press(Key.Key_Tab)
    assert keys.focus() is assess.audience_checks["customers"]
    keys.press(Key.Key_Space)
    keys.tab_to(assess.level_combo)
    keys.down_until(lambda: assess.level_combo.currentData() == 4)
    keys.tab_to(assess.reason_edit)
    keys.type("Customers cannot pay")
    keys.press(Key.Key_Return)  # Enter in a line field presses the default button: Next
    assert wizard.currentId() == 1, assess.problem.text()
    assert incidents.get(database, incident.id).level == 4
    assessment = steps_store.assessment(database, incident.id)
    assert assessment is not None and assessment.audiences == ("public-posts", "customers")
    assert assessment.source_links == ("https://status.example.com/incident/1",)
    assert [(f.text, f.verified) for f in fact_store.facts(database, incident.id)] == [
        ("Invoice orders still go through", True),
        ("The payment provider has an outage", False),
    ]

    # 2. Notify: the chain of command comes first in the tab order, person by person.
    notify = wizard.pages[Step.NOTIFY]
    first, second = notify.rows[0], notify.rows[1]
    assert first.person.name == "Maya Lindqvist"
    assert keys.focus() is first.channel
    keys.down_until(lambda: first.channel.currentData() == "sms")
    keys.press(Key.Key_Tab)
    assert keys.focus() is first.no_answer  # the outcomes in the order a call tree goes
    keys.press(Key.Key_Tab)
    assert keys.focus() is first.voicemail
    keys.press(Key.Key_Tab)
    assert keys.focus() is first.reached
    keys.press(Key.Key_Space)
    keys.press(Key.Key_Tab)
    assert keys.focus() is first.acknowledged
    keys.press(Key.Key_Space)
    assert keys.focus() is second.channel  # acknowledged: done with this person, on to the next
    for _ in range(3):
        keys.press(Key.Key_Tab)
    assert keys.focus() is second.reached
    keys.press(Key.Key_Space)
    assert "acknowledged" in first.status.text()
    keys.alt(Key.Key_S)  # "The all-staff alert has been &sent"
    qtbot.waitUntil(notify.staff_sent.isChecked)  # a mnemonic presses its button after a short flash
    keys.next_step(wizard)
    assert wizard.currentId() == 2, notify.problem.text()
    reached = notifications.notifications(database, incident.id)
    assert [(p.person_name, p.last_attempt.channel.value, bool(p.acknowledged_at)) for p in reached] == [
        ("Maya Lindqvist", "sms", True),
        ("Clara Moreau", "phone", False),  # legal: the recall's own roles come right after the crisis lead
    ]
    assert len(notifications.staff_alerts(database, incident.id)) == 1

    # 3. Manage: roles by mnemonic and arrow keys, the cadence typed, a tick with Space, an account with Enter.
    manage = wizard.pages[Step.MANAGE]
    keys.alt(Key.Key_C)  # "S&cribe"
    assert keys.focus() is manage.role_combos["scribe"]
    scribe_before = manage.role_combos["scribe"].currentIndex()
    keys.press(Key.Key_Down)
    scribe_id = manage.role_combos["scribe"].currentData()
    assert manage.role_combos["scribe"].currentIndex() == scribe_before + 1 and scribe_id
    keys.alt(Key.Key_L)  # "Crisis &lead"
    assert keys.focus() is manage.role_combos["lead"]
    lead_id = manage.role_combos["lead"].currentData()
    assert lead_id
    keys.tab_to(manage.every_spin)  # tabbing in selects the number: typing replaces it
    keys.type("15")
    keys.tab_to(manage.checklist_view)
    log_row = manage._row_of("log-started")
    keys.down_until(lambda: manage.checklist_view.currentRow() == log_row)
    keys.press(Key.Key_Space)
    assert {i.key: i.done for i in checklist.checklist(database, incident.id)}["log-started"]
    assert keys.focus() is manage.checklist_view
    keys.press(Key.Key_Tab)
    assert keys.focus() is manage.own_edit  # an item of the team's own, with Enter
    keys.type("Brief the works council")
    keys.press(Key.Key_Return)
    assert wizard.currentId() == 2
    assert "own-1" in [i.key for i in checklist.checklist(database, incident.id)]
    keys.tab_to(manage.account_edit)
    keys.type("@ourbrand on Instagram")
    keys.press(Key.Key_Return)  # adds the account; the page stays
    assert wizard.currentId() == 2
    assert "pause-posts:@ourbrand on Instagram" in [i.key for i in checklist.checklist(database, incident.id)]
    keys.next_step(wizard)
    assert wizard.currentId() == 3, manage.problem.text()
    roles = steps_store.roles(database, incident.id)
    assert roles is not None
    assert (roles.lead.person_id, roles.scribe.person_id) == (lead_id, scribe_id)
    assert roles.spokesperson.name == "Tomás Rivera"
    assert updates.cadence(database, incident.id).then_every_minutes == 15

    # 4. Message: arrows in the grid, Enter to the statement, draft from the template, approve, release.
    message = wizard.pages[Step.MESSAGE]
    keys.next_step(wizard)  # nothing released yet: refused inline
    assert wizard.currentId() == 3
    assert "never go silent" in message.field_problems["grid"].text()
    keys.alt(Key.Key_F)  # "Speaking &for"
    assert keys.focus() is message.organisation_edit
    keys.type("Nordlicht Shop")
    keys.press(Key.Key_Tab)
    assert keys.focus() is message.grid
    keys.press(Key.Key_Down)
    assert message._cell == ("customers", "holding")
    keys.press(Key.Key_Up)
    assert message._cell == ("public-posts", "holding")
    keys.press(Key.Key_Return)  # Enter on a cell goes to its statement; it does not press Next
    assert wizard.currentId() == 3
    assert keys.focus() is message.text_edit
    keys.press(Key.Key_Tab)
    assert keys.focus() is message.template_button
    keys.press(Key.Key_Space)
    assert message.text_edit.toPlainText()
    assert message.problem.isHidden(), message.problem.text()
    keys.alt(Key.Key_V)  # "Appro&ved by"
    assert keys.focus() is message.approver_combo
    keys.type("Henrik")  # a list of the roster's approvers: typing picks one (a space would open it)
    assert message.approver_combo.currentText().startswith("Henrik Sato")
    keys.tab_to(message.approve_button)
    keys.press(Key.Key_Space)
    cell = messages.find(database, incident.id, "public-posts", "holding")
    assert cell is not None and cell.state is MessageState.APPROVED
    assert cell.current.approval is not None and cell.current.approval.name == "Henrik Sato"
    keys.tab_to(message.where_checks[Platform.THREADS], backwards=True)  # the full post fits Threads, not X
    keys.press(Key.Key_Space)
    keys.tab_to(message.release_button)
    keys.press(Key.Key_Space)
    cell = messages.find(database, incident.id, "public-posts", "holding")
    assert cell is not None and cell.state is MessageState.RELEASED
    assert cell.current.release is not None and cell.current.release.where == ("Threads",)
    keys.next_step(wizard)
    assert wizard.currentId() == 4, message.problem.text()

    # 5. Monitor: coverage typed in with Enter (the wizard stays open), then declared resolved.
    monitor = wizard.pages[Step.MONITOR]
    keys.tab_to(monitor.outlet_edit)
    keys.type("Daily Courier")
    keys.press(Key.Key_Tab)
    assert keys.focus() is monitor.tone_combo
    keys.down_until(lambda: monitor.tone_combo.currentData() == "neutral")
    keys.press(Key.Key_Tab)
    keys.type("https://courier.example.com/outage")
    keys.press(Key.Key_Tab)
    assert keys.focus() is monitor.note_edit
    keys.type("Quotes our holding statement")
    keys.press(Key.Key_Return)
    assert wizard.isVisible() and wizard.currentId() == 4
    assert [(c.outlet, c.tone.value) for c in coverage.items(database, incident.id)] == [("Daily Courier", "neutral")]
    keys.tab_to(monitor.note_resolved)
    keys.type("Payments work again since 16:00")
    prompts.set_next_answer(True)
    with qtbot.waitSignal(wizard.resolved) as resolved:
        keys.alt(Key.Key_D)  # "&Declare resolved…"
    assert resolved.args == [incident.id]
    assert not incidents.get(database, incident.id).is_open
    assert "Resolved" in monitor.summary.text()
    drafted = {(m.audience, m.phase) for m in messages.messages(database, incident.id)}
    assert {("public-posts", "resolution"), ("customers", "resolution"), ("employees", "resolution")} <= drafted

    # Every step is done and logged once, in order.
    state = steps_store.load(database, incident.id)
    assert all(state.is_done(step) for step in STEPS)
    steps = [e.payload["step"] for e in log.entries(database, incident.id) if e.kind == Kind.WIZARD_STEP]
    assert steps == ["assess", "notify", "manage", "message", "monitor"]
    assert committed == ["assess", "notify", "manage", "message", "monitor"]
    assert len(team.list_people(database)) > 2
    assert log.verify(database)[1] == []

    keys.alt(Key.Key_C)  # "&Close"
    qtbot.waitUntil(lambda: not wizard.isVisible())
