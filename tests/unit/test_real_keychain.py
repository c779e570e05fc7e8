"""The vault against a real Secret Service (gnome-keyring on a private D-Bus session in CI).

The autouse fixture of tests/conftest.py installs an in-memory keyring for every test; these
tests deliberately put keyring's real ``SecretService.Keyring`` back for their duration and
remove every item they made. Without a reachable Secret Service they skip (fail under
``CRISISROOM_REQUIRE_REAL=1``). Run them as CI does::

    dbus-run-session -- bash .ci/in-session.sh .venv/bin/python
"""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path

import keyring
import pytest
from keyring.backends import SecretService

from crisisroom.domain.vault import AccountDetails, SecretField
from crisisroom.secrets import handover
from crisisroom.secrets.device_keys import ITEM_PREFIX as DEVICE_KEY_PREFIX
from crisisroom.secrets.keychain import SERVICE, ClosingSecretService, Keychain
from crisisroom.services.vault import Actor, VaultService
from crisisroom.storage.database import Database, open_database
from tests.conftest import need_real
from tests.vault_support import PLANTED

pytestmark = pytest.mark.real_keychain
MAYA = Actor("Maya")
# Set by .ci/in-session.sh: the keyring is a throwaway one whose unlock prompt can never be shown.
THROWAWAY = os.environ.get("CRISISROOM_THROWAWAY_KEYRING") == "1"


def _our_items() -> dict[str, bytes]:
    """Every ``crisisroom`` item of the default collection: user name -> secret."""
    import secretstorage

    with closing(secretstorage.dbus_init()) as connection:
        collection = secretstorage.get_default_collection(connection)
        return {
            item.get_attributes()["username"]: item.get_secret()
            for item in collection.search_items({"service": SERVICE})
        }


@pytest.fixture
def secret_service() -> Iterator[SecretService.Keyring]:
    """keyring's real Secret Service backend, installed globally for one test, its items cleaned up."""
    try:
        import secretstorage  # noqa: F401
    except ImportError:
        need_real("SecretStorage is not installed")
    try:
        SecretService.Keyring.priority  # noqa: B018  (raises when no Secret Service answers on D-Bus)
    except RuntimeError as exc:
        need_real(f"no Secret Service is reachable ({exc}); run the tests as .ci/in-session.sh does")
    backend = SecretService.Keyring()
    before = set(_our_items())
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)
        left = set(_our_items()) - before
        for name in left:  # a failed test must not leave secrets in a real keychain
            backend.delete_password(SERVICE, name)
        # A database the test wrote to made its device key (it signs the log); the rest are accounts.
        accounts = sorted(name for name in left if not name.startswith(DEVICE_KEY_PREFIX))
        assert not accounts, f"the test left keychain items behind: {accounts}"


@pytest.fixture
def room(tmp_path: Path) -> Iterator[Database]:
    with open_database(tmp_path / "room.sqlite") as database:
        yield database


def test_secrets_live_in_the_real_secret_service_and_go_with_the_account(
    secret_service: SecretService.Keyring, room: Database
) -> None:
    service = VaultService(room)
    assert isinstance(service.keychain.backend(), ClosingSecretService)
    assert service.keychain.describe() == "Secret Service"
    service.keychain.check()
    account = service.add(
        AccountDetails("Instagram", "@brand"),
        {SecretField.PASSWORD: PLANTED, SecretField.RECOVERY_CODES: "1111 2222\n3333"},
        MAYA,
    )
    expected = {f"{account.id}:password": PLANTED.encode(), f"{account.id}:recovery-codes": b"1111 2222\n3333"}
    assert _our_items().items() >= expected.items()
    # The item is a plain keyring item any tool can read: the service and user name are the contract.
    assert keyring.get_password(SERVICE, f"{account.id}:password") == PLANTED
    assert service.reveal(account.id, MAYA) == PLANTED
    service.rotate(account.id, "rotated-" + PLANTED, MAYA)
    assert _our_items()[f"{account.id}:password"] == ("rotated-" + PLANTED).encode()
    service.remove(account.id, MAYA)
    assert not any(name.startswith(account.id) for name in _our_items())


def test_handover_into_the_real_keychain(
    secret_service: SecretService.Keyring, room: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handover, "SCRYPT_N", 2**14)
    service = VaultService(room)
    account = service.add(AccountDetails("X", "@brand"), {SecretField.API_TOKEN: PLANTED}, MAYA)
    path = tmp_path / "h.crisisroom-handover"
    service.export_handover([account.id], path, "a long enough passphrase", MAYA)
    service.remove(account.id, MAYA)
    with open_database(tmp_path / "other.sqlite") as other:
        summary = VaultService(other).import_handover(path, "a long enough passphrase", MAYA)
        assert [a.id for a in summary.added] == [account.id]
        assert Keychain().get(account.id, SecretField.API_TOKEN) == PLANTED
        VaultService(other).remove(account.id, MAYA)


