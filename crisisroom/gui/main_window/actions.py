"""The main window's actions, declared once in :data:`ACTIONS` and built in one loop (as Picard's registry).

Each row names the window attribute the action becomes, its text, the key from the application's
one keyboard map (:mod:`crisisroom.gui.shortcuts`), its icon, the :class:`MainWindow` method it
calls and when it can be used. The menus list the actions by name (:data:`MENUS`); :func:`update_actions`
enables them for what the window shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QMenuBar

from crisisroom.domain.incidents import Incident
from crisisroom.domain.severity import LEVELS
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n, shortcuts

if TYPE_CHECKING:
    from crisisroom.gui.main_window.window import MainWindow

CONTEXT = "MainWindow"  # the texts are the window's own (their translations are under its name)


class When(Enum):
    """When an action can be used."""

    ALWAYS = "always"
    INCIDENT = "incident"  # an incident is shown
    OPEN_INCIDENT = "open"  # the incident shown is open
    RESOLVED_INCIDENT = "resolved"  # the incident shown is resolved

    def allows(self, incident: Incident | None) -> bool:
        if self is When.ALWAYS:
            return True
        if incident is None:
            return False
        if self is When.OPEN_INCIDENT:
            return incident.is_open
        if self is When.RESOLVED_INCIDENT:
            return not incident.is_open
        return True


@dataclass(frozen=True)
class ActionSpec:
    """One action of the main window."""

    name: str  # the window's attribute (window.new_action)
    text: str  # marked with QT_TRANSLATE_NOOP("MainWindow", …); empty for a severity level (its label)
    handler: str  # the MainWindow method it calls
    args: tuple[object, ...] = ()
    shortcut: shortcuts.Shortcut | None = None
    icon: str = ""  # an icon in :/icons/
    when: When = When.ALWAYS
    checkable: bool = False
    menu_role: QAction.MenuRole | None = None
    level: int | None = None  # a severity level's action: its label and examples as text and tooltip

    def label(self) -> str:
        if self.level is not None:
            return i18n.level_label(self.level)
        return i18n.label(CONTEXT, self.text)


ACTIONS: tuple[ActionSpec, ...] = (
    # File
    ActionSpec(
        "new_action",
        QT_TRANSLATE_NOOP("MainWindow", "&New incident…"),
        "new_incident",
        shortcut=shortcuts.NEW_INCIDENT,
        icon="new-incident",
    ),
    ActionSpec(
        "new_drill_action",
        QT_TRANSLATE_NOOP("MainWindow", "New &drill…"),
        "new_drill",
        shortcut=shortcuts.NEW_DRILL,
        icon="drill",
    ),
    ActionSpec(
        "join_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Join a shared incident…"),
        "join_shared_incident",
    ),
    ActionSpec(
        "drill_action",
        QT_TRANSLATE_NOOP("MainWindow", "Run a d&rill…"),
        "open_drill_window",
        shortcut=shortcuts.RUN_DRILL,
        icon="drill",
    ),
    ActionSpec("backup_action", QT_TRANSLATE_NOOP("MainWindow", "&Back up now"), "backup_now", icon="backup"),
    ActionSpec("restore_action", QT_TRANSLATE_NOOP("MainWindow", "&Restore from backup…"), "restore_from_backup"),
    ActionSpec(
        "vault_action",
        QT_TRANSLATE_NOOP("MainWindow", "Shared &accounts…"),
        "open_vault",
        shortcut=shortcuts.SHARED_ACCOUNTS,
        icon="vault",
    ),
    ActionSpec("quit_action", QT_TRANSLATE_NOOP("MainWindow", "&Quit"), "close", shortcut=shortcuts.QUIT),
    # Incident
    ActionSpec(
        "entry_action",
        QT_TRANSLATE_NOOP("MainWindow", "Write a &log entry"),
        "focus_entry",
        shortcut=shortcuts.WRITE_LOG_ENTRY,
        icon="log-entry",
        when=When.INCIDENT,
    ),
    ActionSpec(
        "find_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Find in log"),
        "focus_search",
        shortcut=shortcuts.FIND,
        icon="search",
    ),
    ActionSpec(
        "correct_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Correct selected entry…"),
        "correct_selected",
        shortcut=shortcuts.CORRECT_ENTRY,
        when=When.INCIDENT,
    ),
    ActionSpec(
        "resolve_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Resolve incident…"),
        "resolve_incident",
        when=When.OPEN_INCIDENT,
    ),
    ActionSpec(
        "reopen_action",
        QT_TRANSLATE_NOOP("MainWindow", "Re&open incident…"),
        "reopen_incident",
        when=When.RESOLVED_INCIDENT,
    ),
    ActionSpec(
        "verify_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Verify the log"),
        "verify_log",
        shortcut=shortcuts.VERIFY_LOG,
        icon="verify",
        when=When.INCIDENT,
    ),
    ActionSpec(
        "reports_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Reports…"),
        "open_reports",
        shortcut=shortcuts.REPORTS,
        when=When.INCIDENT,
    ),
    ActionSpec(
        "review_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Post-crisis review…"),
        "open_review",
        when=When.INCIDENT,
    ),
    ActionSpec(
        "share_action",
        QT_TRANSLATE_NOOP("MainWindow", "S&hare with the team…"),
        "share_incident",
        when=When.INCIDENT,
    ),
    *(
        ActionSpec(
            f"level_{level.number}_action",
            "",
            "set_level",
            args=(level.number,),
            shortcut=shortcuts.SEVERITY_LEVELS[level.number - 1],
            when=When.INCIDENT,
            checkable=True,
            level=level.number,
        )
        for level in LEVELS
    ),
    ActionSpec(
        "assess_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Assess severity…"),
        "assess_severity",
        shortcut=shortcuts.ASSESS_SEVERITY,
        when=When.INCIDENT,
    ),
    # Ctrl+W closes windows by convention, so the wizard gets Ctrl+Shift+W.
    ActionSpec(
        "wizard_action",
        QT_TRANSLATE_NOOP("MainWindow", "Crisis &steps…"),
        "open_wizard",
        shortcut=shortcuts.CRISIS_STEPS,
        when=When.INCIDENT,
    ),
    ActionSpec(
        "import_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Import mentions…"),
        "import_mentions",
        shortcut=shortcuts.IMPORT_MENTIONS,
        when=When.INCIDENT,
    ),
    ActionSpec(
        "add_mention_action",
        QT_TRANSLATE_NOOP("MainWindow", "Add a &mention…"),
        "add_mention",
        shortcut=shortcuts.ADD_MENTION,
        when=When.INCIDENT,
    ),
    # Settings
    ActionSpec("rules_action", QT_TRANSLATE_NOOP("MainWindow", "&Escalation rules…"), "edit_rules"),
    ActionSpec("team_action", QT_TRANSLATE_NOOP("MainWindow", "&Team…"), "edit_team", shortcut=shortcuts.TEAM),
    ActionSpec("templates_action", QT_TRANSLATE_NOOP("MainWindow", "Message &templates…"), "edit_templates"),
    # Ctrl+, where the desktop has no Preferences key (Windows, some Linux): see shortcuts.SETTINGS.
    ActionSpec(
        "settings_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
        "open_settings",
        shortcut=shortcuts.SETTINGS,
        menu_role=QAction.MenuRole.PreferencesRole,
    ),
    # View and Help
    ActionSpec(
        "show_drills_action",
        QT_TRANSLATE_NOOP("MainWindow", "Show &drills in the incident list"),
        "reload_incidents",
        checkable=True,
    ),
    ActionSpec(
        "team_panel_action",
        QT_TRANSLATE_NOOP("MainWindow", "&Team panel"),
        "toggle_team_panel",
        when=When.INCIDENT,
        checkable=True,
    ),
    ActionSpec("about_action", QT_TRANSLATE_NOOP("MainWindow", "&About Crisis Room"), "show_about"),
)
"""Every action of the main window, in the order they are made."""


def build_actions(window: MainWindow) -> dict[str, QAction]:
    """Make every action of :data:`ACTIONS` on ``window`` (each also its attribute ``window.<name>``)."""
    made: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.label(), window)
        action.setObjectName(spec.name)
        if spec.shortcut is not None:
            shortcuts.assign(action, spec.shortcut)  # every key comes from the application's one keyboard map
        if spec.icon:
            action.setIcon(QIcon(f":/icons/{spec.icon}.svg"))
        if spec.checkable:
            action.setCheckable(True)
        if spec.menu_role is not None:
            action.setMenuRole(spec.menu_role)
        if spec.level is not None:
            level = LEVELS[spec.level - 1]
            action.setToolTip(f"{i18n.label('Severity', level.examples)} {i18n.label('Severity', level.handled_by)}")
        action.triggered.connect(_caller(window, spec))
        setattr(window, spec.name, action)
        made[spec.name] = action
    return made


def _caller(window: MainWindow, spec: ActionSpec) -> Callable[[bool], object]:
    handler: Callable[..., object] = getattr(window, spec.handler)

    def call(_checked: bool = False) -> object:
        # triggered(bool) says whether a checkable action is checked: the handlers take only their own arguments.
        return handler(*spec.args)

    return call


def update_actions(actions: dict[str, QAction], incident: Incident | None) -> None:
    """Enable each action when it can be used with ``incident`` shown (None: the welcome page)."""
    whens = {spec.name: spec.when for spec in ACTIONS}
    for name, action in actions.items():
        action.setEnabled(whens[name].allows(incident))


SEPARATOR = "-"
LEVELS_SUBMENU = "level_menu"  # the window's attribute for the Set severity level submenu (the toolbar shares it)

MENUS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "&File"),
        (
            "new_action",
            "new_drill_action",
            "join_action",
            "drill_action",
            SEPARATOR,
            "backup_action",
            "restore_action",
            SEPARATOR,
            "vault_action",
            SEPARATOR,
            "quit_action",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Incident"),
        (
            "wizard_action",
            SEPARATOR,
            "entry_action",
            "correct_action",
            SEPARATOR,
            "assess_action",
            LEVELS_SUBMENU,
            SEPARATOR,
            "import_action",
            "add_mention_action",
            SEPARATOR,
            "resolve_action",
            "reopen_action",
            SEPARATOR,
            "reports_action",
            "review_action",
            SEPARATOR,
            "share_action",
            SEPARATOR,
            "verify_action",
        ),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&View"), ("find_action", "show_drills_action", "team_panel_action")),
    (
        QT_TRANSLATE_NOOP("MainWindow", "&Settings"),
        ("settings_action", SEPARATOR, "team_action", "templates_action", "rules_action"),
    ),
    (QT_TRANSLATE_NOOP("MainWindow", "&Help"), ("about_action",)),
)
"""The menu bar: each menu's title and its actions by name, in order (SEPARATOR, LEVELS_SUBMENU)."""
LEVELS_TITLE = QT_TRANSLATE_NOOP("MainWindow", "Set &severity level")


def build_menus(bar: QMenuBar, actions: dict[str, QAction]) -> QMenu:
    """Fill the menu bar from :data:`MENUS`; returns the severity levels' submenu."""
    levels = QMenu(i18n.label(CONTEXT, LEVELS_TITLE), bar)
    levels.addActions([action for name, action in actions.items() if name.startswith("level_")])
    for title, names in MENUS:
        menu = bar.addMenu(i18n.label(CONTEXT, title))
        for name in names:
            if name == SEPARATOR:
                menu.addSeparator()
            elif name == LEVELS_SUBMENU:
                menu.addMenu(levels)
            else:
                menu.addAction(actions[name])
    return levels
