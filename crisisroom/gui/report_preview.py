"""The report preview: choose a kind and a format, read the report, save it or print it.

The preview shows the report's HTML as it will be shared (a QTextBrowser that follows no link:
a report may quote a link someone typed, and a click must not open anything). "Save…" writes the
chosen format with :func:`crisisroom.services.reports.write_report`, as ``crisisroom report`` does
(PDF laid out by :mod:`crisisroom.printing.pdf`);
"Print…" goes through the system print dialog (:func:`prompts.choose_printer`).
"""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from crisisroom.domain.errors import UserError
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.gui import i18n, prompts
from crisisroom.gui.context import RoomContext
from crisisroom.gui.widgets.exercise_banner import BANNER_STYLE
from crisisroom.reports import csv_export
from crisisroom.reports.data import KIND_TITLES
from crisisroom.services import reports as report_service
from crisisroom.storage import incidents
from crisisroom.storage.database import Database

PREVIEW_KINDS = ("situation", "daily", "review", "activity-log", "messages")
DRILL_KINDS = ("after-action",)
FORMAT_LABELS = {
    "html": QT_TRANSLATE_NOOP("ReportPreview", "HTML (web page)"),
    "pdf": QT_TRANSLATE_NOOP("ReportPreview", "PDF"),
    "csv": QT_TRANSLATE_NOOP("ReportPreview", "CSV (spreadsheet)"),
}
FILTERS = {
    "html": QT_TRANSLATE_NOOP("ReportPreview", "Web page (*.html)"),
    "pdf": QT_TRANSLATE_NOOP("ReportPreview", "PDF (*.pdf)"),
    "csv": QT_TRANSLATE_NOOP("ReportPreview", "Spreadsheet (*.csv)"),
}
# The names of the kinds in the picker, in the interface language (the reports carry their own
# title, in the content language, from crisisroom.reports).
_KIND_NAMES = {
    "situation": QT_TRANSLATE_NOOP("ReportPreview", "Situation report"),
    "daily": QT_TRANSLATE_NOOP("ReportPreview", "Daily summary"),
    "review": QT_TRANSLATE_NOOP("ReportPreview", "Post-crisis review"),
    "activity-log": QT_TRANSLATE_NOOP("ReportPreview", "Activity log"),
    "messages": QT_TRANSLATE_NOOP("ReportPreview", "Message record"),
    "mentions": QT_TRANSLATE_NOOP("ReportPreview", "Mentions"),
    "after-action": QT_TRANSLATE_NOOP("ReportPreview", "After-action report"),
}


def kind_title(kind: str) -> str:
    """A report kind's name in the interface language."""
    return i18n.label("ReportPreview", _KIND_NAMES.get(kind) or KIND_TITLES.get(kind, kind))


def formats_for(kind: str) -> tuple[str, ...]:
    """The formats a kind can be saved in: HTML and PDF for every report, CSV for the spreadsheet ones."""
    return ("html", "pdf", "csv") if kind in csv_export.CSV_KINDS else ("html", "pdf")


