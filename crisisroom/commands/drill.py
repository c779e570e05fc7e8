"""``crisisroom drill``: list the shipped scenarios, check a scenario file, play a scenario headless."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, Parser, add_author, add_json, after_write, print_json, writing
from crisisroom.domain.clock import to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.drills import after_action, scenario
from crisisroom.drills.offsets import format_offset
from crisisroom.drills.runner import drill_record
from crisisroom.services import drills as drill_service
from crisisroom.storage import rules
from crisisroom.storage.incident_clock import clock_of
from crisisroom.system.user import default_author


def register(commands: Any) -> None:
    group = commands.add_parser("drill", help="tabletop drills: scenarios and headless runs").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=Parser
    )
    listing = group.add_parser("list", help="the shipped scenarios")
    add_json(listing)
    listing.set_defaults(handler=_list)

    check = group.add_parser("check", help="validate a scenario file (errors name the line)")
    check.add_argument("scenario", help="a shipped id or a .toml file")
    check.set_defaults(handler=_check)

    run = group.add_parser("run", help="play a scenario into a new drill incident")
    run.add_argument("scenario", help="a shipped id or a .toml file")
    run.add_argument("--headless", action="store_true", help="no window: play every inject at once, without waiting")
    run.add_argument(
        "--speed", type=float, default=1.0, help="clock speed, 1 to 60 (recorded; headless runs do not wait)"
    )
    add_author(run)
    add_json(run)
    run.set_defaults(handler=_run)


def _list(args: argparse.Namespace, db_path: Path) -> int:
    found = scenario.shipped()
    if args.json:
        print_json(
            [{"id": s.id, "title": s.title, "type": s.type.value, "duration": s.duration_minutes} for s in found]
        )
        return EXIT_OK
    for s in found:
        print(f"{s.id:24} {s.type.value:17} {s.duration_minutes:4} min  {s.title}")
    return EXIT_OK


def _check(args: argparse.Namespace, db_path: Path) -> int:
    found = scenario.find(args.scenario)
    print(f"{found.source}: ok ({len(found.injects)} injects, {len(found.expectations)} expectations)")
    return EXIT_OK


def _run(args: argparse.Namespace, db_path: Path) -> int:
    if not args.headless:
        raise InvalidInputError("the drill window is not available from the command line yet; add --headless")
    played = scenario.find(args.scenario)
    with writing(db_path) as database:
        run = drill_service.play_headless(
            database, played, author=args.author or default_author(), speed=args.speed
        ).value
        record = drill_record(database, run.incident.id)
        assert record is not None  # play_headless logged the briefing
        observed = after_action.observe(database, run.incident.id, run.start, simulated=record.to_drill_time())
        score = after_action.score(played, run.start, record.inject_times(), observed)
        after_write(database)
        clock = clock_of(database, run.incident)
        current = rules.firings(database, run.incident.id)  # as they stand, after any revision during the run
    injects = [
        {
            "id": a.inject.id,
            "kind": a.inject.kind,
            "offset": format_offset(a.inject.at),
            "at": a.at,
            "title": a.inject.title,
        }
        for a in run.applied
    ]
    firings = [{"rule": f.firing.rule_id, "name": f.rule_name, "fired_at": f.firing.fired_at} for f in current]
    if args.json:
        print_json(
            {
                "incident": run.incident.id,
                "scenario": played.id,
                "speed": args.speed,
                "start": to_iso(run.start),
                "end": run.ended_at,
                "closed_at": run.incident.closed_at,
                "injects": injects,
                "firings": firings,
                "expectations": after_action.results_json(score),
                "metrics": after_action.metrics_json(score),
            }
        )
        return EXIT_OK
    print(f"EXERCISE drill {run.incident.id}: {played.title}")
    for inject in injects:
        print(f"  {inject['offset']}  {inject['kind']:8}  {inject['id']}")
    if firings:
        print(f"  times: {clock.zone_label()}")
    for firing in firings:
        print(f"  ALERT {clock.text(firing['fired_at'])}: {firing['name']}")
    for result in score.results:
        print(f"  {'met   ' if result.met else 'missed'}  {result.expectation.description}")
    return EXIT_OK
