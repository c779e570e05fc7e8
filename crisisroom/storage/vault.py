"""The shared accounts' metadata, checklist state and audit trail: never a secret.

The secrets themselves live in the OS keychain (``crisisroom/secrets``); these tables only say
which secrets exist and when each was set. ``crisisroom/services/vault.py`` orders every change
so that no account row is kept without its secret.
"""

from __future__ import annotations

import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.vault import (
    DEFAULT_ROTATION_DAYS,
    Account,
    AccountDetails,
    AuditAction,
    SecretField,
    Tick,
    TwoFactor,
    check_rotation_days,
)
from crisisroom.storage.database import Database

_COLUMNS = "id, platform, handle, login_email, url, owners, notes, two_factor, created_at, updated_at, compromised_at"
_AUDIT_COLUMNS = (
    "seq, id, at, device_id, account_id, account_label, action, field, detail, author, incident_id, log_entry_id"
)
_SEARCHED = "platform || ' ' || handle || ' ' || login_email || ' ' || url || ' ' || owners || ' ' || notes"
ROTATION_KEY = "vault_rotation_days"


@dataclass(frozen=True)
class AuditRecord:
    """One line of the vault's audit trail (what was done, by whom, when; never the secret)."""

    seq: int
    id: str
    at: str
    device_id: str
    account_id: str
    account_label: str
    action: str
    field: str | None
    detail: str
    author: str
    incident_id: str | None
    log_entry_id: str | None


def insert_account(database: Database, account: Account) -> None:
    """Store a new account's metadata and which secrets it has."""
    d = account.details
    with database.transaction() as conn:
        conn.execute(
            f"INSERT INTO vault_accounts ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                account.id,
                d.platform,
                d.handle,
                d.login_email,
                d.url,
                d.owners,
                d.notes,
                d.two_factor.value,
                account.created_at,
                account.updated_at,
                account.compromised_at,
            ),
        )
        for field, set_at in account.secrets.items():
            set_secret(database, account.id, field, set_at)


def update_details(database: Database, account_id: str, details: AccountDetails, *, at: str) -> None:
    """Replace an account's metadata."""
    with database.transaction() as conn:
        conn.execute(
            "UPDATE vault_accounts SET platform = ?, handle = ?, login_email = ?, url = ?, owners = ?, notes = ?, "
            "two_factor = ?, updated_at = ? WHERE id = ?",
            (
                details.platform,
                details.handle,
                details.login_email,
                details.url,
                details.owners,
                details.notes,
                details.two_factor.value,
                at,
                account_id,
            ),
        )


def set_secret(database: Database, account_id: str, field: SecretField, set_at: str) -> None:
    """Record that the keychain holds ``field`` for the account, set at ``set_at``."""
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO vault_secrets (account_id, field, set_at) VALUES (?, ?, ?) "
            "ON CONFLICT (account_id, field) DO UPDATE SET set_at = excluded.set_at",
            (account_id, SecretField(field).value, set_at),
        )
        conn.execute("UPDATE vault_accounts SET updated_at = ? WHERE id = ?", (database.clock.now_iso(), account_id))


def delete_account(database: Database, account_id: str) -> None:
    """Remove an account's metadata (its checklist and secret records go with it; the audit stays)."""
    with database.transaction() as conn:
        conn.execute("DELETE FROM vault_accounts WHERE id = ?", (account_id,))


def set_compromised(database: Database, account_id: str, at: str | None) -> None:
    """Mark an account compromised (starting a fresh checklist), or clear the mark with None.

    Clearing keeps the finished checklist, so the account still shows how it was secured.
    """
    with database.transaction() as conn:
        conn.execute("UPDATE vault_accounts SET compromised_at = ? WHERE id = ?", (at, account_id))
        if at is not None:
            conn.execute("DELETE FROM vault_checklist WHERE account_id = ?", (account_id,))


def tick(database: Database, account_id: str, step: str, *, at: str, by: str) -> None:
    """Record one done step of the compromised-account checklist."""
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO vault_checklist (account_id, step, done_at, done_by) VALUES (?, ?, ?, ?) "
            "ON CONFLICT (account_id, step) DO UPDATE SET done_at = excluded.done_at, done_by = excluded.done_by",
            (account_id, step, at, by),
        )


def get(database: Database, id_or_prefix: str) -> Account:
    """An account by id or by an unambiguous prefix of it.

    Raises:
        NotFoundError: no account matches.
        InvalidInputError: the prefix matches more than one.
    """
    key = id_or_prefix.strip().lower()
    if not key:
        raise InvalidInputError("name an account by its id (or the first characters of it)")
    rows = database.query(
        f"SELECT {_COLUMNS} FROM vault_accounts WHERE id = ? OR id LIKE ? ESCAPE '\\' LIMIT 3",
        (key, _escape_like(key) + "%"),
    )
    exact = [row for row in rows if row["id"] == key]
    if exact:
        rows = exact
    if not rows:
        raise NotFoundError(f"no shared account with an id starting {id_or_prefix!r}; see 'crisisroom vault list'")
    if len(rows) > 1:
        raise InvalidInputError(f"{id_or_prefix!r} matches several accounts; give more of the id")
    return _accounts(database, rows)[0]


