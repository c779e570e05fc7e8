"""Fixtures for driving the real widgets with pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crisisroom.gui import i18n, prompts, workers
from crisisroom.gui.main_window import MainWindow
from crisisroom.storage.database import Database


@pytest.fixture(autouse=True)
def english_interface(qapp: QApplication) -> Iterator[None]:
    """The interface in English with its plural forms ("1 person", "9 people"), as the app starts it."""
    i18n.install(qapp, "en")
    yield
    i18n.remove(qapp)


@pytest.fixture(autouse=True)
def no_leftover_prompts() -> Iterator[None]:
    prompts.clear()
    yield
    leftover = list(prompts._answers)
    prompts.clear()
    assert not leftover, f"answers queued for prompts that never came: {leftover}"


@pytest.fixture
def window(qtbot: QtBot, database: Database) -> Iterator[MainWindow]:
    win = MainWindow(database)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    workers.wait_for_all()
