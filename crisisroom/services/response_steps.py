"""The five response steps, one call per wizard page: each checks the page, words its log entries and records them.

What the wizard pages call, in order::

    save_draft(db, incident_id, step, data)    on every change of a page (not logged: it is typing)
    set_current_step(db, incident_id, step)    when a person moves between pages without typing
    commit_assess(db, incident_id, …)          Assess page's validatePage
    commit_notify(db, incident_id, …)          Notify page's validatePage
    commit_manage(db, incident_id, …)          Manage page's validatePage
    commit_message(db, incident_id, …)         Message page's validatePage
    declare_resolved(db, incident_id, …)       Monitor page's "Declare resolved"

Each commit is one transaction: it records what the page holds as events (severity, facts, roles,
cadence, checklist…) and a ``wizard-step`` entry (:class:`StepCompleted`), and moves the wizard
on, or changes nothing at all when anything fails. The records a page makes while it is open (a
call made, a checklist tick, a statement saved, approved or released) go through their own use
cases (``services.notify``, ``services.checklist``, :func:`record_internal_update`, messages,
coverage, facts), each logged as it happens. What the steps recorded is read from
``storage.response_steps``.

Drafts and the current page are not logged: they are what someone is typing, kept so that closing
the app mid-way loses nothing, and the log records what was decided, not every keystroke.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from crisisroom.domain.cadence import DEFAULT_CADENCE, Cadence, InternalUpdate
from crisisroom.domain.checklist import RECALL_CATEGORY
from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.crisis_roles import Assignee, CrisisRoles
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.events.steps import CadenceSet, InternalUpdateGiven, RolesNamed, StepCompleted
from crisisroom.domain.facts import clean_fact
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.log import clean_author
from crisisroom.domain.mentions import Sentiment
from crisisroom.domain.message_flow import (
    ALL_CLEAR_AUDIENCE,
    AUDIENCE_LABELS,
    AUDIENCES,
    Message,
    MessageState,
    audience,
)
from crisisroom.domain.notifications import STAFF_ALERT_LEVEL
from crisisroom.domain.response_steps import (
    MAX_DRAFT_BYTES,
    Step,
    StepDone,
    clean_block,
    clean_line,
    local_text,
    require_previous_done,
    short,
    step_done_text,
    stored_time,
)
from crisisroom.domain.severity import level as severity_level
from crisisroom.services import checklist as checklist_service
from crisisroom.services import incidents as incident_service
from crisisroom.services import notify as notify_service
from crisisroom.services import record as record_service
from crisisroom.services import statements as statement_service
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import checklist as checklist_store
from crisisroom.storage import coverage, incidents, messages, notifications, updates
from crisisroom.storage import facts as fact_store
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of

STEP_CHANGES = Changes.STEPS | Changes.LOG

# --- Resumable state (this laptop's, not logged) -----------------------------------------------


def save_draft(database: Database, incident_id: str, step: Step | str, data: Mapping[str, Any]) -> None:
    """Keep what is typed on a page, and remember that page as the one to reopen on.

    Call it on every change (debounced if you like: each call is one small durable write). ``data``
    is the page's fields as plain JSON-able values; it replaces the step's previous draft. Not a
    change of record: nothing is logged, and no :class:`Done` is returned.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: unknown step, or a draft over 1 MB.
        TypeError: ``data`` holds values JSON cannot represent (a bug in the page).
    """
    step = Step.parse(step)
    text = json.dumps(dict(data), ensure_ascii=False, allow_nan=False)
    if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise InvalidInputError("this page holds too much text to keep as a draft (over 1 MB)")
    incident = incidents.get(database, incident_id)
    steps_store.put_draft(database, incident.id, step, text)


def set_current_step(database: Database, incident_id: str, step: Step | str) -> None:
    """Remember the page a person moved to (Back, Next without changes), to reopen on it; not logged.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: unknown step.
    """
    step = Step.parse(step)
    incident = incidents.get(database, incident_id)
    steps_store.set_progress(database, incident.id, step)


# --- 1. Assess ---------------------------------------------------------------------------------


def commit_assess(
    database: Database,
    incident_id: str,
    *,
    what_happened: str,
    detected_at: datetime,
    source_links: Sequence[str],
    facts: Sequence[tuple[str, bool]],
    audiences: Sequence[str],
    category: Category | str,
    level: int,
    level_reason: str = "",
    author: str,
    product_recall: bool | None = None,
) -> Done[StepDone]:
    """Commit the Assess page: what happened, since when, facts, audiences, type, confirmed level.

    In one transaction: the incident's type and detection time (a ``status`` entry when they
    change), the confirmed level (a ``severity`` entry when it changes, as ``services.incidents.set_level``),
    each new fact (a ``fact`` entry) and each changed verification (another), the assessment, and
    the ``wizard-step`` entry. Facts are never removed: a fact already recorded (same words) is
    matched, and only its verification is updated. Committing Assess again (after Back) records it
    again the same way.

    Args:
        database: the open database.
        incident_id: the incident (open).
        what_happened: the team's account, required.
        detected_at: when it was first detected (aware datetime; a best estimate is fine).
        source_links: where it was seen; blanks dropped, duplicates kept once.
        facts: ``(text, verified)`` pairs; empty texts are skipped.
        audiences: affected audiences, at least one of ``public-posts``, ``customers``,
            ``employees``, ``press``, ``partners``.
        category: the crisis type (a :class:`Category` or its slug/label).
        level: the confirmed severity level, 1 to 5.
        level_reason: why that level (goes into the severity entry).
        author: who commits the page.
        product_recall: for an operational failure, whether a product is recalled (the same
            switch as the Manage step's checklist, ``services.checklist.set_product_recall``; logged when
            it changes), so the Notify step's all-staff alert is already a recall's. None leaves
            it as it is; ignored for any other type.

    Returns:
        The step as recorded (its summary is in the log entry's payload; the assessment is its
        summary's ``what_happened``, ``source_links``, ``audiences`` and ``level_reason``).

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: any invalid field (nothing is stored), or the incident is resolved.
    """
    what = clean_block(what_happened, "what happened", limit=10_000)
    if detected_at is None:
        raise InvalidInputError("say when it was first detected (a best estimate is fine)")
    detected = stored_time(detected_at, "the detection time", database.clock.now())
    links = _unique(clean_line(link, "a source link", required=False) for link in source_links)
    fact_list = _clean_facts(facts)
    audience_keys = _clean_audiences(audiences)
    kind = category if isinstance(category, Category) else Category.parse(str(category))
    confirmed = severity_level(level)
    reason = clean_block(level_reason, "the reason for the level", required=False, limit=2000)
    author = clean_author(author)
    incident = _open_incident(database, incident_id)
    with database.transaction():
        incident_service.change_details(database, incident.id, category=kind, detected_at=detected, author=author)
        incident_service.set_level(database, incident.id, confirmed.number, author=author, reason=reason)
        if product_recall is not None and kind.value == RECALL_CATEGORY:
            checklist_service.set_product_recall(database, incident.id, product_recall, author=author)
        stored = {fact.text: fact for fact in fact_store.facts(database, incident.id)}
        for text, verified in fact_list:
            old = stored.get(text)
            if old is None:
                record_service.add_fact(database, incident.id, text, verified=verified, author=author)
            elif old.verified != verified:
                record_service.set_fact_verified(database, old.id, verified, author=author)
        all_facts = fact_store.facts(database, incident.id)
        verified_count = sum(fact.verified for fact in all_facts)
        summary = {
            "what_happened": what,
            "detected_at": detected,
            "source_links": links,
            "audiences": audience_keys,
            "category": kind.value,
            "level": confirmed.number,
            "level_reason": reason,
            "facts": {"verified": verified_count, "unverified": len(all_facts) - verified_count},
        }
        details = (
            f"{confirmed.label}, {kind.label}, first detected {local_text(detected, clock_of(database, incident))}; "
            f"{len(all_facts)} facts ({verified_count} verified); "
            f"affects {', '.join(AUDIENCE_LABELS[key].lower() for key in audience_keys)}. "
            f"What happened: {short(what, 200)}"
        )
        step = _complete(database, incident, Step.ASSESS, details, summary, author)
    return Done(step, STEP_CHANGES | Changes.INCIDENTS, incident.id)


# --- 2. Notify ---------------------------------------------------------------------------------


def commit_notify(
    database: Database,
    incident_id: str,
    *,
    author: str,
    staff_alert_wording: str = "",
    staff_alert_do_not_say: str = "",
    staff_alert_sent_at: datetime | None = None,
    staff_alert_skipped_reason: str = "",
    expected_people: Sequence[tuple[str, str]] = (),
) -> Done[StepDone]:
    """Commit the Notify page: who was reached, who acknowledged, and the all-staff alert.

    The calls themselves are recorded as they happen, each try with its outcome
    (``services.notify.record_outcome``); this sums them up in the ``wizard-step`` entry.
    From level 4 the whole staff must be told: give the alert's wording (recorded here as sent,
    with a ``notification`` entry, unless the same alert is already recorded), or record it
    earlier with ``services.notify.record_staff_alert``, or say why it is not sent.

    Args:
        database: the open database.
        incident_id: the incident (open, Assess done).
        author: who commits the page.
        staff_alert_wording: the all-staff alert as sent ("" when none is sent now).
        staff_alert_do_not_say: what staff should not say, sent with it.
        staff_alert_sent_at: when it was sent (aware datetime); None means now.
        staff_alert_skipped_reason: at level 4 or 5 without an alert, why (required then).
        expected_people: ``(person_id, name)`` of the chain of command for this level, so the
            summary can name who was not tried yet; optional.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: Assess not done, nobody reached yet (no answer does not count), or level 4+ with neither
            an all-staff alert nor a reason; nothing is stored.
    """
    author = clean_author(author)
    wording = clean_block(staff_alert_wording, "the all-staff alert's wording", required=False, limit=10_000)
    do_not_say = clean_block(staff_alert_do_not_say, "what staff should not say", required=False, limit=10_000)
    skipped = clean_block(staff_alert_skipped_reason, "the reason", required=False, limit=2000)
    incident = _open_incident(database, incident_id)
    _require_previous(database, incident.id, Step.NOTIFY)
    people = notifications.notifications(database, incident.id)
    if not any(p.state.is_reached for p in people):
        raise InvalidInputError("record at least one person of the crisis team as reached before moving on")
    alerts = notifications.staff_alerts(database, incident.id)
    needs_alert = (incident.level or 0) >= STAFF_ALERT_LEVEL
    if needs_alert and not wording and not alerts and not skipped:
        raise InvalidInputError(
            f"at level {incident.level} all staff must hear it from us first: give the all-staff alert's wording, "
            "or say why it is not sent yet"
        )
    with database.transaction():
        if wording and not (alerts and (alerts[-1].wording, alerts[-1].do_not_say) == (wording, do_not_say)):
            alerts.append(
                notify_service.record_staff_alert(
                    database,
                    incident.id,
                    wording=wording,
                    do_not_say=do_not_say,
                    sent_at=staff_alert_sent_at,
                    author=author,
                ).value
            )
        reached = [p for p in people if p.state.is_reached]
        unanswered = [p for p in people if not p.state.is_reached]
        acknowledged = [p.person_name for p in people if p.acknowledged_at]
        contacted = {p.person_id for p in people}
        not_reached = [name for person_id, name in expected_people if person_id not in contacted]
        parts = [f"reached {len(reached)} ({', '.join(p.person_name for p in reached)})"]
        parts.append(f"acknowledged {len(acknowledged)}" + (f" ({', '.join(acknowledged)})" if acknowledged else ""))
        if unanswered:
            parts.append(f"tried, not reached yet: {', '.join(p.person_name for p in unanswered)}")
        if not_reached:
            parts.append(f"not tried yet: {', '.join(not_reached)}")
        staff: dict[str, Any]
        if alerts:
            latest = alerts[-1]
            staff = {"sent": True, "alert": latest.id, "sent_at": latest.sent_at, "wording": latest.wording}
            parts.append(f"all-staff alert sent at {local_text(latest.sent_at, clock_of(database, incident))}")
        elif needs_alert:
            staff = {"sent": False, "required": True, "reason": skipped}
            parts.append(f"all-staff alert not sent: {skipped}")
        else:
            staff = {"sent": False, "required": False, "reason": skipped}
            parts.append(f"no all-staff alert (below level {STAFF_ALERT_LEVEL})")
        summary = {
            "level": incident.level,
            "reached": [
                {
                    "person": p.person_id,
                    "name": p.person_name,
                    "state": p.state.value,
                    "channel": p.current.channel.value,
                    "notified_at": p.reached_at,
                    "acknowledged_at": p.acknowledged_at,
                }
                for p in reached
            ],
            "tried": [
                {"person": p.person_id, "name": p.person_name, "state": p.state.value, "at": p.current.occurred_at}
                for p in unanswered
            ],
            "not_reached": not_reached,
            "staff_alert": staff,
        }
        step = _complete(database, incident, Step.NOTIFY, "; ".join(parts), summary, author)
    return Done(step, STEP_CHANGES, incident.id)


# --- 3. Manage ---------------------------------------------------------------------------------


def commit_manage(
    database: Database,
    incident_id: str,
    *,
    lead_id: str,
    lead_name: str,
    scribe_id: str,
    scribe_name: str,
    spokesperson_id: str,
    spokesperson_name: str,
    cadence: Cadence = DEFAULT_CADENCE,
    ticks: Mapping[str, bool] | None = None,
    author: str,
) -> Done[StepDone]:
    """Commit the Manage page: the three roles, the update cadence and the checklist.

    In one transaction: the roles (a ``decision`` entry when first named or changed), the cadence
    (a ``decision`` entry when it changes), each checklist tick that differs from what is stored
    (an ``action`` entry each), a security breach's 72-hour clock with its deadline (a ``decision``
    entry unless the log already says it), and the ``wizard-step`` entry with the checklist's state.
    Checklist items for accounts are added beforehand with ``services.checklist.add_account``; ticks
    may also be made live with ``services.checklist.tick`` (then ``ticks`` can be left out).

    Args:
        database: the open database.
        incident_id: the incident (open, Notify done).
        lead_id, lead_name: the crisis lead (roster id and name).
        scribe_id, scribe_name: who keeps the log.
        spokesperson_id, spokesperson_name: who speaks for the organisation.
        cadence: the internal-update rhythm (default: 5 min, then every 20 for 2 h, then hourly).
        ticks: checklist item key → done.
        author: who commits the page.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: Notify not done, a role without id or name, an impossible cadence, or
            an unknown checklist key; nothing is stored.
    """
    author = clean_author(author)
    named = {
        "lead": Assignee(
            clean_line(lead_id, "the crisis lead", limit=200),
            clean_line(lead_name, "the crisis lead's name", limit=200),
        ),
        "scribe": Assignee(
            clean_line(scribe_id, "the scribe", limit=200), clean_line(scribe_name, "the scribe's name", limit=200)
        ),
        "spokesperson": Assignee(
            clean_line(spokesperson_id, "the spokesperson", limit=200),
            clean_line(spokesperson_name, "the spokesperson's name", limit=200),
        ),
    }
    cadence.validate()
    incident = _open_incident(database, incident_id)
    _require_previous(database, incident.id, Step.MANAGE)
    known = {item.key for item in checklist_store.checklist(database, incident.id)}
    for key in ticks or {}:
        if key not in known:
            raise InvalidInputError(f"there is no checklist item {key!r} for this incident")
    with database.transaction():
        before = steps_store.roles(database, incident.id)
        new_roles = CrisisRoles(named["lead"], named["scribe"], named["spokesperson"], database.clock.now_iso(), author)
        if before is None or (before.lead, before.scribe, before.spokesperson) != (
            new_roles.lead,
            new_roles.scribe,
            new_roles.spokesperson,
        ):
            people = {role: {"person": who.person_id, "name": who.name} for role, who in named.items()}
            steps_store.write_roles(
                database,
                RolesNamed(incident=incident.id, **people),
                f"Roles {'named' if before is None else 'changed'}: {new_roles.describe()}",
                author=author,
            )
        set_cadence(database, incident.id, cadence, author=author)
        for key, done in (ticks or {}).items():
            checklist_service.tick(database, incident.id, key, done, author=author)
        # A breach's 72-hour clock goes into the log with its deadline (once, and again if it moved).
        checklist_service.log_clock(database, incident.id, author=author)
        items = checklist_store.checklist(database, incident.id)
        done_items = [item for item in items if item.done]
        summary = {
            "roles": {role: {"person": who.person_id, "name": who.name} for role, who in named.items()},
            "cadence": {
                "first_minutes": cadence.first_minutes,
                "then_every_minutes": cadence.then_every_minutes,
                "for_hours": cadence.for_hours,
                "then_every_minutes_after": cadence.then_every_minutes_after,
            },
            "checklist": {item.key: item.done for item in items},
        }
        details = (
            f"{new_roles.describe()}; updates {cadence.describe()}; checklist {len(done_items)} of {len(items)} done"
        )
        open_items = [item.label for item in items if not item.done]
        if open_items:
            details += f" (open: {'; '.join(open_items)})"
        step = _complete(database, incident, Step.MANAGE, details, summary, author)
    return Done(step, STEP_CHANGES, incident.id)


# --- 4. Message --------------------------------------------------------------------------------


def commit_message(database: Database, incident_id: str, *, author: str) -> Done[StepDone]:
    """Commit the Message page: sums up the grid in the ``wizard-step`` entry.

    Statements are saved, approved and released one by one as the team works
    (:mod:`crisisroom.storage.messages`). Moving on needs at least one released statement: the
    team must never go silent.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: Manage not done, or nothing released yet; nothing is stored.
    """
    author = clean_author(author)
    incident = _open_incident(database, incident_id)
    _require_previous(database, incident.id, Step.MESSAGE)
    grid = messages.messages(database, incident.id)
    out = [m for m in grid if m.last_released is not None]
    if not out:
        raise InvalidInputError(
            "release at least one statement (a holding statement) before moving on: never go silent"
        )
    by_state: dict[MessageState, list[Message]] = {state: [] for state in MessageState}
    for message in grid:
        by_state[message.state].append(message)
    parts = [f"released {len(out)} ({', '.join(m.label for m in out)})"]
    if by_state[MessageState.APPROVED]:
        parts.append(f"approved, waiting for release: {', '.join(m.label for m in by_state[MessageState.APPROVED])}")
    if by_state[MessageState.DRAFT]:
        parts.append(f"waiting for approval: {', '.join(m.label for m in by_state[MessageState.DRAFT])}")
    summary = {
        "messages": [
            {
                "message": m.id,
                "audience": m.audience,
                "phase": m.phase,
                "platform": m.platform,
                "version": m.current.number,
                "state": m.state.value,
                "released_version": m.last_released.number if m.last_released else None,
            }
            for m in grid
        ]
    }
    step = _complete(database, incident, Step.MESSAGE, "; ".join(parts), summary, author)
    return Done(step, STEP_CHANGES, incident.id)


# --- 5. Monitor --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Resolution:
    """What declaring an incident resolved left, for the page and the post-crisis review it opens.

    Attributes:
        incident: the incident, now closed (``closed_at`` set).
        resolution_messages: the resolution statements drafted, one per audience given.
        all_clear: the internal all-clear (the employees' resolution statement), as a draft.
        step: the Monitor step as recorded.
        open_approvals: statements still waiting for approval, the new drafts included.
    """

    incident: Incident
    resolution_messages: list[Message]
    all_clear: Message
    step: StepDone
    open_approvals: list[Message]


def declare_resolved(
    database: Database,
    incident_id: str,
    *,
    resolution_texts: Mapping[str, str],
    all_clear_text: str,
    note: str = "",
    author: str,
) -> Done[Resolution]:
    """Declare the crisis over: draft the resolution statements and the internal all-clear, close it.

    In one transaction: a resolution-phase draft per audience in ``resolution_texts`` and the
    all-clear as the employees' resolution draft (``message`` entries, each going through the usual
    approval and release afterwards), the ``wizard-step`` entry for Monitor, and the closing of the
    incident (its ``status`` entry). Possible from any step: a false alarm is resolved at Assess.

    Args:
        database: the open database.
        incident_id: the incident (open).
        resolution_texts: audience key → the resolution statement for it (at least one; not
            ``employees``, whose resolution is the all-clear).
        all_clear_text: the internal all-clear to staff.
        note: why it is considered resolved (goes into the closing entry).
        author: who declares it.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: already resolved, no resolution text, an unknown audience, or
            ``employees`` among the resolution texts; nothing is stored.
    """
    author = clean_author(author)
    texts: dict[str, str] = {}
    for key, text in resolution_texts.items():
        key = audience(key)
        if key == ALL_CLEAR_AUDIENCE:
            raise InvalidInputError("the employees' resolution statement is the internal all-clear; give it as that")
        texts[key] = clean_block(text, f"the resolution statement for {AUDIENCE_LABELS[key].lower()}")
    if not texts:
        raise InvalidInputError("draft the resolution statement for at least one audience")
    all_clear_text = clean_block(all_clear_text, "the internal all-clear")
    note = clean_block(note, "the note", required=False, limit=2000)
    incident = _open_incident(database, incident_id)
    ordered = sorted(texts, key=AUDIENCES.index)
    with database.transaction():
        drafted = [
            statement_service.save_draft_text(database, incident.id, key, "resolution", texts[key], author=author).value
            for key in ordered
        ]
        all_clear = statement_service.save_draft_text(
            database, incident.id, ALL_CLEAR_AUDIENCE, "resolution", all_clear_text, author=author
        ).value
        tones = {tone.value: 0 for tone in Sentiment}
        for item in coverage.items(database, incident.id):
            tones[item.tone.value] += 1
        summary = {
            "resolution_messages": [m.id for m in drafted],
            "all_clear": all_clear.id,
            "coverage": tones,
            "note": note,
        }
        details = (
            f"declared resolved; resolution statement drafted for "
            f"{', '.join(AUDIENCE_LABELS[key] for key in ordered)}; internal all-clear drafted for "
            f"{AUDIENCE_LABELS[ALL_CLEAR_AUDIENCE]}"
        )
        step = _complete(database, incident, Step.MONITOR, details, summary, author)
        closed = incident_service.resolve(database, incident.id, author=author, note=note).value
    resolution = Resolution(closed, drafted, all_clear, step, messages.open_approvals(database, incident.id))
    return Done(resolution, STEP_CHANGES | Changes.STATEMENTS | Changes.INCIDENTS, incident.id)


# --- The update rhythm and internal updates ------------------------------------------------------


def set_cadence(database: Database, incident_id: str, new: Cadence, *, author: str) -> Done[Cadence]:
    """Set the incident's cadence, logged as a decision; the same cadence again logs nothing.

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: a cadence that cannot work.
    """
    new.validate()
    author = clean_author(author)
    incident = incidents.get(database, incident_id)
    if updates.has_own_cadence(database, incident.id) and updates.cadence(database, incident.id) == new:
        return Done(new, Changes.NONE, incident.id)
    event = CadenceSet(
        incident=incident.id,
        first_minutes=new.first_minutes,
        then_every_minutes=new.then_every_minutes,
        for_hours=new.for_hours,
        then_every_minutes_after=new.then_every_minutes_after,
    )
    stored = updates.write_cadence(database, event, f"Update rhythm set: {new.describe()}", author=author)
    return Done(stored, STEP_CHANGES, incident.id)


def record_internal_update(
    database: Database,
    incident_id: str,
    *,
    text: str,
    author: str,
    released_at: datetime | None = None,
    next_update_at: datetime | None = None,
) -> Done[InternalUpdate]:
    """Record an internal update that was given (a team call, a chat message to staff…); logged.

    Every update says when the next one comes: ``next_update_at`` is that promise. Left out, it is
    what the cadence asks for, which the page can show before the update goes out
    (``storage.updates.next_update_after``).

    Raises:
        NotFoundError: no such incident.
        InvalidInputError: empty text, a release time in the future, or a promise not after it.
    """
    text = clean_block(text, "what the update said", limit=10_000)
    author = clean_author(author)
    at = stored_time(released_at, "the time of the update", database.clock.now())
    incident = incidents.get(database, incident_id)
    promise = (
        to_iso(next_update_at) if next_update_at is not None else updates.next_update_after(database, incident.id, at)
    )
    if promise <= at:
        raise InvalidInputError("the next update must come after this one")
    event = InternalUpdateGiven(
        incident=incident.id, update=str(uuid.uuid4()), text=text, at=at, next_update_at=promise
    )
    update = updates.write_internal_update(
        database,
        event,
        f"Internal update given; next one by {_promise_text(database, incident, at, promise, next_update_at)}: "
        f"{short(text, 300)}",
        author=author,
        occurred_at=at if released_at is not None else None,
    )
    return Done(update, STEP_CHANGES, incident.id)


def _promise_text(database: Database, incident: Incident, at: str, promise: str, given: datetime | None) -> str:
    """The promised time for the log text, on the incident's clock: in a drill, drill minutes after the update."""
    clock = clock_of(database, incident)
    if not clock.is_drill_clock:
        return local_text(promise, clock)
    done = clock.moment(at)
    if given is None:
        due = updates.cadence(database, incident.id).next_due(clock.moment(incident.opened_at), done)
    else:
        due = done + (from_iso(promise) - from_iso(at))
    return local_text(to_iso(due), IncidentClock(incident.timezone)) + " (drill clock)"


