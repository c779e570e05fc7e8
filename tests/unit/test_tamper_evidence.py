"""Tamper evidence (issue 17): every way someone with the file could change the log is caught by verify.

Each test builds a log through the command line, checks that it verifies, changes the database file
underneath the application with sqlite3 (tests/tamper.py; the append-only triggers are put back, as
an attacker covering their tracks would, except where their removal is the case), and runs
``crisisroom verify`` (and ``--json``): exit 1, the finding's code, and a one-line message that
names what happened.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from pathlib import Path
from typing import Any

import pytest

from tests.tamper import ENTRY_COLUMNS, chain, recompute, unguarded
from tests.unit.test_cli import run

ENTRIES = 8  # the incident's opening entry and seven notes, all on this laptop's chain


# --- building a log -------------------------------------------------------------------------------


def make_log(capsys: pytest.CaptureFixture[str], db: Path, notes: int = ENTRIES - 1) -> str:
    """A log of ``notes + 1`` entries written through the command line; the incident's id."""
    code, out, _ = run(capsys, "--db", str(db), "incident", "new", "Product recall")
    assert code == 0
    incident = out.strip()
    add(capsys, db, incident, notes)
    return incident


def add(capsys: pytest.CaptureFixture[str], db: Path, incident: str, count: int = 1, text: str = "note") -> None:
    for n in range(count):
        code, _, err = run(capsys, "--db", str(db), "log", "add", incident, f"{text} {n + 1}", "--author", "Ana")
        assert code == 0, err


