"""Real public samples from other tools (tests/data/real; SOURCES.md says where each comes from).

Exports import through the command line without ``--map``; vCards read with the expected people,
only broken cards left out and named. Presets with no public sample (TikTok, Instagram,
CrowdTangle, ExportComments, Meltwater, Brandwatch, Talkwalker) are covered by the synthetic files
under tests/data/imports and the conftest fixtures, not here.
"""

from __future__ import annotations

import json
from datetime import UTC
from pathlib import Path

import pytest

from crisisroom.exchange import import_roster
from crisisroom.importers.pipeline import parse, preview
from crisisroom.importers.results import ParsedMention
from tests.unit.test_cli import run

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
EXPORTS = REAL / "exports"
VCARDS = REAL / "vcards"

# file → (preset, platform, [(posted_at in UTC, author, external_id)] in file order).
EXPORT_CASES = {
    "twitter-v1-user_timeline.json": (
        "Twitter/X API",
        "X",
        [
            ("2019-07-13T05:33:14.000Z", "TweepyDev", "1149914662164684800"),
            ("2019-07-13T04:23:33.000Z", "TweepyDev", "1149897126702387202"),
            ("2019-07-13T04:19:19.000Z", "TweepyDev", "1149896061089124352"),
            ("2019-07-13T04:15:00.000Z", "TweepyDev", "1149894972965085184"),
        ],
    ),
    "twitter-v1-search_tweets.json": (
        "Twitter/X API",
        "X",
        [
            ("2019-07-12T23:35:49.000Z", "tweepy_pie", "1149824717089574913"),
            ("2019-07-12T20:44:19.000Z", "PTCruiserBot", "1149781555226828800"),
            ("2019-07-12T15:15:01.000Z", "curated_data", "1149698684646563840"),
        ],
    ),
    "twarc2-verified_type.jsonl": (
        "Twitter/X API v2 (twarc2)",
        "X",
        [("2022-12-16T18:43:10.000Z", "TwitterDev", "1603823063690199040")],
    ),
    "twarc2-media_tweet.jsonl": (
        "Twitter/X API v2 (twarc2)",
        "X",
        [("2022-08-13T20:36:51.000Z", "IgorBrigadir", "1558553189766631429")],
    ),
    "reddit-user-submitted.json": (
        "Reddit",
        "Reddit",
        [
            ("2016-01-28T18:05:43.000Z", "spez", "t3_434h6c"),
            ("2015-12-18T18:18:39.000Z", "spez", "t3_3xdf11"),
            ("2015-11-20T18:00:13.000Z", "spez", "t3_3tlcil"),
        ],
    ),
    "reddit-user-comments.json": (
        "Reddit",
        "Reddit",
        [
            ("2016-02-29T18:19:13.000Z", "spez", "t1_d0iaye9"),
            ("2016-02-29T02:19:55.000Z", "spez", "t1_d0hkebe"),
            ("2016-02-26T19:44:06.000Z", "spez", "t1_d0eybbx"),
        ],
    ),
    "youtube-api-commentThreads.json": (
        "YouTube comments",
        "YouTube",
        [
            ("2019-12-01T03:36:55.000Z", "kun liu", "UgyWeTdgc4sc1xgmbld4AaABAg"),
            ("2019-12-01T03:36:10.000Z", "kun liu", "Ugw5zYU6n9pmIgAZWvN4AaABAg"),
            ("2019-11-29T02:58:25.000Z", "杨佳名", "Ugy0FhSzKMNMT9qs6zt4AaABAg"),
            ("2019-11-29T02:57:53.000Z", "杨佳名", "UgwSRpgkjCe6OHHe3IJ4AaABAg"),
        ],
    ),
    "youtube-api-comments.json": (
        "YouTube comments",
        "YouTube",
        [
            ("2019-12-01T04:46:31.000Z", "kun liu", "Ugw5zYU6n9pmIgAZWvN4AaABAg.91zT3cYb5B291za6voUoRh"),
            ("2019-12-01T04:46:20.000Z", "kun liu", "Ugw5zYU6n9pmIgAZWvN4AaABAg.91zT3cYb5B291za5eJxzs1"),
        ],
    ),
}


def _parsed(path: Path) -> list[ParsedMention]:
    with parse(path, tz=UTC, classify=False) as rows:
        items = list(rows)
        assert rows.warnings() == []
    assert all(isinstance(item, ParsedMention) for item in items), items
    return [item for item in items if isinstance(item, ParsedMention)]


def test_every_real_export_has_a_case() -> None:
    assert sorted(path.name for path in EXPORTS.iterdir()) == sorted(EXPORT_CASES)


