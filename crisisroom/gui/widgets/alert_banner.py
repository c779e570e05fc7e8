"""The in-app alert: a rule fired, here is what to do and whom to call."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from crisisroom.domain.chain import rule_call
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.team import Person
from crisisroom.gui import i18n
from crisisroom.storage.rules import StoredFiring

ALERT_STYLE = (
    "QFrame#alert_banner { background: #fbe9e7; border: 1px solid #e0672a; border-radius: 6px; }"
    "QFrame#alert_banner QLabel { color: #4a1c0c; }"
)
FIRINGS_LINK = "#firings"


class AlertBanner(QFrame):
    """Shows the newest unacknowledged firing; acknowledging it is the team's 'we are on it'."""

    acknowledged = Signal(str)  # firing id
    level_requested = Signal(int)
    firings_requested = Signal()  # "(+2 more)" was clicked: show the list of every firing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alert_banner")
        self.setStyleSheet(ALERT_STYLE)
        self.setAccessibleName(self.tr("Escalation alert"))
        self.text_label = QLabel()
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.text_label.linkActivated.connect(self._link_activated)
        self.level_button = QPushButton()
        self.level_button.setObjectName("alert_level_button")
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.ack_button.setObjectName("alert_ack_button")
        self.ack_button.setToolTip(self.tr("Say the team has seen this alert and is acting on it (goes into the log)"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.level_button)
        layout.addWidget(self.ack_button)
        self._firing: StoredFiring | None = None
        self.ack_button.clicked.connect(self._acknowledge)
        self.level_button.clicked.connect(self._request_level)
        self.hide()

    @property
    def firing(self) -> StoredFiring | None:
        return self._firing

    def show_firings(
        self,
        firings: Sequence[StoredFiring],
        *,
        confirmed_level: int | None,
        clock: IncidentClock | None = None,
        people: Sequence[Person] = (),
    ) -> None:
        """Show the newest unacknowledged firing (or hide when there is none), its time on the incident's ``clock``.

        Whom the rule says to call is named from the roster (``people``): the holder of that role, their
        phone and their backup's.
        """
        open_ones = [f for f in firings if f.acknowledged_at is None]
        if not open_ones:
            self._firing = None
            self.hide()
            return
        firing = self._firing = open_ones[-1]
        more = (
            f' <a href="{FIRINGS_LINK}" style="color: #4a1c0c;"><i>'
            + self.tr("(+%n more)", "", len(open_ones) - 1)
            + "</i></a>"
            if len(open_ones) > 1
            else ""
        )
        when = (clock or IncidentClock()).text(firing.firing.fired_at)
        # Rule names and advice are typed by the team: escaped, never interpreted as markup.
        call = ""
        if firing.role:
            role = escape(i18n.label("Rules", firing.role))
            who = rule_call(firing.role, people).who(i18n.label)
            call = " " + (
                self.tr("Call: <b>{role}</b> — {who}.").format(role=role, who=escape(who))
                if who
                else self.tr("Call: <b>{role}</b>.").format(role=role)
            )
        self.text_label.setText(
            self.tr(
                "<b>⚠ {rule}</b> · fired {when} (%n negative mentions that hour).", "", firing.firing.negative_in_hour
            ).format(rule=escape(i18n.label("Rules", firing.rule_name)), when=when)
            + f"<br>{escape(i18n.label('Rules', firing.action))}{call}{more}"
        )
        suggested = firing.firing.suggested_level
        wants_level = suggested is not None and (confirmed_level is None or suggested > confirmed_level)
        self.level_button.setVisible(wants_level)
        if wants_level:
            self.level_button.setText(self.tr("Assess: level {level}?").format(level=suggested))
        self.setAccessibleDescription(self.text_label.text())
        self.show()

    def _link_activated(self, link: str) -> None:
        if link == FIRINGS_LINK:
            self.firings_requested.emit()

    def _acknowledge(self) -> None:
        if self._firing is not None:
            self.acknowledged.emit(self._firing.id)

    def _request_level(self) -> None:
        if self._firing is not None and self._firing.firing.suggested_level:
            self.level_requested.emit(self._firing.firing.suggested_level)
