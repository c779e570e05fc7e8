"""Starting the window: the QApplication, the database, and ``--self-test``."""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from crisisroom import __version__
from crisisroom.domain.errors import UserError
from crisisroom.gui import focus_ring, i18n, prompts, single_instance, workers
from crisisroom.gui.main_window import MainWindow
from crisisroom.storage.database import open_database
from crisisroom.system import paths

DESKTOP_ID = "org.crisisroom.CrisisRoom"


def make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Crisis Room")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Crisis Room")
    app.setDesktopFileName(DESKTOP_ID)
    app.setWindowIcon(QIcon(":/icons/crisisroom.svg"))
    focus_ring.install(app)  # flat tool buttons show keyboard focus under Fusion too
    # Before any window exists: Qt does not retranslate widgets that are already built.
    i18n.install(app)
    return app


def run(
    db_path: Path | None, *, self_test: bool = False, screenshot: Path | None = None, check_install: bool = False
) -> int:
    """Open the main window; returns the process exit code."""
    started = time.perf_counter()
    headless = sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if self_test and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = make_application()
    watchdog = None
    if self_test:
        from crisisroom.gui.self_test import Watchdog  # loaded only by a self-test

        watchdog = Watchdog()  # a self-test never hangs: a step that never finishes ends it with exit 1
        watchdog.at("database")
    scratch = None
    if self_test and db_path is None:
        scratch = tempfile.TemporaryDirectory(prefix="crisisroom-selftest-")
        db_path = Path(scratch.name) / "self-test.sqlite"
    path = db_path or paths.default_db_path()
    instance_name = None if self_test else single_instance.server_name(path)
    if instance_name is not None and single_instance.hand_off(instance_name):
        return 0  # the window already open on this database came forward
    try:
        database = open_database(path)
        if scratch is not None:
            from crisisroom.services.self_checks import seed_incident  # loaded only by a self-test

            seed_incident(database)
    except UserError as exc:
        prompts.error(None, QCoreApplication.translate("App", "Crisis Room cannot open its database"), str(exc))
        print(f"crisisroom: {exc}", file=sys.stderr)
        return 2
    opened = time.perf_counter()
    if watchdog is not None:
        watchdog.at("window")
    window = MainWindow(database)
    if instance_name is not None:
        # Listening only now, with the database's lock held, so a stale socket is surely stale.
        server = single_instance.InstanceServer(window)
        server.activation_requested.connect(lambda: single_instance.bring_forward(window))
        server.listen(instance_name)
    window.show()
    shown = time.perf_counter()
    result = {"code": 0}
    verified = {"ok": False, "finished": False}

    def step_done(step: str, ok: bool = True) -> None:
        if step == "log-check":
            verified["ok"] = ok
        if watchdog is None or not watchdog.done(step) or watchdog.waiting() or verified["finished"]:
            return
        verified["finished"] = True
        finish_self_test(verified["ok"])

    def give_up(_unfinished: str) -> None:
        """The watchdog's time is up (it has said what never finished): close and exit 1."""
        result["code"] = 1
        window.close()
        app.exit(1)

    def finish_self_test(chain_ok: bool) -> None:
        assert watchdog is not None
        watchdog.at("draw")
        if not chain_ok:
            result["code"] = 1
        app.processEvents()  # lets the freshly made chart canvas take its place in the layout
        window.repaint()  # paints the dashboard synchronously, so the time below includes drawing
        drawn = time.perf_counter()
        if screenshot is not None and not window.grab().save(str(screenshot)):
            print(f"crisisroom: could not save the screenshot to {screenshot}", file=sys.stderr)
            result["code"] = 2
        timings = {
            "open_database_ms": round((opened - started) * 1000, 1),
            "window_shown_ms": round((shown - started) * 1000, 1),
            "dashboard_drawn_ms": round((drawn - started) * 1000, 1),
            "platform": QApplication.platformName(),
            "log_verified": chain_ok,
            "page": "dashboard" if window.incident is not None else "welcome",
        }
        if check_install:
            watchdog.at("install-checks")
            # After the timings above: proves a packaged build is whole (keyring, VADER, package data).
            from crisisroom.gui import self_test

            checks, whole = self_test.checks()
            timings.update(checks)
            if not whole:
                result["code"] = 1
        print(json.dumps(timings), flush=True)
        watchdog.at("closing")
        window.close()
        app.quit()

    if watchdog is not None:
        # The window is drawn once the chain is checked and, when it shows an incident (not the welcome
        # page), the dashboard's chart has drawn its first frame.
        watchdog.wait_for("log-check")
        window.chain_checked.connect(lambda ok: step_done("log-check", ok))
        if window.incident is not None:
            watchdog.wait_for("chart")
            window.chart.redrawn.connect(lambda: step_done("chart"))
        watchdog.expired.connect(give_up)
        watchdog.at("start")
    window.verify_log()
    if not self_test:
        window.auto_backup()
    code = app.exec()
    workers.wait_for_all()
    database.close()
    if scratch is not None:
        scratch.cleanup()
    if watchdog is not None:
        watchdog.stop()  # armed until here: a worker that never ends is a hang too
    return result["code"] if self_test else code
