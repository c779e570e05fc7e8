"""Step 2, Notify: ring down the chain of command for the level, alert internally, and from level 4 all staff."""

from __future__ import annotations

import itertools
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.clock import format_local, zone_from_name
from crisisroom.domain.errors import UserError
from crisisroom.domain.messages import Audience, Phase
from crisisroom.domain.notifications import STAFF_ALERT_LEVEL, Channel, PersonNotification
from crisisroom.domain.team import Person, backup_of, chain_for_level
from crisisroom.domain.wizard import Step
from crisisroom.gui import call_sheet as call_sheet_gui
from crisisroom.gui import i18n, notify_actions, prompts
from crisisroom.gui.style import muted
from crisisroom.gui.wizard.assess_page import text_box
from crisisroom.gui.wizard.base import StepPage, heading
from crisisroom.gui.wizard.context import render
from crisisroom.notify import call_sheet, recipients
from crisisroom.reports.messages import split_subject
from crisisroom.storage import notifications, team
from crisisroom.storage import wizard as wizard_store

DO_NOT_SAY = (
    "- share details we have not announced, even with friends and family\n"
    "- talk to journalists yourself: pass them to the communications team\n"
    "- argue with critics online"
)


class PersonRow:
    """One person of the chain: how to reach them, and buttons that record it as it happens."""

    def __init__(self, page: NotifyPage, person: Person, backup: Person | None, grid: QGridLayout, row: int) -> None:
        self.page, self.person = page, person
        name = QLabel(f"<b>{person.name}</b><br>{i18n.role_labels(person.roles)}")
        contact = QLabel(
            "<br>".join(part for part in (person.phone, person.email) if part)
            or QCoreApplication.translate("NotifyPage", "no phone or e-mail")
        )
        contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        backup_label = QLabel(
            QCoreApplication.translate("NotifyPage", "Backup: {name}<br>{phone}").format(
                name=backup.name, phone=backup.phone
            )
            if backup
            else QCoreApplication.translate("NotifyPage", "No backup")
        )
        muted(backup_label)
        self.channel = QComboBox()
        self.channel.setAccessibleName(
            QCoreApplication.translate("NotifyPage", "How {name} was reached").format(name=person.name)
        )
        for channel in Channel:
            channel_name = i18n.label("Notifications", channel.label)
            self.channel.addItem(channel_name[:1].upper() + channel_name[1:], channel.value)
        self.channel.currentIndexChanged.connect(page.changed)
        self.reached = QPushButton(QCoreApplication.translate("NotifyPage", "Reached now"))
        self.reached.setObjectName(f"reached_{person.id}")
        self.reached.setAccessibleName(
            QCoreApplication.translate("NotifyPage", "{name} reached now").format(name=person.name)
        )
        self.reached.setAutoDefault(False)
        self.reached.clicked.connect(self.record_reached)
        self.acknowledged = QPushButton(QCoreApplication.translate("NotifyPage", "Acknowledged"))
        self.acknowledged.setObjectName(f"acknowledged_{person.id}")
        self.acknowledged.setAccessibleName(
            QCoreApplication.translate("NotifyPage", "{name} acknowledged").format(name=person.name)
        )
        self.acknowledged.setAutoDefault(False)
        self.acknowledged.clicked.connect(self.record_acknowledged)
        self.status = QLabel()
        self.status.setObjectName(f"status_{person.id}")
        # Two grid rows per person: who and how to reach them on the left, the buttons and what was
        # recorded on the right, so nothing needs a horizontal scroll at 1280×800.
        grid.addWidget(name, row, 0, 2, 1)
        grid.addWidget(contact, row, 1, 2, 1)
        grid.addWidget(backup_label, row, 2, 2, 1)
        grid.addWidget(self.channel, row, 3)
        grid.addWidget(self.reached, row, 4)
        grid.addWidget(self.acknowledged, row, 5)
        grid.addWidget(self.status, row + 1, 3, 1, 3)

    def record_reached(self) -> None:
        self.page.record(
            lambda: notifications.record_notification(
                self.page.database,
                self.page.incident_id,
                self.person.id,
                self.person.name,
                self.channel.currentData(),
                author=self.page.author(),
            ),
            field="chain",
        )
        self.page.show_statuses()

    def record_acknowledged(self) -> None:
        self.page.record(
            lambda: notifications.record_acknowledged(
                self.page.database, self.page.incident_id, self.person.id, author=self.page.author()
            ),
            field="chain",
        )
        self.page.show_statuses()

    def show(self, found: PersonNotification | None, zone_name: str) -> None:
        zone = zone_from_name(zone_name)
        if found is None:
            self.status.setText(QCoreApplication.translate("NotifyPage", "Not reached yet"))
            muted(self.status)
            self.acknowledged.setEnabled(False)
            return
        self.status.setPalette(QLabel().palette())
        tries = len(found.attempts)
        first = format_local(found.first_notified_at, zone, seconds=False)[-5:]
        how = i18n.label("Notifications", found.last_attempt.channel.how)
        text = QCoreApplication.translate("NotifyPage", "Reached {time} {how}").format(time=first, how=how)
        if tries > 1:
            text += " " + QCoreApplication.translate("NotifyPage", "({count} attempts)").format(count=tries)
        if found.acknowledged_at:
            acknowledged = format_local(found.acknowledged_at, zone, seconds=False)[-5:]
            text += " · " + QCoreApplication.translate("NotifyPage", "✓ acknowledged {time}").format(time=acknowledged)
        self.status.setText(text)
        self.acknowledged.setEnabled(found.acknowledged_at is None)


