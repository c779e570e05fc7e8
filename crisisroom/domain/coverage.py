"""The Monitor step's coverage list: articles, posts and broadcasts about the incident, and their tone."""

from __future__ import annotations

from dataclasses import dataclass

from crisisroom.domain.mentions import Sentiment


@dataclass(frozen=True)
class CoverageItem:
    """One piece of coverage the team noted.

    Attributes:
        id: its id.
        incident_id: the incident.
        outlet: who published it (a paper, a channel, an account).
        link: where to find it ("" when there is none, e.g. a radio piece).
        tone: negative, neutral or positive, as the team reads it.
        note: what matters about it (a wrong claim to correct, a journalist to call back…).
        published_at: stored UTC time it appeared, when known.
        added_at: stored UTC time it was noted.
        added_by: who noted it.
    """

    id: str
    incident_id: str
    outlet: str
    link: str
    tone: Sentiment
    note: str
    published_at: str | None
    added_at: str
    added_by: str
