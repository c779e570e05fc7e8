"""Reports as PDF: the report's HTML laid out by Qt on A4 pages, with a header and page numbers.

DESIGN.md: PDF through Qt (QTextDocument and QPdfWriter, QtGui only: no widgets), so there is no
native PDF library to install, and the command line and the window make the same PDF
(:func:`crisisroom.services.reports.write_report` writes it for both). QTextDocument.print_()
would number the pages but cannot put a header on them, so the pages are painted here one by one:
the header (the incident's title, and the exercise mark on a drill) above, the document's page
below it, the page number under it. Works without a display: when no Qt application exists (the
command line) a QGuiApplication is made, offscreen on a Linux machine without X or Wayland.

QTextDocument knows little of CSS for paper: an image keeps its ``width`` attribute even when the
page is narrower (the chart lost its right edge), and ``page-break-after: avoid`` is ignored, so a
heading could end a page with its table on the next. :func:`report_document` fixes both on the laid
out document: images wider than the text are scaled down (aspect kept), and a heading that would be
the last thing on a page starts the next one instead.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QPixmap,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
    QTextTable,
)

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
EXERCISE_MARK = "EXERCISE"  # the callers pass the word in the report's language
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


def _page_layout() -> QPageLayout:
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    )


def _body_rect() -> QRectF:
    """Where the document's pages go on the paper, in PDF pixels (between the header and the footer)."""
    page = _page_layout().paintRectPixels(DPI)
    width, height = float(page.width()), float(page.height())
    return QRectF(0, _mm(HEADER_MM), width, height - _mm(HEADER_MM) - _mm(FOOTER_MM))


def report_document(html: str) -> QTextDocument:
    """``html`` laid out in pages of the PDF's body, with images fitted and headings kept with what follows.

    The document is laid out in screen pixels, where HTML's px (cellpadding, borders, image widths)
    mean what they mean in a browser; :func:`html_to_pdf` paints it scaled up to the PDF's resolution.
    """
    ensure_application()
    scale = DPI / _layout_dpi()
    body = _body_rect()
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
    document.setPageSize(QSizeF(body.width() / scale, body.height() / scale))
    fit_images(document)
    keep_headings_with_next(document)
    return document


def text_width(document: QTextDocument) -> float:
    """The width the root frame leaves for text (the page's width less the document margin)."""
    return document.pageSize().width() - 2 * document.documentMargin()


def fit_images(document: QTextDocument) -> None:
    """Scale every image wider than the space its block leaves down to that width, keeping its aspect."""
    changes: list[tuple[int, int, QTextImageFormat]] = []
    block = document.begin()
    while block.isValid():  # first measure everything, then change: the layout is not asked mid-edit
        room = text_width(document) - block.blockFormat().leftMargin() - block.blockFormat().rightMargin()
        if isinstance(document.frameAt(block.position()), QTextTable):
            room = min(room, document.documentLayout().blockBoundingRect(block).width())  # the cell's width
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            iterator += 1
            image = fragment.charFormat().toImageFormat()
            if not fragment.isValid() or not image.isValid():
                continue
            width, height = image.width(), image.height()
            if width <= 0 or height <= 0:
                natural = _natural_size(document, image.name())
                if natural is None:
                    continue
                if width <= 0 and height <= 0:
                    width, height = natural.width(), natural.height()
                elif width <= 0:
                    width = height * natural.width() / natural.height()
                else:
                    height = width * natural.height() / natural.width()
            if 0 < room < width:
                image.setWidth(room)
                image.setHeight(height * room / width)
                changes.append((fragment.position(), fragment.length(), image))
        block = block.next()
    if not changes:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    for position, length, image in changes:
        cursor.setPosition(position)
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image)
    cursor.endEditBlock()
    document.markContentsDirty(0, document.characterCount())  # lay it all out again, not only the images


