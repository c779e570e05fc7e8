"""Shared social-account logins: what the room knows about an account, and the rules for its secrets.

The metadata (platform, handle, login e-mail, owners…) is ordinary data; the secrets (password,
recovery codes, API token) live only in the operating system's keychain. This module holds the
shapes and the checks both sides share: which secret fields exist, how long a secret may be,
what the compromised-account checklist asks for, and when a password is due for rotation.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import Any, Literal, TypedDict

from crisisroom.domain.clock import from_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import QT_TRANSLATE_NOOP

DEFAULT_ROTATION_DAYS = 90

# Windows' Credential Manager holds at most 2,560 bytes per item, and keyring stores text there as
# UTF-16: about 1,280 characters. One limit for every system, safely below that, so an account
# stored on a Mac can always be handed over to a Windows laptop. Counted in UTF-16 code units, as
# Windows counts them (an emoji is two).
MAX_SECRET_LENGTH = 1_000
MIN_PASSPHRASE_LENGTH = 12

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LIMITS = {"platform": 60, "handle": 200, "login_email": 254, "url": 2_000, "owners": 500, "notes": 5_000}


class SecretField(StrEnum):
    """The kinds of secret an account can have; each is one keychain item."""

    PASSWORD = "password"
    RECOVERY_CODES = "recovery-codes"
    API_TOKEN = "api-token"

    @property
    def label(self) -> str:
        return {
            "password": QT_TRANSLATE_NOOP("Vault", "password"),
            "recovery-codes": QT_TRANSLATE_NOOP("Vault", "recovery codes"),
            "api-token": QT_TRANSLATE_NOOP("Vault", "API token"),
        }[self.value]

    @classmethod
    def parse(cls, text: str) -> SecretField:
        """Accept a field by its value, in any case.

        Raises:
            InvalidInputError: naming the accepted fields.
        """
        try:
            return cls(text.strip().lower().replace("_", "-").replace(" ", "-"))
        except ValueError:
            raise InvalidInputError(
                f"unknown secret {text!r}; choose one of {', '.join(f.value for f in cls)}"
            ) from None


class TwoFactor(StrEnum):
    """How the account's second factor works: worth knowing before someone tries to log in."""

    UNKNOWN = "unknown"
    NONE = "none"
    APP = "app"
    SMS = "sms"
    SECURITY_KEY = "security-key"
    EMAIL = "email"

    @property
    def label(self) -> str:
        return _TWO_FACTOR_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> TwoFactor:
        """Accept a method by its value or label, in any case.

        Raises:
            InvalidInputError: naming the accepted methods.
        """
        wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
        for method in cls:
            if wanted in {method.value, method.label.lower().replace(" ", "-")}:
                return method
        raise InvalidInputError(f"unknown 2FA method {text!r}; choose one of {', '.join(m.value for m in cls)}")


_TWO_FACTOR_LABELS = {
    TwoFactor.UNKNOWN: QT_TRANSLATE_NOOP("Vault", "Not recorded"),
    TwoFactor.NONE: QT_TRANSLATE_NOOP("Vault", "None"),
    TwoFactor.APP: QT_TRANSLATE_NOOP("Vault", "Authenticator app"),
    TwoFactor.SMS: QT_TRANSLATE_NOOP("Vault", "Text message"),
    TwoFactor.SECURITY_KEY: QT_TRANSLATE_NOOP("Vault", "Security key"),
    TwoFactor.EMAIL: QT_TRANSLATE_NOOP("Vault", "E-mail code"),
}


class AuditAction(StrEnum):
    """What was done to an account; every one is recorded without the secret."""

    ADD = "add"
    EDIT = "edit"
    REVEAL = "reveal"
    COPY = "copy"
    CHANGE = "change"
    ROTATE = "rotate"
    REMOVE = "remove"
    COMPROMISED = "compromised"
    CHECKLIST = "checklist"
    SECURED = "secured"
    EXPORT = "export"
    IMPORT = "import"


@dataclass(frozen=True)
class AccountDetails:
    """The metadata of a shared account: everything but its secrets."""

    platform: str
    handle: str
    login_email: str = ""
    url: str = ""
    owners: str = ""
    notes: str = ""
    two_factor: TwoFactor = TwoFactor.UNKNOWN

    def cleaned(self) -> AccountDetails:
        """The same details, trimmed and checked.

        Raises:
            InvalidInputError: a required field is empty, a value is too long, or the e-mail is not one.
        """
        values = {
            "platform": " ".join(self.platform.split()),
            "handle": self.handle.strip(),
            "login_email": self.login_email.strip(),
            "url": self.url.strip(),
            "owners": " ".join(self.owners.split()),
            "notes": self.notes.strip(),
        }
        if not values["platform"]:
            raise InvalidInputError("say which platform the account is on (for example Instagram)")
        if not values["handle"]:
            raise InvalidInputError("give the account's handle or user name")
        for name, limit in _LIMITS.items():
            if len(values[name]) > limit:
                raise InvalidInputError(f"the {name.replace('_', ' ')} is at most {limit:,} characters")
        if values["login_email"] and not _EMAIL.match(values["login_email"]):
            raise InvalidInputError(f"{values['login_email']!r} is not an e-mail address")
        return replace(self, **values, two_factor=TwoFactor(self.two_factor))


