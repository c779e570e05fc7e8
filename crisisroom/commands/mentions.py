"""``crisisroom mentions``: import exports, add or relabel a mention, read the hourly counts."""

from __future__ import annotations

import argparse
from datetime import tzinfo
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, Parser, add_author, add_json, after_write, print_json, reading, writing
from crisisroom.domain.clock import parse_user_time, to_iso, zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.mentions import FIELDS, POSTED_WINDOW, Mention, Sentiment, SentimentSource, summarise_unscored
from crisisroom.importers.mapping import parse_map_arguments
from crisisroom.services import mentions as mention_service
from crisisroom.storage import incidents, mentions
from crisisroom.storage.incident_clock import clock_of
from crisisroom.storage.rules import StoredFiring
from crisisroom.system.user import default_author


def register(commands: Any) -> None:
    group = commands.add_parser("mentions", help="import and read social-listening mentions").add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=Parser
    )
    imp = group.add_parser("import", help="import an export (CSV, TSV, JSON, JSON lines, XLSX): all rows or none")
    imp.add_argument("incident")
    imp.add_argument("file", type=Path)
    imp.add_argument("--format", choices=("csv", "tsv", "json", "jsonl", "xlsx"), help="instead of detecting it")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=f"use this column for a field ({', '.join(FIELDS)}); repeatable",
    )
    imp.add_argument(
        "--tz", help="zone for times without an offset, and for abbreviations such as IST (default: the incident's)"
    )
    imp.add_argument("--date-order", choices=("dmy", "mdy"), help="for dates like 03/04/2026: day first or month first")
    imp.add_argument("--skip-bad-rows", action="store_true", help="import the usable rows and list the others")
    add_author(imp)
    add_json(imp)
    imp.set_defaults(handler=_import)

    hourly = group.add_parser("hourly", help="mentions and negative mentions per UTC clock hour")
    hourly.add_argument("incident")
    add_json(hourly)
    hourly.set_defaults(handler=_hourly)

    add = group.add_parser("add", help="add one mention by hand (when there is no export)")
    add.add_argument("incident")
    add.add_argument("text")
    add.add_argument("--url", default="")
    add.add_argument("--platform", default="")
    add.add_argument("--by", default="", help="the account that posted it")
    add.add_argument("--posted", metavar="ISO", help="when it was posted (default: now)")
    add.add_argument("--sentiment", choices=[s.value for s in Sentiment], help="default: detected from the text")
    add_author(add)
    add_json(add)
    add.set_defaults(handler=_add)

    listing = group.add_parser("list", help="the newest mentions of an incident")
    listing.add_argument("incident")
    listing.add_argument("--limit", type=int, default=50)
    listing.add_argument("--sentiment", choices=[s.value for s in Sentiment])
    add_json(listing)
    listing.set_defaults(handler=_list)

    relabel = group.add_parser("relabel", help="correct a mention's sentiment (logged)")
    relabel.add_argument("mention", type=int, help="the mention's number (from 'mentions list')")
    relabel.add_argument("sentiment", choices=[s.value for s in Sentiment])
    add_author(relabel)
    relabel.set_defaults(handler=_relabel)


def _firings_json(fired: list[StoredFiring]) -> list[dict[str, Any]]:
    return [
        {"rule": f.firing.rule_id, "name": f.rule_name, "fired_at": f.firing.fired_at, "action": f.action}
        for f in fired
    ]


def _say_firings(fired: list[StoredFiring], clock: IncidentClock) -> None:
    """The alerts, at their times on the incident's clock, named once (--json keeps ISO UTC)."""
    if fired:
        print(f"Times: {clock.zone_label()}")
    for f in fired:
        print(f"ALERT {clock.text(f.firing.fired_at)}: {f.message()}")


def _import(args: argparse.Namespace, db_path: Path) -> int:
    mapping = parse_map_arguments(args.map)
    with writing(db_path) as database:
        incident = incidents.get(database, args.incident)
        outcome = mention_service.import_file(
            database,
            incident,
            args.file,
            author=args.author or default_author(),
            mapping=mapping or None,
            tz=args.tz,
            date_order=args.date_order,
            skip_bad_rows=args.skip_bad_rows,
            file_format="csv" if args.format == "tsv" else args.format,
        ).value
        after_write(database)
        clock = clock_of(database, incident)
    summary = outcome.summary
    if args.json:
        print_json(
            {
                "incident": incident.id,
                "file": str(args.file),
                "preset": summary.preset,
                "rows": summary.rows_read,
                "imported": summary.imported,
                "unscored": sum(summary.unscored.values()),
                "unscored_reasons": summary.unscored,
                "duplicates": summary.duplicates,
                "rejected": len(summary.rejected),
                "rejected_rows": [{"line": r.line, "reason": r.reason} for r in summary.rejected],
                "firings": _firings_json(outcome.firings),
                "warnings": [warning.as_json() for warning in outcome.warnings],
            }
        )
        return EXIT_OK
    print(
        f"{args.file.name} ({summary.preset}): {summary.imported:,} imported, "
        f"{summary.duplicates:,} already there, {len(summary.rejected):,} skipped"
    )
    for rejected in summary.rejected:
        print(f"  skipped line {rejected.line}: {rejected.reason}")
    if summary.unscored:
        print(summarise_unscored(summary.unscored))
    for warning in outcome.warnings:
        print(f"warning: {warning.message}")
    _say_firings(outcome.firings, clock)
    return EXIT_OK


