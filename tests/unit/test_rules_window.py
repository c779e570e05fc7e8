"""The sliding-window rule against a brute-force reference on random mention times."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.mentions import HourCount, hour_key
from crisisroom.domain.rules import Rule, next_hour, window_firings

T0 = datetime(2026, 3, 14, 0, 0, tzinfo=UTC)


def _reference(times: list[str], more_than: int, minutes: int) -> list[tuple[str, str, str]]:
    """(fired_at, episode_start, episode_end) by checking every mention's window directly."""
    moments = [from_iso(t) for t in times]
    window = timedelta(minutes=minutes)
    breach_hours: dict[str, str] = {}
    for index, moment in enumerate(moments):
        inside = sum(1 for other in moments[: index + 1] if other > moment - window)
        if inside > more_than:
            breach_hours.setdefault(hour_key(times[index]), times[index])
    runs: list[list[str]] = []
    for hour in sorted(breach_hours):
        if runs and next_hour(runs[-1][-1]) == hour:
            runs[-1].append(hour)
        else:
            runs.append([hour])
    return [(breach_hours[run[0]], run[0], run[-1]) for run in runs]


@settings(max_examples=150, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=10 * 3600 - 1), min_size=0, max_size=120),
    more_than=st.integers(min_value=0, max_value=12),
    minutes=st.sampled_from([15, 30, 60, 90, 120]),
)
def test_window_firings_match_a_brute_force_reference(offsets: list[int], more_than: int, minutes: int) -> None:
    times = sorted(to_iso(T0 + timedelta(seconds=s, milliseconds=i)) for i, s in enumerate(offsets))
    per_hour = Counter(hour_key(t) for t in times)
    counts = [HourCount(hour, n, n) for hour, n in sorted(per_hour.items())]

    def negative_times(start: str, end: str) -> list[str]:
        low, high = start[:13] + ":00:00.000Z", end[:13] + ":00:00.000Z"
        return [t for t in times if low <= t < high]

    rule = Rule("surge", "Surge", more_than=more_than, window_minutes=minutes)
    got = [(f.fired_at, f.episode_start, f.episode_end) for f in window_firings(rule, counts, negative_times)]
    assert got == _reference(times, more_than, minutes)
