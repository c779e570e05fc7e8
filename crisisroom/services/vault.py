"""The shared-accounts vault: keychain secrets, metadata rows and the audit trail, kept consistent.

The one path the command line and the Vault window share. The order of every change is what keeps
"no account row without its secret" true:

* adding: the secrets go into the keychain first; then the row and its audit record in one
  transaction; if that fails, the keychain items just written are removed again;
* changing a secret: the old value is read, the new one written, then the row; if the row fails,
  the old value is put back, so the keychain and the database still agree;
* removing: the row goes inside a transaction that commits only after the keychain items are
  deleted; a keychain failure rolls the row back and restores the items already deleted.

Every reveal, copy, change, rotation (and add, edit, remove, checklist tick, export, import)
writes an audit record in ``vault_audit`` without the secret; when the person acts with an
incident open, the same transaction also appends a ``vault-access`` entry to that incident's
crisis log.
"""

from __future__ import annotations

import contextlib
import logging
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path

from crisisroom.domain.errors import InvalidInputError, NotFoundError, UserError
from crisisroom.domain.log import Kind
from crisisroom.domain.vault import (
    CHECKLIST,
    Account,
    AccountDetails,
    AuditAction,
    DetailChange,
    SecretField,
    account_from_json,
    account_json,
    check_passphrase,
    check_secret,
    checklist_step,
    describe_action,
    rotation_overdue,
)
from crisisroom.secrets import handover
from crisisroom.secrets.errors import HandoverError
from crisisroom.secrets.keychain import Keychain
from crisisroom.storage import log, vault
from crisisroom.storage.database import Database
from crisisroom.system.files import write_atomically

logger = logging.getLogger(__name__)
HANDOVER_FORMAT = 1


@dataclass(frozen=True)
class Actor:
    """Who acts, and the incident whose crisis log also records it (None: the audit trail only)."""

    author: str
    incident_id: str | None = None


@dataclass(frozen=True)
class ImportSummary:
    """What a handover import did."""

    added: list[Account] = field(default_factory=list)
    updated: list[Account] = field(default_factory=list)


# (field, value to put back or None to delete) for undoing keychain writes.
_Undo = list[tuple[SecretField, str | None]]


