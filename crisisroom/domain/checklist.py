"""The Manage step's checklist: the things a team must not forget in the first minutes.

The built-in items depend on the kind of crisis (:data:`TYPE_ITEMS`): a security breach brings the
security lead, legal, the data-protection officer and the supervisory authority; an operational
failure the service owner, and when a product is recalled (:data:`RECALL_ITEMS`, switched on per
incident) quality and product safety, retailers and the product-safety authority. Items to pause
scheduled posts on one named account, and the team's own items, are added per incident.

An item that was ticked stays on the list even when it no longer belongs to it (the type changed,
the recall was switched off): a checked state is never dropped without a word.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import QT_TRANSLATE_NOOP

LOG_STARTED = "log-started"
PAUSE_POSTS = "pause-posts"
SECURE_ACCOUNTS = "secure-accounts"
ROTATE_CREDENTIALS = "rotate-credentials"
SUPPORT_BRIEFED = "support-briefed"
SUPPORT_ON_CHANNEL = "support-on-channel"
CRITICISM_ANSWERED = "criticism-answered"
PRESS_ROUTED = "press-routed"
EXECUTIVES_BRIEFED = "executives-briefed"
LEGAL_REVIEW = "legal-review"
SECURITY_LEAD = "security-lead"
LEGAL_ENGAGED = "legal-engaged"
DPO_INFORMED = "dpo-informed"
BREACH_SCOPE = "breach-scope"
BREACH_AUTHORITY = "breach-authority-notified"
BREACH_PEOPLE = "breach-people-told"
SERVICE_OWNER = "service-owner"
STATUS_PAGE = "status-page"
PRODUCT_SAFETY = "product-safety"
RECALL_SUPPORT = "recall-support"
RETAILERS = "retailers-told"
RECALL_AUTHORITY = "recall-authority-informed"
RECALL_NOTICE = "recall-notice"
PAUSE_ACCOUNT_PREFIX = "pause-posts:"
OWN_PREFIX = "own-"
OWN_LABEL_LIMIT = 300

LABELS: dict[str, str] = {
    LOG_STARTED: QT_TRANSLATE_NOOP("Checklist", "Crisis log started: the scribe notes who did what, and when"),
    PAUSE_POSTS: QT_TRANSLATE_NOOP("Checklist", "Scheduled posts and campaigns paused in the publishing tool"),
    SECURE_ACCOUNTS: QT_TRANSLATE_NOOP(
        "Checklist", "Social accounts secured: the logins are at hand and two-factor is on"
    ),
    ROTATE_CREDENTIALS: QT_TRANSLATE_NOOP("Checklist", "After a hack: passwords, login e-mails and usernames changed"),
    SUPPORT_BRIEFED: QT_TRANSLATE_NOOP(
        "Checklist", "Customer support briefed: the known facts, one agreed answer, and where to pass the rest"
    ),
    SUPPORT_ON_CHANNEL: QT_TRANSLATE_NOOP(
        "Checklist", "A support director or PR lead is on the channel where the complaints arrive"
    ),
    CRITICISM_ANSWERED: QT_TRANSLATE_NOOP("Checklist", "Critical posts and comments answered, not deleted or hidden"),
    PRESS_ROUTED: QT_TRANSLATE_NOOP(
        "Checklist", "Press enquiries go to the spokesperson; reception and the switchboard know it"
    ),
    EXECUTIVES_BRIEFED: QT_TRANSLATE_NOOP(
        "Checklist", "Executives briefed, and agreed to say nothing beyond the approved statements"
    ),
    LEGAL_REVIEW: QT_TRANSLATE_NOOP("Checklist", "Legal has read what we say about people, claims and allegations"),
    SECURITY_LEAD: QT_TRANSLATE_NOOP(
        "Checklist", "Security lead engaged: what was accessed, since when, and whether it is contained"
    ),
    LEGAL_ENGAGED: QT_TRANSLATE_NOOP("Checklist", "Legal engaged on what we must disclose and what we may say"),
    DPO_INFORMED: QT_TRANSLATE_NOOP("Checklist", "Data-protection officer informed and working on the breach"),
    BREACH_SCOPE: QT_TRANSLATE_NOOP("Checklist", "Personal data involved: which kinds, and for about how many people"),
    BREACH_AUTHORITY: QT_TRANSLATE_NOOP(
        "Checklist",
        "Supervisory authority notified of the personal-data breach (GDPR Art. 33), or the DPO recorded why not",
    ),
    BREACH_PEOPLE: QT_TRANSLATE_NOOP(
        "Checklist", "People affected told without undue delay where the risk to them is high (GDPR Art. 34)"
    ),
    SERVICE_OWNER: QT_TRANSLATE_NOOP(
        "Checklist", "Service owner engaged: what fails, since when, and when it should work again"
    ),
    STATUS_PAGE: QT_TRANSLATE_NOOP("Checklist", "Status page, support replies and public posts say the same thing"),
    PRODUCT_SAFETY: QT_TRANSLATE_NOOP(
        "Checklist", "Quality and product safety engaged: which products and batches, and how dangerous"
    ),
    RECALL_SUPPORT: QT_TRANSLATE_NOOP("Checklist", "Customer service ready for the recall: return, refund or replace"),
    RETAILERS: QT_TRANSLATE_NOOP("Checklist", "Retailers and distributors told to take the product off sale"),
    RECALL_AUTHORITY: QT_TRANSLATE_NOOP(
        "Checklist", "Product-safety authority informed without undue delay (in the EU: the Safety Business Gateway)"
    ),
    RECALL_NOTICE: QT_TRANSLATE_NOOP("Checklist", "Recall notice published in the set form, in shops and online"),
}
"""Every built-in item's label, by key, in the order items from several lists are shown."""

