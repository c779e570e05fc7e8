"""``crisisroom team``: list, import and export through the command line's contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crisisroom.domain.team import example_roster
from crisisroom.storage.database import open_database
from crisisroom.system import paths
from tests.team_tables import ensure_team_tables
from tests.unit.test_cli import run

EXAMPLE_SIZE = len(example_roster())  # everyone of the example team is called at level 5


@pytest.fixture(autouse=True)
def team_database() -> None:
    with open_database(paths.default_db_path()) as database:
        ensure_team_tables(database)


def test_team_list_json_is_the_example_team_in_chain_order(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "team", "list", "--json")
    assert code == 0 and err == ""
    people = json.loads(out)
    assert [p["name"] for p in people][:3] == ["Maya Lindqvist", "Jonas Weber", "Tomás Rivera"]
    maya = people[0]
    assert maya["roles"] == ["crisis-lead"] and maya["levels"] == [3, 4, 5] and maya["backup"] == "Tomás Rivera"
    assert {"id", "name", "roles", "phone", "email", "backup_id", "backup", "levels", "notes"} == maya.keys()
    code, out, _ = run(capsys, "team", "list", "--level", "1", "--json")
    assert [p["name"] for p in json.loads(out)] == ["Aisha Bello"]


def test_team_list_as_text(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "team", "list", "--level", "5")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == EXAMPLE_SIZE and lines[0].startswith("Maya Lindqvist")
    assert "Crisis lead" in lines[0] and "levels 3,4,5" in lines[0] and "backup: Tomás Rivera" in lines[0]


def test_export_then_import_both_formats(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    before = json.loads(run(capsys, "team", "list", "--json")[1])
    for name in ("team.csv", "team.vcf"):
        code, out, err = run(capsys, "team", "export", str(tmp_path / name))
        assert code == 0 and err == "" and out.startswith(f"exported {EXAMPLE_SIZE} people to ")
        code, out, err = run(capsys, "team", "import", str(tmp_path / name))
        assert (code, err) == (0, "")
        assert out == f"imported {EXAMPLE_SIZE} people from {name} (the team had {EXAMPLE_SIZE})\n"
        after = json.loads(run(capsys, "team", "list", "--json")[1])
        assert after == before  # same people, same ids (kept by name), same links


def test_import_json_reports_counts_and_warnings(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    sheet = tmp_path / "team.csv"
    sheet.write_text("name,roles,team\nAna Lima,Crisis lead,Comms\n", encoding="utf-8")
    code, out, err = run(capsys, "team", "import", str(sheet), "--json")
    assert code == 0
    assert json.loads(out) == {"imported": 1, "replaced": EXAMPLE_SIZE, "warnings": ["Ignored the column 'team'"]}
    assert err == "crisisroom: Ignored the column 'team'\n"


def test_a_bad_file_exits_2_with_the_line_and_changes_nothing(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    sheet = tmp_path / "team.csv"
    sheet.write_text("name,email\nAna,ana@example.org\nBo,bo-at-example\n", encoding="utf-8")
    code, out, err = run(capsys, "team", "import", str(sheet))
    assert code == 2 and out == ""
    assert err == (
        "crisisroom: team.csv: line 3: the e-mail address of Bo ('bo-at-example') does not look like name@example.org\n"
    )
    assert len(json.loads(run(capsys, "team", "list", "--json")[1])) == EXAMPLE_SIZE


def test_export_to_an_unknown_kind_of_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = run(capsys, "team", "export", str(tmp_path / "team.xlsx"))
    assert code == 2 and "export to a .csv (spreadsheets) or .vcf (address books) file" in err
    code, _, err = run(capsys, "team", "import", str(tmp_path / "missing.csv"))
    assert code == 2 and err.count("\n") == 1 and "no such file" in err


def test_vcard_import_json_names_the_cards_left_out_and_the_warnings_by_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    cards = tmp_path / "contacts.vcf"
    cards.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN:Ana Lima\r\nTEL;CELL;VOICE:MobilePhone\r\nTEL;WORK:+44 20 7946 0000\r\n"
        b"END:VCARD\r\nBEGIN:VCARD\r\nVERSION:2.1\r\nORG:Example Ltd\r\nEND:VCARD\r\n"
    )
    code, out, err = run(capsys, "team", "import", str(cards), "--json")
    assert code == 0
    assert json.loads(out) == {
        "imported": 1,
        "replaced": EXAMPLE_SIZE,
        "warnings": ["line 4: Ana Lima: the phone number 'MobilePhone' cannot be dialled (left out)"],
        "skipped": [
            "line 7: this vCard has no name (no FN or N line, only the organisation 'Example Ltd'); "
            "give the contact a person's name in the address book and export again; left out"
        ],
    }
    assert err.startswith("crisisroom: not imported: line 7: this vCard has no name")
    people = json.loads(run(capsys, "team", "list", "--json")[1])
    assert [(p["name"], p["phone"]) for p in people] == [("Ana Lima", "+44 20 7946 0000")]  # the cards taken, alone
