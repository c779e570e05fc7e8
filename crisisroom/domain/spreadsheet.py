"""Cells that open safely in a spreadsheet.

Excel, LibreOffice and Google Sheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a
formula (and a leading tab or carriage return can smuggle one in), so a name like
``=HYPERLINK("http://evil", "click")`` in an export would become a live link or worse. OWASP's
advice, followed here: prefix such a cell with an apostrophe, which spreadsheets show as text.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise_formula(value: str) -> str:
    """``"+44 20 7946 0000"`` → ``"'+44 20 7946 0000"``; other text is returned unchanged."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def restore_formula(value: str) -> str:
    """Undo :func:`neutralise_formula` when reading a file this room wrote (or a spreadsheet saved)."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value
