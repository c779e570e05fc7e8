"""The typed, versioned payload every state-changing log entry carries.

A state change is written as one log entry whose payload is an :class:`Event`: its ``type``
names what happened (``incident.opened``), ``v`` the version of that payload's shape, and the
rest are the event's fields in plain JSON values. The state tables are what these events leave
behind; ``storage/events.py`` applies them, at the time of writing and again when the tables
are rebuilt from the log alone (DESIGN.md, "The log is the source of truth").

A payload's shape never changes under its version: a new shape is a new ``VERSION`` and an
:meth:`Event.upgrade` that reads the old one, so a log written years ago still replays.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any, ClassVar, Self

_TYPES: dict[str, type[Event]] = {}


@dataclasses.dataclass(frozen=True, kw_only=True)
class Event:
    """One kind of state change. Subclasses are frozen dataclasses with a ``TYPE`` and a ``VERSION``."""

    TYPE: ClassVar[str] = ""
    VERSION: ClassVar[int] = 1

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not cls.TYPE:
            raise TypeError(f"{cls.__name__} needs a TYPE")
        if cls.TYPE in _TYPES and _TYPES[cls.TYPE].__qualname__ != cls.__qualname__:
            raise TypeError(f"two events are called {cls.TYPE!r}")
        _TYPES[cls.TYPE] = cls

    def payload(self) -> dict[str, Any]:
        """The JSON object stored in the entry: ``type``, ``v`` and the fields."""
        fields = {field.name: getattr(self, field.name) for field in dataclasses.fields(self)}
        return {"type": self.TYPE, "v": self.VERSION, **fields}

    @classmethod
    def upgrade(cls, fields: dict[str, Any], version: int) -> dict[str, Any]:
        """The fields of an older version of this payload, in the current shape (override when it changes)."""
        if version != cls.VERSION:
            raise ValueError(f"{cls.TYPE} version {version} cannot be read by this version of Crisis Room")
        return fields

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> Self:
        fields = {key: value for key, value in payload.items() if key not in ("type", "v")}
        fields = cls.upgrade(fields, int(payload.get("v", 1)))
        names = {field.name for field in dataclasses.fields(cls)}
        return cls(**{key: value for key, value in fields.items() if key in names})


def event_of(payload: dict[str, Any] | None) -> Event | None:
    """The event a stored payload holds; None for an entry that changes no state (a note) or one
    written before events were typed.

    Raises:
        ValueError: a typed payload of a type or version this version cannot read.
    """
    if not payload or "type" not in payload:
        return None
    cls = _TYPES.get(str(payload["type"]))
    if cls is None:
        raise ValueError(f"unknown event type {payload['type']!r}: written by a newer Crisis Room")
    return cls.from_payload(payload)


def type_of(payload: dict[str, Any] | None, legacy_names: Mapping[str, str]) -> str | None:
    """The event type of a payload that is one of ``legacy_names``' types, in this version's shape
    or the untyped one before typed events (``{"event": old name}``, read through ``legacy_names``);
    None for any other entry."""
    if not payload:
        return None
    if "type" in payload:
        kind = str(payload["type"])
        return kind if kind in legacy_names.values() else None
    return legacy_names.get(str(payload.get("event", "")))


def event_types() -> dict[str, type[Event]]:
    """Every event type, by name (after :mod:`crisisroom.domain.events` is imported)."""
    return dict(_TYPES)
