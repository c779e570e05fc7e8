"""Negative versus other mentions per hour, with the escalation thresholds and the rule firings.

The hours are the stored UTC clock hours; the x axis labels them in the incident's local time.
Only three area artists carry the counts (step patches, as ``Axes.stairs`` draws them: all
mentions behind, the negative ones in front, the unscored ones stacked on the negative ones in a
colour of their own, which reads as a stacked bar per hour), so a redraw
costs about the same for 24 hours as for a month of hours. :func:`draw_hourly` returns what it
drew as an :class:`HourlyChart`, which the tests compare with the input and the GUI uses for the
hover text and the accessible description.
"""

from __future__ import annotations

import bisect
import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

import numpy as np
from matplotlib.artist import Artist
from matplotlib.axes import Axes
from matplotlib.axis import Axis
from matplotlib.collections import LineCollection
from matplotlib.dates import DayLocator, HourLocator, WeekdayLocator, date2num, get_epoch, num2date
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.lines import Line2D
from matplotlib.patches import Patch, StepPatch
from matplotlib.textpath import TextToPath
from matplotlib.ticker import Formatter, Locator, MaxNLocator
from matplotlib.transforms import Bbox

from crisisroom.charts.ranges import HOUR, count_hour, hour_ceil, hour_floor, zone_name
from crisisroom.charts.style import ChartStyle
from crisisroom.domain.date_words import short_day
from crisisroom.domain.mentions import EARLIEST_POSTED, LATEST_POSTED, HourCount, plausible_hours
from crisisroom.domain.rules import Firing, Rule
from crisisroom.domain.text import QT_TRANSLATE_NOOP, translate
from crisisroom.i18n import languages

if TYPE_CHECKING:
    from matplotlib.axes._base import _AxesBase  # what set_axes_locator's callable is given

HOURS_PER_DAY = 24  # matplotlib's date unit is the day
EMPTY_TEXT = QT_TRANSLATE_NOOP("Chart", "No mentions yet")
EMPTY_RANGE_TEXT = QT_TRANSLATE_NOOP("Chart", "No mentions in these hours")
# Artist ids, so tests (and anything else reading the Figure) find the data without guessing.
GID_AXES = "hourly-mentions"
GID_TOTAL = "mentions-total"
GID_NEGATIVE = "mentions-negative"
GID_UNSCORED = "mentions-unscored"
GID_FIRINGS = "rule-firings"
GID_THRESHOLD_PREFIX = "threshold:"


@dataclass(frozen=True)
class ThresholdLine:
    """A dashed line at a clock-hour rule's ``more_than``: hours whose negative bar rises above it breach."""

    rule_id: str
    value: int
    label: str


@dataclass(frozen=True)
class FiringMark:
    """A rule firing drawn on the chart, at ``fired_at`` (UTC)."""

    rule_id: str
    fired_at: datetime
    label: str


