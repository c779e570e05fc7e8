"""Bad files in a shared folder: each raises its alarm (or waits) and nothing from it is taken.

Laptops are simulated as in test_sharing_laptops.py: each has its own database and its own copy
of the shared folder, and files reach a copy only when the test puts them there. A file made by
someone who holds the team key (a member's laptop gone astray) is made with the format and key
functions directly, as such a person could; everything else is what a syncing tool, a USB stick or
a person with only the folder could do to the files.
"""

from __future__ import annotations

import base64
import json
import os
import uuid
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from crisisroom import __version__
from crisisroom.domain.clock import FixedClock
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import LogEntry
from crisisroom.domain.signing import new_private_key, public_key_of, sign_document, sign_entry
from crisisroom.services import incidents as incident_service
from crisisroom.services import log as log_service
from crisisroom.services import mentions, sharing, verification
from crisisroom.sharing import folder as layout
from crisisroom.sharing import format as fmt
from crisisroom.sharing import keys
from crisisroom.storage import backups
from crisisroom.storage import incidents as incident_store
from crisisroom.storage import log as log_store
from crisisroom.storage import sharing as share_store
from crisisroom.storage.database import open_database
from tests.unit.sharing_support import (
    T0,
    Laptop,
    Team,
    copy_all,
    deliver,
    entry_dict,
    form_team,
    log_view,
    newest_segment,
    open_segment,
    own_keys,
    record_tables,
    segment_path,
    segments_taken,
)

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    formed = form_team(tmp_path, count=2)
    yield formed
    formed.close()


@pytest.fixture
def team3(tmp_path: Path) -> Iterator[Team]:
    formed = form_team(tmp_path, count=3)
    yield formed
    formed.close()


def write_and_share(team: Team, laptop: Laptop, *texts: str) -> int:
    """``laptop`` logs ``texts`` and syncs: the number of the segment that holds them (in its own copy)."""
    for text in texts:
        log_service.add_entry(laptop.database, team.incident_id, text, author=laptop.person)
    report = laptop.sync()
    assert report.written == len(texts), report
    return newest_segment(laptop)


def texts(laptop: Laptop, team: Team) -> list[str]:
    return [row[6] for row in log_view(laptop.database, team.incident_id)]


def alarms(laptop: Laptop, team: Team) -> list[share_store.Alarm]:
    share = share_store.share_of(laptop.database, team.incident_id)
    assert share is not None
    return share_store.alarms(laptop.database, share.share_id)


def share_id(laptop: Laptop, team: Team) -> str:
    share = share_store.share_of(laptop.database, team.incident_id)
    assert share is not None
    return share.share_id


def seal(team_key: bytes, fields: dict[str, Any], body: dict[str, Any]) -> bytes:
    """A segment as ``format.encode_segment`` writes it, with any header fields (a newer format, say)."""
    bound = fmt.SEGMENT_MAGIC + fmt.canonical(fields) + b"\n"
    nonce, sealed = keys.seal(team_key, bound, zlib.compress(fmt.canonical(body), 6))
    return bound + base64.b64encode(nonce) + b"\n" + sealed


def header_fields(header: fmt.SegmentHeader, **changes: Any) -> dict[str, Any]:
    fields = {
        "format": fmt.FORMAT,
        "share": header.share,
        "device": header.device,
        "number": header.number,
        "first_seq": header.first_seq,
        "last_seq": header.last_seq,
        "min_version": header.min_version,
    }
    fields.update(changes)
    return fields


def forged_entry(key: bytes, previous: LogEntry, text: str, *, seq: int | None = None, **fields: Any) -> LogEntry:
    """An entry of ``previous``'s chain signed with that laptop's own key (as someone holding it could)."""
    values: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "incident_id": previous.incident_id,
        "device_id": previous.device_id,
        "device_seq": previous.device_seq + 1 if seq is None else seq,
        "recorded_at": previous.recorded_at,
        "occurred_at": None,
        "author": previous.author,
        "kind": "note",
        "text": text,
        "payload": None,
        "corrects": None,
        "prev_hash": previous.hash,
        "hash": "",
    }
    values.update(fields)
    unsigned = LogEntry(**values)
    digest = unsigned.expected_hash()
    return LogEntry(**{**values, "hash": digest, "signature": sign_entry(key, digest)})


