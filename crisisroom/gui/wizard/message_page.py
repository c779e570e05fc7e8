"""Step 4, Message: the audience × phase grid; each cell drafted from a template, approved, then released.

Saving a different text makes a new draft version (the service sends an approved text back to draft);
the page keeps unsaved edits in its draft, so nothing typed is lost when the app closes.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent
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
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from crisisroom.domain.clock import format_local, zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.message_flow import AUDIENCE_LABELS, PHASE_LABELS, Message, MessageState
from crisisroom.domain.messages import AUDIENCES, PHASES, Audience, Phase, Platform, measure
from crisisroom.domain.wizard import Step
from crisisroom.gui import i18n
from crisisroom.gui.wizard import context
from crisisroom.gui.wizard.base import StepPage
from crisisroom.storage import messages
from crisisroom.storage import organisation as organisation_store
from crisisroom.storage import wizard as wizard_store

STATE_COLOURS = {MessageState.DRAFT: "#8a6d00", MessageState.APPROVED: "#1f6fb2", MessageState.RELEASED: "#2e7d32"}
OVER_COLOUR = "#b03a2e"
APPROVER_ROLES = ("Executive approver", "Crisis lead", "Legal counsel", "CMO", "CEO")


def cell_key(audience: str, phase: str) -> str:
    return f"{audience}/{phase}"


class MessagePage(StepPage):
    step = Step.MESSAGE

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self._texts: dict[str, str] = {}  # unsaved edits by cell
        self._stored: dict[str, Message] = {}
        self._cell = (Audience.PUBLIC.value, Phase.HOLDING.value)
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

        self.cell_label = QLabel()
        font = self.cell_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.cell_label.setFont(font)
        self.badge = QLabel()
        self.badge.setObjectName("state_badge")
        self.badge.setAccessibleName(self.tr("State"))
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

        self.approver_edit = QLineEdit()
        self.approver_edit.setObjectName("approver_edit")
        self.approver_edit.setAccessibleName(self.tr("Approved by"))
        self.approver_edit.setPlaceholderText(self.tr("Name"))
        self.approver_edit.textChanged.connect(self.changed)
        self.approver_role = QComboBox()
        self.approver_role.setObjectName("approver_role_combo")
        self.approver_role.setAccessibleName(self.tr("Approver's role"))
        self.approver_role.setEditable(True)
        # A free-text field: the role is stored as chosen or typed, in the team's language.
        self.approver_role.addItems([i18n.label("Roles", role) for role in APPROVER_ROLES])
        self.approver_role.currentTextChanged.connect(self.changed)
        self.approve_button = QPushButton(self.tr("A&pprove"))
        self.approve_button.setObjectName("approve_button")
        self.approve_button.clicked.connect(self.approve)
        approved_label = QLabel(self.tr("Appro&ved by:"))  # Alt+B is the wizard's Back
        approved_label.setBuddy(self.approver_edit)
        approve_row = QHBoxLayout()
        approve_row.addWidget(approved_label)
        approve_row.addWidget(self.approver_edit, 1)
        approve_row.addWidget(self.approver_role)
        approve_row.addWidget(self.approve_button)

        self.where_box = QHBoxLayout()
        self.where_checks: dict[Platform, QCheckBox] = {}
        for platform in Platform:
            check = QCheckBox(i18n.label("Messages", platform.label))
            check.setObjectName(f"where_{platform.value}")
            check.toggled.connect(lambda *_: self.show_field_problem("release", ""))
            self.where_checks[platform] = check
            self.where_box.addWidget(check)
        self.release_button = QPushButton(self.tr("&Release"))
        self.release_button.setObjectName("release_button")
        self.release_button.clicked.connect(self.release)
        release_row = QHBoxLayout()
        release_row.addWidget(QLabel(self.tr("Released on:")))
        release_row.addLayout(self.where_box)
        release_row.addStretch(1)
        release_row.addWidget(self.release_button)

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
        text_column = self.with_problem("text", self.text_edit)
        text_column.setStretch(0, 1)
        editor.addLayout(text_column, 1)
        editor.addWidget(self.lengths)
        editor.addLayout(edit_row)
        editor.addLayout(self.with_problem("approver", approve_row))
        editor.addLayout(self.with_problem("release", release_row))
        lower = QHBoxLayout()
        lower.addLayout(editor, 1)
        lower.addWidget(history_box)
        org_row = QHBoxLayout()
        org_row.addWidget(org_label)
        org_row.addWidget(self.organisation_edit, 1)
        layout = QGridLayout(self.body)
        layout.addLayout(org_row, 0, 0)
        layout.addLayout(self.with_problem("grid", self.grid), 1, 0)
        layout.addLayout(lower, 2, 0)
        layout.setRowStretch(2, 1)
        self.setTabOrder(self.organisation_edit, self.grid)
        self.setTabOrder(self.grid, self.text_edit)

    # --- the grid ------------------------------------------------------------------------------

    @staticmethod
    def _cell_name(audience: str, phase: str) -> str:
        """``Customers · Holding statement`` in the interface language."""
        return f"{i18n.label('Messages', AUDIENCE_LABELS[audience])} · {i18n.label('Messages', PHASE_LABELS[phase])}"

    def refresh(self) -> None:
        self._stored = {cell_key(m.audience, m.phase): m for m in messages.messages(self.database, self.incident_id)}
        for row, audience in enumerate(AUDIENCES):
            for column, phase in enumerate(PHASES):
                key = cell_key(audience.value, phase.value)
                stored = self._stored.get(key)
                if stored is None:
                    text, colour = (self.tr("edited, not saved") if key in self._texts else "—"), None
                else:
                    text = self.tr("{state} v{version}").format(
                        state=i18n.label("Messages", stored.state.label), version=stored.current.number
                    )
                    if key in self._texts:
                        text = self.tr("{cell} · edited").format(cell=text)
                    colour = STATE_COLOURS[stored.state]
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
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
        self._cell = (AUDIENCES[row].value, PHASES[column].value)
        self.show_problem("")
        for key in ("text", "approver", "release"):
            self.show_field_problem(key, "")
        self.show_cell()
        self.changed()

    def current(self) -> Message | None:
        return self._stored.get(cell_key(*self._cell))

    def show_cell(self) -> None:
        audience, phase = self._cell
        key = cell_key(audience, phase)
        stored = self.current()
        self.cell_label.setText(self._cell_name(audience, phase))
        text = self._texts.get(key, stored.current.text if stored else "")
        self.text_edit.blockSignals(True)
        self.text_edit.setPlainText(text)
        self.text_edit.blockSignals(False)
        platforms = Audience(audience).platforms
        for platform, check in self.where_checks.items():
            # One box per platform, made once; only this audience's platforms show.
            check.setVisible(platform in platforms)
            check.setChecked(False)
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
                        name=version.approval.name, role=version.approval.role
                    )
                if version.release:
                    line += "\n  " + self.tr("released on {where}").format(where=", ".join(version.release.where))
                self.versions.addItem(line)
        self._show_state()

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
            bool(self.text_edit.toPlainText().strip()) and (state is not MessageState.APPROVED or edited)
        )
        self.release_button.setEnabled(state is MessageState.APPROVED and not edited)
        self._show_lengths()

    def _show_lengths(self) -> None:
        text = self.text_edit.toPlainText()
        parts = []
        for platform in Audience(self._cell[0]).platforms:
            found = measure(text, platform)
            if found.limit is None:
                parts.append(
                    self.tr("{platform}: %Ln character(s)", "", found.count).format(
                        platform=escape(i18n.label("Messages", platform.label))
                    )
                )
                continue
            shown = f"{escape(i18n.label('Messages', platform.label))}: {found.count:,} / {found.limit:,}"
            if found.segments and found.segments > 1:
                shown += " " + self.tr("({count} parts)").format(count=found.segments)
            if not found.fits:
                over = self.tr("{shown}, {count} over").format(shown=shown, count=f"{found.over_by:,}")
                shown = f'<span style="color:{OVER_COLOUR}; font-weight:bold">{over}</span>'
            parts.append(shown)
        self.lengths.setText(" · ".join(parts))

    def _text_edited(self) -> None:
        key = cell_key(*self._cell)
        stored = self.current()
        text = self.text_edit.toPlainText()
        if (stored is not None and text == stored.current.text) or (stored is None and not text):
            self._texts.pop(key, None)
        else:
            self._texts[key] = text
        self._show_state()
        self.changed()

    # --- actions -------------------------------------------------------------------------------

    def organisation(self) -> str:
        return self.organisation_edit.text().strip() or context.organisation(self.database)

    def draft_from_template(self) -> None:
        """Fill the editor from the cell's template with the incident's fields; a broken template says why, here."""
        try:
            text = context.render(self.database, self.incident_id, *self._cell, organisation_name=self.organisation())
        except InvalidInputError as exc:
            self.show_field_problem("text", self.tr("The template could not be used: {reason}").format(reason=exc))
            return
        self.show_field_problem("text", "")
        if self.organisation_edit.text().strip():
            context.set_organisation(self.database, self.organisation_edit.text(), author=self.author())
        self.text_edit.setPlainText(text)
        self.text_edit.setFocus()

    def save_text(self) -> Message | None:
        audience, phase = self._cell
        text = self.text_edit.toPlainText()
        saved = self.record(
            lambda: messages.save_draft_text(
                self.database, self.incident_id, audience, phase, text, author=self.author()
            ),
            field="text",
        )
        if saved is not None:
            self._texts.pop(cell_key(audience, phase), None)
            self.refresh()
            self.save_draft()
        return saved

    def approve(self) -> None:
        if not self.approver_edit.text().strip() or not self.approver_role.currentText().strip():
            self.show_field_problem("approver", self.tr("Give the name and the role of the person who approves it."))
            self.approver_edit.setFocus()
            return
        stored = self.current()
        if stored is None or self.text_edit.toPlainText() != stored.current.text:
            stored = self.save_text()
            if stored is None:
                return
        version = stored.current.number
        approved = self.record(
            lambda: messages.approve(
                self.database,
                stored.id,
                approver_name=self.approver_edit.text(),
                approver_role=self.approver_role.currentText(),
                author=self.author(),
                expected_version=version,
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
        where = [check.text() for check in self.where_checks.values() if check.isVisible() and check.isChecked()]
        if not where:
            self.show_field_problem("release", self.tr("Tick where the statement was released."))
            return
        version = stored.current.number
        released = self.record(
            lambda: messages.release(
                self.database, stored.id, where=where, author=self.author(), expected_version=version
            ),
            field="release",
        )
        if released is not None:
            self.refresh()

    # --- draft and commit ----------------------------------------------------------------------

    def draft(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation_edit.text(),
            "cell": list(self._cell),
            "texts": dict(self._texts),
            "approver": self.approver_edit.text(),
            "approver_role": self.approver_role.currentText(),
        }

    def restore(self, draft: dict[str, Any]) -> None:
        # The organisation's name is stored in the database (Settings ▸ Organisation); a name typed
        # here but never used for a statement is still in the page's draft.
        self.organisation_edit.setText(organisation_store.name(self.database) or draft.get("organisation", ""))
        cell = draft.get("cell") or self._cell
        self._cell = (str(cell[0]), str(cell[1]))
        self._texts = {str(k): str(v) for k, v in draft.get("texts", {}).items()}
        self.approver_edit.setText(draft.get("approver", ""))
        self.approver_role.setCurrentText(draft.get("approver_role") or i18n.label("Roles", APPROVER_ROLES[0]))
        self.refresh()

    def check(self) -> dict[str, str]:
        if any(m.last_released is not None for m in messages.messages(self.database, self.incident_id)):
            return {}
        return {
            "grid": self.tr("Release at least one statement (a holding statement) before moving on: never go silent.")
        }

    def commit(self) -> None:
        if self.organisation_edit.text().strip():
            context.set_organisation(self.database, self.organisation_edit.text(), author=self.author())
        wizard_store.commit_message(self.database, self.incident_id, author=self.author())