@dataclass(frozen=True)
class HourlyChart:
    """What :func:`draw_hourly` drew, hour by hour, in the order of the x axis.

    Attributes:
        figure: the figure drawn into.
        axes: its one axes.
        zone: the zone the x axis is labelled in.
        hours: the UTC start of every hour shown, including empty hours (their counts are 0).
        negative: negative mentions per hour.
        other: neutral, positive and unscored mentions per hour.
        unscored: of ``other``, the mentions no scorer fits (their language, too short), per hour;
            drawn as a segment of their own, never counted as negative.
        thresholds: the threshold lines drawn.
        firings: the firing marks drawn (firings outside the hours shown are left out).
        message: the empty-state text shown in the axes, or ``""``.
    """

    figure: Figure
    axes: Axes
    zone: tzinfo
    hours: tuple[datetime, ...]
    negative: tuple[int, ...]
    other: tuple[int, ...]
    unscored: tuple[int, ...] = ()
    thresholds: tuple[ThresholdLine, ...] = ()
    firings: tuple[FiringMark, ...] = ()
    message: str = ""

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(n + o for n, o in zip(self.negative, self.other, strict=True))

    @property
    def edges(self) -> tuple[datetime, ...]:
        """The UTC hour boundaries: one more than there are hours."""
        return (*self.hours, self.hours[-1] + HOUR) if self.hours else ()

    def local_edges(self) -> list[datetime]:
        """The hour boundaries as the local clock shows them (a DST change repeats or skips one)."""
        return [edge.astimezone(self.zone) for edge in self.edges]

    def index_at(self, x: float) -> int | None:
        """The hour under the x coordinate ``x`` (matplotlib date units), or None outside the hours."""
        if not self.hours or math.isnan(x):
            return None
        index = math.floor((x - float(date2num(self.hours[0]))) * HOURS_PER_DAY)
        return index if 0 <= index < len(self.hours) else None

    def hour_label(self, index: int) -> str:
        """'Sat 21 Nov 14:00–15:00' in local time; with zone abbreviations where the clock is ambiguous."""
        start = self.hours[index].astimezone(self.zone)
        end = (self.hours[index] + HOUR).astimezone(self.zone)
        # Around a DST change the same wall-clock hour happens twice (or an hour is skipped), so
        # the bare times would not say which hour this is; the abbreviations (CEST, CET) do.
        if _ambiguous(start) or _ambiguous(end) or start.utcoffset() != end.utcoffset():
            return f"{_day(start)} {start:%H:%M %Z}–{end:%H:%M %Z}"
        return f"{_day(start)} {start:%H:%M}–{end:%H:%M}"

    def describe_hour(self, index: int) -> str:
        """The hover text: 'Sat 21 Nov 14:00–15:00 · 23 mentions, 12 negative', with ', 4 not scored'
        when some of them could not be scored, and a line per rule that fired in that hour ('Assign to
        PR fired at 14:12')."""
        total = self.negative[index] + self.other[index]
        first = translate("Chart", "{hour} · {mentions}, {negative} negative").format(
            hour=self.hour_label(index), mentions=_mentions(total), negative=self.negative[index]
        )
        unscored = self.unscored[index] if index < len(self.unscored) else 0
        if unscored:
            first += translate("Chart", ", {count} not scored").format(count=unscored)
        lines = [first]
        start, end = self.hours[index], self.hours[index] + HOUR
        lines += [
            translate("Chart", "{rule} fired at {time}").format(
                rule=translate("Rules", mark.label), time=f"{mark.fired_at.astimezone(self.zone):%H:%M}"
            )
            for mark in self.firings
            if start <= mark.fired_at < end
        ]
        return "\n".join(lines)

    def summary(self) -> str:
        """A sentence for screen readers: the last hour shown, the busiest hour, the firings."""
        if not self.hours:
            return f"{translate('Chart', self.message or EMPTY_TEXT)}."
        last = len(self.hours) - 1
        parts = [
            translate("Chart", "Last hour shown, {hour}: {mentions}, {negative} negative.").format(
                hour=self.hour_label(last), mentions=_mentions(self.totals[last]), negative=self.negative[last]
            )
        ]
        peak = max(range(len(self.hours)), key=lambda i: (self.negative[i], i))
        if self.negative[peak] and peak != last:
            parts.append(
                translate("Chart", "Most negative hour: {hour}, {negative} negative.").format(
                    hour=self.hour_label(peak), negative=self.negative[peak]
                )
            )
        if self.firings:
            names = ", ".join(dict.fromkeys(translate("Rules", f.label) for f in self.firings))
            parts.append(translate("Chart", "Rules fired: {names}.").format(names=names))
        return " ".join(parts)


