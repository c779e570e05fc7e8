"""Step 4, Message: the audience × phase grid; each cell drafted from a template, approved, then released.

A cell has a statement for all channels and, on tabs beside it, a version for each of its audience's
platforms (the short post for X and SMS), each measured against its platform's limit. Statements
are drafted from the phase's public summary, never from the internal assessment. The approver is
chosen from the roster's approvers, afresh for every statement; a release over a platform's limit
is refused unless overridden with a reason. Saving a different text makes a new draft version (the
service sends an approved text back to draft); the page keeps unsaved edits in its draft, so
nothing typed is lost when the app closes.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.clock import format_local, zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.message_flow import (
    ALL_CHANNELS,
    ALL_CHANNELS_LABEL,
    AUDIENCE_LABELS,
    PHASE_LABELS,
    Message,
    MessageState,
    OverLimitError,
    approval_over_limit,
    approver_role_label,
    approvers,
)
from crisisroom.domain.platform_lengths import AUDIENCES, PHASES, Audience, Measure, Phase, Platform, measure
from crisisroom.domain.response_steps import Step
from crisisroom.domain.team import role as team_role
from crisisroom.gui import i18n, prompts
from crisisroom.gui.context import RoomContext
from crisisroom.gui.widgets.wrapped_line_edit import WrappedLineEdit
from crisisroom.gui.wizard import drafting
from crisisroom.gui.wizard.base import StepPage, set_colour
from crisisroom.services import response_steps as steps_service
from crisisroom.services import statements as statement_service
from crisisroom.storage import messages, public_summaries, team
from crisisroom.storage import organisation as organisation_store

STATE_COLOURS = {MessageState.DRAFT: "#8a6d00", MessageState.APPROVED: "#1f6fb2", MessageState.RELEASED: "#2e7d32"}
OVER_COLOUR = "#b03a2e"
# The least advanced state first: a cell whose versions differ shows the one that needs work.
STATE_ORDER = (MessageState.DRAFT, MessageState.APPROVED, MessageState.RELEASED)


def number(value: int) -> str:
    """``2 200`` in Swedish and French, ``2,200`` in English: the interface language's digit grouping."""
    return QLocale().toString(value)


def cell_key(audience: str, phase: str, platform: str = ALL_CHANNELS) -> str:
    """The key of one statement in the page's draft: ``customers/holding`` (all channels) or ``…/holding/sms``."""
    return f"{audience}/{phase}/{platform}" if platform else f"{audience}/{phase}"


