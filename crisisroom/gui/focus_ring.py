"""A visible keyboard focus on flat tool buttons, where the style draws none.

Qt's Fusion style (what Linux gets without a desktop theme plugin) draws no focus indicator at all
on a flat (auto-raise) QToolButton, nor on an empty list, so someone moving through the step strip or the chart's ranges
with Tab cannot see where they are. This proxy adds a ring in the palette's highlight colour, only
after keyboard navigation (as Fusion does for its own focus frames), and only on top of Fusion:
the Windows, macOS and KDE styles draw their own.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionComplex,
    QWidget,
)

WANTED = QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_KeyboardFocusChange


def _ring(option: QStyleOption, painter: QPainter, inset: float = 1) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), 2)
    if inset > 1:
        pen.setStyle(Qt.PenStyle.DotLine)  # inside the default button's own highlighted rim
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 3, 3)
    painter.restore()


class FocusRingStyle(QProxyStyle):
    """Fusion, plus a focus ring on tool buttons, default buttons and the frame of lists, tables and text areas."""

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ToolButton and (option.state & WANTED) == WANTED:
            _ring(option, painter)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        # Fusion draws a default button with the same highlighted rim whether it has the focus or not.
        if (
            element == QStyle.ControlElement.CE_PushButtonBevel
            and isinstance(option, QStyleOptionButton)
            and option.features & QStyleOptionButton.ButtonFeature.DefaultButton
            and (option.state & WANTED) == WANTED
        ):
            _ring(option, painter, inset=3.5)

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        # An empty list has no current row to show the focus on; its frame shows it instead.
        if (
            element == QStyle.PrimitiveElement.PE_Frame
            and isinstance(widget, QAbstractScrollArea)
            and (option.state & WANTED) == WANTED
        ):
            _ring(option, painter)


def install(app: QApplication) -> bool:
    """Wrap the application's style when it is Fusion; returns whether the ring is (now) drawn."""
    style = app.style()
    if isinstance(style, FocusRingStyle):
        return True
    if style.name().lower() != "fusion":
        return False
    app.setStyle(FocusRingStyle("fusion"))
    return True
