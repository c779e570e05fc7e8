"""Reports in the interface language: labels through the core's one translation hook, dates from DATE_WORDS.

The GUI installs ``QCoreApplication.translate`` with :func:`crisisroom.i18n.languages.set_translator`;
here a fake translator stands in for it (no Qt in unit tests). Without a translator (the command
line) labels stay English while the templates and the dates follow the language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from crisisroom.domain import text
from crisisroom.drills import scenario
from crisisroom.i18n import languages
from crisisroom.reports import data
from crisisroom.services import reports as report_service
from crisisroom.services.drills import play_headless
from crisisroom.storage.database import Database
from tests.unit.report_support import Built, build_incident, report_database
from tests.unit.wizard_support import Clock

# (context, English) -> Swedish, as a .qm would have them; anything else comes back untranslated.
FAKE_SWEDISH = {
    ("Severity", "Elevated"): "Förhöjd",
    ("Severity", "Serious"): "Allvarlig",
    ("Severity", "Level {number} · {name}"): "Nivå {number} · {name}",
    ("Category", "Security breach"): "Säkerhetsintrång",
    ("LogKind", "Decision"): "Beslut",
    ("Messages", "Customers"): "Kunder",
    ("Messages", "Holding statement"): "Första uttalande",
    ("Rules", "Assign to PR"): "Tilldela PR",
    ("Report", "Situation report"): "Lägesrapport",
    ("Report", "After-action report"): "Utvärdering av övningen",
    ("Report", "Open"): "Pågående",
    ("Report", "draft"): "utkast",
    ("Report", "Inject {offset}"): "Inspel {offset}",
    ("Report", "Exercise control"): "Övningsledningen",
    ("Report", "never"): "aldrig",
    ("Report", "{hours} h {minutes} min"): "{hours} tim {minutes} min",
    (
        "NextStep",
        "Confirm the level: the rules suggest level {suggested}",
    ): "Bekräfta nivån: reglerna föreslår nivå {suggested}",
    (
        "NextStep",
        "Level {suggested} suggested by {rule} at {time}; confirmed level {level} ({who}, {since}).",
    ): "Nivå {suggested} föreslagen av {rule} {time}; bekräftad nivå {level} ({who}, {since}).",
    (
        "NextStep",
        "Security breach known since {aware}: GDPR Article 33 allows 72 hours from then ({hours} h left).",
    ): "Säkerhetsintrånget är känt sedan {aware}: GDPR artikel 33 ger 72 timmar från dess ({hours} tim kvar).",
}
SWEDISH_ROW_TIME = re.compile(
    r"\b\d{1,2} (jan\.|feb\.|mars|apr\.|maj|juni|juli|aug\.|sep\.|okt\.|nov\.|dec\.) \d\d:\d\d\b"
)


def fake_translate(context: str, text: str) -> str:
    return FAKE_SWEDISH.get((context, text), text)


@pytest.fixture(autouse=True)
def english_afterwards() -> Iterator[None]:
    """Each test chooses its language and translator; both are taken out after it."""
    yield
    text.set_translator(None)
    languages.set_language(None)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return Clock(monkeypatch)


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    with report_database(db_path) as database:
        yield database


@pytest.fixture
def built(db: Database, clock: Clock) -> Built:
    return build_incident(db, clock)


def test_translate_is_the_identity_until_a_translator_is_installed() -> None:
    assert text.translate("Severity", "Serious") == "Serious"
    text.set_translator(fake_translate)
    assert text.translate("Severity", "Serious") == "Allvarlig"
    assert text.translate("Rules", "A rule the team renamed") == "A rule the team renamed"
    text.set_translator(lambda context, text: "")  # a translator that knows nothing gives the text back
    assert text.translate("Severity", "Serious") == "Serious"
    text.set_translator(None)
    assert text.translate("Severity", "Serious") == "Serious"


def test_a_situation_report_says_its_labels_and_dates_in_swedish(db: Database, built: Built) -> None:
    languages.set_language("sv")
    text.set_translator(fake_translate)
    report = report_service.make_report(db, built.incident_id, "situation", "html")
    html = report.html
    assert report.title.startswith("Lägesrapport · ")
    for swedish in (
        "Lägesrapport",
        "Nivå 3 · Allvarlig",
        "Säkerhetsintrång",
        "Pågående",
        "Beslut",
        "Kunder",
        "Tilldela PR",
        "Nästa steg",  # the Next list opens the report, its steps in the interface language
        "Bekräfta nivån: reglerna föreslår nivå 4",
    ):
        assert swedish in html, swedish
    assert "Press · Första uttalande (v1, utkast)" in html  # waiting for approval: audience · phase, state
    assert "Level 3" not in html and "Serious" not in html and "Security breach" not in html
    # Europe/Paris, 14 March 2026: "lör 14 mars 2026 kl. 19:00" in the header, "14 mars 14:15" in rows.
    assert "lör 14 mars 2026 kl. " in html
    assert SWEDISH_ROW_TIME.search(html)
    assert not re.search(r"\b(Sat|Mar)\b", html)


def test_an_after_action_report_says_its_labels_and_dates_in_swedish(db: Database) -> None:
    run = play_headless(db, scenario.find("product-recall"), author="Facilitator").value
    languages.set_language("sv")
    text.set_translator(fake_translate)
    report = report_service.make_report(db, run.incident.id, "after-action", "pdf")
    html = report.html
    assert "Utvärdering av övningen" in html
    assert "Inspel +00:" in html and "Övningsledningen" in html
    assert "aldrig" in html and "Exercise control" not in html and ">never<" not in html
    assert SWEDISH_ROW_TIME.search(html)
    assert report_service.page_header(report) == f"ÖVNING · {run.incident.title} · Utvärdering av övningen"


def test_without_a_translator_labels_stay_english_and_dates_follow_the_language(db: Database, built: Built) -> None:
    languages.set_language("sv")
    html = report_service.make_report(db, built.incident_id, "situation", "html").html
    assert "Level 3 · Serious" in html  # the command line has no catalogue of labels
    assert "lör 14 mars 2026 kl. " in html and SWEDISH_ROW_TIME.search(html)
    assert not re.search(r"\b(Sat|Mar)\b", html)


@pytest.mark.parametrize(
    ("code", "long", "stamp", "row"),
    [
        ("en", "Saturday 14 March 2026", "Sat 14 Mar 2026, 09:05", "14 Mar 09:05"),
        ("sv", "lördagen den 14 mars 2026", "lör 14 mars 2026 kl. 09:05", "14 mars 09:05"),
        ("fr", "samedi 14 mars 2026", "sam. 14 mars 2026 à 09:05", "14 mars 09:05"),
    ],
)
def test_dates_use_the_words_of_the_language_not_the_c_locale(code: str, long: str, stamp: str, row: str) -> None:
    languages.set_language(code)
    moment = datetime(2026, 3, 14, 9, 5)
    assert data.day_label(moment) == long
    assert data.date_text(moment, "stamp") == stamp
    assert data.date_text(moment, "row") == row


def test_durations_are_translated_with_their_placeholders() -> None:
    assert data.duration(3900) == "1 h 05 min"
    text.set_translator(fake_translate)
    assert data.duration(3900) == "1 tim 05 min"
    assert data.duration(720) == "12 min"


def test_the_chart_names_days_in_the_interface_language() -> None:
    from datetime import datetime

    from crisisroom.domain.date_words import short_day

    saturday = datetime(2026, 11, 21, 12, 0)
    assert short_day(saturday, "en") == "Sat 21 Nov"
    assert short_day(saturday, "sv") == "lör 21 nov."
    assert short_day(saturday, "fr") == "sam. 21 nov."


def test_a_rules_condition_is_stored_in_english_and_shown_translated() -> None:
    """The log keeps one language; a window passes its translation to show a rule's condition."""
    from crisisroom.domain.rules import DEFAULT_RULES

    text.set_translator(lambda context, source: "ÖVERSATT" if context == "Rules" else source)
    try:
        rule = DEFAULT_RULES[0]
        assert rule.describe().startswith("more than")  # what rules.evaluate writes into the log
        assert rule.describe(text.translate) == "ÖVERSATT"
    finally:
        text.set_translator(None)
