"""Step 3, Manage: name the lead, scribe and spokesperson, set the update rhythm, work the checklist.

The checklist is the crisis type's (a breach brings legal, the data-protection officer and the
authority; a recall product safety and the product-safety authority), with the team's own items
and the accounts to pause. A breach shows its 72-hour clock (GDPR Article 33) above the list,
counting from the moment the team became aware of it, on the incident's clock.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
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
from crisisroom.domain.checklist import RECALL_CATEGORY, ChecklistItem
from crisisroom.domain.clock import now_utc
from crisisroom.domain.deadlines import Deadline
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.response_steps import Step
from crisisroom.domain.team import Person, in_role_order
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n, prompts
from crisisroom.gui.style import muted
from crisisroom.gui.widgets.deadline_clock import show_deadline
from crisisroom.gui.wizard.base import ActionLineEdit, StepPage
from crisisroom.services import checklist as checklist_service
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import checklist, team, updates
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.incident_clock import clock_of

AWARE_FORMAT = "yyyy-MM-dd HH:mm"
CHECKLIST_ROWS = 5  # rows the checklist asks for; it grows into whatever height the page has left


class ChecklistView(QListWidget):
    """The checklist, with room between its rows, asking for only a few rows of height.

    A list's usual size hint (about nine rows) pushed the rows under it (your own item, an account)
    below the fold at 1280×800 once a breach's deadline box and a translation's longer hints were
    there. It asks for :data:`CHECKLIST_ROWS` rows and stretches into the height left, scrolling the
    rest within itself, so the rows to add an item or an account stay in view.
    """

    def __init__(self) -> None:
        super().__init__()
        self.setSpacing(2)  # the check boxes of neighbouring rows no longer touch

    def _rows_height(self, rows: int) -> int:
        style = self.style()
        row = max(self.fontMetrics().lineSpacing(), style.pixelMetric(style.PixelMetric.PM_IndicatorHeight))
        return rows * (row + 2 + 2 * self.spacing()) + 2 * self.frameWidth()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._rows_height(CHECKLIST_ROWS))

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._rows_height(3))


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
        self.countdown_hint.setWordWrap(True)  # a long translation must not widen the page
        muted(self.countdown_hint)

        self.checklist_view = ChecklistView()
        self.checklist_view.setObjectName("checklist_view")
        self.checklist_view.setAccessibleName(self.tr("Checklist; each tick is logged at once"))
        self.checklist_view.itemChanged.connect(self._ticked)
        # Long items (and long translations) wrap rather than hide behind a sideways scroll bar.
        self.checklist_view.setWordWrap(True)
        self.checklist_view.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.checklist_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        # The team's own items: added at the end, renamed or removed (only their own).
        self.checklist_view.currentItemChanged.connect(self._selection_changed)
        self.own_edit = ActionLineEdit()
        self.own_edit.setObjectName("own_item_edit")
        self.own_edit.setPlaceholderText(self.tr("Your own item, e.g. Brief the works council"))
        self.own_edit.setAccessibleName(self.tr("Your own checklist item"))
        self.own_edit.returnPressed.connect(self.add_own)
        add_own = QPushButton(self.tr("Add &item"))
        add_own.setObjectName("add_own_button")
        add_own.setAutoDefault(False)
        add_own.clicked.connect(self.add_own)
        self.rename_button = QPushButton(self.tr("R&ename…"))
        self.rename_button.setObjectName("rename_own_button")
        self.rename_button.setAutoDefault(False)
        self.rename_button.setToolTip(self.tr("Rename the selected item of your own; its tick stays"))
        self.rename_button.clicked.connect(self.rename_own)
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.remove_button.setObjectName("remove_own_button")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the selected item of your own; the log keeps it"))
        self.remove_button.clicked.connect(self.remove_own)
        own_row = QHBoxLayout()
        own_row.addWidget(self.own_edit, 1)
        own_row.addWidget(add_own)
        own_row.addWidget(self.rename_button)
        own_row.addWidget(self.remove_button)
        # An operational failure may be a product recall, which brings the recall's own items.
        self.recall_check = QCheckBox(
            self.tr("A product is recalled: add product safety, retailers and the product-safety authority")
        )
        self.recall_check.setObjectName("recall_check")
        self.recall_check.toggled.connect(self._recall_toggled)
        checklist_box = QGroupBox(self.tr("Checklist (each tick goes into the log at once)"))
        checklist_layout = QVBoxLayout(checklist_box)
        checklist_layout.addLayout(self.with_problem("recall", self.recall_check))
        checklist_layout.addLayout(self.with_problem("checklist", self.checklist_view))
        checklist_layout.addLayout(self.with_problem("own", own_row))
        checklist_layout.addLayout(self.with_problem("account", account_row))

        # A breach's 72-hour clock, from the moment the organisation became aware of it.
        self.aware_edit = QDateTimeEdit()
        self.aware_edit.setObjectName("aware_edit")
        self.aware_edit.setDisplayFormat(AWARE_FORMAT)
        self.aware_edit.setCalendarPopup(True)
        self.aware_edit.setAccessibleName(self.tr("Became aware of the breach at"))
        self.aware_edit.dateTimeChanged.connect(self._aware_edited)
        self.aware_zone = QLabel()
        muted(self.aware_zone)
        self.aware_button = QPushButton(self.tr("&Set"))
        self.aware_button.setObjectName("set_aware_button")
        self.aware_button.setAutoDefault(False)
        self.aware_button.setToolTip(self.tr("Restart the 72-hour clock from this moment; the change is logged"))
        self.aware_button.clicked.connect(self.set_aware)
        self.aware_basis = QLabel()
        self.aware_basis.setObjectName("aware_basis")
        muted(self.aware_basis)
        aware_label = QLabel(self.tr("Became a&ware of it at:"))
        aware_label.setBuddy(self.aware_edit)
        aware_row = QHBoxLayout()
        aware_row.addWidget(aware_label)
        aware_row.addWidget(self.aware_edit)
        aware_row.addWidget(self.aware_zone)
        aware_row.addWidget(self.aware_button)
        aware_row.addWidget(self.aware_basis, 1)
        self.deadline_label = QLabel()
        self.deadline_label.setObjectName("manage_deadline")
        self.deadline_label.setWordWrap(True)
        font = self.deadline_label.font()
        font.setBold(True)
        self.deadline_label.setFont(font)
        deadline_hint = QLabel(
            self.tr(
                "Tick the authority's item below once it is notified. A notification after 72 hours must say why "
                "it is late."
            )
        )
        deadline_hint.setWordWrap(True)
        muted(deadline_hint)
        self.deadline_box = QGroupBox(self.tr("Breach notification: 72 hours (GDPR Article 33)"))
        self.deadline_box.setObjectName("deadline_box")
        deadline_layout = QVBoxLayout(self.deadline_box)
        deadline_layout.addLayout(self.with_problem("aware", aware_row))
        deadline_layout.addWidget(self.deadline_label)
        deadline_layout.addWidget(deadline_hint)
        self.deadline_box.hide()
        self.deadline: Deadline | None = None
        self.clock = IncidentClock()
        self.deadline_timer = QTimer(self, interval=1000)
        self.deadline_timer.timeout.connect(self.show_deadline)

        layout = QVBoxLayout(self.body)
        layout.addWidget(roles_box)
        layout.addWidget(cadence_box)
        layout.addWidget(self.countdown_hint)
        layout.addWidget(self.deadline_box)
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
        current = self.checklist_view.currentItem()
        selected = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.checklist_view.blockSignals(True)
        self.checklist_view.clear()
        for item in checklist.checklist(self.database, self.incident_id):
            row = QListWidgetItem(self._item_text(item))
            row.setData(Qt.ItemDataRole.UserRole, item.key)
            row.setData(Qt.ItemDataRole.UserRole + 1, item.own)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked)
            row.setToolTip(self._item_tip(item))
            self.checklist_view.addItem(row)
        self.checklist_view.setCurrentRow(self._row_of(selected) if selected else -1)
        self.checklist_view.blockSignals(False)
        self._selection_changed()

    def _item_text(self, item: ChecklistItem) -> str:
        """A built-in item in the interface language; an account's in it too; the team's own as typed."""
        if item.account is not None:
            return self.tr("Scheduled posts paused on {account}").format(account=item.account)
        return i18n.label("Checklist", item.label) if item.built_in else item.label

    def _item_tip(self, item: ChecklistItem) -> str:
        tips = []
        if item.done and item.done_by:
            tips.append(self.tr("Done by {person}").format(person=item.done_by))
        if item.own:
            tips.append(self.tr("Your own item: rename or remove it with the buttons below"))
        if item.kept:
            tips.append(self.tr("Not on this type's list; kept because it was ticked"))
        if item.has_deadline:
            tips.append(self.tr("Ticking it stops the 72-hour clock"))
        return "\n".join(tips)

    def _ticked(self, row: QListWidgetItem) -> None:
        key = row.data(Qt.ItemDataRole.UserRole)
        done = row.checkState() == Qt.CheckState.Checked
        self.record(
            lambda: checklist_service.tick(self.database, self.incident_id, key, done, author=self.author()).value,
            field="checklist",
        )
        self.show_checklist()
        self.checklist_view.setCurrentRow(self._row_of(key))
        self.show_deadline_clock()

    def _row_of(self, key: str) -> int:
        for index in range(self.checklist_view.count()):
            if self.checklist_view.item(index).data(Qt.ItemDataRole.UserRole) == key:
                return index
        return -1

    def _selected_own(self) -> str | None:
        """The key of the selected item when it is one of the team's own, else None."""
        row = self.checklist_view.currentItem()
        if row is None or not row.data(Qt.ItemDataRole.UserRole + 1):
            return None
        return str(row.data(Qt.ItemDataRole.UserRole))

    def _selection_changed(self, *_args: object) -> None:
        own = self._selected_own() is not None
        self.rename_button.setEnabled(own)
        self.remove_button.setEnabled(own)

    def add_account(self) -> None:
        name = self.account_edit.text()
        if not name.strip():
            return
        added = self.record(
            lambda: checklist_service.add_account(self.database, self.incident_id, name, author=self.author()).value,
            field="account",
        )
        if added is not None:
            self.account_edit.clear()
            self.show_checklist()
            self.changed()

    def add_own(self) -> None:
        text = self.own_edit.text()
        if not text.strip():
            return
        added = self.record(
            lambda: checklist_service.add_own(self.database, self.incident_id, text, author=self.author()).value,
            field="own",
        )
        if added is not None:
            self.own_edit.clear()
            self.show_checklist()
            self.checklist_view.setCurrentRow(self._row_of(added.key))
            self.changed()

    def rename_own(self) -> None:
        key = self._selected_own()
        if key is None:
            return
        current = self.checklist_view.currentItem().text()
        text = prompts.get_text(self, self.tr("Rename the item"), self.tr("New words for the item:"), current)
        if text is None or not text.strip() or text.strip() == current:
            return
        renamed = self.record(
            lambda: (
                checklist_service.rename_own(self.database, self.incident_id, key, text, author=self.author()).value
            ),
            field="own",
        )
        if renamed is not None:
            self.show_checklist()
            self.checklist_view.setCurrentRow(self._row_of(key))

    def remove_own(self) -> None:
        key = self._selected_own()
        if key is None:
            return
        row = self.checklist_view.currentItem()
        if row.checkState() == Qt.CheckState.Checked and not prompts.confirm(
            self,
            self.tr("Remove a ticked item"),
            self.tr("“{item}” is ticked as done. Remove it from the checklist? The log keeps when it was done.").format(
                item=row.text()
            ),
            self.tr("Remove"),
        ):
            return
        removed = self.record(
            lambda: checklist_service.remove_own(self.database, self.incident_id, key, author=self.author()).value,
            field="own",
        )
        if removed is not None:
            self.show_checklist()

    def _recall_toggled(self, recalled: bool) -> None:
        self.record(
            lambda: (
                checklist_service.set_product_recall(
                    self.database, self.incident_id, recalled, author=self.author()
                ).value
            ),
            field="recall",
        )
        self.show_checklist()

    # --- the breach's 72-hour clock ------------------------------------------------------------

    def show_deadline_clock(self) -> None:
        """Show or hide the clock for this incident, and fill the "became aware" field from what is stored."""
        incident = self.incident
        self.clock = clock_of(self.database, incident)
        self.deadline = checklist.breach_deadline_of(self.database, incident, self.clock)
        self.deadline_box.setVisible(self.deadline is not None)
        if self.deadline is None:
            self.deadline_timer.stop()
            return
        self.aware_zone.setText(self.clock.zone_label())
        self.aware_edit.blockSignals(True)
        local = self.deadline.aware_at.astimezone(self.clock.zone).replace(tzinfo=None)
        self.aware_edit.setDateTime(QDateTime(local.date(), local.time()))
        self.aware_edit.blockSignals(False)
        self.aware_button.setEnabled(False)
        basis = {
            "set": self.tr("as set by the team"),
            "detection": self.tr("the detection time"),
            "opening": self.tr("when the incident was opened"),
        }
        self.aware_basis.setText(basis[self.deadline.basis.value])
        self.show_deadline()
        if self.deadline.done:
            self.deadline_timer.stop()
        else:
            self.deadline_timer.start()

    def show_deadline(self) -> None:
        if self.deadline is None:
            return
        show_deadline(self.deadline_label, self.deadline, self.clock.now(now_utc()), self.clock.zone)

    def aware_at(self) -> datetime:
        """The typed moment, read on the incident's clock (its zone; in a drill, drill time)."""
        naive = self.aware_edit.dateTime().toPython().replace(second=0, microsecond=0)
        return naive.replace(tzinfo=self.clock.zone)

    def _aware_edited(self, *_args: object) -> None:
        if self.deadline is not None:
            self.aware_button.setEnabled(self.aware_at() != self.deadline.aware_at.replace(second=0, microsecond=0))

    def set_aware(self) -> None:
        moment = self.aware_at()
        if self.record(
            lambda: checklist_service.set_aware(self.database, self.incident_id, moment, author=self.author()).value,
            field="aware",
        ):
            self.show_deadline_clock()

    def hideEvent(self, event: Any) -> None:
        self.deadline_timer.stop()  # counts only while someone can see it
        super().hideEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.deadline is not None and not self.deadline.done:
            self.show_deadline()
            self.deadline_timer.start()

    def refresh(self) -> None:
        self.show_checklist()
        incident = self.incident
        self.recall_check.blockSignals(True)
        self.recall_check.setChecked(checklist.settings(self.database, incident.id).product_recall)
        self.recall_check.blockSignals(False)
        self.recall_check.setVisible(incident.category.value == RECALL_CATEGORY)
        self.show_deadline_clock()
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
        roles = steps_store.roles(self.database, self.incident_id)
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
        steps_service.commit_manage(
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
