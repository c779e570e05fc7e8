"""All-or-nothing versus skipping bad rows, reach and text rules, order kept through classification."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future
from datetime import UTC
from pathlib import Path

import pytest

from crisisroom.domain.mentions import Sentiment, SentimentSource
from crisisroom.importers import pipeline, sentiment
from crisisroom.importers.errors import BadRowError, ValueProblem
from crisisroom.importers.mapping import canonical_platform, parse_reach
from crisisroom.importers.pipeline import parse, preview
from crisisroom.importers.results import ParsedMention, RawValue, RowProblem

Writer = Callable[..., Path]  # the write_rows / write_text fixtures of conftest.py

BAD_ROWS = [
    ["date", "text", "url", "sentiment", "reach"],
    ["2026-03-14 10:00", "fine", "", "negative", "10"],
    ["", "no date here", "", "", ""],
    ["2026-03-14 10:02", "", "https://only.a/link", "positive", ""],
    ["2026-03-14 10:03", "", "", "negative", ""],
    ["2026-03-14 10:04", "bad label", "", "furious", ""],
    ["2026-03-14 10:05", "bad reach", "", "", "lots"],
    ["someday", "bad date", "", "", ""],
    ["2026-03-14 10:07", "fine again", "", "", "1.5M"],
]


@pytest.fixture
def bad_rows_csv(write_rows: Writer) -> Path:
    return write_rows("bad.csv", BAD_ROWS)


def test_first_bad_row_stops_the_import_naming_its_line(bad_rows_csv: Path) -> None:
    stream = parse(bad_rows_csv, tz=UTC)
    first = next(stream)
    assert isinstance(first, ParsedMention) and first.line == 2
    with pytest.raises(BadRowError, match=r"^line 3: no date in column 'date'$") as caught:
        list(stream)
    assert (caught.value.line, caught.value.reason) == (3, "no date in column 'date'")


def test_skip_bad_rows_reports_every_bad_line(bad_rows_csv: Path) -> None:
    items = list(parse(bad_rows_csv, tz=UTC, skip_bad_rows=True))
    problems = [item for item in items if isinstance(item, RowProblem)]
    assert problems == [
        RowProblem(3, "no date in column 'date'"),
        RowProblem(5, "no text and no link in column 'text' and column 'url'"),
        RowProblem(
            6,
            "sentiment 'furious' is not negative, neutral or positive (nor a number like -5…5) (column 'sentiment')",
        ),
        RowProblem(7, "reach 'lots' is not a number (column 'reach')"),
        RowProblem(
            8,
            "'someday' is not a date format we know (ISO 8601, RFC 2822, 31/12/2026 13:05, 14-Mar-2026 …)"
            " (column 'date')",
        ),
    ]
    mentions = {item.line: item.mention for item in items if isinstance(item, ParsedMention)}
    assert sorted(mentions) == [2, 4, 9]
    assert [item.line for item in items] == list(range(2, 10))  # file order kept
    # A link without text is a mention (decided: it still counts, and its link is what people open).
    assert (mentions[4].text, mentions[4].url, mentions[4].sentiment) == ("", "https://only.a/link", Sentiment.POSITIVE)
    # "fine again": two words do not tell the language, so it is left unscored rather than guessed.
    assert (mentions[9].reach, mentions[9].sentiment_source) == (1_500_000, SentimentSource.UNSCORED)


def test_preview_shows_raw_and_parsed_rows_and_problems(bad_rows_csv: Path) -> None:
    shown = preview(bad_rows_csv, rows=3)
    assert shown.columns == BAD_ROWS[0]
    assert [row.line for row in shown.rows] == [2, 3, 4]
    assert shown.rows[0].raw == dict(zip(BAD_ROWS[0], BAD_ROWS[1], strict=True))
    assert shown.rows[0].mention is not None and shown.rows[0].mention.sentiment is Sentiment.NEGATIVE
    assert (shown.rows[1].mention, shown.rows[1].problem) == (None, "no date in column 'date'")
    assert shown.rows[2].mention is not None and shown.rows[2].mention.sentiment_source is SentimentSource.EXPORT
    unclassified = preview(bad_rows_csv, classify=False)
    assert unclassified.rows[-1].mention is not None and unclassified.rows[-1].mention.sentiment is None


def test_without_classification_missing_labels_stay_empty(bad_rows_csv: Path) -> None:
    items = [item for item in parse(bad_rows_csv, tz=UTC, skip_bad_rows=True, classify=False)]
    last = items[-1]
    assert isinstance(last, ParsedMention)
    assert (last.mention.sentiment, last.mention.sentiment_source) == (None, None)


@pytest.mark.parametrize(
    ("value", "reach"),
    [
        (None, None),
        ("", None),
        ("n/a", None),
        (1234, 1234),
        (1234.0, 1234),
        ("1234", 1234),
        ("1,234", 1234),
        ("1.234", 1234),
        ("1 234 567", 1234567),
        ("12,345,678", 12345678),
        ("1.2K", 1200),
        ("3m", 3_000_000),
        ("1,5B", 1_500_000_000),
        ("2.5", 2),
        (float("nan"), None),
    ],
)
def test_reach(value: RawValue, reach: int | None) -> None:
    assert parse_reach(value) == reach


@pytest.mark.parametrize("value", ["lots", "-5", -1, "1,23,4", True, float("inf")])
def test_bad_reach(value: RawValue) -> None:
    with pytest.raises(ValueProblem, match=r"reach"):
        parse_reach(value)


def test_platform_spellings() -> None:
    assert [canonical_platform(name) for name in ("twitter", "SOCIALMEDIA_TWITTER", "X", "instagram")] == [
        "X",
        "X",
        "X",
        "Instagram",
    ]
    assert [canonical_platform(name) for name in ("ONLINENEWS_OTHER", "blogs", " Svenska Dagbladet ")] == [
        "News",
        "Blog",
        "Svenska Dagbladet",
    ]


def _labelled_file(write_rows, count: int) -> Path:
    # Every third row has the export's label; the others need VADER; every seventh is bad.
    words = ["the store", "awful outage, I hate it", "great fix, thanks"]
    rows: list[list[object]] = [["date", "text", "sentiment"]]
    for index in range(count):
        date = "never" if index % 7 == 6 else f"2026-03-14 10:{index % 60:02d}"
        rows.append([date, f"{words[index % 3]} {index}", "neutral" if index % 3 == 0 else ""])
    return write_rows("labelled.csv", rows)


def _expected(count: int) -> list[tuple[int, object]]:
    result: list[tuple[int, object]] = []
    for index in range(count):
        line = index + 2
        if index % 7 == 6:
            result.append((line, None))
        elif index % 3 == 0:
            result.append((line, (Sentiment.NEUTRAL, SentimentSource.EXPORT)))
        else:
            label = Sentiment.NEGATIVE if index % 3 == 1 else Sentiment.POSITIVE
            result.append((line, (label, SentimentSource.VADER)))
    return result


def _summary(items: list[ParsedMention | RowProblem]) -> list[tuple[int, object]]:
    return [
        (
            item.line,
            (item.mention.sentiment, item.mention.sentiment_source) if isinstance(item, ParsedMention) else None,
        )
        for item in items
    ]


def test_classification_in_batches_keeps_file_order(write_rows: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentiment, "CHUNK_SIZE", 5)
    path = _labelled_file(write_rows, 100)
    assert _summary(list(parse(path, tz=UTC, skip_bad_rows=True))) == _expected(100)


@pytest.mark.slow
def test_parallel_classification_through_parse_keeps_order_and_labels(
    write_rows: Writer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sentiment, "CHUNK_SIZE", 40)
    submitted: list[int] = []

    class Spy(sentiment.ParallelClassifier):
        def submit(self, texts: Sequence[str]) -> Future[list[Sentiment]]:
            submitted.append(len(texts))
            return super().submit(texts)

    monkeypatch.setattr(sentiment, "ParallelClassifier", Spy)
    path = _labelled_file(write_rows, 600)
    stream = parse(path, tz=UTC, skip_bad_rows=True, workers=2, parallel_threshold=50)
    items = list(stream)
    assert _summary(items) == _expected(600)
    # The first chunk (40 texts) was classified here; from the chunk that passes 50, workers.
    needed = sum(1 for index in range(600) if index % 7 != 6 and index % 3 != 0)
    assert len(submitted) >= 5 and sum(submitted) == needed - 40


def test_closing_early_stops_cleanly(write_rows: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sentiment, "CHUNK_SIZE", 5)
    path = _labelled_file(write_rows, 60)
    with parse(path, tz=UTC, skip_bad_rows=True) as stream:
        first = next(stream)
    assert first.line == 2
    with pytest.raises(StopIteration):
        next(stream)


def test_progress_can_cancel(write_rows: Writer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pipeline, "PROGRESS_EVERY", 10)
    path = _labelled_file(write_rows, 60)

    class Cancelled(Exception):
        pass

    def cancel(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        list(parse(path, tz=UTC, skip_bad_rows=True, progress=cancel))


def test_stream_says_what_it_detected(brandwatch_csv: Path) -> None:
    stream = parse(brandwatch_csv, tz=UTC)
    assert (stream.kind.format, stream.preset.name, stream.mapping["posted_at"], stream.date_order) == (
        "csv",
        "Brandwatch",
        "Date",
        None,
    )
    stream.close()  # never iterated: nothing was opened, nothing leaks
