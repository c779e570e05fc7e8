"""Settings ▸ Settings…: every setting in one dialog, its pages listed on the left.

The organisation's name, time zone, default update rhythm and chain of command (which roles each
crisis type calls at each level) are stored in the database when the person presses OK or Apply
(one change, logged where it matters); the interface language is a per-user choice in QSettings
that applies at the next start. Rules, team and templates open the
dialogs that edit them (the main window's, so there is one way to do each); backups and the
keychain act on the spot.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.cadence import DEFAULT_CADENCE, Cadence
from crisisroom.domain.team import is_example
from crisisroom.gui import i18n
from crisisroom.gui.backups_page import BackupsPage
from crisisroom.gui.context import RoomContext
from crisisroom.gui.settings.chain_editor import ChainEditor
from crisisroom.gui.style import muted
from crisisroom.gui.widgets.timezone_combo import TimezoneCombo, computer_zone
from crisisroom.services import settings as settings_service
from crisisroom.services import team as team_service
from crisisroom.services.changes import Done
from crisisroom.storage import chain_of_command, organisation, rules, team
from crisisroom.storage.database import Database

ORGANISATION, RULES, UPDATES, TEAM, TEMPLATES, DATA, KEYCHAIN = (
    "organisation",
    "rules",
    "updates",
    "team",
    "templates",
    "data",
    "keychain",
)
CHAIN = "chain"


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.2)
    label.setFont(font)
    return label


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    muted(label)
    return label


def _summary_label(name: str, *, rich: bool = False) -> QLabel:
    """The state of what a page links to (the rules in force, the team), filled in by the dialog."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    if rich:
        label.setTextFormat(Qt.TextFormat.RichText)
    return label


