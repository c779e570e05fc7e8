"""The mentions chart draws exactly the hourly counts, in local time, with thresholds and firings (no Qt)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from matplotlib.collections import LineCollection
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import StepPatch

from crisisroom.charts.mentions import (
    EMPTY_RANGE_TEXT,
    EMPTY_TEXT,
    GID_FIRINGS,
    GID_NEGATIVE,
    GID_THRESHOLD_PREFIX,
    GID_TOTAL,
    HourlyChart,
    LocalTimeFormatter,
    LocalTimeLocator,
    draw_hourly,
)
from crisisroom.charts.ranges import view_range
from crisisroom.domain.mentions import HourCount
from crisisroom.domain.rules import DEFAULT_RULES, Firing, Rule

STOCKHOLM = ZoneInfo("Europe/Stockholm")
HOUR = timedelta(hours=1)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def count(hour: str, total: int, negative: int) -> HourCount:
    return HourCount(f"{hour}:00:00Z", total, negative)


def firing(rule_id: str, fired_at: str) -> Firing:
    return Firing(rule_id, fired_at, 12, fired_at[:13] + ":00:00Z", fired_at[:13] + ":00:00Z", None)


def patch_values(chart: HourlyChart, gid: str) -> tuple[list[int], list[float]]:
    """What the Figure itself holds for an area artist: values per hour and the hour edges."""
    assert chart.axes is not None
    (patch,) = [p for p in chart.axes.patches if p.get_gid() == gid]
    assert isinstance(patch, StepPatch) and patch.get_visible()
    data = patch.get_data()
    return [int(v) for v in data.values], [float(e) for e in data.edges]


def texts(chart: HourlyChart) -> list[str]:
    assert chart.axes is not None
    return [t.get_text() for t in chart.axes.texts]


COUNTS = [
    count("2026-11-21T10", 7, 2),
    count("2026-11-21T11", 30, 18),
    count("2026-11-21T14", 4, 0),  # 12:00 and 13:00 had no mentions
    count("2026-11-21T15", 1, 1),
]


def test_the_drawn_data_equal_the_counts_with_empty_hours_as_zero() -> None:
    chart = draw_hourly(None, COUNTS, zone=UTC)
    assert [h.strftime("%H") for h in chart.hours] == ["10", "11", "12", "13", "14", "15"]
    assert chart.negative == (2, 18, 0, 0, 0, 1)
    assert chart.other == (5, 12, 0, 0, 4, 0)
    assert chart.totals == (7, 30, 0, 0, 4, 1)
    # The Figure holds the same: the negative area in front, all mentions behind it.
    negative, edges = patch_values(chart, GID_NEGATIVE)
    total, total_edges = patch_values(chart, GID_TOTAL)
    assert negative == [2, 18, 0, 0, 0, 1] and total == [7, 30, 0, 0, 4, 1]
    expected_edges = [float(date2num(at("2026-11-21T10:00") + HOUR * i)) for i in range(7)]
    assert edges == pytest.approx(expected_edges, abs=1e-9) and total_edges == edges
    assert chart.axes is not None
    assert chart.axes.patches.index(chart.axes.patches[0]) == 0 and chart.axes.patches[0].get_gid() == GID_TOTAL
    assert chart.message == ""


def test_counts_of_the_same_hour_add_up_and_other_is_never_negative() -> None:
    chart = draw_hourly(None, [count("2026-11-21T10", 3, 1), count("2026-11-21T10", 2, 2)], zone=UTC)
    assert chart.negative == (3,) and chart.other == (2,)
    bad = draw_hourly(None, [count("2026-11-21T10", 1, 4)], zone=UTC)
    assert bad.other == (0,)


def test_the_range_cuts_and_fills_to_whole_hours() -> None:
    chart = draw_hourly(None, COUNTS, zone=UTC, start=at("2026-11-21T11:30"), end=at("2026-11-21T14:10"))
    assert chart.hours[0] == at("2026-11-21T11:00") and chart.edges[-1] == at("2026-11-21T15:00")
    assert chart.negative == (18, 0, 0, 0) and chart.totals == (30, 0, 0, 4)
    wider = draw_hourly(None, COUNTS, zone=UTC, start=at("2026-11-21T08:00"), end=at("2026-11-21T18:00"))
    assert wider.totals == (0, 0, 7, 30, 0, 0, 4, 1, 0, 0)
    assert patch_values(wider, GID_TOTAL)[0] == list(wider.totals)


def test_a_range_must_be_aware_and_forward() -> None:
    with pytest.raises(ValueError, match="not after"):
        draw_hourly(None, COUNTS, zone=UTC, start=at("2026-11-21T12:00"), end=at("2026-11-21T11:00"))
    with pytest.raises(ValueError, match="naive"):
        draw_hourly(None, COUNTS, zone=UTC, start=datetime(2026, 11, 21, 12))


def test_local_time_edges_across_the_autumn_dst_change() -> None:
    # Stockholm goes from CEST (+2) to CET (+1) at 01:00 UTC on 25 October 2026: 02:00 happens twice.
    counts = [count(f"2026-10-24T{h}", h_total, 1) for h, h_total in (("22", 3), ("23", 4))]
    counts += [count(f"2026-10-25T0{h}", 5 + h, 2) for h in range(4)]
    chart = draw_hourly(None, counts, zone=STOCKHOLM)
    assert len(chart.hours) == 6 and chart.totals == (3, 4, 5, 6, 7, 8)  # six real hours, none lost or doubled
    local = [f"{e:%H:%M %Z}" for e in chart.local_edges()]
    assert local == ["00:00 CEST", "01:00 CEST", "02:00 CEST", "02:00 CET", "03:00 CET", "04:00 CET", "05:00 CET"]
    # The hour labels say which 02:00 is meant; ordinary hours stay short.
    assert chart.hour_label(0) == "Sun 25 Oct 00:00–01:00"
    assert chart.hour_label(1) == "Sun 25 Oct 01:00 CEST–02:00 CEST"
    assert chart.hour_label(2) == "Sun 25 Oct 02:00 CEST–02:00 CET"
    assert chart.hour_label(3) == "Sun 25 Oct 02:00 CET–03:00 CET"
    assert chart.hour_label(4) == "Sun 25 Oct 03:00–04:00"
    # The hours are evenly spaced on the axis (real time), and the edges are the stored UTC hours.
    _, edges = patch_values(chart, GID_TOTAL)
    assert np.diff(edges) == pytest.approx([1 / 24] * 6)
    assert chart.edges[0] == at("2026-10-24T22:00")


def test_the_spring_dst_change_skips_an_hour_on_the_clock() -> None:
    chart = draw_hourly(None, [count("2026-03-29T00", 2, 1), count("2026-03-29T01", 3, 1)], zone=STOCKHOLM)
    assert chart.hour_label(0) == "Sun 29 Mar 01:00 CET–03:00 CEST"
    assert chart.hour_label(1) == "Sun 29 Mar 03:00–04:00"


def test_ticks_fall_on_local_hours_and_name_the_day() -> None:
    counts = [count(f"2026-10-24T{h:02d}", 2, 1) for h in range(12, 24)] + [
        count(f"2026-10-25T{h:02d}", 2, 1) for h in range(12)
    ]
    chart = draw_hourly(Figure(figsize=(11, 2.6), dpi=100), counts, zone=STOCKHOLM)
    assert chart.axes is not None
    chart.figure.canvas.draw()  # ticks are placed at draw time, from the axes' width
    locator = chart.axes.xaxis.get_major_locator()
    assert isinstance(locator, LocalTimeLocator)
    labels = [t.get_text() for t in chart.axes.get_xticklabels()]
    ticks = [
        datetime.fromtimestamp((x - date2num(at("1970-01-01T00:00"))) * 86400, UTC) for x in chart.axes.get_xticks()
    ]
    local = [t.astimezone(STOCKHOLM) for t in ticks]
    # Every few local hours on the clock, so across the change two ticks are an hour further apart.
    step = local[1].hour - local[0].hour
    assert step >= 1 and all(t.minute == 0 and t.hour % step == 0 for t in local)
    gaps = {round((b - a) / HOUR) for a, b in pairwise(ticks)}
    assert gaps == {step, step + 1}
    assert "00:00\nSun 25 Oct" in labels
    assert all(len(label) == 5 for label in labels if "\n" not in label)  # '03:00', '06:00'…
    # Zoomed out to weeks, the labels are dates.
    month = draw_hourly(None, counts, zone=STOCKHOLM, start=at("2026-10-01T00:00"), end=at("2026-11-01T00:00"))
    assert month.axes is not None
    month.figure.canvas.draw()
    assert all(
        label.get_text()[:3] in {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}
        for label in month.axes.get_xticklabels()
    )


def test_the_first_tick_names_the_day_when_no_midnight_is_in_view() -> None:
    formatter = LocalTimeFormatter(STOCKHOLM)
    values = [float(date2num(at("2026-11-21T09:00") + HOUR * 3 * i)) for i in range(3)]
    assert formatter.format_ticks(values) == ["10:00\nSat 21 Nov", "13:00", "16:00"]


def threshold_lines(chart: HourlyChart) -> dict[str, float]:
    assert chart.axes is not None
    lines = [line for line in chart.axes.lines if (line.get_gid() or "").startswith(GID_THRESHOLD_PREFIX)]
    assert all(isinstance(line, Line2D) and line.get_linestyle() == "--" for line in lines)
    return {line.get_gid().removeprefix(GID_THRESHOLD_PREFIX): float(line.get_ydata()[0]) for line in lines}


def test_threshold_lines_for_the_enabled_clock_hour_rules() -> None:
    chart = draw_hourly(None, COUNTS, zone=UTC, rules=DEFAULT_RULES)
    # assign (> 5 an hour) and activate (> 10 for 3 hours); surge counts any 60 minutes, not clock hours.
    assert threshold_lines(chart) == {"assign": 5.0, "activate": 10.0}
    assert [(t.rule_id, t.value) for t in chart.thresholds] == [("assign", 5), ("activate", 10)]
    labels = " ".join(texts(chart))
    assert "Assign to PR > 5" in labels and "Activate the crisis plan > 10 for 3 h" in labels
    assert chart.axes is not None and chart.axes.get_ylim()[1] > 10  # the lines are in view

    custom = (Rule("calm", "Calm", more_than=20), Rule("off", "Switched off", more_than=2, enabled=False))
    chart = draw_hourly(None, COUNTS, zone=UTC, rules=custom)
    assert threshold_lines(chart) == {"calm": 20.0}
    assert "Switched off" not in " ".join(texts(chart))


def test_firings_are_marked_at_their_times_and_only_inside_the_range() -> None:
    firings = [
        firing("assign", "2026-11-21T11:12:30.000Z"),
        firing("surge", "2026-11-21T11:40:00.000Z"),
        firing("activate", "2026-11-19T08:00:00.000Z"),  # before the hours shown
    ]
    chart = draw_hourly(None, COUNTS, zone=STOCKHOLM, rules=DEFAULT_RULES, firings=firings)
    assert [(m.rule_id, m.fired_at) for m in chart.firings] == [
        ("assign", at("2026-11-21T11:12:30")),
        ("surge", at("2026-11-21T11:40")),
    ]
    assert chart.axes is not None
    (marks,) = [c for c in chart.axes.collections if c.get_gid() == GID_FIRINGS]
    assert isinstance(marks, LineCollection)
    xs = [float(segment[0][0]) for segment in marks.get_segments()]
    assert xs == pytest.approx([date2num(at("2026-11-21T11:12:30")), date2num(at("2026-11-21T11:40"))], abs=1e-9)
    # Labelled with the rule's name; the hover tells the local time (12:12 in Stockholm), and so
    # does the label of an image that stands alone.
    assert "Assign to PR" in texts(chart) and "Surge on a channel" in texts(chart)
    assert chart.describe_hour(1).splitlines()[1:] == [
        "Assign to PR fired at 12:12",
        "Surge on a channel fired at 12:40",
    ]
    exported = draw_hourly(None, COUNTS, zone=STOCKHOLM, rules=DEFAULT_RULES, firings=firings, legend=True)
    assert "Assign to PR 12:12" in texts(exported) and "Surge on a channel 12:40" in texts(exported)


def test_no_mentions_yet_is_a_calm_sentence() -> None:
    chart = draw_hourly(None, [], zone=UTC, rules=DEFAULT_RULES)
    assert chart.message == EMPTY_TEXT and chart.hours == ()
    assert EMPTY_TEXT in texts(chart)
    assert chart.axes is not None and not any(p.get_visible() for p in chart.axes.patches)
    assert chart.summary() == "No mentions yet."
    chart.figure.canvas.draw()  # draws without an error


def test_hours_without_mentions_in_range_are_zeros_with_a_note() -> None:
    chart = draw_hourly(None, COUNTS, zone=UTC, start=at("2026-11-22T00:00"), end=at("2026-11-22T06:00"))
    assert chart.totals == (0,) * 6 and chart.message == EMPTY_RANGE_TEXT
    assert EMPTY_RANGE_TEXT in texts(chart)


def test_a_redraw_reuses_the_figure_and_leaves_nothing_behind() -> None:
    figure = Figure()
    first = draw_hourly(
        figure, COUNTS, zone=UTC, rules=DEFAULT_RULES, firings=[firing("assign", "2026-11-21T11:12:00.000Z")]
    )
    second = draw_hourly(figure, COUNTS[:2], zone=UTC, rules=DEFAULT_RULES[:1])
    assert second.figure is figure and second.axes is first.axes and len(figure.axes) == 1
    assert patch_values(second, GID_NEGATIVE)[0] == [2, 18]
    assert threshold_lines(second) == {"assign": 5.0}
    assert second.axes is not None and not [c for c in second.axes.collections if c.get_gid() == GID_FIRINGS]
    # From empty back to data: the areas show again.
    draw_hourly(figure, [], zone=UTC)
    third = draw_hourly(figure, COUNTS, zone=UTC)
    assert patch_values(third, GID_TOTAL)[0] == [7, 30, 0, 0, 4, 1] and EMPTY_TEXT not in texts(third)


def test_a_figure_drawn_by_someone_else_is_cleared_first() -> None:
    figure = Figure()
    figure.add_subplot().plot([1, 2, 3])
    chart = draw_hourly(figure, COUNTS, zone=UTC)
    assert figure.axes == [chart.axes]


def test_hover_text_and_summary() -> None:
    chart = draw_hourly(
        None, COUNTS, zone=STOCKHOLM, rules=DEFAULT_RULES, firings=[firing("assign", "2026-11-21T11:12:00.000Z")]
    )
    middle_of_11 = float(date2num(at("2026-11-21T11:30")))
    assert chart.index_at(middle_of_11) == 1
    assert chart.describe_hour(1) == "Sat 21 Nov 12:00–13:00 · 30 mentions, 18 negative\nAssign to PR fired at 12:12"
    assert chart.describe_hour(5) == "Sat 21 Nov 16:00–17:00 · 1 mention, 1 negative"
    assert chart.index_at(float(date2num(at("2026-11-21T09:59")))) is None
    assert chart.index_at(float(date2num(at("2026-11-21T16:00")))) is None
    assert chart.summary() == (
        "Last hour shown, Sat 21 Nov 16:00–17:00: 1 mention, 1 negative. "
        "Most negative hour: Sat 21 Nov 12:00–13:00, 18 negative. Rules fired: Assign to PR."
    )


def test_the_legend_is_drawn_for_images_that_stand_alone() -> None:
    chart = draw_hourly(None, COUNTS, zone=STOCKHOLM, rules=DEFAULT_RULES, legend=True)
    assert chart.axes is not None
    legend = chart.axes.get_legend()
    assert legend is not None
    assert [t.get_text() for t in legend.get_texts()] == ["Negative", "Other mentions", "Rule threshold"]
    assert "Times in Europe/Stockholm" in texts(chart)
    assert draw_hourly(None, COUNTS, zone=UTC).axes.get_legend() is None  # type: ignore[union-attr]


def test_a_month_of_hours_is_still_three_area_artists() -> None:
    start = at("2026-10-22T00:00")
    counts = [HourCount(f"{start + HOUR * i:%Y-%m-%dT%H}:00:00Z", i % 13 + 1, i % 5) for i in range(720)]
    chart = draw_hourly(None, counts, zone=STOCKHOLM, rules=DEFAULT_RULES)
    assert chart.axes is not None and len(chart.axes.patches) == 3  # other, negative, unscored
    assert list(chart.negative) == [i % 5 for i in range(720)]


def hours_of(counts: Sequence[HourCount]) -> list[str]:
    return [c.hour for c in counts]


def test_the_ranges_end_now_for_a_live_incident_and_at_the_data_for_an_old_one() -> None:
    now = at("2026-11-21T14:37")
    live = [count("2026-11-21T09", 3, 1), count("2026-11-21T11", 2, 0)]
    assert view_range("24h", live, now) == (at("2026-11-20T15:00"), at("2026-11-21T15:00"))
    assert view_range("72h", live, now) == (at("2026-11-18T15:00"), at("2026-11-21T15:00"))
    assert view_range("7d", live, now) == (at("2026-11-14T15:00"), at("2026-11-21T15:00"))
    assert view_range("all", live, now) == (at("2026-11-21T09:00"), at("2026-11-21T15:00"))
    old = [count("2015-02-22T13", 3, 1), count("2015-02-23T20", 40, 30)]
    assert view_range("24h", old, now) == (at("2015-02-22T21:00"), at("2015-02-23T21:00"))
    assert view_range("all", old, now) == (at("2015-02-22T13:00"), at("2015-02-23T21:00"))
    assert view_range("all", [], now) == (None, None)
    assert view_range("24h", [], now) == (at("2026-11-20T15:00"), at("2026-11-21T15:00"))
    with pytest.raises(ValueError, match="unknown chart range"):
        view_range("1y", live, now)
