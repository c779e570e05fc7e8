"""Small real checks that an installation (above all a frozen, PyInstaller one) is whole, and the
sample incident a self-test draws.

``crisisroom --self-test`` adds their results to the JSON it prints, so a packaged build proves
that the parts a freezer tends to lose are there: keyring's backends (found through package
metadata), VADER's lexicon files and its worker processes (``freeze_support``), and the package
data (message templates, drill scenarios). Each check reports what it found; none of them raises.
:func:`seed_incident` writes the self-test's incident through the same services as a person's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from crisisroom.domain.clock import to_iso
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import Kind
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.services import incidents as incident_service
from crisisroom.services import log as log_service
from crisisroom.services import mentions as mention_service
from crisisroom.services.changes import Changes, Done
from crisisroom.storage.database import Database

SEED_AUTHOR = "Self-test"

# Two sentences whose labels VADER has no doubt about, classified in this process and in a worker.
SENTIMENT_PROBES: tuple[tuple[str, Sentiment], ...] = (
    ("Thank you, the team fixed it quickly and kindly!", Sentiment.POSITIVE),
    ("This is a disgrace, I am furious and want my money back.", Sentiment.NEGATIVE),
)


def keyring_backend() -> str:
    """keyring's choice of backend on this computer, as ``module.Class`` (chained ones listed)."""
    try:
        import keyring
        from keyring.backends import chainer

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken installation is what this check is for: report it
        return f"error: {type(exc).__name__}: {exc}"
    name = _class_name(backend)
    if isinstance(backend, chainer.ChainerBackend):
        name += "[" + ", ".join(_class_name(inner) for inner in backend.backends) + "]"
    return name


def sentiment() -> str:
    """Returns "ok" when VADER labels the probes right here and in a worker process, else what went wrong."""
    from crisisroom.importers import sentiment as vader

    texts = [text for text, _ in SENTIMENT_PROBES]
    expected = [label for _, label in SENTIMENT_PROBES]
    for where, classify in (
        ("in this process", vader.classify),
        ("in a worker process", lambda items: vader.classify_parallel(items, workers=1)),
    ):
        try:
            labels = [score.sentiment for score in classify(texts)]
        except Exception as exc:
            return f"failed {where}: {type(exc).__name__}: {exc}"
        if labels != expected:
            got = ", ".join(str(label) for label in labels)
            return f"wrong labels {where}: {got}"
    return "ok"


def message_templates() -> int:
    """How many message templates (not frames or shared parts) ship with the app."""
    from crisisroom.reports.environments import MESSAGES_PREFIX, shipped_names
    from crisisroom.reports.statement_templates import describe

    return sum(1 for name in shipped_names(MESSAGES_PREFIX) if describe(name).kind == "message")


def drill_scenarios() -> int:
    """How many drill scenarios ship with the app (each one parsed, so a broken file counts as a failure)."""
    from crisisroom.drills import scenario

    return len(scenario.shipped())


def run_all() -> tuple[dict[str, Any], bool]:
    """Every check's result by its JSON key, and whether the installation is whole.

    The keyring backend is only reported: which one is right depends on the computer.
    """
    results: dict[str, Any] = {"keyring_backend": keyring_backend(), "sentiment": sentiment()}
    counts: dict[str, Callable[[], int]] = {"message_templates": message_templates, "drill_scenarios": drill_scenarios}
    whole = results["sentiment"] == "ok"
    for key, count in counts.items():
        try:
            results[key] = count()
        except Exception as exc:
            results[key] = f"error: {type(exc).__name__}: {exc}"
            whole = False
        else:
            whole = whole and results[key] > 0
    return results, whole


def _class_name(backend: object) -> str:
    kind = type(backend)
    return f"{kind.__module__}.{kind.__qualname__}"


def seed_incident(database: Database) -> Done[Incident]:
    """A small, plausible incident, so the self-test (and the start-up benchmark) draws a dashboard
    with something in it: three log entries and twelve hours of mentions, busier lately, ending in
    the database's clock's current hour, with the rules evaluated over them."""
    incident = incident_service.open_incident(
        database,
        "Self-test: checkout outage",
        category=Category.OPERATIONAL,
        author=SEED_AUTHOR,
        level=3,
        timezone="UTC",
    ).value
    for kind, text in (
        (Kind.FACT, "Checkout has returned errors since 09:40; support queue is growing."),
        (Kind.DECISION, "Holding statement on all channels within five minutes."),
        (Kind.ACTION, "Paused scheduled promotional posts."),
    ):
        log_service.add_entry(database, incident.id, text, kind=kind, author=SEED_AUTHOR)
    start = database.clock.now().replace(minute=0, second=0, microsecond=0) - timedelta(hours=11)
    sample = [
        Mention(
            posted_at=to_iso(start + timedelta(hours=hour, minutes=(7 * n) % 60)),
            text=f"Checkout still failing ({hour}-{n})",
            external_id=f"self-test-{hour}-{n}",
            platform="X",
            sentiment=Sentiment.NEGATIVE if n < hour else Sentiment.NEUTRAL,
            sentiment_source=SentimentSource.EXPORT,
        )
        for hour in range(12)
        for n in range(4 + hour)
    ]
    # Stored as an import is, and the rules evaluated after it.
    mention_service.import_mentions(
        database,
        incident.id,
        sample,
        source="self-test",
        file_format="generated",
        preset="self-test",
        author=SEED_AUTHOR,
    )
    return Done(incident, Changes.INCIDENTS | Changes.LOG | Changes.MENTIONS | Changes.ALERTS, incident.id)