@pytest.mark.parametrize("name", sorted(EXPORT_CASES))
def test_real_export_imports_without_a_map(capsys: pytest.CaptureFixture[str], name: str) -> None:
    preset, platform, expected = EXPORT_CASES[name]
    shown = preview(EXPORTS / name, classify=False)
    assert shown.preset.name == preset and shown.mapping_problem is None

    mentions = [item.mention for item in _parsed(EXPORTS / name)]
    assert [m.external_id for m in mentions] == [row[2] for row in expected]
    assert [m.author for m in mentions] == [row[1] for row in expected]
    assert {m.platform for m in mentions} == {platform}
    assert [m.posted_at for m in mentions] == [row[0] for row in expected]

    incident = run(capsys, "incident", "new", "Real sample", "--tz", "Europe/Stockholm")[1].strip()
    code, out, err = run(capsys, "mentions", "import", incident, str(EXPORTS / name), "--json")
    assert code == 0, err
    assert json.loads(out)["imported"] == len(expected)
    listed = json.loads(run(capsys, "mentions", "list", incident, "--json")[1])
    stored = sorted((m["posted_at"], m["author"], m["platform"]) for m in listed)
    # Times carry their zone (+0000, Z, epoch): stored in UTC whatever the incident's zone.
    assert stored == sorted((at, author, platform) for at, author, _ in expected)


def test_real_tweets_take_their_platform_from_the_file_not_the_posting_app() -> None:
    # The search page's tweets were posted from the iPhone app and from bots (`source`).
    page = json.loads((EXPORTS / "twitter-v1-search_tweets.json").read_text())
    assert len({status["source"] for status in page["statuses"]}) > 1
    mentions = [item.mention for item in _parsed(EXPORTS / "twitter-v1-search_tweets.json")]
    assert [m.url for m in mentions][1] == "https://x.com/PTCruiserBot/status/1149781555226828800"
    assert mentions[1].text == "Sending my first tweet via Tweepy!"


def test_real_twarc2_page_joins_its_author() -> None:
    (mention,) = [item.mention for item in _parsed(EXPORTS / "twarc2-verified_type.jsonl")]
    assert mention.author == "TwitterDev" and mention.reach == 556601
    assert mention.url == "https://x.com/TwitterDev/status/1603823063690199040"
    assert mention.text.startswith("Testing… Testing… Twitter Dev is back online! 📡")


def test_real_reddit_listings_links() -> None:
    posts = [item.mention for item in _parsed(EXPORTS / "reddit-user-submitted.json")]
    assert posts[0].url == "https://www.reddit.com/r/announcements/comments/434h6c/reddit_in_2016/"
    assert posts[0].text.startswith("Reddit in 2016 Hi All,")  # title and self-text
    comments = [item.mention for item in _parsed(EXPORTS / "reddit-user-comments.json")]
    # These 2016 comments have no permalink of their own: the link is their thread, never link_title.
    assert comments[0].url == (
        "https://www.reddit.com/r/ModSupport/comments/484169/request_implement_recapcha_on_the_signup_form/"
    )
    assert comments[0].text.startswith('"Soon" as in, "daylight savings is coming up soon"')


def test_real_youtube_api_pages_read_their_comments() -> None:
    # A commentThreads page: the comment is under snippet.topLevelComment.snippet.
    page = json.loads((EXPORTS / "youtube-api-commentThreads.json").read_text(encoding="utf-8"))
    assert page["kind"] == "youtube#commentThreadListResponse"
    shown = preview(EXPORTS / "youtube-api-commentThreads.json", classify=False)
    assert shown.kind.description.endswith("records under 'items'")
    threads = [item.mention for item in _parsed(EXPORTS / "youtube-api-commentThreads.json")]
    first = page["items"][0]["snippet"]["topLevelComment"]["snippet"]
    assert threads[0].posted_at == first["publishedAt"] == "2019-12-01T03:36:55.000Z"
    assert [m.text for m in threads] == ["Hope to go next time. yah!", "This is so beautiful !", "大满贯", "中午吃啥"]
    # The API gives a comment no link of its own (the last two were on the channel, with no video).
    assert {m.url for m in threads} == {""}
    assert {m.reach for m in threads} == {None}

    # A comments page (replies to the second thread): the comment is under snippet.
    page = json.loads((EXPORTS / "youtube-api-comments.json").read_text(encoding="utf-8"))
    assert page["kind"] == "youtube#commentListResponse"
    replies = [item.mention for item in _parsed(EXPORTS / "youtube-api-comments.json")]
    assert [m.text for m in replies] == ["this is the third reply!", "this is the second reply!"]
    assert {reply["snippet"]["parentId"] for reply in page["items"]} == {threads[1].external_id}
    assert replies[0].posted_at == page["items"][0]["snippet"]["publishedAt"]


