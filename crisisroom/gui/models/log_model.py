"""The crisis log as a lazily fetched table model.

Only the rows the view has scrolled to are read, a page at a time with keyset paging, so a log
of 100,000 entries opens as fast as one of ten and scrolling never loads everything.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from crisisroom.domain.clock import format_local
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.storage import log
from crisisroom.storage.database import Database

PAGE_SIZE = 200
COLUMNS = ("When", "Kind", "Author", "Entry")
WHEN, KIND, AUTHOR, TEXT = range(4)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

_KIND_COLOURS = {
    Kind.DECISION.value: QColor("#1d5fa8"),
    Kind.ACTION.value: QColor("#1b7a43"),
    Kind.SEVERITY.value: QColor("#a8321d"),
    Kind.ALERT.value: QColor("#a8321d"),
    Kind.CORRECTION.value: QColor("#8a5a00"),
    Kind.STATUS.value: QColor("#5b5b5b"),
}

_Index = QModelIndex | QPersistentModelIndex


class LogTableModel(QAbstractTableModel):
    """Entries of one incident, newest first, filtered by kind and full-text search."""

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._filter: log.LogFilter | None = None
        self._rows: list[log.LogRow] = []
        self._more = False

    # What is shown

    def set_filter(self, flt: log.LogFilter | None) -> None:
        """Show another incident, kind or search; only the first page is read."""
        self.beginResetModel()
        self._filter = flt
        self._rows = []
        self._rows = self._page()
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read from the top (after an append or a correction)."""
        self.set_filter(self._filter)

    @property
    def current_filter(self) -> log.LogFilter | None:
        return self._filter

    def count_matches(self) -> int:
        """How many entries match, fetched or not (one more query: call it only to show the number)."""
        return log.count(self._database, self._filter) if self._filter else 0

    def entry(self, row: int) -> LogEntry:
        return self._rows[row].entry

    # Lazy fetching

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        # A full last page means there may be more; no count query is needed to know that.
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._page()
        self._more = len(page) == PAGE_SIZE
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def _page(self) -> list[log.LogRow]:
        if self._filter is None:
            return []
        before = self._rows[-1].seq if self._rows else None
        return log.page(self._database, self._filter, before_seq=before, limit=PAGE_SIZE)

    # The table

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        entry, column = row.entry, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if row.corrected_by:
                font.setStrikeOut(True)
            if column == KIND and entry.kind in (Kind.DECISION.value, Kind.SEVERITY.value, Kind.ALERT.value):
                font.setBold(True)
            if entry.kind == Kind.CORRECTION.value and column == TEXT:
                font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == KIND:
            return _KIND_COLOURS.get(entry.kind)
        if role == ENTRY_ROLE:
            return entry
        return None

    @staticmethod
    def _display(entry: LogEntry, column: int) -> str:
        if column == WHEN:
            return format_local(entry.recorded_at)
        if column == KIND:
            try:
                return Kind(entry.kind).label
            except ValueError:  # a kind from a newer version, merged from another laptop
                return entry.kind
        if column == AUTHOR:
            return entry.author
        text = " ".join(entry.text.split())
        if entry.occurred_at:
            text += f"  (happened {format_local(entry.occurred_at, seconds=False)})"
        if entry.corrects:
            text = f"Correction: {text}"
        return text

    @staticmethod
    def _tooltip(row: log.LogRow) -> str:
        entry = row.entry
        lines = [entry.text, "", f"Recorded {entry.recorded_at} (UTC) by {entry.author}"]
        if entry.occurred_at:
            lines.append(f"Happened {entry.occurred_at} (UTC)")
        if row.corrected_by:
            lines.append("This entry was corrected; the correction is a later entry.")
        lines.append(f"Entry {entry.id}")
        return "\n".join(lines)