def draw_hourly(
    figure: Figure | None,
    counts: Sequence[HourCount],
    *,
    zone: tzinfo,
    start: datetime | None = None,
    end: datetime | None = None,
    rules: Sequence[Rule] = (),
    firings: Sequence[Firing] = (),
    style: ChartStyle | None = None,
    legend: bool = False,
    zone_label: str | None = None,
) -> HourlyChart:
    """Draw negative and other mentions per hour into ``figure`` or a new Figure.

    A figure this function drew before keeps its axes, tick and area artists, which are updated
    in place: clearing and rebuilding them would take longer than drawing (a redraw must stay
    under 50 ms). Anything else in the figure is cleared.

    Args:
        figure: the figure to reuse (a redraw keeps the canvas), or None for a new one.
        counts: hourly counts in time order, as storage returns them; empty hours may be missing.
        zone: the local zone the times are labelled in.
        start: the first instant to show (rounded down to its hour); default the first hour with data.
        end: the end of the range (exclusive, rounded up to an hour); default after the last hour with data.
        rules: the escalation rules; each enabled clock-hour rule gets a threshold line.
        firings: rule firings; those inside the range are marked at ``fired_at``.
        style: colours and type size.
        legend: add a legend and the zone's name above the axes, for an image that stands alone
            (the GUI shows both as widgets, which costs nothing when redrawing).
        zone_label: how the legend names the clock (``drill clock, UTC``); default the zone's name.

    Returns:
        What was drawn, hour by hour.

    Raises:
        ValueError: when a given ``start`` or ``end`` is naive, or ``end`` is not after ``start``.
    """
    style = style or ChartStyle()
    # A mention dated year 1 or 9999 (stored before imports refused such dates) would stretch the
    # axis over millennia, an hour at a time: such hours are not drawn.
    counts = plausible_hours(counts)
    hours, negative, other, unscored = _bucket(counts, start, end)
    fig = figure if figure is not None else Figure(figsize=(11, 2.6), dpi=100)
    fig.set_facecolor(style.background)
    ax, total_patch, negative_patch, unscored_patch = _prepare_axes(fig, style)
    top_margin = _Margins.TOP_WITH_LEGEND if legend else _Margins.TOP

    if not counts:
        # Nothing imported or entered yet: a calm sentence rather than an empty grid of zeros.
        _empty_state(ax, style, translate("Chart", EMPTY_TEXT), top_margin)
        return HourlyChart(fig, ax, zone, (), (), (), (), message=EMPTY_TEXT)
    if not hours:  # a range wholly outside the years a mention can have
        _empty_state(ax, style, translate("Chart", EMPTY_RANGE_TEXT), top_margin)
        return HourlyChart(fig, ax, zone, (), (), (), (), message=EMPTY_RANGE_TEXT)

    total = negative + other
    x0 = float(date2num(hours[0]))
    edges = x0 + np.arange(len(hours) + 1) / HOURS_PER_DAY
    total_patch.set_data(total, edges, baseline=0)
    negative_patch.set_data(negative, edges, baseline=0)
    # Unscored mentions sit on top of the negative ones: part of the total, never of the negative count.
    # An array baseline is documented (and works); the stubs say float only.
    unscored_patch.set_data(negative + unscored, edges, baseline=negative)  # type: ignore[arg-type]
    for patch in (total_patch, negative_patch):
        patch.set_visible(True)
    unscored_patch.set_visible(bool(unscored.any()))
    ax.set_xlim(edges[0], edges[-1])

    lines = _threshold_lines(rules)
    top = max(int(total.max()), *(line.value for line in lines), 4)
    # Headroom above the tallest bar or line, so the firing labels along the top never cover data.
    ax.set_ylim(0, top * 1.3 + 1)
    ax.xaxis.set_major_locator(LocalTimeLocator(zone))
    ax.xaxis.set_major_formatter(LocalTimeFormatter(zone))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=4, integer=True, min_n_ticks=2))
    label_width = max((_text_width(line.label, style.font_size - 0.5) for line in lines), default=0.0)
    ax.set_axes_locator(
        _Margins(digits=len(str(int(top * 1.3 + 1))), style=style, top=top_margin, right=label_width + 10)
    )

    _draw_separators(ax, total, edges, style)
    # On screen the hover tells a firing's time; an image that stands alone says it in the label.
    # Firings first: their labels may ask for more headroom, which moves the threshold lines down.
    marks = _draw_firings(ax, firings, rules, hours[0], hours[-1] + HOUR, zone, style, with_times=legend, total=total)
    _draw_thresholds(ax, lines, style)
    if legend:
        _legend(ax, style, zone_label or zone_name(zone), bool(lines), bool(marks), unscored=bool(unscored.any()))

    message = ""
    if not total.any():
        message = translate("Chart", EMPTY_RANGE_TEXT)
        ax.text(
            0.5,
            0.5,
            message,
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=style.font_size + 1.5,
            color=style.muted,
        )
    return HourlyChart(
        figure=fig,
        axes=ax,
        zone=zone,
        hours=tuple(hours),
        negative=tuple(negative.tolist()),
        other=tuple(other.tolist()),
        unscored=tuple(unscored.tolist()),
        thresholds=tuple(lines),
        firings=tuple(marks),
        message=message,
    )