class ReportBrowser(QTextBrowser):
    """A QTextBrowser that opens no link and shows the report's embedded (``data:``) chart."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl | str) -> Any:
        url = name if isinstance(name, QUrl) else QUrl(name)
        if url.scheme() == "data":
            text = url.toString()
            _, _, payload = text.partition(",")
            image = QImage()
            if ";base64" in text.partition(",")[0] and image.loadFromData(base64.b64decode(payload)):
                return image
            return None
        return None  # nothing from the disk or the network: the report is self-contained


class ReportPreview(QDialog):
    """Preview, save and print the reports of one incident."""

    def __init__(
        self, database: Database, incident_id: str, parent: QWidget | None = None, kind: str = "situation"
    ) -> None:
        super().__init__(parent)
        self.database = database
        self.room = RoomContext.of(self, database)  # the main window's, when opened from it
        self.incident = incidents.get(database, incident_id)
        self.incident_id = self.incident.id
        self.report: report_service.Report | None = None
        self.setWindowTitle(self.tr("Reports · {title}").format(title=i18n.display_title(self.incident)))
        self.resize(900, 720)

        self.banner = QLabel(self.tr("EXERCISE · this incident is a drill; every report is marked as an exercise"))
        self.banner.setObjectName("exercise_banner")
        self.banner.setStyleSheet(BANNER_STYLE)  # the same banner as every other view of a drill
        self.banner.setVisible(self.incident.is_drill)

        self.kind_combo = QComboBox()
        kinds = PREVIEW_KINDS + (DRILL_KINDS if self.incident.is_drill else ())
        for key in kinds:
            self.kind_combo.addItem(kind_title(key), key)
        self.format_combo = QComboBox()
        kind_label = QLabel(self.tr("&Report:"))
        kind_label.setBuddy(self.kind_combo)
        format_label = QLabel(self.tr("&Format:"))
        format_label.setBuddy(self.format_combo)
        choosers = QHBoxLayout()
        choosers.addWidget(kind_label)
        choosers.addWidget(self.kind_combo, 1)
        choosers.addSpacing(12)
        choosers.addWidget(format_label)
        choosers.addWidget(self.format_combo)

        self.browser = ReportBrowser()
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.save_button = QPushButton(self.tr("&Save…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save())
        self.print_button.clicked.connect(lambda: self.print_report())

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(choosers)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        index = self.kind_combo.findData(kind)
        self.kind_combo.setCurrentIndex(max(index, 0))
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self._kind_changed()

    # --- State -----------------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    @property
    def fmt(self) -> str:
        return str(self.format_combo.currentData())

    def set_kind(self, kind: str) -> None:
        index = self.kind_combo.findData(kind)
        if index < 0:
            raise ValueError(f"no report kind {kind!r} here")
        self.kind_combo.setCurrentIndex(index)

    def set_format(self, fmt: str) -> None:
        index = self.format_combo.findData(fmt)
        if index < 0:
            raise ValueError(f"{kind_title(self.kind)} cannot be saved as {fmt}")
        self.format_combo.setCurrentIndex(index)

    def _kind_changed(self, _index: int = 0) -> None:
        previous = self.format_combo.currentData() or "html"
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        for fmt in formats_for(self.kind):
            self.format_combo.addItem(i18n.label("ReportPreview", FORMAT_LABELS[fmt]), fmt)
        self.format_combo.setCurrentIndex(max(self.format_combo.findData(previous), 0))
        self.format_combo.blockSignals(False)
        self.refresh()

    def _format_changed(self, _index: int = 0) -> None:
        self._show_status()

    def refresh(self) -> None:
        """Render the chosen kind again from the stored data."""
        try:
            self.report = report_service.make_report(self.database, self.incident_id, self.kind, "html")
        except UserError as exc:
            self.report = None
            self.browser.setPlainText(self.tr("This report cannot be made: {reason}").format(reason=exc))
        else:
            self.browser.setHtml(self.report.html)
        self.save_button.setEnabled(self.report is not None)
        self.print_button.setEnabled(self.report is not None)
        self._show_status()

    def _show_status(self) -> None:
        if self.report is None:
            self.status.setText("")
        elif self.fmt == "csv":
            self.status.setText(
                self.tr("Saved as CSV, this report opens as a spreadsheet (one row per line of the table).")
            )
        elif self.fmt == "pdf":
            self.status.setText(
                self.tr("Saved as PDF on A4 pages, with the incident's title and page numbers on each page.")
            )
        else:
            self.status.setText(
                self.tr("Saved as HTML, this report is one file that opens in any browser, charts included.")
            )

    # --- Save and print --------------------------------------------------------------------------

    def suggested_name(self) -> str:
        stamp = self.incident.title.strip().replace("/", "-")[:60] or "incident"
        return f"{kind_title(self.kind)} - {stamp}.{self.fmt}"

    def save(self) -> Path | None:
        """Ask where, then write the report in the chosen format; the path written, or None."""
        kind, fmt = self.kind, self.fmt
        path = prompts.save_path(
            self,
            self.tr("Save the {report}").format(report=kind_title(kind).lower()),
            Path.home() / self.suggested_name(),
            i18n.label("ReportPreview", FILTERS[fmt]),
        )
        if path is None:
            return None
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(f"{path.name}.{fmt}")
        written = self.room.call(
            lambda: report_service.write_report(self.database, self.incident_id, kind, fmt, path),
            title=self.tr("The report was not saved"),
            parent=self,
        )
        if written is None:
            return None
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        return path

    def print_report(self, *, printer: Any | None = None) -> bool:
        """Print the report through the system print dialog; False when cancelled.

        ``printer``: a QPrinter to use instead of a new one (tests print to a PDF file this way).
        """
        if self.report is None:
            return False
        from PySide6.QtPrintSupport import QPrinter  # loaded when someone prints, not at start-up

        report = self.room.call(
            lambda: report_service.make_report(self.database, self.incident_id, self.kind, "pdf"),
            title=self.tr("Nothing was printed"),
            parent=self,
        )
        if report is None:
            return False
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        assert isinstance(printer, QPrinter)
        printer.setDocName(report.title)
        if not prompts.choose_printer(
            self, self.tr("Print the {report}").format(report=kind_title(self.kind).lower()), printer
        ):
            return False
        document = QTextDocument()
        document.setHtml(report.html)
        document.print_(printer)
        self.status.setText(self.tr("Sent to the printer: {report}").format(report=report_service.page_header(report)))
        return True
