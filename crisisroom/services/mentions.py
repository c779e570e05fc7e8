"""Mentions and the rules they trigger: import, add, relabel, edit the rules, acknowledge an alert.

The one path the window, the command line, the demo and the drills share, so all behave the same:
each change is stored (as its log entry, ``storage.mentions`` / ``storage.rules``) and then the
rules are evaluated once, here and nowhere else (:func:`evaluate`), so the firings recorded are
what the stored mentions and the rules call for. Every use case returns a
:class:`~crisisroom.services.changes.Done`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Incident
from crisisroom.domain.mentions import Mention, RowRejection, Sentiment
from crisisroom.domain.rules import Rule
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import drills, mentions, organisation, rules
from crisisroom.storage.database import Database
from crisisroom.storage.mentions import ImportSummary
from crisisroom.storage.rules import StoredFiring

if TYPE_CHECKING:
    from crisisroom.importers.results import ImportWarning

ADDED_BY_HAND = "the mention added by hand"  # the cause a revision names after a mention is added
SHARED = "the mentions the team's laptops share"  # … after a sync brought other laptops' entries


@dataclass(frozen=True)
class ImportOutcome:
    summary: ImportSummary
    firings: list[StoredFiring]
    # Dates without a time, local time in disguise…: one per kind, for the summary and --json.
    warnings: list[ImportWarning] = field(default_factory=list)


@dataclass(frozen=True)
class Added:
    """A mention added by hand: whether it was new, as stored (its sentiment detected when none was given)."""

    added: bool
    mention: Mention
    firings: list[StoredFiring]


def file_sha256(path: Path) -> str:
    """The export's fingerprint, kept with the import so a later review can tell which file it was."""
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def evaluate(database: Database, incident_id: str, *, cause: str = rules.RECHECKED) -> Done[list[StoredFiring]]:
    """Record what the incident's mentions and the rules call for now; the value is the new firings
    (the ones to announce). An unchanged truth writes nothing.

    ``cause`` is what a revision entry names as the reason (the file imported, the relabel…).
    """
    if not rules.pending(database, incident_id):
        return Done([], Changes.NONE, incident_id)
    fired = rules.evaluate(database, incident_id, cause=cause)
    return Done(fired, Changes.ALERTS | Changes.LOG, incident_id)


def recheck(database: Database, incident_id: str) -> Done[list[StoredFiring]]:
    """Firings a crash kept from being recorded (between a change and its evaluation) are recorded now.

    Called when an incident is shown (the window, ``crisisroom status``) and when an import starts.
    A read-only connection records nothing.
    """
    if not database.writable or drills.bursts_coming_in(database, incident_id):
        # A drill played on another laptop whose burst's posts have not all come: the rules are judged
        # there (and here once they are in), never over part of its posts.
        return Done([], Changes.NONE, incident_id)
    return evaluate(database, incident_id, cause=rules.RECHECKED)


def rules_input(database: Database, incident_id: str) -> tuple[int, str]:
    """A mark of the incident's mentions as the rules read them, taken before a sync (see :func:`after_sync`)."""
    return mentions.rules_input(database, incident_id)


def after_sync(
    database: Database, incident_id: str, *, closer: bool, before: tuple[int, str]
) -> Done[list[StoredFiring]]:
    """Re-check a shared incident's firings after a sync took other laptops' entries (design: "Several
    laptops, one incident").

    A laptop re-checks when what it took changed the mentions (``before`` is :func:`rules_input` from
    before the sync): an import, a burst's posts, a relabel on another laptop. The laptop that started
    sharing the incident (``closer``) re-checks after every sync that took anything, since concurrent
    evaluations on several laptops, each over what it held, can leave firings that no laptop's
    mentions call for; its re-check is written after everything it holds, so once it holds every
    laptop's entries the firings on every laptop are the rules' answer for all of the mentions.
    Laptops re-checking the same entries record the same changes, which their handlers apply once.
    Nothing is re-checked while a burst another laptop plays is still coming in.
    """
    if not closer and mentions.rules_input(database, incident_id) == before:
        return Done([], Changes.NONE, incident_id)
    if drills.bursts_coming_in(database, incident_id):
        return Done([], Changes.NONE, incident_id)
    return evaluate(database, incident_id, cause=SHARED)


