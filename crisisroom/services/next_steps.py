"""The Next list from the database: gather what the room knows about an incident, then ask the rules.

The one place that reads the facts :func:`crisisroom.domain.next_steps.next_steps` needs; the
dashboard's Next panel, ``crisisroom status`` and the situation report all call :func:`steps`, so
they say the same thing. Read-only, and free of Qt.

In a drill played from a scenario every time is put on the drill clock (``now`` too), as the
drill's log and after-action do: what the drill played is stored at simulated times, what the
team did at real times (:meth:`crisisroom.drills.runner.DrillRecord.to_drill_time`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from crisisroom.domain.checklist import PAUSE_POSTS
from crisisroom.domain.clock import from_iso, to_iso, zone_from_name
from crisisroom.domain.events.incidents import opened_level, severity_change
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Incident
from crisisroom.domain.log import Kind
from crisisroom.domain.message_flow import UPDATE_PHASES, MessageState
from crisisroom.domain.next_steps import STATEMENT_LEVEL, ChainPerson, Facts, NextStep, Translate, Waiting, next_steps
from crisisroom.domain.text import as_written
from crisisroom.storage import checklist, incidents, log, messages, notifications, review, rules, updates
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of

LEVEL_HISTORY_LIMIT = 1000


def _on_drill_clock(clock: IncidentClock) -> Callable[[datetime], datetime] | None:
    """For a drill played from a scenario, the map from stored times to its drill clock (UTC); None otherwise."""
    if not clock.is_drill_clock:
        return None
    return lambda moment: clock.moment(moment).astimezone(UTC)


def gather(database: Database, incident: Incident, *, real_now: datetime | None = None) -> Facts:
    """The facts of one incident as the rules read them, as of ``real_now`` (default: the database's clock)."""
    real_now = real_now or database.clock.now()
    clock = clock_of(database, incident)
    to_drill = _on_drill_clock(clock)
    now = clock.now(real_now) if to_drill is not None else real_now

    def at(stored: str | None) -> datetime | None:
        if not stored:
            return None
        return to_drill(from_iso(stored)) if to_drill is not None else from_iso(stored)

    level_at, level_by, high_since = _level_history(database, incident, at)
    fired = rules.firings(database, incident.id)
    suggested = max((f.firing.suggested_level or 0 for f in fired), default=0) or None
    first = next((f for f in fired if suggested and f.firing.suggested_level == suggested), None)
    chain = tuple(
        ChainPerson(c.person.name, c.state, c.backup.name if c.backup else "")
        for c in notifications.chain_states(database, incident)
    )
    stored_messages = messages.messages(database, incident.id)
    items = checklist.checklist(database, incident.id)
    general = next((i for i in items if i.key == PAUSE_POSTS), None)
    accounts = [i for i in items if i.account is not None]
    paused = bool(general and general.done) or bool(accounts and all(i.done for i in accounts))
    due, last = _update_due(database, incident, real_now, to_drill)
    breach = checklist.breach_deadline_of(database, incident, clock)  # as the Manage step shows it
    return Facts(
        now=now,
        zone=zone_from_name(incident.timezone),
        is_open=incident.is_open,
        category=incident.category.value,
        level=incident.level,
        level_at=level_at,
        level_by=level_by,
        high_since=high_since,
        suggested_level=suggested,
        suggested_by=first.rule_name if first else "",
        suggested_at=at(first.firing.fired_at) if first else None,
        chain=chain,
        update_due=due,
        last_update_at=last,
        opened_at=at(incident.opened_at),
        waiting=tuple(
            Waiting(m.audience, m.phase, at(m.current.saved_at) or now)
            for m in stored_messages
            if m.state is MessageState.DRAFT
        ),
        released_any=any(m.last_released is not None for m in stored_messages),
        posts_paused=paused,
        accounts_running=() if paused else tuple(i.account or "" for i in accounts if not i.done),
        aware_at=breach.aware_at.astimezone(UTC) if breach else at(incident.detected_at or incident.opened_at),
        breach_notified=bool(breach and breach.done),
        resolved_at=at(incident.closed_at),
        review_started=bool(
            review.notes(database, incident.id)
            or review.actions(database, incident.id)
            or review.adjustments(database, incident.id)
        ),
    )


def steps(
    database: Database,
    incident_ref: str | Incident,
    *,
    translate: Translate = as_written,
    real_now: datetime | None = None,
) -> list[NextStep]:
    """The incident's next steps, most urgent first (an id, an id prefix or the incident itself).

    Raises:
        NotFoundError: no such incident.
    """
    incident = incident_ref if isinstance(incident_ref, Incident) else incidents.get(database, incident_ref)
    return next_steps(gather(database, incident, real_now=real_now), translate)


def _level_history(
    database: Database, incident: Incident, at: Callable[[str | None], datetime | None]
) -> tuple[datetime | None, str, datetime | None]:
    """When and by whom the current level was confirmed, and since when it has been 3 or more."""
    flt = log.LogFilter(incident.id, kinds=(Kind.SEVERITY.value, Kind.STATUS.value))
    rows = reversed(log.page(database, flt, limit=LEVEL_HISTORY_LIMIT))
    level: int | None = None
    level_at: datetime | None = None
    level_by = ""
    high_since: datetime | None = None
    set_last: dict[int, tuple[datetime | None, str]] = {}
    for row in rows:
        entry = row.entry
        opened, opening_level = opened_level(entry.payload) if entry.kind == Kind.STATUS.value else (False, None)
        change = severity_change(entry.payload) if entry.kind == Kind.SEVERITY.value else None
        new: int | None
        if opened:
            new, when = opening_level, at(entry.recorded_at)
        elif change is not None:
            new, when = change[1], at(entry.occurred_at or entry.recorded_at)
        else:
            continue
        if not isinstance(new, int):
            continue
        set_last[new] = (when, entry.author)
        if new == level:
            continue
        if new >= STATEMENT_LEVEL and (level or 0) < STATEMENT_LEVEL:
            high_since = when
        elif new < STATEMENT_LEVEL:
            high_since = None
        level, level_at, level_by = new, when, entry.author
    if incident.level is not None and level != incident.level and incident.level in set_last:
        # Levels set on two laptops without seeing each other: the higher stands, not the later
        # (storage/incidents.py); it was set when its own entry says.
        level_at, level_by = set_last[incident.level]
        if incident.level >= STATEMENT_LEVEL and high_since is None:
            high_since = level_at
    return level_at, level_by, high_since


def _update_due(
    database: Database,
    incident: Incident,
    real_now: datetime,
    on_clock: Callable[[datetime], datetime] | None,
) -> tuple[datetime | None, datetime | None]:
    """When the next update is due and when the last went out, on the drill clock in a drill."""
    if not incident.is_open:
        return None, None
    as_of = to_iso(real_now)
    released = messages.latest_release_at(database, incident.id, UPDATE_PHASES, as_of=as_of)
    given = [u for u in updates.internal_updates(database, incident.id) if u.released_at <= as_of]
    internal = given[-1] if given else None
    last_stored = max((t for t in (released, internal.released_at if internal else None) if t), default=None)
    if on_clock is None:
        due = updates.next_update_due(database, incident.id, real_now)
        return due, from_iso(last_stored) if last_stored else None
    # On the drill clock the rhythm counts drill minutes: the same arithmetic as updates.next_update_due.
    opened = on_clock(from_iso(incident.opened_at))
    last = on_clock(from_iso(last_stored)) if last_stored else None
    due = updates.cadence(database, incident.id).next_due(opened, last)
    if internal is not None and last_stored == internal.released_at and last is not None:
        promised = last + (from_iso(internal.next_update_at) - from_iso(internal.released_at))
        due = min(due, promised)
    return due, last


def update_due(database: Database, incident: Incident, real_now: datetime) -> tuple[datetime | None, datetime]:
    """When the next update is due and the time now, both on the incident's clock (a drill's drill clock).

    The countdown compares the two: in a drill played at 60× it counts drill minutes, as the drill's
    log and Next list do.
    """
    clock = clock_of(database, incident)
    to_drill = _on_drill_clock(clock)
    if to_drill is None:
        return _update_due(database, incident, real_now, None)[0], real_now
    return _update_due(database, incident, real_now, to_drill)[0], clock.now(real_now)
