"""Incident ▸ Share with the team…: choose or make the folder the team shares, then this laptop's fingerprint.

The folder is moved between laptops by something else (Syncthing, a network share, a cloud-drive
folder, a USB stick); the live database never goes there (``services.sharing.start`` refuses a
folder that holds it). When a Syncthing runs on this computer the dialog offers to let it carry the
folder too (``services.sharing_syncthing``), asked off the GUI thread so a slow Syncthing never
holds the window.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.incidents import Incident
from crisisroom.gui import i18n, prompts, workers
from crisisroom.gui.context import RoomContext
from crisisroom.gui.sharing.watcher import ShareWatcher
from crisisroom.gui.sharing.widgets import FingerprintLabel, FolderField, computer_name, lay_out_pages
from crisisroom.gui.style import fit_height, muted

if TYPE_CHECKING:
    from crisisroom.services.sharing import Started
    from crisisroom.services.sharing_syncthing import SyncthingView


def _wrapped(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def _title(text: str) -> QLabel:
    label = _wrapped(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.25)
    font.setBold(True)
    label.setFont(font)
    return label


class ShareDialog(QDialog):
    """Share the incident on screen through a folder; on success, this laptop's fingerprint and the next step.

    Signals:
        syncthing_changed(): Syncthing on this computer was asked to carry the folder (the team panel looks again).
    """

    syncthing_changed = Signal()

    def __init__(
        self,
        context: RoomContext,
        incident: Incident,
        parent: QWidget | None = None,
        *,
        watcher: ShareWatcher | None = None,
        suggested: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("share_dialog")
        self.context = context
        self.watcher = watcher
        self.incident = incident
        self.started: Started | None = None
        self.syncthing: SyncthingView | None = None  # this computer's Syncthing, once asked
        self.syncthing_result = ""  # what Syncthing said when asked to carry the folder
        self.setWindowTitle(self.tr("Share with the team"))

        # The form
        self.folder_field = FolderField(self.tr("The folder the team shares"))
        self.folder_field.set_path(suggested or Path.home() / "Crisis Room shared" / _folder_name(incident))
        self.laptop_edit = QLineEdit(computer_name())
        self.laptop_edit.setObjectName("laptop_edit")
        self.laptop_edit.setAccessibleName(self.tr("This laptop's name"))
        self.laptop_edit.setPlaceholderText(self.tr("e.g. Ann's laptop"))
        self.laptop_edit.setMaxLength(60)
        self.syncthing_check = QCheckBox(self.tr("&Also share this folder through Syncthing on this computer"))
        self.syncthing_check.setObjectName("syncthing_check")
        self.syncthing_check.setToolTip(
            self.tr("Syncthing keeps the folder in step with the team's laptops over the local network, with no server")
        )
        self.syncthing_check.hide()  # shown once a Syncthing is found running here
        # The other computers this Syncthing knows: the person ticks the team's (none is ticked for them).
        self.peers_box = QWidget()
        self.peers_box.setObjectName("syncthing_peers")
        self.peers_layout = QVBoxLayout(self.peers_box)
        self.peers_layout.setContentsMargins(24, 0, 0, 0)
        self.peers_layout.setSpacing(2)
        self.peers_layout.addWidget(_wrapped(self.tr("With these computers that Syncthing knows:")))
        self.peer_checks: dict[str, QCheckBox] = {}
        self.peers_box.hide()
        self.syncthing_check.toggled.connect(self.peers_box.setEnabled)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Folder:"), self.folder_field)
        form.addRow(self.tr("This &laptop's name:"), self.laptop_edit)
        how = _wrapped(
            self.tr(
                "Syncthing, a network share, a cloud-drive folder or a USB stick moves the files; "
                "the live database never goes there."
            )
        )
        how.setObjectName("share_how")
        muted(how)
        who = _wrapped(
            self.tr(
                "You share as {author} (the name in the author field) and become the team's first member; "
                "the team sees that name beside this laptop."
            ).format(author=context.author())
        )
        muted(who)
        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(10)
        form_layout.addWidget(
            _title(self.tr("Share “{title}” with the team").format(title=i18n.display_title(incident)))
        )
        form_layout.addWidget(how)
        form_layout.addLayout(form)
        form_layout.addWidget(self.syncthing_check)
        form_layout.addWidget(self.peers_box)
        form_layout.addWidget(who)
        form_layout.addStretch(1)

        # The result
        self.fingerprint_label = FingerprintLabel()
        self.fingerprint_label.setObjectName("share_fingerprint")
        self.fingerprint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.fingerprint_label.setContentsMargins(0, 10, 0, 10)
        self.result_folder_label = _wrapped()
        self.result_folder_label.setObjectName("share_result_folder")
        self.result_folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        next_step = _wrapped(
            self.tr("On each laptop that joins, compare the digits it shows, then admit it in the Team panel.")
        )
        next_step.setObjectName("share_next_step")
        font = next_step.font()
        font.setBold(True)
        next_step.setFont(font)
        join_hint = _wrapped(
            self.tr(
                "On the other laptops: File ▸ Join a shared incident…, and choose this folder once its "
                "files have arrived there."
            )
        )
        muted(join_hint)
        self.syncthing_label = _wrapped()
        self.syncthing_label.setObjectName("share_syncthing_result")
        self.syncthing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.syncthing_label.hide()
        result_page = QWidget()
        result_layout = QVBoxLayout(result_page)
        result_layout.setContentsMargins(0, 0, 0, 0)
        result_layout.setSpacing(10)
        result_layout.addWidget(_title(self.tr("Shared. This laptop's fingerprint:")))
        result_layout.addWidget(self.fingerprint_label)
        result_layout.addWidget(next_step)
        result_layout.addWidget(join_hint)
        result_layout.addWidget(self.result_folder_label)
        result_layout.addWidget(self.syncthing_label)
        result_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(result_page)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.share_button = self.buttons.addButton(self.tr("&Share"), QDialogButtonBox.ButtonRole.ActionRole)
        self.share_button.setObjectName("share_button")
        self.share_button.setDefault(True)
        self.share_button.clicked.connect(self.share)
        self.close_button = lay_out_pages(self, self.pages, self.buttons)
        self._ask_syncthing()

    # Syncthing, when present

    def _ask_syncthing(self) -> None:
        from crisisroom.services import sharing_syncthing

        def seen(view: SyncthingView) -> None:
            if not shiboken6.isValid(self):
                return
            self.syncthing = view
            if view.running and self.pages.currentIndex() == 0:
                self.syncthing_check.show()
                self.syncthing_check.setChecked(True)
                for peer in view.peers:
                    check = QCheckBox(peer.name or peer.device_id)
                    check.setToolTip(peer.device_id)
                    self.peer_checks[peer.device_id] = check
                    self.peers_layout.addWidget(check)
                self.peers_box.setVisible(bool(view.peers))
                fit_height(self)

        workers.run_in_background(lambda: sharing_syncthing.look(), seen, lambda _exc: None)

    # Sharing

    def share(self) -> Started | None:
        """Share through the chosen folder; a problem is said once and the form stays as typed."""
        folder = self.folder_field.path()
        if folder is None:
            prompts.error(self, self.tr("The incident was not shared"), self.tr("Choose the folder to share through."))
            self.folder_field.edit.setFocus()
            return None
        from crisisroom.services import sharing

        context = self.context
        laptop = self.laptop_edit.text().strip() or None
        # Starting syncs: not beside the window's watch on the shared folders.
        with self.watcher.exclusive() if self.watcher is not None else contextlib.nullcontext():
            started = context.run(
                lambda: sharing.start(
                    context.database, self.incident.id, folder, author=context.author(), laptop=laptop
                ),
                title=self.tr("The incident was not shared"),
                parent=self,
            )
        if started is None:
            return None
        self.started = started
        self.fingerprint_label.set_fingerprint(started.fingerprint)
        self.result_folder_label.setText(self.tr("The shared folder: {path}").format(path=started.folder))
        if self.syncthing_check.isVisible() and self.syncthing_check.isChecked():
            chosen = [device for device, check in self.peer_checks.items() if check.isChecked()]
            self._share_through_syncthing(started.folder, chosen)
        self.pages.setCurrentIndex(1)
        self.share_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.close_button.setFocus()
        fit_height(self)
        return started

    def _share_through_syncthing(self, folder: Path, devices: list[str]) -> None:
        from crisisroom.services import sharing_syncthing

        self.syncthing_label.setText(self.tr("Asking Syncthing on this computer to carry the folder…"))
        self.syncthing_label.show()

        def carried(view: SyncthingView) -> None:
            if not shiboken6.isValid(self):
                return
            self.syncthing_result = self.tr(
                "Syncthing on this computer now carries the folder: each laptop that joins accepts it in its "
                "own Syncthing. A laptop this Syncthing does not know yet adds this computer by its ID:\n{device}"
            ).format(device=view.device_id)
            self.syncthing_label.setText(self.syncthing_result)
            fit_height(self)
            self.syncthing_changed.emit()

        def refused(exc: Exception) -> None:
            if not shiboken6.isValid(self):
                return
            self.syncthing_result = self.tr(
                "The incident is shared, but Syncthing did not take the folder: {problem} Any other way of "
                "moving the folder's files works as well."
            ).format(problem=str(exc))
            self.syncthing_label.setText(self.syncthing_result)
            fit_height(self)

        workers.run_in_background(
            lambda: sharing_syncthing.share_folder(folder, device_ids=devices, label=folder.name), carried, refused
        )


def _folder_name(incident: Incident) -> str:
    """A folder name from the incident's title: letters, digits, spaces and dashes only."""
    kept = "".join(c if c.isalnum() or c in " -_" else " " for c in incident.title)
    return " ".join(kept.split())[:60] or "incident"
