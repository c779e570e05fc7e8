"""The severity gauge: a half-dial of the five levels, the confirmed level's needle, the proposal's ghost.

Everything is drawn as vectors with antialiasing, so it stays crisp at any device pixel ratio, and
every colour that is not a band colour comes from the palette, so it reads in light and dark themes.
"""

from __future__ import annotations

from math import cos, radians, sin

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from crisisroom.domain.severity import LEVELS, level
from crisisroom.gui import i18n

# Calm green for routine up to red for a severe crisis. Mid-tone colours, so the band numbers (dark
# or white, whichever contrasts more) stay readable and the dial holds up on dark backgrounds.
LEVEL_COLOURS = ("#3e9a5f", "#a9b83c", "#e8b02a", "#e57a2e", "#c93a2d")

SWEEP = 180.0  # degrees of the half-dial
BAND_SPAN = SWEEP / len(LEVELS)
MARGIN = 4.0  # room for the focus ring
GHOST_REACH = 6.0  # how far the proposal's outline reaches beyond the dial


def _luminance(colour: QColor) -> float:
    """Relative luminance (WCAG), to pick dark or light text on a band."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def ink_on(fill: QColor) -> QColor:
    """Dark or white text, whichever reads better on ``fill`` (the band numbers, the tray icon's digit)."""
    return QColor("#1b1b1b") if _luminance(fill) > 0.22 else QColor("#ffffff")


def level_colour(number: int | None, palette: QPalette) -> QColor:
    """A level's colour; "not yet assessed" is a quiet grey from the palette, so nobody reads a level into it."""
    if number is None:
        return _mix(palette.color(QPalette.ColorRole.Window), palette.color(QPalette.ColorRole.WindowText), 0.35)
    return QColor(LEVEL_COLOURS[number - 1])


def _mix(colour: QColor, other: QColor, amount: float) -> QColor:
    """``colour`` moved ``amount`` (0..1) of the way towards ``other``."""
    return QColor.fromRgbF(
        colour.redF() + (other.redF() - colour.redF()) * amount,
        colour.greenF() + (other.greenF() - colour.greenF()) * amount,
        colour.blueF() + (other.blueF() - colour.blueF()) * amount,
    )


def _band_angle(number: int) -> float:
    """Angle (degrees, Qt's counter-clockwise from 3 o'clock) of the middle of a level's band."""
    return SWEEP - (number - 0.5) * BAND_SPAN


class SeverityGauge(QWidget):
    """Shows the confirmed level (or that none is set yet) and the rules' proposal, at a glance.

    Clicking it, or pressing Space or Enter while it has focus, emits :attr:`clicked`; the main
    window opens the assessment from there.
    """

    clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level: int | None = None
        self._proposed: int | None = None
        self._pressed = False
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_Hover)
        self._update_description()

    # --- state -------------------------------------------------------------------------------

    def level(self) -> int | None:
        """The confirmed level, or None before the first assessment."""
        return self._level

    def set_level(self, value: int | None) -> None:
        """Show a confirmed level (1 to 5) or None for "not yet assessed"."""
        if value is not None:
            level(value)  # validates 1..5
        self._level = value
        self._update_description()
        self.update()

    def proposed(self) -> int | None:
        """The level the rules suggest, or None when they suggest nothing."""
        return self._proposed

    def set_proposed(self, value: int | None) -> None:
        """Show the rules' proposal as a ghost marker (only drawn when it differs from the level)."""
        if value is not None:
            level(value)
        self._proposed = value
        self._update_description()
        self.update()

    def _shows_proposal(self) -> bool:
        return self._proposed is not None and self._proposed != self._level

    def caption(self) -> str:
        """The main line under the dial: ``Level 3 · Serious`` or ``Not yet assessed``."""
        return i18n.level_label(self._level)

    def proposal_caption(self) -> str:
        """The small line under the caption, empty unless a proposal differs from the level."""
        return self.tr("Rules suggest level {level}").format(level=self._proposed) if self._shows_proposal() else ""

    def _update_description(self) -> None:
        # Screen readers get the whole picture: the level, who handles it, and what the rules say.
        if self._level is None:
            parts = [self.tr("Severity not yet assessed.")]
        else:
            lvl = level(self._level)
            parts = [
                f"{i18n.level_label(lvl.number)}.",
                self.tr("Handled by: {team}").format(team=i18n.label("Severity", lvl.handled_by)),
            ]
        if self._shows_proposal():
            assert self._proposed is not None
            parts.append(self.tr("Rules suggest {level}.").format(level=i18n.level_label(self._proposed)))
        parts.append(self.tr("Click to assess the severity."))
        # The name is what a screen reader says first on reaching the gauge: the state, briefly.
        if self._level is None:
            name = self.tr("Severity not yet assessed")
        else:
            name = self.tr("Severity level {0}, {1}").format(self._level, i18n.level_name(self._level))
        if self._shows_proposal():
            name += self.tr("; suggested {0}").format(self._proposed)
        self.setAccessibleName(name)
        self.setAccessibleDescription(" ".join(parts))
        self.setToolTip("\n".join(parts))

    # --- input -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._pressed:
            self._pressed = False
            # Like a button: dragging out before letting go cancels the click.
            if self.rect().contains(event.position().toPoint()):
                self.clicked.emit()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.clicked.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    # --- size --------------------------------------------------------------------------------

    def _fonts(self) -> tuple[QFont, QFont]:
        """The caption font (bold, a little larger) and the proposal line's font (smaller)."""
        caption = QFont(self.font())
        caption.setBold(True)
        caption.setPointSizeF(caption.pointSizeF() * 1.1)
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        return caption, small

    def _text_height(self) -> float:
        caption, small = self._fonts()
        return QFontMetricsF(caption).height() + QFontMetricsF(small).height() + 2

    def sizeHint(self) -> QSize:
        # The dial wants about 100 px of height at 240 px of width; the text lines add the rest.
        return QSize(240, max(150, round(self._text_height() + 106 + 2 * MARGIN)))

    def minimumSizeHint(self) -> QSize:
        return QSize(180, self.sizeHint().height())

    # --- drawing -----------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        text = palette.color(QPalette.ColorRole.WindowText)
        frame = QRectF(self.rect()).adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN)

        if self.underMouse() or self.hasFocus():
            # A faint plate says "this is something you can press" without looking like a button.
            plate = QColor(text)
            plate.setAlphaF(0.06)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(plate)
            painter.drawRoundedRect(frame, 8, 8)
        if self.hasFocus():
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(1, 1, -1, -1), 7, 7)

        text_height = self._text_height()
        hub, gap = 7.0, 4.0
        # The dial is as large as width and height allow; the whole drawing is then centred
        # vertically, so a narrower gauge does not leave a hole at the bottom.
        radius = min(frame.width() / 2 - GHOST_REACH - 4, frame.height() - 2 * GHOST_REACH - hub - gap - text_height)
        content = GHOST_REACH + radius + hub + gap + text_height
        top = frame.top() + (frame.height() - content) / 2
        centre = QPointF(frame.center().x(), top + GHOST_REACH + radius)
        thickness = radius * 0.38
        inner = radius - thickness

        self._draw_bands(painter, centre, radius, inner, window, text)
        if self._shows_proposal():
            assert self._proposed is not None
            self._draw_ghost(painter, centre, radius, inner, self._proposed, text)
        self._draw_needle(painter, centre, inner, hub, window, text)
        self._draw_captions(painter, QRectF(frame.left(), centre.y() + hub + gap, frame.width(), text_height), palette)
        painter.end()

    @staticmethod
    def _wedge(centre: QPointF, outer: float, inner: float, start: float, span: float) -> QPainterPath:
        """A ring segment from ``start`` over ``span`` degrees between two radii."""
        outer_rect = QRectF(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer)
        inner_rect = QRectF(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner)
        path = QPainterPath()
        path.arcMoveTo(outer_rect, start)
        path.arcTo(outer_rect, start, span)
        path.arcTo(inner_rect, start + span, -span)
        path.closeSubpath()
        return path

    def _draw_bands(
        self, painter: QPainter, centre: QPointF, radius: float, inner: float, window: QColor, text: QColor
    ) -> None:
        font = QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(9, round((radius - inner) * 0.42)))
        painter.setFont(font)
        for lvl, hex_colour in zip(LEVELS, LEVEL_COLOURS, strict=True):
            colour = QColor(hex_colour)
            if self._level is None:
                # Not assessed: a quiet grey dial, so nobody reads a level into it.
                fill = _mix(window, text, 0.22)
            elif lvl.number == self._level:
                fill = colour
            else:
                # The other levels stay recognisable but step back behind the confirmed one.
                fill = _mix(colour, window, 0.55)
            start = SWEEP - (lvl.number - 1) * BAND_SPAN
            path = self._wedge(centre, radius, inner, start, -BAND_SPAN)
            # Window-coloured seams separate the bands cleanly on any background.
            painter.setPen(QPen(window, 2))
            painter.setBrush(fill)
            painter.drawPath(path)

            middle = (radius + inner) / 2
            angle = _band_angle(lvl.number)
            point = self._polar(centre, middle, angle)
            box = QRectF(point.x() - 14, point.y() - 12, 28, 24)
            painter.setPen(ink_on(fill))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(lvl.number))

    def _draw_ghost(
        self, painter: QPainter, centre: QPointF, radius: float, inner: float, proposed: int, text: QColor
    ) -> None:
        # The proposal is a dashed outline around its band, with a translucent wash of the band's
        # colour: visible, but plainly not the confirmed level the needle shows.
        start = SWEEP - (proposed - 1) * BAND_SPAN + 1.5
        path = self._wedge(centre, radius + GHOST_REACH - 1, inner - 3, start, -(BAND_SPAN + 3))
        wash = QColor(LEVEL_COLOURS[proposed - 1])
        wash.setAlphaF(0.25)
        pen = QPen(text, 1.6, Qt.PenStyle.DashLine)
        pen.setDashPattern([3.0, 2.0])
        painter.setPen(pen)
        painter.setBrush(wash)
        painter.drawPath(path)

    def _draw_needle(
        self, painter: QPainter, centre: QPointF, inner: float, hub: float, window: QColor, text: QColor
    ) -> None:
        if self._level is None:
            # No needle at all: an arbitrary resting position would read as a level.
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(_mix(window, text, 0.35))
            painter.drawEllipse(centre, hub * 0.7, hub * 0.7)
            return
        angle = _band_angle(self._level)
        tip = self._polar(centre, inner - 2, angle)
        side_a = self._polar(centre, hub * 0.8, angle + 90)
        side_b = self._polar(centre, hub * 0.8, angle - 90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(text)
        painter.drawPolygon(QPolygonF([tip, side_a, side_b]))
        painter.drawEllipse(centre, hub, hub)
        painter.setBrush(window)
        painter.drawEllipse(centre, hub * 0.4, hub * 0.4)

    def _draw_captions(self, painter: QPainter, area: QRectF, palette: QPalette) -> None:
        caption_font, small_font = self._fonts()
        caption_height = QFontMetricsF(caption_font).height()
        painter.setFont(caption_font)
        role = QPalette.ColorRole.WindowText if self._level is not None else QPalette.ColorRole.PlaceholderText
        painter.setPen(palette.color(role))
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
        painter.drawText(QRectF(area.left(), area.top(), area.width(), caption_height), flags, self.caption())
        if self._shows_proposal():
            painter.setFont(small_font)
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            line = QRectF(area.left(), area.top() + caption_height + 2, area.width(), area.height() - caption_height)
            painter.drawText(line, flags, self.proposal_caption())

    @staticmethod
    def _polar(centre: QPointF, distance: float, degrees: float) -> QPointF:
        """A point at ``distance`` from ``centre`` in Qt's angle convention (y grows downwards)."""
        return QPointF(centre.x() + distance * cos(radians(degrees)), centre.y() - distance * sin(radians(degrees)))
