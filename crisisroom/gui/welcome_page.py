"""The welcome page: what the main window shows whenever no incident is open.

Four ways in (a real incident, a drill, an import, the demo) and, below them, the few things to set
up before a crisis: the organisation's name, its time zone and the team. The page only asks; the
main window does each thing, so there is one way to do it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crisisroom.gui.context import RoomContext
from crisisroom.gui.style import muted
from crisisroom.gui.widgets.timezone_combo import TimezoneCombo, computer_zone
from crisisroom.services import settings as settings_service
from crisisroom.storage import organisation, team
from crisisroom.storage.database import Database

CONTENT_WIDTH = 760


class WelcomePage(QWidget):
    """The four choices and the set-up section; each choice is a signal the main window answers."""

    start_incident_requested = Signal()
    drill_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()
    join_requested = Signal()
    team_requested = Signal()
    settings_changed = Signal()

    def __init__(
        self,
        database: Database,
        author: Callable[[], str],
        parent: QWidget | None = None,
        *,
        room: RoomContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("welcome_page")
        self.database = database
        self.author = author
        self.room = room or RoomContext.of(self, database, author=author)
        self._hints: dict[QPushButton, QLabel] = {}

        icon = QLabel()
        icon.setPixmap(QIcon(":/icons/crisisroom.svg").pixmap(64, 64))
        title = QLabel(self.tr("Welcome to Crisis Room"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        title.setAccessibleName(title.text())
        intro = QLabel(
            self.tr(
                "No incident is open. Everything you write down here stays on this laptop, works without a "
                "network, and cannot be changed afterwards."
            )
        )
        intro.setWordWrap(True)
        muted(intro)
        heading = QHBoxLayout()
        heading.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(intro)
        heading.addLayout(words, 1)

        self.start_button = self._choice(
            "start_incident_button",
            self.tr("&Start an incident…"),
            self.tr("Something is going wrong in public now: open the crisis log and the five steps."),
            self.start_incident_requested,
        )
        self.start_button.setDefault(True)
        self.drill_button = self._choice(
            "start_drill_button",
            self.tr("Rehearse with a &drill…"),
            self.tr("Run a practice scenario with your team. Everything is marked EXERCISE."),
            self.drill_requested,
        )
        self.import_button = self._choice(
            "import_export_button",
            self.tr("&Import an export…"),
            self.tr(
                "Mentions from Brandwatch, Talkwalker, Meltwater or a CSV. They belong to an incident, "
                "so you start one first."
            ),
            self.import_requested,
        )
        self.demo_button = self._choice(
            "open_demo_button",
            self.tr("Open the d&emo incident"),
            self.tr("A made-up crisis with 36 hours of history to look around in. Marked EXERCISE."),
            self.demo_requested,
        )
        self.join_button = self._choice(
            "join_shared_button",
            self.tr("&Join the team's incident…"),
            self.tr("Another laptop shares an incident through a synced folder or a USB stick: take part in it."),
            self.join_requested,
        )
        choices = QGridLayout()
        choices.setHorizontalSpacing(18)
        choices.setVerticalSpacing(14)
        buttons = (self.start_button, self.drill_button, self.import_button, self.demo_button, self.join_button)
        for index, button in enumerate(buttons):
            cell = QVBoxLayout()
            cell.setSpacing(4)
            cell.addWidget(button)
            cell.addWidget(self._hints[button])
            cell.addStretch(1)
            choices.addLayout(cell, index // 2, index % 2)
        choices.setColumnStretch(0, 1)
        choices.setColumnStretch(1, 1)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("welcome_organisation_edit")
        self.name_edit.setAccessibleName(self.tr("Organisation name"))
        self.name_edit.setPlaceholderText(self.tr("As your statements sign it, e.g. Northwind Outdoor"))
        self.name_edit.editingFinished.connect(self.save_name)
        self.zone_combo = TimezoneCombo(computer_zone())
        self.zone_combo.setObjectName("welcome_timezone_combo")
        self.zone_combo.setAccessibleName(self.tr("Time zone for new incidents"))
        self.zone_combo.activated.connect(lambda _index: self.save_timezone())
        self.zone_combo.lineEdit().editingFinished.connect(self.save_timezone)
        self.team_button = QPushButton(self.tr("Set up your &team…"))
        self.team_button.setObjectName("welcome_team_button")
        self.team_button.clicked.connect(self.team_requested)
        self.team_label = QLabel()
        self.team_label.setObjectName("welcome_team_label")
        self.team_label.setWordWrap(True)
        muted(self.team_label)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_button)
        team_row.addWidget(self.team_label, 1)
        setup = QGroupBox(self.tr("Before a crisis"))
        setup.setObjectName("before_a_crisis_box")
        form = QFormLayout(setup)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_label = QLabel(self.tr("Organisation &name:"))
        name_label.setBuddy(self.name_edit)
        zone_label = QLabel(self.tr("Time &zone:"))
        zone_label.setBuddy(self.zone_combo)
        form.addRow(name_label, self.name_edit)
        form.addRow(zone_label, self.zone_combo)
        form.addRow(self.tr("Team:"), team_row)
        self.saved_label = QLabel()
        self.saved_label.setObjectName("welcome_saved_label")
        muted(self.saved_label)
        form.addRow("", self.saved_label)

        content = QWidget()
        content.setMaximumWidth(CONTENT_WIDTH)
        column = QVBoxLayout(content)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(18)
        column.addLayout(heading)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        column.addWidget(line)
        column.addLayout(choices)
        column.addWidget(setup)
        column.addStretch(1)
        centred = QWidget()
        outer = QHBoxLayout(centred)
        outer.addStretch(1)
        outer.addWidget(content, 100)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(centred)
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        page.addWidget(scroll)
        self.setTabOrder(self.start_button, self.drill_button)
        self.setTabOrder(self.drill_button, self.import_button)
        self.setTabOrder(self.import_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.name_edit)
        self.setTabOrder(self.name_edit, self.zone_combo)
        self.setTabOrder(self.zone_combo, self.team_button)
        self.refresh()

    def _choice(self, name: str, text: str, hint_text: str, signal: Signal) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setMinimumHeight(36)
        button.setAccessibleDescription(hint_text)
        button.clicked.connect(signal)
        hint = QLabel(hint_text)
        hint.setWordWrap(True)
        muted(hint)
        self._hints[button] = hint
        return button

    def refresh(self) -> None:
        """Show what is stored (after a restore, or when the settings changed elsewhere)."""
        self.name_edit.setText(organisation.name(self.database))
        self.zone_combo.set_zone(organisation.timezone_setting(self.database))
        people = team.list_people(self.database)
        if not people:
            self.team_label.setText(self.tr("Nobody is on the team yet: add who is called at each level."))
        elif all(p.notes.startswith("Example person") for p in people):
            self.team_label.setText(self.tr("The team is still the made-up example: replace it with your own."))
        else:
            self.team_label.setText(self.tr("%n people on the team.", "", len(people)))
        self.saved_label.clear()
        self.saved_label.hide()

    def save_name(self) -> None:
        text = self.name_edit.text()
        if " ".join(text.split()) == organisation.name(self.database):
            return
        stored = self.room.run(
            lambda: settings_service.set_name(self.database, text, author=self.author()),
            title=self.tr("The name was not saved"),
            parent=self,
        )
        if stored is None:
            self.name_edit.setText(organisation.name(self.database))  # the field shows what is stored, as before
            return
        self.name_edit.setText(stored)
        self.saved_label.setText(self.tr("Saved. Statements will speak for {0}.").format(stored) if stored else "")
        self.saved_label.setVisible(bool(stored))
        self.settings_changed.emit()

    def save_timezone(self) -> None:
        title = self.tr("The time zone was not saved")
        zone = self.room.call(self.zone_combo.zone, title=title, parent=self)  # None: not a zone
        if zone == organisation.timezone_setting(self.database):
            return
        if zone is None or self._store_timezone(zone, title) is None:
            self.zone_combo.set_zone(organisation.timezone_setting(self.database))  # what is stored, as before
            return
        self.saved_label.setText(
            self.tr("Saved. New incidents start in {0}.").format(zone or self.tr("this computer's zone"))
        )
        self.saved_label.show()
        self.settings_changed.emit()

    def _store_timezone(self, zone: str, title: str) -> str | None:
        return self.room.run(
            lambda: settings_service.set_timezone(self.database, zone, author=self.author()), title=title, parent=self
        )
