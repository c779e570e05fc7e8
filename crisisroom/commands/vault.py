"""``crisisroom vault``: the shared social-account logins, their secrets kept in the OS keychain.

A secret is never an argument (argv is visible to every process and lands in shell history): it is
read from standard input when that is not a terminal, else from a hidden prompt. Only ``show
--reveal`` prints a secret, and that is recorded in the audit trail (and in the crisis log of the
incident named with ``--incident``).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NoReturn, TypeVar, overload

from crisisroom.commands.common import EXIT_OK, Parser, add_author, add_json, after_write, print_json, reading, writing
from crisisroom.domain.clock import format_local, local_zone_name, now_utc, parse_user_time, to_iso, zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.vault import (
    CHECKLIST,
    Account,
    AccountDetails,
    SecretField,
    TwoFactor,
    account_json,
    checklist_step,
    rotation_age_days,
    rotation_overdue,
)
from crisisroom.services.vault import Actor, VaultService
from crisisroom.storage import incidents
from crisisroom.storage.database import Database
from crisisroom.system.user import default_author

NOT_FROM_ARGV = (
    "secrets are never read from the command line: pipe the secret on standard input, "
    "or run the command in a terminal to be asked for it"
)

_N = TypeVar("_N")


class VaultParser(Parser):
    """Refuses stray arguments without repeating them: a stray argument may well be a secret."""

    @overload
    def parse_known_args(
        self, args: Iterable[str] | None = None, namespace: None = None
    ) -> tuple[argparse.Namespace, list[str]]: ...
    @overload
    def parse_known_args(self, args: Iterable[str] | None, namespace: _N) -> tuple[_N, list[str]]: ...
    @overload
    def parse_known_args(self, *, namespace: _N) -> tuple[_N, list[str]]: ...
    def parse_known_args(self, args: Iterable[str] | None = None, namespace: Any = None) -> tuple[Any, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(f"unexpected arguments (not repeated here); {NOT_FROM_ARGV}")
        return parsed, extras

    def error(self, message: str) -> NoReturn:
        # argparse quotes an invalid choice or value back; for the vault, never echo what was typed.
        if "invalid" in message:
            message = message.split(":", 1)[0] + ": invalid value (not repeated here)"
        super().error(message)


def register(commands: Any) -> None:
    group = commands.add_parser("vault", help="shared social-account logins (secrets stay in the OS keychain)")
    vault = group.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=VaultParser)

    listing = vault.add_parser("list", help="the accounts, with rotation and compromise warnings (no secrets)")
    listing.add_argument("--search", default="", help="only accounts where every word appears")
    add_json(listing)
    listing.set_defaults(handler=_list)

    add = vault.add_parser("add", help="store an account; the secret comes from stdin or a hidden prompt")
    add.add_argument("--platform", required=True, help="Instagram, X, TikTok, LinkedIn, …")
    add.add_argument("--handle", required=True, help="the account's handle or user name")
    add.add_argument("--login", default="", metavar="EMAIL", help="the e-mail address used to log in")
    add.add_argument("--url", default="", help="the login page")
    add.add_argument("--owners", default="", help="who looks after the account")
    add.add_argument("--notes", default="", help="anything the next person needs to know (not secrets)")
    add.add_argument(
        "--2fa",
        dest="two_factor",
        default=TwoFactor.UNKNOWN.value,
        metavar="METHOD",
        help=f"two-factor method: {', '.join(m.value for m in TwoFactor)}",
    )
    add.add_argument(
        "--field",
        default=SecretField.PASSWORD.value,
        metavar="FIELD",
        help=f"what the secret is: {', '.join(f.value for f in SecretField)} (default: password)",
    )
    add.add_argument("--rotated", metavar="ISO", help="when the password was last changed (default: now)")
    _add_actor(add)
    add.set_defaults(handler=_add)

    show = vault.add_parser("show", help="an account's details; --reveal also prints its secrets (audited)")
    show.add_argument("account", help="the account id or its first characters")
    show.add_argument("--reveal", action="store_true", help="print the secrets too (recorded in the audit trail)")
    show.add_argument("--field", metavar="FIELD", help="with --reveal: only this secret")
    add_json(show)
    _add_actor(show)
    show.set_defaults(handler=_show)

    rotate = vault.add_parser("rotate", help="store a new secret (from stdin or a hidden prompt)")
    rotate.add_argument("account")
    rotate.add_argument("--field", default=SecretField.PASSWORD.value, metavar="FIELD", help="default: password")
    _add_actor(rotate)
    rotate.set_defaults(handler=_rotate)

    remove = vault.add_parser("remove", help="delete an account and its keychain items (the audit trail stays)")
    remove.add_argument("account")
    _add_actor(remove)
    remove.set_defaults(handler=_remove)

    compromised = vault.add_parser("compromised", help="mark an account compromised and start its checklist")
    compromised.add_argument("account")
    compromised.add_argument("--note", default="", help="what happened (goes into the audit trail)")
    _add_actor(compromised)
    compromised.set_defaults(handler=_compromised)

    checklist = vault.add_parser("checklist", help="the compromised-account checklist of an account")
    checklist.add_argument("account")
    add_json(checklist)
    checklist.set_defaults(handler=_checklist)

    tick = vault.add_parser("tick", help="tick a checklist step (change-password reads the new one from stdin)")
    tick.add_argument("account")
    tick.add_argument("step", help=", ".join(s.key for s in CHECKLIST))
    tick.add_argument("--login", metavar="EMAIL", help="change-login-email: the new login e-mail")
    tick.add_argument("--handle", help="change-username: the new user name")
    tick.add_argument("--codes", action="store_true", help="reset-2fa: read the new recovery codes from stdin")
    _add_actor(tick)
    tick.set_defaults(handler=_tick)

    audit = vault.add_parser("audit", help="who revealed, copied or changed what, and when (never the secrets)")
    audit.add_argument("account", nargs="?")
    audit.add_argument("--limit", type=int, default=200)
    add_json(audit)
    audit.set_defaults(handler=_audit)

    days = vault.add_parser("rotation-days", help="show or set after how many days a password is due (default 90)")
    days.add_argument("days", nargs="?", type=int)
    days.set_defaults(handler=_rotation_days)

    export = vault.add_parser("export", help="hand accounts over: a file encrypted with a passphrase (from stdin)")
    export.add_argument("file", type=Path)
    export.add_argument("accounts", nargs="*", help="account ids (or first characters)")
    export.add_argument("--all", action="store_true", help="every account")
    _add_actor(export)
    export.set_defaults(handler=_export)

    load = vault.add_parser("import", help="take over the accounts of a handover file into this keychain")
    load.add_argument("file", type=Path)
    _add_actor(load)
    load.set_defaults(handler=_import)


def _add_actor(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--incident", help="also record this in that incident's crisis log")
    add_author(sub)


def _actor(database: Database, args: argparse.Namespace) -> Actor:
    incident_id = incidents.get(database, args.incident).id if getattr(args, "incident", None) else None
    return Actor(author=args.author or default_author(), incident_id=incident_id)


def read_secret(what: str, *, repeat: bool) -> str:
    """A secret from standard input (not a terminal) or a hidden prompt, asked twice when ``repeat``.

    Raises:
        InvalidInputError: nothing was given, or the two prompts differ.
    """
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        first = getpass.getpass(f"{what.capitalize()}: ")
        if repeat and getpass.getpass(f"Repeat the {what}: ") != first:
            raise InvalidInputError(f"the two {what}s you typed differ; nothing was stored")
        return first
    data = stdin.read() if stdin is not None else ""
    # One trailing line break is the pipe's (echo, a file); anything else is part of the secret.
    if data.endswith("\r\n"):
        data = data[:-2]
    elif data.endswith("\n"):
        data = data[:-1]
    if not data:
        raise InvalidInputError(f"no {what} on standard input; pipe it in, or run in a terminal to be asked")
    return data


def _when(stored: str | None) -> str:
    return format_local(stored, seconds=False) if stored else "never"


def _status(account: Account, days: int) -> str:
    if account.is_compromised:
        return f"COMPROMISED ({account.steps_done()}/{len(CHECKLIST)} steps done)"
    if rotation_overdue(account, now_utc(), days):
        return f"rotate (older than {days} days)"
    return "ok"


def _list(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        service = VaultService(database)
        accounts = service.accounts(args.search)
        days = service.rotation_days()
    now = now_utc()
    if args.json:
        print_json(
            [
                {
                    **account_json(a),
                    "rotation_age_days": rotation_age_days(a.last_rotated, now),
                    "rotation_due": rotation_overdue(a, now, days),
                }
                for a in accounts
            ]
        )
        return EXIT_OK
    if not accounts:
        print("No shared accounts yet. Add one with: crisisroom vault add --platform P --handle H")
        return EXIT_OK
    rows = [("ID", "PLATFORM", "HANDLE", "LOGIN", "LAST ROTATED", "STATUS")]
    for a in accounts:
        age = rotation_age_days(a.last_rotated, now)
        rotated = f"{_when(a.last_rotated)[:10]} ({age} d)" if age is not None else "never"
        rows.append((a.id[:8], a.details.platform, a.details.handle, a.details.login_email, rotated, _status(a, days)))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    return EXIT_OK


def _add(args: argparse.Namespace, db_path: Path) -> int:
    field = SecretField.parse(args.field)
    details = AccountDetails(
        platform=args.platform,
        handle=args.handle,
        login_email=args.login,
        url=args.url,
        owners=args.owners,
        notes=args.notes,
        two_factor=TwoFactor.parse(args.two_factor),
    ).cleaned()  # checked before anyone is asked for a secret
    with writing(db_path) as database:
        actor = _actor(database, args)
        rotated = None
        if args.rotated:
            rotated = to_iso(parse_user_time(args.rotated, zone_from_name(local_zone_name())))
        service = VaultService(database)
        service.keychain.check()  # before anyone types a secret for nothing
        secret = read_secret(field.label, repeat=True)
        account = service.add(details, {field: secret}, actor, rotated_at=rotated)
        after_write(database)
    print(account.id)
    return EXIT_OK


def _show(args: argparse.Namespace, db_path: Path) -> int:
    if args.field and not args.reveal:
        raise InvalidInputError("--field goes with --reveal")
    opener = writing if args.reveal else reading  # a reveal writes its audit record
    with opener(db_path) as database:
        service = VaultService(database)
        account = service.get(args.account)
        days = service.rotation_days()
        revealed: dict[SecretField, str] = {}
        if args.reveal:
            actor = _actor(database, args)
            fields = [SecretField.parse(args.field)] if args.field else sorted(account.secrets)
            for field in fields:
                revealed[field] = service.reveal(account.id, actor, field)
            after_write(database)
    if args.json:
        data = {**account_json(account), "rotation_due": rotation_overdue(account, now_utc(), days)}
        if args.reveal:
            data["secret_values"] = {f.value: v for f, v in revealed.items()}
        print_json(data)
        return EXIT_OK
    d = account.details
    lines = [
        ("Account", account.id),
        ("Platform", d.platform),
        ("Handle", d.handle),
        ("Login e-mail", d.login_email),
        ("URL", d.url),
        ("Owners", d.owners),
        ("2FA", d.two_factor.label),
        ("Notes", d.notes),
        ("Secrets", ", ".join(f"{f.label} (set {_when(at)})" for f, at in sorted(account.secrets.items()))),
        ("Status", _status(account, days)),
    ]
    lines += [(f.label.capitalize(), value) for f, value in revealed.items()]
    width = max(len(k) for k, _ in lines)
    for key, value in lines:
        if value:
            print(f"{key.ljust(width)}  {value}")
    return EXIT_OK


def _rotate(args: argparse.Namespace, db_path: Path) -> int:
    field = SecretField.parse(args.field)
    with writing(db_path) as database:
        service = VaultService(database)
        account = service.get(args.account)
        actor = _actor(database, args)
        service.keychain.check()
        secret = read_secret(f"new {field.label}", repeat=True)
        service.rotate(account.id, secret, actor, field)
        after_write(database)
    print(f"Stored the new {field.label} of {account.label}.")
    return EXIT_OK


def _remove(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        removed = VaultService(database).remove(args.account, _actor(database, args))
        after_write(database)
    print(f"Removed {removed.label} and its keychain items.")
    return EXIT_OK


def _compromised(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        account = VaultService(database).mark_compromised(args.account, _actor(database, args), args.note)
        after_write(database)
    print(f"{account.label} is marked compromised. Work through: crisisroom vault checklist {account.id[:8]}")
    return EXIT_OK


def _checklist(args: argparse.Namespace, db_path: Path) -> int:
    with reading(db_path) as database:
        account = VaultService(database).get(args.account)
    steps = [
        {
            "step": s.key,
            "label": s.label,
            "hint": s.hint,
            "done_at": account.checklist[s.key].done_at if s.key in account.checklist else None,
            "done_by": account.checklist[s.key].done_by if s.key in account.checklist else None,
        }
        for s in CHECKLIST
    ]
    if args.json:
        print_json({"account": account.id, "compromised_at": account.compromised_at, "steps": steps})
        return EXIT_OK
    if not account.is_compromised:
        print(f"{account.label} is not marked compromised.")
        return EXIT_OK
    print(f"{account.label}: compromised since {_when(account.compromised_at)}")
    for step in steps:
        mark = f"[x] done {_when(step['done_at'])} by {step['done_by']}" if step["done_at"] else "[ ]"
        print(f"{mark}  {step['step']}: {step['label']}. {step['hint']}")
    return EXIT_OK


def _tick(args: argparse.Namespace, db_path: Path) -> int:
    step = checklist_step(args.step)
    value = args.login if step.detail == "login_email" else args.handle if step.detail == "handle" else None
    with writing(db_path) as database:
        service = VaultService(database)
        account = service.get(args.account)
        actor = _actor(database, args)
        secret = None
        if step.secret is not None and (step.secret_required or args.codes):
            service.keychain.check()
            secret = read_secret(f"new {step.secret.label}", repeat=step.secret is SecretField.PASSWORD)
        updated = service.tick(account.id, step.key, actor, secret=secret, value=value)
        after_write(database)
    left = len(CHECKLIST) - updated.steps_done()
    if updated.is_compromised:
        print(f"Done: {step.label}. {left} step{'s' if left != 1 else ''} left.")
    else:
        print(f"Done: {step.label}. Every step is done; {updated.label} is marked secured.")
    return EXIT_OK


def _audit(args: argparse.Namespace, db_path: Path) -> int:
    from crisisroom.storage import vault as vault_storage

    with reading(db_path) as database:
        account_id = VaultService(database).get(args.account).id if args.account else None
        records = vault_storage.audit_trail(database, account_id, limit=args.limit)
    if args.json:
        print_json([r.__dict__ for r in records])
        return EXIT_OK
    for r in records:
        what = f"{r.action} {r.field}" if r.field else r.action
        detail = f" ({r.detail})" if r.detail else ""
        print(f"{format_local(r.at)}  {r.author}: {what} · {r.account_label}{detail}")
    return EXIT_OK


def _rotation_days(args: argparse.Namespace, db_path: Path) -> int:
    if args.days is None:
        with reading(db_path) as database:
            print(VaultService(database).rotation_days())
        return EXIT_OK
    with writing(db_path) as database:
        VaultService(database).set_rotation_days(args.days)
    print(f"Passwords older than {args.days} days are flagged for rotation.")
    return EXIT_OK


def _export(args: argparse.Namespace, db_path: Path) -> int:
    if bool(args.accounts) == bool(args.all):
        raise InvalidInputError("name the accounts to hand over, or use --all")
    with writing(db_path) as database:
        service = VaultService(database)
        ids = [a.id for a in service.accounts()] if args.all else [service.get(i).id for i in args.accounts]
        if not ids:
            raise InvalidInputError("there are no shared accounts to hand over")
        actor = _actor(database, args)
        service.keychain.check()
        passphrase = read_secret("passphrase for the handover file", repeat=True)
        exported = service.export_handover(ids, args.file, passphrase, actor)
        after_write(database)
    print(f"Wrote {len(exported)} account{'s' if len(exported) != 1 else ''} to {args.file}, encrypted.")
    return EXIT_OK


def _import(args: argparse.Namespace, db_path: Path) -> int:
    with writing(db_path) as database:
        service = VaultService(database)
        actor = _actor(database, args)
        service.keychain.check()
        passphrase = read_secret("passphrase of the handover file", repeat=False)
        summary = service.import_handover(args.file, passphrase, actor)
        after_write(database)
    print(f"Imported {len(summary.added)} new and {len(summary.updated)} updated accounts from {args.file}.")
    return EXIT_OK
