"""Assessing again with the same details logs nothing and writes nothing (no "(was same)" entry)."""

from __future__ import annotations

from datetime import timedelta

from crisisroom.domain.clock import to_iso
from crisisroom.domain.incidents import Category
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database
from tests.unit.wizard_support import AUTHOR, T0, assess, new_incident, table_snapshot


def test_a_detection_time_equal_to_the_minute_changes_and_logs_nothing(db: Database) -> None:
    incident = new_incident(db, timezone="Europe/Paris")
    with_seconds = to_iso(T0 - timedelta(minutes=30) + timedelta(seconds=45, milliseconds=120))
    incidents.update_details(db, incident, detected_at=with_seconds, author=AUTHOR)
    before = len(log.entries(db, incident))
    snapshot = table_snapshot(db, "incidents", "log_entries")
    # What the editor gives back: the same minute, without the seconds (and in another ISO spelling).
    same = incidents.update_details(
        db, incident, category=Category.REPUTATION, detected_at="2026-03-14T12:30:00+00:00", author=AUTHOR
    )
    assert len(log.entries(db, incident)) == before
    assert table_snapshot(db, "incidents", "log_entries") == snapshot
    assert same.detected_at == with_seconds
    # A real change of minute is still logged.
    incidents.update_details(db, incident, detected_at=to_iso(T0 - timedelta(minutes=29)), author=AUTHOR)
    assert log.entries(db, incident)[-1].text == (
        "Incident details changed: first detected 2026-03-14 13:31 Europe/Paris (was 2026-03-14 13:30)"
    )


def test_assessing_twice_logs_no_details_change_the_second_time(db: Database) -> None:
    incident = new_incident(db)
    incidents.update_details(db, incident, detected_at=to_iso(T0 - timedelta(minutes=30, seconds=-20)), author=AUTHOR)
    before = len(log.entries(db, incident))
    assess(db, incident, level=3, detected_at=T0 - timedelta(minutes=30), category=Category.REPUTATION)
    texts = [entry.text for entry in log.entries(db, incident)[before:]]
    assert not [text for text in texts if text.startswith("Incident details changed")], texts