def refused_unchanged(laptop: Laptop, before: dict[str, list[tuple[object, ...]]]) -> None:
    assert record_tables(laptop.database) == before, "a refused file changed the log or the state"


# --- a changed segment --------------------------------------------------------------------------


@pytest.mark.parametrize("where", ["sealed part", "header value", "header shape", "first line", "cut short"])
def test_a_segment_changed_after_it_was_written_is_refused_with_an_alarm_and_nothing_taken(
    team: Team, where: str
) -> None:
    a, b = team.laptops
    number = write_and_share(team, a, "The regulator called at 10:40", "Legal reads the draft")
    copy_all(a, b)
    path = segment_path(b, a, number)
    data = bytearray(path.read_bytes())
    header_end = data.index(b"\n", len(fmt.SEGMENT_MAGIC))
    if where == "sealed part":
        data[-20] ^= 0x01
    elif where == "header value":  # a digit of the entry numbers: still a header, but not the one sealed
        at = data.index(b'"last_seq":') + len(b'"last_seq":')
        data[at] = ord("9") if data[at] != ord("9") else ord("8")
    elif where == "header shape":
        data[len(fmt.SEGMENT_MAGIC)] = ord("[")
    elif where == "first line":
        data[0] ^= 0x20
    else:
        data = data[: header_end + 30]
    path.write_bytes(bytes(data))
    before = record_tables(b.database)

    report = b.sync()

    assert report.taken == 0
    assert len(report.new_alarms) == 1, report
    assert path.name in report.new_alarms[0] and "changed or damaged" in report.new_alarms[0]
    assert "\n" not in report.new_alarms[0]
    [alarm] = alarms(b, team)
    assert (alarm.kind, alarm.path, alarm.device_id) == (share_store.CHANGED, str(path), a.device_id)
    refused_unchanged(b, before)
    assert number not in segments_taken(b.database, a.device_id)
    assert "The regulator called at 10:40" not in texts(b, team)
    # Once per file: the next sync says nothing new, and still takes nothing.
    again = b.sync()
    assert again.new_alarms == [] and again.taken == 0
    # The file as it was written, arriving later (the tool fetches it again), is taken.
    path.unlink()
    deliver(a, b, [path.relative_to(b.copy).as_posix()])
    assert b.sync().taken == 2
    assert texts(b, team)[-2:] == ["The regulator called at 10:40", "Legal reads the draft"]


def test_a_segment_that_changes_after_it_was_taken_raises_an_alarm(team: Team) -> None:
    a, b = team.laptops
    number = write_and_share(team, a, "Holding statement sent")
    copy_all(a, b)
    assert b.sync().taken == 1
    path = segment_path(b, a, number)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x40
    path.write_bytes(bytes(data))
    before = record_tables(b.database)

    report = b.sync()

    assert len(report.new_alarms) == 1 and "changed after its entries were taken" in report.new_alarms[0], report
    assert [a.kind for a in alarms(b, team)] == ["changed-after"]
    refused_unchanged(b, before)


def _edit_text(body: dict[str, Any], team_key: bytes, key: bytes) -> str:
    body["entries"][0]["text"] = "Nothing to report"  # the hash still names the words written
    return "does not match its hash"


def _edit_text_and_hash(body: dict[str, Any], team_key: bytes, key: bytes) -> str:
    # The newest entry: an earlier one edited with its hash breaks the link of the one after it.
    entry = body["entries"][-1]
    entry["text"] = "Nothing to report"
    content = {
        k: entry[k] for k in LogEntry.__dataclass_fields__ if k not in ("prev_hash", "hash", "signature", "withheld")
    }
    from crisisroom.domain.log import chain_hash

    entry["hash"] = chain_hash(entry["prev_hash"], content)  # without the laptop's key it cannot be re-signed
    return "not signed by that laptop's key"


def _edit_text_and_unsign(body: dict[str, Any], team_key: bytes, key: bytes) -> str:
    # As above, the signature left out: an earlier entry of the segment is still signed, but its
    # signature covers nothing after it.
    _edit_text_and_hash(body, team_key, key)
    body["entries"][-1]["signature"] = None
    return "carries no signature"


