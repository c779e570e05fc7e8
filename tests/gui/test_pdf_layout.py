"""The PDF's laid-out document: the chart fits the text width, and no heading is left alone at a page's foot."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextBlock, QTextDocument
from pytestqt.qtbot import QtBot

from crisisroom.printing import pdf
from crisisroom.services import reports as report_service
from crisisroom.storage.database import Database
from tests.unit.report_support import build_incident, report_database
from tests.unit.wizard_support import Clock


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


@pytest.fixture
def laid_out(monkeypatch: pytest.MonkeyPatch) -> list[QTextDocument]:
    """The documents html_to_pdf lays out and paints, kept to look at."""
    made: list[QTextDocument] = []

    class Kept(QTextDocument):
        def __init__(self, *args: object) -> None:
            super().__init__(*args)
            made.append(self)

    monkeypatch.setattr(pdf, "QTextDocument", Kept)
    return made


def blocks(document: QTextDocument) -> Iterator[QTextBlock]:
    block = document.begin()
    while block.isValid():
        yield block
        block = block.next()


def images(document: QTextDocument) -> Iterator[tuple[QTextBlock, object]]:
    for block in blocks(document):
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                yield block, fragment.charFormat().toImageFormat()
            iterator += 1


def page(document: QTextDocument, block: QTextBlock) -> int:
    top = document.documentLayout().blockBoundingRect(block).top()
    if block.layout() is not None and block.layout().lineCount():
        top += block.layout().lineAt(0).y()
    return int(top // document.pageSize().height())


def alone_at_foot(document: QTextDocument) -> list[str]:
    """Headings whose next block (with something in it) starts on a later page."""
    found = []
    for block in blocks(document):
        if block.blockFormat().headingLevel() == 0:
            continue
        after = block.next()
        while after.isValid() and not after.text().strip():
            after = after.next()
        if after.isValid() and page(document, after) > page(document, block):
            found.append(block.text())
    return found


def test_the_situation_reports_chart_fits_the_page_width(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch, laid_out: list[QTextDocument]
) -> None:
    built = build_incident(db, Clock(monkeypatch))
    report = report_service.make_report(db, built.incident_id, "situation", "pdf")
    pdf.html_to_pdf(report.html, header=report.header, footer=report.title)
    document = laid_out[-1]
    room = document.pageSize().width() - 2 * document.documentMargin()
    charts = list(images(document))
    assert charts, "the situation report has its chart"
    for block, image in charts:
        natural = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
        assert isinstance(natural, QImage | QPixmap) and not natural.isNull()
        assert 0 < image.width() <= room + 0.5, (image.width(), room)
        shown = document.documentLayout().blockBoundingRect(block)
        assert shown.right() <= document.pageSize().width() - document.documentMargin() + 1, shown
        # The aspect is kept: the chart is smaller, not squeezed.
        height = image.height() if image.height() > 0 else shown.height()
        assert height / image.width() == pytest.approx(natural.height() / natural.width(), rel=0.03)
    assert not alone_at_foot(document)


def test_a_heading_is_never_the_last_thing_on_a_page(qtbot: QtBot, laid_out: list[QTextDocument]) -> None:
    """A heading, a table and another heading pushed down line by line past the foot of the first page."""
    rows = "".join(f"<tr><td>17:{n:02d}</td><td>Row {n}</td></tr>" for n in range(8))
    alone = {}
    for lines in range(30, 62):
        filler = "".join(f"<p>Line {n} of what came before.</p>" for n in range(lines))
        html = (
            f"<html><body>{filler}<h2>Actions</h2><table><tr><th>When</th><th>What</th></tr>{rows}</table>"
            f"<h3>Needs</h3><p>Nothing open.</p></body></html>"
        )
        pdf.html_to_pdf(html, header="Test")
        document = laid_out[-1]
        assert document.pageCount() >= 2
        if found := alone_at_foot(document):
            alone[lines] = found
    assert not alone, f"headings alone at a page's foot, by lines before them: {alone}"
