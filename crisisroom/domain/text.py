"""Small text helpers shared by messages, reports and the windows."""

from __future__ import annotations

from typing import Any


def sentence(value: Any) -> str:
    """Text as a sentence: first letter capitalised, a full stop added when it has no ending."""
    text = str(value).strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text[-1] in ".!?…" else text + "."
