"""Escalation rules as settings, and their firings: evaluated, stored once per episode, logged."""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from crisisroom.domain import rules as rule_logic
from crisisroom.domain.clock import now_iso
from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.log import Kind
from crisisroom.domain.rules import Firing, Rule
from crisisroom.storage import log, mentions
from crisisroom.storage.database import Database

RULES_AUTHOR = "Crisis Room rules"


def load(database: Database) -> list[Rule]:
    """The rules in their set order."""
    rows = database.query("SELECT * FROM rules ORDER BY position, id")
    return [
        Rule(
            id=row["id"],
            name=row["name"],
            more_than=row["more_than"],
            hours=row["hours"],
            window_minutes=row["window_minutes"],
            action=row["action"],
            role=row["role"],
            suggested_level=row["suggested_level"],
            enabled=bool(row["enabled"]),
        )
        for row in rows
    ]


def save(database: Database, rules: Sequence[Rule]) -> None:
    """Replace the rule set (validated first: a bad rule changes nothing)."""
    for rule in rules:
        rule.validate()
    ids = [rule.id for rule in rules]
    if len(set(ids)) != len(ids):
        raise InvalidInputError("two rules have the same id")
    with database.transaction() as conn:
        conn.execute("DELETE FROM rules")
        conn.executemany(
            "INSERT INTO rules VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    r.id,
                    position,
                    r.name,
                    r.more_than,
                    r.hours,
                    r.window_minutes,
                    r.action,
                    r.role,
                    r.suggested_level,
                    int(r.enabled),
                )
                for position, r in enumerate(rules)
            ],
        )


@dataclass(frozen=True)
class StoredFiring:
    """A firing as recorded, with the rule's name and advice as they were when it fired."""

    id: str
    firing: Firing
    rule_name: str
    action: str
    role: str
    log_entry_id: str
    acknowledged_at: str | None

    def message(self) -> str:
        level = f" Suggested level: {self.firing.suggested_level}." if self.firing.suggested_level else ""
        role = f" Call: {self.role}." if self.role else ""
        return f"{self.rule_name}: {self.action}{role}{level}"


def firings(database: Database, incident_id: str) -> list[StoredFiring]:
    """Every firing of an incident, in time order."""
    rows = database.query("SELECT * FROM rule_firings WHERE incident_id = ? ORDER BY fired_at, rule_id", (incident_id,))
    return [_stored(row) for row in rows]


def _unrecorded(database: Database, incident_id: str) -> list[tuple[Rule, Firing]]:
    """The firings the incident's mentions call for that are not recorded yet, in time order (reads only)."""
    rule_set = load(database)
    by_id = {r.id: r for r in rule_set}
    computed = rule_logic.evaluate(
        rule_set,
        mentions.hourly(database, incident_id),
        mentions.nth_negative(database, incident_id),
        mentions.negative_times(database, incident_id),
    )
    existing = [f.firing for f in firings(database, incident_id)]
    todo: list[tuple[Rule, Firing]] = []
    for firing in computed:
        if any(rule_logic.is_same_episode(old, firing) for old in existing):
            continue
        existing.append(firing)
        todo.append((by_id[firing.rule_id], firing))
    return todo


def missed(database: Database, incident_id: str) -> list[StoredFiring]:
    """Firings the stored mentions call for that were never recorded, as a crash between an
    import's commit and its evaluation leaves them; not stored (no id, no log entry) until
    :func:`recheck` records them. Works on a read-only connection.
    """
    return [
        StoredFiring("", firing, rule.name, rule.action, rule.role, "", None)
        for rule, firing in _unrecorded(database, incident_id)
    ]


def recheck(database: Database, incident_id: str) -> list[StoredFiring]:
    """Make the incident's recorded firings complete after any crash: record the ones missing.

    Called when an incident is shown (the window, ``crisisroom status``) and when an import
    starts. Idempotent, like :func:`evaluate`; a read-only connection records nothing.
    """
    return evaluate(database, incident_id) if database.writable else []


def evaluate(database: Database, incident_id: str) -> list[StoredFiring]:
    """Re-evaluate the rules over the incident's mentions and record the new firings.

    Safe to call as often as wanted: an episode that already fired never fires again, even when
    a later import moves its firing time. Each new firing writes an alert to the crisis log, in
    the same transaction.
    """
    todo = _unrecorded(database, incident_id)
    new: list[StoredFiring] = []
    if not todo:
        return new
    with database.transaction() as conn:
        for rule, firing in todo:
            entry = log.append(
                database,
                incident_id,
                f"Rule “{rule.name}” fired: {rule.describe()}. {rule.action}"
                + (f" Call: {rule.role}." if rule.role else "")
                + (f" Suggested level {rule.suggested_level}." if rule.suggested_level else ""),
                kind=Kind.ALERT,
                author=RULES_AUTHOR,
                occurred_at=firing.fired_at,
                payload={
                    "rule": rule.id,
                    "fired_at": firing.fired_at,
                    "negative_in_hour": firing.negative_in_hour,
                    "suggested_level": firing.suggested_level,
                },
            )
            firing_id = str(uuid.uuid4())
            conn.execute(
                "INSERT INTO rule_firings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                (
                    firing_id,
                    incident_id,
                    rule.id,
                    rule.name,
                    firing.fired_at,
                    firing.episode_start,
                    firing.episode_end,
                    firing.negative_in_hour,
                    firing.suggested_level,
                    rule.action,
                    rule.role,
                    entry.id,
                    now_iso(),
                ),
            )
            new.append(StoredFiring(firing_id, firing, rule.name, rule.action, rule.role, entry.id, None))
    return new


def acknowledge(database: Database, firing_id: str, *, author: str) -> None:
    """Someone has seen an alert and is acting on it; logged, and the banner stops showing it."""
    rows = database.query("SELECT incident_id, rule_name, acknowledged_at FROM rule_firings WHERE id = ?", (firing_id,))
    if not rows:
        raise NotFoundError(f"no rule firing {firing_id}")
    incident_id, rule_name, already = rows[0]
    if already:
        return
    with database.transaction() as conn:
        conn.execute(
            "UPDATE rule_firings SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?",
            (now_iso(), author, firing_id),
        )
        log.append(
            database,
            incident_id,
            f"Alert “{rule_name}” acknowledged",
            kind=Kind.NOTE,
            author=author,
            payload={"event": "alert-acknowledged", "firing": firing_id},
        )


def suggested_level(database: Database, incident_id: str) -> int | None:
    """The highest level the rules have proposed for this incident, if any."""
    row = database.query("SELECT max(suggested_level) FROM rule_firings WHERE incident_id = ?", (incident_id,))
    return row[0][0]


def _stored(row: sqlite3.Row) -> StoredFiring:
    return StoredFiring(
        id=row["id"],
        acknowledged_at=row["acknowledged_at"],
        firing=Firing(
            rule_id=row["rule_id"],
            fired_at=row["fired_at"],
            negative_in_hour=row["negative_in_hour"],
            episode_start=row["episode_start"],
            episode_end=row["episode_end"],
            suggested_level=row["suggested_level"],
        ),
        rule_name=row["rule_name"],
        action=row["action"],
        role=row["role"],
        log_entry_id=row["log_entry_id"],
    )
