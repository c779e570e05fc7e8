"""Reports show a corrected entry once, corrected; people figures count the whole chain for the level.

Item A: every report and export shows an entry in its corrected form only (the superseded text at
most struck through or in a "Corrected from" column), with its own kind and no doubled prefix.
Item B: "not yet confirmed" lists and the review's figure count against the chain of command.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from crisisroom.drills import scenario
from crisisroom.i18n import languages
from crisisroom.reports import data
from crisisroom.services import reports as report_service
from crisisroom.services.drills import play_headless
from crisisroom.storage import log, team
from crisisroom.storage.database import Database
from tests.unit.corrections_support import (
    FIRST_FIX,
    FIXER,
    LATEST,
    ORIGINAL,
    add_chain,
    assert_shown_corrected,
    correct_a_decision,
    visible_text,
)
from tests.unit.report_support import Built, build_incident, report_database
from tests.unit.wizard_support import Clock

CORRECTED_KINDS = ("situation", "daily", "review", "activity-log")


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


@pytest.fixture
def built(db: Database, clock: Clock) -> Built:
    made = build_incident(db, clock)
    correct_a_decision(db, made.incident_id, clock, minutes=7 * 60 + 10)
    clock.at(hours=8)
    return made


@pytest.fixture(params=["en", "sv", "fr"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    before = languages.language()
    languages.set_language(request.param)
    yield request.param
    languages.set_language(before)


@pytest.mark.parametrize("kind", CORRECTED_KINDS)
def test_each_report_shows_the_decision_once_in_its_latest_form(db: Database, built: Built, kind: str) -> None:
    html = report_service.make_report(db, built.incident_id, kind, "html").html
    assert_shown_corrected(visible_text(html))
    if kind in ("situation", "review"):  # they say the kind: the original's, not "Correction"
        assert f"Decision: {LATEST}" in visible_text(html)


def test_the_activity_log_strikes_the_superseded_text_through(db: Database, built: Built) -> None:
    html = report_service.make_report(db, built.incident_id, "activity-log", "html").html
    assert f"<del>{ORIGINAL}</del>" in html
    assert html.count(ORIGINAL) == 1 and FIRST_FIX not in html


@pytest.mark.parametrize("kind", ["messages", "mentions"])
def test_the_other_exports_carry_no_superseded_text(db: Database, built: Built, kind: str) -> None:
    fmt = "csv" if kind == "mentions" else "html"
    report = report_service.make_report(db, built.incident_id, kind, fmt)
    text = report.html or report.csv.decode("utf-8-sig")
    assert ORIGINAL not in text and FIRST_FIX not in text and "Decision: Decision" not in text


def test_the_activity_log_csv_has_one_row_with_the_correction_in_columns(db: Database, built: Built) -> None:
    report = report_service.make_report(db, built.incident_id, "activity-log", "csv")
    rows = list(csv.DictReader(io.StringIO(report.csv.decode("utf-8-sig"))))
    mine = [r for r in rows if LATEST in r["Notable activity"] or ORIGINAL in r["Notable activity"]]
    assert len(mine) == 1
    row = mine[0]
    assert row["Kind"] == "Decision" and row["Notable activity"] == LATEST
    assert row["Corrected by"] == FIXER and row["Corrected"] and row["Corrected from"] == ORIGINAL
    assert not any(r["Kind"] == "Correction" for r in rows)
    assert all(r["Corrected from"] == "" for r in rows if r is not row)


def test_messages_csv_carries_no_superseded_text(db: Database, built: Built) -> None:
    report = report_service.make_report(db, built.incident_id, "messages", "csv")
    text = report.csv.decode("utf-8-sig")
    assert ORIGINAL not in text and FIRST_FIX not in text


def test_the_after_action_report_shows_the_decision_once_corrected(db: Database, clock: Clock) -> None:
    run = play_headless(db, scenario.find("product-recall"), author="Facilitator").value
    correct_a_decision(db, run.incident.id, clock, minutes=90)
    html = report_service.make_report(db, run.incident.id, "after-action", "html").html
    assert_shown_corrected(visible_text(html))


def test_reports_in_swedish_and_french_mark_the_correction(db: Database, built: Built, language: str) -> None:
    word = {"en": "corrected", "sv": "rättad", "fr": "corrigé le"}[language]
    for kind in CORRECTED_KINDS:
        text = visible_text(report_service.make_report(db, built.incident_id, kind, "html").html)
        assert text.count(LATEST) == 1 and ORIGINAL not in text
        assert f"{word} " in text and FIXER in text


def test_a_decision_corrected_in_the_log_counts_once(db: Database, built: Built) -> None:
    figures = data.metrics(report_service.load_source(db, built.incident_id))
    # Hold the marketing posts, the review's plan adjustment, the kettles (corrected twice: still one).
    assert figures["decisions"] == 3 and figures["corrections"] == 2
    assert len([e for e in log.entries(db, built.incident_id) if e.text.endswith(LATEST)]) == 1


# --- B: people against the chain of command ------------------------------------------------------


def test_the_situation_report_names_everyone_in_the_chain_not_confirmed(
    db: Database, built: Built, clock: Clock
) -> None:
    add_chain(db)
    source = report_service.load_source(db, built.incident_id)
    people = data.situation(source)["people"]
    assert people["level"] == 3 and people["chain_total"] == 5 and people["chain_confirmed"] == 1
    assert people["reached_not_confirmed"] == ["Cy Lam"]
    assert people["not_reached"] == ["Dee Moss", "Eli Noor", "Fay Quint"]
    text = visible_text(report_service.make_report(db, built.incident_id, "situation", "html").html)
    needs = text[text.index("The crisis team") :]
    assert "5 people in the level-3 chain of command: 1 acknowledged, 1 reached, 3 not yet tried." in needs
    assert "Reached, not yet acknowledged: Cy Lam" in needs
    assert "Not yet tried: Dee Moss Eli Noor Fay Quint" in needs
    assert "Gus Hale" not in text  # called at level 4 only
    daily = visible_text(report_service.make_report(db, built.incident_id, "daily", "html").html)
    assert "Not yet tried: Dee Moss Eli Noor Fay Quint" in daily


def test_the_review_counts_confirmations_against_the_whole_chain(db: Database, built: Built) -> None:
    add_chain(db)
    text = visible_text(report_service.make_report(db, built.incident_id, "review", "html").html)
    assert "1 of 5 people in the level-3 chain confirmed" in text
    assert "1 of 2" not in text
    assert "Of the 5 people in the level-3 chain of command, 1 confirmed, 1 was reached but did not confirm" in text
    assert "3 were never reached" in text and "Never reached: Dee Moss, Eli Noor, Fay Quint." in text


@pytest.mark.parametrize(
    ("code", "figure", "not_reached"),
    [
        (
            "sv",
            "5 personer i larmkedjan för nivå 3: 1 har bekräftat, 1 nådd, 3 inte kontaktade ännu.",
            "Inte kontaktade ännu:",
        ),
        (
            "fr",
            "5 personnes dans la chaîne d’alerte du niveau 3 : 1 a confirmé, 1 jointe, 3 pas encore contactées.",
            "Pas encore contactées :",
        ),
    ],
)
def test_the_chain_figures_in_swedish_and_french(
    db: Database, built: Built, code: str, figure: str, not_reached: str
) -> None:
    add_chain(db)
    before = languages.language()
    languages.set_language(code)
    try:
        situation = visible_text(report_service.make_report(db, built.incident_id, "situation", "html").html)
        review = visible_text(report_service.make_report(db, built.incident_id, "review", "html").html)
    finally:
        languages.set_language(before)
    assert figure in situation and f"{not_reached} Dee Moss Eli Noor Fay Quint" in situation
    assert "1 av 5" in review if code == "sv" else "1 sur 5" in review


def test_without_a_roster_the_figures_count_the_people_notified(db: Database, built: Built) -> None:
    team.replace_roster(db, [])
    text = visible_text(report_service.make_report(db, built.incident_id, "review", "html").html)
    assert "1 of 2 people notified confirmed" in text
    situation = visible_text(report_service.make_report(db, built.incident_id, "situation", "html").html)
    assert "Reached, not yet acknowledged: Cy Lam" in situation
