"""Chart labels never overlap each other, and threshold labels never cover a bar (1280×800 and 200 %)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from itertools import combinations

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.transforms import Bbox

from crisisroom.charts.mentions import draw_hourly
from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.mentions import HourCount
from crisisroom.domain.rules import DEFAULT_RULES, Firing
from crisisroom.services import demo
from crisisroom.storage import incidents, mentions, rules

T0 = datetime(2026, 3, 14, 6, tzinfo=UTC)


def dense_case() -> tuple[list[HourCount], list[Firing]]:
    """Three rules firing within a couple of hours, bars well above the thresholds."""
    counts = [HourCount(f"{T0 + timedelta(hours=h):%Y-%m-%dT%H}:00:00Z", 30 + h % 7, 12 + h % 5) for h in range(24)]

    def stamp(minutes: int) -> str:
        return f"{T0 + timedelta(minutes=minutes):%Y-%m-%dT%H:%M}:00.000Z"

    fired = [
        Firing("assign", stamp(605), 7, stamp(600), stamp(660), 2),
        Firing("surge", stamp(640), 10, stamp(600), stamp(700), 3),
        Firing("activate", stamp(710), 11, stamp(540), stamp(720), 4),
    ]
    return counts, fired


def demo_case(database: object) -> tuple[list[HourCount], list[Firing], str]:
    made = demo.create_demo(database, now=T0 + timedelta(hours=36)).value  # type: ignore[arg-type]
    incident = incidents.get(database, made.incident_id)  # type: ignore[arg-type]
    counts = mentions.hourly(database, made.incident_id)  # type: ignore[arg-type]
    fired = [f.firing for f in rules.firings(database, made.incident_id)]  # type: ignore[arg-type]
    return counts, fired, incident.timezone


def check(counts: list[HourCount], fired: list[Firing], zone: str, width: float, height: float, dpi: float) -> None:
    for legend in (False, True):
        figure = Figure(figsize=(width / dpi, height / dpi), dpi=dpi)
        FigureCanvasAgg(figure)
        chart = draw_hourly(
            figure, counts, zone=zone_from_name(zone), rules=DEFAULT_RULES, firings=fired, legend=legend
        )
        assert chart.axes is not None
        figure.savefig(f"/tmp/clock-chart-test-{int(width)}-{int(dpi)}-{legend}.png")
        renderer = figure.canvas.get_renderer()  # type: ignore[attr-defined]
        texts = [t for t in chart.axes.texts if t.get_text()]
        boxes = {t.get_text(): t.get_window_extent(renderer) for t in texts}
        assert len(boxes) == len(texts)
        for (a, box_a), (b, box_b) in combinations(boxes.items(), 2):
            assert not box_a.overlaps(box_b), f"{a!r} overlaps {b!r} at {width}x{height}, dpi {dpi}"
        # Each hour's bar, as drawn on the canvas.
        to_pixels = chart.axes.transData
        edges = [float(x) for x in _edges(chart)]
        bars = [
            Bbox(to_pixels.transform([(edges[i], 0), (edges[i + 1], chart.negative[i] + chart.other[i])]))
            for i in range(len(chart.hours))
            if chart.negative[i] + chart.other[i]
        ]
        names = {line.label for line in chart.thresholds}
        assert names
        for text in texts:
            if any(name in text.get_text() for name in names):
                box = boxes[text.get_text()]
                hidden = [i for i, bar in enumerate(bars) if box.overlaps(bar)]
                assert not hidden, f"threshold label {text.get_text()!r} covers bars {hidden[:5]}"


def _edges(chart: object) -> list[float]:
    from matplotlib.dates import date2num

    hours = chart.hours  # type: ignore[attr-defined]
    return [float(date2num(h)) for h in hours] + [float(date2num(hours[-1] + timedelta(hours=1)))]


@pytest.mark.parametrize("dpi", [100, 200])
def test_dense_firings_and_thresholds_keep_apart(dpi: float) -> None:
    counts, fired = dense_case()
    # The dashboard's chart at 1280×800 is about 900×190 pixels; at 200 % twice the pixels.
    check(counts, fired, "Europe/Stockholm", 900 * dpi / 100, 190 * dpi / 100, dpi)


@pytest.mark.parametrize("dpi", [100, 200])
def test_the_demo_chart_labels_keep_apart(database: object, dpi: float) -> None:
    counts, fired, zone = demo_case(database)
    check(counts, fired, zone, 900 * dpi / 100, 190 * dpi / 100, dpi)
