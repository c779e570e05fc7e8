"""Exports in each vendor's shape, written by the tests themselves (no binary fixtures in git)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from pathlib import Path

import pytest

Writer = Callable[..., Path]

BRANDWATCH_HEADER = [
    "Query Id", "Query Name", "Date", "Title", "Url", "Domain", "Sentiment", "Page Type", "Language",
    "Author", "Full Name", "Full Text", "Reach (new)", "Resource Id",
]  # fmt: skip


def write_csv(path: Path, rows: list[list[object]], *, delimiter: str = ",", encoding: str = "utf-8") -> Path:
    """Rows through csv.writer, encoded as asked (``utf-16`` writes a BOM, little-endian here)."""
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


@pytest.fixture
def brandwatch_csv(tmp_path: Path) -> Path:
    """Brandwatch: ten-odd lines of report metadata, then the header; dates in UTC."""
    rows: list[list[object]] = [
        ["Brandwatch Consumer Research"],
        ["Report:", "Mentions"],
        ["Query:", "Acme outage"],
        ["Date Range:", "2026-03-14 00:00 - 2026-03-15 00:00"],
        ["Timezone:", "UTC"],
        [],
        BRANDWATCH_HEADER,
        ["1", "Acme outage", "2026-03-14 13:05:00.0", "", "https://x.com/ann/status/1", "x.com", "negative",
         "twitter", "en", "ann", "Ann A", "Acme is down again, this is terrible", "1,234", "r1"],
        ["1", "Acme outage", "2026-03-14 13:40:12.5", "Acme restores", "https://news.example/a", "news.example",
         "neutral", "news", "en", "", "", "Acme says service is being restored", "250000", "r2"],
        ["1", "Acme outage", "2026-03-14 14:02:00.0", "", "https://reddit.com/r/x/1", "reddit.com", "",
         "reddit", "en", "bo", "Bo B", "Great job Acme support, thanks a lot!", "", "r3"],
    ]  # fmt: skip
    return write_csv(tmp_path / "brandwatch.csv", rows)


TALKWALKER_HEADER = [
    "url", "published", "title", "content", "lang", "source_type", "sentiment", "reach",
    "extra_author_attributes.name", "extra_author_attributes.short_name",
]  # fmt: skip
# 2026-03-14T13:05:00Z and 13:06:30.250Z as epoch milliseconds.
TALKWALKER_ROWS = [
    ["https://tw.example/1", 1773493500000, "", "Terrible outage at Acme", "en", "SOCIALMEDIA_TWITTER", -5, 120,
     "Cy Smith", "cy"],
    ["https://tw.example/2", 1773493590250, "Acme", "Acme is fine I guess", "en", "ONLINENEWS_OTHER", 0, 90000,
     "Daily News", "dn"],
    ["https://tw.example/3", "2026-03-14T14:00:00+01:00", "", "Love the Acme team", "en", "SOCIALMEDIA_FACEBOOK", 3,
     "", "Di", "di"],
]  # fmt: skip


@pytest.fixture
def talkwalker_csv(tmp_path: Path) -> Path:
    return write_csv(tmp_path / "talkwalker.csv", [TALKWALKER_HEADER, *TALKWALKER_ROWS])


@pytest.fixture
def talkwalker_xlsx(tmp_path: Path) -> Path:
    """Talkwalker's XLSX: the same columns, epoch numbers as numeric cells, a blank row in between."""
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Results"
    sheet.append(TALKWALKER_HEADER)
    sheet.append(TALKWALKER_ROWS[0])
    sheet.append([])  # an empty sheet row: skipped, numbering goes on
    sheet.append(TALKWALKER_ROWS[1])
    sheet.append(TALKWALKER_ROWS[2])
    path = tmp_path / "talkwalker.xlsx"
    workbook.save(path)
    return path


@pytest.fixture
def meltwater_tsv(tmp_path: Path) -> Path:
    """Meltwater: UTF-16 little-endian with a BOM, tab-separated, the time in its own column."""
    rows: list[list[object]] = [
        ["Date", "Time", "Headline", "URL", "Opening Text", "Hit Sentence", "Source Name", "Author Handle",
         "Reach", "Sentiment", "Country"],
        ["14-Mar-2026", "01:05 PM", "", "https://x.com/eve/status/9", "", "Acme lost my order, awful",
         "Twitter", "@eve", "1.2K", "Negative", "Sweden"],
        ["14-Mar-2026", "12:30 AM", "Acme update", "https://paper.example/acme", "Acme says sorry; ö and é",
         "", "Svenska Dagbladet", "", "2,500,000", "Neutral", "Sweden"],
    ]  # fmt: skip
    path = tmp_path / "meltwater.csv"
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t", lineterminator="\r\n").writerows(rows)
    path.write_bytes(b"\xff\xfe" + buffer.getvalue().encode("utf-16-le"))
    return path


TWEETS = [
    {
        "created_at": "Sat Mar 14 13:05:00 +0000 2026",
        "id": 1900000000000000001,
        "id_str": "1900000000000000001",
        "full_text": "@acme this is the worst service ever, I am furious",
        "user": {
            "id": 1,
            "screen_name": "fred",
            "followers_count": 420,
            "created_at": "Mon Jan 01 00:00:00 +0000 2018",
        },
        "entities": {"hashtags": [{"text": "acme"}]},
    },
    {
        "created_at": "Sat Mar 14 13:20:00 +0000 2026",
        "id": 1900000000000000002,
        "id_str": "1900000000000000002",
        "full_text": "Thanks @acme, great and fast help today!",
        "user": {"id": 2, "screen_name": "gina", "followers_count": 12, "created_at": "Mon Jan 01 00:00:00 +0000 2018"},
        "entities": {"hashtags": []},
    },
]


@pytest.fixture
def twitter_json(tmp_path: Path) -> Path:
    path = tmp_path / "tweets.json"
    path.write_text(json.dumps(TWEETS, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def twitter_jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "tweets.jsonl"
    path.write_text("".join(json.dumps(tweet) + "\n" for tweet in TWEETS), encoding="utf-8")
    return path


@pytest.fixture
def write_text(tmp_path: Path) -> Writer:
    """Write text (encoded as asked) to a file under tmp_path and return its path."""

    def write(name: str, text: str, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


@pytest.fixture
def write_rows(tmp_path: Path) -> Writer:
    """Write rows through csv.writer to a file under tmp_path and return its path."""

    def write(name: str, rows: list[list[object]], delimiter: str = ",", encoding: str = "utf-8") -> Path:
        return write_csv(tmp_path / name, rows, delimiter=delimiter, encoding=encoding)

    return write
