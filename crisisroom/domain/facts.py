"""Facts of an incident, each either verified or not yet verified.

The Assess step separates what the team knows for sure from what it has heard: statements must
only ever repeat verified facts. A fact's verification can change later (a rumour confirmed, or a
"fact" that turns out wrong); each change is its own logged decision.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisisroom.domain.response_steps import clean_line

MAX_FACT_LENGTH = 2000


def clean_fact(text: str) -> str:
    """Validate the words of a fact (one line, at most :data:`MAX_FACT_LENGTH` characters).

    Raises:
        InvalidInputError: for an empty or overlong fact.
    """
    return clean_line(text, "a fact", limit=MAX_FACT_LENGTH)


@dataclass(frozen=True)
class Fact:
    """One fact as recorded.

    Attributes:
        id: its id, for :func:`crisisroom.services.record.set_fact_verified`.
        incident_id: the incident.
        text: the fact in a sentence.
        verified: whether the team has confirmed it.
        recorded_at: stored UTC time it was first written down.
        recorded_by: who wrote it down.
        verified_at: when its verification last changed (None: never changed since recorded).
        verified_by: who changed it.
    """

    id: str
    incident_id: str
    text: str
    verified: bool
    recorded_at: str
    recorded_by: str
    verified_at: str | None = None
    verified_by: str | None = None

    @property
    def status(self) -> str:
        return "verified" if self.verified else "unverified"
