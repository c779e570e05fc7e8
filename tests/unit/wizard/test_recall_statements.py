"""A product recall is drafted as a recall: which product, stop using it, how to return it.

The reviewer's walk of issue 14: an operational failure with the recall switched on got outage
statements ("Some of our services aren't working properly", "on a service disruption", "Everything
is working normally again"), the Notify step's all-staff alert included. These tests draft every
statement the Message step can draft for a recall, in each content language.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from crisisroom.domain.incidents import Category
from crisisroom.domain.message_flow import AUDIENCES, PHASES
from crisisroom.domain.platform_lengths import Audience, Phase, Platform, measure
from crisisroom.i18n import languages
from crisisroom.reports.environments import message_environment
from crisisroom.reports.statement_templates import MESSAGE_TEMPLATES, message_template_name, render_message
from crisisroom.services import checklist as checklist_service
from crisisroom.services import statements as statement_service
from crisisroom.storage import checklist, incidents, log, templates
from crisisroom.storage.database import Database
from tests.unit.wizard_support import AUTHOR, assess

FACTS = [
    ("Batch 24-117 of the KettlePro 2 kettle can overheat at the base", True),
    ("Other batches are not affected", False),
]
SUMMARIES = {
    "en": "Some KettlePro 2 kettles from batch 24-117 can overheat; we are recalling them and will refund every one",
    "sv": "Vissa vattenkokare av modellen KettlePro 2 från batch 24-117 kan bli överhettade; vi återkallar dem",
    "fr": "Certaines bouilloires KettlePro 2 du lot 24-117 peuvent surchauffer ; nous les rappelons",
}
# What an outage's statements say, which a recall's must never say.
OUTAGE_WORDS = {
    "en": re.compile(r"service|disruption|working normally|fix\b", re.IGNORECASE),
    "sv": re.compile(r"tjänst|störning|fungerar som vanligt|felet", re.IGNORECASE),
    "fr": re.compile(r"service|perturb|interruption|fonctionne de nouveau|réparation", re.IGNORECASE),
}
STOP_USING = {
    "en": re.compile(r"stop using it|don't use it|not use it", re.IGNORECASE),
    "sv": re.compile(r"sluta använda den|använd den inte|inte använda den", re.IGNORECASE),
    "fr": re.compile(r"cess(ez|er) de l'utiliser|ne l'utilisez (pas|plus)|ne doit pas l'utiliser", re.IGNORECASE),
}
RETURN_WORDS = {"en": "return", "sv": "tillbaka", "fr": "rapporter"}
# Partners are asked to take it off sale and out of use.
OFF_SALE = {"en": "off sale", "sv": "ur försäljning", "fr": "de la vente"}


@pytest.fixture
def language() -> Iterator[None]:
    yield
    languages.set_language(None)


def _operational(db: Database, *, recall: bool | None) -> str:
    incident = incidents.create(db, "KettlePro 2 overheating", category=Category.OPERATIONAL, author=AUTHOR, level=4)
    assess(db, incident.id, level=4, category=Category.OPERATIONAL, facts=FACTS, product_recall=recall)
    return incident.id


def _every_statement(db: Database, incident: str) -> Iterator[tuple[str, str, str, str]]:
    for audience in AUDIENCES:
        for phase in PHASES:
            for platform in ("", *(p.value for p in Audience(audience).platforms)):
                text = statement_service.render_statement(db, incident, audience, phase, platform)
                yield audience, phase, platform, text


@pytest.mark.parametrize("code", ["en", "sv", "fr"])
def test_every_recall_statement_says_stop_using_it_and_nothing_of_an_outage(
    db: Database, language: None, code: str
) -> None:
    languages.set_language(code)
    incident = _operational(db, recall=True)
    statement_service.set_public_summary(db, incident, "holding", SUMMARIES[code], author=AUTHOR)
    seen = 0
    for audience, phase, platform, text in _every_statement(db, incident):
        where = (code, audience, phase, platform)
        seen += 1
        assert not OUTAGE_WORDS[code].search(text), (where, OUTAGE_WORDS[code].search(text), text)
        if audience == "partners" and platform in ("", Platform.EMAIL.value):
            assert OFF_SALE[code] in text, (where, text)
        else:
            assert STOP_USING[code].search(text), (where, text)
        if platform in (Platform.X.value, Platform.SMS.value):
            assert measure(text, platform).fits, (where, measure(text, platform), text)
        elif phase == "holding" and platform in ("", Platform.EMAIL.value, Platform.PRESS_RELEASE.value):
            assert SUMMARIES[code] in text, (where, text)  # the product and batch, as the team wrote them
        if audience in ("customers", "public-posts") and phase == "holding" and not platform:
            assert RETURN_WORDS[code] in text, (where, text)
    assert seen == 3 * (5 + 6 + 2 + 2 + 2 + 1)  # every cell for all channels, and each audience's platforms


def test_the_staff_alert_is_a_recalls_when_assess_says_so(db: Database) -> None:
    """Notify drafts the all-staff alert from the employees' holding statement, before Manage."""
    incident = _operational(db, recall=True)
    assert checklist.settings(db, incident).product_recall
    alert = statement_service.render_statement(db, incident, "employees", "holding")
    assert alert.startswith("Subject: [Internal] A product recall: what you need to know")
    assert "please stop using it" in alert
    assert "services" not in alert and "fix" not in alert
    assert any("Product recall: its items join the checklist" in entry.text for entry in log.entries(db, incident))


