"""The status bar tells when new entries cannot be signed, and shows the log's head."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from pytestqt.qtbot import QtBot

from crisisroom.gui.main_window import MainWindow
from crisisroom.storage.database import Database
from tests.gui.test_main_window import _start_incident
from tests.vault_support import LockedKeyring


@pytest.fixture
def locked_keychain() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    yield
    keyring.set_keyring(previous)


def test_a_locked_keychain_is_named_in_the_status_bar_while_entries_go_on(
    qtbot: QtBot, locked_keychain: None, window: MainWindow, database: Database
) -> None:
    _start_incident(qtbot, window, "Outage")
    with qtbot.waitSignal(window.chain_checked, timeout=10_000):
        window.verify_log()
    text = window.chain_label.text()
    assert text == "⚠ New entries are not signed: unlock the keychain to resume"
    assert "locked" in window.chain_label.toolTip().splitlines()[0]
    assert database.query("SELECT count(*) FROM log_entries")[0][0] == 1  # the entry was kept


def test_the_status_bar_tooltip_gives_the_head_to_check_against(
    qtbot: QtBot, window: MainWindow, database: Database
) -> None:
    _start_incident(qtbot, window, "Outage")
    with qtbot.waitSignal(window.chain_checked, timeout=10_000) as blocker:
        window.verify_log()
    assert blocker.args == [True]
    lines = window.chain_label.toolTip().splitlines()
    fingerprint = lines[lines.index("Log head (for crisisroom verify --head):") + 1]
    assert fingerprint.startswith(database.device_id[:8] + "-1-") and len(fingerprint) == 8 + 3 + 16
