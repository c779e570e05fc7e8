"""Length checks per platform: X's weighted count and links, SMS segments, the others' limits."""

from __future__ import annotations

import unicodedata

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.platform_lengths import (
    AUDIENCES,
    PHASES,
    PLATFORMS,
    Audience,
    Phase,
    Platform,
    clusters,
    find_links,
    is_gsm7,
    measure,
)

LONG_URL = "https://status.northwind.example/incidents/2026-11-21/checkout-payments?ref=x"


def x(text: str) -> int:
    return measure(text, Platform.X).count


# --- X: weights ----------------------------------------------------------------------------------


def test_x_limit_is_280_weighted_characters() -> None:
    assert measure("a" * 280, Platform.X).fits
    over = measure("a" * 281, Platform.X)
    assert (over.count, over.limit, over.over_by, over.fits) == (281, 280, 1, False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hello", 5),
        ("Crème brûlée, Ærø, Łódź", 23),  # Latin with accents: 1 each
        ("Привет", 6),  # Cyrillic is below U+10FF: 1 each
        ("’“”–", 4),  # U+2010–U+201F: curly quotes and dashes weigh 1
        ("…", 2),  # U+2026 is outside X's light ranges
        ("€", 2),
        ("日本語", 6),  # CJK: 2 each
        ("한국어", 6),
        ("😀", 2),
        ("👍🏽", 2),  # skin tone: one emoji
        ("👨‍👩‍👧‍👦", 2),  # a family joined by zero-width joiners: one emoji
        ("🇸🇪", 2),  # a flag is a pair of regional indicators: one emoji
        ("1️⃣", 2),  # keycap sequence
        ("❤️", 2),  # heart with the emoji variation selector
        ("©", 1),  # text-style copyright sign is Latin-1
    ],
)
def test_x_weights(text: str, expected: int) -> None:
    assert x(text) == expected


def test_x_counts_nfc_normalised_text() -> None:
    decomposed = unicodedata.normalize("NFD", "é")
    assert len(decomposed) == 2
    assert x(decomposed) == 1


def test_x_cjk_fills_the_limit_at_140() -> None:
    assert measure("字" * 140, Platform.X).fits
    assert measure("字" * 141, Platform.X).over_by == 2
    assert "CJK" in measure("字", Platform.X).note


# --- X: links ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "link",
    [LONG_URL, "http://a.co", "https://example.com", "example.com", "www.example.org/path", "status.example.co.uk/x"],
)
def test_every_link_counts_23_however_long(link: str) -> None:
    text = f"Updates: {link}"
    assert find_links(text) == [(9, 9 + len(link))]
    assert x(text) == len("Updates: ") + 23


def test_two_links_and_the_note_says_so() -> None:
    result = measure(f"See {LONG_URL} and example.com/b", Platform.X)
    assert result.count == len("See ") + 23 + len(" and ") + 23
    assert "2 links counted as 23 each" in result.note


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("Read example.com/a.", "example.com/a"),  # the full stop ends the sentence, not the link
        ("(see https://example.com/x)", "https://example.com/x"),
        ("Wiki: https://en.wikipedia.org/wiki/Fish_(food)!", "https://en.wikipedia.org/wiki/Fish_(food)"),
        ("at example.com, then", "example.com"),
    ],
)
def test_punctuation_after_a_link_is_text(text: str, link: str) -> None:
    [(start, end)] = find_links(text)
    assert text[start:end] == link


@pytest.mark.parametrize(
    "text",
    [
        "write to press@example.com",  # an e-mail address is not a link on X
        "fix.it now",  # a bare name + country code without a path or subdomain
        "e.g. this, i.e. that",
        "at 9.30am",
        "file.txt and notes.pdf",  # not top-level domains
        "$example.com #example.com",
        "http:// nothing",
    ],
)
def test_text_that_is_not_a_link(text: str) -> None:
    assert find_links(text) == []
    assert x(text) == len(text)


def test_country_domain_is_a_link_with_a_path_or_subdomain() -> None:
    assert find_links("fix.it/now") == [(0, 10)]
    assert find_links("www.fix.it") == [(0, 10)]
    assert find_links("t.co") == [(0, 4)]


def test_a_link_in_a_full_post_at_the_boundary() -> None:
    prefix = "a" * (280 - 23 - 1)
    assert measure(f"{prefix} {LONG_URL}", Platform.X).fits
    assert measure(f"{prefix}a {LONG_URL}", Platform.X).over_by == 1


# --- SMS -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("length", "segments"), [(0, 0), (1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (459, 3), (460, 4)]
)
def test_gsm_segments(length: int, segments: int) -> None:
    result = measure("a" * length, Platform.SMS)
    assert (result.count, result.segments, result.limit) == (length, segments, 160)
    assert result.fits == (length <= 160)
    assert "GSM-7" in result.note


def test_gsm_parts_are_153_each() -> None:
    assert "2 parts of up to 153" in measure("a" * 161, Platform.SMS).note


