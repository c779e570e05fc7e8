"""Sentiment per language: each text scored in its own language, or left unscored with a reason."""

from __future__ import annotations

import csv
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource, summarise_unscored
from crisisroom.importers import sentiment
from crisisroom.storage import incidents, mentions
from crisisroom.storage.database import Database
from tests.unit.test_cli import run

DATA = Path(__file__).parents[2] / "data" / "sentiment"
ROOT = Path(__file__).parents[3]


def _sample(language: str) -> list[tuple[str, str]]:
    with (DATA / f"{language}.csv").open(encoding="utf-8", newline="") as handle:
        return [(row["text"], row["label"]) for row in csv.DictReader(handle)]


def _vader_everywhere(texts: list[str]) -> list[Sentiment]:
    analyzer = sentiment._get_analyzer()
    return [sentiment.from_compound(analyzer.polarity_scores(text)["compound"]) for text in texts]


@pytest.mark.parametrize("language", ["en", "sv", "fr"])
def test_accuracy_on_the_labelled_sample(language: str) -> None:
    sample = _sample(language)
    texts, labels = [text for text, _ in sample], [label for _, label in sample]
    ours = [score.sentiment.value if score.sentiment else None for score in sentiment.classify(texts)]
    vader = [label.value for label in _vader_everywhere(texts)]
    accuracy = sum(o == h for o, h in zip(ours, labels, strict=True)) / len(sample)
    baseline = sum(v == h for v, h in zip(vader, labels, strict=True)) / len(sample)
    print(f"\n{language}: {len(sample)} posts, per-language {accuracy:.0%}, VADER on everything {baseline:.0%}")
    assert len(sample) >= 40
    assert accuracy >= 0.8
    if language != "en":
        assert accuracy >= baseline + 0.25  # clearly better than scoring every text as English


# Real, public, human-labelled samples (README.md there: sources, licences, seeded sampling, label mapping).
# Floors a little below what was measured when they were added (fr 69%, sv 35%), so a regression fails here.
# French only: no licensed, human-labelled Swedish sample of posts or reviews was found (see the README).
REAL_FLOORS = {"fr": 0.65}


@pytest.mark.parametrize("language", sorted(REAL_FLOORS))
def test_accuracy_on_a_real_public_sample(language: str) -> None:
    sample = _sample(f"real-{language}")
    texts, labels = [text for text, _ in sample], [label for _, label in sample]
    ours = [score.sentiment.value if score.sentiment else "unscored" for score in sentiment.classify(texts)]
    vader = [label.value for label in _vader_everywhere(texts)]
    accuracy = sum(o == h for o, h in zip(ours, labels, strict=True)) / len(sample)
    baseline = sum(v == h for v, h in zip(vader, labels, strict=True)) / len(sample)
    confusion = Counter(zip(labels, ours, strict=True))
    print(f"\nreal-{language}: {len(sample)} items, per-language {accuracy:.1%}, VADER on everything {baseline:.1%}")
    for human in sorted(set(labels)):
        given = ", ".join(f"{said} {n}" for (label, said), n in sorted(confusion.items()) if label == human)
        print(f"  labelled {human}: scored {given}")
    assert len(sample) >= 100 and set(labels) <= {"negative", "neutral", "positive"}
    assert accuracy >= REAL_FLOORS[language]
    assert accuracy > baseline  # better than scoring every text as English


def test_french_condolences_are_negative_and_swedish_complaints_too() -> None:
    french, swedish, english = sentiment.classify(
        ["Aah c'est tellement triste 😔", "Appen fungerar inte igen, så trött på det här", "This outage is awful"]
    )
    assert french == sentiment.Score(Sentiment.NEGATIVE, SentimentSource.LEXICON)
    assert swedish.sentiment == Sentiment.NEGATIVE and swedish.source == SentimentSource.LEXICON
    assert english == sentiment.Score(Sentiment.NEGATIVE, SentimentSource.VADER)


