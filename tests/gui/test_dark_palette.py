"""A switch to a dark palette reaches the custom-painted widgets and the chart, live and readable."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, timedelta

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crisisroom.domain.clock import now_utc, to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import HourCount
from crisisroom.gui.main_window import MainWindow
from crisisroom.storage import incidents
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database

DARK = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1e1f22",
    QPalette.ColorRole.AlternateBase: "#26282b",
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#3a3d41",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.PlaceholderText: "#9a9ea4",
    QPalette.ColorRole.Highlight: "#3d7bd9",
    QPalette.ColorRole.HighlightedText: "#ffffff",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(one: QColor, other: QColor) -> float:
    """The WCAG contrast ratio, 1 to 21."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def mpl_colour(value: object) -> QColor:
    from matplotlib.colors import to_rgba

    return QColor.fromRgbF(*to_rgba(value))


@pytest.fixture
def dark_app(qapp: QApplication) -> Iterator[QApplication]:
    light = qapp.palette()
    yield qapp
    qapp.setPalette(light)


def test_the_window_turns_dark_live(
    qtbot: QtBot, window: MainWindow, database: Database, dark_app: QApplication
) -> None:
    incident = incidents.create(database, "Outage", author="Ana", category=Category.OPERATIONAL, level=4)
    window.reload_incidents(select_id=incident.id)
    hour = now_utc().replace(minute=0, second=0, microsecond=0)
    counts = [HourCount(hour=to_iso(hour - timedelta(hours=n)), total=12, negative=n % 7) for n in range(12)]
    window.chart.set_data(counts, zone=UTC)
    qtbot.waitUntil(lambda: window.chart.figure is not None)
    light_face = mpl_colour(window.chart.figure.get_facecolor())
    assert luminance(light_face) > 0.5  # the test starts from a light window

    with qtbot.waitSignal(window.chart.redrawn, timeout=5000):
        dark_app.setPalette(dark_palette())  # what Qt does when the desktop switches to dark
    window_colour = QColor(DARK[QPalette.ColorRole.Window])
    chart = window.chart.chart
    assert chart is not None
    face = mpl_colour(window.chart.figure.get_facecolor())
    assert face.name() == window_colour.name()
    assert contrast(mpl_colour(chart.axes.get_facecolor()), QColor(DARK[QPalette.ColorRole.WindowText])) >= 7
    for label in chart.axes.get_yticklabels() + chart.axes.get_xticklabels():
        assert contrast(mpl_colour(label.get_color()), face) >= 4.5, label.get_text()

    # The gauge paints its caption in the palette's text colour: light pixels on the dark window.
    gauge = window.header.gauge
    image = gauge.grab().toImage()
    ratio = image.devicePixelRatio()
    caption = QRect(0, int(image.height() * 0.75), image.width(), int(image.height() * 0.25))
    colours = [
        QColor(image.pixel(x, y))
        for x in range(caption.left(), caption.right(), 2)
        for y in range(caption.top(), caption.bottom(), 2)
    ]
    assert ratio >= 1 and max(contrast(c, window_colour) for c in colours) >= 7, "no readable caption text"
    assert min(luminance(c) for c in colours) < 0.05  # and the background under it is the dark window

    # An overdue countdown stays readable on the dark window.
    strip = window.wizard_strip
    strip.show_state(steps_store.load(database, incident.id), [], now_utc() - timedelta(minutes=3), now_utc())
    style = strip.countdown_label.styleSheet()
    assert "color:" in style
    warning = QColor(style.split("color:")[1].split(";")[0].strip())
    assert contrast(warning, window_colour) >= 4.5


def test_coloured_words_in_tables_stay_readable_and_keep_their_hue(qapp: QApplication) -> None:
    from crisisroom.gui.style import readable_on

    base = QColor(DARK[QPalette.ColorRole.Base])
    for hex_colour in ("#1d5fa8", "#1b7a43", "#a8321d", "#8a5a00", "#c0392b"):
        colour = QColor(hex_colour)
        assert readable_on(colour, QApplication.style().standardPalette()) == colour  # light: as designed
        dark = readable_on(colour, dark_palette())
        assert dark is not None and contrast(dark, base) >= 4.5, hex_colour
        assert abs(dark.hslHue() - colour.hslHue()) <= 2, hex_colour
