"""Playing a scenario into a drill incident: injects on the simulated clock, into the real stores.

Mention bursts go into the real mention store (with simulated ``posted_at`` times) and the real
rules are evaluated, so the chart, the gauge and the alerts react exactly as in a crisis.
Messages and events become ``drill-inject`` log entries whose ``occurred_at`` is the simulated
time. The runner never reads the real clock: the window passes its :class:`DrillClock`'s time to
:meth:`DrillRun.advance_to`, and :func:`play_headless` jumps from inject to inject.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from crisisroom.domain.clock import from_iso, now_utc, to_iso
from crisisroom.domain.incidents import Incident
from crisisroom.domain.log import Kind
from crisisroom.domain.mentions import Mention
from crisisroom.drills.clock import anchored_start, check_speed
from crisisroom.drills.injects import burst_mentions, log_text
from crisisroom.drills.scenario import Inject, MentionBurst, MessageInject, Scenario
from crisisroom.storage import incidents, log, mentions, rules
from crisisroom.storage.database import Database
from crisisroom.storage.rules import StoredFiring

DRILL_STARTED, INJECT, DRILL_ENDED = "drill-started", "inject", "drill-ended"


@dataclass(frozen=True)
class Applied:
    """One inject as it was played: when (simulated, stored form) and its log entry."""

    inject: Inject
    at: str
    log_entry_id: str


@dataclass
class _Burst:
    """A burst's posts still to enter the store as the clock passes their times."""

    inject_id: str
    waiting: list[Mention]