# --- the data -------------------------------------------------------------------------------


def _bucket(
    counts: Sequence[HourCount], start: datetime | None, end: datetime | None
) -> tuple[list[datetime], np.ndarray, np.ndarray, np.ndarray]:
    """The hours in range with their negative, other and unscored counts (unscored is part of other);
    hours without mentions get 0."""
    first = hour_floor(start) if start is not None else (count_hour(counts[0]) if counts else None)
    stop = hour_ceil(end) if end is not None else (count_hour(counts[-1]) + HOUR if counts else None)
    if first is None and stop is not None:
        first = stop - 24 * HOUR
    if stop is None and first is not None:
        stop = first + 24 * HOUR
    if first is None or stop is None:
        return [], np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    if stop <= first:
        raise ValueError(f"the chart's end {stop:%Y-%m-%dT%H:%MZ} is not after its start {first:%Y-%m-%dT%H:%MZ}")
    # Never an array per hour since year 1: the hours shown stay within the plausible window.
    first, stop = max(first, EARLIEST_POSTED), min(stop, LATEST_POSTED)
    if stop <= first:
        return [], np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    size = int((stop - first) / HOUR)
    negative = np.zeros(size, dtype=np.int64)
    other = np.zeros(size, dtype=np.int64)
    unscored = np.zeros(size, dtype=np.int64)
    # The stored hour strings sort in time order, so the hours in range are found by bisection:
    # the cost follows the hours shown, not the whole incident.
    low = bisect.bisect_left(counts, f"{first:%Y-%m-%dT%H}:00:00Z", key=lambda c: c.hour)
    high = bisect.bisect_left(counts, f"{stop:%Y-%m-%dT%H}:00:00Z", key=lambda c: c.hour)
    part = counts[low:high]
    if part:
        # numpy parses the hour strings and adds up repeated hours in one pass each.
        stamps = np.array([count.hour[:13] for count in part], dtype="datetime64[h]")
        index = (stamps - np.datetime64(first.replace(tzinfo=None), "h")).astype(np.int64)
        np.add.at(negative, index, [count.negative for count in part])
        np.add.at(other, index, [max(0, count.total - count.negative) for count in part])
        np.add.at(unscored, index, [max(0, min(count.unscored, count.total - count.negative)) for count in part])
    return [first + HOUR * i for i in range(size)], negative, other, unscored


def _threshold_lines(rules: Sequence[Rule]) -> list[ThresholdLine]:
    """One line per enabled clock-hour rule.

    A sliding-window rule counts over any 60 minutes, not per clock hour, so a line on a per-hour
    chart would suggest a comparison that is not the rule; its firings are marked instead.
    """
    lines = []
    for rule in rules:
        if not rule.enabled or rule.window_minutes:
            continue
        # Short, because every letter is drawn again on each redraw (about 0.1 ms a glyph here).
        condition = f"> {rule.more_than}"
        if rule.hours > 1:
            condition += " " + translate("Chart", "for {hours} h").format(hours=rule.hours)
        lines.append(ThresholdLine(rule.id, rule.more_than, f"{translate('Rules', rule.name)} {condition}"))
    return sorted(lines, key=lambda line: (line.value, line.rule_id))


# --- the drawing ----------------------------------------------------------------------------


class _Margins:
    """Places the axes with margins fixed in points, so tick labels fit at any canvas size.

    Fractions of the figure (``subplots_adjust``) would give a wide window wasted margins and a
    small one clipped labels; ``constrained_layout`` would measure every text on every redraw.
    """

    TOP, TOP_WITH_LEGEND, BOTTOM, RIGHT = 8.0, 24.0, 30.0, 22.0

    def __init__(self, digits: int, style: ChartStyle, top: float, right: float = RIGHT) -> None:
        # Tick labels' width: about 0.62 em per digit, plus the tick, its pad and a little air.
        self.left = 6.0 + digits * style.font_size * 0.62 + 9.0
        self.top = top
        self.right = max(right, self.RIGHT)  # the threshold labels sit here, beside the bars, never on them

    def __call__(self, ax: _AxesBase, renderer: object) -> Bbox:
        width, height = _figure_size_pt(ax)
        x0 = min(self.left / width, 0.3)
        x1 = max(1 - min(self.right / width, 0.45), x0 + 0.1)
        y0 = min(self.BOTTOM / height, 0.4)
        y1 = max(1 - self.top / height, y0 + 0.1)
        return Bbox.from_extents(x0, y0, x1, y1)


