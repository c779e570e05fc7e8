"""The call sheet on paper (a real PDF, turned into a picture and looked at) and the Notify actions."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from crisisroom.domain.team import example_roster
from crisisroom.exchange import notify_drafts as notify
from crisisroom.exchange.notify_drafts import CallSheetRow, Recipient
from crisisroom.gui import prompts
from crisisroom.gui.wizard import notify_actions
from crisisroom.gui.wizard.call_sheet import call_sheet_html, print_call_sheet, save_call_sheet_pdf
from tests.conftest import need_real

TITLE = "Call sheet · Level 4 · Crisis · Payment outage"


def pdf_to_png(pdf: Path, tmp_path: Path) -> QImage:
    """The first page as a picture, through poppler's pdftoppm (what CI installs)."""
    if shutil.which("pdftoppm") is None:
        need_real("pdftoppm is missing: install poppler-utils to look at PDFs")
    subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")], check=True)
    image = QImage(str(next(tmp_path.glob("page*.png"))))
    assert not image.isNull()
    return image


def ink(image: QImage) -> float:
    """The share of sampled pixels that are not white paper."""
    samples = [(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)]
    dark = sum(1 for x, y in samples if image.pixelColor(x, y).lightness() < 200)
    return dark / len(samples)


def test_the_call_sheet_pdf_is_a_landscape_page_with_a_table_on_it(qtbot: QtBot, tmp_path: Path) -> None:
    rows = notify.call_sheet(example_roster(), 4)
    pdf = tmp_path / "call sheet.pdf"
    save_call_sheet_pdf(pdf, rows, TITLE)
    assert pdf.read_bytes().startswith(b"%PDF-")
    image = pdf_to_png(pdf, tmp_path)
    assert image.width() > image.height()  # landscape A4
    assert 0.01 < ink(image) < 0.3  # text and ruled lines on white paper: not blank, not a black box
    # The table spans most of the page's width: the left and right thirds both have ink.
    third = image.width() // 3
    for left in (0, 2 * third):
        part = image.copy(left, 0, third, image.height())
        assert ink(part) > 0.005


def test_an_empty_call_sheet_still_says_so(tmp_path: Path) -> None:
    pdf = tmp_path / "empty.pdf"
    save_call_sheet_pdf(pdf, [], "Call sheet · Level 1")
    assert ink(pdf_to_png(pdf, tmp_path)) > 0.001
    assert "Nobody on the team is called at this level." in call_sheet_html([], "x")


def test_names_are_escaped_in_the_sheet() -> None:
    row = CallSheetRow("<b>Eve</b> & <script>", "Spokesperson", "+1 555", "", "")
    page = call_sheet_html([row], "<i>Title</i>")
    assert "&lt;b&gt;Eve&lt;/b&gt; &amp; &lt;script&gt;" in page and "<script>" not in page
    assert "&lt;i&gt;Title&lt;/i&gt;" in page


def test_printing_goes_through_the_print_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    rows = notify.call_sheet(example_roster(), 3)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    prompts.set_next_answer(False)  # the person cancels the print dialog
    assert not print_call_sheet(None, rows, TITLE, printer=printer)
    assert not (tmp_path / "printed.pdf").exists()
    prompts.set_next_answer(True)
    assert print_call_sheet(None, rows, TITLE, printer=printer)
    assert prompts.shown[-1] == ("Print the call sheet", "print")
    assert (tmp_path / "printed.pdf").read_bytes().startswith(b"%PDF-")


# --- Copy, mail program, draft ----------------------------------------------------------------------------


class MailCatcher(QObject):
    """Stands in for the mail program: QDesktopServices hands it mailto: links."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def mail_program(qtbot: QtBot) -> Iterator[MailCatcher]:
    catcher = MailCatcher()
    QDesktopServices.setUrlHandler("mailto", catcher, "open_url")
    yield catcher
    QDesktopServices.unsetUrlHandler("mailto")


def test_the_mail_program_gets_the_whole_encoded_link(mail_program: MailCatcher) -> None:
    to = [Recipient("Ana", "ana@example.org"), Recipient("Bo", "bo@example.org")]
    assert notify_actions.open_in_mail_app(None, to, "Level 4 – outage & refunds", "Line 1\nLine 2 ünïcode")
    [url] = mail_program.urls
    expected = notify.mailto_url(to, "Level 4 – outage & refunds", "Line 1\nLine 2 ünïcode")
    assert bytes(url.toEncoded().data()).decode() == expected


def test_a_long_message_offers_a_draft_instead(mail_program: MailCatcher, tmp_path: Path) -> None:
    body = "Update. " * 400
    prompts.set_next_answer(True)  # "Save a draft…"
    prompts.set_next_answer(tmp_path / "alert")
    assert notify_actions.open_in_mail_app(None, ["ana@example.org"], "Update", body)
    assert mail_program.urls == []
    assert (tmp_path / "alert.eml").read_bytes().startswith(b"To: ana@example.org\r\n")
    prompts.set_next_answer(False)  # open it as a link anyway
    assert notify_actions.open_in_mail_app(None, ["ana@example.org"], "Update", body)
    assert len(mail_program.urls) == 1


def test_a_bad_address_is_explained_not_opened(mail_program: MailCatcher) -> None:
    prompts.set_next_answer(None)
    assert not notify_actions.open_in_mail_app(None, ["not an address"], "s", "b")
    assert prompts.shown[-1][0] == "The mail program was not opened"
    assert mail_program.urls == []


def test_save_draft_suggests_a_name_and_writes_the_eml(tmp_path: Path) -> None:
    prompts.set_next_answer(tmp_path / "Level 4 alert.eml")
    path = notify_actions.save_draft(None, ["ana@example.org"], "Level 4: alert", "Body", folder=tmp_path)
    assert path == tmp_path / "Level 4 alert.eml" and b"X-Unsent: 1" in path.read_bytes()
    assert prompts.shown[-1] == ("Save the message as a draft", str(tmp_path / "Level 4 alert.eml"))
    prompts.set_next_answer(None)
    assert notify_actions.save_draft(None, ["ana@example.org"], "x", "y") is None


def test_copy_puts_the_text_on_the_clipboard(qtbot: QtBot) -> None:
    text = notify.call_sheet_text(notify.call_sheet(example_roster(), 1))
    notify_actions.copy_text(text)
    assert QGuiApplication.clipboard().text() == text
