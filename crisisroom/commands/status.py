"""``crisisroom status`` and ``crisisroom rules``: where an incident stands against the escalation rules."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, Parser, add_json, after_write, print_json, reading, writing
from crisisroom.commands.notify import chain_json
from crisisroom.domain.chain import rule_call
from crisisroom.domain.mentions import hour_key
from crisisroom.domain.notifications import ChainCounts
from crisisroom.domain.rules import WATCH_ADVICE, Rule, breaching_now
from crisisroom.domain.severity import level as severity_level
from crisisroom.services import incidents as incident_service
from crisisroom.services import mentions as mention_service
from crisisroom.services import next_steps as next_steps_service
from crisisroom.storage import incidents, mentions, notifications, rules, team
from crisisroom.storage.database import Database
from crisisroom.storage.errors import StorageError
from crisisroom.storage.incident_clock import clock_of

NEXT_SHOWN = 2


def register(commands: Any) -> None:
    status = commands.add_parser("status", help="level, suggested level and rule firings of an incident")
    status.add_argument("incident")
    add_json(status)
    status.set_defaults(handler=_status)
    rule_cmd = commands.add_parser("rules", help="the escalation rules").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=Parser
    )
    listing = rule_cmd.add_parser("list", help="list the rules")
    add_json(listing)
    listing.set_defaults(handler=_rules_list)


def _record_missed(db_path: Path, incident_id: str) -> bool:
    """Record firings that a crash kept from being recorded; False when the file cannot be written now."""
    try:
        with writing(db_path) as database:
            mention_service.recheck(database, incident_id)
            after_write(database)
    except StorageError:
        return False  # e.g. open in the window, which records them when it shows the incident
    return True


def _standing(
    database: Database, incident_id: str
) -> tuple[list[rules.StoredFiring], int | None, int, int, list[Rule]]:
    """The firings that hold (also the ones a crash kept from being recorded, which follow from the
    mentions all the same), the suggested level, the mention counts and the rules the current hour breaches."""
    fired = rules.current(database, incident_id)
    suggested = max((f.firing.suggested_level for f in fired if f.firing.suggested_level), default=None)
    total, negative = mentions.count(database, incident_id)
    current = hour_key(database.clock.now_iso())
    now_breaching = breaching_now(rules.load(database), mentions.hourly(database, incident_id, start=current), current)
    return fired, suggested, total, negative, now_breaching


def _status(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        incident = incidents.get(database, args.incident)
        missed = rules.pending(database, incident.id)
        if not missed:
            fired, suggested, total, negative, now_breaching = _standing(database, incident.id)
    if missed:
        _record_missed(db_path, incident.id)
        with reading(db_path) as database:
            fired, suggested, total, negative, now_breaching = _standing(database, incident.id)
    with reading(db_path) as database:
        upcoming = next_steps_service.steps(database, incident)
        clock = clock_of(database, incident)
        chain = notifications.chain_states(database, incident)
        people = team.list_people(database)  # whom each rule's "call" names
        conflict = incident_service.severity_conflict(database, incident.id)
    state = now_breaching[-1].id if now_breaching else "watch"
    if args.json:
        print_json(
            {
                "incident": incident.id,
                "title": incident.title,
                "drill": incident.is_drill,
                "level": incident.level,
                # Levels set on laptops that had not seen each other's (None: one level stands alone).
                "level_conflict": conflict.as_dict() if conflict is not None else None,
                "suggested_level": suggested,
                "state": state,
                "mentions": {"total": total, "negative": negative},
                "firings": [
                    {
                        "rule": f.firing.rule_id,
                        "name": f.rule_name,
                        "fired_at": f.firing.fired_at,
                        "negative_in_hour": f.firing.negative_in_hour,
                        "suggested_level": f.firing.suggested_level,
                        "action": f.action,
                        "role": f.role,
                        "call": rule_call(f.role, people).as_dict(),
                        "episode_start": f.firing.episode_start,
                        "episode_end": f.firing.episode_end,
                    }
                    for f in fired
                ],
                "next": [step.as_dict() for step in upcoming],
                # The call tree of the confirmed level's chain of command (None before a level is confirmed).
                "notifications": chain_json(chain) if incident.level is not None else None,
            }
        )
        return EXIT_OK
    confirmed = severity_level(incident.level).label if incident.level else "not yet assessed"
    # Times (firings, next steps) are on the incident's clock (a drill's drill clock), named once.
    lines = [incident.display_title, f"  times:      {clock.zone_label()}", f"  severity:   {confirmed}"]
    if conflict is not None:
        lines.append(f"              {conflict.text()}")
    if suggested and suggested != incident.level:
        lines.append(f"  rules suggest level {suggested}")
    lines.append(f"  mentions:   {total:,} ({negative:,} negative)")
    if incident.level is not None:
        lines.append(f"  team:       {ChainCounts.of(c.state for c in chain).text()}")
    lines.append(f"  right now:  {now_breaching[-1].action if now_breaching else WATCH_ADVICE}")
    for step in upcoming[:NEXT_SHOWN]:
        lines.append(f"  next:       {step.title} ({step.why})")
    if len(upcoming) > NEXT_SHOWN:
        lines.append(f"              and {len(upcoming) - NEXT_SHOWN} more (--json lists them all)")
    for f in fired:
        lines.append(f"  fired {clock.text(f.firing.fired_at)}  {f.message(rule_call(f.role, people).who())}")
    print("\n".join(lines))
    return EXIT_OK


def _rules_list(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        rule_set = rules.load(database)
        people = team.list_people(database)
    if args.json:
        print_json([asdict(r) for r in rule_set])
        return EXIT_OK
    for rule in rule_set:
        state = "" if rule.enabled else " (off)"
        who = rule_call(rule.role, people).who()
        call = f"{rule.role} — {who}" if who else rule.role or "-"
        print(f"{rule.id:10} {rule.name}{state}: {rule.describe()}. {rule.action} Call: {call}")
    return EXIT_OK
