"""Messages: who they are for, which phase of the crisis, and whether they fit where they go.

Step 4 of the response ("Message") drafts one text per audience and phase. Each platform a text
is released on has its own length rule, and they do not all count the same way:

* **X** counts *weighted* characters, up to 280. Following X's open-source ``twitter-text``
  (configuration v3): text is NFC-normalised; code points in U+0000–U+10FF (Latin, Greek,
  Cyrillic, Hebrew, Arabic, Indic scripts…), U+2000–U+200D, U+2010–U+201F and U+2032–U+2037
  weigh 1; every other code point (CJK, most symbols, ``…`` and ``€`` too) weighs 2; an emoji,
  including a sequence joined by zero-width joiners, with a skin tone, a keycap or a flag,
  weighs 2 as a whole; every link weighs 23, however long or short, because X wraps each one in
  a ``t.co`` link. See :func:`find_links` for which text counts as a link.
* **SMS** counts GSM-7 septets: 160 in one message, 153 per part when a longer text is sent as
  a concatenated message (the rest of each part carries the header that joins them). The
  characters of the GSM extension table (``€ [ ] { } \\ ^ ~ |`` and form feed) take two
  septets. A single character outside the GSM alphabet (a curly quote, an emoji, a Cyrillic
  letter) switches the whole text to UCS-2: 70 UTF-16 units in one message, 67 per part, and an
  emoji outside the Basic Multilingual Plane takes two units. A character is never split
  across two parts (neither an escape pair nor a surrogate pair), as phones do.
* **Threads, Instagram, LinkedIn, Facebook** count characters as a reader sees them: an accented
  letter, an emoji sequence or a flag is one; links count in full.
* **E-mail and press releases** have no limit; the measure gives the length and word count.

What we simplify, and in which direction:

* Links: ``twitter-text`` knows every top-level domain on the IANA list. We recognise all
  two-letter country codes and the generic domains in :data:`GENERIC_TLDS`; a bare domain with
  a rarer ending (``example.pizza``) is counted character by character, as text. Links with
  ``http://`` or ``https://`` are always recognised. Bare internationalised domains are not.
* Emoji: we recognise sequences by the Unicode blocks pictographs live in (see
  ``_is_pictograph``), not by the full emoji data tables, so an unusual symbol may weigh a little
  differently than on X.
* User-perceived characters are approximated without the Unicode grapheme tables: combining
  marks, variation selectors, skin tones, zero-width joiner sequences and regional-indicator
  pairs join the character before them. That covers what templates and crisis posts contain.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import QT_TRANSLATE_NOOP


class Audience(StrEnum):
    """Who a message is for (domain.md, "The five steps" → Message)."""

    PUBLIC = "public-posts"
    CUSTOMERS = "customers"
    EMPLOYEES = "employees"
    PRESS = "press"
    PARTNERS = "partners"

    @property
    def label(self) -> str:
        return _AUDIENCE_LABELS[self]

    @property
    def platforms(self) -> tuple[Platform, ...]:
        """Where a message for this audience is usually released, most constrained first."""
        return _AUDIENCE_PLATFORMS[self]


class Phase(StrEnum):
    """Where in the crisis a message stands: first word, progress, or the end of it."""

    HOLDING = "holding"
    UPDATE = "update"
    RESOLUTION = "resolution"

    @property
    def label(self) -> str:
        return _PHASE_LABELS[self]


class Platform(StrEnum):
    """A place a message is released, with its length rule (see the module docstring)."""

    X = "x"
    THREADS = "threads"
    INSTAGRAM = "instagram"
    LINKEDIN = "linkedin"
    FACEBOOK = "facebook"
    SMS = "sms"
    EMAIL = "email"
    PRESS_RELEASE = "press-release"

    @property
    def label(self) -> str:
        return _PLATFORM_LABELS[self]

    @property
    def limit(self) -> int | None:
        """The most characters one post may have (for SMS: one message in GSM-7); None: no limit."""
        return _LIMITS[self]

    @classmethod
    def parse(cls, text: str) -> Platform:
        """Accept the key or the label, in any case (``x``, ``Twitter``, ``SMS``, ``e-mail``).

        Raises:
            InvalidInputError: naming the accepted values.
        """
        wanted = text.strip().lower()
        aliases = {"twitter": cls.X, "e-mail": cls.EMAIL, "mail": cls.EMAIL, "press release": cls.PRESS_RELEASE}
        if wanted in aliases:
            return aliases[wanted]
        for platform in cls:
            if wanted in {platform.value, platform.label.lower()}:
                return platform
        choices = ", ".join(p.value for p in cls)
        raise InvalidInputError(f"unknown platform {text!r}; choose one of {choices}")


_AUDIENCE_LABELS = {
    Audience.PUBLIC: QT_TRANSLATE_NOOP("Messages", "Public posts"),
    Audience.CUSTOMERS: QT_TRANSLATE_NOOP("Messages", "Customers"),
    Audience.EMPLOYEES: QT_TRANSLATE_NOOP("Messages", "Employees"),
    Audience.PRESS: QT_TRANSLATE_NOOP("Messages", "Press"),
    Audience.PARTNERS: QT_TRANSLATE_NOOP("Messages", "Partners"),
}
_PHASE_LABELS = {
    Phase.HOLDING: QT_TRANSLATE_NOOP("Messages", "Holding statement"),
    Phase.UPDATE: QT_TRANSLATE_NOOP("Messages", "Update"),
    Phase.RESOLUTION: QT_TRANSLATE_NOOP("Messages", "Resolution"),
}
# Platform names are names: only the generic ones are translated.
_PLATFORM_LABELS = {
    Platform.X: "X",
    Platform.THREADS: "Threads",
    Platform.INSTAGRAM: "Instagram",
    Platform.LINKEDIN: "LinkedIn",
    Platform.FACEBOOK: "Facebook",
    Platform.SMS: QT_TRANSLATE_NOOP("Messages", "SMS"),
    Platform.EMAIL: QT_TRANSLATE_NOOP("Messages", "E-mail"),
    Platform.PRESS_RELEASE: QT_TRANSLATE_NOOP("Messages", "Press release"),
}
_LIMITS: dict[Platform, int | None] = {
    Platform.X: 280,
    Platform.THREADS: 500,
    Platform.INSTAGRAM: 2_200,
    Platform.LINKEDIN: 3_000,
    Platform.FACEBOOK: 63_206,
    Platform.SMS: 160,
    Platform.EMAIL: None,
    Platform.PRESS_RELEASE: None,
}
_SOCIAL = (Platform.X, Platform.THREADS, Platform.INSTAGRAM, Platform.LINKEDIN, Platform.FACEBOOK)
_AUDIENCE_PLATFORMS: dict[Audience, tuple[Platform, ...]] = {
    Audience.PUBLIC: (*_SOCIAL, Platform.SMS),
    Audience.CUSTOMERS: (Platform.SMS, Platform.EMAIL),
    Audience.EMPLOYEES: (Platform.SMS, Platform.EMAIL),
    Audience.PRESS: (Platform.EMAIL, Platform.PRESS_RELEASE),
    Audience.PARTNERS: (Platform.EMAIL,),
}

PLATFORMS: tuple[Platform, ...] = tuple(Platform)
"""Every platform, most constrained first."""
AUDIENCES: tuple[Audience, ...] = tuple(Audience)
"""Every audience, in the order of the Message step's grid."""
PHASES: tuple[Phase, ...] = tuple(Phase)
"""Every phase, in the order a crisis goes through them."""


