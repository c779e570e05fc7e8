"""Escalation rules as settings, and their firings: evaluated, stored once per episode, logged.

The firings that hold are a pure function of the stored mentions and the rules
(:func:`crisisroom.domain.rules.evaluate`): whatever the order and split of the imports, the
same rows give the same firings. :func:`evaluate` reconciles the recorded ones with that truth
after every change: a new episode is recorded with its alert; one whose line was crossed earlier
than its alert, or that two recorded episodes now make up, is revised in place (keeping its
acknowledgement) and the others are withdrawn (``superseded_at``); each such change writes one
plain revision entry to the log, which keeps the earlier alerts as they were.

Every change here is an event (domain/events/mentions.py) whose handler is the only writer of
its table: the rule set (an organisation entry), a firing with its alert, a revision, an episode
drawn longer, an acknowledgement. A firing's count of negative mentions in its hour is read from
the hourly counts, as the mentions stand, so it needs no entry of its own.
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, tzinfo

from crisisroom.domain import rules as rule_logic
from crisisroom.domain.chain import rule_call
from crisisroom.domain.clock import from_iso, zone_from_name
from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.events.mentions import (
    AlertAcknowledged,
    FiringsRefreshed,
    FiringsRevised,
    RuleFired,
    RulesSet,
)
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.rules import Firing, Rule
from crisisroom.storage import events, mentions, team
from crisisroom.storage.database import Database

RULES_AUTHOR = "Crisis Room rules"
RULES_CHANGED = "the changed escalation rules"  # the cause a revision names when the rules were edited
RECHECKED = "the mentions now stored"  # … when nothing more precise is known (after a crash, a relabel…)
# Firing ids are made from the episode and the firings already recorded (see :func:`firing_id`).
_FIRING_IDS = uuid.UUID("c41e8f0d-2a7b-4c95-b3d6-91e0f5a27c84")

# A firing as recorded, with the count of negative mentions in its hour as the mentions stand now.
_FIRINGS = (
    "SELECT f.*, coalesce(h.negative, f.negative_in_hour) AS negative_now FROM rule_firings f "
    "LEFT JOIN mention_hours h ON h.incident_id = f.incident_id AND h.hour = substr(f.fired_at, 1, 13) || ':00:00Z'"
)


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


def save(database: Database, rules: Sequence[Rule], *, author: str) -> bool:
    """Replace the rule set (validated first: a bad rule changes nothing), as one organisation entry.

    Returns False when the set is the one stored (nothing is written). The firings the new rules
    call for are for the caller to reconcile (``services.mentions.save_rules`` does, for
    :func:`incidents_to_recheck`).
    """
    for rule in rules:
        rule.validate()
    ids = [rule.id for rule in rules]
    if len(set(ids)) != len(ids):
        raise InvalidInputError("two rules have the same id")
    if list(rules) == load(database):
        return False
    listed = "; ".join(f"{r.name}: {r.describe()}" + ("" if r.enabled else " (off)") for r in rules)
    events.record(
        database,
        None,
        RulesSet(rules=[dataclasses.asdict(r) for r in rules]),
        f"Escalation rules set: {listed}" if rules else "Escalation rules set: none",
        kind=Kind.DECISION,  # as the organisation's other settings
        author=author,
    )
    return True


@events.handles(RulesSet)
def _rules_set(conn: sqlite3.Connection, entry: LogEntry, event: RulesSet) -> None:
    conn.execute("DELETE FROM rules")
    conn.executemany(
        "INSERT INTO rules VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                r["id"],
                position,
                r["name"],
                r["more_than"],
                r["hours"],
                r["window_minutes"],
                r["action"],
                r["role"],
                r["suggested_level"],
                int(r["enabled"]),
            )
            for position, r in enumerate(event.rules)
        ],
    )


def incidents_to_recheck(database: Database) -> list[str]:
    """Open incidents with mentions or firings: those whose firings a change of the rules can move.

    A resolved incident's log (and a finished drill's after-action) keeps the firings of the rules
    it was handled under.
    """
    rows = database.query(
        "SELECT id FROM incidents WHERE closed_at IS NULL AND id IN "
        "(SELECT incident_id FROM mention_hours UNION SELECT incident_id FROM rule_firings) ORDER BY id"
    )
    return [row[0] for row in rows]


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

    def message(self, who: str = "") -> str:
        """The firing in a line; ``who`` names the role's holder on the roster (see domain.chain.rule_call)."""
        level = f" Suggested level: {self.firing.suggested_level}." if self.firing.suggested_level else ""
        role = (f" Call: {self.role} — {who}." if who else f" Call: {self.role}.") if self.role else ""
        return f"{self.rule_name}: {self.action}{role}{level}"


