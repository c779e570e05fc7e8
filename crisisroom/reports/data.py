"""What each report says, as plain data: one builder per kind, computed from what was stored.

The builders take a :class:`ReportSource` (domain objects loaded by
:func:`crisisroom.services.reports.load_source`) and return dicts and lists of str, int, bool and
None only, so a template can neither reach an object's methods nor be handed anything it could
run (DESIGN.md: "Only plain data goes into a template"). Times are formatted here, on the
incident's clock, so templates, CSV files and PDFs all say the same thing.

Words made here follow the language: labels are marked with ``QT_TRANSLATE_NOOP(context, text)``
(the report's own in "Report", the domain's in the context the domain marks them with) and
translated at use with :func:`crisisroom.domain.text.translate`, which the GUI connects to the
interface's Qt catalogue (the command line has none and keeps English labels). Day and month
names come from :data:`crisisroom.domain.date_words.DATE_WORDS` in the content language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from crisisroom.domain.chain import rule_call
from crisisroom.domain.checklist import ChecklistItem
from crisisroom.domain.clock import from_iso, to_iso, zone_from_name
from crisisroom.domain.coverage import CoverageItem
from crisisroom.domain.date_words import DATE_WORDS
from crisisroom.domain.deadlines import Deadline, DeadlineState, hours_minutes
from crisisroom.domain.events.incidents import severity_change
from crisisroom.domain.events.review import review_event
from crisisroom.domain.facts import Fact
from crisisroom.domain.incident_time import IncidentClock
from crisisroom.domain.incidents import Incident
from crisisroom.domain.log import Kind, LogEntry
from crisisroom.domain.mentions import HourCount, plausible_hours
from crisisroom.domain.message_flow import Message, MessageState, MessageVersion
from crisisroom.domain.next_steps import NextStep
from crisisroom.domain.notifications import NOT_TRIED, ChainCounts, Outcome, PersonNotification
from crisisroom.domain.platform_lengths import Audience, Phase
from crisisroom.domain.response_steps import Assessment
from crisisroom.domain.review import ActionItem, NoteKind, PlanAdjustment, ReviewNote
from crisisroom.domain.severity import level as severity_level
from crisisroom.domain.team import Person
from crisisroom.domain.text import QT_TRANSLATE_NOOP, translate
from crisisroom.i18n.languages import DEFAULT, exercise_mark, language

KINDS = ("situation", "daily", "review", "activity-log", "messages", "mentions")
KIND_TITLES = {
    "situation": QT_TRANSLATE_NOOP("Report", "Situation report"),
    "daily": QT_TRANSLATE_NOOP("Report", "Daily summary"),
    "review": QT_TRANSLATE_NOOP("Report", "Post-crisis review"),
    "activity-log": QT_TRANSLATE_NOOP("Report", "Activity log"),
    "messages": QT_TRANSLATE_NOOP("Report", "Message record"),
    "mentions": QT_TRANSLATE_NOOP("Report", "Mentions"),
    "after-action": QT_TRANSLATE_NOOP("Report", "After-action report"),
}
"""English titles by kind; :func:`kind_title` gives one in the interface language."""
# The log kinds that tell the story of a crisis; notes, facts and vault access stay in the full log.
TIMELINE_KINDS = frozenset(
    {Kind.SEVERITY, Kind.STATUS, Kind.DECISION, Kind.ACTION, Kind.NOTIFICATION, Kind.MESSAGE, Kind.ALERT}
)
RECENT = 8  # how many recent decisions and actions a situation report lists

# The words the builders put in; the domain's labels are translated in the domain's contexts.
NOT_ASSESSED = QT_TRANSLATE_NOOP("Severity", "Not yet assessed")
LEVEL_LABEL = QT_TRANSLATE_NOOP("Severity", "Level {number} · {name}")
INCIDENT_STATUS = {True: QT_TRANSLATE_NOOP("Report", "Open"), False: QT_TRANSLATE_NOOP("Report", "Closed")}
# In their own context: an action is feminine in French ("ouverte"), an incident is not.
ACTION_STATUS = {
    "done": QT_TRANSLATE_NOOP("ReportActions", "Done"),
    "overdue": QT_TRANSLATE_NOOP("ReportActions", "Overdue"),
    "open": QT_TRANSLATE_NOOP("ReportActions", "Open"),
}
MESSAGE_STATES = {
    MessageState.DRAFT.value: QT_TRANSLATE_NOOP("Report", "draft"),
    MessageState.APPROVED.value: QT_TRANSLATE_NOOP("Report", "approved"),
    MessageState.RELEASED.value: QT_TRANSLATE_NOOP("Report", "released"),
}
# "…, from detection": what response times count from.
RESPONSE_BASIS = {
    "detection": QT_TRANSLATE_NOOP("Report", "detection"),
    "opening": QT_TRANSLATE_NOOP("Report", "opening"),
}
CORRECTION = QT_TRANSLATE_NOOP("Report", "Correction of the entry of {when}: {text}")
SHEET_SUBJECT = QT_TRANSLATE_NOOP("Report", "{phase} · version {number}")
INJECT = QT_TRANSLATE_NOOP("Report", "Inject {offset}")
EXERCISE_CONTROL = QT_TRANSLATE_NOOP("Report", "Exercise control")
NOT_PLAYED = QT_TRANSLATE_NOOP("Report", "not played")
DAYS_HOURS = QT_TRANSLATE_NOOP("Report", "{days} d {hours} h")
HOURS_MINUTES = QT_TRANSLATE_NOOP("Report", "{hours} h {minutes} min")
MINUTES = QT_TRANSLATE_NOOP("Report", "{minutes} min")
# The 72-hour clock of a personal-data breach (crisisroom.domain.deadlines), in the situation report.
BREACH_DEADLINE = QT_TRANSLATE_NOOP(
    "Report", "Notify the supervisory authority of the personal-data breach (GDPR Article 33, 72 hours)"
)
AWARE_BASIS = {
    "set": QT_TRANSLATE_NOOP("Report", "as recorded by the team"),
    "detection": QT_TRANSLATE_NOOP("Report", "the detection time"),
    "opening": QT_TRANSLATE_NOOP("Report", "when the incident was opened"),
}
DEADLINE_LEFT = QT_TRANSLATE_NOOP("Report", "{time} left")
DEADLINE_OVERDUE = QT_TRANSLATE_NOOP("Report", "Overdue by {time}")
DEADLINE_MET = QT_TRANSLATE_NOOP("Report", "Done at {when} by {who}, {time} before the deadline")
DEADLINE_LATE = QT_TRANSLATE_NOOP("Report", "Done at {when} by {who}, {time} after the deadline")


@dataclass(frozen=True)
class FiringRecord:
    """A rule firing with the rule's name and advice as they were when it fired."""

    rule_id: str
    rule_name: str
    fired_at: str
    negative_in_hour: int
    suggested_level: int | None
    action: str
    role: str
    acknowledged_at: str | None


