"""Translated content: every shipped template and scenario exists, renders and keeps its structure in each language.

Layout (crisisroom/i18n/languages.py): a template ``messages/…`` or ``reports/…`` is translated at
``crisisroom/reports/translations/<lang>/<same name>``; a scenario ``scenarios/<id>.toml`` at
``scenarios/<lang>/<id>.toml``. Loaders fall back user override → translation → English.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from crisisroom.domain.incidents import EXERCISE_MARK
from crisisroom.drills import scenario as scenarios
from crisisroom.drills.scenario import MentionBurst, MessageInject, Scenario
from crisisroom.i18n import languages
from crisisroom.reports.environments import (
    message_environment,
    report_environment,
    shipped_names,
    shipped_source,
    translated_source,
)
from crisisroom.reports.statement_templates import (
    SUBJECT_MARKERS,
    describe,
    render_message,
    sample_context,
    split_subject,
)

TRANSLATED = tuple(code for code in languages.SUPPORTED if code != languages.DEFAULT)
MESSAGE_NAMES = [name for name in shipped_names("messages/") if describe(name).kind == "message"]
# Templates with no words (the reports' stylesheet) are shared by every language, not translated.
SHARED = {"reports/_style.css"}
ALL_TEMPLATES = [name for name in shipped_names("") if name not in SHARED]
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _english_by_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(languages.ENV_VAR, raising=False)
    languages.set_language(None)
    yield
    languages.set_language(None)


def _missing_translation(language: str, names: list[str]) -> list[str]:
    return [name for name in names if translated_source(name, language) is None]


# --- The language setting -----------------------------------------------------------------------


def test_normalise_reads_locale_names() -> None:
    assert languages.normalise("sv_SE.UTF-8") == "sv"
    assert languages.normalise("fr-CA") == "fr"
    assert languages.normalise("EN_gb@euro") == "en"
    assert languages.normalise("de_DE") is None
    assert languages.normalise("C") is None
    assert languages.normalise("") is None


def test_language_comes_from_the_environment_then_the_override(monkeypatch: pytest.MonkeyPatch) -> None:
    assert languages.language() == "en"
    monkeypatch.setenv(languages.ENV_VAR, "sv_SE.UTF-8")
    assert languages.language() == "sv"
    monkeypatch.setenv(languages.ENV_VAR, "de")
    assert languages.language() == "en"
    assert languages.set_language("fr_FR") == "fr"
    assert languages.language() == "fr"
    with pytest.raises(ValueError, match="unsupported language"):
        languages.set_language("klingon")
    assert languages.language() == "fr"


def test_the_english_exercise_mark_is_the_cores() -> None:
    assert languages.EXERCISE_MARKS["en"] == EXERCISE_MARK
    assert languages.exercise_mark("sv") == "ÖVNING"
    assert set(languages.EXERCISE_MARKS) == set(languages.SUPPORTED)


# --- Templates ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_template_has_a_translation(language: str) -> None:
    missing = _missing_translation(language, ALL_TEMPLATES)
    assert not missing, f"{len(missing)} templates not translated into {language}: {missing}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_no_translation_without_an_english_original(language: str) -> None:
    root = REPO / "crisisroom" / "reports" / "translations" / language
    if not root.is_dir():
        pytest.fail(f"no translations folder for {language}")
    extra = sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*")
        if path.is_file() and path.relative_to(root).as_posix() not in ALL_TEMPLATES
    )
    assert not extra, f"translated files with no English original (misnamed?): {extra}"


@pytest.mark.parametrize("language", TRANSLATED)
@pytest.mark.parametrize("is_drill", [False, True], ids=["real", "drill"])
def test_every_translated_message_renders_and_differs_from_english(language: str, is_drill: bool) -> None:
    english_env = message_environment(language="en")
    translated_env = message_environment(language=language)
    problems: list[str] = []
    for name in MESSAGE_NAMES:
        if translated_source(name, language) is None:
            problems.append(f"{name}: missing")
            continue
        info = describe(name)
        context = sample_context(info.category, info.phase, is_drill=is_drill)
        english = render_message(name, context, environment=english_env)
        translated = render_message(name, context, environment=translated_env)  # StrictUndefined
        if not translated.strip() or translated == english:
            problems.append(f"{name}: same as English or empty")
        if is_drill and languages.exercise_mark(language) not in translated:
            problems.append(f"{name}: no {languages.exercise_mark(language)} marker in a drill")
        if info.audience is not None and info.audience.value != "press" and not info.short:
            # The subject line is named in the text's own language ("Ämne: …"), and split_subject reads it.
            is_mail = english.startswith(SUBJECT_MARKERS["en"])
            if is_mail != translated.startswith(SUBJECT_MARKERS[language]):
                problems.append(f"{name}: Subject line differs from English")
            if is_mail and split_subject(translated)[0] is None:
                problems.append(f"{name}: subject line not recognised")
    assert not problems, "\n".join(problems)


def test_swedish_messages_read_as_swedish() -> None:
    context = sample_context("security-breach", "holding", is_drill=True)
    text = render_message(
        "messages/security-breach/customers/holding.txt", context, environment=message_environment(language="sv")
    )
    assert text.startswith("Ämne: [ÖVNING] En säkerhetsincident hos Northwind Outdoor")
    assert "lördagen den 21 november kl. 13:40 CET" in text  # dates in Swedish words
    assert "Det här vet vi hittills:" in text
    assert "EXERCISE" not in text


def test_swedish_dates_and_lists_in_filters() -> None:
    env = message_environment(language="sv")
    context = {"t": "2026-11-22T08:00:00Z", "timezone": "Europe/Stockholm", "now": "2026-11-21T13:00:00Z"}
    assert env.from_string("{{ t|local_time }}").render(context) == "09:00 CET söndagen den 22 november"
    assert env.from_string("{{ t|local_time('date') }}").render(context) == "22 november 2026"
    assert env.from_string("{{ t|local_time('datetime') }}").render(context) == "22 november 2026 kl. 09:00 CET"
    assert env.from_string("{{ ['a', 'b', 'c']|and_list }}").render() == "a, b och c"
    assert env.from_string("{{ ['a', 'b']|and_list('or') }}").render() == "a eller b"
    assert message_environment(language="en").from_string("{{ ['a', 'b']|and_list }}").render() == "a and b"


def test_the_current_language_is_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    name = "messages/_shared.txt"
    assert shipped_source(name) == shipped_source(name, "en")
    monkeypatch.setenv(languages.ENV_VAR, "sv")
    assert shipped_source(name) == translated_source(name, "sv") != shipped_source(name, "en")
    languages.set_language("en")  # the GUI's override wins over the environment
    assert shipped_source(name) == shipped_source(name, "en")


def test_a_missing_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # A language with no translations folder at all: English, not an error.
    monkeypatch.setattr(languages, "SUPPORTED", (*languages.SUPPORTED, "xx"))
    assert shipped_source("messages/_shared.txt", "xx") == shipped_source("messages/_shared.txt", "en")
    text = render_message(
        "messages/operational/customers/holding.txt",
        sample_context("operational", "holding"),
        environment=message_environment(language="xx"),
    )
    assert text.startswith("Subject: A problem with our service")


def test_a_users_override_still_wins_in_swedish() -> None:
    frame = "messages/_frames/customers/holding.txt"
    saved = {frame: "Subject: Vår egen rubrik\n\nEgen text från {{ organisation }}."}
    env = message_environment(saved.get, language="sv")
    text = render_message("messages/operational/customers/holding.txt", sample_context(), environment=env)
    assert text == "Subject: Vår egen rubrik\n\nEgen text från Northwind Outdoor."
    # A name the user did not edit comes from the Swedish translation.
    other = render_message(
        "messages/operational/customers/update.txt", sample_context("operational", "update"), environment=env
    )
    assert other.startswith("Ämne: Uppdatering: problemet med vår tjänst")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_translated_report_template_compiles(language: str) -> None:
    env = report_environment(language)
    problems = []
    for name in shipped_names("reports/"):
        if name in SHARED:
            continue
        if translated_source(name, language) is None:
            problems.append(f"{name}: missing")
            continue
        env.get_template(name)  # a syntax error raises here
    assert not problems, problems


def test_swedish_reports_render_from_a_real_incident(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from crisisroom.services import reports as report_service
    from tests.unit.report_support import build_incident, report_database
    from tests.unit.wizard_support import Clock

    clock = Clock(monkeypatch)
    with report_database(tmp_path / "r.sqlite") as db:
        built = build_incident(db, clock, drill=True)
        english = {
            kind: report_service.make_report(db, built.incident_id, kind, "html").html
            for kind in ("situation", "daily", "review", "activity-log", "messages")
        }
        languages.set_language("sv")
        for kind, page in english.items():
            swedish = report_service.make_report(db, built.incident_id, kind, "html").html
            assert swedish != page, kind
            assert '<html lang="sv">' in swedish
            assert "ÖVNING · Det här är en övning" in swedish
            assert "Card payments failing at checkout" in swedish  # the team's own words stay as typed
        situation = report_service.make_report(db, built.incident_id, "situation", "html").html
        assert "Bekräftade fakta" in situation and "Verified facts" not in situation


# --- Scenarios ----------------------------------------------------------------------------------


def _structure(played: Scenario) -> dict[str, object]:
    injects = []
    for inject in played.injects:
        row: dict[str, object] = {
            "id": inject.id,
            "at": inject.offset,
            "kind": inject.kind,
            "titled": bool(inject.title),
        }
        if isinstance(inject, MentionBurst):
            row |= {
                "count": inject.count,
                "spread": inject.spread_minutes,
                "share": inject.negative_share,
                "platforms": inject.platforms,
                "texts": len(inject.texts),
                "other_texts": len(inject.other_texts),
            }
        if isinstance(inject, MessageInject):
            row["channel"] = inject.channel
        injects.append(row)
    expectations = [(e.id, e.measure, e.within, e.after, e.value) for e in played.expectations]
    return {
        "id": played.id,
        "type": played.type,
        "level": played.starting_level,
        "duration": played.duration,
        "timezone": played.timezone,
        "has_product": bool(played.product),
        "has_city": bool(played.city),
        "injects": injects,
        "expectations": expectations,
    }


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_scenario_is_translated_with_the_same_structure(language: str) -> None:
    english = {s.id: s for s in scenarios.shipped("en")}
    folder = REPO / "crisisroom" / "drills" / "scenarios" / language
    problems = []
    for scenario_id, original in english.items():
        path = folder / f"{scenario_id}.toml"
        if not path.is_file():
            problems.append(f"{scenario_id}: missing")
            continue
        translated = scenarios.load(path)  # parses and validates, naming the line on a problem
        if _structure(translated) != _structure(original):
            problems.append(f"{scenario_id}: structure differs from English")
        if translated.title == original.title or translated.briefing == original.briefing:
            problems.append(f"{scenario_id}: title or briefing not translated")
        if [e.description for e in translated.expectations] == [e.description for e in original.expectations]:
            problems.append(f"{scenario_id}: expectations not translated")
    assert not problems, "\n".join(problems)


def test_listing_gives_one_scenario_per_id_in_the_language() -> None:
    english = scenarios.shipped("en")
    swedish = scenarios.shipped("sv")
    assert [s.id for s in swedish] == [s.id for s in english]
    by_id = {s.id: s for s in swedish}
    assert by_id["platform-outage"].title == "Appen går ner på lönedagen"
    languages.set_language("sv")
    assert scenarios.find("platform-outage").title == "Appen går ner på lönedagen"
    assert scenarios.find("platform-outage", "en").title == "The app goes down on payday"


def _cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CRISISROOM_HOME": str(home), languages.ENV_VAR: "sv", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "crisisroom", *args], capture_output=True, text=True, env=env, timeout=240, check=False
    )


@pytest.mark.slow
def test_the_drill_command_speaks_swedish(tmp_path: Path) -> None:
    listed = _cli("drill", "list", "--json", home=tmp_path)
    assert listed.returncode == 0, listed.stderr
    titles = {row["id"]: row["title"] for row in json.loads(listed.stdout)}
    assert titles["viral-review"] == "En sågning med en stjärna sprids viralt"
    assert titles["data-breach"] == "Kunddata erbjuds till försäljning"
    run = _cli("drill", "run", "offensive-post", "--headless", "--json", home=tmp_path)
    assert run.returncode == 0, run.stderr
    played = json.loads(run.stdout)
    assert played["scenario"] == "offensive-post"
    assert [i["id"] for i in played["injects"]] == ["first-reactions", "scheduled-post", "influencer", "boycott"]