def test_gsm_extension_characters_count_double() -> None:
    assert measure("€" * 80, Platform.SMS).count == 160
    assert measure("€" * 80, Platform.SMS).segments == 1
    assert measure("€" * 81, Platform.SMS).segments == 2
    assert measure("[x]", Platform.SMS).count == 5
    assert "€ counts double" in measure("€5", Platform.SMS).note


def test_an_escape_pair_is_never_split_between_parts() -> None:
    # 152 + 2 + 152 = 306 septets would fit two parts of 153, but the € cannot straddle them.
    text = "a" * 152 + "€" + "a" * 152
    result = measure(text, Platform.SMS)
    assert result.count == 306
    assert result.segments == 3


@pytest.mark.parametrize("char", ["’", "“", "—", "…", "ç", "😀", "Ж"])
def test_one_non_gsm_character_makes_it_unicode(char: str) -> None:
    assert not is_gsm7("a" + char)
    result = measure("a" * 60 + char, Platform.SMS)
    assert result.limit == 70
    assert "Unicode" in result.note
    assert char in result.note  # the person learns which character did it


def test_gsm_alphabet_specials() -> None:
    assert is_gsm7("@£$¥èéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ!\"#¤%&'()*+,-./:;<=>?¡ÄÖÑÜ§¿äöñüà\n\r")
    assert is_gsm7("^{}\\[~]|€")


@pytest.mark.parametrize(("length", "segments"), [(70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4)])
def test_ucs2_segments(length: int, segments: int) -> None:
    text = "’" + "a" * (length - 1)
    result = measure(text, Platform.SMS)
    assert (result.count, result.segments) == (length, segments)
    assert result.fits == (length <= 70)


def test_ucs2_parts_are_67_each() -> None:
    assert "2 parts of up to 67" in measure("’" * 71, Platform.SMS).note


def test_emoji_take_two_ucs2_units_and_are_never_split() -> None:
    assert measure("😀" + "a" * 68, Platform.SMS).count == 70
    assert measure("😀" + "a" * 68, Platform.SMS).segments == 1
    assert measure("😀" + "a" * 69, Platform.SMS).segments == 2
    # 66 + 2 + 66 = 134 units would fit two parts of 67, but the surrogate pair cannot straddle them.
    assert measure("a" * 66 + "😀" + "a" * 66, Platform.SMS).segments == 3


# --- The other platforms -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "limit"),
    [(Platform.THREADS, 500), (Platform.INSTAGRAM, 2_200), (Platform.LINKEDIN, 3_000), (Platform.FACEBOOK, 63_206)],
)
def test_social_limits(platform: Platform, limit: int) -> None:
    assert platform.limit == limit
    assert measure("a" * limit, platform).fits
    assert measure("a" * (limit + 1), platform).over_by == 1


def test_social_platforms_count_what_people_see() -> None:
    text = "Hi 👨‍👩‍👧 🇸🇪 é"
    assert measure(text, Platform.THREADS).count == 8
    assert measure(LONG_URL, Platform.THREADS).count == len(LONG_URL)  # links count in full


@pytest.mark.parametrize("platform", [Platform.EMAIL, Platform.PRESS_RELEASE])
def test_email_and_press_release_have_no_limit(platform: Platform) -> None:
    result = measure("word " * 20_000, platform)
    assert (result.limit, result.over_by, result.fits) == (None, 0, True)
    assert "20000 words" in result.note


def test_clusters_group_marks_and_sequences() -> None:
    text = "e\u0301👩🏽‍💻🏴󠁧󠁢󠁳󠁣󠁴󠁿a"
    assert [chars for chars, _ in clusters(text)] == ["e\u0301", "👩🏽‍💻", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "a"]


def test_crlf_counts_as_one_line_break() -> None:
    assert measure("a\r\nb", Platform.SMS).count == 3


# --- Names ---------------------------------------------------------------------------------------


def test_platform_names_and_parse() -> None:
    assert PLATFORMS[0] is Platform.X
    assert Platform.parse("Twitter") is Platform.X
    assert Platform.parse("e-mail") is Platform.EMAIL
    assert Platform.parse("LinkedIn") is Platform.LINKEDIN
    assert measure("a", "sms").platform is Platform.SMS
    with pytest.raises(InvalidInputError, match="choose one of"):
        Platform.parse("myspace")


def test_audiences_and_phases() -> None:
    assert [a.label for a in Audience] == ["Public posts", "Customers", "Employees", "Press", "Partners"]
    assert [p.label for p in Phase] == ["Holding statement", "Update", "Resolution"]
    assert Audience.PUBLIC.value == "public-posts"  # the key the Message step stores
    assert list(AUDIENCES) == list(Audience)
    assert list(PHASES) == list(Phase)
    assert Platform.X in Audience.PUBLIC.platforms
    assert Platform.EMAIL in Audience.PRESS.platforms
