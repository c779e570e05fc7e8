"""Dates that read the real world: zone abbreviations, Kibana's ``@``, date-only values, local time in disguise."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from crisisroom.domain.clock import zone_from_name
from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import Mention
from crisisroom.importers import dates
from crisisroom.importers.checks import TWITTER_EPOCH_MS, tweet_time
from crisisroom.importers.errors import AmbiguousZone, BadRowError, ValueProblem
from crisisroom.importers.pipeline import parse, preview
from crisisroom.importers.results import ParsedMention
from crisisroom.services.mentions import import_file
from crisisroom.storage import incidents, mentions, organisation, rules
from crisisroom.storage.database import Database

DATA = Path(__file__).resolve().parents[2] / "data" / "imports"


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("2021-07-05 18:02:45 BRT", "2021-07-05T21:02:45.000Z"),  # the example
        ("Mon Jul 05 18:10:02 BRT 2021", "2021-07-05T21:10:02.000Z"),  # Java's Date.toString()
        ("2026-03-14 13:05:00 CET", "2026-03-14T12:05:00.000Z"),
        ("2026-07-14 13:05 CEST", "2026-07-14T11:05:00.000Z"),
        ("14-Mar-2026 01:05 PM JST", "2026-03-14T04:05:00.000Z"),
        ("Mar 14, 2026 1:05 PM AEDT", "2026-03-14T02:05:00.000Z"),
        ("14/03/2026 13:05 NPT", "2026-03-14T07:20:00.000Z"),  # Nepal, +05:45
    ],
)
def test_zone_abbreviations_are_read(text: str, stored: str) -> None:
    assert dates.to_stored(text, ZoneInfo("Europe/Stockholm"), date_order=dates.DateOrder.DMY) == stored


@pytest.mark.parametrize(
    ("text", "stored"),
    [
        ("Mar 20, 2026 @ 19:50:57.000", "2026-03-20T18:50:57.000Z"),  # Kibana's default dateFormat, local
        ("Mar 20, 2026 @ 19:50:57.431", "2026-03-20T18:50:57.431Z"),
        ("20 Mar 2026 @ 07:50 PM", "2026-03-20T18:50:00.000Z"),
    ],
)
def test_the_kibana_at_form(text: str, stored: str) -> None:
    assert dates.to_stored(text, ZoneInfo("Europe/Stockholm")) == stored


@pytest.mark.parametrize("abbreviation", ["IST", "CST", "BST", "AST"])
def test_an_ambiguous_abbreviation_asks_which_zone(abbreviation: str) -> None:
    with pytest.raises(AmbiguousZone) as caught:
        dates.to_stored(f"2026-03-14 13:05 {abbreviation}", UTC)
    message = str(caught.value)
    assert abbreviation in message and "--tz" in message
    assert not isinstance(caught.value, ValueProblem)  # it stops the import even when skipping bad rows


@pytest.mark.parametrize(
    ("text", "zone", "stored"),
    [
        ("2026-03-14 13:05 IST", "Asia/Kolkata", "2026-03-14T07:35:00.000Z"),
        ("2026-07-14 13:05 IST", "Europe/Dublin", "2026-07-14T12:05:00.000Z"),  # Irish summer time
        ("2026-03-14 13:05 IST", "Asia/Jerusalem", "2026-03-14T11:05:00.000Z"),
        ("2026-03-14 13:05 CST", "Asia/Shanghai", "2026-03-14T05:05:00.000Z"),
        ("2026-07-14 13:05 BST", "Europe/London", "2026-07-14T12:05:00.000Z"),
        ("2026-03-14 13:05 BST", "Asia/Dhaka", "2026-03-14T07:05:00.000Z"),  # tzdata calls it +06, not BST
    ],
)
def test_the_import_zone_says_which_an_ambiguous_abbreviation_means(text: str, zone: str, stored: str) -> None:
    assert dates.to_stored(text, zone_from_name(zone)) == stored


def test_an_unknown_abbreviation_is_a_bad_value() -> None:
    with pytest.raises(ValueProblem, match="'XYZ' is not a time zone"):
        dates.to_stored("2026-03-14 13:05 XYZ", UTC)


def test_implausible_years_are_still_refused() -> None:
    with pytest.raises(ValueProblem, match="year 1850"):
        dates.to_stored("1850-03-14 13:05 BRT", UTC)


@pytest.mark.parametrize(
    ("value", "timed"),
    [
        ("2026-03-14", False),
        ("14/03/2026", False),
        ("Mar 14, 2026", False),
        ("14.03.2026", False),
        (date(2026, 3, 14), False),
        (46095, False),  # an Excel date cell that lost its format
        (46095.5, True),
        ("2026-03-14T13", True),
        ("2026-03-14 13:05", True),
        ("Mar 20, 2026 @ 19:50:57.000", True),
        (1773493500, True),
        ("1773493500000", True),
        (datetime(2026, 3, 14), True),
    ],
)
def test_has_time_of_day(value: object, timed: bool) -> None:
    assert dates.has_time_of_day(value) is timed  # type: ignore[arg-type]


def test_ambiguous_abbreviations_stop_the_import_with_the_line(tmp_path: Path) -> None:
    with pytest.raises(BadRowError, match=r"line 2: .*IST could mean India .*--tz Asia/Kolkata"):
        list(parse(DATA / "ist-dates.csv", tz=UTC, skip_bad_rows=True, classify=False))
    stored = [
        item.mention.posted_at
        for item in parse(DATA / "ist-dates.csv", tz=ZoneInfo("Asia/Kolkata"), classify=False)
        if isinstance(item, ParsedMention)
    ]
    assert stored == ["2026-03-14T07:35:00.000Z", "2026-03-14T07:50:00.000Z"]


def test_kibana_and_brt_files_import() -> None:
    with parse(DATA / "kibana-discover.csv", tz=UTC, classify=False) as stream:
        kibana = [item.mention.posted_at for item in stream if isinstance(item, ParsedMention)]
        assert stream.warnings() == []
    assert kibana == ["2026-03-20T19:50:57.000Z", "2026-03-20T19:48:12.431Z", "2026-03-20T19:31:05.009Z"]
    brt = [
        item.mention.posted_at
        for item in parse(DATA / "brt-java-dates.csv", tz=UTC, classify=False)
        if isinstance(item, ParsedMention)
    ]
    assert brt == ["2021-07-05T21:02:45.000Z", "2021-07-05T21:10:02.000Z"]


def test_date_only_rows_are_marked_and_warned_about() -> None:
    with parse(DATA / "reddit-dates-only.csv", tz=ZoneInfo("Europe/Stockholm"), classify=False) as stream:
        items = [item for item in stream if isinstance(item, ParsedMention)]
        warnings = stream.warnings()
    assert [item.mention.time_known for item in items] == [False] * 4
    assert items[0].mention.posted_at == "2026-03-13T23:00:00.000Z"  # midnight in the zone, as before
    assert [(w.kind, w.count, w.lines) for w in warnings] == [("date-only", 4, (2, 3, 4, 5))]
    assert warnings[0].message.startswith("4 rows have a date but no time (first at lines 2, 3, 4, 5)")
    assert "left out of the hourly counts" in warnings[0].message
    shown = preview(DATA / "reddit-dates-only.csv", tz=UTC, classify=False)
    assert [w.kind for w in shown.warnings] == ["date-only"]


def test_a_date_only_row_among_timed_ones(write_rows) -> None:  # type: ignore[no-untyped-def]
    path = write_rows(
        "mixed.csv",
        [["date", "text"], ["2026-03-14 10:00", "timed"], ["2026-03-14", "no time"], ["2026-03-14 11:00", "timed"]],
    )
    with parse(path, tz=UTC, classify=False) as stream:
        known = [item.mention.time_known for item in stream if isinstance(item, ParsedMention)]
        (warning,) = stream.warnings()
    assert known == [True, False, True]
    assert warning.message.startswith("1 row has a date but no time (line 3)")


def _negatives(path: Path, when: str, count: int) -> Path:
    lines = ["date,text,sentiment,id"] + [
        f"{when},Parcel {n} arrived smashed,negative,{path.stem}{n}" for n in range(count)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_date_only_mentions_do_not_fire_hourly_rules(database: Database, tmp_path: Path) -> None:
    incident = incidents.create(database, "Parcels", category=Category.OPERATIONAL, author="Ana", timezone="UTC")
    outcome = import_file(database, incident, _negatives(tmp_path / "days.csv", "2026-03-14", 19), author="Ana").value
    assert outcome.summary.imported == 19
    assert outcome.firings == [] and rules.firings(database, incident.id) == []
    assert mentions.hourly(database, incident.id) == []  # not drawn at 00:00 either
    assert [w.kind for w in outcome.warnings] == ["date-only"]
    listed = mentions.page(database, incident.id)
    assert len(listed) == 19 and not any(stored.mention.time_known for stored in listed)
    # Timed mentions in the same hour still count, and fire, on their own.
    outcome = import_file(
        database, incident, _negatives(tmp_path / "timed.csv", "2026-03-14 00:10", 7), author="Ana"
    ).value
    assert [f.firing.rule_id for f in outcome.firings] == ["assign"]
    assert [(h.hour, h.total) for h in mentions.hourly(database, incident.id)] == [("2026-03-14T00:00:00Z", 7)]


def _tweet_id(when: datetime) -> int:
    return (int(when.timestamp() * 1000) - TWITTER_EPOCH_MS) << 22 | 0x2A5F1


def test_tweet_time_from_the_id_or_the_link() -> None:
    when = datetime(2026, 7, 14, 9, 2, 11, tzinfo=UTC)
    tweet = _tweet_id(when)
    assert tweet_time(Mention("2026-07-14T09:02:11.000Z", "x", external_id=str(tweet))) == when
    assert tweet_time(Mention("2026-07-14T09:02:11.000Z", "x", url=f"https://x.com/a/status/{tweet}?s=20")) == when
    assert tweet_time(Mention("2026-07-14T09:02:11.000Z", "x", external_id="t3_1bf3k2a")) is None
    assert tweet_time(Mention("2026-07-14T09:02:11.000Z", "x", external_id="12345")) is None


def test_local_time_in_disguise_proposes_the_tz() -> None:
    with parse(DATA / "twitter-local-time.csv", tz=UTC, classify=False) as stream:
        list(stream)
        (warning,) = stream.warnings()
    assert (warning.kind, warning.count, warning.lines) == ("local-time", 7, (2,))
    assert warning.message.startswith("the times look like local time 2 hours ahead of UTC (UTC+02:00), not UTC")
    assert warning.message.endswith("import again with --tz Europe/Paris")
    # The organisation's home zone is proposed when it fits.
    with parse(DATA / "twitter-local-time.csv", tz=UTC, classify=False, prefer_zone="Europe/Stockholm") as stream:
        list(stream)
        (warning,) = stream.warnings()
    assert warning.zone == "Europe/Stockholm" and warning.message.endswith("--tz Europe/Stockholm")
    # Read in the right zone, nothing to say.
    with parse(DATA / "twitter-local-time.csv", tz=ZoneInfo("Europe/Stockholm"), classify=False) as stream:
        list(stream)
        assert stream.warnings() == []
    shown = preview(DATA / "twitter-local-time.csv", tz=UTC, classify=False, prefer_zone="Europe/Stockholm")
    assert [w.zone for w in shown.warnings] == ["Europe/Stockholm"]


def test_local_time_read_in_the_wrong_named_zone(tmp_path: Path) -> None:
    # A New York export read in the incident's Stockholm zone: 6 hours earlier than the ids say.
    rows = ["id,created_at,text"]
    for n in range(5):
        true = datetime(2026, 3, 20, 15, 7 * n, tzinfo=UTC)
        local = true.astimezone(ZoneInfo("America/New_York")).strftime("%Y-%m-%d %H:%M:%S")
        rows.append(f"{_tweet_id(true)},{local},post {n}")
    path = tmp_path / "ny.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with parse(path, tz=ZoneInfo("Europe/Stockholm"), classify=False) as stream:
        list(stream)
        (warning,) = stream.warnings()
    assert "4 hours behind UTC (UTC-04:00), not Europe/Stockholm" in warning.message
    assert "5 of 5 tweets are 5 hours earlier" in warning.message
    assert warning.zone == "America/New_York"  # in daylight-saving time on 20 March


def test_scattered_offsets_say_nothing(tmp_path: Path) -> None:
    rows = ["id,created_at,text"]
    for n, minutes in enumerate((0, 60, 125, 61, 0)):
        true = datetime(2026, 3, 20, 15, n, tzinfo=UTC)
        shown = datetime.fromtimestamp(true.timestamp() + minutes * 60, UTC).strftime("%Y-%m-%d %H:%M:%S")
        rows.append(f"{_tweet_id(true)},{shown},post {n}")
    path = tmp_path / "scattered.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with parse(path, tz=UTC, classify=False) as stream:
        list(stream)
        assert stream.warnings() == []


def test_the_home_zone_is_passed_by_the_import(database: Database) -> None:
    organisation.set_timezone(database, "Europe/Stockholm", author="Ana")
    incident = incidents.create(database, "Flights", category=Category.OPERATIONAL, author="Ana", timezone="UTC")
    outcome = import_file(database, incident, DATA / "twitter-local-time.csv", author="Ana").value
    assert [(w.kind, w.zone) for w in outcome.warnings] == [("local-time", "Europe/Stockholm")]
