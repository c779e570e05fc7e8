"""Handing accounts over to another laptop: an encrypted file, all or nothing on the way in."""

from __future__ import annotations

import base64
import json
import stat
from pathlib import Path

import keyring
import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.vault import AccountDetails, SecretField
from crisisroom.secrets import handover
from crisisroom.secrets.errors import HandoverError, KeychainError
from crisisroom.secrets.keychain import SERVICE
from crisisroom.services.vault import Actor, VaultService
from crisisroom.storage import vault
from crisisroom.storage.database import Database, open_database
from tests.conftest import MemoryKeyring
from tests.vault_support import PLANTED, LockedKeyring

PASSPHRASE = "correct horse battery staple"
MAYA = Actor("Maya")


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lowest cost a file may ask for, so the tests stay quick (one test checks the real default)."""
    monkeypatch.setattr(handover, "SCRYPT_N", 2**14)


@pytest.fixture
def other_laptop(tmp_path: Path) -> Database:
    with open_database(tmp_path / "other-laptop.sqlite") as db:
        yield db


def _two_accounts(database: Database) -> list[str]:
    service = VaultService(database)
    first = service.add(
        AccountDetails("Instagram", "@brand", "social@brand.example"),
        {SecretField.PASSWORD: PLANTED, SecretField.RECOVERY_CODES: "1111 2222\n3333 4444"},
        MAYA,
    )
    second = service.add(AccountDetails("X", "@brand"), {SecretField.API_TOKEN: "token-xyz"}, MAYA)
    return [first.id, second.id]


def test_round_trip_to_another_laptops_keychain(
    database: Database, other_laptop: Database, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    ids = _two_accounts(database)
    path = tmp_path / "handover.crisisroom-handover"
    exported = VaultService(database).export_handover(ids, path, PASSPHRASE, MAYA)
    assert [a.id for a in exported] == ids
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    data = path.read_bytes()
    for plain in (PLANTED, "token-xyz", "1111 2222", "social@brand.example", "Instagram"):
        assert plain.encode() not in data
    assert [r.action for r in vault.audit_trail(database)][:2] == ["export", "export"]

    other_keyring = MemoryKeyring()
    keyring.set_keyring(other_keyring)
    summary = VaultService(other_laptop).import_handover(path, PASSPHRASE, Actor("Jonas"))
    assert sorted(a.id for a in summary.added) == sorted(ids) and summary.updated == []
    assert other_keyring.items == {
        (SERVICE, f"{ids[0]}:password"): PLANTED,
        (SERVICE, f"{ids[0]}:recovery-codes"): "1111 2222\n3333 4444",
        (SERVICE, f"{ids[1]}:api-token"): "token-xyz",
    }
    here = {a.id: a for a in VaultService(database).accounts()}
    there = {a.id: a for a in VaultService(other_laptop).accounts()}
    assert {i: (a.details, dict(a.secrets)) for i, a in here.items()} == {
        i: (a.details, dict(a.secrets)) for i, a in there.items()
    }
    assert [(r.action, r.author) for r in vault.audit_trail(other_laptop)] == [("import", "Jonas")] * 2

    # Importing again updates the same accounts instead of doubling them.
    again = VaultService(other_laptop).import_handover(path, PASSPHRASE, Actor("Jonas"))
    assert len(again.updated) == 2 and len(VaultService(other_laptop).accounts()) == 2


def _assert_nothing_imported(other_laptop: Database, other_keyring: MemoryKeyring) -> None:
    assert VaultService(other_laptop).accounts() == [] and other_keyring.items == {}
    assert vault.audit_trail(other_laptop) == []


def test_a_wrong_passphrase_changes_nothing(database: Database, other_laptop: Database, tmp_path: Path) -> None:
    path = tmp_path / "h.crisisroom-handover"
    VaultService(database).export_handover(_two_accounts(database), path, PASSPHRASE, MAYA)
    other_keyring = MemoryKeyring()
    keyring.set_keyring(other_keyring)
    with pytest.raises(HandoverError, match="passphrase is wrong, or the file was changed"):
        VaultService(other_laptop).import_handover(path, "correct horse battery stapler", MAYA)
    _assert_nothing_imported(other_laptop, other_keyring)


def _tamper_token(data: bytes) -> bytes:
    magic, header, token, *rest = data.split(b"\n")
    raw = bytearray(base64.urlsafe_b64decode(token))
    raw[40] ^= 0x01  # one bit of the ciphertext
    return b"\n".join([magic, header, base64.urlsafe_b64encode(bytes(raw)), *rest])


def _tamper_salt(data: bytes) -> bytes:
    magic, header, *rest = data.split(b"\n")
    fields = json.loads(header)
    salt = bytearray(base64.b64decode(fields["salt"]))
    salt[0] ^= 0x01
    fields["salt"] = base64.b64encode(bytes(salt)).decode()
    return b"\n".join([magic, json.dumps(fields).encode(), *rest])


def _tamper_cost(data: bytes) -> bytes:
    magic, header, *rest = data.split(b"\n")
    fields = json.loads(header)
    fields["n"] = 2**30  # would exhaust memory if it were obeyed
    return b"\n".join([magic, json.dumps(fields).encode(), *rest])


@pytest.mark.parametrize(
    ("tamper", "message"),
    [
        (_tamper_token, "passphrase is wrong, or the file was changed"),
        (_tamper_salt, "passphrase is wrong, or the file was changed"),
        (_tamper_cost, "is damaged"),
        (lambda data: data[: len(data) // 2], "passphrase is wrong, or the file was changed"),
        (lambda data: b"PK\x03\x04 a zip file", "is not a Crisis Room handover file"),
        (lambda data: data.split(b"\n")[0], "is damaged"),
    ],
    ids=["ciphertext", "salt", "cost", "truncated", "not-a-handover", "header-only"],
)
def test_a_tampered_or_damaged_file_is_refused_and_changes_nothing(
    database: Database, other_laptop: Database, tmp_path: Path, tamper: object, message: str
) -> None:
    path = tmp_path / "h.crisisroom-handover"
    VaultService(database).export_handover(_two_accounts(database), path, PASSPHRASE, MAYA)
    path.write_bytes(tamper(path.read_bytes()))  # type: ignore[operator]
    other_keyring = MemoryKeyring()
    keyring.set_keyring(other_keyring)
    with pytest.raises(HandoverError, match=message) as refused:
        VaultService(other_laptop).import_handover(path, PASSPHRASE, MAYA)
    assert "nothing was imported" in str(refused.value)
    _assert_nothing_imported(other_laptop, other_keyring)


def test_a_well_encrypted_file_with_bad_contents_is_refused_whole(other_laptop: Database, tmp_path: Path) -> None:
    good = {
        "id": "0b7e7d1c-5f7a-4c43-9a55-0d3f6e1f2a10",
        "platform": "X",
        "handle": "@a",
        "created_at": "2026-01-01T00:00:00.000Z",
        "updated_at": "2026-01-01T00:00:00.000Z",
        "secrets": {"password": "2026-01-01T00:00:00.000Z"},
        "secret_values": {"password": "fine"},
    }
    bad = {**good, "id": "1b7e7d1c-5f7a-4c43-9a55-0d3f6e1f2a10", "secret_values": {"password": "x" * 1001}}
    path = tmp_path / "h.crisisroom-handover"
    path.write_bytes(handover.seal({"format": 1, "accounts": [good, bad]}, PASSPHRASE))
    other_keyring = MemoryKeyring()
    keyring.set_keyring(other_keyring)
    with pytest.raises(HandoverError, match="cannot be imported"):
        VaultService(other_laptop).import_handover(path, PASSPHRASE, MAYA)
    _assert_nothing_imported(other_laptop, other_keyring)


def test_an_import_failing_in_the_keychain_halfway_takes_back_what_it_wrote(
    database: Database, other_laptop: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "h.crisisroom-handover"
    VaultService(database).export_handover(_two_accounts(database), path, PASSPHRASE, MAYA)
    other_keyring = MemoryKeyring()
    keyring.set_keyring(other_keyring)
    original_set = other_keyring.set_password
    writes = []

    def third_write_fails(service: str, username: str, password: str) -> None:
        writes.append(username)
        if len(writes) == 3:
            raise keyring.errors.PasswordSetError("the keychain refused")
        original_set(service, username, password)

    monkeypatch.setattr(other_keyring, "set_password", third_write_fails)
    with pytest.raises(KeychainError):
        VaultService(other_laptop).import_handover(path, PASSPHRASE, MAYA)
    _assert_nothing_imported(other_laptop, other_keyring)


def test_export_and_import_refuse_without_a_keychain(database: Database, tmp_path: Path) -> None:
    ids = _two_accounts(database)
    path = tmp_path / "h.crisisroom-handover"
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(KeychainError):
        VaultService(database).export_handover(ids, path, PASSPHRASE, MAYA)
    assert not path.exists() and [r.action for r in vault.audit_trail(database)] == ["add", "add"]


def test_a_short_passphrase_is_refused_before_anything_is_read(database: Database, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="at least 12"):
        VaultService(database).export_handover(_two_accounts(database), tmp_path / "h", "short", MAYA)
    assert not (tmp_path / "h").exists()


def test_the_default_cost_opens_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.undo()  # the real scrypt cost, N = 2^17
    assert handover.SCRYPT_N == 2**17
    sealed = handover.seal({"accounts": []}, PASSPHRASE)
    assert json.loads(sealed.split(b"\n")[1])["n"] == 2**17
    assert handover.unseal(sealed, PASSPHRASE) == {"accounts": []}


def test_each_file_has_its_own_salt() -> None:
    first, second = (handover.seal({"a": 1}, PASSPHRASE).split(b"\n")[1] for _ in range(2))
    assert json.loads(first)["salt"] != json.loads(second)["salt"]
