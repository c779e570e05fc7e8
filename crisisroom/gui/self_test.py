"""The checks ``--self-test`` adds to its JSON once the window is drawn, and its watchdog.

The core's checks (:mod:`crisisroom.services.self_checks`: keyring, VADER, templates, scenarios) plus the
one only Qt can answer: whether Qt's own catalogues for our languages are where ``i18n`` looks.

The :class:`Watchdog` makes sure a self-test never hangs: a step that never finishes ends the
process with exit code 1 and a line on stderr naming that step.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLibraryInfo, QObject, QTimer, Signal

from crisisroom.i18n import languages
from crisisroom.services import self_checks


def qt_translations() -> list[str]:
    """The languages besides English for which Qt's ``qtbase_<lang>.qm`` is installed, sorted."""
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    return sorted(
        code for code in languages.SUPPORTED if code != languages.DEFAULT and (folder / f"qtbase_{code}.qm").is_file()
    )


def checks() -> tuple[dict[str, Any], bool]:
    """The results by JSON key, and whether the installation is whole.

    Qt's catalogues are only reported: without them the app works, with English standard buttons.
    """
    results, whole = self_checks.run_all()
    results["qt_translations"] = qt_translations()
    return results, whole


# Seconds a whole self-test may take (CRISISROOM_SELF_TEST_TIMEOUT overrides); it normally takes one or two.
DEFAULT_TIMEOUT_S = 60.0
# When the event loop itself is stuck the watchdog's QTimer cannot fire: a thread ends the process this
# many seconds later (or the time-out again, when that is shorter).
LAST_RESORT_DELAY_S = 5.0
# The steps, by key, as the message names them.
STEPS = {
    "database": "opening the database",
    "window": "building the window",
    "start": "starting the event loop",
    "log-check": "checking the log",
    "chart": "drawing the mentions chart",
    "draw": "drawing the window",
    "install-checks": "checking the installation",
    "closing": "closing the window",
}


def timeout_from_environment() -> float:
    """CRISISROOM_SELF_TEST_TIMEOUT in seconds when it is a positive number, else the default."""
    try:
        seconds = float(os.environ.get("CRISISROOM_SELF_TEST_TIMEOUT", ""))
    except ValueError:
        return DEFAULT_TIMEOUT_S
    return seconds if seconds > 0 else DEFAULT_TIMEOUT_S


class Watchdog(QObject):
    """Ends a self-test that does not finish in time, naming the step it was waiting for.

    What it does is marked with :meth:`at`; what it awaits from a worker or a timer, with :meth:`wait_for`
    and :meth:`done`. On time-out, :attr:`expired` lets the
    caller close the window and leave the event loop (exit code 1); if the event loop is stuck and
    that cannot happen, a thread calls ``os._exit(1)`` as the last resort. Either way one line on
    stderr names the unfinished step(s).

    A test hook: ``CRISISROOM_SELF_TEST_STALL=<step key>`` makes that step never finish (``draw``
    blocks the event loop, to reach the last resort).
    """

    expired = Signal(str)  # what never finished

    def __init__(self, timeout_s: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timeout_s = timeout_from_environment() if timeout_s is None else timeout_s
        self._current = "starting"
        self._waiting: dict[str, None] = {}  # in the order they began
        self._lock = threading.Lock()
        self._reported = False
        self._timer = QTimer(self, singleShot=True, interval=max(1, round(self.timeout_s * 1000)))
        self._timer.timeout.connect(self._expire)
        self._timer.start()
        self._thread = threading.Timer(self.timeout_s + min(LAST_RESORT_DELAY_S, self.timeout_s), self._last_resort)
        self._thread.daemon = True
        self._thread.start()

    def at(self, step: str) -> None:
        """The self-test is now doing ``step`` (one at a time, on the GUI thread)."""
        self._current = step
        if step == "draw" and self.stalled(step):
            while True:  # the test hook: a GUI thread that never comes back
                time.sleep(0.05)

    def wait_for(self, step: str) -> None:
        """The self-test waits for ``step``, done elsewhere (a worker, a timer), until :meth:`done`."""
        self._waiting[step] = None

    def done(self, step: str) -> bool:
        """``step`` has finished; False (and still awaited) when the test hook holds it back."""
        if self.stalled(step):
            return False
        self._waiting.pop(step, None)
        return True

    def waiting(self) -> list[str]:
        return list(self._waiting)

    @staticmethod
    def stalled(step: str) -> bool:
        return os.environ.get("CRISISROOM_SELF_TEST_STALL") == step

    def unfinished(self) -> str:
        """What the self-test is stuck on, as the message names it: what it waits for, else what it does."""
        steps = self.waiting() or [self._current]
        return " and ".join(f"'{STEPS.get(step, step)}'" for step in steps)

    def stop(self) -> None:
        """The self-test is over (or being wound up): nothing more to watch."""
        self._timer.stop()
        self._thread.cancel()

    def _report(self) -> str:
        what = self.unfinished()
        with self._lock:
            first, self._reported = not self._reported, True
        if first:
            print(
                f"crisisroom: self-test timed out after {self.timeout_s:g} s: {what} never finished",
                file=sys.stderr,
                flush=True,
            )
        return what

    def _expire(self) -> None:
        self.expired.emit(self._report())

    def _last_resort(self) -> None:
        self._report()
        os._exit(1)
