"""The template editor: change our message templates, see the result live, keep or reset.

The left list holds every template: the messages by crisis type, audience and phase, and the
parts they share (one frame per audience and phase, and the sentences every message uses).
Editing shows the rendered message at once, on the current incident when there is one, with its
length on every platform it will go to. A broken template shows what is wrong and where, in red
under the editor, and cannot be saved; the preview never shows half a message.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QTextCursor, QTextFormat
from PySide6.QtWidgets import QDialog, QLabel, QMenu, QPlainTextEdit, QTextEdit, QTreeWidgetItem, QWidget

from crisisroom.domain.clock import format_local, zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.platform_lengths import Audience, Phase, measure
from crisisroom.gui import i18n, prompts
from crisisroom.gui.context import RoomContext
from crisisroom.gui.forms.ui_template_editor import Ui_TemplateEditor
from crisisroom.gui.style import muted
from crisisroom.reports.environments import message_environment
from crisisroom.reports.statement_templates import (
    CONTEXT_FIELDS,
    MESSAGE_TEMPLATES,
    RECALL_LABEL,
    SHARED,
    SHORT_AUDIENCES,
    TemplateInfo,
    TemplateProblem,
    describe,
    frame_template_name,
    message_template_name,
    render_message,
    sample_context,
    template_sets,
)
from crisisroom.services import settings as settings_service
from crisisroom.services.changes import Done
from crisisroom.storage import organisation as organisation_store
from crisisroom.storage import templates
from crisisroom.storage.database import Database
from crisisroom.system.user import default_author

ERROR_COLOUR = "#c0392b"
ERROR_LINE_COLOUR = QColor(192, 57, 43, 40)  # the error's line, tinted so the text stays readable
PREVIEW_DELAY_MS = 250  # re-render after typing pauses, not on every key
NAME_ROLE = Qt.ItemDataRole.UserRole
MAX_PLATFORMS = 4  # the most platforms one template goes to (public posts: Threads, Instagram, LinkedIn, Facebook)


class TemplateEditor(QDialog):
    """Edit, preview, save and reset message templates.

    Args:
        database: where the user's versions are kept (table ``template_overrides``).
        context: the message fields to preview with, from ``message_context`` for the current
            incident; empty for a sample incident matching each template.
        parent: the owning window.

    Signals:
        template_saved(str): a template name was saved or reset, so drafts can be refreshed.
    """

    template_saved = Signal(str)

    def __init__(self, database: Database, context: Mapping[str, Any] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_TemplateEditor()
        self.ui.setupUi(self)
        self._database = database
        self.room = RoomContext.of(self, database)  # the main window's, when opened from it
        self._context = dict(context or {})
        self._name: str | None = None
        self._stored = ""  # the text as saved (or ours), to tell unsaved changes
        self._problem: TemplateProblem | None = None
        self._items: dict[str, QTreeWidgetItem] = {}
        # Shared parts are previewed inside a message of the crisis type looked at last.
        self._category = Category(self._context.get("category") or Category.OPERATIONAL.value)
        self._recall = bool(self._context.get("product_recall"))  # …and of its product-recall set

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._refresh_preview)

        self._style()
        self._build_measure_rows()
        self._fill_tree()
        self._fill_fields_menu()
        self.ui.templates_tree.currentItemChanged.connect(self._item_changed)
        self.ui.source_edit.textChanged.connect(self._text_changed)
        self.ui.save_button.clicked.connect(self.save)
        self.ui.reset_button.clicked.connect(self.reset_to_ours)
        self.ui.close_button.clicked.connect(self.reject)

        self.select(message_template_name(self._category, Audience.PUBLIC, Phase.HOLDING, recall=self._recall))

    # --- set-up --------------------------------------------------------------------------------

    def _style(self) -> None:
        ui = self.ui
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        ui.source_edit.setFont(mono)
        ui.source_edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        ui.source_edit.setAccessibleName(self.tr("Template text"))
        ui.preview_view.setAccessibleName(self.tr("Preview of the message"))
        ui.preview_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        for heading in (ui.title_label, ui.preview_heading, ui.list_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        title = ui.title_label.font()
        title.setPointSizeF(title.pointSizeF() * 1.15)
        ui.title_label.setFont(title)
        for label in (ui.status_label, ui.preview_note_label, ui.hint_label, ui.length_heading):
            muted(label)
        ui.error_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        ui.error_label.hide()
        ui.hint_label.setText(self.tr("Fields go between {{ and }}, e.g. {{ organisation }}."))
        ui.templates_tree.setColumnCount(2)
        ui.templates_tree.header().setStretchLastSection(False)
        ui.templates_tree.header().setSectionResizeMode(0, ui.templates_tree.header().ResizeMode.Stretch)
        ui.templates_tree.header().setSectionResizeMode(1, ui.templates_tree.header().ResizeMode.ResizeToContents)
        ui.splitter.setStretchFactor(0, 0)
        ui.splitter.setStretchFactor(1, 3)
        ui.splitter.setStretchFactor(2, 3)
        ui.splitter.setSizes([270, 540, 434])

    def _fill_tree(self) -> None:
        tree = self.ui.templates_tree
        tree.clear()
        self._items.clear()
        current_category = self._context.get("category")
        current_recall = bool(self._context.get("product_recall"))
        # Each crisis type, and the product recall (an operational failure's own set) after its type.
        for category, recall in template_sets():
            title = i18n.label("Templates", RECALL_LABEL) if recall else i18n.label("Category", category.label)
            top = QTreeWidgetItem(tree, [title])
            for audience in Audience:
                branch = QTreeWidgetItem(top, [i18n.label("Messages", audience.label)])
                self._add_phases(
                    branch,
                    lambda a, p, s, c=category, r=recall: message_template_name(c, a, p, short=s, recall=r),
                    audience,
                )
            top.setExpanded(category.value == current_category and recall == current_recall)
        shared = QTreeWidgetItem(tree, [self.tr("Shared by every crisis type")])
        self._add_leaf(shared, self.tr("Shared sentences"), SHARED)
        for audience in Audience:
            branch = QTreeWidgetItem(
                shared, [self.tr("{audience} frame").format(audience=i18n.label("Messages", audience.label))]
            )
            self._add_phases(branch, lambda a, p, s: frame_template_name(a, p, short=s), audience)
        self._mark_edited()

    def _add_phases(self, branch: QTreeWidgetItem, name_of: Any, audience: Audience) -> None:
        for phase in Phase:
            phase_name = i18n.label("Messages", phase.label)
            self._add_leaf(branch, phase_name, name_of(audience, phase, False))
            if audience in SHORT_AUDIENCES:
                short = self._add_leaf(
                    branch, self.tr("Short {phase}").format(phase=phase_name.lower()), name_of(audience, phase, True)
                )
                short.setToolTip(0, self.tr("The short version, for X (280 characters) and SMS (160)"))

    def _add_leaf(self, parent: QTreeWidgetItem, text: str, name: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setData(0, NAME_ROLE, name)
        item.setToolTip(0, name)
        self._items[name] = item
        return item

    def _mark_edited(self) -> None:
        edited = templates.overridden_names(self._database)
        for name, item in self._items.items():
            item.setText(1, self.tr("edited") if name in edited else "")
            item.setToolTip(1, self.tr("You changed this template") if name in edited else "")

    def _fill_fields_menu(self) -> None:
        menu = QMenu(self.ui.insert_field_button)
        for field, meaning in CONTEXT_FIELDS.items():
            action = menu.addAction(f"{field}  ·  {meaning}")
            action.triggered.connect(lambda _checked=False, f=field: self._insert_field(f))
        self.ui.insert_field_button.setMenu(menu)

    # --- choosing a template -------------------------------------------------------------------

    @property
    def current_name(self) -> str | None:
        """The template being edited."""
        return self._name

    def has_unsaved_changes(self) -> bool:
        return self._name is not None and self.ui.source_edit.toPlainText() != self._stored

    def select(self, name: str) -> None:
        """Show template ``name`` in the editor (asks first if the current one has unsaved changes)."""
        item = self._items.get(name)
        if item is None:
            raise InvalidInputError(f"there is no template named {name!r}")
        self.ui.templates_tree.setCurrentItem(item)

    def _item_changed(self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None) -> None:
        name = current.data(0, NAME_ROLE) if current is not None else None
        if name is None:
            if current is not None:
                current.setExpanded(True)  # a group: open it, keep editing what was open
            return
        if name == self._name:
            return
        if self.has_unsaved_changes() and not self._discard_ok():
            tree = self.ui.templates_tree
            tree.blockSignals(True)
            tree.setCurrentItem(previous)
            tree.blockSignals(False)
            return
        self._load(name)

    def _load(self, name: str) -> None:
        self._name = name
        self._stored = templates.effective_source(self._database, name, MESSAGE_TEMPLATES)
        info = describe(name)
        if info.category is not None:
            self._category = info.category
            self._recall = info.recall
        self.ui.title_label.setText(info.label_in(i18n.label))
        self.ui.source_edit.blockSignals(True)
        self.ui.source_edit.setPlainText(self._stored)
        self.ui.source_edit.blockSignals(False)
        self.ui.source_edit.moveCursor(QTextCursor.MoveOperation.Start)
        self._update_status()
        self._refresh_preview()

    # --- editing and preview -------------------------------------------------------------------

    def _text_changed(self) -> None:
        self._update_buttons()
        self._timer.start()

    def _insert_field(self, field: str) -> None:
        self.ui.source_edit.insertPlainText(f"{{{{ {field} }}}}")
        self.ui.source_edit.setFocus()

    def _preview_context(self, info: TemplateInfo) -> tuple[dict[str, Any], str]:
        """The fields to preview with, and a sentence saying what they are."""
        if self._context:
            return self._context, self.tr("With the current incident’s details.")
        category = info.category or self._category
        recall = info.recall if info.category is not None else self._recall
        sample = sample_context(
            category, info.phase or Phase.HOLDING, organisation=organisation_store.name(self._database), recall=recall
        )
        return sample, self.tr("With a made-up sample incident.")

    def _refresh_preview(self) -> None:
        """Render what is in the editor (unsaved) and show it, its length, or what is wrong."""
        self._timer.stop()
        if self._name is None:
            return
        info = describe(self._name)
        context, about = self._preview_context(info)
        target = info.preview_name(info.category or self._category, self._recall if info.category is None else False)
        if target != self._name:
            about += " " + self.tr("Shown in: {template}.").format(template=describe(target).label_in(i18n.label))
        self.ui.preview_note_label.setText(about)
        environment = message_environment(
            templates.override_reader(self._database), unsaved={self._name: self.ui.source_edit.toPlainText()}
        )
        try:
            text = render_message(target, context, environment=environment)
        except TemplateProblem as problem:
            self._show_problem(problem)
            return
        self._show_problem(None)
        self.ui.preview_view.setPlainText(text)
        self._show_measures(info, text)

    def _show_problem(self, problem: TemplateProblem | None) -> None:
        self._problem = problem
        selections: list[QTextEdit.ExtraSelection] = []
        if problem is None:
            self.ui.error_label.hide()
            self.ui.preview_view.setEnabled(True)
        else:
            # "Line 3: …" for the template in the editor; "In messages/_shared.txt, line 9: …" for a part it uses.
            here = problem.template == self._name
            if here:
                where = self.tr("Line {line}").format(line=problem.line) if problem.line else ""
            elif problem.template and problem.line:
                where = self.tr("In {template}, line {line}").format(template=problem.template, line=problem.line)
            elif problem.template:
                where = self.tr("In {template}").format(template=problem.template)
            else:
                where = self.tr("Line {line}").format(line=problem.line) if problem.line else ""
            self.ui.error_label.setText(f"{where}: {problem.detail}" if where else problem.detail)
            self.ui.error_label.show()
            # Never a half-made message: the preview is emptied until the template works again.
            self.ui.preview_view.setPlainText("")
            self.ui.preview_view.setPlaceholderText(self.tr("The preview comes back as soon as the template works."))
            self.ui.preview_view.setEnabled(False)
            self._clear_measures()
            if here and problem.line:
                selections.append(self._line_selection(problem.line))
        self.ui.source_edit.setExtraSelections(selections)
        self._update_buttons()

    def _line_selection(self, line: int) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.format.setBackground(ERROR_LINE_COLOUR)
        selection.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        block = self.ui.source_edit.document().findBlockByNumber(max(0, line - 1))
        cursor = QTextCursor(block)
        # The whole line, also where it wraps over several rows of the editor.
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        return selection

    def _build_measure_rows(self) -> None:
        """One row of labels per platform a template can go to (at most four), made once and reused."""
        layout = self.ui.measures_layout
        self._measure_rows: list[tuple[QLabel, QLabel, QLabel, QLabel]] = []
        for row in range(MAX_PLATFORMS):
            name, value, verdict, note = QLabel(), QLabel(), QLabel(), QLabel()
            bold = QFont(name.font())
            bold.setBold(True)
            name.setFont(bold)
            note.setWordWrap(True)
            muted(note)
            layout.addWidget(name, row, 0)
            layout.addWidget(value, row, 1, Qt.AlignmentFlag.AlignRight)
            layout.addWidget(verdict, row, 2)
            layout.addWidget(note, row, 3)
            self._measure_rows.append((name, value, verdict, note))
        layout.setColumnStretch(3, 1)
        self._clear_measures()

    def _clear_measures(self) -> None:
        for labels in self._measure_rows:
            for label in labels:
                label.hide()
        self.ui.length_heading.hide()

    def _show_measures(self, info: TemplateInfo, text: str) -> None:
        self._clear_measures()
        self.ui.length_heading.show()
        for labels, platform in zip(self._measure_rows, info.platforms, strict=False):
            name, value, verdict, note = labels
            result = measure(text, platform)
            if result.limit is None:
                count, judgement = self.tr("%Ln character(s)", "", result.count), ""
            else:
                count = f"{result.count:,} / {result.limit:,}"
                if result.fits:
                    judgement = self.tr("fits")
                elif result.segments:
                    judgement = self.tr("%n message(s)", "", result.segments)
                else:
                    judgement = self.tr("{count} too long").format(count=f"{result.over_by:,}")
            name.setText(i18n.label("Messages", platform.label))
            value.setText(count)
            verdict.setText(judgement)
            note.setText(result.note)
            style = "" if result.fits else f"color: {ERROR_COLOUR}; font-weight: bold;"
            value.setStyleSheet(style)
            verdict.setStyleSheet(style)
            name.setAccessibleName(f"{name.text()}: {count} {judgement}".strip())
            for label in labels:
                label.show()

    def measure_summary(self) -> list[str]:
        """The length lines shown under the preview, as text (``X: 139 / 280 fits``)."""
        return [
            f"{name.text()}: {value.text()} {verdict.text()}".rstrip()
            for name, value, verdict, _note in self._measure_rows
            if not name.isHidden()
        ]

    def problem(self) -> TemplateProblem | None:
        """What is wrong with the text in the editor, as last previewed (None when it works)."""
        return self._problem

    def _update_status(self) -> None:
        assert self._name is not None
        override = templates.get_override(self._database, self._name)
        if override is None:
            text = self.tr("Our version, not edited.")
        else:
            zone = zone_from_name(str(self._context.get("timezone") or "UTC")) if self._context else None
            when = format_local(override.saved_at, zone, seconds=False)
            text = self.tr("Edited by {who} on {when}.").format(who=override.saved_by, when=when)
            if templates.is_outdated(override, MESSAGE_TEMPLATES):
                text += " " + self.tr("Our version has changed since; “Reset to ours” shows the new one.")
        self.ui.status_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        changed = self.has_unsaved_changes()
        self.ui.save_button.setEnabled(changed and self._problem is None)
        self.ui.save_button.setToolTip(self.tr("Fix the problem shown in red first") if self._problem else "")
        edited = self._name is not None and templates.get_override(self._database, self._name) is not None
        self.ui.reset_button.setEnabled(edited or changed)
        title = self.tr("Message templates")
        if self._name is not None:
            title += f" · {describe(self._name).label_in(i18n.label)}" + (" " + self.tr("(unsaved)") if changed else "")
        self.setWindowTitle(title)

    # --- saving --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Save the text in the editor as the user's version; returns True when saved."""
        if self._name is None:
            return False
        self._refresh_preview()  # never save on the strength of a stale preview
        if self._problem is not None:
            return False
        text = self.ui.source_edit.toPlainText()
        name = self._name

        def store() -> Done[bool]:  # its value is None when the text is ours again: True says it was saved
            done = settings_service.save_template(self._database, name, text, author=default_author())
            return Done(True, done.changes, done.incident_id)

        try:
            saved = self.room.run(
                store,
                title=self.tr("Template not saved"),
                parent=self,
                passes=(TemplateProblem,),  # shown in the editor, at the line it is about
            )
        except TemplateProblem as problem:
            self._show_problem(problem)
            return False
        if saved is None:
            return False
        self._stored = text
        self._mark_edited()
        self._update_status()
        self.template_saved.emit(self._name)
        return True

    def reset_to_ours(self) -> None:
        """Throw away the user's version (and unsaved changes) and show ours again."""
        if self._name is None:
            return
        if not prompts.confirm(
            self,
            self.tr("Reset to our version"),
            self.tr("Your changes to this template will be replaced by our version. This cannot be undone."),
            self.tr("Reset"),
        ):
            return
        name = self._name
        had_override = self.room.run(
            lambda: settings_service.reset_template(self._database, name, author=default_author()),
            title=self.tr("Template not reset"),
            parent=self,
        )
        if had_override is None:
            return
        self._load(self._name)
        self._mark_edited()
        if had_override:
            self.template_saved.emit(self._name)

    def _discard_ok(self) -> bool:
        return prompts.confirm(
            self,
            self.tr("Unsaved changes"),
            self.tr("Your changes to this template are not saved. Discard them?"),
            self.tr("Discard changes"),
        )

    def reject(self) -> None:
        """Close, Escape and the window's close button all end here: ask first about unsaved changes.

        (QDialog's own closeEvent calls reject() and keeps the window open when it stays visible.)
        """
        if self.has_unsaved_changes() and not self._discard_ok():
            return
        self._timer.stop()
        super().reject()
