"""Offline notification: mailto: links, .eml drafts and the call sheet, with nothing sent."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from crisisroom.domain.errors import InvalidInputError, UserError
from crisisroom.domain.team import Person, example_roster
from crisisroom.exchange import notify_drafts as notify
from crisisroom.exchange.notify_drafts import Recipient

ANA = Recipient("Ana Lima", "ana@example.org")
BJORN = Recipient('Björn "Bear" Ek', "bjorn+crisis@example.se")
BODY = "Hello all,\nLevel 4: the payment outage.\n\n50% of orders fail & more — call 555-0100?\n#crisis +now"


def parse(data: bytes) -> EmailMessage:
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


# --- mailto: ----------------------------------------------------------------------------------------


def test_mailto_lists_every_address_and_encodes_subject_and_body() -> None:
    url = notify.mailto_url([ANA, BJORN, "cy@example.com"], "Level 4 – Payments & refunds?", BODY)
    parts = urlsplit(url)
    assert parts.scheme == "mailto"
    assert parts.path == "ana@example.org,bjorn+crisis@example.se,cy@example.com"
    assert " " not in url and "\n" not in url and "+now" not in url  # spaces are %20, never '+'
    assert "%0D%0A" in url  # line breaks as CRLF, as RFC 6068 asks
    assert "subject=Level%204%20%E2%80%93%20Payments%20%26%20refunds%3F" in url  # UTF-8 percent-encoded
    query = {key: unquote(value) for key, value in (pair.split("=", 1) for pair in parts.query.split("&"))}
    assert query["subject"] == "Level 4 – Payments & refunds?"
    assert query["body"] == BODY.replace("\n", "\r\n")


def test_mailto_keeps_long_bodies_whole_and_says_when_they_are_long() -> None:
    body = "Update. " * 2_000
    url = notify.mailto_url([ANA], "Update", body)
    assert len(url) > notify.MAILTO_PRACTICAL_LENGTH
    assert unquote(url.split("body=", 1)[1]) == body  # not cut short


def test_mailto_drops_repeats_copies_and_folds_the_subject_to_one_line() -> None:
    url = notify.mailto_url([ANA, "ANA@example.org"], "Line one\r\nBcc: everyone@example.org", "", cc=[ANA, BJORN])
    assert url == (
        "mailto:ana@example.org?cc=bjorn+crisis@example.se&subject=Line%20one%20Bcc%3A%20everyone%40example.org"
    )


@pytest.mark.parametrize("bad", ["not an address", "a@b.org,c@d.org", "a@b.org?cc=x@y.org", ""])
def test_mailto_refuses_what_is_not_an_address(bad: str) -> None:
    with pytest.raises(InvalidInputError, match="is not an e-mail address"):
        notify.mailto_url([bad], "s", "b")


def test_nobody_to_write_to_is_said_plainly() -> None:
    with pytest.raises(InvalidInputError, match="nobody on this list has an e-mail address"):
        notify.mailto_url([], "s", "b")
    with pytest.raises(InvalidInputError, match="nobody on this list has an e-mail address"):
        notify.eml_draft([], "s", "b")


def test_recipients_come_from_people_with_an_address() -> None:
    people = [Person("a", "Ana", email="ana@example.org"), Person("b", "Bo")]
    assert notify.recipients(people) == [Recipient("Ana", "ana@example.org")]
    assert [p.name for p in notify.without_email(people)] == ["Bo"]


# --- .eml drafts -------------------------------------------------------------------------------------------


def test_the_eml_draft_is_an_unsent_utf8_message_mail_programs_open() -> None:
    when = datetime(2026, 11, 21, 12, 40, tzinfo=UTC)
    data = notify.eml_draft([ANA, BJORN], "Level 4 – Zahlungsausfall", BODY, cc=["cy@example.com"], date=when)
    assert b"\r\n" in data and b"\n" not in data.replace(b"\r\n", b"")  # CRLF throughout
    assert data.isascii()  # headers as encoded words, the body encoded: opens anywhere
    message = parse(data)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Level 4 – Zahlungsausfall"
    assert [(a.display_name, a.addr_spec) for a in message["To"].addresses] == [
        ("Ana Lima", "ana@example.org"),
        ('Björn "Bear" Ek', "bjorn+crisis@example.se"),
    ]
    assert message["Cc"] == "cy@example.com"
    assert message["Date"].datetime == when
    assert message["From"] is None  # the mail program fills in its own account
    assert message.get_content_type() == "text/plain" and message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n") == BODY + "\n"


def test_the_eml_subject_cannot_add_headers() -> None:
    message = parse(notify.eml_draft([ANA], "Alert\r\nBcc: everyone@example.org", "x"))
    assert message["Bcc"] is None and message["Subject"] == "Alert Bcc: everyone@example.org"


def test_write_eml_writes_the_draft_whole(tmp_path: Path) -> None:
    path = tmp_path / "alert.eml"
    notify.write_eml(path, [ANA], "Alert", "Body", sender=Recipient("Crisis desk", "desk@example.org"))
    message = parse(path.read_bytes())
    assert message["From"] == "Crisis desk <desk@example.org>" and message["X-Unsent"] == "1"
    with pytest.raises(UserError, match="the draft was not saved"):
        notify.write_eml(tmp_path / "no" / "alert.eml", [ANA], "Alert", "Body")
    assert [p.name for p in tmp_path.iterdir()] == ["alert.eml"]


def test_draft_file_names_are_safe() -> None:
    assert notify.draft_file_name("Level 4: payments / refunds?") == "Level 4 payments refunds.eml"
    assert notify.draft_file_name("../../etc/passwd") == "etc passwd.eml"
    assert notify.draft_file_name("   ") == "Crisis alert.eml"


# --- The call sheet ------------------------------------------------------------------------------------------


def test_the_call_sheet_is_the_chain_with_backups_and_their_phones() -> None:
    roster = example_roster()
    rows = notify.call_sheet(roster, 4)
    assert [r.name for r in rows] == [
        "Maya Lindqvist",
        "Jonas Weber",
        "Tomás Rivera",
        "Priya Natarajan",
        "Aisha Bello",
        "Daniel Okafor",
        "Clara Moreau",
        "Henrik Sato",
    ]
    tomas = rows[2]
    assert (tomas.role, tomas.phone, tomas.backup, tomas.backup_phone) == (
        "Spokesperson, PR / media officer",
        "+44 7700 900103",
        "Maya Lindqvist",
        "+44 7700 900101",
    )
    assert rows[6].backup == "" and rows[6].backup_phone == ""  # Clara has no backup
    assert tomas.person_id == next(p.id for p in roster if p.name == "Tomás Rivera")


def test_the_call_sheet_as_text_lines_up_and_says_when_nobody_is_called() -> None:
    text = notify.call_sheet_text(notify.call_sheet(example_roster(), 1), "Call sheet · Level 1")
    lines = text.splitlines()
    assert lines[0] == "Call sheet · Level 1"
    assert lines[2].split() == ["Name", "Role", "Phone", "Backup", "Backup", "phone"]
    assert lines[4].startswith("Aisha Bello  Customer support lead  +44 7700 900105  Priya Natarajan")
    assert notify.call_sheet_text([]).endswith("(nobody is called at this level)\n")