def firings(database: Database, incident_id: str) -> list[StoredFiring]:
    """The incident's firings that hold (none an import or a rule change withdrew), in time order."""
    rows = database.query(
        f"{_FIRINGS} WHERE f.incident_id = ? AND f.superseded_at IS NULL ORDER BY f.fired_at, f.rule_id",
        (incident_id,),
    )
    return [_stored(row) for row in rows]


def _truth(database: Database, incident_id: str, rule_set: Sequence[Rule]) -> list[Firing]:
    """The firings the stored mentions call for under ``rule_set``: hourly counts, and the few mention times needed."""
    return rule_logic.evaluate(
        rule_set,
        mentions.hourly(database, incident_id),
        mentions.nth_negative(database, incident_id),
        mentions.negative_times(database, incident_id),
    )


def _plan(database: Database, incident_id: str) -> tuple[list[Rule], rule_logic.Reconciliation]:
    """What recording the truth would change (reads only)."""
    rule_set = load(database)
    rows = database.query(f"{_FIRINGS} WHERE f.incident_id = ? ORDER BY f.fired_at, f.id", (incident_id,))
    current = [(row["id"], _stored(row).firing) for row in rows if row["superseded_at"] is None]
    withdrawn = [(row["id"], _stored(row).firing) for row in rows if row["superseded_at"] is not None]
    return rule_set, rule_logic.reconcile(current, withdrawn, _truth(database, incident_id, rule_set))


def pending(database: Database, incident_id: str) -> bool:
    """Whether the recorded firings differ from what the mentions and rules call for (a crash between an
    import's commit and its evaluation leaves them so). Works on a read-only connection."""
    return bool(_plan(database, incident_id)[1])


def current(database: Database, incident_id: str) -> list[StoredFiring]:
    """The firings that hold, recorded or not: :func:`firings` with any :func:`pending` change applied in
    memory (unrecorded ones have no id and no log entry). Works on a read-only connection."""
    rule_set, plan = _plan(database, incident_id)
    if not plan:
        return firings(database, incident_id)
    by_rule = {r.id: r for r in rule_set}
    rows = {row["id"]: _stored(row) for row in database.query(f"{_FIRINGS} WHERE f.incident_id = ?", (incident_id,))}
    held = {f.id: f for f in firings(database, incident_id)}
    for firing_id, firing in plan.refreshed:
        held[firing_id] = replace(held[firing_id], firing=firing)
    for revision in plan.revisions:
        for firing_id, _ in revision.before:
            held.pop(firing_id, None)
        if revision.firing is not None and revision.kept is not None:
            held[revision.kept] = replace(rows[revision.kept], firing=revision.firing)
    unrecorded = [
        StoredFiring("", f, by_rule[f.rule_id].name, by_rule[f.rule_id].action, by_rule[f.rule_id].role, "", None)
        for f in plan.new
    ]
    return sorted([*held.values(), *unrecorded], key=lambda f: (f.firing.fired_at, f.firing.rule_id))


def missed(database: Database, incident_id: str) -> list[StoredFiring]:
    """Firings the stored mentions call for that were never recorded, as a crash between an
    import's commit and its evaluation leaves them; not stored (no id, no log entry) until
    the rules are evaluated again. Works on a read-only connection.
    """
    rule_set, plan = _plan(database, incident_id)
    by_rule = {r.id: r for r in rule_set}
    return [
        StoredFiring("", f, by_rule[f.rule_id].name, by_rule[f.rule_id].action, by_rule[f.rule_id].role, "", None)
        for f in plan.new
    ]


