"""Drives the real Crisis Room window in its own process, for tests/unit/test_processes.py.

``python window_driver.py DB --incident ID``: starts the application as ``crisisroom --db DB`` does
(``crisisroom.gui.app.run``: the hand-off to a window already open, ``open_database``, the window,
its single-instance server, the start-up chain check and automatic backup). Once the window is
shown, its incident open and the start-up checks done, it prints ``READY <crisisroom.__file__>``.
Then it reads commands from stdin, one a line:

* ``entry TEXT``: types TEXT into the quick-entry line (QTest.keyClicks) and presses Enter; once
  the entry shows in the log view, prints ``ACK <n> <entry id>`` (the acknowledgement).
* ``quit``: closes the window the normal way.

``RAISED`` is printed when a later launch asks this window to come forward.

``python window_driver.py DB --second``: a second launch that finds no window to hand off to (the
rare case of two launches in the same instant): it prints ``MESSAGE <text>`` for each message box
the application shows (and closes it), then ``EXIT <code>``.

Every run ends by itself after ``--seconds``, so a failed test cannot leave a window behind.
"""

from __future__ import annotations

import argparse
import queue
import sys
import threading
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

import crisisroom
from crisisroom.gui import app as gui_app
from crisisroom.gui import single_instance, workers
from crisisroom.gui.main_window import MainWindow
from crisisroom.storage import file_guard

POLL_MS = 20


def say(line: str) -> None:
    print(line, flush=True)


def find_window() -> MainWindow | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            return widget
    return None


class Driver:
    """Waits for the window, then turns stdin lines into key presses and acknowledgements."""

    def __init__(self, incident_id: str) -> None:
        self.incident_id = incident_id
        self.window: MainWindow | None = None
        self.commands: queue.Queue[str] = queue.Queue()
        self.ready = False
        self.typed: list[str] = []  # texts typed, not yet seen in the log view
        self.count = 0
        self.added: list[str] = []
        threading.Thread(target=self._read_stdin, daemon=True).start()
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(POLL_MS)

    def _read_stdin(self) -> None:
        for line in sys.stdin:
            self.commands.put(line.rstrip("\n"))
        self.commands.put("quit")

    def _tick(self) -> None:
        if self.window is None:
            self.window = find_window()
            if self.window is None:
                return
            server = self.window.findChild(single_instance.InstanceServer)
            if server is not None:
                server.activation_requested.connect(lambda: say("RAISED"))
            self.window.entry_added.connect(self.added.append)
            self.window.open_incident(self.incident_id)
            return
        window = self.window
        if not self.ready:
            # The start-up chain check and automatic backup have run on their worker threads.
            if window.isVisible() and window.entry_edit.isEnabled() and not workers._running:
                self.ready = True
                say(f"READY {crisisroom.__file__}")
            return
        if self.typed:
            self._acknowledge(window)
            return
        try:
            command = self.commands.get_nowait()
        except queue.Empty:
            return
        if command == "quit":
            self.timer.stop()
            window.close()
            return
        text = command.removeprefix("entry ")
        window.activateWindow()
        window.entry_edit.setFocus()
        QTest.keyClicks(window.entry_edit, text)
        QTest.keyClick(window.entry_edit, Qt.Key.Key_Return)
        self.typed.append(text)

    def _acknowledge(self, window: MainWindow) -> None:
        text = self.typed[0]
        shown = {
            window.log_model.entry(row).id: window.log_model.entry(row).text
            for row in range(min(50, window.log_model.rowCount()))
        }
        for entry_id in self.added:
            if shown.get(entry_id) == text:
                self.typed.pop(0)
                self.added.remove(entry_id)
                self.count += 1
                say(f"ACK {self.count} {entry_id}")
                return


def close_message_boxes() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            say("MESSAGE " + " ".join(f"{widget.text()} {widget.informativeText()}".split()))
            widget.done(0)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("--incident", default="")
    parser.add_argument("--second", action="store_true", help="a launch that finds no window to hand off to")
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()

    file_guard.install_from_environment()
    app = gui_app.make_application()
    QTimer.singleShot(int(args.seconds * 1000), app.quit)
    if args.second:
        single_instance.hand_off = lambda name: False
        boxes = QTimer()
        boxes.timeout.connect(close_message_boxes)
        boxes.start(POLL_MS)
        code = gui_app.run(args.db)
        say(f"EXIT {code}")
        return code
    driver = Driver(args.incident)
    code = gui_app.run(args.db)
    driver.timer.stop()
    return code


if __name__ == "__main__":
    sys.exit(main())
