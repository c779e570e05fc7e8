"""The post-crisis review: what went well, what did not, lessons, action items and plan adjustments.

Every addition is written through :mod:`crisisroom.storage.review`, which also logs it, so the
incident's log tells the story of the review too. "Preview the review report" opens the
:class:`~crisisroom.gui.report_preview.ReportPreview` on the review.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.review import NoteKind
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n
from crisisroom.gui.context import RoomContext
from crisisroom.gui.dialogs import open_dialog
from crisisroom.gui.widgets.exercise_banner import BANNER_STYLE
from crisisroom.services import review as review_service
from crisisroom.services.changes import Done
from crisisroom.storage import incidents, review
from crisisroom.storage.database import Database
from crisisroom.system.user import default_author

AREAS = ("rules", "templates", "roster", "other")
AREA_LABELS = {
    "rules": QT_TRANSLATE_NOOP("ReviewPage", "Rules"),
    "templates": QT_TRANSLATE_NOOP("ReviewPage", "Templates"),
    "roster": QT_TRANSLATE_NOOP("ReviewPage", "Roster"),
    "other": QT_TRANSLATE_NOOP("ReviewPage", "Other"),
}
ACTION_COLUMNS = (
    QT_TRANSLATE_NOOP("ReviewPage", "Action"),
    QT_TRANSLATE_NOOP("ReviewPage", "Owner"),
    QT_TRANSLATE_NOOP("ReviewPage", "Due"),
    QT_TRANSLATE_NOOP("ReviewPage", "Done"),
)


class NoteList(QGroupBox):
    """One kind of review note: the list and a line to add one."""

    def __init__(self, kind: NoteKind, parent: QWidget | None = None) -> None:
        super().__init__(i18n.label("Review", kind.label), parent)
        self.kind = kind
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("Type and press Enter"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.edit, 1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)


class PostCrisisReview(QDialog):
    """The review page of one incident (non-modal: the team keeps it open during the meeting)."""

    changed = Signal(str)  # incident id, after anything was recorded

    def __init__(
        self,
        database: Database,
        incident_id: str,
        parent: QWidget | None = None,
        author: Callable[[], str] | None = None,
        room: RoomContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.incident = incidents.get(database, incident_id)
        self.incident_id = self.incident.id
        self._author = author or default_author
        self.room = room or RoomContext.of(self, database, author=self._author)
        self.setWindowTitle(self.tr("Post-crisis review · {title}").format(title=i18n.display_title(self.incident)))
        self.resize(980, 760)

        intro = QLabel(
            self.tr(
                "Write down what went well, what did not, and the lessons; agree the actions with an owner "
                "and a due date; record the changes to the plan. Everything you add is kept in the log."
            )
        )
        intro.setWordWrap(True)
        self.banner = QLabel(self.tr("EXERCISE · this review is of a drill"))
        self.banner.setObjectName("exercise_banner")
        self.banner.setStyleSheet(BANNER_STYLE)  # the same banner as every other view of a drill
        self.banner.setVisible(self.incident.is_drill)

        self.note_lists = {kind: NoteList(kind) for kind in NoteKind}
        notes_row = QHBoxLayout()
        for kind, box in self.note_lists.items():
            notes_row.addWidget(box)
            box.add_button.clicked.connect(lambda _=False, k=kind: self.add_note(k))
            box.edit.returnPressed.connect(lambda k=kind: self.add_note(k))

        # Action items
        self.actions_table = QTableWidget(0, len(ACTION_COLUMNS))
        self.actions_table.setHorizontalHeaderLabels([i18n.label("ReviewPage", name) for name in ACTION_COLUMNS])
        self.actions_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.actions_table.verticalHeader().setVisible(False)
        header = self.actions_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(self.tr("What is to be done"))
        self.owner_edit = QLineEdit()
        self.owner_edit.setPlaceholderText(self.tr("Owner"))
        self.due_edit = QDateEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd")
        soon = date.today() + timedelta(days=14)
        self.due_edit.setDate(QDate(soon.year, soon.month, soon.day))
        self.add_action_button = QPushButton(self.tr("Add action"))
        self.add_action_button.clicked.connect(lambda: self.add_action())
        action_row = QHBoxLayout()
        action_row.addWidget(self.action_edit, 3)
        action_row.addWidget(self.owner_edit, 1)
        action_row.addWidget(QLabel(self.tr("due")))
        action_row.addWidget(self.due_edit)
        action_row.addWidget(self.add_action_button)
        actions_box = QGroupBox(self.tr("Action items"))
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.actions_table, 1)
        actions_layout.addLayout(action_row)

        # Plan adjustments
        self.adjustments_list = QListWidget()
        self.adjustments_list.setWordWrap(True)
        self.area_combo = QComboBox()
        for area in AREAS:
            self.area_combo.addItem(i18n.label("ReviewPage", AREA_LABELS[area]), area)
        self.adjustment_edit = QLineEdit()
        self.adjustment_edit.setPlaceholderText(self.tr("The change to the plan"))
        self.adjustment_edit.returnPressed.connect(lambda: self.add_adjustment())
        self.add_adjustment_button = QPushButton(self.tr("Add adjustment"))
        self.add_adjustment_button.clicked.connect(lambda: self.add_adjustment())
        adjustment_row = QHBoxLayout()
        adjustment_row.addWidget(self.area_combo)
        adjustment_row.addWidget(self.adjustment_edit, 1)
        adjustment_row.addWidget(self.add_adjustment_button)
        adjustments_box = QGroupBox(self.tr("Plan adjustments (rules, templates, roster…)"))
        adjustments_layout = QVBoxLayout(adjustments_box)
        adjustments_layout.addWidget(self.adjustments_list, 1)
        adjustments_layout.addLayout(adjustment_row)

        self.preview_button = QPushButton(self.tr("Preview the review report…"))
        self.preview_button.clicked.connect(lambda: self.open_preview())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(intro)
        layout.addLayout(notes_row, 3)
        layout.addWidget(actions_box, 3)
        layout.addWidget(adjustments_box, 2)
        layout.addWidget(buttons)
        self.preview: QDialog | None = None
        self.reload()

    # --- Showing what is stored ------------------------------------------------------------------

    def reload(self) -> None:
        for box in self.note_lists.values():
            box.list.clear()
        for note in review.notes(self.database, self.incident_id):
            item_text = f"{note.text}  — {note.recorded_by}"
            self.note_lists[note.kind].list.addItem(item_text)
        items = review.actions(self.database, self.incident_id)
        self.actions_table.setRowCount(len(items))
        for row, item in enumerate(items):
            for column, text in enumerate((item.text, item.owner, item.due_date)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.actions_table.setItem(row, column, cell)
            box = QCheckBox()
            box.setChecked(not item.is_open)
            box.setEnabled(item.is_open)
            box.setToolTip(
                self.tr("Done ({person})").format(person=item.done_by)
                if not item.is_open
                else self.tr("Tick when this action is done")
            )
            box.toggled.connect(lambda on, key=item.id: self.mark_done(key) if on else None)
            holder = QWidget()
            holder_layout = QHBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            holder_layout.setAlignment(Qt.AlignmentFlag.AlignCenter)
            holder_layout.addWidget(box)
            self.actions_table.setCellWidget(row, 3, holder)
        self.adjustments_list.clear()
        for adjustment in review.adjustments(self.database, self.incident_id):
            label = i18n.label("ReviewPage", AREA_LABELS.get(adjustment.area, adjustment.area))
            self.adjustments_list.addItem(f"{label}: {adjustment.text}  — {adjustment.recorded_by}")

    def done_box(self, row: int) -> QCheckBox:
        holder = self.actions_table.cellWidget(row, 3)
        box = holder.findChild(QCheckBox)
        assert box is not None
        return box

    # --- Adding ----------------------------------------------------------------------------------

    def _store(self, fn: Callable[[], Done[Any]], *, later: bool = False) -> bool:
        if self.room.run(fn, title=self.tr("Nothing was saved"), parent=self) is None:
            return False  # what was typed stays, to try again
        if later:  # called from a widget the reload replaces: not from inside its own signal
            QTimer.singleShot(0, self, self.reload)
        else:
            self.reload()
        self.changed.emit(self.incident_id)
        return True

    def add_note(self, kind: NoteKind) -> bool:
        box = self.note_lists[kind]
        text = box.edit.text().strip()
        if not text:
            return False
        if self._store(
            lambda: review_service.add_note(self.database, self.incident_id, kind, text, author=self._author())
        ):
            box.edit.clear()
            return True
        return False

    def add_action(self) -> bool:
        text, owner = self.action_edit.text().strip(), self.owner_edit.text().strip()
        due = self.due_edit.date().toString("yyyy-MM-dd")
        if not text:
            return False
        stored = self._store(
            lambda: review_service.add_action(
                self.database, self.incident_id, text, owner=owner, due=due, author=self._author()
            )
        )
        if stored:
            self.action_edit.clear()
            self.owner_edit.clear()
        return stored

    def mark_done(self, action_id: str) -> bool:
        return self._store(
            lambda: review_service.close_action(self.database, action_id, author=self._author()), later=True
        )

    def add_adjustment(self) -> bool:
        text, area = self.adjustment_edit.text().strip(), str(self.area_combo.currentData())
        if not text:
            return False
        if self._store(
            lambda: review_service.add_adjustment(self.database, self.incident_id, area, text, author=self._author())
        ):
            self.adjustment_edit.clear()
            return True
        return False

    def open_preview(self) -> QDialog:
        from crisisroom.gui.report_preview import ReportPreview

        self.preview = open_dialog(ReportPreview(self.database, self.incident_id, self, kind="review"))
        return self.preview
