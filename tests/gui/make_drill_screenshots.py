"""Draw a drill in progress and its after-action report, and save the pictures under packaging/screenshots.

Run under a real X server (Xvfb): ``xvfb-run -s "-screen 0 1280x800x24" python tests/gui/make_drill_screenshots.py``.
The product-recall scenario is played at 60× by ticking the drill window (no waiting); the team
sets level 4 and reaches one person on the way, so the after-action has met and missed targets.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "packaging" / "screenshots"


def main() -> int:
    home = tempfile.mkdtemp(prefix="crisisroom-drill-shots-")
    os.environ["CRISISROOM_HOME"] = home
    from PySide6.QtWidgets import QApplication

    from crisisroom.domain import clock
    from crisisroom.domain.response_steps import Step
    from crisisroom.gui.app import make_application
    from crisisroom.gui.drill.window import DrillWindow
    from crisisroom.gui.main_window import MainWindow
    from crisisroom.services import notify as notify_service
    from crisisroom.storage import incidents, team
    from crisisroom.storage.database import open_database

    # The system clock moves with the drill's ticks, as it would if the team took those seconds.
    real = {"now": clock.now_utc()}
    clock.now_utc = lambda: real["now"]

    def tick(seconds: float) -> None:
        real["now"] += timedelta(seconds=seconds)
        drill.tick(seconds)

    app = make_application()
    database = open_database(Path(home) / "drill.sqlite")
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    drill = window.open_drill_window()
    assert isinstance(drill, DrillWindow)
    drill.scenario_combo.setCurrentIndex(drill.scenario_combo.findData("product-recall"))
    drill.speed_combo.setCurrentIndex(drill.speed_combo.findData(60))
    drill.start()
    drill.timer.stop()

    def settle() -> None:
        for _ in range(5):
            app.processEvents()

    tick(44)  # +00:44: the recall e-mail has arrived
    incidents.set_level(database, drill.incident_id, 4, author="Omar Haddad", reason="Safety recall")
    people = team.list_people(database)
    if people:
        person = people[0]
        notify_service.record_notification(database, drill.incident_id, person.id, person.name, "phone", author="Omar")
    tick(30)  # +01:14: the injury posts are in, the rules have fired
    window.reload_incidents(select_id=drill.incident_id)
    settle()
    window.chart.redraw() if hasattr(window.chart, "redraw") else None
    settle()
    OUT.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(OUT / "drill-main-window.png"))
    drill.resize(1040, 700)
    settle()
    drill.grab().save(str(OUT / "drill-facilitator.png"))

    tick(16)
    drill.end_drill(confirm=False)
    dialog = drill.open_after_action()
    assert dialog is not None
    dialog.resize(1000, 760)
    settle()
    dialog.grab().save(str(OUT / "drill-after-action.png"))
    wizard = window.open_wizard(Step.NOTIFY)
    if wizard is not None:
        wizard.close()
    for name in ("drill-main-window.png", "drill-facilitator.png", "drill-after-action.png"):
        print(OUT / name)
    window.close()
    QApplication.processEvents()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
