"""The banner the Vault window shows when the keychain cannot be used: what is wrong, how to fix it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from crisisroom.secrets.advice import opt_in_hint
from crisisroom.secrets.errors import KeychainError

BANNER_STYLE = (
    "QFrame#keychain_banner { background: #fdecea; border: 1px solid #d9534f; border-radius: 6px; }"
    "QFrame#keychain_banner QLabel { color: #4a1010; }"
)


class KeychainBanner(QFrame):
    """Says plainly that nothing can be stored, and offers to check again once it is fixed."""

    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keychain_banner")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Keychain problem"))
        self.text_label = QLabel()
        self.text_label.setObjectName("keychain_banner_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.setObjectName("keychain_retry_button")
        self.retry_button.setToolTip(self.tr("Check the keychain again (your system may ask you to unlock it)"))
        self.retry_button.clicked.connect(self.retry_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(12)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_problem(self, error: KeychainError | None) -> None:
        """Show the problem (or hide the banner when there is none)."""
        if error is None:
            self.hide()
            return
        self.text_label.setText(
            self.tr(
                "<b>{problem}.</b> Passwords cannot be stored, shown or copied until this is fixed; "
                "nothing is kept anywhere else.<br>{fix}.<br><small>{hint}</small>"
            ).format(problem=escape(error.problem), fix=escape(error.fix), hint=escape(opt_in_hint()))
        )
        self.setAccessibleDescription(self.text_label.text())
        self.show()
