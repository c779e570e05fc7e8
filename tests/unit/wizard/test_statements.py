"""Statements a comms lead would sign: public words only, a media contact, per-platform versions, limits, approvals."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlite_utils

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.message_flow import (
    AUDIENCES,
    PHASES,
    MessageState,
    OverLimitError,
    text_sha256,
)
from crisisroom.domain.platform_lengths import Audience, Platform, measure
from crisisroom.domain.team import Person
from crisisroom.i18n import languages
from crisisroom.reports.environments import message_environment
from crisisroom.reports.statement_templates import being_checked, describe, message_template_names, render_message
from crisisroom.services import statements as statement_service
from crisisroom.storage import incidents, log, messages, public_summaries, team
from crisisroom.storage.database import Database
from tests.unit.wizard_support import (
    AUTHOR,
    WIZARD_TABLES,
    Clock,
    assess,
    manage,
    new_incident,
    notify,
    table_snapshot,
)

# The security breach: the internal account names the cause and who found it; one fact is
# verified, one is not.
INTERNAL = "Misconfiguration of the backup bucket left the customer database readable; a security researcher told us."
VERIFIED = "The exposed copy held names and e-mail addresses of 4,100 customers"
UNVERIFIED = "Passwords were not exposed"
CHECKING = {"en": "checking whether ", "sv": "undersöker om ", "fr": "vérifions si "}
LONG_POST = (
    "We found that someone could read part of our customer database from outside. We closed that access "
    "this morning and are checking exactly what was involved. If your information is among it, we will "
    "write to you directly. We will never ask you for a password or payment details. More by 16:00."
)


@pytest.fixture
def breach(db: Database) -> str:
    incident = new_incident(db, level=3)
    assess(db, incident, what_happened=INTERNAL, facts=[(VERIFIED, True), (UNVERIFIED, False)])
    return incident


@pytest.fixture
def english() -> Iterator[None]:
    yield
    languages.set_language(None)


def _every_statement(db: Database, incident: str) -> Iterator[tuple[str, str, str, str]]:
    """(audience, phase, platform, text) for every statement the step can draft."""
    for audience in AUDIENCES:
        for phase in PHASES:
            for platform in ("", *(p.value for p in Audience(audience).platforms)):
                yield (
                    audience,
                    phase,
                    platform,
                    statement_service.render_statement(db, incident, audience, phase, platform),
                )


@pytest.mark.parametrize("language", ["en", "sv", "fr"])
def test_no_draft_carries_the_internal_account_or_states_an_unverified_fact(
    db: Database, breach: str, language: str, english: None
) -> None:
    languages.set_language(language)
    seen = 0
    for audience, phase, platform, text in _every_statement(db, breach):
        where = f"{audience}/{phase}/{platform or 'all'}"
        assert "isconfiguration" not in text and "researcher" not in text, where
        assert "We do not know yet" not in text, where
        # The unverified fact appears only as what is being checked, never as a claim.
        for found in re.finditer(re.escape(UNVERIFIED), text, re.IGNORECASE):
            assert text[: found.start()].endswith(CHECKING[language]), (where, text)
        seen += 1
    assert seen == 3 * (5 + 6 + 2 + 2 + 2 + 1)  # every cell for all channels, and each audience's platforms
    languages.set_language(language)
    press = statement_service.render_statement(db, breach, "press", "holding")
    assert f"- {VERIFIED}." in press, "a verified fact is stated as a fact"
    # Asked as a neutral question: "checking whether passwords were exposed" (the negation dropped in English).
    assert being_checked(UNVERIFIED, language) in press


@pytest.mark.parametrize("category", list(Category), ids=lambda c: c.value)
def test_every_crisis_types_templates_keep_to_the_rule_in_every_language(db: Database, category: Category) -> None:
    """No template quotes the internal title, states the unverified fact, or leaves the press without a contact."""
    incident = incidents.create(db, "INTERNAL working title", category=category, author=AUTHOR, level=3)
    assess(db, incident.id, what_happened=INTERNAL, facts=[(VERIFIED, True), (UNVERIFIED, False)], category=category)
    names = [n for n in message_template_names() if describe(n).category is category]
    # An operational failure also has the product recall's own set.
    assert len(names) == (5 * 3 + 3) * (2 if category is Category.OPERATIONAL else 1)
    for language in languages.SUPPORTED:
        environment = message_environment(language=language)
        contexts = {
            phase: statement_service.statement_context(db, incident.id, phase, language=language) for phase in PHASES
        }
        for name in names:
            phase = describe(name).phase
            assert phase is not None
            text = render_message(name, contexts[phase.value], environment=environment)
            assert "INTERNAL" not in text and "isconfiguration" not in text, (language, name)
            for found in re.finditer(re.escape(UNVERIFIED), text, re.IGNORECASE):
                assert text[: found.start()].endswith(CHECKING[language]), (language, name, text)
            if describe(name).audience is Audience.PRESS:
                assert "Tomás Rivera (" in text and "+44 7700 900103, tomas.rivera@example.com" in text, (
                    language,
                    name,
                )


def test_the_public_summary_of_the_phase_is_what_the_drafts_say(db: Database, breach: str, english: None) -> None:
    languages.set_language("en")
    assert statement_service.set_public_summary(
        db, breach, "holding", "  Some customer details  could be read from outside ", author=AUTHOR
    ).value
    assert not statement_service.set_public_summary(
        db, breach, "holding", "Some customer details could be read from outside", author=AUTHOR
    ).value
    post = statement_service.render_statement(db, breach, "public-posts", "holding")
    assert post.startswith("Some customer details could be read from outside.")
    update = statement_service.render_statement(db, breach, "public-posts", "update")
    assert "Some customer details" not in update, "each phase has its own summary"
    entry = log.entries(db, breach)[-1]
    assert (entry.kind, entry.text) == (
        "message",
        "Public summary for the holding statement: Some customer details could be read from outside",
    )
    assert statement_service.set_public_summary(db, breach, "holding", "", author=AUTHOR).value
    assert public_summaries.summaries(db, breach) == {}
    assert log.entries(db, breach)[-1].text == "Public summary for the holding statement cleared"


def test_unverified_facts_are_worded_as_being_checked_in_each_language() -> None:
    assert being_checked("Passwords were not exposed", "en") == "We are checking whether passwords were exposed."
    assert (
        being_checked("When the backlog will be cleared", "en") == "We are checking when the backlog will be cleared."
    )
    assert being_checked("IMY has been told.", "en") == "We are checking whether IMY has been told."
    assert being_checked("we are checking the logs", "en") == "We are checking the logs."
    assert being_checked("Lösenord har läckt", "sv") == "Vi undersöker om lösenord har läckt."
    assert being_checked("Hur länge det pågick", "sv") == "Vi undersöker hur länge det pågick."
    assert being_checked("Les mots de passe sont intacts", "fr") == "Nous vérifions si les mots de passe sont intacts."
    assert being_checked("Il y a eu une fuite", "fr") == "Nous vérifions s'il y a eu une fuite."


def test_press_statements_end_with_the_rosters_media_contact(db: Database, breach: str, english: None) -> None:
    languages.set_language("en")
    press = statement_service.render_statement(db, breach, "press", "holding")
    assert "Media contact: Tomás Rivera (Spokesperson), +44 7700 900103, tomas.rivera@example.com" in press
    # The spokesperson named in Manage wins over the roster's first one.
    priya = next(p for p in team.list_people(db) if p.name == "Priya Natarajan")
    notify(db, breach)
    manage(db, breach, spokesperson_id=priya.id, spokesperson_name=priya.name)
    press = statement_service.render_statement(db, breach, "press", "update")
    assert f"Media contact: {priya.name} (Spokesperson), {priya.phone}, {priya.email}" in press
    languages.set_language("sv")
    assert "Presskontakt: Priya Natarajan (Talesperson)" in statement_service.render_statement(
        db, breach, "press", "update"
    )


def test_without_a_spokesperson_on_the_roster_there_is_no_media_line(db: Database, breach: str, english: None) -> None:
    languages.set_language("en")
    team.replace_roster(db, [Person(id="p-1", name="Ann Lind", roles=("crisis-lead",), phone="+46 8 123 45")])
    assert statement_service.media_contact(db, breach) is None
    press = statement_service.render_statement(db, breach, "press", "holding")
    assert "Media contact" not in press and "ENDS" in press


def test_a_platform_version_is_its_own_statement_from_its_own_template(db: Database, breach: str) -> None:
    everywhere = statement_service.draft_statement(db, breach, "public-posts", "holding", author=AUTHOR).value
    on_x = statement_service.draft_statement(db, breach, "public-posts", "holding", "x", author=AUTHOR).value
    by_sms = statement_service.draft_statement(db, breach, "customers", "holding", "SMS", author=AUTHOR).value
    assert len({everywhere.id, on_x.id, by_sms.id}) == 3
    assert (on_x.platform, on_x.label) == ("x", "Public posts · Holding statement · X")
    assert measure(on_x.current.text, Platform.X).fits, "X gets the short post"
    assert measure(by_sms.current.text, Platform.SMS).segments == 1
    assert not measure(everywhere.current.text, Platform.X).fits
    assert messages.find(db, breach, "public-posts", "holding", "x") == on_x
    assert [m.id for m in messages.messages(db, breach)] == [everywhere.id, on_x.id, by_sms.id]
    with pytest.raises(InvalidInputError, match="unknown platform"):
        statement_service.draft_statement(db, breach, "press", "holding", "telex", author=AUTHOR)


def test_release_over_a_limit_is_refused_unless_overridden_with_a_reason(
    db: Database, breach: str, clock: Clock
) -> None:
    draft = statement_service.save_draft_text(db, breach, "public-posts", "holding", LONG_POST, author=AUTHOR).value
    statement_service.approve_as(db, draft.id, "Henrik Sato", author=AUTHOR)
    clock.advance(minutes=1)
    snapshot = table_snapshot(db, *WIZARD_TABLES)
    with pytest.raises(OverLimitError, match=r"too long for X \(291 of 280, 11 over\) and SMS") as refused:
        statement_service.release(db, draft.id, where=["X", "SMS", "Website"], author=AUTHOR)
    assert [m.platform for m in refused.value.over] == [Platform.X, Platform.SMS]
    assert table_snapshot(db, *WIZARD_TABLES) == snapshot, "a refused release changes nothing"
    with pytest.raises(OverLimitError):
        statement_service.release(db, draft.id, where=["X"], author=AUTHOR, override_reason="   ")
    released = statement_service.release(
        db, draft.id, where=["X"], author=AUTHOR, override_reason="Posted as a thread of two; legal agreed"
    ).value
    assert released.current.release is not None
    assert released.current.release.override_reason == "Posted as a thread of two; legal agreed"
    entry = log.entries(db, breach)[-1]
    assert entry.text == (
        "Public posts · Holding statement: v1 released on X, over the length limit (X 291 of 280); "
        "override: Posted as a thread of two; legal agreed"
    )
    assert entry.payload is not None
    assert entry.payload["over_limit"] == [{"platform": "x", "count": 291, "limit": 280}]
    assert entry.payload["override_reason"] == "Posted as a thread of two; legal agreed"


def test_a_release_within_every_limit_needs_no_override(db: Database, breach: str) -> None:
    draft = statement_service.save_draft_text(db, breach, "public-posts", "holding", LONG_POST, author=AUTHOR).value
    statement_service.approve_as(db, draft.id, "Henrik Sato", author=AUTHOR)
    released = statement_service.release(
        db, draft.id, where=["Threads", "Website"], author=AUTHOR, override_reason="unused"
    ).value
    assert released.current.release is not None and released.current.release.override_reason is None
    assert "override" not in log.entries(db, breach)[-1].text


def test_a_platform_version_is_released_on_its_platform(db: Database, breach: str) -> None:
    on_sms = statement_service.draft_statement(db, breach, "customers", "holding", "sms", author=AUTHOR).value
    statement_service.approve_as(db, on_sms.id, "Clara Moreau", author=AUTHOR)
    released = statement_service.release(db, on_sms.id, author=AUTHOR).value
    assert released.current.release is not None and released.current.release.where == ("SMS",)


def test_an_approval_names_its_text_and_an_edit_needs_a_new_approval(db: Database, breach: str) -> None:
    draft = statement_service.save_draft_text(
        db, breach, "press", "holding", "We are looking into it.", author=AUTHOR
    ).value
    approved = statement_service.approve_as(db, draft.id, "henrik  SATO", author=AUTHOR).value
    approval = approved.current.approval
    assert approval is not None
    assert (approval.name, approval.role, approval.text_sha256) == (
        "Henrik Sato",
        "Executive approver",
        text_sha256("We are looking into it."),
    )
    assert approval.approver_id == next(p.id for p in team.list_people(db) if p.name == "Henrik Sato")
    payload = log.entries(db, breach)[-1].payload
    assert payload is not None and payload["text_sha256"] == approval.text_sha256
    edited = statement_service.save_draft_text(
        db, breach, "press", "holding", "We are looking into it. Sorry.", author=AUTHOR
    ).value
    assert edited.state is MessageState.DRAFT
    with pytest.raises(InvalidInputError, match="the text was changed after v1 was approved by Henrik Sato"):
        statement_service.release(db, draft.id, where=["E-mail"], author=AUTHOR)
    again = statement_service.approve_as(db, draft.id, "Ruth Adeyemi", author=AUTHOR).value
    assert again.current.approval is not None and again.current.approval.role == "CEO"
    assert again.current.approval.text_sha256 == text_sha256("We are looking into it. Sorry.")
    assert statement_service.release(db, draft.id, where=["E-mail"], author=AUTHOR).value.state is MessageState.RELEASED


def test_the_approver_comes_from_the_rosters_approvers(db: Database, breach: str) -> None:
    draft = statement_service.save_draft_text(
        db, breach, "press", "holding", "We are looking into it.", author=AUTHOR
    ).value
    before = table_snapshot(db, *WIZARD_TABLES)
    approvers = "Maya Lindqvist, Clara Moreau, Henrik Sato, Ruth Adeyemi"
    with pytest.raises(
        InvalidInputError, match=f"Jonas Weber \\(Scribe\\) may not approve statements; .*: {approvers}"
    ):
        statement_service.approve_as(db, draft.id, "Jonas Weber", author=AUTHOR)
    with pytest.raises(InvalidInputError, match="'Dana Lee' is not on the team"):
        statement_service.approve_as(db, draft.id, "Dana Lee", author=AUTHOR)
    assert table_snapshot(db, *WIZARD_TABLES) == before
    team.replace_roster(db, [Person(id="p-1", name="Ann Lind", roles=("scribe",))])
    with pytest.raises(InvalidInputError, match="nobody on the team may approve statements yet"):
        statement_service.approve_as(db, draft.id, "Ann Lind", author=AUTHOR)


def test_reports_name_the_platform_of_a_platforms_version(db: Database, breach: str) -> None:
    from crisisroom.reports import data
    from crisisroom.services import reports as report_service

    on_sms = statement_service.draft_statement(db, breach, "customers", "holding", "sms", author=AUTHOR).value
    statement_service.approve_as(db, on_sms.id, "Henrik Sato", author=AUTHOR)
    statement_service.release(db, on_sms.id, author=AUTHOR)
    source = report_service.load_source(db, breach)
    assert [sheet["to"] for sheet in data.message_sheets(source)["sheets"]] == ["Customers · SMS"]
    assert [row["audience"] for row in data.released_statements(source)] == ["Customers · SMS"]


def test_statements_are_found_by_an_unambiguous_prefix(db: Database, breach: str) -> None:
    draft = statement_service.save_draft_text(
        db, breach, "press", "holding", "We are looking into it.", author=AUTHOR
    ).value
    assert messages.get_by_prefix(db, draft.id[:8].upper()).id == draft.id
    with pytest.raises(InvalidInputError):
        messages.get_by_prefix(db, " ")


# --- The file from before statements had platforms ------------------------------------------------


def test_an_older_file_keeps_its_statements_and_their_approvals_name_their_text(tmp_path: Path) -> None:
    from crisisroom.storage.schema import migrations

    path = tmp_path / "older.db"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    older = sqlite_utils.Database(conn)
    migrations.apply(older, stop_before="0015_platform_statements")
    # An approved statement as the version before this one stored it (the log's own rows are not the point).
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "INSERT INTO incidents (id, title, category, is_drill, level, opened_at, timezone) "
        "VALUES ('i-1', 'Leak', 'security-breach', 0, 3, '2026-03-14T12:00:00.000Z', 'UTC')"
    )
    conn.execute(
        "INSERT INTO incident_messages (id, incident_id, audience, phase, created_at) "
        "VALUES ('m-1', 'i-1', 'press', 'holding', '2026-03-14T12:01:00.000Z')"
    )
    conn.execute(
        "INSERT INTO message_versions (message_id, number, text, saved_at, saved_by, draft_log_entry_id, approved_at, "
        "approver_name, approver_role, approval_recorded_by, approval_log_entry_id) VALUES ('m-1', 1, 'We are on it.', "
        "'2026-03-14T12:01:00.000Z', 'Ana', 'e-1', '2026-03-14T12:02:00.000Z', 'Dana Lee', 'CEO', 'Ana', 'e-2')"
    )
    conn.execute("PRAGMA foreign_keys = ON")
    migrations.apply(older)
    assert conn.execute("SELECT platform FROM incident_messages").fetchall() == [("",)]
    assert conn.execute("SELECT approved_text_sha256 FROM message_versions").fetchone()[0] == text_sha256(
        "We are on it."
    )
    dangling = [row[2] for row in conn.execute("PRAGMA foreign_key_check(message_versions)")]
    assert "incident_messages" not in dangling, "every version still points at its statement"
    # The trigger that keeps versions as saved now guards the hash of the approved text too.
    with pytest.raises(sqlite3.IntegrityError, match="cannot be changed"):
        conn.execute("UPDATE message_versions SET approved_text_sha256 = 'x'")
    conn.execute(
        "INSERT INTO incident_messages (id, incident_id, audience, phase, platform, created_at) "
        "VALUES ('m-2', 'i-1', 'press', 'holding', 'x', '2026-03-14T12:03:00.000Z')"
    )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO incident_messages (id, incident_id, audience, phase, platform, created_at) "
            "VALUES ('m-3', 'i-1', 'press', 'holding', 'telex', '2026-03-14T12:03:00.000Z')"
        )
    conn.close()
