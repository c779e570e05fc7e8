"""The team key of a shared incident, how it is wrapped for each laptop, and the fingerprints people compare.

Each laptop already has a device key (Ed25519, in its keychain, ``storage/signing.py``). From it
an X25519 key is derived (HKDF), so no second secret has to be kept: the incident's team key (32
random bytes) is wrapped for a laptop with that X25519 key, as a sealed box (an ephemeral X25519
key, HKDF, ChaCha20-Poly1305), and only that laptop's keychain can unwrap it. A lost USB stick or
an untrusted relay holds only wrapped keys and sealed segments.

A fingerprint (``domain/signing.py``'s ``laptop_fingerprint``, named ``fingerprint`` here) is a
laptop's public device key as four groups of five digits.
"""

from __future__ import annotations

import base64
import os
import re
from typing import TYPE_CHECKING

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.signing import laptop_fingerprint

if TYPE_CHECKING:  # cryptography is imported where it is used, off the window's start-up path
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

TEAM_KEY_BYTES = 32
FINGERPRINT_GROUPS = 4
_UNWRAP_INFO = b"crisisroom team-key unwrap v1"
_SEAL_INFO = b"crisisroom team-key seal v1"


def new_team_key() -> bytes:
    return os.urandom(TEAM_KEY_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _hkdf(secret: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(secret)


def _unwrap_private(device_private_key: bytes) -> X25519PrivateKey:
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    return X25519PrivateKey.from_private_bytes(_hkdf(device_private_key, _UNWRAP_INFO))


def unwrap_public_key(device_private_key: bytes) -> str:
    """The X25519 public key a team key is wrapped for, derived from the device key (base64)."""
    from cryptography.hazmat.primitives import serialization

    public = _unwrap_private(device_private_key).public_key()
    return _b64(public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw))


def wrap(team_key: bytes, unwrap_key: str) -> dict[str, str]:
    """``team_key`` sealed for the laptop whose X25519 public key is ``unwrap_key``."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    try:
        recipient = X25519PublicKey.from_public_bytes(_unb64(unwrap_key))
    except ValueError as exc:
        raise InvalidInputError("the laptop's key in its join request is damaged") from exc
    ephemeral = X25519PrivateKey.generate()
    ephemeral_public = ephemeral.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    key = _hkdf(ephemeral.exchange(recipient) + ephemeral_public + _unb64(unwrap_key), _SEAL_INFO)
    nonce = os.urandom(12)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, team_key, ephemeral_public)
    return {"ephemeral": _b64(ephemeral_public), "nonce": _b64(nonce), "sealed": _b64(sealed)}


def unwrap(wrapped: dict[str, str], device_private_key: bytes) -> bytes:
    """The team key from what was wrapped for this laptop.

    Raises:
        ValueError: it was not wrapped for this laptop's key, or it was changed.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    private = _unwrap_private(device_private_key)
    own_public = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    try:
        ephemeral_public = _unb64(wrapped["ephemeral"])
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
        key = _hkdf(shared + ephemeral_public + own_public, _SEAL_INFO)
        team_key = ChaCha20Poly1305(key).decrypt(_unb64(wrapped["nonce"]), _unb64(wrapped["sealed"]), ephemeral_public)
    except (InvalidTag, KeyError, TypeError, ValueError) as exc:
        raise ValueError("the team key was not wrapped for this laptop, or it was changed") from exc
    if len(team_key) != TEAM_KEY_BYTES:
        raise ValueError("the team key has the wrong length")
    return team_key


fingerprint = laptop_fingerprint  # the name the sharing code uses


def same_fingerprint(typed: str, actual: str) -> bool:
    """Whether what someone typed (spaces, dashes or none) is the fingerprint ``actual``."""
    return re.sub(r"[\s\-.]", "", typed) == actual.replace(" ", "")


def check_fingerprint_text(typed: str) -> str:
    """The digits of a typed fingerprint.

    Raises:
        InvalidInputError: it is not 20 digits.
    """
    digits = re.sub(r"[\s\-.]", "", typed)
    if not re.fullmatch(f"[0-9]{{{5 * FINGERPRINT_GROUPS}}}", digits):
        raise InvalidInputError(
            f"{typed.strip()!r} is not a laptop's fingerprint: it is 20 digits, shown as four groups "
            "of five (04719 88203 51176 30942) on the laptop that asked to join"
        )
    return digits


def seal(team_key: bytes, header: bytes, body: bytes) -> tuple[bytes, bytes]:
    """(nonce, ciphertext) of ``body`` under the team key, ``header`` bound to it unencrypted."""
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    nonce = os.urandom(12)
    return nonce, ChaCha20Poly1305(team_key).encrypt(nonce, body, header)


def open_sealed(team_key: bytes, nonce: bytes, header: bytes, ciphertext: bytes) -> bytes:
    """The body :func:`seal` sealed.

    Raises:
        ValueError: another key, or the file was changed.
    """
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

    try:
        return ChaCha20Poly1305(team_key).decrypt(nonce, ciphertext, header)
    except InvalidTag as exc:
        raise ValueError("it does not open with the team's key: it was changed, or sealed with another key") from exc
