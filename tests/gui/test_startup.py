"""Starting the app: a refused database gets a dialog and exit code 2; About shows where the data is."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from crisisroom.gui import prompts
from crisisroom.gui.about_dialog import AboutDialog
from crisisroom.gui.app import run
from crisisroom.gui.main_window import MainWindow
from crisisroom.storage.database import open_database


def test_a_refused_database_gets_a_dialog_and_exit_2(qtbot: QtBot, tmp_path: Path) -> None:
    bad = tmp_path / "not-a-db.sqlite"
    bad.write_text("meeting notes")
    prompts.set_next_answer(None)
    assert run(bad) == 2
    title, text = prompts.shown[-1]
    assert title == "Crisis Room cannot open its database" and "not an SQLite file" in text
    assert bad.read_text() == "meeting notes"


def test_a_second_instance_is_told_the_file_is_open(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "crisis.sqlite"
    with open_database(path):
        prompts.set_next_answer(None)
        assert run(path) == 2
    assert "already open in another Crisis Room" in prompts.shown[-1][1]


def test_about_names_the_version_and_database(qtbot: QtBot, window: MainWindow) -> None:
    window.about_action.trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.title_label.text().startswith("Crisis Room ")
    assert str(window.database.path) in dialog.ui.details_label.text()
    dialog.reject()


def test_settings_dialogs_open(qtbot: QtBot, window: MainWindow) -> None:
    """Team and templates open from the Settings menu with their tables in place (migrations 5 and 6)."""
    team = window.edit_team()
    assert team.isVisible()
    team.reject()
    templates = window.edit_templates()
    assert templates.isVisible()
    templates.reject()


def test_shared_accounts_open_from_the_file_menu(qtbot: QtBot, window: MainWindow) -> None:
    vault = window.open_vault()
    assert vault.isVisible()
    vault.close()


def test_the_self_test_checks_the_installation_only_when_asked(tmp_path: Path) -> None:
    """``--self-test`` times the start-up alone; ``--check-install`` adds the packaged-build checks."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CRISISROOM_HOME": str(tmp_path)}

    def self_test(*extra: str) -> dict[str, object]:
        done = subprocess.run(
            [sys.executable, "-m", "crisisroom", "--self-test", *extra],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    plain = self_test()
    assert plain["log_verified"] is True and "sentiment" not in plain
    checked = self_test("--check-install")
    assert checked["sentiment"] == "ok" and checked["drill_scenarios"] == 6 and checked["message_templates"] > 0
