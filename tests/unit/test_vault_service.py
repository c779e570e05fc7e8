"""The vault service: no account row without its secret, every access audited, the checklist."""

from __future__ import annotations

import sqlite3

import keyring
import pytest
from keyring.backends import fail

from crisisroom.domain.clock import now_utc, to_iso
from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.domain.vault import CHECKLIST, AccountDetails, SecretField
from crisisroom.secrets.advice import Problem
from crisisroom.secrets.errors import KeychainError
from crisisroom.secrets.keychain import SERVICE
from crisisroom.services.vault import Actor, VaultService
from crisisroom.storage import incidents, log, vault
from crisisroom.storage.database import Database
from crisisroom.storage.errors import DiskFullError
from tests.conftest import MemoryKeyring
from tests.vault_support import PLANTED, FlakyKeyring, LockedKeyring

MAYA = Actor("Maya")
DETAILS = AccountDetails("Instagram", "@brand", "social@brand.example", owners="Sofia")


def _rows(database: Database, table: str) -> int:
    return int(database.query(f"SELECT count(*) FROM {table}")[0][0])


def test_add_puts_the_secret_in_the_keychain_and_only_metadata_in_the_database(
    database: Database, memory_keyring: MemoryKeyring
) -> None:
    service = VaultService(database)
    account = service.add(DETAILS, {SecretField.PASSWORD: PLANTED, SecretField.API_TOKEN: ""}, MAYA)
    assert memory_keyring.items == {(SERVICE, f"{account.id}:password"): PLANTED}
    stored = service.get(account.id[:6])
    assert stored.details == DETAILS and set(stored.secrets) == {SecretField.PASSWORD}
    assert [(r.action, r.author, r.detail) for r in vault.audit_trail(database)] == [("add", "Maya", "with password")]


@pytest.mark.parametrize("backend", [fail.Keyring(), LockedKeyring()], ids=["fail-backend", "locked"])
def test_without_a_usable_keychain_nothing_is_stored_anywhere(
    database: Database, backend: keyring.backend.KeyringBackend
) -> None:
    keyring.set_keyring(backend)
    with pytest.raises(KeychainError):
        VaultService(database).add(DETAILS, {SecretField.PASSWORD: PLANTED}, MAYA)
    for table in ("vault_accounts", "vault_secrets", "vault_audit"):
        assert _rows(database, table) == 0


def test_a_keychain_failing_halfway_leaves_no_secret_and_no_row(database: Database) -> None:
    flaky = FlakyKeyring(fail_after=1)
    keyring.set_keyring(flaky)
    with pytest.raises(KeychainError) as refused:
        VaultService(database).add(DETAILS, {SecretField.PASSWORD: PLANTED, SecretField.API_TOKEN: "tok-1"}, MAYA)
    assert PLANTED not in str(refused.value) and "tok-1" not in str(refused.value)
    assert flaky.items == {} and _rows(database, "vault_accounts") == 0


