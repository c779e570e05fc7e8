"""The one rule for showing times: each incident on its own clock, the zone named once per view.

Every time shown or written for an incident (window, wizard, chart, reports, command line, and the
log texts the app writes) goes through an :class:`IncidentClock`:

- a time is shown on the incident's wall clock (its zone, never this computer's); a view names
  the zone once, with :meth:`IncidentClock.zone_label` (a column header, a footer, a chart note),
  and the times themselves carry no zone;
- a drill played from a scenario shows its drill clock: what the team did is stored at the real
  time, what the drill played at simulated times, and both are put on the drill clock
  (:meth:`IncidentClock.moment`). A real time shown beside it is labelled as real time
  (:meth:`IncidentClock.real_text`);
- a text that stands alone (a log entry's words, a notification) names the zone, and in a drill
  says it is drill time (:meth:`IncidentClock.labelled`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from crisisroom.domain.clock import from_iso, zone_from_name
from crisisroom.domain.events.drills import CLOCK, DRILL_ENDED, DRILL_STARTED, drill_event
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.text import QT_TRANSLATE_NOOP, translate

DRILL_ZONE = QT_TRANSLATE_NOOP("IncidentTime", "drill clock, {zone}")
REAL_TIME = QT_TRANSLATE_NOOP("IncidentTime", "{when} real time ({zone})")


@dataclass(frozen=True)
class Anchor:
    """One moment of a drill clock's history: from ``real`` on, simulated time ran from ``simulated`` at ``speed``."""

    real: datetime
    simulated: datetime
    speed: float
    paused: bool

    def simulated_at(self, real: datetime) -> datetime:
        if self.paused:
            return self.simulated
        return self.simulated + (real - self.real) * self.speed


def simulated_at(anchors: Sequence[Anchor], real: datetime) -> datetime:
    """The drill time at the real instant ``real``, from the clock's stored history (in time order).

    This is how the team's actions, which are stored with the real time they happened, are put on
    the drill's clock for the after-action: a notification made 30 real seconds into a drill played
    at 20× happened 10 simulated minutes in. A moment before the first anchor maps onto it.
    """
    if not anchors:
        return real
    current = anchors[0]
    for anchor in anchors[1:]:
        if anchor.real > real:
            break
        current = anchor
    if real < current.real:
        return current.simulated
    return current.simulated_at(real)


def _anchor(real: str, simulated: str, speed: object, paused: object) -> Anchor:
    return Anchor(from_iso(real), from_iso(simulated), float(str(speed)), bool(paused))


def drill_history(entries: Iterable[LogEntry]) -> tuple[datetime, tuple[Anchor, ...]] | None:
    """A played drill's simulated start and clock history, from its log (oldest first); None for no drill.

    The history is the start, every pause, resume, speed change and jump, and the end (paused there).
    """
    start: datetime | None = None
    history: list[Anchor] = []
    for entry in entries:
        if entry.kind != Kind.DRILL_INJECT or not entry.payload:
            continue
        payload: dict[str, Any] = entry.payload
        event = drill_event(payload)  # typed, or as drills played by earlier versions logged it
        if event == DRILL_STARTED and start is None:
            start = from_iso(payload["start"])
            real = payload.get("real") or entry.recorded_at
            history.append(_anchor(real, payload["start"], payload.get("speed") or 1.0, False))
        elif event == CLOCK and start is not None:
            history.append(_anchor(payload["real"], payload["at"], payload["speed"], payload["paused"]))
        elif event == DRILL_ENDED and start is not None and payload.get("real"):
            # The clock stops where the drill ended (for drills ended before the real moment was kept: stopped).
            history.append(_anchor(payload["real"], payload["at"], history[-1].speed, True))
    return (start, tuple(history)) if start is not None else None


def on_drill_clock(history: Sequence[Anchor]) -> Callable[[datetime], datetime]:
    """Puts a recorded time on the drill's clock.

    What the team did is stored at the real time it happened, after the drill began; what the drill
    played is stored at simulated times, which all lie before the drill began (its clock starts a
    drill-length back). So a time from before the real start is already on the drill clock, and a
    later one is mapped through the clock's history.
    """
    began = history[0].real
    return lambda moment: moment if moment < began else simulated_at(history, moment)


