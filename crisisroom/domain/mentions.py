"""Mentions from social listening, and their hourly counts."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
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
    VADER = "vader"  # classified offline here (English)
    LEXICON = "lexicon"  # classified offline here with a Swedish or French lexicon
    MANUAL = "manual"  # a person set or corrected it
    UNSCORED = "unscored"  # no scorer fits the text: its sentiment is left empty, with a reason


# Why a mention was left unscored, as stored (``unscored_reason``); a language is stored as
# ``language:xx`` (ISO 639-1).
TOO_SHORT = "too-short"
UNCLEAR_LANGUAGE = "unclear-language"
LANGUAGE_PREFIX = "language:"


def unscored_kind(reason: str) -> str:
    """The group an unscored reason is counted in: 'language not supported', 'too short' or 'language unclear'."""
    if reason.startswith(LANGUAGE_PREFIX):
        return "language not supported"
    if reason == TOO_SHORT:
        return "too short"
    return "language unclear"


def describe_unscored(reason: str) -> str:
    """One stored reason in words: ``language de not scored``, ``too short to tell the language``."""
    if reason.startswith(LANGUAGE_PREFIX):
        return f"language {reason.removeprefix(LANGUAGE_PREFIX)} not scored"
    if reason == TOO_SHORT:
        return "too short to tell the language"
    return "language unclear"


def unscored_by_kind(reasons: dict[str, int]) -> dict[str, int]:
    """Counts per stored reason grouped by :func:`unscored_kind`, largest first."""
    kinds: dict[str, int] = {}
    for reason, n in reasons.items():
        kinds[unscored_kind(reason)] = kinds.get(unscored_kind(reason), 0) + n
    return dict(sorted(kinds.items(), key=lambda item: (-item[1], item[0])))


def summarise_unscored(reasons: dict[str, int]) -> str:
    """'312 mentions not scored: language not supported (214), too short (98)'; '' when none."""
    total = sum(reasons.values())
    if not total:
        return ""
    parts = ", ".join(f"{kind} ({n:,})" for kind, n in unscored_by_kind(reasons).items())
    return f"{total:,} mention{'' if total == 1 else 's'} not scored: {parts}"


def count_unscored(mentions: Iterable[Mention | None]) -> dict[str, int]:
    """How many of ``mentions`` were left unscored, per stored reason, largest first (``None`` is skipped)."""
    reasons: dict[str, int] = {}
    for mention in mentions:
        if mention is not None and mention.sentiment is None and mention.sentiment_source == SentimentSource.UNSCORED:
            reason = mention.unscored_reason or UNCLEAR_LANGUAGE
            reasons[reason] = reasons.get(reason, 0) + 1
    return dict(sorted(reasons.items(), key=lambda item: (-item[1], item[0])))


def summarise_unscored_sample(reasons: dict[str, int], rows: int) -> str:
    """'12 of the first 200 rows are not scored: language not supported (9), too short (3)'; '' when none."""
    total = sum(reasons.values())
    if not total:
        return ""
    parts = ", ".join(f"{kind} ({n:,})" for kind, n in unscored_by_kind(reasons).items())
    return f"{total:,} of the first {rows:,} rows {'is' if total == 1 else 'are'} not scored: {parts}"


# The fields a mention has; ``--map FIELD=COLUMN`` names these.
FIELDS = ("posted_at", "text", "author", "url", "external_id", "sentiment", "platform", "reach")


@dataclass(frozen=True)
class Mention:
    """One post, article or comment, as stored. ``posted_at`` is UTC in the stored form.

    ``time_known`` is False when the export gave only a date: ``posted_at`` is then midnight in the
    import's zone, and the hourly counts, the chart and the rules leave the mention out.
    """

    posted_at: str
    text: str
    author: str = ""
    url: str = ""
    external_id: str = ""
    platform: str = ""
    sentiment: Sentiment | None = None
    sentiment_source: SentimentSource | None = None
    reach: int | None = None
    # With ``sentiment_source`` UNSCORED (and ``sentiment`` None): why no scorer fitted, e.g. ``language:de``.
    unscored_reason: str = ""
    time_known: bool = True

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
    total: int  # every mention, unscored ones included
    negative: int
    unscored: int = 0  # counted in ``total``, never in ``negative``


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