def _drop_entry(body: dict[str, Any], team_key: bytes, key: bytes) -> str:
    del body["entries"][0]
    return "not the numbers its header names"


def _edit_mention_row(body: dict[str, Any], team_key: bytes, key: bytes) -> str:
    [rows] = body["mentions"].values()
    rows[0][5] = "Great service, thank you"  # the post's words, as if another export said so
    return "do not match the digest of its entry"


def _other_device_record(body: dict[str, Any], team_key: bytes, key: bytes) -> str:
    body["device"]["public_key"] = public_key_of(new_private_key())
    return "register of devices is not that laptop's"


@pytest.mark.parametrize(
    "edit",
    [_edit_text, _edit_text_and_hash, _edit_text_and_unsign, _drop_entry, _edit_mention_row, _other_device_record],
)
def test_a_segment_sealed_again_with_the_team_key_after_an_edit_is_refused(team: Team, edit: Any) -> None:
    """Someone with the team key (a member's laptop gone astray) opens a segment, edits it, seals it again."""
    a, b = team.laptops
    incident = incident_store.get(a.database, team.incident_id)
    if edit is _edit_mention_row:
        mentions.import_file(a.database, incident, DATA / "kibana-discover.csv", author=a.person)
        a.sync()
        number = newest_segment(a)
    else:
        number = write_and_share(team, a, "The CEO will speak at noon", "The website is back")
    key, team_key = own_keys(a, team.incident_id)
    header, body = open_segment(team_key, segment_path(a, a, number))
    expected = edit(body, team_key, key)
    forged = fmt.encode_segment(team_key, header, body)
    copy_all(a, b)
    path = segment_path(b, a, number)
    path.write_bytes(forged)  # in place of the real one, in B's copy
    before = record_tables(b.database)

    # The storage function alone: it checks what the sealed body says, and refuses all of it.
    share = share_store.share_of(b.database, team.incident_id)
    assert share is not None
    taken = share_store.take(
        b.database, share, a.device_id, public_key_of(key), number, header.first_seq, header.last_seq, body, "0" * 64
    )
    assert taken.outcome == share_store.CHANGED and expected in taken.detail, taken
    refused_unchanged(b, before)

    # And through a sync, which raises the alarm.
    report = b.sync()
    assert report.taken == 0 and len(report.new_alarms) == 1, report
    assert expected in report.new_alarms[0]
    assert [(x.kind, x.path) for x in alarms(b, team)] == [(share_store.CHANGED, str(path))]
    refused_unchanged(b, before)
    assert number not in segments_taken(b.database, a.device_id)


def test_an_entry_changed_before_a_link_is_refused_though_the_newest_signature_holds(team: Team) -> None:
    """A link's hash cannot be recomputed here, so it binds nothing before it: the newest entry's
    signature does not cover an entry before a link, which must carry a valid signature of its own."""
    a, b = team.laptops
    log_service.add_entry(a.database, team.incident_id, "Legal approved the statement", author=a.person)
    incident_service.open_incident(a.database, "Another matter", category=Category.SECURITY_BREACH, author=a.person)
    log_service.add_entry(a.database, team.incident_id, "The CEO will speak at noon", author=a.person)
    assert a.sync().written == 2
    number = newest_segment(a)
    _, team_key = own_keys(a, team.incident_id)
    header, body = open_segment(team_key, segment_path(a, a, number))
    assert body["links"], "the other incident's entries travel as links"
    entry = next(e for e in body["entries"] if e["text"] == "Legal approved the statement")
    link = next(item for item in body["links"] if item[0] == entry["device_seq"] + 1)
    changed = LogEntry(**{**entry, "text": "Legal refused the statement", "hash": ""})
    forged = LogEntry(**{**entry, "text": changed.text, "hash": changed.expected_hash()})  # its signature as written
    entry.update(entry_dict(forged))
    link[1] = forged.hash  # the link now follows the changed entry; its own hash and signature as written
    copy_all(a, b)
    path = segment_path(b, a, number)
    path.write_bytes(fmt.encode_segment(team_key, header, body))
    before = record_tables(b.database)

    report = b.sync()

    assert report.taken == 0 and len(report.new_alarms) == 1, report
    assert "not signed by that laptop's key" in report.new_alarms[0]
    refused_unchanged(b, before)
    assert "Legal refused the statement" not in texts(b, team)