def _prepare_axes(fig: Figure, style: ChartStyle) -> tuple[Axes, StepPatch, StepPatch, StepPatch]:
    """This chart's axes with the three area artists, everything drawn on top of them removed."""
    axes = fig.axes
    if len(axes) == 1 and axes[0].get_gid() == GID_AXES:
        ax = axes[0]
        # Thresholds, firings and texts change with every redraw; there are a handful of them.
        for artist in [*ax.lines, *ax.texts, *ax.collections]:
            artist.remove()
        if (legend := ax.get_legend()) is not None:
            legend.remove()
        total_patch, negative_patch, unscored_patch = (
            next(p for p in ax.patches if p.get_gid() == gid) for gid in (GID_TOTAL, GID_NEGATIVE, GID_UNSCORED)
        )
        assert isinstance(total_patch, StepPatch) and isinstance(negative_patch, StepPatch)
        assert isinstance(unscored_patch, StepPatch)
    else:
        fig.clear()
        ax = fig.add_subplot(gid=GID_AXES)
        # StepPatch through add_artist rather than Axes.stairs: stairs would walk every segment
        # of the outline to autoscale (half the redraw time for a month of hours), and the
        # limits are set by draw_hourly anyway.
        total_patch = StepPatch([0], [0, 1], baseline=0, fill=True, linewidth=0, gid=GID_TOTAL)
        negative_patch = StepPatch([0], [0, 1], baseline=0, fill=True, linewidth=0, gid=GID_NEGATIVE)
        unscored_patch = StepPatch([0], [0, 1], baseline=0, fill=True, linewidth=0, gid=GID_UNSCORED)
        ax.add_artist(total_patch)
        ax.add_artist(negative_patch)
        ax.add_artist(unscored_patch)
    total_patch.set_color(style.other)
    negative_patch.set_color(style.negative)
    unscored_patch.set_color(style.unscored)
    if _styled.get(ax) != style:
        # Restyling every tick costs more than some redraws; only a new palette needs it.
        ax.set_facecolor(style.background)
        _style_axes(ax, style)
        _styled[ax] = style
    for side in ("left", "bottom"):
        ax.spines[side].set_visible(True)  # the empty state hides the left one
    return ax, total_patch, negative_patch, unscored_patch


_styled: WeakKeyDictionary[Axes, ChartStyle] = WeakKeyDictionary()


def _style_axes(ax: Axes, style: ChartStyle) -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color(style.muted)
        ax.spines[side].set_linewidth(0.8)
    ax.tick_params(labelsize=style.font_size, colors=style.muted, labelcolor=style.text, length=3, width=0.8)
    ax.grid(axis="y", color=style.grid, linewidth=0.8)
    ax.set_axisbelow(True)
    # The axes have no axis labels (the widget has a heading). Fixed label positions spare every
    # draw measuring all tick labels to place the empty ones: about a sixth of a redraw.
    ax.xaxis.set_label_coords(0.5, 0.0)
    ax.yaxis.set_label_coords(0.0, 0.5)


def _empty_state(ax: Axes, style: ChartStyle, text: str, top_margin: float) -> None:
    for patch in ax.patches:
        patch.set_visible(False)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.spines["left"].set_visible(False)
    ax.set_axes_locator(_Margins(digits=1, style=style, top=top_margin))
    ax.text(
        0.5,
        0.5,
        text,
        transform=ax.transAxes,
        ha="center",
        va="center",
        fontsize=style.font_size + 1.5,
        color=style.muted,
    )


