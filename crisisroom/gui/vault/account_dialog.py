"""Add or edit a shared account: its details, and its secrets in KeePassXC-style fields.

Editing never loads the stored secrets into the dialog (that would be an unrecorded reveal): the
secret fields start empty, and only what is typed replaces what the keychain holds. Every secret
field is wiped when the dialog closes, whichever way it closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crisisroom.domain.clock import to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import sentence
from crisisroom.domain.vault import Account, AccountDetails, SecretField, TwoFactor, check_secret
from crisisroom.gui import i18n
from crisisroom.gui.forms.ui_account_dialog import Ui_AccountDialog
from crisisroom.gui.style import fit_height, muted
from crisisroom.gui.widgets.secret_edit import SecretEdit
from crisisroom.secrets.advice import keychain_name

PLATFORMS = (
    "Instagram",
    "X",
    "Facebook",
    "TikTok",
    "LinkedIn",
    "YouTube",
    "Threads",
    "Bluesky",
    "Mastodon",
    "Reddit",
    "Pinterest",
    "Snapchat",
    "WhatsApp Business",
    "Google Business Profile",
)
ERROR_STYLE = "color: #c0392b;"


class AccountDialog(QDialog):
    """Collects an account's details and secrets; ``details()`` and ``secrets()`` return them checked.

    Args:
        account: the account to edit (None: a new one).
        save: stores what was typed; returns None on success or the reason it failed, in which case
            the dialog stays open with everything still typed in, so nothing has to be typed twice.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        account: Account | None = None,
        save: Callable[[AccountDialog], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.account = account
        self._save = save
        self.ui = Ui_AccountDialog()
        self.ui.setupUi(self)
        self.ui.platform_combo.addItems(PLATFORMS)
        for method in TwoFactor:
            self.ui.two_factor_combo.addItem(i18n.label("Vault", method.label), method.value)
        self.ui.error_label.setStyleSheet(ERROR_STYLE)
        self.ui.error_label.hide()
        muted(self.ui.secrets_hint_label)
        today = QDate.currentDate()
        self.ui.rotated_edit.setMaximumDate(today)
        self.ui.rotated_edit.setDate(today)
        self._secret_edits = (self.ui.password_edit, self.ui.repeat_edit, self.ui.codes_edit, self.ui.token_edit)
        self.ui.password_edit.setAccessibleName(self.tr("Password"))
        self.ui.repeat_edit.setAccessibleName(self.tr("Repeat the password"))
        self.ui.repeat_edit.toggle_action.setVisible(False)  # shown or hidden with the field it repeats
        self.ui.codes_edit.setAccessibleName(self.tr("Recovery codes"))
        self.ui.token_edit.setAccessibleName(self.tr("API token"))
        # KeePassXC's habit: the repeat field is there while the password is hidden, and goes when shown.
        self.ui.password_edit.shown_changed.connect(self._password_shown)
        self.ui.password_edit.textChanged.connect(self._update)
        self.ui.repeat_edit.textChanged.connect(self._update)
        self.ui.handle_edit.textChanged.connect(self._update)
        self.ui.platform_combo.editTextChanged.connect(self._update)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        where = keychain_name()
        if account is None:
            ok.setText(self.tr("Add account"))
            self.ui.platform_combo.setCurrentIndex(-1)
            self.ui.platform_combo.setEditText("")
            self.ui.secrets_hint_label.setText(
                self.tr(
                    "Stored only in the {keychain} of this computer, never in Crisis Room's files or backups. "
                    "At least one secret is needed."
                ).format(keychain=where)
            )
        else:
            self.setWindowTitle(self.tr("Edit {account}").format(account=account.label))
            ok.setText(self.tr("Save"))
            self._fill(account)
            self.ui.rotated_label.hide()
            self.ui.rotated_edit.hide()
            for edit in self._secret_edits:
                edit.setPlaceholderText(self.tr("Unchanged"))
            self.ui.secrets_hint_label.setText(
                self.tr(
                    "Leave a field empty to keep what the {keychain} holds. A new password counts as a rotation."
                ).format(keychain=where)
            )
        self._update()
        fit_height(self)

    def _fill(self, account: Account) -> None:
        d = account.details
        self.ui.platform_combo.setEditText(d.platform)
        self.ui.handle_edit.setText(d.handle)
        self.ui.login_edit.setText(d.login_email)
        self.ui.url_edit.setText(d.url)
        self.ui.owners_edit.setText(d.owners)
        self.ui.notes_edit.setPlainText(d.notes)
        self.ui.two_factor_combo.setCurrentIndex(self.ui.two_factor_combo.findData(d.two_factor.value))

    def _password_shown(self, shown: bool) -> None:
        self.ui.repeat_label.setVisible(not shown)
        self.ui.repeat_edit.setVisible(not shown)
        self._update()

    def _repeat_matches(self) -> bool:
        return self.ui.password_edit.is_shown() or self.ui.password_edit.text() == self.ui.repeat_edit.text()

    def _update(self) -> None:
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        filled = bool(self.ui.platform_combo.currentText().strip() and self.ui.handle_edit.text().strip())
        ok.setEnabled(filled)
        mismatch = bool(self.ui.repeat_edit.text()) and not self._repeat_matches()
        self.ui.repeat_edit.setStyleSheet("QLineEdit { border: 1px solid #c0392b; }" if mismatch else "")
        self.ui.repeat_edit.setToolTip(self.tr("The two passwords differ") if mismatch else "")

    def details(self) -> AccountDetails:
        """The details typed, checked.

        Raises:
            InvalidInputError: naming what to fix.
        """
        return AccountDetails(
            platform=self.ui.platform_combo.currentText(),
            handle=self.ui.handle_edit.text(),
            login_email=self.ui.login_edit.text(),
            url=self.ui.url_edit.text(),
            owners=self.ui.owners_edit.text(),
            notes=self.ui.notes_edit.toPlainText(),
            two_factor=TwoFactor(self.ui.two_factor_combo.currentData() or TwoFactor.UNKNOWN.value),
        ).cleaned()

    def secrets(self) -> dict[SecretField, str]:
        """The secrets typed (empty fields left out), checked.

        Raises:
            InvalidInputError: the passwords differ, or a secret cannot be kept.
        """
        if not self._repeat_matches():
            raise InvalidInputError("the two passwords differ; type them again")
        typed = {
            SecretField.PASSWORD: self.ui.password_edit.text(),
            SecretField.RECOVERY_CODES: self.ui.codes_edit.text(),
            SecretField.API_TOKEN: self.ui.token_edit.text(),
        }
        secrets = {f: check_secret(f, value) for f, value in typed.items() if value}
        if self.account is None and not secrets:
            raise InvalidInputError("give at least one secret: a password, recovery codes or an API token")
        return secrets

    def rotated_at(self) -> str | None:
        """When the password was last changed, if the person said it was before today."""
        date = self.ui.rotated_edit.date()
        if self.account is not None or date >= QDate.currentDate():
            return None
        moment = QDateTime(date, QTime(12, 0)).toPython().astimezone()
        return to_iso(moment)

    def accept(self) -> None:
        """Check everything first; the dialog stays open (with what was typed) until it is usable."""
        try:
            self.details()
            self.secrets()
        except InvalidInputError as exc:
            self.show_error(str(exc))
            return
        problem = self._save(self) if self._save is not None else None
        if problem:
            self.show_error(problem)
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(sentence(text))
        self.ui.error_label.show()
        fit_height(self)

    def done(self, result: int) -> None:
        """However the dialog closes, the typed secrets are wiped (after the owner has read them)."""
        super().done(result)
        self.wipe()

    def wipe(self) -> None:
        for edit in self._secret_edits:
            assert isinstance(edit, SecretEdit)
            edit.wipe()
