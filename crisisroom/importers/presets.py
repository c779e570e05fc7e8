"""Recognise which tool wrote an export, and which of its columns hold each field of a mention.

A vendor preset knows its tool's column names exactly; the generic detector guesses from common
names (``created_at``, ``text``, ``author``, ``url``, ``*sentiment*``…) for everything else. Both
produce a mapping from field to a column *expression*: a column name, ``A+B`` (the two cells
joined with a space, for Meltwater's separate Date and Time) or ``A|B`` (the first non-empty,
for Meltwater's Hit Sentence, else Opening Text). ``--map FIELD=EXPRESSION`` uses the same syntax.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from crisisroom.domain.mentions import FIELDS


@dataclass(frozen=True, eq=False)  # each preset is one object, compared and hashed by identity
class Preset:
    """How one tool's export maps onto a mention.

    Attributes:
        name: shown to people (``Brandwatch``).
        signatures: sets of lower-case header names; the preset applies when all of one set
            are present.
        columns: for each field, candidate expressions in order of preference; a candidate
            applies when its first column is present (missing alternatives are dropped).
        platform: the platform of every row when the file's kind tells it (``X`` for Twitter's
            API, ``TikTok`` for a TikTok scraper); then no column is taken for the platform (a
            tweet's ``source`` is the app that posted it, not a network). ``""`` when a column
            must say (listening tools cover many networks).
        dates_in_utc: times without an offset are UTC whatever zone the user gave (Brandwatch
            writes UTC without saying so).
        url_template: builds the link from other fields when the export has none.
        url_base: put before a link that is only a path (Reddit's ``permalink``).
    """

    name: str
    signatures: tuple[frozenset[str], ...] = ()
    columns: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    platform: str = ""
    dates_in_utc: bool = False
    url_template: str | None = None
    url_base: str = ""

    def matches(self, columns: Sequence[str]) -> bool:
        """Whether a file with these columns was written by this preset's tool."""
        present = {column.strip().lower() for column in columns}
        return any(signature <= present for signature in self.signatures)

    def detect(self, columns: Sequence[str]) -> dict[str, str]:
        """The field → expression mapping for a file with these columns (fields not found left out)."""
        by_lower = {column.strip().lower(): column for column in reversed(columns)}
        mapping: dict[str, str] = {}
        for name, candidates in self.columns.items():
            for candidate in candidates:
                operator = "+" if "+" in candidate else "|"
                parts = [by_lower.get(part.lower()) for part in candidate.split(operator)]
                if parts[0] is None:
                    continue
                mapping[name] = operator.join(part for part in parts if part is not None)
                break
        # Fields the vendor's columns do not give (a sentiment someone added to a tweet dump, an
        # id column under another name) may still be found by the generic names, in the columns
        # the preset left unused.
        used = {part for expression in mapping.values() for part in re.split(r"[+|]", expression)}
        rest = [column for column in columns if column not in used]
        for name, column in detect_generic(rest).items():
            mapping.setdefault(name, column)
        if self.platform:
            mapping.pop("platform", None)
        return {name: mapping[name] for name in FIELDS if name in mapping}


BRANDWATCH = Preset(
    "Brandwatch",
    signatures=(frozenset({"full text", "page type"}), frozenset({"date", "full text", "url"})),
    columns={
        "posted_at": ("Date",),
        "text": ("Full Text|Snippet|Title",),
        "author": ("Author|Full Name",),
        "url": ("Url",),
        "external_id": ("Resource Id", "Mention Id"),
        "sentiment": ("Sentiment",),
        "platform": ("Page Type|Content Source Name", "Content Source Name"),
        "reach": ("Reach (new)", "Reach"),
    },
    dates_in_utc=True,
)
TALKWALKER = Preset(
    "Talkwalker",
    signatures=(
        frozenset({"published", "content", "source_type"}),
        frozenset({"published", "extra_author_attributes.name"}),
    ),
    columns={
        "posted_at": ("published",),
        "text": ("content|title",),
        "author": ("extra_author_attributes.name|extra_author_attributes.short_name",),
        "url": ("url",),
        "external_id": ("id", "article_id"),
        "sentiment": ("sentiment",),
        "platform": ("source_type",),
        "reach": ("reach",),
    },
)
MELTWATER = Preset(
    "Meltwater",
    signatures=(frozenset({"date", "hit sentence"}), frozenset({"date", "opening text"})),
    columns={
        "posted_at": ("Date+Time",),
        "text": ("Hit Sentence|Opening Text|Headline", "Opening Text|Headline"),
        "author": ("Author Handle|Influencer|Twitter Screen Name", "Influencer|Twitter Screen Name"),
        "url": ("URL",),
        "external_id": ("Tweet Id|Document ID", "Document ID"),
        "sentiment": ("Sentiment",),
        "platform": ("Source Name|Source", "Source"),
        "reach": ("Reach",),
    },
)
TWITTER = Preset(
    "Twitter/X API",
    signatures=(
        frozenset({"created_at", "user.screen_name", "full_text"}),
        frozenset({"created_at", "user.screen_name", "text"}),
    ),
    columns={
        "posted_at": ("created_at",),
        "text": ("extended_tweet.full_text|full_text|text", "full_text|text", "text"),
        "author": ("user.screen_name",),
        "external_id": ("id_str|id", "id"),
        "reach": ("user.followers_count",),
    },
    platform="X",
    url_template="https://x.com/{author}/status/{external_id}",
)
# twarc2 pages (their 'includes' users joined as 'author' by the reader) and 'twarc2 flatten' output.
TWITTER_V2 = Preset(
    "Twitter/X API v2 (twarc2)",
    signatures=(frozenset({"created_at", "author_id", "text"}),),
    columns={
        "posted_at": ("created_at",),
        "text": ("note_tweet.text|text", "text"),
        "author": ("author.username",),
        "external_id": ("id",),
        "reach": ("author.public_metrics.followers_count",),
    },
    platform="X",
    url_template="https://x.com/{author}/status/{external_id}",
)
# Apify's TikTok Scraper (clockworks/tiktok-scraper) dataset items, as JSON or flattened CSV.
TIKTOK = Preset(
    "TikTok (Apify scraper)",
    signatures=(frozenset({"createtimeiso", "webvideourl"}), frozenset({"createtime", "authormeta.name"})),
    columns={
        "posted_at": ("createTimeISO", "createTime"),
        "text": ("text",),
        "author": ("authorMeta.name|authorMeta.nickName",),
        "url": ("webVideoUrl",),
        "external_id": ("id",),
        "reach": ("authorMeta.fans",),
    },
    platform="TikTok",
)
# Apify's Instagram Scraper (apify/instagram-scraper): posts, and comments (text, postUrl).
INSTAGRAM = Preset(
    "Instagram (Apify scraper)",
    signatures=(
        frozenset({"ownerusername", "shortcode", "timestamp"}),
        frozenset({"ownerusername", "caption", "timestamp"}),
        frozenset({"ownerusername", "text", "timestamp"}),
    ),
    columns={
        "posted_at": ("timestamp",),
        "text": ("caption|alt", "text"),
        "author": ("ownerUsername|ownerFullName",),
        "url": ("url", "postUrl"),
        "external_id": ("id", "shortCode"),
    },
    platform="Instagram",
)
# YouTube Data API commentThreads/comments pages (records under 'items') and comment exporters'
# CSVs with the API's names (publishedAt, textOriginal, authorDisplayName).
_TOP = "snippet.topLevelComment.snippet."
YOUTUBE = Preset(
    "YouTube comments",
    signatures=(
        frozenset({_TOP.lower() + "publishedat"}),
        frozenset({"snippet.publishedat", "snippet.textoriginal"}),
        frozenset({"snippet.publishedat", "snippet.textdisplay"}),
        frozenset({"publishedat", "textoriginal"}),
        frozenset({"publishedat", "textdisplay"}),
        frozenset({"publishedat", "authordisplayname"}),
    ),
    columns={
        "posted_at": (_TOP + "publishedAt", "snippet.publishedAt", "publishedAt"),
        "text": (
            f"{_TOP}textOriginal|{_TOP}textDisplay",
            "snippet.textOriginal|snippet.textDisplay",
            "textOriginal|textDisplay",
            "textDisplay",
        ),
        "author": (_TOP + "authorDisplayName", "snippet.authorDisplayName", "authorDisplayName"),
        "external_id": ("id", "commentId"),
    },
    platform="YouTube",
)
# Reddit: listing JSON (the reader takes data.children[].data), PRAW and Pushshift dumps.
REDDIT = Preset(
    "Reddit",
    signatures=(
        frozenset({"created_utc", "permalink", "subreddit"}),
        frozenset({"created_utc", "author", "selftext"}),
        frozenset({"created_utc", "body", "link_id"}),
    ),
    columns={
        "posted_at": ("created_utc",),
        "text": ("body", "title+selftext", "title"),
        "author": ("author",),
        "url": ("permalink", "url", "link_permalink"),  # a comment without its own: its thread's
        "external_id": ("name|id", "id"),
        "reach": ("subreddit_subscribers",),
    },
    platform="Reddit",
    url_base="https://www.reddit.com",
)
# CrowdTangle's historical-data CSV: Facebook pages and groups, and Instagram accounts.
CROWDTANGLE = Preset(
    "CrowdTangle (Facebook)",
    signatures=(frozenset({"post created", "page name"}), frozenset({"post created", "group name"})),
    columns={
        "posted_at": ("Post Created", "Post Created Date+Post Created Time"),
        "text": ("Message|Description|Link Text|Image Text",),
        "author": ("Page Name|Group Name|User Name", "Group Name|User Name"),
        "url": ("URL",),
        "reach": ("Followers at Posting|Likes at Posting", "Likes at Posting"),
    },
    platform="Facebook",
)
CROWDTANGLE_INSTAGRAM = Preset(
    "CrowdTangle (Instagram)",
    signatures=(frozenset({"post created", "account", "followers at posting"}),),
    columns={
        "posted_at": ("Post Created", "Post Created Date+Post Created Time"),
        "text": ("Description|Title|Image Text",),
        "author": ("User Name|Account",),
        "url": ("URL",),
        "reach": ("Followers at Posting",),
    },
    platform="Instagram",
)
# ExportComments.com spreadsheets: a few rows about the export, then one row per comment. One
# tool for many networks, and no column names the network: the platform stays empty.
EXPORTCOMMENTS = Preset(
    "ExportComments",
    signatures=(frozenset({"name", "profile id", "date", "comment"}), frozenset({"name", "date", "likes", "comment"})),
    columns={
        "posted_at": ("Date",),
        "text": ("Comment",),
        "author": ("Name|User @",),
        "external_id": ("Comment ID", "Id"),
    },
)
GENERIC = Preset("Generic")

# Vendors first: their signatures are specific; the generic detector takes the rest.
PRESETS = (
    BRANDWATCH,
    TALKWALKER,
    MELTWATER,
    TWITTER,
    TWITTER_V2,
    TIKTOK,
    INSTAGRAM,
    YOUTUBE,
    REDDIT,
    CROWDTANGLE,
    CROWDTANGLE_INSTAGRAM,
    EXPORTCOMMENTS,
    GENERIC,
)


def detect_preset(columns: Sequence[str]) -> Preset:
    """The preset for a file with these columns; :data:`GENERIC` when no vendor's matches."""
    return next(preset for preset in PRESETS if preset is GENERIC or preset.matches(columns))


# Generic rules per field, strongest first, on names normalised to lower_snake_case
# ("Full Text" → full_text, "user.screen_name" → user_screen_name). A weaker rule is used only
# when no column matches a stronger one, so "date" beats "export_date".
_WORD = r"(?:^|_)(?:{})(?:_|$)"
_GENERIC_RULES: dict[str, tuple[re.Pattern[str], ...]] = {
    name: tuple(re.compile(rule) for rule in rules)
    for name, rules in {
        "posted_at": (
            r"^(?:created_at|createdat|date|datetime|date_time|timestamp|time_stamp|published|published_at|"
            r"publishedat|publish_date|published_date|pub_date|posted_at|post_date|posted|created|created_time|"
            r"creation_date|date_published|date_created|time_published|post_created|mention_date)$",
            _WORD.format("created|published|posted|timestamp"),
            r"^(?!.*(?:updated|modified|birth|export|crawl|last|user_|author_))" + _WORD.format("date|datetime"),
        ),
        "text": (
            r"^(?:text|full_text|fulltext|content|message|body|tweet|tweet_text|post|post_text|snippet|"
            r"hit_sentence|opening_text|caption|comment|comment_text|mention|mention_text|status)$",
            r"^(?!.*(?:user_|author_|profile|lang|type))" + _WORD.format("text|content|message|body|snippet"),
            r"^(?:title|headline|description)$",
        ),
        "author": (
            r"^(?:author|author_handle|author_name|author_username|author_screen_name|username|user_name|"
            r"screen_name|user_screen_name|user_username|handle|user|from|from_user|account|account_name|"
            r"influencer|name)$",
            r"^(?!.*(?:_id$|^id_|url|link|image|avatar|count|followers|location|description|created))"
            + _WORD.format("author|handle|screen_name|username"),
        ),
        "url": (
            r"^(?:url|link|permalink|href|uri|post_url|tweet_url|mention_url|article_url|web_url|source_url|"
            r"post_link|url_link)$",
            # Not a title, text or id about a link (Reddit's link_title, link_id): only a link itself.
            r"^(?!.*(?:user|author|profile|image|avatar|media|thumbnail|picture|photo|title|text|name|count|type|_id$))"
            + _WORD.format("url|link|permalink"),
        ),
        "external_id": (
            r"^(?:id|id_str|post_id|tweet_id|mention_id|message_id|status_id|guid|uuid|resource_id|"
            r"document_id|article_id|item_id|uid)$",
        ),
        "sentiment": (
            r"^(?:sentiment|polarity|tone|sentiment_label|sentiment_score|sentiment_value)$",
            r"sentiment|polarity|" + _WORD.format("tone"),
        ),
        "platform": (
            r"^(?:platform|network|channel|source_type|page_type|media_type|social_network|site|source|medium|"
            r"content_source_name|source_name)$",
        ),
        "reach": (
            r"^(?:reach|reach_new|potential_reach|estimated_reach|audience|followers|followers_count|"
            r"user_followers_count|impressions)$",
            _WORD.format("reach"),
        ),
    }.items()
}
# A header cell longer than this is a value (a tweet), not a column name.
_LONGEST_NAME = 60


def normalise_name(column: str) -> str:
    """A column name in lower_snake_case, for matching against the generic rules."""
    return re.sub(r"[^0-9a-z]+", "_", column.lower()).strip("_")


def detect_generic(columns: Sequence[str]) -> dict[str, str]:
    """Guess the field → column mapping from common column names; each column used at most once."""
    normalised = [normalise_name(column) if len(column) <= _LONGEST_NAME else "" for column in columns]
    mapping: dict[str, str] = {}
    taken: set[int] = set()
    for name in FIELDS:
        for rule in _GENERIC_RULES[name]:
            # Top-level keys before nested ones ("id" before "user.id"), then file order.
            found = sorted(
                (columns[index].count("."), index)
                for index, normal in enumerate(normalised)
                if index not in taken and normal and rule.search(normal)
            )
            if found:
                index = found[0][1]
                taken.add(index)
                mapping[name] = columns[index]
                break
    return mapping


def find_header(rows: Sequence[Sequence[str]]) -> int:
    """Which of the first rows is the header: the one naming the most fields we know.

    Brandwatch puts report metadata (query, date range…) above its header; the header is the
    row where a vendor's signature matches, else where the generic rules recognise most names.
    Ties go to the earlier row; when nothing is recognised, the first row is the header.
    """
    best_score, best = 0, 0
    for index, row in enumerate(rows):
        cells = [cell.strip() for cell in row]
        score = len(detect_generic(cells)) if any(cells) else 0
        if any(preset.matches(cells) for preset in PRESETS if preset is not GENERIC):
            score += len(FIELDS)
        if score > best_score:
            best_score, best = score, index
    return best
