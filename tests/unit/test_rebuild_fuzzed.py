"""A fuzzed sequence of operations, through the services the window and the command line call,
rebuilt from the log alone: every state table comes back the same.

Each example drives one file with a FixedClock that only moves forward, through a random mix of
incident, log, record, mention, checklist, notify, statement, review, team and settings
operations. Operations a person could get refused (a second resolve, approving a released text…)
are allowed to fail: a refused change must leave nothing behind, which the comparison checks too.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisroom.domain.clock import FixedClock, to_iso
from crisisroom.domain.errors import UserError
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.domain.notifications import Outcome
from crisisroom.services import checklist, incidents, log, mentions, notify, record, review, statements, team
from crisisroom.services import settings as org
from crisisroom.storage import incidents as incident_store
from crisisroom.storage import log as log_store
from crisisroom.storage import team as team_store
from crisisroom.storage.database import Database, open_database
from tests.unit.rebuild_support import differences

T0 = datetime(2026, 5, 4, 8, 0, tzinfo=UTC)
WHO = ("Ana Berg", "Omar Haddad", "Lea Roux")


class Room:
    """One file and what the operations need to pick from."""

    def __init__(self, database: Database, clock: FixedClock, rnd: random.Random) -> None:
        self.database, self.clock, self.rnd = database, clock, rnd
        self.posts = 0

    def author(self) -> str:
        return self.rnd.choice(WHO)

    def incident(self) -> str | None:
        found = incident_store.list_incidents(self.database, include_drills=True)
        return self.rnd.choice(found).id if found else None


def _open(room: Room) -> None:
    incidents.open_incident(
        room.database,
        room.rnd.choice(("Kettles overheating", "Outage in the north", "Leaked price list")),
        category=room.rnd.choice(list(Category)),
        author=room.author(),
        level=room.rnd.choice((None, 1, 2, 3)),
        drill=room.rnd.random() < 0.2,
        timezone=room.rnd.choice(("UTC", "Europe/Stockholm", "America/New_York")),
    )


def _level(room: Room, incident: str) -> None:
    call = incidents.reassess if room.rnd.random() < 0.3 else incidents.set_level
    call(room.database, incident, room.rnd.randint(1, 5), author=room.author(), reason="fuzz")


def _close(room: Room, incident: str) -> None:
    call = incidents.resolve if room.rnd.random() < 0.6 else incidents.reopen
    call(room.database, incident, author=room.author(), note=room.rnd.choice(("", "done")))


def _note(room: Room, incident: str) -> None:
    entries = log_store.entries(room.database, incident)
    if entries and room.rnd.random() < 0.3:
        log.correct(room.database, room.rnd.choice(entries).id, "Corrected: the time was 14:05", author=room.author())
        return
    kind = room.rnd.choice((Kind.NOTE, Kind.DECISION, Kind.ACTION))
    log.add_entry(room.database, incident, f"{kind.value} {room.rnd.random():.4f}", author=room.author(), kind=kind)


def _fact(room: Room, incident: str) -> None:
    made = record.add_fact(room.database, incident, f"Fact {room.rnd.randint(1, 99)}", verified=False, author="Ana")
    if room.rnd.random() < 0.5:
        record.set_fact_verified(room.database, made.value.id, True, author=room.author())


def _coverage(room: Room, incident: str) -> None:
    record.add_coverage(
        room.database,
        incident,
        outlet=room.rnd.choice(("Daily Post", "Radio North")),
        tone=room.rnd.choice(list(Sentiment)),
        author=room.author(),
        link=f"https://news.example/{room.rnd.randint(1, 10**6)}",
    )


def _mentions(room: Room, incident: str) -> None:
    items = []
    for _ in range(room.rnd.randint(1, 30)):
        room.posts += 1
        posted = room.clock.now() - timedelta(minutes=room.rnd.randint(0, 600))
        items.append(
            Mention(
                posted_at=to_iso(posted),
                text=room.rnd.choice(("awful service, angry", "thanks for the quick fix", "any news?")),
                url=f"https://social.example/p/{room.rnd.randint(1, 60)}",
                platform="x",
                sentiment=room.rnd.choice((Sentiment.NEGATIVE, Sentiment.NEGATIVE, Sentiment.NEUTRAL)),
                sentiment_source=SentimentSource.EXPORT,
            )
        )
    mentions.import_mentions(
        room.database, incident, items, source="fuzz.csv", file_format="csv", preset="generic", author=room.author()
    )
    seqs = [row[0] for row in room.database.query("SELECT seq FROM mentions WHERE incident_id = ?", (incident,))]
    if seqs and room.rnd.random() < 0.5:
        mentions.relabel(room.database, room.rnd.choice(seqs), room.rnd.choice(list(Sentiment)), author=room.author())


def _checklist(room: Room, incident: str) -> None:
    choice = room.rnd.random()
    if choice < 0.4:
        checklist.add_own(room.database, incident, f"Call the insurer {room.rnd.randint(1, 9)}", author=room.author())
    elif choice < 0.7:
        checklist.set_product_recall(room.database, incident, room.rnd.random() < 0.5, author=room.author())
    else:
        items = room.database.query("SELECT key FROM checklist_items WHERE incident_id = ?", (incident,))
        if items:
            key = room.rnd.choice(items)[0]
            checklist.tick(room.database, incident, key, room.rnd.random() < 0.7, author=room.author())


def _notify(room: Room, incident: str) -> None:
    people = team_store.list_people(room.database)
    if not people:
        return
    person = room.rnd.choice(people)
    outcome = room.rnd.choice(list(Outcome))
    notify.record_outcome(room.database, incident, person.id, person.name, outcome, author=room.author())


def _statement(room: Room, incident: str) -> None:
    done = statements.save_draft_text(
        room.database,
        incident,
        "customers",
        room.rnd.choice(("holding", "update")),
        f"We are looking into it ({room.rnd.randint(1, 9)}).",
        author=room.author(),
    )
    message = done.value
    if room.rnd.random() < 0.6:
        message = statements.approve(
            room.database, message.id, approver_name="Ana Berg", approver_role="lead", author="Ana Berg"
        ).value
        if room.rnd.random() < 0.6:
            statements.release(room.database, message.id, where=("website",), author=room.author())


def _review(room: Room, incident: str) -> None:
    if room.rnd.random() < 0.5:
        review.add_note(room.database, incident, "went-well", "Calls were quick", author=room.author())
    else:
        made = review.add_action(
            room.database, incident, "Update the call list", owner="Omar", due="2026-06-01", author=room.author()
        )
        if room.rnd.random() < 0.5:
            review.close_action(room.database, made.value.id, author=room.author())


def _organisation(room: Room) -> None:
    choice = room.rnd.random()
    if choice < 0.4:
        org.set_name(room.database, room.rnd.choice(("Acme Kettles", "Nordic Power")), author=room.author())
    elif choice < 0.7:
        people = team_store.list_people(room.database)
        if people:
            person = room.rnd.choice(people)
            team.set_levels(room.database, person.id, sorted(room.rnd.sample((1, 2, 3, 4, 5), 2)), author="Ana")
    else:
        org.set_timezone(room.database, room.rnd.choice(("Europe/Stockholm", "UTC")), author=room.author())


ON_INCIDENT: tuple[Callable[[Room, str], None], ...] = (
    _level,
    _close,
    _note,
    _fact,
    _coverage,
    _mentions,
    _checklist,
    _notify,
    _statement,
    _review,
)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 2**32 - 1), steps=st.integers(5, 40))
def test_a_fuzzed_sequence_of_operations_is_rebuilt_from_the_log(seed: int, steps: int) -> None:
    rnd = random.Random(seed)
    clock = FixedClock(T0)
    with tempfile.TemporaryDirectory() as folder, open_database(Path(folder) / "room.sqlite", clock=clock) as database:
        room = Room(database, clock, rnd)
        _open(room)
        for _ in range(steps):
            clock.advance(minutes=rnd.randint(0, 90), seconds=rnd.randint(0, 59))
            pick = rnd.random()
            try:
                if pick < 0.08:
                    _open(room)
                elif pick < 0.15:
                    _organisation(room)
                else:
                    incident = room.incident()
                    assert incident is not None
                    rnd.choice(ON_INCIDENT)(room, incident)
            except UserError:
                pass  # refused as a person would be; the comparison shows it left nothing behind
        assert differences(database, Path(folder)) == {}
