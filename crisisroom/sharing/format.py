"""The files of a shared folder, version 1 (DESIGN.md, "Sharing an incident", has the full description).

- ``crisisroom-share.json``, written once by the laptop that started sharing: the share's id, the
  incident's id, the lowest Crisis Room version that may take part, and the starting laptop's keys.
- ``<device>/join.json``: a laptop asking to join, signed by its device key.
- ``<device>/welcome-<device>.json``: the team key wrapped for an admitted laptop, signed by the
  laptop that admitted it.
- ``<device>/NNNNNN.crseg``: a segment, the next piece of that laptop's chain. The first line is
  ``crisisroom-segment``, the second a JSON header (format, share, device, number, the chain's
  first and last entry number in it, the lowest version that reads it, the nonce); the rest is the
  body sealed with the team key (ChaCha20-Poly1305, the two lines bound to it), which opens to
  zlib-compressed JSON: the entries of the shared incident in full, the other entries of the chain
  as links (number, hashes, signature; their content stays on that laptop), the laptop's entry in
  the register of devices, and the mention rows its imports carry, as imported.

Every file is written once under a temporary name and renamed: a reader never sees half a file,
and nothing is ever rewritten, so the tool that moves the files never has two versions of one.
"""

from __future__ import annotations

import base64
import json
import zlib
from dataclasses import dataclass
from typing import Any

from crisisroom.domain.errors import InvalidInputError
from crisisroom.sharing import keys

SEGMENT_MAGIC = b"crisisroom-segment\n"
FORMAT = 1  # of segments and documents; a reader refuses a newer one with the version it needs
SHARE_KIND = "crisisroom-share"
JOIN_KIND = "crisisroom-join"
WELCOME_KIND = "crisisroom-welcome"


class FormatError(Exception):
    """A file of the shared folder that cannot be read: ``kind`` says what kind of problem (for alarms)."""

    def __init__(self, kind: str, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


CHANGED = "changed"  # damaged or tampered with: does not open, or its content does not match
NEWER = "newer"  # written by a newer Crisis Room


def canonical(document: dict[str, Any]) -> bytes:
    return json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


@dataclass(frozen=True)
class SegmentHeader:
    share: str
    device: str
    number: int
    first_seq: int
    last_seq: int
    min_version: str


def encode_segment(team_key: bytes, header: SegmentHeader, body: dict[str, Any]) -> bytes:
    fields = {
        "format": FORMAT,
        "share": header.share,
        "device": header.device,
        "number": header.number,
        "first_seq": header.first_seq,
        "last_seq": header.last_seq,
        "min_version": header.min_version,
    }
    plain = zlib.compress(canonical(body), 6)
    # The nonce is made by seal(); the header line that is bound to the ciphertext is written without it.
    bound = SEGMENT_MAGIC + canonical(fields) + b"\n"
    nonce, sealed = keys.seal(team_key, bound, plain)
    return bound + base64.b64encode(nonce) + b"\n" + sealed


def read_segment_header(data: bytes) -> SegmentHeader:
    """The unsealed header of a segment (who wrote it, which entries): readable without the key.

    Raises:
        FormatError: not a segment, damaged, or from a newer format.
    """
    if not data.startswith(SEGMENT_MAGIC):
        raise FormatError(CHANGED, "it is not a Crisis Room segment (its first line is wrong)")
    line_end = data.find(b"\n", len(SEGMENT_MAGIC))
    try:
        fields = json.loads(data[len(SEGMENT_MAGIC) : line_end])
        version = int(fields["format"])
    except (ValueError, KeyError, TypeError) as exc:
        raise FormatError(CHANGED, "its header is damaged") from exc
    if version > FORMAT:
        raise FormatError(NEWER, f"it is in segment format {version}; this Crisis Room reads format {FORMAT}")
    try:
        return SegmentHeader(
            share=str(fields["share"]),
            device=str(fields["device"]),
            number=int(fields["number"]),
            first_seq=int(fields["first_seq"]),
            last_seq=int(fields["last_seq"]),
            min_version=str(fields["min_version"]),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise FormatError(CHANGED, "its header is damaged") from exc


def decode_segment(team_key: bytes, data: bytes) -> tuple[SegmentHeader, dict[str, Any]]:
    """The header and the opened body of a segment.

    Raises:
        FormatError: damaged, changed, sealed with another key, or newer.
    """
    header = read_segment_header(data)
    line_end = data.find(b"\n", len(SEGMENT_MAGIC))
    nonce_end = data.find(b"\n", line_end + 1)
    if nonce_end < 0:
        raise FormatError(CHANGED, "it is cut short")
    bound = data[: line_end + 1]
    try:
        nonce = base64.b64decode(data[line_end + 1 : nonce_end], validate=True)
        plain = keys.open_sealed(team_key, nonce, bound, data[nonce_end + 1 :])
        body = json.loads(zlib.decompress(plain))
    except (ValueError, zlib.error) as exc:
        raise FormatError(CHANGED, str(exc) or "its sealed part is damaged") from exc
    if not isinstance(body, dict):
        raise FormatError(CHANGED, "its sealed part is damaged")
    return header, body


def version_tuple(version: str) -> tuple[int, ...]:
    parts = []
    for part in version.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits or 0))
    return tuple(parts)


def read_document(data: bytes, kind: str) -> dict[str, Any]:
    """A JSON document of the folder (share, join request, welcome), checked for its kind and format.

    Raises:
        FormatError: damaged, not of ``kind``, or newer.
    """
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise FormatError(CHANGED, "it is not readable JSON") from exc
    if not isinstance(document, dict) or document.get("kind") != kind:
        raise FormatError(CHANGED, f"it is not a {kind} file")
    try:
        version = int(document.get("format", 0))
    except (TypeError, ValueError) as exc:
        raise FormatError(CHANGED, "its format is damaged") from exc
    if version > FORMAT:
        raise FormatError(NEWER, f"it is in format {version}; this Crisis Room reads format {FORMAT}")
    return document


def signed_part(document: dict[str, Any]) -> bytes:
    """The bytes a document's signature covers: everything but the signature."""
    return canonical({key: value for key, value in document.items() if key != "signature"})


def require(document: dict[str, Any], *names: str) -> None:
    missing = [name for name in names if not isinstance(document.get(name), str | dict)]
    if missing:
        raise FormatError(CHANGED, f"it lacks {', '.join(missing)}")


def check_version(min_version: str, current: str) -> None:
    """Refuse to take part in a share that needs a newer Crisis Room.

    Raises:
        InvalidInputError: naming the version needed.
    """
    if version_tuple(min_version) > version_tuple(current):
        raise InvalidInputError(
            f"this shared incident needs Crisis Room {min_version} or newer; this laptop has {current}: "
            "update Crisis Room, then join again"
        )
