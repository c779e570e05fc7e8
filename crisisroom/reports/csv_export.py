"""CSV exports of the log, the mentions, the messages and the call tree, that open cleanly in a spreadsheet.

UTF-8 with a byte-order mark, so Excel reads accents and emoji right; CRLF line ends (RFC 4180);
every text cell a spreadsheet would run as a formula (``=``, ``+``, ``-``, ``@``, tab, CR) gets a
leading apostrophe (DESIGN.md; :func:`crisisroom.domain.spreadsheet.neutralise_formula`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from crisisroom.domain.spreadsheet import neutralise_formula

BOM = "\ufeff"
CSV_KINDS = ("situation", "activity-log", "messages", "mentions")
# A corrected entry is one row with its latest text; the last columns say when, by whom and from what.
LOG_COLUMNS = (
    "Date",
    "Time",
    "Kind",
    "Notable activity",
    "Who",
    "Written down",
    "Corrected",
    "Corrected by",
    "Corrected from",
)
MESSAGE_COLUMNS = (
    "To",
    "From",
    "Subject",
    "Message",
    "Written",
    "Approved by",
    "Approver role",
    "Approved",
    "Released on",
    "Released",
    "Released by",
)
MENTION_COLUMNS = ("Posted", "Platform", "Author", "Text", "Link", "Sentiment", "Sentiment from", "Reach")
# The situation report's call tree: one row per person, so a spreadsheet counts them by state.
CALL_TREE_COLUMNS = ("Person", "In the chain", "State", "Since", "Attempts", "Every attempt")


def _cell(value: Any) -> str:
    # Numbers we computed stay numbers; only text can carry a formula typed by someone.
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | float):
        return str(value)
    return neutralise_formula(str(value))


def csv_bytes(columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """A whole CSV file: BOM, header, rows, every text cell formula-safe."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_cell(c) for c in columns])
    for row in rows:
        writer.writerow([_cell(c) for c in row])
    return (BOM + out.getvalue()).encode("utf-8")


def activity_log_csv(data: Mapping[str, Any]) -> bytes:
    """The ICS 214 activity log (data from :func:`crisisroom.reports.data.activity_log`)."""
    return csv_bytes(
        LOG_COLUMNS,
        (
            (
                r["date"],
                r["time"],
                r["kind"],
                r["activity"],
                r["who"],
                r["recorded"],
                r["corrected_at_sortable"],
                r["corrected_by"],
                r["superseded"],
            )
            for r in data["rows"]
        ),
    )


def messages_csv(data: Mapping[str, Any]) -> bytes:
    """One row per approved message version (data from :func:`crisisroom.reports.data.message_sheets`)."""
    return csv_bytes(
        MESSAGE_COLUMNS,
        (
            (
                s["to"],
                s["from"],
                s["subject"],
                s["message"],
                s["written_sortable"],
                s["approver_name"],
                s["approver_role"],
                s["approved_sortable"],
                s["released_where"],
                s["released_sortable"],
                s["released_by"],
            )
            for s in data["sheets"]
        ),
    )


def call_tree_csv(data: Mapping[str, Any]) -> bytes:
    """The situation report's call tree: each person of the chain with their state and every attempt
    (data from :func:`crisisroom.reports.data.situation`)."""
    return csv_bytes(
        CALL_TREE_COLUMNS,
        ((r["name"], r["in_chain"], r["state"], r["since"], r["attempts"], r["history"]) for r in data["call_tree"]),
    )


def mentions_csv(rows: Iterable[Mapping[str, Any]]) -> bytes:
    """Mentions, oldest first (rows from :func:`crisisroom.services.reports.mention_rows`)."""
    return csv_bytes(
        MENTION_COLUMNS,
        (
            (r["posted"], r["platform"], r["author"], r["text"], r["url"], r["sentiment"], r["source"], r["reach"])
            for r in rows
        ),
    )
