"""Reports from the database: load an incident's data once, build a kind, render it as HTML or CSV.

The one place that joins storage, the chart and the report package (which may import neither,
DESIGN.md's arrows). The command line and the window both save a report with :func:`write_report`
(and preview one with :func:`make_report`), so the two cannot drift. PDF is the HTML of the same
report laid out by Qt in :mod:`crisisroom.printing.pdf`, imported only when a PDF is made: this
module imports no Qt.
"""

from __future__ import annotations

import io
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.log import Kind
from crisisroom.domain.rules import Firing, Rule
from crisisroom.domain.text import QT_TRANSLATE_NOOP, translate
from crisisroom.drills.offsets import format_offset
from crisisroom.i18n.languages import exercise_mark
from crisisroom.reports import csv_export, data
from crisisroom.reports.render import CHART_KINDS, HTML_KINDS, render_html
from crisisroom.services.next_steps import steps as next_steps
from crisisroom.storage import (
    chain_of_command,
    checklist,
    coverage,
    facts,
    heads,
    incidents,
    log,
    mentions,
    notifications,
    review,
    rules,
    team,
)
from crisisroom.storage import messages as message_store
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage.database import Database
from crisisroom.storage.incident_clock import clock_of
from crisisroom.system.files import write_atomically

FORMATS = ("html", "pdf", "csv")
KINDS = ("situation", "daily", "review", "activity-log", "messages", "mentions", "after-action")
CHART_DPI = 150
MENTION_PAGE = 5000
# Drill scoring, for the after-action report (translated at use, like crisisroom.reports.data's words).
NEVER = QT_TRANSLATE_NOOP("Report", "never")
NOT_REACHED = QT_TRANSLATE_NOOP("Report", "not reached")


@dataclass(frozen=True)
class Report:
    """A finished report: ``html`` for the html and pdf formats, ``csv`` bytes for csv.

    ``header`` is what a PDF page header says (the incident's title), ``exercise`` whether the
    incident is a drill (the header then carries the EXERCISE mark).
    """

    kind: str
    fmt: str
    title: str
    header: str
    exercise: bool
    html: str = ""
    csv: bytes = b""


def check_request(kind: str, fmt: str) -> None:
    """Refuse a kind or format this version cannot make, saying what would work.

    Raises:
        InvalidInputError: an unknown kind or format, or a combination that does not exist.
    """
    if kind not in KINDS:
        raise InvalidInputError(f"unknown report kind {kind!r}; choose one of {', '.join(KINDS)}")
    if fmt not in FORMATS:
        raise InvalidInputError(f"unknown format {fmt!r}; choose html, pdf or csv")
    if fmt == "csv" and kind not in csv_export.CSV_KINDS:
        raise InvalidInputError(
            f"--format csv is for situation (the call tree), activity-log, messages and mentions; "
            f"{'an' if kind[0] in 'aeiou' else 'a'} {kind} report is html or pdf"
        )
    if fmt != "csv" and kind not in HTML_KINDS:
        raise InvalidInputError(f"{kind} is a spreadsheet export: use --format csv")


def load_source(database: Database, incident_ref: str, *, now: str | None = None) -> data.ReportSource:
    """Everything the reports need about one incident (by id or id prefix).

    Raises:
        NotFoundError: no such incident.
    """
    incident = incidents.get(database, incident_ref)
    now = now or database.clock.now_iso()
    records = tuple(
        data.MessageRecord(m, tuple(message_store.versions(database, m.id)))
        for m in message_store.messages(database, incident.id)
    )
    return data.ReportSource(
        incident=incident,
        now=now,
        entries=tuple(log.entries(database, incident.id)),
        hourly=tuple(mentions.hourly(database, incident.id)),
        firings=tuple(
            data.FiringRecord(
                rule_id=f.firing.rule_id,
                rule_name=f.rule_name,
                fired_at=f.firing.fired_at,
                negative_in_hour=f.firing.negative_in_hour,
                suggested_level=f.firing.suggested_level,
                action=f.action,
                role=f.role,
                acknowledged_at=f.acknowledged_at,
            )
            for f in rules.firings(database, incident.id)
        ),
        messages=records,
        notifications=tuple(notifications.notifications(database, incident.id)),
        facts=tuple(facts.facts(database, incident.id)),
        coverage=tuple(coverage.items(database, incident.id)),
        assessment=steps_store.assessment(database, incident.id),
        notes=tuple(review.notes(database, incident.id)),
        actions=tuple(review.actions(database, incident.id)),
        adjustments=tuple(review.adjustments(database, incident.id)),
        next_steps=tuple(next_steps(database, incident, translate=translate, real_now=from_iso(now))),
        chain=tuple(chain_of_command.for_incident(database, incident).people),
        roster=tuple(team.list_people(database)),
        chain_level=incident.level,
        incident_clock=clock_of(database, incident),
        checklist=tuple(checklist.checklist(database, incident.id)),
        breach_deadline=checklist.breach_deadline_of(database, incident),
    )