def test_entries_written_while_the_keychain_was_locked_still_travel_signed(team: Team) -> None:
    """The writer signs its unsigned entries as they leave (a signature is over the hash, so the
    entry is the same), so a laptop whose keychain was locked for a while is not refused."""
    a, b = team.laptops
    log_service.add_entry(a.database, team.incident_id, "Written while the keychain was locked", author=a.person)
    conn = a.database.conn
    last = conn.execute("SELECT max(device_seq) FROM log_entries WHERE device_id = ?", (a.device_id,)).fetchone()[0]
    triggers = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'log_entries'"
    ).fetchall()
    for name, _ in triggers:
        conn.execute(f'DROP TRIGGER "{name}"')
    conn.execute("UPDATE log_entries SET signature = NULL WHERE device_id = ? AND device_seq = ?", (a.device_id, last))
    for _, sql in triggers:
        conn.execute(sql)
    conn.commit()
    assert a.sync().written == 1
    copy_all(a, b)

    report = b.sync()

    assert report.taken == 1 and not report.new_alarms, report
    assert texts(b, team)[-1] == "Written while the keychain was locked"


# --- forks, gaps and replays --------------------------------------------------------------------


def test_two_segments_claiming_the_same_entry_numbers_of_one_laptop_raise_a_fork_alarm(team: Team) -> None:
    a, b = team.laptops
    number = write_and_share(team, a, "Statement approved by legal")
    copy_all(a, b)
    assert b.sync().taken == 1
    key, team_key = own_keys(a, team.incident_id)
    real = log_store.entries(a.database, team.incident_id)[-1]
    before_it = log_store.get(a.database, real.id)  # the same place in A's chain, another content
    previous = next(e for e in log_store.entries(a.database, team.incident_id) if e.hash == before_it.prev_hash)
    other = forged_entry(key, previous, "Statement withdrawn", seq=real.device_seq)
    assert other.device_seq == real.device_seq and other.hash != real.hash
    header, _ = open_segment(team_key, segment_path(a, a, number))
    forged_header = fmt.SegmentHeader(
        header.share, a.device_id, number + 1, real.device_seq, real.device_seq, __version__
    )
    body = {"entries": [entry_dict(other)], "links": [], "device": None, "mentions": {}}
    path = segment_path(b, a, number + 1)
    path.write_bytes(fmt.encode_segment(team_key, forged_header, body))
    before = record_tables(b.database)

    report = b.sync()

    assert report.taken == 0 and len(report.new_alarms) == 1, report
    assert "fork" in report.new_alarms[0] and f"entry #{real.device_seq}" in report.new_alarms[0]
    assert [(x.kind, x.path, x.device_id) for x in alarms(b, team)] == [(share_store.FORK, str(path), a.device_id)]
    refused_unchanged(b, before)
    assert "Statement withdrawn" not in texts(b, team)


def test_a_laptop_whose_database_was_put_back_from_a_copy_and_writes_again_is_noticed(team: Team) -> None:
    a, b = team.laptops
    saved = backups.backup_to(a.database, a.path.with_name("copy.sqlite"))
    write_and_share(team, a, "Entry written before the copy was put back")
    copy_all(a, b)
    assert b.sync().taken == 1
    a.database.close()
    os.replace(saved, a.path)  # behind the app's back, as a file-level restore would
    a.database = open_database(a.path, clock=a.clock)
    log_service.add_entry(a.database, team.incident_id, "Entry written after the copy was put back", author=a.person)

    own = a.sync()
    copy_all(a, b)
    theirs = b.sync()

    assert own.new_alarms or theirs.new_alarms, (own, theirs)


