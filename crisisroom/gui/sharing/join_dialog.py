"""File ▸ Join a shared incident…: choose the folder the team shares, compare fingerprints, wait to be admitted.

After asking (``services.sharing.join``), the dialog shows this laptop's fingerprint (read out to
the member who admits it) and the team's first laptop's (to compare with that laptop's screen),
and waits: the window's watch on the folder syncs every few seconds, and once a sync finds this
laptop's welcome the incident is here; the window opens it and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crisisroom.gui import prompts
from crisisroom.gui.context import RoomContext
from crisisroom.gui.sharing.share_dialog import _title, _wrapped
from crisisroom.gui.sharing.watcher import ShareWatcher
from crisisroom.gui.sharing.widgets import FingerprintLabel, FolderField, computer_name, lay_out_pages
from crisisroom.gui.style import fit_height, muted
from crisisroom.services.sharing import Joined, SyncReport


class JoinDialog(QDialog):
    """Ask to join the incident shared through a folder, then wait to be admitted.

    Signals:
        admitted(str): this laptop is in the team; the incident (its id) is here.
        author_chosen(str): the name this laptop joined under (the window's author field takes it).
    """

    admitted = Signal(str)
    author_chosen = Signal(str)

    def __init__(self, context: RoomContext, watcher: ShareWatcher, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("join_dialog")
        self.context = context
        self.watcher = watcher
        self.joined: Joined | None = None
        self.setWindowTitle(self.tr("Join a shared incident"))

        self.folder_field = FolderField(self.tr("The folder the team shares"))
        # Who joins: the team panel shows this name on every laptop, so it is asked here, where no
        # incident (and so no author field) may be open yet.
        self.name_edit = QLineEdit(context.author())
        self.name_edit.setObjectName("join_name_edit")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("as the team knows you, e.g. Bo Lind"))
        self.name_edit.setMaxLength(80)
        self.laptop_edit = QLineEdit(computer_name())
        self.laptop_edit.setObjectName("laptop_edit")
        self.laptop_edit.setAccessibleName(self.tr("This laptop's name"))
        self.laptop_edit.setPlaceholderText(self.tr("e.g. Bo's laptop"))
        self.laptop_edit.setMaxLength(60)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Folder:"), self.folder_field)
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow(self.tr("This &laptop's name:"), self.laptop_edit)
        how = _wrapped(
            self.tr(
                "Choose the folder the team shares (kept in step by Syncthing, a network share, a cloud-drive "
                "folder or a USB stick), once the first laptop's files have arrived in it."
            )
        )
        muted(how)
        who = _wrapped(
            self.tr("The team sees your name beside this laptop; your log entries carry it (the author field).")
        )
        muted(who)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(10)
        form_layout.addWidget(_title(self.tr("Join an incident the team shares")))
        form_layout.addWidget(how)
        form_layout.addLayout(form)
        form_layout.addWidget(who)
        form_layout.addStretch(1)

        # Comparing and waiting
        self.own_fingerprint = FingerprintLabel()
        self.own_fingerprint.setObjectName("join_own_fingerprint")
        self.team_fingerprint = FingerprintLabel()
        self.team_fingerprint.setObjectName("join_team_fingerprint")
        own_hint = _wrapped(
            self.tr("Read these digits to the person who admits this laptop; the same digits show on their screen.")
        )
        muted(own_hint)
        team_hint = _wrapped(
            self.tr("The same digits must show on the first laptop's screen, in its Team panel as “this laptop”.")
        )
        muted(team_hint)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        own_title = QLabel(self.tr("This laptop:"))
        team_title = QLabel(self.tr("The team's first laptop:"))
        for label in (own_title, team_title):
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        grid.addWidget(own_title, 0, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.own_fingerprint, 1, 0)
        grid.addWidget(own_hint, 2, 0)
        grid.addWidget(team_title, 3, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        grid.addWidget(self.team_fingerprint, 4, 0)
        grid.addWidget(team_hint, 5, 0)
        grid.setRowMinimumHeight(3, 28)
        self.state_label = _wrapped()
        self.state_label.setObjectName("join_state")
        font = self.state_label.font()
        font.setBold(True)
        self.state_label.setFont(font)
        self.busy = QProgressBar()
        self.busy.setObjectName("join_busy")
        self.busy.setRange(0, 0)  # waiting: no end known
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(self.tr("Waiting to be admitted"))
        self.check_button = QPushButton(self.tr("Look &now"))
        self.check_button.setObjectName("join_check_button")
        self.check_button.setToolTip(self.tr("Look in the shared folder for the admission now"))
        self.check_button.setAutoDefault(False)
        self.check_button.clicked.connect(self.look_now)
        later = _wrapped(
            self.tr("You can close this window: the admission is looked for as long as Crisis Room is open.")
        )
        later.setObjectName("join_later")
        muted(later)
        self.later_label = later
        wait_page = QWidget()
        wait_layout = QVBoxLayout(wait_page)
        wait_layout.setContentsMargins(0, 0, 0, 0)
        wait_layout.setSpacing(10)
        wait_layout.addWidget(_title(self.tr("Compare the fingerprints")))
        wait_layout.addLayout(grid)
        wait_layout.addSpacing(6)
        wait_layout.addWidget(self.state_label)
        wait_layout.addWidget(self.busy)
        wait_layout.addWidget(later)
        wait_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(wait_page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.join_button = self.buttons.addButton(self.tr("&Ask to join"), QDialogButtonBox.ButtonRole.ActionRole)
        self.join_button.setObjectName("join_button")
        self.join_button.setDefault(True)
        self.join_button.clicked.connect(self.join)
        self.buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button.hide()
        self.close_button = lay_out_pages(self, self.pages, self.buttons)
        self._looking = False
        watcher.admitted.connect(self._admitted)
        watcher.synced.connect(self._synced)

    def join(self) -> Joined | None:
        """Ask to join through the chosen folder; a problem is said once and the form stays as typed."""
        folder = self.folder_field.path()
        if folder is None:
            prompts.error(self, self.tr("Not joined"), self.tr("Choose the folder the team shares."))
            self.folder_field.edit.setFocus()
            return None
        from crisisroom.services import sharing

        name = " ".join(self.name_edit.text().split())
        if not name:
            prompts.error(self, self.tr("Not joined"), self.tr("Type your name: the team sees it beside this laptop."))
            self.name_edit.setFocus()
            return None
        context = self.context
        laptop = self.laptop_edit.text().strip() or None
        with self.watcher.exclusive():  # joining syncs: not beside the watcher's own sync
            joined = context.run(
                lambda: sharing.join(context.database, folder, author=name, laptop=laptop),
                title=self.tr("Not joined"),
                parent=self,
            )
        if joined is None:
            return None
        self.author_chosen.emit(name)
        self.joined = joined
        self.own_fingerprint.set_fingerprint(joined.fingerprint)
        self.team_fingerprint.set_fingerprint(joined.team_fingerprint)
        self.pages.setCurrentIndex(1)
        self.join_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.close_button.show()
        if joined.admitted:
            self._show_admitted()
            self.admitted.emit(joined.incident_id)
        else:
            self.state_label.setText(self.tr("Waiting to be admitted…"))
            self.check_button.show()
        fit_height(self)
        return joined

    def look_now(self) -> None:
        """Look in the shared folder for the admission now (the watcher also looks every few seconds)."""
        self._looking = True
        self.watcher.sync_now()

    def _synced(self, report: SyncReport, _listing_changed: bool) -> None:
        looking, self._looking = self._looking, False
        waiting = self.joined is not None and self.joined.incident_id not in report.admitted_now
        if looking and waiting and self.busy.isVisible():
            self.state_label.setText(self.tr("Still waiting to be admitted (looked just now)…"))

    def _admitted(self, incident_id: str) -> None:
        if self.joined is None or incident_id != self.joined.incident_id:
            return
        self._show_admitted()
        self.admitted.emit(incident_id)

    def _show_admitted(self) -> None:
        self.state_label.setText(self.tr("✓ Admitted: the incident is open in the window."))
        self.busy.hide()
        self.later_label.hide()
        self.check_button.hide()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
