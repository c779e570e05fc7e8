"""Filtering the log by kind keeps each correction with the entry it corrects (chains included)."""

from __future__ import annotations

from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database


def test_a_kind_filter_shows_the_corrections_of_its_entries(database: Database) -> None:
    incident = incidents.create(database, "Kettles", category=Category.OPERATIONAL, author="Ana").id
    decision = log.append(database, incident, "Recall kettles from batch 7 tomorow", kind=Kind.DECISION, author="Ana")
    note = log.append(database, incident, "Supplier called back", author="Ana")
    first = log.correct(database, decision.id, "Recall kettles from batch 7 tomorrow", author="Ana")
    latest = log.correct(database, first.id, "Recall kettles from batch 7 and 8 today", author="Eve")
    note_fix = log.correct(database, note.id, "Supplier called back twice", author="Ana")
    other = incidents.create(database, "Other", category=Category.OPERATIONAL, author="Ana").id
    log.append(database, other, "Unrelated decision", kind=Kind.DECISION, author="Ana")

    decisions = log.LogFilter(incident, kinds=(Kind.DECISION.value,))
    shown = log.page(database, decisions)
    assert [row.entry.id for row in shown] == [latest.id, first.id, decision.id]
    assert log.count(database, decisions) == 3
    assert shown[2].corrected_by == first.id and shown[1].corrected_by == latest.id

    notes = log.LogFilter(incident, kinds=(Kind.NOTE.value,))
    assert [row.entry.id for row in log.page(database, notes)] == [note_fix.id, note.id]
    searched = log.LogFilter(incident, kinds=(Kind.DECISION.value,), search="today")
    assert [row.entry.id for row in log.page(database, searched)] == [latest.id]
    assert log.count(database, searched) == 1
    assert log.page(database, decisions, after=log.page(database, decisions)[0], limit=1)[0].entry.id == first.id
    only = log.LogFilter(incident, kinds=(Kind.CORRECTION.value,))
    assert log.count(database, only) == 3