def chart_png(
    source: data.ReportSource,
    rule_set: Sequence[Rule] = (),
    *,
    start: datetime | None = None,
    end: datetime | None = None,
) -> bytes | None:
    """The mentions chart as PNG bytes (None when there are no mentions to draw).

    A bare matplotlib Figure with the Agg canvas: no pyplot, so no global figure registry and no
    GUI backend in a command-line run.
    """
    hours = source.hourly
    if start is not None and end is not None:
        low, high = start.strftime("%Y-%m-%dT%H"), end.strftime("%Y-%m-%dT%H")
        hours = tuple(h for h in hours if low <= h.hour[:13] < high)
    if not hours or not any(h.total for h in hours):
        return None
    fired = [
        Firing(f.rule_id, f.fired_at, f.negative_in_hour, f.fired_at, f.fired_at, f.suggested_level)
        for f in source.firings
    ]
    # matplotlib loads only when a chart is drawn, not with every command of the command line.
    from matplotlib.figure import Figure

    from crisisroom.charts.mentions import draw_hourly

    figure = Figure(figsize=(8, 2.6), dpi=CHART_DPI)  # sized so its labels print at body-text size
    clock = source.clock  # a drill's posts are at drill times: the zone places them, the label names the clock
    draw_hourly(
        figure,
        hours,
        zone=clock.zone,
        start=start,
        end=end,
        rules=rule_set,
        firings=fired,
        legend=True,
        zone_label=clock.zone_label(),
    )
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=CHART_DPI, facecolor=figure.get_facecolor())
    return buffer.getvalue()


def mention_rows(database: Database, source: data.ReportSource) -> list[dict[str, Any]]:
    """Every mention of the incident, oldest first, as plain rows for the CSV export."""
    found: list[dict[str, Any]] = []
    before: tuple[str, int] | None = None
    while True:
        batch = mentions.page(database, source.incident.id, before=before, limit=MENTION_PAGE)
        for stored in batch:
            m = stored.mention
            found.append(
                {
                    "posted": data.sortable(m.posted_at, source.clock),
                    "platform": m.platform,
                    "author": m.author,
                    "text": m.text,
                    "url": m.url,
                    "sentiment": m.sentiment.value if m.sentiment else "",
                    "source": m.sentiment_source.value if m.sentiment_source else "",
                    "reach": m.reach,
                }
            )
        if len(batch) < MENTION_PAGE:
            break
        before = (batch[-1].mention.posted_at, batch[-1].seq)
    found.reverse()
    return found


def make_report(database: Database, incident_ref: str, kind: str, fmt: str, *, now: str | None = None) -> Report:
    """Build report ``kind`` of an incident in ``fmt`` (``pdf`` gives the HTML the PDF is laid out from).

    Raises:
        InvalidInputError: see :func:`check_request`.
        NotFoundError: no such incident.
    """
    check_request(kind, fmt)
    source = load_source(database, incident_ref, now=now)
    incident = source.incident
    title = f"{data.kind_title(kind)} · {incident.title}"
    common: dict[str, Any] = {
        "kind": kind,
        "fmt": fmt,
        "title": title,
        "header": incident.title,
        "exercise": incident.is_drill,
    }
    if fmt == "csv":
        if kind == "mentions":
            return Report(**common, csv=csv_export.mentions_csv(mention_rows(database, source)))
        built = data.build(kind, source)
        writers = {
            "situation": csv_export.call_tree_csv,
            "activity-log": csv_export.activity_log_csv,
            "messages": csv_export.messages_csv,
        }
        return Report(**common, csv=writers[kind](built))
    log_heads = heads.log_heads(database)
    if kind == "after-action":
        built = data.after_action(source, drill_scoring(database, source))
        return Report(**common, html=render_html(kind, built, for_print=fmt == "pdf", log_heads=log_heads))
    built = data.build(kind, source)
    png = None
    if kind in CHART_KINDS:
        if kind == "daily":
            png = chart_png(
                source, rules.load(database), start=from_iso(built["day_start"]), end=from_iso(built["day_end"])
            )
        else:
            png = chart_png(source, rules.load(database))
    return Report(**common, html=render_html(kind, built, chart_png=png, for_print=fmt == "pdf", log_heads=log_heads))