@dataclass(frozen=True)
class MessageRecord:
    """A statement cell with every saved version, oldest first."""

    message: Message
    versions: tuple[MessageVersion, ...]


@dataclass(frozen=True)
class ReportSource:
    """Everything the reports read about one incident, loaded once.

    ``now`` is when the report is made (stored UTC form); ``daily`` reports the incident's local
    day of ``now`` (or of ``closed_at`` for a closed incident).
    """

    incident: Incident
    now: str
    entries: Sequence[LogEntry] = ()
    hourly: Sequence[HourCount] = ()
    firings: Sequence[FiringRecord] = ()
    messages: Sequence[MessageRecord] = ()
    notifications: Sequence[PersonNotification] = ()
    facts: Sequence[Fact] = ()
    coverage: Sequence[CoverageItem] = ()
    assessment: Assessment | None = None
    notes: Sequence[ReviewNote] = ()
    actions: Sequence[ActionItem] = ()
    adjustments: Sequence[PlanAdjustment] = ()
    next_steps: Sequence[NextStep] = ()
    # The chain of command for the incident's level (the roster's people called at it), in order.
    chain: Sequence[Person] = ()
    # Everyone on the team, for whom a rule's "call" names.
    roster: Sequence[Person] = ()
    chain_level: int | None = None
    # The incident's clock (crisisroom.domain.incident_time): a played drill's drill clock; default its zone.
    incident_clock: IncidentClock | None = None
    # The Manage step's checklist, and a breach's 72-hour clock (on the incident's clock).
    checklist: Sequence[ChecklistItem] = ()
    breach_deadline: Deadline | None = None

    @property
    def zone(self) -> tzinfo:
        """The incident's zone: for real times (when the report was made); every other time is on :attr:`clock`."""
        return zone_from_name(self.incident.timezone)

    @property
    def clock(self) -> IncidentClock:
        """The clock every time in the report is shown on: the incident's zone, a drill's drill clock."""
        return self.incident_clock or IncidentClock(self.incident.timezone or "UTC")


# --- Formatting on the incident's clock -----------------------------------------------------------

# What the formatters take: the incident's clock (a drill's drill clock), or a bare zone for times
# that are already on it.
Clock = IncidentClock | tzinfo


def _local(stored: str, zone: Clock) -> datetime:
    moment = from_iso(stored)
    try:
        return zone.moment(moment) if isinstance(zone, IncidentClock) else moment.astimezone(zone)
    except OverflowError:  # year 1 west of Greenwich, 9999 east of it: shown in UTC rather than failing
        return moment


def date_text(moment: datetime, style: str) -> str:
    """A local time in the content language: the one way reports write dates.

    Styles (English): ``stamp`` ``Sat 14 Mar 2026, 14:20``; ``row`` ``14 Mar 14:20``; ``long``
    ``Saturday 14 March 2026``. The names come from ``DATE_WORDS``, not from strftime, whose
    ``%a``/``%b`` depend on the process's C locale.
    """
    english = DATE_WORDS[DEFAULT]
    words = DATE_WORDS.get(language(), english)
    weekday, month = moment.weekday(), moment.month - 1
    return (words.report.get(style) or english.report[style]).format(
        day=words.days[weekday],
        sday=(words.short_days or english.short_days)[weekday],
        d=moment.day,
        month=words.months[month],
        smonth=(words.short_months or english.short_months)[month],
        year=moment.year,
        clock=f"{moment:%H:%M}",
    )


