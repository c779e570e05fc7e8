"""Add one mention by hand: paste the text and the link when there is no export."""

from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from crisisroom.domain.clock import to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.gui import i18n
from crisisroom.gui.forms.ui_mention_dialog import Ui_MentionDialog

PLATFORMS = ("X", "Instagram", "Facebook", "TikTok", "LinkedIn", "Threads", "YouTube", "Reddit", "News", "Blog")


class MentionDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MentionDialog()
        self.ui.setupUi(self)
        self.ui.platform_combo.addItems(PLATFORMS)
        self.ui.platform_combo.setCurrentText("")
        self.ui.posted_edit.setDateTime(QDateTime.currentDateTime())
        self.ui.sentiment_combo.addItem(self.tr("Detect from the text"), None)
        for sentiment in Sentiment:
            self.ui.sentiment_combo.addItem(i18n.sentiment_label(sentiment.value).capitalize(), sentiment.value)
        self.ui.text_edit.textChanged.connect(self._update_ok)
        self.ui.url_edit.textChanged.connect(self._update_ok)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add mention"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._update_ok()

    def _update_ok(self) -> None:
        filled = bool(self.ui.text_edit.toPlainText().strip() or self.ui.url_edit.text().strip())
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(filled)

    def mention(self) -> Mention:
        """The mention as typed; sentiment None means 'detect it' (``services.mentions.add_mention`` does).

        Raises:
            InvalidInputError: when neither text nor link was given.
        """
        text = self.ui.text_edit.toPlainText().strip()
        url = self.ui.url_edit.text().strip()
        if not text and not url:
            raise InvalidInputError("paste the text of the post, its link, or both")
        chosen = self.ui.sentiment_combo.currentData()
        return Mention(
            # The editor shows this computer's clock; astimezone() reads it as such.
            posted_at=to_iso(self.ui.posted_edit.dateTime().toPython().astimezone()),
            text=text or url,
            url=url,
            author=self.ui.author_edit.text().strip(),
            platform=self.ui.platform_combo.currentText().strip(),
            sentiment=Sentiment(chosen) if chosen else None,
            sentiment_source=SentimentSource.MANUAL if chosen else None,
        )
