"""The main window's line about the response: the five steps, the next-update countdown, open approvals.

One compact row under the dashboard header, so a 1280×800 screen still shows the log. Each step is a
flat button that opens the crisis wizard at that step.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from crisisroom.domain.message_flow import Message
from crisisroom.domain.wizard import STEPS, WizardState
from crisisroom.gui.style import muted, plural
from crisisroom.gui.widgets.countdown import OVERDUE_COLOUR, countdown_text


class WizardStrip(QWidget):
    """``Assess ✓ · Notify ✓ · Manage · Message · Monitor   Next internal update due in 12:04   2 statements…``.

    Signals:
        step_clicked(str): a step was clicked (its key); the window opens the wizard there.
        became_due(): the countdown just reached its due time (once per due time), for a reminder.
    """

    step_clicked = Signal(str)
    became_due = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard_strip")
        self._due: datetime | None = None
        self._reminded_for: datetime | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        title = QLabel("Response:")
        muted(title)
        layout.addWidget(title)
        self.step_buttons = {}
        for index, step in enumerate(STEPS):
            if index:
                dot = QLabel("·")
                muted(dot)
                layout.addWidget(dot)
            button = QToolButton()
            button.setObjectName(f"strip_{step.value}")
            button.setAutoRaise(True)
            button.setToolTip(f"Open the crisis steps at {step.label}: {step.purpose}")
            button.clicked.connect(lambda _=False, key=step.value: self.step_clicked.emit(key))
            self.step_buttons[step] = button
            layout.addWidget(button)
        layout.addSpacing(18)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown_label")
        self.countdown_label.setAccessibleName("Next internal update")
        layout.addWidget(self.countdown_label)
        layout.addSpacing(18)
        self.approvals_label = QLabel()
        self.approvals_label.setObjectName("approvals_label")
        self.approvals_label.setAccessibleName("Open approvals")
        layout.addWidget(self.approvals_label)
        layout.addStretch(1)

    def show_state(self, state: WizardState, approvals: list[Message], due: datetime | None, now: datetime) -> None:
        """Show what is stored: steps done, the current step, open approvals and the countdown."""
        for step, button in self.step_buttons.items():
            done = state.is_done(step)
            button.setText(f"{step.label} ✓" if done else step.label)
            font = button.font()
            font.setBold(step is state.current_step and not done)
            button.setFont(font)
            button.setAccessibleName(f"Step {step.number}, {step.label}, {'done' if done else 'not done yet'}")
        count = len(approvals)
        if count:
            verb = "awaits" if count == 1 else "await"
            self.approvals_label.setText(f"{plural(count, 'statement')} {verb} approval")
            self.approvals_label.setToolTip("\n".join(m.label for m in approvals))
        else:
            self.approvals_label.setText("")
            self.approvals_label.setToolTip("")
        self._due = due
        self.tick(now)

    def tick(self, now: datetime) -> None:
        """Update the countdown (every second); say once when it becomes due."""
        text, overdue = countdown_text(self._due, now)
        self.countdown_label.setText(text)
        self.countdown_label.setStyleSheet(f"color: {OVERDUE_COLOUR}; font-weight: bold;" if overdue else "")
        if overdue and self._due is not None and self._reminded_for != self._due:
            self._reminded_for = self._due
            self.became_due.emit()
