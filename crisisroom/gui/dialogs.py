"""How every window here opens a dialog: deleted when it closes, and without a nested event loop."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

W = TypeVar("W", bound=QWidget)


def open_dialog(dialog: W, *, accepted: Callable[[W], object] | None = None, modeless: bool = False) -> W:
    """Show ``dialog`` and return it.

    Window-modal through ``open()`` (no nested event loop), or ``modeless`` (shown, brought to the
    front: a wizard, a review kept open during a meeting). ``accepted`` is called with the dialog
    when the person confirms it.
    """
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if accepted is not None:
        assert isinstance(dialog, QDialog)
        dialog.accepted.connect(lambda: accepted(dialog))
    if modeless or not isinstance(dialog, QDialog):
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
    else:
        dialog.open()
    return dialog