@dataclass(frozen=True)
class Measure:
    """How long a text is for one platform, and whether it fits.

    Attributes:
        count: the length as the platform counts it (weighted characters for X, septets or
            UTF-16 units for SMS, user-perceived characters elsewhere).
        limit: the platform's limit in the same unit (for SMS: one message in the text's
            encoding, 160 or 70), or None when there is none.
        over_by: how much too long (0 when it fits).
        segments: for SMS, how many messages it is sent as (0 for an empty text); else None.
        note: how it was counted, in a short phrase for the person (links, encoding, parts…).
        platform: the platform measured for.
    """

    count: int
    limit: int | None
    over_by: int
    segments: int | None
    note: str
    platform: Platform | None = None

    @property
    def fits(self) -> bool:
        return self.over_by == 0


def measure(text: str, platform: Platform | str) -> Measure:
    """Measure ``text`` as ``platform`` counts it (see the module docstring for the rules).

    Raises:
        InvalidInputError: for an unknown platform name.
    """
    platform = platform if isinstance(platform, Platform) else Platform.parse(platform)
    text = normalise(text)
    if platform is Platform.X:
        return _measure_x(text)
    if platform is Platform.SMS:
        return _measure_sms(text)
    count = sum(1 for _ in clusters(text))
    limit = platform.limit
    if limit is None:
        words = len(text.split())
        return Measure(count, None, 0, None, f"no length limit · {words} word{'' if words == 1 else 's'}", platform)
    return Measure(count, limit, max(0, count - limit), None, "links count in full", platform)


