"""The schema, as an ordered set of sqlite-utils migrations.

Each migration ends by setting ``PRAGMA user_version`` to its number, which file_format.py
names as SCHEMA_VERSION; this module is imported only when a file needs migrating, so starting
the app does not pay for sqlite-utils (and the numpy it pulls in).
"""

from __future__ import annotations

import uuid

import sqlite_utils
from sqlite_utils import Migrations

from crisisroom.domain.chain import default_table
from crisisroom.domain.clock import now_iso
from crisisroom.domain.rules import DEFAULT_RULES
from crisisroom.storage.file_format import APPLICATION_ID
from crisisroom.storage.response_steps_schema import create_wizard_tables
from crisisroom.storage.review_schema import create_review_tables
from crisisroom.storage.team_schema import create_team_tables
from crisisroom.storage.templates_schema import create_template_tables

migrations = Migrations("crisisroom")


@migrations(name="0001_initial")
def _initial(db: sqlite_utils.Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.table("meta").create({"key": str, "value": str}, pk="key", not_null={"value"}, strict=True)
    db.table("meta").insert_all(
        [{"key": "device_id", "value": str(uuid.uuid4())}, {"key": "created_at", "value": now_iso()}]
    )
    db.execute(
        """
        CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            category TEXT NOT NULL
                CHECK (category IN ('customer-service', 'reputation', 'security-breach', 'operational')),
            is_drill INTEGER NOT NULL CHECK (is_drill IN (0, 1)),
            level INTEGER CHECK (level BETWEEN 1 AND 5),
            detected_at TEXT,
            opened_at TEXT NOT NULL,
            closed_at TEXT,
            timezone TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE log_entries (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            device_id TEXT NOT NULL,
            device_seq INTEGER NOT NULL,
            recorded_at TEXT NOT NULL,
            occurred_at TEXT,
            author TEXT NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            payload TEXT,
            corrects TEXT REFERENCES log_entries(id),
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL UNIQUE,
            UNIQUE (device_id, device_seq)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX log_entries_incident ON log_entries (incident_id, seq)")
    db.execute("CREATE INDEX log_entries_incident_kind ON log_entries (incident_id, kind, seq)")
    db.execute("CREATE INDEX log_entries_corrects ON log_entries (corrects) WHERE corrects IS NOT NULL")
    # The log is append-only: a correction is a new entry that points at the old one.
    db.execute(
        """
        CREATE TRIGGER log_entries_no_update BEFORE UPDATE ON log_entries
        BEGIN SELECT RAISE(ABORT, 'the crisis log is append-only: entries cannot be changed'); END
        """
    )
    db.execute(
        """
        CREATE TRIGGER log_entries_no_delete BEFORE DELETE ON log_entries
        BEGIN SELECT RAISE(ABORT, 'the crisis log is append-only: entries cannot be deleted'); END
        """
    )
    db.table("log_entries").enable_fts(["text", "author"], fts_version="FTS5", create_triggers=True)
    db.execute("PRAGMA user_version = 1")


@migrations(name="0002_mentions_and_rules")
def _mentions_and_rules(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE import_batches (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            source TEXT NOT NULL,
            file_sha256 TEXT,
            format TEXT NOT NULL,
            preset TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            author TEXT NOT NULL,
            rows_read INTEGER NOT NULL,
            imported INTEGER NOT NULL,
            duplicates INTEGER NOT NULL,
            rejected INTEGER NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE mentions (
            seq INTEGER PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            dedupe_key TEXT NOT NULL,
            posted_at TEXT NOT NULL,
            platform TEXT NOT NULL,
            author TEXT NOT NULL,
            text TEXT NOT NULL,
            url TEXT NOT NULL,
            external_id TEXT NOT NULL,
            sentiment TEXT NOT NULL CHECK (sentiment IN ('negative', 'neutral', 'positive')),
            sentiment_source TEXT NOT NULL CHECK (sentiment_source IN ('export', 'vader', 'manual')),
            reach INTEGER,
            batch_id TEXT NOT NULL REFERENCES import_batches(id),
            UNIQUE (incident_id, dedupe_key)
        ) STRICT
        """
    )
    # One time index serves the chart's recount, the rules' lookups and the mentions view; every
    # further index roughly halves the import rate (measured), so there is no other.
    db.execute("CREATE INDEX mentions_time ON mentions (incident_id, posted_at)")
    # Hourly counts, so the chart and the rules read one row per hour however many mentions
    # there are. storage/mentions.py recounts the hours an import or a relabel touched.
    db.execute(
        """
        CREATE TABLE mention_hours (
            incident_id TEXT NOT NULL,
            hour TEXT NOT NULL,
            total INTEGER NOT NULL,
            negative INTEGER NOT NULL,
            PRIMARY KEY (incident_id, hour)
        ) STRICT, WITHOUT ROWID
        """
    )
    # Only the sentiment of a mention may change (a person relabels it); nothing is deleted.
    db.execute(
        """
        CREATE TRIGGER mentions_only_relabel BEFORE UPDATE ON mentions
        WHEN new.seq IS NOT old.seq OR new.incident_id IS NOT old.incident_id
            OR new.posted_at IS NOT old.posted_at OR new.text IS NOT old.text
            OR new.dedupe_key IS NOT old.dedupe_key OR new.author IS NOT old.author
            OR new.url IS NOT old.url OR new.platform IS NOT old.platform
        BEGIN SELECT RAISE(ABORT, 'only the sentiment of a mention can be changed'); END
        """
    )
    db.execute(
        """
        CREATE TRIGGER mentions_no_delete BEFORE DELETE ON mentions
        BEGIN SELECT RAISE(ABORT, 'mentions are not deleted'); END
        """
    )
    db.execute(
        """
        CREATE TABLE rules (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            more_than INTEGER NOT NULL CHECK (more_than >= 0),
            hours INTEGER NOT NULL CHECK (hours >= 1),
            window_minutes INTEGER CHECK (window_minutes >= 1),
            action TEXT NOT NULL,
            role TEXT NOT NULL,
            suggested_level INTEGER CHECK (suggested_level BETWEEN 1 AND 5),
            enabled INTEGER NOT NULL CHECK (enabled IN (0, 1))
        ) STRICT
        """
    )
    db.table("rules").insert_all(
        [
            {
                "id": rule.id,
                "position": position,
                "name": rule.name,
                "more_than": rule.more_than,
                "hours": rule.hours,
                "window_minutes": rule.window_minutes,
                "action": rule.action,
                "role": rule.role,
                "suggested_level": rule.suggested_level,
                "enabled": int(rule.enabled),
            }
            for position, rule in enumerate(DEFAULT_RULES)
        ]
    )
    db.execute(
        """
        CREATE TABLE rule_firings (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            rule_id TEXT NOT NULL,
            rule_name TEXT NOT NULL,
            fired_at TEXT NOT NULL,
            episode_start TEXT NOT NULL,
            episode_end TEXT NOT NULL,
            negative_in_hour INTEGER NOT NULL,
            suggested_level INTEGER,
            action TEXT NOT NULL,
            role TEXT NOT NULL,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id),
            recorded_at TEXT NOT NULL,
            acknowledged_at TEXT,
            acknowledged_by TEXT
        ) STRICT
        """
    )
    db.execute("CREATE INDEX rule_firings_incident ON rule_firings (incident_id, fired_at)")
    db.execute("PRAGMA user_version = 2")


@migrations(name="0003_vault")
def _vault(db: sqlite_utils.Database) -> None:
    # Shared accounts: metadata only. Their secrets live in the OS keychain, never in this file.
    db.execute(
        """
        CREATE TABLE vault_accounts (
            id TEXT PRIMARY KEY,
            platform TEXT NOT NULL,
            handle TEXT NOT NULL,
            login_email TEXT NOT NULL,
            url TEXT NOT NULL,
            owners TEXT NOT NULL,
            notes TEXT NOT NULL,
            two_factor TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            compromised_at TEXT
        ) STRICT
        """
    )
    # Which secrets the keychain holds for an account, and when each was last set (the rotation age).
    db.execute(
        """
        CREATE TABLE vault_secrets (
            account_id TEXT NOT NULL REFERENCES vault_accounts(id) ON DELETE CASCADE,
            field TEXT NOT NULL CHECK (field IN ('password', 'recovery-codes', 'api-token')),
            set_at TEXT NOT NULL,
            PRIMARY KEY (account_id, field)
        ) STRICT, WITHOUT ROWID
        """
    )
    # The compromised-account checklist of the current episode; its history is in the audit trail.
    db.execute(
        """
        CREATE TABLE vault_checklist (
            account_id TEXT NOT NULL REFERENCES vault_accounts(id) ON DELETE CASCADE,
            step TEXT NOT NULL,
            done_at TEXT NOT NULL,
            done_by TEXT NOT NULL,
            PRIMARY KEY (account_id, step)
        ) STRICT, WITHOUT ROWID
        """
    )
    # Every reveal, copy, change, rotation… of every account, incident or not. No foreign key to
    # the account: the trail outlives an account's removal.
    db.execute(
        """
        CREATE TABLE vault_audit (
            seq INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            at TEXT NOT NULL,
            device_id TEXT NOT NULL,
            account_id TEXT NOT NULL,
            account_label TEXT NOT NULL,
            action TEXT NOT NULL,
            field TEXT,
            detail TEXT NOT NULL,
            author TEXT NOT NULL,
            incident_id TEXT REFERENCES incidents(id),
            log_entry_id TEXT REFERENCES log_entries(id)
        ) STRICT
        """
    )
    db.execute("CREATE INDEX vault_audit_account ON vault_audit (account_id, seq)")
    db.execute(
        """
        CREATE TRIGGER vault_audit_no_update BEFORE UPDATE ON vault_audit
        BEGIN SELECT RAISE(ABORT, 'the vault audit trail is append-only: records cannot be changed'); END
        """
    )
    db.execute(
        """
        CREATE TRIGGER vault_audit_no_delete BEFORE DELETE ON vault_audit
        BEGIN SELECT RAISE(ABORT, 'the vault audit trail is append-only: records cannot be deleted'); END
        """
    )
    db.execute("PRAGMA user_version = 3")


@migrations(name="0004_wizard")
def _wizard(db: sqlite_utils.Database) -> None:
    create_wizard_tables(db)
    db.execute("PRAGMA user_version = 4")


@migrations(name="0005_team")
def _team(db: sqlite_utils.Database) -> None:
    create_team_tables(db)
    db.execute("PRAGMA user_version = 5")


@migrations(name="0006_templates")
def _templates(db: sqlite_utils.Database) -> None:
    create_template_tables(db)
    db.execute("PRAGMA user_version = 6")


@migrations(name="0007_review")
def _review(db: sqlite_utils.Database) -> None:
    create_review_tables(db)
    db.execute("PRAGMA user_version = 7")


@migrations(name="0008_organisation")
def _organisation(db: sqlite_utils.Database) -> None:
    db.execute(
        """
        CREATE TABLE organisation_settings (
            key TEXT PRIMARY KEY CHECK (key IN ('name', 'timezone', 'cadence')),
            value TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL
        ) STRICT
        """
    )
    # Until now the name statements speak for was typed on the Message page and kept in its draft
    # (and in the window's settings file, which the GUI moves over when it first opens this file):
    # the latest one typed becomes the organisation's name.
    db.execute(
        """
        INSERT INTO organisation_settings (key, value, changed_at, changed_by)
        SELECT 'name', trim(json_extract(data, '$.organisation')), saved_at, 'migration'
        FROM wizard_drafts
        WHERE step = 'message' AND trim(coalesce(json_extract(data, '$.organisation'), '')) != ''
        ORDER BY saved_at DESC LIMIT 1
        """
    )
    db.execute("PRAGMA user_version = 8")


@migrations(name="0009_firing_revisions")
def _firing_revisions(db: sqlite_utils.Database) -> None:
    # A firing that later data or edited rules no longer bear out is kept, withdrawn, not deleted:
    # its alert stays in the append-only log, and a revision entry there says what changed.
    db.execute("ALTER TABLE rule_firings ADD COLUMN superseded_at TEXT")
    db.execute("ALTER TABLE rule_firings ADD COLUMN superseded_by TEXT")  # the firing that carries its episode on
    db.execute("PRAGMA user_version = 9")


@migrations(name="0010_mention_time_known")
def _mention_time_known(db: sqlite_utils.Database) -> None:
    # A mention whose export gave only a date (no time of day) is stored at midnight with
    # time_known = 0; the hourly counts and the rules leave it out (it has no hour).
    db.execute("ALTER TABLE mentions ADD COLUMN time_known INTEGER NOT NULL DEFAULT 1 CHECK (time_known IN (0, 1))")
    db.execute("PRAGMA user_version = 10")


@migrations(name="0011_sentiment_unscored")
def _sentiment_unscored(db: sqlite_utils.Database) -> None:
    # A mention no scorer fits (a language without a lexicon, too short to tell) keeps no sentiment
    # rather than a confident wrong one: sentiment becomes nullable, with the reason beside it, and
    # 'lexicon' (Swedish, French) joins the sources. SQLite cannot change a CHECK in place, so the
    # table is rebuilt from its own definition (whatever columns earlier migrations added), with its
    # index and triggers; the hourly table gains an unscored count.
    definition = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'mentions'").fetchone()[0]
    columns = ", ".join(column.name for column in db["mentions"].columns)
    old_sentiment = "sentiment TEXT NOT NULL CHECK (sentiment IN ('negative', 'neutral', 'positive'))"
    old_source = "sentiment_source TEXT NOT NULL CHECK (sentiment_source IN ('export', 'vader', 'manual'))"
    assert old_sentiment in definition and old_source in definition, definition
    definition = (
        definition.replace("CREATE TABLE mentions", "CREATE TABLE mentions_new", 1)
        .replace(old_sentiment, "sentiment TEXT CHECK (sentiment IN ('negative', 'neutral', 'positive'))")
        .replace(
            old_source,
            "sentiment_source TEXT NOT NULL "
            "CHECK (sentiment_source IN ('export', 'vader', 'lexicon', 'manual', 'unscored')), "
            "unscored_reason TEXT CHECK ((unscored_reason IS NULL) = (sentiment IS NOT NULL)), "
            "CHECK ((sentiment IS NULL) = (sentiment_source = 'unscored'))",
        )
    )
    # A table CHECK must follow the columns: move the one added above to the end of the list.
    table_check = ", CHECK ((sentiment IS NULL) = (sentiment_source = 'unscored'))"
    definition = definition.replace(table_check, "", 1)
    body_end = definition.rindex(")")
    definition = definition[:body_end].rstrip() + table_check + "\n" + definition[body_end:]
    schema_sql = "SELECT sql FROM sqlite_master WHERE type = ? AND tbl_name = 'mentions' AND sql IS NOT NULL"
    triggers = [row[0] for row in db.execute(schema_sql, ["trigger"])]
    indexes = [row[0] for row in db.execute(schema_sql, ["index"])]
    db.execute(definition)
    db.execute(f"INSERT INTO mentions_new ({columns}) SELECT {columns} FROM mentions")
    db.execute("DROP TABLE mentions")
    db.execute("ALTER TABLE mentions_new RENAME TO mentions")
    for sql in [*indexes, *triggers]:
        db.execute(sql)
    db.execute("ALTER TABLE mention_hours ADD COLUMN unscored INTEGER NOT NULL DEFAULT 0")
    db.execute("PRAGMA user_version = 11")


@migrations(name="0012_signed_log")
def _signed_log(db: sqlite_utils.Database) -> None:
    # Every new entry is signed by its device's key (kept in the keychain, never here); the register
    # of devices holds each public key and where its signed chain starts. Entries written before
    # this version stay hash-chained only, bound to the first signed entry through anchor_hash.
    db.execute("ALTER TABLE log_entries ADD COLUMN signature TEXT")
    db.execute(
        """
        CREATE TABLE devices (
            device_id TEXT PRIMARY KEY,
            public_key TEXT NOT NULL,
            signed_from INTEGER NOT NULL CHECK (signed_from >= 1),
            anchor_hash TEXT NOT NULL,
            registered_at TEXT NOT NULL,
            reason TEXT NOT NULL,
            follows_device TEXT,
            follows_seq INTEGER,
            follows_hash TEXT,
            signature TEXT NOT NULL
        ) STRICT
        """
    )
    for action, verb in (("UPDATE", "changed"), ("DELETE", "removed")):
        db.execute(
            f"""
            CREATE TRIGGER devices_no_{action.lower()} BEFORE {action} ON devices
            BEGIN SELECT RAISE(ABORT, 'the register of devices is append-only: a device cannot be {verb}'); END
            """
        )
    # The log is shown in its signed order (recorded time, then each device's own sequence), never
    # by the rowid, which anyone with the file could renumber.
    db.execute("CREATE INDEX log_entries_order ON log_entries (incident_id, recorded_at, device_id, device_seq)")
    # Names this log wherever it is copied or restored, so the heads kept outside the file find it.
    db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('file_id', ?)", [str(uuid.uuid4())])
    db.execute("PRAGMA user_version = 12")


@migrations(name="0013_notify_outcomes")
def _notify_outcomes(db: sqlite_utils.Database) -> None:
    # Each try to reach a person now says what came of it (no answer, a message left, reached,
    # acknowledged) and when it happened. Until now every attempt meant "reached", and an
    # acknowledgement sat on the person's row: it becomes an attempt of its own, at its time, with
    # its log entry and the channel of the last try before it, and the person's row keeps only who
    # they are. No log entry is rewritten.
    db.execute(
        "ALTER TABLE notification_attempts ADD COLUMN outcome TEXT NOT NULL DEFAULT 'reached' "
        "CHECK (outcome IN ('no answer', 'voicemail', 'reached', 'acknowledged'))"
    )
    db.execute("ALTER TABLE notification_attempts RENAME COLUMN notified_at TO occurred_at")
    acknowledged = db.execute(
        """
        SELECT p.incident_id, p.person_id, p.acknowledged_at,
               coalesce(p.acknowledged_recorded_by, l.author, 'migration') AS recorded_by, p.ack_log_entry_id,
               coalesce(l.recorded_at, p.acknowledged_at) AS recorded_at,
               coalesce(
                   (SELECT a.channel FROM notification_attempts a
                    WHERE a.incident_id = p.incident_id AND a.person_id = p.person_id
                        AND a.occurred_at <= p.acknowledged_at
                    ORDER BY a.occurred_at DESC, a.seq DESC LIMIT 1),
                   (SELECT a.channel FROM notification_attempts a
                    WHERE a.incident_id = p.incident_id AND a.person_id = p.person_id
                    ORDER BY a.seq LIMIT 1)
               ) AS channel
        FROM notified_people p LEFT JOIN log_entries l ON l.id = p.ack_log_entry_id
        WHERE p.acknowledged_at IS NOT NULL AND p.ack_log_entry_id IS NOT NULL
        ORDER BY l.seq
        """
    ).fetchall()
    for incident_id, person_id, at, recorded_by, entry_id, recorded_at, channel in acknowledged:
        db.execute(
            "INSERT INTO notification_attempts (id, incident_id, person_id, channel, occurred_at, recorded_at, "
            "recorded_by, log_entry_id, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'acknowledged')",
            [str(uuid.uuid4()), incident_id, person_id, channel or "other", at, recorded_at, recorded_by, entry_id],
        )
    for column in ("ack_log_entry_id", "acknowledged_recorded_by", "acknowledged_at"):
        db.execute(f"ALTER TABLE notified_people DROP COLUMN {column}")
    # The tries are the call tree's history: kept as recorded, like the log entries they point at.
    for event in ("UPDATE", "DELETE"):
        db.execute(
            f"CREATE TRIGGER notification_attempts_no_{event.lower()} BEFORE {event} ON notification_attempts "
            "BEGIN SELECT RAISE(ABORT, 'a recorded attempt to reach someone is kept as it is'); END"
        )
    db.execute("PRAGMA user_version = 13")


@migrations(name="0014_chain_of_command")
def _chain_of_command(db: sqlite_utils.Database) -> None:
    # Crisis type × level → the roles called (domain/chain.py), one row per role; a cell without
    # rows calls no role. Crisis types and role keys are checked in code, as for team_roles, so a new
    # role or type needs no migration. Filled with the room's defaults, which Settings edits.
    db.execute(
        """
        CREATE TABLE chain_of_command (
            category TEXT NOT NULL,
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            role TEXT NOT NULL,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            PRIMARY KEY (category, level, role)
        ) STRICT, WITHOUT ROWID
        """
    )
    at = now_iso()
    db.conn.executemany(
        "INSERT INTO chain_of_command (category, level, role, changed_at, changed_by) VALUES (?, ?, ?, ?, 'defaults')",
        [(category, level, role, at) for category, level, role in default_table().rows()],
    )
    db.execute("PRAGMA user_version = 14")


@migrations(name="0015_platform_statements")
def _platform_statements(db: sqlite_utils.Database) -> None:
    import hashlib  # here rather than at the top: this migration's change stays in its slot

    from crisisroom.domain.platform_lengths import Phase, Platform

    # A statement may be a version for one platform (X, SMS…) beside the one for all channels
    # (platform ''), so a cell's key gains the platform. SQLite cannot change a UNIQUE in place, and
    # this runs inside the migration's transaction, where foreign keys cannot be switched off: the
    # table is rebuilt with its checks deferred. Dropping the old table leaves message_versions
    # pointing at rows that are gone; inserting the same rows into the new table of the same name
    # resolves every one of them before the commit, which would otherwise fail.
    platforms = ", ".join(f"'{key}'" for key in ("", *(p.value for p in Platform)))
    definition = db.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'incident_messages'"
    ).fetchone()[0]
    old_key = "UNIQUE (incident_id, audience, phase)"
    assert old_key in definition, definition
    definition = definition.replace("CREATE TABLE incident_messages", "CREATE TABLE incident_messages_new", 1).replace(
        old_key,
        f"platform TEXT NOT NULL DEFAULT '' CHECK (platform IN ({platforms})),\n"
        "            UNIQUE (incident_id, audience, phase, platform)",
    )
    columns = ", ".join(column.name for column in db["incident_messages"].columns)
    db.execute("PRAGMA defer_foreign_keys = ON")  # until the end of this transaction
    db.execute(f"CREATE TABLE incident_messages_copy AS SELECT {columns} FROM incident_messages")
    db.execute(definition)
    db.execute("DROP TABLE incident_messages")
    db.execute("ALTER TABLE incident_messages_new RENAME TO incident_messages")
    db.execute(f"INSERT INTO incident_messages ({columns}) SELECT {columns} FROM incident_messages_copy")
    db.execute("DROP TABLE incident_messages_copy")

    # An approval names the text it approves by its SHA-256 and the roster person who gave it; a
    # release over a platform's limit keeps the reason it was let through.
    db.execute("ALTER TABLE message_versions ADD COLUMN approved_text_sha256 TEXT")
    db.execute("ALTER TABLE message_versions ADD COLUMN approver_id TEXT")
    db.execute("ALTER TABLE message_versions ADD COLUMN release_override TEXT")
    # Approvals given before this version name their text too. The trigger that keeps versions
    # unchanged is set aside for that one update, and comes back guarding the hash as well.
    db.conn.create_function(
        "crisisroom_sha256", 1, lambda text: hashlib.sha256(str(text).encode("utf-8")).hexdigest(), deterministic=True
    )
    db.execute("DROP TRIGGER message_versions_keep_text")
    db.execute(
        "UPDATE message_versions SET approved_text_sha256 = crisisroom_sha256(text) WHERE approved_at IS NOT NULL"
    )
    db.execute(
        """
        CREATE TRIGGER message_versions_keep_text BEFORE UPDATE ON message_versions
        WHEN new.text IS NOT old.text OR new.number IS NOT old.number OR new.message_id IS NOT old.message_id
            OR new.saved_at IS NOT old.saved_at OR old.released_at IS NOT NULL
            OR (old.approved_at IS NOT NULL AND new.approved_at IS NOT old.approved_at)
            OR (old.approved_text_sha256 IS NOT NULL AND new.approved_text_sha256 IS NOT old.approved_text_sha256)
        BEGIN SELECT RAISE(ABORT, 'a saved statement version cannot be changed; save a new version'); END
        """
    )

    # What happened, written for the public, one text per phase: statements use it, never the
    # internal assessment. Changed in place; every change is in the log.
    phases = ", ".join(f"'{p.value}'" for p in Phase)
    db.execute(
        f"""
        CREATE TABLE incident_public_summaries (
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            phase TEXT NOT NULL CHECK (phase IN ({phases})),
            text TEXT NOT NULL,
            saved_at TEXT NOT NULL,
            saved_by TEXT NOT NULL,
            log_entry_id TEXT NOT NULL REFERENCES log_entries(id),
            PRIMARY KEY (incident_id, phase)
        ) STRICT
        """
    )
    db.execute("PRAGMA user_version = 15")


