"""The handover file: chosen accounts, secrets included, encrypted with a passphrase.

Made with vetted parts only: the key is derived from the passphrase with scrypt (a fresh random
salt per file) and the contents are sealed with Fernet (AES-128-CBC with HMAC-SHA256), both from
``cryptography``. The file is three lines::

    CRISISROOM-HANDOVER 1
    {"cipher": "fernet", "kdf": "scrypt", "n": 131072, "p": 1, "r": 8, "salt": "..."}
    <Fernet token>

The header is not secret; changing it (or anything else) changes the derived key or breaks the
token's HMAC, so a tampered file and a wrong passphrase both fail to open, with nothing imported.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
from pathlib import Path
from typing import Any

from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from crisisroom.domain.vault import check_passphrase
from crisisroom.secrets.errors import HandoverError

MAGIC = b"CRISISROOM-HANDOVER 1"
SUFFIX = ".crisisroom-handover"
# scrypt cost: 128 MiB and well under a second on a laptop (OWASP's recommended minimum, N=2^17).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
SALT_BYTES = 16
# What a file may ask of the reader: enough for stronger settings later, not enough to exhaust memory.
_N_RANGE, _R_RANGE, _P_RANGE = (2**14, 2**20), (8, 16), (1, 4)
MAX_FILE_BYTES = 20_000_000


def _key(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    derived = Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))
    return base64.urlsafe_b64encode(derived)


def seal(contents: dict[str, Any], passphrase: str) -> bytes:
    """Encrypt ``contents`` (plain JSON data) into the bytes of a handover file.

    Raises:
        InvalidInputError: the passphrase is too short.
    """
    check_passphrase(passphrase)
    salt = os.urandom(SALT_BYTES)
    header = {
        "cipher": "fernet",
        "kdf": "scrypt",
        "n": SCRYPT_N,
        "r": SCRYPT_R,
        "p": SCRYPT_P,
        "salt": base64.b64encode(salt).decode("ascii"),
    }
    plaintext = json.dumps(contents, sort_keys=True, ensure_ascii=False).encode("utf-8")
    token = Fernet(_key(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(plaintext)
    return MAGIC + b"\n" + json.dumps(header, sort_keys=True).encode("ascii") + b"\n" + token + b"\n"


def unseal(data: bytes, passphrase: str, *, name: str = "the file") -> dict[str, Any]:
    """Decrypt the bytes of a handover file.

    Raises:
        HandoverError: not a handover file, damaged, changed after it was made, or the wrong passphrase.
    """
    lines = data.split(b"\n")
    if not lines or lines[0].rstrip(b"\r") != MAGIC:
        raise HandoverError(f"{name} is not a Crisis Room handover file; nothing was imported")
    damaged = HandoverError(f"{name} is damaged (its header cannot be read); nothing was imported")
    if len(lines) < 3:
        raise damaged
    try:
        header = json.loads(lines[1])
        salt = base64.b64decode(header["salt"], validate=True)
        n, r, p = int(header["n"]), int(header["r"]), int(header["p"])
        known = header["cipher"] == "fernet" and header["kdf"] == "scrypt"
    except (ValueError, KeyError, TypeError, binascii.Error):
        raise damaged from None
    in_range = _N_RANGE[0] <= n <= _N_RANGE[1] and _R_RANGE[0] <= r <= _R_RANGE[1] and _P_RANGE[0] <= p <= _P_RANGE[1]
    if not known or not in_range or n & (n - 1) or len(salt) < SALT_BYTES:
        raise damaged
    try:
        plaintext = Fernet(_key(passphrase, salt, n, r, p)).decrypt(lines[2].strip())
    except InvalidToken:
        raise HandoverError(
            f"{name} cannot be opened: the passphrase is wrong, or the file was changed or damaged after "
            "it was made; nothing was imported"
        ) from None
    try:
        contents = json.loads(plaintext)
    except ValueError:
        raise damaged from None
    if not isinstance(contents, dict):
        raise damaged
    return contents


def read_file(path: Path) -> bytes:
    """The bytes of a handover file.

    Raises:
        HandoverError: missing, unreadable or far too large to be one.
    """
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise HandoverError(f"{path} is too large to be a Crisis Room handover file; nothing was imported")
        return path.read_bytes()
    except OSError as exc:
        raise HandoverError(f"{path} cannot be read: {exc.strerror}; nothing was imported") from None
