"""Events of mentions and the escalation rules (see :mod:`crisisroom.domain.events.base`).

Mention rows are too many for a payload: they are *carried* with the log (storage/events.py,
CARRIED_TABLES), and the import's entry names its batch and the SHA-256 of the batch's rows as
they were imported, so a rebuild can copy them and ``verify`` can tell when they changed. What
the rows leave behind (the batch, the hourly counts) is state the handlers derive.

The rules' definitions belong to the organisation (recorded with no incident); their firings,
revisions and acknowledgements to the incident whose mentions caused them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.events.base import Event


@dataclass(frozen=True, kw_only=True)
class MentionsImported(Event):
    """An import (an export, a mention added by hand, a demo's export) stored ``count`` new rows in ``batch``.

    ``digest`` is the SHA-256 of the batch's rows as imported (storage/mentions.py says the canonical
    form); ``first`` and ``last`` span the rows read (None when none was), the hours the batch can touch.
    """

    TYPE = "mentions.imported"

    incident: str
    batch: str
    source: str
    file_sha256: str | None
    format: str
    preset: str
    rows_read: int
    count: int
    duplicates: int
    rejected: int
    digest: str
    first: str | None
    last: str | None


@dataclass(frozen=True, kw_only=True)
class MentionRelabelled(Event):
    """A person corrected a mention's sentiment. The mention is named by its incident and dedupe key
    (the same on every copy of the rows); ``mention`` is its number in this file, for people."""

    TYPE = "mentions.relabelled"

    incident: str
    mention: int
    dedupe_key: str
    posted_at: str
    previous: str  # the label before ("unscored" when it had none)
    sentiment: str


@dataclass(frozen=True, kw_only=True)
class RulesSet(Event):
    """The organisation's escalation rules, the whole set in its order (each a plain dict of a Rule)."""

    TYPE = "rules.set"

    rules: list[dict[str, Any]]


@dataclass(frozen=True, kw_only=True)
class RuleFired(Event):
    """A rule's line was crossed: a firing recorded with its alert (the entry that carries this).

    ``rule``, ``fired_at``, ``negative_in_hour`` and ``suggested_level`` are the keys the alerts of
    earlier versions carried too; the rule's name, advice and role are kept as they were when it fired.
    """

    TYPE = "rules.fired"

    incident: str
    firing: str
    rule: str
    rule_name: str
    action: str
    role: str
    fired_at: str
    episode_start: str
    episode_end: str
    negative_in_hour: int
    suggested_level: int | None


@dataclass(frozen=True, kw_only=True)
class FiringsRevised(Event):
    """Recorded firings that the data now places elsewhere: ``kept`` carries the episode on from
    ``fired_at`` (None: the recorded ones no longer hold), the ``withdrawn`` ones stand down.
    ``alerts`` are the log entries of the firings revised."""

    TYPE = "rules.firings-revised"

    incident: str
    rule: str
    cause: str
    fired_at: str | None
    kept: str | None
    withdrawn: list[str]
    alerts: list[str]
    episode_start: str | None = None
    episode_end: str | None = None
    negative_in_hour: int | None = None
    suggested_level: int | None = None


@dataclass(frozen=True, kw_only=True)
class FiringsRefreshed(Event):
    """Recorded firings whose alert stands but whose episode the data now draws longer (or whose
    rule now suggests another level): each item has the ``firing`` id and its figures now."""

    TYPE = "rules.firings-refreshed"

    incident: str
    cause: str
    firings: list[dict[str, Any]]


@dataclass(frozen=True, kw_only=True)
class AlertAcknowledged(Event):
    TYPE = "rules.alert-acknowledged"

    incident: str
    firing: str
