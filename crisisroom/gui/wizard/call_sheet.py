"""The call sheet on paper: whom to ring, in order, with each person's backup.

Built from :func:`crisisroom.exchange.notify_drafts.call_sheet` rows as a simple HTML table in a QTextDocument,
which Qt lays out on pages itself; printed through the system print dialog or written as a PDF
with QPdfWriter (no native PDF library needed). A blank "Reached at" column is left for a pen:
the sheet is the fallback for when laptops are shut or the power is out.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.exchange.notify_drafts import CallSheetRow
from crisisroom.gui import i18n, prompts
from crisisroom.system.files import write_atomically

COLUMNS = (
    QT_TRANSLATE_NOOP("CallSheet", "Name"),
    QT_TRANSLATE_NOOP("CallSheet", "Role"),
    QT_TRANSLATE_NOOP("CallSheet", "Phone"),
    QT_TRANSLATE_NOOP("CallSheet", "Backup"),
    QT_TRANSLATE_NOOP("CallSheet", "Backup phone"),
    QT_TRANSLATE_NOOP("CallSheet", "Tries: time and outcome"),
)
# QTextDocument.print_() adds 2 cm around the text itself; the page adds only what the printer needs.
MARGIN_MM = 0
PDF_DPI = 300
ADVICE = QT_TRANSLATE_NOOP(
    "CallSheet", "Note each try with its time and outcome. No answer within a few minutes: call the backup."
)


def call_sheet_html(rows: Sequence[CallSheetRow], title: str, *, printed_at: datetime | None = None) -> str:
    """The call sheet as HTML for QTextDocument; every value is escaped."""
    when = (printed_at or datetime.now().astimezone()).strftime("%Y-%m-%d %H:%M %Z").strip()
    # The last column is for a pen: wide enough for two or three tries ("02:10 no answer").
    names = [html.escape(i18n.label("CallSheet", column)) for column in COLUMNS]
    head = "".join(f"<th>{name}</th>" for name in names[:-1]) + f"<th width='22%'>{names[-1]}</th>"
    if rows:
        body = "".join(
            "<tr>"
            f"<td><b>{html.escape(r.name)}</b></td><td>{html.escape(r.role)}</td>"
            f"<td class='phone'>{html.escape(r.phone) or '—'}</td><td>{html.escape(r.backup) or '—'}</td>"
            f"<td class='phone'>{html.escape(r.backup_phone) or '—'}</td><td class='blank'>&nbsp;</td>"
            "</tr>"
            for r in rows
        )
    else:
        nobody = html.escape(QCoreApplication.translate("CallSheet", "Nobody on the team is called at this level."))
        body = f"<tr><td colspan='{len(COLUMNS)}'>{nobody}</td></tr>"
    # Two forms rather than Qt's plurals: lupdate marks no plural outside self.tr().
    people = (
        QCoreApplication.translate("CallSheet", "1 person")
        if len(rows) == 1
        else QCoreApplication.translate("CallSheet", "{count} people").format(count=len(rows))
    )
    printed = QCoreApplication.translate("CallSheet", "Printed {when} · {people}").format(when=when, people=people)
    # QTextDocument understands a subset of CSS: borders on the table, padding through cellpadding.
    return (
        "<html><head><style>"
        "h1 { font-size: 16pt; margin-bottom: 2pt; }"
        "p.meta { color: #555555; margin-top: 0; margin-bottom: 0; }"
        "table { border-collapse: collapse; border: 1px solid #888888; }"
        "th { background-color: #e6e6e6; text-align: left; font-weight: bold; border: 1px solid #888888; }"
        "td { border: 1px solid #888888; vertical-align: top; }"
        "td.phone { white-space: nowrap; }"
        "</style></head><body>"
        f"<h1>{html.escape(title)}</h1>"
        f"<p class='meta'>{html.escape(printed)}</p>"
        f"<p style='margin-top: 3px;'>{html.escape(i18n.label('CallSheet', ADVICE))}</p>"
        # QTextDocument puts no paragraph margin between text and a table: the table keeps its own.
        f"<table width='100%' cellspacing='0' cellpadding='7' style='margin-top: 12px;'><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table>"
        "</body></html>"
    )


def call_sheet_document(
    rows: Sequence[CallSheetRow], title: str, *, printed_at: datetime | None = None
) -> QTextDocument:
    """The call sheet as a document ready to print on any paged device."""
    document = QTextDocument()
    font = QFont()
    font.setPointSizeF(10.5)
    document.setDefaultFont(font)
    document.setHtml(call_sheet_html(rows, title, printed_at=printed_at))
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    return document


def _set_up_page(device: QPagedPaintDevice) -> None:
    # Landscape A4: six columns with phone numbers fit without wrapping at a readable size.
    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def call_sheet_pdf(rows: Sequence[CallSheetRow], title: str) -> bytes:
    """The call sheet as the bytes of a PDF file (A4, landscape)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(PDF_DPI)
    writer.setTitle(title)
    writer.setCreator("Crisis Room")
    _set_up_page(writer)
    call_sheet_document(rows, title).print_(writer)
    del writer  # the PDF is finished (its trailer written) when the writer goes
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def save_call_sheet_pdf(path: Path, rows: Sequence[CallSheetRow], title: str) -> None:
    """Write the call sheet as a PDF file (A4, landscape), whole or not at all.

    Raises:
        UserError: the file cannot be written.
    """
    write_atomically(Path(path), call_sheet_pdf(rows, title), what="the call sheet")


def print_call_sheet(
    parent: QWidget | None, rows: Sequence[CallSheetRow], title: str, *, printer: object | None = None
) -> bool:
    """Ask for a printer with the system print dialog and print the call sheet; False when cancelled.

    Args:
        parent: the window the print dialog belongs to.
        rows: from :func:`crisisroom.exchange.notify_drafts.call_sheet`.
        title: the heading, e.g. ``"Call sheet · Level 4 · Crisis · Payment outage"``.
        printer: a QPrinter to use instead of a new one (tests print to a PDF file this way).
    """
    from PySide6.QtPrintSupport import QPrinter  # loaded when someone prints, not at start-up

    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
    assert isinstance(printer, QPrinter)
    _set_up_page(printer)
    if not prompts.choose_printer(parent, QCoreApplication.translate("CallSheet", "Print the call sheet"), printer):
        return False
    call_sheet_document(rows, title).print_(printer)
    return True
