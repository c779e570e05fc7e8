"""Fixtures for driving the real widgets with pytest-qt."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from crisisroom.gui import prompts, workers
from crisisroom.gui.main_window import MainWindow
from crisisroom.storage.database import Database


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
