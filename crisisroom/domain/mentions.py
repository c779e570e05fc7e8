"""Mentions from social listening, and their hourly counts."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from crisisroom.domain.errors import InvalidInputError


class Sentiment(StrEnum):
    NEGATIVE = "negative"
    NEUTRAL = "neutral"
    POSITIVE = "positive"

    @classmethod
    def parse(cls, text: str) -> Sentiment:
        """Accept the value in any case.

        Raises:
            InvalidInputError: naming the accepted values.
        """
        try:
            return cls(text.strip().lower())
        except ValueError:
            raise InvalidInputError(f"sentiment must be negative, neutral or positive, not {text!r}") from None


class SentimentSource(StrEnum):
    """Where a mention's sentiment came from."""

    EXPORT = "export"  # the listening tool's own label
    VADER = "vader"  # classified offline here
    MANUAL = "manual"  # a person set or corrected it


# The fields a mention has; ``--map FIELD=COLUMN`` names these.
FIELDS = ("posted_at", "text", "author", "url", "external_id", "sentiment", "platform", "reach")


@dataclass(frozen=True)
class Mention:
    """One post, article or comment, as stored. ``posted_at`` is UTC in the stored form."""

    posted_at: str
    text: str
    author: str = ""
    url: str = ""
    external_id: str = ""
    platform: str = ""
    sentiment: Sentiment | None = None
    sentiment_source: SentimentSource | None = None
    reach: int | None = None

    def dedupe_key(self) -> str:
        """What makes two mentions the same one: the export's id, else the link, else the content.

        Re-importing a file, or an overlapping export of the same tool, then adds nothing.
        """
        if self.external_id:
            return f"id:{self.platform.lower()}:{self.external_id}"
        if self.url:
            return f"url:{self.url.strip()}"
        digest = hashlib.sha256(f"{self.posted_at}\x1f{self.author}\x1f{self.text}".encode()).hexdigest()
        return f"text:{digest[:32]}"


@dataclass(frozen=True)
class HourCount:
    """Mentions posted in one UTC clock hour (``hour`` is its start, e.g. ``2026-03-14T13:00:00Z``)."""

    hour: str
    total: int
    negative: int


# The moments a mention can plausibly have been posted: from 1990 up to (not including) 2100, the
# window the importers' epoch parser already trusts. A time outside it is a wrong unit, a typo or
# a hostile file; it is refused on the way in, and anything stored before that refusal existed is
# left out of hourly counts, rules, charts and reports rather than allowed to break them.
EARLIEST_POSTED = datetime(1990, 1, 1, tzinfo=UTC)
LATEST_POSTED = datetime(2100, 1, 1, tzinfo=UTC)  # exclusive
# The same bounds as hour keys, which compare with each other as strings.
EARLIEST_HOUR = "1990-01-01T00:00:00Z"
LATEST_HOUR = "2100-01-01T00:00:00Z"  # exclusive
POSTED_WINDOW = "1990 to 2099"


def plausible_posted_at(stored: str) -> bool:
    """Whether a stored UTC timestamp or an hour key falls in the plausible window."""
    return EARLIEST_HOUR[:13] <= stored[:13] < LATEST_HOUR[:13]


def plausible_hours(counts: Sequence[HourCount]) -> Sequence[HourCount]:
    """``counts`` without the hours outside the plausible window (the same object when all are in it)."""
    if all(plausible_posted_at(c.hour) for c in counts):
        return counts
    return [c for c in counts if plausible_posted_at(c.hour)]


def hour_key(moment: str) -> str:
    """The UTC clock hour a stored timestamp falls in, as ``YYYY-MM-DDTHH:00:00Z``.

    Hour keys compare with each other as strings; to compare one with a stored timestamp, turn
    it into ``…:00:00.000Z`` first (``.`` sorts before ``Z``).
    """
    return moment[:13] + ":00:00Z"


@dataclass(frozen=True)
class RowRejection:
    """A row of an export that could not be used, skipped at the user's request."""

    line: int
    reason: str
