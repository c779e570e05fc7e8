"""Settings ▸ Data and backups: where the database is, backing up now, and restoring an automatic backup.

The backup runs on a worker thread with its own read connection (connections stay in their thread);
restoring goes through the main window's one restore path, which asks first, checks the backup and
keeps the current contents as a backup of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.clock import format_local, to_iso
from crisisroom.domain.signing import Head
from crisisroom.gui import prompts
from crisisroom.gui.style import muted
from crisisroom.gui.workers import run_in_background
from crisisroom.storage import backups
from crisisroom.storage.database import Database, open_database
from crisisroom.system import paths

WHEN, SIZE, FILE = range(3)


class BackupsPage(QWidget):
    """The database's path and folder, Back up now, the automatic backups, Restore."""

    backup_made = Signal(str)  # the path of the new backup
    restored = Signal()  # the database now holds a backup's contents

    def __init__(self, database: Database, restore: Callable[[Path], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._restore = restore
        self.path_label = QLabel(str(database.path))
        self.path_label.setObjectName("database_path_label")
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setWordWrap(True)
        self.path_label.setAccessibleName(self.tr("Database file"))
        self.open_folder_button = QPushButton(self.tr("Open &folder"))
        self.open_folder_button.setObjectName("open_folder_button")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.backup_button = QPushButton(self.tr("&Back up now"))
        self.backup_button.setObjectName("backup_now_button")
        self.backup_button.clicked.connect(self.back_up_now)
        self.status_label = QLabel()
        self.status_label.setObjectName("backup_status_label")
        self.status_label.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Database:"), self.path_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_folder_button)
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        form.addRow("", buttons)

        self.list = QTreeWidget()
        self.list.setObjectName("backups_list")
        self.list.setAccessibleName(self.tr("Automatic backups"))
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("File")])
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setSectionResizeMode(SIZE, QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda *_: self.restore_selected())
        self.kept_label = QLabel(
            self.tr(
                "While Crisis Room is open it makes a backup every hour and keeps the newest %n; "
                "older ones are removed.",
                "",
                backups.AUTO_KEEP,
            )
        )
        self.kept_label.setWordWrap(True)
        muted(self.kept_label)
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setObjectName("restore_selected_button")
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"))
        self.restore_file_button.setObjectName("restore_file_button")
        self.restore_file_button.clicked.connect(self.restore_file)
        restore_row = QHBoxLayout()
        restore_row.addWidget(self.restore_button)
        restore_row.addWidget(self.restore_file_button)
        restore_row.addStretch(1)
        list_label = QLabel(self.tr("&Automatic backups (newest first):"))
        list_label.setBuddy(self.list)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status_label)
        layout.addSpacing(8)
        layout.addWidget(list_label)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.kept_label)
        layout.addLayout(restore_row)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        locale = QLocale()
        for path in backups.list_backups(self.database.path):
            stamp = backups.made_at(path)
            size = path.stat().st_size if path.exists() else 0
            item = QTreeWidgetItem([format_local(to_iso(stamp)), locale.formattedDataSize(size), path.name])
            item.setData(WHEN, Qt.ItemDataRole.UserRole, str(path))
            item.setTextAlignment(SIZE, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        if self.list.topLevelItemCount() == 0:
            placeholder = QTreeWidgetItem([self.tr("No automatic backup yet"), "", ""])
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addTopLevelItem(placeholder)
        self._update_buttons()

    def selected_path(self) -> Path | None:
        items = self.list.selectedItems()
        if not items:
            return None
        value = items[0].data(WHEN, Qt.ItemDataRole.UserRole)
        return Path(value) if value else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected_path() is not None)

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.database.path.parent)))

    def back_up_now(self) -> None:
        """Write a checked backup into the backups folder, off the GUI thread."""
        folder = paths.backup_dir(self.database.path)
        db_path = self.database.path
        self.backup_button.setEnabled(False)
        self.status_label.setText(self.tr("Backing up…"))

        def job() -> tuple[Path, list[Head]]:
            with open_database(db_path, write=False) as reader:
                made = backups.backup_to(reader, folder)
            return made, backups.heads_in(made)

        run_in_background(job, self._backed_up, self._backup_failed)

    def _backed_up(self, result: tuple[Path, list[Head]]) -> None:
        made, heads = result
        self.backup_button.setEnabled(True)
        text = self.tr("Backup saved: {0}").format(made)
        if heads:
            text += "\n" + self.tr("Log head in this backup (for crisisroom verify --head): {0}").format(
                ", ".join(head.fingerprint for head in heads)
            )
        self.status_label.setText(text)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.refresh()
        self.backup_made.emit(str(made))

    def _backup_failed(self, exc: Exception) -> None:
        self.backup_button.setEnabled(True)
        self.status_label.setText(self.tr("The backup failed."))
        prompts.error(self, self.tr("Backup failed"), str(exc))

    def restore_selected(self) -> None:
        path = self.selected_path()
        if path is not None and self._restore(path):
            self.refresh()
            self.restored.emit()

    def restore_file(self) -> None:
        source = prompts.open_path(
            self,
            self.tr("Restore from a backup"),
            paths.backup_dir(self.database.path),
            self.tr("Crisis Room database (*.sqlite)"),
        )
        if source is not None and self._restore(source):
            self.refresh()
            self.restored.emit()