class VaultService:
    """Operations on the shared accounts of one database.

    Args:
        database: an open, writable database (reading-only calls work on a reader too).
        keychain: the keychain to keep secrets in (default: the system's, resolved per call).
    """

    def __init__(self, database: Database, keychain: Keychain | None = None) -> None:
        self.database = database
        self.keychain = keychain or Keychain()

    # Reading metadata (no keychain involved)

    def accounts(self, search: str = "") -> list[Account]:
        return vault.list_accounts(self.database, search)

    def get(self, id_or_prefix: str) -> Account:
        return vault.get(self.database, id_or_prefix)

    def rotation_days(self) -> int:
        return vault.rotation_days(self.database)

    def overdue(self, accounts: Iterable[Account]) -> list[Account]:
        """The accounts whose password is older than the rotation warning age."""
        days, now = self.rotation_days(), self.database.clock.now()
        return [a for a in accounts if rotation_overdue(a, now, days)]

    # Changes

    def add(
        self,
        details: AccountDetails,
        secrets: Mapping[SecretField, str],
        actor: Actor,
        *,
        rotated_at: str | None = None,
    ) -> Account:
        """Store a new account: its secrets in the keychain, then its row and audit record.

        Args:
            rotated_at: when the password was really last changed (an existing account), else now.

        Raises:
            InvalidInputError: bad details, no secret, or a secret the keychain cannot hold.
            KeychainError: the keychain cannot be used; nothing was stored.
        """
        details = details.cleaned()
        cleaned = _checked(secrets)
        if not cleaned:
            raise InvalidInputError("an account needs at least one secret: a password, recovery codes or an API token")
        now = self.database.clock.now_iso()
        if rotated_at is not None and rotated_at > now:
            raise InvalidInputError("the password cannot have been changed in the future")
        set_at = {f: now for f in cleaned}
        if rotated_at is not None and SecretField.PASSWORD in set_at:
            set_at[SecretField.PASSWORD] = rotated_at
        account = Account(id=str(uuid.uuid4()), details=details, created_at=now, updated_at=now, secrets=set_at)
        with self._keychain_writes(account.id, cleaned, previous={}), self.database.transaction():
            vault.insert_account(self.database, account)
            fields = ", ".join(f.label for f in sorted(cleaned))
            self._audit(account, AuditAction.ADD, actor, detail=f"with {fields}")
        return account

    def edit(
        self, id_or_prefix: str, details: AccountDetails, new_secrets: Mapping[SecretField, str], actor: Actor
    ) -> Account:
        """Change an account's details and, for each secret given, store the new value.

        Empty secrets mean "keep the stored one". A new password counts as a rotation.

        Raises:
            InvalidInputError, KeychainError: nothing was changed.
        """
        account = self.get(id_or_prefix)
        details = details.cleaned()
        cleaned = _checked(new_secrets)
        changed = _changed_fields(account.details, details)
        if not changed and not cleaned:
            return account
        previous = self._current(account.id, cleaned)
        now = self.database.clock.now_iso()
        with self._keychain_writes(account.id, cleaned, previous), self.database.transaction():
            if changed:
                vault.update_details(self.database, account.id, details, at=now)
                self._audit(account, AuditAction.EDIT, actor, detail=", ".join(changed))
            for secret_field in sorted(cleaned):
                vault.set_secret(self.database, account.id, secret_field, now)
                self._audit(account, AuditAction.CHANGE, actor, secret_field)
        return self.get(account.id)

    def rotate(
        self, id_or_prefix: str, secret: str, actor: Actor, field: SecretField = SecretField.PASSWORD
    ) -> Account:
        """Store a new value of one secret (the password by default) and restart its rotation age.

        Raises:
            InvalidInputError, KeychainError: nothing was changed.
        """
        account = self.get(id_or_prefix)
        cleaned = _checked({field: secret})
        if not cleaned:
            raise InvalidInputError(f"the new {field.label} is empty")
        previous = self._current(account.id, cleaned)
        with self._keychain_writes(account.id, cleaned, previous), self.database.transaction():
            vault.set_secret(self.database, account.id, field, self.database.clock.now_iso())
            self._audit(account, AuditAction.ROTATE, actor, field)
        return self.get(account.id)

    def reveal(
        self, id_or_prefix: str, actor: Actor, field: SecretField = SecretField.PASSWORD, *, copy: bool = False
    ) -> str:
        """One secret, after its reveal (or copy) is recorded: no record, no secret.

        Raises:
            NotFoundError: the account has no such secret, or the keychain lost it.
            KeychainError: the keychain cannot be used.
        """
        account = self.get(id_or_prefix)
        field = SecretField(field)
        if field not in account.secrets:
            raise NotFoundError(f"{account.label} has no {field.label} stored")
        secret = self.keychain.get(account.id, field)
        if secret is None:
            raise NotFoundError(
                f"the keychain has no {field.label} for {account.label} (it was removed from the keychain "
                "outside Crisis Room, or this database was restored on another computer); store it again "
                "with a rotation"
            )
        action = AuditAction.COPY if copy else AuditAction.REVEAL
        with self.database.transaction():
            self._audit(account, action, actor, field)
        return secret

    def remove(self, id_or_prefix: str, actor: Actor) -> Account:
        """Remove an account: its keychain items and its row (the audit trail stays).

        Raises:
            KeychainError: the keychain cannot be used; nothing was removed.
        """
        account = self.get(id_or_prefix)
        previous = self._current(account.id, account.secrets)
        deleted: _Undo = []
        try:
            with self.database.transaction():
                self._audit(account, AuditAction.REMOVE, actor)
                vault.delete_account(self.database, account.id)
                for secret_field in sorted(account.secrets):
                    self.keychain.delete(account.id, secret_field)
                    deleted.append((secret_field, previous.get(secret_field)))
        except BaseException:
            self._undo(account.id, deleted)
            raise
        return account

    def mark_compromised(self, id_or_prefix: str, actor: Actor, note: str = "") -> Account:
        """Mark an account compromised and start its checklist.

        Raises:
            InvalidInputError: it is already marked.
        """
        account = self.get(id_or_prefix)
        if account.is_compromised:
            raise InvalidInputError(f"{account.label} is already marked compromised; work through its checklist")
        with self.database.transaction():
            vault.set_compromised(self.database, account.id, self.database.clock.now_iso())
            self._audit(account, AuditAction.COMPROMISED, actor, detail=" ".join(note.split())[:500])
        return self.get(account.id)

    def tick(
        self,
        id_or_prefix: str,
        step_key: str,
        actor: Actor,
        *,
        secret: str | None = None,
        value: str | None = None,
    ) -> Account:
        """Tick one checklist step, storing its new secret or detail on the way.

        When the last step is ticked, the account is marked secured.

        Args:
            secret: the new secret the step stores (the new password; new recovery codes).
            value: the new detail the step records (the new login e-mail; the new username).

        Raises:
            InvalidInputError: not compromised, already done, or the step's new password is missing.
            KeychainError: the keychain cannot be used; nothing was ticked.
        """
        account = self.get(id_or_prefix)
        step = checklist_step(step_key)
        if not account.is_compromised:
            raise InvalidInputError(f"{account.label} is not marked compromised")
        if step.key in account.checklist:
            raise InvalidInputError(f"“{step.label}” is already done for {account.label}")
        cleaned: dict[SecretField, str] = {}
        if step.secret is not None and secret:
            cleaned = _checked({step.secret: secret})
        elif step.secret_required and step.secret is not None:
            raise InvalidInputError(f"store the new {step.secret.label} to tick “{step.label}”")
        details, detail_note = account.details, ""
        if step.detail is not None and value is not None and value.strip():
            change: DetailChange = {}
            change[step.detail] = value
            details = replace(account.details, **change).cleaned()
            old, new = getattr(account.details, step.detail), getattr(details, step.detail)
            if old != new:
                detail_note = f"{step.detail.replace('_', ' ').replace('email', 'e-mail')} now {new}"
        previous = self._current(account.id, cleaned)
        now = self.database.clock.now_iso()
        with self._keychain_writes(account.id, cleaned, previous), self.database.transaction():
            if details != account.details:
                vault.update_details(self.database, account.id, details, at=now)
            for secret_field in sorted(cleaned):
                vault.set_secret(self.database, account.id, secret_field, now)
                action = AuditAction.ROTATE if secret_field is SecretField.PASSWORD else AuditAction.CHANGE
                self._audit(account, action, actor, secret_field, detail="compromised-account checklist")
            vault.tick(self.database, account.id, step.key, at=now, by=actor.author)
            self._audit(
                account, AuditAction.CHECKLIST, actor, detail="; ".join(filter(None, [step.label, detail_note]))
            )
            if len({s.key for s in CHECKLIST} - set(account.checklist) - {step.key}) == 0:
                vault.set_compromised(self.database, account.id, None)
                self._audit(account, AuditAction.SECURED, actor)
        return self.get(account.id)

    def set_rotation_days(self, days: int) -> None:
        vault.set_rotation_days(self.database, days)

    # Handover

    def export_handover(self, ids: Iterable[str], path: Path, passphrase: str, actor: Actor) -> list[Account]:
        """Write the chosen accounts, secrets included, to a passphrase-encrypted file.

        Raises:
            InvalidInputError: no account chosen, or the passphrase is too short.
            NotFoundError: the keychain lost a secret of a chosen account; nothing was written.
            KeychainError: the keychain cannot be used; nothing was written.
        """
        check_passphrase(passphrase)
        accounts = [self.get(i) for i in dict.fromkeys(ids)]
        if not accounts:
            raise InvalidInputError("choose at least one account to hand over")
        records = []
        for account in accounts:
            secrets = {}
            for secret_field in sorted(account.secrets):
                value = self.keychain.get(account.id, secret_field)
                if value is None:
                    raise NotFoundError(
                        f"the keychain has no {secret_field.label} for {account.label}; nothing was exported"
                    )
                secrets[secret_field.value] = value
            records.append({**account_json(account), "secret_values": secrets})
        contents = {
            "format": HANDOVER_FORMAT,
            "exported_at": self.database.clock.now_iso(),
            "exported_by": actor.author,
            "accounts": records,
        }
        data = handover.seal(contents, passphrase)
        path = Path(path).expanduser()
        written = False
        try:
            with self.database.transaction():
                for account in accounts:
                    self._audit(account, AuditAction.EXPORT, actor, detail=f"to {path.name}")
                write_atomically(path, data, what="the handover file")
                written = True
        except BaseException:
            if written:  # the audit could not be committed: no unrecorded copy of the secrets stays
                with contextlib.suppress(OSError):
                    path.unlink()
            raise
        return accounts

    def import_handover(self, path: Path, passphrase: str, actor: Actor) -> ImportSummary:
        """Put the accounts of a handover file into this computer's keychain and database.

        An account already here (same id) gets the file's details and secrets. All or nothing.

        Raises:
            HandoverError: not a handover file, damaged or changed, or the wrong passphrase.
            KeychainError: the keychain cannot be used; nothing was imported.
        """
        path = Path(path).expanduser()
        contents = handover.unseal(handover.read_file(path), passphrase, name=path.name)
        incoming = _handover_accounts(contents, path.name)
        existing = {a.id: a for a in self.accounts()}
        summary = ImportSummary()
        written: list[tuple[str, _Undo]] = []  # per account, what to put back if the import fails
        try:
            for account, secrets in incoming:
                previous = self._current(account.id, secrets) if account.id in existing else {}
                undo: _Undo = []
                written.append((account.id, undo))
                for secret_field, value in secrets.items():
                    self.keychain.set(account.id, secret_field, value)
                    undo.append((secret_field, previous.get(secret_field)))
            with self.database.transaction():
                for account, _secrets in incoming:
                    here = existing.get(account.id)
                    if here is None:
                        vault.insert_account(self.database, account)
                        summary.added.append(account)
                    else:
                        vault.update_details(
                            self.database, account.id, account.details, at=self.database.clock.now_iso()
                        )
                        for secret_field, set_at in account.secrets.items():
                            vault.set_secret(self.database, account.id, secret_field, set_at)
                        if account.compromised_at and not here.is_compromised:
                            vault.set_compromised(self.database, account.id, account.compromised_at)
                        summary.updated.append(account)
                    self._audit(account, AuditAction.IMPORT, actor, detail=f"from {path.name}")
        except BaseException:
            for account_id, changes in written:
                self._undo(account_id, changes)
            raise
        return summary

    # Helpers

    def _current(self, account_id: str, fields: Iterable[SecretField]) -> dict[SecretField, str | None]:
        """The stored values of ``fields``, to put back if a change cannot be completed."""
        return {f: self.keychain.get(account_id, f) for f in fields}

    @contextmanager
    def _keychain_writes(
        self, account_id: str, secrets: Mapping[SecretField, str], previous: Mapping[SecretField, str | None]
    ) -> Iterator[None]:
        """Write ``secrets`` first; if they or the block that follows fail, undo what was written."""
        done: _Undo = []
        try:
            for secret_field, value in secrets.items():
                self.keychain.set(account_id, secret_field, value)
                done.append((secret_field, previous.get(secret_field)))
            yield
        except BaseException:
            self._undo(account_id, done)
            raise

    def _undo(self, account_id: str, changes: _Undo) -> None:
        """Best effort: put back (or delete) what was written, so no secret is left without its row."""
        for secret_field, old in reversed(changes):
            try:
                if old is None:
                    self.keychain.delete(account_id, secret_field)
                else:
                    self.keychain.set(account_id, secret_field, old)
            except UserError as exc:
                # The person already gets the error that caused the undo; this one goes to the log.
                logger.warning("could not undo the keychain change of %s:%s: %s", account_id, secret_field, exc)

    def _audit(
        self,
        account: Account,
        action: AuditAction,
        actor: Actor,
        field: SecretField | None = None,
        detail: str = "",
    ) -> None:
        """The audit record, and the crisis-log entry when an incident is open (joins the transaction)."""
        entry_id = None
        if actor.incident_id is not None:
            entry = log.append(
                self.database,
                actor.incident_id,
                describe_action(action, account.label, field, detail),
                kind=Kind.VAULT_ACCESS,
                author=actor.author,
                payload={"account_id": account.id, "action": action.value, "field": field and field.value},
            )
            entry_id = entry.id
        vault.append_audit(
            self.database,
            account=account,
            action=action,
            author=actor.author,
            field=field,
            detail=detail,
            incident_id=actor.incident_id,
            log_entry_id=entry_id,
        )


