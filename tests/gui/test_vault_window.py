"""The Vault window as a person uses it, with the in-memory keyring and short timeouts."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot

from crisisroom.domain.clock import now_utc, to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.domain.vault import AccountDetails, SecretField
from crisisroom.gui import prompts
from crisisroom.gui.export_dialog import ExportDialog
from crisisroom.gui.vault.account_dialog import AccountDialog
from crisisroom.gui.vault.secret_dialog import SecretDialog
from crisisroom.gui.vault.window import VaultWindow
from crisisroom.gui.widgets.secret_edit import SecretEdit
from crisisroom.gui.wizard.checklist_dialog import ChecklistDialog
from crisisroom.secrets import handover
from crisisroom.secrets.keychain import SERVICE
from crisisroom.services.vault import Actor, VaultService
from crisisroom.storage import incidents, log, vault
from crisisroom.storage.database import Database
from tests.conftest import MemoryKeyring
from tests.vault_support import PLANTED, LockedKeyring

SHORT_MS = 300
PASSPHRASE = "correct horse battery staple"


class Room:
    """What the main window would pass: the author and the open incident."""

    def __init__(self) -> None:
        self.author = "Maya"
        self.incident: str | None = None


@pytest.fixture
def room() -> Room:
    return Room()


@pytest.fixture
def make_window(qtbot: QtBot, database: Database, room: Room) -> Iterator[Callable[[], VaultWindow]]:
    made: list[VaultWindow] = []

    def make() -> VaultWindow:
        window = VaultWindow(
            database,
            author=lambda: room.author,
            incident_id=lambda: room.incident,
            reveal_ms=SHORT_MS,
            clipboard_ms=SHORT_MS,
        )
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        made.append(window)
        return window

    yield make
    for window in made:
        window.clipboard.clear_now()


def _add(database: Database, **kwargs: object) -> str:
    secrets = {SecretField.PASSWORD: PLANTED}
    details = AccountDetails("Instagram", "@brand", "social@brand.example", owners="Sofia")
    return VaultService(database).add(details, secrets, Actor("Maya"), **kwargs).id  # type: ignore[arg-type]


def _ok(dialog: AccountDialog | SecretDialog | ExportDialog) -> None:
    dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).click()


def test_secret_fields_are_monospace_hidden_with_a_show_toggle_and_wiped(qtbot: QtBot) -> None:
    edit = SecretEdit()
    qtbot.addWidget(edit)
    assert QFontInfo(edit.font()).fixedPitch()
    assert edit.echoMode() == QLineEdit.EchoMode.Password and not edit.is_shown()
    qtbot.keyClicks(edit, PLANTED)
    edit.toggle_action.trigger()
    assert edit.echoMode() == QLineEdit.EchoMode.Normal and edit.toggle_action.toolTip() == "Hide the secret"
    edit.toggle_action.trigger()
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    edit.wipe()
    edit.undo()  # the undo history held the typed secret too
    assert edit.text() == "" and not edit.is_shown()


def test_adding_an_account_through_the_dialog(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], memory_keyring: MemoryKeyring, database: Database
) -> None:
    window = make_window()
    assert window.banner.isHidden() and window.ui.add_button.isEnabled()
    qtbot.mouseClick(window.ui.add_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AccountDialog)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no platform, no handle yet
    qtbot.keyClicks(dialog.ui.platform_combo.lineEdit(), "TikTok")
    qtbot.keyClicks(dialog.ui.handle_edit, "@brand")
    qtbot.keyClicks(dialog.ui.login_edit, "social@brand.example")
    qtbot.keyClicks(dialog.ui.password_edit, PLANTED)
    qtbot.keyClicks(dialog.ui.repeat_edit, PLANTED + "x")
    _ok(dialog)
    assert dialog.isVisible() and "differ" in dialog.ui.error_label.text()
    assert memory_keyring.items == {}
    dialog.ui.password_edit.toggle_action.trigger()  # shown: the repeat field goes away
    assert dialog.ui.repeat_edit.isHidden()
    _ok(dialog)
    assert not dialog.isVisible()
    (account,) = VaultService(database).accounts()
    assert (account.details.platform, account.details.handle) == ("TikTok", "@brand")
    assert memory_keyring.items == {(SERVICE, f"{account.id}:password"): PLANTED}
    assert window.current() is not None and window.current().id == account.id


def test_the_dialog_wipes_its_secrets_however_it_closes(qtbot: QtBot) -> None:
    dialog = AccountDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    for edit in (dialog.ui.password_edit, dialog.ui.repeat_edit, dialog.ui.codes_edit, dialog.ui.token_edit):
        edit.setText(PLANTED)
    dialog.ui.password_edit.set_shown(True)
    dialog.reject()
    for edit in (dialog.ui.password_edit, dialog.ui.repeat_edit, dialog.ui.codes_edit, dialog.ui.token_edit):
        assert edit.text() == "" and not edit.is_shown()


def test_a_failed_save_keeps_the_dialog_open_with_what_was_typed(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database
) -> None:
    window = make_window()
    dialog = window.add_account()
    assert dialog is not None
    dialog.ui.platform_combo.setEditText("X")
    dialog.ui.handle_edit.setText("@brand")
    dialog.ui.password_edit.setText("x" * 1001)
    dialog.ui.repeat_edit.setText("x" * 1001)
    _ok(dialog)
    assert dialog.isVisible() and "at most 1,000" in dialog.ui.error_label.text()
    keyring.set_keyring(LockedKeyring())
    dialog.ui.password_edit.setText(PLANTED)
    dialog.ui.repeat_edit.setText(PLANTED)
    _ok(dialog)
    assert dialog.isVisible() and "locked" in dialog.ui.error_label.text()
    assert dialog.ui.password_edit.text() == PLANTED  # nothing to type again once it is unlocked
    assert window.banner.isVisible() and VaultService(database).accounts() == []


def test_reveal_shows_the_secret_then_hides_it_and_records_it(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database, room: Room, crisisroom_home: Path
) -> None:
    account_id = _add(database)
    room.incident = incidents.create(database, "Takeover", category=Category.SECURITY_BREACH, author="Maya").id
    window = make_window()
    window.select(account_id)
    view, button = window.ui.password_view, window.ui.password_reveal_button
    assert view.text() == "" and view.placeholderText().startswith("•")
    assert QFontInfo(view.font()).fixedPitch()
    with qtbot.waitSignal(window.log_written) as written:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert written.args == [room.incident]
    assert view.text() == PLANTED and button.text().startswith("Hide (")
    qtbot.waitUntil(lambda: view.text() == "", timeout=3000)
    assert button.text() == "Reveal"
    records = vault.audit_trail(database)
    assert (records[0].action, records[0].author, records[0].incident_id) == ("reveal", "Maya", room.incident)
    entries = [e for e in log.entries(database, room.incident) if e.kind == Kind.VAULT_ACCESS]
    assert [e.text for e in entries] == ["Password of Instagram @brand revealed on screen"]
    # Clicking again while shown hides at once; choosing another account hides too.
    window.reveal(SecretField.PASSWORD)
    window.reveal(SecretField.PASSWORD)
    assert view.text() == ""
    window.reveal(SecretField.PASSWORD)
    window.ui.accounts_view.clearSelection()
    assert view.text() == ""
    window.close()
    for path in crisisroom_home.rglob("*"):
        if path.is_file():
            assert PLANTED.encode() not in path.read_bytes(), path


def test_copy_clears_the_clipboard_after_the_timeout(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database
) -> None:
    account_id = _add(database)
    window = make_window()
    window.select(account_id)
    clipboard = QGuiApplication.clipboard()
    with qtbot.waitSignal(window.clipboard.cleared, timeout=3000) as cleared:
        qtbot.mouseClick(window.ui.password_copy_button, Qt.MouseButton.LeftButton)
        assert clipboard.text() == PLANTED and window.clipboard.holds_secret
        hint = clipboard.mimeData().data("x-kde-passwordManagerHint").data()
        assert hint == b"secret"  # clipboard managers are asked not to keep it
    assert cleared.args == [True] and clipboard.text() == ""
    assert vault.audit_trail(database)[0].action == "copy"


def test_copy_leaves_the_clipboard_alone_when_something_else_was_copied(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database
) -> None:
    account_id = _add(database)
    window = make_window()
    window.select(account_id)
    assert window.copy(SecretField.PASSWORD)
    QGuiApplication.clipboard().setText("the holding statement draft")
    with qtbot.waitSignal(window.clipboard.cleared, timeout=3000) as cleared:
        pass
    assert cleared.args == [False]
    assert QGuiApplication.clipboard().text() == "the holding statement draft"


def test_the_clipboard_is_cleared_on_time_after_the_window_closes(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database
) -> None:
    account_id = _add(database)
    window = make_window()
    window.select(account_id)
    window.copy(SecretField.PASSWORD)
    guard = window.clipboard
    window.close()  # closing the vault to paste elsewhere must not leave the secret there for good
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
    assert not guard.holds_secret


@pytest.mark.parametrize("backend", [fail.Keyring(), LockedKeyring()], ids=["fail-backend", "locked"])
def test_an_unusable_keychain_shows_a_banner_with_the_fix_and_stores_nothing(
    qtbot: QtBot,
    make_window: Callable[[], VaultWindow],
    database: Database,
    memory_keyring: MemoryKeyring,
    backend: keyring.backend.KeyringBackend,
) -> None:
    account_id = _add(database)  # added while the keychain worked
    keyring.set_keyring(backend)
    window = make_window()
    window.select(account_id)
    text = window.banner.text_label.text()
    assert window.banner.isVisible() and window.keychain_error is not None
    assert window.keychain_error.fix in text.replace("&#x27;", "'") and "CRISISROOM_KEYRING_BACKEND" in text
    for widget in (window.ui.add_button, window.ui.password_reveal_button, window.ui.password_copy_button):
        assert not widget.isEnabled()
    prompts.set_next_answer(None)  # the buttons are disabled; a call through the menu refuses too
    assert window.reveal(SecretField.PASSWORD) is None
    assert prompts.shown[-1][0] == "The password was not shown" and PLANTED not in prompts.shown[-1][1]
    assert window.ui.password_view.text() == "" and memory_keyring.items  # the secret stays where it was
    # Fixed (unlocked, installed): "Try again" hides the banner.
    keyring.set_keyring(memory_keyring)
    qtbot.mouseClick(window.banner.retry_button, Qt.MouseButton.LeftButton)
    assert window.banner.isHidden() and window.ui.add_button.isEnabled()


def test_revealing_with_a_keychain_that_locked_meanwhile_says_so(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database
) -> None:
    account_id = _add(database)
    window = make_window()
    window.select(account_id)
    keyring.set_keyring(LockedKeyring())
    prompts.set_next_answer(None)
    assert window.reveal(SecretField.PASSWORD) is None
    title, text = prompts.shown[-1]
    assert title == "The password was not shown" and "locked" in text and PLANTED not in text
    assert window.banner.isVisible() and window.ui.password_view.text() == ""


def test_the_compromised_checklist_ticks_store_and_log(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database, room: Room, memory_keyring: MemoryKeyring
) -> None:
    account_id = _add(database)
    room.incident = incidents.create(database, "Takeover", category=Category.SECURITY_BREACH, author="Maya").id
    window = make_window()
    window.select(account_id)
    prompts.set_next_answer("Posts we did not write at 09:40")
    dialog = window.compromised()
    assert isinstance(dialog, ChecklistDialog) and dialog.isVisible()
    row = dialog.rows["change-password"]
    assert not row.button.isEnabled()  # the new password first
    qtbot.keyClicks(row.input, "n3w-after-hack")
    assert not row.button.isEnabled()  # and typed twice
    qtbot.keyClicks(row.repeat, "n3w-after-hack")
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert memory_keyring.items[(SERVICE, f"{account_id}:password")] == "n3w-after-hack"
    assert row.button.isHidden() and row.done_label.text().startswith("Done ") and "by Maya" in row.done_label.text()
    assert dialog.ui.progress_label.text() == "1 of 6 steps done"
    assert window.model.status(window.current()) == "Compromised 1/6"
    dialog.rows["change-login-email"].input.setText("safe@brand.example")
    for key in ("change-login-email", "change-username", "sign-out-sessions", "review-connected-apps", "reset-2fa"):
        assert dialog.tick(key)
    assert dialog.ui.heading_label.text() == "Instagram @brand is secured"
    stored = VaultService(database).get(account_id)
    assert not stored.is_compromised and stored.details.login_email == "safe@brand.example"
    texts = [e.text for e in log.entries(database, room.incident) if e.kind == Kind.VAULT_ACCESS]
    assert texts[0] == "Instagram @brand marked compromised (Posts we did not write at 09:40)"
    assert sum("checklist step done" in t for t in texts) == 6 and texts[-1].endswith("marked secured")
    dialog.close()


def test_rotation_warnings_follow_the_setting(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database
) -> None:
    old = to_iso(now_utc().replace(year=now_utc().year - 1))
    account_id = _add(database, rotated_at=old)
    window = make_window()
    assert window.ui.rotation_label.isVisible()
    assert (
        "older than 90 days" in window.ui.rotation_label.text()
        and "Instagram @brand" in window.ui.rotation_label.text()
    )
    window.select(account_id)
    assert window.model.status(window.current()) == "Due for rotation"
    assert "rotate it" in window.ui.status_label.text()
    window.ui.rotation_days_spin.setValue(800)
    window.ui.rotation_days_spin.editingFinished.emit()
    assert VaultService(database).rotation_days() == 800 and window.ui.rotation_label.isHidden()


def test_rotate_through_the_window(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database, memory_keyring: MemoryKeyring
) -> None:
    account_id = _add(database)
    window = make_window()
    window.select(account_id)
    dialog = window.rotate_password()
    assert isinstance(dialog, SecretDialog)
    qtbot.keyClicks(dialog.ui.secret_edit, "rotated-pass")
    qtbot.keyClicks(dialog.ui.repeat_edit, "rotated-pas")
    _ok(dialog)
    assert dialog.isVisible() and memory_keyring.items[(SERVICE, f"{account_id}:password")] == PLANTED
    qtbot.keyClick(dialog.ui.repeat_edit, Qt.Key.Key_S)
    _ok(dialog)
    assert not dialog.isVisible()
    assert memory_keyring.items[(SERVICE, f"{account_id}:password")] == "rotated-pass"


def test_remove_asks_first(qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database) -> None:
    account_id = _add(database)
    window = make_window()
    window.select(account_id)
    prompts.set_next_answer(False)
    assert not window.remove_account() and VaultService(database).accounts()
    prompts.set_next_answer(True)
    assert window.remove_account() and VaultService(database).accounts() == []
    assert window.ui.details_stack.currentIndex() == 0


def test_handover_export_and_import_through_the_window(
    qtbot: QtBot,
    make_window: Callable[[], VaultWindow],
    database: Database,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(handover, "SCRYPT_N", 2**14)
    account_id = _add(database)
    window = make_window()
    window.select(account_id)
    dialog = window.export_handover()
    assert isinstance(dialog, ExportDialog) and dialog.chosen() == [account_id]
    qtbot.keyClicks(dialog.ui.passphrase_edit, PASSPHRASE)
    qtbot.keyClicks(dialog.ui.repeat_edit, PASSPHRASE)
    target = tmp_path / "handover"
    prompts.set_next_answer(str(target))
    _ok(dialog)
    written = target.with_name("handover.crisisroom-handover")
    assert not dialog.isVisible() and written.exists() and PLANTED.encode() not in written.read_bytes()

    VaultService(database).remove(account_id, Actor("Maya"))
    window.reload()
    prompts.set_next_answer(str(written))
    importer = window.import_handover()
    assert isinstance(importer, SecretDialog) and importer.ui.repeat_edit.isHidden()
    qtbot.keyClicks(importer.ui.secret_edit, "not the passphrase at all")
    _ok(importer)
    assert importer.isVisible() and "passphrase is wrong" in importer.ui.error_label.text()
    assert memory_keyring.items == {}
    importer.ui.secret_edit.setText(PASSPHRASE)
    _ok(importer)
    assert not importer.isVisible()
    assert memory_keyring.items == {(SERVICE, f"{account_id}:password"): PLANTED}
    assert window.current() is not None and window.current().id == account_id


def test_search_narrows_the_table(qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database) -> None:
    _add(database)
    VaultService(database).add(
        AccountDetails("X", "@brand_news", owners="Jonas"), {SecretField.PASSWORD: "p"}, Actor("M")
    )
    window = make_window()
    assert window.model.rowCount() == 2
    qtbot.keyClicks(window.ui.search_edit, "jonas")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.account(0).details.platform == "X"


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the offscreen platform's, not ours
def test_the_main_window_opens_one_vault_window_with_its_author_and_incident(
    qtbot: QtBot, window: object, database: Database
) -> None:
    from crisisroom.gui.main_window import MainWindow
    from crisisroom.gui.vault.window import open_vault_window

    assert isinstance(window, MainWindow)
    incident = incidents.create(database, "Takeover", category=Category.SECURITY_BREACH, author="Maya")
    window.reload_incidents(select_id=incident.id)

    def current_incident() -> str | None:
        return window.incident.id if window.incident else None

    logged: list[str] = []
    first = open_vault_window(
        window, database, author=lambda: "Maya", incident_id=current_incident, on_log_written=logged.append
    )
    again = open_vault_window(
        window, database, author=lambda: "Maya", incident_id=current_incident, on_log_written=logged.append
    )
    assert first is again and first.isVisible() and first.isWindow()
    account_id = _add(database)
    first.reload(select=account_id)
    first.reveal(SecretField.PASSWORD)
    assert vault.audit_trail(database)[0].incident_id == incident.id
    assert logged == [incident.id]  # connected once, however often the window is opened
    first.close()


def test_an_existing_password_keeps_its_real_age(
    qtbot: QtBot, make_window: Callable[[], VaultWindow], database: Database
) -> None:
    from PySide6.QtCore import QDate

    window = make_window()
    dialog = window.add_account()
    assert dialog is not None and dialog.ui.rotated_edit.maximumDate() == QDate.currentDate()
    dialog.ui.platform_combo.setEditText("LinkedIn")
    dialog.ui.handle_edit.setText("Brand page")
    dialog.ui.password_edit.setText(PLANTED)
    dialog.ui.repeat_edit.setText(PLANTED)
    dialog.ui.rotated_edit.setDate(QDate.currentDate().addDays(-200))
    _ok(dialog)
    (account,) = VaultService(database).accounts()
    assert VaultService(database).overdue([account]) == [account]
    assert window.ui.rotation_label.isVisible() and "LinkedIn Brand page" in window.ui.rotation_label.text()
