"""The Notify step's offline actions, ready for any page or dialog: copy, open the mail program, save a draft.

Each takes the parent widget for its prompts and the message as plain values; errors become a
message box that says what to do instead (copy, or save a draft), never a traceback. Printing
the call sheet is in :mod:`crisisroom.gui.wizard.call_sheet`.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget

from crisisroom.domain.errors import UserError
from crisisroom.domain.text import QT_TRANSLATE_NOOP
from crisisroom.exchange import notify_drafts as notify
from crisisroom.exchange.notify_drafts import Recipient
from crisisroom.gui import i18n, prompts

EML_FILTER = QT_TRANSLATE_NOOP("NotifyActions", "E-mail draft (*.eml)")


def copy_text(text: str) -> None:
    """Put the text on the clipboard (and the X11 selection), for a chat, an SMS or another mail program."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    if clipboard.supportsSelection():
        clipboard.setText(text, clipboard.Mode.Selection)


def open_in_mail_app(parent: QWidget | None, to: Sequence[Recipient | str], subject: str, body: str) -> bool:
    """Open a new message in the person's mail program through a ``mailto:`` link.

    A link longer than some systems pass on whole first asks whether to save a draft instead.

    Returns:
        True when the link was handed to the system (or the draft was saved instead).
    """
    try:
        url = notify.mailto_url(to, subject, body)
    except UserError as exc:
        prompts.error(parent, QCoreApplication.translate("NotifyActions", "The mail program was not opened"), str(exc))
        return False
    if len(url) > notify.MAILTO_PRACTICAL_LENGTH and prompts.confirm(
        parent,
        QCoreApplication.translate("NotifyActions", "A long message"),
        QCoreApplication.translate(
            "NotifyActions",
            "Some mail programs cut off messages this long when they come through a link. "
            "Save the message as a draft file (.eml) instead, and open that?",
        ),
        QCoreApplication.translate("NotifyActions", "Save a draft…"),
    ):
        return save_draft(parent, to, subject, body) is not None
    if not QDesktopServices.openUrl(QUrl.fromEncoded(QByteArray(url.encode("ascii")))):
        prompts.error(
            parent,
            QCoreApplication.translate("NotifyActions", "No mail program"),
            QCoreApplication.translate(
                "NotifyActions",
                "No mail program is set up to open e-mail links on this computer. "
                "Save the message as a draft (.eml) to open in any mail program, or copy the text.",
            ),
        )
        return False
    return True


def save_draft(
    parent: QWidget | None,
    to: Sequence[Recipient | str],
    subject: str,
    body: str,
    *,
    folder: Path | None = None,
) -> Path | None:
    """Ask where to save, then write an ``.eml`` draft that mail programs open ready to send.

    Returns:
        The file written, or None when cancelled or when it could not be written (after saying why).
    """
    suggested = (folder or Path.home()) / notify.draft_file_name(subject)
    path = prompts.save_path(
        parent,
        QCoreApplication.translate("NotifyActions", "Save the message as a draft"),
        suggested,
        i18n.label("NotifyActions", EML_FILTER),
    )
    if path is None:
        return None
    if path.suffix.lower() != ".eml":
        path = path.with_name(path.name + ".eml")
    try:
        notify.write_eml(path, to, subject, body)
    except UserError as exc:
        prompts.error(parent, QCoreApplication.translate("NotifyActions", "The draft was not saved"), str(exc))
        return None
    return path
