"""``crisisroom statement``: draft a statement (for all channels or one platform), approve it, release it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from crisisroom.commands.common import EXIT_OK, Parser, add_author, add_json, after_write, print_json, reading, writing
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.message_flow import (
    AUDIENCES,
    PHASES,
    Message,
    MessageVersion,
    OverLimitError,
    TooLongToApproveError,
)
from crisisroom.domain.platform_lengths import Audience, Platform, measure
from crisisroom.services import statements as statement_service
from crisisroom.storage import incidents, messages
from crisisroom.system.user import default_author


def register(commands: Any) -> None:
    group = commands.add_parser(
        "statement", help="statements: draft (per platform), approve by a roster approver, release within limits"
    ).add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=Parser)
    draft = group.add_parser(
        "draft", help="draft a statement from its template (or --text) as a new draft version; prints its id and text"
    )
    draft.add_argument("incident", metavar="INCIDENT")
    draft.add_argument("--audience", required=True, choices=AUDIENCES)
    draft.add_argument("--phase", required=True, choices=PHASES)
    draft.add_argument(
        "--platform",
        metavar="PLATFORM",
        help=f"a version for one platform ({', '.join(p.value for p in Platform)}); default: all channels",
    )
    draft.add_argument("--text", help="the statement's words instead of the template's")
    add_author(draft)
    add_json(draft)
    draft.set_defaults(handler=_draft)
    approve = group.add_parser("approve", help="approve a statement's current text, by someone on the roster who may")
    approve.add_argument("statement", metavar="ID", help="the statement's id (or the first characters of it)")
    approve.add_argument("--by", required=True, metavar="NAME", help="the approver: a roster person who may approve")
    approve.add_argument(
        "--override-length",
        action="store_true",
        help="approve a platform's version although it is over that platform's limit (logged; release there "
        "still needs --override REASON)",
    )
    add_author(approve)
    add_json(approve)
    approve.set_defaults(handler=_approve)
    release = group.add_parser(
        "release", help="record that the approved text went out; refused over a platform's length limit"
    )
    release.add_argument("statement", metavar="ID", help="the statement's id (or the first characters of it)")
    release.add_argument(
        "--on", required=True, action="append", metavar="PLATFORM", help="where it went out (repeat for several)"
    )
    release.add_argument(
        "--override", metavar="REASON", help="release although it is over a platform's limit, for this reason (logged)"
    )
    add_author(release)
    add_json(release)
    release.set_defaults(handler=_release)
    listing = group.add_parser("list", help="the incident's statements: id, audience, phase, platform, state")
    listing.add_argument("incident", metavar="INCIDENT")
    add_json(listing)
    listing.set_defaults(handler=_list)


def _version_json(version: MessageVersion | None) -> dict[str, Any] | None:
    if version is None:
        return None
    data: dict[str, Any] = {
        "number": version.number,
        "state": version.state.value,
        "text_sha256": version.text_sha256,
        "saved_at": version.saved_at,
        "saved_by": version.saved_by,
        "approval": None,
        "release": None,
    }
    if version.approval is not None:
        approval = version.approval
        data["approval"] = {
            "name": approval.name,
            "role": approval.role,
            "at": approval.at,
            "recorded_by": approval.recorded_by,
            "text_sha256": approval.text_sha256,
            "approver_id": approval.approver_id,
        }
    if version.release is not None:
        data["release"] = {
            "where": list(version.release.where),
            "at": version.release.at,
            "recorded_by": version.release.recorded_by,
            "override_reason": version.release.override_reason,
        }
    return data


def _lengths(message: Message) -> list[dict[str, Any]]:
    """The text measured where it will go: its platform, else every platform of its audience."""
    platforms = [Platform(message.platform)] if message.platform else list(Audience(message.audience).platforms)
    found = []
    for platform in platforms:
        size = measure(message.current.text, platform)
        found.append(
            {
                "platform": platform.value,
                "count": size.count,
                "limit": size.limit,
                "over_by": size.over_by,
                "fits": size.fits,
                "segments": size.segments,
            }
        )
    return found


def statement_json(message: Message) -> dict[str, Any]:
    """A statement for ``--json``: its cell, its current text with state and hash, and its lengths."""
    return {
        "id": message.id,
        "incident": message.incident_id,
        "audience": message.audience,
        "phase": message.phase,
        "platform": message.platform,
        "label": message.label,
        "version": message.current.number,
        "state": message.state.value,
        "text": message.current.text,
        "text_sha256": message.current.text_sha256,
        "current": _version_json(message.current),
        "last_released": _version_json(message.last_released),
        "lengths": _lengths(message),
    }


def _warn_lengths(message: Message) -> None:
    for size in _lengths(message):
        if not size["fits"]:
            print(
                f"warning: {size['count']:,} characters is over the {Platform(size['platform']).label} limit of "
                f"{size['limit']:,} ({size['over_by']:,} over); it will not be released there without --override",
                file=sys.stderr,
            )


def _draft(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        incident = incidents.get(database, args.incident)
        drafted = statement_service.draft_statement(
            database,
            incident.id,
            args.audience,
            args.phase,
            args.platform,
            author=args.author or default_author(),
            text=args.text,
        ).value
        after_write(database)
    if args.json:
        print_json(statement_json(drafted))
        return EXIT_OK
    print(drafted.id)
    print(drafted.current.text)
    _warn_lengths(drafted)
    return EXIT_OK


def _approve(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        message = messages.get_by_prefix(database, args.statement)
        try:
            approved = statement_service.approve_as(
                database,
                message.id,
                args.by,
                author=args.author or default_author(),
                expected_version=message.current.number,
                over_limit=args.override_length,
            ).value
        except TooLongToApproveError as exc:
            raise InvalidInputError(f"{exc.message} (--override-length)") from None
        after_write(database)
    if args.json:
        print_json(statement_json(approved))
        return EXIT_OK
    approval = approved.current.approval
    assert approval is not None
    print(
        f"{approved.label} v{approved.current.number} approved by {approval.name} ({approval.role}); "
        f"text sha256 {approval.text_sha256}"
    )
    _warn_lengths(approved)
    return EXIT_OK


def _release(args: argparse.Namespace, db_path: Path) -> int:
    places = [Platform.parse(place).label for place in args.on]
    with writing(db_path) as database:
        message = messages.get_by_prefix(database, args.statement)
        try:
            released = statement_service.release(
                database,
                message.id,
                where=places,
                author=args.author or default_author(),
                expected_version=message.current.number,
                override_reason=args.override,
            ).value
        except OverLimitError as exc:
            raise InvalidInputError(f"{exc.message} (--override REASON)") from None
        after_write(database)
    if args.json:
        print_json(statement_json(released))
        return EXIT_OK
    release = released.current.release
    assert release is not None
    over = f"; over the limit, because: {release.override_reason}" if release.override_reason else ""
    print(f"{released.label} v{released.current.number} released on {', '.join(release.where)}{over}")
    return EXIT_OK


def _list(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        incident = incidents.get(database, args.incident)
        found = messages.messages(database, incident.id)
        # Versions drafted on other laptops without seeing the current one (a shared incident).
        beside = {message.id: messages.siblings(database, message.id) for message in found}
    if args.json:
        print_json(
            [
                {
                    **statement_json(message),
                    "siblings": [
                        {**(_version_json(s.version) or {}), "text": s.version.text, "laptop": s.laptop}
                        for s in beside[message.id]
                    ],
                }
                for message in found
            ]
        )
        return EXIT_OK
    if not found:
        print("no statements drafted yet")
    for message in found:
        print(f"{message.id}  {message.state.value:9}  v{message.current.number:<3} {message.label}")
        for sibling in beside[message.id]:
            version = sibling.version
            print(
                f"{'':38}  sibling v{version.number} ({version.state.value}) by {version.saved_by} on "
                f"{sibling.laptop}, drafted without seeing v{message.current.number}"
            )
    return EXIT_OK
