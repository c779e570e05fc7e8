"""The compromised-account checklist: each step done on the platform, then ticked here.

A tick goes through the Vault window's ``tick`` callback, which stores the step's new secret or
detail, writes the audit record (and the crisis-log entry when an incident is open) and returns
the updated account, or the reason it could not. The new-secret fields are wiped on close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from crisisroom.domain.clock import format_local
from crisisroom.domain.vault import CHECKLIST, Account, ChecklistStep
from crisisroom.gui import i18n
from crisisroom.gui.forms.ui_checklist_dialog import Ui_ChecklistDialog
from crisisroom.gui.style import muted
from crisisroom.gui.widgets.secret_edit import SecretEdit

DONE_COLOUR = "#1b7a43"
TickCallback = Callable[[str, str | None, str | None], Account | str]


class _StepRow:
    """The widgets of one step."""

    def __init__(self, step: ChecklistStep, number: int) -> None:
        self.step = step
        self.mark = QLabel(f"{number}.")
        self.mark.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.mark.setMinimumWidth(22)
        self.title = QLabel(i18n.label("Vault", step.label))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(i18n.label("Vault", step.hint))
        self.hint.setWordWrap(True)
        muted(self.hint)
        self.input: QLineEdit | None = None
        if step.secret is not None:
            self.input = SecretEdit()
            self.input.setPlaceholderText(
                QCoreApplication.translate("ChecklistDialog", "New {secret}").format(
                    secret=i18n.label("Vault", step.secret.label)
                )
                if step.secret_required
                else QCoreApplication.translate("ChecklistDialog", "New {secret} (optional)").format(
                    secret=i18n.label("Vault", step.secret.label)
                )
            )
        elif step.detail is not None:
            self.input = QLineEdit()
            self.input.setPlaceholderText(
                QCoreApplication.translate("ChecklistDialog", "New login e-mail (optional)")
                if step.detail == "login_email"
                else QCoreApplication.translate("ChecklistDialog", "New username (optional)")
            )
        if self.input is not None:
            self.input.setObjectName(f"{step.key.replace('-', '_')}_input")
            self.input.setAccessibleName(self.input.placeholderText())
        self.done_label = QLabel()
        muted(self.done_label)
        self.button = QPushButton(QCoreApplication.translate("ChecklistDialog", "Mark done"))
        self.button.setObjectName(f"{step.key.replace('-', '_')}_button")
        self.button.setAutoDefault(False)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(3)
        body.addWidget(self.title)
        body.addWidget(self.hint)
        if self.input is not None:
            body.addWidget(self.input)
        body.addWidget(self.done_label)


class ChecklistDialog(QDialog):
    """Shows an account's checklist and ticks steps through ``tick``."""

    def __init__(self, account: Account, tick: TickCallback, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ChecklistDialog()
        self.ui.setupUi(self)
        self._tick = tick
        self.account = account
        heading = self.ui.heading_label.font()
        heading.setBold(True)
        heading.setPointSizeF(heading.pointSizeF() * 1.25)
        self.ui.heading_label.setFont(heading)
        muted(self.ui.explain_label)
        self.rows: dict[str, _StepRow] = {}
        for number, step in enumerate(CHECKLIST, start=1):
            row = _StepRow(step, number)
            self.rows[step.key] = row
            grid_row = number - 1
            self.ui.steps_layout.addWidget(row.mark, grid_row, 0, Qt.AlignmentFlag.AlignTop)
            self.ui.steps_layout.addWidget(row.body, grid_row, 1)
            self.ui.steps_layout.addWidget(row.button, grid_row, 2, Qt.AlignmentFlag.AlignTop)
            row.button.clicked.connect(lambda _=False, key=step.key: self.tick(key))
            if step.secret_required and isinstance(row.input, SecretEdit):
                row.input.textChanged.connect(lambda text, r=row: r.button.setEnabled(bool(text) and not self._done(r)))
        self.ui.steps_layout.setColumnStretch(1, 1)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)
        self.show_account(account)

    def _done(self, row: _StepRow) -> bool:
        return row.step.key in self.account.checklist

    def show_account(self, account: Account) -> None:
        """Redraw every step from the stored state of ``account``."""
        self.account = account
        secured = not account.is_compromised
        if secured:
            self.setWindowTitle(self.tr("Secured: {account}").format(account=account.label))
            self.ui.heading_label.setText(self.tr("{account} is secured").format(account=account.label))
            self.ui.explain_label.setText(
                self.tr("Every step of the checklist is done. The steps stay recorded in the audit trail.")
                if account.checklist
                else self.tr("This account is not marked compromised.")
            )
        else:
            self.setWindowTitle(self.tr("Compromised: {account}").format(account=account.label))
            self.ui.heading_label.setText(
                self.tr("{account} was marked compromised {when}").format(
                    account=account.label, when=format_local(account.compromised_at, seconds=False)
                )
            )
        for row in self.rows.values():
            tick = account.checklist.get(row.step.key)
            done = tick is not None
            row.mark.setText("✓" if done else f"{list(self.rows).index(row.step.key) + 1}.")
            row.mark.setStyleSheet(f"color: {DONE_COLOUR}; font-weight: bold;" if done else "")
            row.done_label.setVisible(done)
            if tick is not None:
                row.done_label.setText(
                    self.tr("Done {when} by {person}").format(
                        when=format_local(tick.done_at, seconds=False), person=tick.done_by
                    )
                )
            if row.input is not None:
                row.input.setVisible(not done and not secured)
                if done and isinstance(row.input, SecretEdit):
                    row.input.wipe()
            row.button.setVisible(not done and not secured)
            needs_secret = row.step.secret_required and row.input is not None and not row.input.text()
            row.button.setEnabled(not needs_secret)
        total = len(CHECKLIST)
        self.ui.progress_label.setText(
            self.tr("{done} of {total} steps done").format(done=account.steps_done(), total=total)
        )

    def tick(self, key: str) -> bool:
        """Tick one step with what its row holds; True when it was stored."""
        row = self.rows[key]
        secret = value = None
        if isinstance(row.input, SecretEdit):
            secret = row.input.text() or None
        elif row.input is not None:
            value = row.input.text().strip() or None
        outcome = self._tick(key, secret, value)
        if isinstance(outcome, str):
            return False
        self.show_account(outcome)
        return True

    def done(self, result: int) -> None:
        super().done(result)
        for row in self.rows.values():
            if isinstance(row.input, SecretEdit):
                row.input.wipe()
