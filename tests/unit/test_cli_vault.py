"""``crisisroom vault``: the contract of the command line (stdin secrets, never argv, exit 2 without keychain)."""

from __future__ import annotations

import argparse
import io
import json
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from crisisroom.cli import build_parser, main
from crisisroom.commands import vault as vault_command
from crisisroom.secrets import handover
from crisisroom.secrets.keychain import SERVICE
from crisisroom.storage import log
from crisisroom.storage.database import open_database
from tests.conftest import MemoryKeyring
from tests.vault_support import PLANTED, LockedKeyring

PASSPHRASE = "correct horse battery staple"


class Terminal(io.StringIO):
    """Standard input attached to a terminal (so the command prompts instead of reading it)."""

    def isatty(self) -> bool:
        return True


class Cli:
    """Runs ``crisisroom --db DB ...`` in-process with the given standard input."""

    def __init__(self, db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
        self.db, self._capsys, self._monkeypatch = db, capsys, monkeypatch

    def __call__(self, *args: str, stdin: str | io.StringIO = "") -> tuple[int, str, str]:
        self._monkeypatch.setattr(sys, "stdin", io.StringIO(stdin) if isinstance(stdin, str) else stdin)
        try:
            code = main(["--db", str(self.db), *args])
        except SystemExit as exc:  # argparse's own refusals
            code = int(exc.code or 0)
        out, err = self._capsys.readouterr()
        return code, out, err


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    monkeypatch.setattr(handover, "SCRYPT_N", 2**14)
    return Cli(tmp_path / "cli.sqlite", capsys, monkeypatch)


def _add(cli: Cli, secret: str = PLANTED) -> str:
    code, out, err = cli(
        "vault",
        "add",
        "--platform",
        "Instagram",
        "--handle",
        "@brand",
        "--login",
        "social@brand.example",
        stdin=secret + "\n",
    )
    assert code == 0, err
    return out.strip()


def test_add_reads_the_secret_from_stdin_and_prints_only_the_id(cli: Cli, memory_keyring: MemoryKeyring) -> None:
    account_id = _add(cli)
    assert len(account_id) == 36 and "\n" not in account_id
    # The pipe's trailing newline is not part of the secret.
    assert memory_keyring.items == {(SERVICE, f"{account_id}:password"): PLANTED}


def test_a_secret_is_never_an_argument(cli: Cli) -> None:
    parser = build_parser()
    vault_group = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices["vault"]
    actions = next(a for a in vault_group._actions if isinstance(a, argparse._SubParsersAction)).choices
    secretish = ("password", "secret", "token", "passphrase", "codes", "pass", "pin")
    offenders = [
        (name, action.dest)
        for name, sub in actions.items()
        for action in sub._actions
        # A flag (nargs 0, like --codes "read the codes from stdin") carries no value; anything else could.
        if action.nargs != 0
        and any(word in n.lower() for n in [action.dest, *action.option_strings] for word in secretish)
    ]
    assert offenders == [], "an option or argument could carry a secret on the command line"
    # A secret typed as an extra argument is refused, and not repeated back.
    code, out, err = cli("vault", "add", "--platform", "X", "--handle", "@h", PLANTED)
    assert code == 2 and out == ""
    assert PLANTED not in err and "never read from the command line" in err
    assert len(err.strip().splitlines()) == 1


def test_without_a_keychain_exit_2_one_line_and_nothing_kept(cli: Cli) -> None:
    for backend in (fail.Keyring(), LockedKeyring()):
        keyring.set_keyring(backend)
        code, out, err = cli("vault", "add", "--platform", "X", "--handle", "@h", stdin=PLANTED + "\n")
        assert code == 2 and out == ""
        assert err.startswith("crisisroom: ") and len(err.strip().splitlines()) == 1
        assert "nothing was stored" in err and PLANTED not in err
    code, out, _ = cli("vault", "list", "--json")
    assert code == 0 and json.loads(out) == []
    with open_database(cli.db, write=False) as db:
        assert db.query("SELECT count(*) FROM vault_audit")[0][0] == 0


def test_the_keychain_is_checked_before_anyone_types_a_secret(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    keyring.set_keyring(LockedKeyring())
    monkeypatch.setattr("getpass.getpass", lambda prompt="": pytest.fail("asked for a secret for nothing"))
    code, _, err = cli("vault", "add", "--platform", "X", "--handle", "@h", stdin=Terminal())
    assert code == 2 and "locked" in err


def test_at_a_terminal_the_secret_is_asked_twice_hidden(
    cli: Cli, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter([PLANTED, PLANTED + "typo"])
    prompts: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        prompts.append(prompt)
        return next(answers)

    monkeypatch.setattr("getpass.getpass", fake_getpass)
    code, _, err = cli("vault", "add", "--platform", "X", "--handle", "@h", stdin=Terminal())
    assert code == 2 and "differ" in err and memory_keyring.items == {}
    answers = iter([PLANTED, PLANTED])
    code, out, _ = cli("vault", "add", "--platform", "X", "--handle", "@h", stdin=Terminal())
    assert code == 0 and PLANTED not in out
    assert prompts == ["Password: ", "Repeat the password: "] * 2
    assert list(memory_keyring.items.values()) == [PLANTED]


def test_list_and_show_never_print_the_secret_and_reveal_does_with_a_record(cli: Cli) -> None:
    account_id = _add(cli)
    code, out, _ = cli("vault", "list")
    assert code == 0 and "Instagram" in out and PLANTED not in out
    listed = json.loads(cli("vault", "list", "--json")[1])
    assert listed[0]["id"] == account_id and listed[0]["secrets"].keys() == {"password"}
    assert listed[0]["rotation_due"] is False and PLANTED not in json.dumps(listed)
    for args in (["show", account_id[:8]], ["show", account_id, "--json"]):
        code, out, _ = cli("vault", *args)
        assert code == 0 and "social@brand.example" in out and PLANTED not in out
    incident_id = cli("incident", "new", "Account takeover")[1].strip()
    code, out, _ = cli("vault", "show", account_id, "--reveal", "--incident", incident_id[:8])
    assert code == 0 and f"Password      {PLANTED}" in out
    shown = json.loads(cli("vault", "show", account_id, "--reveal", "--json")[1])
    assert shown["secret_values"] == {"password": PLANTED}
    audit = json.loads(cli("vault", "audit", "--json")[1])
    assert [(a["action"], a["field"]) for a in audit] == [("reveal", "password"), ("reveal", "password"), ("add", None)]
    with open_database(cli.db, write=False) as db:
        vault_entries = [e for e in log.entries(db, incident_id) if e.kind == "vault-access"]
    assert [e.text for e in vault_entries] == ["Password of Instagram @brand revealed on screen"]


def test_rotate_reads_the_new_secret_from_stdin(cli: Cli, memory_keyring: MemoryKeyring) -> None:
    account_id = _add(cli)
    code, out, _ = cli("vault", "rotate", account_id[:6], stdin="rotated-secret\n")
    assert code == 0 and "rotated-secret" not in out
    assert memory_keyring.items[(SERVICE, f"{account_id}:password")] == "rotated-secret"
    code, _, err = cli("vault", "rotate", account_id, stdin="")
    assert code == 2 and "no new password on standard input" in err


def test_remove_deletes_the_items_and_says_so(cli: Cli, memory_keyring: MemoryKeyring) -> None:
    account_id = _add(cli)
    code, out, _ = cli("vault", "remove", account_id)
    assert code == 0 and "Removed Instagram @brand" in out and memory_keyring.items == {}
    code, _, err = cli("vault", "show", account_id)
    assert code == 2 and "no shared account" in err


def test_checklist_from_the_command_line(cli: Cli, memory_keyring: MemoryKeyring) -> None:
    account_id = _add(cli)
    assert cli("vault", "compromised", account_id, "--note", "odd posts")[0] == 0
    code, out, _ = cli("vault", "tick", account_id, "change-password", stdin="n3w-pass\n")
    assert code == 0 and "5 steps left" in out
    assert memory_keyring.items[(SERVICE, f"{account_id}:password")] == "n3w-pass"
    code, _, _ = cli("vault", "tick", account_id, "change-login-email", "--login", "new@b.example")
    assert code == 0
    steps = json.loads(cli("vault", "checklist", account_id, "--json")[1])["steps"]
    assert [s["done_by"] is not None for s in steps] == [True, True, False, False, False, False]
    for step in ("change-username", "sign-out-sessions", "review-connected-apps"):
        assert cli("vault", "tick", account_id, step)[0] == 0
    code, out, _ = cli("vault", "tick", account_id, "reset-2fa", "--codes", stdin="9 8 7\n")
    assert code == 0 and "marked secured" in out
    assert memory_keyring.items[(SERVICE, f"{account_id}:recovery-codes")] == "9 8 7"


def test_export_and_import_with_the_passphrase_on_stdin(cli: Cli, tmp_path: Path) -> None:
    account_id = _add(cli)
    target = tmp_path / "handover.crisisroom-handover"
    code, out, err = cli("vault", "export", str(target), "--all", stdin=PASSPHRASE + "\n")
    assert code == 0, err
    assert PLANTED.encode() not in target.read_bytes()
    other = MemoryKeyring()
    keyring.set_keyring(other)
    cli.db = tmp_path / "other.sqlite"
    code, out, _ = cli("vault", "import", str(target), stdin="wrong passphrase here\n")
    assert code == 2 and other.items == {}
    code, out, _ = cli("vault", "import", str(target), stdin=PASSPHRASE + "\n")
    assert code == 0 and "Imported 1 new" in out
    assert other.items == {(SERVICE, f"{account_id}:password"): PLANTED}


def test_bad_input_is_refused_without_echoing_it(cli: Cli) -> None:
    code, _, err = cli("vault", "add", "--platform", "X", "--handle", "@h", "--field", "pin")
    assert code == 2 and "unknown secret 'pin'" in err
    code, _, err = cli("vault", "audit", "--limit", PLANTED)
    assert code == 2 and PLANTED not in err and "invalid value" in err
    code, _, err = cli("vault", "export", "x.handover")
    assert code == 2 and "--all" in err


def test_the_vault_module_is_registered() -> None:
    assert "vault" in build_parser().format_help()
    assert vault_command.NOT_FROM_ARGV
