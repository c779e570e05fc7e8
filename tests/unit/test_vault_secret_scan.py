"""Plant secrets, use every way the app has to touch them, then look for them everywhere: nowhere.

Scanned: the database file while it is open (with its -wal and -shm), a backup made with
``backup_to``, the automatic backups, every file left under the test's folders, the output of
every command that prints or exports data, the error messages and the captured log output. The
handover file is in the scan too: it holds the secrets, but only encrypted. When a command that
exports or reports is added, add it to EXPORTS below.
"""

from __future__ import annotations

import io
import logging
import subprocess
import sys
from pathlib import Path

import keyring
import pytest

from crisisroom.cli import main
from crisisroom.domain.incidents import Category
from crisisroom.domain.vault import AccountDetails, SecretField
from crisisroom.secrets import handover
from crisisroom.secrets.device_keys import ITEM_PREFIX as DEVICE_KEY_PREFIX
from crisisroom.secrets.errors import KeychainError
from crisisroom.services.vault import Actor, VaultService
from crisisroom.storage import backups, incidents
from crisisroom.storage.database import open_database
from tests.conftest import MemoryKeyring
from tests.vault_support import PLANTED, FlakyKeyring

ROTATED = "Rotated-Secret-51d0c2b8-Wx#"
CODES = "Codes-Secret-9e44 a1b2 c3d4"
TOKEN = "Token-Secret-0c8f3e77e1d2"
REFUSED = "Refused-Secret-77aa19f0-Kp%"
PASSPHRASE = "a passphrase long enough"
SECRETS = (PLANTED, ROTATED, CODES, TOKEN, REFUSED, PASSPHRASE)

# Commands that print or write the room's data; {incident} and {account} are filled in.
EXPORTS = (
    ("incident", "list", "--json", "--drills"),
    ("incident", "show", "{incident}", "--json"),
    ("log", "show", "{incident}", "--json"),
    ("log", "show", "{incident}"),
    ("status", "{incident}", "--json"),
    ("mentions", "list", "{incident}", "--json"),
    ("mentions", "hourly", "{incident}", "--json"),
    ("rules", "list", "--json"),
    ("verify", "--json"),
    ("vault", "list"),
    ("vault", "list", "--json"),
    ("vault", "show", "{account}"),
    ("vault", "show", "{account}", "--json"),
    ("vault", "checklist", "{account}", "--json"),
    ("vault", "audit", "--json"),
    ("vault", "audit"),
)


def _forms(secret: str) -> list[bytes]:
    """The ways a string can sit in a file: UTF-8 and both UTF-16s (SQLite can store either)."""
    return [secret.encode("utf-8"), secret.encode("utf-16-le"), secret.encode("utf-16-be")]


def _leaks(data: bytes, where: str) -> list[str]:
    return [f"{where} holds {secret!r}" for secret in SECRETS for form in _forms(secret) if form in data]


def _scan_tree(*roots: Path) -> tuple[list[str], int]:
    found, scanned = [], 0
    for root in roots:
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            scanned += 1
            found += _leaks(path.read_bytes(), str(path.relative_to(root.parent)))
    return found, scanned


def test_planted_secrets_appear_nowhere(
    tmp_path: Path,
    crisisroom_home: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(handover, "SCRYPT_N", 2**14)
    db_path = tmp_path / "room.sqlite"
    leaks: list[str] = []
    with open_database(db_path) as database:
        incident = incidents.create(database, "Account takeover", category=Category.SECURITY_BREACH, author="Maya")
        actor = Actor("Maya", incident.id)
        service = VaultService(database)
        account = service.add(
            AccountDetails("Instagram", "@brand", "social@brand.example", notes="see the keychain"),
            {SecretField.PASSWORD: PLANTED, SecretField.API_TOKEN: TOKEN},
            actor,
        )
        assert service.reveal(account.id, actor) == PLANTED
        assert service.reveal(account.id, actor, SecretField.API_TOKEN, copy=True) == TOKEN
        service.rotate(account.id, ROTATED, actor)
        service.mark_compromised(account.id, actor, "odd posts")
        service.tick(account.id, "reset-2fa", actor, secret=CODES)
        handover_file = tmp_path / "exports" / "handover.crisisroom-handover"
        handover_file.parent.mkdir()
        service.export_handover([account.id], handover_file, PASSPHRASE, actor)
        # A keychain that fails and repeats the secret in its error: the message must not.
        keyring.set_keyring(FlakyKeyring(fail_after=0))
        with pytest.raises(KeychainError) as refused:
            service.rotate(account.id, REFUSED, actor)
        leaks += _leaks(str(refused.value).encode(), "the keychain error message")
        keyring.set_keyring(memory_keyring)

        # The live files, before any checkpoint folds the WAL away. Read by another process: opening
        # them here while the connection is open would drop its locks (DESIGN.md, Storage).
        assert Path(f"{db_path}-wal").stat().st_size > 0
        for suffix in ("", "-wal", "-shm"):
            live = Path(f"{db_path}{suffix}")
            if live.exists():
                leaks += _leaks(_read_elsewhere(live), live.name)
        backups.backup_to(database, tmp_path / "exports" / "backup.sqlite")
        assert backups.auto_backup(database) is not None

    # Every command that prints the room's data, including the ones that read the vault.
    fill = {"incident": incident.id, "account": account.id}
    outputs = 0
    for command in EXPORTS:
        monkeypatch.setattr(sys, "stdin", io.StringIO(""))
        args = [part.format(**fill) for part in command]
        assert main(["--db", str(db_path), *args]) == 0, args
        out, err = capsys.readouterr()
        assert out.strip(), f"{args} printed nothing: the scan would prove nothing"
        leaks += _leaks((out + err).encode(), f"the output of {' '.join(command)}")
        outputs += 1
    assert main(["--db", str(db_path), "backup", str(tmp_path / "exports" / "cli-backup.sqlite")]) == 0
    leaks += _leaks(capsys.readouterr().out.encode(), "the output of backup")

    leaks += _leaks(caplog.text.encode(), "the log output")
    found, scanned = _scan_tree(tmp_path, crisisroom_home)
    leaks += found
    assert scanned >= 6 and outputs == len(EXPORTS)
    # The secrets really are where they belong: in the keychain (so the scan was not vacuous).
    # (Beside them, the device key that signs the log: it lives in the keychain too, and nowhere else.)
    accounts = {v for (_, user), v in memory_keyring.items.items() if not user.startswith(DEVICE_KEY_PREFIX)}
    assert accounts == {ROTATED, TOKEN, CODES}
    assert handover.unseal(handover_file.read_bytes(), PASSPHRASE)["accounts"][0]["secret_values"] == {
        "password": ROTATED,
        "api-token": TOKEN,
        "recovery-codes": CODES,
    }
    assert leaks == []


def _read_elsewhere(path: Path) -> bytes:
    """A file's bytes as another process reads them."""
    reader = "import sys; sys.stdout.buffer.write(open(sys.argv[1], 'rb').read())"
    return subprocess.run([sys.executable, "-c", reader, str(path)], capture_output=True, check=True).stdout