def test_when_the_row_cannot_be_written_the_keychain_item_is_removed_again(
    database: Database, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise DiskFullError("the disk holding the database is full; nothing was saved")

    monkeypatch.setattr(vault, "insert_account", disk_full)
    with pytest.raises(DiskFullError):
        VaultService(database).add(DETAILS, {SecretField.PASSWORD: PLANTED}, MAYA)
    assert memory_keyring.items == {} and _rows(database, "vault_audit") == 0


def test_a_failed_rotation_puts_the_old_secret_back(
    database: Database, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = VaultService(database)
    account = service.add(DETAILS, {SecretField.PASSWORD: "old-password"}, MAYA)
    before = service.get(account.id)

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise DiskFullError("full")

    monkeypatch.setattr(vault, "set_secret", disk_full)
    with pytest.raises(DiskFullError):
        service.rotate(account.id, "new-password", MAYA)
    assert memory_keyring.items[(SERVICE, f"{account.id}:password")] == "old-password"
    assert service.get(account.id) == before
    assert [r.action for r in vault.audit_trail(database)] == ["add"]


def test_rotate_restarts_the_age_and_is_audited(database: Database, memory_keyring: MemoryKeyring) -> None:
    service = VaultService(database)
    long_ago = to_iso(now_utc().replace(year=now_utc().year - 1))
    account = service.add(DETAILS, {SecretField.PASSWORD: "old"}, MAYA, rotated_at=long_ago)
    assert service.overdue(service.accounts()) == [service.get(account.id)]
    rotated = service.rotate(account.id, PLANTED, MAYA)
    assert rotated.last_rotated is not None and rotated.last_rotated > long_ago
    assert service.overdue(service.accounts()) == []
    assert memory_keyring.items[(SERVICE, f"{account.id}:password")] == PLANTED
    newest = vault.audit_trail(database)[0]
    assert (newest.action, newest.field) == ("rotate", "password")


def test_reveal_and_copy_are_audited_and_logged_when_an_incident_is_open(database: Database) -> None:
    service = VaultService(database)
    account = service.add(DETAILS, {SecretField.PASSWORD: PLANTED}, MAYA)
    assert service.reveal(account.id, MAYA) == PLANTED  # no incident open: the audit trail only
    incident = incidents.create(database, "Hacked account", category=Category.SECURITY_BREACH, author="Maya")
    with_incident = Actor("Jonas", incident.id)
    assert service.reveal(account.id, with_incident, copy=True) == PLANTED
    trail = vault.audit_trail(database)
    assert [(r.action, r.author, r.incident_id is not None) for r in trail[:2]] == [
        ("copy", "Jonas", True),
        ("reveal", "Maya", False),
    ]
    entries = [e for e in log.entries(database, incident.id) if e.kind == Kind.VAULT_ACCESS]
    assert [e.text for e in entries] == ["Password of Instagram @brand copied to the clipboard"]
    assert entries[0].id == trail[0].log_entry_id and entries[0].author == "Jonas"
    assert PLANTED not in repr(entries) and PLANTED not in repr(trail)


def test_no_audit_record_means_no_secret(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    service = VaultService(database)
    account = service.add(DETAILS, {SecretField.PASSWORD: PLANTED}, MAYA)

    def cannot_record(*_args: object, **_kwargs: object) -> None:
        raise DiskFullError("full")

    monkeypatch.setattr(vault, "append_audit", cannot_record)
    with pytest.raises(DiskFullError):
        service.reveal(account.id, MAYA)


def test_the_audit_trail_is_append_only(database: Database) -> None:
    service = VaultService(database)
    service.add(DETAILS, {SecretField.PASSWORD: PLANTED}, MAYA)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), database.transaction() as conn:
        conn.execute("UPDATE vault_audit SET author = 'someone else'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"), database.transaction() as conn:
        conn.execute("DELETE FROM vault_audit")
    assert _rows(database, "vault_audit") == 1


def test_remove_deletes_the_items_and_the_row_and_keeps_the_trail(
    database: Database, memory_keyring: MemoryKeyring
) -> None:
    service = VaultService(database)
    account = service.add(DETAILS, {SecretField.PASSWORD: PLANTED, SecretField.RECOVERY_CODES: "1 2 3"}, MAYA)
    service.remove(account.id, MAYA)
    assert memory_keyring.items == {} and service.accounts() == []
    assert [r.action for r in vault.audit_trail(database, account.id)] == ["remove", "add"]
    with pytest.raises(NotFoundError):
        service.get(account.id)


def test_remove_with_a_locked_keychain_removes_nothing(database: Database, memory_keyring: MemoryKeyring) -> None:
    service = VaultService(database)
    account = service.add(DETAILS, {SecretField.PASSWORD: PLANTED}, MAYA)
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(KeychainError):
        service.remove(account.id, MAYA)
    assert service.get(account.id).id == account.id
    assert memory_keyring.items == {(SERVICE, f"{account.id}:password"): PLANTED}


def test_remove_puts_back_what_it_deleted_when_the_keychain_fails_halfway(
    database: Database, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    service = VaultService(database)
    account = service.add(DETAILS, {SecretField.PASSWORD: PLANTED, SecretField.RECOVERY_CODES: "1 2 3"}, MAYA)
    real_delete = service.keychain.delete
    calls = []

    def second_fails(account_id: str, field: SecretField) -> bool:
        calls.append(field)
        if len(calls) == 2:
            raise KeychainError(Problem.FAILED, "The keychain failed halfway")
        return real_delete(account_id, field)

    monkeypatch.setattr(service.keychain, "delete", second_fails)
    with pytest.raises(KeychainError):
        service.remove(account.id, MAYA)
    assert set(service.get(account.id).secrets) == {SecretField.PASSWORD, SecretField.RECOVERY_CODES}
    assert len(memory_keyring.items) == 2


def test_edit_changes_details_and_only_the_secrets_typed(database: Database, memory_keyring: MemoryKeyring) -> None:
    service = VaultService(database)
    account = service.add(DETAILS, {SecretField.PASSWORD: "keep-me"}, MAYA)
    changed = AccountDetails("Instagram", "@brand", "new@brand.example", owners="Sofia, Jonas")
    edited = service.edit(account.id, changed, {SecretField.API_TOKEN: "tok-9", SecretField.PASSWORD: ""}, MAYA)
    assert edited.details == changed and set(edited.secrets) == {SecretField.PASSWORD, SecretField.API_TOKEN}
    assert memory_keyring.items[(SERVICE, f"{account.id}:password")] == "keep-me"
    trail = [(r.action, r.field, r.detail) for r in vault.audit_trail(database)]
    assert trail[:2] == [("change", "api-token", ""), ("edit", None, "login e-mail, owners")]
    assert service.edit(account.id, changed, {}, MAYA) == edited  # nothing changed: nothing recorded
    assert len(vault.audit_trail(database)) == 3


def test_a_too_long_secret_is_refused_before_the_keychain_is_touched(
    database: Database, memory_keyring: MemoryKeyring
) -> None:
    with pytest.raises(InvalidInputError, match="at most 1,000"):
        VaultService(database).add(DETAILS, {SecretField.PASSWORD: "x" * 1001}, MAYA)
    assert memory_keyring.items == {} and _rows(database, "vault_accounts") == 0


def test_an_account_needs_a_secret(database: Database) -> None:
    with pytest.raises(InvalidInputError, match="at least one secret"):
        VaultService(database).add(DETAILS, {SecretField.PASSWORD: ""}, MAYA)


def test_the_compromised_checklist_stores_secrets_logs_each_tick_and_ends_secured(
    database: Database, memory_keyring: MemoryKeyring
) -> None:
    service = VaultService(database)
    incident = incidents.create(database, "Account takeover", category=Category.SECURITY_BREACH, author="Maya")
    actor = Actor("Maya", incident.id)
    account = service.add(DETAILS, {SecretField.PASSWORD: "hacked"}, actor)
    with pytest.raises(InvalidInputError, match="not marked compromised"):
        service.tick(account.id, "sign-out-sessions", actor)
    marked = service.mark_compromised(account.id, actor, "posts we did not write")
    assert marked.is_compromised and marked.steps_done() == 0
    with pytest.raises(InvalidInputError, match="store the new password"):
        service.tick(account.id, "change-password", actor)
    service.tick(account.id, "change-password", actor, secret=PLANTED)
    assert memory_keyring.items[(SERVICE, f"{account.id}:password")] == PLANTED
    service.tick(account.id, "change-login-email", actor, value="safe@brand.example")
    with pytest.raises(InvalidInputError, match="already done"):
        service.tick(account.id, "change-login-email", actor)
    service.tick(account.id, "change-username", actor)  # the public handle stays
    service.tick(account.id, "sign-out-sessions", actor)
    service.tick(account.id, "review-connected-apps", actor)
    done = service.tick(account.id, "reset-2fa", actor, secret="new 2fa codes")
    assert not done.is_compromised and done.steps_done() == len(CHECKLIST)
    assert done.details.login_email == "safe@brand.example" and done.details.handle == "@brand"
    assert memory_keyring.items[(SERVICE, f"{account.id}:recovery-codes")] == "new 2fa codes"
    texts = [e.text for e in log.entries(database, incident.id) if e.kind == Kind.VAULT_ACCESS]
    assert texts[1] == "Instagram @brand marked compromised (posts we did not write)"
    step = "Change the login e-mail; login e-mail now safe@brand.example"
    assert f"Instagram @brand: checklist step done ({step})" in texts
    assert texts[-1].endswith("marked secured")
    assert sum("checklist step done" in t for t in texts) == len(CHECKLIST)
    assert all(PLANTED not in t and "new 2fa codes" not in t for t in texts)
    # Marking it again starts a fresh checklist.
    assert service.mark_compromised(account.id, actor).steps_done() == 0


def test_rotation_days_is_a_setting_of_the_database(database: Database) -> None:
    service = VaultService(database)
    assert service.rotation_days() == 90
    service.set_rotation_days(30)
    assert service.rotation_days() == 30
    with pytest.raises(InvalidInputError):
        service.set_rotation_days(0)


def test_search_matches_every_word_anywhere_in_the_metadata(database: Database) -> None:
    service = VaultService(database)
    service.add(DETAILS, {SecretField.PASSWORD: "a"}, MAYA)
    service.add(AccountDetails("TikTok", "@brand_eu", notes="EU market, 100% owned"), {SecretField.PASSWORD: "b"}, MAYA)
    assert [a.details.platform for a in service.accounts("brand")] == ["Instagram", "TikTok"]
    assert [a.details.platform for a in service.accounts("sofia insta")] == ["Instagram"]
    assert [a.details.platform for a in service.accounts("100%")] == ["TikTok"]
    assert service.accounts("_eu x") == []