@dataclass(frozen=True)
class Tick:
    """One done step of the compromised-account checklist."""

    done_at: str
    done_by: str


@dataclass(frozen=True)
class Account:
    """A shared account as stored: its details, which secrets the keychain holds, and its state."""

    id: str
    details: AccountDetails
    created_at: str
    updated_at: str
    secrets: Mapping[SecretField, str] = field(default_factory=dict)  # field -> when it was last set
    compromised_at: str | None = None
    checklist: Mapping[str, Tick] = field(default_factory=dict)

    @property
    def label(self) -> str:
        """``Instagram @brand``: how people name the account (never a secret)."""
        return f"{self.details.platform} {self.details.handle}"

    @property
    def last_rotated(self) -> str | None:
        """When the password was last set; for an account without one, its oldest secret."""
        if SecretField.PASSWORD in self.secrets:
            return self.secrets[SecretField.PASSWORD]
        return min(self.secrets.values(), default=None)

    @property
    def is_compromised(self) -> bool:
        return self.compromised_at is not None

    def steps_done(self) -> int:
        return sum(1 for step in CHECKLIST if step.key in self.checklist)


DetailField = Literal["login_email", "handle"]  # the AccountDetails fields a checklist step updates


class DetailChange(TypedDict, total=False):
    """New values of :data:`DetailField` fields, for ``replace(details, **change)``."""

    login_email: str
    handle: str


@dataclass(frozen=True)
class ChecklistStep:
    """A step of securing a compromised account, and what the room stores on the way."""

    key: str
    label: str
    hint: str
    secret: SecretField | None = None  # a new secret stored when the step is ticked
    secret_required: bool = False
    detail: DetailField | None = None  # an AccountDetails field updated when the step is ticked


CHECKLIST: tuple[ChecklistStep, ...] = (
    ChecklistStep(
        "change-password",
        QT_TRANSLATE_NOOP("Vault", "Change the password"),
        QT_TRANSLATE_NOOP("Vault", "Set a new, unique password on the platform, then store it here."),
        secret=SecretField.PASSWORD,
        secret_required=True,
    ),
    ChecklistStep(
        "change-login-email",
        QT_TRANSLATE_NOOP("Vault", "Change the login e-mail"),
        QT_TRANSLATE_NOOP(
            "Vault", "Move the login to an address the attacker has not seen, and secure that mailbox too."
        ),
        detail="login_email",
    ),
    ChecklistStep(
        "change-username",
        QT_TRANSLATE_NOOP("Vault", "Change the username"),
        QT_TRANSLATE_NOOP(
            "Vault", "If the attacker knows it, change the login name (keep the public handle if you must)."
        ),
        detail="handle",
    ),
    ChecklistStep(
        "sign-out-sessions",
        QT_TRANSLATE_NOOP("Vault", "Sign out all other sessions"),
        QT_TRANSLATE_NOOP("Vault", "Use the platform's 'log out of all sessions' or active-devices page."),
    ),
    ChecklistStep(
        "review-connected-apps",
        QT_TRANSLATE_NOOP("Vault", "Review connected apps"),
        QT_TRANSLATE_NOOP(
            "Vault", "Remove apps and scheduling tools you do not recognise; reconnect the ones you use."
        ),
    ),
    ChecklistStep(
        "reset-2fa",
        QT_TRANSLATE_NOOP("Vault", "Reset two-factor authentication"),
        QT_TRANSLATE_NOOP(
            "Vault", "Enrol two-factor again on a device you control, and store the new recovery codes here."
        ),
        secret=SecretField.RECOVERY_CODES,
    ),
)


def checklist_step(key: str) -> ChecklistStep:
    """A checklist step by its key.

    Raises:
        InvalidInputError: naming the steps.
    """
    for step in CHECKLIST:
        if step.key == key.strip().lower():
            return step
    raise InvalidInputError(f"unknown checklist step {key!r}; choose one of {', '.join(s.key for s in CHECKLIST)}")


def secret_length(secret: str) -> int:
    """The length as Windows' Credential Manager counts it: UTF-16 code units."""
    return len(secret.encode("utf-16-le")) // 2


def check_secret(kind: SecretField, secret: str) -> str:
    """Validate a secret before it goes near the keychain; returns it unchanged.

    Raises:
        InvalidInputError: empty, too long for every platform's keychain, or a one-line secret
            with a line break (most often a paste that took the next line with it).
    """
    if not secret or not secret.strip():
        raise InvalidInputError(f"the {kind.label} is empty")
    length = secret_length(secret)
    if length > MAX_SECRET_LENGTH:
        raise InvalidInputError(
            f"the {kind.label} is {length:,} characters long; Crisis Room keeps at most {MAX_SECRET_LENGTH:,} "
            "because Windows' keychain holds only about 1,280 and a handover must open on any laptop. "
            "Nothing was stored"
        )
    if "\x00" in secret:
        raise InvalidInputError(f"the {kind.label} contains a NUL character, which keychains cut off")
    if kind is not SecretField.RECOVERY_CODES and ("\n" in secret or "\r" in secret):
        raise InvalidInputError(f"the {kind.label} must be one line (it contains a line break)")
    return secret