# --- Helpers -----------------------------------------------------------------------------------


def _complete(
    database: Database, incident: Incident, step: Step, details: str, summary: Mapping[str, Any], author: str
) -> StepDone:
    """Record the ``wizard-step`` entry: the step is done and the wizard moves on (inside a transaction)."""
    event = StepCompleted(incident=incident.id, step=step.value, number=step.number, summary=dict(summary))
    return steps_store.write_step(database, event, step_done_text(step, details), author=author)


def _open_incident(database: Database, incident_id: str) -> Incident:
    incident = incidents.get(database, incident_id)
    if not incident.is_open:
        raise InvalidInputError(f"{incident.title!r} is resolved; reopen it to change its response")
    return incident


def _require_previous(database: Database, incident_id: str, step: Step) -> None:
    require_previous_done(step, frozenset(steps_store.completed(database, incident_id)))


def _unique(values: Any) -> list[str]:
    """Non-empty values, each once, in the order given."""
    seen: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.append(value)
    return seen


def _clean_facts(given: Sequence[tuple[str, bool]]) -> list[tuple[str, bool]]:
    cleaned: dict[str, bool] = {}
    for text, verified in given:
        text = clean_fact(text) if str(text).strip() else ""
        if not text:
            continue  # an empty row the page left at the end of its list
        if text in cleaned and cleaned[text] != bool(verified):
            raise InvalidInputError(f"this fact is listed twice, once verified and once not: {text}")
        cleaned[text] = bool(verified)
    return list(cleaned.items())


def _clean_audiences(given: Sequence[str]) -> list[str]:
    keys = {audience(key) for key in given}
    if not keys:
        raise InvalidInputError("choose at least one affected audience")
    return [key for key in AUDIENCES if key in keys]
