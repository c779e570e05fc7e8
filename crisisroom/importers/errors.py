"""The errors an import can end with; each is a :class:`UserError` with a message for a person."""

from __future__ import annotations

from crisisroom.domain.errors import InvalidInputError


class ImportFileError(InvalidInputError):
    """The file as a whole cannot be imported: missing, empty, binary, malformed, header only."""


class BadRowError(InvalidInputError):
    """A row cannot become a mention, and the import is all-or-nothing.

    Attributes:
        line: the line (sheet row for XLSX) where the row starts, counting from 1.
        reason: why, without the line number, e.g. ``no date in column 'Date'``.
    """

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(f"line {line}: {reason}")
        self.line = line
        self.reason = reason


class AmbiguousDateOrder(InvalidInputError):
    """Dates like ``3/4/2026`` cannot be read until someone says day-first or month-first."""


class ValueProblem(Exception):
    """One cell cannot be read (a date that is not a date, a reach that is not a number).

    Internal: the row mapper turns it into a :class:`~crisisroom.importers.results.RowProblem`
    with the line number, so it never reaches a person on its own. The message is the reason.
    """


class AmbiguousZone(InvalidInputError):
    """A time ends in a zone abbreviation with several meanings (``IST``: India, Ireland or Israel).

    It stops the import whatever the options: the message says which zones it could be and how
    to say which one (the import's time zone, ``--tz``).
    """
