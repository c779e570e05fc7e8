"""A searchable list of time zones: type any part of a name ("stock", "new_york") to narrow it down.

The first entry follows this computer's zone (stored as ""), so a laptop that travels keeps
showing local time unless the organisation chose a zone.
"""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, QTimeZone
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from crisisroom.domain.clock import zone_from_name


def computer_zone() -> str:
    """This computer's IANA zone name, as the operating system tells Qt (``UTC`` when it cannot)."""
    return bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone name this Python knows, sorted; legacy aliases ("US/…", "Etc/…") left out."""
    return tuple(sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/"))))


class TimezoneCombo(QComboBox):
    """An editable combo of zone names with a contains-anywhere completer."""

    def __init__(self, computer_zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(16)
        self.setAccessibleName(self.tr("Time zone"))
        self.addItem(self.tr("This computer's zone ({0})").format(computer_zone), "")
        self._filled = False
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("Type to search, e.g. Stockholm"))

    def fill(self) -> None:
        """Add every zone (once): reading the zone database takes a moment, so not before it is needed."""
        if self._filled:
            return
        self._filled = True
        text, index = self.currentText(), self.currentIndex()
        self.addItems(zone_names())
        for row in range(1, self.count()):
            self.setItemData(row, self.itemText(row))
        found = self.findText(text, Qt.MatchFlag.MatchFixedString)
        self.setCurrentIndex(found if found >= 0 else index)
        self.setEditText(text)

    def showEvent(self, event: QShowEvent) -> None:
        self.fill()
        super().showEvent(event)

    def set_zone(self, name: str) -> None:
        """Select a stored value ("" for this computer's zone)."""
        if not name:
            self.setCurrentIndex(0)
            return
        if not self._filled:  # shown as typed; the list is filled when the combo is first shown
            self.setEditText(name)
            return
        index = self.findData(name)
        self.setCurrentIndex(index if index >= 0 else 0)
        if index < 0 and name:
            self.setEditText(name)

    def zone(self) -> str:
        """The chosen zone as stored ("" for this computer's).

        Raises:
            InvalidInputError: the text typed is not a time zone.
        """
        self.fill()
        text = self.currentText().strip()
        if self.currentIndex() == 0 and text == self.itemText(0):
            return ""
        if not text:
            return ""
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index > 0:
            return str(self.itemData(index))
        zone_from_name(text)  # an offset like +01:00 is fine too; anything else is refused
        if text.upper() in {"UTC", "Z"}:
            return "UTC"
        return text
