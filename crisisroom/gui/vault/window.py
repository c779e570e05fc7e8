"""The Vault window: the team's shared social-account logins, their secrets in the OS keychain.

Everything here goes through :class:`~crisisroom.services.vault.VaultService`, so the window and
``crisisroom vault`` behave the same. A secret is fetched from the keychain only when someone
asks for it: revealed for 30 seconds and hidden again, or copied to the clipboard and cleared
after 30 seconds if it is still there. Each reveal, copy, change and rotation is recorded in the
audit trail, and in the crisis log of the incident open in the main window.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QLabel, QMainWindow, QWidget

from crisisroom.domain.clock import format_local
from crisisroom.domain.errors import UserError
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.domain.vault import CHECKLIST, Account, SecretField, check_secret, rotation_age_days
from crisisroom.gui import i18n, prompts, resources_rc, shortcuts  # noqa: F401  (registers the icons)
from crisisroom.gui.context import RoomContext
from crisisroom.gui.export_dialog import ExportDialog
from crisisroom.gui.forms.ui_vault_window import Ui_VaultWindow
from crisisroom.gui.style import muted
from crisisroom.gui.vault.account_dialog import AccountDialog
from crisisroom.gui.vault.account_model import (
    COMPROMISED_COLOUR,
    HANDLE,
    OVERDUE_COLOUR,
    PLATFORM,
    ROTATED,
    AccountTableModel,
)
from crisisroom.gui.vault.clipboard import CLEAR_AFTER_MS, SecretClipboard
from crisisroom.gui.vault.secret_dialog import SecretDialog
from crisisroom.gui.view_state import settings
from crisisroom.gui.widgets.keychain_banner import KeychainBanner
from crisisroom.gui.widgets.secret_edit import monospace_font
from crisisroom.gui.wizard.checklist_dialog import ChecklistDialog
from crisisroom.secrets.errors import KeychainError
from crisisroom.secrets.handover import SUFFIX
from crisisroom.secrets.keychain import Keychain
from crisisroom.services.changes import Changes
from crisisroom.services.vault import Actor, VaultService
from crisisroom.storage.database import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Failure:
    """Why a vault call did not happen (its own type: a secret is a str too, and must never be taken for this)."""

    message: str


REVEAL_MS = 30_000
SEARCH_DELAY_MS = 150
# "{suffix}" is the handover file extension; translated where used.
HANDOVER_FILTER = QT_TRANSLATE_NOOP("VaultWindow", "Crisis Room handover (*{suffix});;All files (*)")


def handover_filter() -> str:
    """The file-dialog filter for handover files, in the interface language."""
    return i18n.label("VaultWindow", HANDOVER_FILTER).format(suffix=SUFFIX)


class VaultWindow(QMainWindow):
    """The shared accounts of one database.

    Args:
        database: the main window's open database (used on the GUI thread only).
        author: who is acting now (the main window's author field).
        incident_id: the incident open in the main window, whose log also records every action.
        keychain: the keychain to use (default: the system's; tests inject one).
        reveal_ms, clipboard_ms: how long a revealed secret stays shown and a copied one stays on
            the clipboard (30 s; tests use less).
    """

    log_written = Signal(str)  # incident id: its crisis log has a new vault-access entry
    accounts_changed = Signal()
    keychain_checked = Signal(bool)

    def __init__(
        self,
        database: Database,
        *,
        author: Callable[[], str],
        incident_id: Callable[[], str | None],
        parent: QWidget | None = None,
        keychain: Keychain | None = None,
        reveal_ms: int = REVEAL_MS,
        clipboard_ms: int = CLEAR_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.service = VaultService(database, keychain)
        self.room = RoomContext.of(self, database, author=author)  # the main window's, when opened from it
        self._author = author
        self._incident_id = incident_id
        self.reveal_ms = reveal_ms
        self.keychain_error: KeychainError | None = None
        self.ui = Ui_VaultWindow()
        self.ui.setupUi(self)
        self.setWindowIcon(QIcon(":/icons/vault.svg"))
        self.clipboard = SecretClipboard(clipboard_ms)
        self.clipboard.cleared.connect(self._clipboard_cleared)
        self.banner = KeychainBanner()
        self.banner.retry_requested.connect(self.check_keychain)
        self.ui.main_layout.insertWidget(0, self.banner)
        self.model = AccountTableModel(self)
        self._revealed: tuple[str, SecretField] | None = None
        self._reveal_deadline = 0.0
        self._reveal_timer = QTimer(self, singleShot=True)
        self._reveal_timer.timeout.connect(self.hide_secret)
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._show_countdown)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.reload())
        self._secret_rows = {
            SecretField.PASSWORD: (
                self.ui.password_label,
                self.ui.password_view,
                self.ui.password_reveal_button,
                self.ui.password_copy_button,
            ),
            SecretField.RECOVERY_CODES: (
                self.ui.codes_label,
                self.ui.codes_view,
                self.ui.codes_reveal_button,
                self.ui.codes_copy_button,
            ),
            SecretField.API_TOKEN: (
                self.ui.token_label,
                self.ui.token_view,
                self.ui.token_reveal_button,
                self.ui.token_copy_button,
            ),
        }
        self._build_view()
        self._build_actions()
        self._connect()
        self._restore_state()
        self.check_keychain()
        self.reload()

    # Construction

    def _build_view(self) -> None:
        view = self.ui.accounts_view
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setAlternatingRowColors(True)
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.setAccessibleName(self.tr("Shared accounts"))
        header = view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((PLATFORM, 100), (HANDLE, 170), (ROTATED, 150)):
            header.resizeSection(column, width)
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([560, 520])
        # The table and the details take the height; the search row and the warnings only what they need.
        self.ui.main_layout.setStretchFactor(self.ui.splitter, 1)
        title = self.ui.title_label.font()
        title.setBold(True)
        title.setPointSizeF(title.pointSizeF() * 1.3)
        self.ui.title_label.setFont(title)
        self.ui.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for value in (self.ui.login_value, self.ui.owners_value, self.ui.notes_value):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for caption in (
            self.ui.login_caption,
            self.ui.url_caption,
            self.ui.owners_caption,
            self.ui.two_factor_caption,
            self.ui.rotated_caption,
            self.ui.notes_caption,
        ):
            muted(caption)
        muted(self.ui.empty_label)
        muted(self.ui.secrets_hint_label)
        for field, (_label, view, reveal, copy) in self._secret_rows.items():
            view.setFont(monospace_font(view.font()))
            name = i18n.label("Vault", field.label)
            view.setAccessibleName(self.tr("{secret} (hidden until revealed)").format(secret=name.capitalize()))
            reveal.setToolTip(
                self.tr("Show the {secret} for {seconds} seconds (recorded)").format(
                    secret=name, seconds=self.reveal_ms // 1000
                )
            )
            copy.setToolTip(
                self.tr("Copy the {secret}; the clipboard is cleared after {seconds} seconds (recorded)").format(
                    secret=name, seconds=self.clipboard.clear_after_ms // 1000
                )
            )
        self.ui.rotation_label.setTextFormat(Qt.TextFormat.RichText)
        self.ui.rotation_label.hide()
        self.keychain_label = QLabel()
        muted(self.keychain_label)
        self.statusBar().addPermanentWidget(self.keychain_label)

    def _action(self, text: str, slot: Callable[[], object], shortcut: shortcuts.Shortcut | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts.assign(action, shortcut)  # the application's one keyboard map: no key means two things
        action.triggered.connect(lambda _=False: slot())
        return action

    def _build_actions(self) -> None:
        self.add_action = self._action(self.tr("&Add account…"), self.add_account, shortcuts.ADD_ACCOUNT)
        self.edit_action = self._action(self.tr("&Edit…"), self.edit_account, shortcuts.EDIT_ACCOUNT)
        self.rotate_action = self._action(self.tr("&Rotate password…"), self.rotate_password, shortcuts.ROTATE_PASSWORD)
        self.compromised_action = self._action(self.tr("&Compromised…"), self.compromised, shortcuts.COMPROMISED)
        self.remove_action = self._action(self.tr("Re&move…"), self.remove_account)
        self.reveal_action = self._action(
            self.tr("Re&veal password"), lambda: self.reveal(SecretField.PASSWORD), shortcuts.REVEAL_PASSWORD
        )
        self.copy_action = self._action(
            self.tr("&Copy password"), lambda: self.copy(SecretField.PASSWORD), shortcuts.COPY_PASSWORD
        )
        self.find_action = self._action(self.tr("&Find"), self._focus_search, shortcuts.FIND)
        self.export_action = self._action(self.tr("Hand &over to another laptop…"), self.export_handover)
        self.import_action = self._action(self.tr("&Import a handover file…"), self.import_handover)
        self.close_action = self._action(self.tr("&Close"), self.close, shortcuts.CLOSE_WINDOW)
        accounts = self.menuBar().addMenu(self.tr("&Accounts"))
        accounts.addActions([self.add_action, self.edit_action, self.rotate_action, self.compromised_action])
        accounts.addSeparator()
        accounts.addActions([self.reveal_action, self.copy_action])
        accounts.addSeparator()
        accounts.addActions([self.find_action, self.remove_action])
        accounts.addSeparator()
        accounts.addAction(self.close_action)
        handover = self.menuBar().addMenu(self.tr("&Handover"))
        handover.addActions([self.export_action, self.import_action])

    def _connect(self) -> None:
        self.ui.search_edit.textChanged.connect(lambda: self._search_timer.start())
        self.ui.add_button.clicked.connect(self.add_account)
        self.ui.edit_button.clicked.connect(self.edit_account)
        self.ui.rotate_button.clicked.connect(self.rotate_password)
        self.ui.compromised_button.clicked.connect(self.compromised)
        self.ui.remove_button.clicked.connect(self.remove_account)
        self.ui.export_button.clicked.connect(self.export_handover)
        self.ui.import_button.clicked.connect(self.import_handover)
        self.ui.rotation_days_spin.editingFinished.connect(self._save_rotation_days)
        self.ui.accounts_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.accounts_view.doubleClicked.connect(lambda _index: self.edit_account())
        for field, (_label, _view, reveal, copy) in self._secret_rows.items():
            reveal.clicked.connect(lambda _=False, f=field: self.reveal(f))
            copy.clicked.connect(lambda _=False, f=field: self.copy(f))

    def _restore_state(self) -> None:
        stored = settings()
        geometry = stored.value("vault/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1100, 640)
        splitter = stored.value("vault/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)

    def _save_state(self) -> None:
        stored = settings()
        stored.setValue("vault/geometry", self.saveGeometry())
        stored.setValue("vault/splitter", self.ui.splitter.saveState())
        stored.sync()

    # State

    def _actor(self) -> Actor:
        return Actor(author=self._author(), incident_id=self._incident_id())

    def current(self) -> Account | None:
        """The selected account."""
        rows = self.ui.accounts_view.selectionModel().selectedRows()
        return self.model.account(rows[0].row()) if rows else None

    def select(self, account_id: str) -> None:
        row = self.model.row_of(account_id)
        if row >= 0:
            self.ui.accounts_view.selectRow(row)

    def check_keychain(self) -> bool:
        """Ask the keychain whether it can be used (it may prompt to unlock); show the banner if not."""
        try:
            with self._busy():
                self.service.keychain.check()
        except KeychainError as exc:
            self.keychain_error = exc
        else:
            self.keychain_error = None
        self.banner.show_problem(self.keychain_error)
        usable = self.keychain_error is None
        self.keychain_label.setText(
            self.tr("Keychain: {keychain}").format(keychain=self.service.keychain.describe())
            if usable
            else self.tr("Keychain: not usable")
        )
        self._update_actions()
        self.keychain_checked.emit(usable)
        return usable

    def reload(self, select: str | None = None) -> None:
        """Refill the table (keeping the selection) and the warnings."""
        keep = select or (self.current().id if self.current() else None)
        accounts = self._run(
            lambda: self.service.accounts(self.ui.search_edit.text()), self.tr("The accounts cannot be read")
        )
        days = self.service.rotation_days()
        self.ui.rotation_days_spin.blockSignals(True)
        self.ui.rotation_days_spin.setValue(days)
        self.ui.rotation_days_spin.blockSignals(False)
        self.model.set_accounts(accounts or [], days)
        if keep:
            self.select(keep)
        self._show_warnings(self.service.accounts())
        self._show_details(self.current())

    def _show_warnings(self, accounts: list[Account]) -> None:
        lines = []
        compromised = [a for a in accounts if a.is_compromised]
        if compromised:
            names = ", ".join(escape(a.label) for a in compromised)
            text = self.tr(
                "<b>⚠ %n account(s) marked compromised:</b> {names}. Open each one and work through its checklist.",
                "",
                len(compromised),
            ).format(names=names)
            lines.append(f"<span style='color:{COMPROMISED_COLOUR.name()}'>{text}</span>")
        overdue = [a for a in self.service.overdue(accounts) if not a.is_compromised]
        if overdue:
            days = self.service.rotation_days()
            names = ", ".join(escape(a.label) for a in overdue)
            text = self.tr(
                "<b>%n password(s) older than {days} days:</b> {names}. Rotate when the crisis allows.",
                "",
                len(overdue),
            ).format(days=days, names=names)
            lines.append(f"<span style='color:{OVERDUE_COLOUR.name()}'>{text}</span>")
        self.ui.rotation_label.setText("<br>".join(lines))
        self.ui.rotation_label.setVisible(bool(lines))

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_details(self.current())

    def _show_details(self, account: Account | None) -> None:
        if self._revealed is not None and (account is None or account.id != self._revealed[0]):
            self.hide_secret()
        self.ui.details_stack.setCurrentIndex(1 if account else 0)
        self._update_actions()
        if account is None:
            return
        d = account.details
        self.ui.title_label.setText(account.label)
        self.ui.login_value.setText(d.login_email or "—")
        url = d.url
        if url.lower().startswith(("https://", "http://")):
            self.ui.url_value.setText(f"<a href='{escape(url, quote=True)}'>{escape(url)}</a>")
        else:
            self.ui.url_value.setText(escape(url) or "—")
        self.ui.owners_value.setText(d.owners or "—")
        self.ui.two_factor_value.setText(i18n.label("Vault", d.two_factor.label))
        self.ui.notes_value.setText(d.notes or "—")
        age = rotation_age_days(account.last_rotated, self.model.now)
        rotated = format_local(account.last_rotated, seconds=False) if account.last_rotated else self.tr("never")
        self.ui.rotated_value.setText(
            self.tr("{when} (%n day(s) ago)", "", age).format(when=rotated) if age is not None else rotated
        )
        status, colour = self.model.status(account), ""
        if account.is_compromised:
            colour = COMPROMISED_COLOUR.name()
            status = self.tr("Marked compromised {when}: {done} of {total} checklist steps done.").format(
                when=format_local(account.compromised_at, seconds=False),
                done=account.steps_done(),
                total=len(CHECKLIST),
            )
        elif status:
            colour = OVERDUE_COLOUR.name()
            status = self.tr("The password is older than {days} days: rotate it when you can.").format(
                days=self.service.rotation_days()
            )
        self.ui.status_label.setText(status)
        self.ui.status_label.setStyleSheet(f"color: {colour}; font-weight: bold;" if colour else "")
        self.ui.status_label.setVisible(bool(status))
        self.ui.compromised_button.setText(
            self.tr("&Checklist…") if account.is_compromised else self.tr("Mark &compromised…")
        )
        for field, widgets in self._secret_rows.items():
            for widget in widgets:
                widget.setVisible(field in account.secrets)
        self.ui.secrets_hint_label.setText(
            self.tr(
                "Kept only in the keychain of this computer. Revealed for {reveal} s; copies are cleared from the "
                "clipboard after {clear} s. Each is recorded."
            ).format(reveal=self.reveal_ms // 1000, clear=self.clipboard.clear_after_ms // 1000)
        )

    def _update_actions(self) -> None:
        account = self.current()
        usable = self.keychain_error is None
        has = account is not None
        for widget in (self.add_action, self.ui.add_button, self.import_action, self.ui.import_button):
            widget.setEnabled(usable)
        for widget in (self.export_action, self.ui.export_button):
            widget.setEnabled(usable and self.model.rowCount() > 0)
        for widget in (self.rotate_action, self.ui.rotate_button, self.reveal_action, self.copy_action):
            widget.setEnabled(usable and has)
        for widget in (
            self.edit_action,
            self.ui.edit_button,
            self.compromised_action,
            self.ui.compromised_button,
        ):
            widget.setEnabled(has)
        self.remove_action.setEnabled(usable and has)
        self.ui.remove_button.setEnabled(usable and has)
        for _label, _view, reveal, copy in self._secret_rows.values():
            reveal.setEnabled(usable)
            copy.setEnabled(usable)
        unusable_tip = self.tr("The keychain cannot be used; see the message at the top of the window.")
        for button in (self.ui.add_button, self.ui.rotate_button, self.ui.import_button):
            button.setToolTip("" if usable else unusable_tip)

    # Secrets on screen and on the clipboard

    def reveal(self, field: SecretField) -> str | None:
        """Show a secret for ``reveal_ms``; clicking again hides it at once."""
        account = self.current()
        if account is None or field not in account.secrets:
            return None
        if self._revealed == (account.id, field):
            self.hide_secret()
            return None
        secret = self._secret(account, field, copy=False)
        if secret is None:
            return None
        self.hide_secret()
        view = self._secret_rows[field][1]
        view.setText(secret)
        view.setCursorPosition(0)
        self._revealed = (account.id, field)
        self._reveal_deadline = time.monotonic() + self.reveal_ms / 1000
        self._reveal_timer.start(self.reveal_ms)
        self._countdown.start()
        self._show_countdown()
        return secret

    def hide_secret(self) -> None:
        """Take a revealed secret off the screen."""
        self._reveal_timer.stop()
        self._countdown.stop()
        self._revealed = None
        for _label, view, reveal, _copy in self._secret_rows.values():
            view.clear()
            reveal.setText(self.tr("Reveal"))

    def _show_countdown(self) -> None:
        if self._revealed is None:
            return
        left = max(1, round(self._reveal_deadline - time.monotonic()))
        self._secret_rows[self._revealed[1]][2].setText(self.tr("Hide ({seconds} s)").format(seconds=left))

    def copy(self, field: SecretField) -> bool:
        """Copy a secret to the clipboard, cleared after the timeout if it is still there."""
        account = self.current()
        if account is None or field not in account.secrets:
            return False
        secret = self._secret(account, field, copy=True)
        if secret is None:
            return False
        self.clipboard.copy(secret)
        seconds = self.clipboard.clear_after_ms // 1000
        self.statusBar().showMessage(
            self.tr("{secret} of {account} copied; the clipboard is cleared in {seconds} s.").format(
                secret=i18n.label("Vault", field.label).capitalize(), account=account.label, seconds=seconds
            ),
            self.clipboard.clear_after_ms,
        )
        return True

    def _clipboard_cleared(self, was_ours: bool) -> None:
        if was_ours:
            self.statusBar().showMessage(self.tr("The clipboard was cleared."), 5000)

    def _secret(self, account: Account, field: SecretField, *, copy: bool) -> str | None:
        actor = self._actor()
        secret = self._run(
            lambda: self.service.reveal(account.id, actor, field, copy=copy),
            (self.tr("The {secret} was not copied") if copy else self.tr("The {secret} was not shown")).format(
                secret=i18n.label("Vault", field.label)
            ),
        )
        if secret is not None:
            self._after_write(actor)
        return secret

    # Changes

    def add_account(self) -> AccountDialog | None:
        if not self._usable():
            return None
        dialog = AccountDialog(self, save=self._save_new)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _save_new(self, dialog: AccountDialog) -> str | None:
        actor = self._actor()
        outcome = self._attempt(
            lambda: self.service.add(dialog.details(), dialog.secrets(), actor, rotated_at=dialog.rotated_at())
        )
        if isinstance(outcome, Failure):
            return outcome.message
        self._after_write(actor, select=outcome.id)
        self.statusBar().showMessage(self.tr("Added {account}.").format(account=outcome.label), 5000)
        return None

    def edit_account(self) -> AccountDialog | None:
        account = self.current()
        if account is None:
            return None
        dialog = AccountDialog(self, account=account, save=lambda d: self._save_edit(account, d))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _save_edit(self, account: Account, dialog: AccountDialog) -> str | None:
        actor = self._actor()
        outcome = self._attempt(lambda: self.service.edit(account.id, dialog.details(), dialog.secrets(), actor))
        if isinstance(outcome, Failure):
            return outcome.message
        self._after_write(actor, select=account.id)
        return None

    def rotate_password(self) -> SecretDialog | None:
        account = self.current()
        if account is None or not self._usable():
            return None
        dialog = SecretDialog(
            self,
            title=self.tr("Rotate the password of {account}").format(account=account.label),
            explanation=self.tr(
                "Change the password on {platform} first, then store the new one here. "
                "It replaces the old one in the keychain, and the rotation is recorded."
            ).format(platform=account.details.platform),
            label=self.tr("&New password:"),
            action=self.tr("Store new password"),
            check=lambda s: check_secret(SecretField.PASSWORD, s),
            save=lambda s: self._save_rotation(account, s),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _save_rotation(self, account: Account, secret: str) -> str | None:
        actor = self._actor()
        outcome = self._attempt(lambda: self.service.rotate(account.id, secret, actor))
        if isinstance(outcome, Failure):
            return outcome.message
        self._after_write(actor, select=account.id)
        self.statusBar().showMessage(
            self.tr("Stored the new password of {account}.").format(account=account.label), 5000
        )
        return None

    def remove_account(self) -> bool:
        account = self.current()
        if account is None or not self._usable():
            return False
        if not prompts.confirm(
            self,
            self.tr("Remove shared account"),
            self.tr(
                "Remove {account} from Crisis Room and delete its secrets from the keychain?\n\n"
                "This cannot be undone. The audit trail keeps a record that it was removed."
            ).format(account=account.label),
            self.tr("Remove"),
        ):
            return False
        actor = self._actor()
        if self._run(lambda: self.service.remove(account.id, actor), self.tr("The account was not removed")) is None:
            return False
        self._after_write(actor)
        self.statusBar().showMessage(self.tr("Removed {account}.").format(account=account.label), 5000)
        return True

    def compromised(self) -> ChecklistDialog | None:
        """Mark the account compromised (asking first), then open its checklist."""
        account = self.current()
        if account is None:
            return None
        if not account.is_compromised:
            note = prompts.get_text(
                self,
                self.tr("Mark as compromised"),
                self.tr(
                    "Mark {account} as compromised and start the checklist to secure it?\n"
                    "What happened (optional, goes into the audit trail):"
                ).format(account=account.label),
            )
            if note is None:
                return None
            actor = self._actor()
            marked = self._run(
                lambda: self.service.mark_compromised(account.id, actor, note), self.tr("Nothing was marked")
            )
            if marked is None:
                return None
            self._after_write(actor, select=account.id)
            account = marked
        dialog = ChecklistDialog(account, lambda key, secret, value: self._tick(account.id, key, secret, value), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _tick(self, account_id: str, key: str, secret: str | None, value: str | None) -> Account | str:
        actor = self._actor()
        outcome = self._attempt(lambda: self.service.tick(account_id, key, actor, secret=secret, value=value))
        if isinstance(outcome, Failure):
            prompts.error(self, self.tr("The step was not ticked"), outcome.message)
            return outcome.message
        self._after_write(actor, select=account_id)
        return outcome

    def _save_rotation_days(self) -> None:
        days = self.ui.rotation_days_spin.value()
        if days != self.service.rotation_days():
            self._run(lambda: self.service.set_rotation_days(days), self.tr("The setting was not saved"))
            self.reload()

    # Handover

    def export_handover(self) -> ExportDialog | None:
        if not self._usable():
            return None
        current = self.current()
        dialog = ExportDialog(
            self.service.accounts(),
            self,
            selected=[current.id] if current else [],
            save=self._save_export,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _save_export(self, ids: list[str], passphrase: str) -> str | None:
        suggested = Path.home() / f"crisisroom-handover-{date.today().isoformat()}{SUFFIX}"
        path = prompts.save_path(
            self,
            self.tr("Save the handover file"),
            suggested,
            handover_filter(),
        )
        if path is None:
            return self.tr("No file was written.")
        if not path.name.endswith(SUFFIX) and not path.suffix:
            path = path.with_name(path.name + SUFFIX)
        actor = self._actor()
        outcome = self._attempt(lambda: self.service.export_handover(ids, path, passphrase, actor))
        if isinstance(outcome, Failure):
            return outcome.message
        self._after_write(actor)
        self.statusBar().showMessage(
            self.tr("Wrote %n account(s) to {path}. Give the passphrase separately.", "", len(outcome)).format(
                path=path
            ),
            15_000,
        )
        return None

    def import_handover(self) -> SecretDialog | None:
        if not self._usable():
            return None
        path = prompts.open_path(
            self,
            self.tr("Import a handover file"),
            Path.home(),
            handover_filter(),
        )
        if path is None:
            return None
        dialog = SecretDialog(
            self,
            title=self.tr("Import a handover file"),
            explanation=self.tr(
                "Type the passphrase of {file}. Its accounts go into this computer's keychain; an account "
                "that is already here gets the file's details and secrets."
            ).format(file=path.name),
            label=self.tr("&Passphrase:"),
            action=self.tr("Import"),
            repeat=False,
            save=lambda passphrase: self._save_import(path, passphrase),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _save_import(self, path: Path, passphrase: str) -> str | None:
        actor = self._actor()
        outcome = self._attempt(lambda: self.service.import_handover(path, passphrase, actor))
        if isinstance(outcome, Failure):
            return outcome.message
        first = (outcome.added or outcome.updated)[0].id if (outcome.added or outcome.updated) else None
        self._after_write(actor, select=first)
        self.statusBar().showMessage(
            self.tr("Imported %n new account(s) and {updated} updated from {file}.", "", len(outcome.added)).format(
                updated=len(outcome.updated), file=path.name
            ),
            15_000,
        )
        return None

    # Plumbing

    def _usable(self) -> bool:
        """Re-check a keychain that was unusable before an action that needs it."""
        return self.keychain_error is None or self.check_keychain()

    @contextmanager
    def _busy(self) -> Iterator[None]:
        """A wait cursor while the keychain answers (it may be showing an unlock prompt)."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            yield
        finally:
            QApplication.restoreOverrideCursor()

    def _attempt(self, fn: Callable[[], T]) -> T | Failure:
        """Run a vault call; a known problem comes back as a Failure (and updates the banner)."""
        try:
            with self._busy():
                return fn()
        except KeychainError as exc:
            self.keychain_error = exc
            self.banner.show_problem(exc)
            self._update_actions()
            return Failure(str(exc))
        except UserError as exc:
            return Failure(str(exc))

    def _run(self, fn: Callable[[], T], title: str) -> T | None:
        """Run a vault call; a known problem becomes a message box and nothing changes."""
        outcome = self._attempt(fn)
        if isinstance(outcome, Failure):
            prompts.error(self, title, outcome.message)
            return None
        return outcome

    def _after_write(self, actor: Actor, select: str | None = None) -> None:
        self.reload(select=select)
        self.accounts_changed.emit()
        # The vault's service keeps its own guard (the keychain's banner): the room is told here.
        self.room.tell(Changes.VAULT | (Changes.LOG if actor.incident_id else Changes.NONE), actor.incident_id)
        if actor.incident_id is not None:
            self.log_written.emit(actor.incident_id)

    def _focus_search(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        # A minimised window keeps nothing revealed (KeePassXC hides on minimise and lock too).
        if event.type() == QEvent.Type.WindowStateChange and self.isMinimized():
            self.hide_secret()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._search_timer.stop()
        self.hide_secret()
        self._save_state()
        super().closeEvent(event)


def open_vault_window(
    parent: QWidget,
    database: Database,
    *,
    author: Callable[[], str],
    incident_id: Callable[[], str | None],
    on_log_written: Callable[[str], object] | None = None,
) -> VaultWindow:
    """Show the parent's Vault window, creating it on first use (one per main window).

    Args:
        on_log_written: called with the incident id after the vault wrote to that incident's log
            (the main window hears of it through its room, ``RoomContext.changed``).
    """
    window = parent.findChild(VaultWindow)
    if window is None:
        window = VaultWindow(database, author=author, incident_id=incident_id, parent=parent)
        if on_log_written is not None:
            window.log_written.connect(on_log_written)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
