"""A one-paragraph field that wraps over a few lines, with a line field's signals.

For a sentence or two that a one-line field would scroll out of sight (the Message step's public
summary): the whole text stays readable while it is typed. It keeps QLineEdit's interface where
the page uses it (``text``, ``setText``, ``textEdited`` for typing only, ``editingFinished`` on
Enter and when the focus leaves), Tab moves on rather than typing a tab, and Enter ends the edit
instead of starting a new line (the text is one paragraph; storage folds line breaks anyway) and
instead of pressing the wizard's Next.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class WrappedLineEdit(QPlainTextEdit):
    """A wrapping text field ``lines`` lines high that behaves like a line field.

    Signals:
        textEdited(str): the user changed the text (not emitted by :meth:`setText`).
        editingFinished(): Enter was pressed or the field lost the focus.
    """

    textEdited = Signal(str)
    editingFinished = Signal()

    def __init__(self, lines: int = 3, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lines = lines
        self._setting = False
        self.setAccessibleName(self.tr("Text"))  # the page names it for what it holds
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self._changed)
        self._fit_height()

    def _fit_height(self) -> None:
        margins = self.contentsMargins()
        document = int(self.document().documentMargin()) * 2
        height = self.fontMetrics().lineSpacing() * self._lines + document + margins.top() + margins.bottom()
        self.setFixedHeight(height + 2)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        # A new font or style changes a line's height (called once during construction too).
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and hasattr(self, "_lines"):
            self._fit_height()

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        """Show ``text`` without it counting as typing (the cursor stays when it is already so)."""
        if text == self.toPlainText():
            return
        self._setting = True
        try:
            self.setPlainText(text)
        finally:
            self._setting = False

    def _changed(self) -> None:
        if not self._setting:
            self.textEdited.emit(self.toPlainText())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.editingFinished.emit()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editingFinished.emit()
