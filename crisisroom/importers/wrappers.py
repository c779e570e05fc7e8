"""Records inside a wrapper: API pages and listings whose posts sit under a key, not at the top.

Tools save what the API answered: a Twitter v1.1 search page ``{"statuses": [...]}``, a twarc2
page ``{"data": [...], "includes": {"users": [...]}}``, a Reddit listing
``{"kind": "Listing", "data": {"children": [{"data": {...}}]}}``, or a generic
``{"items": [...]}``. :func:`unwrap` finds the record array in such an object (the object itself
when it is a record), and joins twarc2's ``includes`` users to their tweets as ``author``, the
way ``twarc2 flatten`` does, so ``author.username`` is a column like any other.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

# Keys under which APIs and scrapers put their records, most specific first.
RECORD_KEYS = ("statuses", "data", "items", "results", "records", "posts", "tweets", "comments", "hits", "documents")
# Keys of a post itself: an object with these next to a list is a record, not a page of them.
_RECORD_FIELDS = frozenset(
    {"created_at", "createdat", "date", "timestamp", "published", "text", "full_text", "body", "content", "message"}
)


def unwrap(value: Mapping[str, Any]) -> tuple[list[Any], str] | None:
    """The records inside a wrapper object and what was found; ``None`` when it is a record itself.

    Returns:
        The records (elements may still be anything; the reader refuses non-objects) and a short
        description for the preview, e.g. ``records under 'data', users from 'includes' joined``.
    """
    if value.get("kind") == "Listing" and isinstance(value.get("data"), Mapping):
        children = value["data"].get("children")
        if isinstance(children, list):
            # "more" children are ids of comments not loaded, not comments.
            kept = [_child(child) for child in children if not _more(child)]
            return kept, "Reddit listing: records under 'data.children'"
    if {key.lower() for key in value if isinstance(value[key], str | int | float)} & _RECORD_FIELDS:
        return None
    for key in RECORD_KEYS:
        records = value.get(key)
        if isinstance(records, list) and (not records or isinstance(records[0], Mapping)):
            found = f"records under '{key}'"
            includes = value.get("includes")
            if key == "data" and isinstance(includes, Mapping) and isinstance(includes.get("users"), list):
                records = _join_users(records, includes["users"])
                found += ", their authors from 'includes.users'"
            return records, found
        if isinstance(records, Mapping) and key == "data":
            inner = unwrap(records)
            if inner is not None:
                return inner[0], f"'data': {inner[1]}"
    return None


def _child(child: Any) -> Any:
    """A Reddit listing child ``{"kind": "t3", "data": {...}}`` is its data."""
    if isinstance(child, Mapping) and isinstance(child.get("data"), Mapping):
        return child["data"]
    return child


def _join_users(tweets: list[Any], users: list[Any]) -> list[Any]:
    """twarc2 tweets with their ``includes.users`` entry as ``author`` (as ``twarc2 flatten`` does)."""
    by_id = {str(user.get("id")): user for user in users if isinstance(user, Mapping)}
    joined: list[Any] = []
    for tweet in tweets:
        if isinstance(tweet, Mapping) and "author" not in tweet and str(tweet.get("author_id")) in by_id:
            tweet = {**tweet, "author": by_id[str(tweet["author_id"])]}
        joined.append(tweet)
    return joined


def _more(child: Any) -> bool:
    return isinstance(child, Mapping) and child.get("kind") == "more"
