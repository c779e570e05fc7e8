"""Keyring backends that fail the way real keychains do, and helpers shared by the vault tests."""

from __future__ import annotations

from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordSetError

from tests.conftest import MemoryKeyring

# Recognisable, and long enough that no accidental match is plausible.
PLANTED = "Planted-Secret-7f3a9c1e-Zq!"


class LockedKeyring(KeyringBackend):
    """A collection that is locked and stays locked (the unlock prompt dismissed)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


class FlakyKeyring(MemoryKeyring):
    """Works until ``fail_after`` writes, then refuses, echoing the secret (as a careless backend might)."""

    def __init__(self, fail_after: int) -> None:
        super().__init__()
        self.fail_after = fail_after
        self.writes = 0

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        if self.writes > self.fail_after:
            raise PasswordSetError(f"cannot store {password!r} for {username}")
        super().set_password(service, username, password)