def _hourly(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        incident = incidents.get(database, args.incident)
        counts = mentions.hourly(database, incident.id)
        clock = clock_of(database, incident)
    if args.json:
        print_json([{"hour": c.hour, "total": c.total, "negative": c.negative} for c in counts])
        return EXIT_OK
    print(f"Times: {clock.zone_label()}")
    for c in counts:
        print(f"{_when(c.hour, clock)}  {c.total:6,} mentions  {c.negative:6,} negative")
    return EXIT_OK


def _add(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        incident = incidents.get(database, args.incident)
        zone = zone_from_name(incident.timezone)
        posted = _posted(args.posted, zone) if args.posted else database.clock.now_iso()
        mention = Mention(
            posted_at=posted,
            text=args.text.strip(),
            url=args.url.strip(),
            author=args.by.strip(),
            platform=args.platform.strip(),
            sentiment=Sentiment(args.sentiment) if args.sentiment else None,
            sentiment_source=SentimentSource.MANUAL if args.sentiment else None,
        )
        done = mention_service.add_mention(database, incident.id, mention, author=args.author or default_author())
        added, mention, fired = done.value.added, done.value.mention, done.value.firings
        after_write(database)
        clock = clock_of(database, incident)
    if args.json:
        print_json(
            {
                "added": added,
                "sentiment": mention.sentiment.value if mention.sentiment else None,
                "firings": _firings_json(fired),
            }
        )
        return EXIT_OK
    label = mention.sentiment.value if mention.sentiment else "not scored"
    print(f"added ({label})" if added else "already there")
    _say_firings(fired, clock)
    return EXIT_OK


def _posted(text: str, zone: tzinfo) -> str:
    """``--posted`` in the stored form; storage refuses a date outside 1990 to 2099."""
    try:
        return to_iso(parse_user_time(text, zone))
    except OverflowError:  # year 1 at +01:00 is before the first moment a datetime can hold
        raise InvalidInputError(
            f"--posted {text!r} is not a plausible date; a mention's date must be from {POSTED_WINDOW}"
        ) from None


def _when(stored: str, clock: IncidentClock) -> str:
    """On the incident's clock (a drill's drill clock); a time at the very edge of the calendar is shown as stored."""
    try:
        return clock.text(stored)
    except (OverflowError, ValueError):
        return stored


def _posted_text(mention: Mention, clock: IncidentClock) -> str:
    """When a listed mention was posted; a date-only one as its date and "time unknown", never 00:00."""
    if mention.time_known:
        return _when(mention.posted_at, clock)
    try:
        return f"{clock.date_text(mention.posted_at)} (time unknown)"
    except (OverflowError, ValueError):
        return mention.posted_at


def _list(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        incident = incidents.get(database, args.incident)
        found = mentions.page(
            database,
            incident.id,
            sentiment=Sentiment(args.sentiment) if args.sentiment else None,
            limit=max(1, min(args.limit, 10_000)),
        )
        clock = clock_of(database, incident)
    if args.json:
        print_json(
            [
                {
                    "mention": s.seq,
                    "posted_at": s.mention.posted_at,
                    "time_known": s.mention.time_known,
                    "platform": s.mention.platform,
                    "author": s.mention.author,
                    "text": s.mention.text,
                    "url": s.mention.url,
                    "sentiment": s.mention.sentiment.value if s.mention.sentiment else None,
                    "sentiment_source": s.mention.sentiment_source.value if s.mention.sentiment_source else None,
                    "reach": s.mention.reach,
                }
                for s in found
            ]
        )
        return EXIT_OK
    print(f"Posted times: {clock.zone_label()}")
    for s in found:
        label = s.mention.sentiment.value if s.mention.sentiment else "?"
        text = " ".join(s.mention.text.split())[:90]
        print(f"#{s.seq:<8} {_posted_text(s.mention, clock)}  {label:8}  {text}")
    return EXIT_OK


def _relabel(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        done = mention_service.relabel(
            database, args.mention, Sentiment(args.sentiment), author=args.author or default_author()
        )
        fired = done.value
        after_write(database)
        clock = clock_of(database, incidents.get(database, mentions.incident_of(database, args.mention)))
    _say_firings(fired, clock)
    return EXIT_OK
