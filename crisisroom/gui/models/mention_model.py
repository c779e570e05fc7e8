"""An incident's mentions as a lazily fetched table model, newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication

from crisisroom.domain.clock import format_local
from crisisroom.domain.mentions import Sentiment, SentimentSource
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n
from crisisroom.gui.models.lazy_table import Index, LazyTableModel
from crisisroom.gui.style import readable_on
from crisisroom.storage import mentions
from crisisroom.storage.database import Database

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Posted"),
    QT_TRANSLATE_NOOP("Columns", "Platform"),
    QT_TRANSLATE_NOOP("Columns", "Author"),
    QT_TRANSLATE_NOOP("Columns", "Sentiment"),
    QT_TRANSLATE_NOOP("Columns", "Text"),
    QT_TRANSLATE_NOOP("Columns", "Link"),
)
POSTED, PLATFORM, AUTHOR, SENTIMENT, TEXT, LINK = range(len(COLUMNS))
SEQ_ROLE = Qt.ItemDataRole.UserRole + 1
_COLOURS = {Sentiment.NEGATIVE: QColor("#c0392b"), Sentiment.POSITIVE: QColor("#1b7a43")}


class MentionTableModel(LazyTableModel[mentions.StoredMention]):
    columns = COLUMNS

    def __init__(self, database: Database, parent: Any = None) -> None:
        super().__init__(parent)
        self._database = database
        self._incident: str | None = None
        self._sentiment: Sentiment | None = None

    def show(self, incident_id: str | None, sentiment: Sentiment | None = None) -> None:
        self._incident, self._sentiment = incident_id, sentiment
        self.reload()

    def refresh(self) -> None:
        self.reload()

    def stored(self, row: int) -> mentions.StoredMention:
        return self.row_at(row)

    def read_page(self, after: mentions.StoredMention | None, limit: int) -> list[mentions.StoredMention]:
        if self._incident is None:
            return []
        before = (after.mention.posted_at, after.seq) if after else None
        return mentions.page(self._database, self._incident, before=before, sentiment=self._sentiment, limit=limit)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        stored = self.row_at(index.row())
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
                name = i18n.sentiment_label(mention.sentiment.value).capitalize()
                if mention.sentiment_source == SentimentSource.MANUAL:
                    return self.tr("{sentiment} (set by hand)").format(sentiment=name)
                return name
            if column == TEXT:
                return " ".join(mention.text.split())
            return mention.url
        if role == Qt.ItemDataRole.ForegroundRole and column == SENTIMENT and mention.sentiment:
            return readable_on(_COLOURS.get(mention.sentiment), QGuiApplication.palette())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{mention.text}\n\n{mention.url}".strip()
        if role == SEQ_ROLE:
            return stored.seq
        return None
