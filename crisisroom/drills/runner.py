"""Playing a scenario into a drill incident: injects on the simulated clock, into the real stores.

Mention bursts go into the real mention store (with simulated ``posted_at`` times), and the real
rules are evaluated after them (``services.drills`` does, through ``services.mentions``), so the
chart, the gauge and the alerts react exactly as in a crisis.
Messages and events become ``drill-inject`` log entries whose ``occurred_at`` is the simulated
time. What the drill plays (the briefing, the injects, a burst's posts) speaks with the
facilitator's voice, :data:`EXERCISE_CONTROL`; what a person does (the clock, the end) is theirs.
A burst's posts come in a few at a time as the clock passes them, and the log says so once, when
the burst is all in (or the drill ended before it was): a burst is one import batch, named by its
inject's entry and recorded (count and digest) by that one entry. Ending the drill closes its incident.
Every entry carries a typed event (domain/events/drills.py); the readers here read those and the
untyped payloads of drills played by earlier versions.

The runner reads the real clock only for the real moments it records (the start and the end,
unless given): the window passes its :class:`DrillClock`'s time to :meth:`DrillRun.advance_to`,
and ``services.drills.play_headless`` jumps from inject to inject.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.errors import InvalidInputError, UserError
from crisisroom.domain.events.drills import (
    DRILL_ENDED,
    DRILL_STARTED,
    INJECT,
    POSTS_IN,
    DrillClockChanged,
    DrillEnded,
    DrillStarted,
    InjectPlayed,
    drill_event,
)
from crisisroom.domain.incident_time import drill_history, on_drill_clock
from crisisroom.domain.incidents import Incident
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.mentions import Mention
from crisisroom.drills import scenario as scenarios
from crisisroom.drills.clock import Anchor, DrillClock, anchored_start, check_speed, simulated_at
from crisisroom.drills.injects import burst_mentions, log_text, posts_in_text
from crisisroom.drills.offsets import format_offset
from crisisroom.drills.scenario import EventInject, Inject, MentionBurst, MessageInject, Scenario
from crisisroom.storage import drills as drill_log
from crisisroom.storage import incidents, log, mentions, rules
from crisisroom.storage.database import Database
from crisisroom.storage.rules import StoredFiring

EXERCISE_CONTROL = "Exercise control"
"""Who the log names for what the drill plays, as the after-action report does (reports.data.EXERCISE_CONTROL)."""
_INJECT_TYPES: dict[str, type[Inject]] = {"mentions": MentionBurst, "message": MessageInject, "event": EventInject}


@dataclass(frozen=True)
class Applied:
    """One inject as it was played: when (simulated, stored form) and its log entry."""

    inject: Inject
    at: str
    log_entry_id: str


@dataclass
class _Burst:
    """A burst's posts still to enter the store as the clock passes their times.

    ``entry_id`` is the inject's log entry; ``arrived`` counts the posts in the store so far (a
    resumed drill's posts stored before the restart included), ``imported`` those this run added.
    ``batch`` is the import batch the entry named (None for a drill played by an earlier version:
    its posts are then imported as ordinary imports); ``first`` and ``last`` span the posts' times.
    """

    inject: MentionBurst
    entry_id: str
    waiting: list[Mention]
    arrived: int = 0
    imported: int = 0
    batch: str | None = None
    first: str | None = None
    last: str | None = None


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
    _arrivals: list[str] = field(default_factory=list)  # bursts whose posts came in since :meth:`take_arrivals`

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
        real_now: datetime | None = None,
    ) -> DrillRun:
        """Open the drill incident (marked as a drill) and log the briefing at the simulated start.

        ``start`` defaults to :func:`anchored_start` (a drill-length before ``real_now``, itself the
        system clock by default, so the whole drill lies in the past). The briefing entry keeps the
        scenario's text and the first anchor of the clock (the real and simulated start, the
        speed), so the drill can be resumed and scored as it was played, even if its file changes.
        """
        check_speed(speed)
        real_now = real_now or database.clock.now()
        start = start or anchored_start(scenario.duration, real_now)
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
        drill_log.record_started(
            database,
            DrillStarted(
                incident=incident.id,
                scenario=scenario.id,
                source=scenario.source,
                start=to_iso(start),
                duration_minutes=scenario.duration_minutes,
                speed=speed,
                headless=headless,
                real=to_iso(real_now),
                toml=scenario.text,
            ),
            f"EXERCISE briefing ({scenario.brand}): {scenario.briefing}",
            author=EXERCISE_CONTROL,
        )
        return cls(database, scenario, incident, start, author)

    @classmethod
    def resume(cls, database: Database, incident_id: str, *, author: str) -> tuple[DrillRun, DrillClock]:
        """Pick up a drill that was not ended (the app was closed or crashed), with its clock paused.

        Everything comes from the drill's log: the scenario as played, the simulated start, the
        injects played (ad-hoc ones included), and the clock's history. A burst's posts are
        generated again from the same seed; those already stored are skipped by the import, so
        the ones still to come arrive on time and none twice. The clock continues, paused, from
        the simulated time of the last thing recorded.

        Raises:
            InvalidInputError: the incident is not a drill played from a scenario, or it has ended.
        """
        incident = incidents.get(database, incident_id)
        record = drill_record(database, incident_id)
        if not incident.is_drill or record is None:
            raise InvalidInputError(f"{incident.title!r} is not a drill played from a scenario")
        if record.ended:
            raise InvalidInputError(f"the drill {incident.title!r} has ended; open its after-action report instead")
        played = record.scenario()
        run = cls(database, played, incident, record.start, author)
        for entry_id, payload in record.injects:
            inject = _inject_of(played, payload)
            at = from_iso(payload["at"])
            run.applied.append(Applied(inject, to_iso(at), entry_id))
            if isinstance(inject, MentionBurst) and entry_id not in record.posts_in:
                tag = f"{incident.id[:8]}-{len(run.applied)}"
                run._bursts.append(_burst(inject, entry_id, burst_mentions(played, inject, at, tag=tag), payload))
        run.firings.extend(rules.firings(database, incident_id))
        history, last_real = record.history, record.last_recorded
        now = min(max(simulated_at(history, last_real), history[-1].simulated), run.end)
        drill_clock = DrillClock.resumed(run.start, Anchor(last_real, now, history[-1].speed, True))
        run._store_posts(now)
        return run, drill_clock

    def record_clock(self, change: str, anchor: Anchor) -> LogEntry:
        """Log a change of the drill clock (paused, resumed, speed, jump) with its anchor.

        The after-action maps the team's real action times onto the drill clock through these, and
        a drill resumed after a restart continues from the last one.
        """
        elapsed = format_offset(anchor.simulated - self.start)
        words = {
            "paused": f"EXERCISE clock paused at {elapsed}",
            "resumed": f"EXERCISE clock resumed at {elapsed} ({anchor.speed:g}×)",
            "speed": f"EXERCISE clock speed set to {anchor.speed:g}× at {elapsed}",
            "jump": f"EXERCISE clock moved on to {elapsed}",
        }
        return drill_log.record_clock(
            self.database,
            DrillClockChanged(
                incident=self.incident.id,
                change=change,
                real=to_iso(anchor.real),
                at=to_iso(anchor.simulated),
                speed=anchor.speed,
                paused=anchor.paused,
            ),
            words.get(change, f"EXERCISE clock {change} at {elapsed}"),
            author=self.author,
        )

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

        The rules are for the caller to evaluate once the posts are in (:meth:`take_arrivals` says
        whether any came), so a firing's time is the simulated time of the post that made it pass
        its threshold; ``services.drills`` does, and adds the new firings to :attr:`firings`.
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
        event = InjectPlayed(
            incident=self.incident.id, inject=inject.id, kind=inject.kind, planned=inject.offset, at=to_iso(at)
        )
        if isinstance(inject, MessageInject):
            event = dataclasses.replace(
                event, sender=inject.sender, channel=inject.channel, subject=self.scenario.fill(inject.subject)
            )
        if inject not in self.scenario.injects:
            # An ad-hoc inject is kept whole, so a resumed drill can still deliver the rest of its posts.
            event = dataclasses.replace(event, definition=_definition(inject))
        posts: list[Mention] = []
        if isinstance(inject, MentionBurst):
            # Unique per firing, so an inject fired again (ad hoc) adds new posts, not duplicates.
            tag = f"{self.incident.id[:8]}-{len(self.applied) + 1}"
            posts = burst_mentions(self.scenario, inject, at, tag=tag)
            event = dataclasses.replace(
                event,
                batch=str(uuid.uuid4()),
                source=_burst_source(self.scenario, inject),
                first=min((m.posted_at for m in posts), default=None),
                last=max((m.posted_at for m in posts), default=None),
            )
        entry = drill_log.record_inject(self.database, event, log_text(self.scenario, inject), author=EXERCISE_CONTROL)
        if isinstance(inject, MentionBurst):
            self._bursts.append(_burst(inject, entry.id, posts, event.payload()))
        applied = Applied(inject, to_iso(at), entry.id)
        self.applied.append(applied)
        return applied

    def take_arrivals(self) -> list[str]:
        """The bursts (inject ids) whose posts came into the store since the last call, each once."""
        arrived, self._arrivals = list(dict.fromkeys(self._arrivals)), []
        return arrived

    def store_last_posts(self, at: datetime | None = None) -> None:
        """The drill ends at simulated ``at`` (default: the scenario's end): the posts due by then come
        in, the rest of a burst never does, and each burst's entry says how many did."""
        self._store_posts(at or self.end, ending=True)

    def _store_posts(self, simulated_now: datetime, *, ending: bool = False) -> None:
        """Store the posts whose time has come; ``ending``: the last call, the posts not due never come."""
        cutoff = to_iso(simulated_now)
        for burst in self._bursts:
            due = [m for m in burst.waiting if m.posted_at <= cutoff]
            rest = burst.waiting[len(due) :]
            # The burst's one entry goes with its last posts: when they are all in, or the drill ends first.
            logged_at = (cutoff if rest else due[-1].posted_at) if due else cutoff
            if due:
                self._import(burst, due, rest, logged_at if ending or not rest else None)
            elif ending:
                self._log_posts_in(burst, burst.arrived, burst.imported, logged_at)
        self._bursts = [] if ending else [b for b in self._bursts if b.waiting]

    def _import(self, burst: _Burst, due: list[Mention], rest: list[Mention], logged_at: str | None) -> None:
        """Store ``due`` of ``burst``'s posts; with ``logged_at``, log the burst (in the same transaction)."""
        if burst.batch is None:  # a burst of a drill played by an earlier version: its posts come as imports
            summary = mentions.import_mentions(
                self.database,
                self.incident.id,
                due,
                source=_burst_source(self.scenario, burst.inject),
                file_format=drill_log.BURST_FORMAT,
                preset=drill_log.BURST_PRESET,
                author=EXERCISE_CONTROL,
            )
            imported, duplicates = summary.imported, summary.duplicates
            if logged_at is not None:
                self._log_posts_in(burst, burst.arrived + imported + duplicates, burst.imported + imported, logged_at)
        else:
            with self.database.transaction():
                imported, duplicates = mentions.add_to_batch(self.database, self.incident.id, burst.batch, due)
                if logged_at is not None:
                    arrived = burst.arrived + imported + duplicates
                    self._log_posts_in(burst, arrived, burst.imported + imported, logged_at)
        burst.waiting = rest
        burst.arrived += imported + duplicates
        burst.imported += imported
        self._arrivals.append(burst.inject.id)

    def _log_posts_in(self, burst: _Burst, arrived: int, imported: int, at: str) -> LogEntry:
        """The burst's one log entry: its posts are in, or how many came before the drill ended."""
        return drill_log.record_posts_in(
            self.database,
            incident_id=self.incident.id,
            inject=burst.inject.id,
            entry=burst.entry_id,
            posts=burst.inject.count,
            arrived=arrived,
            imported=imported,
            batch=burst.batch,
            first=burst.first,
            last=burst.last,
            text=posts_in_text(burst.inject, arrived),
            author=EXERCISE_CONTROL,
            at=at,
        )

    def finish(self, at: datetime | None = None, *, real_now: datetime | None = None) -> None:
        """End the drill at simulated ``at`` (default: the scenario's end) and close its incident.

        The posts due by then are stored; the rest of a burst never comes, and its entry says how
        many did. The end is logged with the real moment ``real_now`` (default: the system clock),
        so the drill clock stops there: whatever is written later stands at the end on it. The
        incident is resolved as a person resolves one (its status entry, by whoever ended the
        drill), in the same transaction as the end, so its countdowns stop with the drill.
        """
        moment = at or self.end
        real = real_now or self.database.clock.now()
        self._store_posts(moment, ending=True)  # nothing left if the caller stored the last posts first
        ended_at = to_iso(moment)
        with self.database.transaction():
            drill_log.record_ended(
                self.database,
                DrillEnded(incident=self.incident.id, scenario=self.scenario.id, at=ended_at, real=to_iso(real)),
                f"EXERCISE ended: {self.scenario.title}",
                author=self.author,
            )
            if incidents.get(self.database, self.incident.id).is_open:
                incidents.resolve(self.database, self.incident.id, author=self.author, note="the drill has ended")
        self.ended_at = ended_at
        self.incident = incidents.get(self.database, self.incident.id)


def _burst_source(scenario: Scenario, inject: Inject) -> str:
    return f"drill {scenario.id}: {inject.id}"


def _burst(inject: MentionBurst, entry_id: str, posts: list[Mention], payload: dict[str, Any]) -> _Burst:
    """A burst to deliver, with the batch its inject's entry named (none in a drill played by an earlier version)."""
    batch = payload.get("batch") if "type" in payload else None
    return _Burst(
        inject,
        entry_id,
        posts,
        batch=str(batch) if batch else None,
        first=payload.get("first") if batch else None,
        last=payload.get("last") if batch else None,
    )


def _event(entry: LogEntry) -> str | None:
    if entry.kind != Kind.DRILL_INJECT:
        return None
    return drill_event(entry.payload)


def _briefing(entries: list[LogEntry]) -> dict[str, Any] | None:
    for entry in entries:
        if _event(entry) == DRILL_STARTED:
            payload = dict(entry.payload or {})
            payload.setdefault("real", entry.recorded_at)  # drills begun before the real start was kept
            return payload
    return None


def _definition(inject: Inject) -> dict[str, Any]:
    fields = dataclasses.asdict(inject)
    fields["at"] = inject.at.total_seconds()
    return fields


def _inject_of(played: Scenario, payload: dict[str, Any]) -> Inject:
    """The inject a log entry played: the scenario's own, or an ad-hoc one rebuilt from its definition."""
    definition = payload.get("definition")
    if isinstance(definition, dict):
        fields = dict(definition)
        fields["at"] = timedelta(seconds=float(fields["at"]))
        for key in ("platforms", "texts", "other_texts"):
            if key in fields:
                fields[key] = tuple(fields[key])
        return _INJECT_TYPES[str(fields["kind"])](**fields)
    return played.inject(str(payload["inject"]))


@dataclass(frozen=True)
class DrillRecord:
    """A drill played from a scenario, as its log tells it, read in one pass.

    ``briefing`` is the drill-started entry's payload; ``injects`` the payloads of the injects
    played, in order, with their entry ids; ``history`` the clock's anchors (the start, then every
    pause, resume, speed change and jump, and the end); ``posts_in`` the entry ids of the bursts
    whose posts are all in (logged once each).
    """

    briefing: dict[str, Any]
    injects: tuple[tuple[str, dict[str, Any]], ...]
    history: tuple[Anchor, ...]
    ended: bool
    last_recorded: datetime
    posts_in: frozenset[str] = frozenset()

    @property
    def start(self) -> datetime:
        """The simulated start."""
        return from_iso(self.briefing["start"])

    def scenario(self) -> Scenario:
        """The scenario as it was played (its text is kept in the briefing entry).

        Raises:
            InvalidInputError: its scenario cannot be read.
        """
        try:
            if self.briefing.get("toml"):
                return scenarios.parse(str(self.briefing["toml"]), str(self.briefing.get("source") or "scenario.toml"))
            return scenarios.find(str(self.briefing["scenario"]))
        except UserError as exc:
            raise InvalidInputError(
                f"the drill's scenario {self.briefing['scenario']!r} cannot be read: {exc}"
            ) from None

    def inject_times(self) -> dict[str, datetime]:
        """When each inject was actually played (simulated), by inject id: the first time it was."""
        found: dict[str, datetime] = {}
        for _entry_id, payload in self.injects:
            found.setdefault(str(payload["inject"]), from_iso(payload["at"]))
        return found

    def to_drill_time(self) -> Callable[[datetime], datetime]:
        """Puts a recorded time on the drill's clock.

        A drill's record holds two kinds of time. What the team did is stored at the real time it
        happened, after the drill began; what the drill played (injects, their posts, the rule
        firings they caused) is stored at simulated times, which all lie before the drill began,
        since its clock starts a drill-length back. So a time from before the real start is
        already on the drill clock, and a later one is mapped through the clock's history.
        """
        return on_drill_clock(self.history)


def drill_record(database: Database, incident_id: str) -> DrillRecord | None:
    """The drill's record from its log; None for an incident not played from a scenario."""
    entries = log.entries(database, incident_id)
    briefing = _briefing(entries)
    if briefing is None:
        return None
    timeline = drill_history(entries)
    assert timeline is not None  # the briefing is there
    injects: list[tuple[str, dict[str, Any]]] = []
    posts_in: set[str] = set()
    ended = False
    for entry in entries:
        event, payload = _event(entry), entry.payload or {}
        if event == INJECT:
            injects.append((entry.id, payload))
        elif event == POSTS_IN:
            posts_in.add(str(payload["entry"]))
        elif event == DRILL_ENDED:
            ended = True
    last = max(from_iso(entry.recorded_at) for entry in entries)
    return DrillRecord(briefing, tuple(injects), timeline[1], ended, last, frozenset(posts_in))
