"""The crisis log on screen: the view with its filters and corrections (:class:`LogPanel`), and the
quick-entry line under the page (:class:`QuickEntry`).

Both write through :mod:`crisisroom.services.log` by the room's one guard
(:meth:`~crisisroom.gui.context.RoomContext.run`); the view reads the log again when a change adds
entries to the incident it shows.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStatusBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.clock import to_iso
from crisisroom.domain.log import TYPED_KINDS, Kind
from crisisroom.gui import i18n
from crisisroom.gui.context import RoomContext
from crisisroom.gui.dialogs import open_dialog
from crisisroom.gui.models.log_model import AUTHOR, KIND, WHEN, LogTableModel
from crisisroom.gui.style import muted
from crisisroom.gui.view_state import settings
from crisisroom.services import log as log_service
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import log

if TYPE_CHECKING:  # the dialog loads when first opened, not with the window
    from crisisroom.gui.correction_dialog import CorrectionDialog

SEARCH_DELAY_MS = 150


class LogPanel(QWidget):
    """The Crisis log tab: the incident's entries in their signed order, newest first, searched and filtered.

    Signals:
        entry_added(str): a correction was logged (its id).
    """

    entry_added = Signal(str)

    def __init__(
        self, context: RoomContext, model: LogTableModel, status_bar: QStatusBar, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.log_model = model
        self.status_bar = status_bar
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter)

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search the log (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the log"))
        self.search_edit.textChanged.connect(lambda: self._search_timer.start())
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        self.kind_filter.setAccessibleName(self.tr("Show entries of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in Kind:
            self.kind_filter.addItem(i18n.label("LogKind", kind.label), kind.value)
        self.kind_filter.currentIndexChanged.connect(self.apply_filter)
        self.match_label = QLabel()
        muted(self.match_label)
        filters = QHBoxLayout()
        filters.addStretch(1)
        filters.addWidget(self.match_label)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.search_edit, 1)

        self.log_view = QTableView()
        self.log_view.setObjectName("log_view")
        self.log_view.setAccessibleName(self.tr("Crisis log"))
        self.log_view.setModel(model)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Rows are chosen with the arrow keys; Tab moves on to the entry line instead of trapping
        # keyboard users among the cells of a read-only log.
        self.log_view.setTabKeyNavigation(False)
        self.log_view.setAlternatingRowColors(True)
        self.log_view.setWordWrap(False)
        self.log_view.setShowGrid(False)
        self.log_view.verticalHeader().hide()
        self.log_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.log_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.resizeSection(WHEN, 160)
        header.resizeSection(KIND, 110)
        header.resizeSection(AUTHOR, 140)
        # The When header names the incident's zone ("When (Europe/Stockholm)"): never cut it off.
        model.headerDataChanged.connect(lambda *_: self.fit_when_column())
        self.log_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.log_view.customContextMenuRequested.connect(self._log_menu)
        self.log_view.doubleClicked.connect(lambda index: self.correct_entry(index.row()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(filters)
        layout.addWidget(self.log_view, 1)
        context.changed.connect(self._changed)

    def _changed(self, done: Done[Any]) -> None:
        if done.changes & Changes.LOG and self.context.shows(done):
            self.log_model.refresh()
            if self.match_label.text():  # a search or kind filter is on: its count follows the new entries
                QTimer.singleShot(0, self._show_match_count)

    def show_incident(self) -> None:
        """The log of the incident on screen (none: nothing), with the filters as they are."""
        if self.context.incident is None:
            self.log_model.set_filter(None)
        else:
            self.apply_filter()

    def show_newest(self) -> None:
        """After an entry was written here: the top of the log, where it is."""
        self.log_view.scrollToTop()

    def fit_when_column(self) -> None:
        header = self.log_view.horizontalHeader()
        needed = header.sectionSizeFromContents(WHEN).width()
        if header.sectionSize(WHEN) < needed:
            header.resizeSection(WHEN, needed)

    def focus_search(self) -> None:
        if self.context.incident is not None:
            self.search_edit.setFocus()
            self.search_edit.selectAll()

    # Filters

    def apply_filter(self) -> None:
        incident = self.context.incident
        if incident is None:
            return
        kind = self.kind_filter.currentData()
        flt = log.LogFilter(incident.id, kinds=(kind,) if kind else (), search=self.search_edit.text())
        self.log_model.set_filter(flt)
        # The results show first; the number of matches is one more query, counted right after.
        self.match_label.clear()
        if kind or self.search_edit.text().strip():
            QTimer.singleShot(0, self._show_match_count)

    def _show_match_count(self) -> None:
        flt = self.log_model.current_filter
        if flt is not None and (flt.kinds or flt.search.strip()):
            self.match_label.setText(self.tr("{count} matching").format(count=self.log_model.count_matches()))

    # Corrections

    def _log_menu(self, pos: QPoint) -> None:
        index = self.log_view.indexAt(pos)
        if not index.isValid():
            return
        entry = self.log_model.entry(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Correct this entry…"), lambda: self.correct_entry(index.row()))
        menu.addSeparator()
        menu.addAction(self.tr("Copy text"), lambda: QGuiApplication.clipboard().setText(entry.text))
        menu.addAction(self.tr("Copy entry id"), lambda: QGuiApplication.clipboard().setText(entry.id))
        menu.popup(self.log_view.viewport().mapToGlobal(pos))

    def correct_selected(self) -> None:
        rows = self.log_view.selectionModel().selectedRows()
        if rows:
            self.correct_entry(rows[0].row())
        else:
            self.status_bar.showMessage(self.tr("Select the entry to correct first."), 5000)

    def correct_entry(self, row: int) -> CorrectionDialog | None:
        incident = self.context.incident
        if incident is None or not 0 <= row < self.log_model.rowCount():
            return None
        from crisisroom.gui.correction_dialog import CorrectionDialog  # loaded when first opened, not at start-up

        return open_dialog(
            CorrectionDialog(self.log_model.entry(row), is_drill=incident.is_drill, parent=self.window()),
            accepted=self._save_correction,
        )

    def _save_correction(self, dialog: CorrectionDialog) -> None:
        context = self.context
        entry = context.run(
            lambda: log_service.correct(
                context.database, dialog.entry.id, dialog.corrected_text(), author=context.author()
            )
        )
        if entry is not None:
            self.show_newest()
            self.entry_added.emit(entry.id)


class QuickEntry(QWidget):
    """The line under the page where the log is written: kind, author, text, when it happened, Log it.

    Signals:
        entry_added(str): an entry was logged (its id).
    """

    entry_added = Signal(str)

    def __init__(self, context: RoomContext, status_bar: QStatusBar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.status_bar = status_bar
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        for kind in TYPED_KINDS:
            self.kind_combo.addItem(i18n.label("LogKind", kind.label), kind.value)
        self.author_edit = QLineEdit()
        self.author_edit.setObjectName("author_edit")
        self.author_edit.setPlaceholderText(self.tr("Your name"))
        self.author_edit.setAccessibleName(self.tr("Author"))
        self.author_edit.setMaximumWidth(160)
        self.entry_edit = QLineEdit()
        self.entry_edit.setObjectName("entry_edit")
        self.entry_edit.setAccessibleName(self.tr("New log entry"))
        self.entry_edit.setPlaceholderText(self.tr("What happened, what was decided, who did what… Enter logs it"))
        self.entry_edit.setMaxLength(20_000)
        self.entry_edit.returnPressed.connect(self.add_entry)
        self.earlier_button = QToolButton()
        self.earlier_button.setObjectName("earlier_button")
        self.earlier_button.setText(self.tr("Happened earlier…"))
        self.earlier_button.setCheckable(True)
        self.earlier_button.setToolTip(self.tr("For something written down after the fact: say when it happened"))
        self.occurred_edit = QDateTimeEdit()
        self.occurred_edit.setObjectName("occurred_edit")
        self.occurred_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred_edit.setCalendarPopup(True)
        self.occurred_edit.setAccessibleName(self.tr("When it happened"))
        self.occurred_edit.hide()
        self.earlier_button.toggled.connect(self._toggle_occurred)
        self.add_button = QPushButton(self.tr("Log it"))
        self.add_button.setObjectName("add_button")
        self.add_button.clicked.connect(self.add_entry)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.kind_combo)
        row.addWidget(self.author_edit)
        row.addWidget(self.entry_edit, 1)
        row.addWidget(self.earlier_button)
        row.addWidget(self.occurred_edit)
        row.addWidget(self.add_button)
        # The room's author is what this field says (this computer's user while it is empty).
        context.set_author(self.author_edit.text)

    def focus_entry(self) -> None:
        if self.context.incident is not None:
            self.entry_edit.setFocus()
            self.entry_edit.selectAll()

    def _toggle_occurred(self, on: bool) -> None:
        if on:
            self.occurred_edit.setDateTime(QDateTime.currentDateTime())
        self.occurred_edit.setVisible(on)

    def add_entry(self) -> None:
        """Append what is typed in the quick-entry line; the line clears only once it is saved."""
        context = self.context
        incident = context.incident
        text = self.entry_edit.text().strip()
        if incident is None or not text or self.entry_edit.isReadOnly():
            return
        author = self.author_edit.text().strip()
        if not author:
            self.status_bar.showMessage(self.tr("Say who is writing: type your name in the author field first."), 8000)
            self.author_edit.setFocus()
            return
        occurred = None
        if self.earlier_button.isChecked():
            # The editor shows this computer's clock; astimezone() reads it as such.
            occurred = to_iso(self.occurred_edit.dateTime().toPython().astimezone())
        entry = context.run(
            lambda: log_service.add_entry(
                context.database,
                incident.id,
                text,
                kind=self.kind_combo.currentData(),
                author=author,
                occurred_at=occurred,
            )
        )
        if entry is None:
            if context.last_kept:
                self.entry_edit.clear()  # the file changed underneath, but this entry reached it: the log shows it
            return
        settings().setValue("log/author", author)
        self.entry_edit.clear()
        self.earlier_button.setChecked(False)
        self.kind_combo.setCurrentIndex(0)  # back to Note: a Decision or Fact is chosen for each entry
        self.entry_added.emit(entry.id)

    def stop_writing(self) -> None:
        """Nothing more is written: read-only rather than disabled, so what was typed can still be copied."""
        self.entry_edit.setReadOnly(True)
        self.add_button.setEnabled(False)
