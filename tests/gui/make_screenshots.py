"""Draw the main window with a realistic incident and save the pictures used by the README.

Run under a real X server (Xvfb): ``xvfb-run -s "-screen 0 1280x800x24" python tests/gui/make_screenshots.py``;
``--dark`` for the dark colour scheme, ``--scale 2`` for 200% (on a ``-screen 0 2560x1600x24``).
The log is written with a simulated clock so the entries are spread over a morning, as in a real
incident; everything else is the real app.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

OUT = Path(__file__).resolve().parents[2] / "packaging" / "screenshots"

ENTRIES = [
    (
        0,
        "fact",
        "Omar Haddad",
        "Video of a driver throwing parcels over a fence: 1.2 M views on TikTok, shared by two large accounts.",
    ),
    (4, "decision", "Omar Haddad", "Treat as level 3 until we know whether it is one driver or a pattern."),
    (6, "action", "Sofia Berg", "Paused the scheduled 'Black Week' posts on all channels."),
    (9, "note", "Maya Lind", "Support reports 140 related tickets this morning, mostly about damaged goods."),
    (
        12,
        "action",
        "Sofia Berg",
        "Holding statement posted on X, Instagram and Facebook: we have seen the video and are looking into it.",
    ),
    (19, "fact", "Jonas Ek", "Depot confirms the driver works for a subcontractor in Malmö; vehicle identified."),
    (23, "decision", "Omar Haddad", "Spokesperson for press: Lena Ström (Head of Communications)."),
    (31, "note", "Maya Lind", "Journalist from Sydsvenskan asked for comment; promised an answer within the hour."),
    (
        33,
        "action",
        "Jonas Ek",
        "Customer support has a reply template for damaged-parcel claims, refunds without questions.",
    ),
]


def _mentions(db: object, incident_id: str) -> None:
    """A day and a half of posts about the brand, turning negative this morning."""
    import random

    from crisisroom.domain.clock import to_iso
    from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
    from crisisroom.storage import mentions, rules

    rnd = random.Random(7)
    now = datetime.now(UTC).replace(minute=0, second=0, microsecond=0)
    sample = []
    for hours_ago in range(36, -1, -1):
        busy = hours_ago <= 6
        for n in range((30 - 3 * hours_ago if busy else 6) + rnd.randrange(5)):
            negative = rnd.random() < (0.65 if busy else 0.25)
            posted = now - timedelta(hours=hours_ago) + timedelta(minutes=rnd.randrange(60))
            sample.append(
                Mention(
                    posted_at=to_iso(min(posted, datetime.now(UTC))),
                    text="Parcel thrown over the fence again, unacceptable" if negative else "Order arrived fine",
                    external_id=f"shot-{hours_ago}-{n}",
                    platform=rnd.choice(["X", "Instagram", "TikTok"]),
                    sentiment=Sentiment.NEGATIVE if negative else Sentiment.NEUTRAL,
                    sentiment_source=SentimentSource.EXPORT,
                )
            )
    mentions.import_mentions(
        db,
        incident_id,
        sample,
        source="brandwatch-export.csv",
        file_format="csv",
        preset="Brandwatch",
        author="Sofia Berg",
    )
    rules.evaluate(db, incident_id)


def seed(db_path: Path) -> None:
    from crisisroom.domain.clock import FixedClock, to_iso
    from crisisroom.domain.incidents import Category
    from crisisroom.storage import incidents, log
    from crisisroom.storage.database import open_database

    start = datetime.now(UTC).replace(second=0, microsecond=0) - timedelta(minutes=52)
    clock = FixedClock(start)
    with open_database(db_path, clock=clock) as db:
        incident = incidents.create(
            db,
            "Viral video: parcels thrown over a fence",
            category=Category.REPUTATION,
            author="Omar Haddad",
            detected_at=to_iso(start - timedelta(minutes=14)),
            timezone="Europe/Stockholm",
        )
        wrong = None
        for minutes, kind, author, text in ENTRIES:
            clock.set(start + timedelta(minutes=minutes, seconds=17))
            if minutes == 4:
                incidents.set_level(
                    db, incident.id, 3, author=author, reason="Wide reach, no injuries, one driver so far"
                )
            entry = log.append(db, incident.id, text, kind=kind, author=author)
            if minutes == 19:
                wrong = entry
        assert wrong is not None
        _mentions(db, incident.id)
        clock.set(start + timedelta(minutes=37, seconds=40))
        log.correct(
            db,
            wrong.id,
            "Depot confirms the driver works for a subcontractor in Lund (not Malmö); vehicle identified.",
            author="Jonas Ek",
        )


# A dark palette for platforms whose theme does not switch on request (Xvfb without a desktop).
DARK_PALETTE = {
    "Window": "#2b2d30",
    "WindowText": "#e6e6e6",
    "Base": "#1e1f22",
    "AlternateBase": "#26282b",
    "Text": "#e6e6e6",
    "Button": "#3a3d41",
    "ButtonText": "#e6e6e6",
    "BrightText": "#ffffff",
    "PlaceholderText": "#9a9ea4",
    "ToolTipBase": "#3a3d41",
    "ToolTipText": "#e6e6e6",
    "Highlight": "#3d7bd9",
    "HighlightedText": "#ffffff",
    "Link": "#8ab4f8",
}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description="Draw the README screenshots into packaging/screenshots/.")
    parser.add_argument("--dark", action="store_true", help="dark colour scheme: main-window-dark.png, wizard-dark.png")
    parser.add_argument("--scale", type=int, choices=(1, 2), default=1, help="2: main-window-200.png at 200%%")
    parser.add_argument(
        "--lang",
        choices=("en", "sv", "fr"),
        default="en",
        help="interface language: main-window-sv.png, wizard-sv.png",
    )
    return parser.parse_args(argv)


def suffix(args: argparse.Namespace) -> str:
    """``""``, ``"-dark"``, ``"-200"``, ``"-sv"``: what the file names of this run end with."""
    language = f"-{args.lang}" if args.lang != "en" else ""
    return language + ("-dark" if args.dark else "") + ("-200" if args.scale == 2 else "")


def use_dark(app: object) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QGuiApplication, QPalette

    app.setStyle("Fusion")
    QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
    if app.palette().color(QPalette.ColorRole.Window).lightness() >= 128:
        palette = QPalette()
        for role, colour in DARK_PALETTE.items():
            palette.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
        app.setPalette(palette)


def build_scene(db: object, app: object) -> object:
    """The main window on the demo incident, mid-sentence in the entry line, a row selected."""
    from crisisroom.gui import workers
    from crisisroom.gui.main_window import MainWindow

    window = MainWindow(db)
    window.resize(1280, 800)
    window.show()
    window.verify_log()
    workers.wait_for_all()
    for _ in range(20):
        app.processEvents()
    window.author_edit.setText("Maya Lind")
    window.entry_edit.setText("Lena approved the statement for press; sending it now")
    window.log_view.selectRow(1)
    app.processEvents()
    return window


def save(widget: object, name: str, app: object) -> Path:
    """Draw ``widget`` into packaging/screenshots/NAME (at the screen's device pixel ratio)."""
    for _ in range(10):
        app.processEvents()
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not save {path}")
    print(path, file=sys.stderr)
    return path


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    home = Path(tempfile.mkdtemp(prefix="crisisroom-shots-"))
    os.environ["CRISISROOM_HOME"] = str(home)
    os.environ["CRISISROOM_AUTHOR"] = "Maya Lind"
    os.environ.setdefault("TZ", "Europe/Stockholm")
    if args.scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)  # read when the application starts
    os.environ["CRISISROOM_LANG"] = args.lang  # read by make_application()
    db_path = home / "demo.sqlite"
    seed(db_path)
    from PySide6.QtWidgets import QApplication

    from crisisroom.gui.app import make_application
    from crisisroom.storage.database import open_database

    app = make_application()
    if args.dark:
        use_dark(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with open_database(db_path) as db:
        window = build_scene(db, app)
        save(window, f"main-window{suffix(args)}.png", app)
        if args.dark or args.lang != "en":
            wizard = window.open_wizard()
            wizard.resize(900, 680)
            save(wizard, f"wizard{suffix(args)}.png", app)
            wizard.close()
        window.close()
    QApplication.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
