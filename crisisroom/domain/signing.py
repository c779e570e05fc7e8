"""Signatures on the crisis log: Ed25519 keys per device, and the short heads people print and compare.

Every entry's ``hash`` already covers its content and its predecessor's hash; a device signs that
hash with its own key, which lives only in the operating system's keychain. Someone with the
database file but not the key can change or recompute entries, but cannot sign the result, so
the newest entry of each chain (its head) no longer carries a valid signature.

A head is also what people print and pass on: ``3f2a9c1e-57-9f3a2b7c1d0e4a5b`` names a device
(the first eight hex digits of its id), an entry number on that device's chain and the first
sixteen hex digits of that entry's hash. ``crisisroom verify --head`` checks that today's log still
has exactly that entry, and so everything before it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass

from crisisroom.domain.errors import InvalidInputError

# Domain separation: a log signature can never be replayed as any other signed thing (and back).
_ENTRY_CONTEXT = b"crisisroom log entry v1\n"
_DEVICE_CONTEXT = b"crisisroom device v1\n"
_DOCUMENT_CONTEXT = b"crisisroom shared-folder document v1\n"
HEAD_HASH_DIGITS = 16  # 64 bits: out of reach of a search for a rewritten chain that prints the same
QR_PREFIX = "crisisroom-head:1:"


# cryptography is imported where it is used: the window writes no entry before it shows.


def new_private_key() -> bytes:
    """A fresh Ed25519 private key, as its 32 raw bytes."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )


def public_key_of(private_key: bytes) -> str:
    """The public half of a private key, base64 of its 32 raw bytes (what the device register keeps)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    raw = (
        Ed25519PrivateKey.from_private_bytes(private_key)
        .public_key()
        .public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    )
    return base64.b64encode(raw).decode("ascii")


def key_fingerprint(public_key: str) -> str:
    """A short, readable name of a public key (``7c1d 0e4a 5b9f 3a2b``), for people comparing keys."""
    digest = hashlib.sha256(base64.b64decode(public_key)).hexdigest()[:16]
    return " ".join(digest[i : i + 4] for i in range(0, 16, 4))


def laptop_fingerprint(public_key: str) -> str:
    """``04719 88203 51176 30942``: a laptop's public device key as four groups of five digits.

    What two people compare, reading aloud across a table, before a laptop joins a shared incident:
    66 bits of the key's SHA-256, too many for anyone to make a key that prints the same.
    """
    digest = hashlib.sha256(base64.b64decode(public_key)).digest()
    number = int.from_bytes(digest[:9], "big") % 10**20
    digits = f"{number:020d}"
    return " ".join(digits[i : i + 5] for i in range(0, 20, 5))


def sign_entry(private_key: bytes, entry_hash: str) -> str:
    """The signature of one entry (over its chain hash), base64."""
    return _sign(private_key, _ENTRY_CONTEXT + entry_hash.encode("ascii"))


def entry_signature_valid(public_key: str, entry_hash: str, signature: str | None) -> bool:
    """Whether ``signature`` is the device's signature of the entry with this hash."""
    return _valid(public_key, _ENTRY_CONTEXT + entry_hash.encode("ascii"), signature)


def sign_document(private_key: bytes, content: bytes) -> str:
    """A device's signature of a document it puts in a shared folder (a join request, a welcome), base64."""
    return _sign(private_key, _DOCUMENT_CONTEXT + content)


def document_signature_valid(public_key: str, content: bytes, signature: str | None) -> bool:
    """Whether ``signature`` is that device's signature of the document ``content``."""
    return _valid(public_key, _DOCUMENT_CONTEXT + content, signature)


