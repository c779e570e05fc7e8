"""Team ▸ the crisis team and its chain of command: who is called at which level, and their backups.

Each change (add, edit, remove, import, example roster) is saved at once in its own transaction,
so the dialog has only a Close button; the roster it shows is always what is stored.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QHeaderView, QTableWidgetItem, QWidget

from crisisroom import exchange as team_exchange
from crisisroom.domain.chain import chain_of_command as chain_of_command_for
from crisisroom.domain.errors import UserError
from crisisroom.domain.incidents import Category
from crisisroom.domain.severity import LEVELS
from crisisroom.domain.team import Person, backup_of, describe_levels, is_example
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n, prompts
from crisisroom.gui.context import RoomContext
from crisisroom.gui.dialogs import open_dialog
from crisisroom.gui.forms.ui_team_dialog import Ui_TeamDialog
from crisisroom.gui.settings.person_dialog import PersonDialog
from crisisroom.gui.style import muted
from crisisroom.services import team as team_service
from crisisroom.storage import chain_of_command, team
from crisisroom.storage.database import Database
from crisisroom.system.user import default_author

COLUMNS = (
    QT_TRANSLATE_NOOP("TeamDialog", "Name"),
    QT_TRANSLATE_NOOP("TeamDialog", "Roles"),
    QT_TRANSLATE_NOOP("TeamDialog", "Phone"),
    QT_TRANSLATE_NOOP("TeamDialog", "E-mail"),
    QT_TRANSLATE_NOOP("TeamDialog", "Backup"),
    QT_TRANSLATE_NOOP("TeamDialog", "Called at levels"),
)
NAME, ROLES, PHONE, EMAIL, BACKUP, LEVELS_COLUMN = range(len(COLUMNS))


class TeamDialog(QDialog):
    """The roster as a table, with add/edit/remove, import/export and the example team.

    Args:
        database: an open, writable database.
        parent: the window the dialog belongs to.
        author: who the log names for each change (default: this computer's user).
    """

    roster_changed = Signal()
    """Emitted after every change that was saved (a wizard page showing the chain can reload)."""

    def __init__(
        self, database: Database, parent: QWidget | None = None, *, author: Callable[[], str] = default_author
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.author = author
        self.room = RoomContext.of(self, database, author=author)  # the main window's, when opened from it
        self.ui = Ui_TeamDialog()
        self.ui.setupUi(self)
        self._people: list[Person] = []
        self._shown: list[Person] = []

        table = self.ui.people_table
        table.setColumnCount(len(COLUMNS))
        table.setHorizontalHeaderLabels([i18n.label("TeamDialog", name) for name in COLUMNS])
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ROLES, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Room around the text, so columns of names and numbers do not run into each other.
        table.setStyleSheet("QTableWidget::item { padding: 0 8px; } QHeaderView::section { padding: 4px 8px; }")

        self.ui.level_combo.addItem(self.tr("Everyone on the team"), None)
        for level in LEVELS:
            self.ui.level_combo.addItem(
                self.tr("Chain of command at {level}").format(level=i18n.level_label(level.number)), level.number
            )
        # The chain depends on the crisis type too (Settings ▸ Chain of command): shown with a level.
        self.type_combo = QComboBox()
        self.type_combo.setObjectName("type_combo")
        self.type_combo.setAccessibleName(self.tr("Crisis type"))
        for category in Category:
            self.type_combo.addItem(
                self.tr("for {type}").format(type=i18n.label("Category", category.label)), category.value
            )
        self.ui.filter_layout.insertWidget(self.ui.filter_layout.indexOf(self.ui.level_combo) + 1, self.type_combo)
        self.type_combo.currentIndexChanged.connect(lambda: self._show())
        muted(self.ui.level_hint_label)
        muted(self.ui.status_label)
        # A quiet band, in the palette's own colours so it reads in light and dark themes.
        self.ui.example_label.setStyleSheet(
            "QLabel { background: palette(alternate-base); border: 1px solid palette(mid); border-radius: 4px; }"
        )

        self.ui.add_button.clicked.connect(lambda: self.add_person())
        self.ui.edit_button.clicked.connect(lambda: self.edit_person())
        self.ui.remove_button.clicked.connect(lambda: self.remove_person())
        self.ui.import_button.clicked.connect(lambda: self.import_team())
        self.ui.export_button.clicked.connect(lambda: self.export_team())
        self.ui.example_button.clicked.connect(lambda: self.use_example_team())
        self.ui.level_combo.currentIndexChanged.connect(lambda: self._show())
        self.ui.people_table.itemSelectionChanged.connect(self._update_buttons)
        self.ui.people_table.itemActivated.connect(lambda item: self.edit_person())
        self.ui.people_table.installEventFilter(self)
        self.ui.button_box.rejected.connect(self.reject)
        self._say("")
        self.reload()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Delete (or Backspace on a Mac keyboard) on the table removes the selected person, after asking.
        if (
            watched is self.ui.people_table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and (event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace)
        ):
            self.remove_person()
            return True
        return super().eventFilter(watched, event)

    # --- What is shown ---------------------------------------------------------------------------

    @property
    def people(self) -> list[Person]:
        """The roster as last read, in chain-of-command order."""
        return list(self._people)

    def shown_people(self) -> list[Person]:
        """The rows of the table, in order (the whole team or one level's chain)."""
        return list(self._shown)

    def show_level(self, level: int | None, category: Category | str | None = None) -> None:
        """Show the chain of command at ``level`` (1 to 5) for ``category`` (default: the one chosen), or everyone."""
        if category is not None:
            self.type_combo.setCurrentIndex(self.type_combo.findData(Category(category).value))
        self.ui.level_combo.setCurrentIndex(self.ui.level_combo.findData(level))

    def selected_person(self) -> Person | None:
        rows = self.ui.people_table.selectionModel().selectedRows()
        return self._shown[rows[0].row()] if rows else None

    def select_person(self, person_id: str) -> None:
        for row, person in enumerate(self._shown):
            if person.id == person_id:
                self.ui.people_table.selectRow(row)
                return

    def reload(self, select_id: str | None = None) -> None:
        """Read the roster again and redraw, keeping (or moving) the selection."""
        if select_id is None and (current := self.selected_person()) is not None:
            select_id = current.id
        self._people = team.list_people(self.database)
        self.ui.example_label.setVisible(any(is_example(p) for p in self._people))
        self._show(select_id)

    def _show(self, select_id: str | None = None) -> None:
        if select_id is None and (current := self.selected_person()) is not None:
            select_id = current.id
        level = self.ui.level_combo.currentData()
        self.type_combo.setVisible(bool(level))
        if level:
            table = chain_of_command.load(self.database)
            self._shown = chain_of_command_for(self._people, table, self.type_combo.currentData(), level).people
        else:
            self._shown = list(self._people)
        table = self.ui.people_table
        table.setRowCount(0)
        table.setRowCount(len(self._shown))
        for row, person in enumerate(self._shown):
            backup = backup_of(person, self._people)
            cells = {
                NAME: person.name,
                ROLES: i18n.role_labels(person.roles) or "—",
                PHONE: person.phone or "—",
                EMAIL: person.email or "—",
                BACKUP: backup.name if backup else "—",
                LEVELS_COLUMN: describe_levels(person.levels) or self.tr("not called"),
            }
            for column, text in cells.items():
                item = QTableWidgetItem(text)
                # A narrow window elides long cells; the tooltip always has the whole text.
                item.setToolTip(f"{text}\n\n{person.notes}" if column == NAME and person.notes else text)
                table.setItem(row, column, item)
        if level:
            lvl = LEVELS[level - 1]
            self.ui.level_hint_label.setText(
                self.tr("%n person(s) · {team}", "", len(self._shown)).format(
                    team=i18n.label("Severity", lvl.handled_by)
                )
            )
        else:
            self.ui.level_hint_label.setText(self.tr("%n person(s)", "", len(self._people)))
        if select_id is not None:
            self.select_person(select_id)
        self._update_buttons()

    def _update_buttons(self) -> None:
        has = self.selected_person() is not None
        self.ui.edit_button.setEnabled(has)
        self.ui.remove_button.setEnabled(has)
        self.ui.export_button.setEnabled(bool(self._people))

    # --- Changes ----------------------------------------------------------------------------------

    def add_person(self) -> PersonDialog:
        """Open the person editor for someone new; saved when the editor is accepted."""
        dialog = PersonDialog(self._people, None, self)
        self._open_editor(dialog)
        return dialog

    def edit_person(self, person_id: str | None = None) -> PersonDialog | None:
        """Open the person editor for ``person_id`` (default: the selected row)."""
        person = (
            self.selected_person() if person_id is None else next((p for p in self._people if p.id == person_id), None)
        )
        if person is None:
            return None
        dialog = PersonDialog(self._people, person, self)
        self._open_editor(dialog)
        return dialog

    def _open_editor(self, dialog: PersonDialog) -> None:
        open_dialog(dialog, accepted=self._save)

    def _save(self, dialog: PersonDialog) -> None:
        saved = self.room.run(
            lambda: team_service.save_person(self.database, dialog.person(), author=self.author()),
            title=self.tr("The person was not saved"),
            parent=self,
        )
        if saved is not None:
            self._changed(self.tr("Saved {name}.").format(name=saved.name), select_id=saved.id)

    def remove_person(self) -> bool:
        """Remove the selected person after asking; people they backed up are left without a backup."""
        person = self.selected_person()
        if person is None:
            return False
        backed_up = [p.name for p in self._people if p.backup_id == person.id]
        text = self.tr("Remove {name} from the team?").format(name=person.name)
        if backed_up:
            text += "\n\n" + self.tr(
                "{name} is the backup of {people}; %n person(s) will have no backup until you choose another.",
                "",
                len(backed_up),
            ).format(name=person.name, people=", ".join(backed_up))
        if not prompts.confirm(self, self.tr("Remove from the team"), text, self.tr("Remove")):
            return False
        removed = self.room.run(
            lambda: team_service.remove_person(self.database, person.id, author=self.author()),
            title=self.tr("Nothing was removed"),
            parent=self,
        )
        if removed is None:
            self.reload()  # the team as stored
            return False
        self._changed(self.tr("Removed {name}.").format(name=person.name))
        return True

    def import_team(self, path: Path | None = None) -> bool:
        """Replace the team with the people in a CSV or vCard file, after showing what will change."""
        if path is None:
            path = prompts.open_path(
                self, self.tr("Import the team"), Path.home(), i18n.label("TeamExchange", team_exchange.IMPORT_FILTER)
            )
            if path is None:
                return False
        try:
            imported = team_service.read_roster(path)
        except UserError as exc:
            prompts.error(
                self, self.tr("The team was not imported"), f"{exc}\n\n" + self.tr("The team was left as it is.")
            )
            return False
        text = (
            self.tr(
                "Replace the {current} on the team with the %n person(s) in {file}?", "", len(imported.people)
            ).format(current=self.tr("%n person(s)", "", len(self._people)), file=path.name)
            + "\n\n"
            + self.tr("People with the same name keep their place in what was recorded before.")
        )
        if imported.skipped:
            text += (
                "\n\n" + self.tr("Left out, not imported:") + "\n" + "\n".join(f"• {w}" for w in imported.skipped[:8])
            )
            if len(imported.skipped) > 8:
                text += "\n• " + self.tr("… and %n more", "", len(imported.skipped) - 8)
        if imported.warnings:
            text += "\n\n" + self.tr("Note:") + "\n" + "\n".join(f"• {w}" for w in imported.warnings[:8])
            if len(imported.warnings) > 8:
                text += "\n• " + self.tr("… and %n more", "", len(imported.warnings) - 8)
        if not prompts.confirm(self, self.tr("Import the team"), text, self.tr("Replace the team")):
            return False
        done = self.room.run(
            lambda: team_service.import_roster(self.database, imported, source=path.name, author=self.author()),
            title=self.tr("The team was not imported"),
            parent=self,
        )
        if done is None:
            return False
        self._changed(self.tr("Imported %n person(s) from {file}.", "", len(done.people)).format(file=path.name))
        return True

    def export_team(self, path: Path | None = None) -> Path | None:
        """Write the team to a .csv or .vcf file (CSV when the name has neither extension)."""
        if path is None:
            path = prompts.save_path(
                self,
                self.tr("Export the team"),
                Path.home() / "crisis-team.csv",
                i18n.label("TeamExchange", team_exchange.EXPORT_FILTER),
            )
            if path is None:
                return None
        if path.suffix.lower() not in (".csv", ".vcf", ".vcard"):
            path = path.with_name(path.name + ".csv")
        exported = self.room.call(
            lambda: team_service.export_roster(self.database, path),
            title=self.tr("The team was not exported"),
            parent=self,
        )
        if exported is None:
            return None
        self._say(self.tr("Exported %n person(s) to {path}.", "", exported.people).format(path=path))
        return path

    def use_example_team(self) -> bool:
        """Replace the team with the shipped example roster, after asking."""
        if not prompts.confirm(
            self,
            self.tr("Use the example team"),
            self.tr(
                "Replace the %n person(s) on the team with the example team of made-up people?\n\n"
                "Export the team first if you may want it back.",
                "",
                len(self._people),
            ),
            self.tr("Replace the team"),
        ):
            return False
        if (
            self.room.run(
                lambda: team_service.use_example_team(self.database, author=self.author()),
                title=self.tr("Nothing was changed"),
                parent=self,
            )
            is None
        ):
            return False
        self._changed(self.tr("The example team is back. Replace it with your own people when you are ready."))
        return True

    def _say(self, message: str) -> None:
        self.ui.status_label.setText(message)
        self.ui.status_label.setVisible(bool(message))

    def _changed(self, message: str, select_id: str | None = None) -> None:
        self.reload(select_id)
        self._say(message)
        self.roster_changed.emit()
