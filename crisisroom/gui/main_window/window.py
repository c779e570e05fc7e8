"""The main window: the incident switcher, the menus and toolbar, and the parts of an incident's page.

The window holds the room (:class:`~crisisroom.gui.context.RoomContext`: the database, the author
field, the incident on screen). Every change goes through a use case by ``context.run`` and comes
back on ``context.changed``: the window first lists the incidents again when one changed, then each
part redraws what it shows (:mod:`.dashboard`, :mod:`.log_panel`, :mod:`.backups`). The window
itself opens the dialogs and answers what the parts ask for.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.clock import now_utc
from crisisroom.domain.errors import UserError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Incident
from crisisroom.domain.response_steps import Step
from crisisroom.domain.severity import LEVELS
from crisisroom.gui import i18n, prompts, resources_rc  # noqa: F401  (registers the icons)
from crisisroom.gui.context import RoomContext
from crisisroom.gui.dialogs import open_dialog
from crisisroom.gui.main_window.actions import build_actions, build_menus, update_actions
from crisisroom.gui.main_window.backups import StatusChecks
from crisisroom.gui.main_window.dashboard import Dashboard
from crisisroom.gui.main_window.log_panel import LogPanel, QuickEntry
from crisisroom.gui.mentions.panel import MentionsPanel
from crisisroom.gui.models.log_model import LogTableModel
from crisisroom.gui.sharing.team_panel import TeamDock, TeamPanel
from crisisroom.gui.sharing.watcher import ShareWatcher
from crisisroom.gui.single_instance import bring_forward
from crisisroom.gui.tray import Tray
from crisisroom.gui.view_state import adopt_legacy_organisation, settings
from crisisroom.gui.welcome_page import WelcomePage
from crisisroom.gui.widgets.deadline_clock import resolve_warning
from crisisroom.gui.widgets.exercise_banner import ExerciseBanner
from crisisroom.services import incidents as incident_service
from crisisroom.services import mentions as mention_service
from crisisroom.services.backups import EVERYTHING
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import checklist, incidents, mentions, organisation, rules
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of
from crisisroom.system.user import default_author

if TYPE_CHECKING:  # dialogs load when first opened, not with the window
    from crisisroom.gui.assessment_dialog import AssessmentDialog
    from crisisroom.gui.correction_dialog import CorrectionDialog
    from crisisroom.gui.incident_dialog import IncidentDialog
    from crisisroom.gui.mentions.import_dialog import ImportDialog
    from crisisroom.gui.mentions.mention_dialog import MentionDialog
    from crisisroom.gui.mentions.rules_dialog import RulesDialog
    from crisisroom.gui.sharing.join_dialog import JoinDialog
    from crisisroom.gui.sharing.share_dialog import ShareDialog
    from crisisroom.gui.vault.window import VaultWindow
    from crisisroom.gui.wizard.wizard import CrisisWizard

HEADER_REFRESH_MS = 30_000
# What a wizard's page changed: a step committed may have changed the incident itself (its level, type, state).
WIZARD_RECORDS = Changes.LOG | Changes.STEPS | Changes.STATEMENTS
WIZARD_COMMITS = WIZARD_RECORDS | Changes.INCIDENTS


class MainWindow(QMainWindow):
    incident_opened = Signal(str)
    entry_added = Signal(str)
    chain_checked = Signal(bool)
    rules_fired = Signal(list)  # the new StoredFiring objects

    # Made from actions.ACTIONS (build_actions), one attribute each.
    new_action: QAction
    new_drill_action: QAction
    join_action: QAction
    drill_action: QAction
    backup_action: QAction
    restore_action: QAction
    vault_action: QAction
    quit_action: QAction
    entry_action: QAction
    find_action: QAction
    correct_action: QAction
    resolve_action: QAction
    reopen_action: QAction
    verify_action: QAction
    reports_action: QAction
    review_action: QAction
    share_action: QAction
    assess_action: QAction
    wizard_action: QAction
    import_action: QAction
    add_mention_action: QAction
    rules_action: QAction
    team_action: QAction
    templates_action: QAction
    settings_action: QAction
    show_drills_action: QAction
    team_panel_action: QAction
    about_action: QAction

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.context = RoomContext(database, parent=self)
        # Connected before any part: the switcher and the incident shown are up to date when the parts redraw.
        self.context.changed.connect(self._changed)
        self.context.stopped.connect(self.stop_writing)
        self._wizards: dict[str, CrisisWizard] = {}  # one non-modal wizard per incident
        self.setWindowTitle(self.tr("Crisis Room"))
        self.setWindowIcon(QIcon(":/icons/crisisroom.svg"))
        # The tray icon (where the desktop has one) and every desktop notification.
        self.tray = Tray(self)
        self.tray.show_requested.connect(lambda: bring_forward(self))
        self.tray.quit_requested.connect(self.close)
        self.log_model = LogTableModel(database, self)
        self.named_actions = build_actions(self)
        self.level_actions = [self.named_actions[f"level_{level.number}_action"] for level in LEVELS]
        self.level_menu = build_menus(self.menuBar(), self.named_actions)
        self._build_toolbar()
        self._build_central()
        self._build_team_dock()
        self.status = StatusChecks(self.context, self.statusBar(), self)
        self.status.checked.connect(self.chain_checked)
        self.status.about_to_restore.connect(self._close_incident_windows)
        self.chain_label = self.status.chain_label
        self.db_label = self.status.db_label
        self.stopped_label = self.status.stopped_label
        self._header_timer = QTimer(self, interval=HEADER_REFRESH_MS)
        self._header_timer.timeout.connect(self._refresh_dashboard)
        self._header_timer.start()
        # The next-update countdown counts seconds; reading the due time is one small query.
        self._countdown_timer = QTimer(self, interval=1000)
        # On the incident's clock: a drill's countdown reads the drill clock, as its log does.
        self._countdown_timer.timeout.connect(lambda: self.wizard_strip.tick(self.clock.now(now_utc())))
        self._countdown_timer.start()
        self._restore_state()
        self.context.call(lambda: adopt_legacy_organisation(self.database, author=self.context.author()))
        self.reload_incidents(select_id=settings().value("incident/last", None, str))

    # Construction

    def _build_toolbar(self) -> None:
        bar = self.addToolBar(self.tr("Incident"))
        bar.setObjectName("incident_toolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        label = QLabel(self.tr("Incident:"))
        label.setContentsMargins(6, 0, 6, 0)
        bar.addWidget(label)
        self.incident_combo = QComboBox()
        self.incident_combo.setObjectName("incident_combo")
        self.incident_combo.setAccessibleName(self.tr("Incident"))
        self.incident_combo.setMinimumContentsLength(36)
        self.incident_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.incident_combo.activated.connect(lambda index: self.open_incident(self.incident_combo.itemData(index)))
        label.setBuddy(self.incident_combo)
        bar.addWidget(self.incident_combo)
        bar.addAction(self.new_action)
        bar.addSeparator()
        level_button = QToolButton()
        level_button.setText(self.tr("Severity"))
        level_button.setMenu(self.level_menu)
        level_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        level_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.level_button = level_button
        bar.addWidget(level_button)
        bar.addAction(self.verify_action)

    def _build_team_dock(self) -> None:
        """The team panel of a shared incident (right of the page), and the watch on the shared folders."""
        self.share_watcher = ShareWatcher(self.context, self)
        self.share_watcher.admitted.connect(self._admitted_to_team)
        self.share_watcher.arrived.connect(self._entries_arrived)
        self.share_watcher.problems_changed.connect(self._sharing_problems)
        self.team_panel = TeamPanel(self.context, self.share_watcher, self.statusBar())
        self.team_panel.share_requested.connect(self.share_incident)
        self.team_dock = TeamDock(self.team_panel, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.team_dock)
        self.team_dock.hide()
        self.team_dock.closed_by_person.connect(lambda: self._keep_team_panel(False))
        self.team_dock.visibilityChanged.connect(self._team_dock_shown)

    def _build_central(self) -> None:
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_welcome_page())
        self.pages.addWidget(self._build_incident_page())
        self.setCentralWidget(self.pages)

    def _build_welcome_page(self) -> WelcomePage:
        self.welcome_page = WelcomePage(self.database, self.context.author, room=self.context)
        self.welcome_page.start_incident_requested.connect(lambda: self.new_incident())
        self.welcome_page.drill_requested.connect(self.open_drill_window)
        self.welcome_page.import_requested.connect(self.import_into_new_incident)
        self.welcome_page.demo_requested.connect(self.open_demo)
        self.welcome_page.join_requested.connect(self.join_shared_incident)
        self.welcome_page.team_requested.connect(self.edit_team)
        return self.welcome_page

    def _build_incident_page(self) -> QWidget:
        page = QWidget()
        self.banner = ExerciseBanner()
        self._drill_banner_text = self.banner.text()
        self.banner.setWordWrap(True)
        self.dashboard = Dashboard(self.context, self.tray, self.statusBar())
        self.header = self.dashboard.header
        self.chart = self.dashboard.chart
        self.wizard_strip = self.dashboard.wizard_strip
        self.next_panel = self.dashboard.next_panel
        self.alert_banner = self.dashboard.alert_banner
        self.chain_warning = self.dashboard.chain_warning
        # What the dashboard's parts ask for.
        self.header.gauge.clicked.connect(self.assess_severity)
        self.wizard_strip.step_clicked.connect(lambda key: self.open_wizard(Step(key)))
        self.next_panel.target_requested.connect(self.open_target)
        self.alert_banner.level_requested.connect(lambda _level: self.assess_severity())
        # "(+2 more)": the list of every firing is the Monitor step's.
        self.alert_banner.firings_requested.connect(lambda: self.open_wizard(Step.MONITOR))
        self.chain_warning.team_requested.connect(self.edit_team)
        self.chain_warning.chain_requested.connect(lambda: self.open_settings("chain"))
        self.dashboard.level_conflict.settle_requested.connect(self.assess_severity)

        self.mentions_panel = MentionsPanel(self.database, self.context.author, room=self.context)
        self.mentions_panel.import_requested.connect(lambda: self.import_mentions())
        self.mentions_panel.add_requested.connect(self.add_mention)
        # The panel's relabel evaluated the rules (services.mentions): what it fired is announced here.
        self.mentions_panel.relabelled.connect(lambda _seq, fired: self.announce(fired))

        self.log_panel = LogPanel(self.context, self.log_model, self.statusBar())
        self.log_panel.entry_added.connect(self.entry_added)
        self.log_view = self.log_panel.log_view
        self.search_edit = self.log_panel.search_edit
        self.kind_filter = self.log_panel.kind_filter
        self.match_label = self.log_panel.match_label
        self.quick_entry = QuickEntry(self.context, self.statusBar())
        self.quick_entry.entry_added.connect(lambda _id: self.log_panel.show_newest())
        self.quick_entry.entry_added.connect(self.entry_added)
        self.kind_combo = self.quick_entry.kind_combo
        self.author_edit = self.quick_entry.author_edit
        self.entry_edit = self.quick_entry.entry_edit
        self.earlier_button = self.quick_entry.earlier_button
        self.occurred_edit = self.quick_entry.occurred_edit
        self.add_button = self.quick_entry.add_button

        self.tabs = QTabWidget()
        self.tabs.setObjectName("incident_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.log_panel, self.tr("Crisis log"))
        self.tabs.addTab(self.mentions_panel, self.tr("Mentions"))
        # A splitter, so whoever needs more log or more chart can drag the line between them.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("dashboard_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.dashboard)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        body = QVBoxLayout()
        body.setContentsMargins(12, 12, 12, 8)
        body.setSpacing(8)
        body.addWidget(self.splitter, 1)
        body.addWidget(self.quick_entry)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        return page

    # State

    def _restore_state(self) -> None:
        stored = settings()
        geometry = stored.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = stored.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = stored.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        columns = stored.value("window/log_columns")
        if columns is not None:
            self.log_view.horizontalHeader().restoreState(columns)
            self.log_panel.fit_when_column()
        self.author_edit.setText(stored.value("log/author", default_author(), str))
        self.show_drills_action.setChecked(stored.value("view/show_drills", False, bool))

    def _save_state(self) -> None:
        stored = settings()
        stored.setValue("window/geometry", self.saveGeometry())
        stored.setValue("window/state", self.saveState())
        stored.setValue("window/log_columns", self.log_view.horizontalHeader().saveState())
        stored.setValue("window/splitter", self.splitter.saveState())
        stored.setValue("log/author", self.author_edit.text().strip())
        stored.setValue("view/show_drills", self.show_drills_action.isChecked())
        if self.incident is not None:
            stored.setValue("incident/last", self.incident.id)
        stored.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_state()
        # Nothing may touch the database once the window is closed (it is closed right after).
        for wizard in list(self._wizards.values()):
            wizard.close()  # writes what was typed in them before the timers stop
        drill = self.findChild(QWidget, "drill_window")
        if drill is not None:
            drill.pause_for_exit()  # type: ignore[attr-defined]  # logged, so the drill can be resumed
        self.share_watcher.stop()
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.tray.hide()
        super().closeEvent(event)

    # The room's changes

    def _changed(self, done: Done[Any]) -> None:
        """A use case changed something: first the switcher and the incident shown (the parts redraw after this)."""
        self._check_ground()
        changes = done.changes
        if changes == EVERYTHING:  # a restore replaced the contents: the room is shown afresh
            self.context.incident = None
            self.reload_incidents()
        elif changes & Changes.INCIDENTS:
            self.reload_incidents(redraw=False)  # titles, levels, open or resolved; each part redraws its own
        if changes & (Changes.SETTINGS | Changes.TEAM):
            self.welcome_page.refresh()
        if changes & Changes.MENTIONS and self.context.shows(done):
            self._show_mentions_count()
        if changes & Changes.SHARING and self.context.shows(done):
            self._show_team_panel()  # shared just now: the team panel shows the laptops
        if changes & Changes.SHARING and changes & (Changes.STEPS | Changes.STATEMENTS | Changes.INCIDENTS):
            # Another laptop's entries arrived: an open Crisis steps window shows them too (its pages keep
            # what is being typed; they re-read only what is stored).
            for wizard in list(self._wizards.values()):
                wizard.refresh_from_elsewhere()

    def _refresh_dashboard(self) -> None:
        """The half-minute timer: ages and countdowns move with the clock."""
        self._check_ground()
        self.dashboard.refresh()

    @property
    def clock(self) -> IncidentClock:
        """The shown incident's clock (its zone; a played drill's drill clock)."""
        return self.context.clock

    # Incidents

    @property
    def incident(self) -> Incident | None:
        return self.context.incident

    def reload_incidents(self, select_id: str | None = None, *, redraw: bool = True) -> None:
        """Refill the switcher; drills only when asked for (or when the one shown is a drill).

        ``redraw``: show the incident afresh even when it stays the one shown (a change that came on
        ``context.changed`` leaves that to the parts).
        """
        wanted = select_id or self.context.incident_id
        found = incidents.list_incidents(self.database, include_drills=self.show_drills_action.isChecked())
        if wanted and all(i.id != wanted for i in found):
            try:
                found.insert(0, incidents.get(self.database, wanted))
            except UserError:
                wanted = None  # gone (a restore): the first one listed is shown
        self.incident_combo.clear()
        for item in found:
            level = f"L{item.level}" if item.level else "L?"
            title = f"{level} · {i18n.display_title(item)}"
            if not item.is_open:
                title = self.tr("{incident} (resolved)").format(incident=title)
            self.incident_combo.addItem(title, item.id)
        if not found:
            self._show_incident(None)
            return
        self.open_incident(wanted or found[0].id, redraw=redraw)

    def open_incident(self, incident_id: str, *, redraw: bool = True) -> None:
        if self.incident_combo.findData(incident_id) < 0:
            # Not in the switcher (a drill while drills are hidden): list it, which opens it.
            self.reload_incidents(select_id=incident_id)
            return
        incident = incidents.get(self.database, incident_id)
        self.context.run(lambda: mention_service.recheck(self.database, incident.id))  # what a crash kept unrecorded
        if self.incident is None or self.incident.id != incident.id:
            self.tabs.setCurrentIndex(0)  # another incident opens on its crisis log, not the last one's tab
        self._show_incident(incident, redraw=redraw)
        self.incident_opened.emit(incident.id)

    def _show_incident(self, incident: Incident | None, *, redraw: bool = True) -> None:
        before = self.context.incident_id
        self.context.incident = incident
        has = incident is not None
        self.pages.setCurrentIndex(1 if has else 0)
        update_actions(self.named_actions, incident)
        self._show_team_panel()
        self.level_button.setEnabled(has)
        self.level_menu.setEnabled(has)
        self.incident_combo.setEnabled(has)
        self.status.schedule_verify()  # the status bar counts the incident on screen (or the file, without one)
        if incident is None:
            self.setWindowTitle(self.tr("Crisis Room"))
            self.log_panel.show_incident()
            self.mentions_panel.show_incident(None)
            self.welcome_page.refresh()
            self.tray.show_state(None, None)
            return
        index = self.incident_combo.findData(incident.id)
        if index >= 0:
            self.incident_combo.setCurrentIndex(index)
        self.setWindowTitle(self.tr("{incident} · Crisis Room").format(incident=i18n.display_title(incident)))
        self.banner.setVisible(incident.is_drill)
        if incident.is_drill:
            from crisisroom.services import demo

            self.banner.setText(
                self.tr(
                    "EXERCISE · Demo: a made-up brand, team and posts, generated on this computer over the "
                    "past 36 hours. Look around, try the crisis steps; nothing here is real."
                )
                if demo.is_demo(self.database, incident.id)
                else self._drill_banner_text
            )
        for number, action in enumerate(self.level_actions, start=1):
            action.setChecked(incident.level == number)
        self.level_button.setText(self.tr("Severity: {level}").format(level=incident.level or "?"))
        if redraw or before != incident.id:
            self.dashboard.refresh()
            self.mentions_panel.show_incident(incident.id)
            self._show_mentions_count()
            self.log_panel.show_incident()

    def _show_mentions_count(self) -> None:
        incident = self.context.incident
        total = mentions.count(self.database, incident.id)[0] if incident is not None else 0
        self.tabs.setTabText(
            1, self.tr("Mentions ({count})").format(count=QLocale().toString(total)) if total else self.tr("Mentions")
        )

    def open_target(self, target: str) -> object:
        """Open where a Next step points: a wizard step, the severity assessment, the review or the log line."""
        if target.startswith("wizard:"):
            return self.open_wizard(Step.parse(target.split(":", 1)[1]))
        if target == "level":
            return self.assess_severity()
        if target == "review":
            return self.open_review()
        self.focus_entry()
        return None

    def open_wizard(self, step: Step | None = None) -> CrisisWizard | None:
        """Open the incident's crisis steps (non-modal; one per incident, brought to the front if open)."""
        incident = self.incident
        if incident is None:
            return None
        from crisisroom.gui.wizard.wizard import CrisisWizard  # loaded when first opened, not at start-up

        wizard = self._wizards.get(incident.id)
        if wizard is None:
            wizard = CrisisWizard(self.database, incident.id, author=self.context.author, parent=self)
            # Its pages show their problems in place; what they recorded is told to the room here.
            wizard.step_committed.connect(lambda _step, key=incident.id: self.context.tell(WIZARD_COMMITS, key))
            wizard.records_changed.connect(lambda key=incident.id: self.context.tell(WIZARD_RECORDS, key))
            wizard.resolved.connect(self._after_resolved)
            wizard.destroyed.connect(lambda _=None, key=incident.id: self._wizards.pop(key, None))
            self._wizards[incident.id] = wizard
        if step is not None:
            wizard.go_to(step)
        return open_dialog(wizard, modeless=True)

    def _after_resolved(self, incident_id: str) -> None:
        self.statusBar().showMessage(self.tr("The incident is resolved. The post-crisis review comes next."), 15_000)
        self.open_review(incident_id)

    def _close_incident_windows(self) -> None:
        """Before a restore: wizards and the drill window would write into the contents that replace theirs."""
        for wizard in list(self._wizards.values()):
            wizard.close()
        drill = self.findChild(QWidget, "drill_window")
        if drill is not None:
            drill.close()
            drill.deleteLater()

    def open_reports(self, incident_id: str | None = None) -> QDialog | None:
        """Incident ▸ Reports…: preview, save and print the reports of the current incident."""
        from crisisroom.gui.report_preview import ReportPreview

        key = incident_id or self.context.incident_id
        dialog = self.context.call(lambda: ReportPreview(self.database, key, self)) if key else None
        return open_dialog(dialog) if dialog is not None else None

    def open_review(self, incident_id: str | None = None) -> QDialog | None:
        """Incident ▸ Post-crisis review…; also opened when a wizard resolves its incident."""
        from crisisroom.gui.wizard.review_page import PostCrisisReview

        key = incident_id or self.context.incident_id
        dialog = (
            self.context.call(
                lambda: PostCrisisReview(self.database, key, self, author=self.context.author, room=self.context)
            )
            if key
            else None
        )
        return open_dialog(dialog, modeless=True) if dialog is not None else None

    # Mentions and alerts

    def announce(self, fired: Sequence[rules.StoredFiring]) -> None:
        """Rules that fired: in the status bar, as a desktop notification, and to whoever listens (rules_fired)."""
        new = list(fired)
        if not new:
            return
        latest = new[-1]
        rule, action = i18n.label("Rules", latest.rule_name), i18n.label("Rules", latest.action)
        self.statusBar().showMessage(f"⚠ {rule}: {action}", 15_000)
        self.tray.notify(self.tr("Crisis Room: {rule}").format(rule=rule), latest.message(), urgent=True)
        self.rules_fired.emit(new)

    def after_mentions_changed(self) -> list[rules.StoredFiring]:
        """After the mentions changed outside the window's use cases: the rules evaluated, everything shown
        as stored and what fired announced."""
        incident = self.incident
        if incident is None:
            return []
        new = self.context.run(lambda: mention_service.evaluate(self.database, incident.id)) or []
        self.context.tell(Changes.MENTIONS | Changes.ALERTS | Changes.LOG, incident.id)
        self.announce(new)
        return new

    def acknowledge_alert(self, firing_id: str) -> None:
        self.dashboard.acknowledge(firing_id)

    def assess_severity(self) -> AssessmentDialog | None:
        """The plain-question assessment; the confirmed level and its reasons go into the log."""
        incident = self.incident
        if incident is None:
            return None
        from crisisroom.gui.assessment_dialog import AssessmentDialog  # loaded when first opened, not at start-up

        return open_dialog(
            AssessmentDialog(incident.level, is_drill=incident.is_drill, parent=self),
            accepted=lambda dialog: self._confirm_assessed_level(incident.id, *dialog.confirmed()),
        )

    def _confirm_assessed_level(self, incident_id: str, number: int, reason: str) -> None:
        # A new level is confirmed; the same level is logged as reassessed (``crisisroom incident level --reason``).
        self.context.run(
            lambda: incident_service.reassess(
                self.database, incident_id, number, author=self.context.author(), reason=reason
            )
        )

    def add_mention(self) -> MentionDialog | None:
        if self.incident is None:
            return None
        from crisisroom.gui.mentions.mention_dialog import MentionDialog  # loaded when first opened, not at start-up

        return open_dialog(MentionDialog(self), accepted=self._save_mention)

    def _save_mention(self, dialog: MentionDialog) -> None:
        incident = self.incident
        if incident is None:
            return
        # Its sentiment detected there when none was chosen, and the rules evaluated after it.
        added = self.context.run(
            lambda: mention_service.add_mention(
                self.database, incident.id, dialog.mention(), author=self.context.author()
            ),
            title=self.tr("The mention was not added"),
        )
        if added is None:
            return
        if not added.added:
            self.statusBar().showMessage(self.tr("That mention is already in the room."), 8000)
        self.announce(added.firings)

    def import_mentions(self, path: Path | None = None) -> ImportDialog | None:
        """Open the import dialog (preview, mapping, progress off the GUI thread, summary)."""
        if self.incident is None:
            return None
        from crisisroom.gui.mentions.import_dialog import ImportDialog

        dialog = ImportDialog(
            self.database, self.incident, author=self.context.author(), parent=self, path=path, room=self.context
        )
        # The import's worker evaluated the rules and the room was told what changed; what fired is announced.
        dialog.imported.connect(lambda outcome: self.announce(outcome.firings))
        return open_dialog(dialog)

    def edit_rules(self) -> RulesDialog:
        from crisisroom.gui.mentions.rules_dialog import RulesDialog  # loaded when first opened, not at start-up

        return open_dialog(RulesDialog(rules.load(self.database), self), accepted=self._save_rules)

    def _save_rules(self, dialog: RulesDialog) -> None:
        fired = self.context.run(
            lambda: mention_service.save_rules(self.database, dialog.rules(), author=self.context.author())
        )
        if fired is not None and self.incident is not None:  # the rules re-derived its firings: announce the new ones
            self.announce(fired.get(self.incident.id, []))

    # Other windows

    def open_vault(self) -> VaultWindow:
        from crisisroom.gui.vault.window import open_vault_window  # keyring and cryptography load on first use

        return open_vault_window(
            self, self.database, author=self.context.author, incident_id=lambda: self.context.incident_id
        )

    def open_drill_window(self) -> QWidget:
        """File ▸ Run a drill…: the facilitator's window; its drill incident opens here, its injects refresh it."""
        from crisisroom.gui.drill.window import open_drill_window

        shown = self.incident
        return open_drill_window(
            self,
            self.database,
            author=self.context.author,
            on_started=self._drill_started,
            shown_incident=shown.id if shown is not None and shown.is_drill else None,
        )

    def _drill_started(self, incident_id: str) -> None:
        self.show_drills_action.setChecked(True)
        self.reload_incidents(select_id=incident_id)

    def edit_team(self) -> QDialog:
        from crisisroom.gui.settings.team_dialog import TeamDialog  # loaded when opened, not at start-up

        return open_dialog(TeamDialog(self.database, self, author=self.context.author))

    def edit_templates(self) -> QDialog:
        from crisisroom.gui.settings.template_editor import TemplateEditor

        return open_dialog(TemplateEditor(self.database, None, self))

    def open_settings(self, page: str | None = None) -> QDialog:
        """Settings ▸ Settings…: one dialog for the organisation, rules, updates, team, templates, data, keychain."""
        from crisisroom.gui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(
            self.database,
            author=self.context.author,
            open_rules=self.edit_rules,
            open_team=self.edit_team,
            open_templates=self.edit_templates,
            restore=self.restore_from,
            parent=self,
        )
        if page:
            dialog.show_page(page)
        return open_dialog(dialog)

    def show_about(self) -> None:
        from crisisroom.gui.about_dialog import AboutDialog

        open_dialog(AboutDialog(self.database.path, self))

    # Incidents: new, level, resolve

    def new_incident(self, *, drill: bool = False) -> IncidentDialog:
        """Open the New incident dialog (window-modal, no nested event loop)."""
        from crisisroom.gui.incident_dialog import IncidentDialog  # loaded when first opened, not at start-up

        return open_dialog(
            IncidentDialog(self, drill=drill, timezone=organisation.default_timezone(self.database)),
            accepted=self._create_incident,
        )

    def new_drill(self) -> IncidentDialog:
        return self.new_incident(drill=True)

    def _create_incident(self, dialog: IncidentDialog) -> None:
        def create() -> Done[Incident]:
            values = dialog.values()
            return incident_service.open_incident(
                self.database,
                values.title,
                category=values.category,
                author=self.context.author(),
                drill=values.is_drill,
                level=values.level,
                detected_at=values.detected_at,
                timezone=values.timezone,
            )

        created = self.context.run(create, title=self.tr("The incident was not created"))
        if created is None:
            return
        self.reload_incidents(select_id=created.id, redraw=False)  # shown afresh unless it already is
        self.focus_entry()
        self.statusBar().showMessage(self.tr("Opened {incident}").format(incident=i18n.display_title(created)), 5000)

    def set_level(self, number: int) -> None:
        incident = self.incident
        if incident is None or incident.level == number:
            self._show_incident(incident, redraw=False)  # the level's tick back where it was
            return
        reason = prompts.get_text(
            self,
            self.tr("Confirm severity"),
            self.tr("Why {level}? (optional, goes into the log)").format(level=i18n.level_label(number)),
        )
        if reason is None:
            self._show_incident(incident, redraw=False)
            return
        changed = self.context.run(
            lambda: incident_service.set_level(
                self.database, incident.id, number, author=self.context.author(), reason=reason
            )
        )
        if changed is None:
            self._show_incident(incident, redraw=False)  # the level's tick back where it was

    def resolve_incident(self) -> None:
        self._close_or_reopen(resolve=True)

    def reopen_incident(self) -> None:
        self._close_or_reopen(resolve=False)

    def _close_or_reopen(self, *, resolve: bool) -> None:
        incident = self.incident
        if incident is None:
            return
        if resolve:
            title = self.tr("Resolve incident")
            question = self.tr("Resolve “{title}”. A note for the log (optional):")
        else:
            title = self.tr("Reopen incident")
            question = self.tr("Reopen “{title}”. A note for the log (optional):")
        question = question.format(title=incident.title)
        if resolve:
            # A breach whose authority is not notified yet may be resolved, but not without a word.
            clock = clock_of(self.database, incident)
            deadline = checklist.breach_deadline_of(self.database, incident, clock)
            warning = resolve_warning(deadline, clock.now(now_utc()), clock.zone)
            if warning:
                question = f"{warning}\n\n{question}"
        note = prompts.get_text(self, title, question)
        if note is None:
            return
        change = incident_service.resolve if resolve else incident_service.reopen
        self.context.run(lambda: change(self.database, incident.id, author=self.context.author(), note=note))

    def open_demo(self) -> str | None:
        """Open the demo incident, making it first when there is none (it is a drill: marked EXERCISE)."""
        from crisisroom.services import demo

        demo_id = demo.find_demo(self.database)
        if demo_id is None:
            self.statusBar().showMessage(self.tr("Making the demo incident…"))
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                made = self.context.run(lambda: demo.create_demo(self.database))
            finally:
                QGuiApplication.restoreOverrideCursor()
            if made is None:
                return None
            demo_id = made.incident_id
        self.show_drills_action.setChecked(True)
        self.reload_incidents(select_id=demo_id)
        self.statusBar().showMessage(
            self.tr("The demo incident is made up and marked EXERCISE; it never counts as a real incident."), 10_000
        )
        return demo_id

    def import_into_new_incident(self) -> IncidentDialog | None:
        """Mentions belong to an incident: say so, start one, then open the import for it."""
        if self.incident is not None:
            self.import_mentions()
            return None
        if not prompts.confirm(
            self,
            self.tr("Import an export"),
            self.tr(
                "Imported mentions belong to an incident. Start the incident they are about first; "
                "the import opens as soon as it is created."
            ),
            self.tr("Start an incident…"),
        ):
            return None
        dialog = self.new_incident()
        # Connected after _create_incident, so the incident exists (and is shown) when this runs.
        dialog.accepted.connect(lambda: QTimer.singleShot(0, lambda: self.import_mentions()))
        return dialog

    # Sharing with the team (its parts: gui/sharing/)

    def share_incident(self) -> ShareDialog | None:
        """Incident ▸ Share with the team…: the folder, then this laptop's fingerprint; the team panel shows after."""
        incident = self.incident
        if incident is None:
            return None
        from crisisroom.storage import sharing  # read only

        shared = sharing.share_of(self.database, incident.id)
        if shared is not None:
            self._keep_team_panel(True)
            self.statusBar().showMessage(
                self.tr("This incident is already shared through {folder}.").format(folder=shared.folder), 8000
            )
            return None
        from crisisroom.gui.sharing.share_dialog import ShareDialog  # loaded when first opened, not at start-up

        dialog = ShareDialog(self.context, incident, self, watcher=self.share_watcher)
        dialog.syncthing_changed.connect(self.team_panel.ask_syncthing)
        return open_dialog(dialog)

    def join_shared_incident(self) -> JoinDialog:
        """File ▸ Join a shared incident…: the folder, the fingerprints to compare, then waiting to be admitted."""
        from crisisroom.gui.sharing.join_dialog import JoinDialog  # loaded when first opened, not at start-up

        dialog = JoinDialog(self.context, self.share_watcher, self)
        dialog.author_chosen.connect(self.author_edit.setText)  # the name joined under writes the entries
        return open_dialog(dialog, modeless=True)

    def toggle_team_panel(self) -> None:
        """View ▸ Team panel: shown for a shared incident unless the person closed it."""
        self._keep_team_panel(self.team_panel_action.isChecked())

    def _keep_team_panel(self, shown: bool) -> None:
        settings().setValue("view/team_panel", shown)
        self.team_dock.setVisible(shown)
        self.team_panel.refresh()

    def _show_team_panel(self) -> None:
        """The team panel with a shared incident (unless the person closed it); hidden with any other."""
        incident = self.context.incident
        wanted = settings().value("view/team_panel", True, bool)
        if incident is None:
            self.team_dock.hide()
            return
        from crisisroom.storage import sharing  # read only

        # Not shared: hidden (View ▸ Team panel shows the one line that offers to share it). Alarms are
        # never out of sight: with any, the panel shows even if it was closed, and the status bar says so.
        share = sharing.share_of(self.database, incident.id)
        alarms = sharing.alarms(self.database, share.share_id) if share is not None else []
        self.team_dock.setVisible(share is not None and (wanted or bool(alarms)))
        self.team_panel.refresh()
        if alarms:
            self.statusBar().showMessage(
                self.tr("⚠ The shared folder has %n alarm(s): see the Team panel.", "", len(alarms)), 30_000
            )

    def _team_dock_shown(self, shown: bool) -> None:
        self.team_panel_action.blockSignals(True)
        self.team_panel_action.setChecked(shown)
        self.team_panel_action.blockSignals(False)

    def _admitted_to_team(self, incident_id: str) -> None:
        """This laptop was admitted: the incident is here; open it."""
        self.reload_incidents(select_id=incident_id)
        self.statusBar().showMessage(
            self.tr("This laptop was admitted to the team: the shared incident is here."), 10_000
        )

    def _entries_arrived(self, count: int) -> None:
        self.statusBar().showMessage(self.tr("%n new entries from the team's other laptops.", "", count), 6000)

    def _sharing_problems(self, problems: list[str]) -> None:
        if problems:
            self.statusBar().showMessage(self.tr("Sharing: {problem}").format(problem=problems[0]), 15_000)

    # The log (its parts: log_panel.py)

    def focus_entry(self) -> None:
        self.quick_entry.focus_entry()

    def focus_search(self) -> None:
        self.log_panel.focus_search()

    def add_entry(self) -> None:
        self.quick_entry.add_entry()

    def correct_selected(self) -> None:
        self.log_panel.correct_selected()

    def correct_entry(self, row: int) -> CorrectionDialog | None:
        return self.log_panel.correct_entry(row)

    # Checks and backups (their part: backups.py)

    def verify_log(self) -> None:
        self.status.verify_log()

    def auto_backup(self) -> None:
        self.status.auto_backup()

    def backup_now(self) -> None:
        self.status.backup_now()

    def restore_from_backup(self) -> None:
        self.status.restore_from_backup()

    def restore_from(self, source: Path) -> bool:
        return self.status.restore_from(source)

    # The file changed underneath

    def stop_writing(self, reason: str) -> None:
        """The file changed under the window: say so once, write nothing more, show what the file holds."""
        first = self.stopped_label.isHidden()
        self.database.settle()
        self.quick_entry.stop_writing()
        self.status.show_stopped(reason)
        if first:
            prompts.error(self, self.tr("Crisis Room stopped writing"), reason)
        try:
            self.log_model.refresh()
            self.dashboard.refresh()
        except UserError as exc:  # the file cannot be read either: the status bar says so
            self.statusBar().showMessage(str(exc))
        self.verify_log()

    def _check_ground(self) -> None:
        """A stop seen by another window or worker of this file reaches this window too."""
        if self.database.moved is not None and self.stopped_label.isHidden():
            self.stop_writing(self.database.moved)
