"""Help ▸ About."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QDialog, QWidget

from crisisroom import __version__
from crisisroom.gui.forms.ui_about_dialog import Ui_AboutDialog


class AboutDialog(QDialog):
    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.icon_label.setPixmap(QIcon(":/icons/crisisroom.svg").pixmap(64, 64))
        font = self.ui.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.ui.title_label.setFont(font)
        self.ui.title_label.setText(self.tr("Crisis Room {version}").format(version=__version__))
        self.ui.summary_label.setText(
            self.tr(
                "An offline crisis room for communications teams: a crisis log that cannot be quietly "
                "changed, the severity at a glance, and the steps of the response."
            )
        )
        self.ui.details_label.setText(
            self.tr(
                "Database: <code>{path}</code><br>"
                "Everything stays on this computer. Licensed under the GNU GPL, version 3 or later."
            ).format(path=escape(str(db_path)))
        )
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.accepted.connect(self.accept)
