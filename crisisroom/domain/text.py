"""Small text helpers shared by messages, reports and the windows."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def sentence(value: Any) -> str:
    """Text as a sentence: first letter capitalised, a full stop added when it has no ending."""
    text = str(value).strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it (the core has no Qt).

    ``pyside6-lupdate`` extracts every call of a function with exactly this name, so core labels
    that the windows show (level names, kinds, categories, rule names) reach the translators. The
    GUI translates them where it displays them, with ``crisisroom.gui.i18n.label(context, text)``.
    Call it by this name only (no alias), with two string literals, or lupdate cannot see it.
    """
    del context
    return text


def as_written(context: str, text: str) -> str:
    """No translation: the English a label is marked with (the default where a caller may translate)."""
    del context
    return text


_translator: Callable[[str, str], str] | None = None


def set_translator(translator: Callable[[str, str], str] | None) -> None:
    """Install the function that translates ``(context, text)`` for :func:`translate` (None: English).

    The GUI installs Qt's ``QCoreApplication.translate`` at start-up, so text the core composes for
    the windows (chart hover texts, legends) follows the interface language; the command line
    installs nothing and stays English.
    """
    global _translator
    _translator = translator


def translate(context: str, text: str) -> str:
    """``text`` in the interface language, when the GUI installed a translator; else as written.

    lupdate extracts ``translate("Context", "Text")`` calls, so call it with two string literals and
    fill in values afterwards with ``.format(name=...)``.
    """
    if _translator is None or not text:
        return text
    return _translator(context, text) or text  # an unknown text comes back as written