def test_switching_the_recall_on_in_manage_changes_the_drafts(db: Database) -> None:
    incident = _operational(db, recall=None)
    before = statement_service.render_statement(db, incident, "press", "holding")
    assert "on a service disruption" in before
    checklist_service.set_product_recall(db, incident, True, author=AUTHOR)
    assert "on a product recall" in statement_service.render_statement(db, incident, "press", "holding")
    checklist_service.set_product_recall(db, incident, False, author=AUTHOR)
    assert statement_service.render_statement(db, incident, "press", "holding") == before


def test_operational_drafts_without_a_recall_are_the_operational_templates(db: Database) -> None:
    incident = _operational(db, recall=False)
    env = message_environment()
    for audience, phase, platform, text in _every_statement(db, incident):
        short = platform in (Platform.X.value, Platform.SMS.value)
        full_post = platform in ("threads", "instagram", "linkedin", "facebook")
        name = message_template_name(
            Category.OPERATIONAL, Audience.PUBLIC if short or full_post else audience, phase, short=short
        )
        context = statement_service.statement_context(db, incident, phase)
        assert text == render_message(name, context, environment=env), (audience, phase, platform)


def test_a_recall_switch_left_on_is_ignored_once_the_type_changes(db: Database) -> None:
    incident = _operational(db, recall=True)
    assess(db, incident, level=4, category=Category.SECURITY_BREACH, facts=FACTS, product_recall=False)
    assert checklist.settings(db, incident).product_recall  # only an operational failure's switch
    press = statement_service.render_statement(db, incident, "press", "holding")
    assert "security incident" in press and "recall" not in press


def test_an_edited_recall_template_is_used(db: Database) -> None:
    name = message_template_name(Category.OPERATIONAL, Audience.PUBLIC, Phase.HOLDING, short=True, recall=True)
    source = MESSAGE_TEMPLATES.shipped_source(name)
    assert source is not None
    edited = source.replace("If you have it, please stop using it.", "Please stop using it and unplug it.")
    templates.save_override(db, name, edited, MESSAGE_TEMPLATES, author=AUTHOR)
    incident = _operational(db, recall=True)
    assert "Please stop using it and unplug it." in statement_service.render_statement(
        db, incident, "public-posts", "holding", "x"
    )
