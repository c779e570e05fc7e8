"""The dashboard's chart of negative versus other mentions per hour: ranges, hover, export.

matplotlib is imported on first use, not with this module: importing it costs more than showing
the whole window, and DESIGN.md wants the window on screen first. Until the widget is shown
(or :meth:`MentionsChart.redraw` is called) it holds its data and a placeholder; the canvas is
made and drawn on the first turn of the event loop after it shows.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, tzinfo
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPalette, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from crisisroom.charts.ranges import HOUR, RANGES, chart_range, hour_floor, view_range, zone_name
from crisisroom.charts.style import ChartStyle
from crisisroom.domain.clock import now_utc
from crisisroom.domain.mentions import HourCount
from crisisroom.domain.rules import Firing, Rule
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n, prompts

if TYPE_CHECKING:  # only for annotations: importing these at run time would import matplotlib
    from matplotlib.backend_bases import MouseEvent
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    from crisisroom.charts.mentions import HourlyChart

CHART_NAME = "Negative mentions per hour chart"
DEFAULT_RANGE = "24h"
EXPORT_FILTERS = QT_TRANSLATE_NOOP("MentionsChart", "PNG image (*.png);;SVG image (*.svg)")
EXPORT_PNG_DPI = 150  # sharp enough for a slide or a printed report
MIN_CANVAS_HEIGHT = 200


class MentionsChart(QWidget):
    """Negative and other mentions per hour, with rule thresholds and firings, in local time.

    Feed it with :meth:`set_data` after every import or manual entry; it redraws when visible.
    """

    redrawn = Signal()
    range_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, clock: Callable[[], datetime] = now_utc) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Mentions per hour"))
        self._clock = clock
        self._counts: Sequence[HourCount] = ()
        self._zone: tzinfo = UTC
        self._zone_label = "UTC"
        self._rules: Sequence[Rule] = ()
        self._firings: Sequence[Firing] = ()
        self._range = DEFAULT_RANGE
        self._pending = True  # nothing drawn yet
        self.figure: Figure | None = None
        self.canvas: FigureCanvasQTAgg | None = None
        self.chart: HourlyChart | None = None
        self.hover_text = ""  # what the tooltip says, or "" when it is hidden
        self.last_redraw_ms: float | None = None  # build + draw, for the self-test and benchmarks

        heading = self._heading = QLabel(self.tr("Negative mentions per hour"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        self.legend_label = QLabel()
        self.legend_label.setTextFormat(Qt.TextFormat.RichText)
        self.zone_label = QLabel()
        self.zone_label.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.legend_label, self.zone_label):
            # In a narrow window the key gives way (see _fit_key) rather than widening the dashboard.
            label.setMinimumWidth(1)

        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[str, QToolButton] = {}
        top = self._top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(12)
        top.addWidget(heading)
        top.addWidget(self.legend_label)
        top.addWidget(self.zone_label)
        top.addStretch(1)
        buttons = self._buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for choice in RANGES:
            button = QToolButton()
            button.setText(range_label(choice.label))
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setToolTip(
                self.tr("Show every hour with mentions")
                if choice.hours is None
                else self.tr("Show the last {range}").format(range=range_label(choice.label))
            )
            button.setChecked(choice.key == self._range)
            self.range_group.addButton(button)
            self.range_buttons[choice.key] = button
            button.toggled.connect(lambda checked, key=choice.key: checked and self.set_range(key))
            buttons.addWidget(button)
        top.addLayout(buttons)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export…"))
        self.export_button.setAutoRaise(True)
        self.export_button.setToolTip(self.tr("Save the chart as a PNG or SVG image"))
        self.export_button.clicked.connect(self.export)
        self.export_button.setEnabled(False)
        top.addWidget(self.export_button)

        # Stands in for the canvas until matplotlib is loaded, so the layout does not jump.
        self._placeholder = QWidget()
        self._placeholder.setMinimumHeight(MIN_CANVAS_HEIGHT)
        self._placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._placeholder.setAccessibleName(CHART_NAME)
        self._body = QVBoxLayout(self)
        self._body.setContentsMargins(0, 0, 0, 0)
        self._body.setSpacing(4)
        self._body.addLayout(top)
        self._body.addWidget(self._placeholder, 1)

        # The current hour's bar appears, and the oldest leaves, when the clock passes the hour.
        self._hour_timer = QTimer(self)
        self._hour_timer.setSingleShot(True)
        self._hour_timer.timeout.connect(self._on_new_hour)
        self._update_legend()

    # --- data and range ---------------------------------------------------------------------

    def set_data(
        self,
        counts: Sequence[HourCount],
        *,
        zone: tzinfo,
        rules: Sequence[Rule] = (),
        firings: Sequence[Firing] = (),
        zone_label: str | None = None,
    ) -> None:
        """Show these hourly counts (in time order), rule thresholds and firings, in ``zone``.

        ``zone_label`` names the clock under the heading ("drill clock, UTC"); default the zone's name.

        Redraws now when the widget is visible; otherwise when it is next shown.
        """
        self._counts = tuple(counts)
        self._zone = zone
        self._zone_label = zone_label or zone_name(zone)
        self._rules = tuple(rules)
        self._firings = tuple(firings)
        self._update_legend()
        self.export_button.setEnabled(bool(self._counts))  # an empty chart is not worth a file
        if self.isVisible():
            self.redraw()
        else:
            self._pending = True

    def current_range(self) -> str:
        """The key of the range shown: '24h', '72h', '7d' or 'all'."""
        return self._range

    def set_range(self, key: str) -> None:
        """Show another range (see :data:`crisisroom.charts.ranges.RANGES`)."""
        chart_range(key)  # validates
        if key == self._range:
            return
        self._range = key
        button = self.range_buttons[key]
        if not button.isChecked():
            button.setChecked(True)
        if self.isVisible() or self.canvas is not None:
            self.redraw()
        self.range_changed.emit(key)

    def visible_range(self) -> tuple[datetime | None, datetime | None]:
        """The start and end of the hours the current range shows (``None``: the data's own)."""
        return view_range(self._range, self._counts, self._clock())

    # --- drawing ----------------------------------------------------------------------------

    def redraw(self) -> None:
        """Draw now, loading matplotlib and making the canvas first if need be."""
        from crisisroom.charts.mentions import draw_hourly

        canvas, figure = self._ensure_canvas()
        started = time.perf_counter()
        start, end = self.visible_range()
        self.chart = draw_hourly(
            figure,
            self._counts,
            zone=self._zone,
            start=start,
            end=end,
            rules=self._rules,
            firings=self._firings,
            style=self._chart_style(),
        )
        canvas.draw()
        self.last_redraw_ms = (time.perf_counter() - started) * 1000
        self._pending = False
        canvas.setAccessibleDescription(self.chart.summary())
        self._update_legend()
        self._hide_hover()
        self._schedule_next_hour()
        self.redrawn.emit()

    def _ensure_canvas(self) -> tuple[FigureCanvasQTAgg, Figure]:
        if self.canvas is not None and self.figure is not None:
            return self.canvas, self.figure
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        figure = Figure(figsize=(11, 2.6), dpi=100)
        canvas = FigureCanvasQTAgg(figure)
        canvas.setMinimumHeight(MIN_CANVAS_HEIGHT)
        canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        canvas.setAccessibleName(CHART_NAME)
        canvas.setMouseTracking(True)
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        canvas.mpl_connect("figure_leave_event", lambda _event: self._hide_hover())
        self._body.replaceWidget(self._placeholder, canvas)
        self._placeholder.deleteLater()
        self.figure, self.canvas = figure, canvas
        return canvas, figure

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._pending:
            # After this turn of the event loop, so the window paints before matplotlib loads.
            QTimer.singleShot(0, self, self._draw_if_pending)

    def _draw_if_pending(self) -> None:
        if self._pending and self.isVisible():
            self.redraw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_key()

    def _fit_key(self) -> None:
        """Show the colour key only while it fits beside the heading, the zone and the buttons, so a
        narrow window gets fewer words rather than clipped ones. The zone is always shown: without
        it the times on the axis could be read in any zone."""
        spacing = self._top.spacing()
        # From the widgets' own size hints: the row's layout caches its hint until it next lays out.
        fixed = sum(w.sizeHint().width() + spacing for w in (self._heading, self.export_button))
        fixed += self._buttons.sizeHint().width() + spacing + 24  # a little air where the stretch is
        legend = self.legend_label.sizeHint().width() + spacing
        # Where the key and "Times in <zone>" do not both fit, the zone's name alone (the tooltip
        # says the rest) keeps the key; where even that does not fit, the key gives way.
        texts = getattr(self, "_zone_texts", None)
        if texts is not None:
            self.zone_label.setText(texts[0])
            if self.width() < fixed + self.zone_label.sizeHint().width() + spacing + legend:
                self.zone_label.setText(texts[1])
        zone = self.zone_label.sizeHint().width() + spacing
        self.legend_label.setHidden(self.width() < fixed + zone + legend)
        self.zone_label.setHidden(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A switch between light and dark follows the palette; the chart's colours come from it.
        if event.type() == QEvent.Type.PaletteChange:
            self._update_legend()
            if self.canvas is not None:
                self.redraw()

    def _schedule_next_hour(self) -> None:
        if self.chart is None or not self.chart.hours:
            self._hour_timer.stop()
            return
        now = self._clock()
        wait = (hour_floor(now) + HOUR - now).total_seconds() + 1
        self._hour_timer.start(int(min(max(wait, 1), 3600) * 1000))

    def _on_new_hour(self) -> None:
        if self.isVisible():
            self.redraw()
        else:
            self._pending = True

    def _chart_style(self) -> ChartStyle:
        """Chart colours that sit on this widget's palette, light or dark."""
        palette = self.palette()
        window = palette.color(QPalette.ColorRole.Window)
        common: dict[str, Any] = {
            "background": window.name(),
            "text": palette.color(QPalette.ColorRole.WindowText).name(),
            "muted": _opaque(palette.color(QPalette.ColorRole.PlaceholderText), window),
        }
        if window.lightness() < 128:
            # On a dark window the light grey-blue would glare; a darker one keeps red in front.
            return ChartStyle(
                **common,
                grid=window.lighter(140).name(),
                other="#56697d",
                unscored="#7d6a9c",
                threshold="#d9a44a",
                firing="#c5cfd9",
            )
        return ChartStyle(**common, grid=window.darker(108).name())

    def _update_legend(self) -> None:
        """The key to the colours and the zone, as text beside the heading.

        Qt labels cost nothing on a redraw, where a matplotlib legend costs several milliseconds.
        Colours are written into the text, from this widget's palette: a label's own palette
        would still be the old one while a palette change reaches this widget.
        """
        style = self._chart_style()
        items = [
            (style.negative, "■", self.tr("Negative")),
            (style.other, "■", self.tr("Other")),
        ]
        if self.chart is not None and any(self.chart.unscored):
            items.append((style.unscored, "■", self.tr("Not scored")))
        if self.chart is not None and self.chart.thresholds:
            items.append((style.threshold, "╌╌", self.tr("Threshold")))
        if self.chart is not None and self.chart.firings:
            items.append((style.firing, "▼", self.tr("Rule fired")))
        keys = [f'<span style="color:{colour}">{mark}</span>&nbsp;{escape(name)}' for colour, mark, name in items]
        self.legend_label.setText("&nbsp;&nbsp;&nbsp;".join(keys))
        full = escape(self.tr("Times in {zone}").format(zone=self._zone_label))
        self._zone_texts = (
            f'<span style="color:{style.muted}">{full}</span>',
            f'<span style="color:{style.muted}">{escape(self._zone_label)}</span>',
        )
        self.zone_label.setText(self._zone_texts[0])
        self.zone_label.setToolTip(self.tr("Times in {zone}").format(zone=self._zone_label))
        self._fit_key()

    # --- hover ------------------------------------------------------------------------------

    def _on_motion(self, event: MouseEvent) -> None:
        """Show the counts of the hour under the pointer."""
        chart = self.chart
        if chart is None or self.canvas is None or event.inaxes is not chart.axes or event.xdata is None:
            self._hide_hover()
            return
        index = chart.index_at(float(event.xdata))
        if index is None:
            self._hide_hover()
            return
        self.hover_text = chart.describe_hour(index)
        gui_event = getattr(event, "guiEvent", None)
        if gui_event is not None and hasattr(gui_event, "globalPosition"):
            where = gui_event.globalPosition().toPoint()
        else:  # a synthetic event: matplotlib's pixels are physical and count from the bottom
            ratio = self.canvas.device_pixel_ratio or 1
            where = self.canvas.mapToGlobal(QPoint(int(event.x / ratio), int(self.canvas.height() - event.y / ratio)))
        QToolTip.showText(where, self.hover_text, self.canvas)

    def _hide_hover(self) -> None:
        if self.hover_text:
            self.hover_text = ""
            QToolTip.hideText()

    # --- export -----------------------------------------------------------------------------

    def export(self) -> Path | None:
        """Ask where to save the chart, as PNG or SVG by the file's extension; the path saved, or None."""
        suggested = Path.home() / f"negative-mentions-{self._clock().astimezone(self._zone):%Y-%m-%d-%H%M}.png"
        path = prompts.save_path(self, self.tr("Export chart"), suggested, i18n.label("MentionsChart", EXPORT_FILTERS))
        if path is None:
            return None
        if not path.suffix:
            path = path.with_suffix(".png")
        if path.suffix.lower() not in {".png", ".svg"}:
            prompts.error(
                self,
                self.tr("Cannot export the chart"),
                self.tr("Save it as a .png or .svg file, not {suffix}.").format(suffix=path.suffix),
            )
            return None
        try:
            self.save_image(path)
        except OSError as exc:
            prompts.error(
                self,
                self.tr("Cannot export the chart"),
                self.tr("{path} could not be written: {reason}.").format(path=path, reason=exc.strerror or exc),
            )
            return None
        return path

    def save_image(self, path: Path) -> None:
        """Save the range shown as a standalone image (PNG or SVG by extension), with a legend.

        Drawn into a figure of its own in the light style, so the on-screen canvas is untouched
        and an image pasted into a report reads the same whatever the screen's theme.

        Raises:
            OSError: when the file cannot be written.
        """
        from matplotlib.figure import Figure

        from crisisroom.charts.mentions import draw_hourly

        width, height = self.figure.get_size_inches() if self.figure is not None else (11.0, 2.6)
        figure = Figure(figsize=(max(width, 8.0), max(height, 2.4) + 0.25), dpi=100)
        start, end = self.visible_range()
        draw_hourly(
            figure,
            self._counts,
            zone=self._zone,
            start=start,
            end=end,
            rules=self._rules,
            firings=self._firings,
            legend=True,
        )
        fmt = path.suffix.lower().lstrip(".")
        figure.savefig(path, format=fmt, dpi=EXPORT_PNG_DPI if fmt == "png" else "figure")


def _opaque(colour: QColor, background: QColor) -> str:
    """A translucent palette colour (Qt's placeholder text is) as the solid colour it shows as."""
    alpha = colour.alphaF()
    mixed = QColor.fromRgbF(
        colour.redF() * alpha + background.redF() * (1 - alpha),
        colour.greenF() * alpha + background.greenF() * (1 - alpha),
        colour.blueF() * alpha + background.blueF() * (1 - alpha),
    )
    return mixed.name()


def range_label(text: str) -> str:
    """A chart range's name ("7 days"), marked in crisisroom.charts.ranges, in the interface language."""
    return i18n.label("Chart", text)
