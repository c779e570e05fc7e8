"""Correct-this-entry: a new entry pointing at the old one, which stays."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crisisroom.domain.clock import format_local
from crisisroom.domain.log import LogEntry
from crisisroom.gui import i18n
from crisisroom.gui.forms.ui_correction_dialog import Ui_CorrectionDialog
from crisisroom.gui.widgets.exercise_banner import BANNER_STYLE


class CorrectionDialog(QDialog):
    def __init__(self, entry: LogEntry, *, is_drill: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry = entry
        self.ui = Ui_CorrectionDialog()
        self.ui.setupUi(self)
        self.ui.exercise_label.setVisible(is_drill)
        self.ui.exercise_label.setText(self.tr("EXERCISE · correcting an entry of a drill"))
        self.ui.exercise_label.setStyleSheet(BANNER_STYLE)
        heading = self.ui.original_heading.font()
        heading.setBold(True)
        self.ui.original_heading.setFont(heading)
        self.ui.correction_heading.setFont(heading)
        self.ui.original_meta_label.setText(
            self.tr("{kind} by {author}, recorded {when}").format(
                kind=i18n.kind_label(entry.kind), author=entry.author, when=format_local(entry.recorded_at)
            )
        )
        self.ui.original_view.setPlainText(entry.text)
        self.ui.correction_edit.setPlainText(entry.text)
        self.ui.correction_edit.textChanged.connect(self._update_ok)
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Add correction"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._update_ok()
        self.ui.correction_edit.setFocus()
        self.ui.correction_edit.selectAll()

    def corrected_text(self) -> str:
        return self.ui.correction_edit.toPlainText().strip()

    def _update_ok(self) -> None:
        text = self.corrected_text()
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(text) and text != self.entry.text.strip())