def _axes_size_pt(ax: Axes) -> tuple[float, float]:
    """The axes' width and height in points, as the margins will place them."""
    width, height = _figure_size_pt(ax)
    margins = ax.get_axes_locator()
    if isinstance(margins, _Margins):
        return width - margins.left - margins.right, height - margins.top - _Margins.BOTTOM
    return width * 0.8, height * 0.8


def _figure_size_pt(ax: _AxesBase) -> tuple[float, float]:
    """The size of the figure holding ``ax`` in points; the chart's axes are never in a subfigure."""
    figure = ax.figure
    assert isinstance(figure, Figure)
    width, height = figure.get_size_inches() * 72
    return width, height


def _draw_separators(ax: Axes, total: np.ndarray, edges: np.ndarray, style: ChartStyle) -> None:
    """Hairlines between wide enough hours, so a day's hours read as bars rather than one shape."""
    width_pt, _ = _axes_size_pt(ax)
    if len(total) < 2 or width_pt / len(total) < 6:
        return
    heights = np.maximum(total[:-1], total[1:])
    segments = np.stack(
        [np.column_stack([edges[1:-1], np.zeros_like(heights)]), np.column_stack([edges[1:-1], heights])], axis=1
    )
    # One (2, 2) segment per row: an array is documented (and works); the stubs want a sequence.
    segments_collection = LineCollection(segments, colors=style.background, linewidths=0.8)  # type: ignore[arg-type]
    ax.add_collection(segments_collection, autolim=False)


def _text_width(text: str, font_size: float) -> float:
    """The width of ``text`` in points at ``font_size``, measured with the font (no renderer needed)."""
    return _measure(text, round(font_size, 2))


@functools.lru_cache(maxsize=512)
def _measure(text: str, font_size: float) -> float:
    width, _height, _descent = _TEXT_TO_PATH.get_text_width_height_descent(
        text, FontProperties(size=font_size), ismath=False
    )
    return float(width)


_TEXT_TO_PATH = TextToPath()


def _draw_thresholds(ax: Axes, lines: Sequence[ThresholdLine], style: ChartStyle) -> None:
    across = ax.get_yaxis_transform()  # x in axes fractions, y in counts
    for line in lines:
        # add_artist rather than axhline: the limits are set, so skip axhline's autoscaling.
        ax.add_artist(
            Line2D(
                [0, 1],
                [line.value, line.value],
                transform=across,
                color=style.threshold,
                linewidth=1.0,
                linestyle=(0, (5, 3)),
                gid=GID_THRESHOLD_PREFIX + line.rule_id,
            )
        )
    # Each label sits in the right margin at its line's height, outside the plot, so it covers no
    # bar; labels of lines closer than a text line are pushed apart, so none overprints another.
    _width_pt, height_pt = _axes_size_pt(ax)
    bottom, top = ax.get_ylim()
    per_count = height_pt / (top - bottom)
    font_size = style.font_size - 0.5
    step = font_size * 1.35
    placed: list[float] = []  # label centres, in points above the axes' bottom
    for line in lines:  # in rising order of value
        wanted = (line.value - bottom) * per_count
        centre = max(wanted, placed[-1] + step) if placed else wanted
        placed.append(centre)
        ax.annotate(
            line.label,
            (1.0, line.value),
            xycoords=across,
            xytext=(4, centre - wanted),
            textcoords="offset points",
            ha="left",
            va="center",
            fontsize=font_size,
            color=style.threshold,
            annotation_clip=False,
        )


