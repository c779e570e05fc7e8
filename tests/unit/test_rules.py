"""Escalation rules at their edges, on real stored mentions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crisisroom.domain.clock import to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.domain.rules import DEFAULT_RULES, Rule
from crisisroom.storage import incidents, log, mentions, rules
from crisisroom.storage.database import Database

T0 = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)


def _incident(database: Database) -> str:
    return incidents.create(database, "Viral review", category=Category.REPUTATION, author="Ana").id


def _negatives(hour: int, count: int, *, start_minute: int = 0, step_s: int = 60, tag: str = "") -> list[Mention]:
    """``count`` negative mentions from T0 + hour, a minute apart (or ``step_s`` seconds)."""
    base = T0 + timedelta(hours=hour, minutes=start_minute)
    return [
        Mention(
            posted_at=to_iso(base + timedelta(seconds=step_s * i)),
            text=f"awful service {tag}{hour}-{start_minute}-{i}",
            external_id=f"{tag}{hour}-{start_minute}-{i}",
            platform="X",
            sentiment=Sentiment.NEGATIVE,
            sentiment_source=SentimentSource.EXPORT,
        )
        for i in range(count)
    ]


def _store(database: Database, incident: str, items: list[Mention]) -> None:
    mentions.import_mentions(
        database, incident, items, source="test.csv", file_format="csv", preset="generic", author="Ana"
    )


def _only(database: Database, rule_ids: set[str]) -> None:
    rules.save(database, [r for r in DEFAULT_RULES if r.id in rule_ids], author="Ana")


def _fired(database: Database, incident: str) -> list[tuple[str, str]]:
    return [(f.firing.rule_id, f.firing.fired_at) for f in rules.firings(database, incident)]


def test_exactly_the_threshold_is_not_a_breach(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"assign"})
    _store(database, incident, _negatives(0, 5))
    assert rules.evaluate(database, incident) == []


def test_fires_at_the_mention_that_passes_the_threshold(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"assign"})
    items = _negatives(0, 8)
    _store(database, incident, items)
    new = rules.evaluate(database, incident)
    assert [(f.firing.rule_id, f.firing.fired_at) for f in new] == [("assign", items[5].posted_at)]
    alert = log.get(database, new[0].log_entry_id)
    assert alert.kind == "alert" and alert.occurred_at == items[5].posted_at
    assert "PR manager" in alert.text


def test_a_mention_exactly_on_the_hour_belongs_to_that_hour(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"assign"})
    items = _negatives(1, 6)  # the first at 14:00:00.000 exactly
    _store(database, incident, items)
    assert _fired(database, incident) == [] and rules.evaluate(database, incident)
    assert _fired(database, incident) == [("assign", items[5].posted_at)]


def test_fires_on_the_kth_consecutive_breaching_hour(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"activate"})
    _store(database, incident, _negatives(0, 11) + _negatives(1, 11))
    assert rules.evaluate(database, incident) == []
    third = _negatives(2, 12)
    _store(database, incident, third)
    assert [(f.firing.rule_id, f.firing.fired_at) for f in rules.evaluate(database, incident)] == [
        ("activate", third[10].posted_at)
    ]


def test_a_broken_run_does_not_fire(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"activate"})
    _store(database, incident, _negatives(0, 11) + _negatives(1, 11) + _negatives(2, 10) + _negatives(3, 11))
    assert rules.evaluate(database, incident) == []


def test_once_per_episode_and_a_quiet_hour_rearms(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"assign"})
    _store(database, incident, _negatives(0, 7) + _negatives(1, 9) + _negatives(2, 6))
    assert len(rules.evaluate(database, incident)) == 1  # hours 0-2 are one episode
    _store(database, incident, _negatives(3, 2) + _negatives(4, 6))  # hour 3 is quiet
    again = rules.evaluate(database, incident)
    assert [f.firing.episode_start for f in again] == ["2026-03-14T17:00:00Z"]
    assert len(rules.firings(database, incident)) == 2


def test_a_gap_hour_with_no_mentions_also_rearms(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"assign"})
    _store(database, incident, _negatives(0, 6) + _negatives(2, 6))
    assert len(rules.evaluate(database, incident)) == 2


def test_re_import_and_re_evaluation_never_fire_again(database: Database) -> None:
    incident = _incident(database)
    items = _negatives(0, 12) + _negatives(1, 12) + _negatives(2, 12)
    _store(database, incident, items)
    first = rules.evaluate(database, incident)
    assert {f.firing.rule_id for f in first} == {"assign", "surge", "activate"}
    alerts = log.count(database, log.LogFilter(incident, kinds=("alert",)))
    _store(database, incident, items)  # the same export again: all duplicates
    assert rules.evaluate(database, incident) == []
    assert rules.evaluate(database, incident) == []
    assert log.count(database, log.LogFilter(incident, kinds=("alert",))) == alerts == 3


def test_an_earlier_import_that_stretches_an_episode_does_not_fire_twice(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"assign"})
    _store(database, incident, _negatives(1, 6))
    assert len(rules.evaluate(database, incident)) == 1
    _store(database, incident, _negatives(0, 6, tag="early"))  # the hour before: same episode now
    assert rules.evaluate(database, incident) == []


def test_sliding_window_across_an_hour_boundary(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"surge", "assign"})
    late = _negatives(0, 5, start_minute=40, step_s=180)  # 13:40 … 13:52
    early = _negatives(1, 5, start_minute=0, step_s=180)  # 14:00 … 14:12
    _store(database, incident, late + early)
    new = rules.evaluate(database, incident)
    assert [(f.firing.rule_id, f.firing.fired_at) for f in new] == [("surge", early[4].posted_at)]


def test_sliding_window_needs_more_than_the_threshold_within_the_window(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"surge"})
    # Ten negatives, but the first and last are 61 minutes apart: never ten within 60 minutes.
    spread = [m for m in _negatives(0, 10, step_s=61 * 60 // 9 + 1)]
    _store(database, incident, spread)
    assert rules.evaluate(database, incident) == []


def test_suggested_level_is_the_highest_proposal(database: Database) -> None:
    incident = _incident(database)
    assert rules.suggested_level(database, incident) is None
    _store(database, incident, _negatives(0, 12) + _negatives(1, 12) + _negatives(2, 12))
    rules.evaluate(database, incident)
    assert rules.suggested_level(database, incident) == 4


def test_invalid_rules_are_refused_and_nothing_changes(database: Database) -> None:
    before = rules.load(database)
    with pytest.raises(InvalidInputError):
        rules.save(database, [*before, Rule("x", "Bad", more_than=-1)], author="Ana")
    with pytest.raises(InvalidInputError):
        rules.save(database, [Rule("x", "Bad", more_than=3, hours=2, window_minutes=30)], author="Ana")
    assert rules.load(database) == before == list(DEFAULT_RULES)


def test_hourly_counts_match_the_mentions_and_follow_relabelling(database: Database) -> None:
    incident = _incident(database)
    neutral = Mention(
        posted_at=to_iso(T0 + timedelta(minutes=5)),
        text="just a question",
        url="https://example.org/q",
        sentiment=Sentiment.NEUTRAL,
        sentiment_source=SentimentSource.VADER,
    )
    _store(database, incident, [*_negatives(0, 3), neutral, *_negatives(2, 1)])
    counts = mentions.hourly(database, incident)
    assert [(c.hour, c.total, c.negative) for c in counts] == [
        ("2026-03-14T13:00:00Z", 4, 3),
        ("2026-03-14T15:00:00Z", 1, 1),
    ]
    recount = database.query(
        "SELECT substr(posted_at, 1, 13) || ':00:00Z', count(*), sum(sentiment = 'negative') "
        "FROM mentions WHERE incident_id = ? GROUP BY 1 ORDER BY 1",
        (incident,),
    )
    assert [tuple(r) for r in recount] == [(c.hour, c.total, c.negative) for c in counts]
    seq = database.query("SELECT seq FROM mentions WHERE text = 'just a question'")[0][0]
    mentions.relabel(database, seq, Sentiment.NEGATIVE, author="Bo")
    assert mentions.hourly(database, incident)[0].negative == 4
    last = log.entries(database, incident)[-1]
    assert "relabelled neutral → negative" in last.text and last.author == "Bo"


def test_acknowledging_an_alert_is_logged_once(database: Database) -> None:
    incident = _incident(database)
    _only(database, {"assign"})
    _store(database, incident, _negatives(0, 6))
    (fired,) = rules.evaluate(database, incident)
    assert rules.firings(database, incident)[0].acknowledged_at is None
    rules.acknowledge(database, fired.id, author="Maya")
    rules.acknowledge(database, fired.id, author="Maya")
    assert rules.firings(database, incident)[0].acknowledged_at is not None
    acks = [e for e in log.entries(database, incident) if e.text == "Alert “Assign to PR” acknowledged"]
    assert len(acks) == 1 and acks[0].author == "Maya"


EDGES_OF_THE_CALENDAR = ("0001-01-01T00:00:00.000Z", "9999-12-31T23:30:00.000Z")


def plant_mentions(database: Database, incident: str, posted_at: str, count: int) -> list[int]:
    """``count`` negative mentions at ``posted_at`` written with SQL, as a database from before
    imports refused such dates could hold them, hourly counts included; their seq numbers."""
    batch = f"planted-{posted_at}"
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO import_batches VALUES (?, ?, 'old.csv', NULL, 'csv', 'generic', ?, 'Ana', ?, ?, 0, 0)",
            (batch, incident, to_iso(T0), count, count),
        )
        for n in range(count):
            conn.execute(
                "INSERT INTO mentions (incident_id, dedupe_key, posted_at, platform, author, text, url, "
                "external_id, sentiment, sentiment_source, reach, batch_id) "
                "VALUES (?, ?, ?, 'X', '', ?, '', ?, 'negative', 'export', NULL, ?)",
                (incident, f"id:x:{posted_at}-{n}", posted_at, f"awful {n}", f"{posted_at}-{n}", batch),
            )
        conn.execute(
            "INSERT OR REPLACE INTO mention_hours (incident_id, hour, total, negative) VALUES (?, ?, ?, ?)",
            (incident, posted_at[:13] + ":00:00Z", count, count),
        )
    rows = database.query("SELECT seq FROM mentions WHERE batch_id = ? ORDER BY seq", (batch,))
    return [row[0] for row in rows]


@pytest.mark.parametrize("posted_at", EDGES_OF_THE_CALENDAR)
def test_mentions_stored_at_the_edge_of_the_calendar_break_no_rule(database: Database, posted_at: str) -> None:
    incident = _incident(database)
    planted = plant_mentions(database, incident, posted_at, 12)  # enough to breach every rule, if they counted
    items = _negatives(0, 12)
    _store(database, incident, items)
    fired = rules.evaluate(database, incident)  # OverflowError here before: no alert ever again
    assert [(f.firing.rule_id, f.firing.fired_at) for f in fired] == [
        ("assign", items[5].posted_at),
        ("surge", items[9].posted_at),
    ]
    assert [c.hour for c in mentions.hourly(database, incident)] == ["2026-03-14T13:00:00Z"]
    assert mentions.count(database, incident) == (12, 12)
    mentions.relabel(database, planted[0], Sentiment.NEUTRAL, author="Bo")  # recounts its hour: no overflow
    later = _negatives(5, 6, tag="later")
    mentions.add_mention(database, incident, later[0], author="Bo")
    _store(database, incident, later[1:])
    assert [f.firing.fired_at for f in rules.evaluate(database, incident)] == [later[5].posted_at]


@pytest.mark.parametrize(
    "posted_at", ["0001-01-01T00:00:00.000Z", "1989-12-31T23:59:59.999Z", "2100-01-01T00:00:00.000Z"]
)
def test_a_mention_outside_1990_to_2099_is_refused_before_anything_is_stored(
    database: Database, posted_at: str
) -> None:
    incident = _incident(database)
    mention = Mention(posted_at, "by hand", sentiment=Sentiment.NEGATIVE, sentiment_source=SentimentSource.MANUAL)
    with pytest.raises(InvalidInputError, match="1990 to 2099"):
        mentions.add_mention(database, incident, mention, author="Bo")
    with pytest.raises(InvalidInputError, match="1990 to 2099"):
        _store(database, incident, [*_negatives(0, 2), mention])
    assert database.query("SELECT count(*) FROM mentions")[0][0] == 0
    assert database.query("SELECT count(*) FROM import_batches")[0][0] == 0


def test_the_hour_after_the_last_hour_a_datetime_holds_still_sorts_after_it() -> None:
    from crisisroom.domain.rules import next_hour

    assert next_hour("2026-03-14T23:00:00Z") == "2026-03-15T00:00:00Z"
    assert next_hour("9999-12-31T23:00:00Z") > "9999-12-31T23:59:59.999Z"
