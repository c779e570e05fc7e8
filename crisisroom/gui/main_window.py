"""The main window: incident switcher, dashboard header, the crisis log and the quick-entry line."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QDateTime, QLocale, QPoint, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.clock import now_utc, to_iso, zone_from_name
from crisisroom.domain.errors import UserError
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Incident
from crisisroom.domain.log import TYPED_KINDS, Kind
from crisisroom.domain.response_steps import Step
from crisisroom.domain.severity import LEVELS
from crisisroom.domain.text import translate
from crisisroom.gui import i18n, prompts, resources_rc, shortcuts  # noqa: F401  (registers the icons)
from crisisroom.gui.mentions.panel import MentionsPanel
from crisisroom.gui.models.log_model import AUTHOR, KIND, WHEN, LogTableModel
from crisisroom.gui.single_instance import bring_forward
from crisisroom.gui.style import muted, warning_colour
from crisisroom.gui.tray import Tray
from crisisroom.gui.view_state import adopt_legacy_organisation, settings
from crisisroom.gui.welcome_page import WelcomePage
from crisisroom.gui.widgets.alert_banner import AlertBanner
from crisisroom.gui.widgets.chain_warning import ChainWarning
from crisisroom.gui.widgets.dashboard_header import DashboardHeader
from crisisroom.gui.widgets.deadline_clock import resolve_warning
from crisisroom.gui.widgets.exercise_banner import ExerciseBanner
from crisisroom.gui.widgets.mentions_chart import MentionsChart
from crisisroom.gui.widgets.next_panel import NextPanel
from crisisroom.gui.widgets.wizard_strip import WizardStrip
from crisisroom.gui.workers import run_in_background
from crisisroom.services import incidents as incident_service
from crisisroom.services import log as log_service
from crisisroom.services import mentions as mention_service
from crisisroom.services import next_steps as next_steps_service
from crisisroom.storage import (
    backups,
    chain_of_command,
    checklist,
    evidence,
    incidents,
    log,
    mentions,
    messages,
    organisation,
    rules,
    team,
)
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database, open_database
from crisisroom.storage.errors import GroundMovedError
from crisisroom.storage.incident_clock import clock_of
from crisisroom.system import paths
from crisisroom.system.user import default_author

if TYPE_CHECKING:  # dialogs load when first opened, not with the window
    from crisisroom.gui.assessment_dialog import AssessmentDialog
    from crisisroom.gui.correction_dialog import CorrectionDialog
    from crisisroom.gui.incident_dialog import IncidentDialog
    from crisisroom.gui.mentions.import_dialog import ImportDialog
    from crisisroom.gui.mentions.mention_dialog import MentionDialog
    from crisisroom.gui.mentions.rules_dialog import RulesDialog
    from crisisroom.gui.vault.window import VaultWindow
    from crisisroom.gui.wizard.wizard import CrisisWizard
    from crisisroom.services.mentions import ImportOutcome

T = TypeVar("T")
SEARCH_DELAY_MS = 150
HEADER_REFRESH_MS = 30_000
VERIFY_DELAY_MS = 100


class MainWindow(QMainWindow):
    incident_opened = Signal(str)
    entry_added = Signal(str)
    chain_checked = Signal(bool)
    rules_fired = Signal(list)  # the new StoredFiring objects

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._incident: Incident | None = None
        self.clock = IncidentClock()  # the shown incident's clock (its zone; a played drill's drill clock)
        self._wizards: dict[str, CrisisWizard] = {}  # one non-modal wizard per incident
        self._last_kept = False  # whether the last storage call that met a stop reached the file
        self.setWindowTitle(self.tr("Crisis Room"))
        self.setWindowIcon(QIcon(":/icons/crisisroom.svg"))
        # The tray icon (where the desktop has one) and every desktop notification.
        self.tray = Tray(self)
        self.tray.show_requested.connect(lambda: bring_forward(self))
        self.tray.quit_requested.connect(self.close)
        self.log_model = LogTableModel(database, self)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_central()
        self._build_status_bar()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_filter)
        self._header_timer = QTimer(self, interval=HEADER_REFRESH_MS)
        self._header_timer.timeout.connect(self._refresh_header)
        self._header_timer.start()
        # The next-update countdown counts seconds; reading the due time is one small query.
        self._countdown_timer = QTimer(self, interval=1000)
        # On the incident's clock: a drill's countdown reads the drill clock, as its log does.
        self._countdown_timer.timeout.connect(lambda: self.wizard_strip.tick(self.clock.now(now_utc())))
        self._countdown_timer.start()
        self._backup_timer = QTimer(self, interval=int(backups.AUTO_INTERVAL.total_seconds() * 1000))
        self._backup_timer.timeout.connect(self.auto_backup)
        self._backup_timer.start()
        # The chain is re-checked right after the log changes (a burst of changes, once), so the status
        # bar never goes stale; one check runs at a time, and a change during it asks for another.
        self._verify_timer = QTimer(self, singleShot=True, interval=VERIFY_DELAY_MS)
        self._verify_timer.timeout.connect(self.verify_log)
        self._verifying = False
        self._verify_again = False
        self._restore_state()
        self._run(lambda: adopt_legacy_organisation(self.database, author=self._author()))
        self.reload_incidents(select_id=settings().value("incident/last", None, str))

    # Construction

    def _action(self, text: str, slot: object, shortcut: shortcuts.Shortcut | None = None, icon: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            shortcuts.assign(action, shortcut)  # every key comes from the application's one keyboard map
        if icon:
            action.setIcon(QIcon(f":/icons/{icon}.svg"))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New incident…"), lambda: self.new_incident(), shortcuts.NEW_INCIDENT, "new-incident"
        )
        self.new_drill_action = self._action(
            self.tr("New &drill…"), lambda: self.new_incident(drill=True), shortcuts.NEW_DRILL, "drill"
        )
        self.drill_action = self._action(self.tr("Run a d&rill…"), self.open_drill_window, shortcuts.RUN_DRILL, "drill")
        self.backup_action = self._action(self.tr("&Back up now"), self.backup_now, None, "backup")
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.restore_from_backup)
        self.vault_action = self._action(
            self.tr("Shared &accounts…"), self.open_vault, shortcuts.SHARED_ACCOUNTS, "vault"
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, shortcuts.QUIT)
        self.entry_action = self._action(
            self.tr("Write a &log entry"), self.focus_entry, shortcuts.WRITE_LOG_ENTRY, "log-entry"
        )
        self.find_action = self._action(self.tr("&Find in log"), self.focus_search, shortcuts.FIND, "search")
        self.correct_action = self._action(
            self.tr("&Correct selected entry…"), self.correct_selected, shortcuts.CORRECT_ENTRY
        )
        self.resolve_action = self._action(self.tr("&Resolve incident…"), self.resolve_incident)
        self.reopen_action = self._action(self.tr("Re&open incident…"), self.reopen_incident)
        self.verify_action = self._action(self.tr("&Verify the log"), self.verify_log, shortcuts.VERIFY_LOG, "verify")
        self.reports_action = self._action(self.tr("&Reports…"), lambda: self.open_reports(), shortcuts.REPORTS)
        self.review_action = self._action(self.tr("&Post-crisis review…"), lambda: self.open_review())
        self.level_actions = []
        for lvl in LEVELS:
            action = self._action(
                i18n.level_label(lvl.number),
                lambda _=False, n=lvl.number: self.set_level(n),
                shortcuts.SEVERITY_LEVELS[lvl.number - 1],
            )
            action.setCheckable(True)
            action.setToolTip(f"{i18n.label('Severity', lvl.examples)} {i18n.label('Severity', lvl.handled_by)}")
            self.level_actions.append(action)
        self.assess_action = self._action(self.tr("&Assess severity…"), self.assess_severity, shortcuts.ASSESS_SEVERITY)
        # Ctrl+W closes windows by convention, so the wizard gets Ctrl+Shift+W.
        self.wizard_action = self._action(self.tr("Crisis &steps…"), lambda: self.open_wizard(), shortcuts.CRISIS_STEPS)
        self.import_action = self._action(
            self.tr("&Import mentions…"), lambda: self.import_mentions(), shortcuts.IMPORT_MENTIONS
        )
        self.add_mention_action = self._action(self.tr("Add a &mention…"), self.add_mention, shortcuts.ADD_MENTION)
        self.rules_action = self._action(self.tr("&Escalation rules…"), self.edit_rules)
        self.team_action = self._action(self.tr("&Team…"), self.edit_team, shortcuts.TEAM)
        self.templates_action = self._action(self.tr("Message &templates…"), self.edit_templates)
        # Ctrl+, where the desktop has no Preferences key (Windows, some Linux): see shortcuts.SETTINGS.
        self.settings_action = self._action(self.tr("&Settings…"), lambda: self.open_settings(), shortcuts.SETTINGS)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.show_drills_action = self._action(
            self.tr("Show &drills in the incident list"), lambda: self.reload_incidents()
        )
        self.show_drills_action.setCheckable(True)
        self.about_action = self._action(self.tr("&About Crisis Room"), self.show_about)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.new_drill_action, self.drill_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addAction(self.vault_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        incident_menu = menu.addMenu(self.tr("&Incident"))
        incident_menu.addAction(self.wizard_action)
        incident_menu.addSeparator()
        incident_menu.addAction(self.entry_action)
        incident_menu.addAction(self.correct_action)
        incident_menu.addSeparator()
        incident_menu.addAction(self.assess_action)
        self.level_menu = incident_menu.addMenu(self.tr("Set &severity level"))
        self.level_menu.addActions(self.level_actions)
        incident_menu.addSeparator()
        incident_menu.addActions([self.import_action, self.add_mention_action])
        incident_menu.addSeparator()
        incident_menu.addActions([self.resolve_action, self.reopen_action])
        incident_menu.addSeparator()
        incident_menu.addActions([self.reports_action, self.review_action])
        incident_menu.addSeparator()
        incident_menu.addAction(self.verify_action)
        view_menu = menu.addMenu(self.tr("&View"))
        view_menu.addAction(self.find_action)
        view_menu.addAction(self.show_drills_action)
        settings_menu = menu.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.settings_action)
        settings_menu.addSeparator()
        settings_menu.addAction(self.team_action)
        settings_menu.addAction(self.templates_action)
        settings_menu.addAction(self.rules_action)
        help_menu = menu.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

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

    def _build_central(self) -> None:
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_welcome_page())
        self.pages.addWidget(self._build_incident_page())
        self.setCentralWidget(self.pages)

    def _build_welcome_page(self) -> WelcomePage:
        self.welcome_page = WelcomePage(self.database, self._author)
        self.welcome_page.start_incident_requested.connect(lambda: self.new_incident())
        self.welcome_page.drill_requested.connect(self.open_drill_window)
        self.welcome_page.import_requested.connect(self.import_into_new_incident)
        self.welcome_page.demo_requested.connect(self.open_demo)
        self.welcome_page.team_requested.connect(self.edit_team)
        return self.welcome_page

    def _build_incident_page(self) -> QWidget:
        page = QWidget()
        self.banner = ExerciseBanner()
        self._drill_banner_text = self.banner.text()
        self.banner.setWordWrap(True)
        self.header = DashboardHeader()
        self.header.gauge.clicked.connect(self.assess_severity)
        self.wizard_strip = WizardStrip()
        self.wizard_strip.step_clicked.connect(lambda key: self.open_wizard(Step(key)))
        self.wizard_strip.became_due.connect(self._remind_update)
        self.wizard_strip.became_overdue.connect(lambda: self._remind_update(overdue=True))
        self.next_panel = NextPanel()
        self.next_panel.target_requested.connect(self.open_target)
        self.alert_banner = AlertBanner()
        self.alert_banner.acknowledged.connect(self.acknowledge_alert)
        self.alert_banner.level_requested.connect(lambda _level: self.assess_severity())
        # "(+2 more)": the list of every firing is the Monitor step's.
        self.alert_banner.firings_requested.connect(lambda: self.open_wizard(Step.MONITOR))
        self.chain_warning = ChainWarning()
        self.chain_warning.team_requested.connect(self.edit_team)
        self.chain_warning.chain_requested.connect(lambda: self.open_settings("chain"))
        self.chart = MentionsChart()
        self.chart.setObjectName("mentions_chart")
        self.header.chart_row.addWidget(self.chart)
        self.mentions_panel = MentionsPanel(self.database, self._author)
        self.mentions_panel.import_requested.connect(lambda: self.import_mentions())
        self.mentions_panel.add_requested.connect(self.add_mention)
        # The panel's relabel evaluated the rules (services.mentions): what it fired is announced here.
        self.mentions_panel.relabelled.connect(
            lambda _seq, fired: self.after_mentions_changed(evaluate=False, fired=fired)
        )

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setPlaceholderText(self.tr("Search the log (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search the log"))
        self.search_edit.textChanged.connect(lambda: self._search_timer.start())
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kind_filter")
        self.kind_filter.setAccessibleName(self.tr("Show entries of kind"))
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for kind in Kind:
            self.kind_filter.addItem(i18n.label("LogKind", kind.label), kind.value)
        self.kind_filter.currentIndexChanged.connect(self._apply_filter)
        self.match_label = QLabel()
        muted(self.match_label)
        filters = QHBoxLayout()
        filters.addStretch(1)
        filters.addWidget(self.match_label)
        filters.addWidget(self.kind_filter)
        filters.addWidget(self.search_edit, 1)

        self.log_view = QTableView()
        self.log_view.setObjectName("log_view")
        self.log_view.setAccessibleName(self.tr("Crisis log"))
        self.log_view.setModel(self.log_model)
        self.log_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Rows are chosen with the arrow keys; Tab moves on to the entry line instead of trapping
        # keyboard users among the cells of a read-only log.
        self.log_view.setTabKeyNavigation(False)
        self.log_view.setAlternatingRowColors(True)
        self.log_view.setWordWrap(False)
        self.log_view.setShowGrid(False)
        self.log_view.verticalHeader().hide()
        self.log_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.log_view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.resizeSection(WHEN, 160)
        header.resizeSection(KIND, 110)
        header.resizeSection(AUTHOR, 140)
        # The When header names the incident's zone ("When (Europe/Stockholm)"): never cut it off.
        self.log_model.headerDataChanged.connect(lambda *_: self._fit_when_column())
        self.log_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.log_view.customContextMenuRequested.connect(self._log_menu)
        self.log_view.doubleClicked.connect(lambda index: self.correct_entry(index.row()))

        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kind_combo")
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        for kind in TYPED_KINDS:
            self.kind_combo.addItem(i18n.label("LogKind", kind.label), kind.value)
        self.author_edit = QLineEdit()
        self.author_edit.setObjectName("author_edit")
        self.author_edit.setPlaceholderText(self.tr("Your name"))
        self.author_edit.setAccessibleName(self.tr("Author"))
        self.author_edit.setMaximumWidth(160)
        self.entry_edit = QLineEdit()
        self.entry_edit.setObjectName("entry_edit")
        self.entry_edit.setAccessibleName(self.tr("New log entry"))
        self.entry_edit.setPlaceholderText(self.tr("What happened, what was decided, who did what… Enter logs it"))
        self.entry_edit.setMaxLength(20_000)
        self.entry_edit.returnPressed.connect(self.add_entry)
        self.earlier_button = QToolButton()
        self.earlier_button.setObjectName("earlier_button")
        self.earlier_button.setText(self.tr("Happened earlier…"))
        self.earlier_button.setCheckable(True)
        self.earlier_button.setToolTip(self.tr("For something written down after the fact: say when it happened"))
        self.occurred_edit = QDateTimeEdit()
        self.occurred_edit.setObjectName("occurred_edit")
        self.occurred_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.occurred_edit.setCalendarPopup(True)
        self.occurred_edit.setAccessibleName(self.tr("When it happened"))
        self.occurred_edit.hide()
        self.earlier_button.toggled.connect(self._toggle_occurred)
        self.add_button = QPushButton(self.tr("Log it"))
        self.add_button.setObjectName("add_button")
        self.add_button.clicked.connect(self.add_entry)
        entry_row = QHBoxLayout()
        entry_row.setSpacing(6)
        entry_row.addWidget(self.kind_combo)
        entry_row.addWidget(self.author_edit)
        entry_row.addWidget(self.entry_edit, 1)
        entry_row.addWidget(self.earlier_button)
        entry_row.addWidget(self.occurred_edit)
        entry_row.addWidget(self.add_button)

        log_page = QWidget()
        log_layout = QVBoxLayout(log_page)
        log_layout.setContentsMargins(0, 6, 0, 0)
        log_layout.setSpacing(6)
        log_layout.addLayout(filters)
        log_layout.addWidget(self.log_view, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("incident_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(log_page, self.tr("Crisis log"))
        self.tabs.addTab(self.mentions_panel, self.tr("Mentions"))
        dashboard = QWidget()
        dashboard_layout = QVBoxLayout(dashboard)
        dashboard_layout.setContentsMargins(0, 0, 0, 0)
        dashboard_layout.setSpacing(8)
        dashboard_layout.addWidget(self.header)
        dashboard_layout.addWidget(self.wizard_strip)
        dashboard_layout.addWidget(self.next_panel)
        dashboard_layout.addWidget(self.alert_banner)
        dashboard_layout.addWidget(self.chain_warning)
        # A splitter, so whoever needs more log or more chart can drag the line between them.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("dashboard_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(dashboard)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(1, 1)
        body = QVBoxLayout()
        body.setContentsMargins(12, 12, 12, 8)
        body.setSpacing(8)
        body.addWidget(self.splitter, 1)
        body.addLayout(entry_row)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.banner)
        outer.addLayout(body, 1)
        return page

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.chain_label = QLabel(self.tr("Checking the log…"))
        self.chain_label.setObjectName("chain_label")
        self.db_label = QLabel(str(self.database.path))
        self.db_label.setToolTip(self.tr("The database file this window writes to"))
        self.db_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        muted(self.db_label)
        # Shown only when the file changed under the window and it stopped writing (stop_writing).
        self.stopped_label = QLabel()
        self.stopped_label.setObjectName("stopped_label")
        self.stopped_label.setStyleSheet(f"color: {warning_colour(self.palette()).name()}; font-weight: bold;")
        self.stopped_label.hide()
        bar.addPermanentWidget(self.stopped_label)
        bar.addPermanentWidget(self.chain_label)
        bar.addPermanentWidget(self.db_label, 1)

    def _fit_when_column(self) -> None:
        header = self.log_view.horizontalHeader()
        needed = header.sectionSizeFromContents(WHEN).width()
        if header.sectionSize(WHEN) < needed:
            header.resizeSection(WHEN, needed)

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
            self._fit_when_column()
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
        if self._incident is not None:
            stored.setValue("incident/last", self._incident.id)
        stored.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_state()
        # Nothing may touch the database once the window is closed (it is closed right after).
        for wizard in list(self._wizards.values()):
            wizard.close()  # writes what was typed in them before the timers stop
        drill = self.findChild(QWidget, "drill_window")
        if drill is not None:
            drill.pause_for_exit()  # type: ignore[attr-defined]  # logged, so the drill can be resumed
        for timer in self.findChildren(QTimer):
            timer.stop()
        self.tray.hide()
        super().closeEvent(event)

    # Incidents

    @property
    def incident(self) -> Incident | None:
        return self._incident

    def reload_incidents(self, select_id: str | None = None) -> None:
        """Refill the switcher; drills only when asked for (or when the one shown is a drill)."""
        wanted = select_id or (self._incident.id if self._incident else None)
        found = incidents.list_incidents(self.database, include_drills=self.show_drills_action.isChecked())
        if wanted and all(i.id != wanted for i in found):
            try:
                found.insert(0, incidents.get(self.database, wanted))
            except UserError:
                wanted = None
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
        self.open_incident(wanted or found[0].id)

    def open_incident(self, incident_id: str) -> None:
        if self.incident_combo.findData(incident_id) < 0:
            # Not in the switcher (a drill while drills are hidden): list it, which opens it.
            self.reload_incidents(select_id=incident_id)
            return
        incident = incidents.get(self.database, incident_id)
        self._run(lambda: mention_service.recheck(self.database, incident.id))  # what a crash kept unrecorded
        if self._incident is None or self._incident.id != incident.id:
            self.tabs.setCurrentIndex(0)  # another incident opens on its crisis log, not the last one's tab
        self._show_incident(incident)
        self.incident_opened.emit(incident.id)

    def _show_incident(self, incident: Incident | None) -> None:
        self._incident = incident
        has = incident is not None
        self.pages.setCurrentIndex(1 if has else 0)
        for action in (
            self.entry_action,
            self.correct_action,
            self.verify_action,
            self.level_button,
            self.assess_action,
            self.wizard_action,
            self.import_action,
            self.add_mention_action,
            self.reports_action,
            self.review_action,
        ):
            action.setEnabled(has)
        self.level_menu.setEnabled(has)
        self.incident_combo.setEnabled(has)
        self._schedule_verify()  # the status bar counts the incident on screen (or the file, without one)
        if incident is None:
            self.setWindowTitle(self.tr("Crisis Room"))
            self.resolve_action.setEnabled(False)
            self.reopen_action.setEnabled(False)
            self.log_model.set_filter(None)
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
        self.resolve_action.setEnabled(incident.is_open)
        self.reopen_action.setEnabled(not incident.is_open)
        for action in self.level_actions:
            action.setChecked(incident.level == self.level_actions.index(action) + 1)
        self.level_button.setText(self.tr("Severity: {level}").format(level=incident.level or "?"))
        self._refresh_header()
        self._refresh_mentions()
        self._apply_filter()

    def _refresh_header(self) -> None:
        self._check_ground()
        if self._incident is not None:
            self.clock = clock_of(self.database, self._incident)
            self.header.show_incident(self._incident, incidents.counts(self.database, self._incident.id), self.clock)
            self.header.gauge.set_proposed(rules.suggested_level(self.database, self._incident.id))
            self._refresh_strip()
            self._refresh_next()
            # Until fixed: a real incident calling the example team, or a role nobody holds (type and
            # level as stored now: a wizard may have changed them).
            current = incidents.get(self.database, self._incident.id)
            self.chain_warning.show_chain(chain_of_command.for_incident(self.database, current))

    def _refresh_strip(self) -> None:
        """The five steps, the next-update countdown and open approvals, as stored."""
        incident = self._incident
        if incident is None:
            return
        due, now = next_steps_service.update_due(self.database, incident, now_utc())  # on the incident's clock
        self.wizard_strip.show_state(
            steps_store.load(self.database, incident.id), messages.open_approvals(self.database, incident.id), due, now
        )
        self.tray.show_state(incident, due)

    def _refresh_next(self) -> None:
        """The Next panel: the most urgent steps, from the same list as ``status`` and the situation report."""
        incident = self._incident
        if incident is None:
            return
        incident = incidents.get(self.database, incident.id)  # as stored now: a wizard may have changed it
        found = next_steps_service.steps(self.database, incident, translate=translate)
        self.next_panel.show_steps(found, resolved=not incident.is_open)

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

    def _remind_update(self, *, overdue: bool = False) -> None:
        """The next update is due (or well overdue): say so in the status bar and as a desktop notification."""
        incident = self._incident
        if incident is None:
            return
        if overdue:
            title = self.tr("Crisis Room: update overdue")
            text = self.tr("The internal update on “{0}” is overdue; send it, and say when the next one comes.")
        else:
            title = self.tr("Crisis Room: update due")
            text = self.tr("An internal update on “{0}” is due now; every update says when the next one comes.")
        text = text.format(incident.title)
        self.statusBar().showMessage(f"⏰ {text}", 60_000)
        self.tray.notify(title, text, urgent=overdue)

    def open_wizard(self, step: Step | None = None) -> CrisisWizard | None:
        """Open the incident's crisis steps (non-modal; one per incident, brought to the front if open)."""
        incident = self._incident
        if incident is None:
            return None
        from crisisroom.gui.wizard.wizard import CrisisWizard  # loaded when first opened, not at start-up

        wizard = self._wizards.get(incident.id)
        if wizard is None:
            wizard = CrisisWizard(self.database, incident.id, author=self._author, parent=self)
            wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            wizard.step_committed.connect(lambda _step: self._after_wizard(committed=True))
            wizard.records_changed.connect(lambda: self._after_wizard(committed=False))
            wizard.resolved.connect(self._after_resolved)
            wizard.destroyed.connect(lambda _=None, key=incident.id: self._wizards.pop(key, None))
            self._wizards[incident.id] = wizard
        if step is not None:
            wizard.go_to(step)
        wizard.show()
        wizard.raise_()
        wizard.activateWindow()
        return wizard

    def _after_wizard(self, *, committed: bool) -> None:
        if committed:
            self.reload_incidents()  # the level, type and state may have changed
        else:
            self._refresh_header()
        self.log_model.refresh()
        self._schedule_verify()

    def _after_resolved(self, incident_id: str) -> None:
        self.reload_incidents()
        self.statusBar().showMessage(self.tr("The incident is resolved. The post-crisis review comes next."), 15_000)
        self.open_review(incident_id)

    def open_reports(self, incident_id: str | None = None) -> QDialog | None:
        """Incident ▸ Reports…: preview, save and print the reports of the current incident."""
        from crisisroom.gui.report_preview import ReportPreview

        key = incident_id or (self._incident.id if self._incident else None)
        dialog = self._run(lambda: ReportPreview(self.database, key, self)) if key else None
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
        return dialog

    def open_review(self, incident_id: str | None = None) -> QDialog | None:
        """Incident ▸ Post-crisis review…; also opened when a wizard resolves its incident."""
        from crisisroom.gui.wizard.review_page import PostCrisisReview

        key = incident_id or (self._incident.id if self._incident else None)
        dialog = self._run(lambda: PostCrisisReview(self.database, key, self, author=self._author)) if key else None
        if dialog is not None:
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.changed.connect(lambda _id: (self.log_model.refresh(), self._schedule_verify()))
            dialog.show()
        return dialog

    def _refresh_mentions(self) -> None:
        """Chart, alert banner and the Mentions tab, from the stored counts and firings."""
        incident = self._incident
        if incident is None:
            return
        fired = rules.firings(self.database, incident.id)
        self.chart.set_data(
            mentions.hourly(self.database, incident.id),
            zone=zone_from_name(incident.timezone),
            zone_label=self.clock.zone_label(),
            rules=rules.load(self.database),
            firings=[f.firing for f in fired],
        )
        # A resolved incident calls nobody: its unacknowledged alerts stay in the log and the reports.
        self.alert_banner.show_firings(
            fired if incident.is_open else (),
            confirmed_level=incident.level,
            clock=self.clock,
            people=team.list_people(self.database),
        )
        self.mentions_panel.show_incident(incident.id)
        total, _ = mentions.count(self.database, incident.id)
        self.tabs.setTabText(
            1, self.tr("Mentions ({count})").format(count=QLocale().toString(total)) if total else self.tr("Mentions")
        )

    def after_mentions_changed(
        self, *, evaluate: bool = True, fired: Sequence[rules.StoredFiring] = ()
    ) -> list[rules.StoredFiring]:
        """After an import, a manual mention or a relabel: show everything new and announce what fired.

        ``fired``: what the change's service already recorded; ``evaluate`` asks for the rules first
        (the mentions changed some other way).
        """
        incident = self._incident
        if incident is None:
            return []
        new = list(fired)
        if evaluate:
            new += self._run(lambda: mention_service.evaluate(self.database, incident.id).value) or []
        self._refresh_header()
        self._refresh_mentions()
        self.log_model.refresh()
        self._schedule_verify()
        if new:
            self._notify(new)
            self.rules_fired.emit(new)
        return new

    def _notify(self, new: list[rules.StoredFiring]) -> None:
        """A desktop notification where the system has a tray; the in-app banner shows it always."""
        latest = new[-1]
        rule, action = i18n.label("Rules", latest.rule_name), i18n.label("Rules", latest.action)
        self.statusBar().showMessage(f"⚠ {rule}: {action}", 15_000)
        self.tray.notify(self.tr("Crisis Room: {rule}").format(rule=rule), latest.message(), urgent=True)

    def acknowledge_alert(self, firing_id: str) -> None:
        self._run(lambda: rules.acknowledge(self.database, firing_id, author=self._author()))
        self._refresh_mentions()
        self.log_model.refresh()
        self._schedule_verify()  # the acknowledgement is logged

    def assess_severity(self) -> AssessmentDialog | None:
        """The plain-question assessment; the confirmed level and its reasons go into the log."""
        incident = self._incident
        if incident is None:
            return None
        from crisisroom.gui.assessment_dialog import AssessmentDialog  # loaded when first opened, not at start-up

        dialog = AssessmentDialog(incident.level, is_drill=incident.is_drill, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._confirm_assessed_level(incident.id, *dialog.confirmed()))
        dialog.open()
        return dialog

    def _confirm_assessed_level(self, incident_id: str, number: int, reason: str) -> None:
        # A new level is confirmed; the same level is logged as reassessed (``crisisroom incident level --reason``).
        self._run(
            lambda: incident_service.reassess(self.database, incident_id, number, author=self._author(), reason=reason)
        )
        self.reload_incidents()

    def add_mention(self) -> MentionDialog | None:
        if self._incident is None:
            return None
        from crisisroom.gui.mentions.mention_dialog import MentionDialog  # loaded when first opened, not at start-up

        dialog = MentionDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_mention(dialog))
        dialog.open()
        return dialog

    def _save_mention(self, dialog: MentionDialog) -> None:
        incident = self._incident
        if incident is None:
            return
        try:
            # Its sentiment detected there when none was chosen, and the rules evaluated after it.
            done = mention_service.add_mention(self.database, incident.id, dialog.mention(), author=self._author())
        except UserError as exc:
            prompts.error(self, self.tr("The mention was not added"), str(exc))
            return
        if not done.value.added:
            self.statusBar().showMessage(self.tr("That mention is already in the room."), 8000)
        self.after_mentions_changed(evaluate=False, fired=done.value.firings)

    def import_mentions(self, path: Path | None = None) -> ImportDialog | None:
        """Open the import dialog (preview, mapping, progress off the GUI thread, summary)."""
        if self._incident is None:
            return None
        from crisisroom.gui.mentions.import_dialog import ImportDialog

        dialog = ImportDialog(self.database, self._incident, author=self._author(), parent=self, path=path)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.imported.connect(self._after_import)
        dialog.open()
        return dialog

    def _after_import(self, outcome: ImportOutcome) -> None:
        # The import's worker already evaluated the rules; what fired there is announced here.
        self.after_mentions_changed(evaluate=False, fired=outcome.firings)

    def open_vault(self) -> VaultWindow:
        from crisisroom.gui.vault.window import open_vault_window  # keyring and cryptography load on first use

        return open_vault_window(
            self,
            self.database,
            author=self._author,
            incident_id=lambda: self._incident.id if self._incident else None,
            on_log_written=self._vault_logged,
        )

    def open_drill_window(self) -> QWidget:
        """File ▸ Run a drill…: the facilitator's window; its drill incident opens here, its injects refresh it."""
        from crisisroom.gui.drill.window import open_drill_window

        return open_drill_window(
            self,
            self.database,
            author=self._author,
            on_started=self._drill_started,
            on_fired=self._drill_ticked,
            on_ended=self._drill_ended,
            shown_incident=self._incident.id if self._incident is not None and self._incident.is_drill else None,
        )

    def _drill_started(self, incident_id: str) -> None:
        self.show_drills_action.setChecked(True)
        self.reload_incidents(select_id=incident_id)

    def _drill_ticked(self, incident_id: str) -> None:
        if self._incident is not None and self._incident.id == incident_id:
            self.after_mentions_changed(evaluate=False)

    def _drill_ended(self, incident_id: str) -> None:
        """The drill's incident was closed with it: show it closed, its countdown stopped."""
        self.reload_incidents()

    def _vault_logged(self, incident_id: str) -> None:
        if self._incident is not None and self._incident.id == incident_id:
            self._after_log_change()

    def edit_team(self) -> QDialog:
        from crisisroom.gui.settings.team_dialog import TeamDialog  # loaded when opened, not at start-up

        dialog = TeamDialog(self.database, self, author=self._author)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.roster_changed.connect(self._after_roster_changed)
        dialog.open()
        return dialog

    def _after_roster_changed(self) -> None:
        """Whom the chain and the alerts name follows the roster."""
        if self._incident is not None:
            self._refresh_header()
            self._refresh_mentions()

    def edit_templates(self) -> QDialog:
        from crisisroom.gui.settings.template_editor import TemplateEditor

        dialog = TemplateEditor(self.database, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_rules(self) -> RulesDialog:
        from crisisroom.gui.mentions.rules_dialog import RulesDialog  # loaded when first opened, not at start-up

        dialog = RulesDialog(rules.load(self.database), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_rules(dialog))
        dialog.open()
        return dialog

    def _save_rules(self, dialog: RulesDialog) -> None:
        done = self._run(lambda: mention_service.save_rules(self.database, dialog.rules(), author=self._author()))
        fired = done.value if done is not None else {}
        if self._incident is not None:  # the rules re-derived its firings: announce the new ones
            self.after_mentions_changed(evaluate=False, fired=fired.get(self._incident.id, []))

    def _apply_filter(self) -> None:
        if self._incident is None:
            return
        kind = self.kind_filter.currentData()
        flt = log.LogFilter(self._incident.id, kinds=(kind,) if kind else (), search=self.search_edit.text())
        self.log_model.set_filter(flt)
        # The results show first; the number of matches is one more query, counted right after.
        self.match_label.clear()
        if kind or self.search_edit.text().strip():
            QTimer.singleShot(0, self._show_match_count)

    def _show_match_count(self) -> None:
        flt = self.log_model.current_filter
        if flt is not None and (flt.kinds or flt.search.strip()):
            self.match_label.setText(self.tr("{count} matching").format(count=self.log_model.count_matches()))

    def new_incident(self, *, drill: bool = False) -> IncidentDialog:
        """Open the New incident dialog (window-modal, no nested event loop)."""
        from crisisroom.gui.incident_dialog import IncidentDialog  # loaded when first opened, not at start-up

        dialog = IncidentDialog(self, drill=drill, timezone=organisation.default_timezone(self.database))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._create_incident(dialog))
        dialog.open()
        return dialog

    def _create_incident(self, dialog: IncidentDialog) -> None:
        try:
            values = dialog.values()
            created = incident_service.open_incident(
                self.database,
                values.title,
                category=values.category,
                author=self._author(),
                drill=values.is_drill,
                level=values.level,
                detected_at=values.detected_at,
                timezone=values.timezone,
            ).value
        except UserError as exc:
            prompts.error(self, self.tr("The incident was not created"), str(exc))
            return
        self.reload_incidents(select_id=created.id)
        self.focus_entry()
        self.statusBar().showMessage(self.tr("Opened {incident}").format(incident=i18n.display_title(created)), 5000)

    def set_level(self, number: int) -> None:
        incident = self._incident
        if incident is None or incident.level == number:
            self._show_incident(incident)
            return
        reason = prompts.get_text(
            self,
            self.tr("Confirm severity"),
            self.tr("Why {level}? (optional, goes into the log)").format(level=i18n.level_label(number)),
        )
        if reason is None:
            self._show_incident(incident)
            return
        self._run(
            lambda: incident_service.set_level(self.database, incident.id, number, author=self._author(), reason=reason)
        )
        self.reload_incidents()

    def resolve_incident(self) -> None:
        self._close_or_reopen(resolve=True)

    def reopen_incident(self) -> None:
        self._close_or_reopen(resolve=False)

    def _close_or_reopen(self, *, resolve: bool) -> None:
        incident = self._incident
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
        self._run(lambda: change(self.database, incident.id, author=self._author(), note=note))
        self.reload_incidents()

    # The log

    def _author(self) -> str:
        return self.author_edit.text().strip() or default_author()

    def focus_entry(self) -> None:
        if self._incident is not None:
            self.entry_edit.setFocus()
            self.entry_edit.selectAll()

    def focus_search(self) -> None:
        if self._incident is not None:
            self.search_edit.setFocus()
            self.search_edit.selectAll()

    def _toggle_occurred(self, on: bool) -> None:
        if on:
            self.occurred_edit.setDateTime(QDateTime.currentDateTime())
        self.occurred_edit.setVisible(on)

    def add_entry(self) -> None:
        """Append what is typed in the quick-entry line; the line clears only once it is saved."""
        incident = self._incident
        text = self.entry_edit.text().strip()
        if incident is None or not text or self.entry_edit.isReadOnly():
            return
        author = self.author_edit.text().strip()
        if not author:
            self.statusBar().showMessage(self.tr("Say who is writing: type your name in the author field first."), 8000)
            self.author_edit.setFocus()
            return
        occurred = None
        if self.earlier_button.isChecked():
            # The editor shows this computer's clock; astimezone() reads it as such.
            occurred = to_iso(self.occurred_edit.dateTime().toPython().astimezone())
        done = self._run(
            lambda: log_service.add_entry(
                self.database,
                incident.id,
                text,
                kind=self.kind_combo.currentData(),
                author=author,
                occurred_at=occurred,
            )
        )
        if done is None:
            if self._last_kept:
                self.entry_edit.clear()  # the file changed underneath, but this entry reached it: the log shows it
            return
        settings().setValue("log/author", author)
        self.entry_edit.clear()
        self.earlier_button.setChecked(False)
        self.kind_combo.setCurrentIndex(0)  # back to Note: a Decision or Fact is chosen for each entry
        self._after_log_change()
        self.entry_added.emit(done.value.id)

    def _after_log_change(self) -> None:
        self._schedule_verify()
        self.log_model.refresh()
        self._refresh_header()
        self.log_view.scrollToTop()

    def _log_menu(self, pos: QPoint) -> None:
        index = self.log_view.indexAt(pos)
        if not index.isValid():
            return
        entry = self.log_model.entry(index.row())
        menu = QMenu(self)
        menu.addAction(self.tr("Correct this entry…"), lambda: self.correct_entry(index.row()))
        menu.addSeparator()
        menu.addAction(self.tr("Copy text"), lambda: QGuiApplication.clipboard().setText(entry.text))
        menu.addAction(self.tr("Copy entry id"), lambda: QGuiApplication.clipboard().setText(entry.id))
        menu.popup(self.log_view.viewport().mapToGlobal(pos))

    def correct_selected(self) -> None:
        rows = self.log_view.selectionModel().selectedRows()
        if rows:
            self.correct_entry(rows[0].row())
        else:
            self.statusBar().showMessage(self.tr("Select the entry to correct first."), 5000)

    def correct_entry(self, row: int) -> CorrectionDialog | None:
        incident = self._incident
        if incident is None or not 0 <= row < self.log_model.rowCount():
            return None
        from crisisroom.gui.correction_dialog import CorrectionDialog  # loaded when first opened, not at start-up

        dialog = CorrectionDialog(self.log_model.entry(row), is_drill=incident.is_drill, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._save_correction(dialog))
        dialog.open()
        return dialog

    def _save_correction(self, dialog: CorrectionDialog) -> None:
        done = self._run(
            lambda: log_service.correct(self.database, dialog.entry.id, dialog.corrected_text(), author=self._author())
        )
        if done is not None:
            self._after_log_change()
            self.entry_added.emit(done.value.id)

    # Checks and backups

    def _read_in_background(
        self, job: Callable[[Database], T], on_done: Callable[[T], None], on_error: Callable[[Exception], None]
    ) -> None:
        """Run ``job`` on a worker thread with its own read connection (connections stay in their thread)."""
        path = self.database.path

        def run() -> T:
            with open_database(path, write=False) as reader:
                return job(reader)

        run_in_background(run, on_done, on_error)

    def _schedule_verify(self) -> None:
        """Re-check the chains shortly (changes in one go are checked once); until then the label says so."""
        self.chain_label.setText(self.tr("Checking the log…"))
        self.chain_label.setStyleSheet("")  # not a warning while it checks
        self.chain_label.setToolTip("")
        self._verify_timer.start()

    def verify_log(self) -> None:
        """Walk every chain off the GUI thread, counting the incident on screen; the status bar shows the outcome.

        One walk at a time: asked again while one runs, the next starts when it ends and the first one's
        (perhaps stale) outcome is not shown.
        """
        self._verify_timer.stop()
        self.chain_label.setText(self.tr("Checking the log…"))
        self.chain_label.setStyleSheet("")  # not a warning while it checks
        self.chain_label.setToolTip("")
        if self._verifying:
            self._verify_again = True
            return
        self._verifying = True
        incident_id = self._incident.id if self._incident is not None else None
        self._read_in_background(
            lambda reader: evidence.examine(reader, incident_id=incident_id), self._show_chain, self._chain_failed
        )

    def _chain_outdated(self) -> bool:
        """After a walk: whether a newer one is wanted (the log or the incident on screen changed meanwhile)."""
        self._verifying = False
        if not (self._verify_again or self._verify_timer.isActive()):
            return False
        self._verify_again = False
        if self.isVisible():  # a closed window touches the database no more
            self.verify_log()
        return True

    def _show_chain(self, result: evidence.Evidence) -> None:
        shown = self._incident.id if self._incident is not None else None
        if result.incident_id != shown:
            self._verify_again = True
        if self._chain_outdated():
            return
        # On the shown incident's clock, like every other time in the window; the welcome page has none.
        when = (
            self.clock.text(now_utc(), date=False)
            if self._incident is not None
            else QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        )
        signer = self.database.signer
        if result.breaks:
            problem = result.breaks[0].line
            self.chain_label.setText(self.tr("⚠ Log does NOT verify: {problem}").format(problem=problem))
            self.chain_label.setStyleSheet(f"color: {warning_colour(self.palette()).name()}; font-weight: bold;")
        elif signer is not None and signer.problem:
            # Short enough for the status bar; why, in the keychain's own words, leads the tooltip.
            self.chain_label.setText(self.tr("⚠ New entries are not signed: unlock the keychain to resume"))
            self.chain_label.setStyleSheet(f"color: {warning_colour(self.palette()).name()}; font-weight: bold;")
        else:
            if result.incident_entries is None:
                text = self.tr(
                    "✓ Log verified: %n entries in this file, all chains intact ({time})", "", result.entries
                )
            else:
                text = self.tr(
                    "✓ Log verified: %n entries of this incident, all chains intact ({time})",
                    "",
                    result.incident_entries,
                )
            self.chain_label.setText(text.format(time=when))
            self.chain_label.setStyleSheet("")
        tip = self.tr(
            "Checked at {time}: all %n entries in this database file: each device's hash chain from its first "
            "entry to its last, its signature, and this computer's record of the log's heads.",
            "",
            result.entries,
        ).format(time=when)
        if not result.breaks and signer is not None and signer.problem:
            tip = (
                self.tr("New log entries are written but not signed: {problem}.").format(problem=signer.problem)
                + "\n\n"
                + tip
            )
        heads = "\n".join(head.fingerprint for head in result.heads)
        if heads:
            tip += "\n\n" + self.tr("Log head (for crisisroom verify --head):") + "\n" + heads
        # The findings' lines come from the core, in English, like the command line's.
        lines = [f.line for f in result.breaks[1:]] + [f.line for f in result.notes]
        if lines:
            tip += "\n\n" + "\n".join(f"• {line}" for line in lines)
        self.chain_label.setToolTip(tip)
        # The check's outcome must never be the text that gets cut off; the path can be.
        self.chain_label.setMinimumWidth(self.chain_label.sizeHint().width())
        self.chain_checked.emit(not result.breaks)

    def _chain_failed(self, exc: Exception) -> None:
        if self._chain_outdated():
            return
        self.chain_label.setText(self.tr("⚠ The log could not be checked: {reason}").format(reason=exc))
        self.chain_checked.emit(False)

    def auto_backup(self) -> None:
        self._read_in_background(backups.auto_backup, lambda made: None, self._backup_failed)

    def backup_now(self) -> None:
        target = prompts.save_path(
            self,
            self.tr("Back up the crisis log"),
            paths.backup_dir(self.database.path) / "crisisroom-backup.sqlite",
            self.tr("Crisis Room database (*.sqlite)"),
        )
        if target is None:
            return
        self.statusBar().showMessage(self.tr("Backing up…"))
        self._read_in_background(
            lambda reader: backups.backup_to(reader, target),
            lambda made: self.statusBar().showMessage(self.tr("Backup saved to {path}").format(path=made), 8000),
            self._backup_failed,
        )

    def _backup_failed(self, exc: Exception) -> None:
        prompts.error(self, self.tr("Backup failed"), str(exc))

    def restore_from_backup(self) -> None:
        source = prompts.open_path(
            self,
            self.tr("Restore from a backup"),
            paths.backup_dir(self.database.path),
            self.tr("Crisis Room database (*.sqlite)"),
        )
        if source is not None:
            self.restore_from(source)

    def restore_from(self, source: Path) -> bool:
        """Ask, then replace the database's contents with a backup (checked first; the current contents are kept).

        Returns whether it was restored; a file that is not a good backup is refused with the reason.
        """
        if not prompts.confirm(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "Replace everything in this crisis log with the contents of {0}?\n\n"
                "What is in the log now is saved as a backup first, so this can be undone."
            ).format(source.name),
            self.tr("Restore"),
        ):
            return False
        # Windows on incidents of the contents being replaced close first (a running drill is paused and
        # that is logged in those contents): afterwards they would write into the restored file.
        for wizard in list(self._wizards.values()):
            wizard.close()
        drill = self.findChild(QWidget, "drill_window")
        if drill is not None:
            drill.close()
            drill.deleteLater()
        try:
            safety = backups.restore(self.database, source)
        except UserError as exc:
            prompts.error(self, self.tr("The backup was not restored"), str(exc))
            return False
        self._incident = None
        self.reload_incidents()
        self.welcome_page.refresh()
        self.verify_log()
        prompts.information(
            self,
            self.tr("Restored"),
            self.tr("Restored from {0}. The previous contents are in {1}.").format(source.name, safety),
        )
        return True

    def open_settings(self, page: str | None = None) -> QDialog:
        """Settings ▸ Settings…: one dialog for the organisation, rules, updates, team, templates, data, keychain."""
        from crisisroom.gui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(
            self.database,
            author=self._author,
            open_rules=self.edit_rules,
            open_team=self.edit_team,
            open_templates=self.edit_templates,
            restore=self.restore_from,
            parent=self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._after_settings_saved)
        if page:
            dialog.show_page(page)
        dialog.open()
        return dialog

    def _after_settings_saved(self) -> None:
        self.welcome_page.refresh()
        if self._incident is not None:
            self._refresh_header()
            self._after_log_change()

    def open_demo(self) -> str | None:
        """Open the demo incident, making it first when there is none (it is a drill: marked EXERCISE)."""
        from crisisroom.services import demo

        demo_id = demo.find_demo(self.database)
        if demo_id is None:
            self.statusBar().showMessage(self.tr("Making the demo incident…"))
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                made = self._run(lambda: demo.create_demo(self.database))
            finally:
                QGuiApplication.restoreOverrideCursor()
            if made is None:
                return None
            demo_id = made.value.incident_id
        self.show_drills_action.setChecked(True)
        self.reload_incidents(select_id=demo_id)
        self.statusBar().showMessage(
            self.tr("The demo incident is made up and marked EXERCISE; it never counts as a real incident."), 10_000
        )
        return demo_id

    def import_into_new_incident(self) -> IncidentDialog | None:
        """Mentions belong to an incident: say so, start one, then open the import for it."""
        if self._incident is not None:
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

    def show_about(self) -> None:
        from crisisroom.gui.about_dialog import AboutDialog

        dialog = AboutDialog(self.database.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _run(self, fn: Callable[[], T]) -> T | None:
        """Run a storage call; a known problem becomes a message box and nothing changes."""
        self._last_kept = False
        try:
            return fn()
        except GroundMovedError as exc:
            self._last_kept = exc.kept
            self.stop_writing(str(exc))
            return None
        except UserError as exc:
            prompts.error(self, self.tr("Nothing was saved"), str(exc))
            return None

    def stop_writing(self, reason: str) -> None:
        """The file changed under the window: say so once, write nothing more, show what the file holds."""
        first = self.stopped_label.isHidden()
        self.database.settle()
        # Read-only rather than disabled: what was typed can still be selected and copied.
        self.entry_edit.setReadOnly(True)
        self.add_button.setEnabled(False)
        self.stopped_label.setText(self.tr("⚠ Stopped writing: close this window and open the file again"))
        self.stopped_label.setToolTip(reason)
        self.stopped_label.show()
        if first:
            prompts.error(self, self.tr("Crisis Room stopped writing"), reason)
        try:
            self.log_model.refresh()
            self._refresh_header()
        except UserError as exc:  # the file cannot be read either: the status bar says so
            self.statusBar().showMessage(str(exc))
        self.verify_log()

    def _check_ground(self) -> None:
        """A stop seen by another window or worker of this file reaches this window too."""
        if self.database.moved is not None and self.stopped_label.isHidden():
            self.stop_writing(self.database.moved)
