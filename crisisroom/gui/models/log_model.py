"""The crisis log as a lazily fetched table model (see lazy_table.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from crisisroom.domain.clock import format_local
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.gui.models.lazy_table import Index, LazyTableModel
from crisisroom.storage import log
from crisisroom.storage.database import Database

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


class LogTableModel(LazyTableModel[log.LogRow]):
    """Entries of one incident, newest first, filtered by kind and full-text search."""

    columns = COLUMNS

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._filter: log.LogFilter | None = None

    def set_filter(self, flt: log.LogFilter | None) -> None:
        """Show another incident, kind or search; only the first page is read."""
        self._filter = flt
        self.reload()

    def refresh(self) -> None:
        """Re-read from the top (after an append or a correction)."""
        self.reload()

    @property
    def current_filter(self) -> log.LogFilter | None:
        return self._filter

    def count_matches(self) -> int:
        """How many entries match, fetched or not (one more query: call it only to show the number)."""
        return log.count(self._database, self._filter) if self._filter else 0

    def entry(self, row: int) -> LogEntry:
        return self.row_at(row).entry

    def read_page(self, after: log.LogRow | None, limit: int) -> list[log.LogRow]:
        if self._filter is None:
            return []
        return log.page(self._database, self._filter, before_seq=after.seq if after else None, limit=limit)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
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
