"""Each vendor's export, in its own shape, read end to end; the generic detector; --map overrides."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.importers.mapping import parse_map_arguments
from crisisroom.importers.pipeline import parse, preview
from crisisroom.importers.presets import detect_generic, find_header
from crisisroom.importers.results import ParsedMention

Writer = Callable[..., Path]  # the write_rows / write_text fixtures of conftest.py

STOCKHOLM = zone_from_name("Europe/Stockholm")


def mentions(path: Path, **options: Any) -> list[tuple[int, Mention]]:
    options.setdefault("tz", UTC)
    result = []
    for item in parse(path, **options):
        assert isinstance(item, ParsedMention), item
        result.append((item.line, item.mention))
    return result


def test_brandwatch_skips_the_metadata_rows_and_reads_dates_as_utc(brandwatch_csv: Path) -> None:
    shown = preview(brandwatch_csv, tz=STOCKHOLM)
    assert shown.preset.name == "Brandwatch"
    assert shown.header_line == 7
    assert shown.mapping == {
        "posted_at": "Date",
        "text": "Full Text|Title",
        "author": "Author|Full Name",
        "url": "Url",
        "external_id": "Resource Id",
        "sentiment": "Sentiment",
        "platform": "Page Type",
        "reach": "Reach (new)",
    }
    # The zone given does not apply: Brandwatch writes UTC.
    rows = mentions(brandwatch_csv, tz=STOCKHOLM)
    assert [line for line, _ in rows] == [8, 9, 10]
    first, second, third = (mention for _, mention in rows)
    assert first == Mention(
        posted_at="2026-03-14T13:05:00.000Z",
        text="Acme is down again, this is terrible",
        author="ann",
        url="https://x.com/ann/status/1",
        external_id="r1",
        platform="X",
        sentiment=Sentiment.NEGATIVE,
        sentiment_source=SentimentSource.EXPORT,
        reach=1234,
    )
    assert second.posted_at == "2026-03-14T13:40:12.500Z"
    assert (second.platform, second.author, second.reach) == ("News", "", 250000)
    # No label in the export: VADER, and the source says so.
    assert (third.sentiment, third.sentiment_source) == (Sentiment.POSITIVE, SentimentSource.VADER)
    assert (third.author, third.platform, third.reach) == ("bo", "Reddit", None)


@pytest.mark.parametrize("fixture", ["talkwalker_csv", "talkwalker_xlsx"])
def test_talkwalker_epoch_milliseconds_and_five_point_sentiment(fixture: str, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(fixture)
    shown = preview(path)
    assert shown.preset.name == "Talkwalker"
    assert shown.mapping["posted_at"] == "published"
    assert shown.mapping["author"] == "extra_author_attributes.name|extra_author_attributes.short_name"
    rows = mentions(path, tz=STOCKHOLM)
    got = [(m.posted_at, m.sentiment, m.platform, m.author, m.reach) for _, m in rows]
    assert got == [
        ("2026-03-14T13:05:00.000Z", Sentiment.NEGATIVE, "X", "Cy Smith", 120),
        ("2026-03-14T13:06:30.250Z", Sentiment.NEUTRAL, "News", "Daily News", 90000),
        ("2026-03-14T13:00:00.000Z", Sentiment.POSITIVE, "Facebook", "Di", None),
    ]
    assert all(m.sentiment_source is SentimentSource.EXPORT for _, m in rows)
    if fixture == "talkwalker_xlsx":
        # Sheet row numbers, counting the blank row that was skipped.
        assert [line for line, _ in rows] == [2, 4, 5]


def test_talkwalker_json_flattens_the_author_object(write_text: Writer) -> None:
    path = write_text(
        "talkwalker.json",
        '[{"url": "https://tw.example/1", "published": 1773493500000, "content": "Outage again",'
        ' "sentiment": -2, "source_type": "SOCIALMEDIA_TWITTER", "reach": 5,'
        ' "extra_author_attributes": {"name": "Cy Smith", "short_name": "cy"}}]',
    )
    assert preview(path).preset.name == "Talkwalker"
    [(line, mention)] = mentions(path)
    assert (line, mention.author, mention.sentiment) == (1, "Cy Smith", Sentiment.NEGATIVE)


def test_meltwater_utf16_tab_separated_with_date_and_time_columns(meltwater_tsv: Path) -> None:
    shown = preview(meltwater_tsv, tz=STOCKHOLM)
    assert shown.preset.name == "Meltwater"
    assert (shown.kind.format, shown.kind.encoding, shown.kind.delimiter) == ("csv", "utf-16", "\t")
    assert shown.mapping["posted_at"] == "Date+Time"
    assert shown.mapping["text"] == "Hit Sentence|Opening Text|Headline"
    rows = mentions(meltwater_tsv, tz=STOCKHOLM)
    (first_line, first), (second_line, second) = rows
    assert (first_line, second_line) == (2, 3)
    # 13:05 and 00:30 in Stockholm (UTC+1 in March).
    assert (first.posted_at, second.posted_at) == ("2026-03-14T12:05:00.000Z", "2026-03-13T23:30:00.000Z")
    assert (first.text, second.text) == ("Acme lost my order, awful", "Acme says sorry; ö and é")
    assert (first.author, first.platform, first.reach, first.sentiment) == ("@eve", "X", 1200, Sentiment.NEGATIVE)
    assert (second.platform, second.reach, second.sentiment) == ("Svenska Dagbladet", 2_500_000, Sentiment.NEUTRAL)


@pytest.mark.parametrize("fixture", ["twitter_json", "twitter_jsonl"])
def test_twitter_api_objects_with_nested_user(fixture: str, request: pytest.FixtureRequest) -> None:
    path: Path = request.getfixturevalue(fixture)
    shown = preview(path)
    assert shown.preset.name == "Twitter/X API"
    assert shown.kind.format == ("json" if fixture == "twitter_json" else "jsonl")
    # The tweet's created_at, not the account's (user.created_at).
    assert shown.mapping["posted_at"] == "created_at"
    rows = mentions(path)
    first, second = (mention for _, mention in rows)
    assert first == Mention(
        posted_at="2026-03-14T13:05:00.000Z",
        text="@acme this is the worst service ever, I am furious",
        author="fred",
        url="https://x.com/fred/status/1900000000000000001",
        external_id="1900000000000000001",
        platform="X",
        sentiment=Sentiment.NEGATIVE,
        sentiment_source=SentimentSource.VADER,
        reach=420,
    )
    assert second.sentiment is Sentiment.POSITIVE
    lines = [line for line, _ in rows]
    assert lines == ([2, 21] if fixture == "twitter_json" else [1, 2])


def test_generic_detector_on_common_names(write_rows: Writer) -> None:
    path = write_rows(
        "generic.csv",
        [
            ["Post ID", "Created", "Message", "User Name", "Link", "Tone", "Network", "Followers"],
            [
                "p1",
                "2026-03-14T10:00:00+02:00",
                "Where is my parcel?",
                "hal",
                "https://f.example/1",
                "-1",
                "facebook",
                "7",
            ],
        ],
    )
    shown = preview(path)
    assert shown.preset.name == "Generic"
    assert shown.mapping == {
        "posted_at": "Created",
        "text": "Message",
        "author": "User Name",
        "url": "Link",
        "external_id": "Post ID",
        "sentiment": "Tone",
        "platform": "Network",
        "reach": "Followers",
    }
    [(_, mention)] = mentions(path)
    assert (mention.posted_at, mention.platform, mention.sentiment) == (
        "2026-03-14T08:00:00.000Z",
        "Facebook",
        Sentiment.NEGATIVE,
    )


def test_generic_detector_prefers_exact_and_top_level_names() -> None:
    columns = ["user.created_at", "updated_date", "created_at", "user.id", "id", "user.url", "entities.urls", "text"]
    assert detect_generic(columns) == {"posted_at": "created_at", "text": "text", "external_id": "id"}
    assert detect_generic(["Export Date", "Date", "Body"]) == {"posted_at": "Date", "text": "Body"}
    assert detect_generic(["a", "b"]) == {}


def test_find_header_among_metadata_rows() -> None:
    rows = [["Report", "Mentions"], ["Date Range:", "x"], [], ["Date", "Text", "Author"], ["2026-03-14", "hi", "x"]]
    assert find_header(rows) == 3
    assert find_header([["a", "b"], ["1", "2"]]) == 0  # nothing recognised: the first row


def test_map_override_wins_over_detection(brandwatch_csv: Path) -> None:
    shown = preview(brandwatch_csv, mapping={"text": "Title", "author": "full name", "reach": ""})
    # Case-insensitive column names; an empty column removes the field.
    assert (shown.mapping["text"], shown.mapping["author"]) == ("Title", "Full Name")
    assert "reach" not in shown.mapping
    rows = mentions(brandwatch_csv, mapping={"text": "Title|Full Text", "author": "Full Name", "reach": ""})
    assert [m.text for _, m in rows] == [
        "Acme is down again, this is terrible",
        "Acme restores",
        "Great job Acme support, thanks a lot!",
    ]
    assert [m.author for _, m in rows] == ["Ann A", "", "Bo B"]
    assert all(m.reach is None for _, m in rows)


def test_map_joins_two_columns(write_rows: Writer) -> None:
    path = write_rows("split.csv", [["Day", "Clock", "Words"], ["2026-03-14", "09:15", "hello"]])
    [(_, mention)] = mentions(path, mapping={"posted_at": "Day+Clock", "text": "Words"})
    assert mention.posted_at == "2026-03-14T09:15:00.000Z"


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"txt": "Title"}, "unknown field 'txt' in the column mapping; fields are: posted_at, text, author"),
        ({"text": "Body"}, "no column 'Body' for text in this file; columns are: 'Query Id'"),
        ({"posted_at": "Date+Hour"}, "no column 'Hour' for posted_at"),
    ],
)
def test_bad_map_names_say_what_is_valid(brandwatch_csv: Path, mapping: dict[str, str], message: str) -> None:
    with pytest.raises(InvalidInputError, match=message.replace("(", r"\(").replace("+", r"\+")):
        preview(brandwatch_csv, mapping=mapping)
    with pytest.raises(InvalidInputError):
        parse(brandwatch_csv, mapping=mapping, tz=UTC)


def test_no_date_column_is_a_mapping_problem(write_rows: Writer) -> None:
    path = write_rows("nodate.csv", [["Words", "Who"], ["hello", "x"]])
    shown = preview(path)
    assert shown.mapping_problem is not None and "no column for the date" in shown.mapping_problem
    assert shown.rows[0].problem == shown.mapping_problem
    with pytest.raises(InvalidInputError, match=r"nodate.csv: no column for the date .*Columns: 'Words', 'Who'"):
        parse(path, tz=UTC)
    # --map fixes it.
    with pytest.raises(InvalidInputError, match=r"no column for the text or the link"):
        parse(path, tz=UTC, mapping={"posted_at": "Who", "text": ""})


def test_parse_map_arguments() -> None:
    assert parse_map_arguments(["text=Full Text", "reach=", "posted_at=Date+Time"]) == {
        "text": "Full Text",
        "reach": "",
        "posted_at": "Date+Time",
    }
    for bad, message in (
        (["text"], "--map takes FIELD=COLUMN"),
        (["words=Text"], "unknown field 'words' in --map; fields are: posted_at"),
        (["text=a", "text=b"], "--map gives text twice"),
    ):
        with pytest.raises(InvalidInputError, match=message):
            parse_map_arguments(bad)
