"""A file in which everything the organisation shares has been changed, the ways the window and the
command line change it: for the rebuild-from-the-log tests and the organisation log's own tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from crisisroom.domain.cadence import Cadence
from crisisroom.domain.chain import default_table
from crisisroom.domain.incidents import Category
from crisisroom.domain.team import Person
from crisisroom.reports.statement_templates import frame_template_name, message_template_name
from crisisroom.services import settings as settings_service
from crisisroom.services import team as team_service
from crisisroom.storage import incidents, team
from crisisroom.storage.database import Database

DATA = Path(__file__).resolve().parents[1] / "data"
ORGANISATION_TABLES = frozenset(
    {"team_people", "team_roles", "team_levels", "organisation_settings", "chain_of_command", "template_overrides"}
)
AUTHOR = "Ana Lima"
KEPT = message_template_name("operational", "public-posts", "holding", short=True)
RESET = message_template_name("security-breach", "customers", "holding")
OWN_WORDS = (
    '{% extends "'
    + frame_template_name("public-posts", "holding", short=True)
    + '" %}{% block post %}Ours.{% endblock %}'
)
TEAM_CSV = (
    "name,roles,phone,email,backup,levels\r\n"
    "Ana Lima,Crisis lead,+44 20 7946 0000,ana@example.org,Bo Ek,3;4;5\r\n"
    "Bo Ek,Spokesperson,+44 20 7946 0001,bo@example.org,Ana Lima,4-5\r\n"
    "Kim Berg,Scribe,,kim@example.org,Ana Lima,3\r\n"
)


def change_everything_the_organisation_shares(database: Database, folder: Path) -> str:
    """Import, edit and remove people, set the chain, the settings and templates; the open incident's id.

    An open incident is there so that the changes that concern it (the name, the rhythm, the chain)
    are told in its log as well.
    """
    incident = incidents.create(database, "Recall", category=Category.SECURITY_BREACH, author=AUTHOR, level=3).id
    # The roster: from an address book's vCards, then a spreadsheet (Kim Berg keeps the id she had).
    cards = DATA / "vcards" / "android-2.1.vcf"
    team_service.import_roster(database, team_service.read_roster(cards), source=cards.name, author=AUTHOR)
    sheet = folder / "our team.csv"
    sheet.write_text(TEAM_CSV, encoding="utf-8")
    team_service.import_roster(database, team_service.read_roster(sheet), source=sheet.name, author=AUTHOR)
    people = {p.name: p for p in team.list_people(database)}
    # Someone added, edited, given roles and levels; someone who backs others up removed.
    sam = team_service.save_person(
        database, Person("p-sam", "Sam Quinn", roles=("legal",), backup_id=people["Ana Lima"].id), author=AUTHOR
    ).value
    team_service.save_person(database, replace(sam, phone="+44 20 7946 0009"), author=AUTHOR)
    team_service.set_roles(database, people["Bo Ek"].id, ["spokesperson", "pr-officer"], author=AUTHOR)
    team_service.set_levels(database, sam.id, [2, 3], author=AUTHOR)
    team_service.remove_person(database, people["Ana Lima"].id, author=AUTHOR)
    # The chain of command: one cell, then another way back to the defaults and out again.
    team_service.save_chain(database, default_table().with_roles("security-breach", 3, ["ceo"]), author=AUTHOR)
    team_service.restore_default_chain(database, author=AUTHOR)
    team_service.save_chain(database, default_table().with_roles("reputation", 2, ["scribe", "cmo"]), author=AUTHOR)
    # The organisation's settings, one by one (the command line) and together (the Settings dialog).
    settings_service.set_value(database, "name", "Tovelund Oat Co.", author=AUTHOR)
    settings_service.set_value(database, "cadence", "5,15,3,45", author=AUTHOR)
    settings_service.save_organisation(
        database, name="Tovelund Oat Co", timezone="Europe/Stockholm", cadence=Cadence(10, 20, 2, 60), author=AUTHOR
    )
    # Templates: one overridden and kept, one overridden and reset to ours.
    settings_service.save_template(database, KEPT, OWN_WORDS, author=AUTHOR)
    settings_service.save_template(database, RESET, "Dear customer,\n{{ summary }}\n", author=AUTHOR)
    settings_service.reset_template(database, RESET, author=AUTHOR)
    return incident
