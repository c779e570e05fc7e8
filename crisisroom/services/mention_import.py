"""Importing a listening-tool export into an incident: parse, store all-or-nothing, evaluate the rules.

The one path the command line and the import dialog share, so both behave the same.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Incident
from crisisroom.domain.mentions import Mention, RowRejection
from crisisroom.importers import pipeline
from crisisroom.importers.results import ImportWarning, ParsedMention
from crisisroom.storage import mentions, organisation, rules
from crisisroom.storage.database import Database
from crisisroom.storage.mentions import ImportSummary
from crisisroom.storage.rules import StoredFiring


@dataclass(frozen=True)
class ImportOutcome:
    summary: ImportSummary
    firings: list[StoredFiring]
    # Dates without a time, local time in disguise…: one per kind, for the summary and --json.
    warnings: list[ImportWarning] = field(default_factory=list)


def file_sha256(path: Path) -> str:
    """The export's fingerprint, kept with the import so a later review can tell which file it was."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def import_file(
    database: Database,
    incident: Incident,
    path: Path,
    *,
    author: str,
    mapping: Mapping[str, str] | None = None,
    tz: str | None = None,
    date_order: str | None = None,
    skip_bad_rows: bool = False,
    file_format: str | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportOutcome:
    """Import one export into ``incident``; nothing is stored unless every row could be used
    (or ``skip_bad_rows`` was asked for, and then each skipped row is in the summary).

    Times without an offset are read in ``tz`` (an IANA name or offset), else the incident's zone.

    Raises:
        UserError: an unreadable file, a bad mapping, an undecidable date order, a bad row,
            every row skipped (with ``skip_bad_rows``), a cancel, or a storage failure; the
            database is then unchanged.
    """
    # Firings that a crash kept from being recorded after an earlier import are recorded (and announced)
    # now; they are due whether or not this import succeeds.
    missed = rules.recheck(database, incident.id)
    zone = zone_from_name(tz or incident.timezone)
    with pipeline.parse(
        path,
        mapping=mapping,
        tz=zone,
        date_order=date_order,
        skip_bad_rows=skip_bad_rows,
        format=file_format,
        progress=progress,
        prefer_zone=organisation.default_timezone(database),
    ) as stream:

        def items() -> Iterator[Mention | RowRejection]:
            usable = 0
            first_problem: RowRejection | None = None
            for item in stream:
                if isinstance(item, ParsedMention):
                    usable += 1
                    yield item.mention
                else:
                    first_problem = first_problem or item
                    yield item
            if not usable and first_problem is not None:
                # Raised while storage is still staging the rows, so nothing is stored.
                raise InvalidInputError(
                    f"{path.name}: no row could be imported; the first skipped is line {first_problem.line}: "
                    f"{first_problem.reason}"
                )

        summary = mentions.import_mentions(
            database,
            incident.id,
            items(),
            source=path.name,
            file_format=stream.kind.format,
            preset=stream.preset.name,
            author=author,
            file_sha256=file_sha256(path),
            cancelled=cancelled,
        )
        warnings = stream.warnings()
    return ImportOutcome(summary, missed + rules.evaluate(database, incident.id, cause=path.name), warnings)