def verify(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    return run(capsys, "--db", str(db), "verify", *args)


def report(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, dict[str, Any]]:
    code, out, _ = verify(capsys, db, "--json", *args)
    return code, json.loads(out)


def codes(found: dict[str, Any], kind: str = "breaks") -> set[str]:
    return {f["code"] for f in found[kind]}


def message(found: dict[str, Any], code: str, kind: str = "breaks") -> str:
    lines = [f["message"] for f in found[kind] if f["code"] == code]
    assert lines, f"no {code!r} among {found[kind]}"
    return lines[0]


def assert_verifies(capsys: pytest.CaptureFixture[str], db: Path) -> dict[str, Any]:
    code, out, err = verify(capsys, db)
    assert code == 0, err
    assert "The crisis log verifies" in out and err == ""
    code, found = report(capsys, db)
    assert code == 0 and found["ok"] is True and found["breaks"] == []
    return found


def assert_caught(capsys: pytest.CaptureFixture[str], db: Path, code: str, *words: str) -> dict[str, Any]:
    """verify exits 1; its ``--json`` names ``code``, whose message holds ``words``; stderr has one line per break."""
    exit_code, out, err = verify(capsys, db)
    assert exit_code == 1
    assert "The crisis log verifies" not in out
    lines = err.strip().splitlines()
    assert lines and all(line.startswith("crisisroom: log does not verify: ") for line in lines)
    exit_code, found = report(capsys, db)
    assert exit_code == 1 and found["ok"] is False
    assert code in codes(found), found["breaks"]
    line = message(found, code)
    assert "\n" not in line
    assert line in err  # the same one line a person reads
    for word in words:
        assert word in line, line
    return found


# --- tampering helpers (plain sqlite3, as someone with the file) ---------------------------------


def device_of(conn: sqlite3.Connection) -> str:
    return str(conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()[0])


def file_id(db: Path) -> str:
    conn = sqlite3.connect(db)
    try:
        return str(conn.execute("SELECT value FROM meta WHERE key = 'file_id'").fetchone()[0])
    finally:
        conn.close()


def record_file(db: Path) -> Path:
    from crisisroom.storage import heads

    return heads.record_path(file_id(db))


def forge(
    conn: sqlite3.Connection,
    incident: str,
    device_id: str,
    text: str,
    *,
    key: bytes | None = None,
) -> str:
    """Append a correctly hashed entry to a device's chain (signed with ``key`` when given); its hash."""
    from crisisroom.domain.log import GENESIS_HASH, chain_hash
    from crisisroom.domain.signing import sign_entry

    head = conn.execute(
        "SELECT device_seq, hash, recorded_at FROM log_entries WHERE device_id = ? ORDER BY device_seq DESC LIMIT 1",
        (device_id,),
    ).fetchone()
    seq, prev, _ = head if head else (0, GENESIS_HASH, None)
    newest = conn.execute("SELECT max(recorded_at) FROM log_entries").fetchone()[0]
    content = {
        "id": str(uuid.uuid4()),
        "incident_id": incident,
        "device_id": device_id,
        "device_seq": seq + 1,
        "recorded_at": newest or "2026-01-01T00:00:00.000Z",
        "occurred_at": None,
        "author": "Ana",
        "kind": "decision",
        "text": text,
        "payload": None,
        "corrects": None,
    }
    digest = chain_hash(prev, content)
    conn.execute(
        f"INSERT INTO log_entries (seq, {ENTRY_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (*content.values(), prev, digest, None if key is None else sign_entry(key, digest)),
    )
    return digest


def register_device(conn: sqlite3.Connection, key: bytes, device_id: str, **changes: Any) -> None:
    """Add a device to the register with a valid self-signature made with ``key`` (the attacker's own)."""
    from crisisroom.domain.clock import now_iso
    from crisisroom.domain.log import GENESIS_HASH
    from crisisroom.domain.signing import DeviceRecord, public_key_of, sign_device

    record = sign_device(
        key,
        DeviceRecord(
            **{
                "device_id": device_id,
                "public_key": public_key_of(key),
                "signed_from": 1,
                "anchor_hash": GENESIS_HASH,
                "registered_at": now_iso(),
                "reason": "new",
                "follows_device": None,
                "follows_seq": None,
                "follows_hash": None,
                "signature": "",
                **changes,
            }
        ),
    )
    values = tuple(record.__dict__.values())
    conn.execute(f"INSERT OR REPLACE INTO devices VALUES ({', '.join('?' * len(values))})", values)


def delete_from(conn: sqlite3.Connection, device_id: str, first: int, last: int = 10**9) -> None:
    conn.execute("DELETE FROM log_entries WHERE device_id = ? AND device_seq BETWEEN ? AND ?", (device_id, first, last))


def edit(conn: sqlite3.Connection, device_id: str, seq: int, text: str) -> None:
    conn.execute("UPDATE log_entries SET text = ? WHERE device_id = ? AND device_seq = ?", (text, device_id, seq))


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "crisis.sqlite"


@pytest.fixture
def incident(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    """A log of eight entries on this laptop's chain that verifies."""
    made = make_log(capsys, db)
    found = assert_verifies(capsys, db)
    assert found["entries"] == ENTRIES
    return made


# --- 1-4: entries cut off the end -----------------------------------------------------------------


def test_newest_entry_deleted(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 1: the newest entry deleted."""
    with unguarded(db) as conn:
        delete_from(conn, device_of(conn), ENTRIES)
    assert_caught(capsys, db, "rolled-back", "Entry #8 of this laptop is missing")


def test_newest_five_deleted(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 2: the newest five entries deleted."""
    with unguarded(db) as conn:
        delete_from(conn, device_of(conn), ENTRIES - 4)
    assert_caught(capsys, db, "rolled-back", "Entries #4 to #8 of this laptop are missing")


def test_all_but_the_first_deleted(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 3: every entry but the first deleted."""
    with unguarded(db) as conn:
        delete_from(conn, device_of(conn), 2)
    assert_caught(capsys, db, "rolled-back", "Entries #2 to #8 of this laptop are missing")


def test_all_entries_deleted(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 4: all of the device's entries deleted (the incident stays)."""
    with unguarded(db) as conn:
        delete_from(conn, device_of(conn), 1)
        assert conn.execute("SELECT count(*) FROM incidents").fetchone()[0] == 1
    found = assert_caught(capsys, db, "chain-missing", "All of this laptop's entries")
    assert "#1 to #8" in " ".join(f["message"] for f in found["breaks"] if f["code"] == "chain-missing")


# --- 5-7: entries rewritten or forged, hashes recomputed ------------------------------------------


@pytest.mark.parametrize(("signatures", "code"), [("keep", "signature"), ("drop", "unsigned")])
def test_entry_edited_and_chain_recomputed(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str, signatures: str, code: str
) -> None:
    """Case 5: an entry edited and the rest of its chain recomputed (old signatures kept, or dropped)."""
    with unguarded(db) as conn:
        device = device_of(conn)
        edit(conn, device, 3, "Legal signed off on the statement")
        recompute(conn, device, signatures=signatures)
    words = ("newest entry #8", "rewritten") if signatures == "keep" else ("entries from #3 to #8", "no signature")
    found = assert_caught(capsys, db, code, *words)
    assert "rewritten" in codes(found)  # this computer's record of the head, on its own
    assert "entry #8" in message(found, "rewritten")


def test_middle_entry_deleted_renumbered_and_recomputed(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str
) -> None:
    """Case 6: a middle entry deleted, the later ones renumbered and recomputed."""
    with unguarded(db) as conn:
        device = device_of(conn)
        delete_from(conn, device, 4, 4)
        recompute(conn, device)
        assert [e.device_seq for e in chain(conn, device)] == list(range(1, ENTRIES))
    found = assert_caught(capsys, db, "signature", "newest entry #7", "rewritten by someone without its key")
    assert "rolled-back" in codes(found)


def test_forged_unsigned_entry_appended(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 7a: a forged, correctly hashed "CEO approved" entry appended, unsigned."""
    with unguarded(db) as conn:
        forge(conn, incident, device_of(conn), "CEO approved the statement")
    found = assert_caught(capsys, db, "unsigned", "#9", "no signature", "without its key")
    assert codes(found) == {"unsigned"}


def test_forged_entry_signed_with_the_attackers_key(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str
) -> None:
    """Case 7b: a forged "CEO approved" entry appended, signed with the attacker's own fresh key."""
    from crisisroom.domain.signing import new_private_key

    with unguarded(db) as conn:
        forge(conn, incident, device_of(conn), "CEO approved the statement", key=new_private_key())
    found = assert_caught(capsys, db, "signature", "newest entry #9", "does not carry its valid signature")
    assert codes(found) == {"signature"}


# --- 8-9: whole chains added or dropped -----------------------------------------------------------


def test_whole_chain_added_for_a_device_that_never_existed(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str
) -> None:
    """Case 8: a registered, self-signed device that never existed, with a hashed and signed chain."""
    from crisisroom.domain.signing import new_private_key

    key, stranger = new_private_key(), str(uuid.uuid4())
    with unguarded(db) as conn:
        register_device(conn, key, stranger)
        for text in ("Board briefed", "CEO approved the statement", "Statement published"):
            forge(conn, incident, stranger, text, key=key)
    found = assert_caught(
        capsys, db, "unknown-chain", f"Laptop {stranger.replace('-', '')[:8]}'s 3 entries", "from outside"
    )
    assert codes(found) == {"unknown-chain"}  # the register and every signature check out


def test_whole_unsigned_chain_added_without_registering(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str
) -> None:
    """Case 8b: a correctly hashed, unsigned chain of an unregistered device (looks like one from before signing)."""
    stranger = str(uuid.uuid4())
    with unguarded(db) as conn:
        for text in ("Board briefed", "CEO approved the statement"):
            forge(conn, incident, stranger, text)
    found = assert_caught(capsys, db, "unknown-chain", "never written or seen on this computer")
    assert "unsigned-device" in codes(found, "notes")


def second_device(capsys: pytest.CaptureFixture[str], db: Path, incident: str, keyring: Any) -> tuple[str, str]:
    """The file moved to a computer without the first device's key: the next entries start a second chain."""
    with sqlite3.connect(db) as conn:
        first = device_of(conn)
    keyring.items.clear()
    add(capsys, db, incident, 3, text="from the new laptop")
    with sqlite3.connect(db) as conn:
        second = device_of(conn)
    assert second != first
    found = assert_verifies(capsys, db)
    assert sorted(h["seq"] for h in found["heads"]) == [3, ENTRIES]
    return first, second


def test_another_devices_chain_dropped(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str, memory_keyring: Any
) -> None:
    """Case 9: another device's whole chain dropped (the second device's chain follows it)."""
    first, _ = second_device(capsys, db, incident, memory_keyring)
    with unguarded(db) as conn:
        delete_from(conn, first, 1)
    name = f"laptop {first.replace('-', '')[:8]}"
    found = assert_caught(capsys, db, "chain-missing", f"All of {name}'s entries")
    assert "link-broken" in codes(found)
    assert f"continues {name}'s from entry #8" in message(found, "link-broken")


def test_another_devices_chain_dropped_with_its_register_entry(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str, memory_keyring: Any
) -> None:
    """Case 9b: the second device's chain and its register entry both dropped."""
    _, second = second_device(capsys, db, incident, memory_keyring)
    with unguarded(db) as conn:
        delete_from(conn, second, 1)
        conn.execute("DELETE FROM devices WHERE device_id = ?", (second,))
    assert_caught(capsys, db, "chain-missing", "All of this laptop's entries (#1 to #3) are gone")


# --- 10-11: order and the file's own guards -------------------------------------------------------


def test_display_order_swapped(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 10: the storage order (seq) of two entries swapped; log show keeps the signed order."""
    shown = json.loads(run(capsys, "--db", str(db), "log", "show", incident, "--json")[1])
    with unguarded(db) as conn:
        device = device_of(conn)
        (a,), (b,) = (
            conn.execute("SELECT seq FROM log_entries WHERE device_id = ? AND device_seq = ?", (device, n)).fetchone()
            for n in (3, 6)
        )
        conn.execute("UPDATE log_entries SET seq = -1 WHERE seq = ?", (a,))
        conn.execute("UPDATE log_entries SET seq = ? WHERE seq = ?", (a, b))
        conn.execute("UPDATE log_entries SET seq = ? WHERE seq = -1", (b,))
    after = json.loads(run(capsys, "--db", str(db), "log", "show", incident, "--json")[1])
    assert [e["id"] for e in after] == [e["id"] for e in shown]
    assert [e["device_seq"] for e in after] == list(range(1, ENTRIES + 1))
    found = assert_caught(capsys, db, "order", "entry #", "storage order")
    assert codes(found) == {"order"}


def test_append_only_triggers_dropped(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 11: the append-only triggers dropped (and not put back)."""
    with unguarded(db, careful=False):
        pass
    found = assert_caught(capsys, db, "protection-removed", "guard against changing entries", "outside Crisis Room")
    removed = [f["message"] for f in found["breaks"] if f["code"] == "protection-removed"]
    assert any("guard against deleting entries was removed (log_entries_no_delete)" in line for line in removed)
    assert any("register of devices" in line for line in removed)


# --- 12: the register's key swapped ---------------------------------------------------------------


def swap_key(db: Path, incident: str, *, edit_entry: bool) -> None:
    """Replace this laptop's public key in the register with an attacker's, and re-sign its chain with it."""
    from crisisroom.domain.signing import new_private_key
    from crisisroom.storage import signing

    key = new_private_key()
    with unguarded(db) as conn:
        device = device_of(conn)
        old = signing.registered(conn, device)
        assert old is not None
        conn.execute("DELETE FROM devices WHERE device_id = ?", (device,))
        register_device(
            conn, key, device, **{k: v for k, v in old.__dict__.items() if k in ("registered_at", "reason")}
        )
        if edit_entry:
            edit(conn, device, 3, "Legal signed off on the statement")
        recompute(conn, device, signatures="sign", key=key)
        forge(conn, incident, device, "CEO approved the statement", key=key)


def test_register_key_swapped_and_chain_resigned(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 12: the register's key swapped and the chain re-signed: this computer's record and keychain see it."""
    swap_key(db, incident, edit_entry=False)
    found = assert_caught(capsys, db, "key-swapped", "key in the register is not the one", "re-signed by someone else")
    lines = [f["message"] for f in found["breaks"] if f["code"] == "key-swapped"]
    assert len(lines) == 2 and any("keychain" in line for line in lines)  # the record, and the keychain


def test_register_key_swapped_caught_by_the_keychain_alone(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str
) -> None:
    """Case 12b: key swapped, an entry edited, chain re-signed, and this computer's record deleted."""
    swap_key(db, incident, edit_entry=True)
    record_file(db).unlink()
    found = assert_caught(capsys, db, "key-swapped", "keychain holds for it", "re-signed by someone else")
    assert "no-record" in codes(found, "notes")


def test_register_key_swapped_caught_by_the_record_alone(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str, memory_keyring: Any
) -> None:
    """Case 12c: key swapped and chain re-signed, on a computer whose keychain lost the key."""
    swap_key(db, incident, edit_entry=False)
    memory_keyring.items.clear()
    found = assert_caught(capsys, db, "key-swapped", "not the one this computer recorded")
    assert len([f for f in found["breaks"] if f["code"] == "key-swapped"]) == 1


# --- 13: rollback, and a real restore -------------------------------------------------------------


def test_rollback_to_an_older_copy(capsys: pytest.CaptureFixture[str], db: Path, incident: str, tmp_path: Path) -> None:
    """Case 13: an older copy of the file (taken while closed) put back after more entries were written."""
    old = tmp_path / "old-copy"
    old.mkdir()
    for name in (db.name, f"{db.name}-wal"):  # the file and its write-ahead log, as they are on disk
        if (db.parent / name).exists():
            shutil.copyfile(db.parent / name, old / name)
    add(capsys, db, incident, 3, text="after the copy")
    assert_verifies(capsys, db)
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    for copy in old.iterdir():
        shutil.copyfile(copy, db.parent / copy.name)
    found = assert_caught(capsys, db, "rolled-back", "Entries #9 to #11 of this laptop are missing", "older copy")
    assert codes(found) == {"rolled-back"}


def test_rollback_stays_caught_after_the_app_writes_on(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str, tmp_path: Path
) -> None:
    """Case 13c: an older copy put back, then written on past the recorded head: the record is not overwritten."""
    old = tmp_path / "old-copy"
    old.mkdir()
    for name in (db.name, f"{db.name}-wal"):
        if (db.parent / name).exists():
            shutil.copyfile(db.parent / name, old / name)
    add(capsys, db, incident, 3, text="after the copy")
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    for copy in old.iterdir():
        shutil.copyfile(copy, db.parent / copy.name)
    add(capsys, db, incident, 4, text="written on the old copy")
    found = assert_caught(capsys, db, "rewritten", "entry #11 is not the one this computer recorded")
    assert codes(found) == {"rewritten"}


def test_restore_from_a_backup_is_a_note_and_continues_as_a_new_device(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str, tmp_path: Path
) -> None:
    """Case 13b: a real restore is not a break: a note "restored", and the log continues as a new device."""
    saved = tmp_path / "before-the-meeting.sqlite"
    assert run(capsys, "--db", str(db), "backup", str(saved))[0] == 0
    add(capsys, db, incident, 3, text="after the backup")
    code, _, err = run(capsys, "--db", str(db), "restore", str(saved))
    assert code == 0, err
    code, out, err = verify(capsys, db)
    assert code == 0 and err == "", err
    assert "Note: Restored on" in out and "entries #9 to #11 were not in that backup" in out
    found = report(capsys, db)[1]
    assert "restored" in codes(found, "notes") and found["ok"] is True
    add(capsys, db, incident, 2, text="after the restore")
    found = assert_verifies(capsys, db)
    assert sorted(h["seq"] for h in found["heads"]) == [2, ENTRIES]
    assert "restored" in codes(found, "notes")


# --- 14: the newest backup is ahead ---------------------------------------------------------------


def test_newest_backup_ahead_of_the_live_log(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 14: the log cut back behind the newest automatic backup, with this computer's record deleted too."""
    from crisisroom.storage import backups

    made = Path(run(capsys, "--db", str(db), "backup")[1].splitlines()[0])
    assert backups.list_backups(db)[0] == made
    with unguarded(db) as conn:
        delete_from(conn, device_of(conn), 6)
    record_file(db).unlink()
    found = assert_caught(capsys, db, "backup-ahead", made.name, "up to #8", "ends at #5", "cut off")
    assert codes(found) == {"backup-ahead"}


# --- 15: heads on paper ---------------------------------------------------------------------------


def printed_head(capsys: pytest.CaptureFixture[str], db: Path) -> str:
    found = report(capsys, db)[1]
    (head,) = found["heads"]
    assert head["seq"] == ENTRIES
    code, out, _ = verify(capsys, db)
    assert code == 0
    assert f"Head: {head['fingerprint']}" in out
    return str(head["fingerprint"])


def test_printed_head_is_confirmed_after_more_entries(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str
) -> None:
    """Case 15a: verify --head with yesterday's head passes once more entries are added."""
    head = printed_head(capsys, db)
    add(capsys, db, incident, 2, text="today")
    code, out, err = verify(capsys, db, "--head", head)
    assert code == 0, err
    assert f"Confirmed: The log still extends the head {head}" in out
    assert "2 entries were added after it" in out
    code, found = report(capsys, db, "--head", head)
    assert code == 0 and any(head in line for line in found["confirmed"])


def test_printed_head_differs_after_an_edit_and_recompute(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str
) -> None:
    """Case 15b: verify --head fails once an entry before the head was edited and the chain recomputed."""
    head = printed_head(capsys, db)
    with unguarded(db) as conn:
        device = device_of(conn)
        edit(conn, device, 3, "Legal signed off on the statement")
        recompute(conn, device)
    code, found = report(capsys, db, "--head", head)
    assert code == 1 and "head-differs" in codes(found)
    assert head in message(found, "head-differs") and "was changed" in message(found, "head-differs")
    code, _, err = verify(capsys, db, "--head", head)
    assert code == 1 and "does not match" in err


def test_printed_head_missing_after_a_cut(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 15c: verify --head fails once the printed entry was cut off."""
    head = printed_head(capsys, db)
    with unguarded(db) as conn:
        delete_from(conn, device_of(conn), 6)
    code, found = report(capsys, db, "--head", head)
    assert code == 1 and "head-missing" in codes(found)
    assert "entry #8, but the log ends at #5" in message(found, "head-missing")


@pytest.mark.parametrize("bad", ["3f2a9c1e-57", "not-a-head", "3F2A9C1E-0-9f3a2b7c1d0e4a5b"])
def test_malformed_head_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str, bad: str
) -> None:
    """Case 15d: a malformed head exits 2 with a one-line reason."""
    code, out, err = verify(capsys, db, "--head", bad)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "is not a log head" in err


# --- 16: no keychain ------------------------------------------------------------------------------


def test_without_the_keychain_key_it_verifies_and_names_what_it_cannot_extend(
    capsys: pytest.CaptureFixture[str], db: Path, incident: str, memory_keyring: Any
) -> None:
    """Case 16a: a laptop without the device key still verifies with the public keys, and says so."""
    memory_keyring.items.clear()
    code, out, err = verify(capsys, db)
    assert code == 0 and err == ""
    assert "checked with its public key" in out and "new entries here start a new chain" in out
    assert "cannot-extend" in codes(report(capsys, db)[1], "notes")


def test_with_a_failing_keychain_it_still_verifies(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Case 16b: a keychain that cannot be asked at all: verified with the public keys, said plainly."""
    import keyring
    from keyring.backend import KeyringBackend

    class Broken(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def get_password(self, service: str, username: str) -> str | None:
            raise RuntimeError("the keychain daemon is not running")

        def set_password(self, service: str, username: str, password: str) -> None:
            raise RuntimeError("the keychain daemon is not running")

        def delete_password(self, service: str, username: str) -> None:
            raise RuntimeError("the keychain daemon is not running")

    keyring.set_keyring(Broken())  # the memory_keyring fixture puts the previous one back
    code, out, err = verify(capsys, db)
    assert code == 0 and err == ""
    assert "Note: The keychain could not be read" in out and "public keys" in out
    found = report(capsys, db)[1]
    assert found["ok"] is True and "keychain-unavailable" in codes(found, "notes")


# --- edits caught before signing, still caught ----------------------------------------------------


def test_edit_without_recomputing(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Caught before: an entry's text changed, nothing recomputed."""
    with unguarded(db) as conn:
        edit(conn, device_of(conn), 3, "Legal signed off on the statement")
    assert_caught(capsys, db, "chain", "entry #3", "content does not match its hash")


def test_entry_moved_to_another_incident(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Caught before: an entry moved from one incident to another."""
    other = run(capsys, "--db", str(db), "incident", "new", "Unrelated outage")[1].strip()
    assert_verifies(capsys, db)
    with unguarded(db) as conn:
        conn.execute(
            "UPDATE log_entries SET incident_id = ? WHERE device_id = ? AND device_seq = 4", (other, device_of(conn))
        )
    assert_caught(capsys, db, "chain", "entry #4", "content does not match its hash")


def test_bad_hash(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Caught before: an entry's stored hash replaced."""
    with unguarded(db) as conn:
        conn.execute(
            "UPDATE log_entries SET hash = ? WHERE device_id = ? AND device_seq = 5", ("ab" * 32, device_of(conn))
        )
    assert_caught(capsys, db, "chain", "entry #5", "does not match its hash")


def test_device_sequence_numbers_swapped(capsys: pytest.CaptureFixture[str], db: Path, incident: str) -> None:
    """Caught before: two entries' device sequence numbers swapped."""
    with unguarded(db) as conn:
        device = device_of(conn)
        conn.execute("UPDATE log_entries SET device_seq = -3 WHERE device_id = ? AND device_seq = 3", (device,))
        conn.execute("UPDATE log_entries SET device_seq = 3 WHERE device_id = ? AND device_seq = 4", (device,))
        conn.execute("UPDATE log_entries SET device_seq = 4 WHERE device_id = ? AND device_seq = -3", (device,))
    assert_caught(capsys, db, "chain", "entry #3")
