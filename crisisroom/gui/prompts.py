"""Every message box and file dialog of the app goes through here.

Tests queue answers with :func:`set_next_answer` (the Python form of KeePassXC's
``MessageBox::setNextAnswer``); with ``CRISISROOM_PROMPTS_FAIL`` set, a prompt nobody answered
fails loudly instead of blocking the test run on an invisible dialog.
"""

from __future__ import annotations

import os
from collections import deque
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QLineEdit, QMessageBox, QWidget

_answers: deque[Any] = deque()
shown: list[tuple[str, str]] = []  # (title, text) of every prompt, for tests to inspect


def set_next_answer(answer: Any) -> None:
    """Answer the next prompt with ``answer`` instead of showing it."""
    _answers.append(answer)


def clear() -> None:
    _answers.clear()
    shown.clear()


def _queued(title: str, text: str) -> tuple[bool, Any]:
    shown.append((title, text))
    if _answers:
        return True, _answers.popleft()
    if os.environ.get("CRISISROOM_PROMPTS_FAIL"):
        raise AssertionError(f"unanswered prompt: {title}: {text}")
    return False, None


def error(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong and what to do about it."""
    queued, _ = _queued(title, text)
    if not queued:
        QMessageBox.critical(parent, title, text)


def information(parent: QWidget | None, title: str, text: str) -> None:
    queued, _ = _queued(title, text)
    if not queued:
        QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, action: str, *, warning: bool = False) -> bool:
    """Ask a yes/no question whose yes-button names the action (with a warning sign when ``warning``)."""
    queued, answer = _queued(title, text)
    if queued:
        return bool(answer)
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Question
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def get_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text, or None when cancelled."""
    queued, answer = _queued(title, label)
    if queued:
        return answer
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    for shown_label in dialog.findChildren(QLabel):
        # A long question (a warning before it) wraps in a dialog of a readable width, not one screen wide.
        shown_label.setWordWrap(True)
        shown_label.setMinimumWidth(min(520, shown_label.fontMetrics().horizontalAdvance(label) + 8))
    ok = dialog.exec() == QInputDialog.DialogCode.Accepted
    return dialog.textValue() if ok else None


def save_path(parent: QWidget | None, title: str, suggested: Path, filters: str) -> Path | None:
    queued, answer = _queued(title, str(suggested))
    if queued:
        return None if answer is None else Path(answer)
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    return Path(name) if name else None


def open_path(parent: QWidget | None, title: str, folder: Path, filters: str) -> Path | None:
    queued, answer = _queued(title, str(folder))
    if queued:
        return None if answer is None else Path(answer)
    name, _ = QFileDialog.getOpenFileName(parent, title, str(folder), filters)
    return Path(name) if name else None


def folder_path(parent: QWidget | None, title: str, folder: Path) -> Path | None:
    """A folder to choose (or make, from the dialog's New Folder button), or None when cancelled."""
    queued, answer = _queued(title, str(folder))
    if queued:
        return None if answer is None else Path(answer)
    name = QFileDialog.getExistingDirectory(parent, title, str(folder))
    return Path(name) if name else None


def choose_printer(parent: QWidget | None, title: str, printer: Any) -> bool:
    """Show the system print dialog for ``printer`` (a QPrinter); True when the person chose Print.

    A queued answer stands for the person's choice; the printer is then used as the caller set it up.
    """
    queued, answer = _queued(title, "print")
    if queued:
        return bool(answer)
    # Print support is loaded only when someone prints, not at start-up.
    from PySide6.QtPrintSupport import QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    return dialog.exec() == QPrintDialog.DialogCode.Accepted
