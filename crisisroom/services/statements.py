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

The statements' use cases are here too: saving a version, approving it, releasing it, writing a
phase's public summary. The path draft → approved → released is checked here, before anything is
recorded: an approval names the SHA-256 of the text it approves, a release needs the approval of
that very text, and a release on a platform whose length limit the text exceeds needs an override
with a reason. Each writes one ``message`` log entry carrying its event (``storage.events``), and
returns a :class:`~crisisroom.services.changes.Done`.

On an incident shared by several laptops (DESIGN.md, "Merge rules"; ``storage/messages.py``), a
version names the versions it follows (the cell's heads here), and an approval or a release names
its version by the entry that drafted it, with the SHA-256 of its text: versions drafted on two
laptops without seeing each other both stay, as siblings (the current one is the latest in the
log's signed order, :func:`crisisroom.storage.messages.siblings` lists the others), and a release
goes out only with the approval of its very text, whatever was drafted meanwhile elsewhere.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.statements import (
    PublicSummarySet,
    StatementApproved,
    StatementDrafted,
    StatementReleased,
)
from crisisroom.domain.log import Kind, clean_author
from crisisroom.domain.message_flow import (
    ALL_CHANNELS,
    MAX_MESSAGE_LENGTH,
    PHASE_LABELS,
    Message,
    MessageState,
    OverLimitError,
    TooLongToApproveError,
    approval_over_limit,
    approver_role_label,
    audience,
    cell_label,
    find_approver,
    over_limits,
    phase,
    platform,
    platform_label,
    require_approvable,
    require_releasable,
    text_sha256,
)
from crisisroom.domain.platform_lengths import Measure
from crisisroom.domain.response_steps import clean_block, clean_line, local_text, short, stored_time
from crisisroom.domain.team import Person, in_role_order
from crisisroom.i18n import languages
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import checklist, events, incidents, messages, public_summaries, team, updates
from crisisroom.storage import facts as fact_store
from crisisroom.storage import organisation as organisation_store
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of
from crisisroom.storage.templates import override_reader

MAX_PUBLIC_SUMMARY = 1_000
"""The longest public summary of a phase, in characters."""
MAX_OVERRIDE_REASON = 500
"""The longest reason for releasing over a platform's length limit, in characters."""
_STATEMENT_CHANGES = Changes.STATEMENTS | Changes.LOG
# A new cell's id is derived from its incident, audience, phase and platform, so two laptops that
# draft the same cell's first version without seeing each other make one cell, not two.
_CELL_IDS = uuid.UUID("0b0843ab-4252-4c9b-a46e-b2fc62013e56")


def cell_id(incident_id: str, audience_key: str, phase_key: str, platform_key: str) -> str:
    """The id a new cell gets: the same on every laptop for the same incident, audience, phase and platform."""
    return str(uuid.uuid5(_CELL_IDS, f"{incident_id}/{audience_key}/{phase_key}/{platform_key}"))


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
    from crisisroom.reports.statement_templates import message_context  # jinja2: only when drafting

    phase_key = phase(phase_key)
    incident = incidents.get(database, incident_id)
    facts = fact_store.facts(database, incident.id)
    next_at = updates.next_update_after(database, incident.id, database.clock.now_iso()) if incident.is_open else None
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
        now=database.clock.now_iso(),
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
    # jinja2 loads when a statement is first drafted, not when the window opens.
    from crisisroom.reports.environments import message_environment
    from crisisroom.reports.statement_templates import render_message, statement_template_name

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
) -> Done[Message]:
    """Draft a statement (from its template unless ``text`` is given) and save it as a new draft version; logged.

    Raises:
        as :func:`render_statement` and :func:`save_draft_text`.
    """
    incident = incidents.get(database, incident_id)
    if text is None:
        text = render_statement(
            database, incident.id, audience_key, phase_key, platform_key, organisation_name=organisation_name
        )
    return save_draft_text(
        database, incident.id, audience_key, phase_key, text, author=author, platform_key=platform(platform_key)
    )


def save_draft_text(
    database: Database,
    incident_id: str,
    audience_key: str,
    phase_key: str,
    text: str,
    *,
    author: str,
    platform_key: str | None = ALL_CHANNELS,
) -> Done[Message]:
    """Save a statement's text as a new draft version of its cell (or of the cell's version for one platform); logged.

    Call it when a person saves or leaves the cell's editor, not on every keystroke (the page's
    draft, :func:`crisisroom.services.response_steps.save_draft`, keeps what is being typed). A text equal to
    the current version's changes nothing. A different text makes a new draft version: an approved
    text goes back to draft and needs approval again; a released text stays in the history as it
    went out. The new version follows every head of the cell here (the current version and its
    siblings, if any), so it settles them.

    Args:
        database: the open database.
        incident_id: the incident.
        audience_key: one of ``public-posts``, ``customers``, ``employees``, ``press``, ``partners``.
        phase_key: one of ``holding``, ``update``, ``resolution``.
        text: the statement.
        author: who wrote it.
        platform_key: the platform this version is written for (``x``, ``sms``…), or ``""`` (the
            default) for the statement for all channels.

    Returns:
        The cell with its new current version.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: unknown audience, phase or platform, empty or overlong text.
    """
    audience_key, phase_key = audience(audience_key), phase(phase_key)
    platform_key = platform(platform_key)
    text = clean_block(text, "a statement's text", limit=MAX_MESSAGE_LENGTH)
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    label = cell_label(audience_key, phase_key, platform_key)
    with database.transaction():
        cell = messages.find(database, incident.id, audience_key, phase_key, platform_key)
        current = cell.current if cell is not None else None
        if cell is not None and current is not None and current.text == text:
            return Done(cell, Changes.NONE, incident.id)
        number = 1 if current is None else current.number + 1
        if current is None or current.state is MessageState.DRAFT:
            what = f"{label}: draft v{number} saved"
        elif current.state is MessageState.APPROVED:
            what = f"{label}: approved v{current.number} edited, so it is back to draft as v{number} and needs approval"
        else:
            what = f"{label}: new draft v{number} after v{current.number} was released"
        message_id = cell.id if cell is not None else cell_id(incident.id, audience_key, phase_key, platform_key)
        event = StatementDrafted(
            incident=incident.id,
            message=message_id,
            audience=audience_key,
            phase=phase_key,
            platform=platform_key,
            version=number,
            previous_state=None if current is None else current.state.value,
            text=text,
            text_sha256=text_sha256(text),
            follows=[] if cell is None else messages.head_entries(database, cell.id),
        )
        events.record(database, incident.id, event, what, kind=Kind.MESSAGE, author=author)
    return Done(messages.get(database, message_id), _STATEMENT_CHANGES, incident.id)


def approve(
    database: Database,
    message_id: str,
    *,
    approver_name: str,
    approver_role: str,
    author: str,
    approved_at: datetime | None = None,
    expected_version: int | None = None,
    approver_id: str | None = None,
    over_limit: bool = False,
) -> Done[Message]:
    """Approve the cell's current version (ICS 213's "approved by": name, role, time); logged.

    The approval names the SHA-256 of the text it approves (stored and in the log entry). The
    approver and the author may differ: a scribe often records an approval given by phone. The
    window and the command line choose the approver from the roster with :func:`approve_as`,
    which calls this.

    Args:
        database: the open database.
        message_id: the cell (:attr:`Message.id`).
        approver_name: who approved.
        approver_role: in which role (e.g. "Executive approver", "Legal").
        author: who records the approval.
        approved_at: when it was given (aware datetime); None means now.
        expected_version: the version number the approver read; when the text has changed since,
            the approval is refused rather than applied to words nobody approved.
        approver_id: the roster person who approved, when known.
        over_limit: approve a platform's version although it is over that platform's limit (the
            log entry says so; its release there still needs an override reason).

    Raises:
        NotFoundError: no such message.
        TooLongToApproveError: a platform's version is over its platform's limit and
            ``over_limit`` is not set (an :class:`InvalidInputError`).
        InvalidInputError: the current version is not a draft (already approved or released), it
            is not ``expected_version``, the approver's name or role is missing, or the time is
            in the future or before the version was saved.
    """
    approver_name = clean_line(approver_name, "the approver's name", limit=200)
    approver_role = clean_line(approver_role, "the approver's role", limit=200)
    author = clean_author(author)
    at = stored_time(approved_at, "the approval time", database.clock.now())
    with database.transaction():
        message = messages.get(database, message_id)
        _check_expected(message, expected_version)
        require_approvable(message)
        over = approval_over_limit(message)
        if over and not over_limit:
            raise TooLongToApproveError(message.label, message.current.number, over)
        incident = incidents.get(database, message.incident_id)
        if at < message.current.saved_at:
            raise InvalidInputError(
                f"{message.label} v{message.current.number} was saved at "
                f"{local_text(message.current.saved_at, clock_of(database, incident))}; "
                "it cannot have been approved before"
            )
        what = f"{message.label}: v{message.current.number} approved by {approver_name} ({approver_role})"
        if over:
            what += f", over the length limit ({_lengths_text(over)})"
        event = StatementApproved(
            incident=message.incident_id,
            message=message.id,
            version=message.current.number,
            approver_name=approver_name,
            approver_role=approver_role,
            approver_id=approver_id,
            text_sha256=message.current.text_sha256,
            at=at if approved_at is not None else None,
            over_limit=_over_limit_payload(over) if over else None,
            draft=messages.draft_entry(database, message.id, message.current.number),
        )
        events.record(
            database,
            message.incident_id,
            event,
            what,
            kind=Kind.MESSAGE,
            author=author,
            occurred_at=at if approved_at is not None else None,
        )
    return Done(messages.get(database, message.id), _STATEMENT_CHANGES, message.incident_id)


def approve_as(
    database: Database,
    message_id: str,
    approver: str,
    *,
    author: str,
    approved_at: datetime | None = None,
    expected_version: int | None = None,
    over_limit: bool = False,
) -> Done[Message]:
    """Approve the cell's current version by someone on the roster who may approve statements.

    The role recorded is the person's approving role on the roster (Executive approver, CEO,
    CMO, Legal counsel or Crisis lead, the first they hold), never typed.

    Args:
        database: the open database.
        message_id: the cell (:attr:`Message.id`).
        approver: the roster person, by id or by name (ignoring case).
        author: who records the approval.
        approved_at: when it was given (aware datetime); None means now.
        expected_version, over_limit: as :func:`approve`.

    Raises:
        NotFoundError: no such message.
        InvalidInputError: the person is not on the roster or may not approve (the message names
            those who may), or as :func:`approve`.
    """
    person = find_approver(team.list_people(database), approver)
    return approve(
        database,
        message_id,
        approver_name=person.name,
        approver_role=approver_role_label(person),
        author=author,
        approved_at=approved_at,
        expected_version=expected_version,
        approver_id=person.id,
        over_limit=over_limit,
    )


def release(
    database: Database,
    message_id: str,
    *,
    where: Sequence[str] = (),
    author: str,
    released_at: datetime | None = None,
    expected_version: int | None = None,
    override_reason: str | None = None,
) -> Done[Message]:
    """Record that the cell's approved current version went out, and where; logged.

    Releasing a holding statement or an update restarts the next-update countdown. The text is
    measured for every platform in ``where`` (names such as ``X``, ``SMS``, ``Threads``; other
    places, like a website, have no limit): over a limit, the release is refused unless
    ``override_reason`` says why it goes out anyway, and then the log entry names the platforms,
    the lengths and the reason.

    Args:
        database: the open database.
        message_id: the cell (:attr:`Message.id`).
        where: the platforms or channels it went out on (``["X", "Website"]``); for a platform's
            version, empty means that platform.
        author: who records the release.
        released_at: when it went out (aware datetime); None means now.
        expected_version: the version number the person saw; refused when the text changed since.
        override_reason: why it goes out although it is over a platform's limit.

    Raises:
        NotFoundError: no such message.
        OverLimitError: the text is over the limit of a platform in ``where`` and there is no
            override reason (an :class:`InvalidInputError`).
        InvalidInputError: the current version is a draft (not approved; when an earlier version
            was approved, the message says the text changed after approval) or already released,
            the approved text's hash does not match, it is not ``expected_version``, ``where`` is
            empty, or the time is in the future or before the approval.
    """
    author = clean_author(author)
    at = stored_time(released_at, "the release time", database.clock.now())
    with database.transaction():
        message = messages.get(database, message_id)
        if not where and message.platform:
            where = [platform_label(message.platform)]
        places = _clean_where(where)
        reason = clean_line(
            override_reason or "", "the reason for the override", required=False, limit=MAX_OVERRIDE_REASON
        )
        _check_expected(message, expected_version)
        require_releasable(message)
        if message.current.approval is None or message.current.approval.text_sha256 != message.current.text_sha256:
            raise InvalidInputError(
                f"{message.label} v{message.current.number}: no approval names this text; it needs an approval "
                "of its own before it can be released"
            )
        over = over_limits(message.current.text, places)
        if over and not reason:
            raise OverLimitError(message.label, message.current.number, over)
        approval = message.current.approval
        incident = incidents.get(database, message.incident_id)
        if approval is not None and at < approval.at:
            raise InvalidInputError(
                f"{message.label} v{message.current.number} was approved at "
                f"{local_text(approval.at, clock_of(database, incident))}; "
                "it cannot have been released before"
            )
        what = f"{message.label}: v{message.current.number} released on {', '.join(places)}"
        if over:
            what += f", over the length limit ({_lengths_text(over)}); override: {reason}"
        event = StatementReleased(
            incident=message.incident_id,
            message=message.id,
            version=message.current.number,
            where=list(places),
            text_sha256=message.current.text_sha256,
            at=at if released_at is not None else None,
            over_limit=_over_limit_payload(over) if over else None,
            override_reason=reason if over else None,
            draft=messages.draft_entry(database, message.id, message.current.number),
        )
        events.record(
            database,
            message.incident_id,
            event,
            what,
            kind=Kind.MESSAGE,
            author=author,
            occurred_at=at if released_at is not None else None,
        )
    return Done(messages.get(database, message.id), _STATEMENT_CHANGES, message.incident_id)


def set_public_summary(database: Database, incident_id: str, phase_key: str, text: str, *, author: str) -> Done[bool]:
    """Write (or, with an empty text, clear) the public summary of one phase; logged when it changes.

    Args:
        database: the open database.
        incident_id: the incident (an id or an unambiguous prefix).
        phase_key: ``holding``, ``update`` or ``resolution``.
        text: one or two sentences the public may read; whitespace runs become one space.
        author: who wrote it.

    Returns:
        True when it changed (and was logged), False when it was already so.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: an unknown phase, or a text over :data:`MAX_PUBLIC_SUMMARY` characters.
    """
    phase_key = phase(phase_key)
    text = clean_line(text, "the public summary", required=False, limit=MAX_PUBLIC_SUMMARY)
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    label = PHASE_LABELS[phase_key].lower()
    with database.transaction():
        if public_summaries.summaries(database, incident.id).get(phase_key, "") == text:
            return Done(False, Changes.NONE, incident.id)
        events.record(
            database,
            incident.id,
            PublicSummarySet(incident=incident.id, phase=phase_key, text=text),
            f"Public summary for the {label}: {short(text, 120)}"
            if text
            else f"Public summary for the {label} cleared",
            kind=Kind.MESSAGE,
            author=author,
        )
    return Done(True, _STATEMENT_CHANGES, incident.id)


def _lengths_text(over: Sequence[Measure]) -> str:
    """``X 291 of 280, SMS 400 of 306``: the platforms a text is over, for the log entry."""
    return ", ".join(f"{m.platform.label if m.platform else '?'} {m.count:,} of {m.limit or 0:,}" for m in over)


def _over_limit_payload(over: Sequence[Measure]) -> list[dict[str, Any]]:
    return [{"platform": m.platform.value if m.platform else None, "count": m.count, "limit": m.limit} for m in over]


def _clean_where(where: Sequence[str]) -> tuple[str, ...]:
    if isinstance(where, str):
        where = [where]
    places: list[str] = []
    for place in where:
        name = clean_line(place, "a platform or channel", required=False, limit=200)
        if name and name.lower() not in (p.lower() for p in places):
            places.append(name)
    if not places:
        raise InvalidInputError("say where the statement was released (at least one platform or channel)")
    return tuple(places)


def _check_expected(message: Message, expected_version: int | None) -> None:
    if expected_version is not None and expected_version != message.current.number:
        raise InvalidInputError(
            f"{message.label} changed since you read it (now v{message.current.number}, you saw v{expected_version}); "
            "read the current text first"
        )