def _draw_firings(
    ax: Axes,
    firings: Sequence[Firing],
    rules: Sequence[Rule],
    first: datetime,
    stop: datetime,
    zone: tzinfo,
    style: ChartStyle,
    *,
    with_times: bool,
    total: np.ndarray | None = None,
) -> list[FiringMark]:
    names = {rule.id: rule.name for rule in rules}
    marks = []
    for firing in firings:
        moment = datetime.fromisoformat(firing.fired_at).astimezone(UTC)
        if first <= moment < stop:
            marks.append(FiringMark(firing.rule_id, moment, names.get(firing.rule_id, firing.rule_id)))
    marks.sort(key=lambda mark: mark.fired_at)
    if not marks:
        return marks
    xs = [float(date2num(mark.fired_at)) for mark in marks]
    along = ax.get_xaxis_transform()  # x in dates, y in axes fractions
    ax.add_collection(
        LineCollection(
            [[(x, 0), (x, 1)] for x in xs],
            transform=along,
            colors=style.firing,
            linewidths=0.9,
            linestyles=(0, (1, 2)),
            gid=GID_FIRINGS,
        ),
        autolim=False,
    )
    ax.add_artist(
        Line2D(
            xs,
            [1.0] * len(xs),
            transform=along,
            linestyle="none",
            marker="v",
            markersize=6,
            color=style.firing,
            clip_on=False,
        )
    )
    # Labels are laid out in rows hanging from the top, measured with the font: a label goes on the
    # first row where it clears the one before by a gap, and those near the right edge point left,
    # so none overprints another or leaves the axes. Then the headroom grows so the rows stay above
    # every bar.
    width_pt, height_pt = _axes_size_pt(ax)
    x_min, x_max = ax.get_xlim()
    font_size = style.font_size - 0.5
    gap, row_height = 6.0, font_size + 3
    rows: list[float] = []  # where the last label of each row ends, in points from the left
    # Text is most of a redraw's cost (about 5 ms a label), so on screen only the latest firing of
    # each rule is named; the markers show them all and the hover names any of them.
    latest = {mark.rule_id: index for index, mark in enumerate(marks)}
    named = set(latest.values()) if not with_times else set(range(len(marks)))
    for index, (mark, x) in enumerate(zip(marks, xs, strict=True)):
        if index not in named:
            continue
        label = translate("Rules", mark.label)
        text = f"{label} {mark.fired_at.astimezone(zone):%H:%M}" if with_times else label
        length = _text_width(text, font_size) + 5
        at = (x - x_min) / (x_max - x_min) * width_pt
        right_side = at + length < width_pt
        left = max(at if right_side else at - length, 0.0)
        row = next((i for i, end in enumerate(rows) if end + gap <= left), len(rows))
        rows[row : row + 1] = [left + length]
        ax.annotate(
            text,
            (x, 1.0),
            xycoords=along,
            xytext=(5 if right_side else -5, -9 - row * row_height),
            textcoords="offset points",
            ha="left" if right_side else "right",
            va="center",
            fontsize=font_size,
            color=style.firing,
        )
    if total is not None and len(total) and rows:
        # The lowest row's bottom, in points below the top: the bars must stay under it.
        band = 9 + (len(rows) - 1) * row_height + font_size * 0.7 + 2
        bottom, top = ax.get_ylim()
        if height_pt > band * 1.5:
            needed = float(total.max()) * height_pt / (height_pt - band)
            if needed > top:
                ax.set_ylim(bottom, needed)
    return marks


def _legend(ax: Axes, style: ChartStyle, zone: str, thresholds: bool, firings: bool, *, unscored: bool = False) -> None:
    handles: list[Artist] = [
        Patch(color=style.negative, label=translate("Chart", "Negative")),
        Patch(color=style.other, label=translate("Chart", "Other mentions")),
    ]
    if unscored:
        handles.append(Patch(color=style.unscored, label=translate("Chart", "Not scored")))
    if thresholds:
        handles.append(
            Line2D([], [], color=style.threshold, linestyle=(0, (5, 3)), label=translate("Chart", "Rule threshold"))
        )
    if firings:
        handles.append(
            Line2D([], [], color=style.firing, linestyle="none", marker="v", label=translate("Chart", "Rule fired"))
        )
    legend = ax.legend(
        handles=handles,
        loc="lower right",
        bbox_to_anchor=(1.0, 1.0),
        ncol=len(handles),
        frameon=False,
        fontsize=style.font_size - 0.5,
        handlelength=1.4,
        handleheight=0.8,
        columnspacing=1.2,
        borderaxespad=0.2,
        borderpad=0.1,
    )
    for text in legend.get_texts():
        text.set_color(style.text)
    ax.text(
        0,
        1.0,
        translate("Chart", "Times in {zone}").format(zone=zone),
        transform=ax.transAxes,
        ha="left",
        va="bottom",
        fontsize=style.font_size - 0.5,
        color=style.muted,
    )


