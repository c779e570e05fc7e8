"""Draw the Vault window, the add dialog, the compromised checklist and the no-keychain banner.

Run under a real X server with a Secret Service, for example as CI sets one up::

    dbus-run-session -- bash -c 'eval "$(printf x | gnome-keyring-daemon --unlock)"; \
        eval "$(gnome-keyring-daemon --start --components=secrets)"; export GNOME_KEYRING_CONTROL; \
        xvfb-run -a -s "-screen 0 1280x800x24" python tests/gui/make_vault_screenshots.py'

(.ci/in-session.sh shows the full recipe.) The demo accounts go into the real keychain and are
removed again at the end. Pictures are written to packaging/screenshots/ (or the folder given).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "packaging" / "screenshots"


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    home = Path(tempfile.mkdtemp(prefix="crisisroom-vault-shots-"))
    os.environ["CRISISROOM_HOME"] = str(home)
    os.environ["CRISISROOM_PROMPTS_FAIL"] = "1"  # a message box would block the script: fail instead
    import keyring
    from keyring.backends import fail
    from PySide6.QtWidgets import QApplication

    from crisisroom.domain.clock import now_utc, to_iso
    from crisisroom.domain.vault import AccountDetails, SecretField, TwoFactor
    from crisisroom.gui.app import make_application
    from crisisroom.gui.vault.window import VaultWindow
    from crisisroom.services.vault import Actor, VaultService
    from crisisroom.storage.database import open_database

    app = make_application()
    out.mkdir(parents=True, exist_ok=True)
    maya, now = Actor("Maya Lind"), now_utc()

    def settle() -> None:
        for _ in range(20):
            app.processEvents()

    with open_database(home / "demo.sqlite") as db:
        service = VaultService(db)
        service.keychain.check()
        ago = {
            name: to_iso(now - timedelta(days=days)) for name, days in (("ig", 41), ("x", 148), ("tt", 12), ("li", 95))
        }
        instagram = service.add(
            AccountDetails(
                "Instagram",
                "@northwind",
                "social@northwind.example",
                "https://www.instagram.com/accounts/login/",
                "Sofia Berg, Jonas Ek",
                "Business account; the ads are in Meta Business Suite.",
                TwoFactor.APP,
            ),
            {SecretField.PASSWORD: "Vq8!rT2#kLm9wZ", SecretField.RECOVERY_CODES: "8391 2204 7716 0093"},
            maya,
            rotated_at=ago["ig"],
        )
        x = service.add(
            AccountDetails(
                "X",
                "@northwind",
                "social@northwind.example",
                "https://x.com/login",
                "Sofia Berg",
                two_factor=TwoFactor.SMS,
            ),
            {SecretField.PASSWORD: "correct-horse-battery"},
            maya,
            rotated_at=ago["x"],
        )
        service.add(
            AccountDetails(
                "TikTok",
                "@northwind.official",
                "tiktok@northwind.example",
                owners="Maya Lind",
                two_factor=TwoFactor.APP,
            ),
            {SecretField.PASSWORD: "T1kT0k-pass-26"},
            maya,
            rotated_at=ago["tt"],
        )
        service.add(
            AccountDetails(
                "LinkedIn",
                "Northwind Outfitters",
                "comms@northwind.example",
                owners="Lena Ström",
                notes="Page admin through Lena's own profile.",
            ),
            {SecretField.PASSWORD: "Linked-1n-pw", SecretField.API_TOKEN: "AQX-token-1234567890"},
            maya,
            rotated_at=ago["li"],
        )
        service.add(
            AccountDetails(
                "Facebook",
                "Northwind Outfitters",
                "social@northwind.example",
                owners="Sofia Berg",
                two_factor=TwoFactor.APP,
            ),
            {SecretField.PASSWORD: "Fb-pass-2026!"},
            maya,
        )
        service.mark_compromised(x.id, maya, "Posts we did not write, from 09:40")
        service.tick(x.id, "change-password", maya, secret="n3w-after-the-hack!")
        service.tick(x.id, "sign-out-sessions", maya)

        window = VaultWindow(db, author=lambda: "Maya Lind", incident_id=lambda: None)
        window.resize(1100, 660)
        window.show()
        window.select(instagram.id)
        window.reveal(SecretField.PASSWORD)
        settle()
        window.grab().save(str(out / "vault-window.png"))
        window.hide_secret()

        dialog = window.add_account()
        assert dialog is not None
        dialog.ui.platform_combo.setEditText("Threads")
        dialog.ui.handle_edit.setText("@northwind")
        dialog.ui.login_edit.setText("social@northwind.example")
        dialog.ui.owners_edit.setText("Sofia Berg")
        dialog.ui.password_edit.setText("a-long-new-password")
        dialog.ui.repeat_edit.setText("a-long-new-password")
        settle()
        dialog.grab().save(str(out / "vault-add-dialog.png"))
        dialog.reject()

        window.select(x.id)
        checklist = window.compromised()
        assert checklist is not None
        settle()
        checklist.grab().save(str(out / "vault-checklist.png"))
        checklist.reject()

        working = keyring.get_keyring()
        keyring.set_keyring(fail.Keyring())
        broken = VaultWindow(db, author=lambda: "Maya Lind", incident_id=lambda: None)
        broken.resize(1100, 660)
        broken.show()
        broken.select(instagram.id)
        settle()
        broken.grab().save(str(out / "vault-no-keychain.png"))
        broken.close()
        keyring.set_keyring(working)

        window.close()
        for account in service.accounts():  # leave nothing in a real keychain
            service.remove(account.id, maya)
    for name in ("vault-window", "vault-add-dialog", "vault-checklist", "vault-no-keychain"):
        print(out / f"{name}.png", file=sys.stderr)
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
