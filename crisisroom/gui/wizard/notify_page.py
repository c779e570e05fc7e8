"""Step 2, Notify: ring down the chain of command for the level, alert internally, and from level 4 all staff."""

from __future__ import annotations

import html
import itertools
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.errors import UserError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.notifications import STAFF_ALERT_LEVEL, Channel, Outcome, PersonNotification, needs_reaching
from crisisroom.domain.platform_lengths import Audience, Phase
from crisisroom.domain.response_steps import Step
from crisisroom.domain.team import Person
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.exchange.notify_drafts import chain_call_sheet, recipients
from crisisroom.gui import i18n, prompts
from crisisroom.gui.style import muted, warning_colour
from crisisroom.gui.widgets.chain_warning import ChainWarning
from crisisroom.gui.wizard import call_sheet as call_sheet_gui
from crisisroom.gui.wizard import notify_actions
from crisisroom.gui.wizard.assess_page import text_box
from crisisroom.gui.wizard.base import StepPage, heading, set_colour
from crisisroom.gui.wizard.drafting import render
from crisisroom.reports.statement_templates import split_subject
from crisisroom.services import notify as notify_service
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import chain_of_command, notifications
from crisisroom.storage.incident_clock import clock_of


class PersonRow:
    """One person of the chain: how to reach them, a button per outcome of a try, and what came of the tries."""

    def __init__(self, page: NotifyPage, person: Person, backup: Person | None, grid: QGridLayout, row: int) -> None:
        self.page, self.person, self.backup = page, person, backup
        name = QLabel(f"<b>{person.name}</b><br>{i18n.role_labels(person.roles)}")
        name.setWordWrap(True)  # long role lists wrap rather than push the buttons off the page
        contact = QLabel(
            "<br>".join(part for part in (person.phone, person.email) if part)
            or QCoreApplication.translate("NotifyPage", "no phone or e-mail")
        )
        contact.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.channel = QComboBox()
        self.channel.setAccessibleName(
            QCoreApplication.translate("NotifyPage", "How {name} was tried").format(name=person.name)
        )
        for channel in Channel:
            channel_name = i18n.label("Notifications", channel.label)
            self.channel.addItem(channel_name[:1].upper() + channel_name[1:], channel.value)
        self.channel.currentIndexChanged.connect(page.changed)
        # One button per outcome, in the order a call tree goes: each click keeps a try.
        self.buttons: dict[Outcome, QPushButton] = {}
        for outcome, name_for, key in (
            (Outcome.NO_ANSWER, QT_TRANSLATE_NOOP("NotifyPage", "{name}: no answer"), "no_answer"),
            (Outcome.VOICEMAIL, QT_TRANSLATE_NOOP("NotifyPage", "{name}: voicemail or message left"), "voicemail"),
            (Outcome.REACHED, QT_TRANSLATE_NOOP("NotifyPage", "{name} reached"), "reached"),
            (Outcome.ACKNOWLEDGED, QT_TRANSLATE_NOOP("NotifyPage", "{name} acknowledged"), "acknowledged"),
        ):
            button = QPushButton(i18n.label("NotifyPage", BUTTON_TEXTS[outcome]))
            button.setObjectName(f"{key}_{person.id}")
            button.setAccessibleName(i18n.label("NotifyPage", name_for).format(name=person.name))
            button.setToolTip(i18n.label("NotifyPage", BUTTON_TIPS[outcome]))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, chosen=outcome: self.record(chosen))
            self.buttons[outcome] = button
        self.no_answer = self.buttons[Outcome.NO_ANSWER]
        self.voicemail = self.buttons[Outcome.VOICEMAIL]
        self.reached = self.buttons[Outcome.REACHED]
        self.acknowledged = self.buttons[Outcome.ACKNOWLEDGED]
        self.status = QLabel()
        self.status.setObjectName(f"status_{person.id}")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setContentsMargins(0, 0, 0, 8)  # air before the next person
        # Two grid rows per person: who and how to reach them with the buttons, then what came of
        # the tries (and the backup) across the width, so nothing needs a horizontal scroll at 1280×800.
        buttons = QWidget()
        button_row = QHBoxLayout(buttons)
        button_row.setContentsMargins(0, 0, 0, 0)
        button_row.setSpacing(6)
        for button in self.buttons.values():
            button_row.addWidget(button)
        grid.addWidget(name, row, 0, 2, 1)
        grid.addWidget(contact, row, 1)
        grid.addWidget(self.channel, row, 2)
        grid.addWidget(buttons, row, 3)
        grid.addWidget(self.status, row + 1, 1, 1, 3)

    def record(self, outcome: Outcome) -> None:
        """Keep one try with this outcome, at the time the page says (now, or the earlier time set)."""
        recorded = self.page.record(
            lambda: (
                notify_service.record_outcome(
                    self.page.database,
                    self.page.incident_id,
                    self.person.id,
                    self.person.name,
                    outcome,
                    self.channel.currentData(),
                    self.page.occurred_at(),
                    author=self.page.author(),
                ).value
            ),
            field="chain",
        )
        if recorded is not None:
            self.page.outcome_recorded()
        self.page.show_statuses()

    def show(self, found: PersonNotification | None, clock: IncidentClock) -> None:
        """The person's state first, then every try in order; someone not reached yet says what to do."""
        state = found.state if found is not None else None
        self.acknowledged.setEnabled(found is None or found.acknowledged_at is None)
        # A number is never broken across lines: it is read off the screen to dial.
        phone = (self.backup.phone if self.backup else "").replace(" ", "\u00a0") or QCoreApplication.translate(
            "NotifyPage", "no phone"
        )
        if found is None:
            backup = (
                QCoreApplication.translate("NotifyPage", "backup: {name}, {phone}").format(
                    name=self.backup.name, phone=phone
                )
                if self.backup is not None
                else QCoreApplication.translate("NotifyPage", "no backup on the roster")
            )
            not_tried = QCoreApplication.translate("NotifyPage", "Not tried yet")
            self.status.setText(html.escape(f"{not_tried} · {backup}"))
            muted(self.status)
            return
        tries = [
            QCoreApplication.translate("NotifyPage", "{outcome} {time} ({channel})").format(
                outcome=i18n.label("Notifications", a.outcome.label),
                time=clock.text(a.occurred_at, date=False),
                channel=i18n.label("Notifications", a.channel.label),
            )
            for a in found.attempts
        ]
        shown = tries if len(tries) <= MAX_TRIES_SHOWN else ["…", *tries[-MAX_TRIES_SHOWN:]]
        if state is Outcome.ACKNOWLEDGED:
            headline, colour = QCoreApplication.translate("NotifyPage", "✓ Acknowledged"), None
        elif state is Outcome.REACHED:
            headline, colour = QCoreApplication.translate("NotifyPage", "Reached, not yet acknowledged"), None
        else:
            headline = QCoreApplication.translate("NotifyPage", "Still to reach")
            colour = warning_colour(self.status.palette()).name()
        text = f"<b>{html.escape(headline)}</b> · {html.escape(', '.join(shown))}"
        if needs_reaching(state):
            advice = (
                QCoreApplication.translate("NotifyPage", "Try again, or call the backup: {name}, {phone}").format(
                    name=self.backup.name, phone=phone
                )
                if self.backup is not None
                else QCoreApplication.translate("NotifyPage", "No backup on the roster: try again, or another way.")
            )
            text += f" · {html.escape(advice)}"
        self.status.setText(text)
        set_colour(self.status, colour)


