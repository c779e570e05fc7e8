"""What to tell a person whose keychain is missing or locked, in the words of their operating system."""

from __future__ import annotations

import sys
from enum import StrEnum

ENV_BACKEND = "CRISISROOM_KEYRING_BACKEND"


class Problem(StrEnum):
    """Why the keychain cannot be used."""

    NO_BACKEND = "no-backend"  # keyring found nothing (its fail backend)
    LOCKED = "locked"  # the collection is locked and stayed locked (prompt dismissed or impossible)
    REFUSED = "refused"  # the opt-in backend named in CRISISROOM_KEYRING_BACKEND cannot be used
    FAILED = "failed"  # the keychain answered with an error


def system_name(platform: str | None = None) -> str:
    """``Windows``, ``macOS`` or ``Linux`` (everything else is treated like Linux: a Secret Service)."""
    platform = platform or sys.platform
    if platform.startswith("win"):
        return "Windows"
    if platform == "darwin":
        return "macOS"
    return "Linux"


def keychain_name(platform: str | None = None) -> str:
    """What the keychain is called where the person is."""
    return {
        "Windows": "Windows Credential Manager",
        "macOS": "macOS login keychain",
        "Linux": "Secret Service keyring",
    }[system_name(platform)]


_START = {
    "Windows": (
        "Sign in with your normal Windows account (not a temporary profile), check that the "
        "Credential Manager service is running (services.msc), then try again"
    ),
    "macOS": "Open Keychain Access, check that the login keychain exists and is unlocked, then try again",
    "Linux": (
        "Install and start GNOME Keyring or KDE Wallet (on Debian or Ubuntu: sudo apt install gnome-keyring), "
        "log out and back in, then try again"
    ),
}
_UNLOCK = {
    "Windows": "Sign out of Windows and back in (the Credential Manager opens with your session), then try again",
    "macOS": "Unlock the login keychain in Keychain Access and allow Crisis Room when asked, then try again",
    "Linux": (
        "Unlock your login keyring (in 'Passwords and Keys', or KDE Wallet Manager) and answer the "
        "unlock prompt when Crisis Room asks, then try again"
    ),
}


def fix_for(problem: Problem, platform: str | None = None) -> str:
    """How to make the keychain usable, for this operating system."""
    system = system_name(platform)
    if problem is Problem.LOCKED:
        return _UNLOCK[system]
    if problem is Problem.REFUSED:
        return (
            f"Set {ENV_BACKEND} to a keyring backend class that keeps secrets encrypted "
            "(for example keyring.backends.SecretService.Keyring), or unset it to use the "
            f"{keychain_name(platform)}"
        )
    return _START[system]


def opt_in_hint() -> str:
    """The explicit alternative, for the window's banner (never chosen automatically)."""
    return (
        f"To use another store deliberately, start Crisis Room with {ENV_BACKEND} set to the keyring "
        "backend class you trust (see the README)."
    )
