"""What an import yields: a parsed mention or a problem with one row, each with its line number."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from crisisroom.domain.mentions import Mention, RowRejection

# One cell as a reader delivers it: text from CSV and JSON, numbers and booleans from JSON and
# XLSX, dates and times from XLSX cells formatted as such.
RawValue = str | int | float | bool | datetime | date | time | None
RawRow = dict[str, RawValue]

# A row that cannot become a mention: ``line`` (sheet row for XLSX) and ``reason``. It is the
# domain's RowRejection itself, so storage records skipped rows without a conversion.
RowProblem = RowRejection


@dataclass(frozen=True)
class ParsedMention:
    """A row that became a mention.

    Attributes:
        line: where the row starts in the file (sheet row for XLSX), counting from 1.
        mention: the mention, ``posted_at`` in the stored UTC form.
    """

    line: int
    mention: Mention


Parsed = ParsedMention | RowProblem
