"""Playing a drill: begin, resume, let the clock pass, fire injects (ad-hoc ones too), end.

The drill window and ``crisisroom drill run`` call these. The mechanics are the runner's
(:class:`~crisisroom.drills.runner.DrillRun`); what is added here is what a drill shares with a
real incident: once the clock has brought posts in, the rules are evaluated (through
:func:`crisisroom.services.mentions.evaluate`, once per step, however many bursts it brought),
so a firing's time is the simulated time of the post that crossed the line. Every use case
returns a :class:`~crisisroom.services.changes.Done`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.log import LogEntry
from crisisroom.drills.clock import Anchor, DrillClock
from crisisroom.drills.runner import Applied, DrillRun
from crisisroom.drills.scenario import Inject, MentionBurst, MessageInject, Scenario
from crisisroom.services import mentions as mention_service
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import drills as drill_log
from crisisroom.storage import sharing as share_store
from crisisroom.storage.database import Database

_AD_HOC = re.compile(r"ad-hoc-(\d+)")
_AD_HOC_BURST_TEXT = "Is anyone else following the {brand} story?"


def _posts_evaluated(run: DrillRun) -> Changes:
    """After the clock brought posts in: the rules, once, over everything that came."""
    bursts = run.take_arrivals()
    if not bursts:
        return Changes.NONE
    evaluated = mention_service.evaluate(
        run.database, run.incident.id, cause=f"the drill's posts of {', '.join(bursts)}"
    )
    run.firings.extend(evaluated.value)
    return Changes.MENTIONS | Changes.LOG | evaluated.changes


def begin(
    database: Database,
    scenario: Scenario,
    *,
    author: str,
    start: datetime | None = None,
    speed: float = 1.0,
    headless: bool = False,
    real_now: datetime | None = None,
) -> Done[DrillRun]:
    """Open the drill's incident and log the briefing (see :meth:`DrillRun.begin`)."""
    run = DrillRun.begin(
        database,
        scenario,
        author=author,
        start=start,
        speed=speed,
        headless=headless,
        real_now=real_now,
    )
    return Done(run, Changes.INCIDENTS | Changes.LOG | Changes.DRILL, run.incident.id)


def resume(database: Database, incident_id: str, *, author: str) -> Done[tuple[DrillRun, DrillClock]]:
    """Pick up a drill that was not ended, its clock paused where it stood (see :meth:`DrillRun.resume`).

    Raises:
        InvalidInputError: the incident is not a drill played from a scenario, or it has ended, or it
            is shared and played on another laptop of the team.
    """
    _refuse_elsewhere(database, incident_id)
    run, clock = DrillRun.resume(database, incident_id, author=author)
    return Done((run, clock), Changes.DRILL | _posts_evaluated(run), incident_id)


def _refuse_elsewhere(database: Database, incident_id: str) -> None:
    """A drill shared with the team is played by one clock, on the facilitator's laptop; the team's
    laptops receive its injects, its clock's changes and its posts through the shared folder."""
    share = share_store.share_of(database, incident_id)
    if share is None:
        return
    facilitator = drill_log.played_on(database, incident_id)
    if facilitator is not None and facilitator != database.device_id:
        names = {x.device_id: f"{x.person}'s laptop {x.laptop}" for x in share_store.laptops(database, incident_id)}
        who = names.get(facilitator, "another laptop")
        raise InvalidInputError(
            f"this drill is played on {who}, which runs its clock and injects; this laptop takes part "
            "through the shared folder (its injects arrive with each sync)"
        )


def advance(run: DrillRun, simulated_now: datetime) -> Done[list[Applied]]:
    """The drill clock stands at ``simulated_now``: what is due plays, the posts whose time has come
    are stored, and the rules are evaluated over them."""
    applied = run.advance_to(simulated_now)
    changes = (Changes.DRILL | Changes.LOG if applied else Changes.NONE) | _posts_evaluated(run)
    return Done(applied, changes, run.incident.id)


