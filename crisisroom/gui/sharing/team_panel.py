"""The team panel: who shares the incident on screen, from which laptop, who waits to join, and what is wrong.

For a shared incident: each admitted laptop (person, laptop, fingerprint, its last entry here, "this
laptop"), the laptops waiting to join with their fingerprint and an Admit… button, the alarms in
plain words (``services.sharing.ALARM_WORDS``), the problems of the last sync (a folder not there,
the keychain locked), and, when a local Syncthing carries the folder, Syncthing's view of the other
computers. For an incident that is not shared, one line offering to share it.

It reads ``services.sharing.status`` when a change it shows comes on the room's signal, when the
watch on the folder sees new files (a laptop asking to join writes one), and every half minute (the
ages move); it draws again only when what it shows changed, so a button under the pointer stays.
"""

from __future__ import annotations

from dataclasses import astuple
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStatusBar,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.clock import now_utc
from crisisroom.gui import workers
from crisisroom.gui.context import RoomContext
from crisisroom.gui.dialogs import open_dialog
from crisisroom.gui.sharing.watcher import ShareWatcher
from crisisroom.gui.sharing.widgets import FingerprintLabel, ago
from crisisroom.gui.style import muted
from crisisroom.services.changes import Changes, Done

if TYPE_CHECKING:
    from crisisroom.gui.sharing.admit_dialog import AdmitDialog
    from crisisroom.services.sharing import LaptopStatus, ShareStatus, SyncReport
    from crisisroom.services.sharing_syncthing import SyncthingView

ALARM_MESSAGE_MS = 120_000  # a new alarm in the status bar: long enough to be seen on coming back
REFRESH_MS = 30_000  # the ages ("2 min ago") move with the clock
SYNCTHING_MS = 15_000  # Syncthing's view of the others, asked off the GUI thread
REDRAWS = Changes.SHARING | Changes.LOG | Changes.INCIDENTS

ALARM_STYLE = (
    "QFrame#team_alarm { background: #fdecea; border: 1px solid #d9534f; border-radius: 6px; }"
    "QFrame#team_alarm QLabel { color: #4a1010; }"
)
PROBLEM_STYLE = (
    "QFrame#team_problem { background: #fff5d6; border: 1px solid #c99a00; border-radius: 6px; }"
    "QFrame#team_problem QLabel { color: #3d2f00; }"
)


