"""Signed log entries: the device key lives in the keychain, the register of devices, taking over, restores.

The attacks themselves (entries cut off, rewritten, forged, reordered…) are in test_tamper_evidence.py;
this file covers how signing behaves for the people using it.
"""

from __future__ import annotations

import base64
import json
import subprocess
from pathlib import Path

import keyring
import pytest

from crisisroom.domain.incidents import Category
from crisisroom.domain.signing import entry_signature_valid, parse_heads
from crisisroom.secrets.device_keys import ITEM_PREFIX
from crisisroom.services.reports import make_report
from crisisroom.storage import backups, evidence, heads, incidents, log, signing
from crisisroom.storage.database import Database, open_database
from crisisroom.system import paths
from tests.conftest import MemoryKeyring
from tests.tamper import recompute, unguarded
from tests.unit.test_cli import run
from tests.vault_support import LockedKeyring


def _log(database: Database, n: int = 3) -> str:
    incident = incidents.create(database, "Data breach", category=Category.SECURITY_BREACH, author="Ana")
    for i in range(n):
        log.append(database, incident.id, f"entry {i}", author="Ana")
    return incident.id


def _codes(found: evidence.Evidence) -> set[str]:
    return {f.code for f in found.findings}


def test_every_entry_is_signed_with_a_key_that_only_the_keychain_holds(
    db_path: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    with open_database(db_path) as database:
        incident_id = _log(database)
        record = signing.registered(database.conn, database.device_id)
        assert record is not None and record.signed_from == 1 and record.signature_valid()
        for entry in log.entries(database, incident_id):
            assert entry_signature_valid(record.public_key, entry.hash, entry.signature)
        assert evidence.examine(database).ok
        backup = backups.backup_to(database, tmp_path / "copy.sqlite")
    [(item, secret)] = [(user, v) for (_, user), v in memory_keyring.items.items() if user.startswith(ITEM_PREFIX)]
    assert item == f"{ITEM_PREFIX}{record.device_id}"
    raw = base64.b64decode(secret)
    for path in (db_path, Path(f"{db_path}-wal"), backup):
        if path.exists():
            data = path.read_bytes()
            assert raw not in data and secret.encode() not in data, f"the private key is in {path.name}"


def test_a_file_from_before_signing_begins_signing_bound_to_its_past(db_path: Path) -> None:
    with open_database(db_path) as database:
        database.keys = _Refusing()  # as before signing existed: no key, entries chained only
        incident_id = _log(database, 2)
        assert all(e.signature is None for e in log.entries(database, incident_id))
    with open_database(db_path) as database:  # the keychain answers now
        log.append(database, incident_id, "first signed entry", author="Ana")
        record = signing.registered(database.conn, database.device_id)
        assert record is not None and record.reason == signing.SIGNING_BEGINS and record.signed_from == 4
        found = evidence.examine(database)
        assert found.ok, found.findings
    # The unsigned past cannot be rewritten either: it is bound to the register by its last hash.
    with unguarded(db_path) as conn:
        conn.execute("UPDATE log_entries SET text = 'rewritten' WHERE device_seq = 2")
        recompute(conn, conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0])
    with open_database(db_path, write=False) as database:
        assert "anchor" in _codes(evidence.examine(database, record=False))


def test_a_new_computer_continues_as_a_new_device_that_follows_the_old_chain(
    db_path: Path, memory_keyring: MemoryKeyring
) -> None:
    with open_database(db_path) as database:
        incident_id = _log(database)
        old_device = database.device_id
    memory_keyring.items.clear()  # the file on a computer whose keychain never held its key
    with open_database(db_path) as database:
        found = evidence.examine(database, keys=signing.key_source(database))
        assert found.ok and "cannot-extend" in _codes(found)
        log.append(database, incident_id, "written on the new laptop", author="Ana")
        assert database.device_id != old_device
        record = signing.registered(database.conn, database.device_id)
        assert record is not None and record.reason == signing.KEY_MISSING
        assert record.follows_device == old_device and record.follows_seq == 4
        found = evidence.examine(database, keys=signing.key_source(database))
        assert found.ok, found.findings
        assert [h.device_id for h in found.heads] == [old_device, database.device_id]


def test_a_locked_keychain_still_takes_every_entry_and_verify_names_the_unsigned_ones(db_path: Path) -> None:
    with open_database(db_path) as database:
        incident_id = _log(database)
    previous = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        with open_database(db_path) as database:
            entry = log.append(database, incident_id, "Statement approved by the CEO", author="Ana")
            assert entry.signature is None
            assert database.signer is not None and "locked" in (database.signer.problem or "")
            found = evidence.examine(database)
    finally:
        keyring.set_keyring(previous)
    [unsigned] = found.breaks
    assert unsigned.code == "unsigned" and unsigned.seq == 5
    assert "keychain could not be used" in unsigned.line


def test_restoring_a_backup_continues_as_a_new_device_and_verify_says_what_was_left_behind(
    db_path: Path, tmp_path: Path
) -> None:
    with open_database(db_path) as database:
        incident_id = _log(database)
        first_device = database.device_id
        backup = backups.backup_to(database, tmp_path / "before.sqlite")
        for i in range(3):
            log.append(database, incident_id, f"after the backup {i}", author="Ana")
        backups.restore(database, backup)
        assert database.device_id != first_device
        record = signing.registered(database.conn, database.device_id)
        assert record is not None and record.reason.startswith(signing.RESTORED)
        assert (record.follows_device, record.follows_seq) == (first_device, 4)
        log.append(database, incident_id, "after the restore", author="Ana")
        found = evidence.examine(database, backup=False)
    assert found.ok, found.breaks
    [restored] = [f for f in found.notes if f.code == "restored"]
    assert "#5 to #7" in restored.line and "before.sqlite" in restored.line


