"""Records inside API wrappers, scraper presets, platform from the file's kind, bare ids, short refusals.

Every file is under tests/data/imports/ (see its README for where each format comes from); each is
imported through the command line, as a person would, and the stored mentions are checked.
"""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

import pytest

from crisisroom.importers.pipeline import parse, preview
from crisisroom.importers.results import ParsedMention
from tests.unit.test_cli import run

DATA = Path(__file__).resolve().parents[2] / "data" / "imports"


@pytest.fixture
def incident(capsys: pytest.CaptureFixture[str]) -> str:
    return run(capsys, "incident", "new", "Refund row", "--tz", "UTC")[1].strip()


def _imported(capsys: pytest.CaptureFixture[str], incident: str, name: str) -> tuple[dict, list[dict]]:
    code, out, err = run(capsys, "mentions", "import", incident, str(DATA / name), "--json")
    assert code == 0, err
    listed = json.loads(run(capsys, "mentions", "list", incident, "--json")[1])
    return json.loads(out), sorted(listed, key=lambda mention: mention["posted_at"])


def _ids(name: str) -> list[str]:
    with parse(DATA / name, tz=UTC, classify=False) as rows:
        return [item.mention.external_id for item in rows if isinstance(item, ParsedMention)]


def _first(mention: dict) -> tuple:
    return (mention["posted_at"], mention["text"], mention["author"], mention["url"], mention["platform"])


def test_twitter_search_page_statuses_and_platform_never_from_source(
    capsys: pytest.CaptureFixture[str], incident: str
) -> None:
    report, mentions = _imported(capsys, incident, "twitter-v1-search.json")
    assert report["imported"] == 2
    assert _first(mentions[0]) == (
        "2026-03-14T13:05:00.000Z",
        "Still no refund after three weeks @ExampleAir",
        "annoyed_flyer",
        "https://x.com/annoyed_flyer/status/1900000000000000001",
        "X",
    )
    assert [mention["platform"] for mention in mentions] == ["X", "X"]  # not "Talon (Plus)"
    assert _ids("twitter-v1-search.json") == ["1900000000000000001", "1900000000000000002"]
    assert "records under 'statuses'" in preview(DATA / "twitter-v1-search.json", classify=False).kind.description


def test_twarc2_pages_join_their_users(capsys: pytest.CaptureFixture[str], incident: str) -> None:
    report, mentions = _imported(capsys, incident, "twarc2-pages.jsonl")
    assert report["imported"] == 3
    assert [(m["author"], m["platform"], m["reach"]) for m in mentions] == [
        ("bagless", "X", 90),
        ("happy_pax", "X", 7),
        ("bagless", "X", 90),
    ]
    assert _first(mentions[0]) == (
        "2026-03-14T14:01:00.000Z",
        "ExampleAir lost my bag again",
        "bagless",
        "https://x.com/bagless/status/1900000000000000003",
        "X",
    )
    assert _ids("twarc2-pages.jsonl") == ["1900000000000000003", "1900000000000000004", "1900000000000000005"]
    shown = preview(DATA / "twarc2-pages.jsonl", classify=False)
    assert "authors from 'includes.users'" in shown.kind.description


def test_reddit_listing_children(capsys: pytest.CaptureFixture[str], incident: str) -> None:
    report, mentions = _imported(capsys, incident, "reddit-listing.json")
    assert report["imported"] == 2  # the "more" child is not a post
    assert _first(mentions[0]) == (
        "2026-03-14T13:05:00.000Z",
        "ExampleAir refund nightmare Three weeks and counting.",
        "throwaway_flyer",
        "https://www.reddit.com/r/travel/comments/abc123/exampleair_refund_nightmare/",
        "Reddit",
    )
    assert _ids("reddit-listing.json") == ["t3_abc123", "t3_abc124"]
    assert "Reddit listing" in preview(DATA / "reddit-listing.json", classify=False).kind.description


@pytest.mark.parametrize(
    ("name", "preset", "first", "external_id"),
    [
        (
            "tiktok-apify.json",
            "TikTok",
            (
                "2026-03-14T14:10:00.000Z",
                "POV: ExampleAir lost my luggage #travel",
                "luggage_lost",
                "https://www.tiktok.com/@luggage_lost/video/7480000000000000001",
                "TikTok",
            ),
            "7480000000000000001",
        ),
        (
            "instagram-apify.json",
            "Instagram",
            (
                "2026-03-14T14:20:00.000Z",
                "Stuck at the gate for 6 hours #exampleair",
                "gate_sitter",
                "https://www.instagram.com/p/C9abcdEFgh1/",
                "Instagram",
            ),
            "3400000000000000001",
        ),
        (
            "youtube-commentthreads.json",
            "YouTube",
            ("2026-03-14T14:30:00.000Z", "ExampleAir & their refunds, what a joke", "@refund_watch", "", "YouTube"),
            "UgzAAAA1",
        ),
        (
            "crowdtangle-facebook.csv",
            "CrowdTangle",
            (
                "2026-03-14T14:40:00.000Z",
                "ExampleAir passengers stranded overnight",
                "Travel News Daily",
                "https://www.facebook.com/100000000000001/posts/200000000000001",
                "Facebook",
            ),
            "",
        ),
        (
            "exportcomments.csv",
            "ExportComments",
            ("2026-03-14T15:01:00.000Z", "Where is my refund?", "Maria Svensson", "", ""),
            "",
        ),
    ],
)
def test_scraper_presets(
    capsys: pytest.CaptureFixture[str], incident: str, name: str, preset: str, first: tuple, external_id: str
) -> None:
    report, mentions = _imported(capsys, incident, name)
    assert preset in report["preset"]
    assert report["imported"] == 2
    assert _first(mentions[0]) == first
    assert _ids(name)[0] == external_id


def test_meltwater_ids_lose_their_literal_quotes(capsys: pytest.CaptureFixture[str], incident: str) -> None:
    report, _ = _imported(capsys, incident, "meltwater-quoted-ids.tsv")
    assert report["preset"] == "Meltwater" and report["imported"] == 2
    assert _ids("meltwater-quoted-ids.tsv") == ["1900000000000000001", "1900000000000000009"]


def test_a_refusal_names_a_few_likely_columns_and_the_map_to_try(
    capsys: pytest.CaptureFixture[str], incident: str
) -> None:
    export = str(DATA / "unknown-scraper.json")
    code, _, err = run(capsys, "mentions", "import", incident, export, "--json")
    assert code != 0
    message = err.strip()
    assert len(message.splitlines()) == 1
    assert "likely 'uploadedISO'" in message and message.endswith("try --map posted_at=uploadedISO")
    assert "metric29" not in message  # not every column of the file
    code, _, err = run(capsys, "mentions", "import", incident, export, "--map", "posted_at=uploadedISO")
    assert code != 0 and err.strip().endswith("try --map text=captionBody")
    code, _, err = run(
        capsys, "mentions", "import", incident, export, "--map", "posted_at=uploadedISO", "--map", "text=captionBody"
    )
    assert code == 0, err
