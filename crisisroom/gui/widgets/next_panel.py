"""The dashboard's Next panel: the one or two most urgent things to do now, each a click away.

The steps come from :func:`crisisroom.services.next_steps.steps`, the same list ``crisisroom status``
and the situation report show. Each step is a flat button (what to do) with the reason beside it;
the rest stay one click away behind "N more", so a 1280×800 screen still shows the log.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from crisisroom.domain.next_steps import NextStep
from crisisroom.gui.style import muted

SHOWN = 2

PANEL_STYLE = "QFrame#next_panel { border: 1px solid palette(mid); border-radius: 6px; }"


class NextPanel(QFrame):
    """``Next  → Confirm the level: the rules suggest level 4   Level 4 suggested by … ; confirmed level 3.``

    Signals:
        target_requested(str): a step was clicked; its target (``wizard:<step>``, ``level``, ``review``, ``log``).
    """

    target_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("next_panel")
        self.setStyleSheet(PANEL_STYLE)
        self.setAccessibleName(self.tr("Next steps"))
        self._steps: list[NextStep] = []
        self._expanded = False
        title = QLabel(self.tr("Next"))
        title.setObjectName("next_title")
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.more_button = QToolButton()
        self.more_button.setObjectName("next_more")
        self.more_button.setAutoRaise(True)
        self.more_button.clicked.connect(self._toggle)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("next_empty")
        self.empty_label.setWordWrap(True)
        muted(self.empty_label)
        self.rows = QGridLayout()
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setHorizontalSpacing(10)
        self.rows.setVerticalSpacing(0)
        self.rows.setColumnStretch(1, 1)
        body = QVBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addLayout(self.rows)
        body.addWidget(self.empty_label)
        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(title)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 2, 4, 2)
        layout.setSpacing(12)
        layout.addLayout(side)
        layout.addLayout(body, 1)
        layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)
        self.step_buttons: list[QPushButton] = []
        self.why_labels: list[QLabel] = []

    @property
    def steps(self) -> list[NextStep]:
        return list(self._steps)

    def show_steps(self, steps: Sequence[NextStep], *, resolved: bool = False) -> None:
        """Show the steps (most urgent first): the first two, and the rest behind "N more"."""
        changed = [(s.title, s.why, s.target) for s in steps] != [(s.title, s.why, s.target) for s in self._steps]
        self._steps = list(steps)
        if changed:
            self._expanded = False
        self.empty_label.setText(
            self.tr("Resolved, and nothing is waiting.")
            if resolved
            else self.tr("Nothing pressing right now: keep watching mentions and sentiment.")
        )
        self._fill()

    def _fill(self) -> None:
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.step_buttons, self.why_labels = [], []
        shown = self._steps if self._expanded else self._steps[:SHOWN]
        for row, step in enumerate(shown):
            button = QPushButton(f"→ {step.title}")
            button.setObjectName(f"next_step_{row}")
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setStyleSheet("QPushButton { text-align: left; font-weight: bold; padding: 1px 4px; }")
            button.setToolTip(step.why)
            button.setAccessibleDescription(step.why)
            button.clicked.connect(lambda _=False, target=step.target: self.target_requested.emit(target))
            why = QLabel(step.why)
            why.setObjectName(f"next_why_{row}")
            why.setWordWrap(True)
            muted(why)
            self.rows.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            self.rows.addWidget(why, row, 1, Qt.AlignmentFlag.AlignVCenter)
            self.step_buttons.append(button)
            self.why_labels.append(why)
        self.empty_label.setVisible(not self._steps)
        hidden = len(self._steps) - SHOWN
        self.more_button.setVisible(hidden > 0)
        if hidden > 0:
            self.more_button.setText(self.tr("Show fewer") if self._expanded else self.tr("%n more", "", hidden))

    def _toggle(self) -> None:
        self._expanded = not self._expanded
        self._fill()
