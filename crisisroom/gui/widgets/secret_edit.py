"""A secret field as KeePassXC draws one: hidden, an eye to show it, monospace, wiped on close.

Monospace because a secret read out over the phone must tell ``l``, ``1`` and ``I`` apart. Qt
already refuses to copy or cut from a hidden field; the owner calls :meth:`wipe` when its dialog
closes, so a typed secret does not linger in a hidden widget (Python cannot scrub the memory
itself, but nothing keeps a reference to the text afterwards).
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontDatabase, QFontInfo, QIcon, QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from crisisroom.gui import resources_rc  # noqa: F401  (registers the icons)

_SENSITIVE = (
    Qt.InputMethodHint.ImhHiddenText
    | Qt.InputMethodHint.ImhSensitiveData
    | Qt.InputMethodHint.ImhNoPredictiveText
    | Qt.InputMethodHint.ImhNoAutoUppercase
)


# Fixed-pitch families tried in turn when the platform's fixed font turns out proportional, before any
# other fixed-pitch family installed (Linux, Windows, macOS ones).
_FIXED_FAMILIES = (
    "DejaVu Sans Mono",
    "Liberation Mono",
    "Noto Sans Mono",
    "Ubuntu Mono",
    "Cascadia Mono",
    "Consolas",
    "Menlo",
    "Courier New",
)


def monospace_font(base: QFont | None = None) -> QFont:
    """The platform's fixed-pitch font at the size of ``base`` (the widget's own font).

    Checked, not assumed: on Linux the platform's fixed font is the fontconfig alias "monospace",
    which some machines resolve to a proportional family. Then the first family that really is
    fixed-pitch (per :class:`QFontInfo`, what is drawn) takes its place.
    """
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setStyleHint(QFont.StyleHint.TypeWriter)
    font.setFixedPitch(True)
    if base is not None and base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF())
    if QFontInfo(font).fixedPitch():
        return font
    installed = QFontDatabase.families()
    preferred = [family for family in _FIXED_FAMILIES if family in installed]
    for family in [*preferred, *(f for f in installed if QFontDatabase.isFixedPitch(f) and f not in preferred)]:
        candidate = QFont(font)
        candidate.setFamilies([family])
        if QFontInfo(candidate).fixedPitch():
            return candidate
    return font  # no fixed-pitch font on this computer at all: the closest there is


class SecretEdit(QLineEdit):
    """A line edit for a secret: hidden until the eye is clicked."""

    shown_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(monospace_font(self.font()))
        self.setInputMethodHints(_SENSITIVE)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        self.toggle_action: QAction = self.addAction(
            QIcon(":/icons/show-secret.svg"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.toggle_action.setCheckable(True)
        self.toggle_action.setObjectName("toggle_secret_action")
        self.toggle_action.toggled.connect(self.set_shown)
        # A name until the field is shown, when the label that names it on screen (its buddy) takes over.
        self._default_name = self.tr("Secret")
        self.setAccessibleName(self._default_name)
        self.set_shown(False)

    def showEvent(self, event: QShowEvent) -> None:
        if self.accessibleName() == self._default_name:
            for label in self.window().findChildren(QLabel):
                if label.buddy() is self and label.text():
                    # "&Password:" reads "Password": no mnemonic marker ("&&" is a real "&"), no colon.
                    self.setAccessibleName(re.sub("&(.)", r"\1", label.text()).rstrip(":"))
                    break
        super().showEvent(event)

    def is_shown(self) -> bool:
        return self.echoMode() == QLineEdit.EchoMode.Normal

    def set_shown(self, shown: bool) -> None:
        """Show the secret in clear text, or hide it again."""
        self.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
        self.setInputMethodHints(_SENSITIVE)  # Normal echo mode drops them; the text is still a secret
        self.toggle_action.blockSignals(True)
        self.toggle_action.setChecked(shown)
        self.toggle_action.blockSignals(False)
        self.toggle_action.setIcon(QIcon(":/icons/hide-secret.svg" if shown else ":/icons/show-secret.svg"))
        self.toggle_action.setToolTip(self.tr("Hide the secret") if shown else self.tr("Show the secret"))
        self.toggle_action.setText(self.toggle_action.toolTip())
        self.setAccessibleDescription(self.tr("Shown in clear text") if shown else self.tr("Hidden"))
        self.shown_changed.emit(shown)

    def wipe(self) -> None:
        """Forget the text (and its undo history) and hide the field again."""
        self.setText("")  # setText also clears the undo/redo history, which holds earlier text
        self.set_shown(False)
