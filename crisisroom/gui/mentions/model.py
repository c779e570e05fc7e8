"""An incident's mentions as a lazily fetched table model, newest first.

Posted times are on the incident's clock (its zone; a played drill's drill clock), which the Posted
header names once, as the log's When header does (crisisroom.domain.incident_time).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication

from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.mentions import Sentiment, SentimentSource, describe_unscored
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n
from crisisroom.gui.models.lazy_table import Index, LazyTableModel
from crisisroom.gui.style import readable_on
from crisisroom.storage import incidents, mentions
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of

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
        self._unscored = False
        self._clock = IncidentClock()  # the shown incident's clock

    def show(self, incident_id: str | None, sentiment: Sentiment | None = None, *, unscored: bool = False) -> None:
        """Show ``incident_id``'s mentions: all, those of ``sentiment``, or (``unscored``) those not scored."""
        self._incident, self._sentiment, self._unscored = incident_id, sentiment, unscored
        before = self._clock
        if incident_id is not None:
            self._clock = clock_of(self._database, incidents.get(self._database, incident_id))
        self.reload()
        if self._clock.zone_label() != before.zone_label():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, POSTED, POSTED)

    @property
    def clock(self) -> IncidentClock:
        """The clock the Posted times are shown on."""
        return self._clock

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        header = super().headerData(section, orientation, role)
        if section == POSTED and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{posted} ({zone})").format(posted=header, zone=self._clock.zone_label())
        return header

    def refresh(self) -> None:
        self.reload()

    def stored(self, row: int) -> mentions.StoredMention:
        return self.row_at(row)

    def read_page(self, after: mentions.StoredMention | None, limit: int) -> list[mentions.StoredMention]:
        if self._incident is None:
            return []
        before = (after.mention.posted_at, after.seq) if after else None
        return mentions.page(
            self._database,
            self._incident,
            before=before,
            sentiment=self._sentiment,
            unscored=self._unscored,
            limit=limit,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        stored = self.row_at(index.row())
        mention, column = stored.mention, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == POSTED:
                try:
                    if not mention.time_known:  # the export gave only a date: never a made-up 00:00
                        return self.tr("{date}, time unknown").format(date=self._clock.date_text(mention.posted_at))
                    return self._clock.text(mention.posted_at)
                except (OverflowError, ValueError):  # a time at the very edge of the calendar, as stored
                    return mention.posted_at
            if column == PLATFORM:
                return mention.platform
            if column == AUTHOR:
                return mention.author
            if column == SENTIMENT:
                if mention.sentiment is None:  # no scorer fits its language, or too short to tell
                    return self.tr("Not scored ({reason})").format(reason=describe_unscored(mention.unscored_reason))
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
