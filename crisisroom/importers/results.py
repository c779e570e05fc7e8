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


@dataclass(frozen=True)
class ImportWarning:
    """Something about the rows an import took that a person should know, once per kind.

    Attributes:
        kind: ``date-only`` (a date but no time of day) or ``local-time`` (the times look like
            local time in another zone than the one they were read in).
        message: one sentence saying how many rows, the first lines, and what to do.
        count: how many rows.
        lines: the first few of those rows' lines (sheet rows for XLSX).
        zone: for ``local-time``, the ``--tz`` proposed; otherwise ``""``.
    """

    kind: str
    message: str
    count: int
    lines: tuple[int, ...]
    zone: str = ""

    def as_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": self.kind,
            "message": self.message,
            "count": self.count,
            "lines": list(self.lines),
        }
        if self.zone:
            data["zone"] = self.zone
        return data
