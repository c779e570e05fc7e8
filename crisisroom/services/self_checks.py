"""Small real checks that an installation (above all a frozen, PyInstaller one) is whole.

``crisisroom --self-test`` adds their results to the JSON it prints, so a packaged build proves
that the parts a freezer tends to lose are there: keyring's backends (found through package
metadata), VADER's lexicon files and its worker processes (``freeze_support``), and the package
data (message templates, drill scenarios). Each check reports what it found; none of them raises.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from crisisroom.domain.mentions import Sentiment

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
