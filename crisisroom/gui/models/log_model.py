"""The crisis log as a lazily fetched table model (see lazy_table.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication

from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n
from crisisroom.gui.models.lazy_table import Index, LazyTableModel
from crisisroom.gui.style import readable_on
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of

COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "When"),
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Author"),
    QT_TRANSLATE_NOOP("Columns", "Entry"),
)
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
        self._clock = IncidentClock()  # the shown incident's clock: its zone, a played drill's drill clock
        self._laptops: dict[str, str] = {}  # a shared incident's other laptops: device id -> laptop name

    def set_filter(self, flt: log.LogFilter | None) -> None:
        """Show another incident, kind or search; only the first page is read."""
        self._filter = flt
        self._read_clock()
        self.reload()

    def refresh(self) -> None:
        """Re-read from the top (after an append or a correction)."""
        self._read_clock()
        self.reload()

    def _read_clock(self) -> None:
        """The shown incident's clock: its zone, and for a drill played from a scenario its drill clock.

        The team's entries are recorded with the real time; an inject's time is simulated. Shown
        side by side they would not line up, so a drill's log puts every entry on the drill clock.
        Times are never shown in this computer's zone; the When header names the clock once.
        """
        incident_id = self._filter.incident_id if self._filter else None
        if incident_id is None:
            return
        self._read_laptops(incident_id)
        before = self._clock
        self._clock = clock_of(self._database, incidents.get(self._database, incident_id))
        if self._clock.zone_label() != before.zone_label():
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, WHEN, WHEN)

    def _read_laptops(self, incident_id: str) -> None:
        """A shared incident's laptops other than this one, so that their entries name the laptop."""
        from crisisroom.storage import sharing  # read only, and small

        own = self._database.device_id
        self._laptops = {
            laptop.device_id: laptop.laptop
            for laptop in sharing.laptops(self._database, incident_id)
            if laptop.device_id != own
        }

    def laptop_of(self, entry: LogEntry) -> str | None:
        """The name of the laptop another member wrote ``entry`` on (None: written on this laptop)."""
        return self._laptops.get(entry.device_id)

    def drill_time(self, entry: LogEntry) -> str | None:
        """``+00:44 · 13:37:10``: when an entry happened on the drill clock (None outside a played drill)."""
        if not self._clock.is_drill_clock:
            return None
        return self._clock.row_text(entry.occurred_at or entry.recorded_at)

    @property
    def clock(self) -> IncidentClock:
        """The clock the times are shown on (the shown incident's zone; a played drill's drill clock)."""
        return self._clock

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        header = super().headerData(section, orientation, role)
        if section == WHEN and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LogTableModel", "{when} ({zone})").format(
                when=header, zone=self._clock.zone_label()
            )
        return header

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
        return log.page(self._database, self._filter, after=after, limit=limit)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        entry, column = row.entry, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == WHEN and self._clock.is_drill_clock:
                return self.drill_time(entry)
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
            return readable_on(_KIND_COLOURS.get(entry.kind), QGuiApplication.palette())
        if role == ENTRY_ROLE:
            return entry
        return None

    def _display(self, entry: LogEntry, column: int) -> str:
        if column == WHEN:
            return self._clock.text(entry.recorded_at, seconds=True)
        if column == KIND:
            return i18n.kind_label(entry.kind)  # a kind from a newer version is shown as stored
        if column == AUTHOR:
            laptop = self._laptops.get(entry.device_id)
            return f"{entry.author} · {laptop}" if laptop else entry.author  # written on another laptop
        text = " ".join(entry.text.split())
        if entry.occurred_at:
            happened = QCoreApplication.translate("LogTableModel", "(happened {when})")
            text += "  " + happened.format(when=self._clock.text(entry.occurred_at))
        if entry.corrects:
            text = QCoreApplication.translate("LogTableModel", "Correction: {text}").format(text=text)
        return text

    def _tooltip(self, row: log.LogRow) -> str:
        entry, clock = row.entry, self._clock
        # On the view's clock, zone named; in a drill the real time the entry was written, labelled so.
        recorded = QCoreApplication.translate("LogTableModel", "Recorded {when} by {author}")
        when = clock.labelled(entry.recorded_at)
        if clock.is_drill_clock:
            when = f"{when}; {clock.real_text(entry.recorded_at)}"
        lines = [entry.text, "", recorded.format(when=when, author=entry.author)]
        laptop = self._laptops.get(entry.device_id)
        if laptop:
            lines.append(
                QCoreApplication.translate("LogTableModel", "Written on {laptop}, another laptop of the team").format(
                    laptop=laptop
                )
            )
        if entry.occurred_at:
            lines.append(
                QCoreApplication.translate("LogTableModel", "Happened {when}").format(
                    when=clock.labelled(entry.occurred_at)
                )
            )
        if row.corrected_by:
            lines.append(
                QCoreApplication.translate(
                    "LogTableModel", "This entry was corrected; the correction is a later entry."
                )
            )
        lines.append(QCoreApplication.translate("LogTableModel", "Entry {id}").format(id=entry.id))
        return "\n".join(lines)