def evaluate(database: Database, incident_id: str, *, cause: str = RECHECKED) -> list[StoredFiring]:
    """Re-derive the firings from the incident's mentions and the rules, and record the differences.

    Safe to call as often as wanted: an unchanged truth writes nothing. A new episode is recorded
    with an alert in the crisis log; a recorded firing that the data now places elsewhere (its
    line crossed earlier, two episodes become one, the rules changed) is revised and the log gets
    one plain revision entry naming ``cause`` (the imported file's name, or what else changed),
    all in one transaction. Returns the new firings (the ones to announce).

    The window, the command line and the drills reach this through ``services.mentions``, after
    the change that calls for it.
    """
    new: list[StoredFiring] = []
    if not pending(database, incident_id):
        return new
    with database.transaction() as conn:
        rule_set, plan = _plan(database, incident_id)  # again, under the write lock
        by_rule = {r.id: r for r in rule_set}
        if plan.refreshed:
            _refresh(database, conn, incident_id, plan.refreshed, cause)
        if plan.revisions:
            zone = _zone(conn, incident_id)
            names = dict(conn.execute("SELECT id, rule_name FROM rule_firings WHERE incident_id = ?", (incident_id,)))
            for revision in plan.revisions:
                _revise(database, conn, incident_id, revision, by_rule, names, zone, cause)
        recorded = [row[0] for row in conn.execute("SELECT id FROM rule_firings WHERE incident_id = ?", (incident_id,))]
        for firing in plan.new:
            made = firing_id(incident_id, firing, recorded)
            new.append(_record(database, incident_id, by_rule[firing.rule_id], firing, made))
    return new


def firing_id(incident_id: str, firing: Firing, recorded: Sequence[str]) -> str:
    """The id a new firing is recorded under: made from its rule and episode and from every firing of
    the incident recorded before it (``recorded``, withdrawn ones too).

    So two laptops sharing the incident that evaluate the same entries record the same new firing
    under one id, and its handler keeps it once; and an id never comes back, since the firings
    recorded only grow (a later firing of the same rule at the same moment is made from more).
    """
    seed = json.dumps([incident_id, firing.rule_id, firing.fired_at, firing.episode_start, sorted(recorded)])
    return str(uuid.uuid5(_FIRING_IDS, seed))


def _record(database: Database, incident_id: str, rule: Rule, firing: Firing, made: str) -> StoredFiring:
    entry = events.record(
        database,
        incident_id,
        RuleFired(
            incident=incident_id,
            firing=made,
            rule=rule.id,
            rule_name=rule.name,
            action=rule.action,
            role=rule.role,
            fired_at=firing.fired_at,
            episode_start=firing.episode_start,
            episode_end=firing.episode_end,
            negative_in_hour=firing.negative_in_hour,
            suggested_level=firing.suggested_level,
        ),
        f"Rule “{rule.name}” fired: {rule.describe()}. {rule.action}"
        + (f" Call: {_call(database, rule.role)}." if rule.role else "")
        + (f" Suggested level {rule.suggested_level}." if rule.suggested_level else ""),
        kind=Kind.ALERT,
        author=RULES_AUTHOR,
        occurred_at=firing.fired_at,
    )
    return StoredFiring(made, firing, rule.name, rule.action, rule.role, entry.id, None)


@events.handles(RuleFired)
def _fired(conn: sqlite3.Connection, entry: LogEntry, event: RuleFired) -> None:
    # The same new firing recorded by two laptops that evaluated the same entries (same id,
    # :func:`firing_id`) is one firing: the first alert stands, the second is only in the log.
    conn.execute(
        "INSERT INTO rule_firings (id, incident_id, rule_id, rule_name, fired_at, episode_start, episode_end, "
        "negative_in_hour, suggested_level, action, role, log_entry_id, recorded_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
        (
            event.firing,
            event.incident,
            event.rule,
            event.rule_name,
            event.fired_at,
            event.episode_start,
            event.episode_end,
            event.negative_in_hour,
            event.suggested_level,
            event.action,
            event.role,
            entry.id,
            entry.recorded_at,
        ),
    )


def _call(database: Database, role_text: str) -> str:
    """``CMO — Henrik Sato, +44 … (backup Ruth Adeyemi, +44 …)``: the rule's words and who that is on the roster now."""
    who = rule_call(role_text, team.list_people(database)).who()
    return f"{role_text} — {who}" if who else role_text


def _figures(firing: Firing) -> dict[str, object]:
    return {
        "fired_at": firing.fired_at,
        "episode_start": firing.episode_start,
        "episode_end": firing.episode_end,
        "negative_in_hour": firing.negative_in_hour,
        "suggested_level": firing.suggested_level,
    }


