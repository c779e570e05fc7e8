"""The crisis team in pure terms: roles, validation, the chain of command and the example roster."""

from __future__ import annotations

import uuid
from dataclasses import replace

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.team import (
    EXAMPLE_NOTE,
    ROLE_KEYS,
    ROLES,
    Person,
    backup_of,
    by_name,
    chain_for_level,
    describe_levels,
    example_roster,
    find_role,
    in_role_order,
    is_example,
    keep_ids,
    parse_levels,
    parse_role,
    validate_roster,
)


def person(name: str, *roles: str, levels: tuple[int, ...] = (), **fields: object) -> Person:
    return Person(f"id-{name}", name, roles=roles, levels=levels, **fields)  # type: ignore[arg-type]


# --- Roles -------------------------------------------------------------------------------------------


def test_the_roles_of_domain_md_are_there_in_chain_of_command_order() -> None:
    assert ROLE_KEYS == (
        "crisis-lead",
        "scribe",
        "spokesperson",
        "pr-officer",
        "social-officer",
        "support-lead",
        "security",
        "legal",
        "dpo",
        "quality-safety",
        "service-owner",
        "executive-approver",
        "cmo",
        "ceo",
    )
    assert all(r.label and r.duty for r in ROLES)
    assert len({r.label.casefold() for r in ROLES}) == len(ROLES)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("crisis-lead", "crisis-lead"),
        ("Crisis lead", "crisis-lead"),
        ("  INCIDENT   commander ", "crisis-lead"),
        ("PR / media officer", "pr-officer"),
        ("PR manager", "pr-officer"),  # the default rules' wording
        ("support director", "support-lead"),
        ("Social_Media_Officer", "social-officer"),
        ("cmo", "cmo"),
        ("DPO", "dpo"),  # the roles a crisis type brings in (domain.md)
        ("Quality/Safety", "quality-safety"),
        ("product safety", "quality-safety"),
        ("Service owner", "service-owner"),
    ],
)
def test_roles_are_found_by_key_label_or_common_name(text: str, key: str) -> None:
    found = find_role(text)
    assert found is not None and found.key == key
    assert parse_role(text).key == key


def test_an_unknown_role_is_refused_naming_the_roles_there_are() -> None:
    assert find_role("Chief vibes officer") is None
    expected = "unknown role 'Chief vibes officer'; the roles are: Crisis lead, Scribe"
    with pytest.raises(InvalidInputError, match=expected):
        parse_role("Chief vibes officer")


# --- Levels ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "levels"),
    [("3;4;5", (3, 4, 5)), ("5, 3,4", (3, 4, 5)), ("3-5", (3, 4, 5)), ("1 2", (1, 2)), ("", ()), ("2–3;5", (2, 3, 5))],
)
def test_levels_are_read_as_people_type_them(text: str, levels: tuple[int, ...]) -> None:
    assert parse_levels(text) == levels


@pytest.mark.parametrize("text", ["0", "6", "3-7", "high", "5-3", "3;x", "²"])
def test_levels_outside_one_to_five_are_refused(text: str) -> None:
    with pytest.raises(InvalidInputError, match="levels must be numbers from 1 to 5"):
        parse_levels(text)


def test_levels_are_described_compactly() -> None:
    assert describe_levels((3, 4, 5)) == "3–5"
    assert describe_levels((1, 2, 3, 4, 5)) == "1–5"
    assert describe_levels((4, 5)) == "4, 5"
    assert describe_levels((1, 3, 4, 5)) == "1, 3–5"
    assert describe_levels(()) == ""


# --- One person ----------------------------------------------------------------------------------------


def test_validation_tidies_spaces_order_and_repeats() -> None:
    tidy = Person(
        "p1",
        "  Ana   Lima ",
        roles=("spokesperson", "crisis-lead"),
        phone=" +44  20 7946 0000 ",
        email=" ana@example.org ",
        levels=(5, 3, 3),
        notes="  nights only  ",
    ).validate()
    assert tidy == Person(
        "p1",
        "Ana Lima",
        roles=("crisis-lead", "spokesperson"),
        phone="+44 20 7946 0000",
        email="ana@example.org",
        levels=(3, 5),
        notes="nights only",
    )


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_a_name_is_required(name: str) -> None:
    with pytest.raises(InvalidInputError, match=r"^every person needs a name$"):
        Person("p1", name).validate()


@pytest.mark.parametrize(
    "phone",
    ["+44 20 7946 0000", "(555) 010-0199", "030/1234-56", "0612 34 56 78 ext. 12", "+1.555.010.0199 x 7", "112"],
)
def test_phone_numbers_are_accepted_however_they_are_written(phone: str) -> None:
    assert Person("p1", "Ana", phone=phone).validate().phone == phone


@pytest.mark.parametrize("phone", ["call me", "12", "+44 20 7946 0000; drop table", "1-800-FLOWERS", "9" * 41])
def test_a_phone_number_a_phone_cannot_dial_is_refused(phone: str) -> None:
    with pytest.raises(InvalidInputError, match=r"the phone number of Ana .* is not one a phone can dial"):
        Person("p1", "Ana", phone=phone).validate()


@pytest.mark.parametrize("email", ["ana", "ana@", "ana@example", "ana lima@example.org", "a@b.c, d@e.f", "<a@b.org>"])
def test_an_email_must_look_like_an_address(email: str) -> None:
    with pytest.raises(InvalidInputError, match=r"the e-mail address of Ana \(.*\) does not look like name@example"):
        Person("p1", "Ana", email=email).validate()


