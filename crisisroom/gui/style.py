"""Small shared touches of look that follow the system palette (light or dark)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

# Warning red for text: a deep red on a light window, a light coral on a dark one (both at least
# 4.5:1 against the window, WCAG AA). Banners keep their own alarm colours.
WARNING_ON_LIGHT = "#b03a2e"
WARNING_ON_DARK = "#ff8f80"


def is_dark(palette: QPalette) -> bool:
    """Whether the palette is a dark theme (its window colour is dark)."""
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable_on(
    colour: QColor | None, palette: QPalette, role: QPalette.ColorRole = QPalette.ColorRole.Base
) -> QColor | None:
    """``colour`` as it is on a light palette; on a dark one, lightened until it reads (4.5:1) on ``role``.

    For the coloured words in tables (a log entry's kind, a mention's sentiment): the hue stays, so
    "decision" is still blue and "negative" still red in a dark theme.
    """
    if colour is None or not is_dark(palette):
        return colour
    background = palette.color(role)
    hue, saturation, lightness, alpha = colour.getHslF()
    readable = QColor(colour)
    while contrast(readable, background) < 4.5 and lightness < 1:
        lightness = min(1.0, lightness + 0.04)
        readable = QColor.fromHslF(max(hue, 0.0), saturation, lightness, alpha)
    return readable


def warning_colour(palette: QPalette) -> QColor:
    """The colour of warning text (an overdue update, a log that does not verify) on this palette."""
    return QColor(WARNING_ON_DARK if is_dark(palette) else WARNING_ON_LIGHT)


def muted(widget: QWidget) -> None:
    """Secondary text: the palette's placeholder colour, so it stays readable in dark mode."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    widget.setPalette(palette)


def fit_height(window: QWidget) -> None:
    """Make a dialog as tall as its wrapped texts need at its width (a translation or a name can be longer).

    A window's minimum size ignores height-for-width, so a long wrapped label would otherwise be
    squeezed into fewer lines than it needs and clipped. Grows, never shrinks, and keeps the height
    as the minimum so the person cannot clip it either.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(window.width())
    if needed > window.height():
        window.resize(window.width(), needed)
    window.setMinimumHeight(max(window.minimumHeight(), needed))
