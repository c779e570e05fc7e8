"""Who holds the key roles of an incident's response (domain.md, "Roles")."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Assignee:
    """A person named for a role: the roster's id and the name they had when named."""

    person_id: str
    name: str


@dataclass(frozen=True)
class CrisisRoles:
    """The crisis lead (incident commander), the scribe (keeps the log) and the spokesperson.

    One person may hold more than one role in a small team.
    """

    lead: Assignee
    scribe: Assignee
    spokesperson: Assignee
    assigned_at: str
    assigned_by: str

    def describe(self) -> str:
        """``crisis lead Ana Ruiz, scribe Ben Ode, spokesperson Cy Lam``."""
        return f"crisis lead {self.lead.name}, scribe {self.scribe.name}, spokesperson {self.spokesperson.name}"