def test_a_segment_that_arrives_before_the_one_it_follows_waits_then_both_are_taken(team: Team) -> None:
    a, b = team.laptops
    first = write_and_share(team, a, "First: the outage began at 09:12")
    second = write_and_share(team, a, "Second: the outage ended at 09:40")
    assert second == first + 1
    copy_all(a, b)
    os.remove(segment_path(b, a, first))  # the syncing tool has not fetched it yet
    before = record_tables(b.database)

    waiting = b.sync()

    assert waiting.taken == 0 and waiting.new_alarms == [] and waiting.problems == []
    assert any(segment_path(b, a, second).name in line and "not arrived yet" in line for line in waiting.waiting)
    refused_unchanged(b, before)
    assert alarms(b, team) == []

    deliver(a, b, [segment_path(a, a, first).relative_to(a.copy).as_posix()])
    arrived = b.sync()

    assert arrived.taken == 2 and arrived.waiting == [] and arrived.new_alarms == []
    assert texts(b, team)[-2:] == ["First: the outage began at 09:12", "Second: the outage ended at 09:40"]
    assert log_view(a.database, team.incident_id) == log_view(b.database, team.incident_id)


def test_a_segment_copied_again_or_under_another_number_changes_nothing(team3: Team) -> None:
    a, b, c = team3.laptops
    team = team3
    number = write_and_share(team, a, "Press conference at 15:00")
    copy_all(a, b)
    assert b.sync().taken == 1
    name = segment_path(a, a, number).relative_to(a.copy).as_posix()
    before = record_tables(b.database)

    # The same file delivered again (a syncing tool's second pass, a USB stick copied twice).
    deliver(a, b, [name, name])
    again = b.sync()
    assert (again.taken, again.new_alarms, again.waiting) == (0, [], [])
    refused_unchanged(b, before)

    # Sealed again, whole, under the next number by someone with the team key: every entry is here already.
    _, team_key = own_keys(a, team.incident_id)
    header, body = open_segment(team_key, segment_path(a, a, number))
    replay = fmt.SegmentHeader(header.share, header.device, number + 1, header.first_seq, header.last_seq, __version__)
    segment_path(b, a, number + 1).write_bytes(fmt.encode_segment(team_key, replay, body))
    replayed = b.sync()
    assert (replayed.taken, replayed.new_alarms, replayed.waiting) == (0, [], [])
    refused_unchanged(b, before)

    # The same bytes under another name: the header says where the file belongs.
    data = segment_path(a, a, number).read_bytes()
    renamed = segment_path(b, a, number + 7)
    renamed.write_bytes(data)
    elsewhere = b.copy / c.device_id / layout.segment_name(1)
    elsewhere.parent.mkdir(exist_ok=True)
    elsewhere.write_bytes(data)
    moved = b.sync()
    assert moved.taken == 0
    assert sorted((x.kind, x.path) for x in alarms(b, team)) == sorted(
        [(share_store.CHANGED, str(renamed)), (share_store.CHANGED, str(elsewhere))]
    )
    assert all("names another place" in line for line in moved.new_alarms) and len(moved.new_alarms) == 2
    refused_unchanged(b, before)
    assert texts(b, team).count("Press conference at 15:00") == 1


def test_a_copy_planted_under_a_laptops_next_number_does_not_stop_its_chain(team: Team) -> None:
    """Anyone who can write to the folder (no key needed) copies a laptop's segment under its next
    number: that laptop writes on under the number after, and the others take what it writes."""
    a, b = team.laptops
    number = write_and_share(team, a, "Press conference at 15:00")
    planted = segment_path(a, a, number + 1)
    planted.write_bytes(segment_path(a, a, number).read_bytes())
    write_and_share(team, a, "The CEO will speak at noon")
    copy_all(a, b)

    report = b.sync()

    assert report.taken == 2 and report.waiting == [], report
    assert texts(b, team)[-2:] == ["Press conference at 15:00", "The CEO will speak at noon"]
    assert [(x.kind, x.path) for x in alarms(b, team)] == [(share_store.CHANGED, str(segment_path(b, a, number + 1)))]


# --- laptops that were never admitted -----------------------------------------------------------


