"""The window's watch on the shared folders: the others' new entries come in within seconds, without a restart.

A :class:`QFileSystemWatcher` on each shared folder and on each laptop's subfolder in it (paths are
added as subfolders appear) starts a sync a moment after a file lands; a timer every few seconds
does the same for folders that do not signal (network shares, some USB sticks, a watch limit
reached). A sync (``services.sharing.sync``) writes this laptop's new entries and takes the
others', and is announced on the room's ``changed`` signal like any change, so every panel redraws
from its flags. A new entry written here is written to the folder a moment later too.

A sync of a normal segment takes milliseconds (about 1 ms when nothing is new, 10 to 50 ms to take
a segment of 1 to 100 entries), but a laptop that has just been admitted takes the whole incident
at once (1.5 s for 2,000 entries, measured), so every sync runs on a worker thread, on a connection
of its own under the window's lock (``Database.sibling``), and what it changed is announced on the
GUI thread. One sync runs at a time: the window's own use cases that sync (start, join, admit) hold
:meth:`ShareWatcher.exclusive` while they run. It never shows a message box: what goes wrong (a
folder not there, the keychain locked) is kept in :attr:`ShareWatcher.problems` for the team panel
and the status bar.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from crisisroom.domain.clock import now_utc
from crisisroom.domain.errors import UserError
from crisisroom.gui import workers
from crisisroom.gui.context import RoomContext
from crisisroom.services.changes import Changes, Done

if TYPE_CHECKING:
    from crisisroom.services.sharing import SyncReport

POLL_MS = 3000  # the fallback for folders that do not signal: "within seconds"
SETTLE_MS = 250  # after a signal: a syncing tool writes a file, then renames it, then the next one


class ShareWatcher(QObject):
    """Syncs the shared folders when they change, every few seconds, and soon after an entry is written here.

    Signals:
        synced(object, bool): every sync's ``SyncReport``, and whether the folders' listing changed
            (a laptop asked to join, a file arrived) so that the team panel reads them again.
        arrived(int): entries were taken from the other laptops (how many).
        admitted(str): this laptop was admitted to the team of an incident (its id): it is here now.
        problems_changed(list): what keeps sharing from working now, in plain lines ([] once fixed).
    """

    synced = Signal(object, bool)
    arrived = Signal(int)
    admitted = Signal(str)
    problems_changed = Signal(list)

    def __init__(self, context: RoomContext, parent: QObject | None = None, *, poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("share_watcher")
        self.context = context
        self.database = context.database
        self.problems: list[str] = []
        self.last_sync: datetime | None = None  # when the folders were last looked at
        self.last_duration_ms = 0.0
        self._folders: list[Path] = []
        self._listing: tuple[str, ...] = ()
        self._busy = False  # announcing what a sync changed (which asks for no other sync)
        self._running = False  # a sync runs on a worker thread
        self._again = False  # asked for while one ran: another one after it
        self._lock = threading.Lock()  # one sync at a time, the worker's or the window's own
        self._stopped = False
        self._files = QFileSystemWatcher(self)
        self._files.directoryChanged.connect(lambda _path: self.sync_soon())
        self._soon = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._soon.timeout.connect(self.sync_now)
        self._poll = QTimer(self, interval=poll_ms)
        self._poll.timeout.connect(self.sync_now)
        context.changed.connect(self._changed)
        QTimer.singleShot(0, self.start)  # after the window shows: nothing of this delays start-up

    # What is watched

    @property
    def watching(self) -> list[str]:
        """The folders the file-system watch is on now."""
        return self._files.directories()

    def start(self) -> None:
        """Read which folders this laptop shares through, watch them, and sync once now."""
        if self._stopped:
            return
        self._read_folders()
        if self._folders:
            self.sync_now()

    def stop(self) -> None:
        """The window closes: nothing more touches the database."""
        self._stopped = True
        self._poll.stop()
        self._soon.stop()
        watched = self._files.directories()
        if watched:
            self._files.removePaths(watched)

    def _read_folders(self) -> None:
        from crisisroom.storage import sharing as shares_store  # read only; loaded once something is shared

        try:
            self._folders = [Path(share.folder) for share in shares_store.shares(self.database)]
        except UserError:
            self._folders = []
        if self._folders and not self._poll.isActive():
            self._poll.start()
        elif not self._folders:
            self._poll.stop()
        self._watch()

    def _watch(self) -> bool:
        """Watch each shared folder and its laptops' subfolders (new ones as they appear); whether the
        listing changed since last time."""
        wanted: list[str] = []
        listing: list[str] = []
        for folder in self._folders:
            try:
                children = sorted(os.scandir(folder), key=lambda item: item.name)
            except OSError:
                continue
            wanted.append(str(folder))
            for child in children:
                listing.append(f"{folder}/{child.name}")
                if not child.is_dir() or child.name.startswith("."):
                    continue
                wanted.append(child.path)
                try:
                    listing.extend(f"{child.path}/{name}" for name in sorted(os.listdir(child.path)))
                except OSError:
                    continue
        watched = set(self._files.directories())
        gone = [path for path in watched if path not in wanted]
        if gone:
            self._files.removePaths(gone)
        new = [path for path in wanted if path not in watched]
        if new:
            self._files.addPaths(new)  # a path the system cannot watch is left to the timer
        changed = tuple(listing) != self._listing
        self._listing = tuple(listing)
        return changed

    # Syncing

    def sync_soon(self) -> None:
        if not self._stopped and self._folders:
            self._soon.start()

    def sync_now(self) -> None:
        """Write this laptop's new entries and take the others' now, on a worker thread; the outcome comes
        on :attr:`synced` (and :attr:`arrived`, :attr:`admitted`, :attr:`problems_changed`)."""
        if self._stopped or not self._folders or self.database.moved is not None:
            return
        if self._running:
            self._again = True
            return
        from crisisroom.services import sharing  # loaded once something is shared

        self._running = True
        database, lock = self.database, self._lock

        def job() -> tuple[Done[SyncReport], float]:
            started = time.perf_counter()
            worker = database.sibling()  # a connection of the worker's own, under the window's lock
            try:
                with lock:
                    return sharing.sync(worker), (time.perf_counter() - started) * 1000
            finally:
                worker.close()

        workers.run_in_background(job, self._finished, self._failed)

    @contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold off the worker's sync while a use case of the window syncs itself (start, join, admit)."""
        with self._lock:
            yield

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Wait until no sync runs (for the window's closing and for tests); whether none does."""
        deadline = time.monotonic() + timeout_ms / 1000
        while self._running and time.monotonic() < deadline:
            workers.wait_for_all(50)
            from PySide6.QtCore import QCoreApplication

            QCoreApplication.processEvents()
        return not self._running

    def _finished(self, result: tuple[Done[SyncReport], float]) -> None:
        self._running = False
        done, self.last_duration_ms = result
        if self._stopped:
            return
        self.last_sync = now_utc()
        report = done.value
        if done.changes != Changes.NONE:
            self._busy = True  # what this sync announces does not ask for another sync
            try:
                self.context.publish(done)
            finally:
                self._busy = False
        listing_changed = self._watch()
        self._set_problems(list(report.problems))
        if report.taken:
            self.arrived.emit(report.taken)
        for incident_id in report.admitted_now:
            self.admitted.emit(incident_id)
        self.synced.emit(report, listing_changed)
        if self._again:
            self._again = False
            self.sync_soon()

    def _failed(self, exc: Exception) -> None:
        self._running = False
        if self._stopped:
            return

        def again() -> None:
            raise exc

        try:
            # The room's guard: a file changed underneath goes to the window (said once); anything
            # that is not a problem the person can act on is raised, never swallowed.
            self.context.call(again, passes=(UserError,))
        except UserError as problem:
            self._set_problems([str(problem)])  # to the team panel and the status bar, not a message box
        if self._again:
            self._again = False
            self.sync_soon()

    def _set_problems(self, problems: list[str]) -> None:
        if problems != self.problems:
            self.problems = problems
            self.problems_changed.emit(problems)

    def _changed(self, done: Done[Any]) -> None:
        if self._busy or self._stopped:
            return
        if done.changes & Changes.SHARING:  # an incident shared or joined here: watch its folder too
            self._read_folders()
        if done.changes & Changes.LOG and self._folders:
            self.sync_soon()  # this laptop's new entry goes to the folder a moment later
