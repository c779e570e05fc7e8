"""The five-level severity gauge: one segment per level, the current level lit."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from crisisroom.domain.severity import LEVELS, level

# Calm for routine, warm for watch, hot for crisis; readable on light and dark palettes.
LEVEL_COLOURS = ("#3a8d5c", "#9aa83a", "#e0a526", "#e0672a", "#c0392b")


class SeverityGauge(QWidget):
    """Shows the confirmed level (or that none is set yet) at a glance."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Severity gauge")
        self._update_description()

    def level(self) -> int | None:
        return self._level

    def set_level(self, value: int | None) -> None:
        if value is not None:
            level(value)  # validates 1..5
        self._level = value
        self._update_description()
        self.update()

    def _update_description(self) -> None:
        if self._level is None:
            text = "Severity not yet assessed"
        else:
            lvl = level(self._level)
            text = f"{lvl.label}. {lvl.handled_by}"
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    def sizeHint(self) -> QSize:
        return QSize(260, 64)

    def minimumSizeHint(self) -> QSize:
        return QSize(180, 64)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        gap, bar_height = 4.0, 18.0
        width = self.width() - 1
        segment = (width - gap * (len(LEVELS) - 1)) / len(LEVELS)
        muted = palette.color(QPalette.ColorRole.Mid)
        for index, lvl in enumerate(LEVELS):
            rect = QRectF(index * (segment + gap), 1, segment, bar_height)
            lit = self._level is not None and lvl.number <= self._level
            colour = QColor(LEVEL_COLOURS[index]) if lit else muted
            if lit and lvl.number < (self._level or 0):
                colour.setAlpha(150)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(rect, 4, 4)
            painter.setPen(
                palette.color(QPalette.ColorRole.BrightText) if lit else palette.color(QPalette.ColorRole.Text)
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(lvl.number))
        caption = QRectF(0, bar_height + 8, width, self.height() - bar_height - 8)
        font = painter.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        text = "Not yet assessed" if self._level is None else level(self._level).label
        painter.drawText(caption, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
        painter.end()
