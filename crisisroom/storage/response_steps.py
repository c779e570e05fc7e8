"""The response steps' record: where a team is in the wizard, what each committed step left, the roles.

What is read here::

    load(db, incident_id)        -> WizardState: the page to show, what was typed, steps done
    assessment(db, incident_id)  -> what the Assess step recorded
    roles(db, incident_id)       -> the lead, scribe and spokesperson named in Manage

The pages commit through ``services.response_steps`` (one call per page), which checks and words
each change and records it here: a committed step is a :class:`StepCompleted` event (its
``wizard-step`` entry), the roles a :class:`RolesNamed` event. Their handlers are the only writers of
``wizard_steps``, ``incident_assessments`` and ``incident_roles``.

Drafts and the current page (``wizard_drafts``, ``wizard_progress``) are this laptop's, not part of
the record (``storage.events.LOCAL_TABLES``): what someone is typing and the page they are on, kept
so that closing the app mid-way loses nothing. The log records what was decided, not every keystroke.
"""

from __future__ import annotations

import json
import sqlite3

from crisisroom.domain.crisis_roles import Assignee, CrisisRoles
from crisisroom.domain.events.steps import RolesNamed, StepCompleted
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.response_steps import Assessment, Step, StepDone, WizardState, next_step
from crisisroom.storage import events, incidents
from crisisroom.storage.database import Database

# --- Resumable state (this laptop's) -----------------------------------------------------------


def load(database: Database, incident_id: str) -> WizardState:
    """Where the incident's team is in the wizard: the page to open on, the drafts, the steps done.

    An incident the wizard never saw starts on Assess with nothing typed.

    Raises:
        NotFoundError: no such incident.
    """
    incident = incidents.get(database, incident_id)
    rows = database.query("SELECT current_step FROM wizard_progress WHERE incident_id = ?", (incident.id,))
    current = Step(rows[0]["current_step"]) if rows else Step.ASSESS
    drafts = {
        Step(row["step"]): json.loads(row["data"])
        for row in database.query("SELECT step, data FROM wizard_drafts WHERE incident_id = ?", (incident.id,))
    }
    return WizardState(incident.id, current, drafts, completed(database, incident.id))


def put_draft(database: Database, incident_id: str, step: Step, data: str) -> None:
    """Keep a page's draft (its fields as JSON text) and make it the page to reopen on; not logged."""
    with database.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO wizard_drafts (incident_id, step, data, saved_at) VALUES (?, ?, ?, ?)",
            (incident_id, step.value, data, database.clock.now_iso()),
        )
        set_progress(database, incident_id, step)


def set_progress(database: Database, incident_id: str, step: Step) -> None:
    """Remember the page to reopen the wizard on; not logged."""
    with database.transaction() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO wizard_progress (incident_id, current_step, updated_at) VALUES (?, ?, ?)",
            (incident_id, step.value, database.clock.now_iso()),
        )


# --- The record --------------------------------------------------------------------------------


def assessment(database: Database, incident_id: str) -> Assessment | None:
    """What the Assess step recorded (None before it was committed); its facts are in ``storage.facts``."""
    rows = database.query("SELECT * FROM incident_assessments WHERE incident_id = ?", (incident_id,))
    if not rows:
        return None
    row = rows[0]
    return Assessment(
        incident_id=row["incident_id"],
        what_happened=row["what_happened"],
        source_links=tuple(json.loads(row["source_links"])),
        audiences=tuple(json.loads(row["audiences"])),
        level_reason=row["level_reason"],
        assessed_at=row["assessed_at"],
        assessed_by=row["assessed_by"],
    )


def roles(database: Database, incident_id: str) -> CrisisRoles | None:
    """The crisis lead, scribe and spokesperson named in Manage (None before that)."""
    rows = database.query("SELECT * FROM incident_roles WHERE incident_id = ?", (incident_id,))
    if not rows:
        return None
    row = rows[0]
    return CrisisRoles(
        lead=Assignee(row["lead_id"], row["lead_name"]),
        scribe=Assignee(row["scribe_id"], row["scribe_name"]),
        spokesperson=Assignee(row["spokesperson_id"], row["spokesperson_name"]),
        assigned_at=row["assigned_at"],
        assigned_by=row["assigned_by"],
    )


def completed(database: Database, incident_id: str) -> dict[Step, StepDone]:
    """The steps committed so far, each with its latest commit."""
    rows = database.query(
        "SELECT step, completed_at, completed_by, summary, log_entry_id FROM wizard_steps WHERE incident_id = ?",
        (incident_id,),
    )
    return {
        Step(row["step"]): StepDone(
            Step(row["step"]), row["completed_at"], row["completed_by"], json.loads(row["summary"]), row["log_entry_id"]
        )
        for row in rows
    }


def write_step(database: Database, event: StepCompleted, text: str, *, author: str) -> StepDone:
    """Record a committed step (its ``wizard-step`` entry) and move this laptop's wizard to the next page."""
    step = Step(event.step)
    with database.transaction():
        entry = events.record(database, event.incident, event, text, kind=Kind.WIZARD_STEP, author=author)
        set_progress(database, event.incident, next_step(step))
    return StepDone(step, entry.recorded_at, entry.author, event.summary, entry.id)


@events.handles(StepCompleted)
def _step_completed(conn: sqlite3.Connection, entry: LogEntry, event: StepCompleted) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO wizard_steps VALUES (?, ?, ?, ?, ?, ?)",
        (
            event.incident,
            event.step,
            entry.recorded_at,
            entry.author,
            # Sorted: the same text whether the summary comes from the page or from the log's canonical JSON.
            json.dumps(event.summary, ensure_ascii=False, sort_keys=True),
            entry.id,
        ),
    )
    if event.step == Step.ASSESS.value:
        summary = event.summary
        conn.execute(
            "INSERT OR REPLACE INTO incident_assessments VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                event.incident,
                summary["what_happened"],
                json.dumps(summary["source_links"], ensure_ascii=False),
                json.dumps(summary["audiences"]),
                summary["level_reason"],
                entry.recorded_at,
                entry.author,
                entry.id,
            ),
        )


def write_roles(database: Database, event: RolesNamed, text: str, *, author: str) -> CrisisRoles:
    """Record the roles named in Manage as a ``decision`` entry."""
    events.record(database, event.incident, event, text, kind=Kind.DECISION, author=author)
    named = roles(database, event.incident)
    assert named is not None
    return named


@events.handles(RolesNamed)
def _roles_named(conn: sqlite3.Connection, entry: LogEntry, event: RolesNamed) -> None:
    conn.execute(
        "INSERT OR REPLACE INTO incident_roles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            event.incident,
            event.lead["person"],
            event.lead["name"],
            event.scribe["person"],
            event.scribe["name"],
            event.spokesperson["person"],
            event.spokesperson["name"],
            entry.recorded_at,
            entry.author,
        ),
    )
