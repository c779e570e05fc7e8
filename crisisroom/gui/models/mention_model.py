"""An incident's mentions as a lazily fetched table model, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from crisisroom.domain.clock import format_local
from crisisroom.domain.mentions import Sentiment, SentimentSource
from crisisroom.storage import mentions
from crisisroom.storage.database import Database

PAGE_SIZE = 200
COLUMNS = ("Posted", "Platform", "Author", "Sentiment", "Text", "Link")
POSTED, PLATFORM, AUTHOR, SENTIMENT, TEXT, LINK = range(len(COLUMNS))
SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
_COLOURS = {Sentiment.NEGATIVE: QColor("#c0392b"), Sentiment.POSITIVE: QColor("#1b7a43")}

_Index = QModelIndex | QPersistentModelIndex


class MentionTableModel(QAbstractTableModel):
    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._incident: str | None = None
        self._sentiment: Sentiment | None = None
        self._rows: list[mentions.StoredMention] = []
        self._more = False

    def show(self, incident_id: str | None, sentiment: Sentiment | None = None) -> None:
        self.beginResetModel()
        self._incident, self._sentiment = incident_id, sentiment
        self._rows = []
        self._rows = self._page()
        self._more = len(self._rows) == PAGE_SIZE
        self.endResetModel()

    def refresh(self) -> None:
        self.show(self._incident, self._sentiment)

    def stored(self, row: int) -> mentions.StoredMention:
        return self._rows[row]

    def _page(self) -> list[mentions.StoredMention]:
        if self._incident is None:
            return []
        last = self._rows[-1] if self._rows else None
        before = (last.mention.posted_at, last.seq) if last else None
        return mentions.page(self._database, self._incident, before=before, sentiment=self._sentiment, limit=PAGE_SIZE)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008 (Qt signature)
        return not parent.isValid() and self._more

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or not self._more:
            return
        page = self._page()
        self._more = len(page) == PAGE_SIZE
        if page:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

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
        stored = self._rows[index.row()]
        mention, column = stored.mention, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == POSTED:
                return format_local(mention.posted_at, seconds=False)
            if column == PLATFORM:
                return mention.platform
            if column == AUTHOR:
                return mention.author
            if column == SENTIMENT:
                assert mention.sentiment is not None
                note = " (set by hand)" if mention.sentiment_source == SentimentSource.MANUAL else ""
                return mention.sentiment.value.capitalize() + note
            if column == TEXT:
                return " ".join(mention.text.split())
            return mention.url
        if role == Qt.ItemDataRole.ForegroundRole and column == SENTIMENT and mention.sentiment:
            return _COLOURS.get(mention.sentiment)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{mention.text}\n\n{mention.url}".strip()
        if role == SEQ_ROLE:
            return stored.seq
        return None
