"""The crisis log: append-only, hash-chained per device, tampering found by verify."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import GENESIS_HASH, Kind, chain_hash
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database


def _incident(database: Database, title: str = "Refund complaints") -> str:
    return incidents.create(database, title, category=Category.CUSTOMER_SERVICE, author="Ana").id


def test_entries_chain_from_genesis_and_verify(database: Database) -> None:
    incident = _incident(database)
    first, second = (log.append(database, incident, f"entry {n}", author="Ana") for n in range(2))
    opened = log.entries(database, incident)[0]
    assert opened.prev_hash == GENESIS_HASH and opened.device_seq == 1
    assert first.prev_hash == opened.hash and second.prev_hash == first.hash
    assert second.device_seq == 3
    assert second.hash == chain_hash(first.hash, second.content())
    assert log.verify(database) == (3, [])


def test_recorded_at_comes_from_the_clock_and_occurred_at_is_kept(database: Database) -> None:
    incident = _incident(database)
    entry = log.append(database, incident, "Call with the CMO", author="Ana", occurred_at="2026-11-20T08:00:00.000Z")
    assert entry.recorded_at.endswith("Z") and entry.recorded_at > "2026-11-20T08:00:00.000Z"
    assert log.get(database, entry.id).occurred_at == "2026-11-20T08:00:00.000Z"


def test_one_chain_spans_incidents_of_the_device(database: Database) -> None:
    a, b = _incident(database, "A"), _incident(database, "B")
    log.append(database, a, "in A", author="Ana")
    entry = log.append(database, b, "in B", author="Ana")
    assert entry.device_seq == 4
    assert log.verify(database)[1] == []


def test_update_and_delete_are_refused_by_triggers(database: Database) -> None:
    incident = _incident(database)
    entry = log.append(database, incident, "Original", author="Ana")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        database.conn.execute("UPDATE log_entries SET text = 'Changed' WHERE id = ?", (entry.id,))
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        database.conn.execute("DELETE FROM log_entries WHERE id = ?", (entry.id,))
    assert log.get(database, entry.id).text == "Original"


def _tamper(database: Database, sql: str, *params: object) -> None:
    """What an attacker with the file would do: drop the guard, then edit."""
    database.conn.execute("DROP TRIGGER log_entries_no_update")
    database.conn.execute("DROP TRIGGER log_entries_no_delete")
    database.conn.execute(sql, params)


def test_verify_names_a_changed_entry(database: Database) -> None:
    incident = _incident(database)
    entries = [log.append(database, incident, f"entry {n}", author="Ana") for n in range(5)]
    _tamper(database, "UPDATE log_entries SET text = 'rewritten' WHERE id = ?", entries[2].id)
    total, breaks = log.verify(database)
    assert total == 6
    assert [b.entry_id for b in breaks] == [entries[2].id]
    assert "changed after it was written" in breaks[0].reason


def test_verify_names_the_entry_after_a_removed_one(database: Database) -> None:
    incident = _incident(database)
    entries = [log.append(database, incident, f"entry {n}", author="Ana") for n in range(5)]
    _tamper(database, "DELETE FROM log_entries WHERE id = ?", entries[1].id)
    breaks = log.verify(database)[1]
    assert [b.entry_id for b in breaks] == [entries[2].id]
    assert "missing" in breaks[0].reason


def test_verify_catches_a_rehashed_entry_through_the_next_link(database: Database) -> None:
    """Recomputing one entry's hash after editing it still breaks the link of the entry after it."""
    incident = _incident(database)
    entries = [log.append(database, incident, f"entry {n}", author="Ana") for n in range(3)]
    victim = entries[0]
    forged = dict(victim.content(), text="forged")
    _tamper(
        database,
        "UPDATE log_entries SET text = 'forged', hash = ? WHERE id = ?",
        chain_hash(victim.prev_hash, forged),
        victim.id,
    )
    breaks = log.verify(database)[1]
    assert [b.entry_id for b in breaks] == [entries[1].id]


