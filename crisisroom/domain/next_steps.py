"""What to do next: the one or two most urgent things for an incident, each with the reason.

A pure function over a plain snapshot of what the room knows (:class:`Facts`, built from the
database by :mod:`crisisroom.services.next_steps`). The dashboard's Next panel, ``crisisroom status``
and the situation report all show the same list. Each rule below adds at most one step; the list
is ordered by urgency (highest first), ties in the order the rules are listed.

Texts are marked with ``QT_TRANSLATE_NOOP("NextStep", …)`` and translated with the ``translate``
function the caller passes (the GUI's Qt catalogue; English as written by default). Times are
shown on the incident's wall clock; in a drill, every time (``now`` too) is on the drill clock.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

# GDPR Article 33: the supervisory authority within 72 hours of becoming aware of a personal-data breach.
from crisisroom.domain.deadlines import BREACH_NOTICE, BREACH_SOON
from crisisroom.domain.message_flow import AUDIENCE_LABELS, PHASE_LABELS
from crisisroom.domain.notifications import Outcome
from crisisroom.domain.text import QT_TRANSLATE_NOOP, as_written

Translate = Callable[[str, str], str]

# Where a click goes: a wizard step ("wizard:<step key>"), the severity assessment, the review, the log line.
LEVEL_TARGET = "level"
REVIEW_TARGET = "review"
LOG_TARGET = "log"


def wizard_target(step: str) -> str:
    return f"wizard:{step}"


UPDATE_SOON = timedelta(minutes=10)
FIRST_STATEMENT_WITHIN = timedelta(hours=1)
STATEMENT_LEVEL = 3
PAUSE_LEVEL = 4
MAX_NAMES = 4

CTX = "NextStep"
T_ASSESS = QT_TRANSLATE_NOOP("NextStep", "Assess how serious it is")
W_ASSESS = QT_TRANSLATE_NOOP(
    "NextStep", "No severity level is confirmed yet; who is called and what is due depend on it."
)
T_LEVEL = QT_TRANSLATE_NOOP("NextStep", "Confirm the level: the rules suggest level {suggested}")
W_LEVEL = QT_TRANSLATE_NOOP(
    "NextStep", "Level {suggested} suggested by {rule} at {time}; confirmed level {level} ({who}, {since})."
)
W_LEVEL_NONE = QT_TRANSLATE_NOOP("NextStep", "Level {suggested} suggested by {rule} at {time}; no level confirmed yet.")
T_CHAIN = QT_TRANSLATE_NOOP("NextStep", "Reach the chain of command for level {level}")
W_CHAIN = QT_TRANSLATE_NOOP("NextStep", "Not contacted yet: {names}.")
W_CHAIN_TRIED = QT_TRANSLATE_NOOP("NextStep", "Tried, not reached yet: {names}.")
W_CHAIN_WAITING = QT_TRANSLATE_NOOP("NextStep", "Reached, not yet acknowledged: {names}.")
# Someone who did not answer, with the roster's stand-in for them.
W_OR_BACKUP = QT_TRANSLATE_NOOP("NextStep", "{name} (or backup {backup})")
T_CHAIN_ANSWER = QT_TRANSLATE_NOOP("NextStep", "Get an answer from the chain of command")
T_UPDATE_LATE = QT_TRANSLATE_NOOP("NextStep", "Send the update that was due at {due}")
T_UPDATE_SOON = QT_TRANSLATE_NOOP("NextStep", "Send the next update by {due}")
W_UPDATE_LAST = QT_TRANSLATE_NOOP("NextStep", "Last update at {last}; the rhythm asks for the next by {due}.")
W_UPDATE_NONE = QT_TRANSLATE_NOOP(
    "NextStep",
    "No update has gone out since the incident was opened at {opened}; the rhythm asks for the first by {due}.",
)
T_APPROVE_ONE = QT_TRANSLATE_NOOP("NextStep", "Approve the statement that is waiting")
T_APPROVE_MANY = QT_TRANSLATE_NOOP("NextStep", "Approve the {count} statements that are waiting")
W_APPROVE = QT_TRANSLATE_NOOP("NextStep", "Waiting for approval since {time}: {statements}.")
T_BREACH = QT_TRANSLATE_NOOP("NextStep", "If personal data leaked, notify the authority by {deadline}")
T_BREACH_LATE = QT_TRANSLATE_NOOP("NextStep", "The 72-hour deadline to notify the authority passed at {deadline}")
W_BREACH = QT_TRANSLATE_NOOP(
    "NextStep",
    "Security breach known since {aware}: GDPR Article 33 allows 72 hours from then ({hours} h left).",
)
W_BREACH_LATE = QT_TRANSLATE_NOOP(
    "NextStep", "Security breach known since {aware}: a notification after 72 hours must say why it is late."
)
T_STATEMENT = QT_TRANSLATE_NOOP("NextStep", "Release a first statement")
W_STATEMENT = QT_TRANSLATE_NOOP(
    "NextStep", "Level {level} since {since}, over an hour ago, and no statement has been released yet."
)
T_PAUSE = QT_TRANSLATE_NOOP("NextStep", "Pause scheduled posts and campaigns")
W_PAUSE = QT_TRANSLATE_NOOP(
    "NextStep", "Level {level} confirmed at {since}: from level 4 scheduled posts stop; the checklist has them running."
)
W_PAUSE_ACCOUNTS = QT_TRANSLATE_NOOP(
    "NextStep", "Level {level} confirmed at {since}: from level 4 scheduled posts stop; not yet paused on {accounts}."
)
T_REVIEW = QT_TRANSLATE_NOOP("NextStep", "Start the post-crisis review")
W_REVIEW = QT_TRANSLATE_NOOP(
    "NextStep", "Resolved at {time}; no lesson, action item or plan change has been recorded yet."
)
UNKNOWN = QT_TRANSLATE_NOOP("NextStep", "unknown")


@dataclass(frozen=True)
class ChainPerson:
    """Someone the chain of command calls at the confirmed level, and how far they were reached.

    Attributes:
        name: their name.
        state: their most advanced outcome (:class:`~crisisroom.domain.notifications.Outcome`), None
            while nobody has tried them.
        backup: the roster's backup for them, named when they did not answer ("" for none).
    """

    name: str
    state: Outcome | None = None
    backup: str = ""


@dataclass(frozen=True)
class Waiting:
    """A statement whose current version waits for approval: its grid cell and when it was saved."""

    audience: str
    phase: str
    saved_at: datetime


@dataclass(frozen=True)
class Facts:
    """What the room knows about one incident, as plain values (times aware, on the drill clock in a drill).

    Attributes:
        now: the moment to answer for.
        zone: the incident's time zone, for the times in the texts.
        is_open: not resolved.
        category: the incident type's value (``security-breach``…).
        level: the confirmed level, None before anyone confirmed one.
        level_at, level_by: when and by whom the current level was confirmed.
        high_since: since when the level has been 3 or more without a break (None when below 3).
        suggested_level: the highest level the rules suggested, with the firing that suggests it.
        suggested_by, suggested_at: that firing's rule name and time.
        chain: the people called at the confirmed level, in chain-of-command order.
        update_due: when the next update is due (None once resolved).
        last_update_at: the last update given (internal update or released holding/update statement).
        opened_at: when the incident was opened.
        waiting: statements waiting for approval.
        released_any: whether any statement has been released.
        posts_paused: whether the checklist says scheduled posts are paused.
        accounts_running: named accounts whose pause item is not ticked.
        aware_at: when the organisation became aware (as set in Manage, else detection time, else opening).
        breach_notified: whether the checklist says the supervisory authority was notified of the breach.
        resolved_at: when it was resolved.
        review_started: whether the review has any note, action item or plan change.
    """

    now: datetime
    zone: tzinfo
    is_open: bool = True
    category: str = ""
    level: int | None = None
    level_at: datetime | None = None
    level_by: str = ""
    high_since: datetime | None = None
    suggested_level: int | None = None
    suggested_by: str = ""
    suggested_at: datetime | None = None
    chain: tuple[ChainPerson, ...] = ()
    update_due: datetime | None = None
    last_update_at: datetime | None = None
    opened_at: datetime | None = None
    waiting: tuple[Waiting, ...] = ()
    released_any: bool = False
    posts_paused: bool = False
    accounts_running: tuple[str, ...] = ()
    aware_at: datetime | None = None
    breach_notified: bool = False
    resolved_at: datetime | None = None
    review_started: bool = False


@dataclass(frozen=True)
class NextStep:
    """One thing to do now.

    Attributes:
        kind: which rule gave it (``level``, ``assess``, ``chain``, ``update``, ``approval``, ``deadline``,
            ``statement``, ``pause``, ``review``).
        urgency: 0–100, higher first.
        title: what to do, in a line.
        why: the facts that make it due.
        target: where a click goes: ``wizard:<step>``, ``level``, ``review`` or ``log``.
    """

    kind: str
    urgency: int
    title: str
    why: str
    target: str

    def as_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "title": self.title, "why": self.why, "target": self.target}


class _Words:
    def __init__(self, facts: Facts, translate: Translate) -> None:
        self.facts, self.lookup = facts, translate

    def __call__(self, text: str, **values: object) -> str:
        return self.lookup(CTX, text).format(**values)

    def time(self, moment: datetime | None) -> str:
        """``14:18`` on the day of ``now``, else ``2026-03-13 14:18`` (the incident's wall clock)."""
        if moment is None:
            return self.lookup(CTX, UNKNOWN)
        local, today = moment.astimezone(self.facts.zone), self.facts.now.astimezone(self.facts.zone)
        return local.strftime("%H:%M" if local.date() == today.date() else "%Y-%m-%d %H:%M")

    @staticmethod
    def names(names: Sequence[str]) -> str:
        shown = ", ".join(names[:MAX_NAMES])
        return shown + (f" (+{len(names) - MAX_NAMES})" if len(names) > MAX_NAMES else "")


def _assess(f: Facts, w: _Words) -> NextStep | None:
    if not f.is_open or f.level is not None or f.suggested_level:
        return None
    return NextStep("assess", 90, w(T_ASSESS), w(W_ASSESS), LEVEL_TARGET)


def _level(f: Facts, w: _Words) -> NextStep | None:
    if not f.is_open or not f.suggested_level or (f.level is not None and f.suggested_level <= f.level):
        return None
    rule, time = w.lookup("Rules", f.suggested_by), w.time(f.suggested_at)
    if f.level is None:
        why = w(W_LEVEL_NONE, suggested=f.suggested_level, rule=rule, time=time)
    else:
        why = w(
            W_LEVEL,
            suggested=f.suggested_level,
            rule=rule,
            time=time,
            level=f.level,
            who=f.level_by or w.lookup(CTX, UNKNOWN),
            since=w.time(f.level_at),
        )
    return NextStep("level", 90, w(T_LEVEL, suggested=f.suggested_level), why, LEVEL_TARGET)


def _chain(f: Facts, w: _Words) -> NextStep | None:
    if not f.is_open or f.level is None:
        return None
    uncontacted = [p.name for p in f.chain if p.state is None]
    # No answer or only a message left: they still need reaching, by another try or their backup.
    tried = [
        w(W_OR_BACKUP, name=p.name, backup=p.backup) if p.backup else p.name
        for p in f.chain
        if p.state is not None and not p.state.is_reached
    ]
    waiting = [p.name for p in f.chain if p.state is Outcome.REACHED]
    if uncontacted or tried:
        parts = [w(W_CHAIN, names=w.names(uncontacted))] if uncontacted else []
        if tried:
            parts.append(w(W_CHAIN_TRIED, names=w.names(tried)))
        if waiting:
            parts.append(w(W_CHAIN_WAITING, names=w.names(waiting)))
        return NextStep("chain", 80, w(T_CHAIN, level=f.level), " ".join(parts), wizard_target("notify"))
    if waiting:
        return NextStep(
            "chain", 45, w(T_CHAIN_ANSWER), w(W_CHAIN_WAITING, names=w.names(waiting)), wizard_target("notify")
        )
    return None


def _update(f: Facts, w: _Words) -> NextStep | None:
    due = f.update_due
    if not f.is_open or due is None or due - f.now > UPDATE_SOON:
        return None
    if f.last_update_at is not None:
        why = w(W_UPDATE_LAST, last=w.time(f.last_update_at), due=w.time(due))
    else:
        why = w(W_UPDATE_NONE, opened=w.time(f.opened_at), due=w.time(due))
    if f.now >= due:
        return NextStep("update", 85, w(T_UPDATE_LATE, due=w.time(due)), why, wizard_target("message"))
    return NextStep("update", 60, w(T_UPDATE_SOON, due=w.time(due)), why, wizard_target("message"))


def _approval(f: Facts, w: _Words) -> NextStep | None:
    if not f.is_open or not f.waiting:
        return None
    cells = ", ".join(
        f"{w.lookup('Messages', AUDIENCE_LABELS.get(s.audience, s.audience))} · "
        f"{w.lookup('Messages', PHASE_LABELS.get(s.phase, s.phase))}"
        for s in f.waiting
    )
    oldest = min(s.saved_at for s in f.waiting)
    title = w(T_APPROVE_ONE) if len(f.waiting) == 1 else w(T_APPROVE_MANY, count=len(f.waiting))
    return NextStep(
        "approval", 55, title, w(W_APPROVE, time=w.time(oldest), statements=cells), wizard_target("message")
    )


def _deadline(f: Facts, w: _Words) -> NextStep | None:
    # Resolving a breach does not end the duty to notify the authority (GDPR Article 33): the step
    # stays, resolved or not, until the checklist's item is ticked.
    if f.category != "security-breach" or f.aware_at is None or f.breach_notified:
        return None
    deadline = f.aware_at + BREACH_NOTICE
    left = deadline - f.now
    aware, when = w.time(f.aware_at), w.time(deadline)
    if left <= timedelta(0):
        late = w(W_BREACH_LATE, aware=aware)
        return NextStep("deadline", 95, w(T_BREACH_LATE, deadline=when), late, wizard_target("manage"))
    hours = int(left.total_seconds() // 3600)
    urgency = 78 if left <= BREACH_SOON else 40
    why = w(W_BREACH, aware=aware, hours=hours)
    # The notification is ticked off on the Manage step's checklist, where the clock is shown.
    return NextStep("deadline", urgency, w(T_BREACH, deadline=when), why, wizard_target("manage"))


def _statement(f: Facts, w: _Words) -> NextStep | None:
    if not f.is_open or f.released_any or f.high_since is None or (f.level or 0) < STATEMENT_LEVEL:
        return None
    if f.now - f.high_since < FIRST_STATEMENT_WITHIN:
        return None
    why = w(W_STATEMENT, level=f.level, since=w.time(f.high_since))
    return NextStep("statement", 75, w(T_STATEMENT), why, wizard_target("message"))


def _pause(f: Facts, w: _Words) -> NextStep | None:
    if not f.is_open or (f.level or 0) < PAUSE_LEVEL or f.posts_paused:
        return None
    since = w.time(f.level_at)
    if f.accounts_running:
        why = w(W_PAUSE_ACCOUNTS, level=f.level, since=since, accounts=w.names(f.accounts_running))
    else:
        why = w(W_PAUSE, level=f.level, since=since)
    return NextStep("pause", 70, w(T_PAUSE), why, wizard_target("manage"))


def _review(f: Facts, w: _Words) -> NextStep | None:
    if f.is_open or f.review_started:
        return None
    return NextStep("review", 50, w(T_REVIEW), w(W_REVIEW, time=w.time(f.resolved_at)), REVIEW_TARGET)


RULES: tuple[Callable[[Facts, _Words], NextStep | None], ...] = (
    _assess,
    _level,
    _deadline,
    _update,
    _chain,
    _statement,
    _pause,
    _approval,
    _review,
)
"""The rules, in the order that breaks ties between equally urgent steps."""


def next_steps(facts: Facts, translate: Translate = as_written) -> list[NextStep]:
    """Every step due now, most urgent first (ties in :data:`RULES` order)."""
    words = _Words(facts, translate)
    found = [step for rule in RULES if (step := rule(facts, words)) is not None]
    return sorted(found, key=lambda step: -step.urgency)  # sorted() is stable: ties keep the rules' order