def state_dot(colour: str, size: int = 10) -> QIcon:
    """A filled dot in a state's colour, the mark of a version's state on its tab."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


def platform_name(key: str) -> str:
    """A platform key as the interface names it (``All channels`` translated)."""
    return i18n.label("Messages", Platform(key).label if key else ALL_CHANNELS_LABEL)


class MessagePage(StepPage):
    step = Step.MESSAGE

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._texts: dict[str, str] = {}  # unsaved edits by statement (cell_key)
        self._summaries: dict[str, str] = {}  # public summaries typed and not saved yet, by phase
        self._stored: dict[str, Message] = {}
        self._cell = (Audience.PUBLIC.value, Phase.HOLDING.value)
        self._platform = ALL_CHANNELS
        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisation_edit")
        self.organisation_edit.setAccessibleName(self.tr("Speaking for"))
        self.organisation_edit.setPlaceholderText(self.tr("Your organisation's name, as statements sign it"))
        self.organisation_edit.textChanged.connect(self.changed)
        org_label = QLabel(self.tr("Speaking &for:"))
        org_label.setBuddy(self.organisation_edit)

        self.grid = QTableWidget(len(AUDIENCES), len(PHASES))
        self.grid.setObjectName("message_grid")
        self.grid.setAccessibleName(self.tr("Statements by audience and phase"))
        self.grid.setHorizontalHeaderLabels([i18n.label("Messages", p.label) for p in PHASES])
        self.grid.setVerticalHeaderLabels([i18n.label("Messages", a.label) for a in AUDIENCES])
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.grid.setTabKeyNavigation(False)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.currentCellChanged.connect(lambda row, column, *_: self.select_cell(row, column))
        self.grid.installEventFilter(self)  # Enter on a cell opens its statement (see eventFilter)

        # What happened, for the public, per phase: the drafts use it, never the internal assessment.
        # Wraps over three lines, so a two-sentence summary stays in sight while it is typed.
        self.summary_edit = WrappedLineEdit(lines=3)
        self.summary_edit.setObjectName("public_summary_edit")
        self.summary_edit.setAccessibleName(self.tr("Public summary"))
        self.summary_edit.setPlaceholderText(
            self.tr("What happened, in words the public may read; drafts use this, never the internal assessment")
        )
        self.summary_edit.textEdited.connect(self._summary_edited)
        self.summary_edit.editingFinished.connect(self.save_summary)
        self.summary_label = QLabel()
        self.summary_label.setBuddy(self.summary_edit)

        self.cell_label = QLabel()
        font = self.cell_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.cell_label.setFont(font)
        self.badge = QLabel()
        self.badge.setObjectName("state_badge")
        self.badge.setAccessibleName(self.tr("State"))
        # One tab per version of the statement: all channels, then each platform of the audience.
        self.platform_tabs = QTabBar()
        self.platform_tabs.setObjectName("platform_tabs")
        self.platform_tabs.setAccessibleName(self.tr("Version for"))
        self.platform_tabs.setExpanding(False)
        self.platform_tabs.setDrawBase(False)
        self.platform_tabs.setIconSize(QSize(10, 10))
        self.platform_tabs.currentChanged.connect(self._tab_chosen)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setObjectName("message_text_edit")
        self.text_edit.setAccessibleName(self.tr("Statement text"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setPlaceholderText(self.tr("Draft from the template, or write the statement here"))
        self.text_edit.textChanged.connect(self._text_edited)
        self.lengths = QLabel()
        self.lengths.setObjectName("length_label")
        self.lengths.setAccessibleName(self.tr("Length per platform"))
        self.lengths.setWordWrap(True)
        self.media_label = QLabel()
        self.media_label.setObjectName("media_contact_label")
        self.media_label.setAccessibleName(self.tr("Media contact"))
        self.media_label.setWordWrap(True)
        self.template_button = QPushButton(self.tr("Draft from &template"))
        self.template_button.setObjectName("template_button")
        self.template_button.clicked.connect(self.draft_from_template)
        self.save_button = QPushButton(self.tr("&Save draft"))
        self.save_button.setObjectName("save_message_button")
        self.save_button.clicked.connect(self.save_text)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.template_button)
        edit_row.addWidget(self.save_button)
        edit_row.addStretch(1)

        # Who approves comes from the roster, chosen afresh for every statement (never carried over).
        self.approver_combo = QComboBox()
        self.approver_combo.setObjectName("approver_combo")
        self.approver_combo.setAccessibleName(self.tr("Approved by"))
        self.approver_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.approver_combo.currentIndexChanged.connect(lambda *_: self.show_field_problem("approver", ""))
        self.approve_button = QPushButton(self.tr("A&pprove"))
        self.approve_button.setObjectName("approve_button")
        self.approve_button.clicked.connect(self.approve)
        approved_label = QLabel(self.tr("Appro&ved by:"))  # Alt+B is the wizard's Back
        approved_label.setBuddy(self.approver_combo)
        approve_row = QHBoxLayout()
        approve_row.addWidget(approved_label)
        approve_row.addWidget(self.approver_combo)
        approve_row.addWidget(self.approve_button)
        approve_row.addStretch(1)

        self.where_box = QHBoxLayout()
        self.where_checks: dict[Platform, QCheckBox] = {}
        for platform in Platform:
            check = QCheckBox(i18n.label("Messages", platform.label))
            check.setObjectName(f"where_{platform.value}")
            check.toggled.connect(lambda *_: self._release_choice_changed())
            self.where_checks[platform] = check
            self.where_box.addWidget(check)
        self.where_label = QLabel(self.tr("Released on:"))
        self.release_button = QPushButton(self.tr("&Release"))
        self.release_button.setObjectName("release_button")
        self.release_button.clicked.connect(self.release)
        release_row = QHBoxLayout()
        release_row.addWidget(self.where_label)
        release_row.addLayout(self.where_box)
        release_row.addStretch(1)
        release_row.addWidget(self.release_button)
        # Shown when a release was refused for length: going out anyway needs a reason, which is logged.
        self.override_check = QCheckBox(self.tr("Release over the limit, because:"))
        self.override_check.setObjectName("override_check")
        self.override_check.toggled.connect(lambda on: self.override_edit.setEnabled(on))
        self.override_edit = QLineEdit()
        self.override_edit.setObjectName("override_reason_edit")
        self.override_edit.setAccessibleName(self.tr("Reason for releasing over the limit"))
        self.override_edit.setPlaceholderText(self.tr("Why it must go out as it is (kept in the log)"))
        self.override_edit.setEnabled(False)
        self.override_row = QWidget()
        override_layout = QHBoxLayout(self.override_row)
        override_layout.setContentsMargins(0, 0, 0, 0)
        override_layout.addWidget(self.override_check)
        override_layout.addWidget(self.override_edit, 1)
        self.override_row.hide()
        release_column = QVBoxLayout()
        release_column.setContentsMargins(0, 0, 0, 0)
        release_column.addLayout(release_row)
        release_column.addWidget(self.override_row)

        self.versions = QListWidget()
        self.versions.setObjectName("versions_list")
        self.versions.setAccessibleName(self.tr("Version history"))
        self.versions.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.versions.setWordWrap(True)
        self.versions.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        history_box = QGroupBox(self.tr("Versions"))
        history_layout = QVBoxLayout(history_box)
        history_layout.addWidget(self.versions)
        history_box.setFixedWidth(210)

        editor = QVBoxLayout()
        title_row = QHBoxLayout()
        title_row.addWidget(self.cell_label)
        title_row.addWidget(self.badge)
        title_row.addStretch(1)
        editor.addLayout(title_row)
        editor.addWidget(self.platform_tabs)
        text_column = self.with_problem("text", self.text_edit)
        text_column.setStretch(0, 1)
        editor.addLayout(text_column, 1)
        editor.addWidget(self.lengths)
        editor.addWidget(self.media_label)
        editor.addLayout(edit_row)
        editor.addLayout(self.with_problem("approver", approve_row))
        editor.addLayout(self.with_problem("release", release_column))
        lower = QHBoxLayout()
        lower.addLayout(editor, 1)
        lower.addWidget(history_box)
        org_row = QHBoxLayout()
        org_row.addWidget(org_label)
        org_row.addWidget(self.organisation_edit, 1)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 0, Qt.AlignmentFlag.AlignTop)
        summary_row.addWidget(self.summary_edit, 1)
        layout = QGridLayout(self.body)
        layout.addLayout(org_row, 0, 0)
        layout.addLayout(self.with_problem("grid", self.grid), 1, 0)
        layout.addLayout(self.with_problem("summary", summary_row), 2, 0)
        layout.addLayout(lower, 3, 0)
        layout.setRowStretch(3, 1)
        self.setTabOrder(self.organisation_edit, self.grid)
        self.setTabOrder(self.grid, self.summary_edit)
        self.setTabOrder(self.summary_edit, self.platform_tabs)
        self.setTabOrder(self.platform_tabs, self.text_edit)

    # --- the grid ------------------------------------------------------------------------------

    @staticmethod
    def _cell_name(audience: str, phase: str) -> str:
        """``Customers · Holding statement`` in the interface language."""
        return f"{i18n.label('Messages', AUDIENCE_LABELS[audience])} · {i18n.label('Messages', PHASE_LABELS[phase])}"

    def _in_cell(self, audience: str, phase: str) -> list[Message]:
        """The cell's stored statements: all channels first, then one per platform."""
        return [m for m in self._stored.values() if (m.audience, m.phase) == (audience, phase)]

    def _cell_text(self, audience: str, phase: str) -> tuple[str, str | None]:
        """What a grid cell says, and its colour: the state of its statement, or of each version."""
        found = self._in_cell(audience, phase)
        edited = any(key == cell_key(audience, phase) or key.startswith(f"{audience}/{phase}/") for key in self._texts)
        if not found:
            return (self.tr("edited, not saved") if edited else "—"), None
        least = min(found, key=lambda m: STATE_ORDER.index(m.state))
        if len(found) == 1 and not found[0].platform:
            text = self.tr("{state} v{version}").format(
                state=i18n.label("Messages", least.state.label), version=least.current.number
            )
        else:
            groups = []
            for state in STATE_ORDER:
                names = [platform_name(m.platform) for m in found if m.state is state]
                if names:
                    groups.append(
                        self.tr("{state}: {platforms}").format(
                            state=i18n.label("Messages", state.label), platforms=", ".join(names)
                        )
                    )
            text = " · ".join(groups)
        if edited:
            text = self.tr("{cell} · edited").format(cell=text)
        return text, STATE_COLOURS[least.state]

    def refresh(self) -> None:
        self._stored = {
            cell_key(m.audience, m.phase, m.platform): m for m in messages.messages(self.database, self.incident_id)
        }
        for row, audience in enumerate(AUDIENCES):
            for column, phase in enumerate(PHASES):
                text, colour = self._cell_text(audience.value, phase.value)
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setToolTip(text)
                if colour:
                    item.setForeground(QColor(colour))
                name = self._cell_name(audience.value, phase.value)
                item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{name}: {text}")
                self.grid.setItem(row, column, item)
        # The grid shows all five rows without scrolling: its height follows its rows.
        self.grid.resizeRowsToContents()
        frame = 2 * self.grid.frameWidth()
        self.grid.setFixedHeight(self.grid.horizontalHeader().height() + self.grid.verticalHeader().length() + frame)
        row, column = AUDIENCES.index(Audience(self._cell[0])), PHASES.index(Phase(self._cell[1]))
        self.grid.blockSignals(True)
        self.grid.setCurrentCell(row, column)
        self.grid.blockSignals(False)
        self._fill_approvers()
        self._show_media_contact()
        self.show_cell()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Return on a grid cell goes to its statement, rather than pressing the wizard's Next."""
        if (
            watched is self.grid
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.text_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def select_cell(self, row: int, column: int) -> None:
        if row < 0 or column < 0:
            return
        self.save_summary()  # a summary typed for the phase being left
        self._cell = (AUDIENCES[row].value, PHASES[column].value)
        if self._platform and Platform(self._platform) not in Audience(self._cell[0]).platforms:
            self._platform = ALL_CHANNELS
        self.clear_problems()
        self.show_cell()
        self.changed()

    def current(self) -> Message | None:
        return self._stored.get(cell_key(*self._cell, self._platform))

    def _key(self) -> str:
        return cell_key(*self._cell, self._platform)

    def _platforms(self) -> tuple[Platform, ...]:
        """Where the statement being edited goes: its platform, or every platform of its audience."""
        return (Platform(self._platform),) if self._platform else Audience(self._cell[0]).platforms

    def show_cell(self) -> None:
        audience, phase = self._cell
        self.cell_label.setText(self._cell_name(audience, phase))
        self.summary_label.setText(
            self.tr("P&ublic summary, {phase}:").format(phase=i18n.label("Messages", PHASE_LABELS[phase]).lower())
        )
        summary = self._summaries.get(phase)
        if summary is None:
            summary = public_summaries.summary(self.database, self.incident_id, phase)
        self.summary_edit.setText(summary)
        self.platform_tabs.blockSignals(True)
        while self.platform_tabs.count():
            self.platform_tabs.removeTab(0)
        for key in (ALL_CHANNELS, *(p.value for p in Audience(audience).platforms)):
            # The tab says only the platform, so that every tab fits at 1280×800 in every language;
            # the version's state is its dot and colour, and in words in the tooltip and for screen readers.
            index = self.platform_tabs.addTab(platform_name(key))
            self.platform_tabs.setTabData(index, key)
            stored = self._stored.get(cell_key(audience, phase, key))
            tip = self._tab_tip(key)
            if stored is not None:
                state = i18n.label("Messages", stored.state.label)
                named = self.tr("{platform} · {state}").format(platform=platform_name(key), state=state)
                self.platform_tabs.setTabIcon(index, state_dot(STATE_COLOURS[stored.state]))
                self.platform_tabs.setTabTextColor(index, QColor(STATE_COLOURS[stored.state]))
                self.platform_tabs.setAccessibleTabName(index, named)
                tip = f"{named}\n{tip}"
            self.platform_tabs.setTabToolTip(index, tip)
            if key == self._platform:
                self.platform_tabs.setCurrentIndex(index)
        self.platform_tabs.blockSignals(False)
        self.show_version()

    def _tab_tip(self, key: str) -> str:
        if not key:
            return self.tr("One text for every channel; released where you tick, each within its limit")
        found = Platform(key)
        if found.limit is None:
            return self.tr("A version for {platform}, which has no length limit").format(platform=platform_name(key))
        return self.tr("A version for {platform}, at most {limit} characters").format(
            platform=platform_name(key), limit=number(found.limit)
        )

    def _tab_chosen(self, index: int) -> None:
        if index < 0:
            return
        self._platform = str(self.platform_tabs.tabData(index) or ALL_CHANNELS)
        for key in ("text", "approver", "release"):
            self.show_field_problem(key, "")
        self.show_version()
        self.changed()

    def show_version(self) -> None:
        """Show the chosen tab's statement: its text, where it may go, its history; the approver is chosen afresh."""
        stored = self.current()
        text = self._texts.get(self._key(), stored.current.text if stored else "")
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(text)
        self.text_edit.blockSignals(False)
        platforms = Audience(self._cell[0]).platforms
        for platform, check in self.where_checks.items():
            # One box per platform, made once; only this audience's platforms show, and only for the
            # statement for all channels: a platform's version goes out on its platform.
            check.blockSignals(True)
            check.setVisible(not self._platform and platform in platforms)
            check.setChecked(False)
            check.blockSignals(False)
        self.where_label.setVisible(not self._platform)
        self.release_button.setText(
            self.tr("&Release on {platform}").format(platform=platform_name(self._platform))
            if self._platform
            else self.tr("&Release")
        )
        self.approver_combo.setCurrentIndex(0)
        self._hide_override()
        self.versions.clear()
        if stored is not None:
            zone = zone_from_name(self.incident.timezone)
            for version in messages.versions(self.database, stored.id):
                line = (
                    f"v{version.number} · {i18n.label('Messages', version.state.label)} · "
                    f"{format_local(version.saved_at, zone, seconds=False)}"
                )
                if version.approval:
                    line += "\n  " + self.tr("approved by {name} ({role})").format(
                        name=version.approval.name, role=i18n.label("Roles", version.approval.role)
                    )
                    if version.approval.text_sha256:
                        line += "\n  " + self.tr("text {hash}").format(hash=version.approval.text_sha256[:12])
                if version.release:
                    line += "\n  " + self.tr("released on {where}").format(where=", ".join(version.release.where))
                    if version.release.override_reason:
                        line += "\n  " + self.tr("over the limit: {reason}").format(
                            reason=version.release.override_reason
                        )
                self.versions.addItem(line)
        self._show_state()

    def _fill_approvers(self) -> None:
        """The roster's people who may approve, behind a first entry that asks for a choice."""
        people = approvers(team.list_people(self.database))
        self.approver_combo.blockSignals(True)
        self.approver_combo.clear()
        if people:
            self.approver_combo.addItem(self.tr("Choose who approves…"), None)
        else:
            self.approver_combo.addItem(self.tr("Nobody on the team may approve: add an approver in Team"), None)
        for person in people:
            role = i18n.label("Roles", approver_role_label(person))
            self.approver_combo.addItem(self.tr("{name} · {role}").format(name=person.name, role=role), person.id)
        self.approver_combo.setCurrentIndex(0)
        self.approver_combo.blockSignals(False)

    def _show_media_contact(self) -> None:
        contact = statement_service.media_contact(self.database, self.incident_id)
        if contact is None:
            self.media_label.setText(
                self.tr("No media contact: give someone on the team the Spokesperson role, with a phone or e-mail.")
            )
            set_colour(self.media_label, OVER_COLOUR)
            return
        role = i18n.label("Roles", team_role(contact.role).label)
        if contact.reach:
            text = self.tr("Media contact in the statements: {name} ({role}), {reach}").format(
                name=contact.name, role=role, reach=contact.reach
            )
            set_colour(self.media_label, None)
        else:
            text = self.tr("Media contact: {name} ({role}) has no phone or e-mail on the team list").format(
                name=contact.name, role=role
            )
            set_colour(self.media_label, OVER_COLOUR)
        self.media_label.setText(text)

    def _show_state(self) -> None:
        stored = self.current()
        edited = stored is not None and self.text_edit.toPlainText() != stored.current.text
        if stored is None:
            badge, colour = self.tr("Not drafted yet"), None
        elif edited and stored.state is not MessageState.DRAFT:
            badge, colour = (
                self.tr("{state} v{version} · edited: saving makes a new draft").format(
                    state=i18n.label("Messages", stored.state.label), version=stored.current.number
                ),
                "#8a6d00",
            )
        else:
            badge, colour = (
                (self.tr("{state} v{version} · edited") if edited else self.tr("{state} v{version}")).format(
                    state=i18n.label("Messages", stored.state.label), version=stored.current.number
                ),
                (STATE_COLOURS[stored.state]),
            )
        style = f"color: white; background: {colour};" if colour else "border: 1px solid palette(mid);"
        self.badge.setText(badge)
        self.badge.setStyleSheet(f"QLabel {{ {style} border-radius: 4px; padding: 2px 8px; font-weight: bold; }}")
        state = stored.state if stored else None
        self.approve_button.setEnabled(
            bool(self.text_edit.toPlainText().strip())
            and (state in (None, MessageState.DRAFT) or edited)
            and self.approver_combo.count() > 1
        )
        self.release_button.setEnabled(state is MessageState.APPROVED and not edited)
        self._show_lengths()

    def _show_lengths(self) -> None:
        text = self.text_edit.toPlainText()
        parts = []
        for platform in self._platforms():
            found = measure(text, platform)
            if found.limit is None:
                parts.append(
                    self.tr("{platform}: %Ln character(s)", "", found.count).format(
                        platform=escape(i18n.label("Messages", platform.label))
                    )
                )
                continue
            shown = f"{escape(i18n.label('Messages', platform.label))}: {number(found.count)} / {number(found.limit)}"
            if found.segments and found.segments > 1:
                shown += " " + self.tr("({count} parts)").format(count=found.segments)
            if not found.fits:
                over = self.tr("{shown}, {count} over").format(shown=shown, count=number(found.over_by))
                shown = f'<span style="color:{OVER_COLOUR}; font-weight:bold">{over}</span>'
            parts.append(shown)
        self.lengths.setText(" · ".join(parts))

    def _text_edited(self) -> None:
        key = self._key()
        stored = self.current()
        text = self.text_edit.toPlainText()
        if (stored is not None and text == stored.current.text) or (stored is None and not text):
            self._texts.pop(key, None)
        else:
            self._texts[key] = text
        self._hide_override()
        self._show_state()
        self.changed()

    def _summary_edited(self, text: str) -> None:
        self._summaries[self._cell[1]] = text
        self.changed()

    def _release_choice_changed(self) -> None:
        self.show_field_problem("release", "")
        self._hide_override()

    def _hide_override(self) -> None:
        self.override_check.setChecked(False)
        self.override_edit.clear()
        self.override_row.hide()

    # --- actions -------------------------------------------------------------------------------

    def organisation(self) -> str:
        return self.organisation_edit.text().strip() or drafting.organisation(self.database)

    def save_summary(self) -> bool:
        """Store the public summary typed for the shown phase (logged when it changed); False when refused."""
        phase = self._cell[1]
        if phase not in self._summaries:
            return True
        text = self._summaries[phase]
        saved = self.record(
            lambda: (
                statement_service.set_public_summary(
                    self.database, self.incident_id, phase, text, author=self.author()
                ).value
            ),
            field="summary",
        )
        if saved is None:
            return False
        self._summaries.pop(phase, None)
        self.save_draft()
        return True

    def draft_from_template(self) -> None:
        """Fill the editor from this version's template and the public fields; a broken template says why, here."""
        if not self.save_summary():
            return
        try:
            text = drafting.render(
                self.database, self.incident_id, *self._cell, self._platform, organisation_name=self.organisation()
            )
        except InvalidInputError as exc:
            self.show_field_problem("text", self.tr("The template could not be used: {reason}").format(reason=exc))
            return
        self.show_field_problem("text", "")
        if self.organisation_edit.text().strip():
            RoomContext.of(self, self.database).publish(
                drafting.set_organisation(self.database, self.organisation_edit.text(), author=self.author())
            )
        self.text_edit.setPlainText(text)
        self.text_edit.setFocus()

    def save_text(self) -> Message | None:
        audience, phase = self._cell
        platform = self._platform
        text = self.text_edit.toPlainText()
        saved = self.record(
            lambda: (
                statement_service.save_draft_text(
                    self.database, self.incident_id, audience, phase, text, author=self.author(), platform_key=platform
                ).value
            ),
            field="text",
        )
        if saved is not None:
            self._texts.pop(cell_key(audience, phase, platform), None)
            self.refresh()
            self.save_draft()
        return saved

    def approve(self) -> None:
        person_id = self.approver_combo.currentData()
        if person_id is None:
            self.show_field_problem("approver", self.tr("Choose who approves it, from the team's approvers."))
            self.approver_combo.setFocus()
            return
        stored = self.current()
        if stored is None or self.text_edit.toPlainText() != stored.current.text:
            stored = self.save_text()
            if stored is None:
                return
        version = stored.current.number
        over = approval_over_limit(stored)
        if over and not self._confirm_long_approval(tuple(over)):
            self.text_edit.setFocus()
            return
        approved = self.record(
            lambda: (
                statement_service.approve_as(
                    self.database,
                    stored.id,
                    str(person_id),
                    author=self.author(),
                    expected_version=version,
                    over_limit=bool(over),
                ).value
            ),
            field="approver",
        )
        if approved is not None:
            self.refresh()
            self.release_button.setFocus()

    def release(self) -> None:
        stored = self.current()
        if stored is None:
            return
        if self._platform:
            where = [Platform(self._platform).label]
        else:
            # The platforms' own names (not the translated labels), so every language's limits apply.
            where = [p.label for p, check in self.where_checks.items() if check.isVisible() and check.isChecked()]
        if not where:
            self.show_field_problem("release", self.tr("Tick where the statement was released."))
            return
        reason = None
        if self.override_row.isVisible() and self.override_check.isChecked():
            reason = self.override_edit.text().strip()
            if not reason:
                self.show_field_problem("release", self.tr("Say why it must go out over the limit."))
                self.override_edit.setFocus()
                return
        version = stored.current.number
        refused: list[OverLimitError] = []

        def release_it() -> Message | None:
            try:
                return statement_service.release(
                    self.database,
                    stored.id,
                    where=where,
                    author=self.author(),
                    expected_version=version,
                    override_reason=reason,
                ).value
            except OverLimitError as exc:  # shown with the way past it, in the interface's words
                refused.append(exc)
                return None

        released = self.record(release_it, field="release")
        if refused:
            self.show_field_problem("release", self._over_limit_text(refused[0].over))
            self.override_row.show()
            self.override_check.setFocus()
            return
        if released is not None:
            self.refresh()

    def _confirm_long_approval(self, over: tuple[Measure, ...]) -> bool:
        """Ask before approving a platform's version that is over its limit (it could not go out there as it is)."""
        found = over[0]
        platform = i18n.label("Messages", found.platform.label) if found.platform else ""
        return prompts.confirm(
            self,
            self.tr("Over the length limit"),
            self.tr(
                "This version is {count} characters, {over} over the {platform} limit of {limit}. "
                "It cannot be released on {platform} as it is without a reason for the override.\n\n"
                "Approve it anyway, or cancel and shorten it?"
            ).format(
                count=number(found.count),
                over=number(found.over_by),
                platform=platform,
                limit=number(found.limit or 0),
            ),
            self.tr("Approve anyway"),
            warning=True,
        )

    def _over_limit_text(self, over: tuple[Measure, ...]) -> str:
        sizes = ", ".join(
            self.tr("{platform} ({count} of {limit})").format(
                platform=i18n.label("Messages", m.platform.label) if m.platform else "",
                count=number(m.count),
                limit=number(m.limit or 0),
            )
            for m in over
        )
        return self.tr(
            "Not released: too long for {platforms}. Shorten it, or release it over the limit and say why."
        ).format(platforms=sizes)

    # --- draft and commit ----------------------------------------------------------------------

    def draft(self) -> dict[str, Any]:
        # The approver is not kept: every statement's approver is chosen for it, on the spot.
        return {
            "organisation": self.organisation_edit.text(),
            "cell": list(self._cell),
            "platform": self._platform,
            "texts": dict(self._texts),
            "summaries": dict(self._summaries),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        # The organisation's name is stored in the database (Settings ▸ Organisation); a name typed
        # here but never used for a statement is still in the page's draft.
        self.organisation_edit.setText(organisation_store.name(self.database) or draft.get("organisation", ""))
        cell = draft.get("cell") or self._cell
        self._cell = (str(cell[0]), str(cell[1]))
        platform = str(draft.get("platform") or ALL_CHANNELS)
        self._platform = platform if not platform or Platform(platform) in Audience(self._cell[0]).platforms else ""
        self._texts = {str(k): str(v) for k, v in draft.get("texts", {}).items()}
        self._summaries = {str(k): str(v) for k, v in draft.get("summaries", {}).items()}
        self.refresh()

    def check(self) -> dict[str, str]:
        if any(m.last_released is not None for m in messages.messages(self.database, self.incident_id)):
            return {}
        return {
            "grid": self.tr("Release at least one statement (a holding statement) before moving on: never go silent.")
        }

    def commit(self) -> None:
        if not self.save_summary():
            raise InvalidInputError(self.field_problems["summary"].text())
        if self.organisation_edit.text().strip():
            RoomContext.of(self, self.database).publish(
                drafting.set_organisation(self.database, self.organisation_edit.text(), author=self.author())
            )
        steps_service.commit_message(self.database, self.incident_id, author=self.author())
