"""The incident's fields for message templates, gathered once for the Notify, Message and Monitor pages."""

from __future__ import annotations

from typing import Any

from crisisroom.domain.clock import now_iso
from crisisroom.domain.messages import Audience, Phase
from crisisroom.reports.environments import message_environment
from crisisroom.reports.messages import message_context, message_template_name, render_message
from crisisroom.storage import facts as fact_store
from crisisroom.storage import incidents, updates
from crisisroom.storage import organisation as organisation_store
from crisisroom.storage import wizard as wizard_store
from crisisroom.storage.database import Database
from crisisroom.storage.templates import override_reader

# Until the team says who speaks, messages are signed by the team rather than failing to render.
FALLBACK_ORGANISATION = "The communications team"


def organisation(database: Database) -> str:
    """Who the statements speak for: the organisation's name as stored, or the team as a fallback."""
    return organisation_store.name(database) or FALLBACK_ORGANISATION


def set_organisation(database: Database, name: str, *, author: str) -> None:
    """Store the name statements speak for (logged into open incidents when it changes)."""
    organisation_store.set_name(database, name, author=author)


def incident_context(database: Database, incident_id: str, *, organisation_name: str | None = None) -> dict[str, Any]:
    """The template data for a statement written now: the title, level, next update time, spokesperson, facts."""
    incident = incidents.get(database, incident_id)
    roles = wizard_store.roles(database, incident.id)
    assessment = wizard_store.assessment(database, incident.id)
    facts = fact_store.facts(database, incident.id)
    next_at = updates.next_update_after(database, incident.id, now_iso()) if incident.is_open else None
    spokesperson_role = "Spokesperson" if roles else ""
    return message_context(
        incident,
        organisation=organisation_name or organisation(database),
        next_update_at=next_at,
        spokesperson=roles.spokesperson.name if roles else "",
        spokesperson_role=spokesperson_role,
        summary=assessment.what_happened.split("\n")[0] if assessment else "",
        known=[f.text for f in facts if f.verified],
        unknown=[f.text for f in facts if not f.verified],
    )


def render(
    database: Database,
    incident_id: str,
    audience: Audience | str,
    phase: Phase | str,
    *,
    organisation_name: str | None = None,
) -> str:
    """One statement drafted from its template with the user's edits; raises TemplateProblem, never half a text."""
    incident = incidents.get(database, incident_id)
    name = message_template_name(incident.category, audience, phase)
    context = incident_context(database, incident_id, organisation_name=organisation_name)
    return render_message(name, context, environment=message_environment(override_reader(database)))
