"""What the drafts say in each language: unverified facts as neutral questions, subjects and fallbacks
in the text's own language, and an approval that notices a version over its platform's limit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crisisroom.reports.environments import message_environment
from crisisroom.reports.polarity import neutral
from crisisroom.reports.statement_templates import being_checked, render_message, sample_context, split_subject
from crisisroom.services import statements as statement_service
from crisisroom.storage import log
from crisisroom.storage.database import open_database
from crisisroom.system import paths
from tests.unit.test_cli import run

# --- Unverified facts: "we are checking whether …" without the negation ----------------------------


@pytest.mark.parametrize(
    ("language", "fact", "expected"),
    [
        ("en", "Passwords were not exposed", "We are checking whether passwords were exposed."),
        ("en", "Passwords weren't exposed.", "We are checking whether passwords were exposed."),
        ("en", "No passwords were exposed", "We are checking whether any passwords were exposed."),
        (
            "en",
            "Nobody outside the company has the file",
            "We are checking whether anybody outside the company has the file.",
        ),
        ("en", "Card numbers were never stored", "We are checking whether card numbers were ever stored."),
        ("en", "The account is no longer reachable", "We are checking whether the account is still reachable."),
        ("en", "Customers have not yet been told", "We are checking whether customers have been told."),
        ("en", "Not all customers were affected", "We are checking whether all customers were affected."),
        (
            "en",
            "There is no evidence that data left the network",
            "We are checking whether there is any evidence that data left the network.",
        ),
        ("en", "Whether passwords were not exposed", "We are checking whether passwords were exposed."),
        ("sv", "Lösenord exponerades inte", "Vi undersöker om lösenord exponerades."),
        ("sv", "Andra batcher påverkas inte", "Vi undersöker om andra batcher påverkas."),
        ("sv", "Inga lösenord har exponerats", "Vi undersöker om några lösenord har exponerats."),
        ("sv", "Ingen kund har drabbats", "Vi undersöker om någon kund har drabbats."),
        ("sv", "Inte alla kunder drabbades", "Vi undersöker om alla kunder drabbades."),
        ("sv", "Kontot är inte längre åtkomligt", "Vi undersöker om kontot fortfarande är åtkomligt."),
        ("sv", "Kunderna har ännu inte fått besked", "Vi undersöker om kunderna har fått besked."),
        ("fr", "Les mots de passe n'ont pas été exposés", "Nous vérifions si les mots de passe ont été exposés."),
        ("fr", "Les autres lots ne sont pas concernés", "Nous vérifions si les autres lots sont concernés."),
        ("fr", "Aucun mot de passe n'a été exposé", "Nous vérifions si un mot de passe a été exposé."),
        ("fr", "Personne n'a été touché", "Nous vérifions si quelqu'un a été touché."),
        ("fr", "Le compte n'est plus accessible", "Nous vérifions si le compte est encore accessible."),
        ("fr", "Les clients n'ont pas encore été prévenus", "Nous vérifions si les clients ont été prévenus."),
        (
            "fr",
            "Les numéros de carte n'ont jamais été stockés",
            "Nous vérifions si les numéros de carte ont été stockés.",
        ),
        ("fr", "Il n’a pas été touché", "Nous vérifions s'il a été touché."),
    ],
)
def test_a_negative_unverified_fact_is_checked_as_a_neutral_question(language: str, fact: str, expected: str) -> None:
    assert being_checked(fact, language) == expected


@pytest.mark.parametrize(
    ("language", "fact", "expected"),
    [
        # No negation: unchanged.
        (
            "en",
            "Names and e-mail addresses were copied",
            "We are checking whether names and e-mail addresses were copied.",
        ),
        ("en", "IMY has been told", "We are checking whether IMY has been told."),
        ("sv", "Lösenord har läckt", "Vi undersöker om lösenord har läckt."),
        ("fr", "Les mots de passe sont intacts", "Nous vérifions si les mots de passe sont intacts."),
        # "ne … que" restricts; it does not negate.
        (
            "fr",
            "Les noms n'ont été copiés que pour 200 clients",
            "Nous vérifions si les noms n'ont été copiés que pour 200 clients.",
        ),
        # A negation in a subordinate or contrasted clause carries meaning: kept.
        (
            "en",
            "Card data is safe because it was not stored",
            "We are checking whether card data is safe because it was not stored.",
        ),
        (
            "en",
            "Names were copied but passwords were not",
            "We are checking whether names were copied but passwords were not.",
        ),
        (
            "sv",
            "Lösenorden är säkra eftersom de inte lagrades",
            "Vi undersöker om lösenorden är säkra eftersom de inte lagrades.",
        ),
        (
            "fr",
            "Les données sont sûres parce qu'elles n'étaient pas stockées",
            "Nous vérifions si les données sont sûres parce qu'elles n'étaient pas stockées.",
        ),
        # An open question keeps its polarity: "why … not" asks something else than "why …".
        ("en", "When the backlog will not be cleared", "We are checking when the backlog will not be cleared."),
    ],
)
def test_facts_whose_negation_means_something_are_kept(language: str, fact: str, expected: str) -> None:
    assert being_checked(fact, language) == expected


@pytest.mark.parametrize(
    ("language", "fact", "expected"),
    [
        (
            "en",
            "Passwords were not exposed and card data was not copied",
            "We are checking the following, which is not confirmed yet: "
            "passwords were not exposed and card data was not copied.",
        ),
        (
            "en",
            "Not only names but addresses were copied",
            "We are checking the following, which is not confirmed yet: not only names but addresses were copied.",
        ),
        (
            "en",
            "Passwords not exposed",
            "We are checking the following, which is not confirmed yet: passwords not exposed.",
        ),
        (
            "sv",
            "Varken namn eller adresser kopierades",
            "Vi undersöker följande, som ännu inte är bekräftat: varken namn eller adresser kopierades.",
        ),
        (
            "fr",
            "Il n'y a pas eu de fuite",
            "Nous vérifions ce qui suit, qui n'est pas encore confirmé\u00a0: il n'y a pas eu de fuite.",
        ),
        (
            "fr",
            "L'attaquant n'a rien copié",
            "Nous vérifions ce qui suit, qui n'est pas encore confirmé\u00a0: l'attaquant n'a rien copié.",
        ),
    ],
)
def test_a_fact_that_cannot_be_made_neutral_is_said_to_be_unconfirmed(language: str, fact: str, expected: str) -> None:
    """Two negations, "not only", "ni … ni", "pas de …": rewording could change the meaning, so it is not reworded."""
    assert being_checked(fact, language) == expected


def test_neutral_leaves_text_without_negation_as_it_is() -> None:
    assert neutral("Names were copied.", "en") == "Names were copied."
    assert neutral("Passwords were not exposed.", "en") == "Passwords were exposed."


def test_the_breach_drafts_in_each_language_ask_without_the_negation() -> None:
    for language, fact, asked, wrong in (
        ("en", "Passwords were not exposed", "We are checking whether passwords were exposed.", "were not exposed"),
        ("sv", "Lösenord exponerades inte", "Vi undersöker om lösenord exponerades.", "exponerades inte"),
        (
            "fr",
            "Les mots de passe n'ont pas été exposés",
            "Nous vérifions si les mots de passe ont été exposés.",
            "n'ont pas",
        ),
    ):
        context = sample_context("security-breach", "holding")
        context["unknown"] = [being_checked(fact, language)]
        text = render_message(
            "messages/security-breach/customers/holding.txt",
            context,
            environment=message_environment(language=language),
        )
        assert asked in text and wrong not in text, text


# --- The words around a draft follow its language --------------------------------------------------


@pytest.mark.parametrize(("language", "marker"), [("en", "Subject: "), ("sv", "Ämne: "), ("fr", "Objet\u00a0: ")])
def test_an_e_mail_draft_names_its_subject_in_its_own_language(language: str, marker: str) -> None:
    text = render_message(
        "messages/security-breach/customers/holding.txt",
        sample_context("security-breach", "holding"),
        environment=message_environment(language=language),
    )
    assert text.startswith(marker), text[:40]
    subject, body = split_subject(text)
    assert subject and not subject.startswith(":") and body and not body.startswith(marker)


def test_split_subject_reads_every_languages_marker() -> None:
    assert split_subject("Ämne: Hej\n\nText") == ("Hej", "Text")
    assert split_subject("Objet\u00a0: Bonjour\n\nTexte") == ("Bonjour", "Texte")
    assert split_subject("Objet: Bonjour\nTexte") == ("Bonjour", "Texte")
    assert split_subject("Subject: Hello\n\nBody") == ("Hello", "Body")
    assert split_subject("Objets perdus\nTexte") == (None, "Objets perdus\nTexte")


def test_the_fallback_signature_is_in_the_texts_language(tmp_path: Path) -> None:
    """Before the organisation's name is set, the crisis-team alert is signed in its own language."""
    with open_database(tmp_path / "room.db") as database:
        assert statement_service.organisation(database, "en") == "The communications team"
        assert statement_service.organisation(database, "sv") == "Kommunikationsteamet"
        assert statement_service.organisation(database, "fr") == "L'équipe communication"


