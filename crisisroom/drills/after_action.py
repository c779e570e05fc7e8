"""After-action scoring: each expectation met or missed with the measured time, and the key metrics.

Two halves: :func:`observe` reads what the team did from the stores (notifications, released
statements, severity entries, rule firings); :func:`score` is pure and compares that with the
scenario's expectations. Times are the drill's simulated times.

How a time is measured: from the reference (the drill start, or the time the inject named by
``after`` was played) to the first matching action at or after it. Something already done before
the reference counts as done at +00:00 (a team that notified before the recall inject did not
fail "notified within 10 minutes of the recall"). For ``level_at_least``, the level in force at
the reference counts the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.events.incidents import opened_level, severity_change
from crisisroom.domain.log import Kind
from crisisroom.drills.offsets import format_offset
from crisisroom.drills.scenario import Expectation, Measure, Scenario
from crisisroom.storage import log, messages, notifications, rules
from crisisroom.storage.database import Database


@dataclass(frozen=True)
class Observed:
    """What the team and the rules did in a drill, as simulated times."""

    notified: tuple[datetime, ...] = ()
    released: tuple[datetime, ...] = ()
    levels: tuple[tuple[datetime, int], ...] = ()  # (from when, level), in time order; the first is the start
    firings: tuple[tuple[str, datetime], ...] = ()  # (rule id, fired at)


@dataclass(frozen=True)
class ExpectationResult:
    expectation: Expectation
    reference: datetime
    deadline: datetime
    at: datetime | None  # when it was achieved (None: never)
    measured: timedelta | None  # from the reference

    @property
    def met(self) -> bool:
        return self.measured is not None and self.measured <= self.expectation.within


@dataclass(frozen=True)
class AfterAction:
    start: datetime
    results: tuple[ExpectationResult, ...]
    time_to_notify: timedelta | None
    time_to_first_statement: timedelta | None
    target_level: int | None  # the highest level any expectation asks for
    time_to_target_level: timedelta | None
    firings: tuple[tuple[str, datetime], ...]


def _first_from(times: tuple[datetime, ...] | list[datetime], reference: datetime) -> datetime | None:
    """The first time at or after ``reference``; one before it counts as at the reference."""
    if not times:
        return None
    earliest = min(times)
    if earliest <= reference:
        return reference
    return earliest


def _level_reached(levels: tuple[tuple[datetime, int], ...], wanted: int, reference: datetime) -> datetime | None:
    in_force = [level for moment, level in levels if moment <= reference]
    if in_force and in_force[-1] >= wanted:
        return reference
    later = [moment for moment, level in levels if moment > reference and level >= wanted]
    return min(later) if later else None


def measure(expectation: Expectation, reference: datetime, observed: Observed) -> datetime | None:
    """When the expectation was achieved, counted from ``reference``; None when it never was."""
    if expectation.measure is Measure.NOTIFIED:
        return _first_from(observed.notified, reference)
    if expectation.measure is Measure.FIRST_STATEMENT_RELEASED:
        return _first_from(observed.released, reference)
    if expectation.measure is Measure.LEVEL_AT_LEAST:
        assert isinstance(expectation.value, int)
        return _level_reached(observed.levels, expectation.value, reference)
    if expectation.measure is Measure.RULE_FIRED:
        return _first_from([at for rule, at in observed.firings if rule == expectation.value], reference)
    raise ValueError(f"unknown measure {expectation.measure}")


def score(scenario: Scenario, start: datetime, played: dict[str, datetime], observed: Observed) -> AfterAction:
    """Compare the observed actions with the scenario's expectations.

    ``played`` maps inject ids to when they were played; an inject never played is taken at its
    planned time, so its expectations still get a deadline (and are missed if nothing happened).
    """
    results = []
    for expectation in scenario.expectations:
        reference = start
        if expectation.after is not None:
            reference = played.get(expectation.after, start + scenario.inject(expectation.after).at)
        achieved = measure(expectation, reference, observed)
        results.append(
            ExpectationResult(
                expectation,
                reference,
                reference + expectation.within,
                achieved,
                None if achieved is None else achieved - reference,
            )
        )
    targets = [e.value for e in scenario.expectations if e.measure is Measure.LEVEL_AT_LEAST]
    target = max((t for t in targets if isinstance(t, int)), default=None)
    first_notified = _first_from(observed.notified, start)
    first_statement = _first_from(observed.released, start)
    reached = _level_reached(observed.levels, target, start) if target is not None else None
    return AfterAction(
        start=start,
        results=tuple(results),
        time_to_notify=None if first_notified is None else first_notified - start,
        time_to_first_statement=None if first_statement is None else first_statement - start,
        target_level=target,
        time_to_target_level=None if reached is None else reached - start,
        firings=observed.firings,
    )


def observe(
    database: Database, incident_id: str, start: datetime, *, simulated: Callable[[datetime], datetime] | None = None
) -> Observed:
    """Read the team's record of a drill incident, on the drill's clock.

    The team's actions are stored with the real (wall-clock) time they happened or were said to
    happen: a notification, a release, a severity decision. ``simulated`` maps those real
    instants onto the drill clock (:meth:`crisisroom.drills.runner.DrillRecord.to_drill_time`, built from the
    clock's stored history); identity when None. Rule firings are already simulated times: they
    are the times of the injected posts.
    """
    to_sim = simulated or (lambda moment: moment)
    # Notified means reached: a call nobody answered, or a message left, has told no one yet.
    notified = tuple(
        to_sim(from_iso(attempt.occurred_at))
        for person in notifications.notifications(database, incident_id)
        for attempt in person.attempts
        if attempt.outcome.is_reached
    )
    released = tuple(
        to_sim(from_iso(version.release.at))
        for message in messages.messages(database, incident_id)
        for version in messages.versions(database, message.id)
        if version.release is not None
    )
    levels: list[tuple[datetime, int]] = []
    for entry in log.entries(database, incident_id):
        opened, opening_level = opened_level(entry.payload) if entry.kind == Kind.STATUS else (False, None)
        change = severity_change(entry.payload) if entry.kind == Kind.SEVERITY else None
        if opened and opening_level is not None:
            levels.append((start, opening_level))
        elif change is not None:
            moment = to_sim(from_iso(entry.occurred_at or entry.recorded_at))
            levels.append((moment, change[1]))
    firings = tuple((f.firing.rule_id, from_iso(f.firing.fired_at)) for f in rules.firings(database, incident_id))
    return Observed(
        notified=tuple(sorted(notified)),
        released=tuple(sorted(released)),
        levels=tuple(sorted(levels, key=lambda item: item[0])),
        firings=firings,
    )


def _offset(delta: timedelta | None) -> str | None:
    return None if delta is None else format_offset(delta)


def results_json(after: AfterAction) -> list[dict[str, Any]]:
    """The expectations as the command line prints them."""
    return [
        {
            "id": r.expectation.id,
            "description": r.expectation.description,
            "measure": r.expectation.measure.value,
            "value": r.expectation.value,
            "after": r.expectation.after,
            "within": format_offset(r.expectation.within),
            "deadline": to_iso(r.deadline),
            "achieved_at": None if r.at is None else to_iso(r.at),
            "measured": _offset(r.measured),
            "met": r.met,
        }
        for r in after.results
    ]


def metrics_json(after: AfterAction) -> dict[str, Any]:
    return {
        "time_to_notify": _offset(after.time_to_notify),
        "time_to_first_statement": _offset(after.time_to_first_statement),
        "target_level": after.target_level,
        "time_to_target_level": _offset(after.time_to_target_level),
        "rule_firings": len(after.firings),
    }
