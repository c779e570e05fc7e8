"""The Mentions tab: the incident's mentions, newest first, with relabelling and the ways to add more."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.mentions import Sentiment
from crisisroom.gui import i18n
from crisisroom.gui.context import RoomContext
from crisisroom.gui.mentions.model import AUTHOR, PLATFORM, POSTED, SENTIMENT, TEXT, MentionTableModel
from crisisroom.gui.style import muted
from crisisroom.services import mentions as mention_service
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import mentions
from crisisroom.storage.database import Database

UNSCORED = "unscored"  # the sentiment filter's value for mentions left unscored


class MentionsPanel(QWidget):
    import_requested = Signal()
    add_requested = Signal()
    relabelled = Signal(int, list)  # mention seq, the rule firings the relabel recorded (StoredFiring)

    def __init__(
        self,
        database: Database,
        author: Callable[[], str],
        parent: QWidget | None = None,
        *,
        room: RoomContext | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._author = author
        self.room = room or RoomContext.of(self, database, author=author)
        self.room.changed.connect(self._changed)
        self._incident: str | None = None
        self.model = MentionTableModel(database, self)
        self.summary_label = QLabel()
        muted(self.summary_label)
        self.sentiment_filter = QComboBox()
        self.sentiment_filter.setObjectName("sentiment_filter")
        self.sentiment_filter.setAccessibleName(self.tr("Show mentions of sentiment"))
        self.sentiment_filter.addItem(self.tr("All sentiments"), None)
        for sentiment in Sentiment:
            self.sentiment_filter.addItem(i18n.sentiment_label(sentiment.value).capitalize(), sentiment.value)
        # Mentions no scorer fits (their language, too short): shown and counted, never as negative.
        self.sentiment_filter.addItem(self.tr("Not scored"), UNSCORED)
        self.sentiment_filter.currentIndexChanged.connect(self.refresh)
        self.import_button = QPushButton(self.tr("Import an export…"))
        self.import_button.setObjectName("import_button")
        self.import_button.clicked.connect(self.import_requested)
        self.add_button = QPushButton(self.tr("Add a mention…"))
        self.add_button.setObjectName("add_mention_button")
        self.add_button.clicked.connect(self.add_requested)
        bar = QHBoxLayout()
        bar.addWidget(self.summary_label, 1)
        bar.addWidget(self.sentiment_filter)
        bar.addWidget(self.add_button)
        bar.addWidget(self.import_button)

        self.view = QTableView()
        self.view.setObjectName("mentions_view")
        self.view.setAccessibleName(self.tr("Mentions"))
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setShowGrid(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in ((POSTED, 130), (PLATFORM, 90), (AUTHOR, 130), (SENTIMENT, 120), (TEXT, 520)):
            header.resizeSection(column, width)
        # The Posted header names the incident's clock ("Posted (drill clock, Europe/Paris)"): keep it whole.
        self.model.headerDataChanged.connect(self._fit_posted)
        self._fit_posted()
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def _fit_posted(self, *_: object) -> None:
        header = self.view.horizontalHeader()
        title = str(self.model.headerData(POSTED, Qt.Orientation.Horizontal))
        header.resizeSection(POSTED, max(130, header.fontMetrics().horizontalAdvance(title) + 24))

    def _changed(self, done: Done[Any]) -> None:
        if (
            done.changes & Changes.MENTIONS
            and self._incident is not None
            and done.incident_id in (None, self._incident)
        ):
            self.refresh()

    def show_incident(self, incident_id: str | None) -> None:
        self._incident = incident_id
        self.refresh()

    def refresh(self) -> None:
        chosen = self.sentiment_filter.currentData()
        self.model.show(
            self._incident,
            Sentiment(chosen) if chosen and chosen != UNSCORED else None,
            unscored=chosen == UNSCORED,
        )
        if self._incident is None:
            self.summary_label.clear()
            return
        total, negative = mentions.count(self._database, self._incident)
        if total:
            share = round(100 * negative / total)
            self.summary_label.setText(
                self.tr("%n mention(s), {negative} negative ({share}%)", "", total).format(
                    negative=QLocale().toString(negative), share=share
                )
            )
        else:
            self.summary_label.setText(
                self.tr("No mentions yet: import an export from your listening tool, or add one.")
            )

    def _menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid():
            return
        stored = self.model.stored(index.row())
        menu = QMenu(self)
        for sentiment in Sentiment:
            action = menu.addAction(
                self.tr("Mark as {sentiment}").format(sentiment=i18n.sentiment_label(sentiment.value)),
                lambda s=sentiment: self.relabel(index.row(), s),
            )
            action.setEnabled(stored.mention.sentiment != sentiment)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def relabel(self, row: int, sentiment: Sentiment) -> None:
        """A person corrects the sentiment of the mention in ``row`` (logged, and the rules evaluated after it)."""
        seq = self.model.stored(row).seq
        fired = self.room.run(
            lambda: mention_service.relabel(self._database, seq, sentiment, author=self._author()),
            title=self.tr("The mention was not changed"),
            parent=self,
        )
        if fired is not None:  # shown again by the room's change (_changed)
            self.relabelled.emit(seq, fired)
