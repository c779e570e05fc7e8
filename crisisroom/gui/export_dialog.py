"""Hand accounts over: choose them and a passphrase; the window then asks where to save the file."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import sentence
from crisisroom.domain.vault import MIN_PASSPHRASE_LENGTH, Account, check_passphrase
from crisisroom.gui.forms.ui_export_dialog import Ui_ExportDialog
from crisisroom.gui.style import muted
from crisisroom.gui.vault.account_dialog import ERROR_STYLE

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ExportDialog(QDialog):
    """The accounts to hand over and the passphrase that protects the file.

    Args:
        save: writes the file for (account ids, passphrase); returns None on success or why it failed.
    """

    def __init__(
        self,
        accounts: Sequence[Account],
        parent: QWidget | None = None,
        *,
        selected: Sequence[str] = (),
        save: Callable[[list[str], str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self._save = save
        for account in accounts:
            item = QListWidgetItem(f"{account.label}    {account.details.login_email}".rstrip())
            item.setData(ID_ROLE, account.id)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Checked if account.id in selected else Qt.CheckState.Unchecked)
            self.ui.accounts_list.addItem(item)
        self.ui.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.ui.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.ui.repeat_edit.toggle_action.setVisible(False)  # shown or hidden with the field it repeats
        self.ui.hint_label.setText(
            self.tr(
                "At least {count} characters. Four or five random words are easy to read out and hard to guess."
            ).format(count=MIN_PASSPHRASE_LENGTH)
        )
        muted(self.ui.hint_label)
        self.ui.error_label.setStyleSheet(ERROR_STYLE)
        self.ui.error_label.hide()
        self.ui.all_check.toggled.connect(self._check_all)
        self.ui.accounts_list.itemChanged.connect(lambda _item: self._update())
        self.ui.passphrase_edit.textChanged.connect(self._update)
        self.ui.passphrase_edit.shown_changed.connect(self._show_repeat)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save handover file…"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._update()

    def _check_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.ui.accounts_list.count()):
            self.ui.accounts_list.item(row).setCheckState(state)

    def _show_repeat(self, shown: bool) -> None:
        self.ui.repeat_label.setVisible(not shown)
        self.ui.repeat_edit.setVisible(not shown)

    def chosen(self) -> list[str]:
        """The ids of the ticked accounts."""
        items = (self.ui.accounts_list.item(row) for row in range(self.ui.accounts_list.count()))
        return [item.data(ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _update(self) -> None:
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.chosen()) and bool(self.ui.passphrase_edit.text()))

    def accept(self) -> None:
        passphrase = self.ui.passphrase_edit.text()
        try:
            if self.ui.repeat_edit.isVisible() and self.ui.repeat_edit.text() != passphrase:
                raise InvalidInputError("the two passphrases differ; type them again")
            check_passphrase(passphrase)
        except InvalidInputError as exc:
            self.show_error(str(exc))
            return
        problem = self._save(self.chosen(), passphrase) if self._save is not None else None
        if problem:
            self.show_error(problem)
            return
        super().accept()

    def show_error(self, text: str) -> None:
        self.ui.error_label.setText(sentence(text))
        self.ui.error_label.show()

    def done(self, result: int) -> None:
        super().done(result)
        self.ui.passphrase_edit.wipe()
        self.ui.repeat_edit.wipe()