LOCKED_ATTEMPT = textwrap.dedent(
    """
    import json, sys
    import keyring
    from keyring.backends import SecretService
    from crisisroom.domain.vault import AccountDetails, SecretField
    from crisisroom.secrets.errors import KeychainError
    from crisisroom.storage.database import open_database
    from crisisroom.services.vault import Actor, VaultService

    backend = SecretService.Keyring()
    backend.preferred_collection = sys.argv[1]
    keyring.set_keyring(backend)
    with open_database(sys.argv[2]) as db:
        try:
            VaultService(db).add(AccountDetails("X", "@locked"), {SecretField.PASSWORD: "never-stored"}, Actor("M"))
        except KeychainError as exc:
            rows = db.query("SELECT count(*) FROM vault_accounts")[0][0]
            print(json.dumps({"kind": exc.kind.value, "message": exc.message, "rows": rows}))
    """
)


def test_a_real_collection_that_stays_locked_is_refused_and_nothing_is_kept(
    secret_service: SecretService.Keyring, tmp_path: Path
) -> None:
    if not THROWAWAY:
        need_real(
            "the locked-collection test would show an unlock prompt on a desktop keyring; it runs in the "
            "throwaway keyring of .ci/in-session.sh (CRISISROOM_THROWAWAY_KEYRING=1)"
        )
    import secretstorage
    from secretstorage.defines import SS_PATH, SS_PREFIX
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    internal = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"
    password = b"throwaway-collection-password"
    with closing(secretstorage.dbus_init()) as connection:
        session = open_session(connection)
        gnome = DBusAddressWrapper(SS_PATH, internal, connection)
        try:
            (path,) = gnome.call(
                "CreateWithMasterPassword",
                "a{sv}(oayays)",
                {SS_PREFIX + "Collection.Label": ("s", "crisisroom-locked-test")},
                format_secret(session, password, "text/plain"),
            )
        except secretstorage.exceptions.SecretStorageException as exc:
            pytest.skip(f"this Secret Service is not gnome-keyring, which this test needs to lock a collection: {exc}")
        collection = secretstorage.Collection(connection, path)
        try:
            collection.lock()
            assert collection.is_locked()
            # In a child process with a time limit: an unlock prompt that someone could answer would
            # otherwise wait forever. -W error turns a leaked D-Bus socket into a failure.
            done = subprocess.run(
                [sys.executable, "-W", "error", "-c", LOCKED_ATTEMPT, path, str(tmp_path / "locked.sqlite")],
                capture_output=True,
                text=True,
                timeout=60,
                check=False,
                env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
            )
            assert done.returncode == 0, done.stderr
            assert "ResourceWarning" not in done.stderr and "unclosed" not in done.stderr, done.stderr
            outcome = json.loads(done.stdout)
            assert outcome["kind"] == "locked" and outcome["rows"] == 0
            assert "locked and stayed locked" in outcome["message"] and "nothing was stored" in outcome["message"]
        finally:
            gnome.call("UnlockWithMasterPassword", "o(oayays)", path, format_secret(session, password, "text/plain"))
            assert list(collection.get_all_items()) == []  # nothing was stored in it
            collection.delete()


def test_the_log_is_signed_with_a_device_key_kept_in_the_real_secret_service(
    secret_service: SecretService.Keyring, tmp_path: Path
) -> None:
    from crisisroom.domain.incidents import Category
    from crisisroom.storage import incidents

    db_path = tmp_path / "signed.sqlite"
    with open_database(db_path) as database:
        incidents.create(database, "Breach", category=Category.SECURITY_BREACH, author="Maya")
        device_id = database.device_id
    item = f"{DEVICE_KEY_PREFIX}{device_id}"
    assert len(base64.b64decode(_our_items()[item])) == 32  # the private key, in the keychain only
    # Another process (the command line) finds the same key there: it verifies and extends the same chain.
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    cli = [sys.executable, "-m", "crisisroom", "--db", str(db_path)]
    added = subprocess.run(
        [*cli, "log", "add", "--author", "Maya", incidents_of(db_path), "Holding statement out"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert added.returncode == 0, added.stderr
    done = subprocess.run([*cli, "verify", "--json"], capture_output=True, text=True, timeout=60, check=False, env=env)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [h["device_id"] for h in report["heads"]] == [device_id] and report["heads"][0]["seq"] == 2
    assert not [n for n in report["notes"] if n["code"] in ("unsigned-device", "cannot-extend", "keychain-unavailable")]


def incidents_of(db_path: Path) -> str:
    with open_database(db_path, write=False) as database:
        return str(database.query("SELECT id FROM incidents")[0][0])