def list_accounts(database: Database, search: str = "") -> list[Account]:
    """Accounts by platform and handle; with ``search``, those where every word appears somewhere."""
    sql = f"SELECT {_COLUMNS} FROM vault_accounts"
    params: list[str] = []
    words = search.split()
    if words:
        sql += " WHERE " + " AND ".join(f"({_SEARCHED}) LIKE ? ESCAPE '\\'" for _ in words)
        params = [f"%{_escape_like(w)}%" for w in words]
    sql += " ORDER BY platform COLLATE NOCASE, handle COLLATE NOCASE"
    return _accounts(database, database.query(sql, params))


def append_audit(
    database: Database,
    *,
    account: Account,
    action: AuditAction,
    author: str,
    field: SecretField | str | None = None,
    detail: str = "",
    incident_id: str | None = None,
    log_entry_id: str | None = None,
) -> AuditRecord:
    """Add one record to the append-only audit trail (joins an open transaction)."""
    record = AuditRecord(
        seq=0,
        id=str(uuid.uuid4()),
        at=database.clock.now_iso(),
        device_id=database.device_id,
        account_id=account.id,
        account_label=account.label,
        action=AuditAction(action).value,
        field=None if field is None else str(field),
        detail=detail,
        author=author,
        incident_id=incident_id,
        log_entry_id=log_entry_id,
    )
    with database.transaction() as conn:
        cursor = conn.execute(
            f"INSERT INTO vault_audit ({_AUDIT_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                record.at,
                record.device_id,
                record.account_id,
                record.account_label,
                record.action,
                record.field,
                record.detail,
                record.author,
                record.incident_id,
                record.log_entry_id,
            ),
        )
    return AuditRecord(**{**record.__dict__, "seq": int(cursor.lastrowid or 0)})


def audit_trail(database: Database, account_id: str | None = None, *, limit: int = 1000) -> list[AuditRecord]:
    """The newest audit records (of one account, or of all), newest first."""
    if account_id is None:
        rows = database.query(f"SELECT {_AUDIT_COLUMNS} FROM vault_audit ORDER BY seq DESC LIMIT ?", (limit,))
    else:
        rows = database.query(
            f"SELECT {_AUDIT_COLUMNS} FROM vault_audit WHERE account_id = ? ORDER BY seq DESC LIMIT ?",
            (account_id, limit),
        )
    return [AuditRecord(**dict(row)) for row in rows]


def rotation_days(database: Database) -> int:
    """After how many days a password is due for rotation (a setting of this database)."""
    rows = database.query("SELECT value FROM meta WHERE key = ?", (ROTATION_KEY,))
    try:
        return check_rotation_days(int(rows[0][0])) if rows else DEFAULT_ROTATION_DAYS
    except (ValueError, InvalidInputError):
        return DEFAULT_ROTATION_DAYS


def set_rotation_days(database: Database, days: int) -> None:
    """Change the rotation warning age.

    Raises:
        InvalidInputError: outside 1 to 3650 days.
    """
    check_rotation_days(days)
    with database.transaction() as conn:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (ROTATION_KEY, str(days)),
        )


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _accounts(database: Database, rows: list[sqlite3.Row]) -> list[Account]:
    """Accounts with their secret records and checklist, in two further queries for all of them."""
    if not rows:
        return []
    ids = [row["id"] for row in rows]
    marks = ", ".join("?" for _ in ids)
    secrets: dict[str, dict[SecretField, str]] = {i: {} for i in ids}
    for row in database.query(
        f"SELECT account_id, field, set_at FROM vault_secrets WHERE account_id IN ({marks})", ids
    ):
        secrets[row["account_id"]][SecretField(row["field"])] = row["set_at"]
    ticks: dict[str, dict[str, Tick]] = {i: {} for i in ids}
    for row in database.query(
        f"SELECT account_id, step, done_at, done_by FROM vault_checklist WHERE account_id IN ({marks})", ids
    ):
        ticks[row["account_id"]][row["step"]] = Tick(row["done_at"], row["done_by"])
    return [_account(row, secrets[row["id"]], ticks[row["id"]]) for row in rows]


def _account(row: sqlite3.Row, secrets: Mapping[SecretField, str], ticks: Mapping[str, Tick]) -> Account:
    return Account(
        id=row["id"],
        details=AccountDetails(
            platform=row["platform"],
            handle=row["handle"],
            login_email=row["login_email"],
            url=row["url"],
            owners=row["owners"],
            notes=row["notes"],
            two_factor=TwoFactor(row["two_factor"]),
        ),
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        secrets=dict(secrets),
        compromised_at=row["compromised_at"],
        checklist=dict(ticks),
    )
