"""Ask for one secret: a new password (rotation) or the passphrase of a handover file."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import sentence
from crisisroom.gui.forms.ui_secret_dialog import Ui_SecretDialog
from crisisroom.gui.vault.account_dialog import ERROR_STYLE


class SecretDialog(QDialog):
    """One secret field (and a repeat field while it is hidden, when ``repeat``), wiped on close.

    Args:
        check: validates the secret (raises InvalidInputError) before ``save`` sees it.
        save: uses the secret; returns None on success or why it failed (the dialog then stays open).
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        title: str,
        explanation: str,
        label: str,
        action: str,
        repeat: bool = True,
        check: Callable[[str], object] | None = None,
        save: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_SecretDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.explain_label.setText(explanation)
        self.ui.secret_label.setText(label)
        self.ui.secret_edit.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.ui.repeat_edit.setAccessibleName(self.tr("Repeat"))
        self.ui.repeat_edit.toggle_action.setVisible(False)  # shown or hidden with the field it repeats
        self.ui.error_label.setStyleSheet(ERROR_STYLE)
        self.ui.error_label.hide()
        self._repeat = repeat
        self._check = check
        self._save = save
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(action)
        ok.setEnabled(False)
        self.ui.secret_edit.textChanged.connect(lambda text: ok.setEnabled(bool(text)))
        self.ui.secret_edit.shown_changed.connect(lambda _shown: self._show_repeat())
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._show_repeat()
        self.ui.secret_edit.setFocus()

    def _show_repeat(self) -> None:
        visible = self._repeat and not self.ui.secret_edit.is_shown()
        self.ui.repeat_label.setVisible(visible)
        self.ui.repeat_edit.setVisible(visible)

    def secret(self) -> str:
        return self.ui.secret_edit.text()

    def accept(self) -> None:
        secret = self.secret()
        try:
            if self.ui.repeat_edit.isVisible() and self.ui.repeat_edit.text() != secret:
                raise InvalidInputError("the two entries differ; type them again")
            if self._check is not None:
                self._check(secret)
        except InvalidInputError as exc:
            self.show_error(str(exc))
            return
        problem = self._save(secret) if self._save is not None else None
        if problem:
            self.show_error(problem)
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(sentence(text))
        self.ui.error_label.show()

    def done(self, result: int) -> None:
        super().done(result)
        self.ui.secret_edit.wipe()
        self.ui.repeat_edit.wipe()