def _checked(secrets: Mapping[SecretField, str]) -> dict[SecretField, str]:
    """The non-empty secrets, validated (empty ones mean "none given")."""
    return {SecretField(f): check_secret(SecretField(f), s) for f, s in secrets.items() if s}


def _changed_fields(old: AccountDetails, new: AccountDetails) -> list[str]:
    names = {"login_email": "login e-mail", "url": "URL", "two_factor": "2FA method"}
    return [names.get(n, n) for n in old.__dataclass_fields__ if getattr(old, n) != getattr(new, n)]


def _handover_accounts(contents: Mapping[str, object], name: str) -> list[tuple[Account, dict[SecretField, str]]]:
    """The accounts of an opened handover file, each with its secrets, all checked before any is stored."""
    if contents.get("format") != HANDOVER_FORMAT or not isinstance(contents.get("accounts"), list):
        raise HandoverError(f"{name} was made by an incompatible Crisis Room; nothing was imported")
    result = []
    try:
        for record in contents["accounts"]:  # type: ignore[attr-defined]
            account = account_from_json(record)
            raw = record.get("secret_values", {})
            secrets = {SecretField(f): check_secret(SecretField(f), str(v)) for f, v in dict(raw).items()}
            if set(secrets) != set(account.secrets) or not secrets:
                raise InvalidInputError(f"the secrets of {account.label} do not match its record")
            result.append((account, secrets))
    except (InvalidInputError, AttributeError, TypeError, ValueError) as exc:
        raise HandoverError(f"{name} holds an account that cannot be imported ({exc}); nothing was imported") from None
    if len({a.id for a, _ in result}) != len(result):
        raise HandoverError(f"{name} holds the same account twice; nothing was imported")
    return result