def normalise(text: str) -> str:
    """The text as it will be sent: NFC-normalised (as X does) with ``\\n`` line ends."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n"))


# --- Characters as people see them ------------------------------------------------------------

_ZWJ = 0x200D
_KEYCAP = 0x20E3


def _is_modifier(cp: int) -> bool:
    """Joins the character before it: variation selectors, skin tones, emoji tags, the keycap."""
    return 0xFE00 <= cp <= 0xFE0F or 0x1F3FB <= cp <= 0x1F3FF or 0xE0020 <= cp <= 0xE007F or cp == _KEYCAP


def _is_regional_indicator(cp: int) -> bool:
    return 0x1F1E6 <= cp <= 0x1F1FF


def _is_pictograph(cp: int) -> bool:
    """Code points that start an emoji: the blocks where Unicode keeps its pictographs."""
    return (
        0x1F000 <= cp <= 0x1FAFF
        or 0x2600 <= cp <= 0x27BF  # miscellaneous symbols, dingbats
        or 0x2300 <= cp <= 0x23FF  # watch, hourglass, media controls
        or 0x2B00 <= cp <= 0x2BFF  # arrows, stars, circles
        or 0x2190 <= cp <= 0x21FF
        or 0x25A0 <= cp <= 0x25FF
        or 0x2900 <= cp <= 0x297F
        or cp in {0x203C, 0x2049, 0x2122, 0x2139, 0x24C2, 0x3030, 0x303D, 0x3297, 0x3299}
    )


def clusters(text: str) -> Iterator[tuple[str, bool]]:
    """Split text into user-perceived characters; yields ``(characters, is_emoji)``.

    An approximation of Unicode grapheme clusters that needs no tables (module docstring).
    """
    i, n = 0, len(text)
    while i < n:
        cp = ord(text[i])
        start = i
        i += 1
        emoji = False
        if _is_regional_indicator(cp):
            emoji = True
            if i < n and _is_regional_indicator(ord(text[i])):
                i += 1  # a flag is a pair of regional indicators
        elif _is_pictograph(cp) or (text[start] in "0123456789#*©®" and _emoji_presentation_follows(text, i)):
            emoji = True
            while i < n:
                nxt = ord(text[i])
                if _is_modifier(nxt):
                    i += 1
                elif nxt == _ZWJ and i + 1 < n and _is_pictograph(ord(text[i + 1])):
                    i += 2
                else:
                    break
        # Combining marks (and stray modifiers) belong to the character before them.
        while i < n and (unicodedata.combining(text[i]) or _is_modifier(ord(text[i])) or ord(text[i]) == _ZWJ):
            i += 1
        yield text[start:i], emoji


def _emoji_presentation_follows(text: str, i: int) -> bool:
    """A digit, #, *, © or ® is an emoji only with VS16 or the keycap after it (``1️⃣``)."""
    return i < len(text) and ord(text[i]) in {0xFE0F, _KEYCAP}


# --- Links, as X finds them --------------------------------------------------------------------

# fmt: off
GENERIC_TLDS = frozenset(
    {
        "com", "net", "org", "info", "biz", "gov", "edu", "mil", "int", "name", "pro", "mobi", "aero", "coop",
        "museum", "jobs", "travel", "tel", "cat", "asia", "post", "app", "dev", "page", "new", "news", "online",
        "site", "website", "shop", "store", "blog", "live", "tech", "cloud", "email", "link", "click", "help",
        "support", "media", "agency", "company", "services", "solutions", "group", "global", "world", "today",
        "life", "health", "care", "bank", "insurance", "finance", "money", "energy", "digital", "network",
        "systems", "software", "design", "studio", "social", "events", "community", "foundation", "charity", "ngo",
        "school", "academy", "university", "education", "science", "berlin", "london", "paris", "nyc", "tokyo",
        "amsterdam", "wien", "bayern", "scot", "wales", "eus", "swiss", "africa", "lat",
    }
)
# fmt: on
"""Generic top-level domains recognised in bare links (besides every two-letter country code)."""

# X does not link text glued to a word, an @ (e-mail addresses), a $ cashtag or a # hashtag.
_BEFORE = r"(?<![A-Za-z0-9@＠$#＃])"
_SCHEME_LINK = re.compile(_BEFORE + r"https?://[\w.-]+(?::\d{1,5})?(?:[/?#]\S*)?", re.IGNORECASE)
# A bare domain: labels of letters, digits and hyphens, then a top-level domain, then a path.
_BARE_LINK = re.compile(
    _BEFORE + r"(?<![-_./])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}))(?![\w-])(:\d{1,5})?([/?#]\S*)?",
    re.IGNORECASE,
)
# twitter-text lets a link end only in one of these (so "see example.com/a." stops before the dot).
_LINK_END = re.compile(r"[\w=/+#-]", re.UNICODE)


def _trim_link_end(link: str) -> str:
    while link and not _LINK_END.match(link[-1]):
        if link[-1] == ")" and link.count("(") >= link.count(")"):
            break  # a balanced bracket belongs to the link (Wikipedia-style paths)
        link = link[:-1]
    return link