def check_passphrase(passphrase: str) -> str:
    """Validate the passphrase that protects a handover file.

    Raises:
        InvalidInputError: when it is too short to protect the secrets in the file.
    """
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise InvalidInputError(
            f"the passphrase must be at least {MIN_PASSPHRASE_LENGTH} characters; "
            "four or five random words are easy to read out and hard to guess"
        )
    return passphrase


def rotation_age_days(last_rotated: str | None, now: datetime) -> int | None:
    """Whole days since the password was set, or None when it never was."""
    if last_rotated is None:
        return None
    return max(0, (now - from_iso(last_rotated)).days)


def rotation_overdue(account: Account, now: datetime, max_days: int = DEFAULT_ROTATION_DAYS) -> bool:
    """True when the account's password is older than ``max_days``."""
    age = rotation_age_days(account.last_rotated, now)
    return age is not None and age > max_days


def check_rotation_days(days: int) -> int:
    """Validate the rotation warning age.

    Raises:
        InvalidInputError: outside 1 to 3650 days.
    """
    if not 1 <= days <= 3650:
        raise InvalidInputError("the rotation warning age is between 1 and 3,650 days")
    return days


def account_json(account: Account) -> dict[str, Any]:
    """An account as plain JSON data, without any secret (for ``--json`` and the handover file)."""
    d = account.details
    return {
        "id": account.id,
        "platform": d.platform,
        "handle": d.handle,
        "login_email": d.login_email,
        "url": d.url,
        "owners": d.owners,
        "notes": d.notes,
        "two_factor": d.two_factor.value,
        "created_at": account.created_at,
        "updated_at": account.updated_at,
        "secrets": {f.value: set_at for f, set_at in sorted(account.secrets.items())},
        "last_rotated": account.last_rotated,
        "compromised_at": account.compromised_at,
        "checklist": {key: {"done_at": t.done_at, "done_by": t.done_by} for key, t in account.checklist.items()},
    }


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_STAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")


def account_from_json(data: Mapping[str, Any]) -> Account:
    """The account described by :func:`account_json` data (the checklist is not carried over).

    Raises:
        InvalidInputError: a field is missing or unusable.
    """
    try:
        details = AccountDetails(
            platform=str(data["platform"]),
            handle=str(data["handle"]),
            login_email=str(data.get("login_email", "")),
            url=str(data.get("url", "")),
            owners=str(data.get("owners", "")),
            notes=str(data.get("notes", "")),
            two_factor=TwoFactor(data.get("two_factor", TwoFactor.UNKNOWN.value)),
        ).cleaned()
        account_id = str(data["id"])
        stamps = [str(data["created_at"]), str(data["updated_at"])]
        secrets = {SecretField(f): str(at) for f, at in dict(data.get("secrets", {})).items()}
        compromised = data.get("compromised_at")
    except (KeyError, ValueError, TypeError) as exc:
        raise InvalidInputError(f"an account record is incomplete ({type(exc).__name__}: {exc})") from None
    if not _UUID.match(account_id):
        raise InvalidInputError(f"an account record has an unusable id {account_id!r}")
    for stamp in [*stamps, *secrets.values(), *([str(compromised)] if compromised else [])]:
        if not _STAMP.match(stamp):
            raise InvalidInputError(f"an account record has an unusable time {stamp!r}")
    return Account(
        id=account_id,
        details=details,
        created_at=stamps[0],
        updated_at=stamps[1],
        secrets=secrets,
        compromised_at=str(compromised) if compromised else None,
    )


def describe_action(action: AuditAction, label: str, field: SecretField | None = None, detail: str = "") -> str:
    """The sentence an audit record puts in the crisis log; it names the secret, never its value."""
    what = field.label.capitalize() if field is not None else "Secret"
    more = f" ({detail})" if detail else ""
    texts = {
        AuditAction.ADD: f"Shared account {label} added to the vault{more}",
        AuditAction.EDIT: f"Details of {label} changed{more}",
        AuditAction.REVEAL: f"{what} of {label} revealed on screen{more}",
        AuditAction.COPY: f"{what} of {label} copied to the clipboard{more}",
        AuditAction.CHANGE: f"{what} of {label} changed{more}",
        AuditAction.ROTATE: f"{what} of {label} rotated{more}",
        AuditAction.REMOVE: f"Shared account {label} removed from the vault{more}",
        AuditAction.COMPROMISED: f"{label} marked compromised{more}",
        AuditAction.CHECKLIST: f"{label}: checklist step done{more}",
        AuditAction.SECURED: f"{label}: every step of the compromised-account checklist done, marked secured",
        AuditAction.EXPORT: f"{label} exported with its secrets to an encrypted handover file{more}",
        AuditAction.IMPORT: f"{label} imported from a handover file{more}",
    }
    return texts[AuditAction(action)]
