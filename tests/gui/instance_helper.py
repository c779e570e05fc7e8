"""A stand-in for the first Crisis Room window, for tests/gui/test_single_instance.py.

``python instance_helper.py DB_PATH``: listens as the window on DB_PATH would, prints ``listening``,
then ``raised`` (and whether the window was brought forward) each time a later launch asks it to
come forward. Exits after 60 seconds so a failed test cannot leave it behind.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from crisisroom.gui import single_instance


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Crisis Room (test stand-in)")
    window.showMinimized()
    server = single_instance.InstanceServer(window)

    def raised() -> None:
        single_instance.bring_forward(window)
        print(f"raised minimized={window.isMinimized()} visible={window.isVisible()}", flush=True)

    server.activation_requested.connect(raised)
    if not server.listen(single_instance.server_name(Path(sys.argv[1]))):
        print("could not listen", flush=True)
        return 2
    print("listening", flush=True)
    QTimer.singleShot(60_000, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
