"""Events of a shared incident: which laptops are its team (see :mod:`crisisroom.domain.events.base`).

A laptop is named by its device (the chain it signs, ``storage/signing.py``): its public key,
which checks the signatures of what it writes, and the X25519 key the incident's team key is
wrapped for. Only the laptops in these events are read from the shared folder.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisisroom.domain.events.base import Event


@dataclass(frozen=True, kw_only=True)
class ShareStarted(Event):
    """The incident is shared through a folder, by this laptop (the first of its team)."""

    TYPE = "share.started"

    incident: str
    share: str  # the share's id, also in the folder's crisisroom-share.json
    device: str
    public_key: str  # Ed25519, base64 (as in the register of devices)
    unwrap_key: str  # X25519, base64: what the team key is wrapped for
    person: str
    laptop: str
    min_version: str


@dataclass(frozen=True, kw_only=True)
class LaptopAdmitted(Event):
    """A laptop that asked to join was admitted, after its fingerprint was compared on both screens."""

    TYPE = "share.laptop-admitted"

    incident: str
    share: str
    device: str
    public_key: str
    unwrap_key: str
    person: str
    laptop: str
    fingerprint: str