def drill_scoring(database: Database, source: data.ReportSource) -> dict[str, Any]:
    """How a drill went against its scenario, as plain data for :func:`data.after_action`.

    Raises:
        InvalidInputError: the incident is not a drill, or was not played from a scenario.
    """
    from crisisroom.drills import after_action, runner

    incident = source.incident
    if not incident.is_drill:
        raise InvalidInputError("the after-action report is for drills; this incident is not a drill")
    record = runner.drill_record(database, incident.id)
    if record is None:
        raise InvalidInputError("the after-action report needs a drill played from a scenario; this one was not")
    start = record.start
    played = record.scenario()
    played_at = record.inject_times()
    on_drill_clock = record.to_drill_time()
    observed = after_action.observe(database, incident.id, start, simulated=on_drill_clock)
    scored = after_action.score(played, start, played_at, observed)
    return {
        "scenario": played.title,
        "start": to_iso(start),
        "entry_times": {
            entry.id: to_iso(on_drill_clock(from_iso(entry.occurred_at or entry.recorded_at)))
            for entry in source.entries
            if entry.kind != Kind.DRILL_INJECT
        },
        "injects": [
            {
                "id": inject.id,
                "offset": inject.offset,
                "title": inject.title or inject.id,
                "stored": to_iso(played_at[inject.id]) if inject.id in played_at else None,
            }
            for inject in played.injects
        ],
        "expectations": [
            {
                "id": r.expectation.id,
                "description": r.expectation.description,
                "within": format_offset(r.expectation.within),
                "deadline": to_iso(r.deadline),
                "achieved": None if r.at is None else to_iso(r.at),
                "measured": translate("Report", NEVER) if r.measured is None else format_offset(r.measured),
                "met": r.met,
            }
            for r in scored.results
        ],
        "metrics": {
            "time_to_notify": _offset(scored.time_to_notify),
            "time_to_first_statement": _offset(scored.time_to_first_statement),
            "target_level": scored.target_level,
            "time_to_target_level": _offset(scored.time_to_target_level),
            "rule_firings": len(scored.firings),
        },
    }


def _offset(delta: Any) -> str:
    return translate("Report", NOT_REACHED) if delta is None else format_offset(delta)


def page_header(report: Report) -> str:
    """The text at the top of every PDF page, the drill marker and the kind in the report's language."""
    mark = f"{exercise_mark()} · " if report.exercise else ""
    return f"{mark}{report.header} · {data.kind_title(report.kind)}"


def pdf_header(report: Report) -> str:
    """The text at the top of every PDF page after the exercise mark: the incident and the kind."""
    return f"{report.header} · {data.kind_title(report.kind)}"


def report_bytes(report: Report) -> bytes:
    """The file's bytes: the HTML (UTF-8), the CSV, or the PDF laid out by Qt from the HTML.

    A drill's pages start with the exercise mark in the report's language, in bold.
    """
    if report.fmt == "csv":
        return report.csv
    if report.fmt == "html":
        return report.html.encode("utf-8")
    from crisisroom.printing.pdf import html_to_pdf  # Qt, loaded only for a PDF

    return html_to_pdf(
        report.html,
        header=pdf_header(report),
        exercise=report.exercise,
        mark=exercise_mark(),
        footer=report.title,
        title=report.title,
    )


def check_output(path: Path) -> None:
    """Refuse, before any work, a path a report cannot be written to.

    Raises:
        InvalidInputError: saying what is wrong with the path.
    """
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InvalidInputError(f"{path} is a folder; give a file name for the report")
    if not folder.is_dir():
        raise InvalidInputError(f"cannot write {path}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise InvalidInputError(f"cannot write {path}: permission denied; choose another place")


def write_report(
    database: Database, incident_ref: str, kind: str, fmt: str, path: Path, *, now: str | None = None
) -> Report:
    """Make report ``kind`` of an incident in ``fmt`` and write it to ``path``, whole or not at all.

    The one way the window and the command line save a report. Nothing in the database changes.

    Raises:
        InvalidInputError: see :func:`check_request`; or ``path`` cannot be written (:func:`check_output`).
        NotFoundError: no such incident.
        UserError: the file could not be written.
    """
    check_request(kind, fmt)
    check_output(path)
    report = make_report(database, incident_ref, kind, fmt, now=now)
    write_atomically(path, report_bytes(report), what="the report")
    return report
