"""Fixtures shared by the wizard's storage tests: a database and a test clock for every test here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from crisisroom.storage.database import Database
from tests.unit.wizard_support import Clock, wizard_database


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with wizard_database(db_path) as database:
        yield database


@pytest.fixture(autouse=True)
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)
