"""The top of the dashboard: what the incident is, how severe, since when, and how busy the log is."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crisisroom.domain.clock import now_utc
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Incident
from crisisroom.gui import i18n
from crisisroom.gui.widgets.severity_gauge import SeverityGauge
from crisisroom.storage.incidents import IncidentCounts


def describe_age(since: datetime, now: datetime) -> str:
    """A short 'for how long' phrase: '45 min', '3 h 05 min', '2 d 4 h'."""
    minutes = max(0, int((now - since).total_seconds() // 60))
    if minutes < 60:
        return QCoreApplication.translate("DashboardHeader", "{minutes} min").format(minutes=minutes)
    hours, minutes = divmod(minutes, 60)
    if hours < 48:
        return QCoreApplication.translate("DashboardHeader", "{hours} h {minutes} min").format(
            hours=hours, minutes=f"{minutes:02d}"
        )
    days, hours = divmod(hours, 24)
    return QCoreApplication.translate("DashboardHeader", "{days} d {hours} h").format(days=days, hours=hours)


class DashboardHeader(QFrame):
    """Title, type, state, times and log counts, with the severity gauge on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("dashboard_header")
        self.setAccessibleName(self.tr("Incident summary"))
        self.title_label = QLabel()
        self.title_label.setObjectName("incident_title")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        self.gauge = SeverityGauge()

        text_column = QVBoxLayout()
        text_column.setSpacing(4)
        text_column.addWidget(self.title_label)
        text_column.addWidget(self.meta_label)
        text_column.addWidget(self.counts_label)
        # The mentions chart takes the left of this row, the gauge its right: side by side they
        # leave the log more of a 1280×800 screen than stacked.
        self.chart_row = QHBoxLayout()
        self.chart_row.setSpacing(16)
        gauge_column = QVBoxLayout()
        gauge_column.addStretch(1)
        gauge_column.addWidget(self.gauge)
        gauge_column.addStretch(1)
        lower = QHBoxLayout()
        lower.setSpacing(16)
        lower.addLayout(self.chart_row, 1)
        lower.addLayout(gauge_column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(8)
        outer.addLayout(text_column)
        outer.addLayout(lower, 1)

    def show_incident(self, incident: Incident, counts: IncidentCounts, clock: IncidentClock | None = None) -> None:
        """Show the incident; its times on ``clock`` (its zone, a played drill's drill clock), the zone named once."""
        clock = clock or IncidentClock(incident.timezone)
        self.title_label.setText(i18n.display_title(incident))
        now = clock.now(now_utc())  # in a drill, the drill clock's "now": ages are counted in drill time
        parts = [i18n.label("Category", incident.category.label)]
        if incident.is_open:
            parts.append(
                self.tr("Open for {age} (since {when})").format(
                    age=describe_age(clock.moment(incident.opened_at), now),
                    when=clock.text(incident.opened_at),
                )
            )
        else:
            parts.append(self.tr("Resolved {when}").format(when=clock.text(incident.closed_at)))
        if incident.detected_at:
            parts.append(self.tr("Detected {when}").format(when=clock.text(incident.detected_at)))
        parts.append(clock.zone_label())
        self.meta_label.setText(" · ".join(parts))
        counts_text = [
            self.tr("%n log entries", "", counts.entries),
            self.tr("%n decisions", "", counts.decisions),
            self.tr("%n actions", "", counts.actions),
        ]
        if counts.corrections:
            counts_text.append(self.tr("%n corrections", "", counts.corrections))
        if counts.last_entry_at:
            counts_text.append(
                self.tr("last entry {age} ago").format(age=describe_age(clock.moment(counts.last_entry_at), now))
            )
        self.counts_label.setText(" · ".join(counts_text))
        self.gauge.set_level(incident.level)
        # One sentence for a screen reader: what, how bad, for how long, how busy the log is.
        spoken = (incident.display_title, self.gauge.accessibleName(), self.meta_label.text(), self.counts_label.text())
        self.setAccessibleDescription(". ".join(spoken))
