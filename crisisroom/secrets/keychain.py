"""The operating system's keychain, through ``keyring``: one item per account and secret field.

Items are stored under the service ``crisisroom`` with the user name ``<account id>:<field>``, so
they are easy to recognise (and remove) in the system's own keychain tool. Every failure of the
keychain becomes a :class:`KeychainError` that says what is wrong and how to fix it on this
system; no secret ever appears in such a message.

The backend is whatever ``keyring`` chose for this computer, except when the person explicitly
names another in ``CRISISROOM_KEYRING_BACKEND``. Backends that keep nothing (keyring's fail and
null backends) or keep it in plain text are refused.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import keyring
import keyring.core
from keyring.backend import KeyringBackend
from keyring.backends import SecretService, chainer, fail, null
from keyring.errors import KeyringLocked, NoKeyringError, PasswordDeleteError

from crisisroom.domain.vault import SecretField
from crisisroom.secrets.advice import ENV_BACKEND, Problem, keychain_name
from crisisroom.secrets.errors import KeychainError

SERVICE = "crisisroom"
PROBE_ITEM = "crisisroom-probe"

# Named by class path in CRISISROOM_KEYRING_BACKEND, these would store nothing or store it readable.
REFUSED_BACKENDS = {
    "keyring.backends.fail.Keyring": "it stores nothing",
    "keyring.backends.null.Keyring": "it stores nothing",
    "keyrings.alt.file.PlaintextKeyring": "it keeps secrets in a readable file",
}


def item_name(account_id: str, field: SecretField) -> str:
    """The keychain user name of one secret: ``<account id>:<field>``."""
    return f"{account_id}:{SecretField(field).value}"


class ClosingSecretService(SecretService.Keyring):
    """keyring's Secret Service backend, closing its D-Bus connection on every path.

    keyring 25 leaves the connection open when the collection cannot be found or stays locked;
    each such failure would leak a socket for the life of the process.
    """

    # Every backend class defined anywhere joins keyring's own discovery; this one must not, or
    # keyring would find two Secret Service backends and chain them. It is only ever made by
    # resolve_backend(), in place of the SecretService.Keyring that keyring chose.
    priority = -1

    # Set from keyring's configuration on the backend keyring chose (resolve_backend copies it); absent otherwise.
    preferred_collection: str

    def get_preferred_collection(self) -> Any:
        import secretstorage  # present whenever this backend was chosen

        try:
            bus = secretstorage.dbus_init()
        except secretstorage.exceptions.SecretStorageException as exc:
            raise keyring.errors.InitError(f"the Secret Service cannot be reached: {exc}") from exc
        try:
            if hasattr(self, "preferred_collection"):
                collection = secretstorage.Collection(bus, self.preferred_collection)
            else:
                collection = secretstorage.get_default_collection(bus)
            if collection.is_locked():
                collection.unlock()
                if collection.is_locked():  # the prompt was dismissed, or could not be shown
                    raise KeyringLocked("Failed to unlock the collection!")
        except secretstorage.exceptions.SecretStorageException as exc:
            bus.close()
            raise keyring.errors.InitError(f"Failed to create the collection: {exc}.") from exc
        except BaseException:
            bus.close()
            raise
        return collection


def resolve_backend() -> KeyringBackend:
    """The backend to use: the explicit opt-in when set, else keyring's choice for this computer.

    Raises:
        KeychainError: the opt-in names a backend that cannot or must not be used.
    """
    name = os.environ.get(ENV_BACKEND, "").strip()
    if name:
        if name in REFUSED_BACKENDS:
            raise KeychainError(
                Problem.REFUSED, f"{ENV_BACKEND} names {name}, which Crisis Room refuses: {REFUSED_BACKENDS[name]}"
            )
        try:
            backend = keyring.core.load_keyring(name)
        except Exception as exc:  # an import error, a missing class, a backend not viable here
            raise KeychainError(
                Problem.REFUSED, f"{ENV_BACKEND} names {name}, which cannot be used here ({type(exc).__name__})"
            ) from None
    else:
        backend = keyring.get_keyring()
    if type(backend) is SecretService.Keyring:
        closing = ClosingSecretService()
        if hasattr(backend, "preferred_collection"):
            closing.preferred_collection = backend.preferred_collection
        return closing
    return backend


def is_unusable(backend: KeyringBackend) -> bool:
    """True for backends that can never keep a secret (keyring's fallbacks when it found nothing)."""
    if isinstance(backend, fail.Keyring | null.Keyring):
        return True
    return isinstance(backend, chainer.ChainerBackend) and not backend.backends


_BACKEND_NAMES = {
    "keyring.backends.SecretService": "Secret Service",
    "keyring.backends.libsecret": "Secret Service (libsecret)",
    "keyring.backends.kwallet": "KDE Wallet",
    "keyring.backends.Windows": "Windows Credential Manager",
    "keyring.backends.macOS": "macOS Keychain",
}


def describe_backend(backend: KeyringBackend) -> str:
    """A backend's name as people know it; keyring's own name for any other (opt-in) backend."""
    if isinstance(backend, SecretService.Keyring):
        return "Secret Service"
    module = type(backend).__module__
    for prefix, name in _BACKEND_NAMES.items():
        if module.startswith(prefix):
            return name
    return str(backend.name)


def _no_backend() -> KeychainError:
    return KeychainError(
        Problem.NO_BACKEND,
        f"No usable keychain was found on this computer (Crisis Room keeps passwords only in the {keychain_name()})",
    )


class Keychain:
    """The secrets of the shared accounts, in the system keychain.

    Args:
        backend: a keyring backend to use instead of the resolved one (tests, the real-keychain
            tests); by default it is resolved on every call, so a keychain unlocked or installed
            while Crisis Room runs is picked up by "Try again".
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend

    def backend(self) -> KeyringBackend:
        """The backend in use, checked to be one that can keep secrets.

        Raises:
            KeychainError: none is usable.
        """
        backend = self._backend if self._backend is not None else resolve_backend()
        if is_unusable(backend):
            raise _no_backend()
        return backend

    def describe(self) -> str:
        """What the backend is called for people (``Secret Service``), for the window's status line."""
        try:
            backend = self.backend()
        except KeychainError:
            return "none"
        return describe_backend(backend)

    def check(self) -> None:
        """Make sure the keychain answers, unlocking it (the system may prompt) when it is locked.

        Raises:
            KeychainError: it is missing, stays locked, or fails.
        """
        with self._calling() as backend:
            backend.get_password(SERVICE, PROBE_ITEM)

    def get(self, account_id: str, field: SecretField) -> str | None:
        """One secret, or None when the keychain has no such item.

        Raises:
            KeychainError: the keychain cannot be used.
        """
        return self.get_item(item_name(account_id, field))

    def get_item(self, name: str) -> str | None:
        """One item of Crisis Room's service by its user name, or None when there is none.

        Raises:
            KeychainError: the keychain cannot be used.
        """
        with self._calling() as backend:
            value = backend.get_password(SERVICE, name)
        return None if value is None else str(value)

    def set(self, account_id: str, field: SecretField, secret: str) -> None:
        """Store (or replace) one secret.

        Raises:
            KeychainError: the keychain cannot be used; nothing was stored.
        """
        self.set_item(item_name(account_id, field), secret)

    def set_item(self, name: str, secret: str) -> None:
        """Store (or replace) one item of Crisis Room's service by its user name.

        Raises:
            KeychainError: the keychain cannot be used; nothing was stored.
        """
        with self._calling(secret) as backend:
            backend.set_password(SERVICE, name, secret)

    def delete(self, account_id: str, field: SecretField) -> bool:
        """Remove one secret; False when there was none.

        Raises:
            KeychainError: the keychain cannot be used.
        """
        with self._calling() as backend:
            try:
                backend.delete_password(SERVICE, item_name(account_id, field))
            except PasswordDeleteError:
                return False
        return True

    @contextmanager
    def _calling(self, secret: str | None = None) -> Iterator[KeyringBackend]:
        """Map every keychain failure to a KeychainError whose message cannot contain ``secret``."""
        backend = self.backend()
        try:
            yield backend
        except KeychainError:
            raise
        except KeyringLocked:
            raise KeychainError(Problem.LOCKED, f"The {keychain_name()} is locked and stayed locked") from None
        except NoKeyringError:
            raise _no_backend() from None
        except PasswordDeleteError:
            raise
        except Exception as exc:  # D-Bus, Windows and macOS errors arrive in many types
            # `from None`: the original may carry the secret in its arguments (a backend's bug).
            detail = str(exc) or "no details"
            if secret:
                detail = detail.replace(secret, "•••")
            raise KeychainError(
                Problem.FAILED, f"The keychain ({backend.name}) failed: {type(exc).__name__}: {detail}"
            ) from None
