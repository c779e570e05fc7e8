"""Step 5, Monitor: chart and gauge, rule firings, coverage, the update countdown, and declaring it resolved.

A security breach also shows its 72-hour clock (GDPR Article 33) under the update countdown, on the
incident's clock (a drill's drill time), until the authority's item on the checklist is ticked.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from crisisroom.domain.clock import now_utc, zone_from_name
from crisisroom.domain.deadlines import Deadline
from crisisroom.domain.errors import UserError
from crisisroom.domain.mentions import Sentiment
from crisisroom.domain.message_flow import ALL_CLEAR_AUDIENCE, AUDIENCE_LABELS
from crisisroom.domain.platform_lengths import Phase
from crisisroom.domain.response_steps import Step
from crisisroom.gui import i18n, prompts
from crisisroom.gui.style import muted
from crisisroom.gui.widgets.countdown import OVERDUE_COLOUR, countdown_text
from crisisroom.gui.widgets.deadline_clock import resolve_warning, show_deadline
from crisisroom.gui.widgets.mentions_chart import MentionsChart
from crisisroom.gui.widgets.severity_gauge import SeverityGauge
from crisisroom.gui.wizard import drafting
from crisisroom.gui.wizard.base import ActionLineEdit, StepPage, heading, scroll_into_view, set_colour
from crisisroom.services import next_steps as next_steps_service
from crisisroom.services import record as record_service
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import chain_of_command, checklist, coverage, mentions, rules
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.incident_clock import clock_of


class MonitorPage(StepPage):
    step = Step.MONITOR

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.setFinalPage(True)
        self.countdown = QLabel()
        self.countdown.setObjectName("monitor_countdown")
        self.countdown.setAccessibleName(self.tr("Next internal update"))
        font = self.countdown.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.countdown.setFont(font)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("monitor_deadline")
        self.deadline_label.setAccessibleName(self.tr("Breach notification deadline"))
        self.deadline_label.setWordWrap(True)
        self.deadline_label.setFont(font)
        self.deadline_label.hide()
        self.deadline: Deadline | None = None
        self.chart = MentionsChart()
        self.chart.setObjectName("monitor_chart")
        self.chart.setMaximumHeight(210)  # the coverage list and "Declare resolved" stay in view
        self.gauge = SeverityGauge()
        self.firings = QListWidget()
        self.firings.setObjectName("firings_list")
        self.firings.setAccessibleName(self.tr("Rule firings"))
        self.firings.setMaximumHeight(48)
        self.firings.setFocusPolicy(self.firings.focusPolicy().ClickFocus)

        self.coverage_table = QTableWidget(0, 4)
        self.coverage_table.setObjectName("coverage_table")
        self.coverage_table.setAccessibleName(self.tr("Coverage"))
        self.coverage_table.setHorizontalHeaderLabels(
            [self.tr("Outlet"), self.tr("Tone"), self.tr("Link"), self.tr("Note")]
        )
        self.coverage_table.verticalHeader().hide()
        # Outlet and tone as wide as their words; the link and the note share the rest, so a link is
        # readable (its full text is in the tooltip when it is longer still).
        header = self.coverage_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.coverage_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.coverage_table.setTabKeyNavigation(False)
        self.coverage_table.setMinimumHeight(90)
        self.coverage_table.setMaximumHeight(120)  # "Declare resolved" stays in view at 1280×800
        self.outlet_edit = ActionLineEdit()
        self.outlet_edit.setObjectName("outlet_edit")
        self.outlet_edit.setPlaceholderText(self.tr("Outlet"))
        self.outlet_edit.setAccessibleName(self.tr("Outlet"))
        self.link_edit = ActionLineEdit()
        self.link_edit.setObjectName("coverage_link_edit")
        self.link_edit.setPlaceholderText(self.tr("Link"))
        self.link_edit.setAccessibleName(self.tr("Link"))
        self.tone_combo = QComboBox()
        self.tone_combo.setObjectName("tone_combo")
        self.tone_combo.setAccessibleName(self.tr("Tone"))
        for tone in (Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE):
            self.tone_combo.addItem(i18n.sentiment_label(tone.value).capitalize(), tone.value)
        self.note_edit = ActionLineEdit()
        self.note_edit.setObjectName("coverage_note_edit")
        self.note_edit.setPlaceholderText(self.tr("Note (a wrong claim to correct, a journalist to call back…)"))
        self.note_edit.setAccessibleName(self.tr("Note"))
        add = QPushButton(self.tr("&Add coverage"))
        add.setObjectName("add_coverage_button")
        add.setAutoDefault(False)
        add.clicked.connect(self.add_coverage)
        for edit in (self.outlet_edit, self.link_edit, self.note_edit):
            edit.returnPressed.connect(self.add_coverage)
            edit.textChanged.connect(self.changed)
        add_row = QHBoxLayout()
        add_row.addWidget(self.outlet_edit, 2)
        add_row.addWidget(self.tone_combo)
        add_row.addWidget(self.link_edit, 3)
        add_row.addWidget(self.note_edit, 4)
        add_row.addWidget(add)

        self.note_resolved = QLineEdit()
        self.note_resolved.setObjectName("resolved_note_edit")
        self.note_resolved.setPlaceholderText(self.tr("Why it is over (goes into the log)"))
        self.note_resolved.setAccessibleName(self.tr("Why it is resolved"))
        self.note_resolved.textChanged.connect(self.changed)
        self.resolve_button = QPushButton(self.tr("&Declare resolved…"))
        self.resolve_button.setObjectName("declare_resolved_button")
        self.resolve_button.setAutoDefault(False)
        self.resolve_button.clicked.connect(self.declare_resolved)
        resolve_hint = QLabel(
            self.tr(
                "Drafts the resolution statement for each affected audience and the internal all-clear from the "
                "templates (each still to approve and release), then closes the incident."
            )
        )
        resolve_hint.setWordWrap(True)
        muted(resolve_hint)
        resolve_box = QGroupBox(self.tr("When it is over"))
        resolve_layout = QVBoxLayout(resolve_box)
        resolve_row = QHBoxLayout()
        resolve_row.addWidget(self.note_resolved, 1)
        resolve_row.addWidget(self.resolve_button)
        resolve_layout.addLayout(self.with_problem("resolved", resolve_row))
        resolve_layout.addWidget(resolve_hint)
        self.summary = QLabel()
        self.summary.setObjectName("resolved_summary")
        self.summary.setWordWrap(True)
        self.summary.hide()

        top = QHBoxLayout()
        top.addWidget(self.chart, 1)
        top.addWidget(self.gauge)
        layout = QVBoxLayout(self.body)
        layout.addWidget(self.countdown)
        layout.addWidget(self.deadline_label)
        layout.addLayout(top)
        layout.addWidget(heading(self.tr("Rule firings")))
        layout.addWidget(self.firings)
        layout.addWidget(heading(self.tr("Coverage")))
        layout.addWidget(self.coverage_table)
        layout.addLayout(self.with_problem("coverage", add_row))
        layout.addWidget(resolve_box)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        self.timer = QTimer(self, interval=1000)
        self.timer.timeout.connect(self.tick)

    def stop_timers(self) -> None:
        self.timer.stop()

    # --- live views ----------------------------------------------------------------------------

    def tick(self) -> None:
        try:
            # On the incident's clock: in a drill, drill minutes, as the drill's log counts them.
            due, now = next_steps_service.update_due(self.database, self.incident, now_utc())
        except UserError:
            return
        text, overdue = countdown_text(due, now)
        self.countdown.setText(text or self.tr("The incident is resolved: no more updates are due"))
        set_colour(self.countdown, OVERDUE_COLOUR if overdue else None)
        if self.deadline is not None:
            clock = getattr(self, "clock", None) or clock_of(self.database, self.incident)
            show_deadline(self.deadline_label, self.deadline, clock.now(now_utc()), clock.zone)

    def refresh(self) -> None:
        incident = self.incident
        fired = rules.firings(self.database, incident.id)
        self.clock = clock_of(self.database, incident)
        self.deadline = checklist.breach_deadline_of(self.database, incident, self.clock)
        self.deadline_label.setVisible(self.deadline is not None)
        self.chart.set_data(
            mentions.hourly(self.database, incident.id),
            zone=zone_from_name(incident.timezone),
            zone_label=self.clock.zone_label(),
            rules=rules.load(self.database),
            firings=[f.firing for f in fired],
        )
        self.gauge.set_level(incident.level)
        self.gauge.set_proposed(rules.suggested_level(self.database, incident.id))
        self.firings.clear()
        by_id = {rule.id: rule for rule in rules.load(self.database)}
        for firing in fired:
            item = QListWidgetItem(self.firing_text(firing))
            rule = by_id.get(firing.firing.rule_id)
            if rule is not None:
                item.setToolTip(rule.describe(QCoreApplication.translate))
            self.firings.addItem(item)
        if not fired:
            self.firings.addItem(self.tr("No escalation rule has fired for this incident."))
        self.show_coverage()
        self.tick()
        if incident.is_open:
            self.timer.start()
        self.resolve_button.setEnabled(incident.is_open)

    def firing_text(self, firing: rules.StoredFiring) -> str:
        """A firing in the interface language: the rule's name, its advice, whom to call, the level it proposes.

        The stored names and advice are the rule's as it fired (English for the room's defaults); the
        defaults have translations, a team's own wording shows as typed.
        """
        clock = getattr(self, "clock", None) or clock_of(self.database, self.incident)
        # On the incident's clock; the page's chart names the zone once ("Times in …").
        text = self.tr("{when} · {rule}: {action}").format(
            when=clock.text(firing.firing.fired_at),
            rule=i18n.label("Rules", firing.rule_name),
            action=i18n.label("Rules", firing.action),
        )
        if firing.role:
            # Whom the rule names, found on the roster now: the role's holder, their phone and backup.
            who = chain_of_command.call_for_rule(self.database, firing.role).who(i18n.label)
            role = i18n.label("Rules", firing.role)
            text += " " + (
                self.tr("Call: {role} — {who}.").format(role=role, who=who)
                if who
                else self.tr("Call: {role}.").format(role=role)
            )
        if firing.firing.suggested_level:
            text += " " + self.tr("Suggested level: {level}.").format(
                level=i18n.level_label(firing.firing.suggested_level)
            )
        return text

    def show_coverage(self) -> None:
        found = coverage.items(self.database, self.incident_id)
        self.coverage_table.setRowCount(len(found))
        for row, item in enumerate(found):
            tone = i18n.sentiment_label(item.tone.value).capitalize()
            for column, value in enumerate((item.outlet, tone, item.link, item.note)):
                cell = QTableWidgetItem(value)
                cell.setToolTip(value)  # a long link or note in full
                self.coverage_table.setItem(row, column, cell)

    def add_coverage(self) -> None:
        if not self.outlet_edit.text().strip():
            self.show_field_problem("coverage", self.tr("Give the outlet: the paper, site or channel that covered it."))
            self.outlet_edit.setFocus()
            return
        added = self.record(
            lambda: (
                record_service.add_coverage(
                    self.database,
                    self.incident_id,
                    outlet=self.outlet_edit.text(),
                    tone=self.tone_combo.currentData(),
                    link=self.link_edit.text(),
                    note=self.note_edit.text(),
                    author=self.author(),
                ).value
            ),
            field="coverage",
        )
        if added is not None:
            for edit in (self.outlet_edit, self.link_edit, self.note_edit):
                edit.clear()
            self.show_coverage()
            self.outlet_edit.setFocus()

    # --- resolving -----------------------------------------------------------------------------

    def declare_resolved(self) -> None:
        """Draft the resolution texts from the templates, confirm, resolve; a calm summary follows."""
        assessment = steps_store.assessment(self.database, self.incident_id)
        audiences = [a for a in (assessment.audiences if assessment else ("public-posts",)) if a != ALL_CLEAR_AUDIENCE]
        audiences = audiences or ["public-posts"]
        try:
            texts = {a: drafting.render(self.database, self.incident_id, a, Phase.RESOLUTION) for a in audiences}
            all_clear = drafting.render(self.database, self.incident_id, ALL_CLEAR_AUDIENCE, Phase.RESOLUTION)
        except UserError as exc:
            self.show_field_problem(
                "resolved", self.tr("The resolution texts could not be drafted: {reason}").format(reason=exc)
            )
            return
        names = ", ".join(i18n.label("Messages", AUDIENCE_LABELS[a]).lower() for a in audiences)
        question = self.tr(
            "This drafts the resolution statement for {audiences} and the internal all-clear to staff, "
            "and closes the incident. The drafts still need approval and release."
        ).format(audiences=names)
        # A breach whose authority is not notified yet: resolving is allowed, but never in silence.
        clock = clock_of(self.database, self.incident)
        deadline = checklist.breach_deadline_of(self.database, self.incident, clock)
        warning = resolve_warning(deadline, clock.now(now_utc()), clock.zone)
        if not prompts.confirm(
            self,
            self.tr("Declare the crisis resolved"),
            f"{warning}\n\n{question}" if warning else question,
            self.tr("Declare resolved"),
            warning=bool(warning),
        ):
            return
        resolution = self.record(
            lambda: (
                steps_service.declare_resolved(
                    self.database,
                    self.incident_id,
                    resolution_texts=texts,
                    all_clear_text=all_clear,
                    note=self.note_resolved.text(),
                    author=self.author(),
                ).value
            ),
            field="resolved",
        )
        if resolution is None:
            return
        self.timer.stop()
        waiting = len(resolution.open_approvals)
        self.summary.setText(
            self.tr(
                "<b>Resolved.</b> The incident is closed and the log keeps everything that was done. "
                "Drafted: the resolution statement for {audiences}, and the internal all-clear. "
                "%n statement(s) await approval before they go out. "
                "Close this window; the post-crisis review comes next.",
                "",
                waiting,
            ).format(audiences=names)
        )
        self.summary.show()
        scroll_into_view(self.scroll, self.summary)
        self.resolve_button.setEnabled(False)
        self.tick()
        wiz = self.crisis_wizard
        wiz.refresh_side()
        wiz.step_committed.emit(Step.MONITOR.value)
        wiz.resolved.emit(self.incident_id)

    # --- draft ---------------------------------------------------------------------------------

    def draft(self) -> dict[str, Any]:
        return {
            "outlet": self.outlet_edit.text(),
            "link": self.link_edit.text(),
            "note": self.note_edit.text(),
            "tone": self.tone_combo.currentData(),
            "resolved_note": self.note_resolved.text(),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        self.outlet_edit.setText(draft.get("outlet", ""))
        self.link_edit.setText(draft.get("link", ""))
        self.note_edit.setText(draft.get("note", ""))
        self.tone_combo.setCurrentIndex(max(0, self.tone_combo.findData(draft.get("tone"))))
        self.note_resolved.setText(draft.get("resolved_note", ""))

    def validatePage(self) -> bool:
        # Finish only closes the window: resolving is the explicit "Declare resolved…" above.
        self.flush()
        return True
