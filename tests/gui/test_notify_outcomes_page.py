"""The Notify page's outcome buttons: no answer, then reached (at a time set afterwards), as a person clicks them."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QWizard
from pytestqt.qtbot import QtBot

from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.incidents import Category
from crisisroom.domain.notifications import Channel, Outcome
from crisisroom.domain.response_steps import Step
from crisisroom.domain.team import Person
from crisisroom.gui.wizard.notify_page import NotifyPage
from crisisroom.gui.wizard.wizard import CrisisWizard
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import incidents, log, notifications, team
from crisisroom.storage.database import Database

ROSTER = [
    Person("p-ana", "Ana Ruiz", phone="+46 70 111 11 11", backup_id="p-ben", levels=(3,)),
    Person("p-ben", "Ben Ode", phone="+46 70 222 22 22", levels=(3,)),
]


@pytest.fixture
def wizard(qtbot: QtBot, database: Database) -> Iterator[CrisisWizard]:
    team.replace_roster(database, ROSTER)
    incident = incidents.create(
        database, "Customer e-mails on a forum", category=Category.REPUTATION, author="Omar", timezone="Europe/Paris"
    )
    steps_service.commit_assess(
        database,
        incident.id,
        what_happened="A spreadsheet of customer e-mails was posted on a forum.",
        detected_at=datetime.now(UTC) - timedelta(hours=1),
        source_links=[],
        facts=[],
        audiences=["customers"],
        category=Category.REPUTATION,
        level=3,
        level_reason="Wide reach",
        author="Omar",
    )
    wiz = CrisisWizard(database, incident.id, author=lambda: "Omar")
    qtbot.addWidget(wiz)
    wiz.show()
    qtbot.waitExposed(wiz)
    yield wiz
    wiz.close()


def click(qtbot: QtBot, widget: object) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def test_no_answer_then_reached_at_a_time_set_afterwards(
    qtbot: QtBot, database: Database, wizard: CrisisWizard
) -> None:
    page = wizard.pages[Step.NOTIFY]
    assert isinstance(page, NotifyPage) and wizard.currentId() == 1
    ana = next(row for row in page.rows if row.person.name == "Ana Ruiz")
    assert ana.status.text().startswith(
        "Not tried yet · backup: Ben Ode, +46\u00a070\u00a0222\u00a022\u00a022"
    )  # one unbroken number

    # A call twenty minutes ago that nobody answered, written down now: its time is set first.
    click(qtbot, page.earlier_button)
    assert page.earlier_edit.isVisibleTo(page) and "Europe/Paris" in page.earlier_hint.text()
    zone = zone_from_name(page.incident.timezone)
    earlier = datetime.now(zone).replace(second=0, microsecond=0) - timedelta(minutes=20)
    page.earlier_edit.setDateTime(QDateTime(earlier.date(), earlier.time()))
    click(qtbot, ana.no_answer)
    [found] = notifications.notifications(database, page.incident_id)
    [missed] = found.attempts
    stamp = earlier.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:00.000Z")
    assert (missed.outcome, missed.channel, missed.occurred_at) == (Outcome.NO_ANSWER, Channel.PHONE, stamp)
    assert missed.recorded_at > missed.occurred_at  # written down after it happened
    entry = log.entries(database, page.incident_id)[-1]
    assert entry.text.startswith("Ana Ruiz: no answer by phone at ") and entry.occurred_at == stamp
    assert not page.earlier_button.isChecked() and not page.earlier_edit.isVisibleTo(page)  # back to "now"
    # She still needs reaching, and the row says whom to call instead.
    assert "Still to reach" in ana.status.text()
    assert "Try again, or call the backup: Ben Ode, +46 70 222 22 22" in ana.status.text().replace("\u00a0", " ")

    # Nobody reached yet: the step does not let the team move on.
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == 1
    assert "reached" in page.field_problems["chain"].text()

    # Reached now, by SMS: both tries are kept, in order, and she is reached.
    ana.channel.setCurrentIndex(ana.channel.findData("sms"))
    click(qtbot, ana.reached)
    found = notifications.person(database, page.incident_id, found.person_id)
    assert [(a.outcome, a.channel) for a in found.attempts] == [
        (Outcome.NO_ANSWER, Channel.PHONE),
        (Outcome.REACHED, Channel.SMS),
    ]
    assert found.state is Outcome.REACHED and log.entries(database, page.incident_id)[-1].occurred_at is None
    assert ana.status.text().startswith("<b>Reached, not yet acknowledged</b>")
    assert f"no answer {earlier:%H:%M} (phone), reached" in ana.status.text()
    assert "backup" not in ana.status.text()

    # Acknowledged once; then its button is done.
    click(qtbot, ana.acknowledged)
    assert notifications.person(database, page.incident_id, found.person_id).state is Outcome.ACKNOWLEDGED
    assert not ana.acknowledged.isEnabled() and "✓ Acknowledged" in ana.status.text()
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentId() == 2
    assert log.verify(database)[1] == []


def test_a_time_in_the_future_is_refused_under_the_chain(
    qtbot: QtBot, database: Database, wizard: CrisisWizard
) -> None:
    page = wizard.pages[Step.NOTIFY]
    ben = next(row for row in page.rows if row.person.name == "Ben Ode")
    click(qtbot, page.earlier_button)
    later = datetime.now(zone_from_name(page.incident.timezone)).replace(second=0, microsecond=0) + timedelta(hours=2)
    page.earlier_edit.setDateTime(QDateTime(later.date(), later.time()))
    click(qtbot, ben.voicemail)
    assert "cannot be in the future" in page.field_problems["chain"].text()
    assert notifications.notifications(database, page.incident_id) == []
    assert page.earlier_button.isChecked()  # kept, to be corrected
    assert "no backup on the roster" in ben.status.text()
