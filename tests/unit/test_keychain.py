"""The keychain wrapper: one item per account and field, and a plain refusal when it cannot be used."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import chainer, fail, null

from crisisroom.domain.vault import SecretField
from crisisroom.secrets import advice
from crisisroom.secrets.advice import Problem, fix_for
from crisisroom.secrets.errors import KeychainError
from crisisroom.secrets.keychain import SERVICE, ClosingSecretService, Keychain, item_name, resolve_backend
from tests.conftest import MemoryKeyring
from tests.vault_support import PLANTED, FlakyKeyring, LockedKeyring

ACCOUNT = "0b7e7d1c-5f7a-4c43-9a55-0d3f6e1f2a10"


def test_items_are_named_service_crisisroom_and_account_colon_field(memory_keyring: MemoryKeyring) -> None:
    keychain = Keychain()
    keychain.set(ACCOUNT, SecretField.PASSWORD, PLANTED)
    keychain.set(ACCOUNT, SecretField.RECOVERY_CODES, "1111 2222")
    assert memory_keyring.items == {
        (SERVICE, f"{ACCOUNT}:password"): PLANTED,
        (SERVICE, f"{ACCOUNT}:recovery-codes"): "1111 2222",
    }
    assert item_name(ACCOUNT, SecretField.API_TOKEN) == f"{ACCOUNT}:api-token"
    assert keychain.get(ACCOUNT, SecretField.PASSWORD) == PLANTED
    assert keychain.get(ACCOUNT, SecretField.API_TOKEN) is None
    assert keychain.delete(ACCOUNT, SecretField.PASSWORD) is True
    assert keychain.delete(ACCOUNT, SecretField.PASSWORD) is False  # already gone: not an error


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), chainer.ChainerBackend()])
def test_a_backend_that_keeps_nothing_is_refused_with_the_fix(
    backend: keyring.backend.KeyringBackend, monkeypatch: pytest.MonkeyPatch
) -> None:
    if isinstance(backend, chainer.ChainerBackend):
        monkeypatch.setattr(chainer.ChainerBackend, "backends", [])
    keyring.set_keyring(backend)
    keychain = Keychain()
    with pytest.raises(KeychainError) as refused:
        keychain.set(ACCOUNT, SecretField.PASSWORD, PLANTED)
    error = refused.value
    assert error.kind is Problem.NO_BACKEND
    assert "No usable keychain" in error.message and "nothing was stored" in error.message
    assert error.fix == fix_for(Problem.NO_BACKEND) and error.fix in error.message
    assert "\n" not in error.message  # one line for the command line
    with pytest.raises(KeychainError):
        keychain.check()
    assert keychain.describe() == "none"


def test_a_locked_keychain_that_stays_locked_is_refused_with_how_to_unlock() -> None:
    keyring.set_keyring(LockedKeyring())
    with pytest.raises(KeychainError) as refused:
        Keychain().check()
    assert refused.value.kind is Problem.LOCKED
    assert "locked and stayed locked" in refused.value.message
    assert refused.value.fix == fix_for(Problem.LOCKED)


def test_an_error_from_the_keychain_never_repeats_the_secret() -> None:
    keyring.set_keyring(FlakyKeyring(fail_after=0))
    with pytest.raises(KeychainError) as refused:
        Keychain().set(ACCOUNT, SecretField.PASSWORD, PLANTED)
    assert refused.value.kind is Problem.FAILED
    assert "PasswordSetError" in refused.value.message
    assert PLANTED not in refused.value.message
    # The original error (which holds the secret) is not chained into a traceback either.
    assert refused.value.__suppress_context__ and refused.value.__cause__ is None


@pytest.mark.parametrize(
    ("platform", "words"),
    [
        ("linux", "sudo apt install gnome-keyring"),
        ("darwin", "Keychain Access"),
        ("win32", "Credential Manager"),
    ],
)
def test_the_fix_speaks_the_language_of_each_system(platform: str, words: str) -> None:
    assert words in fix_for(Problem.NO_BACKEND, platform)
    assert fix_for(Problem.LOCKED, platform) != fix_for(Problem.NO_BACKEND, platform)
    assert advice.keychain_name(platform)


def test_the_opt_in_backend_is_used_only_when_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(advice.ENV_BACKEND, "tests.conftest.MemoryKeyring")
    chosen = resolve_backend()
    assert type(chosen).__name__ == "MemoryKeyring" and chosen is not keyring.get_keyring()
    monkeypatch.delenv(advice.ENV_BACKEND)
    assert resolve_backend() is keyring.get_keyring()


@pytest.mark.parametrize(
    "name", ["keyring.backends.fail.Keyring", "keyrings.alt.file.PlaintextKeyring", "no.such.Backend"]
)
def test_an_opt_in_that_would_keep_nothing_or_plain_text_is_refused(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(advice.ENV_BACKEND, name)
    with pytest.raises(KeychainError) as refused:
        Keychain().set(ACCOUNT, SecretField.PASSWORD, PLANTED)
    assert refused.value.kind is Problem.REFUSED and name in refused.value.message
    assert advice.ENV_BACKEND in refused.value.fix


def test_the_secret_service_backend_is_replaced_by_the_one_that_closes_its_connection() -> None:
    from keyring.backends import SecretService

    original = SecretService.Keyring()
    original.preferred_collection = "/org/freedesktop/secrets/collection/test"
    keyring.set_keyring(original)
    chosen = resolve_backend()
    assert isinstance(chosen, ClosingSecretService)
    assert chosen.preferred_collection == original.preferred_collection
    assert Keychain(chosen).describe() == "Secret Service"


def test_the_closing_backend_never_joins_keyrings_own_choice() -> None:
    from keyring.backend import get_all_keyring

    assert ClosingSecretService.priority < 0
    assert not any(isinstance(b, ClosingSecretService) for b in chainer.ChainerBackend.backends)
    best = max(get_all_keyring(), key=lambda b: b.priority)
    assert not isinstance(best, ClosingSecretService)
