"""The one lazy-fetching table model behind the log and the mentions views.

Only the rows a view has scrolled to are read, a page at a time with keyset paging, so a table
of 100,000 or a million rows opens as fast as one of ten and scrolling never loads everything.
A subclass says how to read a page after a given row and what its columns are.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from crisisroom.gui import i18n

PAGE_SIZE = 200
Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of type ``Row``, fetched ``PAGE_SIZE`` at a time."""

    columns: tuple[str, ...] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._more = False

    def read_page(self, after: Row | None, limit: int) -> list[Row]:
        """Up to ``limit`` rows following ``after`` (the first page when None)."""
        raise NotImplementedError

    def reload(self) -> None:
        """Drop what was fetched and read the first page again."""
        self.beginResetModel()
        self._rows = self.read_page(None, PAGE_SIZE)
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        # A full last page means there may be more; no count query is needed to know that.
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self.read_page(self._rows[-1] if self._rows else None, PAGE_SIZE)
        self._more = len(page) == PAGE_SIZE
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            # Column names are marked with QT_TRANSLATE_NOOP("Columns", ...) where they are listed.
            return i18n.label("Columns", self.columns[section])
        return None