def find_links(text: str) -> list[tuple[int, int]]:
    """Where X would wrap a link in ``t.co``: ``(start, end)`` spans, in order.

    Counted as links: anything starting ``http://`` or ``https://``; and bare domains such as
    ``example.com``, ``www.example.org/path`` or ``status.example.co.uk``, when the domain ends
    in a two-letter country code or one of :data:`GENERIC_TLDS`. As on X, a bare domain of one
    name and a country code (``fix.it``) is a link only with a path after it (``fix.it/now``),
    and an e-mail address is not a link. Punctuation after a link (``.``, ``,``, ``)``…) is not
    part of it.
    """
    spans: list[tuple[int, int]] = []
    for match in _SCHEME_LINK.finditer(text):
        link = _trim_link_end(match.group(0))
        if "." in link or "localhost" in link.lower():
            spans.append((match.start(), match.start() + len(link)))
    for match in _BARE_LINK.finditer(text):
        if any(start <= match.start() < end for start, end in spans):
            continue
        domain, tld, path = match.group(1), match.group(2).lower(), match.group(4)
        if len(tld) == 2:
            short = domain.count(".") == 1 and domain.lower() != "t.co"
            if short and not path:
                continue  # "fix.it": X needs a path or a subdomain before it links a country domain
        elif tld not in GENERIC_TLDS:
            continue
        link = _trim_link_end(match.group(0))
        spans.append((match.start(), match.start() + len(link)))
    return sorted(spans)


# --- X -----------------------------------------------------------------------------------------

X_LINK_WEIGHT = 23
_X_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))


def _x_weight(cp: int) -> int:
    return 1 if any(low <= cp <= high for low, high in _X_LIGHT_RANGES) else 2


def _measure_x(text: str) -> Measure:
    links = find_links(text)
    count = X_LINK_WEIGHT * len(links)
    heavy = 0
    position = 0
    pieces = []
    for start, end in links:
        pieces.append(text[position:start])
        position = end
    pieces.append(text[position:])
    for piece in pieces:
        for chars, emoji in clusters(piece):
            weight = 2 if emoji else sum(_x_weight(ord(c)) for c in chars)
            if emoji or weight > len(chars):
                heavy += 1
            count += weight
    notes = []
    if links:
        notes.append(
            f"{len(links)} links counted as {X_LINK_WEIGHT} each"
            if len(links) > 1
            else f"the link counts as {X_LINK_WEIGHT}"
        )
    if heavy:
        notes.append("emoji and CJK count as 2")
    limit = Platform.X.limit
    assert limit is not None
    return Measure(count, limit, max(0, count - limit), None, "; ".join(notes) or "weighted as X counts", Platform.X)


# --- SMS ---------------------------------------------------------------------------------------

# 3GPP TS 23.038, the GSM 7-bit default alphabet (position 0x1B, the escape, is left out).
GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
# The extension table: each is sent as the escape plus one septet, so it counts twice.
GSM_EXTENSION = frozenset("\f^{}\\[~]|€")

SMS_SINGLE_GSM, SMS_PART_GSM = 160, 153
SMS_SINGLE_UCS2, SMS_PART_UCS2 = 70, 67


def is_gsm7(text: str) -> bool:
    """True when every character of ``text`` can be sent in the GSM 7-bit alphabet."""
    return all(c in GSM_BASIC or c in GSM_EXTENSION for c in text)


def _sms_parts(units: list[int], per_part: int) -> int:
    """Parts needed when no character's units may be split between two parts."""
    parts, room = 1, per_part
    for size in units:
        if size > room:
            parts += 1
            room = per_part
        room -= size
    return parts


def _measure_sms(text: str) -> Measure:
    if is_gsm7(text):
        units = [2 if c in GSM_EXTENSION else 1 for c in text]
        single, per_part, encoding = SMS_SINGLE_GSM, SMS_PART_GSM, "GSM-7"
        extended = sorted({c for c in text if c in GSM_EXTENSION} - {"\f"})
        detail = f"{' '.join(extended)} count{'s' if len(extended) == 1 else ''} double" if extended else ""
    else:
        units = [2 if ord(c) > 0xFFFF else 1 for c in text]
        single, per_part, encoding = SMS_SINGLE_UCS2, SMS_PART_UCS2, "Unicode"
        culprits = list(dict.fromkeys(c for c in text if c not in GSM_BASIC and c not in GSM_EXTENSION))
        shown = " ".join(culprits[:4]) + (" …" if len(culprits) > 4 else "")
        detail = f"not in the GSM alphabet: {shown}"
    count = sum(units)
    if count == 0:
        segments = 0
    elif count <= single:
        segments = 1
    else:
        segments = _sms_parts(units, per_part)
    if segments <= 1:
        size = f"{encoding}, 1 message of up to {single}"
    else:
        size = f"{encoding}, {segments} parts of up to {per_part}"
    note = f"{size}; {detail}" if detail else size
    return Measure(count, single, max(0, count - single), segments, note, Platform.SMS)
