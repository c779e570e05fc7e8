"""A keychain for ``crisisroom`` processes that tests start: a JSON file per simulated laptop.

Each laptop of a multi-laptop test is a ``CRISISROOM_HOME`` and needs its device key to last
from one ``crisisroom`` command to the next, which the tests' in-memory keyring (conftest.py)
cannot give a child process. A child gets this one with::

    PYTHONPATH=<repo>  CRISISROOM_KEYRING_BACKEND=tests.file_keyring.FileKeyring
    CRISISROOM_TEST_KEYRING=<the laptop's own file>

It keeps secrets readable on disk, so it exists for tests only (Crisis Room refuses keyring's own
plain-text backend). In CI the real Secret Service is used instead (``child_keychain_env``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

ENV_FILE = "CRISISROOM_TEST_KEYRING"
BACKEND = "tests.file_keyring.FileKeyring"


class FileKeyring(KeyringBackend):
    priority = 0  # type: ignore[assignment]  # never chosen by keyring itself, only named

    def _path(self) -> Path:
        name = os.environ.get(ENV_FILE)
        if not name:
            raise RuntimeError(f"{ENV_FILE} is not set")
        return Path(name)

    def _items(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path().read_text()))
        except FileNotFoundError:
            return {}

    def _save(self, items: dict[str, str]) -> None:
        path = self._path()
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(items))
        os.replace(temporary, path)

    def get_password(self, service: str, username: str) -> str | None:
        return self._items().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._items()
        items[f"{service}\x00{username}"] = password
        self._save(items)

    def delete_password(self, service: str, username: str) -> None:
        items = self._items()
        if items.pop(f"{service}\x00{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(items)


def child_keychain_env(keyring_file: Path) -> dict[str, str]:
    """What a child ``crisisroom`` needs for a keychain that lasts between its runs.

    In CI (``CRISISROOM_THROWAWAY_KEYRING=1``, a throwaway gnome-keyring on a private D-Bus
    session) the real Secret Service, which the child finds by itself; anywhere else this file
    keychain, so no test ever writes into a developer's own keychain.
    """
    if os.environ.get("CRISISROOM_THROWAWAY_KEYRING") == "1":
        return {}
    return {"CRISISROOM_KEYRING_BACKEND": BACKEND, ENV_FILE: str(keyring_file)}
