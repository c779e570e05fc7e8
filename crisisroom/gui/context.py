"""What the window's parts share: the database, who is writing, the incident on screen, and one signal for every change.

Every change the window makes goes through a use case of :mod:`crisisroom.services`, which returns a
:class:`~crisisroom.services.changes.Done`. :meth:`RoomContext.run` is the one guard around such a
call: a :class:`~crisisroom.domain.errors.UserError` becomes a message box (as every window here
shows one, :mod:`crisisroom.gui.prompts`) and nothing else happens; a success is announced on
:attr:`RoomContext.changed` with the Done, and each part of the window redraws what it shows when a
:class:`~crisisroom.services.changes.Changes` flag it shows is set, for the incident it shows (as
Anki's OpChanges). Nothing is cleared on a failure: what the person typed stays where it was.

The file changing underneath (:class:`~crisisroom.storage.errors.GroundMovedError`) is not a
message of its own: :attr:`RoomContext.stopped` hands it to the main window, which stops writing and
says so once (``MainWindow.stop_writing``). A dialog used without the window says it as any other
problem.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QMetaMethod, QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from crisisroom.domain.errors import UserError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Incident
from crisisroom.gui import prompts
from crisisroom.services.changes import Changes, Done
from crisisroom.storage.database import Database
from crisisroom.storage.errors import GroundMovedError
from crisisroom.system.user import default_author

T = TypeVar("T")
CONTEXT_NAME = "room_context"  # the object name a window's context is found by (RoomContext.of)


class RoomContext(QObject):
    """The database, the author, the incident on screen; :meth:`run` and the one :attr:`changed` signal.

    Args:
        database: the open database every part reads and the use cases write.
        author: who is writing (the window's author field, or a name or a function giving one); an
            empty one is this computer's user.
    """

    changed = Signal(object)  # the services.changes.Done of every change made in the room
    stopped = Signal(str)  # the file changed underneath: why (the main window stops writing)

    def __init__(
        self, database: Database, *, author: str | Callable[[], str] = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(CONTEXT_NAME)
        self.database = database
        self._author = author
        self.incident: Incident | None = None  # the incident on screen, as last read
        self.clock = IncidentClock()  # its clock (its zone; a played drill's drill clock)
        self.last_kept = False  # whether the last call that met a stop reached the file

    @classmethod
    def of(cls, widget: QObject | None, database: Database, *, author: str | Callable[[], str] = "") -> RoomContext:
        """The context of the window ``widget`` belongs to; a dialog used on its own gets one of its own."""
        holder = widget
        while holder is not None:
            found = holder.findChild(RoomContext, CONTEXT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
            if found is not None and found.database is database:
                return found
            holder = holder.parent()
        return cls(database, author=author, parent=widget)

    # What the room holds

    def author(self) -> str:
        """Who is writing: what the author field says, else this computer's user."""
        typed = self._author() if callable(self._author) else self._author
        return typed.strip() or default_author()

    def set_author(self, author: str | Callable[[], str]) -> None:
        self._author = author

    @property
    def incident_id(self) -> str | None:
        return self.incident.id if self.incident is not None else None

    def shows(self, done: Done[Any]) -> bool:
        """Whether ``done`` concerns the incident on screen (a change of the organisation concerns them all)."""
        return self.incident is not None and done.incident_id in (None, self.incident.id)

    # Changes

    def run(
        self,
        call: Callable[[], Done[T]],
        *,
        title: str | None = None,
        parent: QWidget | None = None,
        passes: tuple[type[UserError], ...] = (),
    ) -> T | None:
        """Run a use case: its value, with :attr:`changed` emitted once with its Done; None when it failed.

        A problem the person can act on is shown as a message box titled ``title`` (over ``parent``)
        and nothing else happens. ``passes``: problems the caller shows in place itself (raised on).
        """
        done = self._guarded(call, title, parent, passes)
        if done is None:
            return None
        self.changed.emit(done)
        return done.value

    def call(
        self,
        call: Callable[[], T],
        *,
        title: str | None = None,
        parent: QWidget | None = None,
        passes: tuple[type[UserError], ...] = (),
    ) -> T | None:
        """The same guard for a service call that changes nothing in the room (a report saved to a file,
        a roster read): its value, or None when it failed; :attr:`changed` is not emitted."""
        return self._guarded(call, title, parent, passes)

    def publish(self, done: Done[Any]) -> None:
        """Announce a change made where :meth:`run` could not wrap it (a worker thread's import, a
        wizard page that shows its problems in place)."""
        self.changed.emit(done)

    def tell(self, changes: Changes, incident_id: str | None) -> None:
        """Announce ``changes`` to ``incident_id`` (None: the organisation's, every incident's)."""
        self.publish(Done(None, changes, incident_id))

    def _guarded(
        self,
        call: Callable[[], T],
        title: str | None,
        parent: QWidget | None,
        passes: tuple[type[UserError], ...],
    ) -> T | None:
        self.last_kept = False
        shown_over = parent if parent is not None else self._widget()
        try:
            return call()
        except GroundMovedError as exc:
            self.last_kept = exc.kept
            if self.isSignalConnected(QMetaMethod.fromSignal(self.stopped)):
                self.stopped.emit(str(exc))  # the window stops writing and says so, once
            else:
                prompts.error(shown_over, title or self.tr("Nothing was saved"), str(exc))
            return None
        except UserError as exc:
            if passes and isinstance(exc, passes):
                raise
            prompts.error(shown_over, title or self.tr("Nothing was saved"), str(exc))
            return None

    def _widget(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None
