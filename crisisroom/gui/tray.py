"""The desktop side of the room: the tray icon with the severity level, and every desktop notification.

All notifications go through :meth:`Tray.notify`: rule firings and the next-update reminders. It
always emits :attr:`Tray.notified` (tests and the window's own fallbacks listen there) and shows a
tray balloon only where the desktop has a system tray; without one the window's banner and status
bar carry the message, as they always do.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QFont, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.incidents import Incident
from crisisroom.gui import i18n
from crisisroom.gui.widgets.severity_gauge import ink_on, level_colour

# Drawn once per size a tray or task switcher may ask for (1x and 2x of the usual ones), so the
# icon is painted at its real pixel size instead of being scaled: crisp at any device pixel ratio.
ICON_SIZES = (16, 20, 22, 24, 32, 40, 44, 48, 64, 96, 128, 256)
MESSAGE_MS = 20_000
APP_NAME = "Crisis Room"  # a name, not translated


def level_icon(number: int | None, palette: QPalette | None = None) -> QIcon:
    """The tray icon: a rounded tile in the level's colour with its digit ("?" before an assessment)."""
    palette = palette or QGuiApplication.palette()
    fill = level_colour(number, palette)
    ink = ink_on(fill)
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        tile = QRectF(0.5, 0.5, size - 1, size - 1)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRoundedRect(tile, size * 0.22, size * 0.22)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(8, round(size * 0.72)))
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(tile, Qt.AlignmentFlag.AlignCenter, "?" if number is None else str(number))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def tooltip_text(incident: Incident | None, due: datetime | None) -> str:
    """``Crisis Room`` and, with an incident, its title, level and when the next update is due."""
    if incident is None:
        return APP_NAME
    lines = [APP_NAME, i18n.display_title(incident)]
    lines.append(
        i18n.level_label(incident.level)
        if incident.level is not None
        else QCoreApplication.translate("Tray", "Severity not yet assessed")
    )
    if due is not None:
        when = due.astimezone(zone_from_name(incident.timezone)).strftime("%H:%M")
        lines.append(QCoreApplication.translate("Tray", "Next internal update due {0}").format(when))
    return "\n".join(lines)


class Tray(QObject):
    """The tray icon (where the desktop has a tray) and the one way the room raises a notification.

    Signals:
        notified(str, str, bool): title, text and whether it is urgent, for every notification.
        show_requested(): "Show Crisis Room" or the incident was chosen in the tray menu, or the
            icon was clicked.
        quit_requested(): "Quit" was chosen in the tray menu.
    """

    notified = Signal(str, str, bool)
    show_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None, *, available: bool | None = None) -> None:
        super().__init__(parent)
        self._incident: Incident | None = None
        self._due: datetime | None = None
        self.icon: QSystemTrayIcon | None = None
        self.menu = QMenu()
        self.show_action = QAction(self.tr("Show Crisis Room"), self)
        self.show_action.triggered.connect(self.show_requested)
        self.incident_action = QAction(self)
        self.incident_action.triggered.connect(self.show_requested)
        self.incident_action.setVisible(False)
        self.quit_action = QAction(self.tr("Quit"), self)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.incident_action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        if QSystemTrayIcon.isSystemTrayAvailable() if available is None else available:
            self.icon = QSystemTrayIcon(level_icon(None), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.setToolTip(tooltip_text(None, None))
            self.icon.show()

    @property
    def available(self) -> bool:
        """Whether there is a tray icon (and so desktop balloons); False means the window says it all."""
        return self.icon is not None

    def show_state(self, incident: Incident | None, due: datetime | None) -> None:
        """Show the incident's level in the icon, and its title, level and next update in the tooltip."""
        self._incident, self._due = incident, due
        if incident is None:
            self.incident_action.setVisible(False)
        else:
            # "&" would turn into a mnemonic in a menu; doubled, it shows as itself.
            self.incident_action.setText(i18n.display_title(incident).replace("&", "&&"))
            self.incident_action.setVisible(True)
        if self.icon is not None:
            self.icon.setIcon(level_icon(incident.level if incident else None))
            self.icon.setToolTip(tooltip_text(incident, due))

    def tooltip(self) -> str:
        return tooltip_text(self._incident, self._due)

    def notify(self, title: str, text: str, *, urgent: bool = False) -> bool:
        """Raise a desktop notification; returns whether the tray showed it (False: no tray here)."""
        self.notified.emit(title, text, urgent)
        if self.icon is None:
            return False
        kind = QSystemTrayIcon.MessageIcon.Warning if urgent else QSystemTrayIcon.MessageIcon.Information
        self.icon.showMessage(title, text, kind, MESSAGE_MS)
        return True

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_requested.emit()