# The buttons say what came of a try; their tool tips say what is kept.
BUTTON_TEXTS = {
    Outcome.NO_ANSWER: QT_TRANSLATE_NOOP("NotifyPage", "No answer"),
    Outcome.VOICEMAIL: QT_TRANSLATE_NOOP("NotifyPage", "Left message"),
    Outcome.REACHED: QT_TRANSLATE_NOOP("NotifyPage", "Reached"),
    Outcome.ACKNOWLEDGED: QT_TRANSLATE_NOOP("NotifyPage", "Acknowledged"),
}
BUTTON_TIPS = {
    Outcome.NO_ANSWER: QT_TRANSLATE_NOOP("NotifyPage", "Tried, nobody answered: they still need reaching"),
    Outcome.VOICEMAIL: QT_TRANSLATE_NOOP(
        "NotifyPage", "Left a voicemail or a message: they still need reaching until they call back"
    ),
    Outcome.REACHED: QT_TRANSLATE_NOOP("NotifyPage", "Spoke to them: they know"),
    Outcome.ACKNOWLEDGED: QT_TRANSLATE_NOOP("NotifyPage", "They confirmed they are acting on it"),
}
MAX_TRIES_SHOWN = 4


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
        self.grid.setColumnStretch(1, 1)  # the contact column takes the room; the buttons stay right
        self.grid.setVerticalSpacing(2)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        # A real incident calling the example team, or a role nobody holds: said above the chain.
        self.chain_warning = ChainWarning()
        self.chain_warning.team_requested.connect(self.open_team)
        self.chain_warning.chain_requested.connect(self.open_chain_settings)

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
                self.tr("{wording}\n\nPlease don't:\n{do_not_say}").format(
                    wording=self.staff_wording.toPlainText(), do_not_say=self.staff_dont.toPlainText()
                )
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
        layout.addWidget(self.chain_warning)
        layout.addWidget(self.empty_label)
        layout.addLayout(self.with_problem("chain", self.chain_box))
        layout.addLayout(self._earlier_row())
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
        chain = chain_of_command.for_incident(self.database, incident)
        self.chain = chain.people
        self.chain_warning.offer_chain_settings = self._settings_opener() is not None
        self.chain_warning.show_chain(chain)
        if not level:
            self.chain_heading.setText(self.tr("The chain of command"))
            self.empty_label.setText(self.tr("Confirm the level in step 1, Assess, first: the chain depends on it."))
        else:
            self.chain_heading.setText(
                self.tr("The chain of command for {category} at {level}").format(
                    category=i18n.label("Category", incident.category.label), level=i18n.level_label(level)
                )
            )
            self.empty_label.setText(
                ""
                if self.chain
                else self.tr("Nobody on the team is called at this level. Add people with Settings ▸ Team…")
            )
        self.empty_label.setVisible(bool(self.empty_label.text()))
        for number, call in enumerate(chain.calls):
            person = call.person
            row = PersonRow(self, person, call.backup, self.grid, number * 2)
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
        order += [w for row in self.rows for w in (row.channel, *row.buttons.values())]
        order += [self.earlier_button, self.earlier_edit]
        # The chain's warning is read above it; its buttons come after the people, before the alert.
        order += [self.chain_warning.team_button, self.chain_warning.chain_button]
        order += self._after_chain
        # setTabOrder skips a widget that takes no focus: the chain's box takes it just while it leads the order.
        self.chain_box.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)
        self.chain_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def show_statuses(self) -> None:
        found = {p.person_id: p for p in notifications.notifications(self.database, self.incident_id)}
        clock = clock_of(self.database, self.incident)
        for row in self.rows:
            row.show(found.get(row.person.id), clock)

    # --- the time of a try -----------------------------------------------------------------------

    def _earlier_row(self) -> QHBoxLayout:
        """A try made earlier, written down now: its time, for the next outcome button pressed."""
        self.earlier_button = QToolButton()
        self.earlier_button.setObjectName("earlier_call_button")
        self.earlier_button.setText(self.tr("A call made earlier…"))
        self.earlier_button.setCheckable(True)
        self.earlier_button.setToolTip(
            self.tr("Writing down a call after the fact: set when it happened, then press its outcome")
        )
        self.earlier_edit = QDateTimeEdit()
        self.earlier_edit.setObjectName("earlier_call_edit")
        self.earlier_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.earlier_edit.setCalendarPopup(True)
        self.earlier_edit.setAccessibleName(self.tr("When the call happened"))
        self.earlier_hint = QLabel()
        muted(self.earlier_hint)
        self.earlier_button.toggled.connect(self._toggle_earlier)
        row = QHBoxLayout()
        row.setContentsMargins(0, 4, 0, 8)
        row.addWidget(self.earlier_button)
        row.addWidget(self.earlier_edit)
        row.addWidget(self.earlier_hint)
        row.addStretch(1)
        self._toggle_earlier(False)
        return row

    def _toggle_earlier(self, on: bool) -> None:
        if on:
            # The incident's wall clock (its zone), as every time on the page; a drill's real time.
            local = (
                self.database.clock.now()
                .astimezone(zone_from_name(self.incident.timezone))
                .replace(tzinfo=None, second=0, microsecond=0)
            )
            self.earlier_edit.setDateTime(QDateTime(local.date(), local.time()))
            clock = clock_of(self.database, self.incident)
            zone = self.incident.timezone
            self.earlier_hint.setText(
                self.tr("real time, {zone}: the next outcome you press is kept at this time").format(zone=zone)
                if clock.is_drill_clock
                else self.tr("{zone}: the next outcome you press is kept at this time").format(zone=zone)
            )
        self.earlier_edit.setVisible(on)
        self.earlier_hint.setVisible(on)

    def occurred_at(self) -> datetime | None:
        """When the try being recorded happened: None for now, else the time set, on the incident's clock."""
        if not self.earlier_button.isChecked():
            return None
        naive = self.earlier_edit.dateTime().toPython().replace(second=0, microsecond=0)
        return naive.replace(tzinfo=zone_from_name(self.incident.timezone))

    def outcome_recorded(self) -> None:
        """After a try is kept, the next one is "now" again: an earlier time is set for one call at a time."""
        self.earlier_button.setChecked(False)

    def open_team(self) -> QDialog:
        """The team, to replace the example people or give a missing role to someone; the chain follows."""
        from crisisroom.gui.settings.team_dialog import TeamDialog  # loaded when opened

        dialog = TeamDialog(self.database, self, author=self.author)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.roster_changed.connect(self.refresh)
        dialog.open()
        return dialog

    def _settings_opener(self) -> Any:
        """The window's Settings (the wizard belongs to the main window), or None when run on its own."""
        owner = self.wizard().parentWidget() if self.wizard() is not None else None
        return getattr(owner, "open_settings", None)

    def open_chain_settings(self) -> QDialog | None:
        """Settings at the chain of command; the chain is read again when it closes."""
        opener = self._settings_opener()
        if opener is None:
            return None
        dialog = opener("chain")
        dialog.finished.connect(lambda *_: self.refresh())
        return dialog

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
            self.staff_dont.setPlainText(self.do_not_say())

    def do_not_say(self) -> str:
        """What staff should not do, in the window's language: the all-staff alert's starting point."""
        return self.tr(
            "- share details we have not announced, even with friends and family\n"
            "- talk to journalists yourself: pass them to the communications team\n"
            "- argue with critics online"
        )

    def _body(self) -> str:
        return self.body_edit.toPlainText()

    def _alert_text(self) -> str:
        return f"{self.subject_edit.text()}\n\n{self._body()}"

    def _sheet(self) -> tuple[list[Any], str]:
        incident = self.incident
        rows = chain_call_sheet(chain_of_command.for_incident(self.database, incident))
        return rows, self.tr("Call sheet · {level} · {title}").format(
            level=i18n.level_label(incident.level), title=i18n.display_title(incident)
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
        if not any(p.state.is_reached for p in notifications.notifications(self.database, self.incident_id)):
            problems["chain"] = self.tr(
                "Record at least one person of the crisis team as reached before moving on "
                "(no answer and a message left do not count)."
            )
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
        steps_service.commit_notify(
            self.database,
            self.incident_id,
            author=self.author(),
            staff_alert_wording=self.staff_wording.toPlainText() if sent else "",
            staff_alert_do_not_say=self.staff_dont.toPlainText() if sent else "",
            staff_alert_skipped_reason="" if sent or not needs_alert else self.staff_skip.text(),
            expected_people=[(p.id, p.name) for p in self.chain],
        )