def test_correction_is_a_new_entry_pointing_at_the_old(database: Database) -> None:
    incident = _incident(database)
    wrong = log.append(database, incident, "Spokesperson is Bo", author="Ana", kind=Kind.DECISION)
    fixed = log.correct(database, wrong.id, "Spokesperson is Cy", author="Ana")
    assert fixed.kind == "correction" and fixed.corrects == wrong.id
    assert log.get(database, wrong.id).text == "Spokesperson is Bo"
    rows = log.page(database, log.LogFilter(incident))
    assert rows[0].entry.id == fixed.id
    assert next(r for r in rows if r.entry.id == wrong.id).corrected_by == fixed.id


def test_correction_must_stay_within_the_incident(database: Database) -> None:
    a, b = _incident(database, "A"), _incident(database, "B")
    entry = log.append(database, a, "in A", author="Ana")
    with pytest.raises(InvalidInputError):
        log.append(database, b, "fix", author="Ana", kind=Kind.CORRECTION, corrects=entry.id)


@pytest.mark.parametrize("text", ["", "   ", "x" * 20_001])
def test_unusable_text_is_refused_and_nothing_written(database: Database, text: str) -> None:
    incident = _incident(database)
    with pytest.raises(InvalidInputError):
        log.append(database, incident, text, author="Ana")
    assert log.count(database, log.LogFilter(incident)) == 1


def test_search_uses_full_text_and_tolerates_syntax(database: Database) -> None:
    incident = _incident(database, "Press enquiry")
    log.append(database, incident, "Journalist from the Herald called about refunds", author="Ana")
    log.append(database, incident, "Refund policy statement approved", author="Bo")
    log.append(database, incident, "Paused the campaign", author="Cy")
    assert log.count(database, log.LogFilter(incident, search="refund")) == 2
    assert log.count(database, log.LogFilter(incident, search="herald refu")) == 1
    assert log.count(database, log.LogFilter(incident, search='"AND ( -:*')) == 0
    assert log.count(database, log.LogFilter(incident, kinds=("note",), search="paused")) == 1


def test_pages_are_keyset_and_newest_first(database: Database) -> None:
    incident = _incident(database)
    for n in range(25):
        log.append(database, incident, f"entry {n}", author="Ana")
    first = log.page(database, log.LogFilter(incident), limit=10)
    second = log.page(database, log.LogFilter(incident), after=first[-1], limit=10)
    assert first[0].entry.text == "entry 24"
    assert second[0].entry.text == "entry 14"
    assert {r.seq for r in first}.isdisjoint({r.seq for r in second})


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.text(min_size=1, max_size=300).filter(lambda t: t.strip()),
    author=st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).filter(
        lambda a: a.strip()
    ),
)
def test_any_unicode_round_trips_and_verifies(database: Database, text: str, author: str) -> None:
    incident = _incident(database)
    entry = log.append(database, incident, text, author=author, payload={"note": text[:10]})
    stored = log.get(database, entry.id)
    assert stored == entry
    assert stored.expected_hash() == stored.hash


def test_search_pages_walk_every_match_newest_first(database: Database) -> None:
    incident = _incident(database, "Press enquiry")
    other = _incident(database, "Other incident")
    with database.transaction():
        for n in range(450):
            log.append(database, incident, f"statement draft {n}", author="Ana")
            log.append(database, other, f"statement elsewhere {n}", author="Ana")
            log.append(database, incident, f"unrelated {n}", author="Ana")
    flt = log.LogFilter(incident, search="statement")
    seen: list[str] = []
    after = None
    while True:
        rows = log.page(database, flt, after=after, limit=200)
        if not rows:
            break
        seen.extend(r.entry.text for r in rows)
        after = rows[-1]
    assert seen == [f"statement draft {n}" for n in reversed(range(450))]
    assert log.count(database, flt) == 450
