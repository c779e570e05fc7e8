"""The chain-of-command warning: the dashboard and the Notify step say what is wrong with whom they would call.

Shown while a real incident would call the made-up example team, or its crisis type and level call
for a role nobody on the roster holds (:func:`crisisroom.domain.chain.chain_of_command`); each
warning is one line that says what to do, and the buttons open where it is done.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from crisisroom.domain.chain import MISSING_ROLE, Chain
from crisisroom.gui import i18n

# Amber rather than the alert banner's orange: nothing fired, but calling now would go wrong.
BANNER_STYLE = (
    "QFrame#chain_warning { background: #fff5d6; border: 1px solid #c99a00; border-radius: 6px; }"
    "QFrame#chain_warning QLabel { color: #3d2f00; }"
)


class ChainWarning(QFrame):
    """One line per warning of an incident's chain, with buttons to the team and to the chain's settings."""

    team_requested = Signal()
    chain_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, offer_chain_settings: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("chain_warning")
        self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Chain of command warning"))
        self.text_label = QLabel()
        self.text_label.setObjectName("chain_warning_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.team_button = QPushButton(self.tr("Open the &team…"))
        self.team_button.setObjectName("chain_warning_team_button")
        self.team_button.setAutoDefault(False)
        self.team_button.clicked.connect(self.team_requested)
        self.chain_button = QPushButton(self.tr("C&hain of command…"))
        self.chain_button.setObjectName("chain_warning_chain_button")
        self.chain_button.setToolTip(self.tr("Which roles each crisis type calls at each level (Settings)"))
        self.chain_button.setAutoDefault(False)
        self.chain_button.clicked.connect(self.chain_requested)
        self.offer_chain_settings = offer_chain_settings
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.team_button)
        buttons.addWidget(self.chain_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(12)
        layout.addWidget(self.text_label, 1)
        layout.addLayout(buttons)
        self.lines: list[str] = []
        self.hide()

    def show_chain(self, chain: Chain | None) -> None:
        """Show the chain's warnings (hidden when there are none, or no incident)."""
        self.lines = [w.text(i18n.label) for w in chain.warnings] if chain is not None else []
        if not self.lines:
            self.hide()
            return
        self.text_label.setText("<br>".join(f"⚠ {escape(line)}" for line in self.lines))
        # Changing the chain only helps with a role nobody holds; the team fixes both.
        self.chain_button.setVisible(self.offer_chain_settings and any(w.kind == MISSING_ROLE for w in chain.warnings))
        self.setAccessibleDescription(" ".join(self.lines))
        self.show()
