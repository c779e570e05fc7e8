"""Escalation rules over negative mentions per hour, and when they fire.

An hour *breaches* a rule when its negative count exceeds ``more_than``. A clock-hour rule fires
when the ``hours``-th consecutive breaching hour passes the threshold, at the ``posted_at`` of the
mention that made it pass, so a historical import fires at historical times. A sliding-window
rule fires at the first mention that brings the count within ``window_minutes`` above
``more_than``; its breaching hours are those in which that happened. Either fires once per
*episode*, a run of consecutive breaching hours: a new firing needs a quiet complete hour first.

These functions are pure: they read hourly counts and ask a callback for the few mention times
they need, so they run in time proportional to the hours, not to the mentions.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import timedelta

from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.mentions import HourCount, hour_key, plausible_hours
from crisisroom.domain.text import QT_TRANSLATE_NOOP, as_written

HOUR = timedelta(hours=1)


_WITHIN = QT_TRANSLATE_NOOP("Rules", "{count} or more negative mentions within {minutes} minutes")
_IN_AN_HOUR = QT_TRANSLATE_NOOP("Rules", "more than {count} negative mentions in a clock hour")
_FOR_HOURS = QT_TRANSLATE_NOOP("Rules", "more than {count} negative mentions an hour for {hours} consecutive hours")


@dataclass(frozen=True)
class Rule:
    """One escalation rule, as the team has tuned it."""

    id: str
    name: str
    more_than: int
    hours: int = 1
    window_minutes: int | None = None
    action: str = ""
    role: str = ""
    suggested_level: int | None = None
    enabled: bool = True

    def describe(self, translate: Callable[[str, str], str] = as_written) -> str:
        """The condition in words: 'more than 10 negative mentions an hour for 3 consecutive hours'.

        English by default, as the log and the command line store and print it; a window passes its
        translation function to show it in the interface language.
        """
        if self.window_minutes:
            return translate("Rules", _WITHIN).format(count=self.more_than + 1, minutes=self.window_minutes)
        if self.hours == 1:
            return translate("Rules", _IN_AN_HOUR).format(count=self.more_than)
        return translate("Rules", _FOR_HOURS).format(count=self.more_than, hours=self.hours)

    def validate(self) -> Rule:
        """Raises InvalidInputError for settings that cannot work."""
        if not self.id.strip() or not self.name.strip():
            raise InvalidInputError("a rule needs an id and a name")
        if self.more_than < 0:
            raise InvalidInputError(f"rule {self.name!r}: the threshold cannot be negative")
        if self.hours < 1 or self.hours > 72:
            raise InvalidInputError(f"rule {self.name!r}: consecutive hours must be 1 to 72")
        if self.window_minutes is not None and not 1 <= self.window_minutes <= 24 * 60:
            raise InvalidInputError(f"rule {self.name!r}: the window must be 1 minute to 24 hours")
        if self.window_minutes is not None and self.hours != 1:
            raise InvalidInputError(f"rule {self.name!r}: a sliding window rule has no consecutive hours")
        if self.suggested_level is not None and not 1 <= self.suggested_level <= 5:
            raise InvalidInputError(f"rule {self.name!r}: the suggested level must be 1 to 5")
        return self


# The room's defaults: a published example for a consumer brand, which organisations tune.
WATCH_ADVICE = QT_TRANSLATE_NOOP("Rules", "Keep monitoring; include it in the end-of-day report for senior management.")
DEFAULT_RULES: tuple[Rule, ...] = (
    Rule(
        "assign",
        QT_TRANSLATE_NOOP("Rules", "Assign to PR"),
        more_than=5,
        action=QT_TRANSLATE_NOOP("Rules", "Start assigning the negative messages to the PR manager."),
        role=QT_TRANSLATE_NOOP("Rules", "PR manager"),
        suggested_level=2,
    ),
    Rule(
        "surge",
        QT_TRANSLATE_NOOP("Rules", "Surge on a channel"),
        more_than=9,
        window_minutes=60,
        action=QT_TRANSLATE_NOOP("Rules", "Bring a support director or the PR lead onto the channel."),
        role=QT_TRANSLATE_NOOP("Rules", "Support director or PR lead"),
        suggested_level=3,
    ),
    Rule(
        "activate",
        QT_TRANSLATE_NOOP("Rules", "Activate the crisis plan"),
        more_than=10,
        hours=3,
        action=QT_TRANSLATE_NOOP("Rules", "Phone the CMO and open the crisis plan."),
        role=QT_TRANSLATE_NOOP("Rules", "CMO"),
        suggested_level=4,
    ),
)


@dataclass(frozen=True)
class Firing:
    """A rule firing: when, in which episode, and what it proposes."""

    rule_id: str
    fired_at: str
    negative_in_hour: int
    episode_start: str
    episode_end: str
    suggested_level: int | None

    @property
    def hour(self) -> str:
        return hour_key(self.fired_at)


def next_hour(hour: str) -> str:
    """The hour key after ``hour``.

    The last hour a datetime can hold (year 9999) has no successor; its key with hour 24 still
    sorts after every moment in it, which is all an exclusive upper bound needs.
    """
    try:
        return hour_key(to_iso(from_iso(hour) + HOUR))
    except OverflowError:
        return hour[:11] + "24:00:00Z"


def _runs(hours: Sequence[str]) -> Iterator[list[str]]:
    """Group sorted breaching hours into runs of consecutive clock hours."""
    run: list[str] = []
    for hour in hours:
        if run and next_hour(run[-1]) != hour:
            yield run
            run = []
        run.append(hour)
    if run:
        yield run


NthNegative = Callable[[str, int], str]
NegativeTimes = Callable[[str, str], list[str]]


def hourly_firings(rule: Rule, counts: Sequence[HourCount], nth_negative: NthNegative) -> list[Firing]:
    """Firings of a clock-hour rule.

    Args:
        rule: a rule without a sliding window.
        counts: hourly counts in time order (hours with no mentions may be missing).
        nth_negative: ``(hour, n)`` → posted_at of the n-th negative mention of that hour.
    """
    by_hour = {c.hour: c.negative for c in counts}
    breaching = [c.hour for c in counts if c.negative > rule.more_than]
    firings = []
    for run in _runs(breaching):
        if len(run) < rule.hours:
            continue
        hour = run[rule.hours - 1]
        firings.append(
            Firing(
                rule_id=rule.id,
                fired_at=nth_negative(hour, rule.more_than + 1),
                negative_in_hour=by_hour[hour],
                episode_start=run[0],
                episode_end=run[-1],
                suggested_level=rule.suggested_level,
            )
        )
    return firings


def window_firings(rule: Rule, counts: Sequence[HourCount], negative_times: NegativeTimes) -> list[Firing]:
    """Firings of a sliding-window rule.

    Args:
        rule: a rule with ``window_minutes``.
        counts: hourly counts in time order.
        negative_times: ``(start, end)`` → posted_at of negative mentions in [start, end), sorted.
    """
    assert rule.window_minutes
    window = timedelta(minutes=rule.window_minutes)
    span = math.ceil(rule.window_minutes / 60)  # earlier hours a window ending in an hour can reach
    by_hour = {c.hour: c.negative for c in counts}

    def reachable(hour: str) -> list[str]:
        start = from_iso(hour)
        return [hour_key(to_iso(start - HOUR * k)) for k in range(span + 1)]

    def first_breach_in(hour: str) -> str | None:
        """The first negative mention of ``hour`` that brings the window above the threshold."""
        times = negative_times(reachable(hour)[-1], next_hour(hour))
        moments = [from_iso(t) for t in times]
        low = 0
        for index, moment in enumerate(moments):
            while moments[low] <= moment - window:
                low += 1
            if index - low + 1 > rule.more_than and hour_key(times[index]) == hour:
                return times[index]
        return None

    # Which hours breach. An hour with more negatives than the threshold breaches for sure when
    # the window spans an hour or more, and needs no mention times; an hour that could only
    # breach with the help of the hours before it is checked on its mentions. That keeps the
    # work proportional to the hours, not to the mentions, on a busy month.
    breaching: dict[str, str | None] = {}
    for count in counts:
        if count.negative == 0 or sum(by_hour.get(h, 0) for h in reachable(count.hour)) <= rule.more_than:
            continue
        if rule.window_minutes >= 60 and count.negative > rule.more_than:
            breaching[count.hour] = None  # its first breach is looked up only if a run starts here
            continue
        found = first_breach_in(count.hour)
        if found is not None:
            breaching[count.hour] = found
    first_breach: dict[str, str] = {}
    for run in _runs(sorted(breaching)):
        first = breaching[run[0]] or first_breach_in(run[0])
        assert first is not None  # the hour has more negatives than the threshold
        first_breach[run[0]] = first
        for hour in run[1:]:
            first_breach[hour] = breaching[hour] or ""
    firings = []
    for run in _runs(sorted(first_breach)):
        firings.append(
            Firing(
                rule_id=rule.id,
                fired_at=first_breach[run[0]],
                negative_in_hour=by_hour[run[0]],
                episode_start=run[0],
                episode_end=run[-1],
                suggested_level=rule.suggested_level,
            )
        )
    return firings


def evaluate(
    rules: Sequence[Rule], counts: Sequence[HourCount], nth_negative: NthNegative, negative_times: NegativeTimes
) -> list[Firing]:
    """Every firing of the enabled rules, in time order.

    Hours outside the plausible window (a mention dated year 1 or 9999, stored before imports
    refused such dates) are left out: they cannot be a crisis, and year 1 has no hour before it.
    """
    counts = plausible_hours(counts)
    firings: list[Firing] = []
    for rule in rules:
        if not rule.enabled:
            continue
        if rule.window_minutes:
            firings.extend(window_firings(rule, counts, negative_times))
        else:
            firings.extend(hourly_firings(rule, counts, nth_negative))
    return sorted(firings, key=lambda f: (f.fired_at, f.rule_id))


def is_same_episode(existing: Firing, new: Firing) -> bool:
    """Whether ``new`` is a re-evaluation of an episode that already fired as ``existing``.

    A later import can add mentions that stretch an episode or move its firing earlier; the
    episode is the same as long as the stored firing lies within the new run of breaching hours.
    """
    return (
        existing.rule_id == new.rule_id and new.episode_start <= existing.fired_at < next_hour(new.episode_end)
    ) or (existing.rule_id == new.rule_id and existing.episode_start <= new.fired_at < next_hour(existing.episode_end))


def breaching_now(rules: Sequence[Rule], counts: Sequence[HourCount], current_hour: str) -> list[Rule]:
    """Enabled clock-hour rules whose threshold the current hour already exceeds (for the header)."""
    negative = next((c.negative for c in counts if c.hour == current_hour), 0)
    return [r for r in rules if r.enabled and not r.window_minutes and negative > r.more_than]


@dataclass(frozen=True)
class Revision:
    """How the firings the data now calls for differ from the ones recorded for an episode.

    ``firing`` is the truth (None: the recorded ones no longer hold, with nothing in their place);
    ``kept`` the id of the recorded firing that carries it from now on (None: none does);
    ``before`` the recorded firings (id and firing as recorded) it revises, ``kept`` among them.
    """

    firing: Firing | None
    kept: str | None
    before: tuple[tuple[str, Firing], ...]


@dataclass(frozen=True)
class Reconciliation:
    """What it takes to make the recorded firings equal the truth (see :func:`reconcile`)."""

    new: tuple[Firing, ...] = ()
    revisions: tuple[Revision, ...] = ()
    refreshed: tuple[tuple[str, Firing], ...] = ()  # same alert, later figures (a longer episode…): no log entry

    def __bool__(self) -> bool:
        return bool(self.new or self.revisions or self.refreshed)


def reconcile(
    current: Sequence[tuple[str, Firing]], withdrawn: Sequence[tuple[str, Firing]], truth: Sequence[Firing]
) -> Reconciliation:
    """Match the recorded firings to the ones the mentions and rules call for now.

    Args:
        current: recorded firings that hold so far, as (id, firing).
        withdrawn: recorded firings an earlier revision withdrew; one can hold again (rules edited back).
        truth: :func:`evaluate` over the stored mentions.

    A recorded firing belongs to the true episode of its rule that contains its time, else to one
    its recorded episode overlaps. An episode with no recorded firing is new (or revives a withdrawn
    one of it); one with several merged them (the earliest carries on); a recorded firing that
    belongs to no episode no longer holds. Only a change of the moment a line was crossed, or of
    which alerts stand, is a revision; a longer episode or a higher count is a refresh.
    """

    def contains(episode: Firing, moment: str) -> bool:
        return episode.episode_start <= hour_key(moment) <= episode.episode_end

    def overlaps(a: Firing, b: Firing) -> bool:
        return a.episode_start <= b.episode_end and b.episode_start <= a.episode_end

    by_rule: dict[str, list[int]] = {}
    for index, firing in enumerate(truth):
        by_rule.setdefault(firing.rule_id, []).append(index)
    groups: dict[int, list[tuple[str, Firing]]] = {}
    orphans: list[tuple[str, Firing]] = []
    for stored_id, stored in sorted(current, key=lambda item: (item[1].fired_at, item[0])):
        same_rule = by_rule.get(stored.rule_id, [])
        hour = hour_key(stored.fired_at)
        home = next((i for i in same_rule if truth[i].episode_start <= hour <= truth[i].episode_end), None)
        if home is None:
            home = next((i for i in same_rule if overlaps(truth[i], stored)), None)
        if home is None:
            orphans.append((stored_id, stored))
        else:
            groups.setdefault(home, []).append((stored_id, stored))
    new: list[Firing] = []
    revisions: list[Revision] = []
    refreshed: list[tuple[str, Firing]] = []
    revived: set[str] = set()
    for index, firing in enumerate(truth):
        group = groups.get(index)
        if not group:
            # Matched as a standing firing is: its time inside the episode, else its recorded episode
            # overlapping it (so editing the rules in one step or in two ends in the same place).
            candidates = [(i, f) for i, f in withdrawn if i not in revived and f.rule_id == firing.rule_id]
            back = next((c for c in candidates if contains(firing, c[1].fired_at)), None) or next(
                (c for c in candidates if overlaps(firing, c[1])), None
            )
            if back is None:
                new.append(firing)
            else:
                revived.add(back[0])
                revisions.append(Revision(firing, back[0], (back,)))
            continue
        kept = next((item for item in group if item[1].fired_at == firing.fired_at), group[0])
        if len(group) == 1 and kept[1].fired_at == firing.fired_at:
            if kept[1] != firing:
                refreshed.append((kept[0], firing))
            continue
        revisions.append(Revision(firing, kept[0], tuple(group)))
    revisions.extend(Revision(None, None, (orphan,)) for orphan in orphans)
    revisions.sort(key=lambda r: (r.firing or r.before[0][1]).fired_at)
    return Reconciliation(tuple(new), tuple(revisions), tuple(refreshed))
