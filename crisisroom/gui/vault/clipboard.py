"""Copying a secret to the clipboard, and taking it back after a while.

The clipboard is cleared after the timeout only if it still holds the secret: if the person has
copied something else since, that is left alone. Only a hash of the secret is kept for the
comparison. The guard belongs to the application, not to a window, so closing the Vault window
right after copying (to paste somewhere) still clears the clipboard on time; quitting clears it
at once. Clipboard managers are asked not to record the secret, with the hints KeePassXC uses.
"""

from __future__ import annotations

import hashlib
import sys

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

CLEAR_AFTER_MS = 30_000


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode("utf-8")).digest()


class SecretClipboard(QObject):
    """Puts one secret on the clipboard and clears it after ``clear_after_ms``."""

    cleared = Signal(bool)  # True when the secret was removed, False when something else had replaced it

    def __init__(self, clear_after_ms: int = CLEAR_AFTER_MS, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self.clear_after_ms = clear_after_ms
        self._digest: bytes | None = None
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.clear_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.clear_now)

    @property
    def holds_secret(self) -> bool:
        """True while the clipboard still holds the copied secret."""
        return self._digest is not None and _digest(QGuiApplication.clipboard().text()) == self._digest

    def copy(self, secret: str) -> None:
        """Put ``secret`` on the clipboard and start the countdown."""
        data = QMimeData()
        data.setText(secret)
        if sys.platform == "darwin":
            data.setData("application/x-nspasteboard-concealed-type", b"secret")
        elif sys.platform.startswith("win"):
            data.setData("ExcludeClipboardContentFromMonitorProcessing", b"1")
        else:
            data.setData("x-kde-passwordManagerHint", b"secret")
        QGuiApplication.clipboard().setMimeData(data)
        self._digest = _digest(secret)
        self._timer.start(self.clear_after_ms)

    def clear_now(self) -> None:
        """Clear the clipboard if it still holds the secret; forget the secret either way."""
        self._timer.stop()
        if self._digest is None:
            return
        ours = self.holds_secret
        self._digest = None
        if ours:
            QGuiApplication.clipboard().clear()
        self.cleared.emit(ours)