def test_unscored_reasons() -> None:
    german, short, emoji, empty = sentiment.classify(
        ["Die App ist schon wieder kaputt und niemand hilft uns", "so bad", "😡😡😡", ""]
    )
    assert german == sentiment.Score(None, SentimentSource.UNSCORED, "language:de")
    assert short.reason == emoji.reason == empty.reason == "too-short"
    assert {short.sentiment, emoji.sentiment, empty.sentiment} == {None}
    assert summarise_unscored({"language:de": 2, "language:es": 1, "too-short": 1}) == (
        "4 mentions not scored: language not supported (3), too short (1)"
    )


def test_the_worker_processes_give_the_same_scores() -> None:
    texts = [text for language in ("en", "sv", "fr") for text, _ in _sample(language)] + ["Das ist schlecht heute"]
    assert sentiment.classify_parallel(texts, workers=2, chunk_size=25) == sentiment.classify(texts)


def _scored(n: int, text: str) -> Mention:
    mention = Mention(posted_at=f"2026-03-14T13:{n:02d}:00.000Z", text=text, external_id=str(n), platform="X")
    return sentiment.classify([text])[0].apply(mention)


def test_unscored_mentions_count_in_totals_never_as_negative(database: Database) -> None:
    incident = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana").id
    texts = [
        "Die App ist schon wieder kaputt und niemand hilft uns",
        "La aplicación no funciona otra vez, qué desastre total",
        "nope 😡",
        "This outage is awful and support is useless",
    ]
    summary = mentions.import_mentions(
        database,
        incident,
        [_scored(n, text) for n, text in enumerate(texts)],
        source="t.csv",
        file_format="csv",
        preset="generic",
        author="Ana",
    )
    assert summary.imported == 4
    assert summary.unscored == {"language:de": 1, "language:es": 1, "too-short": 1}
    [hour] = mentions.hourly(database, incident)
    assert (hour.total, hour.negative, hour.unscored) == (4, 1, 3)
    assert mentions.count(database, incident) == (4, 1)
    stored = {m.mention.text: m.mention for m in mentions.page(database, incident)}
    assert stored["nope 😡"].sentiment is None and stored["nope 😡"].unscored_reason == "too-short"
    # A person can still label an unscored mention; it then counts.
    seq = next(m.seq for m in mentions.page(database, incident) if m.mention.text.startswith("Die App"))
    mentions.relabel(database, seq, Sentiment.NEGATIVE, author="Ana")
    [hour] = mentions.hourly(database, incident)
    assert (hour.total, hour.negative, hour.unscored) == (4, 2, 2)


def test_cli_import_reports_unscored(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    incident = run(capsys, "incident", "new", "Refund row", "--tz", "UTC")[1].strip()
    export = tmp_path / "mix.csv"
    rows = [
        ("2026-03-14T10:00:00Z", "Die App ist schon wieder kaputt und niemand hilft uns"),
        ("2026-03-14T10:01:00Z", "ok"),
        ("2026-03-14T10:02:00Z", "Aah c'est tellement triste 😔"),
        ("2026-03-14T10:03:00Z", "The refund page has been broken all day, terrible"),
    ]
    with export.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["created_at", "text", "id"])
        writer.writerows([when, text, f"m{n}"] for n, (when, text) in enumerate(rows))
    code, out, _ = run(capsys, "mentions", "import", incident, str(export), "--json")
    report = json.loads(out)
    assert (code, report["imported"], report["unscored"]) == (0, 4, 2)
    assert report["unscored_reasons"] == {"language:de": 1, "too-short": 1}
    hourly = json.loads(run(capsys, "mentions", "hourly", incident, "--json")[1])
    assert [(h["total"], h["negative"]) for h in hourly] == [(4, 2)]


def test_the_frozen_build_collects_the_language_model_and_the_lexicons() -> None:
    spec = (ROOT / "packaging" / "crisisroom.spec").read_text(encoding="utf-8")
    assert re.search(r'collect_data_files\("py3langid"\)', spec)
    assert re.search(r'collect_data_files\("crisisroom"\)', spec)  # brings importers/lexicons/*.txt
    for name in sentiment.LEXICON_FILES.values():
        assert (sentiment.LEXICON_DIR / name).stat().st_size > 100_000
