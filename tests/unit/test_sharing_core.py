"""Sharing an incident through a folder: the files, the keys, and three laptops in one process.

Each laptop is its own database (and device, with its key in the test keyring); the folder is one
directory all three see, as with a synced folder. tests/unit/test_sharing_laptops.py has the
property test with a copy of the folder per laptop, and the attacks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta
from pathlib import Path

import pytest

from crisisroom.domain import clock as clock_module
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.steps import RolesNamed
from crisisroom.domain.incidents import Category
from crisisroom.domain.signing import new_private_key
from crisisroom.services import incidents, sharing, verification
from crisisroom.services import log as log_service
from crisisroom.services import mentions as mention_service
from crisisroom.sharing import format as fmt
from crisisroom.sharing import keys
from crisisroom.storage import events, log
from crisisroom.storage import incidents as incident_store
from crisisroom.storage.database import Database, open_database

DATA = Path(__file__).parent.parent / "data" / "imports"


@dataclass
class Team:
    a: Database
    b: Database
    c: Database
    folder: Path
    incident: str

    def all(self) -> tuple[Database, Database, Database]:
        return (self.a, self.b, self.c)

    def sync_all(self, rounds: int = 2) -> None:
        for _ in range(rounds):
            for database in self.all():
                report = sharing.sync(database).value
                assert not report.new_alarms, report.new_alarms


@pytest.fixture
def team(tmp_path: Path) -> Team:
    a, b, c = (open_database(tmp_path / f"{name}.db") for name in "abc")
    incident = incidents.open_incident(a, "Payment outage", category=Category.OPERATIONAL, author="Ana", level=3)
    folder = tmp_path / "shared"
    sharing.start(a, incident.value.id, folder, author="Ana", laptop="ana-laptop")
    for database, person in ((b, "Ben"), (c, "Cleo")):
        joined = sharing.join(database, folder, author=person, laptop=f"{person.lower()}-laptop").value
        sharing.admit(a, joined.fingerprint, author="Ana")
    result = Team(a, b, c, folder, incident.value.id)
    result.sync_all()
    yield result
    for database in result.all():
        database.close()


def _log(database: Database, incident_id: str) -> list[tuple[str, str, str, str]]:
    return [(e.id, e.recorded_at, e.author, e.text) for e in log.entries(database, incident_id)]


def _state(database: Database, incident_id: str) -> dict[str, list[tuple[object, ...]]]:
    """Every state table's rows that belong to the incident (or hold no incident at all: none here)."""
    found = {}
    for table in events.state_tables(database):
        columns = [row[1] for row in database.conn.execute(f'PRAGMA table_info("{table}")')]
        if "incident_id" not in columns:
            continue
        rows = database.conn.execute(f'SELECT * FROM "{table}" WHERE incident_id = ?', (incident_id,)).fetchall()
        found[table] = sorted(tuple(row) for row in rows)
    return found


def _verified(database: Database) -> None:
    evidence = verification.check_log(database)
    assert evidence.ok, [finding.line for finding in evidence.breaks]
    assert verification.check_state(database).differences == []


def test_a_segment_opens_only_with_the_team_key_and_refuses_any_change() -> None:
    team_key = keys.new_team_key()
    header = fmt.SegmentHeader("share", "device", 1, 1, 2, "0.1.0")
    data = fmt.encode_segment(team_key, header, {"entries": [], "links": [[1, "a", "b", None]]})
    assert fmt.decode_segment(team_key, data) == (header, {"entries": [], "links": [[1, "a", "b", None]]})
    with pytest.raises(fmt.FormatError) as wrong_key:
        fmt.decode_segment(keys.new_team_key(), data)
    assert wrong_key.value.kind == fmt.CHANGED
    flipped = bytearray(data)
    flipped[-5] ^= 1
    with pytest.raises(fmt.FormatError, match="does not open"):
        fmt.decode_segment(team_key, bytes(flipped))
    # The header is bound to the sealed part: naming other entry numbers breaks it too.
    moved = data.replace(b'"last_seq":2', b'"last_seq":3')
    with pytest.raises(fmt.FormatError, match="does not open"):
        fmt.decode_segment(team_key, moved)
    newer = data.replace(b'"format":1', b'"format":9')
    with pytest.raises(fmt.FormatError) as from_newer:
        fmt.decode_segment(team_key, newer)
    assert from_newer.value.kind == fmt.NEWER


def test_the_team_key_unwraps_only_on_the_laptop_it_was_wrapped_for() -> None:
    mine, other = new_private_key(), new_private_key()
    team_key = keys.new_team_key()
    wrapped = keys.wrap(team_key, keys.unwrap_public_key(mine))
    assert keys.unwrap(wrapped, mine) == team_key
    with pytest.raises(ValueError, match="not wrapped for this laptop"):
        keys.unwrap(wrapped, other)


