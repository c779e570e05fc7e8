"""Tables of the crisis wizard, created by one function that a numbered migration calls.

Everything here belongs to one incident. Rows that a log entry records point at it
(``log_entry_id``), so a view can go from a fact, a call or an approval to its line in the log.
Names and ids of people are stored as they were at the time (no foreign key to the roster): the
record must stay true when the roster changes. Where history matters and the log alone is not
enough to query it (message versions, notification attempts), rows are only ever added, and
triggers refuse changes to what was said.
"""

from __future__ import annotations

import sqlite_utils

# Literal values, not the domain's constants: a migration must create the same tables forever,
# even after the constants change (that change then needs a migration of its own).
_STEPS = "('assess', 'notify', 'manage', 'message', 'monitor')"
_AUDIENCES = "('public-posts', 'customers', 'employees', 'press', 'partners')"
_PHASES = "('holding', 'update', 'resolution')"
_CHANNELS = "('phone', 'sms', 'email', 'in person', 'other')"


def create_wizard_tables(db: sqlite_utils.Database) -> None:
    """Create the wizard's tables, indexes and triggers (STRICT, foreign keys to incidents and log).

    Runs inside the caller's migration transaction; it does not set ``user_version``.
    """
    # --- Where the team is, and what it typed: resumable state, not part of the record. -------
    db.execute(
        f"""
        CREATE TABLE wizard_progress (
            incident_id TEXT PRIMARY KEY REFERENCES incidents(id),
            current_step TEXT NOT NULL CHECK (current_step IN {_STEPS}),
            updated_at TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        f"""
        CREATE TABLE wizard_drafts (
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            step TEXT NOT NULL CHECK (step IN {_STEPS}),
            data TEXT NOT NULL CHECK (json_valid(data)),
            saved_at TEXT NOT NULL,
            PRIMARY KEY (incident_id, step)
        ) STRICT, WITHOUT ROWID
        """
    )
    # The latest commit of each step; every commit (including earlier ones) is in the log.
    db.execute(
        f"""
        CREATE TABLE wizard_steps (
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            step TEXT NOT NULL CHECK (step IN {_STEPS}),
            completed_at TEXT NOT NULL,
            completed_by TEXT NOT NULL,
            summary TEXT NOT NULL CHECK (json_valid(summary)),
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id),
            PRIMARY KEY (incident_id, step)
        ) STRICT, WITHOUT ROWID
        """
    )

    # --- Assess ---------------------------------------------------------------------------------
    db.execute(
        """
        CREATE TABLE incident_assessments (
            incident_id TEXT PRIMARY KEY REFERENCES incidents(id),
            what_happened TEXT NOT NULL,
            source_links TEXT NOT NULL CHECK (json_valid(source_links)),
            audiences TEXT NOT NULL CHECK (json_valid(audiences)),
            level_reason TEXT NOT NULL,
            assessed_at TEXT NOT NULL,
            assessed_by TEXT NOT NULL,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id)
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE incident_facts (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            text TEXT NOT NULL,
            verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            verified_at TEXT,
            verified_by TEXT,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id),
            UNIQUE (incident_id, text)
        ) STRICT
        """
    )
    # Only the verification of a fact changes; its words stay as recorded.
    db.execute(
        """
        CREATE TRIGGER incident_facts_only_verify BEFORE UPDATE ON incident_facts
        WHEN new.text IS NOT old.text OR new.incident_id IS NOT old.incident_id OR new.id IS NOT old.id
            OR new.recorded_at IS NOT old.recorded_at
        BEGIN SELECT RAISE(ABORT, 'only the verification of a fact can be changed'); END
        """
    )

    # --- Notify ---------------------------------------------------------------------------------
    db.execute(
        """
        CREATE TABLE notified_people (
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            person_id TEXT NOT NULL,
            person_name TEXT NOT NULL,
            acknowledged_at TEXT,
            acknowledged_recorded_by TEXT,
            ack_log_entry_id TEXT REFERENCES log_entries(id),
            PRIMARY KEY (incident_id, person_id)
        ) STRICT, WITHOUT ROWID
        """
    )
    db.execute(
        f"""
        CREATE TABLE notification_attempts (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            incident_id TEXT NOT NULL,
            person_id TEXT NOT NULL,
            channel TEXT NOT NULL CHECK (channel IN {_CHANNELS}),
            notified_at TEXT NOT NULL,
            recorded_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id),
            FOREIGN KEY (incident_id, person_id) REFERENCES notified_people(incident_id, person_id)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX notification_attempts_person ON notification_attempts (incident_id, person_id)")
    db.execute(
        """
        CREATE TABLE staff_alerts (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            wording TEXT NOT NULL,
            do_not_say TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX staff_alerts_incident ON staff_alerts (incident_id)")

    # --- Manage ---------------------------------------------------------------------------------
    db.execute(
        """
        CREATE TABLE incident_roles (
            incident_id TEXT PRIMARY KEY REFERENCES incidents(id),
            lead_id TEXT NOT NULL,
            lead_name TEXT NOT NULL,
            scribe_id TEXT NOT NULL,
            scribe_name TEXT NOT NULL,
            spokesperson_id TEXT NOT NULL,
            spokesperson_name TEXT NOT NULL,
            assigned_at TEXT NOT NULL,
            assigned_by TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE update_cadences (
            incident_id TEXT PRIMARY KEY REFERENCES incidents(id),
            first_minutes INTEGER NOT NULL CHECK (first_minutes BETWEEN 1 AND 1440),
            then_every_minutes INTEGER NOT NULL CHECK (then_every_minutes BETWEEN 1 AND 1440),
            for_hours INTEGER NOT NULL CHECK (for_hours BETWEEN 0 AND 72),
            then_every_minutes_after INTEGER NOT NULL CHECK (then_every_minutes_after BETWEEN 1 AND 1440),
            set_at TEXT NOT NULL,
            set_by TEXT NOT NULL
        ) STRICT
        """
    )
    # Built-in items get a row when first ticked; account items when added.
    db.execute(
        """
        CREATE TABLE checklist_items (
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            key TEXT NOT NULL,
            label TEXT NOT NULL,
            position INTEGER NOT NULL,
            added_at TEXT NOT NULL,
            added_by TEXT,
            done_at TEXT,
            done_by TEXT,
            PRIMARY KEY (incident_id, key)
        ) STRICT, WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TABLE internal_updates (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            text TEXT NOT NULL,
            released_at TEXT NOT NULL,
            next_update_at TEXT NOT NULL,
            recorded_by TEXT NOT NULL,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX internal_updates_incident ON internal_updates (incident_id, released_at)")

    # --- Message --------------------------------------------------------------------------------
    db.execute(
        f"""
        CREATE TABLE incident_messages (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            audience TEXT NOT NULL CHECK (audience IN {_AUDIENCES}),
            phase TEXT NOT NULL CHECK (phase IN {_PHASES}),
            created_at TEXT NOT NULL,
            UNIQUE (incident_id, audience, phase)
        ) STRICT
        """
    )
    # Every version is kept. The schema itself holds the path: a release needs an approval.
    db.execute(
        """
        CREATE TABLE message_versions (
            message_id TEXT NOT NULL REFERENCES incident_messages(id),
            number INTEGER NOT NULL CHECK (number >= 1),
            text TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            saved_by TEXT NOT NULL,
            draft_log_entry_id TEXT NOT NULL REFERENCES log_entries(id),
            approved_at TEXT,
            approver_name TEXT,
            approver_role TEXT,
            approval_recorded_by TEXT,
            approval_log_entry_id TEXT REFERENCES log_entries(id),
            released_at TEXT,
            released_where TEXT CHECK (released_where IS NULL OR json_valid(released_where)),
            released_by TEXT,
            release_log_entry_id TEXT REFERENCES log_entries(id),
            PRIMARY KEY (message_id, number),
            CHECK ((approved_at IS NULL) = (approver_name IS NULL) AND (approved_at IS NULL) = (approver_role IS NULL)),
            CHECK ((released_at IS NULL) = (released_where IS NULL)),
            CHECK (released_at IS NULL OR approved_at IS NOT NULL)
        ) STRICT, WITHOUT ROWID
        """
    )
    db.execute(
        """
        CREATE TRIGGER message_versions_keep_text BEFORE UPDATE ON message_versions
        WHEN new.text IS NOT old.text OR new.number IS NOT old.number OR new.message_id IS NOT old.message_id
            OR new.saved_at IS NOT old.saved_at OR old.released_at IS NOT NULL
            OR (old.approved_at IS NOT NULL AND new.approved_at IS NOT old.approved_at)
        BEGIN SELECT RAISE(ABORT, 'a saved statement version cannot be changed; save a new version'); END
        """
    )
    db.execute(
        """
        CREATE TRIGGER message_versions_no_delete BEFORE DELETE ON message_versions
        BEGIN SELECT RAISE(ABORT, 'statement versions are kept: they cannot be deleted'); END
        """
    )

    # --- Monitor --------------------------------------------------------------------------------
    db.execute(
        """
        CREATE TABLE coverage_items (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            outlet TEXT NOT NULL,
            link TEXT NOT NULL,
            tone TEXT NOT NULL CHECK (tone IN ('negative', 'neutral', 'positive')),
            note TEXT NOT NULL,
            published_at TEXT,
            added_at TEXT NOT NULL,
            added_by TEXT NOT NULL,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX coverage_items_incident ON coverage_items (incident_id, seq)")