def test_files_from_a_laptop_that_never_asked_to_join_raise_a_foreign_alarm(team: Team) -> None:
    a, b = team.laptops
    number = write_and_share(team, a, "Only the team may write here")
    _, team_key = own_keys(a, team.incident_id)
    header, body = open_segment(team_key, segment_path(a, a, number))
    stranger = str(uuid.uuid4())
    # A well-formed segment, even sealed with the team key: its laptop is not on the team's list.
    forged = fmt.SegmentHeader(header.share, stranger, 1, header.first_seq, header.last_seq, __version__)
    path = b.copy / stranger / layout.segment_name(1)
    path.parent.mkdir(parents=True)
    path.write_bytes(fmt.encode_segment(team_key, forged, body))
    before = record_tables(b.database)

    report = b.sync()

    assert report.taken == 0 and len(report.new_alarms) == 1, report
    assert "never admitted" in report.new_alarms[0] and "never asked to join" in report.new_alarms[0]
    assert [(x.kind, x.path, x.device_id) for x in alarms(b, team)] == [(share_store.FOREIGN, str(path), stranger)]
    refused_unchanged(b, before)
    assert segments_taken(b.database, stranger) == {}


def test_files_of_a_laptop_that_asked_to_join_wait_until_it_is_admitted(team: Team, tmp_path: Path) -> None:
    a, b = team.laptops
    d = Laptop(tmp_path, "dee", "Dee Holm", FixedClock(T0))
    try:
        copy_all(a, d)
        joined = sharing.join(d.database, d.copy, author=d.person, laptop="dee").value
        assert not joined.admitted
        copy_all(d, b)  # its request reaches B's copy ...
        number = write_and_share(team, a, "Who is the new laptop?")
        stray = b.copy / d.device_id / layout.segment_name(1)  # ... with a file in its folder
        stray.write_bytes(segment_path(a, a, number).read_bytes())
        before = record_tables(b.database)

        report = b.sync()

        assert report.taken == 0 and report.new_alarms == [], report
        assert any(d.device_id[:8] in line and "wait until it is admitted" in line for line in report.waiting)
        refused_unchanged(b, before)
        assert alarms(b, team) == [] and segments_taken(b.database, d.device_id) == {}
        [status] = sharing.status(b.database)
        assert [(w.device_id, w.fingerprint) for w in status.waiting] == [(d.device_id, joined.fingerprint)]
    finally:
        d.close()


def test_a_join_request_whose_signature_does_not_match_is_never_offered_for_admission(
    team: Team, tmp_path: Path
) -> None:
    a, _ = team.laptops
    d = Laptop(tmp_path, "dee", "Dee Holm", FixedClock(T0))
    try:
        copy_all(a, d)
        joined = sharing.join(d.database, d.copy, author=d.person, laptop="dee").value
        request_path = d.copy / d.device_id / layout.JOIN_FILE
        request = json.loads(request_path.read_text())
        request["person"] = "Ann Lind"  # someone changes who is asking, after it was signed
        request_path.write_text(json.dumps(request))
        copy_all(d, a)
        before = record_tables(a.database)

        [status] = sharing.status(a.database)
        assert status.waiting == []
        with pytest.raises(InvalidInputError, match="no laptop waiting to join has the fingerprint"):
            sharing.admit(a.database, joined.fingerprint, author=a.person)
        refused_unchanged(a, before)
        assert d.device_id not in {laptop.device_id for laptop in share_store.laptops(a.database, team.incident_id)}
    finally:
        d.close()


