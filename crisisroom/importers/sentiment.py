"""Sentiment: the export's own labels normalised, and VADER for mentions that have none.

Labels come as words (``Negative``, ``neg``), as Talkwalker's −5…5 scale, as −1/0/1 or as a
polarity between −1 and 1. Numbers use VADER's neutral band (−0.05, 0.05), which leaves whole
numbers on their sign and keeps a polarity of 0.01 neutral, as VADER itself would.

VADER (``vaderSentiment``; the lexicon ships in the wheel, so it works offline) scores a text's
``compound`` from −1 to 1: ≤ −0.05 is negative, ≥ 0.05 positive, otherwise neutral (DESIGN.md).
It manages roughly 15,000 short texts a second on one core. For large files
:class:`ParallelClassifier` spreads chunks over worker processes started with ``spawn`` (safe
next to Qt's threads, unlike ``fork``), each loading the lexicon once.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from functools import lru_cache
from types import TracebackType
from typing import TYPE_CHECKING

from crisisroom.domain.mentions import Sentiment
from crisisroom.importers.errors import ValueProblem
from crisisroom.importers.results import RawValue

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

NEGATIVE_AT_MOST = -0.05
POSITIVE_AT_LEAST = 0.05
# Texts per task sent to a worker: large enough that pickling and scheduling are noise,
# small enough that both workers stay busy and memory stays flat.
CHUNK_SIZE = 2_000

_LABELS = {
    "negative": Sentiment.NEGATIVE,
    "neg": Sentiment.NEGATIVE,
    "very negative": Sentiment.NEGATIVE,
    "somewhat negative": Sentiment.NEGATIVE,
    "neutral": Sentiment.NEUTRAL,
    "neu": Sentiment.NEUTRAL,
    "mixed": Sentiment.NEUTRAL,  # neither side wins; counting it negative would raise false alarms
    "positive": Sentiment.POSITIVE,
    "pos": Sentiment.POSITIVE,
    "very positive": Sentiment.POSITIVE,
    "somewhat positive": Sentiment.POSITIVE,
}
# What tools write when they did not rate a mention: classify it ourselves.
_UNRATED = {"", "-", "n/a", "na", "none", "null", "unknown", "not rated", "unrated", "not set", "undefined"}

_analyzer: SentimentIntensityAnalyzer | None = None


def normalise(value: RawValue) -> Sentiment | None:
    """The export's sentiment cell as a :class:`Sentiment`; ``None`` when it is empty or unrated.

    Raises:
        ValueProblem: a label we do not know (the message lists the ones we do).
    """
    if value is None or isinstance(value, bool):
        if value is None:
            return None
        raise ValueProblem(f"sentiment {value!r} is not negative, neutral or positive")
    if isinstance(value, int):
        return from_compound(max(-1, min(value, 1)))  # float() of a huge int overflows
    if isinstance(value, float):
        return _from_number(value)
    if not isinstance(value, str):
        raise ValueProblem(f"sentiment {value!r} is not negative, neutral or positive")
    return _from_text(value)


@lru_cache(maxsize=1024)  # an export uses a handful of spellings a million times
def _from_text(value: str) -> Sentiment | None:
    text = " ".join(value.split()).lower()
    if text in _UNRATED:
        return None
    label = _LABELS.get(text)
    if label is not None:
        return label
    try:
        number = float(text.replace("\u2212", "-").replace(",", "."))
    except ValueError:
        shown = value.strip()
        shown = shown if len(shown) <= 40 else shown[:37] + "..."
        raise ValueProblem(
            f"sentiment {shown!r} is not negative, neutral or positive (nor a number like -5…5)"
        ) from None
    return _from_number(number)


def from_compound(compound: float) -> Sentiment:
    """The label for a VADER compound score (or any polarity from −1 to 1)."""
    if compound <= NEGATIVE_AT_MOST:
        return Sentiment.NEGATIVE
    if compound >= POSITIVE_AT_LEAST:
        return Sentiment.POSITIVE
    return Sentiment.NEUTRAL


def classify(texts: Iterable[str]) -> list[Sentiment]:
    """VADER labels for texts, in order, in this process."""
    analyzer = _get_analyzer()
    return [from_compound(analyzer.polarity_scores(text)["compound"]) for text in texts]


def classify_parallel(
    texts: Sequence[str], *, workers: int | None = None, chunk_size: int = CHUNK_SIZE
) -> list[Sentiment]:
    """VADER labels for many texts using several processes; the same labels as :func:`classify`."""
    with ParallelClassifier(workers) as pool:
        futures = [pool.submit(texts[start : start + chunk_size]) for start in range(0, len(texts), chunk_size)]
        return [label for future in futures for label in future.result()]


def default_workers() -> int:
    """One worker per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # macOS and Windows have no affinity call
        return max(1, os.cpu_count() or 1)


class ParallelClassifier:
    """A pool of worker processes classifying chunks of texts; use as a context manager.

    Workers are started with ``spawn``: ``fork`` would copy a process that may be running Qt
    threads and holding locks. A frozen (PyInstaller) build must call
    ``multiprocessing.freeze_support()`` first thing in its entry point.
    """

    def __init__(self, workers: int | None = None) -> None:
        self.workers = workers or default_workers()
        self._executor = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
        )

    def submit(self, texts: Sequence[str]) -> Future[list[Sentiment]]:
        """Classify one chunk in a worker; the future's result is the labels in order."""
        return self._executor.submit(_classify_chunk, list(texts))

    def close(self, *, cancel: bool = False) -> None:
        """Stop the workers; ``cancel`` drops chunks not started yet (after an error or a cancel)."""
        self._executor.shutdown(wait=True, cancel_futures=cancel)

    def __enter__(self) -> ParallelClassifier:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close(cancel=kind is not None)


def _from_number(number: float) -> Sentiment:
    if number != number:  # NaN
        raise ValueProblem("sentiment is not a number (NaN)")
    if number in (math.inf, -math.inf):
        raise ValueProblem("sentiment is not a number on a scale (infinite)")
    return from_compound(number)


def _get_analyzer() -> SentimentIntensityAnalyzer:
    global _analyzer
    if _analyzer is None:
        # Lazily: loading the lexicon takes a twentieth of a second, and most imports never need it.
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

        _analyzer = SentimentIntensityAnalyzer()
    return _analyzer


def _start_worker() -> None:
    _get_analyzer()  # once per worker, before the first chunk arrives


def _classify_chunk(texts: list[str]) -> list[Sentiment]:
    return classify(texts)