@pytest.mark.parametrize("fields", [{"name": "A\x00na"}, {"email": "a\x1b@example.org"}, {"notes": "x\x07"}])
def test_control_characters_are_refused(fields: dict[str, str]) -> None:
    with pytest.raises(InvalidInputError, match="contain invisible control characters"):
        replace(Person("p1", "Ana"), **fields).validate()


def test_phone_and_email_may_be_empty() -> None:
    assert Person("p1", "Ana").validate().phone == ""


def test_unknown_roles_levels_and_a_self_backup_are_refused() -> None:
    with pytest.raises(InvalidInputError, match="Ana has an unknown role 'boss'"):
        Person("p1", "Ana", roles=("boss",)).validate()
    with pytest.raises(InvalidInputError, match="Ana is called at level 6, but levels go from 1 to 5"):
        Person("p1", "Ana", levels=(6,)).validate()
    with pytest.raises(InvalidInputError, match="Ana cannot be their own backup"):
        Person("p1", "Ana", backup_id="p1").validate()


# --- The roster and the chain ----------------------------------------------------------------------------


def test_a_name_is_unique_on_the_roster_ignoring_case() -> None:
    with pytest.raises(InvalidInputError, match="'Åsa Berg' and 'ÅSA BERG' count as the same name"):
        validate_roster([person("Åsa Berg"), Person("other", "ÅSA BERG")])
    with pytest.raises(InvalidInputError, match="two people are called 'Bo'; give each person a different name"):
        validate_roster([person("Bo"), Person("other", "Bo")])


def test_a_backup_must_be_on_the_roster() -> None:
    with pytest.raises(InvalidInputError, match="the backup of Ana is not on the team"):
        validate_roster([person("Ana", backup_id="gone")])


def test_the_chain_lists_who_is_called_at_a_level_most_senior_role_first() -> None:
    ceo = person("Zoe", "ceo", levels=(5,))
    lead = person("Bo", "crisis-lead", levels=(3, 4, 5), backup_id="id-Cy")
    spokes = person("Cy", "spokesperson", "crisis-lead", levels=(4, 5))
    support = person("Al", "support-lead", levels=(1, 2, 3, 4, 5))
    nobody = person("Di", levels=())
    people = [ceo, support, spokes, nobody, lead]
    assert [p.name for p in chain_for_level(people, 5)] == ["Bo", "Cy", "Al", "Zoe"]
    assert [p.name for p in chain_for_level(people, 3)] == ["Bo", "Al"]
    assert [p.name for p in chain_for_level(people, 1)] == ["Al"]
    # A backup is named, not added to the chain: Cy is not called at level 3.
    assert backup_of(lead, people) is spokes
    assert backup_of(support, people) is None
    assert backup_of(lead, [lead]) is None  # the backup left the roster
    assert [p.name for p in in_role_order(people)] == ["Bo", "Cy", "Al", "Zoe", "Di"]
    with pytest.raises(InvalidInputError, match="severity level must be 1 to 5, not 0"):
        chain_for_level(people, 0)


def test_by_name_ignores_case_and_spaces() -> None:
    ana = person("Ana Lima")
    assert by_name([ana], "  ana   LIMA ") is ana
    assert by_name([ana], "Ana") is None


def test_keep_ids_gives_returning_people_their_old_id_and_rewrites_backups() -> None:
    old = [Person("old-ana", "Ana"), Person("old-bo", "Bo")]
    new = [Person("new-ana", "ana", backup_id="new-cy"), Person("new-cy", "Cy", backup_id="new-ana")]
    kept = keep_ids(new, old)
    assert [(p.id, p.backup_id) for p in kept] == [("old-ana", "new-cy"), ("new-cy", "old-ana")]
    assert validate_roster(kept)


# --- The example roster -----------------------------------------------------------------------------------


def test_the_example_roster_is_valid_fictional_and_marked_as_an_example() -> None:
    roster = example_roster()
    assert validate_roster(roster) == roster
    assert all(is_example(p) and p.notes == EXAMPLE_NOTE and "Example" in p.notes for p in roster)
    # Nobody real is called or written to by mistake: Ofcom's drama range and a reserved domain.
    assert all(p.phone.startswith("+44 7700 900") and p.email.endswith("@example.com") for p in roster)
    assert {k for p in roster for k in p.roles} == set(ROLE_KEYS)
    assert all(backup_of(p, roster) is not None for p in roster if p.backup_id)
    # The same ids each time: every new file starts with the same rows, which a rebuild from the log
    # (and another laptop's file) starts from too; still UUIDs, and one per person.
    assert [p.id for p in roster] == [p.id for p in example_roster()]
    assert len({str(uuid.UUID(p.id)) for p in roster}) == len(roster)


def test_the_example_chain_follows_the_severity_table() -> None:
    roster = example_roster()

    def roles_at(level: int) -> set[str]:
        return {k for p in chain_for_level(roster, level) for k in p.roles}

    assert roles_at(1) == {"support-lead"}
    assert roles_at(2) == {"support-lead", "pr-officer", "spokesperson", "social-officer"}
    assert chain_for_level(roster, 3)[0].roles == ("crisis-lead",)
    assert {"executive-approver", "cmo", "legal", "security"} <= roles_at(4)
    assert "ceo" not in roles_at(4) and "ceo" in roles_at(5)


def test_an_edited_example_person_is_no_longer_an_example() -> None:
    first = example_roster()[0]
    assert not is_example(replace(first, notes="Our real lead"))
