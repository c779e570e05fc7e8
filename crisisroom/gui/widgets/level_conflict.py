"""The level conflict: levels set on laptops that had not seen each other's (a shared incident).

Both are shown, with who set them on which laptop, and the higher stands until the crisis lead
sets a level having seen both (DESIGN.md, "Merge rules"); the banner says so in one line and
offers the Severity control's action.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from crisisroom.gui.widgets.chain_warning import BANNER_STYLE
from crisisroom.services.incidents import SeverityConflict


class LevelConflict(QFrame):
    """One line naming the levels set apart and what stands until someone settles them."""

    settle_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chain_warning")  # the same amber banner as the chain's warning
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Severity set on two laptops"))
        self.text_label = QLabel()
        self.text_label.setObjectName("level_conflict_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.settle_button = QPushButton(self.tr("Set the &level…"))
        self.settle_button.setObjectName("level_conflict_button")
        self.settle_button.setAutoDefault(False)
        self.settle_button.clicked.connect(self.settle_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.settle_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_conflict(self, conflict: SeverityConflict | None) -> None:
        if conflict is None or not conflict.disagree:
            self.hide()
            return
        sets = self.tr("; ").join(
            self.tr("level {level} by {person} on {laptop}").format(level=h.level, person=h.set_by, laptop=h.laptop)
            for h in conflict.heads
        )
        if conflict.lead:
            until = self.tr("Level {level}, the highest, stands until the crisis lead, {lead}, sets a level.").format(
                level=conflict.level, lead=conflict.lead
            )
        else:
            until = self.tr("Level {level}, the highest, stands until someone sets a level having seen both.").format(
                level=conflict.level
            )
        first = self.tr("Levels were set on laptops that had not seen each other's: {sets}.").format(sets=sets)
        self.text_label.setText(f"⚠ {escape(first)}<br>{escape(until)}")
        self.setAccessibleDescription(f"{first} {until}")
        self.show()
