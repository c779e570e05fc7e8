"""The mentions chart widget as a person uses it: ranges, hover, export; and it loads matplotlib late."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from matplotlib.backend_bases import MouseEvent
from matplotlib.dates import date2num
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QToolTip
from pytestqt.qtbot import QtBot

from crisisroom.charts.mentions import GID_NEGATIVE, GID_TOTAL
from crisisroom.domain.mentions import HourCount
from crisisroom.domain.rules import DEFAULT_RULES, Firing
from crisisroom.gui import prompts
from crisisroom.gui.widgets.mentions_chart import CHART_NAME, MentionsChart

STOCKHOLM = ZoneInfo("Europe/Stockholm")
NOW = datetime(2026, 11, 21, 14, 37, tzinfo=UTC)
HOUR = timedelta(hours=1)
FIRST = datetime(2026, 11, 18, 15, tzinfo=UTC)  # three days before the current hour


def make_counts() -> list[HourCount]:
    """Three days of hours up to the current one; every fifth hour had no mentions."""
    counts = []
    for i in range(72):
        if i % 5 == 3:
            continue
        hour = FIRST + HOUR * i
        spike = 30 if i == 50 else 0
        counts.append(HourCount(f"{hour:%Y-%m-%dT%H}:00:00Z", 10 + i % 7 + spike, i % 4 + spike))
    return counts


COUNTS = make_counts()
FIRINGS = [Firing("assign", "2026-11-20T17:09:00.000Z", 31, "2026-11-20T17:00:00Z", "2026-11-20T17:00:00Z", 2)]


@pytest.fixture
def chart(qtbot: QtBot) -> Iterator[MentionsChart]:
    widget = MentionsChart(clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.resize(1100, 300)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.canvas is not None)  # the empty chart is drawn once shown
    yield widget


def drawn(widget: MentionsChart, gid: str) -> list[int]:
    """The values of an area artist as the Figure holds them."""
    assert widget.chart is not None and widget.chart.axes is not None
    (patch,) = [p for p in widget.chart.axes.patches if p.get_gid() == gid]
    return [int(v) for v in patch.get_data().values]


def expected(start: datetime, hours: int) -> tuple[list[int], list[int]]:
    by_hour = {c.hour: c for c in COUNTS}
    keys = [f"{start + HOUR * i:%Y-%m-%dT%H}:00:00Z" for i in range(hours)]
    return (
        [by_hour[k].total if k in by_hour else 0 for k in keys],
        [by_hour[k].negative if k in by_hour else 0 for k in keys],
    )


def test_set_data_draws_the_counts(qtbot: QtBot, chart: MentionsChart) -> None:
    assert chart.chart is not None and chart.chart.message == "No mentions yet"
    with qtbot.waitSignal(chart.redrawn, timeout=2000):
        chart.set_data(COUNTS, zone=STOCKHOLM, rules=DEFAULT_RULES, firings=FIRINGS)
    # 24 h by default: the last 24 hours up to and including the current one.
    assert chart.current_range() == "24h" and chart.range_buttons["24h"].isChecked()
    start = datetime(2026, 11, 20, 15, tzinfo=UTC)
    totals, negatives = expected(start, 24)
    assert chart.chart is not None and chart.chart.hours[0] == start and len(chart.chart.hours) == 24
    assert drawn(chart, GID_TOTAL) == totals and drawn(chart, GID_NEGATIVE) == negatives
    assert list(chart.chart.totals) == totals
    assert [f.rule_id for f in chart.chart.firings] == ["assign"]
    assert "Times in Europe/Stockholm" in chart.zone_label.text()
    assert "Threshold" in chart.legend_label.text() and "Rule fired" in chart.legend_label.text()
    assert chart.last_redraw_ms is not None and chart.last_redraw_ms > 0


def test_range_buttons_change_what_is_drawn(qtbot: QtBot, chart: MentionsChart) -> None:
    chart.set_data(COUNTS, zone=STOCKHOLM, rules=DEFAULT_RULES)
    lengths = {}
    for key, hours_expected in (("72h", 72), ("7d", 168), ("all", 72), ("24h", 24)):
        with qtbot.waitSignal(chart.range_changed, timeout=2000) as signal:
            qtbot.mouseClick(chart.range_buttons[key], Qt.MouseButton.LeftButton)
        assert signal.args == [key] and chart.current_range() == key
        assert chart.range_buttons[key].isChecked()
        assert chart.chart is not None
        lengths[key] = len(chart.chart.hours)
        assert lengths[key] == hours_expected
        start = chart.chart.hours[0]
        assert drawn(chart, GID_TOTAL) == expected(start, hours_expected)[0]
    # A week shows the quiet days before the data as zeros; "All" starts at the first hour with data.
    chart.set_range("7d")
    assert chart.chart is not None and chart.chart.totals[:96] == (0,) * 96
    chart.set_range("all")
    assert chart.chart is not None and chart.chart.hours[0] == FIRST
    with pytest.raises(ValueError):
        chart.set_range("year")


def motion_at(chart: MentionsChart, moment: datetime) -> None:
    """Move the pointer over the chart at this time, as matplotlib reports it from Qt."""
    assert chart.chart is not None and chart.chart.axes is not None and chart.canvas is not None
    x, y = chart.chart.axes.transData.transform((float(date2num(moment)), 1.0))
    chart.canvas.callbacks.process("motion_notify_event", MouseEvent("motion_notify_event", chart.canvas, x, y))


# Showing a tooltip raises its window, which the offscreen platform cannot do and says so.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_hover_shows_the_hours_counts(qtbot: QtBot, chart: MentionsChart) -> None:
    chart.set_data(COUNTS, zone=STOCKHOLM, rules=DEFAULT_RULES, firings=FIRINGS)
    hour = datetime(2026, 11, 20, 17, tzinfo=UTC)  # 18:00 in Stockholm; i == 50, the busy hour
    motion_at(chart, hour + timedelta(minutes=20))
    text = "Fri 20 Nov 18:00–19:00 · 41 mentions, 32 negative\nAssign to PR fired at 18:09"
    assert chart.hover_text == text
    qtbot.waitUntil(lambda: QToolTip.isVisible())
    assert QToolTip.text() == text
    motion_at(chart, datetime(2026, 11, 21, 6, 59, tzinfo=UTC))  # i == 63
    assert chart.hover_text == "Sat 21 Nov 07:00–08:00 · 0 mentions, 0 negative"  # a quiet hour, filled in
    # Off the axes, the tooltip goes.
    assert chart.canvas is not None
    chart.canvas.callbacks.process("motion_notify_event", MouseEvent("motion_notify_event", chart.canvas, 1, 1))
    assert chart.hover_text == ""


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_export_writes_a_valid_image(qtbot: QtBot, chart: MentionsChart, tmp_path: Path, suffix: str) -> None:
    chart.set_data(COUNTS, zone=STOCKHOLM, rules=DEFAULT_RULES, firings=FIRINGS)
    target = tmp_path / f"chart{suffix}"
    prompts.set_next_answer(target)
    qtbot.mouseClick(chart.export_button, Qt.MouseButton.LeftButton)
    assert prompts.shown[-1][0] == "Export chart"
    data = target.read_bytes()
    if suffix == ".png":
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        image = QImage(str(target))
        assert not image.isNull() and image.width() >= 1200 and image.height() >= 300
        colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
        assert QColor("#c0392b").rgb() in colours  # the negative bars are in it
    else:
        text = data.decode("utf-8")
        assert text.startswith("<?xml") and "<svg" in text and text.rstrip().endswith("</svg>")
        assert "#c0392b" in text


def test_export_adds_png_to_a_bare_name_and_refuses_other_types(
    qtbot: QtBot, chart: MentionsChart, tmp_path: Path
) -> None:
    chart.set_data(COUNTS, zone=STOCKHOLM)
    prompts.set_next_answer(tmp_path / "chart")
    assert chart.export() == tmp_path / "chart.png"
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"
    prompts.set_next_answer(tmp_path / "chart.pdf")
    prompts.set_next_answer(None)  # acknowledges the error message
    assert chart.export() is None
    assert prompts.shown[-1][0] == "Cannot export the chart" and ".png or .svg" in prompts.shown[-1][1]
    assert not (tmp_path / "chart.pdf").exists()
    prompts.set_next_answer(None)  # the user cancels the file dialog
    assert chart.export() is None


def test_accessible_name_and_description(qtbot: QtBot, chart: MentionsChart) -> None:
    chart.set_data(COUNTS, zone=STOCKHOLM, rules=DEFAULT_RULES, firings=FIRINGS)
    assert chart.canvas is not None and chart.canvas.accessibleName() == CHART_NAME
    description = chart.canvas.accessibleDescription()
    # The last hour shown is the current one (15:00 in Stockholm), not yet complete.
    assert description.startswith("Last hour shown, Sat 21 Nov 15:00–16:00: 11 mentions, 3 negative.")
    assert "Rules fired: Assign to PR." in description


def test_hidden_widget_draws_when_shown(qtbot: QtBot) -> None:
    widget = MentionsChart(clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.set_data(COUNTS, zone=STOCKHOLM)
    assert widget.canvas is None and widget.chart is None  # nothing drawn while hidden
    with qtbot.waitSignal(widget.redrawn, timeout=5000):
        widget.show()
    assert widget.chart is not None and len(widget.chart.hours) == 24


def test_a_dark_palette_gives_a_dark_chart(qtbot: QtBot, chart: MentionsChart) -> None:
    chart.set_data(COUNTS, zone=STOCKHOLM)
    palette = chart.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor("#202326"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8e8e8"))
    with qtbot.waitSignal(chart.redrawn, timeout=2000):
        chart.setPalette(palette)
    assert chart.figure is not None and QColor.fromRgbF(*chart.figure.get_facecolor()).name() == "#202326"


@pytest.mark.slow
def test_importing_and_building_the_widget_does_not_load_matplotlib() -> None:
    script = textwrap.dedent(
        """
        import sys
        from datetime import UTC
        from PySide6.QtWidgets import QApplication
        from crisisroom.gui.widgets.mentions_chart import MentionsChart
        assert "matplotlib" not in sys.modules, "loaded by the import"
        app = QApplication([])
        widget = MentionsChart()
        widget.set_data([], zone=UTC)
        assert "matplotlib" not in sys.modules, "loaded before the widget was shown"
        widget.show()
        assert "matplotlib" not in sys.modules, "loaded before the window could paint"
        for _ in range(50):
            app.processEvents()
            if widget.canvas is not None:
                break
        assert "matplotlib" in sys.modules and widget.canvas is not None, "never drawn"
        print("ok")
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
