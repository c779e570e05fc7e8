"""Admit a laptop to the team: its fingerprint in large digits, to compare with its screen before saying yes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from crisisroom.gui.sharing.widgets import FingerprintLabel
from crisisroom.gui.style import fit_height


class AdmitDialog(QDialog):
    """Asks the person to compare the fingerprint with the joining laptop's screen; Admit only if every digit matches.

    The admitting itself is the caller's (``services.sharing.admit`` through the room's guard), so a
    refusal (not the crisis lead, the request gone) is shown as every refusal is.
    """

    def __init__(self, person: str, laptop: str, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("admit_dialog")
        self.person = person
        self.laptop = laptop
        self.fingerprint = fingerprint
        self.setWindowTitle(self.tr("Admit a laptop to the team"))
        asks = QLabel(
            self.tr("{person} asks to join the team from the laptop “{laptop}”. Its fingerprint:").format(
                person=person, laptop=laptop
            )
        )
        asks.setWordWrap(True)
        self.fingerprint_label = FingerprintLabel(fingerprint)
        self.fingerprint_label.setObjectName("admit_fingerprint")
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setContentsMargins(0, 8, 0, 8)
        compare = QLabel(
            self.tr("Compare with the screen of “{laptop}” ({person}). Admit only if every digit matches.").format(
                person=person, laptop=laptop
            )
        )
        compare.setObjectName("admit_compare")
        compare.setWordWrap(True)
        font = compare.font()
        font.setBold(True)
        compare.setFont(font)
        after = QLabel(
            self.tr(
                "Once admitted, that laptop reads and writes this incident's log; the admission is itself "
                "a signed entry of the log."
            )
        )
        after.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Named by the laptop, not the person: several may ask under one name (a computer's default user).
        self.admit_button = buttons.addButton(
            self.tr("&Admit “{laptop}”").format(laptop=laptop), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.admit_button.setObjectName("admit_button")
        # Cancel is the default: Enter pressed out of habit admits nobody.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 18, 18, 14)
        layout.setSpacing(10)
        layout.addWidget(asks)
        layout.addWidget(self.fingerprint_label)
        layout.addWidget(compare)
        layout.addWidget(after)
        layout.addSpacing(4)
        layout.addWidget(buttons)
        self.resize(max(520, self.fingerprint_label.sizeHint().width() + 60), self.sizeHint().height())
        fit_height(self)
