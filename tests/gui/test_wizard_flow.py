"""The crisis wizard driven as a person does: typing, clicking, Next; then what the database holds."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from crisisroom.domain.events.checklist import checklist_tick
from crisisroom.domain.events.facts import CoverageAdded, record_event
from crisisroom.domain.events.notify import person_outcome
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import Kind
from crisisroom.domain.message_flow import MessageState
from crisisroom.domain.platform_lengths import Platform
from crisisroom.domain.response_steps import Step
from crisisroom.gui import prompts
from crisisroom.gui.wizard.wizard import PAGES, CrisisWizard
from crisisroom.storage import checklist, coverage, incidents, log, messages, notifications, team, updates
from crisisroom.storage import facts as fact_store
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database


@pytest.fixture
def incident(database: Database) -> Incident:
    return incidents.create(database, "Payment outage at checkout", category=Category.OPERATIONAL, author="Ana")


def make_wizard(qtbot: QtBot, database: Database, incident_id: str) -> CrisisWizard:
    wizard = CrisisWizard(database, incident_id, author=lambda: "Ana Ruiz")
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


@pytest.fixture
def wizard(qtbot: QtBot, database: Database, incident: Incident) -> Iterator[CrisisWizard]:
    wiz = make_wizard(qtbot, database, incident.id)
    yield wiz
    wiz.close()


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def next_page(qtbot: QtBot, wizard: CrisisWizard) -> None:
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))


def fill_assess(qtbot: QtBot, wizard: CrisisWizard) -> None:
    page = wizard.pages[Step.ASSESS]
    qtbot.keyClicks(page.what_edit, "Card payments fail at checkout for many customers.")
    qtbot.keyClicks(page.links_edit, "https://status.example.com/incident/1")
    qtbot.keyClicks(page.fact_edit, "Invoice orders still go through")
    click(qtbot, page.fact_verified)
    click(qtbot, page.add_fact_button)
    qtbot.keyClicks(page.fact_edit, "The payment provider has an outage")
    click(qtbot, page.add_fact_button)
    click(qtbot, page.audience_checks["public-posts"])
    click(qtbot, page.audience_checks["customers"])
    page.level_combo.setCurrentIndex(page.level_combo.findData(4))
    qtbot.keyClicks(page.reason_edit, "Customers cannot pay")


def test_pages_are_listed_once_in_step_order() -> None:
    assert [page.step for page in PAGES] == [Step.ASSESS, Step.NOTIFY, Step.MANAGE, Step.MESSAGE, Step.MONITOR]


def test_the_whole_wizard_as_a_person_walks_it(
    qtbot: QtBot, database: Database, incident: Incident, wizard: CrisisWizard
) -> None:
    assert not wizard.isModal()
    assert wizard.currentId() == 0
    committed: list[str] = []
    wizard.step_committed.connect(committed.append)

    # 1. Assess: an empty page stays open and says why, inline.
    next_page(qtbot, wizard)
    assert wizard.currentId() == 0
    assert wizard.pages[Step.ASSESS].field_problems["level"].isVisibleTo(wizard)
    assert "level" in wizard.pages[Step.ASSESS].field_problems["level"].text()
    assert [e for e in log.entries(database, incident.id) if e.kind == Kind.WIZARD_STEP] == []
    fill_assess(qtbot, wizard)
    next_page(qtbot, wizard)
    assert wizard.currentId() == 1
    stored = incidents.get(database, incident.id)
    assert stored.level == 4
    assessment = steps_store.assessment(database, incident.id)
    assert assessment is not None and assessment.audiences == ("public-posts", "customers")
    assert assessment.source_links == ("https://status.example.com/incident/1",)
    assert [(f.text, f.verified) for f in fact_store.facts(database, incident.id)] == [
        ("Invoice orders still go through", True),
        ("The payment provider has an outage", False),
    ]
    assert wizard.side.item(0).text().startswith("✓")

    # 2. Notify: the level-4 chain from the example roster; reach two people, one acknowledges.
    notify = wizard.pages[Step.NOTIFY]
    people = team.list_people(database)
    assert notify.rows[0].person.name == "Maya Lindqvist"
    # Everyone called at level 4, and an operational failure adds the service owner and quality and safety.
    shown = [row.person.name for row in notify.rows]
    assert {p.name for p in people if 4 in p.levels} | {"Kenji Ito", "Lukas Novak"} == set(shown)
    assert notify.staff_box.isVisibleTo(notify)
    assert "EXERCISE" not in notify.body_edit.toPlainText()
    assert notify.subject_edit.text()  # drafted from the employees' holding template
    first, second = notify.rows[0], notify.rows[1]
    first.channel.setCurrentIndex(first.channel.findData("sms"))
    click(qtbot, first.reached)
    click(qtbot, first.acknowledged)
    click(qtbot, second.reached)
    assert "acknowledged" in first.status.text()
    next_page(qtbot, wizard)  # level 4: the all-staff alert is neither sent nor explained
    assert wizard.currentId() == 1
    assert "all staff" in notify.field_problems["staff_alert"].text()
    click(qtbot, notify.staff_sent)
    next_page(qtbot, wizard)
    assert wizard.currentId() == 2
    reached = notifications.notifications(database, incident.id)
    assert [(p.person_name, p.last_attempt.channel.value, bool(p.acknowledged_at)) for p in reached] == [
        ("Maya Lindqvist", "sms", True),
        ("Clara Moreau", "phone", False),  # legal: the recall's own roles come right after the crisis lead
    ]
    assert len(notifications.staff_alerts(database, incident.id)) == 1

    # 3. Manage: roles preselected from the roster's roles; the cadence edited; ticks logged at once.
    manage = wizard.pages[Step.MANAGE]
    assert manage.role_combos["spokesperson"].currentText().startswith("Tomás Rivera")
    manage.every_spin.setValue(15)
    qtbot.keyClicks(manage.account_edit, "@ourbrand on Instagram")
    qtbot.keyClick(manage.account_edit, Qt.Key.Key_Return)
    items = checklist.checklist(database, incident.id)
    assert "pause-posts:@ourbrand on Instagram" in [i.key for i in items]
    log_item = manage.checklist_view.item(manage._row_of("log-started"))
    log_item.setCheckState(Qt.CheckState.Checked)
    assert {i.key: i.done for i in checklist.checklist(database, incident.id)}["log-started"]
    next_page(qtbot, wizard)
    assert wizard.currentId() == 3
    roles = steps_store.roles(database, incident.id)
    assert roles is not None and roles.spokesperson.name == "Tomás Rivera"
    assert updates.cadence(database, incident.id).then_every_minutes == 15

    # 4. Message: nothing released yet → refused inline; draft, approve, release the public holding.
    message = wizard.pages[Step.MESSAGE]
    next_page(qtbot, wizard)
    assert wizard.currentId() == 3
    assert "never go silent" in message.field_problems["grid"].text()
    qtbot.keyClicks(message.organisation_edit, "Nordlicht Shop")
    message.grid.setCurrentCell(0, 0)
    click(qtbot, message.template_button)
    text = message.text_edit.toPlainText()
    assert "Nordlicht Shop" in text or text  # the public holding statement from the template
    assert message.problem.isHidden()
    assert "X:" in message.lengths.text()
    message.approver_combo.setCurrentIndex(message.approver_combo.findText("Henrik Sato", Qt.MatchFlag.MatchStartsWith))
    click(qtbot, message.approve_button)
    cell = messages.find(database, incident.id, "public-posts", "holding")
    assert cell is not None and cell.state is MessageState.APPROVED
    assert cell.current.approval is not None and cell.current.approval.name == "Henrik Sato"
    assert "Approved" in message.badge.text()
    click(qtbot, message.where_checks[Platform.THREADS])
    click(qtbot, message.release_button)
    cell = messages.find(database, incident.id, "public-posts", "holding")
    assert cell is not None and cell.state is MessageState.RELEASED
    assert cell.current.release is not None and cell.current.release.where == ("Threads",)
    # Editing a released text and saving it makes a new draft, shown as such.
    message.text_edit.moveCursor(message.text_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(message.text_edit, " Thank you for your patience.")
    assert "edited" in message.badge.text()
    click(qtbot, message.save_button)
    cell = messages.find(database, incident.id, "public-posts", "holding")
    assert cell is not None and cell.state is MessageState.DRAFT and cell.version_count == 2
    assert "Draft v2" in message.badge.text()
    next_page(qtbot, wizard)
    assert wizard.currentId() == 4

    # 5. Monitor: coverage noted, the countdown running, then declared resolved.
    monitor = wizard.pages[Step.MONITOR]
    assert monitor.countdown.text().startswith(("Next internal update due in", "Internal update"))
    qtbot.keyClicks(monitor.outlet_edit, "Daily Courier")
    monitor.tone_combo.setCurrentIndex(monitor.tone_combo.findData("neutral"))
    qtbot.keyClicks(monitor.link_edit, "https://courier.example.com/outage")
    qtbot.keyClicks(monitor.note_edit, "Quotes our holding statement")
    click(qtbot, monitor.findChild(type(monitor.resolve_button), "add_coverage_button"))
    assert [(c.outlet, c.tone.value) for c in coverage.items(database, incident.id)] == [("Daily Courier", "neutral")]
    assert monitor.coverage_table.rowCount() == 1
    qtbot.keyClicks(monitor.note_resolved, "Payments work again since 16:00")
    prompts.set_next_answer(True)
    with qtbot.waitSignal(wizard.resolved) as resolved:
        click(qtbot, monitor.resolve_button)
    assert resolved.args == [incident.id]
    assert not incidents.get(database, incident.id).is_open
    assert "Resolved" in monitor.summary.text()
    drafted = {(m.audience, m.phase) for m in messages.messages(database, incident.id)}
    assert {("public-posts", "resolution"), ("customers", "resolution"), ("employees", "resolution")} <= drafted

    # Every step left its wizard-step entry, in order, and the live records their own entries.
    steps = [e.payload["step"] for e in log.entries(database, incident.id) if e.kind == Kind.WIZARD_STEP]
    assert steps == ["assess", "notify", "manage", "message", "monitor"]
    assert committed == ["assess", "notify", "manage", "message", "monitor"]
    outcomes = [tried[1] for e in log.entries(database, incident.id) if (tried := person_outcome(e.payload))]
    assert outcomes == ["reached", "acknowledged", "reached"]
    assert len([e for e in log.entries(database, incident.id) if checklist_tick(e.payload)]) == 1
    assert [record_event(e.payload) for e in log.entries(database, incident.id)].count(CoverageAdded.TYPE) == 1
    state = steps_store.load(database, incident.id)
    assert all(done for _step, done in state.progress)
    assert log.verify(database)[1] == []


def test_back_then_next_without_changes_records_the_step_once(
    qtbot: QtBot, database: Database, incident: Incident, wizard: CrisisWizard
) -> None:
    fill_assess(qtbot, wizard)
    next_page(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.BackButton))
    assert wizard.currentId() == 0
    assert steps_store.load(database, incident.id).current_step is Step.ASSESS
    next_page(qtbot, wizard)
    assert wizard.currentId() == 1
    steps = [e for e in log.entries(database, incident.id) if e.kind == Kind.WIZARD_STEP]
    assert len(steps) == 1


def test_a_broken_template_shows_inline_not_a_traceback(
    qtbot: QtBot, database: Database, incident: Incident, wizard: CrisisWizard
) -> None:
    from unittest import mock

    from crisisroom.reports.statement_templates import TemplateProblem, message_template_name

    name = message_template_name(Category.OPERATIONAL, "press", "update")
    message = wizard.pages[Step.MESSAGE]
    wizard.go_to(Step.MESSAGE)
    message.grid.setCurrentCell(3, 1)
    with mock.patch(
        "crisisroom.reports.statement_templates.render_message",
        side_effect=TemplateProblem("'summry' is not a field", template=name, line=1, kind="undefined"),
    ):
        click(qtbot, message.template_button)
    assert "summry" in message.field_problems["text"].text()
    assert message.text_edit.toPlainText() == ""
