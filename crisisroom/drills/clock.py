"""The drill's simulated clock: pure arithmetic over real instants, no timers and no Qt.

The window ticks it with a QTimer and passes the real time in; the headless runner never asks
the real time at all and jumps from inject to inject. Keeping "now" a parameter is what makes
both testable.

Simulated time starts at ``start``. By default the start is anchored one drill-length *before*
the real moment the drill begins (:func:`anchored_start`): then every simulated moment the drill
can reach, even at 60×, is in the past, so mentions land on the chart's existing hours and the
wizard's "not in the future" checks accept the team's actions stamped with the simulated time.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incident_time import Anchor, simulated_at

__all__ = ["Anchor", "DrillClock", "anchored_start", "check_speed", "simulated_at"]

MIN_SPEED, MAX_SPEED = 1.0, 60.0


def check_speed(speed: float) -> float:
    """The speed if it is between 1× and 60×.

    Raises:
        InvalidInputError: outside that range.
    """
    if not MIN_SPEED <= speed <= MAX_SPEED:
        raise InvalidInputError(f"the drill speed must be from {MIN_SPEED:g}× to {MAX_SPEED:g}×, not {speed:g}")
    return float(speed)


def anchored_start(duration: timedelta, real_now: datetime) -> datetime:
    """The simulated start for a drill beginning at ``real_now``: a drill-length earlier, to the minute."""
    start = real_now - duration
    return start.replace(second=0, microsecond=0)


@dataclass
class DrillClock:
    """Simulated time = ``anchor_sim + (real − anchor_real) × speed`` while running; frozen when paused.

    Every change (speed, pause, resume, jump) re-anchors at the real moment it happens, so the
    simulated time never jumps backwards by accident.
    """

    start: datetime
    speed: float = 1.0
    paused: bool = False
    anchor_real: datetime | None = None
    anchor_sim: datetime | None = None

    def __post_init__(self) -> None:
        check_speed(self.speed)
        if self.start.tzinfo is None:
            raise ValueError("the drill clock needs an aware start time")
        if self.anchor_sim is None:
            self.anchor_sim = self.start

    def begin(self, real_now: datetime) -> None:
        """Start running at ``real_now`` (simulated time is then the start)."""
        self.anchor_real, self.anchor_sim, self.paused = real_now, self.start, False

    def now(self, real_now: datetime) -> datetime:
        """The simulated time at the real moment ``real_now``."""
        assert self.anchor_sim is not None
        if self.anchor_real is None or self.paused:
            return self.anchor_sim
        return self.anchor_sim + (real_now - self.anchor_real) * self.speed

    def elapsed(self, real_now: datetime) -> timedelta:
        return self.now(real_now) - self.start

    def _reanchor(self, real_now: datetime) -> None:
        self.anchor_sim = self.now(real_now)
        self.anchor_real = real_now

    def set_speed(self, speed: float, real_now: datetime) -> None:
        self._reanchor(real_now)
        self.speed = check_speed(speed)

    def pause(self, real_now: datetime) -> None:
        self._reanchor(real_now)
        self.paused = True

    def resume(self, real_now: datetime) -> None:
        self.anchor_real = real_now
        self.paused = False

    def jump_to(self, simulated: datetime, real_now: datetime) -> None:
        """Move simulated time forward to ``simulated`` (the next inject); never backwards."""
        current = self.now(real_now)
        self.anchor_sim = max(simulated, current)
        self.anchor_real = real_now

    def anchor(self, real_now: datetime) -> Anchor:
        """The clock's state at ``real_now``, re-anchored there: what a drill stores to be replayed or resumed."""
        self._reanchor(real_now)
        assert self.anchor_real is not None and self.anchor_sim is not None
        return Anchor(self.anchor_real, self.anchor_sim, self.speed, self.paused)

    @classmethod
    def resumed(cls, start: datetime, anchor: Anchor) -> DrillClock:
        """A clock continuing from a stored anchor, paused: the facilitator resumes it when the room is ready."""
        return cls(start, speed=anchor.speed, paused=True, anchor_real=anchor.real, anchor_sim=anchor.simulated)
