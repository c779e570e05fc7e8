"""Step 3, Manage: name the lead, scribe and spokesperson, set the update rhythm, work the checklist."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from crisisroom.domain.cadence import DEFAULT_CADENCE, Cadence
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.team import Person, in_role_order
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.domain.wizard import Step
from crisisroom.gui import i18n
from crisisroom.gui.style import muted
from crisisroom.gui.wizard.base import ActionLineEdit, StepPage
from crisisroom.storage import checklist, team, updates
from crisisroom.storage import wizard as wizard_store

ROLE_FIELDS = (
    ("lead", QT_TRANSLATE_NOOP("ManagePage", "Crisis &lead:"), "crisis-lead"),
    ("scribe", QT_TRANSLATE_NOOP("ManagePage", "S&cribe:"), "scribe"),
    ("spokesperson", QT_TRANSLATE_NOOP("ManagePage", "S&pokesperson:"), "spokesperson"),
)
ROLE_MISSING = {
    "lead": QT_TRANSLATE_NOOP("ManagePage", "Choose the crisis lead."),
    "scribe": QT_TRANSLATE_NOOP("ManagePage", "Choose the scribe, who keeps the log."),
    "spokesperson": QT_TRANSLATE_NOOP("ManagePage", "Choose the spokesperson."),
}


def spin(name: str, low: int, high: int, suffix: str) -> QSpinBox:
    box = QSpinBox()
    box.setObjectName(name)
    box.setRange(low, high)
    box.setSuffix(suffix)
    return box


class ManagePage(StepPage):
    step = Step.MANAGE

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.people: list[Person] = []
        self.role_combos: dict[str, QComboBox] = {}
        roles_box = QGroupBox(self.tr("Who does what"))
        roles_form = QFormLayout(roles_box)
        for key, marked, _role in ROLE_FIELDS:
            text = i18n.label("ManagePage", marked)
            combo = QComboBox()
            combo.setObjectName(f"{key}_combo")
            combo.setAccessibleName(text.replace("&", "").rstrip(":"))
            combo.currentIndexChanged.connect(self.changed)
            label = QLabel(text)
            label.setBuddy(combo)
            roles_form.addRow(label, self.with_problem(key, combo))
            self.role_combos[key] = combo

        minutes, hours = " " + self.tr("min"), " " + self.tr("h")
        self.first_spin = spin("first_spin", 1, 1440, minutes)
        self.every_spin = spin("every_spin", 1, 1440, minutes)
        self.hours_spin = spin("hours_spin", 0, 72, hours)
        self.after_spin = spin("after_spin", 1, 1440, minutes)
        for box, name in (
            (self.first_spin, self.tr("First update within")),
            (self.every_spin, self.tr("Then every")),
            (self.hours_spin, self.tr("For the first")),
            (self.after_spin, self.tr("After that every")),
        ):
            box.setAccessibleName(name)
            box.valueChanged.connect(self.changed)
        defaults = QPushButton(self.tr("Defaults"))
        defaults.setAutoDefault(False)
        defaults.setToolTip(self.tr("First within 5 minutes, every 20 minutes for two hours, then hourly"))
        defaults.clicked.connect(lambda: self.set_cadence(DEFAULT_CADENCE))
        cadence_box = QGroupBox(self.tr("Internal updates"))
        cadence_row = QHBoxLayout()
        for text, box in (
            (self.tr("First within"), self.first_spin),
            (self.tr("then every"), self.every_spin),
            (self.tr("for the first"), self.hours_spin),
            (self.tr("then every"), self.after_spin),
        ):
            label = QLabel(text)
            label.setBuddy(box)
            cadence_row.addWidget(label)
            cadence_row.addWidget(box)
        cadence_row.addWidget(defaults)
        cadence_row.addStretch(1)
        QVBoxLayout(cadence_box).addLayout(self.with_problem("cadence", cadence_row))
        self.countdown_hint = QLabel()
        muted(self.countdown_hint)

        self.checklist_view = QListWidget()
        self.checklist_view.setObjectName("checklist_view")
        self.checklist_view.setAccessibleName(self.tr("Checklist; each tick is logged at once"))
        self.checklist_view.itemChanged.connect(self._ticked)
        self.account_edit = ActionLineEdit()
        self.account_edit.setObjectName("account_edit")
        self.account_edit.setPlaceholderText(self.tr("An account with scheduled posts, e.g. @ourbrand on Instagram"))
        self.account_edit.setAccessibleName(self.tr("Account name"))
        self.account_edit.returnPressed.connect(self.add_account)
        add_account = QPushButton(self.tr("Add &account"))
        add_account.setObjectName("add_account_button")
        add_account.setAutoDefault(False)
        add_account.clicked.connect(self.add_account)
        account_row = QHBoxLayout()
        account_row.addWidget(self.account_edit, 1)
        account_row.addWidget(add_account)
        checklist_box = QGroupBox(self.tr("Checklist (each tick goes into the log at once)"))
        checklist_layout = QVBoxLayout(checklist_box)
        checklist_layout.addLayout(self.with_problem("checklist", self.checklist_view))
        checklist_layout.addLayout(self.with_problem("account", account_row))

        layout = QVBoxLayout(self.body)
        layout.addWidget(roles_box)
        layout.addWidget(cadence_box)
        layout.addWidget(self.countdown_hint)
        layout.addWidget(checklist_box, 1)

    # --- roles and cadence ---------------------------------------------------------------------

    def _fill_people(self, chosen: dict[str, str | None]) -> None:
        self.people = in_role_order(team.list_people(self.database))
        for key, _text, role_key in ROLE_FIELDS:
            combo = self.role_combos[key]
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Choose…"), None)
            for person in self.people:
                combo.addItem(
                    f"{person.name} ({i18n.role_labels(person.roles)})" if person.roles else person.name, person.id
                )
            wanted = chosen.get(key) or next((p.id for p in self.people if role_key in p.roles), None)
            combo.setCurrentIndex(max(0, combo.findData(wanted)))
            combo.blockSignals(False)

    def set_cadence(self, cadence: Cadence) -> None:
        self.first_spin.setValue(cadence.first_minutes)
        self.every_spin.setValue(cadence.then_every_minutes)
        self.hours_spin.setValue(cadence.for_hours)
        self.after_spin.setValue(cadence.then_every_minutes_after)

    def cadence(self) -> Cadence:
        return Cadence(
            self.first_spin.value(), self.every_spin.value(), self.hours_spin.value(), self.after_spin.value()
        )

    # --- checklist -----------------------------------------------------------------------------

    def show_checklist(self) -> None:
        self.checklist_view.blockSignals(True)
        self.checklist_view.clear()
        for item in checklist.checklist(self.database, self.incident_id):
            row = QListWidgetItem(i18n.label("Checklist", item.label))
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            if item.done and item.done_by:
                row.setToolTip(self.tr("Done by {person}").format(person=item.done_by))
            self.checklist_view.addItem(row)
        self.checklist_view.blockSignals(False)

    def _ticked(self, row: QListWidgetItem) -> None:
        key = row.data(Qt.ItemDataRole.UserRole)
        done = row.checkState() == Qt.CheckState.Checked
        self.record(
            lambda: checklist.tick(self.database, self.incident_id, key, done, author=self.author()), field="checklist"
        )
        self.show_checklist()
        self.checklist_view.setCurrentRow(self._row_of(key))

    def _row_of(self, key: str) -> int:
        for index in range(self.checklist_view.count()):
            if self.checklist_view.item(index).data(Qt.ItemDataRole.UserRole) == key:
                return index
        return -1

    def add_account(self) -> None:
        name = self.account_edit.text()
        if not name.strip():
            return
        added = self.record(
            lambda: checklist.add_account(self.database, self.incident_id, name, author=self.author()), field="account"
        )
        if added is not None:
            self.account_edit.clear()
            self.show_checklist()
            self.changed()

    def refresh(self) -> None:
        self.show_checklist()
        self.countdown_hint.setText(
            self.tr(
                "The main window counts down to each update and reminds you when one is due. "
                "A released holding statement or update restarts the count."
            )
        )

    # --- draft and commit ----------------------------------------------------------------------

    def chosen(self) -> dict[str, str | None]:
        return {key: combo.currentData() for key, combo in self.role_combos.items()}

    def draft(self) -> dict[str, Any]:
        cadence = self.cadence()
        return {
            "roles": self.chosen(),
            "cadence": [
                cadence.first_minutes,
                cadence.then_every_minutes,
                cadence.for_hours,
                cadence.then_every_minutes_after,
            ],
        }

    def restore(self, draft: dict[str, Any]) -> None:
        roles = wizard_store.roles(self.database, self.incident_id)
        stored = (
            {
                "lead": roles.lead.person_id,
                "scribe": roles.scribe.person_id,
                "spokesperson": roles.spokesperson.person_id,
            }
            if roles
            else {}
        )
        self._fill_people(draft.get("roles") or stored)
        numbers = draft.get("cadence")
        self.set_cadence(Cadence(*numbers) if numbers else updates.cadence(self.database, self.incident_id))
        self.show_checklist()

    def check(self) -> dict[str, str]:
        chosen = self.chosen()
        problems = {key: i18n.label("ManagePage", ROLE_MISSING[key]) for key in chosen if not chosen[key]}
        try:
            self.cadence().validate()
        except InvalidInputError as exc:
            problems["cadence"] = str(exc)
        return problems

    def commit(self) -> None:
        names = {p.id: p.name for p in self.people}
        chosen = {key: value or "" for key, value in self.chosen().items()}
        wizard_store.commit_manage(
            self.database,
            self.incident_id,
            lead_id=chosen["lead"],
            lead_name=names.get(chosen["lead"], ""),
            scribe_id=chosen["scribe"],
            scribe_name=names.get(chosen["scribe"], ""),
            spokesperson_id=chosen["spokesperson"],
            spokesperson_name=names.get(chosen["spokesperson"], ""),
            cadence=self.cadence(),
            author=self.author(),
        )
