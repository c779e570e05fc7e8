"""The facilitator's drill window: choose a scenario, run its simulated clock, fire injects, end the drill.

The clock is :class:`~crisisroom.drills.clock.DrillClock`, ticked by a QTimer with the real seconds
that passed (read from the system clock, so a laptop that slept does not put the drill behind the
team's own records); :meth:`DrillWindow.tick` takes those seconds as a parameter, so tests play a
drill at 60× without waiting. Every change of the clock (pause, resume, speed, jump) is logged with
its real and simulated time: the after-action puts the team's actions on the drill clock with
them, and a drill interrupted by a restart or a crash is resumed from them. Everything the drill
plays goes through :class:`~crisisroom.drills.runner.DrillRun` into the real stores; the window only
shows it and tells the main window (:attr:`drill_started`, :attr:`injects_fired`). Message injects
also pop up here as a toast, never as a blocking dialog.

Closing the window (or the app) pauses the clock; File ▸ Run a drill… shows it again. After a
restart, File ▸ Run a drill… with the drill incident on screen resumes it, paused, where it stopped.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.errors import UserError
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.drills.clock import DrillClock
from crisisroom.drills.offsets import format_offset
from crisisroom.drills.runner import Applied, DrillRun, drill_record
from crisisroom.drills.scenario import (
    MAX_BURST,
    EventInject,
    Inject,
    MentionBurst,
    MessageInject,
    Scenario,
    load,
    shipped,
)
from crisisroom.gui import i18n, prompts
from crisisroom.gui.context import RoomContext
from crisisroom.gui.dialogs import open_dialog
from crisisroom.gui.style import muted
from crisisroom.gui.widgets.exercise_banner import ExerciseBanner
from crisisroom.services import drills as drill_service
from crisisroom.services.changes import Done
from crisisroom.storage import mentions
from crisisroom.storage.database import Database

# How a message inject reached the team (the scenario's `channel`), in the interface language.
CHANNELS = {
    "email": QT_TRANSLATE_NOOP("DrillChannel", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("DrillChannel", "phone call"),
    "chat": QT_TRANSLATE_NOOP("DrillChannel", "chat"),
    "direct message": QT_TRANSLATE_NOOP("DrillChannel", "direct message"),
    "sms": QT_TRANSLATE_NOOP("DrillChannel", "text message"),
    "letter": QT_TRANSLATE_NOOP("DrillChannel", "letter"),
}


def channel_name(channel: str) -> str:
    """A scenario's channel as the team reads it; a channel of a scenario's own is shown as written."""
    return i18n.label("DrillChannel", CHANNELS.get(channel.lower(), channel))


SPEEDS = (1, 2, 5, 10, 30, 60)
DEFAULT_SPEED = 10
TICK_MS = 250
TOAST_STYLE = (
    "QFrame#drill_toast { background: palette(base); border: 1px solid #b38600; border-left: 6px solid #f2b400; "
    "border-radius: 4px; }"
)


def _hours_minutes(delta: timedelta) -> str:
    minutes = int(delta.total_seconds() // 60)
    return f"{minutes // 60}:{minutes % 60:02d}"


def _wrapping_list() -> QListWidget:
    """A list whose long lines wrap instead of hiding behind a horizontal scroll bar."""
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    widget.setSpacing(1)
    return widget


class AdHocInjectDialog(QDialog):
    """An inject the facilitator makes up on the spot: a message, or a burst of posts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an ad-hoc inject"))
        self.tabs = QTabWidget()

        message = QWidget()
        form = QFormLayout(message)
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText(self.tr("e.g. Sam Ortiz, Chief Executive"))
        self.subject_edit = QLineEdit()
        self.body_edit = QPlainTextEdit()
        self.body_edit.setTabChangesFocus(True)
        form.addRow(self.tr("&From:"), self.sender_edit)
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        form.addRow(self.tr("&Message:"), self.body_edit)
        self.tabs.addTab(message, self.tr("&Message"))

        burst = QWidget()
        form = QFormLayout(burst)
        self.count_spin = QSpinBox(minimum=1, maximum=MAX_BURST, value=30)
        self.negative_spin = QSpinBox(minimum=0, maximum=100, value=80, suffix=" %")
        self.minutes_spin = QSpinBox(minimum=1, maximum=240, value=15, suffix=" min")
        form.addRow(self.tr("&Posts:"), self.count_spin)
        form.addRow(self.tr("&Negative:"), self.negative_spin)
        form.addRow(self.tr("&Spread over:"), self.minutes_spin)
        self.tabs.addTab(burst, self.tr("Mention &burst"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.tr("Fire now"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(460, 320)

    @property
    def is_message(self) -> bool:
        return self.tabs.currentIndex() == 0

    def _check(self) -> None:
        if self.is_message and not (self.sender_edit.text().strip() and self.body_edit.toPlainText().strip()):
            prompts.error(self, self.tr("Not fired"), self.tr("A message needs who it is from and what it says."))
            return
        self.accept()


class DrillWindow(QWidget):
    """A non-modal window for the facilitator of one drill at a time."""

    drill_started = Signal(str)  # the drill incident's id
    injects_fired = Signal(list)  # the Applied injects of a tick (empty when only posts or firings came in)
    drill_ended = Signal(str)

    def __init__(
        self,
        database: Database,
        *,
        author: str | Callable[[], str],
        parent: QWidget | None = None,
        room: RoomContext | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.database = database
        self._author = author if callable(author) else (lambda: author)
        # The main window's room when opened from it: what the drill changes shows there at once.
        self.room = room or RoomContext.of(self, database, author=author)
        self.scenarios: list[Scenario] = shipped()
        self.run: DrillRun | None = None
        self.clock: DrillClock | None = None
        self._real: datetime = self.database.clock.now()  # the real time the clock was last given (tick())
        self.popups: list[MessageInject] = []  # every message shown as a toast, for tests
        self.dialogs: list[QDialog] = []
        self.setWindowTitle(self.tr("Drill · Crisis Room"))
        self.setObjectName("drill_window")

        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self._on_timer)

        self.banner = ExerciseBanner()
        self.banner.show()

        left = QVBoxLayout()
        left.addWidget(self._build_scenario_box(), 1)
        left.addWidget(self._build_clock_box())
        left.addWidget(self._build_toast())
        right = QVBoxLayout()
        right.addWidget(self._build_facilitator_box(), 1)

        columns = QHBoxLayout()
        columns.setContentsMargins(12, 8, 12, 12)
        columns.setSpacing(12)
        columns.addLayout(left, 5)
        columns.addLayout(right, 4)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addLayout(columns, 1)
        self.resize(1040, 700)
        self._show_scenario()
        self._update()

    # Construction

    def _build_scenario_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Scenario"))
        self.scenario_combo = QComboBox()
        for scenario in self.scenarios:
            self.scenario_combo.addItem(scenario.title, scenario.id)
        self.scenario_combo.setAccessibleName(self.tr("Scenario"))
        self.scenario_combo.currentIndexChanged.connect(lambda _i: self._show_scenario())
        self.open_button = QPushButton(self.tr("Open a file…"))
        self.open_button.setToolTip(self.tr("Play a scenario file of your own (TOML, described in the README)"))
        self.open_button.clicked.connect(lambda: self.open_scenario_file())
        chooser = QHBoxLayout()
        chooser.addWidget(self.scenario_combo, 1)
        chooser.addWidget(self.open_button)

        self.facts_label = QLabel()
        muted(self.facts_label)
        self.briefing_label = QLabel()
        self.briefing_label.setWordWrap(True)
        self.briefing_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.briefing_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.expectations_label = QLabel()
        self.expectations_label.setWordWrap(True)
        self.expectations_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.expectations_label.setTextFormat(Qt.TextFormat.PlainText)

        self.speed_combo = QComboBox()
        for speed in SPEEDS:
            self.speed_combo.addItem(f"{speed}×", speed)
        self.speed_combo.setCurrentIndex(SPEEDS.index(DEFAULT_SPEED))
        self.speed_combo.setToolTip(self.tr("Simulated minutes per real minute; you can change it during the drill"))
        self.speed_combo.currentIndexChanged.connect(lambda _i: self._speed_changed())
        speed_label = QLabel(self.tr("&Speed:"))
        speed_label.setBuddy(self.speed_combo)
        self.start_button = QPushButton(self.tr("Start drill"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(lambda: self.start())
        start_row = QHBoxLayout()
        start_row.addWidget(speed_label)
        start_row.addWidget(self.speed_combo)
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)

        layout = QVBoxLayout(box)
        layout.addLayout(chooser)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.briefing_label)
        layout.addSpacing(6)
        layout.addWidget(self.expectations_label, 1)
        layout.addLayout(start_row)
        return box

    def _build_clock_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Drill clock"))
        self.time_label = QLabel()
        font = QFont(self.time_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.time_label.setFont(font)
        self.time_label.setAccessibleName(self.tr("Simulated time"))
        self.next_label = QLabel()
        muted(self.next_label)
        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Progress through the drill"))
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(lambda: self.toggle_pause())
        self.jump_button = QPushButton(self.tr("Jump to next inject"))
        self.jump_button.clicked.connect(lambda: self.jump_to_next())
        buttons = QHBoxLayout()
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.jump_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.time_label)
        layout.addWidget(self.next_label)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        return box

    def _build_toast(self) -> QFrame:
        self.toast = QFrame()
        self.toast.setObjectName("drill_toast")
        self.toast.setStyleSheet(TOAST_STYLE)
        self.toast_title = QLabel()
        self.toast_title.setWordWrap(True)
        font = QFont(self.toast_title.font())
        font.setBold(True)
        self.toast_title.setFont(font)
        self.toast_body = QLabel()
        self.toast_body.setWordWrap(True)
        self.toast_body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(self.toast.hide)
        head = QHBoxLayout()
        head.addWidget(self.toast_title, 1)
        head.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self.toast)
        layout.setContentsMargins(12, 8, 8, 10)
        layout.addLayout(head)
        layout.addWidget(self.toast_body)
        self.toast.hide()
        return self.toast

    def _build_facilitator_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Facilitator"))
        coming = QLabel(self.tr("Coming &up"))
        self.pending_list = _wrapping_list()
        self.pending_list.setAccessibleName(self.tr("Injects coming up"))
        self.pending_list.currentRowChanged.connect(lambda _r: self._update())
        coming.setBuddy(self.pending_list)
        self.fire_button = QPushButton(self.tr("Fire now"))
        self.fire_button.setToolTip(self.tr("Play the selected inject at the current simulated time"))
        self.fire_button.clicked.connect(lambda: self.fire_selected())
        self.adhoc_button = QPushButton(self.tr("Add an ad-hoc inject…"))
        self.adhoc_button.clicked.connect(lambda: self.open_adhoc())
        row = QHBoxLayout()
        row.addWidget(self.fire_button)
        row.addWidget(self.adhoc_button)
        row.addStretch(1)

        played = QLabel(self.tr("&Played"))
        self.played_list = _wrapping_list()
        self.played_list.setAccessibleName(self.tr("Injects played"))
        played.setBuddy(self.played_list)

        self.end_button = QPushButton(self.tr("End drill"))
        self.end_button.clicked.connect(lambda: self.end_drill())
        self.after_action_button = QPushButton(self.tr("After-action report…"))
        self.after_action_button.clicked.connect(lambda: self.open_after_action())
        self.lessons_button = QPushButton(self.tr("Lessons learned…"))
        self.lessons_button.clicked.connect(lambda: self.open_lessons())
        ending = QHBoxLayout()
        ending.addWidget(self.end_button)
        ending.addStretch(1)
        ending.addWidget(self.after_action_button)
        ending.addWidget(self.lessons_button)

        layout = QVBoxLayout(box)
        layout.addWidget(coming)
        layout.addWidget(self.pending_list, 3)
        layout.addLayout(row)
        layout.addSpacing(6)
        layout.addWidget(played)
        layout.addWidget(self.played_list, 2)
        layout.addSpacing(6)
        layout.addLayout(ending)
        return box

    # State

    @property
    def scenario(self) -> Scenario | None:
        if self.run is not None and self.running:
            return self.run.scenario
        index = self.scenario_combo.currentIndex()
        return self.scenarios[index] if 0 <= index < len(self.scenarios) else None

    @property
    def incident_id(self) -> str | None:
        return self.run.incident.id if self.run else None

    @property
    def running(self) -> bool:
        """A drill started and not ended."""
        return self.run is not None and self.run.ended_at is None

    def simulated_now(self) -> datetime | None:
        if self.clock is None or self.run is None:
            return None
        return min(self.clock.now(self._real), self.run.end)

    def _show_scenario(self) -> None:
        scenario = self.scenario
        if scenario is None:
            self.facts_label.clear()
            self.briefing_label.setText(self.tr("No scenario."))
            return
        kinds = [i.kind for i in scenario.injects]
        self.facts_label.setText(
            " · ".join(
                (
                    scenario.brand,
                    i18n.label("Category", scenario.type.label),
                    self.tr("starts at level {level}").format(level=scenario.starting_level),
                    self.tr("{duration} h").format(duration=_hours_minutes(scenario.duration)),
                    self.tr("%n inject(s)", "", len(kinds)),
                    self.tr("%n expectation(s)", "", len(scenario.expectations)),
                )
            )
        )
        self.briefing_label.setText(scenario.briefing)
        measured = "\n".join(f"• {e.description}" for e in scenario.expectations)
        self.expectations_label.setText(
            self.tr("The team is measured on:\n{expectations}").format(expectations=measured) if measured else ""
        )
        self._update()

    def open_scenario_file(self) -> Scenario | None:
        path = prompts.open_path(
            self, self.tr("Open a drill scenario"), Path.home(), self.tr("Drill scenarios (*.toml)")
        )
        if path is None:
            return None
        try:
            scenario = load(path)
        except UserError as exc:
            prompts.error(self, self.tr("Cannot use this scenario"), str(exc))
            return None
        self.scenarios.append(scenario)
        self.scenario_combo.addItem(f"{scenario.title} ({path.name})", scenario.id)
        self.scenario_combo.setCurrentIndex(self.scenario_combo.count() - 1)
        return scenario

    # Running

    def start(self) -> DrillRun | None:
        """Open the drill incident, start the clock and tell the main window to show the incident."""
        scenario = self.scenario
        if scenario is None or self.running:
            return None
        speed = float(self.speed_combo.currentData())
        self._real = self.database.clock.now()
        run = self.room.run(
            lambda: drill_service.begin(
                self.database, scenario, author=self._author(), speed=speed, real_now=self._real
            ),
            title=self.tr("The drill did not start"),
            parent=self,
        )
        if run is None:
            return None
        self.run = run
        self.clock = DrillClock(run.start, speed=speed)
        self.clock.begin(self._real)
        self.played_list.clear()
        self.toast.hide()
        self.setWindowTitle(self.tr("Drill · {scenario} · Crisis Room").format(scenario=scenario.title))
        self.timer.start()
        self._update()
        self.drill_started.emit(run.incident.id)
        return run

    def resume(self, incident_id: str) -> DrillRun | None:
        """Pick up a drill that was interrupted (the app closed or crashed), paused where it stopped."""
        if self.running:
            return None
        resumed = self.room.run(
            lambda: drill_service.resume(self.database, incident_id, author=self._author()),
            title=self.tr("The drill cannot be resumed"),
            parent=self,
        )
        if resumed is None:
            return None
        run, clock = resumed
        self.run, self.clock = run, clock
        self._real = self.database.clock.now()
        self.played_list.clear()
        self.toast.hide()
        for item in run.applied:
            self.played_list.insertItem(0, self._played_label(item))
        self.setWindowTitle(self.tr("Drill · {scenario} · Crisis Room").format(scenario=run.scenario.title))
        self._update()
        elapsed = format_offset((self.simulated_now() or run.start) - run.start)
        self.next_label.setText(
            self.tr("Resumed where it stopped, at {elapsed}, paused: press Resume when the team is ready.").format(
                elapsed=elapsed
            )
        )
        self.drill_started.emit(run.incident.id)
        return run

    def _on_timer(self) -> None:
        self.tick(max((self.database.clock.now() - self._real).total_seconds(), 0.0))

    def tick(self, real_seconds: float) -> list[Applied]:
        """Let ``real_seconds`` of real time pass: the clock moves on at its speed and what is due plays."""
        if not self.running:
            return []
        self._real += timedelta(seconds=real_seconds)
        return self._advance()

    def _advance(self, fired: list[Applied] | None = None) -> list[Applied]:
        """Play what is due at the clock's time and tell the main window when anything changed.

        ``fired``: injects just played by hand (fire now, ad hoc), reported with the tick's own.
        """
        run = self.run
        assert run is not None
        moment = self.simulated_now()
        assert moment is not None
        before_firings = len(run.firings)
        before_posts = mentions.count(self.database, run.incident.id)[0]
        ticking = self.timer.isActive()
        self.timer.stop()  # no tick while a problem is on screen
        played = self.room.run(
            lambda: drill_service.advance(run, moment), title=self.tr("The drill stopped"), parent=self
        )
        if played is None:
            return []
        if ticking:
            self.timer.start()
        applied = [*(fired or []), *played]
        self._after_played(applied)
        if moment >= run.end and self.timer.isActive():
            self.timer.stop()
            self.next_label.setText(self.tr("The scenario's time is up: end the drill when the team is ready."))
        changed = (
            applied
            or len(run.firings) != before_firings
            or mentions.count(self.database, run.incident.id)[0] != before_posts
        )
        if changed:
            self.injects_fired.emit(applied)
        return applied

    def _after_played(self, applied: list[Applied]) -> None:
        assert self.run is not None
        for item in applied:
            self.played_list.insertItem(0, self._played_label(item))
            if isinstance(item.inject, MessageInject):
                self._pop_up(item.inject)
        self._update()

    def _played_label(self, item: Applied) -> str:
        assert self.run is not None
        return f"{format_offset(datetime.fromisoformat(item.at) - self.run.start)}  {self._describe(item.inject)}"

    def _record_clock(self, change: str) -> bool:
        """Log the clock's new anchor; False (with a message) when it could not be written."""
        assert self.run is not None and self.clock is not None
        run, anchor = self.run, self.clock.anchor(self._real)
        recorded = self.room.run(
            lambda: drill_service.record_clock(run, change, anchor),
            title=self.tr("The drill clock change was not recorded"),
            parent=self,
        )
        return recorded is not None

    def _pop_up(self, message: MessageInject) -> None:
        """A message inject as a toast in this window (non-blocking; the log has it too)."""
        assert self.run is not None
        scenario = self.run.scenario
        self.popups.append(message)
        self.toast_title.setText(
            self.tr("{channel} from {sender}: {subject}").format(
                channel=channel_name(message.channel).capitalize(),
                sender=message.sender,
                subject=scenario.fill(message.subject),
            )
        )
        self.toast_body.setText(scenario.fill(message.body))
        self.toast.show()

    def toggle_pause(self) -> None:
        if self.clock is None or not self.running:
            return
        if self.clock.paused:
            self._real = max(self._real, self.database.clock.now())
            self.clock.resume(self._real)
            self._record_clock("resumed")
            self.timer.start()
        else:
            self.tick(0)  # plays what is due up to this moment first
            self.clock.pause(self._real)
            self._record_clock("paused")
            self.timer.stop()
        self._update()

    def pause_for_exit(self) -> None:
        """The app is closing: a running drill is paused (and that is logged) so it can be resumed later."""
        if self.running and self.clock is not None and not self.clock.paused:
            self.toggle_pause()

    def _speed_changed(self) -> None:
        if self.clock is not None and self.running:
            self.clock.set_speed(float(self.speed_combo.currentData()), self._real)
            self._record_clock("speed")
        self._update()

    def jump_to_next(self) -> list[Applied]:
        """Move the clock to the next planned inject and play it."""
        if self.run is None or self.clock is None or not self.running:
            return []
        moment = self.run.next_inject_at()
        if moment is None:
            return []
        self.clock.jump_to(moment, self._real)
        self._record_clock("jump")
        return self._advance()

    def fire_selected(self) -> Applied | None:
        """Play the inject selected under "Coming up" now, at the current simulated time."""
        if self.run is None or not self.running:
            return None
        row = self.pending_list.currentRow()
        waiting = self.run.pending()
        if not 0 <= row < len(waiting):
            return None
        return self.fire(waiting[row])

    def fire(self, inject: Inject) -> Applied | None:
        return self._play(lambda run, moment: drill_service.fire(run, inject, moment))

    def _play(self, play: Callable[[DrillRun, datetime], Done[Applied]]) -> Applied | None:
        """Play an inject now, at the clock's time; then what the clock has made due, as a tick does."""
        run = self.run
        if run is None or not self.running:
            return None
        moment = self.simulated_now()
        assert moment is not None
        applied = self.room.run(lambda: play(run, moment), title=self.tr("Not fired"), parent=self)
        if applied is None:
            return None
        self._advance([applied])  # shows it, stores the posts already due and emits injects_fired
        return applied

    def add_message(self, sender: str, subject: str, body: str, *, channel: str = "email") -> Applied | None:
        """An ad-hoc message (an executive's e-mail, a journalist's call), fired now."""

        def play(run: DrillRun, moment: datetime) -> Done[Applied]:
            return drill_service.ad_hoc_message(run, moment, sender=sender, subject=subject, body=body, channel=channel)

        return self._play(play)

    def add_burst(self, count: int, negative_share: float, minutes: int) -> Applied | None:
        """An ad-hoc burst of posts, in the scenario's own words when it has any."""

        def play(run: DrillRun, moment: datetime) -> Done[Applied]:
            return drill_service.ad_hoc_burst(run, moment, count=count, negative_share=negative_share, minutes=minutes)

        return self._play(play)

    def open_adhoc(self) -> AdHocInjectDialog | None:
        if not self.running:
            return None
        return open_dialog(AdHocInjectDialog(self), accepted=self._fire_adhoc)

    def _fire_adhoc(self, dialog: AdHocInjectDialog) -> None:
        if dialog.is_message:
            self.add_message(
                dialog.sender_edit.text().strip(), dialog.subject_edit.text().strip(), dialog.body_edit.toPlainText()
            )
        else:
            self.add_burst(dialog.count_spin.value(), dialog.negative_spin.value() / 100, dialog.minutes_spin.value())

    def end_drill(self, *, confirm: bool = True) -> bool:
        """Stop the clock, record the end at the current simulated time and close the drill's incident.

        While the question is open the drill clock is paused (and that is logged), so nothing plays
        while the facilitator decides; a "cancel" resumes it. The after-action comes next.
        """
        if self.run is None or not self.running:
            return False
        if confirm and not self._confirm_end():
            return False
        run, moment = self.run, self.simulated_now()
        self.timer.stop()
        self.room.run(
            lambda: drill_service.finish(run, moment, real_now=self._real),
            title=self.tr("The drill did not end"),
            parent=self,
        )
        if self.running:  # not ended: the problem was shown
            return False
        assert self.clock is not None
        self.clock.pause(self._real)  # the drill clock stands still from here on
        self._update()
        self.next_label.setText(
            self.tr(
                "The drill has ended and its incident is closed. Open the after-action report, then note the lessons."
            )
        )
        self.injects_fired.emit([])  # the last posts and any firing they caused
        self.drill_ended.emit(self.run.incident.id)
        return True

    def _confirm_end(self) -> bool:
        """Ask whether to end the drill, with its clock paused while the question is open."""
        was_running = self.clock is not None and not self.clock.paused
        if was_running:
            self.toggle_pause()  # plays what was due, pauses and logs it
        ending = prompts.confirm(
            self,
            self.tr("End the drill?"),
            self.tr(
                "The drill clock is paused while you decide. Ending the drill records the end, closes "
                "the drill's incident and stops its clocks; injects not played yet are left out."
            ),
            self.tr("End drill"),
        )
        if not ending and was_running and self.running and self.clock is not None and self.clock.paused:
            self.toggle_pause()  # on from where it stood: the time the question was open does not count
        return ending

    def open_after_action(self) -> QDialog | None:
        if self.run is None:
            return None
        from crisisroom.gui.report_preview import ReportPreview  # loaded when opened

        try:
            dialog = ReportPreview(self.database, self.run.incident.id, self, kind="after-action")
        except UserError as exc:
            prompts.error(self, self.tr("No after-action report"), str(exc))
            return None
        self.dialogs.append(open_dialog(dialog))
        return dialog

    def open_lessons(self) -> QDialog | None:
        if self.run is None:
            return None
        from crisisroom.gui.wizard.review_page import PostCrisisReview

        dialog = PostCrisisReview(self.database, self.run.incident.id, self, author=self._author, room=self.room)
        self.dialogs.append(open_dialog(dialog, modeless=True))
        return dialog

    # Display

    def _update(self) -> None:
        run, clock, running = self.run, self.clock, self.running
        self.scenario_combo.setEnabled(run is None or not running)
        self.open_button.setEnabled(not running)
        self.start_button.setEnabled(not running and self.scenario is not None)
        self.start_button.setText(self.tr("Start drill") if run is None else self.tr("Start another drill"))
        self.pause_button.setEnabled(running)
        paused = running and clock is not None and clock.paused  # an ended drill's clock is stopped, not paused
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.fire_button.setEnabled(running and self.pending_list.currentRow() >= 0)
        self.adhoc_button.setEnabled(running)
        self.end_button.setEnabled(running)
        ended = run is not None and not running
        self.after_action_button.setEnabled(ended)
        self.lessons_button.setEnabled(ended)

        scenario = self.scenario
        duration = scenario.duration if scenario else timedelta(0)
        total = max(int(duration.total_seconds()), 1)
        self.progress.setRange(0, total)
        if run is None or clock is None:
            self.time_label.setText(
                self.tr("{elapsed} of {duration}").format(elapsed="+00:00", duration=_hours_minutes(duration))
            )
            self.next_label.setText(self.tr("Choose a scenario and a speed, read the briefing out, then start."))
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("Not started"))
            self.jump_button.setEnabled(False)
            self._fill_pending(scenario.injects if scenario else (), None)
            return
        moment = self.simulated_now()
        assert moment is not None
        elapsed = moment - run.start
        state = (
            " · " + self.tr("paused") if clock.paused and running else (" · " + self.tr("ended") if not running else "")
        )
        self.time_label.setText(
            self.tr("{elapsed} of {duration}").format(
                elapsed=format_offset(elapsed)[:6], duration=_hours_minutes(duration)
            )
            + state
        )
        self.progress.setValue(min(int(elapsed.total_seconds()), total))
        self.progress.setFormat(f"{round(100 * elapsed / duration) if duration else 0}% · {clock.speed:g}×")
        waiting = run.pending()
        self.jump_button.setEnabled(running and bool(waiting))
        if running:
            following = run.next_inject_at()
            self.next_label.setText(
                self.tr("Next inject at {offset}").format(offset=format_offset(following - run.start))
                if following
                else self.tr("Every inject has been played.")
            )
        self._fill_pending(tuple(waiting) if running else (), run)

    def _describe(self, inject: Inject) -> str:
        label = inject.title or inject.id
        if isinstance(inject, MentionBurst):
            return self.tr("{inject}: %n post(s) over {minutes} min", "", inject.count).format(
                inject=label, minutes=inject.spread_minutes
            )
        if isinstance(inject, MessageInject):
            return self.tr("{inject}: {channel} from {sender}").format(
                inject=label, channel=channel_name(inject.channel), sender=inject.sender
            )
        if isinstance(inject, EventInject):
            return self.tr("{inject}: event").format(inject=label)
        return label

    def _fill_pending(self, injects: tuple[Inject, ...], run: DrillRun | None) -> None:
        labels = [f"{inject.offset}  {self._describe(inject)}" for inject in injects]
        current = [self.pending_list.item(i).text() for i in range(self.pending_list.count())]
        if labels == current:
            return
        row = self.pending_list.currentRow()
        self.pending_list.blockSignals(True)
        self.pending_list.clear()
        for label, inject in zip(labels, injects, strict=True):
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, inject.id)
            self.pending_list.addItem(item)
        if run is not None and self.pending_list.count():
            self.pending_list.setCurrentRow(min(max(row, 0), self.pending_list.count() - 1))
        self.pending_list.blockSignals(False)
        self.fire_button.setEnabled(self.running and self.pending_list.currentRow() >= 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing pauses a running drill (File ▸ Run a drill… shows the window again)."""
        self.pause_for_exit()
        super().closeEvent(event)


def open_drill_window(
    parent: QWidget,
    database: Database,
    *,
    author: Callable[[], str],
    on_started: Callable[[str], object],
    shown_incident: str | None = None,
) -> DrillWindow:
    """Show the parent's drill window, creating it on first use (one per main window).

    What the drill changes reaches the parent through its room (``RoomContext.changed``): its chart,
    gauge and log follow the drill's incident when it is on screen. ``on_started`` gets the drill
    incident's id when a drill starts or resumes, so the parent can show it. ``shown_incident``: the
    incident the parent shows; when it is a drill that was interrupted, it is resumed.
    """
    window = parent.findChild(DrillWindow)
    if window is None:
        window = DrillWindow(database, author=author, parent=parent)  # in the parent's room (RoomContext.of)
        window.drill_started.connect(on_started)
    record = drill_record(database, shown_incident) if shown_incident is not None and not window.running else None
    if record is not None and not record.ended:
        window.resume(shown_incident)
    window.show()
    window.raise_()
    window.activateWindow()
    return window