# --- Approval notices a platform's version over its limit ------------------------------------------

LONG_X = "We found that someone could read part of our customer database from outside. " * 4


@pytest.fixture
def incident(capsys: pytest.CaptureFixture[str]) -> str:
    code, out, _ = run(capsys, "incident", "new", "Customer data exposed", "--category", "security-breach")
    assert code == 0
    return out.strip()


def _draft_x(capsys: pytest.CaptureFixture[str], incident: str, text: str) -> str:
    code, out, _ = run(
        capsys,
        "statement",
        "draft",
        incident,
        "--audience",
        "public-posts",
        "--phase",
        "holding",
        "--platform",
        "x",
        "--text",
        text,
    )
    assert code == 0
    return out.splitlines()[0]


def test_approving_an_x_version_over_its_limit_exits_2_unless_overridden(
    capsys: pytest.CaptureFixture[str], incident: str
) -> None:
    statement_id = _draft_x(capsys, incident, LONG_X)
    count = len(LONG_X.strip())
    code, out, err = run(capsys, "statement", "approve", statement_id, "--by", "Henrik Sato")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and f"is too long for X ({count} of 280, {count - 280} over)" in err
    assert "--override-length" in err
    code, out, _ = run(capsys, "statement", "list", incident, "--json")
    assert json.loads(out)[0]["state"] == "draft"
    code, out, err = run(capsys, "statement", "approve", statement_id, "--by", "Henrik Sato", "--override-length")
    assert code == 0, err
    assert "approved by Henrik Sato" in out and "over the X limit" in err
    with open_database(paths.default_db_path(), write=False) as database:
        entry = log.entries(database, incident)[-1]
    assert f"over the length limit (X {count} of 280)" in entry.text
    assert entry.payload is not None and entry.payload["over_limit"] == [
        {"platform": "x", "count": count, "limit": 280}
    ]
    # Approved over the limit is not released over it: that still needs a reason.
    code, _, err = run(capsys, "statement", "release", statement_id, "--on", "x")
    assert code == 2 and "--override REASON" in err


def test_approving_a_version_within_its_limit_needs_no_override(
    capsys: pytest.CaptureFixture[str], incident: str
) -> None:
    statement_id = _draft_x(capsys, incident, "We are on it. More by 16:00.")
    code, out, err = run(capsys, "statement", "approve", statement_id, "--by", "Henrik Sato")
    assert code == 0 and err == "" and "approved by Henrik Sato" in out