def test_reports_and_backups_carry_the_log_head_that_verify_accepts(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_database(db_path) as database:
        incident_id = _log(database)
        report = make_report(database, incident_id, "situation", "html")
        [head] = evidence.examine(database).heads
    assert head.fingerprint in report.html and "data:image/png;base64," in report.html
    assert f"crisisroom verify --head {head.fingerprint}" in report.html
    code, out, _ = run(capsys, "--db", str(db_path), "backup", str(tmp_path / "b.sqlite"))
    assert code == 0 and f"Head: {head.fingerprint}" in out
    code, out, _ = run(capsys, "--db", str(db_path), "log", "add", incident_id, "later")
    code, out, err = run(capsys, "--db", str(db_path), "verify", "--head", head.fingerprint)
    assert code == 0, err
    assert f"Confirmed: The log still extends the head {head.fingerprint}" in out and "1 entry was added" in out


def test_the_pdf_report_prints_the_head(db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with open_database(db_path) as database:
        incident_id = _log(database)
        [head] = evidence.examine(database).heads
    out_file = tmp_path / "situation.pdf"
    code, _, err = run(
        capsys,
        "--db",
        str(db_path),
        "report",
        incident_id,
        "--kind",
        "situation",
        "--format",
        "pdf",
        "-o",
        str(out_file),
    )
    assert code == 0, err
    text = subprocess.run(["pdftotext", str(out_file), "-"], capture_output=True, text=True, check=True).stdout
    assert head.fingerprint in text and "verify --head" in text


def test_the_record_of_heads_lives_outside_the_file_and_only_moves_forward(db_path: Path) -> None:
    with open_database(db_path) as database:
        _log(database)
        log_id = heads.file_id(database)
        assert log_id is not None
        record = heads.load(log_id)
        assert record is not None
        assert record.devices[database.device_id].seq == 4
        assert heads.record_path(log_id).is_relative_to(paths.config_dir())  # not beside the database
        data = json.loads(heads.record_path(log_id).read_text())
        assert set(data) == {"created_at", "devices", "restores"}


def test_a_head_is_parsed_from_what_people_type_or_scan() -> None:
    [typed] = parse_heads("  3F2A9C1E-57-9f3a2b7c1d0e4a5b ")
    assert (typed.device_prefix, typed.seq, typed.hash_prefix) == ("3f2a9c1e", 57, "9f3a2b7c1d0e4a5b")
    with pytest.raises(Exception, match="is not a log head"):
        parse_heads("3f2a9c1e-57-9f3a")  # too short a hash to prove anything


class _Refusing:
    def load(self, device_id: str) -> bytes | None:
        raise RuntimeError("no keychain on this computer")

    def store(self, device_id: str, private_key: bytes) -> None:
        raise RuntimeError("no keychain on this computer")


class _Counting:
    """A key source that counts how often the keychain is asked."""

    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}
        self.loads = 0

    def load(self, device_id: str) -> bytes | None:
        self.loads += 1
        return self.keys.get(device_id)

    def store(self, device_id: str, private_key: bytes) -> None:
        self.keys[device_id] = private_key


def test_a_rolled_back_registration_is_made_again_and_a_settled_key_is_not_asked_for_again(db_path: Path) -> None:
    with open_database(db_path) as database:
        keys = database.keys = _Counting()
        with pytest.raises(RuntimeError), database.transaction():
            incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana")  # registers
            raise RuntimeError("the change this entry belonged to failed")
        assert signing.registered(database.conn, database.device_id) is None  # gone with its entry
        assert database.signer is None
        incident_id = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana").id
        assert signing.registered(database.conn, database.device_id) is not None  # registered again
        asked = keys.loads
        with pytest.raises(RuntimeError), database.transaction():
            log.append(database, incident_id, "rolled back, the key already settled", author="Ana")
            raise RuntimeError("failed")
        log.append(database, incident_id, "kept", author="Ana")
        assert keys.loads == asked  # the keychain was not asked again after that rollback
        assert evidence.examine(database).ok


def test_a_backup_from_before_signing_is_still_checked_as_a_prefix(db_path: Path, tmp_path: Path) -> None:
    """After an upgrade the newest backup has no register of devices; verify still reads its chains."""
    with open_database(db_path) as database:
        incident_id = _log(database)
        older = backups.backup_to(database, tmp_path / "older.sqlite")
    with unguarded(older, careful=False) as conn:  # as a version 11 backup: no register, no signatures
        conn.execute("DROP TABLE devices")
    with open_database(db_path) as database:
        log.append(database, incident_id, "after the backup", author="Ana")
        found = evidence.examine(database, backup=older)
        assert found.ok and "backup-unreadable" not in _codes(found), found.findings
        with unguarded(db_path) as conn:
            conn.execute("DELETE FROM log_entries WHERE device_seq >= 4")
        found = evidence.examine(database, record=False, backup=older)
        assert "backup-ahead" in _codes(found)
