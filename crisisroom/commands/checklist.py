"""``crisisroom checklist``: an incident's Manage checklist and its legal deadlines, and changes to them.

``crisisroom checklist INCIDENT [--json]`` shows the list (the crisis type's items, the accounts to
pause, the team's own items) and the breach's 72-hour clock; ``checklist add``, ``check``,
``rename``, ``remove``, ``aware`` and ``recall`` change it, each change logged as in the window.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, Parser, add_author, add_json, after_write, print_json, reading, writing
from crisisroom.domain import clock as system_clock
from crisisroom.domain.checklist import ChecklistItem
from crisisroom.domain.clock import parse_user_time, to_iso
from crisisroom.domain.deadlines import Deadline, DeadlineState, hours_minutes
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Incident
from crisisroom.services import checklist as checklist_service
from crisisroom.storage import checklist, incidents
from crisisroom.storage.incident_clock import clock_of
from crisisroom.system.user import default_author

ACTIONS = ("show", "add", "check", "rename", "remove", "aware", "recall")


class _ChecklistParser(Parser):
    """``checklist INCIDENT`` is ``checklist show INCIDENT``: the list is what people ask for most."""

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        words = list(args or [])
        if words and words[0] not in ACTIONS and not words[0].startswith("-"):
            words.insert(0, "show")
        return super().parse_known_args(words, namespace)


def register(commands: Any) -> None:
    parser = commands.add_parser(
        "checklist",
        help="an incident's Manage checklist and the breach's 72-hour clock; add, check, rename, remove items",
        usage="crisisroom checklist INCIDENT [--json]\n       crisisroom checklist ACTION ...",
        description=(
            "'crisisroom checklist INCIDENT [--json]' shows the checklist and any deadline the law sets. "
            "The actions below change it; every change goes into the crisis log."
        ),
    )
    parser.__class__ = _ChecklistParser  # argparse makes every subcommand with one class
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    show = actions.add_parser("show", help="the checklist and its deadlines (also: checklist INCIDENT)")
    show.add_argument("incident", help="an incident id or an unambiguous prefix")
    add_json(show)
    show.set_defaults(handler=_show)
    add = actions.add_parser("add", help="add an item of your own (or with --account, an account to pause)")
    add.add_argument("incident")
    add.add_argument("text", help="what to do, in words")
    add.add_argument("--account", action="store_true", help="TEXT names an account whose scheduled posts to pause")
    add_author(add)
    add.set_defaults(handler=_add)
    check = actions.add_parser("check", help="tick an item as done (--undo to untick it)")
    check.add_argument("incident")
    check.add_argument("key", help="the item's key, as 'checklist INCIDENT' lists it")
    check.add_argument("--undo", action="store_true", help="untick it")
    add_author(check)
    check.set_defaults(handler=_check)
    rename = actions.add_parser("rename", help="new words for an item of your own (its tick stays)")
    rename.add_argument("incident")
    rename.add_argument("key")
    rename.add_argument("text")
    add_author(rename)
    rename.set_defaults(handler=_rename)
    remove = actions.add_parser("remove", help="take an item of your own off the list (the log keeps it)")
    remove.add_argument("incident")
    remove.add_argument("key")
    add_author(remove)
    remove.set_defaults(handler=_remove)
    aware = actions.add_parser(
        "aware", help="when the organisation became aware of the breach: restarts the 72-hour clock"
    )
    aware.add_argument("incident")
    aware.add_argument(
        "when", help="ISO date and time on the incident's clock (its zone; a drill's drill time), or 'detection'"
    )
    add_author(aware)
    aware.set_defaults(handler=_aware)
    recall = actions.add_parser("recall", help="whether a product is recalled (adds the recall's items)")
    recall.add_argument("incident")
    recall.add_argument("state", choices=("on", "off"))
    add_author(recall)
    recall.set_defaults(handler=_recall)


def item_json(item: ChecklistItem) -> dict[str, Any]:
    return {
        "key": item.key,
        "label": item.label,
        "own": item.own,
        "account": item.account,
        "kept": item.kept,
        "deadline": item.has_deadline,
        "done": item.done,
        "done_at": item.done_at,
        "done_by": item.done_by,
    }


def deadline_json(deadline: Deadline, now: Any) -> dict[str, Any]:
    """The 72-hour clock for ``--json``: times in UTC ISO form, on the incident's clock (a drill's drill time)."""
    return {
        "item": deadline.item_key,
        "law": "GDPR Article 33",
        "hours": int(deadline.period.total_seconds() // 3600),
        "aware_at": to_iso(deadline.aware_at),
        "aware_basis": deadline.basis.value,
        "due_at": to_iso(deadline.due_at),
        "done_at": to_iso(deadline.done_at) if deadline.done_at else None,
        "done_by": deadline.done_by,
        "state": deadline.state(now).value,
        "seconds_left": int(deadline.left(now).total_seconds()),
    }


def deadline_line(deadline: Deadline, now: Any, clock: IncidentClock) -> str:
    """``Breach notification (GDPR Art. 33): due 2026-03-17 13:30, 41 h 12 min left``."""

    def at(moment: Any) -> str:
        return f"{moment.astimezone(clock.zone):%Y-%m-%d %H:%M}"

    state = deadline.state(now)
    hours, minutes = hours_minutes(deadline.left(now))
    span = f"{hours} h {minutes:02d} min"
    head = f"Breach notification (GDPR Art. 33, 72 h): became aware {at(deadline.aware_at)} ({deadline.basis.value})"
    if state is DeadlineState.MET:
        tail = f"notified {at(deadline.done_at)} by {deadline.done_by}, {span} before the deadline"
    elif state is DeadlineState.LATE:
        tail = f"notified {at(deadline.done_at)} by {deadline.done_by}, {span} after the deadline"
    elif state is DeadlineState.OVERDUE:
        tail = f"due {at(deadline.due_at)}, OVERDUE by {span}"
    else:
        tail = f"due {at(deadline.due_at)}, {span} left"
    return f"{head}; {tail}"


def _show(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        incident = incidents.get(database, args.incident)
        items = checklist.checklist(database, incident.id)
        chosen = checklist.settings(database, incident.id)
        clock = clock_of(database, incident)
        deadline = checklist.breach_deadline_of(database, incident, clock)
    now = clock.now(system_clock.now_utc())
    if args.json:
        print_json(
            {
                "incident": incident.id,
                "title": incident.title,
                "drill": incident.is_drill,
                "category": incident.category.value,
                "product_recall": chosen.product_recall,
                "items": [item_json(item) for item in items],
                "deadlines": [deadline_json(deadline, now)] if deadline is not None else [],
            }
        )
        return EXIT_OK
    _print_list(incident, items, clock)
    if deadline is not None:
        print(deadline_line(deadline, now, clock))
    return EXIT_OK


def _print_list(incident: Incident, items: list[ChecklistItem], clock: IncidentClock) -> None:
    if incident.is_drill:
        print("*** EXERCISE: this is a drill, not a real incident ***")
    done = sum(1 for item in items if item.done)
    print(f"{incident.display_title}: {done} of {len(items)} done (times: {clock.zone_label()})")
    width = max((len(item.key) for item in items), default=0)
    for item in items:
        mark = "[x]" if item.done else "[ ]"
        notes = []
        if item.done_at:
            notes.append(f"done {clock.text(item.done_at)} by {item.done_by}")
        if item.own:
            notes.append("own")
        if item.kept:
            notes.append("kept: ticked on another list")
        extra = f"  ({'; '.join(notes)})" if notes else ""
        print(f"{mark} {item.key:{width}}  {item.label}{extra}")


def _add(args: argparse.Namespace, db_path: Path) -> int:
    author = args.author or default_author()
    with writing(db_path) as database:
        if args.account:
            item = checklist_service.add_account(database, args.incident, args.text, author=author).value
        else:
            item = checklist_service.add_own(database, args.incident, args.text, author=author).value
        after_write(database)
    print(item.key)
    return EXIT_OK


def _check(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        item = checklist_service.tick(
            database, args.incident, args.key, not args.undo, author=args.author or default_author()
        ).value
        after_write(database)
    print(f"{'[x]' if item.done else '[ ]'} {item.key}  {item.label}")
    return EXIT_OK


def _rename(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        item = checklist_service.rename_own(
            database, args.incident, args.key, args.text, author=args.author or default_author()
        ).value
        after_write(database)
    print(f"{item.key}  {item.label}")
    return EXIT_OK


def _remove(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        item = checklist_service.remove_own(
            database, args.incident, args.key, author=args.author or default_author()
        ).value
        after_write(database)
    print(f"removed {item.key}  {item.label}")
    return EXIT_OK


def _aware(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        incident = incidents.get(database, args.incident)
        clock = clock_of(database, incident)
        text = args.when.strip()
        if not text:
            raise InvalidInputError("give the moment of becoming aware, e.g. 2026-03-14 09:30, or 'detection'")
        moment = None if text.lower() == "detection" else parse_user_time(text, clock.zone)
        deadline = checklist_service.set_aware(
            database, incident.id, moment, author=args.author or default_author()
        ).value
        after_write(database)
    print(deadline_line(deadline, clock.now(system_clock.now_utc()), clock))
    return EXIT_OK


def _recall(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        checklist_service.set_product_recall(
            database, args.incident, args.state == "on", author=args.author or default_author()
        )
        after_write(database)
    print(f"product recall {args.state}")
    return EXIT_OK
