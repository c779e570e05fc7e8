"""The rules every secret and account must pass before anything is stored."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from crisisroom.domain.clock import to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.vault import (
    CHECKLIST,
    MAX_SECRET_LENGTH,
    Account,
    AccountDetails,
    AuditAction,
    SecretField,
    TwoFactor,
    account_from_json,
    account_json,
    check_passphrase,
    check_secret,
    checklist_step,
    describe_action,
    rotation_age_days,
    rotation_overdue,
    secret_length,
)

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


def test_a_secret_at_the_limit_is_kept_and_one_more_character_is_refused_plainly() -> None:
    assert check_secret(SecretField.API_TOKEN, "x" * MAX_SECRET_LENGTH) == "x" * MAX_SECRET_LENGTH
    with pytest.raises(InvalidInputError) as refused:
        check_secret(SecretField.API_TOKEN, "x" * (MAX_SECRET_LENGTH + 1))
    message = str(refused.value)
    assert "1,001 characters" in message and "1,000" in message and "Windows" in message
    assert "Nothing was stored" in message


def test_length_is_counted_as_windows_counts_it() -> None:
    # An emoji is two UTF-16 code units: 500 of them fill the limit, 501 do not fit.
    assert secret_length("🔑") == 2
    check_secret(SecretField.PASSWORD, "🔑" * (MAX_SECRET_LENGTH // 2))
    with pytest.raises(InvalidInputError):
        check_secret(SecretField.PASSWORD, "🔑" * (MAX_SECRET_LENGTH // 2 + 1))


@pytest.mark.parametrize("secret", ["", "   ", "line\nbreak", "carriage\rreturn", "nul\x00char"])
def test_unusable_passwords_are_refused(secret: str) -> None:
    with pytest.raises(InvalidInputError):
        check_secret(SecretField.PASSWORD, secret)


def test_recovery_codes_may_span_lines_and_keep_their_spaces() -> None:
    codes = "1234 5678\n9012 3456"
    assert check_secret(SecretField.RECOVERY_CODES, codes) == codes
    assert check_secret(SecretField.PASSWORD, " spaced pass ") == " spaced pass "


def test_details_are_trimmed_and_checked() -> None:
    details = AccountDetails("  Instagram ", " @brand ", " social@brand.example ", owners=" Sofia   Berg ").cleaned()
    assert (details.platform, details.handle, details.login_email, details.owners) == (
        "Instagram",
        "@brand",
        "social@brand.example",
        "Sofia Berg",
    )
    for bad in (AccountDetails("", "@h"), AccountDetails("X", " "), AccountDetails("X", "@h", "not-an-email")):
        with pytest.raises(InvalidInputError):
            bad.cleaned()


def test_parsing_fields_and_methods_names_the_choices() -> None:
    assert SecretField.parse("Recovery codes") is SecretField.RECOVERY_CODES
    assert TwoFactor.parse("security key") is TwoFactor.SECURITY_KEY
    with pytest.raises(InvalidInputError, match="password, recovery-codes, api-token"):
        SecretField.parse("pin")
    with pytest.raises(InvalidInputError, match="change-password"):
        checklist_step("nope")


def _account(**secrets_at: str) -> Account:
    secrets = {SecretField.parse(k.replace("_", "-")): v for k, v in secrets_at.items()}
    stamp = to_iso(NOW)
    return Account("a" * 8 + "-0000-4000-8000-" + "0" * 12, AccountDetails("X", "@h"), stamp, stamp, secrets)


def test_rotation_age_counts_the_password_first_and_warns_after_the_limit() -> None:
    old, new = to_iso(NOW - timedelta(days=91)), to_iso(NOW - timedelta(days=3))
    assert rotation_age_days(None, NOW) is None
    assert _account(password=old, api_token=new).last_rotated == old
    assert _account(api_token=new, recovery_codes=old).last_rotated == old
    assert rotation_overdue(_account(password=old), NOW, 90)
    assert not rotation_overdue(_account(password=old), NOW, 120)
    assert not rotation_overdue(_account(password=to_iso(NOW - timedelta(days=90))), NOW, 90)
    assert not rotation_overdue(_account(), NOW, 90)


def test_the_checklist_has_the_six_steps_of_securing_a_hacked_account() -> None:
    assert [s.key for s in CHECKLIST] == [
        "change-password",
        "change-login-email",
        "change-username",
        "sign-out-sessions",
        "review-connected-apps",
        "reset-2fa",
    ]
    assert checklist_step("change-password").secret is SecretField.PASSWORD
    assert checklist_step("reset-2fa").secret is SecretField.RECOVERY_CODES


def test_a_short_passphrase_is_refused() -> None:
    with pytest.raises(InvalidInputError, match="at least 12"):
        check_passphrase("short")
    assert check_passphrase("four random words here") == "four random words here"


def test_json_round_trip_carries_no_secret_and_rejects_bad_records() -> None:
    account = _account(password=to_iso(NOW))
    data = account_json(account)
    assert "secret_values" not in data and data["secrets"] == {"password": to_iso(NOW)}
    assert account_from_json(data).secrets == account.secrets
    for broken in ({**data, "id": "../../etc"}, {**data, "created_at": "yesterday"}, {"id": account.id}):
        with pytest.raises(InvalidInputError):
            account_from_json(broken)


def test_log_sentences_name_the_secret_never_its_value() -> None:
    text = describe_action(AuditAction.REVEAL, "Instagram @brand", SecretField.PASSWORD)
    assert text == "Password of Instagram @brand revealed on screen"
    assert {describe_action(a, "L") for a in AuditAction}  # every action has a sentence
