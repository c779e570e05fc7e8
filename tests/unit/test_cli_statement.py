"""``crisisroom statement``: draft, approve and release through the command line's contract (0 / 2 and one line)."""

from __future__ import annotations

import json

import pytest

from crisisroom.domain.message_flow import text_sha256
from crisisroom.storage import log
from crisisroom.storage.database import open_database
from crisisroom.system import paths
from tests.unit.test_cli import run

LONG_POST = (
    "We found that someone could read part of our customer database from outside. We closed that access "
    "this morning and are checking exactly what was involved. If your information is among it, we will "
    "write to you directly. We will never ask you for a password or payment details. More by 16:00."
)


@pytest.fixture
def incident(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "incident", "new", "Customer data exposed", "--category", "security-breach")
    assert code == 0
    return out.strip()


def _one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("crisisroom: "), err
    return err


def test_draft_prints_the_id_then_the_text(capsys: pytest.CaptureFixture[str], incident: str) -> None:
    code, out, err = run(
        capsys,
        "statement",
        "draft",
        incident[:8],
        "--audience",
        "public-posts",
        "--phase",
        "holding",
        "--platform",
        "x",
    )
    assert code == 0 and err == "", err
    statement_id, text = out.split("\n", 1)
    assert len(statement_id) == 36
    assert text.startswith("We're dealing with a security problem.")
    code, out, _ = run(capsys, "statement", "list", incident, "--json")
    listed = json.loads(out)
    assert [(s["id"], s["platform"], s["state"]) for s in listed] == [(statement_id, "x", "draft")]
    assert listed[0]["lengths"] == [
        {"platform": "x", "count": len(text.rstrip("\n")), "limit": 280, "over_by": 0, "fits": True, "segments": None}
    ]


def test_approve_by_a_roster_approver_and_release_within_the_limit(
    capsys: pytest.CaptureFixture[str], incident: str
) -> None:
    code, out, _ = run(
        capsys, "statement", "draft", incident, "--audience", "press", "--phase", "holding", "--text", "We are on it."
    )
    statement_id = out.splitlines()[0]
    code, out, err = run(capsys, "statement", "approve", statement_id[:8], "--by", "Jonas Weber")
    assert code == 2 and "Jonas Weber (Scribe) may not approve statements" in _one_line(err)
    code, out, err = run(capsys, "statement", "approve", statement_id, "--by", "Henrik Sato", "--json")
    assert code == 0 and err == ""
    approved = json.loads(out)
    assert approved["state"] == "approved"
    assert approved["current"]["approval"]["name"] == "Henrik Sato"
    assert approved["current"]["approval"]["role"] == "Executive approver"
    assert approved["current"]["approval"]["text_sha256"] == text_sha256("We are on it.")
    code, out, err = run(capsys, "statement", "release", statement_id, "--on", "e-mail")
    assert (code, err) == (0, "")
    assert out == "Press · Holding statement v1 released on E-mail\n"


def test_release_over_a_platforms_limit_exits_2_unless_overridden(
    capsys: pytest.CaptureFixture[str], incident: str
) -> None:
    code, out, err = run(
        capsys, "statement", "draft", incident, "--audience", "public-posts", "--phase", "holding", "--text", LONG_POST
    )
    assert code == 0
    assert "warning: 291 characters is over the X limit of 280" in err
    statement_id = out.splitlines()[0]
    run(capsys, "statement", "approve", statement_id, "--by", "Henrik Sato")
    code, out, err = run(capsys, "statement", "release", statement_id, "--on", "x", "--on", "threads")
    assert code == 2 and out == ""
    assert "is too long for X (291 of 280, 11 over)" in _one_line(err)
    code, out, err = run(
        capsys, "statement", "release", statement_id, "--on", "X", "--override", "Posted as a thread of two"
    )
    assert code == 0, err
    assert out.endswith("released on X; over the limit, because: Posted as a thread of two\n")
    with open_database(paths.default_db_path(), write=False) as database:
        entry = log.entries(database, incident)[-1]
    assert entry.payload is not None and entry.payload["override_reason"] == "Posted as a thread of two"


def test_release_after_an_edit_exits_2_until_the_new_text_is_approved(
    capsys: pytest.CaptureFixture[str], incident: str
) -> None:
    draft = ("statement", "draft", incident, "--audience", "customers", "--phase", "update")
    statement_id = run(capsys, *draft, "--text", "Here is what we know.")[1].splitlines()[0]
    run(capsys, "statement", "approve", statement_id, "--by", "Clara Moreau")
    assert run(capsys, *draft, "--text", "Here is what we know now.")[1].splitlines()[0] == statement_id
    code, out, err = run(capsys, "statement", "release", statement_id, "--on", "e-mail")
    assert code == 2 and out == ""
    assert "the text was changed after v1 was approved by Clara Moreau" in _one_line(err)
    assert run(capsys, "statement", "approve", statement_id, "--by", "Clara Moreau")[0] == 0
    assert run(capsys, "statement", "release", statement_id, "--on", "e-mail")[0] == 0


def test_bad_names_exit_2_with_one_line(capsys: pytest.CaptureFixture[str], incident: str) -> None:
    code, _, err = run(
        capsys, "statement", "draft", incident, "--audience", "press", "--phase", "holding", "--platform", "telex"
    )
    assert code == 2 and "unknown platform 'telex'" in _one_line(err)
    code, _, err = run(capsys, "statement", "approve", "ffffffff", "--by", "Henrik Sato")
    assert code == 2 and "no statement with an id starting 'ffffffff'" in _one_line(err)
    code, _, err = run(capsys, "statement", "draft", incident, "--audience", "aliens", "--phase", "holding")
    assert code == 2 and "invalid choice" in err
