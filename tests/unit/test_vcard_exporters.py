"""vCards as Android, iPhone, Outlook, Gmail, iCloud and Thunderbird write them (tests/data/vcards)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crisisroom.domain.team import validate_roster
from crisisroom.exchange import RosterFileError, import_roster, read_vcards

VCARDS = Path(__file__).parent.parent / "data" / "vcards"


def test_android_2_1_with_a_broken_org_is_read_decoding_only_what_is_used() -> None:
    imported = import_roster(VCARDS / "android-2.1.vcf")  # ORG holds =C3=28, which is not UTF-8
    bjorn, kim = imported.people
    assert bjorn.name == "Björn Åström" and bjorn.roles == ("spokesperson",) and bjorn.levels == (3, 4, 5)
    assert bjorn.phone == "070-174 06 05" and bjorn.email == "bjorn@example.se" and bjorn.backup_id == kim.id
    assert bjorn.notes == "Svarar helst på SMS\nOther phones: 08-465 004 01 (home)"  # soft line break joined
    assert imported.skipped == [] and imported.warnings == []


def test_a_card_with_a_broken_used_field_is_left_out_and_named_not_the_file() -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Bj=C3=28rn\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=ISO-8859-1:Jos\xe9\r\nTEL;CELL:+46 70 174 06 06\r\nEND:VCARD\r\n"
    )
    imported = read_vcards(data, "old.vcf")
    assert [p.name for p in imported.people] == ["José"]  # a 2.1 CHARSET on a plain value is honoured
    assert imported.skipped == [
        "line 3: the vCard on line 1: this is not UTF-8 text (byte 0xC3). "
        "Export the contacts again as a UTF-8 vCard (.vcf) file; left out"
    ]


def test_iphone_lines_ending_in_cr_cr_lf_are_read_with_editor_line_numbers() -> None:
    imported = import_roster(VCARDS / "iphone-3.0.vcf")
    (sara,) = imported.people
    assert sara.phone == "+46 70 174 06 10" and sara.email == "sara@example.se"
    assert sara.notes == "Other phones: +46 8 465 004 10 (work)"
    assert imported.warnings == ["line 7: Sara Lindgren: 'Head of PR' is not a Crisis Room role (left out)"]


def test_outlook_placeholder_phone_is_a_warning_at_its_own_line() -> None:
    imported = import_roster(VCARDS / "outlook-2.1.vcf")
    (daniel,) = imported.people
    assert daniel.phone == "+44 20 7946 0106" and daniel.email == "daniel.okafor@example.com"
    assert daniel.roles == ("security",)
    assert imported.warnings == ["line 8: Daniel Okafor: the phone number 'MobilePhone' cannot be dialled (left out)"]


def test_gmail_keeps_every_phone_and_email_with_the_preferred_mobile_first() -> None:
    (priya,) = import_roster(VCARDS / "gmail-3.0.vcf").people
    assert priya.phone == "+44 7700 900104" and priya.email == "priya@example.com"
    assert priya.notes == (
        "Other phones: +44 20 7946 0104 (work), +44 20 7946 0204 (home)\n"
        "Other e-mails: priya.home@example.net, priya.social@example.org"
    )


def test_icloud_company_card_with_only_org_is_left_out_by_name() -> None:
    imported = import_roster(VCARDS / "icloud-3.0.vcf")
    (clara,) = imported.people
    assert clara.phone == "+33 6 39 98 01 07" and clara.roles == ("legal",)
    assert clara.notes == "Other phones: +33 1 99 00 01 07"
    assert len(imported.skipped) == 1
    assert imported.skipped[0].startswith(
        "line 14: this vCard has no name (no FN or N line, only the organisation 'Example Printing Ltd'); "
    )


def test_thunderbird_4_tel_uri_is_the_main_number() -> None:
    (jonas,) = import_roster(VCARDS / "thunderbird-4.0.vcf").people
    assert jonas.phone == "+46701740620" and jonas.email == "jonas@example.se" and jonas.levels == (4, 5)
    assert jonas.notes == "Other phones: 08-465 004 20 (work)\nOther e-mails: jonas.ek@example.net"


def test_cards_without_a_name_are_left_out_with_their_lines() -> None:
    imported = import_roster(VCARDS / "no-name.vcf")
    assert [p.name for p in imported.people] == ["Aisha Bello"]
    assert [s.split(": this vCard has no name")[0] for s in imported.skipped] == ["line 6", "line 11"]
    assert all(
        s.endswith("give the contact a person's name in the address book and export again; left out")
        for s in imported.skipped
    )


def test_every_exporter_file_gives_a_valid_roster() -> None:
    for path in sorted(VCARDS.glob("*.vcf")):
        people = import_roster(path).people
        assert people and validate_roster(people) == people, path.name


def test_bad_email_levels_and_missing_backup_are_warnings_not_refusals() -> None:
    data = (
        b"BEGIN:VCARD\r\nFN:Ana\r\nEMAIL:ana(at)example.org\r\nNOTE:Called at levels: 9\\nBackup: Zed\r\nEND:VCARD\r\n"
    )
    imported = read_vcards(data, "team.vcf")
    assert [p.name for p in imported.people] == ["Ana"] and imported.people[0].email == ""
    assert imported.warnings == [  # in file order
        "line 1: Ana: the backup 'Zed' is not among the people imported (no backup set)",
        "line 3: Ana: the e-mail address 'ana(at)example.org' does not look like name@example.org (left out)",
        "line 4: Ana: levels must be numbers from 1 to 5 (like 3;4;5 or 3-5), not '9' (levels left out)",
    ]


def test_a_file_where_no_card_can_be_used_is_refused_saying_what_to_do() -> None:
    data = b"BEGIN:VCARD\r\nORG:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nTEL:1\r\nEND:VCARD\r\n"
    with pytest.raises(RosterFileError) as caught:
        read_vcards(data, "team.vcf")
    assert str(caught.value) == (
        "team.vcf: line 1: this vCard has no name (no FN or N line, only the organisation 'A'); give the contact "
        "a person's name in the address book and export again; none of the other 1 vCards could be used either"
    )