def _natural_size(document: QTextDocument, name: str) -> QSizeF | None:
    """An image resource's own size (the document holds a data: URL's picture as a pixmap once laid out)."""
    found = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
    if isinstance(found, QByteArray | bytes):
        found = QImage.fromData(found)
    if not isinstance(found, QImage | QPixmap) or found.isNull() or found.width() <= 0 or found.height() <= 0:
        return None
    return QSizeF(found.width(), found.height())


def page_of(document: QTextDocument, block: QTextBlock) -> int:
    """The page (from 0) a block's first line is on."""
    top = document.documentLayout().blockBoundingRect(block).top()
    line = block.layout().lineAt(0) if block.layout() is not None and block.layout().lineCount() else None
    if line is not None:
        top += line.y()
    return int(top // document.pageSize().height())


def is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def following(block: QTextBlock) -> QTextBlock | None:
    """The next block with something in it (skipping the empty ones a table or a list leaves around it)."""
    block = block.next()
    while block.isValid() and not block.text().strip() and not _has_object(block):
        block = block.next()
    return block if block.isValid() else None


def _has_object(block: QTextBlock) -> bool:
    return "\ufffc" in block.text()


def orphaned_headings(document: QTextDocument) -> list[QTextBlock]:
    """Headings that are the last thing on their page: what follows them starts on a later page."""
    found = []
    block = document.begin()
    while block.isValid():
        after = following(block) if is_heading(block) else None
        if after is not None and page_of(document, after) > page_of(document, block):
            found.append(block)
        block = block.next()
    return found


def keep_headings_with_next(document: QTextDocument, *, rounds: int = 20) -> None:
    """Start a heading on a new page when it would otherwise end a page, alone.

    A heading just above one that moves (Actions above Statements released) can become alone in its
    turn, so this goes round until no heading is (``rounds`` caps it: a heading followed by something
    taller than a page stays where it is).
    """
    for _ in range(rounds):
        moved = False
        for block in orphaned_headings(document):
            top = document.documentLayout().blockBoundingRect(block).top() % document.pageSize().height()
            if top <= 2 * document.documentMargin():
                continue  # already at the top of its page: what follows is taller than a page
            cursor = QTextCursor(block)
            page_break = QTextBlockFormat()
            page_break.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.mergeBlockFormat(page_break)
            moved = True
            break  # the layout after it changed: look again from the start
        if not moved:
            return


def html_to_pdf(
    html: str,
    *,
    header: str,
    exercise: bool = False,
    footer: str = "",
    title: str = "",
    mark: str = EXERCISE_MARK,
) -> bytes:
    """Lay out ``html`` on A4 portrait pages and return the PDF file's bytes.

    Args:
        html: a report from :func:`crisisroom.reports.render.render_html`.
        header: the text at the top left of every page (the incident's title).
        exercise: put ``mark`` at the start of every header, in bold (a drill).
        footer: the text at the bottom left of every page; the page number is at the right.
        title: the PDF's document title (shown by viewers).
        mark: the word that marks a drill, in the report's language.
    """
    ensure_application()
    document = report_document(html)
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(title or header)
    writer.setCreator("Crisis Room")
    writer.setPageLayout(_page_layout())
    page = writer.pageLayout().paintRectPixels(DPI)
    width, height = float(page.width()), float(page.height())
    scale = DPI / _layout_dpi()
    body = _body_rect()
    body_size = document.pageSize()
    pages = max(1, document.pageCount())

    painter = QPainter(writer)
    try:
        small = QFont(document.defaultFont())
        small.setPointSizeF(HEADER_POINTS)
        for index in range(pages):
            if index:
                writer.newPage()
            _decorate(painter, small, width, height, header, mark if exercise else "", footer, index + 1, pages)
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
    mark: str,
    footer: str,
    number: int,
    pages: int,
) -> None:
    """The header above the body (after ``mark`` in bold, when there is one) and the footer below it, on one page."""
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    baseline = metrics.ascent()
    left = 0.0
    if mark:
        bold = QFont(font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(EXERCISE_INK)
        mark = f"{mark}  "
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