@dataclass(frozen=True)
class DeviceRecord:
    """A device's entry in the register: its public key, and where its signed chain begins.

    ``signed_from`` is the first entry number it signed; the entries before it (written before
    the log was signed, or before a keychain was available) are bound to it through
    ``anchor_hash``, the hash of entry ``signed_from - 1``. A device that took over from another
    (a restore, a new computer, a lost key) names it in ``follows`` with that chain's head then.
    """

    device_id: str
    public_key: str
    signed_from: int
    anchor_hash: str
    registered_at: str
    reason: str
    follows_device: str | None
    follows_seq: int | None
    follows_hash: str | None
    signature: str

    def content(self) -> bytes:
        return json.dumps(
            {
                "device_id": self.device_id,
                "public_key": self.public_key,
                "signed_from": self.signed_from,
                "anchor_hash": self.anchor_hash,
                "registered_at": self.registered_at,
                "reason": self.reason,
                "follows_device": self.follows_device,
                "follows_seq": self.follows_seq,
                "follows_hash": self.follows_hash,
            },
            sort_keys=True,
            separators=(",", ":"),
        ).encode("utf-8")

    def signature_valid(self) -> bool:
        return _valid(self.public_key, _DEVICE_CONTEXT + self.content(), self.signature)


def sign_device(private_key: bytes, unsigned: DeviceRecord) -> DeviceRecord:
    """``unsigned`` with its self-signature (which binds the key to the device and its start)."""
    signature = _sign(private_key, _DEVICE_CONTEXT + unsigned.content())
    return DeviceRecord(**{**unsigned.__dict__, "signature": signature})


@dataclass(frozen=True)
class Head:
    """The newest entry of one device's chain, as printed and compared."""

    device_id: str
    seq: int
    hash: str

    @property
    def fingerprint(self) -> str:
        return f"{self.device_id.replace('-', '')[:8]}-{self.seq}-{self.hash[:HEAD_HASH_DIGITS]}"

    @property
    def qr_text(self) -> str:
        """The full head, for a QR code: nothing shortened."""
        return f"{QR_PREFIX}{self.device_id}:{self.seq}:{self.hash}"


@dataclass(frozen=True)
class ClaimedHead:
    """A head as someone typed or scanned it: a device id prefix, an entry number, a hash prefix."""

    device_prefix: str
    seq: int
    hash_prefix: str
    text: str


_FINGERPRINT = re.compile(r"^([0-9a-f]{8})-([1-9][0-9]{0,11})-([0-9a-f]{12,64})$")
_QR = re.compile(r"^([0-9a-f-]{36}):([1-9][0-9]{0,11}):([0-9a-f]{64})$")


def parse_heads(text: str) -> list[ClaimedHead]:
    """Heads from what was printed or scanned: fingerprints or QR texts, separated by spaces or commas.

    Raises:
        InvalidInputError: naming the part that is not a head, and the form one takes.
    """
    found = []
    for part in re.split(r"[\s,;]+", text.strip()):
        if not part:
            continue
        word = part.lower()
        if word.startswith(QR_PREFIX):
            for chunk in word[len(QR_PREFIX) :].split("|"):
                match = _QR.match(chunk)
                if not match:
                    raise InvalidInputError(f"{part!r} is not a Crisis Room head (its QR text is damaged)")
                device, seq, digest = match.groups()
                found.append(ClaimedHead(device.replace("-", "")[:8], int(seq), digest, part))
            continue
        match = _FINGERPRINT.match(word)
        if not match:
            raise InvalidInputError(
                f"{part!r} is not a log head; a head looks like 3f2a9c1e-57-9f3a2b7c1d0e4a5b "
                "(device, entry number, at least 12 digits of its hash), as printed on reports and backups"
            )
        device, seq, digest = match.groups()
        found.append(ClaimedHead(device, int(seq), digest, part))
    if not found:
        raise InvalidInputError("give the head printed on a report or backup, e.g. 3f2a9c1e-57-9f3a2b7c1d0e4a5b")
    return found


def heads_qr_text(heads: list[Head]) -> str:
    """All heads of a log in one QR text (``|`` between devices)."""
    return QR_PREFIX + "|".join(h.qr_text[len(QR_PREFIX) :] for h in heads)


def _sign(private_key: bytes, message: bytes) -> str:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    return base64.b64encode(Ed25519PrivateKey.from_private_bytes(private_key).sign(message)).decode("ascii")


def _valid(public_key: str, message: bytes, signature: str | None) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    if not signature:
        return False
    try:
        key = Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key, validate=True))
        key.verify(base64.b64decode(signature, validate=True), message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True
