"""The record kept beside the steps: facts (verified or not) and the Monitor step's coverage list.

Each use case checks what it is given, words its log entry and records the event
(``storage.events``), whose handler writes the table; each returns a
:class:`~crisisroom.services.changes.Done`.
"""

from __future__ import annotations

import uuid
from datetime import datetime

from crisisroom.domain.clock import to_iso
from crisisroom.domain.coverage import CoverageItem
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.facts import CoverageAdded, FactRecorded, FactVerificationChanged
from crisisroom.domain.facts import Fact, clean_fact
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.mentions import Sentiment
from crisisroom.domain.response_steps import clean_block, clean_line, short
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import coverage, events, incidents
from crisisroom.storage import facts as fact_store
from crisisroom.storage.database import Database

_CHANGES = Changes.STEPS | Changes.LOG

# Ids made from what a fact or a piece of coverage is, so that two laptops sharing the incident that
# record the same fact (or the same link) without seeing each other name one thing (storage/facts.py,
# storage/coverage.py): a fact is one per wording, a piece of coverage one per link.
_FACT_IDS = uuid.UUID("5d0c7e7a-3b8e-4f37-9a51-2f4b8c1d6e90")
_COVERAGE_IDS = uuid.UUID("a7f3c2e1-64d0-4b9a-8e25-0c1f9b7d3a48")


def fact_id(incident_id: str, text: str) -> str:
    """The id of the incident's fact in exactly these (cleaned) words."""
    return str(uuid.uuid5(_FACT_IDS, f"{incident_id}\n{text}"))


def coverage_id(incident_id: str, link: str) -> str:
    """The id of a piece of coverage: one per link; one without a link is always new."""
    return str(uuid.uuid5(_COVERAGE_IDS, f"{incident_id}\n{link}")) if link else str(uuid.uuid4())


def add_fact(database: Database, incident_id: str, text: str, *, verified: bool, author: str) -> Done[Fact]:
    """Record a fact, marked verified or not yet verified, with a ``fact`` log entry.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty text, or the same fact is already recorded for the incident.
    """
    text, author = clean_fact(text), clean_author(author)
    incident = incidents.get(database, incident_id)
    new_id = fact_id(incident.id, text)
    with database.transaction():
        if fact_store.find(database, incident.id, text) is not None:
            raise InvalidInputError(f"this fact is already recorded: {text}")
        events.record(
            database,
            incident.id,
            FactRecorded(incident=incident.id, fact=new_id, text=text, verified=bool(verified)),
            f"Fact, {'verified' if verified else 'not yet verified'}: {text}",
            kind=Kind.FACT,
            author=author,
        )
    return Done(fact_store.get(database, new_id), _CHANGES, incident.id)


def set_fact_verified(database: Database, fact_id: str, verified: bool, *, author: str) -> Done[Fact]:
    """Mark a fact verified (confirmed) or unverified (in doubt again), with a ``fact`` log entry.

    Setting the state it already has changes and logs nothing.

    Raises:
        NotFoundError: no such fact.
    """
    author = clean_author(author)
    with database.transaction():
        fact = fact_store.get(database, fact_id)
        if fact.verified == bool(verified):
            return Done(fact, Changes.NONE, fact.incident_id)
        events.record(
            database,
            fact.incident_id,
            FactVerificationChanged(incident=fact.incident_id, fact=fact.id, verified=bool(verified)),
            f"Fact now verified: {fact.text}" if verified else f"Fact no longer counted as verified: {fact.text}",
            kind=Kind.FACT,
            author=author,
        )
    return Done(fact_store.get(database, fact.id), _CHANGES, fact.incident_id)


def add_coverage(
    database: Database,
    incident_id: str,
    *,
    outlet: str,
    tone: Sentiment | str,
    author: str,
    link: str = "",
    note: str = "",
    published_at: datetime | None = None,
) -> Done[CoverageItem]:
    """Note a piece of coverage (outlet, link, tone, note); logged.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: no outlet, unknown tone, or a link already on the incident's list.
    """
    outlet = clean_line(outlet, "the outlet", limit=300)
    link = clean_line(link, "the link", required=False, limit=2000)
    note = clean_block(note, "the note", required=False, limit=5000)
    tone = Sentiment.parse(str(tone))
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    event = CoverageAdded(
        incident=incident.id,
        coverage=coverage_id(incident.id, link),
        outlet=outlet,
        link=link,
        tone=tone.value,
        note=note,
        published_at=to_iso(published_at) if published_at is not None else None,
    )
    text = f"Coverage noted: {outlet} ({tone.value})"
    if link:
        text += f" {link}"
    if note:
        text += f" · {short(note, 300)}"
    with database.transaction():
        if link and coverage.has_link(database, incident.id, link):
            raise InvalidInputError(f"this link is already on the coverage list: {link}")
        events.record(database, incident.id, event, text, kind=Kind.NOTE, author=author)
    return Done(coverage.get(database, event.coverage), _CHANGES, incident.id)