# file → [(name, main phone, main e-mail)]; skipped cards (by line); warnings that must appear.
VCARD_CASES: dict[str, tuple[list[tuple[str, str, str]], list[str], list[str]]] = {
    "John_Doe_ANDROID.vcf": (
        [
            ("Ñ Ñ Ñ Ñ Ñ", "123456789", ""),
            ("Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ", "123456", ""),
            ("Ñ Ñ Ñ Ñ", "123456", "bob@company.com"),
            ("ÑÑÑÑ", "55556666", "henry@company.com"),
        ],
        [
            "line 1: this vCard has no name (no FN or N line, only the e-mail 'john.doe@company.com'); ",
            "line 6: this vCard has no name (no FN or N line, only the e-mail 'jane.doe@company.com'); ",
        ],
        ["line 44: Ñ Ñ Ñ Ñ: the e-mail address 'ÑÑÑÑÑÑÑÑÑÑÑÑÑÑ' does not look like name@example.org (left out)"],
    ),
    "John_Doe_BLACK_BERRY.vcf": ([("John Doe", "+96123456789", "")], [], []),
    "John_Doe_EVOLUTION.vcf": ([("Mr. John Richter, James Doe Sr.", "905-666-1234", "john.doe@ibm.com")], [], []),
    "John_Doe_GMAIL.vcf": ([("Mr. John Richter, James Doe Sr.", "905-555-1234", "john.doe@ibm.com")], [], []),
    "John_Doe_IPHONE.vcf": ([("Mr. John Richter James Doe Sr.", "905-555-1234", "john.doe@ibm.com")], [], []),
    "John_Doe_LOTUS_NOTES.vcf": ([("Mr. Doe John I Johny", "+1 (212) 204-34456", "john.doe@ibm.com")], [], []),
    "John_Doe_MAC_ADDRESS_BOOK.vcf": ([("Mr. John Richter,James Doe Sr.", "905-555-1234", "john.doe@ibm.com")], [], []),
    "John_Doe_MS_OUTLOOK.vcf": ([("Mr. John Richter James Doe Sr.", "(905) 555-1234", "john.doe@ibm.cm")], [], []),
    "gmail-list.vcf": (
        [
            ("Arnold Smith", "", "asmithk@gmail.com"),
            ("Chris Beatle", "", "chrisy55d@yahoo.com"),
            ("Doug White", "", "dwhite@gmail.com"),
        ],
        [],
        [],
    ),
    "gmail-single.vcf": ([("Greg Dartmouth", "555 555 1111", "gdartmouth@hotmail.com")], [], []),
    "outlook-2003.vcf": (
        [("John Doe III", "", "jdoe@hotmail.com")],
        [],
        [
            "line 10: John Doe III: the phone number 'BusinessPhone' cannot be dialled (left out)",
            "line 12: John Doe III: the phone number 'MobilePhone' cannot be dialled (left out)",
        ],
    ),
    "outlook-2007.vcf": ([("Mr. Michael Angstadt Jr.", "(111) 555-4444", "mike.angstadt@gmail.com")], [], []),
    "thunderbird-MoreFunctionsForAddressBook-extension.vcf": (
        [("John Doe", "555-555-5555", "doe.john@hotmail.com")],
        [],
        [],
    ),
}


def test_every_real_vcard_has_a_case() -> None:
    assert sorted(path.name for path in VCARDS.iterdir()) == sorted(VCARD_CASES)


@pytest.mark.parametrize("name", sorted(VCARD_CASES))
def test_real_vcard_reads_its_people(name: str) -> None:
    people, skipped, warnings = VCARD_CASES[name]
    imported = import_roster(VCARDS / name)
    assert [(p.name, p.phone, p.email) for p in imported.people] == people
    assert len(imported.skipped) == len(skipped)
    for line, start in zip(imported.skipped, skipped, strict=True):
        assert line.startswith(start)
    for warning in warnings:
        assert warning in imported.warnings


def test_real_vcards_keep_every_phone_and_email() -> None:
    (john,) = import_roster(VCARDS / "John_Doe_IPHONE.vcf").people
    assert john.notes == (
        "Other phones: 905-666-1234 (home), 905-777-1234 (work), 905-888-1234 (home), 905-999-1234 (work), "
        "905-111-1234, 905-222-1234"
    )
    (john,) = import_roster(VCARDS / "thunderbird-MoreFunctionsForAddressBook-extension.vcf").people
    assert john.notes.endswith(
        "Other phones: 555-555-1111 (work), 555-555-2222 (home), 555-555-3333, 555-555-4444\n"
        "Other e-mails: additional-email@company.com, additional-email1@company.com, "
        "additional-email2@company.com, additional-email3@company.com"
    )