# Per crisis type (the incident category's value), in the order a comms lead works through them.
TYPE_ITEMS: dict[str, tuple[str, ...]] = {
    "customer-service": (
        LOG_STARTED,
        PAUSE_POSTS,
        SUPPORT_BRIEFED,
        SUPPORT_ON_CHANNEL,
        CRITICISM_ANSWERED,
        SECURE_ACCOUNTS,
    ),
    "reputation": (
        LOG_STARTED,
        PAUSE_POSTS,
        PRESS_ROUTED,
        EXECUTIVES_BRIEFED,
        LEGAL_REVIEW,
        CRITICISM_ANSWERED,
        SECURE_ACCOUNTS,
    ),
    "security-breach": (
        LOG_STARTED,
        PAUSE_POSTS,
        SECURE_ACCOUNTS,
        ROTATE_CREDENTIALS,
        SECURITY_LEAD,
        LEGAL_ENGAGED,
        DPO_INFORMED,
        BREACH_SCOPE,
        BREACH_AUTHORITY,
        BREACH_PEOPLE,
        PRESS_ROUTED,
    ),
    "operational": (LOG_STARTED, PAUSE_POSTS, SERVICE_OWNER, STATUS_PAGE, SECURE_ACCOUNTS, PRESS_ROUTED),
}
RECALL_CATEGORY = "operational"
RECALL_ITEMS: tuple[str, ...] = (
    PRODUCT_SAFETY,
    LEGAL_ENGAGED,
    RECALL_SUPPORT,
    RETAILERS,
    RECALL_AUTHORITY,
    RECALL_NOTICE,
)
"""Added to an operational failure's list when a product is recalled."""
DEADLINE_ITEMS = frozenset({BREACH_AUTHORITY})
"""Items whose tick stops a clock the law sets (crisisroom.domain.deadlines)."""


def built_in_keys(category: str, product_recall: bool = False) -> tuple[str, ...]:
    """The built-in items of a crisis type, in order; the recall's items follow for a recalled product."""
    keys = TYPE_ITEMS.get(category, TYPE_ITEMS["reputation"])
    if product_recall and category == RECALL_CATEGORY:
        keys = keys + tuple(key for key in RECALL_ITEMS if key not in keys)
    return keys


@dataclass(frozen=True)
class ChecklistItem:
    """One line of the checklist.

    Attributes:
        key: stable key; ``pause-posts:<account>`` for an account's item, ``own-<n>`` for the team's own.
        label: what to do, in words (a built-in item's English label, which the views translate).
        account: the account name for a pause item, else None.
        done_at: stored UTC time it was ticked, None when not done.
        done_by: who ticked it.
        kept: a built-in item of another list (the type changed, the recall was switched off),
            shown because it was ticked.
    """

    key: str
    label: str
    account: str | None = None
    done_at: str | None = None
    done_by: str | None = None
    kept: bool = False

    @property
    def done(self) -> bool:
        return self.done_at is not None

    @property
    def own(self) -> bool:
        """One of the team's own items, which it may rename and remove."""
        return is_own(self.key)

    @property
    def built_in(self) -> bool:
        return self.key in LABELS

    @property
    def has_deadline(self) -> bool:
        """Its tick stops a clock the law sets."""
        return self.key in DEADLINE_ITEMS


# ``own-4``, or in a shared incident ``own-4-3f2a9c1e`` (the laptop that added it, see :func:`own_key`).
_OWN = re.compile(r"own-([0-9]+)(?:-[0-9a-f]{8})?")


def is_own(key: str) -> bool:
    return _OWN.fullmatch(key) is not None


def own_key(number: int, laptop: str | None = None) -> str:
    """The key of the team's ``number``-th own item (numbers are never reused, also after a removal).

    In a shared incident ``laptop`` (eight hex digits of the laptop's device id) ends the key:
    two laptops that add an item without seeing each other both count the same next number, and
    their items must still be two items with two keys.
    """
    return f"{OWN_PREFIX}{number}" + (f"-{laptop}" if laptop else "")


def own_number(key: str) -> int:
    found = _OWN.fullmatch(key)
    return int(found.group(1)) if found else 0


def clean_own_label(text: str) -> str:
    """An own item's words, on one line.

    Raises:
        InvalidInputError: empty, or longer than :data:`OWN_LABEL_LIMIT` characters.
    """
    label = " ".join(str(text).split())
    if not label:
        raise InvalidInputError("say what the checklist item is: it cannot be empty")
    if len(label) > OWN_LABEL_LIMIT:
        raise InvalidInputError(f"a checklist item is at most {OWN_LABEL_LIMIT} characters")
    return label


def account_key(account: str) -> str:
    """The item key for pausing scheduled posts on one account.

    Raises:
        InvalidInputError: for an empty or overlong account name.
    """
    name = " ".join(str(account).split())
    if not name:
        raise InvalidInputError("name the account whose scheduled posts are paused")
    if len(name) > 200:
        raise InvalidInputError("an account name is at most 200 characters")
    return PAUSE_ACCOUNT_PREFIX + name


def account_label(account: str) -> str:
    return f"Scheduled posts paused on {account}"


@dataclass(frozen=True)
class ChecklistSettings:
    """What an incident's checklist depends on beyond its type.

    Attributes:
        aware_at: stored time the organisation became aware of a breach (on the incident's clock:
            in a drill, a drill time), None to count from the detection time.
        product_recall: a product is recalled: an operational failure's list gets the recall's items.
    """

    aware_at: str | None = None
    product_recall: bool = False