@dataclass(frozen=True)
class IncidentClock:
    """How an incident's times are shown: its zone, and for a played drill its drill clock."""

    zone_name: str = "UTC"
    drill_start: datetime | None = None
    history: tuple[Anchor, ...] = ()
    stopped: datetime | None = None  # the real moment a drill's clock stopped (None while it runs)

    @classmethod
    def of(cls, timezone_name: str, entries: Iterable[LogEntry] | None = None) -> IncidentClock:
        """The clock of an incident in ``timezone_name``; pass a drill's log entries (oldest first) to get
        its drill clock, which stops where the drill ended."""
        listed = list(entries) if entries is not None else []
        found = drill_history(listed)
        if found is None:
            return cls(timezone_name or "UTC")
        start, history = found
        ends = [e for e in listed if e.kind == Kind.DRILL_INJECT and drill_event(e.payload) == DRILL_ENDED]
        stopped = None
        if ends:
            # The real moment the drill ended; for a drill ended before that was kept, its last entry.
            real = (ends[0].payload or {}).get("real")
            stopped = from_iso(real) if real else max(from_iso(e.recorded_at) for e in listed)
        return cls(timezone_name or "UTC", start, history, stopped)

    @property
    def zone(self) -> tzinfo:
        return zone_from_name(self.zone_name)

    @property
    def is_drill_clock(self) -> bool:
        return self.drill_start is not None

    def zone_label(self) -> str:
        """What a view says once about its times: ``Europe/Stockholm``, or ``drill clock, Europe/Stockholm``."""
        if self.is_drill_clock:
            return translate("IncidentTime", DRILL_ZONE).format(zone=self.zone_name)
        return self.zone_name

    def moment(self, value: str | datetime) -> datetime:
        """A stored time (or an aware datetime) on this clock: in the zone, on the drill clock in a drill."""
        moment = from_iso(value) if isinstance(value, str) else value.astimezone(UTC)
        if self.history:
            began = self.history[0].real
            if moment >= began:
                moment = simulated_at(self.history, moment)
        return moment.astimezone(self.zone)

    def now(self, real_now: datetime) -> datetime:
        """The time now on this clock (UTC): a drill's clock stands still once the drill ended."""
        if self.stopped is not None:
            real_now = min(real_now, self.stopped)
        return self.moment(real_now).astimezone(UTC)

    def text(self, value: str | datetime | None, *, seconds: bool = False, date: bool = True) -> str:
        """``2026-03-14 14:20`` on this clock, without the zone (the view names it once)."""
        if value is None or value == "":
            return ""
        moment = self.moment(value)
        if date:
            return moment.strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
        return moment.strftime("%H:%M:%S" if seconds else "%H:%M")

    def date_text(self, value: str | datetime) -> str:
        """The calendar date of a date-only mention (stored at midnight in its import's zone): ``2026-03-14``.

        A date is not moved onto a drill clock; it is read in this clock's zone, rounded to the
        nearest midnight, so an import read in a zone a few hours away still shows its own date.
        """
        moment = (from_iso(value) if isinstance(value, str) else value).astimezone(self.zone)
        day = moment.date()
        if moment.hour >= 12:
            day += timedelta(days=1)
        return day.isoformat()

    def offset_text(self, value: str | datetime) -> str:
        """``+01:14`` into a drill (drill clock); empty outside one."""
        if self.drill_start is None:
            return ""
        minutes = int((self.moment(value) - self.drill_start).total_seconds() // 60)
        sign = "-" if minutes < 0 else "+"
        hours, rest = divmod(abs(minutes), 60)
        return f"{sign}{hours:02d}:{rest:02d}"

    def row_text(self, value: str | datetime | None) -> str:
        """A log row's time: ``2026-03-14 14:20:05``, in a drill ``+00:44 · 14:20:05``."""
        if value is None or value == "":
            return ""
        if self.is_drill_clock:
            return f"{self.offset_text(value)} · {self.text(value, seconds=True, date=False)}"
        return self.text(value, seconds=True)

    def labelled(self, value: str | datetime) -> str:
        """For a text that stands alone (a log entry's words): ``2026-03-14 14:20 Europe/Paris``;
        in a drill ``2026-03-14 14:20 UTC (drill clock)``."""
        text = f"{self.text(value)} {self.zone_name}"
        return f"{text} (drill clock)" if self.is_drill_clock else text

    def real_text(self, value: str | datetime) -> str:
        """A real time shown beside drill times, labelled as such: ``22:01 real time (UTC)``.

        Outside a drill this is just the time on the incident's clock.
        """
        if not self.is_drill_clock:
            return self.text(value)
        moment = from_iso(value) if isinstance(value, str) else value
        when = moment.astimezone(self.zone).strftime("%Y-%m-%d %H:%M")
        return translate("IncidentTime", REAL_TIME).format(when=when, zone=self.zone_name)