@migrations(name="0016_checklist_items")
def _checklist_items(db: sqlite_utils.Database) -> None:
    # Own items can be removed: the row stays (with its tick, if it had one) so that the record
    # and the log keep agreeing, and its key is never given to another item.
    db.execute("ALTER TABLE checklist_items ADD COLUMN removed_at TEXT")
    db.execute("ALTER TABLE checklist_items ADD COLUMN removed_by TEXT")
    # Per incident: when the organisation became aware of a breach (NULL: the detection time),
    # which starts the 72-hour clock, and whether a product is recalled (adds the recall's items).
    db.execute(
        """
        CREATE TABLE checklist_settings (
            incident_id TEXT PRIMARY KEY REFERENCES incidents(id),
            aware_at TEXT,
            product_recall INTEGER NOT NULL DEFAULT 0 CHECK (product_recall IN (0, 1)),
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute("PRAGMA user_version = 16")


@migrations(name="0017_organisation_log")
def _organisation_log(db: sqlite_utils.Database) -> None:
    # Changes to what every incident shares (the team, the settings, the templates) are log entries
    # too, with no incident (storage/events.py). SQLite cannot drop a NOT NULL in place, so the
    # table is rebuilt with the same rows, rowids and hashes, and its indexes and triggers (the
    # append-only guards, the search index's) are put back exactly as they were written.
    definition = db.execute("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'log_entries'").fetchone()[0]
    old_column = "incident_id TEXT NOT NULL REFERENCES incidents(id)"
    assert old_column in definition, definition
    keep = db.execute(
        "SELECT sql FROM sqlite_master WHERE tbl_name = 'log_entries' AND type IN ('index', 'trigger') "
        "AND sql IS NOT NULL ORDER BY type, name"
    ).fetchall()
    columns = ", ".join(column.name for column in db["log_entries"].columns)
    db.execute("PRAGMA defer_foreign_keys = ON")  # other tables point at entries; resolved before the commit
    db.execute(f"CREATE TABLE log_entries_copy AS SELECT {columns} FROM log_entries")
    db.execute("DROP TABLE log_entries")  # its triggers go with it (a drop fires none of them)
    db.execute(definition.replace(old_column, "incident_id TEXT REFERENCES incidents(id)", 1))
    db.execute(f"INSERT INTO log_entries ({columns}) SELECT {columns} FROM log_entries_copy")
    db.execute("DROP TABLE log_entries_copy")
    for (sql,) in keep:
        db.execute(sql)
    db.execute("CREATE INDEX log_entries_organisation ON log_entries (recorded_at) WHERE incident_id IS NULL")
    # From here on every change is a typed event; what an older version wrote cannot be replayed.
    db.execute("INSERT INTO meta (key, value) SELECT 'entries_before_events', CAST(count(*) AS TEXT) FROM log_entries")
    # Nor can a file it began before its first entry: its example team had other ids (a new file's
    # are fixed) and its settings may have been changed without an entry.
    from crisisroom.domain.team import example_roster  # here: this migration's check stays in its slot

    fixed = {person.id for person in example_roster()}
    people = {row[0] for row in db.execute("SELECT id FROM team_people").fetchall()}
    settings = db.execute("SELECT count(*) FROM organisation_settings").fetchone()[0]
    if people - fixed or settings:
        db.execute("INSERT INTO meta (key, value) VALUES ('begun_before_events', '1')")
    db.execute("PRAGMA user_version = 17")


@migrations(name="0018_mentions_carried")
def _mentions_carried(db: sqlite_utils.Database) -> None:
    # Mention rows are carried with the log, as imported (storage/events.py). A relabel changes the
    # current label; the first one keeps the label as imported beside it (NULL: never relabelled,
    # the label is the imported one), so a rebuild can start from the rows as imported and replay
    # the relabels, and the import's digest still covers what was imported.
    db.execute(
        "ALTER TABLE mentions ADD COLUMN imported_sentiment TEXT "
        "CHECK (imported_sentiment IN ('negative', 'neutral', 'positive'))"
    )
    db.execute(
        "ALTER TABLE mentions ADD COLUMN imported_source TEXT "
        "CHECK (imported_source IN ('export', 'vader', 'lexicon', 'manual', 'unscored'))"
    )
    db.execute("ALTER TABLE mentions ADD COLUMN imported_reason TEXT")
    db.execute("PRAGMA user_version = 18")


@migrations(name="0019_organisation_events")
def _organisation_events(db: sqlite_utils.Database) -> None:
    # The team, the settings, the chain of command and the templates are now changed by events in
    # the organisation's part of the log, and rebuilt from them over what a new file starts with:
    # the example team (fixed ids, domain/team.py), the default rules and the default chain of
    # command. That start must be the same in every file, but the chain's rows carried the moment
    # migration 0014 ran: the rows still as shipped get one fixed time instead, in every file.
    shipped_at = "2000-01-01T00:00:00.000Z"
    db.execute("UPDATE chain_of_command SET changed_at = ? WHERE changed_by = 'defaults'", [shipped_at])
    db.execute("PRAGMA user_version = 19")


@migrations(name="0020_steps_events")
def _steps_events(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA user_version = 20")


@migrations(name="0021_statements_events")
def _statements_events(db: sqlite_utils.Database) -> None:
    db.execute("PRAGMA user_version = 21")


@migrations(name="0022_sharing")
def _sharing(db: sqlite_utils.Database) -> None:
    # Sharing an incident through a folder (storage/sharing.py, DESIGN.md "Sharing an incident").
    # This laptop's own (local): the shares it takes part in, the segments it wrote and read, alarms.
    db.execute(
        """
        CREATE TABLE shares (
            incident_id TEXT PRIMARY KEY,
            share_id TEXT NOT NULL UNIQUE,
            folder TEXT NOT NULL,
            device_id TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('member', 'waiting')),
            wrapped_key TEXT,
            starter_device TEXT NOT NULL,
            starter_key TEXT NOT NULL,
            min_version TEXT NOT NULL,
            joined_at TEXT NOT NULL
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE share_segments (
            share_id TEXT NOT NULL,
            device_id TEXT NOT NULL,
            number INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            first_seq INTEGER NOT NULL,
            last_seq INTEGER NOT NULL,
            entries INTEGER NOT NULL,
            done_at TEXT NOT NULL,
            PRIMARY KEY (share_id, device_id, number)
        ) STRICT
        """
    )
    db.execute(
        """
        CREATE TABLE share_alarms (
            share_id TEXT NOT NULL,
            device_id TEXT,
            path TEXT NOT NULL,
            kind TEXT NOT NULL,
            detail TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            PRIMARY KEY (share_id, path, kind)
        ) STRICT
        """
    )
    # The rows of a peer's import this laptop stored (some may have been here already, from an import
    # of the same posts on another laptop): what verify checks them against.
    db.execute(
        """
        CREATE TABLE received_batches (
            batch_id TEXT PRIMARY KEY,
            stored_rows INTEGER NOT NULL,
            stored_digest TEXT NOT NULL
        ) STRICT
        """
    )
    # The log (travels with it): the other entries of a peer's chain, whose content stays on that
    # laptop, as links, so its chain stays whole and verifiable here.
    db.execute(
        """
        CREATE TABLE log_links (
            device_id TEXT NOT NULL,
            device_seq INTEGER NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            signature TEXT,
            PRIMARY KEY (device_id, device_seq)
        ) STRICT
        """
    )
    db.execute(
        "CREATE TRIGGER log_links_no_update BEFORE UPDATE ON log_links "
        "BEGIN SELECT RAISE(ABORT, 'log links are append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER log_links_no_delete BEFORE DELETE ON log_links "
        "BEGIN SELECT RAISE(ABORT, 'log links are append-only'); END"
    )
    # State (rebuilt from share.* events): the laptops of a shared incident's team.
    db.execute(
        """
        CREATE TABLE share_laptops (
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            device_id TEXT NOT NULL,
            public_key TEXT NOT NULL,
            unwrap_key TEXT NOT NULL,
            person TEXT NOT NULL,
            laptop TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            admitted_at TEXT NOT NULL,
            admitted_by TEXT NOT NULL,
            entry_id TEXT NOT NULL,
            PRIMARY KEY (incident_id, device_id)
        ) STRICT
        """
    )
    db.execute("PRAGMA user_version = 22")


@migrations(name="0023_shared_rules")
def _shared_rules(db: sqlite_utils.Database) -> None:
    # Merge rules for an incident shared by several laptops (DESIGN.md, "Merge rules").
    # State: an incident's severity heads, the level entries no later one replaced (its level is the
    # highest). On one laptop there is one, the latest; two appear when laptops set levels without
    # seeing each other, until a level set after seeing both replaces them.
    db.execute(
        """
        CREATE TABLE severity_heads (
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            entry_id TEXT NOT NULL REFERENCES log_entries(id),
            level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
            set_by TEXT NOT NULL,
            device_id TEXT NOT NULL,
            set_at TEXT NOT NULL,
            PRIMARY KEY (incident_id, entry_id)
        ) STRICT
        """
    )
    # A file made before: each level set is its incident's one head, the newest entry that set or
    # opened it (as a replay of its log gives); a file from before typed events has none of those,
    # and its newest severity entry (else its first entry) stands in for it.
    db.execute(
        """
        INSERT INTO severity_heads (incident_id, entry_id, level, set_by, device_id, set_at)
        SELECT i.id, e.id, i.level, e.author, e.device_id, e.recorded_at
        FROM incidents i JOIN log_entries e ON e.id = coalesce(
            (SELECT x.id FROM log_entries x WHERE x.incident_id = i.id
                AND json_extract(x.payload, '$.type') IN ('incident.severity-set', 'incident.opened')
                AND json_extract(x.payload, '$.level') IS NOT NULL
             ORDER BY x.recorded_at DESC, x.device_id DESC, x.device_seq DESC LIMIT 1),
            (SELECT x.id FROM log_entries x WHERE x.incident_id = i.id AND x.kind = 'severity'
             ORDER BY x.recorded_at DESC, x.device_id DESC, x.device_seq DESC LIMIT 1),
            (SELECT x.id FROM log_entries x WHERE x.incident_id = i.id
             ORDER BY x.recorded_at, x.device_id, x.device_seq LIMIT 1))
        WHERE i.level IS NOT NULL
        """
    )
    # A statement version names the versions it follows (their drafting entries): the cell's heads
    # its writer had. Versions drafted without seeing each other follow the same ones: siblings.
    # Before, every version followed the one before it.
    db.execute("DROP TRIGGER message_versions_keep_text")
    db.execute("ALTER TABLE message_versions ADD COLUMN follows TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(follows))")
    db.execute(
        """
        UPDATE message_versions SET follows = (
            SELECT json_array(p.draft_log_entry_id) FROM message_versions p
            WHERE p.message_id = message_versions.message_id AND p.number = message_versions.number - 1)
        WHERE number > 1
        """
    )
    # A saved version still never changes, and what follows it neither; one thing may now be added
    # to a released version: the places of a release made on another laptop without seeing the
    # first, after the first's (its places, time, author and reason stay).
    db.execute(
        """
        CREATE TRIGGER message_versions_keep_text BEFORE UPDATE ON message_versions
        WHEN new.text IS NOT old.text OR new.number IS NOT old.number OR new.message_id IS NOT old.message_id
            OR new.saved_at IS NOT old.saved_at OR new.follows IS NOT old.follows
            OR (old.approved_at IS NOT NULL AND new.approved_at IS NOT old.approved_at)
            OR (old.approved_text_sha256 IS NOT NULL AND new.approved_text_sha256 IS NOT old.approved_text_sha256)
            OR (old.released_at IS NOT NULL AND (
                new.released_at IS NOT old.released_at OR new.released_by IS NOT old.released_by
                OR new.release_log_entry_id IS NOT old.release_log_entry_id
                OR new.release_override IS NOT old.release_override
                OR new.approver_name IS NOT old.approver_name OR new.approver_role IS NOT old.approver_role
                OR new.approval_recorded_by IS NOT old.approval_recorded_by
                OR new.approval_log_entry_id IS NOT old.approval_log_entry_id
                OR new.approver_id IS NOT old.approver_id
                OR substr(new.released_where, 1, length(old.released_where) - 1)
                    IS NOT substr(old.released_where, 1, length(old.released_where) - 1)))
        BEGIN SELECT RAISE(ABORT, 'a saved statement version cannot be changed; save a new version'); END
        """
    )
    db.execute("PRAGMA user_version = 23")
