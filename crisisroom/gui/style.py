"""Small shared touches of look that follow the system palette (light or dark)."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget


def muted(widget: QWidget) -> None:
    """Secondary text: the palette's placeholder colour, so it stays readable in dark mode."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    widget.setPalette(palette)


def plural(count: int, one: str, many: str | None = None) -> str:
    """``1 entry``, ``2 entries``."""
    return f"{count} {one if count == 1 else (many or one + 's')}"
