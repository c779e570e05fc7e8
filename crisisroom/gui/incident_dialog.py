"""The New incident dialog."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crisisroom.domain.clock import to_iso, zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category, clean_title
from crisisroom.domain.severity import LEVELS
from crisisroom.gui import i18n
from crisisroom.gui.forms.ui_incident_dialog import Ui_IncidentDialog
from crisisroom.gui.style import muted

COMMON_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Paris",
    "Europe/Stockholm",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Asia/Tokyo",
    "Australia/Sydney",
)


@dataclass(frozen=True)
class NewIncident:
    """What the dialog collected, validated."""

    title: str
    category: Category
    level: int | None
    detected_at: str | None
    timezone: str
    is_drill: bool


class IncidentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, drill: bool = False, timezone: str | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_IncidentDialog()
        self.ui.setupUi(self)
        for category in Category:
            self.ui.category_combo.addItem(i18n.label("Category", category.label), category.value)
        self.ui.level_combo.addItem(i18n.level_label(None), None)
        for lvl in LEVELS:
            self.ui.level_combo.addItem(
                f"{i18n.level_label(lvl.number)}: {i18n.label('Severity', lvl.examples)}", lvl.number
            )
        local_zone = bytes(QTimeZone.systemTimeZoneId().data()).decode() or "UTC"
        # The organisation's zone first (Settings ▸ Organisation), else this computer's.
        first = timezone or local_zone
        zones = [first, *[z for z in (local_zone, *COMMON_ZONES) if z != first]]
        zones = list(dict.fromkeys(zones))
        self.ui.timezone_combo.addItems(zones)
        self.ui.detected_edit.setDateTime(QDateTime.currentDateTime())
        self.ui.drill_check.setChecked(drill)
        if drill:
            self.setWindowTitle(self.tr("New drill"))
        self.ui.detected_check.toggled.connect(self.ui.detected_edit.setEnabled)
        self.ui.level_combo.currentIndexChanged.connect(self._show_level_hint)
        self.ui.title_edit.textChanged.connect(self._update_ok)
        self._show_level_hint()
        self._update_ok()
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        muted(self.ui.level_hint_label)

    def _show_level_hint(self) -> None:
        number = self.ui.level_combo.currentData()
        if number is None:
            self.ui.level_hint_label.setText(self.tr("When unsure between two levels, choose the higher one."))
        else:
            self.ui.level_hint_label.setText(
                self.tr("Handled by: {team}").format(team=i18n.label("Severity", LEVELS[number - 1].handled_by))
            )

    def _update_ok(self) -> None:
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.ui.title_edit.text().strip()))
        ok.setText(self.tr("Start drill") if self.ui.drill_check.isChecked() else self.tr("Open incident"))

    def values(self) -> NewIncident:
        """The validated input.

        Raises:
            InvalidInputError: for an empty title or an unknown time zone.
        """
        zone_name = self.ui.timezone_combo.currentText().strip() or "UTC"
        zone_from_name(zone_name)  # validates
        detected = None
        if self.ui.detected_check.isChecked():
            # The editor shows this computer's clock (it starts at "now"); astimezone() reads it as such.
            detected = to_iso(self.ui.detected_edit.dateTime().toPython().astimezone())
        return NewIncident(
            title=clean_title(self.ui.title_edit.text()),
            category=Category(self.ui.category_combo.currentData()),
            level=self.ui.level_combo.currentData(),
            detected_at=detected,
            timezone=zone_name,
            is_drill=self.ui.drill_check.isChecked(),
        )

    def accept(self) -> None:
        try:
            self.values()
        except InvalidInputError as exc:
            self.ui.level_hint_label.setText(str(exc))
            return
        super().accept()
