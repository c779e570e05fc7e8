"""Roster files: CSV for spreadsheets and vCard for address books, both ways, all or nothing."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crisisroom.domain.errors import InvalidInputError, UserError
from crisisroom.domain.spreadsheet import FORMULA_STARTS, neutralise_formula, restore_formula
from crisisroom.domain.team import Person, backup_of, example_roster, in_role_order, validate_roster
from crisisroom.exchange import (
    ImportedRoster,
    RosterFileError,
    export_roster,
    format_for_path,
    import_roster,
    read_csv,
    read_vcards,
    write_csv,
    write_vcards,
)

HEADER = "name,roles,phone,email,backup,levels\r\n"


def comparable(people: list[Person]) -> list[tuple[object, ...]]:
    """Everything but the ids (an import makes fresh ones), with the backup by name."""
    return [
        (p.name, p.roles, p.phone, p.email, p.levels, p.notes, getattr(backup_of(p, people), "name", None))
        for p in in_role_order(people)
    ]


def csv_rows(data: bytes) -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# --- Cells a spreadsheet would run ------------------------------------------------------------------------


@pytest.mark.parametrize("start", FORMULA_STARTS)
def test_cells_starting_like_a_formula_get_an_apostrophe_and_lose_it_again(start: str) -> None:
    value = f'{start}HYPERLINK("http://evil.example")'
    assert neutralise_formula(value) == "'" + value
    assert restore_formula(neutralise_formula(value)) == value
    assert neutralise_formula("Ana") == "Ana" and restore_formula("'tis") == "'tis"


# --- CSV ----------------------------------------------------------------------------------------------------


def test_csv_round_trip_of_the_example_roster() -> None:
    roster = example_roster()
    data = write_csv(roster)
    assert data.startswith(b"\xef\xbb\xbfname,roles,phone,email,backup,levels,notes\r\n")  # BOM for Excel
    back = read_csv(data, "team.csv")
    assert back.format == "csv" and back.warnings == []
    assert comparable(back.people) == comparable(roster)
    rows = csv_rows(data)
    assert rows[3][:6] == [
        "Tomás Rivera",
        "Spokesperson;PR / media officer",
        "'+44 7700 900103",  # a phone number starting with + would be a formula
        "tomas.rivera@example.com",
        "Maya Lindqvist",
        "2;3;4;5",
    ]


def test_csv_export_neutralises_every_cell_that_could_be_a_formula() -> None:
    people = [
        Person("a", '=HYPERLINK("http://evil.example","Click")', phone="+1 555 0100", notes="@SUM(A1:A9)"),
        Person("b", "-2+3", notes="\tcmd|' /C calc'!A0", backup_id="a"),
        Person("c", "+Plus", notes="\rhidden"),
    ]
    data = write_csv(people)
    cells = [cell for row in csv_rows(data)[1:] for cell in row if cell]
    assert all(not cell.startswith(FORMULA_STARTS) for cell in cells)
    assert '\'=HYPERLINK("http://evil.example","Click")' in cells  # the backup column too
    assert sum(cell == '\'=HYPERLINK("http://evil.example","Click")' for cell in cells) == 2
    back = read_csv(data)
    assert comparable(back.people) == comparable(validate_roster(people))


def test_csv_as_spreadsheets_save_it_semicolons_aliases_ranges_and_extra_columns() -> None:
    text = (
        "Full name;Role (one or more);Mobile;E-Mail;Deputy;Called at;Department\n"
        "Ana Lima;Incident commander, spokesperson;+44 20 7946 0000;ana@example.org;Bo Ek;3-5;Comms\n"
        "Bo Ek;PR manager;;;;2;Comms\n"
        ";;;;;;\n"
    )
    imported = read_csv(text.encode("utf-8"), "team.csv")
    assert imported.warnings == ["Ignored the column 'Department'"]
    ana, bo = imported.people
    assert ana.roles == ("crisis-lead", "spokesperson") and ana.levels == (3, 4, 5)
    assert ana.backup_id == bo.id and bo.roles == ("pr-officer",) and bo.email == ""


def test_csv_with_a_cell_over_several_lines_reports_the_right_line() -> None:
    text = HEADER + 'Ana,,,,,,\r\n"Bo\r\nEk",,,,,\r\nCy,,,not-an-address,,\r\n'
    with pytest.raises(RosterFileError, match=r"^team.csv: line 5: the e-mail address of Cy") as caught:
        read_csv(text.encode(), "team.csv")
    assert caught.value.line == 5


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("roles,phone\r\nscribe,112\r\n", "line 1: the first row needs a 'name' column"),
        (HEADER + "Ana,,,,,\r\n,scribe,,,,\r\n", "line 3: this row has no name"),
        (HEADER + "Ana,boss,,,,\r\n", "line 2: unknown role 'boss'; the roles are: Crisis lead"),
        (HEADER + "Ana,,,,,7\r\n", "line 2: levels must be numbers from 1 to 5"),
        (HEADER + "Ana,,call me,,,\r\n", "line 2: the phone number of Ana"),
        (HEADER + "Ana,,,,,\r\nBo,,,,,\r\nANA,,,,,\r\n", "line 4: ANA is on line 2 already"),
        (HEADER + "Ana,,,,Zed,\r\n", "line 2: the backup of Ana, 'Zed', is not in this file"),
        (HEADER + "Ana,,,,ana,\r\n", "line 2: Ana cannot be their own backup"),
        (HEADER + "Ana,,,,,,,surprise\r\n", "line 2: this row has more cells than the header has columns"),
        (HEADER + 'Ana,"scribe,,,,\r\n', "line 2: cannot be read as CSV"),
        ("name,Name\r\nAna,Ana\r\n", "line 1: two columns mean 'name'"),
        (HEADER, "has no people in it; the team was left as it is"),
        ("", "is empty"),
    ],
)
def test_csv_problems_stop_the_import_naming_the_line(text: str, message: str) -> None:
    with pytest.raises(RosterFileError, match=f"^team.csv: {message}"):
        read_csv(text.encode("utf-8"), "team.csv")


def test_csv_that_is_not_utf8_is_refused_with_advice() -> None:
    data = (HEADER + "Ana,,,,,\r\nJosé,,,,,\r\n").encode("cp1252")
    with pytest.raises(RosterFileError, match=r"^team.csv: line 3: this is not UTF-8 text \(byte 0xE9\).*CSV UTF-8"):
        read_csv(data, "team.csv")


def test_csv_in_utf16_from_a_spreadsheet_is_read() -> None:
    data = "name\tphone\r\nJosé\t112\r\n".encode("utf-16")
    assert [p.name for p in read_csv(data).people] == ["José"]


# --- vCard --------------------------------------------------------------------------------------------------


def test_vcard_round_trip_of_the_example_roster() -> None:
    roster = example_roster()
    data = write_vcards(roster)
    text = data.decode("utf-8")
    assert text.count("BEGIN:VCARD\r\nVERSION:3.0\r\n") == len(roster)
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded
    assert "TEL;TYPE=CELL,VOICE:+44 7700 900103\r\n" in text
    assert "ROLE:Spokesperson\\, PR / media officer\r\n" in text
    back = read_vcards(data, "team.vcf")
    assert back.format == "vcard" and back.warnings == []
    assert comparable(back.people) == comparable(roster)


def test_vcard_round_trip_keeps_awkward_text() -> None:
    people = [
        Person(
            "a",
            "Zoë d'Arcy-Ñuñez",
            roles=("legal",),
            phone="+33 1 23 45 67 89",
            email="zoe@example.fr",
            notes="Nights; weekends, too.\nBackslash \\ here. " + "Long note ü " * 12,
            levels=(5,),
            backup_id="b",
        ),
        Person("b", "Cher", levels=(4, 5)),
    ]
    text = write_vcards(people).decode()
    assert "N:;Cher;;;\r\n" in text and "N:d'Arcy-Ñuñez;Zoë;;;\r\n" in text
    assert comparable(read_vcards(text.encode()).people) == comparable(validate_roster(people))


APPLE = """BEGIN:VCARD\r
VERSION:3.0\r
PRODID:-//Apple Inc.//macOS 14.0//EN\r
N:Lima;Ana;;;\r
FN:Ana\r
  Lima\r
