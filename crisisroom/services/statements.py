"""Drafting statements from the incident's records, shared by the Message step and ``crisisroom statement``.

What goes out in public states verified facts as facts, names what is still being checked as
such, never repeats internal working notes, and gives a media contact (domain.md). So a draft is
built from:

* the phase's **public summary** (``storage.public_summaries``), never the Assess step's internal
  "what happened";
* the **verified facts**, stated as facts, and the **unverified** ones, worded as what is being
  checked ("We are checking whether …", :func:`crisisroom.reports.statement_templates.being_checked`);
* the **media contact**: the spokesperson named in Manage, else the roster's spokesperson, else
  its PR / media officer, with the phone and e-mail the roster has for them.

A statement for one platform is drafted from the template written for it (the short public post
for X and SMS, the full one for Threads, Instagram, LinkedIn and Facebook). An operational failure
whose recall switch is on (set in Assess or Manage: ``storage.checklist``) is drafted from the
product-recall templates, the Notify step's all-staff alert included: stop using it, how to return
it, never "working normally again".
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crisisroom.domain.clock import now_iso
from crisisroom.domain.message_flow import Message, audience, phase, platform
from crisisroom.domain.team import Person, in_role_order
from crisisroom.i18n import languages
from crisisroom.reports.environments import message_environment
from crisisroom.reports.statement_templates import message_context, render_message, statement_template_name
from crisisroom.storage import checklist, incidents, messages, public_summaries, team, updates
from crisisroom.storage import facts as fact_store
from crisisroom.storage import organisation as organisation_store
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database
from crisisroom.storage.templates import override_reader

FALLBACK_ORGANISATION = "The communications team"
"""Who statements are signed by until the team says who speaks (rather than failing to render)."""

# The fallback in the words of each content language, so a Swedish alert is not signed in English.
_FALLBACK_ORGANISATIONS: dict[str, str] = {
    "en": FALLBACK_ORGANISATION,
    "sv": "Kommunikationsteamet",
    "fr": "L'équipe communication",
}

MEDIA_ROLES: tuple[str, ...] = ("spokesperson", "pr-officer")
"""Roster roles that can be the media contact, in the order they are looked for."""

# The media contact's role in the words of each content language (the roster's labels, as the
# windows translate them).
_ROLE_WORDS: dict[str, dict[str, str]] = {
    "en": {"spokesperson": "Spokesperson", "pr-officer": "PR / media officer"},
    "sv": {"spokesperson": "Talesperson", "pr-officer": "PR- och pressansvarig"},
    "fr": {"spokesperson": "Porte-parole", "pr-officer": "Chargé des relations presse"},
}


@dataclass(frozen=True)
class MediaContact:
    """Who journalists reach, as the roster has them.

    Attributes:
        name: the person's name.
        role: ``spokesperson`` or ``pr-officer``: the role they speak in.
        phone: their phone number as the roster writes it (may be empty).
        email: their e-mail address (may be empty).
        person_id: their roster id.
    """

    name: str
    role: str
    phone: str
    email: str
    person_id: str

    @property
    def reach(self) -> str:
        """``+44 7700 900103, tomas.rivera@example.com``: how to reach them ("" when the roster has neither)."""
        return ", ".join(part for part in (self.phone, self.email) if part)

    def role_words(self, language: str | None = None) -> str:
        """The role in the words of ``language`` (default: the content language)."""
        return _ROLE_WORDS[languages.resolve(language)][self.role]


def organisation(database: Database, language: str | None = None) -> str:
    """Who the statements speak for: the organisation's name as stored, or the team as a fallback.

    The fallback is in ``language`` (default: the content language), like the text it signs.
    """
    return organisation_store.name(database) or _FALLBACK_ORGANISATIONS[languages.resolve(language)]


def media_contact(database: Database, incident_id: str) -> MediaContact | None:
    """The incident's media contact from the roster, or None when the roster has nobody for it.

    The spokesperson named in the Manage step when they are still on the roster; else the first
    person on the roster with the spokesperson role; else the first PR / media officer.
    """
    people = team.list_people(database)
    roles = steps_store.roles(database, incident_id)
    chosen: Person | None = None
    if roles is not None:
        chosen = next((p for p in people if p.id == roles.spokesperson.person_id), None)
    for key in MEDIA_ROLES:
        if chosen is not None:
            break
        chosen = next(iter(in_role_order(p for p in people if key in p.roles)), None)
    if chosen is None:
        return None
    role = next((key for key in MEDIA_ROLES if key in chosen.roles), MEDIA_ROLES[0])
    return MediaContact(chosen.name, role, chosen.phone, chosen.email, chosen.id)


def statement_context(
    database: Database,
    incident_id: str,
    phase_key: str,
    *,
    organisation_name: str | None = None,
    language: str | None = None,
) -> dict[str, Any]:
    """The template data for a statement of one phase written now (see the module docstring).

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: an unknown phase.
    """
    phase_key = phase(phase_key)
    incident = incidents.get(database, incident_id)
    facts = fact_store.facts(database, incident.id)
    next_at = updates.next_update_after(database, incident.id, now_iso()) if incident.is_open else None
    contact = media_contact(database, incident.id)
    return message_context(
        incident,
        organisation=organisation_name or organisation(database, language),
        next_update_at=next_at,
        spokesperson=contact.name if contact else "",
        spokesperson_role=contact.role_words(language) if contact else "",
        press_contact=contact.reach if contact else "",
        summary=public_summaries.summary(database, incident.id, phase_key),
        known=[f.text for f in facts if f.verified],
        unknown=[f.text for f in facts if not f.verified],
        language=language,
        product_recall=checklist.settings(database, incident.id).product_recall,
    )


def render_statement(
    database: Database,
    incident_id: str,
    audience_key: str,
    phase_key: str,
    platform_key: str | None = None,
    *,
    organisation_name: str | None = None,
) -> str:
    """One statement drafted from its template (with the user's edits), in the content language.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: an unknown audience, phase or platform.
        TemplateProblem: the template cannot be used (never half a text).
    """
    incident = incidents.get(database, incident_id)
    context = statement_context(database, incident.id, phase_key, organisation_name=organisation_name)
    name = statement_template_name(
        incident.category,
        audience(audience_key),
        phase(phase_key),
        platform(platform_key),
        recall=context["product_recall"],
    )
    return render_message(name, context, environment=message_environment(override_reader(database)))


def draft_statement(
    database: Database,
    incident_id: str,
    audience_key: str,
    phase_key: str,
    platform_key: str | None = None,
    *,
    author: str,
    text: str | None = None,
    organisation_name: str | None = None,
) -> Message:
    """Draft a statement (from its template unless ``text`` is given) and save it as a new draft version; logged.

    Raises:
        as :func:`render_statement` and :func:`crisisroom.storage.messages.save_draft_text`.
    """
    incident = incidents.get(database, incident_id)
    if text is None:
        text = render_statement(
            database, incident.id, audience_key, phase_key, platform_key, organisation_name=organisation_name
        )
    return messages.save_draft_text(
        database, incident.id, audience_key, phase_key, text, author=author, platform_key=platform(platform_key)
    )
