"""Import an export: preview what was detected, fix the columns, import off the GUI thread, summary."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidgetItem, QWidget

from crisisroom.domain.clock import format_local, zone_from_name
from crisisroom.domain.errors import UserError
from crisisroom.domain.incidents import Incident
from crisisroom.domain.mentions import FIELDS, unscored_by_kind
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n, prompts
from crisisroom.gui.context import RoomContext
from crisisroom.gui.forms.ui_import_dialog import Ui_ImportDialog
from crisisroom.gui.incident_dialog import COMMON_ZONES
from crisisroom.gui.style import muted
from crisisroom.gui.widgets.exercise_banner import BANNER_STYLE
from crisisroom.gui.workers import run_in_background
from crisisroom.services import mentions as mention_service
from crisisroom.services.changes import Done
from crisisroom.services.mentions import ImportOutcome
from crisisroom.storage import organisation
from crisisroom.storage.database import Database

# Marked here, translated where shown (i18n.label with context "ImportDialog").
FIELD_LABELS = {
    "posted_at": QT_TRANSLATE_NOOP("ImportDialog", "Posted at"),
    "text": QT_TRANSLATE_NOOP("ImportDialog", "Text"),
    "author": QT_TRANSLATE_NOOP("ImportDialog", "Author"),
    "url": QT_TRANSLATE_NOOP("ImportDialog", "Link"),
    "external_id": QT_TRANSLATE_NOOP("ImportDialog", "Id"),
    "sentiment": QT_TRANSLATE_NOOP("ImportDialog", "Sentiment"),
    "platform": QT_TRANSLATE_NOOP("ImportDialog", "Platform"),
    "reach": QT_TRANSLATE_NOOP("ImportDialog", "Reach"),
}
PREVIEW_COLUMNS = (
    QT_TRANSLATE_NOOP("ImportDialog", "Line"),
    QT_TRANSLATE_NOOP("ImportDialog", "Posted"),
    QT_TRANSLATE_NOOP("ImportDialog", "Author"),
    QT_TRANSLATE_NOOP("ImportDialog", "Platform"),
    QT_TRANSLATE_NOOP("ImportDialog", "Sentiment"),
    QT_TRANSLATE_NOOP("ImportDialog", "Text"),
    QT_TRANSLATE_NOOP("ImportDialog", "Problem"),
)
# Why rows were left unscored, grouped as crisisroom.domain.mentions.unscored_kind names them.
UNSCORED_KINDS = {
    "language not supported": QT_TRANSLATE_NOOP("ImportDialog", "language not supported"),
    "too short": QT_TRANSLATE_NOOP("ImportDialog", "too short"),
    "language unclear": QT_TRANSLATE_NOOP("ImportDialog", "language unclear"),
}
FILTERS = QT_TRANSLATE_NOOP("ImportDialog", "Exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson *.xlsx);;All files (*)")
PREVIEW_DELAY_MS = 250


class ImportDialog(QDialog):
    @staticmethod
    def _field_label(field: str) -> str:
        return i18n.label("ImportDialog", FIELD_LABELS[field])

    imported = Signal(object)  # ImportOutcome, after a successful import
    _progressed = Signal(int, int)  # from the worker thread; delivered queued on the GUI thread

    def __init__(
        self,
        database: Database,
        incident: Incident,
        *,
        author: str,
        parent: QWidget | None = None,
        path: Path | None = None,
        room: RoomContext | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)
        self._database = database
        self.room = room or RoomContext.of(self, database, author=author)
        self._incident = incident
        self._author = author
        self._overrides: dict[str, str] = {}
        self._combos: dict[str, QComboBox] = {}
        self._filling = False  # set while the combos are refilled, so that is not taken as a choice
        self._running = False
        self._previewed: Path | None = None  # the file whose preview is on screen (and can be imported)
        self._cancel = threading.Event()
        self.outcome: ImportOutcome | None = None
        self.setWindowTitle(self.tr("Import mentions into “{title}”").format(title=incident.title))
        self.ui.exercise_label.setVisible(incident.is_drill)
        self.ui.exercise_label.setText(self.tr("EXERCISE · these mentions go into a drill"))
        self.ui.exercise_label.setStyleSheet(BANNER_STYLE)
        bold = self.ui.preview_heading.font()
        bold.setBold(True)
        self.ui.preview_heading.setFont(bold)
        muted(self.ui.date_order_reason_label)
        for field in FIELDS:
            combo = QComboBox()
            combo.setEditable(True)
            combo.setObjectName(f"map_{field}")
            combo.setAccessibleName(self.tr("Column for {field}").format(field=self._field_label(field)))
            combo.setMinimumContentsLength(18)
            combo.currentTextChanged.connect(lambda text, f=field: self._mapping_changed(f, text))
            self._combos[field] = combo
            self.ui.mapping_layout.addRow(self.tr("{field}:").format(field=self._field_label(field)), combo)
        zones = [incident.timezone, *[z for z in COMMON_ZONES if z != incident.timezone]]
        self.ui.timezone_combo.addItems(zones)
        self.ui.date_order_combo.addItem(self.tr("Read it from the data"), None)
        self.ui.date_order_combo.addItem(self.tr("Day first: 03/04 is 3 April"), "dmy")
        self.ui.date_order_combo.addItem(self.tr("Month first: 03/04 is March 4"), "mdy")
        table = self.ui.preview_table
        table.setColumnCount(len(PREVIEW_COLUMNS))
        table.setHorizontalHeaderLabels([i18n.label("ImportDialog", name) for name in PREVIEW_COLUMNS])
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        # Under the preview: what the import would warn about (dates without a time, local time in disguise).
        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("warnings_label")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setAccessibleName(self.tr("Import warnings"))
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        self.warnings_label.setStyleSheet("color: #b9770e;")
        self.warnings_label.hide()
        # Under the warnings: how many of the previewed rows no scorer fits, and why (shown, never counted as negative).
        self.unscored_label = QLabel(self)
        self.unscored_label.setObjectName("unscored_label")
        self.unscored_label.setWordWrap(True)
        self.unscored_label.setAccessibleName(self.tr("Rows not scored"))
        self.unscored_label.setTextFormat(Qt.TextFormat.PlainText)
        muted(self.unscored_label)
        self.unscored_label.hide()
        layout = self.ui.main_layout
        layout.insertWidget(layout.indexOf(self.ui.preview_table) + 1, self.warnings_label)
        layout.insertWidget(layout.indexOf(self.warnings_label) + 1, self.unscored_label)
        self.ui.summary_view.hide()
        self.ui.progress_bar.hide()
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.load_preview)
        self.ui.browse_button.clicked.connect(self.choose_file)
        self.ui.file_edit.editingFinished.connect(self.load_preview)
        self.ui.file_edit.textEdited.connect(self._file_typed)
        self.ui.file_edit.installEventFilter(self)
        self.ui.timezone_combo.currentTextChanged.connect(lambda _t: self._preview_timer.start())
        self.ui.date_order_combo.currentIndexChanged.connect(lambda _i: self._preview_timer.start())
        self.ui.button_box.accepted.connect(self.start_import)
        self.ui.button_box.rejected.connect(self.reject)
        self._progressed.connect(self._show_progress)
        self._ok_button.setText(self.tr("Import"))
        self._ok_button.setEnabled(False)
        if path is not None:
            self.ui.file_edit.setText(str(path))
            self.load_preview()

    @property
    def _ok_button(self) -> Any:
        return self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok)

    def path(self) -> Path | None:
        text = self.ui.file_edit.text().strip()
        return Path(text).expanduser() if text else None

    def choose_file(self) -> None:
        chosen = prompts.open_path(self, self.tr("Choose an export"), Path.home(), i18n.label("ImportDialog", FILTERS))
        if chosen is not None:
            self.ui.file_edit.setText(str(chosen))
            self._overrides.clear()
            self.load_preview()

    def _file_typed(self, _text: str) -> None:
        # Another file named: nothing can be imported until its preview has been seen.
        self._ok_button.setEnabled(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the file field shows the preview and never imports: a file is always previewed first.

        The line edit would pass Enter on to the dialog, whose default button (Import) it would press
        right after the preview appeared; so Enter is taken here, before the line edit sees it.
        """
        if (
            watched is self.ui.file_edit
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.load_preview()
            if self._previewed is not None:
                self.ui.preview_table.setFocus()  # the next Enter, made looking at the preview, imports
            return True
        return super().eventFilter(watched, event)

    def _mapping_changed(self, field: str, text: str) -> None:
        if self._filling:
            return
        if text.strip():
            self._overrides[field] = text.strip()
        else:
            self._overrides.pop(field, None)
        self._preview_timer.start()

    def _options(self) -> dict[str, Any]:
        return {
            "mapping": dict(self._overrides) or None,
            "date_order": self.ui.date_order_combo.currentData(),
            "tz": self.ui.timezone_combo.currentText().strip() or self._incident.timezone,
        }

    def load_preview(self) -> None:
        """Read the first rows with the current choices and show what the import would make of them."""
        from crisisroom.importers import pipeline

        self._preview_timer.stop()  # this preview replaces one still waiting to run
        path = self.path()
        self._ok_button.setEnabled(False)
        self._previewed = None
        if path is None:
            return
        options = self._options()
        try:
            found = pipeline.preview(
                path,
                mapping=options["mapping"],
                date_order=options["date_order"],
                tz=zone_from_name(options["tz"]),
                prefer_zone=organisation.default_timezone(self._database),
            )
        except UserError as exc:
            self._say(str(exc), problem=True)
            self.ui.preview_table.setRowCount(0)
            self._show_warnings([])
            self._show_unscored({}, 0)
            return
        header = (
            self.tr(", header on line {line}").format(line=found.header_line)
            if found.header_line and found.header_line > 1
            else ""
        )
        self.ui.detected_label.setText(
            self.tr("<b>{preset}</b> export · {kind}{header} · %n column(s)", "", len(found.columns)).format(
                preset=found.preset.name, kind=found.kind.description, header=header
            )
        )
        self._previewed = path
        self._fill_mapping(found.columns, found.mapping)
        self._fill_preview(found.rows, zone_from_name(options["tz"]))
        self._show_warnings([warning.message for warning in found.warnings])
        self._show_unscored(found.unscored, len(found.rows))
        self.ui.date_order_reason_label.setText(found.date_order_reason)
        if found.mapping_problem:
            self._say(self.tr("Choose the columns: {problem}").format(problem=found.mapping_problem), problem=True)
        elif found.date_order_question:
            self._say(self.tr("Say whether dates are day first or month first before importing."), problem=True)
        else:
            bad = sum(1 for row in found.rows if row.problem)
            ready = self.tr("Ready to import.")
            if bad:
                ready += " " + self.tr("%n of the first rows cannot be used as they are.", "", bad)
            self._say(ready, problem=bool(bad) and not self.ui.skip_check.isChecked())
            self._ok_button.setEnabled(True)

    def _fill_mapping(self, columns: list[str], mapping: dict[str, str]) -> None:
        self._filling = True
        try:
            for field, combo in self._combos.items():
                combo.clear()
                combo.addItem("")
                combo.addItems(columns)
                current = mapping.get(field, "")
                if current and combo.findText(current) < 0:
                    combo.addItem(current)  # a combination such as Date+Time
                combo.setCurrentText(current)
        finally:
            self._filling = False

    def _fill_preview(self, rows: list[Any], zone: Any) -> None:
        table = self.ui.preview_table
        table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            mention = row.mention
            cells = [str(row.line), "", "", "", "", "", row.problem or ""]
            if mention is not None:
                cells[1:6] = [
                    format_local(mention.posted_at, zone, seconds=False),
                    mention.author,
                    mention.platform,
                    mention.sentiment.value if mention.sentiment else self.tr("not scored"),
                    " ".join(mention.text.split())[:200],
                ]
            for column, text in enumerate(cells):
                table.setItem(index, column, QTableWidgetItem(text))

    def _show_warnings(self, messages: list[str]) -> None:
        self.warnings_label.setText("\n".join(f"⚠ {message}" for message in messages))
        self.warnings_label.setVisible(bool(messages))

    def _unscored_reasons(self, reasons: dict[str, int]) -> str:
        """'language not supported (9), too short (3)', in the window's language."""
        return ", ".join(
            f"{i18n.label('ImportDialog', UNSCORED_KINDS.get(kind, kind))} ({n})"
            for kind, n in unscored_by_kind(reasons).items()
        )

    def _show_unscored(self, reasons: dict[str, int], rows: int) -> None:
        """Say how many previewed rows could not be scored and why; they are imported, counted, never negative."""
        total = sum(reasons.values())
        self.unscored_label.setText(
            self.tr("%n of the first {rows} rows are not scored: {reasons}", "", total).format(
                rows=rows, reasons=self._unscored_reasons(reasons)
            )
            if total
            else ""
        )
        self.unscored_label.setVisible(bool(total))

    def _say(self, text: str, *, problem: bool = False) -> None:
        self.ui.status_label.setText(text)
        self.ui.status_label.setStyleSheet("color: #c0392b;" if problem else "")

    # Importing

    def start_import(self) -> None:
        path = self.path()
        if path is None or self._running:
            return
        if self.outcome is not None:  # the button says Close once the import is done
            self.accept()
            return
        if path != self._previewed or self._preview_timer.isActive():
            self._preview_timer.stop()  # a choice changed since the preview: show what it makes first
            self.load_preview()
            return
        options = self._options()
        skip = self.ui.skip_check.isChecked()
        self._running = True
        self._cancel.clear()
        self._ok_button.setEnabled(False)
        for widget in (self.ui.file_edit, self.ui.browse_button, self.ui.mapping_group, self.ui.options_group):
            widget.setEnabled(False)
        self.ui.progress_bar.setValue(0)
        self.ui.progress_bar.show()
        self._say(self.tr("Reading and classifying…"))
        database, incident, author, cancel = self._database, self._incident, self._author, self._cancel

        def progress(done: int, total: int) -> None:
            self._progressed.emit(done, total)
            if cancel.is_set():
                raise _Cancelled

        def job() -> Done[ImportOutcome]:
            # A connection of the worker's own, under this window's writer lock.
            worker_db = database.sibling()
            try:
                return mention_service.import_file(
                    worker_db,
                    incident,
                    path,
                    author=author,
                    mapping=options["mapping"],
                    tz=options["tz"],
                    date_order=options["date_order"],
                    skip_bad_rows=skip,
                    progress=progress,
                    cancelled=cancel.is_set,
                )
            finally:
                worker_db.close()

        run_in_background(job, self._finished, self._failed)

    def _show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.ui.progress_bar.setValue(int(1000 * min(done, total) / total))

    def _finished(self, done: Done[ImportOutcome]) -> None:
        self._running = False
        self.outcome = outcome = done.value
        summary = outcome.summary
        self.ui.progress_bar.setValue(1000)
        lines = [
            self.tr("Imported %n mention(s) from {source} ({preset}).", "", summary.imported).format(
                source=summary.source, preset=summary.preset
            ),
            self.tr("%n were already in the room.", "", summary.duplicates) if summary.duplicates else "",
        ]
        if summary.rejected:
            lines.append(self.tr("%n row(s) were skipped:", "", len(summary.rejected)))
            lines.extend(
                "  " + self.tr("line {line}: {reason}").format(line=r.line, reason=r.reason)
                for r in summary.rejected[:1000]
            )
        unscored = sum(summary.unscored.values())
        if unscored:
            lines.append(
                self.tr("%n mention(s) not scored: {reasons}", "", unscored).format(
                    reasons=self._unscored_reasons(summary.unscored)
                )
            )
        lines.extend(f"⚠ {warning.message}" for warning in outcome.warnings)
        for firing in outcome.firings:
            lines.append(f"⚠ {firing.message()}")
        self.ui.summary_view.setPlainText("\n".join(line for line in lines if line))
        self.ui.summary_view.show()
        self.ui.preview_table.hide()
        self.warnings_label.hide()
        self.unscored_label.hide()
        self.ui.preview_heading.setText(self.tr("Summary"))
        self._say(self.tr("Done."))
        self._ok_button.setText(self.tr("Close"))
        self._ok_button.setEnabled(True)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Cancel).hide()
        # Made on the worker's connection, so not through the room's guard: the room is told here.
        self.room.publish(done)
        self.imported.emit(outcome)

    def _failed(self, exc: Exception) -> None:
        self._running = False
        self.ui.progress_bar.hide()
        for widget in (self.ui.file_edit, self.ui.browse_button, self.ui.mapping_group, self.ui.options_group):
            widget.setEnabled(True)
        self._ok_button.setEnabled(True)
        if isinstance(exc, _Cancelled) or self._cancel.is_set():
            self._say(self.tr("Cancelled: nothing was imported."))
            return
        if isinstance(exc, UserError):
            self._say(self.tr("Nothing was imported: {reason}").format(reason=exc), problem=True)
            return
        self._say(
            self.tr("Nothing was imported: an unexpected error ({error})").format(error=f"{type(exc).__name__}: {exc}"),
            problem=True,
        )

    def reject(self) -> None:
        if self._running:
            self._cancel.set()
            self._say(self.tr("Cancelling…"))
            return
        super().reject()


class _Cancelled(UserError):
    def __init__(self) -> None:
        super().__init__("the import was cancelled; nothing was stored")
