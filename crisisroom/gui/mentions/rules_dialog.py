"""Settings ▸ Escalation rules: the thresholds the team has agreed on, as an editable table."""

from __future__ import annotations

import re
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHeaderView, QSpinBox, QTableWidgetItem, QWidget

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.rules import DEFAULT_RULES, Rule
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n
from crisisroom.gui.forms.ui_rules_dialog import Ui_RulesDialog

COLUMNS = (
    QT_TRANSLATE_NOOP("RulesDialog", "On"),
    QT_TRANSLATE_NOOP("RulesDialog", "Name"),
    QT_TRANSLATE_NOOP("RulesDialog", "More than"),
    QT_TRANSLATE_NOOP("RulesDialog", "Hours in a row"),
    QT_TRANSLATE_NOOP("RulesDialog", "Window (min)"),
    QT_TRANSLATE_NOOP("RulesDialog", "Suggests level"),
    QT_TRANSLATE_NOOP("RulesDialog", "Whom to call"),
    QT_TRANSLATE_NOOP("RulesDialog", "What to do"),
)
ON, NAME, MORE_THAN, HOURS, WINDOW, LEVEL, ROLE, ACTION = range(len(COLUMNS))


class RulesDialog(QDialog):
    """Edits a copy of the rules; ``rules()`` returns them validated."""

    def __init__(self, rules: Sequence[Rule], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RulesDialog()
        self.ui.setupUi(self)
        table = self.ui.rules_table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([i18n.label("RulesDialog", name) for name in COLUMNS])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ACTION, QHeaderView.ResizeMode.Stretch)
        self._ids: list[str] = []
        self._fill(rules)
        self.ui.add_button.clicked.connect(self._add)
        self.ui.remove_button.clicked.connect(self._remove)
        self.ui.defaults_button.clicked.connect(lambda: self._fill(DEFAULT_RULES))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.error_label.setStyleSheet("color: #c0392b;")

    def _spin(self, value: int, low: int, high: int, special: str = "") -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        if special:
            spin.setSpecialValueText(special)
        spin.setValue(value)
        return spin

    def _fill(self, rules: Sequence[Rule]) -> None:
        table = self.ui.rules_table
        table.setRowCount(0)
        self._ids = []
        for rule in rules:
            self._append(rule)

    def _append(self, rule: Rule) -> None:
        table = self.ui.rules_table
        row = table.rowCount()
        table.insertRow(row)
        self._ids.append(rule.id)
        enabled = QTableWidgetItem()
        enabled.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        enabled.setCheckState(Qt.CheckState.Checked if rule.enabled else Qt.CheckState.Unchecked)
        table.setItem(row, ON, enabled)
        # The defaults are shown (and, once saved, stored) in the interface language; the team's own
        # wording is shown as typed.
        table.setItem(row, NAME, QTableWidgetItem(i18n.label("Rules", rule.name)))
        table.setCellWidget(row, MORE_THAN, self._spin(rule.more_than, 0, 100_000))
        table.setCellWidget(row, HOURS, self._spin(rule.hours, 1, 72))
        table.setCellWidget(row, WINDOW, self._spin(rule.window_minutes or 0, 0, 24 * 60, self.tr("clock hours")))
        table.setCellWidget(row, LEVEL, self._spin(rule.suggested_level or 0, 0, 5, self.tr("none")))
        table.setItem(row, ROLE, QTableWidgetItem(i18n.label("Rules", rule.role)))
        table.setItem(row, ACTION, QTableWidgetItem(i18n.label("Rules", rule.action)))

    def _add(self) -> None:
        taken = set(self._ids)
        number = 1
        while f"rule-{number}" in taken:
            number += 1
        self._append(
            Rule(f"rule-{number}", self.tr("New rule"), more_than=20, action=self.tr("Say what to do."), role="")
        )
        self.ui.rules_table.selectRow(self.ui.rules_table.rowCount() - 1)

    def _remove(self) -> None:
        rows = self.ui.rules_table.selectionModel().selectedRows()
        if rows:
            row = rows[0].row()
            self.ui.rules_table.removeRow(row)
            del self._ids[row]

    def rules(self) -> list[Rule]:
        """The edited rules, validated.

        Raises:
            InvalidInputError: naming the rule that cannot work.
        """
        table = self.ui.rules_table
        result = []
        for row, rule_id in enumerate(self._ids):

            def spin(column: int, row: int = row) -> int:
                widget = table.cellWidget(row, column)
                assert isinstance(widget, QSpinBox)
                return widget.value()

            name = table.item(row, NAME).text().strip()
            window = spin(WINDOW) or None
            rule = Rule(
                id=rule_id if not rule_id.startswith("rule-") else (_slug(name) or rule_id),
                name=name,
                more_than=spin(MORE_THAN),
                hours=1 if window else spin(HOURS),
                window_minutes=window,
                action=table.item(row, ACTION).text().strip(),
                role=table.item(row, ROLE).text().strip(),
                suggested_level=spin(LEVEL) or None,
                enabled=table.item(row, ON).checkState() == Qt.CheckState.Checked,
            )
            result.append(rule.validate())
        if len({r.id for r in result}) != len(result):
            raise InvalidInputError("two rules have the same name; give each rule its own name")
        return result

    def accept(self) -> None:
        try:
            self.rules()
        except InvalidInputError as exc:
            self.ui.error_label.setText(str(exc))
            return
        super().accept()


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]