def when(stored: str | None, zone: Clock) -> str:
    """``Sat 14 Mar 2026, 14:20``; "" for no time."""
    return date_text(_local(stored, zone), "stamp") if stored else ""


def sortable(stored: str | None, zone: Clock) -> str:
    """``2026-03-14 14:20``: for spreadsheets, which sort and filter it as a date; "" for no time."""
    return f"{_local(stored, zone):%Y-%m-%d %H:%M}" if stored else ""


def short(stored: str | None, zone: Clock) -> str:
    """``14 Mar 14:20``, for table rows (the heading already gives the year); "" for no time."""
    return date_text(_local(stored, zone), "row") if stored else ""


def clock_time(stored: str | None, zone: Clock) -> str:
    """``14:20``; "" for no time."""
    return f"{_local(stored, zone):%H:%M}" if stored else ""


def day_label(moment: datetime) -> str:
    """``Saturday 14 March 2026``."""
    return date_text(moment, "long")


def duration(seconds: float | None) -> str:
    """``1 h 05 min``, ``12 min``, ``2 d 3 h``; "—" when unknown."""
    if seconds is None:
        return "—"
    minutes = max(0, round(seconds / 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return translate("Report", DAYS_HOURS).format(days=days, hours=hours)
    if hours:
        return translate("Report", HOURS_MINUTES).format(hours=hours, minutes=f"{mins:02d}")
    return translate("Report", MINUTES).format(minutes=mins)


def _seconds_between(start: str | None, end: str | None) -> float | None:
    if not start or not end:
        return None
    return (from_iso(end) - from_iso(start)).total_seconds()


def percent(part: int, whole: int) -> str:
    """``42%``; "—" when there is nothing to divide."""
    return f"{round(100 * part / whole)}%" if whole else "—"


def kind_title(kind: str) -> str:
    """A report kind's title ("Situation report") in the interface language."""
    return translate("Report", KIND_TITLES[kind])


def _level_text(number: int | None) -> str:
    if not number:
        return translate("Severity", NOT_ASSESSED)
    name = translate("Severity", severity_level(number).name)
    return translate("Severity", LEVEL_LABEL).format(number=number, name=name)


def _audience_label(key: str) -> str:
    return translate("Messages", Audience(key).label)


def _phase_label(key: str) -> str:
    return translate("Messages", Phase(key).label)


def _statement_for(message: Message) -> str:
    """Who a statement is for: the audience, and the platform of a platform's version (``Customers · SMS``)."""
    audience = _audience_label(message.audience)
    return f"{audience} · {translate('Messages', message.platform_label)}" if message.platform else audience


def _cell_label(message: Message) -> str:
    """``Customers · Holding statement``, as :func:`crisisroom.domain.message_flow.cell_label`, translated."""
    return f"{_audience_label(message.audience)} · {_phase_label(message.phase)}"


def _kind_label(kind: str) -> str:
    """A log kind's label ("Drill inject"); a kind this version does not know, as stored."""
    return translate("LogKind", Kind(kind).label) if kind in Kind._value2member_map_ else kind


def latest_corrections(entries: Sequence[LogEntry]) -> dict[str, LogEntry]:
    """Each corrected entry's id -> its latest correction (``entries`` oldest first).

    A correction of a correction counts for the entry the chain started from, so a chain of
    corrections resolves to its latest text.
    """
    by_id = {e.id: e for e in entries}
    latest: dict[str, LogEntry] = {}
    for entry in entries:
        if entry.corrects is None or entry.corrects not in by_id:
            continue
        root, seen = entry, {entry.id}
        while root.corrects in by_id and root.corrects not in seen:
            root = by_id[root.corrects]
            seen.add(root.id)
        latest[root.id] = entry
    return latest


def shown_entries(entries: Sequence[LogEntry]) -> tuple[list[LogEntry], dict[str, LogEntry]]:
    """The entries a report shows, each once, and their latest corrections.

    A correction is not an entry of its own in a report: the entry it corrects is shown with the
    corrected text (:func:`shown`). Corrections of an entry the report does not have stay.
    """
    known = {e.id for e in entries}
    latest = latest_corrections(entries)
    return [e for e in entries if e.corrects is None or e.corrects not in known], latest


def _without_kind(text: str, kind: str) -> str:
    """The text without a leading "Decision:" (the kind is shown beside it, never twice)."""
    labels = {kind.casefold(), _kind_label(kind).casefold()}
    while True:
        head, colon, rest = text.partition(":")
        if not colon or head.strip().casefold() not in labels or not rest.strip():
            return text
        text = rest.strip()


def shown(entry: LogEntry, latest: dict[str, LogEntry], zone: Clock) -> dict[str, Any]:
    """An entry as a report shows it: its corrected text, and when and by whom it was corrected.

    ``text`` is the latest wording (without a repeated kind prefix); ``corrected`` says whether it
    was corrected, ``corrected_at``/``corrected_by`` when and by whom, ``superseded`` the first
    wording (which a report shows at most struck through).
    """
    correction = latest.get(entry.id)
    text = correction.text if correction is not None else entry.text
    return {
        "text": _without_kind(text, entry.kind),
        "corrected": correction is not None,
        "corrected_at": short(correction.recorded_at, zone) if correction is not None else "",
        "corrected_at_sortable": sortable(correction.recorded_at, zone) if correction is not None else "",
        "corrected_by": correction.author if correction is not None else "",
        "superseded": _without_kind(entry.text, entry.kind) if correction is not None else "",
    }


def _display_title(incident: Incident) -> str:
    """The title with a drill's mark in the content language (``[ÖVNING] …``), as the report's text has it."""
    return incident.marked_title(exercise_mark())


# --- Shared parts ---------------------------------------------------------------------------------


def header(source: ReportSource, kind: str) -> dict[str, Any]:
    """What every report's heading and PDF page header say.

    The times are on the incident's clock, which the footer names once (``timezone``; in a drill
    ``drill_clock``); when the report was made is real time, which a drill's footer says.
    """
    incident, zone = source.incident, source.clock
    return {
        "kind": kind,
        "kind_title": kind_title(kind),
        "title": incident.title,
        "display_title": _display_title(incident),
        "is_drill": incident.is_drill,
        "exercise_mark": exercise_mark(),
        "category": translate("Category", incident.category.label),
        "level": _level_text(incident.level),
        "level_number": incident.level,
        "status": translate("Report", INCIDENT_STATUS[incident.is_open]),
        "opened": when(incident.opened_at, zone),
        "detected": when(incident.detected_at, zone),
        "closed": when(incident.closed_at, zone),
        "timezone": incident.timezone,
        "drill_clock": zone.is_drill_clock,
        "generated": when(source.now, source.zone),
    }


def level_history(source: ReportSource) -> list[dict[str, Any]]:
    """Every confirmed change of severity, oldest first."""
    rows = []
    latest = latest_corrections(source.entries)
    for entry in source.entries:
        change = severity_change(entry.payload) if entry.kind == Kind.SEVERITY else None
        if change is not None:
            rows.append(
                {
                    "at": short(entry.recorded_at, source.clock),
                    "from": _level_text(change[0]),
                    "to": _level_text(change[1]),
                    "by": entry.author,
                    **shown(entry, latest, source.clock),
                }
            )
    return rows


def _hours_in(source: ReportSource, start: str | None = None, end: str | None = None) -> list[HourCount]:
    return [
        h
        for h in plausible_hours(source.hourly)
        if (start is None or h.hour >= start) and (end is None or h.hour < end)
    ]


def mention_figures(hours: Sequence[HourCount], zone: Clock) -> dict[str, Any]:
    """Volume, negative share and the busiest hour of a run of hourly counts (plausible hours only)."""
    hours = plausible_hours(hours)
    total = sum(h.total for h in hours)
    negative = sum(h.negative for h in hours)
    peak = max(hours, key=lambda h: (h.total, h.hour), default=None)
    peak_negative = max(hours, key=lambda h: (h.negative, h.hour), default=None)
    return {
        "total": total,
        "negative": negative,
        "other": total - negative,
        "negative_share": percent(negative, total),
        "peak_hour": when(peak.hour, zone) if peak and peak.total else "",
        "peak_total": peak.total if peak else 0,
        "peak_negative_hour": when(peak_negative.hour, zone) if peak_negative and peak_negative.negative else "",
        "peak_negative": peak_negative.negative if peak_negative else 0,
    }


def firing_rows(firings: Sequence[FiringRecord], zone: Clock, roster: Sequence[Person] = ()) -> list[dict[str, Any]]:
    """The rule firings, each with whom its action calls on today's roster (name, phone, backup)."""
    return [
        {
            "at": short(f.fired_at, zone),
            # Shipped rules are translated; one the team named or reworded is shown as typed.
            "rule": translate("Rules", f.rule_name),
            "negative_in_hour": f.negative_in_hour,
            "suggested_level": f.suggested_level,
            "action": translate("Rules", f.action),
            "role": translate("Rules", f.role),
            "who": rule_call(f.role, roster).who(translate) if f.role else "",
            "acknowledged": when(f.acknowledged_at, zone),
        }
        for f in firings
    ]


def released_statements(source: ReportSource) -> list[dict[str, Any]]:
    """Every version that went out, in release order."""
    rows: list[dict[str, Any]] = []
    for record in source.messages:
        for version in record.versions:
            if version.release is not None:
                rows.append(
                    {
                        "stored_at": version.release.at,
                        "at": short(version.release.at, source.clock),
                        "audience": _statement_for(record.message),
                        "phase": _phase_label(record.message.phase),
                        "version": version.number,
                        "where": ", ".join(version.release.where),
                        "approved_by": version.approval.name if version.approval else "",
                        "text": version.text,
                    }
                )
    rows.sort(key=lambda row: row["stored_at"])
    return rows


def _start_of_response(incident: Incident) -> tuple[str, str]:
    """The moment response times count from: detection when recorded, else the opening."""
    if incident.detected_at and incident.detected_at <= incident.opened_at:
        return incident.detected_at, "detection"
    return incident.opened_at, "opening"


def metrics(source: ReportSource) -> dict[str, Any]:
    """The incident's figures, all computed from the stored data."""
    incident, zone = source.incident, source.clock
    start, basis = _start_of_response(incident)
    releases = released_statements(source)
    first_release = releases[0]["stored_at"] if releases else None
    # Notified means reached: an unanswered call or a message left has told no one yet.
    reached = [n for n in source.notifications if n.state.is_reached]
    first_notified = min((n.reached_at for n in reached if n.reached_at), default=None)
    acknowledged = [n for n in source.notifications if n.acknowledged_at]
    entries = [e for e in source.entries if e.kind != Kind.CORRECTION]
    end = incident.closed_at or source.now
    open_actions = [a for a in source.actions if a.is_open]
    levels = [change[1] for e in _severity_entries(source) if (change := severity_change(e.payload))]
    tones = {
        tone: sum(1 for c in source.coverage if c.tone.value == tone) for tone in ("positive", "neutral", "negative")
    }
    return {
        "response_basis": translate("Report", RESPONSE_BASIS[basis]),
        "duration": duration(_seconds_between(incident.opened_at, end)),
        "duration_ongoing": incident.closed_at is None,
        "time_to_first_statement": duration(_seconds_between(start, first_release)),
        "first_statement_at": when(first_release, zone),
        "time_to_notify": duration(_seconds_between(start, first_notified)),
        "first_notified_at": when(first_notified, zone),
        "people_notified": len(reached),
        "people_acknowledged": len(acknowledged),
        "people": people_reached(source),
        "statements_released": len(releases),
        "approvals_waiting": sum(1 for r in source.messages if r.message.state is MessageState.DRAFT),
        "log_entries": len(entries),
        "decisions": sum(1 for e in entries if e.kind == Kind.DECISION),
        "corrections": sum(1 for e in source.entries if e.kind == Kind.CORRECTION),
        "firings": len(source.firings),
        "highest_level": _level_text(max(levels)) if levels else _level_text(incident.level),
        "level_changes": len(levels),
        "mentions": mention_figures(source.hourly, zone),
        "coverage": {"total": len(source.coverage), **tones},
        "open_actions": len(open_actions),
    }


def _call_tree(source: ReportSource) -> list[tuple[str, PersonNotification | None, bool]]:
    """``(name, record of calls or None, in the chain)``: the chain of command for the incident's level
    in order, then anyone else tried. A person is matched to their record by roster id, else by name."""
    by_id = {n.person_id: n for n in source.notifications}
    by_name = {n.person_name.casefold(): n for n in source.notifications}
    used: set[str] = set()
    people: list[tuple[str, PersonNotification | None, bool]] = []
    for person in source.chain:
        found = by_id.get(person.id) or by_name.get(person.name.casefold())
        if found is not None and found.person_id in used:
            found = None
        if found is not None:
            used.add(found.person_id)
        people.append((person.name, found, True))
    people += [(n.person_name, n, False) for n in source.notifications if n.person_id not in used]
    return people


def people_reached(source: ReportSource) -> dict[str, Any]:
    """How far each person of the chain of command was reached, counted per state and named.

    Counted against the whole chain (the roster's people called at the level), not only against
    the people someone got round to trying; anyone tried who is not in the chain is added to the
    names (``outside_chain`` counts them) but not to the counts. ``counts`` lists the states anyone
    is in, the most advanced first (``[{"key": "acknowledged", "count": 2}, …]``; keys as
    :meth:`ChainCounts.items`, which ``tried`` uses for its states too); the templates say them in
    their language: "5 people in the level-4 chain of command: 2 acknowledged, 1 reached, 1 no
    answer, 1 not yet tried".
    """
    people = _call_tree(source)
    in_chain = [(name, n) for name, n, chained in people if chained]
    counts = ChainCounts.of(n.state if n is not None else None for _, n in in_chain)
    zone = source.clock
    return {
        "level": source.chain_level if source.chain else None,
        "chain_total": len(in_chain),
        "chain_confirmed": counts.acknowledged,
        "chain_reached": counts.acknowledged + counts.reached,
        "counts": [{"key": key, "count": count} for key, count in counts.items()],
        "confirmed": [name for name, n, _ in people if n is not None and n.acknowledged_at],
        "reached_not_confirmed": [name for name, n, _ in people if n is not None and n.state is Outcome.REACHED],
        # Everyone not spoken to yet: never tried, no answer, or only a message left.
        "not_reached": [name for name, n, _ in people if n is None or not n.state.is_reached],
        "tried": [
            {"name": name, "state": n.state.name.lower(), "at": clock_time(n.current.occurred_at, zone)}
            for name, n, _ in people
            if n is not None and not n.state.is_reached
        ],
        "not_tried": [name for name, n, _ in people if n is None],
        "outside_chain": sum(1 for _, _, chained in people if not chained),
    }


def call_tree_rows(source: ReportSource) -> list[dict[str, Any]]:
    """One row per person of the chain (then anyone else tried): their state, since when, and every try.

    For the situation report's CSV; state and outcome words follow the interface language.
    """
    zone = source.clock
    rows = []
    for name, found, chained in _call_tree(source):
        tries = found.attempts if found is not None else ()
        rows.append(
            {
                "name": name,
                "in_chain": chained,
                "state": translate("Notifications", found.state.label if found is not None else NOT_TRIED),
                "since": sortable(found.current.occurred_at, zone) if found is not None else "",
                "attempts": len(tries),
                "history": "; ".join(
                    f"{sortable(a.occurred_at, zone)} {translate('Notifications', a.outcome.label)} "
                    f"({translate('Notifications', a.channel.label)})"
                    for a in tries
                ),
            }
        )
    return rows


def action_rows(items: Sequence[ActionItem], source: ReportSource) -> list[dict[str, Any]]:
    today = _local(source.now, source.clock).date()
    return [
        {
            "text": a.text,
            "owner": a.owner,
            "due": a.due_date,
            "status": translate(
                "ReportActions",
                ACTION_STATUS["done" if not a.is_open else ("overdue" if a.is_overdue(today) else "open")],
            ),
            "done": short(a.done_at, source.clock),
        }
        for a in items
    ]


def _entry_time(entry: LogEntry) -> str:
    return entry.occurred_at or entry.recorded_at


def log_rows(entries: Sequence[LogEntry], zone: Clock) -> list[dict[str, Any]]:
    """ICS 214's columns: date/time, notable activity, who.

    A corrected entry is one row with its latest text, marked corrected (when, by whom, and the
    wording it replaced); the corrections themselves are not rows of their own.
    """
    by_id = {e.id: e for e in entries}
    kept, latest = shown_entries(entries)
    rows = []
    for entry in kept:
        row = shown(entry, latest, zone)
        activity = row["text"]
        if entry.corrects and entry.corrects in by_id:  # a correction of an entry this list does not have
            corrected = when(_entry_time(by_id[entry.corrects]), zone)
            activity = translate("Report", CORRECTION).format(when=corrected, text=entry.text)
        local = _local(_entry_time(entry), zone)
        rows.append(
            {
                **row,
                "date": f"{local:%Y-%m-%d}",
                "time": f"{local:%H:%M}",
                "when": when(_entry_time(entry), zone),
                "kind": _kind_label(entry.kind),
                "activity": activity,
                "who": entry.author,
                "recorded": when(entry.recorded_at, zone) if entry.occurred_at else "",
            }
        )
    rows.sort(key=lambda row: (row["date"], row["time"]))
    return rows


# --- The kinds ------------------------------------------------------------------------------------


def situation(source: ReportSource) -> dict[str, Any]:
    """Conditions, actions and needs, for the next update meeting."""
    zone, now = source.clock, source.now
    day_ago = (from_iso(now) - timedelta(hours=24)).strftime("%Y-%m-%dT%H:00:00Z")
    kept, latest = shown_entries(source.entries)
    decisions = [e for e in kept if e.kind in (Kind.DECISION, Kind.ACTION)][-RECENT:]
    waiting = [
        {
            "cell": _cell_label(r.message),
            "version": r.message.current.number,
            "state": translate("Report", MESSAGE_STATES[r.message.state.value]),
        }
        for r in source.messages
        if r.message.state is not MessageState.RELEASED
    ]
    return {
        **header(source, "situation"),
        "next": [{"title": step.title, "why": step.why} for step in source.next_steps],
        "what_happened": source.assessment.what_happened if source.assessment else "",
        "audiences": [_audience_label(a) for a in source.assessment.audiences] if source.assessment else [],
        "verified_facts": [f.text for f in source.facts if f.verified],
        "unverified_facts": [f.text for f in source.facts if not f.verified],
        "mentions_all": mention_figures(source.hourly, zone),
        "mentions_24h": mention_figures(_hours_in(source, start=day_ago), zone),
        "firings": firing_rows(source.firings[-RECENT:], zone, source.roster),
        "unacknowledged_firings": sum(1 for f in source.firings if not f.acknowledged_at),
        "recent": [
            {"at": short(e.recorded_at, zone), "kind": _kind_label(e.kind), "who": e.author, **shown(e, latest, zone)}
            for e in reversed(decisions)
        ],
        "released": released_statements(source),
        "waiting": waiting,
        "not_acknowledged": [n.person_name for n in source.notifications if not n.acknowledged_at],
        "people": people_reached(source),
        "call_tree": call_tree_rows(source),
        "open_actions": action_rows([a for a in source.actions if a.is_open], source),
        "metrics": metrics(source),
        "deadlines": deadline_rows(source),
        "open_checklist": [_checklist_label(item) for item in source.checklist if not item.done],
    }


def _checklist_label(item: ChecklistItem) -> str:
    """A built-in item in the interface language; the team's own items and accounts as typed."""
    return translate("Checklist", item.label) if item.built_in else item.label


def deadline_rows(source: ReportSource) -> list[dict[str, Any]]:
    """The deadlines the law sets for this incident: what, from when, due when, and where it stands.

    The times are already on the incident's clock, so they are written in its zone without going
    through a drill clock again. ``late`` marks a deadline missed (overdue, or done after it).
    """
    deadline = source.breach_deadline
    if deadline is None:
        return []
    zone = source.clock.zone
    now = source.clock.now(from_iso(source.now))
    state = deadline.state(now)
    # Hours, not days: the law counts this deadline in hours.
    hours, minutes = hours_minutes(deadline.left(now))
    left = translate("Report", HOURS_MINUTES).format(hours=hours, minutes=f"{minutes:02d}")
    if state in (DeadlineState.MET, DeadlineState.LATE):
        words = DEADLINE_MET if state is DeadlineState.MET else DEADLINE_LATE
        status = translate("Report", words).format(
            when=when(to_iso(deadline.done_at), zone) if deadline.done_at else "", who=deadline.done_by or "", time=left
        )
    elif state is DeadlineState.OVERDUE:
        status = translate("Report", DEADLINE_OVERDUE).format(time=left)
    else:
        status = translate("Report", DEADLINE_LEFT).format(time=left)
    return [
        {
            "what": translate("Report", BREACH_DEADLINE),
            "aware": when(to_iso(deadline.aware_at), zone),
            "aware_basis": translate("Report", AWARE_BASIS[deadline.basis.value]),
            "due": when(to_iso(deadline.due_at), zone),
            "state": state.value,
            "status": status,
            "late": state in (DeadlineState.OVERDUE, DeadlineState.LATE),
        }
    ]


def _report_day(source: ReportSource) -> tuple[datetime, str, str]:
    """The local day a daily summary covers, and its bounds as stored UTC strings."""
    zone = source.zone
    anchor = _local(source.incident.closed_at or source.now, zone)
    start = anchor.replace(hour=0, minute=0, second=0, microsecond=0)
    # Add a day on the calendar, not 24 hours, so a DST change gives a 23- or 25-hour day.
    end = (start.replace(tzinfo=None) + timedelta(days=1)).replace(tzinfo=zone)
    utc = "%Y-%m-%dT%H:%M:%S.000Z"
    return start, start.astimezone(UTC).strftime(utc), end.astimezone(UTC).strftime(utc)


def daily(source: ReportSource) -> dict[str, Any]:
    """The end-of-day summary for senior management."""
    zone = source.clock
    day, start, end = _report_day(source)

    def inside(stored: str | None) -> bool:
        return stored is not None and start <= stored < end

    hours = _hours_in(source, start=start[:13] + ":00:00Z", end=end[:13] + ":00:00Z")
    levels = [
        row for row, e in zip(level_history(source), _severity_entries(source), strict=True) if inside(e.recorded_at)
    ]
    released = [r for r in released_statements(source) if inside(r["stored_at"])]
    kept, latest = shown_entries(source.entries)
    day_entries = [e for e in kept if inside(_entry_time(e))]
    return {
        **header(source, "daily"),
        "day": day_label(day),
        "level_changes": levels,
        "mentions_day": mention_figures(hours, zone),
        "mentions_all": mention_figures(source.hourly, zone),
        "firings": firing_rows([f for f in source.firings if inside(f.fired_at)], zone, source.roster),
        "released": released,
        "decisions": [
            {"at": clock_time(_entry_time(e), zone), "who": e.author, **shown(e, latest, zone)}
            for e in day_entries
            if e.kind == Kind.DECISION
        ],
        "entries_today": len(day_entries),
        "open_actions": action_rows([a for a in source.actions if a.is_open], source),
        "waiting": [_cell_label(r.message) for r in source.messages if r.message.state is not MessageState.RELEASED],
        "not_acknowledged": [n.person_name for n in source.notifications if not n.acknowledged_at],
        "people": people_reached(source),
        "day_start": start,
        "day_end": end,
    }


def _severity_entries(source: ReportSource) -> list[LogEntry]:
    return [e for e in source.entries if e.kind == Kind.SEVERITY and severity_change(e.payload) is not None]


def review(source: ReportSource) -> dict[str, Any]:
    """The post-crisis review: summary, timeline, what went well and not, messaging, metrics, follow-up."""
    zone = source.clock
    # In time order of what happened: an alert about 14:12 recorded at 17:00 belongs at 14:12.
    story = sorted(
        (e for e in source.entries if e.kind in TIMELINE_KINDS and review_event(e.payload) is None),
        key=_entry_time,
    )
    latest = latest_corrections(source.entries)
    timeline = [
        {"at": short(_entry_time(e), zone), "kind": _kind_label(e.kind), "who": e.author, **shown(e, latest, zone)}
        for e in story
    ]
    notes = {kind.value: [n.text for n in source.notes if n.kind is kind] for kind in NoteKind}
    return {
        **header(source, "review"),
        "what_happened": source.assessment.what_happened if source.assessment else "",
        "metrics": metrics(source),
        "level_history": level_history(source),
        "firings": firing_rows(source.firings, zone, source.roster),
        "released": released_statements(source),
        "timeline": timeline,
        "went_well": notes[NoteKind.WENT_WELL.value],
        "to_improve": notes[NoteKind.TO_IMPROVE.value],
        "lessons": notes[NoteKind.LESSON.value],
        "actions": action_rows(source.actions, source),
        "adjustments": [
            {"area": a.area, "text": a.text, "by": a.recorded_by, "at": short(a.recorded_at, zone)}
            for a in source.adjustments
        ],
        "has_review": bool(source.notes or source.actions or source.adjustments),
    }


def activity_log(source: ReportSource) -> dict[str, Any]:
    """The ICS 214-style activity log: every entry, date/time, notable activity, who."""
    rows = log_rows(source.entries, source.clock)
    # The span the rows cover, on the clock they are shown on (a drill's played and recorded times
    # interleave there, so the first and last stored entries need not bound it).
    return {
        **header(source, "activity-log"),
        "rows": rows,
        "first": rows[0]["when"] if rows else "",
        "last": rows[-1]["when"] if rows else "",
    }


def message_sheets(source: ReportSource) -> dict[str, Any]:
    """ICS 213-style sheets: one per approved version of a statement, in order of approval."""
    zone = source.clock
    sheets: list[dict[str, Any]] = []
    for record in source.messages:
        for version in record.versions:
            if version.approval is None:
                continue
            sheets.append(
                {
                    "sort": version.approval.at,
                    "to": _statement_for(record.message),
                    "from": version.saved_by,
                    "subject": translate("Report", SHEET_SUBJECT).format(
                        phase=_phase_label(record.message.phase), number=version.number
                    ),
                    "phase": _phase_label(record.message.phase),
                    "version": version.number,
                    "written": when(version.saved_at, zone),
                    "written_sortable": sortable(version.saved_at, zone),
                    "approved_sortable": sortable(version.approval.at, zone),
                    "released_sortable": sortable(version.release.at, zone) if version.release else "",
                    "message": version.text,
                    "approver_name": version.approval.name,
                    "approver_role": version.approval.role,
                    "approved": when(version.approval.at, zone),
                    "approval_recorded_by": version.approval.recorded_by,
                    "released": version.release is not None,
                    "released_where": ", ".join(version.release.where) if version.release else "",
                    "released_at": when(version.release.at, zone) if version.release else "",
                    "released_by": version.release.recorded_by if version.release else "",
                }
            )
    sheets.sort(key=lambda sheet: sheet["sort"])
    return {**header(source, "messages"), "sheets": sheets}


BUILDERS = {
    "situation": situation,
    "daily": daily,
    "review": review,
    "activity-log": activity_log,
    "messages": message_sheets,
}


def after_action(source: ReportSource, drill: dict[str, Any]) -> dict[str, Any]:
    """The after-action report of a drill: injects against the team's responses, expectations, metrics, lessons.

    ``drill`` is the plain scoring of the played scenario (from the report service, which reads the
    drill's record): ``scenario``, ``start``, ``injects``, ``expectations`` and ``metrics``.
    """
    # The team's entries carry real times; the report service gives each its time on the drill clock,
    # so those (and the injects, played at drill times) only need the zone; the rest goes through the clock.
    zone, clock = source.zone, source.clock
    on_drill_clock: dict[str, str] = drill.get("entry_times", {})
    kept, latest = shown_entries(source.entries)
    responses = [
        {
            "stored": on_drill_clock.get(e.id, _entry_time(e)),
            "at": short(on_drill_clock.get(e.id, _entry_time(e)), zone),
            "source": "team",
            "kind": _kind_label(e.kind),
            "who": e.author,
            **shown(e, latest, clock),
        }
        for e in kept
        if e.kind in TIMELINE_KINDS
    ]
    injects = [
        {
            "stored": i["stored"],
            "at": short(i["stored"], zone) if i["stored"] else translate("Report", NOT_PLAYED),
            "source": "inject",
            "kind": translate("Report", INJECT).format(offset=i["offset"]),
            "text": i["title"],
            "who": translate("Report", EXERCISE_CONTROL),
            "corrected": False,
        }
        for i in drill["injects"]
    ]
    timeline = sorted(injects + responses, key=lambda row: (row["stored"] or "9999", row["source"] != "inject"))
    expectations = [
        {
            **e,
            "deadline": short(e["deadline"], zone),
            "achieved": short(e["achieved"], zone) if e["achieved"] else "",
        }
        for e in drill["expectations"]
    ]
    met = sum(1 for e in expectations if e["met"])
    return {
        **header(source, "after-action"),
        "scenario": drill["scenario"],
        "start": when(drill["start"], zone),
        "timeline": timeline,
        "expectations": expectations,
        "met": met,
        "missed": len(expectations) - met,
        "drill_metrics": drill["metrics"],
        "firings": firing_rows(source.firings, clock, source.roster),
        "lessons": [n.text for n in source.notes if n.kind is NoteKind.LESSON],
        "went_well": [n.text for n in source.notes if n.kind is NoteKind.WENT_WELL],
        "to_improve": [n.text for n in source.notes if n.kind is NoteKind.TO_IMPROVE],
    }


def build(kind: str, source: ReportSource) -> dict[str, Any]:
    """The plain data of report ``kind`` (not ``mentions``, which is a CSV export only)."""
    return BUILDERS[kind](source)
