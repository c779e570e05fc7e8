"""What a newcomer walking through the windows tripped over: each fixed, each held here."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from crisisroom.domain.incidents import Category
from crisisroom.domain.response_steps import Step
from crisisroom.domain.vault import AccountDetails, SecretField
from crisisroom.gui import i18n, prompts, workers
from crisisroom.gui.main_window import MainWindow
from crisisroom.gui.mentions.import_dialog import ImportDialog
from crisisroom.gui.vault.account_dialog import AccountDialog
from crisisroom.gui.vault.window import VaultWindow
from crisisroom.gui.wizard.checklist_dialog import ChecklistDialog
from crisisroom.services.mentions import import_file
from crisisroom.services.vault import Actor, VaultService
from crisisroom.storage import incidents, log, mentions, rules
from crisisroom.storage.database import Database


def _export(path: Path, negatives: int) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Date", "Full Text", "Author", "Url", "Sentiment"])
        for n in range(negatives):
            writer.writerow(
                [f"2026-03-14 13:{n:02d}:00", f"Parcel {n} arrived smashed", f"u{n}", f"https://x/{n}", "negative"]
            )
        writer.writerow(["2026-03-14 13:59:00", "Lovely service", "fan", "https://x/fan", "positive"])
    return path


def _incident(window: MainWindow, database: Database, title: str = "Smashed parcels") -> str:
    incident = incidents.create(database, title, category=Category.OPERATIONAL, author="Ana", timezone="UTC")
    window.reload_incidents(select_id=incident.id)
    return incident.id


# 1. Enter in the import dialog's file field previews; it never imports a file not yet previewed.


def test_enter_in_the_file_field_previews_and_does_not_import(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    incident_id = _incident(window, database)
    dialog = window.import_mentions()
    assert isinstance(dialog, ImportDialog)
    path = _export(tmp_path / "bw.csv", 3)
    dialog.ui.file_edit.setFocus()
    qtbot.keyClicks(dialog.ui.file_edit, str(path))
    assert not dialog._ok_button.isEnabled()  # nothing seen yet
    qtbot.keyClick(dialog.ui.file_edit, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert dialog.outcome is None and not dialog._running
    assert dialog.ui.preview_table.rowCount() == 4 and dialog.isVisible()
    assert mentions.count(database, incident_id) == (0, 0)
    # The preview seen, Enter (now away from the file field) imports.
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Return)
    workers.wait_for_all()
    assert mentions.count(database, incident_id) == (4, 3)
    dialog.accept()


def test_another_file_typed_after_a_preview_is_previewed_before_import(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    incident_id = _incident(window, database)
    dialog = window.import_mentions(_export(tmp_path / "first.csv", 2))
    assert dialog is not None and dialog._ok_button.isEnabled()
    other = _export(tmp_path / "second.csv", 5)
    dialog.ui.file_edit.selectAll()
    qtbot.keyClicks(dialog.ui.file_edit, str(other))
    assert not dialog._ok_button.isEnabled()
    dialog.start_import()  # however it is asked for: the new file's preview comes first
    assert dialog.outcome is None and not dialog._running and dialog.ui.preview_table.rowCount() == 6
    assert mentions.count(database, incident_id) == (0, 0)
    dialog.reject()


# 2. "(+2 more)" in the alert banner opens the list of firings (the Monitor step).


def test_the_more_link_in_the_alert_banner_opens_the_firings(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    incident_id = _incident(window, database)
    import_file(database, incidents.get(database, incident_id), _export(tmp_path / "bw.csv", 12), author="Ana")
    window.after_mentions_changed()
    banner = window.alert_banner
    fired = rules.firings(database, incident_id)
    assert len(fired) >= 2
    more = f"(+{len(fired) - 1} more)"
    assert (
        banner.isVisible()
        and f'<a href="#firings" style="color: #4a1c0c;"><i>{more}</i></a>' in banner.text_label.text()
    )
    assert banner.text_label.textInteractionFlags() & Qt.TextInteractionFlag.LinksAccessibleByKeyboard
    banner.text_label.linkActivated.emit("#firings")
    wizard = window._wizards.get(incident_id)
    assert wizard is not None and wizard.isVisible()
    assert wizard.current_step() is Step.MONITOR
    listed = wizard.pages[Step.MONITOR].firings
    assert listed.count() == len(fired)
    wizard.close()


# 3. The kind of entry goes back to Note after each entry.


def test_the_kind_returns_to_note_after_an_entry(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    incident_id = _incident(window, database)
    window.author_edit.setText("Maya")
    window.kind_combo.setCurrentIndex(window.kind_combo.findData("fact"))
    qtbot.keyClicks(window.entry_edit, "Warehouse B is closed")
    qtbot.keyClick(window.entry_edit, Qt.Key.Key_Return)
    assert log.entries(database, incident_id)[-1].kind == "fact"
    assert window.kind_combo.currentData() == "note"
    qtbot.keyClicks(window.entry_edit, "Just a thought")
    qtbot.keyClick(window.entry_edit, Qt.Key.Key_Return)
    assert log.entries(database, incident_id)[-1].kind == "note"


# 4. One keyboard map: no key means two things in the application's windows.


def _keys(window: QWidget) -> list[tuple[str, str]]:
    """(key, meaning) of every QAction and QShortcut of a window; the meaning is its keyboard-map name."""
    found: list[tuple[str, str]] = []
    actions = {id(a): a for a in [*window.findChildren(QAction), *window.actions()]}.values()
    for action in actions:
        meaning = action.property("crisisroom_shortcut") or action.text().replace("&", "").rstrip("…")
        for sequence in action.shortcuts():
            if not sequence.isEmpty():
                found.append((sequence.toString(QKeySequence.SequenceFormat.PortableText), str(meaning)))
    for shortcut in window.findChildren(QShortcut):
        meaning = shortcut.property("crisisroom_shortcut") or shortcut.objectName()
        for sequence in shortcut.keys():  # noqa: SIM118  (QShortcut.keys(), not a dict)
            if not sequence.isEmpty():
                found.append((sequence.toString(QKeySequence.SequenceFormat.PortableText), str(meaning)))
    return found


def test_no_key_has_two_meanings_across_the_windows(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    _incident(window, database)
    vault = window.open_vault()
    assert isinstance(vault, VaultWindow)
    qtbot.addWidget(vault)
    found = _keys(window) + _keys(vault)
    meanings: dict[str, set[str]] = defaultdict(set)
    for key, meaning in found:
        meanings[key].add(meaning)
    clashes = {key: sorted(names) for key, names in meanings.items() if len(names) > 1}
    assert not clashes, f"keys with two meanings: {clashes}"
    keys = {key for key, _ in found}
    assert {"Ctrl+N", "Ctrl+E", "Ctrl+R", "Ctrl+F", "Ctrl+Shift+L", "Ctrl+Shift+E", "Ctrl+Shift+R"} <= keys
    vault.close()


def test_the_keyboard_map_names_each_key_once() -> None:
    from crisisroom.gui import shortcuts

    seen: dict[str, str] = {}
    for entry in shortcuts.ALL:
        key = entry.sequence().toString(QKeySequence.SequenceFormat.PortableText)
        if not key:
            continue  # a standard key this platform does not have (Quit on Windows)
        assert seen.setdefault(key, entry.name) == entry.name, f"{key} is {seen[key]} and {entry.name}"
    assert len({entry.name for entry in shortcuts.ALL}) == len(shortcuts.ALL)


# 5. The Add account dialog's hint wraps in full; the checklist's new password is typed twice.


@pytest.mark.parametrize("language", ["en", "fr", "sv"])
def test_the_secrets_hint_is_never_clipped(qtbot: QtBot, qapp: QApplication, language: str) -> None:
    i18n.install(qapp, language)
    try:
        dialog = AccountDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        hint = dialog.ui.secrets_hint_label
        assert hint.text() and hint.wordWrap()
        assert hint.height() >= hint.heightForWidth(hint.width()), (hint.height(), hint.heightForWidth(hint.width()))
        dialog.reject()
    finally:
        i18n.install(qapp, "en")


def test_the_checklist_new_password_must_be_repeated(qtbot: QtBot, database: Database) -> None:
    service = VaultService(database)
    account = service.add(AccountDetails("Instagram", "@brand"), {SecretField.PASSWORD: "old-one-12"}, Actor("Maya"))
    account = service.mark_compromised(account.id, Actor("Maya"))
    ticked: list[str | None] = []

    def tick(key: str, secret: str | None, _value: str | None) -> str:
        ticked.append(secret)
        return "not stored in this test"

    dialog = ChecklistDialog(account, tick)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.rows["change-password"]
    assert row.repeat is not None and row.repeat.isVisible() and row.mismatch_label is not None
    qtbot.keyClicks(row.input, "n3w-after-hack")
    assert not row.button.isEnabled()  # not repeated yet
    qtbot.keyClicks(row.repeat, "n3w-after-hak")
    assert not row.button.isEnabled() and row.mismatch_label.isVisible()
    assert row.mismatch_label.text() == "The two passwords differ"
    assert not dialog.tick("change-password") and ticked == []
    row.repeat.clear()
    qtbot.keyClicks(row.repeat, "n3w-after-hack")
    assert row.button.isEnabled() and not row.mismatch_label.isVisible()
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert ticked == ["n3w-after-hack"]
    row.input.set_shown(True)  # shown in clear text: no repeat, as in the Add account dialog
    assert row.repeat.isHidden() and row.button.isEnabled()
    dialog.reject()
    assert row.repeat.text() == "" and row.input.text() == ""


# 6. A new incident opens on its crisis log, not on the tab left from the last one.


def test_a_new_incident_opens_on_its_log(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    _incident(window, database, "The demo")
    window.tabs.setCurrentIndex(1)  # looking at the mentions
    dialog = window.new_incident()
    qtbot.keyClicks(dialog.ui.title_edit, "Real trouble")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.incident is not None and window.incident.title == "Real trouble"
    assert window.tabs.currentIndex() == 0 and window.entry_edit.hasFocus()
    window.tabs.setCurrentIndex(1)
    window.reload_incidents()  # the same incident again (after a change): the tab stays
    assert window.tabs.currentIndex() == 1
    first = incidents.list_incidents(database)[-1].id
    window.open_incident(first)  # switching to another one: its log
    assert window.tabs.currentIndex() == 0
    prompts.clear()
