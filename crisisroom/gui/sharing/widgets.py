"""Small parts the sharing dialogs and the team panel have in common: a fingerprint in large digits,
a folder field with its Choose… button, and "2 min ago"."""

from __future__ import annotations

import socket
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.clock import from_iso
from crisisroom.gui import prompts
from crisisroom.gui.style import fit_height
from crisisroom.gui.widgets.dashboard_header import describe_age


def lay_out_pages(dialog: QDialog, pages: QStackedWidget, buttons: QDialogButtonBox) -> QPushButton:
    """The Share and Join dialogs' shape: a form page and a result page above their buttons, 600 px
    wide and as tall as they need; returns the Close button the result page shows in place of Cancel."""
    close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
    close_button.hide()
    close_button.clicked.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(18, 18, 18, 14)
    layout.setSpacing(12)
    layout.addWidget(pages, 1)
    layout.addWidget(buttons)
    dialog.resize(600, dialog.sizeHint().height())
    fit_height(dialog)
    return close_button


def fingerprint_font(scale: float) -> QFont:
    """The fixed-width system font at ``scale`` times the normal size: digits line up and read one by one."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    base = QFont().pointSizeF()
    font.setPointSizeF((base if base > 0 else 10.0) * scale)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 106)
    return font


class FingerprintLabel(QLabel):
    """A laptop's fingerprint (four groups of five digits) in large fixed-width digits, selectable.

    ``scale``: how much larger than the normal text (the dialogs 2.2, the team panel's rows 1.0).
    """

    def __init__(self, fingerprint: str = "", *, scale: float = 2.2, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFont(fingerprint_font(scale))
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_fingerprint(fingerprint)

    def set_fingerprint(self, fingerprint: str) -> None:
        groups = fingerprint.split()
        self.setText("  ".join(groups))
        # A screen reader reads the groups one by one ("71349, 41119, …"), not as one large number.
        self.setAccessibleName(
            QCoreApplication.translate("Sharing", "Fingerprint {digits}").format(digits=", ".join(groups))
        )


class FolderField(QWidget):
    """A folder's path, typed or chosen with Choose… (the system's folder dialog, which can also make one).

    Signals:
        changed(str): the path as typed or chosen.
    """

    changed = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.edit = QLineEdit()
        self.edit.setObjectName("folder_edit")
        self.edit.setAccessibleName(title)
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.changed)
        self.choose_button = QPushButton(QCoreApplication.translate("Sharing", "C&hoose…"))
        self.choose_button.setObjectName("choose_folder_button")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.edit, 1)
        row.addWidget(self.choose_button)

    def path(self) -> Path | None:
        text = self.edit.text().strip()
        return Path(text).expanduser() if text else None

    def set_path(self, path: Path | str) -> None:
        self.edit.setText(str(path))

    def choose(self) -> None:
        start = self.path() or Path.home()
        while not start.is_dir() and start != start.parent:
            start = start.parent
        chosen = prompts.folder_path(self.window(), self.title, start)
        if chosen is not None:
            self.set_path(chosen)


def computer_name() -> str:
    """This computer's name, as the team panel shows it until the person gives a better one."""
    return socket.gethostname() or ""


def ago(when: str | None, now: datetime) -> str:
    """'just now', '2 min ago', '3 h 05 min ago' for a stored time; '' when there is none."""
    if not when:
        return ""
    moment = from_iso(when)
    if (now - moment).total_seconds() < 60:
        return QCoreApplication.translate("Sharing", "just now")
    return QCoreApplication.translate("Sharing", "{age} ago").format(age=describe_age(moment, now))
