"""Date formats, the day/month order decided from the data, and naive times across a DST change."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, time, timedelta, timezone
from pathlib import Path

import pytest

from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.errors import InvalidInputError
from crisisroom.importers.dates import DateOrder, order_hint, to_stored
from crisisroom.importers.errors import AmbiguousDateOrder, ValueProblem
from crisisroom.importers.pipeline import parse, preview
from crisisroom.importers.results import Parsed, ParsedMention, RawValue, RowProblem

Writer = Callable[..., Path]  # the write_rows / write_text fixtures of conftest.py

STOCKHOLM = zone_from_name("Europe/Stockholm")
NEW_YORK = zone_from_name("America/New_York")


def posted(items: Iterable[Parsed]) -> list[str]:
    """The stored times of the mentions, failing on any row problem."""
    return [item.mention.posted_at if isinstance(item, ParsedMention) else pytest.fail(str(item)) for item in items]


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        # ISO 8601: with and without offset, Z, fractions of any length, space or T.
        ("2026-03-14T13:05:00Z", "2026-03-14T13:05:00.000Z"),
        ("2026-03-14T13:05:00.123456789+01:00", "2026-03-14T12:05:00.123Z"),
        ("2026-03-14 13:05:00.5", "2026-03-14T12:05:00.500Z"),
        ("2026-03-14T13:05", "2026-03-14T12:05:00.000Z"),
        ("2026-03-14", "2026-03-13T23:00:00.000Z"),
        ("2026-03-14 13:05 UTC", "2026-03-14T13:05:00.000Z"),
        ("2026/03/14 13:05", "2026-03-14T12:05:00.000Z"),
        ("2026-03-14 01:05 PM", "2026-03-14T12:05:00.000Z"),
        # RFC 2822, with an offset, a zone name, or none (local).
        ("Sat, 14 Mar 2026 13:05:00 +0100", "2026-03-14T12:05:00.000Z"),
        ("Sat, 14 Mar 2026 13:05:00 GMT", "2026-03-14T13:05:00.000Z"),
        ("14 Mar 2026 08:05:00 EST", "2026-03-14T13:05:00.000Z"),
        # Twitter's created_at.
        ("Wed Oct 10 20:19:24 +0000 2018", "2018-10-10T20:19:24.000Z"),
        # Epochs as numbers and as digit strings.
        (1773493500, "2026-03-14T13:05:00.000Z"),
        (1773493500000, "2026-03-14T13:05:00.000Z"),
        (1773493500.25, "2026-03-14T13:05:00.250Z"),
        ("1773493500123", "2026-03-14T13:05:00.123Z"),
        # Excel serial days (a date cell that lost its format), local.
        (46095.5, "2026-03-14T11:00:00.000Z"),
        # Named months with 12- and 24-hour clocks.
        ("14-Mar-2026 01:05 PM", "2026-03-14T12:05:00.000Z"),
        ("14-Mar-2026 12:05 AM", "2026-03-13T23:05:00.000Z"),
        ("14-Mar-2026 12:05PM", "2026-03-14T11:05:00.000Z"),
        ("14-March-2026 13:05", "2026-03-14T12:05:00.000Z"),
        ("Mar 14, 2026 1:05 p.m.", "2026-03-14T12:05:00.000Z"),
        ("March 14th, 2026 at 1:05 PM", "2026-03-14T12:05:00.000Z"),
        ("14 Sept 2026", "2026-09-13T22:00:00.000Z"),
        # Dotted day-first dates, two-digit years.
        ("14.03.2026 13:05:30", "2026-03-14T12:05:30.000Z"),
        ("14.03.26 13:05", "2026-03-14T12:05:00.000Z"),
        # Cells from XLSX.
        (datetime(2026, 3, 14, 13, 5), "2026-03-14T12:05:00.000Z"),
        (datetime(2026, 3, 14, 13, 5, tzinfo=timezone(timedelta(hours=-4))), "2026-03-14T17:05:00.000Z"),
        (date(2026, 3, 14), "2026-03-13T23:00:00.000Z"),
    ],
)
def test_formats(value: RawValue, stored: str) -> None:
    assert to_stored(value, STOCKHOLM) == stored


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        ("", "no date"),
        (None, "no date"),
        ("yesterday", "'yesterday' is not a date format we know"),
        ("2026-13-01", "'2026-13-01' is not a valid date (month must be in 1..12)"),
        ("2026-03-14T25:00", "'2026-03-14T25:00' is not a valid date (hour must be in 0..23)"),
        ("2026-03-14X", "'2026-03-14X' is not a valid ISO 8601 date"),
        ("31/02/2026", "'31/02/2026' is not a valid date"),
        ("13/13/2026", "not a date either way round"),
        ("14-Foo-2026", "'Foo' is not a month name"),
        ("14-Mar-2026 13:05 PM", "13 is not an hour on a 12-hour clock"),
        ("14-Mar-2026 noon", "'noon' is not a time of day"),
        (5, "the number 5 is not a date"),
        (10**20, "is not a date"),
        (True, "True is not a date"),
        (time(13, 5), "only a time (13:05:00), no date"),
        ("3/4/2026", "could be day/month or month/day; choose the date order"),
    ],
)
def test_unreadable_dates_say_why(value: RawValue, reason: str) -> None:
    with pytest.raises(ValueProblem, match=reason.replace("(", r"\(").replace(")", r"\)")):
        to_stored(value, UTC)


def test_numeric_dates_follow_the_order_given() -> None:
    assert to_stored("3/4/2026 13:05", UTC, date_order=DateOrder.DMY) == "2026-04-03T13:05:00.000Z"
    assert to_stored("3/4/2026 1:05 PM", UTC, date_order=DateOrder.MDY) == "2026-03-04T13:05:00.000Z"
    assert to_stored("14/3/2026", UTC) == "2026-03-14T00:00:00.000Z"  # only one way fits
    assert to_stored("3/14/2026", UTC) == "2026-03-14T00:00:00.000Z"
    with pytest.raises(ValueProblem, match=r"has no month 14 .reading it day first.; is the date order right"):
        to_stored("3/14/2026", UTC, date_order=DateOrder.DMY)
    assert order_hint("31/1/2026") == "dmy"
    assert order_hint("1/31/2026 10:00") == "mdy"
    assert order_hint("1/3/2026") == "either"
    assert order_hint("2026-01-03") is None
    assert order_hint("31.01.2026") is None  # dotted dates are always day first
    assert DateOrder.parse(" DMY ") is DateOrder.DMY
    with pytest.raises(InvalidInputError, match=r"date order must be dmy .* or mdy"):
        DateOrder.parse("ymd")


def test_stockholm_dst_changes_are_resolved_with_fold_0() -> None:
    # Spring forward 2026-03-29: 02:00-03:00 does not exist; read with the offset before the
    # change (+01:00), i.e. the same instant as 03:30 summer time.
    assert to_stored("2026-03-29 01:59", STOCKHOLM) == "2026-03-29T00:59:00.000Z"
    assert to_stored("2026-03-29 02:30", STOCKHOLM) == "2026-03-29T01:30:00.000Z"
    assert to_stored("2026-03-29 03:30", STOCKHOLM) == "2026-03-29T01:30:00.000Z"
    # Fall back 2026-10-25: 02:00-03:00 happens twice; the first (summer time, +02:00) is taken.
    assert to_stored("2026-10-25 02:30", STOCKHOLM) == "2026-10-25T00:30:00.000Z"
    assert to_stored("2026-10-25 03:30", STOCKHOLM) == "2026-10-25T02:30:00.000Z"
    # An explicit offset is never second-guessed.
    assert to_stored("2026-10-25 02:30+01:00", STOCKHOLM) == "2026-10-25T01:30:00.000Z"


def test_new_york_dst_change_across_an_import(write_rows: Writer) -> None:
    # US clocks go forward on 2026-03-08 at 02:00: the hours before and after are 4 h and 5 h from UTC.
    path = write_rows(
        "ny.csv",
        [
            ["date", "text"],
            ["03/08/2026 01:30 AM", "before"],
            ["03/08/2026 03:30 AM", "after"],
            ["11/01/2026 01:30 AM", "ambiguous, first occurrence (EDT)"],
        ],
    )
    got = [
        item.mention.posted_at for item in parse(path, tz=NEW_YORK, date_order="mdy") if isinstance(item, ParsedMention)
    ]
    assert got == ["2026-03-08T06:30:00.000Z", "2026-03-08T07:30:00.000Z", "2026-11-01T05:30:00.000Z"]


def test_order_decided_from_the_data(write_rows: Writer) -> None:
    rows = [["date", "text"], ["01/03/2026 10:00", "a"], ["02/03/2026 10:00", "b"], ["25/03/2026 10:00", "c"]]
    path = write_rows("dmy.csv", rows)
    shown = preview(path)
    assert (shown.date_order, shown.date_order_question) == (DateOrder.DMY, False)
    assert [row.mention.posted_at[:10] for row in shown.rows if row.mention] == [
        "2026-03-01",
        "2026-03-02",
        "2026-03-25",
    ]
    stream = parse(path, tz=UTC)
    assert stream.date_order is DateOrder.DMY
    assert [stamp[:10] for stamp in posted(stream)] == ["2026-03-01", "2026-03-02", "2026-03-25"]

    path = write_rows("mdy.csv", [["date", "text"], ["03/01/2026 10:00 AM", "a"], ["03/25/2026 10:00 PM", "b"]])
    assert posted(parse(path, tz=UTC)) == [
        "2026-03-01T10:00:00.000Z",
        "2026-03-25T22:00:00.000Z",
    ]


def test_undecidable_order_must_be_chosen(write_rows: Writer) -> None:
    path = write_rows("either.csv", [["date", "text"], ["03/04/2026 10:00", "a"], ["04/05/2026 11:00", "b"]])
    shown = preview(path)
    assert shown.date_order_question
    assert "dates like '03/04/2026 10:00' (line 2) could be day/month or month/day" in shown.date_order_reason
    assert all(row.problem and "choose the date order" in row.problem for row in shown.rows)
    with pytest.raises(AmbiguousDateOrder, match=r"either.csv: .* choose the date order: dmy .day first. or mdy"):
        parse(path, tz=UTC)
    answered = preview(path, date_order="mdy")
    assert (answered.date_order, answered.date_order_question) == (DateOrder.MDY, False)
    got = posted(parse(path, tz=UTC, date_order="dmy"))
    assert got == ["2026-04-03T10:00:00.000Z", "2026-05-04T11:00:00.000Z"]


def test_contradicting_dates_must_be_chosen(write_rows: Writer) -> None:
    path = write_rows("both.csv", [["date", "text"], ["25/03/2026", "a"], ["03/04/2026", "b"], ["03/26/2026", "c"]])
    with pytest.raises(AmbiguousDateOrder, match=r"line 2 \('25/03/2026'\) can only be day first, line 4"):
        parse(path, tz=UTC)
    assert preview(path).date_order_question
    # Choosing an order makes the rows that do not fit it bad rows, named by line.
    items = list(parse(path, tz=UTC, date_order="dmy", skip_bad_rows=True, classify=False))
    assert items[2] == RowProblem(
        4, "'03/26/2026' has no month 26 (reading it day first); is the date order right? (column 'date')"
    )


def test_meltwater_date_and_time_from_xlsx_cells(tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Date", "Time", "Hit Sentence", "URL", "Sentiment"])
    sheet.append([datetime(2026, 3, 14), time(13, 5), "Awful", "https://m/1", "negative"])
    sheet.append([datetime(2026, 3, 14), "01:05 PM", "Awful too", "https://m/2", "negative"])
    sheet.append(["14-Mar-2026 01:05PM", "01:05 PM", "Date repeats the time", "https://m/3", "negative"])
    path = tmp_path / "meltwater.xlsx"
    workbook.save(path)
    got = posted(parse(path, tz=STOCKHOLM))
    assert got == ["2026-03-14T12:05:00.000Z"] * 3