class NotifyPage(StepPage):
    step = Step.NOTIFY

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.rows: list[PersonRow] = []
        self.chain: list[Person] = []
        self._channels: dict[str, str] = {}
        self.chain_heading = heading(self.tr("The chain of command"))
        self.chain_box = QWidget()
        self.grid = QGridLayout(self.chain_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(14)
        self.grid.setColumnStretch(2, 1)
        self.grid.setVerticalSpacing(2)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)

        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("alert_subject_edit")
        self.subject_edit.setAccessibleName(self.tr("Internal alert subject"))
        self.body_edit = text_box("alert_body_edit", 7, self.tr("The internal alert to the crisis team"))
        self.body_edit.setAccessibleName(self.tr("Internal alert"))
        template_button = QPushButton(self.tr("Draft from &template"))
        template_button.setObjectName("alert_template_button")
        template_button.clicked.connect(self.draft_alert)
        copy_button = QPushButton(self.tr("&Copy"))
        copy_button.clicked.connect(lambda: notify_actions.copy_text(self._alert_text()))
        mail_button = QPushButton(self.tr("Open in &mail app"))
        mail_button.clicked.connect(
            lambda: notify_actions.open_in_mail_app(
                self, recipients(self.chain), self.subject_edit.text(), self._body()
            )
        )
        eml_button = QPushButton(self.tr("Save .&eml…"))
        eml_button.clicked.connect(
            lambda: notify_actions.save_draft(self, recipients(self.chain), self.subject_edit.text(), self._body())
        )
        print_button = QPushButton(self.tr("&Print call sheet…"))
        print_button.setObjectName("print_call_sheet_button")
        print_button.clicked.connect(self.print_sheet)
        pdf_button = QPushButton(self.tr("Call sheet P&DF…"))
        pdf_button.clicked.connect(self.save_sheet_pdf)
        self._alert_buttons = [template_button, copy_button, mail_button, eml_button, print_button, pdf_button]
        actions = QHBoxLayout()
        for button in (template_button, copy_button, mail_button, eml_button, print_button, pdf_button):
            button.setAutoDefault(False)
            actions.addWidget(button)
        actions.addStretch(1)
        alert_box = QGroupBox(self.tr("Internal alert to the crisis team"))
        alert_layout = QVBoxLayout(alert_box)
        subject_row = QHBoxLayout()
        subject_label = QLabel(self.tr("S&ubject:"))
        subject_label.setBuddy(self.subject_edit)
        subject_row.addWidget(subject_label)
        subject_row.addWidget(self.subject_edit, 1)
        alert_layout.addLayout(subject_row)
        alert_layout.addWidget(self.body_edit)
        alert_layout.addLayout(self.with_problem("alert", actions))

        self.staff_box = QGroupBox(
            self.tr("All-staff alert (level {level} and above: staff hear it from us first)").format(
                level=STAFF_ALERT_LEVEL
            )
        )
        self.staff_box.setObjectName("staff_box")
        self.staff_wording = text_box("staff_wording_edit", 4, self.tr("What staff may say and share"))
        self.staff_wording.setAccessibleName(self.tr("Wording staff may share"))
        self.staff_dont = text_box("staff_dont_edit", 3, self.tr("What not to say"))
        self.staff_dont.setAccessibleName(self.tr("What not to say"))
        self.staff_sent = QCheckBox(self.tr("The all-staff alert has been &sent"))
        self.staff_sent.setObjectName("staff_sent_check")
        self.staff_skip = QLineEdit()
        self.staff_skip.setObjectName("staff_skip_edit")
        self.staff_skip.setPlaceholderText(self.tr("Not sent yet? Say why (goes into the log)"))
        self.staff_skip.setAccessibleName(self.tr("Why the all-staff alert is not sent"))
        copy_staff = QPushButton(self.tr("Cop&y staff alert"))
        copy_staff.setAutoDefault(False)
        copy_staff.clicked.connect(
            lambda: notify_actions.copy_text(
                f"{self.staff_wording.toPlainText()}\n\nPlease don't:\n{self.staff_dont.toPlainText()}"
            )
        )
        staff_layout = QVBoxLayout(self.staff_box)
        staff_layout.addWidget(QLabel(self.tr("Wording staff may share:")))
        staff_layout.addWidget(self.staff_wording)
        staff_layout.addWidget(QLabel(self.tr("What not to say:")))
        staff_layout.addWidget(self.staff_dont)
        sent_row = QHBoxLayout()
        sent_row.addWidget(self.staff_sent)
        sent_row.addWidget(self.staff_skip, 1)
        sent_row.addWidget(copy_staff)
        staff_layout.addLayout(self.with_problem("staff_alert", sent_row))

        # Tab goes down the page as it reads (see _order_tabs).
        self._after_chain: list[QWidget] = [
            self.subject_edit,
            self.body_edit,
            *self._alert_buttons,
            self.staff_wording,
            self.staff_dont,
            self.staff_sent,
            self.staff_skip,
            copy_staff,
        ]
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.chain_heading)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.with_problem("chain", self.chain_box))
        layout.addWidget(alert_box)
        layout.addWidget(self.staff_box)
        layout.addStretch(1)
        for signal in (
            self.subject_edit.textChanged,
            self.body_edit.textChanged,
            self.staff_wording.textChanged,
            self.staff_dont.textChanged,
            self.staff_sent.toggled,
            self.staff_skip.textChanged,
        ):
            signal.connect(self.changed)

    # --- the chain -----------------------------------------------------------------------------

    def refresh(self) -> None:
        incident = self.incident
        level = incident.level
        for row in self.rows:
            self._channels[row.person.id] = row.channel.currentData()
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.rows = []
        people = team.list_people(self.database)
        self.chain = chain_for_level(people, level) if level else []
        if not level:
            self.chain_heading.setText(self.tr("The chain of command"))
            self.empty_label.setText(self.tr("Confirm the level in step 1, Assess, first: the chain depends on it."))
        else:
            self.chain_heading.setText(
                self.tr("The chain of command for {level}").format(level=i18n.level_label(level))
            )
            self.empty_label.setText(
                ""
                if self.chain
                else self.tr("Nobody on the team is called at this level. Add people with Settings ▸ Team…")
            )
        self.empty_label.setVisible(bool(self.empty_label.text()))
        for number, person in enumerate(self.chain):
            row = PersonRow(self, person, backup_of(person, people), self.grid, number * 2)
            index = row.channel.findData(self._channels.get(person.id, Channel.PHONE.value))
            row.channel.blockSignals(True)
            row.channel.setCurrentIndex(max(0, index))
            row.channel.blockSignals(False)
            self.rows.append(row)
        self._order_tabs()
        self.staff_box.setVisible((level or 0) >= STAFF_ALERT_LEVEL)
        self.show_statuses()
        if not self.body_edit.toPlainText().strip() and level:
            self._restoring = True
            try:
                self.draft_alert(quiet=True)
            finally:
                self._restoring = False

    def _order_tabs(self) -> None:
        """Chain rows, then the alert, then the all-staff alert (rows made later would otherwise come last)."""
        if not self.rows:
            return
        order = [self.chain_box]
        order += [w for row in self.rows for w in (row.channel, row.reached, row.acknowledged)]
        order += self._after_chain
        # setTabOrder skips a widget that takes no focus: the chain's box takes it just while it leads the order.
        self.chain_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.chain_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_statuses(self) -> None:
        found = {p.person_id: p for p in notifications.notifications(self.database, self.incident_id)}
        zone = self.incident.timezone
        for row in self.rows:
            row.show(found.get(row.person.id), zone)

    # --- the alert -----------------------------------------------------------------------------

    def draft_alert(self, quiet: bool = False) -> None:
        """Fill the alert from the employees' holding statement template (the user's edits included)."""
        try:
            text = render(self.database, self.incident_id, Audience.EMPLOYEES, Phase.HOLDING)
        except UserError as exc:
            if not quiet:
                self.show_field_problem(
                    "alert", self.tr("The alert template could not be used: {reason}").format(reason=exc)
                )
            return
        self.show_field_problem("alert", "")
        subject, body = split_subject(text)
        self.subject_edit.setText(subject or self.tr("Crisis: {title}").format(title=self.incident.title))
        self.body_edit.setPlainText(body)
        if not self.staff_wording.toPlainText().strip():
            self.staff_wording.setPlainText(body)
        if not self.staff_dont.toPlainText().strip():
            self.staff_dont.setPlainText(DO_NOT_SAY)

    def _body(self) -> str:
        return self.body_edit.toPlainText()

    def _alert_text(self) -> str:
        return f"{self.subject_edit.text()}\n\n{self._body()}"

    def _sheet(self) -> tuple[list[Any], str]:
        incident = self.incident
        level = incident.level or 1
        rows = call_sheet(team.list_people(self.database), level)
        return rows, self.tr("Call sheet · {level} · {title}").format(
            level=i18n.level_label(level), title=i18n.display_title(incident)
        )

    def print_sheet(self) -> None:
        rows, title = self._sheet()
        call_sheet_gui.print_call_sheet(self, rows, title)

    def save_sheet_pdf(self) -> None:
        from pathlib import Path

        rows, title = self._sheet()
        path = prompts.save_path(
            self, self.tr("Save the call sheet"), Path.home() / "call-sheet.pdf", self.tr("PDF (*.pdf)")
        )
        if path is None:
            return
        try:
            call_sheet_gui.save_call_sheet_pdf(path, rows, title)
        except UserError as exc:
            self.show_field_problem("alert", str(exc))

    # --- draft and commit ----------------------------------------------------------------------

    def draft(self) -> dict[str, Any]:
        for row in self.rows:
            self._channels[row.person.id] = row.channel.currentData()
        return {
            "channels": dict(self._channels),
            "subject": self.subject_edit.text(),
            "body": self.body_edit.toPlainText(),
            "staff_wording": self.staff_wording.toPlainText(),
            "staff_do_not_say": self.staff_dont.toPlainText(),
            "staff_sent": self.staff_sent.isChecked(),
            "staff_skipped_reason": self.staff_skip.text(),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        self._channels = dict(draft.get("channels", {}))
        self.subject_edit.setText(draft.get("subject", ""))
        self.body_edit.setPlainText(draft.get("body", ""))
        self.staff_wording.setPlainText(draft.get("staff_wording", ""))
        self.staff_dont.setPlainText(draft.get("staff_do_not_say", ""))
        self.staff_sent.setChecked(bool(draft.get("staff_sent", False)))
        self.staff_skip.setText(draft.get("staff_skipped_reason", ""))

    def check(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not notifications.notifications(self.database, self.incident_id):
            problems["chain"] = self.tr("Record at least one person of the crisis team as reached before moving on.")
        level = self.incident.level or 0
        if level >= STAFF_ALERT_LEVEL and not notifications.staff_alerts(self.database, self.incident_id):
            if self.staff_sent.isChecked() and not self.staff_wording.toPlainText().strip():
                problems["staff_alert"] = self.tr(
                    "Write the wording staff may share, or untick that the all-staff alert is sent."
                )
            elif not self.staff_sent.isChecked() and not self.staff_skip.text().strip():
                problems["staff_alert"] = self.tr(
                    "At level {level} all staff must hear it from us first. Tick that the all-staff alert is sent, "
                    "or say why it is not sent yet."
                ).format(level=level)
        return problems

    def commit(self) -> None:
        needs_alert = (self.incident.level or 0) >= STAFF_ALERT_LEVEL
        sent = needs_alert and self.staff_sent.isChecked()
        wizard_store.commit_notify(
            self.database,
            self.incident_id,
            author=self.author(),
            staff_alert_wording=self.staff_wording.toPlainText() if sent else "",
            staff_alert_do_not_say=self.staff_dont.toPlainText() if sent else "",
            staff_alert_skipped_reason="" if sent or not needs_alert else self.staff_skip.text(),
            expected_people=[(p.id, p.name) for p in self.chain],
        )