def test_a_fingerprint_is_typed_with_or_without_spaces_and_refused_when_short() -> None:
    assert keys.same_fingerprint("04719-88203-51176-30942", "04719 88203 51176 30942")
    assert keys.same_fingerprint("04719882035117630942", "04719 88203 51176 30942")
    assert not keys.same_fingerprint("04719 88203 51176 30943", "04719 88203 51176 30942")
    with pytest.raises(InvalidInputError, match="20 digits"):
        keys.check_fingerprint_text("04719 88203")


def test_three_laptops_write_at_once_and_end_with_the_same_log_and_state(team: Team) -> None:
    assert {sharing.share_of(d, team.incident).state for d in team.all()} == {"member"}
    for database, person in zip(team.all(), ("Ana", "Ben", "Cleo"), strict=True):
        log_service.add_entry(database, team.incident, f"{person} is on the bridge", author=person)
    team.sync_all()
    logs = [_log(d, team.incident) for d in team.all()]
    assert logs[0] == logs[1] == logs[2]
    assert {text for _, _, _, text in logs[0]} >= {
        "Ana is on the bridge",
        "Ben is on the bridge",
        "Cleo is on the bridge",
    }
    states = [_state(d, team.incident) for d in team.all()]
    assert states[0] == states[1] == states[2]
    for database in team.all():
        _verified(database)
    status = sharing.status(team.b)[0]
    assert [(laptop.person, laptop.laptop) for laptop in status.laptops] == [
        ("Ana", "ana-laptop"),
        ("Ben", "ben-laptop"),
        ("Cleo", "cleo-laptop"),
    ]
    assert [laptop.this_laptop for laptop in status.laptops] == [False, True, False]
    assert status.alarms == []


def test_entries_arriving_before_what_was_applied_rebuild_the_state_as_a_fresh_replay(
    team: Team, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Cleo's laptop clock is an hour behind: her entries sort before what Ana already applied.
    real_now = clock_module.SYSTEM_CLOCK.now
    log_service.add_entry(team.b, team.incident, "Ben: rollback started", author="Ben")
    incidents.set_level(team.b, team.incident, 4, author="Ben", reason="spreading")
    sharing.sync(team.b)
    sharing.sync(team.a)
    monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: real_now() - timedelta(hours=1))
    log_service.add_entry(team.c, team.incident, "Cleo: first complaints were an hour ago", author="Cleo")
    incidents.set_level(team.c, team.incident, 2, author="Cleo", reason="a few posts")
    monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", real_now)
    team.sync_all()
    states = [_state(d, team.incident) for d in team.all()]
    assert states[0] == states[1] == states[2]
    for database in team.all():
        _verified(database)


def test_a_laptop_writes_after_a_peer_whose_clock_runs_ahead(team: Team, monkeypatch: pytest.MonkeyPatch) -> None:
    real_now = clock_module.SYSTEM_CLOCK.now
    monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: real_now() + timedelta(minutes=30))
    ahead = log_service.add_entry(team.b, team.incident, "written by a clock 30 minutes fast", author="Ben").value
    monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", real_now)
    team.sync_all()
    reply = log_service.add_entry(team.a, team.incident, "seen it", author="Ana").value
    assert reply.recorded_at > ahead.recorded_at
    assert _log(team.a, team.incident)[-1][3] == "seen it"


def test_the_same_export_imported_on_two_laptops_is_kept_once_and_verifies(team: Team) -> None:
    export = DATA / "exportcomments.csv"
    for database, person in ((team.b, "Ben"), (team.c, "Cleo")):
        incident = incident_store.get(database, team.incident)
        assert mention_service.import_file(database, incident, export, author=person).value
    team.sync_all()
    counts = {
        d.query("SELECT count(*) FROM mentions WHERE incident_id = ?", (team.incident,))[0][0] for d in team.all()
    }
    alone = team.a.query("SELECT count(DISTINCT dedupe_key) FROM mentions WHERE incident_id = ?", (team.incident,))
    assert counts == {alone[0][0]}
    hours = [
        d.query("SELECT hour, total, negative FROM mention_hours WHERE incident_id = ? ORDER BY hour", (team.incident,))
        for d in team.all()
    ]
    assert [tuple(r) for r in hours[0]] == [tuple(r) for r in hours[1]] == [tuple(r) for r in hours[2]]
    for database in team.all():
        _verified(database)


