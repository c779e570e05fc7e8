"""The bare baseline for the ``startup`` benchmark: a PySide6 window with one matplotlib canvas drawn.

``bench.py`` times this script and ``crisisroom --self-test`` from spawn to exit, interleaved,
and reports the ratio. It mirrors what the self-test does (create the application, show the
window, paint it synchronously from the first turn of the event loop, quit) so that the only
difference is what is inside the window: here the cheapest thing the design allows to be
compared with, one matplotlib ``Figure`` (not pyplot) on a ``FigureCanvasQTAgg``.

Prints one JSON line of its own timings, like the self-test does, and exits 0.
"""

from __future__ import annotations

import json
import os
import sys
import time

# Same rule as the self-test: without a display, draw offscreen instead of failing.
if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

STARTED = time.perf_counter()

# Imported after the platform is chosen, and timed: importing matplotlib is part of the cost the
# baseline stands for.
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


def main() -> int:
    """Show the window, draw the canvas once, print timings and exit."""
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Baseline")
    figure = Figure(figsize=(6, 4))
    axes = figure.add_subplot()
    axes.plot(range(24), [(hour * 7) % 11 for hour in range(24)])
    axes.set_xlabel("Hour")
    axes.set_ylabel("Mentions")
    canvas = FigureCanvasQTAgg(figure)
    window.setCentralWidget(canvas)
    # The same size as the main window's default, so both paint the same number of pixels.
    window.resize(1200, 760)
    window.show()
    shown = time.perf_counter()

    def finish() -> None:
        canvas.draw()  # renders the figure with Agg now instead of on some later paint event
        window.repaint()  # paints the window synchronously, as the self-test does
        drawn = time.perf_counter()
        timings = {
            "window_shown_ms": round((shown - STARTED) * 1000, 1),
            "canvas_drawn_ms": round((drawn - STARTED) * 1000, 1),
            "platform": QApplication.platformName(),
        }
        print(json.dumps(timings), flush=True)
        window.close()
        app.quit()

    QTimer.singleShot(0, finish)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
