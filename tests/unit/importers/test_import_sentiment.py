"""Sentiment labels from exports normalised; VADER offline, serial and on worker processes."""

from __future__ import annotations

import pytest

from crisisroom.domain.mentions import Sentiment
from crisisroom.importers import sentiment
from crisisroom.importers.errors import ValueProblem
from crisisroom.importers.results import RawValue

NEG, NEU, POS = Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("negative", NEG),
        ("Negative", NEG),
        (" NEGATIVE ", NEG),
        ("neg", NEG),
        ("Very  negative", NEG),
        ("neutral", NEU),
        ("NEU", NEU),
        ("Mixed", NEU),
        ("Positive", POS),
        ("pos", POS),
        # Talkwalker's −5…5, −1/0/1, polarity floats (VADER's neutral band), as numbers or text.
        (-5, NEG),
        (-1, NEG),
        (0, NEU),
        (1, POS),
        (5, POS),
        ("-3", NEG),
        ("\u22122", NEG),
        ("+2", POS),
        ("0", NEU),
        (-0.6, NEG),
        (0.02, NEU),
        (-0.05, NEG),
        (0.05, POS),
        ("0,4", POS),
        # Nothing there, or the tool did not rate it: classify it ourselves.
        (None, None),
        ("", None),
        ("  ", None),
        ("Not Rated", None),
        ("N/A", None),
        ("unknown", None),
    ],
)
def test_normalise(value: RawValue, label: Sentiment | None) -> None:
    assert sentiment.normalise(value) is label


@pytest.mark.parametrize("value", ["angry", "good-ish", True, float("nan")])
def test_unknown_labels_are_row_problems(value: RawValue) -> None:
    with pytest.raises(ValueProblem, match=r"sentiment"):
        sentiment.normalise(value)


def test_vader_on_clearly_negative_and_positive_sentences() -> None:
    scores = sentiment.classify(
        [
            "This is the worst airline ever, I hate them and I am furious about the awful delay.",
            "Wonderful service, thank you so much, I love this team!",
            "The shop opens at nine.",
            "",
        ]
    )
    assert [s.sentiment for s in scores] == [NEG, POS, NEU, None]  # an empty text is too short to tell


def test_compound_thresholds() -> None:
    assert [sentiment.from_compound(value) for value in (-0.05, -0.0499, 0.0, 0.0499, 0.05)] == [
        NEG,
        NEU,
        NEU,
        NEU,
        POS,
    ]


SENTENCES = [
    "Acme lost my parcel again, terrible",
    "Thanks Acme, great help",
    "Acme store at the station",
    "not bad at all :)",
    "I can't stand this, worst ever!!!",
    "Meh.",
    "LOVE IT",
    "The outage was not good",
]


@pytest.mark.slow
def test_parallel_classifier_gives_the_serial_labels() -> None:
    texts = [f"{sentence} #{index}" for index, sentence in enumerate(SENTENCES * 250)]
    serial = sentiment.classify(texts)
    assert {score.sentiment for score in serial} >= {NEG, NEU, POS}
    assert sentiment.classify_parallel(texts, workers=2, chunk_size=300) == serial
