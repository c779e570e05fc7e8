"""A demo incident, made up on this computer, to look around before a real crisis.

A fictional oat-drink brand, Tovelund Oat Co., finds swollen cartons of one batch on shop shelves;
a video goes viral and the team decides on a voluntary recall. About 36 hours of history end at
"now": some 3,000 posts on six platforms with a clear negative surge, the escalation rules fired,
the severity raised twice, the team notified, the roles named, a holding statement released and an
update waiting for approval, with the next internal update due soon.

Everything goes through the same services as a real incident (so the log chain verifies) and the
incident is a drill: marked EXERCISE everywhere and left out of real lists, counts and reports. The
log's ``recorded_at`` is the real time the demo was made (it is never supplied); the simulated
times are in ``occurred_at``, as for anything written down after the fact. Given the same seed and
``now``, the same demo comes out.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from crisisroom.domain.cadence import Cadence
from crisisroom.domain.checklist import LOG_STARTED, PAUSE_POSTS, SECURE_ACCOUNTS
from crisisroom.domain.clock import FixedClock, to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.log import Kind
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.domain.response_steps import Step
from crisisroom.services import mentions as mention_service
from crisisroom.services import notify as notify_service
from crisisroom.services import response_steps as steps_service
from crisisroom.services import statements
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import incidents, log, rules, team
from crisisroom.storage.database import Database

BRAND = "Tovelund Oat Co."
TITLE = "Demo: swollen oat-drink cartons"
TIMEZONE = "Europe/Stockholm"
HISTORY_HOURS = 36
DEMO_EVENT = "demo-created"
DEFAULT_SEED = 2411
# When (hours into the history) the social officer pulled the listening tool's export.
EXPORT_HOURS = (13, 17, 26)

# The demo team: the names of the shipped example roster, so on a fresh install the roles and
# notifications point at the people the Team dialog shows. A real roster is never touched.
LEAD, SCRIBE, SPOKES, SOCIAL, SUPPORT = (
    "Maya Lindqvist",
    "Jonas Weber",
    "Tomás Rivera",
    "Priya Natarajan",
    "Aisha Bello",
)
APPROVER = "Henrik Sato"
QUALITY = "Lukas Novak"  # quality and product safety: a recall is theirs to run with the authorities

PLATFORMS = ("X", "Instagram", "TikTok", "Facebook", "Reddit", "News")
_PLATFORM_WEIGHTS = (30, 22, 20, 15, 9, 4)

_NEGATIVE: tuple[str, ...] = (
    "My {product} carton is puffed up like a balloon. Is this safe to drink??",
    "Opened a {product} and it smelled sour. Bought it yesterday. @TovelundOat what is going on",
    "Third swollen carton of {product} this week at {shop}. Not buying this again",
    "Anyone else seeing bloated {product} cartons? Pictures in thread",
    "Gave my kid {product} this morning and the carton was swollen. Furious and worried",
    "Why is @TovelundOat silent? People are posting swollen cartons everywhere",
    "{shop} just pulled all {product} from the shelf in front of me. What do they know?",
    "That video of the exploding oat carton is disgusting. Done with Tovelund",
    "Batch L-2411 {product}: sour, fizzy and swollen. Reported to the shop",
    "Customer service line for Tovelund has been busy for an hour. Great crisis handling",
    "If it's just a bad batch, say so. Silence makes it look worse",
    "Returned two {product} to {shop}, staff said they've had dozens today",
)
_NEUTRAL: tuple[str, ...] = (
    "Is the {product} recall about all cartons or one batch?",
    "Checking my fridge for batch numbers after the Tovelund news",
    "Tovelund says to check the batch code on the top of the carton",
    "News: oat-drink maker Tovelund looks into reports of swollen cartons",
    "Where do I find the batch code on {product}?",
    "{shop} has a sign up about Tovelund {product}",
    "Switching to another oat drink until this is sorted",
)
_POSITIVE: tuple[str, ...] = (
    "Tovelund refunded my carton at {shop}, no questions asked. Fair",
    "Good that @TovelundOat is recalling the batch instead of hiding it",
    "Still love the {product}, mine is fine. Hope they fix it fast",
    "Clear answer from Tovelund support, thank you",
)
_PRODUCTS = ("Barista Oat", "Oat Drink Original", "Oat Drink Chocolate", "Barista Oat 1 L")
_SHOPS = ("Hemköp", "the corner shop", "ICA", "Coop", "my local shop", "Lidl")


@dataclass(frozen=True)
class DemoIncident:
    """What :func:`create_demo` made: the incident id and a few counts, for the CLI and tests."""

    incident_id: str
    mentions: int
    firings: int
    log_entries: int


def is_demo(database: Database, incident_id: str) -> bool:
    """Whether the incident is a demo made by :func:`create_demo`."""
    return bool(log.incidents_marked(database, Kind.DRILL_INJECT, DEMO_EVENT, incident_id=incident_id))


def find_demo(database: Database) -> str | None:
    """The id of the newest open demo incident in this database, or None."""
    found = log.incidents_marked(database, Kind.DRILL_INJECT, DEMO_EVENT, open_only=True)
    return found[0] if found else None


# Everything an incident has, the demo makes: the window redraws it all.
DEMO_CHANGES = Changes.INCIDENTS | Changes.LOG | Changes.MENTIONS | Changes.ALERTS | Changes.STEPS | Changes.STATEMENTS


def create_demo(database: Database, *, seed: int = DEFAULT_SEED, now: datetime | None = None) -> Done[DemoIncident]:
    """Create a new demo incident in ``database``: what was made, in a :class:`Done`.

    The window (the welcome page's demo, when there is none yet) and ``crisisroom demo`` both call this.

    Args:
        database: an open, writable database.
        seed: makes the posts (and so the rule firings) the same on every run.
        now: where the 36 hours of history end (default: the current time); an aware datetime.
    """
    end = (now or database.clock.now()).replace(microsecond=0)
    start = end - timedelta(hours=HISTORY_HOURS)
    # The story is written at its own times, as a team would have written it over those 36 hours:
    # the log, the chart, the statements and the countdown then all tell the same story.
    # The support lead opens the incident a few minutes after the first report (at 0.4 h).
    story_clock = FixedClock(start + timedelta(hours=0.45))
    story_database = database.sibling(clock=story_clock)
    try:
        made = _create(story_database, seed, start, end, story_clock)
    finally:
        story_database.close()
    return Done(made, DEMO_CHANGES, made.incident_id)


def _create(database: Database, seed: int, start: datetime, end: datetime, moment: FixedClock) -> DemoIncident:
    rnd = random.Random(seed)
    incident = incidents.create(
        database,
        TITLE,
        category=Category.OPERATIONAL,
        author=SCRIBE,
        is_drill=True,
        level=2,
        detected_at=to_iso(start + timedelta(hours=0.4)),
        timezone=TIMEZONE,
    )
    ids = _roster_ids(database)
    posts = _mentions(rnd, start, end, tag=incident.id[:8])
    story = _Story(database, incident.id, start, ids, moment)
    log.append(
        database,
        incident.id,
        f"EXERCISE demo ({BRAND}): a made-up incident generated on this computer to show how the room "
        "works. The brand, people and posts are fictional; times are simulated over the past 36 hours.",
        kind=Kind.DRILL_INJECT,
        author=SCRIBE,
        occurred_at=to_iso(start),
        payload={"event": DEMO_EVENT, "seed": seed, "start": to_iso(start), "end": to_iso(end)},
    )
    events = sorted(story.events(), key=lambda pair: pair[0])
    firings = 0
    imported = 0
    for at_hour, act in events:
        # The listening tool's export is pulled a few times a day, as a team would.
        if at_hour >= EXPORT_HOURS[0] and imported < int(at_hour):
            checkpoint = max(h for h in EXPORT_HOURS if h <= at_hour)
            if checkpoint > imported:
                moment.set(start + timedelta(hours=checkpoint))
                firings += _import_hours(database, incident.id, posts, start, imported, checkpoint)
                imported = checkpoint
        moment.set(start + timedelta(hours=at_hour))
        act()
    moment.set(end)
    firings += _import_hours(database, incident.id, posts, start, imported, HISTORY_HOURS)
    story.finish(end)
    count = incidents.counts(database, incident.id).entries
    return DemoIncident(incident.id, len(posts), firings, count)


def _roster_ids(database: Database) -> dict[str, str]:
    """Roster ids of the demo's people when the roster has them, else stable made-up ids."""
    found = {p.name: p.id for p in team.list_people(database)}
    names = (LEAD, SCRIBE, SPOKES, SOCIAL, SUPPORT, APPROVER, QUALITY)
    return {name: found.get(name, "demo-" + name.split()[0].lower().replace("á", "a")) for name in names}


def _per_hour(hour: int, rnd: random.Random) -> tuple[int, float]:
    """How many posts in hour ``hour`` of the history, and the share that is negative."""
    if hour < 13:  # a quiet brand: a few complaints among the usual chatter
        return 14 + rnd.randrange(9), 0.1 + hour * 0.005
    if hour < 26:  # the video goes viral at hour 13: the surge
        peak = 190 - abs(hour - 20) * 22
        return peak + rnd.randrange(25), 0.72
    # the recall is announced: volume falls, more neutral questions and a few kind words
    return max(30, 120 - (hour - 26) * 9) + rnd.randrange(15), 0.45


def _mentions(rnd: random.Random, start: datetime, end: datetime, *, tag: str) -> list[Mention]:
    posts: list[Mention] = []
    for hour in range(HISTORY_HOURS):
        total, negative_share = _per_hour(hour, rnd)
        for n in range(total):
            roll = rnd.random()
            if roll < negative_share:
                pool, sentiment = _NEGATIVE, Sentiment.NEGATIVE
            elif roll < negative_share + (1 - negative_share) * 0.8:
                pool, sentiment = _NEUTRAL, Sentiment.NEUTRAL
            else:
                pool, sentiment = _POSITIVE, Sentiment.POSITIVE
            posted = start + timedelta(hours=hour, seconds=rnd.randrange(3600))
            platform = rnd.choices(PLATFORMS, weights=_PLATFORM_WEIGHTS)[0]
            text = rnd.choice(pool).format(product=rnd.choice(_PRODUCTS), shop=rnd.choice(_SHOPS))
            posts.append(
                Mention(
                    posted_at=to_iso(min(posted, end)),
                    text=text,
                    author=f"@user{rnd.randrange(10_000, 99_999)}",
                    external_id=f"demo-{tag}-{hour:02d}-{n:03d}",
                    platform=platform,
                    sentiment=sentiment,
                    sentiment_source=SentimentSource.EXPORT,
                    reach=int(rnd.paretovariate(1.3) * 150),
                )
            )
    return posts


def _import_hours(
    database: Database, incident_id: str, posts: list[Mention], start: datetime, first: int, end: int
) -> int:
    """Store the posts of hours ``first`` to ``end`` as one export, and the rules after it, as the room does."""
    lo, hi = to_iso(start + timedelta(hours=first)), to_iso(start + timedelta(hours=end))
    last = end == HISTORY_HOURS
    batch = [m for m in posts if lo <= m.posted_at < hi or (last and m.posted_at == hi)]
    source = f"listening-export-hours-{first + 1:02d}-{end:02d}.csv"
    done = mention_service.import_mentions(
        database,
        incident_id,
        batch,
        source=source,
        file_format="csv",
        preset="demo export",
        author=SOCIAL,
    )
    return len(done.value.firings)


# What the team wrote down, and when (hours into the history): kind, author, text.
_ENTRIES: tuple[tuple[float, Kind, str, str], ...] = (
    (0.5, Kind.NOTE, SUPPORT, "Support has four calls about swollen Barista Oat cartons since this morning."),
    (2.0, Kind.ACTION, SUPPORT, "Asked the callers for batch codes and photos; replies promised within a day."),
    (9.0, Kind.FACT, SUPPORT, "All seven complaints so far name batch L-2411 (best before 14 March)."),
    (13.0, Kind.FACT, SOCIAL, "TikTok video of a carton bursting open: 180k views in two hours."),
    (14.2, Kind.NOTE, SOCIAL, "Negative posts climbing fast on X and Instagram; shops tagged in many."),
    (14.6, Kind.ACTION, LEAD, "Crisis team called together; first meeting at the top of the hour."),
    (15.0, Kind.DECISION, LEAD, "Pause all scheduled campaign posts until further notice."),
    (15.1, Kind.ACTION, SOCIAL, "Scheduled posts paused in the publishing tool (12 posts held)."),
    (16.0, Kind.FACT, LEAD, "Quality lab confirms yeast growth in retained samples of batch L-2411."),
    (16.4, Kind.FACT, SCRIBE, "Batch L-2411 was packed at the Uppsala plant; about 40,000 cartons."),
    (19.0, Kind.DECISION, LEAD, "Voluntary recall of batch L-2411; refunds in any shop without a receipt."),
    (
        19.5,
        Kind.ACTION,
        SOCIAL,
        "Holding statement approved by Henrik Sato and posted on X, Instagram, Facebook and the website.",
    ),
    (20.0, Kind.ACTION, SPOKES, "Two trade journalists called; both given the holding statement."),
    (21.0, Kind.NOTE, SUPPORT, "Support queue at 95 minutes; three extra people moved onto chat."),
    (23.0, Kind.ACTION, SUPPORT, "Reply template for refund questions live in the support tool."),
    (26.0, Kind.FACT, LEAD, "Retail partners confirm batch L-2411 removed from shelves in all stores."),
    (27.0, Kind.NOTE, SOCIAL, "Tone shifting: more questions about batch codes, fewer angry posts."),
    (30.0, Kind.DECISION, LEAD, "Keep level 4 until the cause is known; review at tomorrow's 9:00 call."),
    (33.0, Kind.FACT, LEAD, "Cause under investigation: a faulty seal on one filling line suspected."),
    (34.5, Kind.NOTE, SPOKES, "Update for all audiences drafted; waiting for Henrik's approval."),
)


class _Story:
    """The team's side of the demo: log entries, severity, the wizard steps and statements, on a timeline."""

    def __init__(
        self, database: Database, incident_id: str, start: datetime, ids: dict[str, str], moment: FixedClock
    ) -> None:
        self.moment = moment  # the story's clock (see create_demo)
        self.db = database
        self.id = incident_id
        self.start = start
        self.ids = ids
        self.wrong_entry = ""

    def at(self, hours: float) -> datetime:
        return self.start + timedelta(hours=hours)

    def note(self, hours: float, kind: Kind, author: str, text: str) -> Callable[[], None]:
        def act() -> None:
            entry = log.append(self.db, self.id, text, kind=kind, author=author)
            if "Uppsala" in text:
                self.wrong_entry = entry.id

        return act

    def events(self) -> list[tuple[float, Callable[[], None]]]:
        """The written entries and the state changes (severity, correction, wizard steps), by hour."""
        written = [(hours, self.note(hours, kind, author, text)) for hours, kind, author, text in _ENTRIES]
        changes = [
            (14.5, self.raise_level),
            (17.0, self.correction),
            (17.5, self.assess),
            (18.0, self.notify),
            (18.5, self.manage),
            (19.3, self.holding_statements),
            (34.4, self.update_draft),
            (HISTORY_HOURS - 22 / 60, self.internal_update),
        ]
        return written + changes

    def raise_level(self) -> None:
        incidents.set_level(
            self.db, self.id, 3, author=LEAD, reason="High volume of angry customers and a video spreading fast"
        )

    def correction(self) -> None:
        log.correct(
            self.db,
            self.wrong_entry,
            "Batch L-2411 was packed at the Gävle plant (not Uppsala); about 40,000 cartons.",
            author=SCRIBE,
        )

    def assess(self) -> None:
        # The crisis lead has read the alerts and acts on them: acknowledged, so the banner clears.
        for firing in rules.firings(self.db, self.id):
            if firing.acknowledged_at is None:
                mention_service.acknowledge(self.db, firing.id, author=LEAD)
        steps_service.commit_assess(
            self.db,
            self.id,
            what_happened=(
                "Swollen, sour-smelling cartons of Barista Oat from batch L-2411 found by customers and shops; "
                "a video of a bursting carton went viral on TikTok and X."
            ),
            detected_at=self.at(0.4),
            source_links=["https://www.tiktok.com/@example/video/demo", "https://x.com/example/status/demo"],
            facts=[
                ("Complaints name batch L-2411 only", True),
                ("The lab found yeast growth in retained samples of L-2411", True),
                ("About 40,000 cartons of L-2411 were shipped", True),
                ("Whether anyone fell ill after drinking it", False),
                ("The root cause at the filling line", False),
            ],
            audiences=["public-posts", "customers", "press", "partners", "employees"],
            category=Category.OPERATIONAL,
            level=4,
            level_reason="A faulty product in shops and a recall: level 4 (senior management, all-staff alert)",
            author=LEAD,
        )

    def notify(self) -> None:
        calls = (
            (LEAD, "phone", 17.6),
            (QUALITY, "phone", 17.62),
            (SPOKES, "phone", 17.65),
            (SOCIAL, "sms", 17.7),
            (APPROVER, "phone", 17.75),
        )
        for name, channel, hours in calls:
            notify_service.record_notification(
                self.db, self.id, self.ids[name], name, channel, self.at(hours), author=SCRIBE
            )
            notify_service.record_acknowledged(self.db, self.id, self.ids[name], self.at(hours + 0.1), author=SCRIBE)
        steps_service.commit_notify(
            self.db,
            self.id,
            author=SCRIBE,
            staff_alert_wording=(
                "We are recalling one batch (L-2411) of Barista Oat after swollen cartons were found. "
                "No other products are affected. Customers get a refund in any shop."
            ),
            staff_alert_do_not_say="Do not guess at the cause or at health effects; refer press to Tomás.",
            staff_alert_sent_at=self.at(18.0),
        )

    def manage(self) -> None:
        steps_service.commit_manage(
            self.db,
            self.id,
            lead_id=self.ids[LEAD],
            lead_name=LEAD,
            scribe_id=self.ids[SCRIBE],
            scribe_name=SCRIBE,
            spokesperson_id=self.ids[SPOKES],
            spokesperson_name=SPOKES,
            cadence=Cadence(5, 30, 2, 60),
            ticks={LOG_STARTED: True, PAUSE_POSTS: True, SECURE_ACCOUNTS: False},
            author=LEAD,
        )

    def holding_statements(self) -> None:
        """Drafted at 19.3 h, approved by phone at 19.4 h, out on every channel at 19.5 h."""
        holding = (
            "We know some cartons of our Barista Oat (batch L-2411) are swollen. Please do not drink them. "
            f"We are recalling that batch: any shop will refund it, receipt or not. More by tonight. – {BRAND}"
        )
        audiences = {"public-posts": ["X", "Instagram", "Facebook"], "customers": ["Website", "E-mail"]}
        self.moment.set(self.at(19.3))
        drafts = [
            statements.save_draft_text(self.db, self.id, audience, "holding", holding, author=SPOKES).value
            for audience in audiences
        ]
        self.moment.set(self.at(19.4))
        approved = [
            statements.approve(
                self.db, d.id, approver_name=APPROVER, approver_role="Executive approver", author=SCRIBE
            ).value
            for d in drafts
        ]
        self.moment.set(self.at(19.5))
        for statement, where in zip(approved, audiences.values(), strict=True):
            statements.release(self.db, statement.id, where=where, author=SOCIAL)

    def update_draft(self) -> None:
        update = (
            f"Update from {BRAND}: the recall of batch L-2411 is under way and the batch is off all shelves. "
            "Our lab found yeast in samples; we are checking a seal on one filling line. Refunds in any shop."
        )
        statements.save_draft_text(self.db, self.id, "public-posts", "update", update, author=SPOKES)

    def internal_update(self) -> None:
        """The last team call, 22 minutes before now; the next update is due within the half hour."""
        steps_service.record_internal_update(
            self.db,
            self.id,
            text="Team call: recall on track, shelves clear, public update waiting for approval.",
            author=LEAD,
            next_update_at=self.at(HISTORY_HOURS + 0.5),
        )

    def finish(self, end: datetime) -> None:
        """The wizard left open on the Message page, as the team left it."""
        self.moment.set(end)
        steps_service.set_current_step(self.db, self.id, Step.MESSAGE)


def describe(made: DemoIncident) -> dict[str, object]:
    """The demo as plain data (the CLI's ``--json``)."""
    return {
        "incident_id": made.incident_id,
        "title": TITLE,
        "mentions": made.mentions,
        "rule_firings": made.firings,
        "log_entries": made.log_entries,
    }
