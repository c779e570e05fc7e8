"""The compromised-account checklist: each step done on the platform, then ticked here.

A tick goes through the Vault window's ``tick`` callback, which stores the step's new secret or
detail, writes the audit record (and the crisis-log entry when an incident is open) and returns
the updated account, or the reason it could not. The new-secret fields are wiped on close.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from crisisroom.domain.clock import format_local
from crisisroom.domain.vault import CHECKLIST, Account, ChecklistStep, SecretField
from crisisroom.gui import i18n
from crisisroom.gui.forms.ui_checklist_dialog import Ui_ChecklistDialog
from crisisroom.gui.style import fit_height, muted
from crisisroom.gui.widgets.secret_edit import SecretEdit

DONE_COLOUR = "#1b7a43"
ERROR_COLOUR = "#c0392b"
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
        # A new password is typed twice while hidden (as in the Add account dialog): a typo would lock the team out.
        self.repeat: SecretEdit | None = None
        self.mismatch_label: QLabel | None = None
        repeat_row: QHBoxLayout | None = None
        if step.secret is SecretField.PASSWORD and isinstance(self.input, SecretEdit):
            self.repeat = SecretEdit()
            self.repeat.setObjectName(f"{step.key.replace('-', '_')}_repeat")
            self.repeat.setPlaceholderText(QCoreApplication.translate("ChecklistDialog", "Repeat the new password"))
            self.repeat.setAccessibleName(self.repeat.placeholderText())
            self.repeat.toggle_action.setVisible(False)  # shown or hidden with the field it repeats
            self.mismatch_label = QLabel(QCoreApplication.translate("ChecklistDialog", "The two passwords differ"))
            self.mismatch_label.setObjectName(f"{step.key.replace('-', '_')}_mismatch")
            self.mismatch_label.setStyleSheet(f"color: {ERROR_COLOUR};")
            self.mismatch_label.hide()
            repeat_row = QHBoxLayout()
            repeat_row.setSpacing(8)
            repeat_row.addWidget(self.repeat, 1)
            repeat_row.addWidget(self.mismatch_label)
            self.input.shown_changed.connect(lambda shown: self.repeat.setVisible(not shown) if self.repeat else None)
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
        if repeat_row is not None:
            body.addLayout(repeat_row)
        body.addWidget(self.done_label)

    def repeat_matches(self) -> bool:
        """True when there is nothing to repeat, the password is shown, or both fields agree."""
        if self.repeat is None or self.input is None or not isinstance(self.input, SecretEdit):
            return True
        return self.input.is_shown() or self.input.text() == self.repeat.text()

    def secret_ready(self) -> bool:
        """Whether the step may be ticked as far as its secret goes."""
        if self.step.secret_required and self.input is not None and not self.input.text():
            return False
        return self.repeat_matches()

    def show_mismatch(self) -> None:
        if self.mismatch_label is not None and self.repeat is not None:
            self.mismatch_label.setVisible(
                bool(self.repeat.text()) and not self.repeat.isHidden() and not self.repeat_matches()
            )


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
            if isinstance(row.input, SecretEdit):
                row.input.textChanged.connect(lambda _text, r=row: self._secret_changed(r))
                row.input.shown_changed.connect(lambda _shown, r=row: self._secret_changed(r))
            if row.repeat is not None:
                row.repeat.textChanged.connect(lambda _text, r=row: self._secret_changed(r))
        self.ui.steps_layout.setColumnStretch(1, 1)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)
        self.show_account(account)
        fit_height(self)

    def _done(self, row: _StepRow) -> bool:
        return row.step.key in self.account.checklist

    def _secret_changed(self, row: _StepRow) -> None:
        row.show_mismatch()
        row.button.setEnabled(row.secret_ready() and not self._done(row))

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
            if row.repeat is not None:
                if done:
                    row.repeat.wipe()
                shown = isinstance(row.input, SecretEdit) and row.input.is_shown()
                row.repeat.setVisible(not done and not secured and not shown)
                row.show_mismatch()
            row.button.setVisible(not done and not secured)
            row.button.setEnabled(row.secret_ready())
        total = len(CHECKLIST)
        self.ui.progress_label.setText(
            self.tr("{done} of {total} steps done").format(done=account.steps_done(), total=total)
        )

    def tick(self, key: str) -> bool:
        """Tick one step with what its row holds; True when it was stored."""
        row = self.rows[key]
        if not row.repeat_matches():
            return False  # the button is disabled then; a typo must not become the only password
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
            if row.repeat is not None:
                row.repeat.wipe()