def fire(run: DrillRun, inject: Inject, at: datetime) -> Done[Applied]:
    """Play one inject now (a planned one fired early, or an ad-hoc one) at simulated time ``at``.

    A burst's posts come in as the clock passes them (:func:`advance`).
    """
    applied = run.fire(inject, at)
    return Done(applied, Changes.DRILL | Changes.LOG, run.incident.id)


def next_ad_hoc(run: DrillRun, at: datetime) -> tuple[str, timedelta]:
    """The id and offset of the next ad-hoc inject played at simulated ``at``: ``ad-hoc-N``, numbered
    after every one the drill has played (a resumed drill's included), at whole seconds."""
    used = [int(found.group(1)) for a in run.applied if (found := _AD_HOC.fullmatch(a.inject.id))]
    offset = at - run.start
    return f"ad-hoc-{max(used, default=0) + 1}", timedelta(seconds=int(offset.total_seconds()))


def _literal(text: str) -> str:
    """Typed text made safe for :meth:`Scenario.fill` (braces kept as braces)."""
    return text.replace("{", "{{").replace("}", "}}")


def ad_hoc_message(
    run: DrillRun, at: datetime, *, sender: str, subject: str, body: str, channel: str = "email"
) -> Done[Applied]:
    """An ad-hoc message (an executive's e-mail, a journalist's call), played at simulated ``at``."""
    inject_id, offset = next_ad_hoc(run, at)
    inject = MessageInject(
        inject_id, offset, "message", "Ad-hoc message", _literal(sender), channel, _literal(subject), _literal(body)
    )
    return fire(run, inject, at)


def ad_hoc_burst(run: DrillRun, at: datetime, *, count: int, negative_share: float, minutes: int) -> Done[Applied]:
    """An ad-hoc burst of posts from simulated ``at``, in the scenario's own words when it has any."""
    bursts = [i for i in run.scenario.injects if isinstance(i, MentionBurst)]
    texts = tuple(t for b in bursts for t in b.texts) or (_AD_HOC_BURST_TEXT,)
    others = tuple(t for b in bursts for t in b.other_texts) or texts
    platforms = tuple(dict.fromkeys(p for b in bursts for p in b.platforms)) or ("X",)
    inject_id, offset = next_ad_hoc(run, at)
    inject = MentionBurst(
        inject_id, offset, "mentions", "Ad-hoc burst", count, minutes, negative_share, platforms, texts, others
    )
    return fire(run, inject, at)


def record_clock(run: DrillRun, change: str, anchor: Anchor) -> Done[LogEntry]:
    """Log a change of the drill clock (paused, resumed, speed, jump) with its new anchor."""
    return Done(run.record_clock(change, anchor), Changes.DRILL | Changes.LOG, run.incident.id)


def finish(run: DrillRun, at: datetime | None = None, *, real_now: datetime | None = None) -> Done[None]:
    """End the drill at simulated ``at`` (default: the scenario's end) and close its incident.

    The posts due by then come in and the rules are evaluated over them before the end is logged,
    so the alerts they cause stand before it, as they would have in the drill.
    """
    run.store_last_posts(at)
    changes = _posts_evaluated(run)
    run.finish(at, real_now=real_now)
    return Done(None, changes | Changes.DRILL | Changes.LOG | Changes.INCIDENTS, run.incident.id)


def play_headless(
    database: Database, scenario: Scenario, *, author: str, speed: float = 1.0, start: datetime | None = None
) -> Done[DrillRun]:
    """Play a whole scenario with no window and no waiting: the clock jumps inject to inject, then to the end."""
    run = begin(database, scenario, author=author, start=start, speed=speed, headless=True).value
    while (moment := run.next_inject_at()) is not None:
        advance(run, moment)
    finish(run)
    return Done(
        run, Changes.INCIDENTS | Changes.LOG | Changes.MENTIONS | Changes.ALERTS | Changes.DRILL, run.incident.id
    )
