"""Each device's log-signing key, kept in the operating system's keychain and nowhere else.

The key is stored as its 32 raw bytes in base64 under the service ``crisisroom`` and the user name
``device-key:<device id>``, beside the shared accounts' secrets (keychain.py). It never enters
the database, a backup, an export or a handover file: whoever has only those cannot sign.
"""

from __future__ import annotations

import base64
import binascii

from crisisroom.secrets.keychain import Keychain

ITEM_PREFIX = "device-key:"


class DeviceKeyError(Exception):
    """The keychain could not be asked (missing, locked, failing), or it holds a damaged key."""


def item_name(device_id: str) -> str:
    return f"{ITEM_PREFIX}{device_id}"


class DeviceKeys:
    """Reads and creates device keys in the keychain (the default key source of a database)."""

    def __init__(self, keychain: Keychain | None = None) -> None:
        self._keychain = keychain or Keychain()

    def load(self, device_id: str) -> bytes | None:
        """The device's private key, or None when this keychain has none for it.

        Raises:
            DeviceKeyError: the keychain cannot be used, or its item is not a key.
        """
        from crisisroom.secrets.errors import KeychainError

        try:
            value = self._keychain.get_item(item_name(device_id))
        except KeychainError as exc:
            raise DeviceKeyError(exc.problem) from None
        if value is None:
            return None
        try:
            key = base64.b64decode(str(value), validate=True)
        except (binascii.Error, ValueError):
            key = b""
        if len(key) != 32:
            raise DeviceKeyError(f"the keychain's item {item_name(device_id)} is not a Crisis Room device key")
        return key

    def store(self, device_id: str, private_key: bytes) -> None:
        """Keep a new key, and read it back: a key the keychain did not keep must never sign anything.

        Raises:
            DeviceKeyError: the keychain cannot be used or did not keep the key.
        """
        from crisisroom.secrets.errors import KeychainError

        encoded = base64.b64encode(private_key).decode("ascii")
        try:
            self._keychain.set_item(item_name(device_id), encoded)
        except KeychainError as exc:
            raise DeviceKeyError(exc.problem) from None
        if self.load(device_id) != private_key:
            raise DeviceKeyError("the keychain did not keep the device key")