def _rewrite(conn: sqlite3.Connection, firing_id: str, figures: dict[str, object], *, held_only: bool = False) -> None:
    """The recorded firing now stands for the episode ``figures`` describe (as the data says it now), and holds.

    ``held_only``: only if it holds now (a refresh never brings back an alert a revision withdrew).
    """
    conn.execute(
        "UPDATE rule_firings SET fired_at = ?, episode_start = ?, episode_end = ?, negative_in_hour = ?, "
        "suggested_level = ?, superseded_at = NULL, superseded_by = NULL WHERE id = ?"
        + (" AND superseded_at IS NULL" if held_only else ""),
        (
            figures["fired_at"],
            figures["episode_start"],
            figures["episode_end"],
            figures["negative_in_hour"],
            figures["suggested_level"],
            firing_id,
        ),
    )


def _refresh(
    database: Database,
    conn: sqlite3.Connection,
    incident_id: str,
    refreshed: Sequence[tuple[str, Firing]],
    cause: str,
) -> None:
    """Alerts that stand, with their episode drawn longer or another level suggested: one plain entry."""
    zone = _zone(conn, incident_id)
    names = dict(conn.execute("SELECT id, rule_name FROM rule_firings WHERE incident_id = ?", (incident_id,)))
    levels = dict(conn.execute("SELECT id, suggested_level FROM rule_firings WHERE incident_id = ?", (incident_id,)))

    parts = []
    for firing_id, firing in refreshed:
        anchor = from_iso(firing.fired_at).astimezone(zone).date()

        def when(stored: str, anchor: date = anchor) -> str:
            moment = from_iso(stored).astimezone(zone)
            return moment.strftime("%H:%M" if moment.date() == anchor else "%Y-%m-%d %H:%M")

        runs = f"{when(firing.episode_start)}–{when(rule_logic.next_hour(firing.episode_end))}"
        text = f"the {when(firing.fired_at)} “{names[firing_id]}” alert's episode runs {runs}"
        if firing.suggested_level != levels[firing_id] and firing.suggested_level:
            text += f" and suggests level {firing.suggested_level}"
        parts.append(text)
    events.record(
        database,
        incident_id,
        FiringsRefreshed(
            incident=incident_id,
            cause=cause,
            firings=[{"firing": firing_id, **_figures(firing)} for firing_id, firing in refreshed],
        ),
        f"With {cause}, " + "; ".join(parts) + ".",
        kind=Kind.NOTE,
        author=RULES_AUTHOR,
    )


@events.handles(FiringsRefreshed)
def _refreshed(conn: sqlite3.Connection, entry: LogEntry, event: FiringsRefreshed) -> None:
    # A refresh is of alerts that hold. One another laptop's revision withdrew meanwhile (both laptops
    # evaluated without seeing each other) stays withdrawn.
    for item in event.firings:
        _rewrite(conn, str(item["firing"]), item, held_only=True)


def _revise(
    database: Database,
    conn: sqlite3.Connection,
    incident_id: str,
    revision: rule_logic.Revision,
    by_rule: dict[str, Rule],
    names: dict[str, str],
    zone: tzinfo,
    cause: str,
) -> None:
    """Record one revision with its one plain log entry."""
    first_id, first = revision.before[0]
    rule = by_rule.get(first.rule_id)
    name = rule.name if rule is not None else names[first_id]
    withdrawn = [i for i, _ in revision.before if i != revision.kept]
    alerts = [
        row[0]
        for row in conn.execute(
            "SELECT log_entry_id FROM rule_firings WHERE id IN (SELECT value FROM json_each(?)) ORDER BY fired_at",
            (json.dumps([i for i, _ in revision.before]),),
        )
    ]
    figures = _figures(revision.firing) if revision.firing is not None else {"fired_at": None}
    events.record(
        database,
        incident_id,
        FiringsRevised(
            incident=incident_id,
            rule=first.rule_id,
            cause=cause,
            kept=revision.kept,
            withdrawn=withdrawn,
            alerts=alerts,
            **figures,
        ),
        revision_text(revision, name, zone, cause),
        kind=Kind.NOTE,
        author=RULES_AUTHOR,
    )