# --- local time on the x axis ---------------------------------------------------------------


def _ambiguous(moment: datetime) -> bool:
    """Whether this wall-clock time happens twice (the hour the clocks go back)."""
    return moment.replace(fold=1 - moment.fold).utcoffset() != moment.utcoffset()


def _day(moment: datetime) -> str:
    return short_day(moment, languages.language())


def _mentions(count: int) -> str:
    # Two forms, not Qt's plurals: lupdate marks no plural outside self.tr().
    return translate("Chart", "1 mention") if count == 1 else translate("Chart", "{count} mentions").format(count=count)


class LocalTimeLocator(Locator):
    """Ticks on whole local hours, or local midnights, as many as fit the axes' width.

    The step is chosen when the ticks are computed, from the axes' size in pixels, so a resized
    canvas gets a fitting step without a new chart.
    """

    HOUR_STEPS = (1, 2, 3, 6, 12)
    MIN_HOUR_SPACING_PX = 90.0  # each label costs about 1 ms to draw, so no more than fit calmly
    MIN_DAY_SPACING_PX = 80.0

    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone
        self._last: tuple[tuple[float, float, float], list[float]] | None = None

    def __call__(self) -> Sequence[float]:
        if self.axis is None:  # not on an axis (yet): no view to place ticks in
            return []
        low, high = self.axis.get_view_interval()
        return self.tick_values(low, high)

    def tick_values(self, vmin: float, vmax: float) -> Sequence[float]:
        width = self.axis.axes.bbox.width if isinstance(self.axis, Axis) else 1000.0
        # A draw asks several times for the same ticks; the date rules behind them are not free.
        key = (vmin, vmax, round(width))
        if self._last is not None and self._last[0] == key:
            return self._last[1]
        per_hour = width / max((vmax - vmin) * HOURS_PER_DAY, 1.0)
        locator: Locator | None = None
        for step in self.HOUR_STEPS:
            if step * per_hour >= self.MIN_HOUR_SPACING_PX:
                locator = HourLocator(byhour=range(0, 24, step), tz=self.zone)
                break
        if locator is None:
            per_day = per_hour * HOURS_PER_DAY
            if per_day >= self.MIN_DAY_SPACING_PX:
                locator = DayLocator(tz=self.zone)
            elif 2 * per_day >= self.MIN_DAY_SPACING_PX:
                locator = DayLocator(interval=2, tz=self.zone)
            elif 7 * per_day >= self.MIN_DAY_SPACING_PX:
                locator = WeekdayLocator(byweekday=0, tz=self.zone)  # Mondays
            else:
                locator = WeekdayLocator(byweekday=0, interval=2, tz=self.zone)
        # matplotlib's date locators take the view limits as datetimes.
        ticks = list(locator.tick_values(num2date(vmin, tz=self.zone), num2date(vmax, tz=self.zone)))
        self._last = (key, ticks)
        return ticks


class LocalTimeFormatter(Formatter):
    """'14:00' for hours; the day ('Sat 21 Nov') under midnight, or under the first tick when no
    midnight is in view, so every chart says which day it shows."""

    def __init__(self, zone: tzinfo) -> None:
        self.zone = zone

    def __call__(self, x: float, pos: int | None = None) -> str:
        moment = self._local(x)
        return f"{_day(moment)} {moment:%H:%M}"

    def _local(self, x: float) -> datetime:
        # Plain datetime arithmetic: num2date is vectorised and slow for a handful of scalars.
        return (datetime.fromisoformat(get_epoch()).replace(tzinfo=UTC) + timedelta(days=x)).astimezone(self.zone)

    def format_ticks(self, values: Sequence[float]) -> list[str]:
        moments = [self._local(value) for value in values]
        if len(moments) > 1 and all(m.hour == 0 and m.minute == 0 for m in moments):
            return [_day(m) for m in moments]  # a tick per day or week: the dates say it all
        midnight = [m.hour == 0 and m.minute == 0 for m in moments]
        if moments and not any(midnight):
            midnight[0] = True
        return [f"{m:%H:%M}\n{_day(m)}" if dated else f"{m:%H:%M}" for m, dated in zip(moments, midnight, strict=True)]
