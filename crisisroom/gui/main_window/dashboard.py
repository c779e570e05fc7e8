"""The top of an incident's page: the header with the chart and the gauge, the five steps, Next, the alert banner
and the chain-of-command warning.

Each of them redraws when a :class:`~crisisroom.services.changes.Changes` flag it shows is set for
the incident on screen (:data:`REDRAWS`), and all of them when another incident is shown or the
half-minute timer runs (the ages and countdowns move with the clock).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QStatusBar, QVBoxLayout, QWidget

from crisisroom.domain.clock import now_utc, zone_from_name
from crisisroom.domain.text import translate
from crisisroom.gui.context import RoomContext
from crisisroom.gui.tray import Tray
from crisisroom.gui.widgets.alert_banner import AlertBanner
from crisisroom.gui.widgets.chain_warning import ChainWarning
from crisisroom.gui.widgets.dashboard_header import DashboardHeader
from crisisroom.gui.widgets.level_conflict import LevelConflict
from crisisroom.gui.widgets.mentions_chart import MentionsChart
from crisisroom.gui.widgets.next_panel import NextPanel
from crisisroom.gui.widgets.wizard_strip import WizardStrip
from crisisroom.services import incidents as incident_service
from crisisroom.services import mentions as mention_service
from crisisroom.services import next_steps as next_steps_service
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import chain_of_command, incidents, mentions, messages, rules, team
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.incident_clock import clock_of

C = Changes
REDRAWS: tuple[tuple[Changes, str], ...] = (
    # First: the header reads the incident's clock (a drill's moves), which the others show times on.
    (C.INCIDENTS | C.LOG | C.DRILL, "show_header"),
    (C.INCIDENTS | C.MENTIONS | C.ALERTS | C.SETTINGS, "show_gauge"),
    (C.INCIDENTS | C.LOG | C.STEPS | C.STATEMENTS | C.SETTINGS | C.DRILL, "show_strip"),
    (
        C.INCIDENTS | C.LOG | C.ALERTS | C.STEPS | C.STATEMENTS | C.REVIEW | C.TEAM | C.SETTINGS | C.DRILL,
        "show_next",
    ),
    (C.INCIDENTS | C.TEAM | C.SETTINGS, "show_chain"),
    (C.INCIDENTS | C.STEPS | C.SHARING, "show_level_conflict"),
    (C.INCIDENTS | C.MENTIONS | C.ALERTS | C.TEAM | C.SETTINGS | C.DRILL, "show_mentions"),
)
"""Which flags each part of the dashboard shows, in the order they redraw."""


class Dashboard(QWidget):
    """The incident's state at a glance, above the log (the window connects what its parts ask for)."""

    def __init__(self, context: RoomContext, tray: Tray, status_bar: QStatusBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.database = context.database
        self.tray = tray
        self.status_bar = status_bar
        self.header = DashboardHeader()
        self.wizard_strip = WizardStrip()
        self.wizard_strip.became_due.connect(self.remind_update)
        self.wizard_strip.became_overdue.connect(lambda: self.remind_update(overdue=True))
        self.next_panel = NextPanel()
        self.alert_banner = AlertBanner()
        self.alert_banner.acknowledged.connect(self.acknowledge)
        self.chain_warning = ChainWarning()
        self.level_conflict = LevelConflict()
        self.chart = MentionsChart()
        self.chart.setObjectName("mentions_chart")
        self.header.chart_row.addWidget(self.chart)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.header)
        layout.addWidget(self.wizard_strip)
        layout.addWidget(self.next_panel)
        layout.addWidget(self.alert_banner)
        layout.addWidget(self.level_conflict)
        layout.addWidget(self.chain_warning)
        context.changed.connect(self._changed)

    def _changed(self, done: Done[Any]) -> None:
        if not self.context.shows(done):
            return
        for flags, part in REDRAWS:
            if done.changes & flags:
                getattr(self, part)()

    def refresh(self) -> None:
        """Everything, as stored now (another incident shown, the half-minute timer)."""
        for _flags, part in REDRAWS:
            getattr(self, part)()

    # The parts

    def show_header(self) -> None:
        incident = self.context.incident
        if incident is None:
            return
        self.context.clock = clock_of(self.database, incident)
        self.header.show_incident(incident, incidents.counts(self.database, incident.id), self.context.clock)

    def show_gauge(self) -> None:
        if self.context.incident is not None:
            self.header.gauge.set_proposed(rules.suggested_level(self.database, self.context.incident.id))

    def show_strip(self) -> None:
        """The five steps, the next-update countdown and open approvals, as stored."""
        incident = self.context.incident
        if incident is None:
            return
        due, now = next_steps_service.update_due(self.database, incident, now_utc())  # on the incident's clock
        self.wizard_strip.show_state(
            steps_store.load(self.database, incident.id), messages.open_approvals(self.database, incident.id), due, now
        )
        self.tray.show_state(incident, due)

    def show_next(self) -> None:
        """The Next panel: the most urgent steps, from the same list as ``status`` and the situation report."""
        if self.context.incident is None:
            return
        incident = incidents.get(self.database, self.context.incident.id)  # as stored now: a wizard may have changed it
        found = next_steps_service.steps(self.database, incident, translate=translate)
        self.next_panel.show_steps(found, resolved=not incident.is_open)

    def show_chain(self) -> None:
        """Until fixed: a real incident calling the example team, or a role nobody holds."""
        if self.context.incident is None:
            return
        # Type and level as stored now: a wizard may have changed them.
        current = incidents.get(self.database, self.context.incident.id)
        self.chain_warning.show_chain(chain_of_command.for_incident(self.database, current))

    def show_level_conflict(self) -> None:
        """Levels set on two laptops without seeing each other (a shared incident), until settled."""
        if self.context.incident is None:
            return
        self.level_conflict.show_conflict(incident_service.severity_conflict(self.database, self.context.incident.id))

    def show_mentions(self) -> None:
        """The chart and the alert banner, from the stored counts and firings."""
        incident = self.context.incident
        if incident is None:
            return
        fired = rules.firings(self.database, incident.id)
        self.chart.set_data(
            mentions.hourly(self.database, incident.id),
            zone=zone_from_name(incident.timezone),
            zone_label=self.context.clock.zone_label(),
            rules=rules.load(self.database),
            firings=[f.firing for f in fired],
        )
        # A resolved incident calls nobody: its unacknowledged alerts stay in the log and the reports.
        self.alert_banner.show_firings(
            fired if incident.is_open else (),
            confirmed_level=incident.level,
            clock=self.context.clock,
            people=team.list_people(self.database),
        )

    # What the parts ask for

    def acknowledge(self, firing_id: str) -> None:
        """Someone has seen the alert and is acting on it (logged)."""
        self.context.run(lambda: mention_service.acknowledge(self.database, firing_id, author=self.context.author()))

    def remind_update(self, *, overdue: bool = False) -> None:
        """The next update is due (or well overdue): say so in the status bar and as a desktop notification."""
        incident = self.context.incident
        if incident is None:
            return
        if overdue:
            title = self.tr("Crisis Room: update overdue")
            text = self.tr("The internal update on “{0}” is overdue; send it, and say when the next one comes.")
        else:
            title = self.tr("Crisis Room: update due")
            text = self.tr("An internal update on “{0}” is due now; every update says when the next one comes.")
        text = text.format(incident.title)
        self.status_bar.showMessage(f"⏰ {text}", 60_000)
        self.tray.notify(title, text, urgent=overdue)
