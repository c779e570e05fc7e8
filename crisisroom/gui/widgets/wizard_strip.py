"""The main window's line about the response: the five steps, the next-update countdown, open approvals.

One compact row under the dashboard header, so a 1280×800 screen still shows the log. Each step is a
flat button that opens the crisis wizard at that step.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from crisisroom.domain.message_flow import AUDIENCE_LABELS, PHASE_LABELS, Message
from crisisroom.domain.platform_lengths import Platform
from crisisroom.domain.response_steps import STEPS, WizardState
from crisisroom.gui import i18n
from crisisroom.gui.style import muted, warning_colour
from crisisroom.gui.widgets.countdown import countdown_text, reminder_stage


def statement_name(message: Message) -> str:
    """``Customers · Holding statement`` (``… · X`` for a platform's version) in the interface language."""
    parts = [AUDIENCE_LABELS[message.audience], PHASE_LABELS[message.phase]]
    if message.platform:
        parts.append(Platform(message.platform).label)
    return " · ".join(i18n.label("Messages", part) for part in parts)


class WizardStrip(QWidget):
    """``Assess ✓ · Notify ✓ · Manage · Message · Monitor   Next internal update due in 12:04   2 statements…``.

    Signals:
        step_clicked(str): a step was clicked (its key); the window opens the wizard there.
        became_due(): the countdown just reached its due time (once per due time), for a reminder.
        became_overdue(): the update is now well overdue (once per due time), for a second reminder.
    """

    step_clicked = Signal(str)
    became_due = Signal()
    became_overdue = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wizard_strip")
        self.setAccessibleName(self.tr("Response steps"))
        self._due: datetime | None = None
        self._reminded: set[tuple[datetime, str]] = set()  # (due time, stage) already said
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(2)
        title = QLabel(self.tr("Response:"))
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
            button.setToolTip(
                self.tr("Open the crisis steps at {step}: {purpose}").format(
                    step=i18n.label("WizardStep", step.label), purpose=i18n.label("WizardStep", step.purpose)
                )
            )
            button.clicked.connect(lambda _=False, key=step.value: self.step_clicked.emit(key))
            self.step_buttons[step] = button
            layout.addWidget(button)
        layout.addSpacing(18)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("countdown_label")
        self.countdown_label.setAccessibleName(self.tr("Next internal update"))
        layout.addWidget(self.countdown_label)
        layout.addSpacing(18)
        self.approvals_label = QLabel()
        self.approvals_label.setObjectName("approvals_label")
        self.approvals_label.setAccessibleName(self.tr("Open approvals"))
        layout.addWidget(self.approvals_label)
        layout.addStretch(1)

    def show_state(self, state: WizardState, approvals: list[Message], due: datetime | None, now: datetime) -> None:
        """Show what is stored: steps done, the current step, open approvals and the countdown."""
        for step, button in self.step_buttons.items():
            done = state.is_done(step)
            name = i18n.label("WizardStep", step.label)
            button.setText(f"{name} ✓" if done else name)
            font = button.font()
            font.setBold(step is state.current_step and not done)
            button.setFont(font)
            button.setAccessibleName(
                self.tr("Step {number}, {step}, done").format(number=step.number, step=name)
                if done
                else self.tr("Step {number}, {step}, not done yet").format(number=step.number, step=name)
            )
        done = sum(state.is_done(step) for step in self.step_buttons)
        self.setAccessibleDescription(self.tr("%n of 5 steps done", "", done))
        count = len(approvals)
        if count:
            self.approvals_label.setText(self.tr("%n statement(s) await approval", "", count))
            self.approvals_label.setToolTip("\n".join(statement_name(m) for m in approvals))
        else:
            self.approvals_label.setText("")
            self.approvals_label.setToolTip("")
        self._due = due
        self.tick(now)

    def tick(self, now: datetime) -> None:
        """Update the countdown (every second); say once when it becomes due."""
        text, overdue = countdown_text(self._due, now)
        self.countdown_label.setText(text)
        # The palette is read on every tick, so a switch between light and dark shows within a second.
        style = f"color: {warning_colour(self.palette()).name()}; font-weight: bold;" if overdue else ""
        if self.countdown_label.styleSheet() != style:
            self.countdown_label.setStyleSheet(style)
        self.countdown_label.setAccessibleDescription(text)
        stage = reminder_stage(self._due, now)
        if stage is None or self._due is None or (self._due, stage) in self._reminded:
            return
        # Once each: when it is due, and when it is well overdue. A window opened late skips "due".
        self._reminded.update({(self._due, "due"), (self._due, stage)})
        (self.became_overdue if stage == "overdue" else self.became_due).emit()