def _stored(
    database: Database, incident_id: str, outcome: ImportOutcome, missed: Done[list[StoredFiring]], cause: str
) -> Done[ImportOutcome]:
    evaluated = evaluate(database, incident_id, cause=cause)
    changes = Changes.MENTIONS | Changes.LOG | missed.changes | evaluated.changes
    return Done(ImportOutcome(outcome.summary, missed.value + evaluated.value, outcome.warnings), changes, incident_id)


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
) -> Done[ImportOutcome]:
    """Import one export into ``incident``; nothing is stored unless every row could be used
    (or ``skip_bad_rows`` was asked for, and then each skipped row is in the summary).

    Times without an offset are read in ``tz`` (an IANA name or offset), else the incident's zone.

    Raises:
        UserError: an unreadable file, a bad mapping, an undecidable date order, a bad row,
            every row skipped (with ``skip_bad_rows``), a cancel, or a storage failure; the
            database is then unchanged.
    """
    # The readers load with the first import, not with the window.
    from crisisroom.importers import pipeline
    from crisisroom.importers.results import ParsedMention

    # Firings that a crash kept from being recorded after an earlier import are recorded (and announced)
    # now; they are due whether or not this import succeeds.
    missed = recheck(database, incident.id)
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
    return _stored(database, incident.id, ImportOutcome(summary, [], warnings), missed, path.name)


def import_mentions(
    database: Database,
    incident_id: str,
    items: Iterable[Mention],
    *,
    source: str,
    file_format: str,
    preset: str,
    author: str,
) -> Done[ImportOutcome]:
    """Store mentions made here rather than read from a file (the demo's exports, the self-test's sample),
    all or none, and evaluate the rules as after any import (``source`` names the cause)."""
    missed = recheck(database, incident_id)
    summary = mentions.import_mentions(
        database, incident_id, items, source=source, file_format=file_format, preset=preset, author=author
    )
    return _stored(database, incident_id, ImportOutcome(summary, []), missed, source)


def add_mention(database: Database, incident_id: str, mention: Mention, *, author: str) -> Done[Added]:
    """One mention typed or pasted by a person. Without a sentiment, it is detected from the text
    (VADER, or a lexicon for the languages that have one), as an import does.

    Raises:
        InvalidInputError: neither text nor link, or an implausible date; nothing is stored.
    """
    if mention.sentiment is None:
        from crisisroom.importers.sentiment import classify  # the lexicons load on first use

        mention = classify([mention.text])[0].apply(mention)
    added = mentions.add_mention(database, incident_id, mention, author=author)
    evaluated = evaluate(database, incident_id, cause=ADDED_BY_HAND)
    changes = (Changes.MENTIONS | Changes.LOG if added else Changes.NONE) | evaluated.changes
    return Done(Added(added, mention, evaluated.value), changes, incident_id)


def relabel(database: Database, seq: int, sentiment: Sentiment, *, author: str) -> Done[list[StoredFiring]]:
    """A person corrects mention ``seq``'s sentiment (logged); the value is the new firings.

    Raises:
        NotFoundError: no such mention.
    """
    incident_id = mentions.incident_of(database, seq)
    if not mentions.relabel(database, seq, sentiment, author=author):
        return Done([], Changes.NONE, incident_id)
    evaluated = evaluate(database, incident_id, cause=f"mention #{seq} relabelled {sentiment.value}")
    return Done(evaluated.value, Changes.MENTIONS | Changes.LOG | evaluated.changes, incident_id)


def save_rules(database: Database, rule_set: Sequence[Rule], *, author: str) -> Done[dict[str, list[StoredFiring]]]:
    """Replace the escalation rules (validated first: a bad rule changes nothing) and re-derive every
    open incident's firings under them. The value is the new firings (to announce) by incident id.

    Raises:
        InvalidInputError: a rule that cannot be used, or two with one id.
    """
    if not rules.save(database, rule_set, author=author):
        return Done({}, Changes.NONE)
    fired: dict[str, list[StoredFiring]] = {}
    for incident_id in rules.incidents_to_recheck(database):
        new = evaluate(database, incident_id, cause=rules.RULES_CHANGED).value
        if new:
            fired[incident_id] = new
    return Done(fired, Changes.SETTINGS | Changes.ALERTS | Changes.LOG)


def acknowledge(database: Database, firing_id: str, *, author: str) -> Done[bool]:
    """Someone has seen an alert and is acting on it (logged); False when it already was acknowledged.

    Raises:
        NotFoundError: no such firing.
    """
    done = rules.acknowledge(database, firing_id, author=author)
    return Done(done, Changes.ALERTS | Changes.LOG if done else Changes.NONE)