def test_a_welcome_signed_by_someone_else_does_not_admit_the_laptop(tmp_path: Path) -> None:
    a = Laptop(tmp_path, "ann", "Ann Lind", FixedClock(T0))
    b = Laptop(tmp_path, "bo", "Bo Sand", FixedClock(T0))
    try:
        from crisisroom.domain.incidents import Category
        from crisisroom.services import incidents

        incident = incidents.open_incident(a.database, "Outage", category=Category.OPERATIONAL, author=a.person).value
        sharing.start(a.database, incident.id, a.copy, author=a.person)
        copy_all(a, b)
        joined = sharing.join(b.database, b.copy, author=b.person).value
        request = json.loads((b.copy / b.device_id / layout.JOIN_FILE).read_text())
        share = share_store.share_of(b.database, incident.id)
        assert share is not None
        # Someone who read B's request wraps a key of their own for it and signs with their own key,
        # in their own folder and in the starter's.
        stranger_key = new_private_key()
        welcome = {
            "kind": fmt.WELCOME_KIND,
            "format": fmt.FORMAT,
            "share": share.share_id,
            "device": b.device_id,
            "by": a.device_id,
            "wrapped": keys.wrap(keys.new_team_key(), request["unwrap_key"]),
        }
        welcome["signature"] = sign_document(stranger_key, fmt.signed_part(welcome))
        for folder in (str(uuid.uuid4()), a.device_id):
            path = b.copy / folder / layout.welcome_name(b.device_id)
            path.parent.mkdir(exist_ok=True)
            path.write_bytes(fmt.canonical(welcome))

        report = b.sync()

        assert report.admitted_now == [] and report.taken == 0, report
        assert share_store.share_of(b.database, incident.id) == share  # still waiting, no key kept
        assert incident_store.list_incidents(b.database) == []

        # The real welcome, from the member who admits it, does.
        deliver(b, a, [f"{b.device_id}/{layout.JOIN_FILE}"])
        sharing.admit(a.database, joined.fingerprint, author=a.person)
        (b.copy / a.device_id / layout.welcome_name(b.device_id)).unlink()
        copy_all(a, b)
        admitted = b.sync()
        assert admitted.admitted_now == [incident.id] and admitted.new_alarms == []
        assert log_view(b.database, incident.id) == log_view(a.database, incident.id)
    finally:
        a.close()
        b.close()


def test_a_welcome_planted_where_the_admitting_laptop_writes_its_own_does_not_keep_the_laptop_out(
    tmp_path: Path,
) -> None:
    a = Laptop(tmp_path, "ann", "Ann Lind", FixedClock(T0))
    b = Laptop(tmp_path, "bo", "Bo Sand", FixedClock(T0))
    try:
        from crisisroom.domain.incidents import Category
        from crisisroom.services import incidents

        incident = incidents.open_incident(a.database, "Outage", category=Category.OPERATIONAL, author=a.person).value
        sharing.start(a.database, incident.id, a.copy, author=a.person)
        copy_all(a, b)
        joined = sharing.join(b.database, b.copy, author=b.person).value
        copy_all(b, a)
        request = json.loads((a.copy / b.device_id / layout.JOIN_FILE).read_text())
        share = share_store.share_of(a.database, incident.id)
        assert share is not None
        planted = {
            "kind": fmt.WELCOME_KIND,
            "format": fmt.FORMAT,
            "share": share.share_id,
            "device": b.device_id,
            "by": a.device_id,
            "wrapped": keys.wrap(keys.new_team_key(), request["unwrap_key"]),
        }
        planted["signature"] = sign_document(new_private_key(), fmt.signed_part(planted))
        (a.copy / a.device_id / layout.welcome_name(b.device_id)).write_bytes(fmt.canonical(planted))

        with pytest.raises(InvalidInputError, match="this laptop did not write it"):
            sharing.admit(a.database, joined.fingerprint, author=a.person)
        assert share_store.laptops(a.database, incident.id)[-1].device_id != b.device_id  # nothing admitted
        (a.copy / a.device_id / layout.welcome_name(b.device_id)).unlink()
        sharing.admit(a.database, joined.fingerprint, author=a.person)
        copy_all(a, b)
        assert b.sync().admitted_now == [incident.id]
    finally:
        a.close()
        b.close()


def alarms_of(laptop: Laptop, incident_id: str) -> list[share_store.Alarm]:
    share = share_store.share_of(laptop.database, incident_id)
    return [] if share is None else share_store.alarms(laptop.database, share.share_id)


# --- files a newer version, another key or a syncing tool made ----------------------------------


def test_a_segment_from_a_newer_format_raises_one_plain_line(team: Team) -> None:
    a, b = team.laptops
    number = write_and_share(team, a, "Written by a newer Crisis Room")
    _, team_key = own_keys(a, team.incident_id)
    header, body = open_segment(team_key, segment_path(a, a, number))
    copy_all(a, b)
    path = segment_path(b, a, number)
    path.write_bytes(seal(team_key, header_fields(header, format=fmt.FORMAT + 1), body))
    before = record_tables(b.database)

    report = b.sync()

    assert report.taken == 0
    [line] = report.new_alarms
    assert "\n" not in line and "newer Crisis Room" in line and f"format {fmt.FORMAT + 1}" in line, line
    assert [x.kind for x in alarms(b, team)] == [share_store.NEWER]
    refused_unchanged(b, before)