def _label(text: str = "", *, rich: bool = False, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TeamPanel(QWidget):
    """What the team panel shows for the incident on screen (the window puts it in a dock).

    Signals:
        share_requested(): the person clicked "Share with the team…" (the incident is not shared).
    """

    share_requested = Signal()

    def __init__(
        self,
        context: RoomContext,
        watcher: ShareWatcher,
        status_bar: QStatusBar | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("team_panel")
        self.context = context
        self.watcher = watcher
        self.status_bar = status_bar
        self.status: ShareStatus | None = None  # the shown incident's, as last read
        self.syncthing: SyncthingView | None = None
        self._drawn: Any = None  # what the panel last drew, to draw again only when it changed
        self._asking_syncthing = False
        self._ask_again = False
        self._by_hand = False  # the person asked for this sync (Sync now)
        self.admit_buttons: dict[str, QPushButton] = {}  # fingerprint -> its Admit… button

        self.not_shared_label = _label(rich=True)
        self.not_shared_label.setObjectName("team_not_shared")
        self.not_shared_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.not_shared_label.setText(
            self.tr("Not shared. <a href='share'>Share with the team…</a>")
            + "<br><span>"
            + escape(
                self.tr(
                    "Each laptop of the team then writes into the same incident, through a folder that "
                    "Syncthing, a network share or a USB stick keeps in step."
                )
            )
            + "</span>"
        )
        self.not_shared_label.linkActivated.connect(lambda _link: self.share_requested.emit())

        self.body = QWidget()
        self.body.setObjectName("team_body")
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 0, 0, 0)
        self.body_layout.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.body)
        self.scroll = scroll

        self.looked_label = _label()
        self.looked_label.setObjectName("team_looked")
        muted(self.looked_label)
        self.sync_button = QPushButton(self.tr("Sync &now"))
        self.sync_button.setObjectName("team_sync_button")
        self.sync_button.setToolTip(
            self.tr("Write this laptop's new entries to the shared folder and read the others' now")
        )
        self.sync_button.clicked.connect(self.sync_now)
        footer = QHBoxLayout()
        footer.setSpacing(8)
        footer.addWidget(self.looked_label, 1)
        footer.addWidget(self.sync_button, 0, Qt.AlignmentFlag.AlignTop)
        self.footer = QWidget()
        self.footer.setLayout(footer)
        footer.setContentsMargins(0, 0, 0, 0)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(self.not_shared_label)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.footer)

        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self._syncthing_timer = QTimer(self, interval=SYNCTHING_MS)
        self._syncthing_timer.timeout.connect(self.ask_syncthing)
        context.changed.connect(self._changed)
        watcher.synced.connect(self._synced)
        watcher.problems_changed.connect(lambda _problems: self.refresh())
        self.refresh()

    # What comes in

    def _changed(self, done: Done[Any]) -> None:
        if done.changes & REDRAWS and self.context.shows(done):
            self.refresh()

    def _synced(self, report: SyncReport, listing_changed: bool) -> None:
        by_hand, self._by_hand = self._by_hand, False
        if report.new_alarms and self.status_bar is not None:
            # Said where it is seen with the team panel closed too (View ▸ Team panel opens it).
            self.status_bar.showMessage(
                self.tr(
                    "⚠ The shared folder raised %n alarm(s): the Team panel (View ▸ Team panel) says what to do.",
                    "",
                    len(report.new_alarms),
                ),
                ALARM_MESSAGE_MS,
            )
        if by_hand and self.status_bar is not None and not (report.taken or report.problems or listing_changed):
            self.status_bar.showMessage(self.tr("The shared folder holds nothing new."), 4000)
        if listing_changed or by_hand:
            self.refresh()
        else:
            self._show_looked()

    def sync_now(self) -> None:
        """Sync now (the Sync now button): what it finds comes back on the watcher's signals."""
        self._by_hand = True
        self.watcher.sync_now()

    # Reading

    def refresh(self) -> None:
        """Read the shown incident's sharing again; draw it when it changed."""
        incident = self.context.incident
        self.status = None
        if incident is not None:
            from crisisroom.storage import sharing as shares  # read only; small, also at start-up

            if shares.share_of(self.context.database, incident.id) is not None:
                from crisisroom.services import sharing  # the folder's files: loaded once something is shared

                self.status = next(
                    (s for s in sharing.status(self.context.database) if s.incident_id == incident.id), None
                )
        if self.status is None:
            self._syncthing_timer.stop()
            self.syncthing = None
        elif not self._syncthing_timer.isActive():
            self._syncthing_timer.start()
            QTimer.singleShot(0, self.ask_syncthing)
        self._draw()

    def ask_syncthing(self) -> None:
        """Syncthing's view of the shared folder and the other computers, asked off the GUI thread."""
        status = self.status
        if status is None or not self.isVisible():
            return
        if self._asking_syncthing:
            self._ask_again = True  # what is asked now may be older than what changed
            return
        from crisisroom.services import sharing_syncthing

        self._asking_syncthing = True
        folder = status.folder

        def done(view: SyncthingView) -> None:
            if not shiboken6.isValid(self):
                return
            self._asking_syncthing = False
            if self.status is not None and self.status.folder == folder:
                self.syncthing = view
                self._draw()
            if self._ask_again:
                self._ask_again = False
                self.ask_syncthing()

        def failed(_exc: Exception) -> None:
            if shiboken6.isValid(self):
                self._asking_syncthing = False

        workers.run_in_background(lambda: sharing_syncthing.look(folder), done, failed)

    # Drawing

    def _draw(self) -> None:
        now = now_utc()
        status = self.status
        syncthing = self.syncthing if self.syncthing is not None and self.syncthing.running else None
        key = (
            None if status is None else repr(status),
            tuple(self.watcher.problems),
            None if syncthing is None else astuple(syncthing),
            now.replace(second=0, microsecond=0),
        )
        self._show_looked()
        if key == self._drawn:
            return
        self._drawn = key
        shared = status is not None
        self.not_shared_label.setVisible(not shared and self.context.incident is not None)
        self.scroll.setVisible(shared)
        self.footer.setVisible(shared)
        self._clear()
        if status is None:
            return
        add = self.body_layout.addWidget
        add(self._folder_line(status))
        names = {laptop.device_id: laptop for laptop in status.laptops}
        add(self._heading(self.tr("Laptops ({count})").format(count=len(status.laptops))))
        for laptop in status.laptops:
            add(self._laptop_row(laptop, now))
        if status.waiting:
            add(self._heading(self.tr("Waiting to join ({count})").format(count=len(status.waiting))))
            for laptop in status.waiting:
                add(self._waiting_row(laptop))
        if status.alarms:
            add(self._heading(self.tr("Alarms ({count})").format(count=len(status.alarms))))
            for alarm in status.alarms:
                add(self._alarm_row(alarm, names, now))
        problems = self.watcher.problems
        if problems:
            add(self._heading(self.tr("Not in step")))
            for problem in problems:
                add(self._problem_row(problem))
        if syncthing is not None:
            add(self._syncthing_rows(syncthing, now))
        self.body_layout.addStretch(1)

    def _clear(self) -> None:
        self.admit_buttons.clear()
        while self.body_layout.count():
            item = self.body_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def _show_looked(self) -> None:
        when = self.watcher.last_sync
        if when is None:
            self.looked_label.setText("")
            return
        self.looked_label.setText(
            self.tr("Folder checked at {time}").format(time=when.astimezone().strftime("%H:%M:%S"))
        )

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 4, 0, 0)
        return label

    def _folder_line(self, status: ShareStatus) -> QWidget:
        folder = Path(status.folder)
        label = _label(
            self.tr("Shared through the folder <a href='open'>{name}</a>").format(name=escape(folder.name)),
            rich=True,
        )
        label.setObjectName("team_folder")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        label.setToolTip(self.tr("{path}\nClick to open it in the file manager").format(path=folder))
        label.linkActivated.connect(lambda _link: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))
        return label

    def _laptop_row(self, laptop: LaptopStatus, now: Any) -> QWidget:
        row = QFrame()
        row.setObjectName("team_laptop")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        name = _label(f"<b>{escape(laptop.person)}</b> · {escape(laptop.laptop)}", rich=True)
        name.setObjectName("team_laptop_name")
        layout.addWidget(name)
        layout.addWidget(FingerprintLabel(laptop.fingerprint, scale=1.0))
        parts = []
        if laptop.this_laptop:
            parts.append(self.tr("this laptop"))
        if laptop.last_entry:
            parts.append(self.tr("last entry {age}").format(age=ago(laptop.last_entry, now)))
        else:
            parts.append(self.tr("no entry yet"))
        seen = _label(" · ".join(parts))
        seen.setObjectName("team_laptop_seen")
        muted(seen)
        layout.addWidget(seen)
        row.setAccessibleName(f"{laptop.person}, {laptop.laptop}")
        return row

    def _waiting_row(self, laptop: LaptopStatus) -> QWidget:
        row = QFrame()
        row.setObjectName("team_waiting")
        layout = QVBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(_label(f"<b>{escape(laptop.person)}</b> · {escape(laptop.laptop)}", rich=True), 1)
        layout.addLayout(top)
        layout.addWidget(FingerprintLabel(laptop.fingerprint, scale=1.0))
        button = QPushButton(self.tr("&Admit…"))
        button.setObjectName("team_admit_button")
        button.setAccessibleName(
            self.tr("Admit “{laptop}” ({person})").format(laptop=laptop.laptop, person=laptop.person)
        )
        button.setToolTip(self.tr("Compare the fingerprint with that laptop's screen, then admit it"))
        button.clicked.connect(lambda: self.admit(laptop))
        top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.admit_buttons[laptop.fingerprint] = button
        return row

    def _alarm_row(self, alarm: dict[str, Any], names: dict[str, LaptopStatus], now: Any) -> QWidget:
        frame = QFrame()
        frame.setObjectName("team_alarm")
        frame.setStyleSheet(ALARM_STYLE)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 8, 10, 8)
        file_path = Path(str(alarm.get("file", "")))
        # A conflict copy names no laptop; the subfolder it is in does.
        laptop = names.get(alarm.get("laptop") or file_path.parent.name)
        if laptop is not None and laptop.this_laptop:
            source = self.tr("In this laptop's own files")
        elif laptop is not None:
            source = self.tr("From {laptop} ({person})").format(person=laptop.person, laptop=laptop.laptop)
        elif alarm.get("laptop"):
            source = self.tr("From an unknown laptop ({device})").format(device=str(alarm["laptop"])[:8])
        else:
            source = self.tr("In the shared folder")
        detail = str(alarm.get("detail", ""))
        # A long file name may break after its dots and dashes rather than widen the panel.
        file_name = file_path.name.replace("-", "-\u200b").replace(".", ".\u200b")
        seen = ago(alarm.get("first_seen"), now)
        seen_text = self.tr("seen {age}").format(age=seen) if seen else ""
        label = _label(
            f"<b>⚠ {escape(source)}:</b> {escape(detail)}<br><small>{escape(file_name)}"
            + (f" · {escape(seen_text)}" if seen_text else "")
            + "</small>",
            rich=True,
        )
        label.setObjectName("team_alarm_text")
        layout.addWidget(label)
        next_step = self._alarm_next_step(str(alarm.get("kind", "")))
        if next_step:
            hint = _label(next_step)
            hint.setObjectName("team_alarm_next")
            layout.addWidget(hint)
        frame.setAccessibleName(self.tr("Alarm: {text}").format(text=f"{source}: {detail}"))
        return frame

    def _alarm_next_step(self, kind: str) -> str:
        """What the person can do about an alarm of ``kind`` (``services.sharing.ALARM_WORDS``'s keys)."""
        steps = {
            "conflict": self.tr(
                "Delete this copy from the shared folder (keep the file without “sync-conflict” in its name): "
                "the alarm then goes."
            ),
            "changed": self.tr(
                "Entries read from it before it changed stay. Nothing more is taken from it, so that laptop's "
                "later entries may wait: find out who or what changed the file."
            ),
            "changed-after": self.tr(
                "What was taken from it before it changed stays: find out who or what changed the file."
            ),
            "fork": self.tr(
                "Ask that laptop's person whether its Crisis Room was restored from a backup or copied to "
                "another computer."
            ),
            "newer": self.tr("Update Crisis Room on this laptop, then open it again."),
            "foreign": self.tr(
                "Someone who was never admitted writes into the folder: find out who before admitting anyone."
            ),
        }
        return steps.get(kind, "")

    def _problem_row(self, problem: str) -> QWidget:
        frame = QFrame()
        frame.setObjectName("team_problem")
        frame.setStyleSheet(PROBLEM_STYLE)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(10, 8, 10, 8)
        text = problem[:1].upper() + problem[1:]
        label = _label(text if text.endswith(".") else f"{text}.")
        label.setObjectName("team_problem_text")
        layout.addWidget(label)
        return frame

    def _syncthing_rows(self, view: SyncthingView, now: Any) -> QWidget:
        box = QWidget()
        box.setObjectName("team_syncthing")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._heading(self.tr("Syncthing on this computer")))
        if view.folder_id is None:
            carries = self.tr("Does not carry this folder: another tool or a USB stick moves its files.")
        elif view.need_items:
            carries = self.tr("Carries this folder: %n files still to come.", "", view.need_items)
        else:
            carries = self.tr("Carries this folder: up to date here.")
        sharing_it = [peer for peer in view.peers if peer.shares_folder]
        if view.folder_id is not None and not sharing_it:
            carries += " " + self.tr("No other computer has it yet: share it with the team's in Syncthing.")
        state = _label(carries)
        muted(state)
        layout.addWidget(state)
        for peer in sharing_it:
            name = peer.name or peer.device_id[:7]
            if peer.connected:
                line = self.tr("{name}: connected").format(name=name)
                if peer.completion is not None:
                    line = self.tr("{name}: connected, holds {percent} % of the folder").format(
                        name=name, percent=int(peer.completion)
                    )
            elif peer.last_seen is not None:
                line = self.tr("{name}: not connected, last seen {age}").format(
                    name=name, age=ago(peer.last_seen.isoformat(), now)
                )
            else:
                line = self.tr("{name}: never connected").format(name=name)
            layout.addWidget(_label(line))
        for pending in view.pending_devices:
            line = self.tr("{name} asks Syncthing to connect: accept it in Syncthing").format(
                name=pending.name or pending.device_id[:7]
            )
            layout.addWidget(_label(line))
        for error in view.errors:
            layout.addWidget(self._problem_row(error))
        return box

    # Admitting

    def admit(self, laptop: LaptopStatus) -> AdmitDialog:
        """Open the comparison of ``laptop``'s fingerprint; admitting goes through the room's guard."""
        from crisisroom.gui.sharing.admit_dialog import AdmitDialog

        return open_dialog(
            AdmitDialog(laptop.person, laptop.laptop, laptop.fingerprint, self.window()), accepted=self._admit
        )

    def _admit(self, dialog: AdmitDialog) -> None:
        from crisisroom.services import sharing

        context = self.context
        with self.watcher.exclusive():  # admitting syncs: not beside the watcher's own sync
            admitted = context.run(
                lambda: sharing.admit(context.database, dialog.fingerprint, author=context.author()),
                title=self.tr("The laptop was not admitted"),
                parent=self.window(),
            )
        if admitted is not None and self.status_bar is not None:
            self.status_bar.showMessage(
                self.tr("Admitted {person}'s laptop {laptop} to the team.").format(
                    person=admitted.person, laptop=admitted.laptop
                ),
                8000,
            )


class TeamDock(QDockWidget):
    """The dock the team panel lives in (right of the incident's page); closing it is remembered.

    Signals:
        closed_by_person(): the person closed it (the window keeps it closed until asked for again).
    """

    closed_by_person = Signal()

    def __init__(self, panel: TeamPanel, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TeamPanel", "Team"), parent)
        self.setObjectName("team_dock")
        self.panel = panel
        self.setWidget(panel)
        self.setAllowedAreas(Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.setMinimumWidth(290)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isVisible() and self.window().isVisible():
            self.closed_by_person.emit()
        super().closeEvent(event)
