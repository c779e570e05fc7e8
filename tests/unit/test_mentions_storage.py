"""Storing mentions: all-or-nothing imports, duplicates, cancel, manual entries."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import Mention, RowRejection, Sentiment, SentimentSource
from crisisroom.storage import incidents, log, mentions
from crisisroom.storage.database import Database
from crisisroom.storage.errors import DiskFullError


def _incident(database: Database) -> str:
    return incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana").id


def _mention(n: int, **extra: object) -> Mention:
    values: dict[str, object] = {
        "posted_at": f"2026-03-14T13:{n % 60:02d}:00.000Z",
        "text": f"post {n}",
        "external_id": str(n),
        "platform": "X",
        "sentiment": Sentiment.NEGATIVE if n % 2 else Sentiment.POSITIVE,
        "sentiment_source": SentimentSource.EXPORT,
    }
    values.update(extra)
    return Mention(**values)  # type: ignore[arg-type]


def _import(database: Database, incident: str, items: object, **kwargs: object) -> mentions.ImportSummary:
    return mentions.import_mentions(
        database, incident, items, source="x.csv", file_format="csv", preset="generic", author="Ana", **kwargs
    )  # type: ignore[arg-type]


def test_import_counts_and_duplicates(database: Database) -> None:
    incident = _incident(database)
    first = _import(database, incident, [_mention(n) for n in range(12_000)])
    assert (first.rows_read, first.imported, first.duplicates) == (12_000, 12_000, 0)
    again = _import(database, incident, [_mention(n) for n in range(11_990, 12_010)])
    assert (again.imported, again.duplicates) == (10, 10)
    assert mentions.count(database, incident) == (12_010, 6005)
    note = log.entries(database, incident)[-1]
    assert note.text == "Imported 10 mentions from x.csv (generic); 10 were already in the room"


def test_same_link_or_same_content_counts_as_a_duplicate(database: Database) -> None:
    incident = _incident(database)
    by_url = _mention(1, external_id="", url="https://x.example/1")
    by_text = _mention(2, external_id="", url="")
    _import(database, incident, [by_url, by_text])
    summary = _import(database, incident, [by_url, by_text])
    assert (summary.imported, summary.duplicates) == (0, 2)


def test_a_failure_midway_stores_nothing(database: Database) -> None:
    incident = _incident(database)

    def rows() -> Iterator[Mention]:
        for n in range(7000):
            yield _mention(n)
        raise InvalidInputError("line 7002: no date in column 'Date'")

    with pytest.raises(InvalidInputError, match="line 7002"):
        _import(database, incident, rows())
    assert mentions.count(database, incident) == (0, 0)
    assert database.query("SELECT count(*) FROM import_batches")[0][0] == 0
    assert log.count(database, log.LogFilter(incident)) == 1


def test_cancel_stores_nothing(database: Database) -> None:
    incident = _incident(database)
    with pytest.raises(mentions.ImportCancelled):
        _import(database, incident, [_mention(n) for n in range(6000)], cancelled=lambda: True)
    assert mentions.count(database, incident) == (0, 0)


def test_skipped_rows_are_reported(database: Database) -> None:
    incident = _incident(database)
    summary = _import(database, incident, [_mention(1), RowRejection(3, "no text"), _mention(2)])
    assert summary.imported == 2 and summary.rejected == [RowRejection(3, "no text")]
    assert "1 unusable rows skipped" in log.entries(database, incident)[-1].text


def test_a_full_disk_during_import_stores_nothing(database: Database) -> None:
    incident = _incident(database)
    pages = database.query("PRAGMA page_count")[0][0]
    database.conn.execute(f"PRAGMA max_page_count = {pages + 20}")
    with pytest.raises(DiskFullError):
        _import(database, incident, [_mention(n, text="x" * 500 + str(n)) for n in range(20_000)])
    database.conn.execute("PRAGMA max_page_count = 1073741823")
    assert mentions.count(database, incident) == (0, 0)


def test_manual_entry_and_its_duplicate(database: Database) -> None:
    incident = _incident(database)
    pasted = Mention(
        posted_at="2026-03-14T13:05:00.000Z",
        text="Is anyone else's parcel damaged?",
        url="https://social.example/p/1",
        sentiment=Sentiment.NEGATIVE,
        sentiment_source=SentimentSource.MANUAL,
    )
    assert mentions.add_mention(database, incident, pasted, author="Bo") is True
    assert mentions.add_mention(database, incident, pasted, author="Bo") is False
    with pytest.raises(InvalidInputError):
        mentions.add_mention(database, incident, Mention(posted_at=pasted.posted_at, text=" "), author="Bo")


def test_mentions_cannot_be_edited_or_deleted_except_relabelled(database: Database) -> None:
    import sqlite3

    incident = _incident(database)
    _import(database, incident, [_mention(1)])
    with pytest.raises(sqlite3.IntegrityError):
        database.conn.execute("UPDATE mentions SET text = 'changed'")
    with pytest.raises(sqlite3.IntegrityError):
        database.conn.execute("DELETE FROM mentions")


def test_pages_newest_first(database: Database) -> None:
    incident = _incident(database)
    _import(database, incident, [_mention(n) for n in range(50)])
    first = mentions.page(database, incident, limit=20)
    assert first[0].mention.text == "post 49"
    last = first[-1]
    second = mentions.page(database, incident, before=(last.mention.posted_at, last.seq), limit=20)
    assert second[0].mention.text == "post 29"
    negative = mentions.page(database, incident, sentiment=Sentiment.NEGATIVE, limit=100)
    assert len(negative) == 25


def test_the_log_stays_writable_while_an_import_is_read(database: Database) -> None:
    """Staging takes no lock on the crisis database: the scribe can log during a long import."""
    incident = _incident(database)
    worker = database.sibling()
    written: list[str] = []

    def rows() -> Iterator[Mention]:
        for n in range(12_000):
            if n == 8000:  # halfway, after a staged batch: the GUI thread writes a log entry
                written.append(log.append(database, incident, "Logged during the import", author="Ana").id)
            yield _mention(n)

    try:
        summary = _import(worker, incident, rows())
    finally:
        worker.close()
    assert summary.imported == 12_000 and written
    assert log.get(database, written[0]).text == "Logged during the import"
    assert mentions.count(database, incident)[0] == 12_000
