"""Shared test set-up: every test gets its own Crisis Room home, no real keychain, no stray prompts."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

# Offscreen by default (Picard's habit); the real-window tests start their own Xvfb-backed process.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REQUIRE_REAL = os.environ.get("CRISISROOM_REQUIRE_REAL") == "1"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict, so no test can touch a real keychain by accident."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.items[(service, username)]
        except KeyError:
            raise PasswordDeleteError(username) from None


def need_real(reason: str) -> None:
    """Skip on a bare machine; fail in CI, where CRISISROOM_REQUIRE_REAL=1 promises the real thing."""
    if REQUIRE_REAL:
        pytest.fail(f"CRISISROOM_REQUIRE_REAL=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(autouse=True)
def file_rule(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """No test may open, copy, replace or delete an open database file outside SQLite (design: Storage).

    The watch runs in this process and, through the environment, in every ``crisisroom`` it starts.
    """
    from crisisroom.storage import file_guard

    file_guard.install()
    monkeypatch.setenv(file_guard.ENV, "1")
    file_guard.broken.clear()
    yield
    assert not file_guard.broken, f"the file rule was broken: {file_guard.broken}"


@pytest.fixture(autouse=True)
def crisisroom_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("CRISISROOM_HOME", str(home))
    monkeypatch.delenv("CRISISROOM_DB", raising=False)
    monkeypatch.setenv("CRISISROOM_AUTHOR", "Test Author")
    monkeypatch.setenv("CRISISROOM_PROMPTS_FAIL", "1")
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crisis.sqlite"


@pytest.fixture
def database(db_path: Path) -> Iterator[object]:
    from crisisroom.storage.database import open_database

    with open_database(db_path) as db:
        yield db
