"""Add or edit one person of the crisis team: contact details, roles, levels and backup."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.severity import LEVELS
from crisisroom.domain.team import ROLES, Person, by_name, in_role_order, new_person_id
from crisisroom.gui import i18n
from crisisroom.gui.forms.ui_person_dialog import Ui_PersonDialog
from crisisroom.gui.style import muted


class PersonDialog(QDialog):
    """Edits a copy of a person; :meth:`person` returns it validated against the rest of the team.

    Args:
        team: everyone on the roster (the person being edited may be among them).
        person: the person to edit, or None to add someone new.
    """

    def __init__(self, team: Sequence[Person], person: Person | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self._original = person or Person(new_person_id(), "")
        self._others = [p for p in team if p.id != self._original.id]
        self.setWindowTitle(
            self.tr("Edit {name}").format(name=person.name) if person else self.tr("Add a person to the team")
        )
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if person else self.tr("Add to team"))

        for role in ROLES:
            item = QListWidgetItem(i18n.label("Roles", role.label))
            item.setData(Qt.ItemDataRole.UserRole, role.key)
            item.setToolTip(i18n.label("Roles", role.duty))
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Checked if role.key in self._original.roles else Qt.CheckState.Unchecked)
            self.ui.roles_list.addItem(item)
        # Exactly as tall as the roles (a short, fixed list): no scroll bar, and no empty box either.
        self.ui.roles_list.setSpacing(2)
        height = sum(self.ui.roles_list.sizeHintForRow(i) + 4 for i in range(len(ROLES)))
        self.ui.roles_list.setFixedHeight(height + 2 * self.ui.roles_list.frameWidth() + 4)

        for level in LEVELS:
            check = self.level_check(level.number)
            check.setText(f"&{level.number} · {i18n.level_name(level.number)}")
            check.setToolTip(
                self.tr("{level}: {examples}\nHandled by: {team}").format(
                    level=i18n.level_label(level.number),
                    examples=i18n.label("Severity", level.examples),
                    team=i18n.label("Severity", level.handled_by),
                )
            )
            check.setChecked(level.number in self._original.levels)
            check.toggled.connect(self._show_levels_hint)

        self.ui.backup_combo.addItem(self.tr("No backup"), None)
        for other in in_role_order(self._others):
            roles = f"  ({i18n.role_labels(other.roles)})" if other.roles else ""
            self.ui.backup_combo.addItem(f"{other.name}{roles}", other.id)
        index = self.ui.backup_combo.findData(self._original.backup_id)
        self.ui.backup_combo.setCurrentIndex(max(index, 0))

        self.ui.name_edit.setText(self._original.name)
        self.ui.phone_edit.setText(self._original.phone)
        self.ui.email_edit.setText(self._original.email)
        self.ui.notes_edit.setPlainText(self._original.notes)
        self.ui.error_label.setStyleSheet("color: #c0392b;")
        self.ui.error_label.hide()
        muted(self.ui.levels_hint_label)
        self.ui.name_edit.textChanged.connect(self._update_ok)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._show_levels_hint()
        self._update_ok()
        self.resize(self.width(), self.sizeHint().height())

    def level_check(self, number: int) -> QCheckBox:
        """The check box of severity level ``number`` (1 to 5)."""
        check = getattr(self.ui, f"level_{number}_check")
        assert isinstance(check, QCheckBox)
        return check

    def _levels(self) -> tuple[int, ...]:
        return tuple(level.number for level in LEVELS if self.level_check(level.number).isChecked())

    def _show_levels_hint(self) -> None:
        levels = self._levels()
        if not levels:
            text = self.tr("Not called at any level: on the team (for example as a backup) but never called first.")
        elif levels != tuple(range(levels[0], 6)):
            text = self.tr("Called only at level(s) {levels}.", "", len(levels)).format(
                levels=", ".join(map(str, levels))
            )
        else:
            name = i18n.level_name(levels[0]).lower()
            if levels[0] < 5:
                text = self.tr("Called from level {level} ({name}) up.").format(level=levels[0], name=name)
            else:
                text = self.tr("Called from level {level} ({name}).").format(level=levels[0], name=name)
        self.ui.levels_hint_label.setText(text)

    def _update_ok(self) -> None:
        ok = self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.ui.name_edit.text().strip()))

    def person(self) -> Person:
        """The person as entered, tidied and validated.

        Raises:
            InvalidInputError: for a missing name, a name already on the team, a bad phone or e-mail.
        """
        roles = tuple(
            item.data(Qt.ItemDataRole.UserRole)
            for item in (self.ui.roles_list.item(i) for i in range(self.ui.roles_list.count()))
            if item.checkState() == Qt.CheckState.Checked
        )
        person = replace(
            self._original,
            name=self.ui.name_edit.text(),
            phone=self.ui.phone_edit.text(),
            email=self.ui.email_edit.text(),
            roles=roles,
            levels=self._levels(),
            backup_id=self.ui.backup_combo.currentData(),
            notes=self.ui.notes_edit.toPlainText(),
        ).validate()
        same = by_name(self._others, person.name)
        if same is not None:
            raise InvalidInputError(f"{same.name} is already on the team; give this person a different name")
        return person

    def accept(self) -> None:
        try:
            self.person()
        except InvalidInputError as exc:
            self.ui.error_label.setText(exc.message[:1].upper() + exc.message[1:])
            self.ui.error_label.show()
            return
        super().accept()
