"""The incident's fields for message templates, gathered once for the Notify, Message and Monitor pages.

The drafting itself is :mod:`crisisroom.services.statements`, which the command line shares.
"""

from __future__ import annotations

from crisisroom.domain.platform_lengths import Audience, Phase
from crisisroom.services import settings as settings_service
from crisisroom.services import statements as statement_service
from crisisroom.services.changes import Done
from crisisroom.storage.database import Database


def organisation(database: Database) -> str:
    """Who the statements speak for: the organisation's name as stored, or the team as a fallback."""
    return statement_service.organisation(database)


def set_organisation(database: Database, name: str, *, author: str) -> Done[str]:
    """Store the name statements speak for (logged into open incidents when it changes)."""
    return settings_service.set_name(database, name, author=author)


def render(
    database: Database,
    incident_id: str,
    audience: Audience | str,
    phase: Phase | str,
    platform: str | None = None,
    *,
    organisation_name: str | None = None,
) -> str:
    """One statement drafted from its template with the user's edits; raises TemplateProblem, never half a text."""
    return statement_service.render_statement(
        database, incident_id, audience, phase, platform, organisation_name=organisation_name
    )