@dataclass
class DrillRun:
    """A drill in progress: the scenario, its drill incident, the simulated start, what was played."""

    database: Database
    scenario: Scenario
    incident: Incident
    start: datetime
    author: str
    applied: list[Applied] = field(default_factory=list)
    firings: list[StoredFiring] = field(default_factory=list)
    ended_at: str | None = None
    _bursts: list[_Burst] = field(default_factory=list)

    @classmethod
    def begin(
        cls,
        database: Database,
        scenario: Scenario,
        *,
        author: str,
        start: datetime | None = None,
        speed: float = 1.0,
        headless: bool = False,
    ) -> DrillRun:
        """Open the drill incident (marked as a drill) and log the briefing at the simulated start.

        ``start`` defaults to :func:`anchored_start` (a drill-length before now, so the whole drill
        lies in the past). ``speed`` is recorded for the after-action; headless runs do not wait.
        """
        check_speed(speed)
        start = start or anchored_start(scenario.duration, now_utc())
        incident = incidents.create(
            database,
            scenario.title,
            category=scenario.type,
            author=author,
            is_drill=True,
            level=scenario.starting_level,
            detected_at=to_iso(start),
            timezone=scenario.timezone,
        )
        log.append(
            database,
            incident.id,
            f"EXERCISE briefing ({scenario.brand}): {scenario.briefing}",
            kind=Kind.DRILL_INJECT,
            author=author,
            occurred_at=to_iso(start),
            payload={
                "event": DRILL_STARTED,
                "scenario": scenario.id,
                "source": scenario.source,
                "start": to_iso(start),
                "duration_minutes": scenario.duration_minutes,
                "speed": speed,
                "headless": headless,
            },
        )
        return cls(database, scenario, incident, start, author)

    @property
    def end(self) -> datetime:
        return self.start + self.scenario.duration

    def planned_at(self, inject: Inject) -> datetime:
        return self.start + inject.at

    def pending(self) -> list[Inject]:
        """Scenario injects not played yet, in time order (the facilitator panel's "coming up")."""
        done = {a.inject.id for a in self.applied}
        return [inject for inject in self.scenario.injects if inject.id not in done]

    def next_inject_at(self) -> datetime | None:
        waiting = self.pending()
        return self.planned_at(waiting[0]) if waiting else None

    def advance_to(self, simulated_now: datetime) -> list[Applied]:
        """Play every inject due by ``simulated_now`` and store the posts whose time has come.

        The rules are evaluated after the posts are in, so a firing's time is the simulated time of
        the post that made it pass its threshold. New firings are added to :attr:`firings`.
        """
        played = [
            self.fire(inject, self.planned_at(inject))
            for inject in self.pending()
            if self.planned_at(inject) <= simulated_now
        ]
        self._store_posts(simulated_now)
        return played

    def fire(self, inject: Inject, at: datetime) -> Applied:
        """Play one inject at simulated time ``at``: a planned one, one fired early, or an ad-hoc one.

        A burst's posts are stored as the clock passes them (:meth:`advance_to`).
        """
        payload: dict[str, object] = {
            "event": INJECT,
            "inject": inject.id,
            "kind": inject.kind,
            "planned": inject.offset,
            "at": to_iso(at),
        }
        if isinstance(inject, MessageInject):
            payload.update(sender=inject.sender, channel=inject.channel, subject=self.scenario.fill(inject.subject))
        entry = log.append(
            self.database,
            self.incident.id,
            log_text(self.scenario, inject),
            kind=Kind.DRILL_INJECT,
            author=self.author,
            occurred_at=to_iso(at),
            payload=payload,
        )
        if isinstance(inject, MentionBurst):
            # Unique per firing, so an inject fired again (ad hoc) adds new posts, not duplicates.
            tag = f"{self.incident.id[:8]}-{len(self.applied) + 1}"
            self._bursts.append(_Burst(inject.id, burst_mentions(self.scenario, inject, at, tag=tag)))
        applied = Applied(inject, to_iso(at), entry.id)
        self.applied.append(applied)
        return applied

    def _store_posts(self, simulated_now: datetime) -> None:
        cutoff = to_iso(simulated_now)
        for burst in self._bursts:
            due = [m for m in burst.waiting if m.posted_at <= cutoff]
            if not due:
                continue
            burst.waiting = burst.waiting[len(due) :]
            mentions.import_mentions(
                self.database,
                self.incident.id,
                due,
                source=f"drill {self.scenario.id}: {burst.inject_id}",
                file_format="drill",
                preset="drill scenario",
                author=self.author,
            )
            self.firings.extend(rules.evaluate(self.database, self.incident.id))
        self._bursts = [b for b in self._bursts if b.waiting]

    def finish(self, at: datetime | None = None) -> None:
        """End the drill at simulated ``at`` (default: the scenario's end), storing any posts left."""
        moment = at or self.end
        self._store_posts(moment)
        self.ended_at = to_iso(moment)
        log.append(
            self.database,
            self.incident.id,
            f"EXERCISE ended: {self.scenario.title}",
            kind=Kind.DRILL_INJECT,
            author=self.author,
            occurred_at=self.ended_at,
            payload={"event": DRILL_ENDED, "scenario": self.scenario.id, "at": self.ended_at},
        )


def play_headless(
    database: Database, scenario: Scenario, *, author: str, speed: float = 1.0, start: datetime | None = None
) -> DrillRun:
    """Play a whole scenario with no window and no waiting: the clock jumps inject to inject, then to the end."""
    run = DrillRun.begin(database, scenario, author=author, start=start, speed=speed, headless=True)
    while (moment := run.next_inject_at()) is not None:
        run.advance_to(moment)
    run.finish()
    return run


def started_at(database: Database, incident_id: str) -> tuple[datetime, str] | None:
    """The simulated start and scenario id of a drill incident, from its briefing entry."""
    for entry in log.entries(database, incident_id):
        if entry.kind == Kind.DRILL_INJECT and entry.payload and entry.payload.get("event") == DRILL_STARTED:
            return from_iso(entry.payload["start"]), str(entry.payload["scenario"])
    return None


def inject_times(database: Database, incident_id: str) -> dict[str, datetime]:
    """When each inject was actually played (simulated), by inject id: the first time it was."""
    found: dict[str, datetime] = {}
    for entry in log.entries(database, incident_id):
        if entry.kind == Kind.DRILL_INJECT and entry.payload and entry.payload.get("event") == INJECT:
            found.setdefault(str(entry.payload["inject"]), from_iso(entry.payload["at"]))
    return found
