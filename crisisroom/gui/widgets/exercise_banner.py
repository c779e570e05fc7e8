"""The EXERCISE banner every view of a drill shows, so nobody mistakes a drill for a crisis."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

BANNER_STYLE = (
    "QLabel { background: #f2b400; color: #1e1e1e; font-weight: bold; padding: 6px; "
    "border-bottom: 2px solid #b38600; letter-spacing: 1px; }"
)


class ExerciseBanner(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate(
                "ExerciseBanner", "EXERCISE · This is a drill. Nothing here is a real incident."
            ),
            parent,
        )
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Exercise banner"))
        self.hide()