def test_joining_and_admitting_refuse_what_does_not_fit(team: Team, tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match="holds no shared incident"):
        sharing.join(team.a, tmp_path / "elsewhere", author="Ana")
    with pytest.raises(InvalidInputError, match="already takes part"):
        sharing.join(team.b, team.folder, author="Ben")
    with pytest.raises(InvalidInputError, match="no laptop waiting to join has the fingerprint"):
        sharing.admit(team.a, "00000 00000 00000 00000", author="Ana")
    with pytest.raises(InvalidInputError, match="already shared"):
        sharing.start(team.a, team.incident, tmp_path / "second", author="Ana")
    other = incidents.open_incident(team.a, "Another", category=Category.REPUTATION, author="Ana").value
    with pytest.raises(InvalidInputError, match="holds this laptop's live database"):
        sharing.start(team.a, other.id, team.a.path.parent, author="Ana")


def test_once_a_lead_is_named_only_the_lead_admits(team: Team, tmp_path: Path) -> None:
    named = {"person": "p-lead", "name": "Rosa Lindqvist"}
    events.record(
        team.a,
        team.incident,
        RolesNamed(incident=team.incident, lead=named, scribe=named, spokesperson=named),
        "Roles named",
        kind="decision",
        author="Ana",
    )
    newcomer = open_database(tmp_path / "d.db")
    joined = sharing.join(newcomer, team.folder, author="Dee").value
    with pytest.raises(InvalidInputError, match=r"only the incident's crisis lead \(Rosa Lindqvist\)"):
        sharing.admit(team.a, joined.fingerprint, author="Ana")
    admitted = sharing.admit(team.a, joined.fingerprint, author="rosa lindqvist").value
    assert admitted.person == "Dee"
    assert sharing.sync(newcomer).value.admitted_now == [team.incident]
    newcomer.close()


def test_a_file_begun_before_events_cannot_share(tmp_path: Path) -> None:
    database = open_database(tmp_path / "old.db")
    incident = incidents.open_incident(database, "Old", category=Category.REPUTATION, author="Ana").value
    with database.transaction() as conn:
        conn.execute("INSERT INTO meta (key, value) VALUES ('begun_before_events', '1')")
    with pytest.raises(InvalidInputError, match="begun by an older Crisis Room"):
        sharing.start(database, incident.id, tmp_path / "shared", author="Ana")
    assert not (tmp_path / "shared" / "crisisroom-share.json").exists()
    database.close()


def test_a_laptop_that_writes_as_a_new_device_joins_again_and_goes_on(team: Team) -> None:
    from crisisroom.storage import signing

    with team.b.transaction() as conn:  # as a restore does: the next entries start a new device
        signing.take_over(team.b, conn, signing.RESTORED)
    problems = sharing.sync(team.b).value.problems
    assert problems and "join the shared incident again" in problems[0]
    joined = sharing.join(team.b, team.folder, author="Ben").value
    assert joined.admitted is False
    sharing.admit(team.a, joined.fingerprint, author="Ana")
    log_service.add_entry(team.b, team.incident, "Ben is back after the restore", author="Ben")
    team.sync_all()
    assert _log(team.a, team.incident)[-1][3] == "Ben is back after the restore"
    for database in team.all():
        _verified(database)


def test_the_next_list_takes_the_standing_level_from_concurrent_ones(team: Team) -> None:
    from crisisroom.services import next_steps

    incidents.set_level(team.b, team.incident, 4, author="Ben", reason="national press")
    incidents.set_level(team.c, team.incident, 2, author="Cleo", reason="quiet here")  # later, unseen by Ben
    team.sync_all()
    for database in team.all():
        incident = incident_store.get(database, team.incident)
        assert incident.level == 4
        facts = next_steps.gather(database, incident)
        assert (facts.level, facts.level_by) == (4, "Ben")
        assert facts.high_since is not None


def test_the_team_and_settings_changed_during_the_incident_reach_every_laptop_latest_wins(team: Team) -> None:
    from crisisroom.services import settings as settings_service
    from crisisroom.services import team as team_service
    from crisisroom.storage import organisation
    from crisisroom.storage import team as team_store

    person = team_store.list_people(team.b)[0]
    team_service.save_person(team.b, replace(person, phone="+46 70 123 45 67"), author="Ben")
    settings_service.set_name(team.b, "Nordbank", author="Ben")
    settings_service.set_name(team.c, "Nordbank AB", author="Cleo")  # later, unseen by Ben
    team.sync_all()
    for database in team.all():
        assert {p.id: p.phone for p in team_store.list_people(database)}[person.id] == "+46 70 123 45 67"
        assert organisation.name(database) == "Nordbank AB"
        _verified(database)