def test_an_entry_with_an_event_a_newer_version_wrote_raises_a_newer_alarm(team: Team) -> None:
    a, b = team.laptops
    number = write_and_share(team, a, "Before the newer entry")
    key, team_key = own_keys(a, team.incident_id)
    copy_all(a, b)
    assert b.sync().taken == 1
    head = log_store.entries(a.database, team.incident_id)[-1]
    newer = forged_entry(key, head, "Escalated to the board", payload={"type": "board.escalated", "v": 1})
    header, _ = open_segment(team_key, segment_path(a, a, number))
    forged = fmt.SegmentHeader(header.share, a.device_id, number + 1, newer.device_seq, newer.device_seq, __version__)
    path = segment_path(b, a, number + 1)
    path.write_bytes(
        fmt.encode_segment(
            team_key, forged, {"entries": [entry_dict(newer)], "links": [], "device": None, "mentions": {}}
        )
    )
    before = record_tables(b.database)

    report = b.sync()

    [line] = report.new_alarms
    assert "newer Crisis Room" in line and "board.escalated" in line and "\n" not in line
    assert [x.kind for x in alarms(b, team)] == [share_store.NEWER]
    refused_unchanged(b, before)


def test_a_segment_sealed_with_another_team_key_is_refused(team: Team) -> None:
    a, b = team.laptops
    number = write_and_share(team, a, "Sealed with the wrong key")
    _, team_key = own_keys(a, team.incident_id)
    header, body = open_segment(team_key, segment_path(a, a, number))
    copy_all(a, b)
    path = segment_path(b, a, number)
    path.write_bytes(fmt.encode_segment(keys.new_team_key(), header, body))
    before = record_tables(b.database)

    report = b.sync()

    [line] = report.new_alarms
    assert "does not open with the team's key" in line
    assert [x.kind for x in alarms(b, team)] == [share_store.CHANGED]
    refused_unchanged(b, before)
    assert "Sealed with the wrong key" not in texts(b, team)


def test_a_sync_conflict_copy_raises_an_alarm_and_nothing_is_taken_from_it(team: Team) -> None:
    a, b = team.laptops
    number = write_and_share(team, a, "Taken from the real file only")
    name = segment_path(a, a, number).name
    conflict = b.copy / a.device_id / name.replace(".crseg", ".sync-conflict-20260602-101500-ABCDEFG.crseg")
    conflict.parent.mkdir(parents=True, exist_ok=True)
    conflict.write_bytes(segment_path(a, a, number).read_bytes())  # the content is the segment's
    before = record_tables(b.database)

    report = b.sync()

    assert report.taken == 0
    [line] = report.new_alarms
    assert conflict.name in line and "sync conflict" in line
    assert [(x.kind, x.path) for x in alarms(b, team)] == [("conflict", str(conflict))]
    refused_unchanged(b, before)

    # The real file arrives: it is taken; the conflict copy still is not (and its alarm stays while it is there).
    deliver(a, b, [segment_path(a, a, number).relative_to(a.copy).as_posix()])
    assert b.sync().taken == 1
    assert texts(b, team).count("Taken from the real file only") == 1
    assert [x.kind for x in alarms(b, team)] == ["conflict"]
    conflict.unlink()  # someone resolves the conflict
    assert b.sync().new_alarms == [] and alarms(b, team) == []


def test_after_every_refusal_the_laptop_still_verifies(team: Team) -> None:
    """The alarms leave the file whole: its chains, signatures and state agree with its log."""
    a, b = team.laptops
    number = write_and_share(team, a, "A note")
    copy_all(a, b)
    path = segment_path(b, a, number)
    data = bytearray(path.read_bytes())
    data[-3] ^= 0xFF
    path.write_bytes(bytes(data))
    stranger = b.copy / str(uuid.uuid4()) / layout.segment_name(1)
    stranger.parent.mkdir()
    stranger.write_bytes(bytes(data))
    assert len(b.sync().new_alarms) == 2
    assert verification.check_log(b.database).ok
    assert verification.check_state(b.database).ok