def _linked_page(note: str, summary: QLabel | None, button: QPushButton) -> QWidget:
    """A page for something edited in its own window: what it is, its state, and the button that opens it."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 8, 0, 0)
    layout.addWidget(_note(note))
    if summary is not None:
        layout.addWidget(summary)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
    layout.addStretch(1)
    return page


class SettingsDialog(QDialog):
    """The pages, OK / Apply / Cancel for the organisation's fields, Close-style actions elsewhere."""

    saved = Signal()

    def __init__(
        self,
        database: Database,
        *,
        author: Callable[[], str],
        open_rules: Callable[[], QDialog],
        open_team: Callable[[], QDialog],
        open_templates: Callable[[], QDialog],
        restore: Callable[[Path], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.database = database
        self.author = author
        self.room = RoomContext.of(self, database, author=author)  # the main window's, when opened from it
        self._open_rules = open_rules
        self._open_team = open_team
        self._open_templates = open_templates
        self._keys: list[str] = []

        self.page_list = QListWidget()
        self.page_list.setObjectName("settings_page_list")
        self.page_list.setAccessibleName(self.tr("Settings pages"))
        self.page_list.setSpacing(2)
        self.pages = QStackedWidget()
        self.page_list.currentRowChanged.connect(self._page_changed)

        self._add(ORGANISATION, self.tr("Organisation"), self._organisation_page())
        self._add(RULES, self.tr("Escalation rules"), self._rules_page())
        self._add(UPDATES, self.tr("Updates"), self._updates_page())
        self._add(TEAM, self.tr("Team"), self._team_page())
        self._add(CHAIN, self.tr("Chain of command"), self._chain_page())
        self._add(TEMPLATES, self.tr("Message templates"), self._templates_page())
        self.backups_page = BackupsPage(database, restore)
        # The fields shown now belong to the contents just replaced: show the restored ones, so OK
        # does not write the old values back into them.
        self.backups_page.restored.connect(self.load)
        self._add(DATA, self.tr("Data and backups"), self.backups_page)
        self._add(KEYCHAIN, self.tr("Keychain"), self._keychain_page())
        metrics = self.page_list.fontMetrics()
        widest = max(metrics.horizontalAdvance(self.page_list.item(i).text()) for i in range(self.page_list.count()))
        self.page_list.setFixedWidth(widest + 48)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        body = QHBoxLayout()
        body.addWidget(self.page_list)
        body.addWidget(self.pages, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.resize(860, 560)
        self.load()
        self.page_list.setCurrentRow(0)

    # --- construction -------------------------------------------------------------------------

    def _add(self, key: str, title: str, page: QWidget) -> None:
        item = QListWidgetItem(title)
        item.setSizeHint(QSize(0, 32))
        self.page_list.addItem(item)
        holder = QWidget()
        holder.setObjectName(f"settings_page_{key}")
        column = QVBoxLayout(holder)
        column.setContentsMargins(12, 0, 0, 0)
        column.addWidget(_heading(title))
        column.addWidget(page, 1)
        self.pages.addWidget(holder)
        self._keys.append(key)

    def _organisation_page(self) -> QWidget:
        page = QWidget()
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("organisation_name_edit")
        self.name_edit.setAccessibleName(self.tr("Organisation name"))
        self.name_edit.setPlaceholderText(self.tr("As your statements sign it"))
        self.zone_combo = TimezoneCombo(computer_zone())
        self.zone_combo.setObjectName("organisation_timezone_combo")
        self.zone_combo.setAccessibleName(self.tr("Time zone for new incidents"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name_edit)
        zone_label = QLabel(self.tr("&Time zone:"))
        zone_label.setBuddy(self.zone_combo)
        form.addRow(name_label, self.name_edit)
        form.addRow("", _note(self.tr("Statements and templates speak for this name.")))
        form.addRow(zone_label, self.zone_combo)
        form.addRow(
            "", _note(self.tr("New incidents start in this zone; each incident keeps the zone it was opened with."))
        )

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language_combo")
        self.language_combo.setAccessibleName(self.tr("Interface language"))
        self.language_combo.addItem(self.tr("System default"), "")
        for code, name in i18n.LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        language_box = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language_box)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        language_form.addRow(language_label, self.language_combo)
        language_form.addRow(
            "", _note(self.tr("For you on this computer. Takes effect the next time Crisis Room starts."))
        )
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addWidget(language_box)
        layout.addStretch(1)
        return page

    def _rules_page(self) -> QWidget:
        self.rules_label = _summary_label("rules_summary_label", rich=True)
        edit = QPushButton(self.tr("&Edit the escalation rules…"))
        edit.setObjectName("edit_rules_button")
        edit.clicked.connect(lambda: self._opened(self._open_rules(), self._show_rules))
        note = self.tr(
            "Rules watch the negative mentions per hour. When one fires it writes an alert into the log, "
            "says whom to call and suggests a level; a person confirms levels."
        )
        return _linked_page(note, self.rules_label, edit)

    def _updates_page(self) -> QWidget:
        page = QWidget()
        self.first_spin = self._minutes_spin("first_minutes_spin", self.tr("First update within"))
        self.every_spin = self._minutes_spin("every_minutes_spin", self.tr("Then every"))
        self.hours_spin = QSpinBox()
        self.hours_spin.setObjectName("for_hours_spin")
        self.hours_spin.setAccessibleName(self.tr("For the first hours"))
        self.hours_spin.setRange(0, 72)
        self.hours_spin.setSuffix(self.tr(" h"))
        self.after_spin = self._minutes_spin("after_minutes_spin", self.tr("Then every (later)"))
        defaults = QPushButton(self.tr("Use the &recommended rhythm"))
        defaults.setObjectName("cadence_defaults_button")
        defaults.clicked.connect(lambda: self._show_cadence(DEFAULT_CADENCE))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        for text, widget in (
            (self.tr("&First update within:"), self.first_spin),
            (self.tr("Then &every:"), self.every_spin),
            (self.tr("For the first:"), self.hours_spin),
            (self.tr("Then every (&later):"), self.after_spin),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", defaults)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(
            _note(
                self.tr(
                    "How often the team must give an internal update, counted from when an incident is opened "
                    "and then from each update. The recommended rhythm: the first within 5 minutes, then every "
                    "20 minutes for 2 hours, then every hour. An incident's Manage step can set its own; "
                    "incidents that have not follow this one."
                )
            )
        )
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _minutes_spin(self, name: str, accessible: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setObjectName(name)
        spin.setAccessibleName(accessible)
        spin.setRange(1, 24 * 60)
        spin.setSuffix(self.tr(" min"))
        return spin

    def _team_page(self) -> QWidget:
        self.team_label = _summary_label("team_summary_label")
        button = QPushButton(self.tr("Open the &team…"))
        button.setObjectName("open_team_button")
        button.clicked.connect(lambda: self._opened(self._open_team(), self._show_team))
        note = self.tr(
            "The people called in a crisis: their roles, phones, e-mails, backups and the levels at which "
            "each is called. Import and export as CSV or vCard."
        )
        return _linked_page(note, self.team_label, button)

    def _chain_page(self) -> QWidget:
        page = QWidget()
        self.chain_editor = ChainEditor()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(
            _note(
                self.tr(
                    "Which roles each crisis type calls at each severity level (the columns 1 to 5). The Notify "
                    "step calls everyone who holds a ticked role, and anyone the team calls at that level anyway."
                )
            )
        )
        layout.addWidget(self.chain_editor, 1)
        return page

    def _templates_page(self) -> QWidget:
        button = QPushButton(self.tr("Edit message &templates…"))
        button.setObjectName("open_templates_button")
        button.clicked.connect(lambda: self._open_templates())
        note = self.tr(
            "Your own wording for each crisis type, audience and phase, with a live preview. The Message "
            "step drafts every statement from these templates."
        )
        return _linked_page(note, None, button)

    def _keychain_page(self) -> QWidget:
        page = QWidget()
        self.keychain_state = QLabel()
        self.keychain_state.setObjectName("keychain_state_label")
        self.keychain_state.setWordWrap(True)
        self.keychain_state.setTextFormat(Qt.TextFormat.RichText)
        self.keychain_advice = QLabel()
        self.keychain_advice.setObjectName("keychain_advice_label")
        self.keychain_advice.setWordWrap(True)
        self.keychain_advice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        check = QPushButton(self.tr("&Check again"))
        check.setObjectName("keychain_check_button")
        check.setToolTip(self.tr("Your system may ask you to unlock the keychain"))
        check.clicked.connect(self.check_keychain)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(
            _note(
                self.tr(
                    "Passwords, recovery codes and tokens of shared accounts are kept only in this computer's "
                    "keychain, never in Crisis Room's database, backups or exports."
                )
            )
        )
        layout.addWidget(self.keychain_state)
        layout.addWidget(self.keychain_advice)
        layout.addWidget(check, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    # --- showing what is stored ---------------------------------------------------------------

    def load(self) -> None:
        stored = organisation.load(self.database)
        self.name_edit.setText(stored.name)
        self.zone_combo.set_zone(stored.timezone)
        index = self.language_combo.findData(i18n.configured_language())
        self.language_combo.setCurrentIndex(max(index, 0))
        self._show_cadence(stored.cadence)
        self._show_rules()
        self._show_team()
        self.chain_editor.set_table(chain_of_command.load(self.database))

    def _show_cadence(self, cadence: Cadence) -> None:
        self.first_spin.setValue(cadence.first_minutes)
        self.every_spin.setValue(cadence.then_every_minutes)
        self.hours_spin.setValue(cadence.for_hours)
        self.after_spin.setValue(cadence.then_every_minutes_after)

    def _show_rules(self) -> None:
        lines = []
        for rule in rules.load(self.database):
            state = "" if rule.enabled else self.tr(" (off)")
            name = _escape(i18n.label("Rules", rule.name))
            lines.append(f"<li><b>{name}</b>{state}: {_escape(rule.describe(i18n.label))}</li>")
        self.rules_label.setText(f"<ul>{''.join(lines)}</ul>" if lines else self.tr("No rules: nothing escalates."))

    def _show_team(self) -> None:
        people = team.list_people(self.database)
        if not people:
            text = self.tr("Nobody is on the team yet.")
        elif all(is_example(p) for p in people):
            text = self.tr(
                "The team is still the made-up example (%n people): replace it with your own.", "", len(people)
            )
        else:
            text = self.tr("%n people on the team.", "", len(people))
        self.team_label.setText(text)
        self.chain_editor.set_people(people)  # who holds each role, after the team was edited too

    def check_keychain(self) -> None:
        """Ask the keychain (it may prompt to unlock) and show its state and, when unusable, how to fix it."""
        from crisisroom.secrets.errors import KeychainError
        from crisisroom.secrets.keychain import Keychain

        keychain = Keychain()
        try:
            keychain.check()
        except KeychainError as exc:
            self.keychain_state.setText(self.tr("<b>Not usable</b>: {0}.").format(_escape(exc.problem)))
            self.keychain_advice.setText(exc.fix)
            return
        self.keychain_state.setText(self.tr("<b>Ready</b>: {0}.").format(_escape(keychain.describe())))
        self.keychain_advice.setText(self.tr("Shared-account secrets can be stored and read."))

    def show_page(self, key: str) -> None:
        self.page_list.setCurrentRow(self._keys.index(key))

    def _page_changed(self, row: int) -> None:
        self.pages.setCurrentIndex(row)
        if 0 <= row < len(self._keys) and self._keys[row] == KEYCHAIN and not self.keychain_state.text():
            self.check_keychain()  # only when shown: the system may ask to unlock it

    def _opened(self, dialog: QDialog, refresh: Callable[[], None]) -> None:
        dialog.finished.connect(lambda *_: refresh())

    # --- saving -------------------------------------------------------------------------------

    def cadence(self) -> Cadence:
        return Cadence(
            self.first_spin.value(), self.every_spin.value(), self.hours_spin.value(), self.after_spin.value()
        )

    def apply(self) -> bool:
        """Store the organisation's fields and the language; a bad value is named and nothing is stored."""
        if self.room.run(self._store, title=self.tr("The settings were not saved"), parent=self) is None:
            return False  # the fields keep what was typed
        i18n.set_configured_language(self.language_combo.currentData())
        self.load()
        self.saved.emit()
        return True

    def _store(self) -> Done[bool]:
        name = organisation.clean_name(self.name_edit.text())
        zone = self.zone_combo.zone()
        cadence = self.cadence().validate()
        author = self.author()
        with self.database.transaction():  # all of it or none
            stored = settings_service.save_organisation(
                self.database, name=name, timezone=zone, cadence=cadence, author=author
            )
            chain = team_service.save_chain(self.database, self.chain_editor.table(), author=author)
        return Done(True, stored.changes | chain.changes)

    def accept(self) -> None:
        if self.apply():
            super().accept()


def _escape(text: str) -> str:
    return html.escape(text)
