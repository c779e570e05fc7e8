"""Shared set-up for the wizard's tests: a database with the wizard's tables, a settable clock, quick steps.

Until the lead registers ``create_wizard_tables`` as a numbered migration, the tests apply it right
after ``open_database``, in one transaction, as that migration will.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from crisisroom.domain import clock as clock_module
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import LogEntry
from crisisroom.services import notify as notify_service
from crisisroom.services import response_steps as steps_service
from crisisroom.storage import incidents, log
from crisisroom.storage.database import Database, open_database

AUTHOR = "Ana Ruiz"
T0 = datetime(2026, 3, 14, 13, 0, tzinfo=UTC)


@contextmanager
def wizard_database(path: Path) -> Iterator[Database]:
    """Open (creating) a database; the wizard's tables come with the migrations."""
    with open_database(path) as database:
        yield database


class Clock:
    """The system clock as the code under test sees it; starts at :data:`T0`."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = T0
        monkeypatch.setattr(clock_module.SYSTEM_CLOCK, "now", lambda: self.now)

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def at(self, **delta: float) -> datetime:
        """Set the clock to T0 plus ``delta``."""
        self.now = T0 + timedelta(**delta)
        return self.now


def new_incident(database: Database, *, level: int | None = None, timezone: str = "UTC") -> str:
    return incidents.create(
        database, "Leaked customer data", category=Category.REPUTATION, author=AUTHOR, level=level, timezone=timezone
    ).id


def entries_since(database: Database, incident_id: str, count_before: int) -> list[LogEntry]:
    return log.entries(database, incident_id)[count_before:]


def kinds_and_texts(found: list[LogEntry]) -> list[tuple[str, str]]:
    return [(entry.kind, entry.text) for entry in found]


def table_snapshot(database: Database, *tables: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables (and of the log), to prove that a failed call changed nothing."""
    names = (*tables, "log_entries", "incidents")
    return {name: [tuple(row) for row in database.query(f"SELECT * FROM {name} ORDER BY 1")] for name in names}


WIZARD_TABLES = (
    "wizard_progress",
    "wizard_drafts",
    "wizard_steps",
    "incident_assessments",
    "incident_facts",
    "notified_people",
    "notification_attempts",
    "staff_alerts",
    "incident_roles",
    "update_cadences",
    "checklist_items",
    "internal_updates",
    "incident_messages",
    "message_versions",
    "coverage_items",
)


def assess(database: Database, incident_id: str, *, level: int = 3, **overrides: Any) -> None:
    """Commit Assess with plausible values."""
    values: dict[str, Any] = {
        "what_happened": "A spreadsheet of customer e-mails was posted on a forum.",
        "detected_at": T0 - timedelta(minutes=30),
        "source_links": ["https://forum.example/t/123"],
        "facts": [("The file holds 1,200 e-mail addresses", True), ("Passwords were included", False)],
        "audiences": ["customers", "press"],
        "category": Category.SECURITY_BREACH,
        "level": level,
        "level_reason": "Personal data leaked",
        "author": AUTHOR,
    }
    values.update(overrides)
    steps_service.commit_assess(database, incident_id, **values)


def notify(database: Database, incident_id: str, **overrides: Any) -> None:
    """Reach one person and commit Notify."""
    notify_service.record_notification(database, incident_id, "p-ben", "Ben Ode", "phone", author=AUTHOR)
    values: dict[str, Any] = {"author": AUTHOR}
    values.update(overrides)
    steps_service.commit_notify(database, incident_id, **values)


def manage(database: Database, incident_id: str, **overrides: Any) -> None:
    values: dict[str, Any] = {
        "lead_id": "p-ana",
        "lead_name": "Ana Ruiz",
        "scribe_id": "p-ben",
        "scribe_name": "Ben Ode",
        "spokesperson_id": "p-cy",
        "spokesperson_name": "Cy Lam",
        "author": AUTHOR,
    }
    values.update(overrides)
    steps_service.commit_manage(database, incident_id, **values)