@events.handles(FiringsRevised)
def _revised(conn: sqlite3.Connection, entry: LogEntry, event: FiringsRevised) -> None:
    if event.kept is not None and event.fired_at is not None:
        _rewrite(conn, event.kept, dataclasses.asdict(event))
        if event.withdrawn:
            # The merged episode was seen if any of its alerts was: the acknowledgement carries over.
            conn.execute(
                "UPDATE rule_firings SET (acknowledged_at, acknowledged_by) = (SELECT acknowledged_at, acknowledged_by "
                "FROM rule_firings WHERE id IN (SELECT value FROM json_each(?)) AND acknowledged_at IS NOT NULL "
                "ORDER BY acknowledged_at LIMIT 1) WHERE id = ? AND acknowledged_at IS NULL "
                "AND EXISTS (SELECT 1 FROM rule_firings WHERE id IN (SELECT value FROM json_each(?)) "
                "AND acknowledged_at IS NOT NULL)",
                (json.dumps(event.withdrawn), event.kept, json.dumps(event.withdrawn)),
            )
    # A firing already withdrawn (two laptops revised the same firings) stays withdrawn as it was first.
    conn.executemany(
        "UPDATE rule_firings SET superseded_at = ?, superseded_by = ? WHERE id = ? AND superseded_at IS NULL",
        [(entry.recorded_at, event.kept, i) for i in event.withdrawn],
    )


def revision_text(revision: rule_logic.Revision, name: str, zone: tzinfo, cause: str) -> str:
    """The revision's log entry, in plain words (English, as the log is).

    'With talkwalker.csv, “Assign to PR” crossed its line at 14:18; the 15:49 alert is part of that episode.'
    """
    truth = revision.firing
    anchor = from_iso((truth or revision.before[0][1]).fired_at).astimezone(zone).date()

    def when(stored: str) -> str:
        moment = from_iso(stored).astimezone(zone)
        return moment.strftime("%H:%M" if moment.date() == anchor else "%Y-%m-%d %H:%M")

    if truth is None:
        alert = when(revision.before[0][1].fired_at)
        return f"With {cause}, the {alert} “{name}” alert no longer holds: its line is not crossed."
    times = [when(f.fired_at) for _, f in revision.before if f.fired_at != truth.fired_at]
    if not times:  # a withdrawn alert that holds again, as it was
        return f"With {cause}, the {when(truth.fired_at)} “{name}” alert holds again."
    listed = times[0] if len(times) == 1 else ", ".join(times[:-1]) + " and " + times[-1]
    alerts = "alert is" if len(times) == 1 else "alerts are"
    crossed = when(truth.fired_at)
    return f"With {cause}, “{name}” crossed its line at {crossed}; the {listed} {alerts} part of that episode."


def _zone(conn: sqlite3.Connection, incident_id: str) -> tzinfo:
    row = conn.execute("SELECT timezone FROM incidents WHERE id = ?", (incident_id,)).fetchone()
    try:
        return zone_from_name(row[0]) if row else UTC
    except InvalidInputError:
        return UTC


def acknowledge(database: Database, firing_id: str, *, author: str) -> bool:
    """Someone has seen an alert and is acting on it; logged, and the banner stops showing it.

    Returns False when it was already acknowledged (nothing is written).
    """
    rows = database.query("SELECT incident_id, rule_name, acknowledged_at FROM rule_firings WHERE id = ?", (firing_id,))
    if not rows:
        raise NotFoundError(f"no rule firing {firing_id}")
    incident_id, rule_name, already = rows[0]
    if already:
        return False
    events.record(
        database,
        incident_id,
        AlertAcknowledged(incident=incident_id, firing=firing_id),
        f"Alert “{rule_name}” acknowledged",
        kind=Kind.NOTE,
        author=author,
    )
    return True


@events.handles(AlertAcknowledged)
def _acknowledged(conn: sqlite3.Connection, entry: LogEntry, event: AlertAcknowledged) -> None:
    conn.execute(
        "UPDATE rule_firings SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND acknowledged_at IS NULL",
        (entry.recorded_at, entry.author, event.firing),
    )


def suggested_level(database: Database, incident_id: str) -> int | None:
    """The highest level the rules have proposed for this incident, if any."""
    row = database.query(
        "SELECT max(suggested_level) FROM rule_firings WHERE incident_id = ? AND superseded_at IS NULL", (incident_id,)
    )
    return None if row[0][0] is None else int(row[0][0])


def _stored(row: sqlite3.Row) -> StoredFiring:
    return StoredFiring(
        id=row["id"],
        acknowledged_at=row["acknowledged_at"],
        firing=Firing(
            rule_id=row["rule_id"],
            fired_at=row["fired_at"],
            negative_in_hour=row["negative_now"],
            episode_start=row["episode_start"],
            episode_end=row["episode_end"],
            suggested_level=row["suggested_level"],
        ),
        rule_name=row["rule_name"],
        action=row["action"],
        role=row["role"],
        log_entry_id=row["log_entry_id"],
    )
