"""Reports as PDF: the report's HTML laid out by Qt on A4 pages, with a header and page numbers.

DESIGN.md: PDF through Qt (QTextDocument and QPdfWriter), so there is no native PDF library to
install. QTextDocument.print_() would number the pages but cannot put a header on them, so the
pages are painted here one by one: the header (the incident's title, and EXERCISE on a drill)
above, the document's page below it, the page number under it. Works without a display: when no
Qt application exists (the command line) one is made, offscreen on a Linux machine without X.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from crisisroom.files import write_atomically

DPI = 300
MARGIN_MM = 16.0
HEADER_MM = 11.0  # header text and its rule, above the body
FOOTER_MM = 9.0
BODY_POINTS = 9.5
HEADER_POINTS = 8.0
INK = QColor("#1f2328")
MUTED = QColor("#5a6472")
RULE = QColor("#c8d1dc")
EXERCISE_INK = QColor("#9a3412")
PAGE_GUTTER = 6.0  # px of the layout, above and below the text of every page
_app: QGuiApplication | None = None


def ensure_application() -> None:
    """Make a QGuiApplication when none exists: fonts and text layout need one."""
    global _app
    if QCoreApplication.instance() is not None:
        return
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        # Laying out a PDF needs no screen; without this Qt aborts on a server looking for X.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["crisisroom"])  # kept: the application must outlive every document


def _layout_dpi() -> float:
    """The resolution QTextDocument lays text out at when it has no paint device: the screen's."""
    screen = QGuiApplication.primaryScreen()
    return float(screen.logicalDotsPerInchY()) if screen is not None else 96.0


def _mm(mm: float) -> float:
    return mm / 25.4 * DPI


def html_to_pdf(html: str, *, header: str, exercise: bool = False, footer: str = "", title: str = "") -> bytes:
    """Lay out ``html`` on A4 portrait pages and return the PDF file's bytes.

    Args:
        html: a report from :func:`crisisroom.reports.render.render_html`.
        header: the text at the top left of every page (the incident's title).
        exercise: put EXERCISE at the start of every header (a drill).
        footer: the text at the bottom left of every page; the page number is at the right.
        title: the PDF's document title (shown by viewers).
    """
    ensure_application()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(title or header)
    writer.setCreator("Crisis Room")
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = writer.pageLayout().paintRectPixels(DPI)
    width, height = float(page.width()), float(page.height())
    # The document is laid out in screen pixels, where HTML's px (cellpadding, borders, image
    # widths) mean what they mean in a browser, and painted scaled up to the PDF's resolution.
    scale = DPI / _layout_dpi()
    body = QRectF(0, _mm(HEADER_MM), width, height - _mm(HEADER_MM) - _mm(FOOTER_MM))
    body_size = QSizeF(body.width() / scale, body.height() / scale)

    document = QTextDocument()
    font = QFont("Helvetica")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    # In a paged document this margin is kept at the top and bottom of every page; the glyphs of a
    # line that starts a page can reach a pixel above its line box, into the page before, and the
    # clip below (inside this margin) keeps them off it.
    document.setDocumentMargin(PAGE_GUTTER)
    document.setHtml(html)
    document.setPageSize(body_size)
    pages = max(1, document.pageCount())

    painter = QPainter(writer)
    try:
        small = QFont(font)
        small.setPointSizeF(HEADER_POINTS)
        for index in range(pages):
            if index:
                writer.newPage()
            _decorate(painter, small, width, height, header, exercise, footer, index + 1, pages)
            painter.save()
            painter.translate(body.left(), body.top())
            painter.scale(scale, scale)
            painter.translate(0, -index * body_size.height())
            top = index * body_size.height() + PAGE_GUTTER / 2
            document.drawContents(painter, QRectF(0, top, body_size.width(), body_size.height() - PAGE_GUTTER))
            painter.restore()
    finally:
        painter.end()
    del writer  # the PDF is finished (its trailer written) when the writer goes
    data = bytes(buffer.data().data())
    buffer.close()
    return data


def _decorate(
    painter: QPainter,
    font: QFont,
    width: float,
    height: float,
    header: str,
    exercise: bool,
    footer: str,
    number: int,
    pages: int,
) -> None:
    """The header above the body and the footer below it, on one page."""
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    baseline = metrics.ascent()
    left = 0.0
    if exercise:
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(EXERCISE_INK)
        mark = "EXERCISE  "
        painter.drawText(QPointF(0, baseline), mark)
        left = QFontMetricsF(bold, painter.device()).horizontalAdvance(mark)
        painter.setFont(font)
    painter.setPen(INK)
    room = width - left
    painter.drawText(QPointF(left, baseline), metrics.elidedText(header, Qt.TextElideMode.ElideRight, room * 0.75))
    rule_y = metrics.height() + _mm(1.5)
    painter.setPen(QPen(RULE, _mm(0.2)))
    painter.drawLine(QPointF(0, rule_y), QPointF(width, rule_y))
    painter.setPen(MUTED)
    footer_y = height - metrics.descent()
    if footer:
        painter.drawText(QPointF(0, footer_y), metrics.elidedText(footer, Qt.TextElideMode.ElideRight, width * 0.7))
    numbering = QCoreApplication.translate("Pdf", "Page {number} of {pages}").format(number=number, pages=pages)
    painter.drawText(QPointF(width - metrics.horizontalAdvance(numbering), footer_y), numbering)


def save_pdf(
    path: str | os.PathLike[str], html: str, *, header: str, exercise: bool = False, footer: str = "", title: str = ""
) -> None:
    """Write the PDF of ``html`` to ``path``, whole or not at all.

    Raises:
        UserError: the file cannot be written.
    """
    from pathlib import Path

    data = html_to_pdf(html, header=header, exercise=exercise, footer=footer, title=title)
    write_atomically(Path(path), data, what="the report")
