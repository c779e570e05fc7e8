"""``crisisroom chain INCIDENT``: who is called now for an incident's level and crisis type, and what is wrong."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, add_json, print_json, reading
from crisisroom.domain.chain import Call, Chain
from crisisroom.domain.incidents import Incident
from crisisroom.domain.severity import level as severity_level
from crisisroom.domain.team import role_labels
from crisisroom.storage import chain_of_command, incidents


def register(commands: Any) -> None:
    chain = commands.add_parser(
        "chain",
        help="who is called now for an incident's level and crisis type: names, roles, phones, backups, warnings",
    )
    chain.add_argument("incident", help="an incident id or an unambiguous prefix")
    add_json(chain)
    chain.set_defaults(handler=_chain)


def call_json(call: Call) -> dict[str, Any]:
    """One person of the chain for ``--json``: who, their roles, how to reach them and their backup."""
    person, backup = call.person, call.backup
    return {
        "id": person.id,
        "name": person.name,
        "roles": list(person.roles),
        "called_as": list(call.called_as),
        "by_own_levels": call.by_own_levels,
        "phone": person.phone,
        "email": person.email,
        "backup": {"id": backup.id, "name": backup.name, "phone": backup.phone} if backup is not None else None,
    }


def chain_json(incident: Incident, chain: Chain) -> dict[str, Any]:
    return {
        "incident": incident.id,
        "title": incident.title,
        "drill": incident.is_drill,
        "category": incident.category.value,
        "level": incident.level,
        "required_roles": list(chain.required),
        "people": [call_json(c) for c in chain.calls],
        "warnings": [w.as_dict() for w in chain.warnings],
    }


def _chain(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        incident = incidents.get(database, args.incident)
        chain = chain_of_command.for_incident(database, incident)
    if args.json:
        print_json(chain_json(incident, chain))
        return EXIT_OK
    level = severity_level(incident.level).label if incident.level else "no level confirmed yet"
    lines = [f"{incident.display_title}: {incident.category.label}, {level}"]
    if incident.level is None:
        lines.append(f"  nobody is called until a level is confirmed (crisisroom incident level {incident.id[:8]} N)")
    elif not chain.calls:
        lines.append("  nobody on the team is called for this crisis type and level")
    for call in chain.calls:
        person, backup = call.person, call.backup
        backup_text = f"{backup.name}, {backup.phone or 'no phone'}" if backup is not None else "-"
        lines.append(
            f"  {person.name:24}  {role_labels(person.roles) or '(no role)':34}  {person.phone or 'no phone':18}  "
            f"backup: {backup_text}"
        )
    for warning in chain.warnings:
        lines.append(f"warning: {warning.text()}")
    print("\n".join(lines))
    return EXIT_OK
