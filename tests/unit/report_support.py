"""A realistic incident for the report tests: log, mentions, firings, statements, notifications, review.

The clock is set (wizard_support.Clock), so every figure the reports compute is known here:
detected 12:30 UTC, opened 13:00, first person notified 13:10, the customers' holding statement
released 13:40 (70 minutes after detection), 60 mentions of which 44 negative.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from crisisroom.domain.clock import to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.services import notify as notify_service
from crisisroom.services import review as review_service
from crisisroom.services import statements as statement_service
from crisisroom.storage import incidents, log, mentions, rules
from crisisroom.storage.database import Database, open_database
from tests.unit.wizard_support import AUTHOR, T0, Clock, assess

XSS = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
FORMULAS = (
    '=HYPERLINK("http://evil.example","click")',
    "+cmd|' /C calc'!A0",
    "-2+3",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
)
HOLDING = (
    "We know some card payments are failing at checkout. Our teams are working on it now. "
    "No card details have been exposed. Next update by 15:00."
)


@dataclass(frozen=True)
class Built:
    incident_id: str
    message_id: str


@contextmanager
def report_database(path: Path) -> Iterator[Database]:
    """A database with every table, the review's included (all are migrations now)."""
    with open_database(path) as database:
        yield database


def _mentions(count: int, *, hour: int, negative: int, prefix: str) -> list[Mention]:
    start = T0 + timedelta(hours=hour)
    items = []
    for n in range(count):
        items.append(
            Mention(
                posted_at=to_iso(start + timedelta(minutes=n * 50 / max(count, 1))),
                text=f"{prefix} {n}: payments still failing for me",
                author=f"user{hour}_{n}",
                url=f"https://social.example/{hour}/{n}",
                platform="X",
                sentiment=Sentiment.NEGATIVE if n < negative else Sentiment.NEUTRAL,
                sentiment_source=SentimentSource.EXPORT,
            )
        )
    return items


def build_incident(
    database: Database,
    clock: Clock,
    *,
    drill: bool = False,
    title: str = "Card payments failing at checkout",
    typed: str = "",
    with_review: bool = True,
) -> Built:
    """The incident every report test renders; ``typed`` is put in every field a person types."""
    clock.at()
    incident = incidents.create(
        database,
        title,
        category=Category.OPERATIONAL,
        author=AUTHOR,
        is_drill=drill,
        timezone="Europe/Paris",
        detected_at=to_iso(T0 - timedelta(minutes=30)),
    )
    iid = incident.id
    clock.at(minutes=5)
    assess(
        database,
        iid,
        level=2,
        detected_at=T0 - timedelta(minutes=30),
        what_happened=f"Card payments fail at checkout for about a third of customers. {typed}".strip(),
        facts=[("Card payments fail at checkout", True), (f"The card processor is the cause {typed}".strip(), False)],
    )
    clock.at(minutes=10)
    notify_service.record_notification(database, iid, "p-ben", "Ben Ode", "phone", author=AUTHOR)
    clock.at(minutes=12)
    notify_service.record_notification(database, iid, "p-cy", f"Cy Lam {typed}".strip(), "sms", author=AUTHOR)
    clock.at(minutes=15)
    notify_service.record_acknowledged(database, iid, "p-ben", author=AUTHOR)
    log.append(
        database, iid, f"Asked IT for an estimate of the fix {typed}".strip(), kind=Kind.ACTION, author="Ben Ode"
    )
    log.append(database, iid, "Hold all marketing posts until the fix", kind=Kind.DECISION, author=AUTHOR)
    clock.at(minutes=20)
    draft = statement_service.save_draft_text(
        database, iid, "customers", "holding", f"{HOLDING} {typed}".strip(), author="Cy Lam"
    ).value
    clock.at(minutes=35)
    statement_service.approve(
        database, draft.id, approver_name="Dana Lee", approver_role="Executive approver", author=AUTHOR
    )
    clock.at(minutes=40)
    statement_service.release(database, draft.id, where=["X", "Website"], author="Cy Lam")
    clock.at(minutes=45)
    statement_service.save_draft_text(
        database, iid, "press", "holding", "We are aware of failing payments.", author="Cy Lam"
    )
    # 60 mentions over three hours: 12 + 20 + 12 negative.
    clock.at(hours=4)
    batch = (
        _mentions(20, hour=0, negative=12, prefix=typed or "post")
        + _mentions(25, hour=1, negative=20, prefix="post")
        + _mentions(15, hour=2, negative=12, prefix="post")
    )
    mentions.import_mentions(
        database, iid, batch, source="test export", file_format="csv", preset="test", author=AUTHOR
    )
    rules.evaluate(database, iid)
    incidents.set_level(database, iid, 3, author=AUTHOR, reason="Negative mentions keep rising")
    if with_review:
        clock.at(hours=6)
        review_service.add_note(
            database, iid, "went-well", f"Holding statement out within 70 minutes {typed}".strip(), author=AUTHOR
        )
        review_service.add_note(database, iid, "to-improve", "The press statement waited for approval", author=AUTHOR)
        review_service.add_note(
            database, iid, "lesson", "Pre-approve a payment-outage holding statement", author=AUTHOR
        )
        review_service.add_action(
            database,
            iid,
            f"Write the payment-outage template {typed}".strip(),
            owner="Cy Lam",
            due="2026-03-20",
            author=AUTHOR,
        )
        done = review_service.add_action(
            database,
            iid,
            "Add the processor's status page to monitoring",
            owner="Ben Ode",
            due="2026-03-16",
            author=AUTHOR,
        ).value
        review_service.close_action(database, done.id, author="Ben Ode")
        review_service.add_adjustment(
            database, iid, "rules", "Lower the 'assign' threshold to 4 negative per hour", author=AUTHOR
        )
    clock.at(hours=7)
    return Built(iid, draft.id)