ORG:Example Ltd;\r
TITLE:Head of Communications\r
EMAIL;type=INTERNET;type=HOME:ana.home@example.net\r
EMAIL;type=INTERNET;type=WORK;type=pref:ana@example.org\r
TEL;type=WORK;type=VOICE:+44 20 7946 0000\r
item1.TEL;type=CELL;type=VOICE:+44 7700 900555\r
item1.X-ABLabel:mobile\r
NOTE:Called at levels: 3-5\\nBackup: Björn Ek\\nPrefers calls to texts\r
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRof\r
 Hh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwh\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:2.1\r
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Ek;Bj=C3=B6rn;;;\r
TEL;CELL;PREF:070-123 45 67\r
TEL;HOME:08-765 43 21\r
NOTE;ENCODING=QUOTED-PRINTABLE:Backup: Ana Lima=0D=0ACalled at levels: =\r
4;5\r
ROLE:Spokesperson\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
FN:Cy Lam\r
TEL;VALUE=uri;TYPE="voice,cell";PREF=1:tel:+1-555-010-0199;ext=12\r
TEL;VALUE=uri;TYPE=work:tel:+1-555-010-0100\r
EMAIL:mailto:cy@example.com\r
END:VCARD\r
"""


def test_vcards_from_other_tools_are_read() -> None:
    imported = read_vcards(APPLE.encode("utf-8"), "contacts.vcf")
    ana, bjorn, cy = imported.people
    assert ana.name == "Ana Lima"  # folded FN
    assert ana.email == "ana@example.org"  # the preferred of two
    assert ana.phone == "+44 7700 900555"  # the mobile, from a grouped property
    assert ana.levels == (3, 4, 5)
    other = "Other phones: +44 20 7946 0000 (work)\nOther e-mails: ana.home@example.net"
    assert ana.notes == "Prefers calls to texts\n" + other  # every phone and e-mail is kept
    assert ana.backup_id == bjorn.id and ana.roles == ()
    assert bjorn.name == "Björn Ek"  # no FN: built from a quoted-printable N
    assert bjorn.phone == "070-123 45 67" and bjorn.levels == (4, 5) and bjorn.backup_id == ana.id
    assert bjorn.roles == ("spokesperson",)
    assert cy.phone == "+1-555-010-0199 ext 12" and cy.email == "cy@example.com"
    assert imported.warnings == ["line 8: Ana Lima: 'Head of Communications' is not a Crisis Room role (left out)"]


def test_vcard_files_with_bare_lf_and_a_bom_are_read() -> None:
    data = b"\xef\xbb\xbfBEGIN:VCARD\nVERSION:3.0\nFN:Ana\nEND:VCARD\n\n"
    assert [p.name for p in read_vcards(data).people] == ["Ana"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana\r\n", "line 1: this vCard never ends: END:VCARD is missing"),
        (
            "BEGIN:VCARD\r\nFN:Ana\r\nthis is not a property\r\nEND:VCARD\r\n",
            "line 3: Ana: 'this is not a property' is not a vCard line",
        ),
        (
            "BEGIN:VCARD\r\nFN:Ana\r\nBEGIN:VCARD\r\nFN:Bo\r\nEND:VCARD\r\n",
            "line 3: a new vCard starts before the one on line 1 ends",
        ),
        ("FN:Ana\r\n", "line 1: 'FN:Ana' is outside any vCard"),
        ("BEGIN:VCARD\r\nFN:Ana\r\nEND:VCARD\r\nEND:VCARD\r\n", "line 4: END:VCARD without a BEGIN:VCARD"),
        ("BEGIN:VCARD\r\nVERSION:3.0\r\nORG:Example\r\nEND:VCARD\r\n", "line 1: this vCard has no name"),
        ("BEGIN:VCARD\r\nFN:Ana\r\nB@D;X:1\r\nEND:VCARD\r\n", "line 3: Ana: 'B@D' is not a vCard property name"),
        ("\r\n\r\n", "has no vCards in it"),
    ],
)
def test_malformed_vcards_stop_the_import_naming_the_line(text: str, message: str) -> None:
    with pytest.raises(RosterFileError, match=f"^team.vcf: {message}"):
        read_vcards(text.encode("utf-8"), "team.vcf")


def test_a_vcard_file_that_is_not_utf8_is_refused_naming_the_line() -> None:
    data = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Jos\xe9\r\nEND:VCARD\r\n".encode("latin-1")
    with pytest.raises(RosterFileError, match=r"^team.vcf: line 3: this is not UTF-8 text \(byte 0xE9\)") as caught:
        read_vcards(data, "team.vcf")
    assert caught.value.line == 3
    assert "Export the contacts again as a UTF-8 vCard" in str(caught.value)


# --- Files -----------------------------------------------------------------------------------------------------


def test_files_are_read_by_extension_or_content(tmp_path: Path) -> None:
    roster = example_roster()
    (tmp_path / "team.csv").write_bytes(write_csv(roster))
    (tmp_path / "team.vcf").write_bytes(write_vcards(roster))
    (tmp_path / "contacts").write_bytes(write_vcards(roster))
    (tmp_path / "sheet").write_bytes(write_csv(roster))
    for name, fmt in (("team.csv", "csv"), ("team.vcf", "vcard"), ("contacts", "vcard"), ("sheet", "csv")):
        imported = import_roster(tmp_path / name)
        assert imported.format == fmt and comparable(imported.people) == comparable(roster)
    assert import_roster(tmp_path / "contacts", "vcard").format == "vcard"
    assert format_for_path(Path("x.VCF")) == "vcard"


def test_export_writes_by_extension_and_refuses_other_names(tmp_path: Path) -> None:
    roster = example_roster()
    assert export_roster(tmp_path / "t.csv", roster) == "csv"
    assert export_roster(tmp_path / "t.vcf", roster) == "vcard"
    assert (tmp_path / "t.vcf").read_bytes() == write_vcards(roster)
    assert (tmp_path / "t.csv").stat().st_mode & 0o077 == 0  # phone numbers: the owner's only
    with pytest.raises(InvalidInputError, match=r"export to a \.csv"):
        export_roster(tmp_path / "t.xlsx", roster)
    with pytest.raises(UserError, match="could not be written"):
        export_roster(tmp_path / "missing-folder" / "t.csv", roster)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv", "t.vcf"]  # no temporary files left


def test_import_of_a_missing_file_or_a_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(RosterFileError, match="no such file"):
        import_roster(tmp_path / "nope.csv")
    with pytest.raises(RosterFileError, match="is a folder"):
        import_roster(tmp_path)


# --- Fuzzing: whatever a file holds, an import either works or says why -----------------------------------

VCARD_BITS = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:3.0",
        "FN:Ana",
        "FN:",
        "N:;;;;",
        "TEL:+1 555",
        "EMAIL:a@b.org",
        "NOTE:Backup: Ana",
        "NOTE:Called at levels: 9",
        " folded",
        "=",
        ';TYPE="x',
        "item1.TEL;type=pref:1",
        "ROLE:scribe\\, x",
        "",
    ]
)


def read_or_refuse(reader: Callable[[bytes, str], ImportedRoster], data: bytes) -> None:
    """Either a valid roster or a RosterFileError with a reason; any other exception is a bug."""
    try:
        result = reader(data, "fuzz")
    except RosterFileError as exc:
        assert exc.reason
        return
    assert result.people and validate_roster(result.people) == result.people


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_never_crash_either_reader(data: bytes) -> None:
    read_or_refuse(read_csv, data)
    read_or_refuse(read_vcards, data)


@settings(max_examples=300, deadline=None)
@given(st.lists(VCARD_BITS, max_size=12), st.sampled_from(["\r\n", "\n"]))
def test_shuffled_vcard_lines_never_crash(lines: list[str], newline: str) -> None:
    read_or_refuse(read_vcards, newline.join(lines).encode())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.text(max_size=12), max_size=8), max_size=6))
def test_random_spreadsheets_never_crash(rows: list[list[str]]) -> None:
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows([["name", "roles", "phone", "email", "backup", "levels"], *rows])
    read_or_refuse(read_csv, buffer.getvalue().encode("utf-8"))


def test_two_cards_with_the_same_name_keep_the_first_and_name_the_second() -> None:
    """An address book with a person twice: the file imports, the second card is left out by its line."""
    from crisisroom.exchange.vcard import read_vcards

    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lee\r\nTEL:+46 70 123 45 67\r\nEND:VCARD\r\n"
    imported = read_vcards((card + card.replace("123 45 67", "765 43 21")).encode())
    assert [person.name for person in imported.people] == ["Ann Lee"]
    assert imported.skipped == ["line 6: Ann Lee is on line 1 already; left out"]
