"""The status bar's checks and the backups: the log's chains walked after every change, the automatic
backup, Back up now, and putting a backup back.

Walks and backups run on worker threads with read connections of their own (connections stay in
their thread); a restore replaces the room's contents through :mod:`crisisroom.services.backups`.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, QObject, QTime, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

from crisisroom.domain.clock import now_utc
from crisisroom.gui import prompts
from crisisroom.gui.context import RoomContext
from crisisroom.gui.style import muted, warning_colour
from crisisroom.gui.workers import run_in_background
from crisisroom.services import backups as backup_service
from crisisroom.services.changes import Done
from crisisroom.storage import backups, evidence
from crisisroom.storage.database import Database, open_database
from crisisroom.system import paths

CARRIED_EVERY_S = 3600  # how often the status bar's walk also checks the imported mentions

T = TypeVar("T")
VERIFY_DELAY_MS = 100


class StatusChecks(QObject):
    """The chain label, the database's path and the stop warning in the status bar, and the backups.

    Signals:
        checked(bool): a walk of the chains ended (whether they verify).
        about_to_restore(): a backup is about to replace the contents: windows on them close first.
    """

    checked = Signal(bool)
    about_to_restore = Signal()

    def __init__(self, context: RoomContext, bar: QStatusBar, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.database = context.database
        self.bar = bar
        self.window = window
        self.chain_label = QLabel(self.tr("Checking the log…"))
        self.chain_label.setObjectName("chain_label")
        self.db_label = QLabel(str(self.database.path))
        self.db_label.setToolTip(self.tr("The database file this window writes to"))
        self.db_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        muted(self.db_label)
        # Shown only when the file changed under the window and it stopped writing (MainWindow.stop_writing).
        self.stopped_label = QLabel()
        self.stopped_label.setObjectName("stopped_label")
        self.stopped_label.setStyleSheet(f"color: {warning_colour(window.palette()).name()}; font-weight: bold;")
        self.stopped_label.hide()
        bar.addPermanentWidget(self.stopped_label)
        bar.addPermanentWidget(self.chain_label)
        bar.addPermanentWidget(self.db_label, 1)
        self.backup_timer = QTimer(self, interval=int(backups.AUTO_INTERVAL.total_seconds() * 1000))
        self.backup_timer.timeout.connect(self.auto_backup)
        self.backup_timer.start()
        # The chain is re-checked right after the log changes (a burst of changes, once), so the status
        # bar never goes stale; one check runs at a time, and a change during it asks for another.
        self.verify_timer = QTimer(self, singleShot=True, interval=VERIFY_DELAY_MS)
        self.verify_timer.timeout.connect(self.verify_log)
        self.verifying = False
        self._carried_checked: float | None = None  # when the mention digests were last checked (monotonic)
        self._carried_broken = False  # and whether they were found changed then
        self._verify_again = False
        context.changed.connect(self._changed)

    def _changed(self, done: Done[Any]) -> None:
        if done.changes:  # every change is written in the log with its entry
            self.schedule_verify()

    def show_stopped(self, reason: str) -> None:
        self.stopped_label.setText(self.tr("⚠ Stopped writing: close this window and open the file again"))
        self.stopped_label.setToolTip(reason)
        self.stopped_label.show()

    def _read_in_background(
        self, job: Callable[[Database], T], on_done: Callable[[T], None], on_error: Callable[[Exception], None]
    ) -> None:
        """Run ``job`` on a worker thread with its own read connection (connections stay in their thread)."""
        path = self.database.path

        def run() -> T:
            with open_database(path, write=False) as reader:
                return job(reader)

        run_in_background(run, on_done, on_error)

    # The chains

    def schedule_verify(self) -> None:
        """Re-check the chains shortly (changes in one go are checked once); until then the label says so."""
        self.chain_label.setText(self.tr("Checking the log…"))
        self.chain_label.setStyleSheet("")  # not a warning while it checks
        self.chain_label.setToolTip("")
        self.verify_timer.start()

    def verify_log(self) -> None:
        """Walk every chain off the GUI thread, counting the incident on screen; the status bar shows the outcome.

        One walk at a time: asked again while one runs, the next starts when it ends and the first one's
        (perhaps stale) outcome is not shown.
        """
        self.verify_timer.stop()
        self.chain_label.setText(self.tr("Checking the log…"))
        self.chain_label.setStyleSheet("")  # not a warning while it checks
        self.chain_label.setToolTip("")
        if self.verifying:
            self._verify_again = True
            return
        self.verifying = True
        incident_id = self.context.incident_id
        # The imported mentions' digests (a second per million rows) are checked at the first walk
        # and then hourly, not after every change; `crisisroom verify` always checks them.
        # Once they were found changed, every walk checks them again, so the warning stays until they are right.
        carried = (
            self._carried_broken
            or self._carried_checked is None
            or time.monotonic() - self._carried_checked > CARRIED_EVERY_S
        )
        if carried:
            self._carried_checked = time.monotonic()

        def walk(reader: Database) -> evidence.Evidence:
            found = evidence.examine(reader, incident_id=incident_id, carried=carried)
            if carried:
                self._carried_broken = any(f.code == "carried-rows" for f in found.breaks)
            return found

        self._read_in_background(walk, self._show_chain, self._chain_failed)

    def _chain_outdated(self) -> bool:
        """After a walk: whether a newer one is wanted (the log or the incident on screen changed meanwhile)."""
        self.verifying = False
        if not (self._verify_again or self.verify_timer.isActive()):
            return False
        self._verify_again = False
        if self.window.isVisible():  # a closed window touches the database no more
            self.verify_log()
        return True

    def _show_chain(self, result: evidence.Evidence) -> None:
        if result.incident_id != self.context.incident_id:
            self._verify_again = True
        if self._chain_outdated():
            return
        # On the shown incident's clock, like every other time in the window; the welcome page has none.
        when = (
            self.context.clock.text(now_utc(), date=False)
            if self.context.incident is not None
            else QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        )
        warning = f"color: {warning_colour(self.window.palette()).name()}; font-weight: bold;"
        signer = self.database.signer
        if result.breaks:
            problem = result.breaks[0].line
            self.chain_label.setText(self.tr("⚠ Log does NOT verify: {problem}").format(problem=problem))
            self.chain_label.setStyleSheet(warning)
        elif signer is not None and signer.problem:
            # Short enough for the status bar; why, in the keychain's own words, leads the tooltip.
            self.chain_label.setText(self.tr("⚠ New entries are not signed: unlock the keychain to resume"))
            self.chain_label.setStyleSheet(warning)
        else:
            if result.incident_entries is None:
                text = self.tr(
                    "✓ Log verified: %n entries in this file, all chains intact ({time})", "", result.entries
                )
            else:
                text = self.tr(
                    "✓ Log verified: %n entries of this incident, all chains intact ({time})",
                    "",
                    result.incident_entries,
                )
            self.chain_label.setText(text.format(time=when))
            self.chain_label.setStyleSheet("")
        tip = self.tr(
            "Checked at {time}: all %n entries in this database file: each device's hash chain from its first "
            "entry to its last, its signature, and this computer's record of the log's heads.",
            "",
            result.entries,
        ).format(time=when)
        if not result.breaks and signer is not None and signer.problem:
            tip = (
                self.tr("New log entries are written but not signed: {problem}.").format(problem=signer.problem)
                + "\n\n"
                + tip
            )
        heads = "\n".join(head.fingerprint for head in result.heads)
        if heads:
            tip += "\n\n" + self.tr("Log head (for crisisroom verify --head):") + "\n" + heads
        # The findings' lines come from the core, in English, like the command line's.
        lines = [f.line for f in result.breaks[1:]] + [f.line for f in result.notes]
        if lines:
            tip += "\n\n" + "\n".join(f"• {line}" for line in lines)
        self.chain_label.setToolTip(tip)
        # The check's outcome must never be the text that gets cut off; the path can be.
        self.chain_label.setMinimumWidth(self.chain_label.sizeHint().width())
        self.checked.emit(not result.breaks)

    def _chain_failed(self, exc: Exception) -> None:
        if self._chain_outdated():
            return
        self.chain_label.setText(self.tr("⚠ The log could not be checked: {reason}").format(reason=exc))
        self.checked.emit(False)

    # Backups

    def auto_backup(self) -> None:
        self._read_in_background(backups.auto_backup, lambda made: None, self._backup_failed)

    def backup_now(self) -> None:
        target = prompts.save_path(
            self.window,
            self.tr("Back up the crisis log"),
            paths.backup_dir(self.database.path) / "crisisroom-backup.sqlite",
            self.tr("Crisis Room database (*.sqlite)"),
        )
        if target is None:
            return
        self.bar.showMessage(self.tr("Backing up…"))
        self._read_in_background(
            lambda reader: backups.backup_to(reader, target),
            lambda made: self.bar.showMessage(self.tr("Backup saved to {path}").format(path=made), 8000),
            self._backup_failed,
        )

    def _backup_failed(self, exc: Exception) -> None:
        prompts.error(self.window, self.tr("Backup failed"), str(exc))

    def restore_from_backup(self) -> None:
        source = prompts.open_path(
            self.window,
            self.tr("Restore from a backup"),
            paths.backup_dir(self.database.path),
            self.tr("Crisis Room database (*.sqlite)"),
        )
        if source is not None:
            self.restore_from(source)

    def restore_from(self, source: Path) -> bool:
        """Ask, then replace the database's contents with a backup (checked first; the current contents are kept).

        Returns whether it was restored; a file that is not a good backup is refused with the reason.
        """
        if not prompts.confirm(
            self.window,
            self.tr("Restore from backup"),
            self.tr(
                "Replace everything in this crisis log with the contents of {0}?\n\n"
                "What is in the log now is saved as a backup first, so this can be undone."
            ).format(source.name),
            self.tr("Restore"),
        ):
            return False
        # Windows on incidents of the contents being replaced close first (a running drill is paused and
        # that is logged in those contents): afterwards they would write into the restored file.
        self.about_to_restore.emit()
        safety = self.context.run(
            lambda: backup_service.restore(self.database, source),
            title=self.tr("The backup was not restored"),
            parent=self.window,
        )
        if safety is None:
            return False
        self.verify_log()
        prompts.information(
            self.window,
            self.tr("Restored"),
            self.tr("Restored from {0}. The previous contents are in {1}.").format(source.name, safety),
        )
        return True