def test_the_organisation_s_history_from_before_joining_stays_on_its_laptop(tmp_path: Path) -> None:
    from crisisroom.services import settings as settings_service
    from crisisroom.storage import organisation

    a, b = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    settings_service.set_name(b, "Bo's consultancy", author="Bo")  # before joining: Bo's own business
    incident = incidents.open_incident(a, "Outage", category=Category.OPERATIONAL, author="Ana").value
    sharing.start(a, incident.id, tmp_path / "shared", author="Ana")
    joined = sharing.join(b, tmp_path / "shared", author="Bo").value
    sharing.admit(a, joined.fingerprint, author="Ana")
    for database in (b, a, b, a):
        sharing.sync(database)
    assert organisation.name(a) != "Bo's consultancy"
    assert organisation.name(b) == "Bo's consultancy"
    for database in (a, b):
        _verified(database)
        database.close()


def test_two_incidents_shared_with_the_same_laptop_both_arrive_whole(tmp_path: Path) -> None:
    a, b = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    first = incidents.open_incident(a, "Outage", category=Category.OPERATIONAL, author="Ana").value
    second = incidents.open_incident(a, "Data leak", category=Category.SECURITY_BREACH, author="Ana").value
    for incident, folder in ((first, "one"), (second, "two")):
        sharing.start(a, incident.id, tmp_path / folder, author="Ana")
        joined = sharing.join(b, tmp_path / folder, author="Bo").value
        sharing.admit(a, joined.fingerprint, author="Ana")
        sharing.sync(b)
    # Written on A in the second incident: the first share carries it as a link, the second in full.
    log_service.add_entry(a, second.id, "Regulator informed by phone", author="Ana")
    log_service.add_entry(a, first.id, "Payments back at 10:40", author="Ana")
    sharing.sync(a)
    sharing.sync(b)  # the first share is read first (joined first): the link comes before the entry
    assert _log(b, second.id) == _log(a, second.id)
    assert _log(b, first.id) == _log(a, first.id)
    for database in (a, b):
        _verified(database)
        database.close()


def test_a_welcome_that_could_not_be_written_is_written_by_the_next_sync(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from crisisroom.sharing import folder as layout

    a, b = open_database(tmp_path / "a.db"), open_database(tmp_path / "b.db")
    incident = incidents.open_incident(a, "Outage", category=Category.OPERATIONAL, author="Ana").value
    sharing.start(a, incident.id, tmp_path / "shared", author="Ana")
    joined = sharing.join(b, tmp_path / "shared", author="Bo").value
    real_write = layout.write_once

    def full_disk(path: Path, data: bytes) -> None:
        if path.name.startswith("welcome-"):
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(path, data)

    monkeypatch.setattr(layout, "write_once", full_disk)
    sharing.admit(a, joined.fingerprint, author="Ana")
    problems = sharing.sync(a).value.problems
    assert any("Bo's laptop is admitted, but its key cannot be written" in line for line in problems)
    assert sharing.sync(b).value.admitted_now == []
    monkeypatch.setattr(layout, "write_once", real_write)
    assert sharing.sync(a).value.problems == []
    assert sharing.sync(b).value.admitted_now == [incident.id]
    for database in (a, b):
        database.close()


def test_a_file_planted_under_a_laptops_next_name_is_passed_by_on_every_side(team: Team) -> None:
    from crisisroom.sharing import folder as layout

    own = team.folder / team.b.device_id
    next_number = max(int(p.stem) for p in own.glob("*.crseg")) + 1 if list(own.glob("*.crseg")) else 1
    (own / layout.segment_name(next_number)).write_bytes(b"not a segment at all")
    log_service.add_entry(team.b, team.incident, "Written after someone planted a file", author="Ben")
    report = sharing.sync(team.b).value
    assert report.written == 1 and report.problems == []
    assert any("did not write" in line for line in report.new_alarms)
    taken = sharing.sync(team.a).value
    assert taken.taken == 1 and any("not a Crisis Room segment" in line for line in taken.new_alarms)
    assert _log(team.a, team.incident)[-1][3] == "Written after someone planted a file"


@pytest.mark.parametrize("damage", ["changed", "removed"])
def test_a_laptop_writes_its_entries_again_when_its_own_file_is_damaged_in_the_folder(team: Team, damage: str) -> None:
    log_service.add_entry(team.b, team.incident, "Hotline numbers updated", author="Ben")
    sharing.sync(team.b)
    own = sorted((team.folder / team.b.device_id).glob("*.crseg"))[-1]
    if damage == "changed":  # a USB stick copied back over the folder with a damaged copy
        data = bytearray(own.read_bytes())
        data[-3] ^= 0xFF
        own.write_bytes(bytes(data))
    else:
        own.unlink()
    report = sharing.sync(team.b).value
    assert any(f"own file {own.name} was {damage}" in line for line in report.new_alarms), report
    assert sharing.sync(team.b).value.new_alarms == []  # written again once, not at every sync
    taken = sharing.sync(team.a).value
    assert taken.taken == 1
    assert _log(team.a, team.incident)[-1][3] == "Hotline numbers updated"
    _verified(team.a)
