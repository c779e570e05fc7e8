"""Turning a scenario's injects into what the room stores: mentions and log texts. Pure functions."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from crisisroom.domain.clock import to_iso
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.drills.scenario import EventInject, Inject, MentionBurst, MessageInject, Scenario


def burst_times(burst: MentionBurst, at: datetime) -> list[datetime]:
    """When each post of a burst appears: evenly over ``spread_minutes`` from ``at``."""
    step = timedelta(minutes=burst.spread_minutes) / burst.count
    return [at + step * n for n in range(burst.count)]


def burst_mentions(scenario: Scenario, burst: MentionBurst, at: datetime, *, tag: str) -> list[Mention]:
    """The posts of a burst starting at ``at`` (simulated), ready for the mention store.

    Exactly ``round(count × negative_share)`` are negative (the others neutral), picked by a
    generator seeded with the scenario and inject ids: a replay gives the same posts, so a
    facilitator's preview and the live drill agree. ``tag`` (the drill incident) makes the
    external ids unique to this drill.
    """
    chooser = random.Random(f"{scenario.id}/{burst.id}")
    negatives = round(burst.count * burst.negative_share)
    negative_at = set(chooser.sample(range(burst.count), negatives))
    found = []
    for n, moment in enumerate(burst_times(burst, at)):
        negative = n in negative_at
        platform = burst.platforms[n % len(burst.platforms)]
        pool = burst.texts if negative else burst.other_texts
        found.append(
            Mention(
                posted_at=to_iso(moment),
                text=scenario.fill(chooser.choice(pool), platform=platform, n=n + 1),
                author=f"@drill_user{chooser.randrange(1000, 99999)}",
                external_id=f"drill-{tag}-{burst.id}-{n + 1}",
                platform=platform,
                # The scenario's author chose the sentiment, as a listening tool's export would.
                sentiment=Sentiment.NEGATIVE if negative else Sentiment.NEUTRAL,
                sentiment_source=SentimentSource.EXPORT,
            )
        )
    return found


def log_text(scenario: Scenario, inject: Inject) -> str:
    """The crisis-log line of an inject, marked as exercise material."""
    label = f" ({inject.title})" if inject.title else ""
    if isinstance(inject, MessageInject):
        return (
            f"EXERCISE inject {inject.id}{label}: {inject.channel} from {inject.sender}: "
            f"{scenario.fill(inject.subject)}\n\n{scenario.fill(inject.body)}"
        )
    if isinstance(inject, EventInject):
        return f"EXERCISE inject {inject.id}{label}: {scenario.fill(inject.text)}"
    if isinstance(inject, MentionBurst):
        share = round(inject.negative_share * 100)
        return (
            f"EXERCISE inject {inject.id}{label}: {inject.count} posts over {inject.spread_minutes} min on "
            f"{', '.join(inject.platforms)} ({share}% negative)"
        )
    raise TypeError(f"unknown inject {inject!r}")


def posts_in_text(burst: MentionBurst, arrived: int) -> str:
    """The crisis-log line of a burst's posts, written once: all in, or how many came before the drill ended."""
    label = f" ({burst.title})" if burst.title else ""
    if arrived >= burst.count:
        return f"EXERCISE inject {burst.id}{label}: all {burst.count:,} simulated posts are in the room"
    return (
        f"EXERCISE inject {burst.id}{label}: {arrived:,} of its {burst.count:,} simulated posts came in "
        "before the drill ended"
    )
