"""Two or three laptops doing the same thing to a shared incident without seeing each other.

Each laptop acts on its own (nothing travels in between), then every file reaches every copy of the
folder and each laptop syncs until nothing moves. What must hold (issue 18, design: "Several laptops,
one incident"): no laptop's files are ever refused for ordinary work (a clash of keys would be an
alarm that stops that laptop's chain for good); what was done twice is not counted twice; sets only
grow (tries to reach a person, facts, coverage, checklist items); of two ticks, completions or
resolutions the first stands; settings (roles, cadence) keep the latest by the log's signed order,
with the earlier in the log; the firings are the rules' answer for the union of the mentions, the
same on every laptop as on one laptop that imported everything; a drill played on the facilitator's
laptop reaches the team, and its after-action reads everyone's actions. Every laptop's ``verify``
(its chains, and its state rebuilt from its log) passes, and every laptop shows the same incident.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from crisisroom.domain.cadence import Cadence
from crisisroom.domain.checklist import PAUSE_ACCOUNT_PREFIX, is_own
from crisisroom.domain.clock import FixedClock, to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.mentions import Mention, Sentiment, SentimentSource
from crisisroom.domain.notifications import Channel, Outcome
from crisisroom.domain.response_steps import Step
from crisisroom.drills import after_action, runner, scenario
from crisisroom.drills.clock import Anchor
from crisisroom.services import checklist, incidents, notify, record, review, sharing, verification
from crisisroom.services import drills as drill_service
from crisisroom.services import mentions as mention_service
from crisisroom.services import response_steps as steps
from crisisroom.storage import checklist as checklist_store
from crisisroom.storage import coverage as coverage_store
from crisisroom.storage import facts as fact_store
from crisisroom.storage import incidents as incident_store
from crisisroom.storage import log as log_store
from crisisroom.storage import mentions as mention_store
from crisisroom.storage import notifications as notification_store
from crisisroom.storage import response_steps as steps_store
from crisisroom.storage import review as review_store
from crisisroom.storage import rules as rule_store
from crisisroom.storage import team as team_store
from crisisroom.storage import updates as update_store
from crisisroom.storage.database import Database, open_database
from tests.unit.sharing_support import (
    T0,
    Laptop,
    Team,
    copy_all,
    deliver,
    folder_files,
    form_team,
    full_exchange,
    incident_state,
    log_view,
)
from tests.unit.test_drill_scenarios import GOOD as DRILL


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Team]:
    made = form_team(tmp_path)
    yield made
    made.close()


def settle(team: Team) -> None:
    """Every file reaches every copy and each laptop syncs, round after round, until nothing moves."""
    for _ in range(8):
        full_exchange(team.laptops)
        moved = 0
        for laptop in team.laptops:
            laptop.clock.advance(seconds=5)
            report = laptop.sync()
            assert not report.new_alarms and not report.problems and not report.waiting, (laptop.name, report)
            moved += report.written + report.taken
        if not moved:
            return
    raise AssertionError("the laptops never stopped writing to each other")


def the_same_everywhere(team: Team) -> None:
    """One log and one incident on every laptop, and each laptop's verify passes."""
    first, *others = team.laptops
    for laptop in others:
        assert log_view(laptop.database, team.incident_id) == log_view(first.database, team.incident_id)
        assert incident_state(laptop.database, team.incident_id) == incident_state(first.database, team.incident_id)
    for laptop in team.laptops:
        evidence = verification.check_log(laptop.database)
        assert evidence.ok, (laptop.name, [finding.line for finding in evidence.breaks])
        checked = verification.check_state(laptop.database)
        assert checked.ok and not checked.not_checked, (laptop.name, checked.lines())


def texts(laptop: Laptop, incident_id: str, starting: str) -> list[tuple[str, str]]:
    return [(e.author, e.text) for e in log_store.entries(laptop.database, incident_id) if e.text.startswith(starting)]


def later(laptop: Laptop, seconds: float = 60) -> Laptop:
    """The laptop, its clock moved on: what it does next is later than what the others just did."""
    laptop.clock.advance(seconds=seconds)
    return laptop


# --- sets that only grow, the first of two ticks ---------------------------------------------------


def test_a_fact_recorded_in_the_same_words_on_two_laptops_is_one_fact(team: Team) -> None:
    """Same words, same fact: kept once (before, the second laptop's files were refused as changed);
    the later recording's word on its verification stands, and both recordings are in the log."""
    ann, bo, cy = team.laptops
    record.add_fact(ann.database, team.incident_id, "1,200 e-mail addresses were posted", verified=False, author="Ann")
    record.add_fact(
        later(bo).database, team.incident_id, "1,200 e-mail addresses were posted", verified=True, author="Bo"
    )
    settle(team)
    for laptop in team.laptops:
        (fact,) = fact_store.facts(laptop.database, team.incident_id)
        assert (fact.recorded_by, fact.verified, fact.verified_by) == ("Ann", True, "Bo")
        assert len(texts(laptop, team.incident_id, "Fact, ")) == 2
    record.set_fact_verified(cy.database, fact.id, False, author="Cy")  # the one id works on every laptop
    settle(team)
    for laptop in team.laptops:
        assert not fact_store.facts(laptop.database, team.incident_id)[0].verified
    the_same_everywhere(team)


def test_the_same_step_committed_on_two_laptops_is_done_once_with_the_latest_commit(team: Team) -> None:
    """Assess committed on two laptops (with the same fact): one step done, its latest commit shown,
    both commits in the log."""
    ann, bo, _ = team.laptops
    for laptop, what in ((ann, "A spreadsheet was posted"), (later(bo), "A spreadsheet of e-mails was posted")):
        steps.commit_assess(
            laptop.database,
            team.incident_id,
            what_happened=what,
            detected_at=T0 - timedelta(minutes=30),
            source_links=["https://forum.example/t/1"],
            facts=[("The file holds 1,200 e-mail addresses", True)],
            audiences=["customers"],
            category="security-breach",
            level=3,
            author=laptop.person,
        )
    settle(team)
    for laptop in team.laptops:
        done = steps_store.completed(laptop.database, team.incident_id)
        assert set(done) == {Step.ASSESS}
        assert done[Step.ASSESS].completed_by == bo.person
        assessment = steps_store.assessment(laptop.database, team.incident_id)
        assert assessment is not None and assessment.what_happened.endswith("of e-mails was posted")
        assert len(fact_store.facts(laptop.database, team.incident_id)) == 1
        wizard = [e for e in log_store.entries(laptop.database, team.incident_id) if e.kind == "wizard-step"]
        assert [e.author for e in wizard] == [ann.person, bo.person]
    the_same_everywhere(team)


def test_an_item_ticked_on_two_laptops_was_done_at_the_first_tick(team: Team) -> None:
    """Two ticks of one item: done when it was first done (the breach notification's clock stops
    then), both ticks in the log; an untick made after seeing them clears it."""
    ann, bo, cy = team.laptops
    key = checklist_store.checklist(ann.database, team.incident_id)[0].key
    first = checklist.tick(ann.database, team.incident_id, key, author="Ann").value
    checklist.tick(later(bo).database, team.incident_id, key, author="Bo")
    settle(team)
    for laptop in team.laptops:
        item = checklist_store.item(laptop.database, team.incident_id, key)
        assert (item.done_at, item.done_by) == (first.done_at, "Ann")
        assert len(texts(laptop, team.incident_id, "Checklist done: ")) == 2
    the_same_everywhere(team)
    checklist.tick(cy.database, team.incident_id, key, False, author="Cy")
    settle(team)
    assert not any(checklist_store.item(laptop.database, team.incident_id, key).done for laptop in team.laptops)


def test_items_added_on_two_laptops_at_once_are_both_kept_and_an_account_once(team: Team) -> None:
    """Both laptops count the same next number for their own item: the keys name the laptop, so the two
    items stay two (before, the second laptop's files were refused). The same account's item added on
    two laptops is one item."""
    ann, bo, cy = team.laptops
    mine = checklist.add_own(ann.database, team.incident_id, "Call the insurer", author="Ann").value
    theirs = checklist.add_own(bo.database, team.incident_id, "Brief the board", author="Bo").value
    checklist.add_account(ann.database, team.incident_id, "@acme", author="Ann")
    checklist.add_account(cy.database, team.incident_id, "@acme", author="Cy")
    assert mine.key != theirs.key and is_own(mine.key) and is_own(theirs.key)
    settle(team)
    for laptop in team.laptops:
        items = checklist_store.checklist(laptop.database, team.incident_id)
        own = {item.key: item.label for item in items if item.own}
        assert own == {mine.key: "Call the insurer", theirs.key: "Brief the board"}
        assert len([item for item in items if item.key.startswith(PAUSE_ACCOUNT_PREFIX)]) == 1
    checklist.tick(cy.database, team.incident_id, mine.key, author="Cy")  # one laptop's item, ticked on another
    settle(team)
    for laptop in team.laptops:
        assert checklist_store.item(laptop.database, team.incident_id, mine.key).done_by == "Cy"
    the_same_everywhere(team)


def test_an_unshared_incident_keeps_its_own_items_numbered_plainly(tmp_path: Path) -> None:
    with open_database(tmp_path / "alone.sqlite") as database:
        incident = incidents.open_incident(database, "Outage", category=Category.OPERATIONAL, author="Ann").value
        assert checklist.add_own(database, incident.id, "Call the insurer", author="Ann").value.key == "own-1"


def test_the_same_person_tried_on_two_laptops_keeps_every_try(team: Team) -> None:
    """Tries to reach a person are a set that grows: both kept, the name as first given."""
    ann, bo, _ = team.laptops
    person = team_store.list_people(ann.database)[0]
    notify.record_outcome(ann.database, team.incident_id, person.id, person.name, Outcome.NO_ANSWER, author="Ann")
    notify.record_outcome(
        later(bo).database, team.incident_id, person.id, "R. Adeyemi", Outcome.REACHED, Channel.SMS, author="Bo"
    )
    settle(team)
    for laptop in team.laptops:
        (tried,) = notification_store.notifications(laptop.database, team.incident_id)
        assert tried.person_name == person.name
        assert [(a.outcome, a.recorded_by) for a in tried.attempts] == [
            (Outcome.NO_ANSWER, "Ann"),
            (Outcome.REACHED, "Bo"),
        ]
    the_same_everywhere(team)


def test_resolved_on_two_laptops_it_was_resolved_at_the_first(team: Team) -> None:
    ann, bo, _ = team.laptops
    first = incidents.resolve(ann.database, team.incident_id, author="Ann", note="contained").value
    incidents.resolve(later(bo).database, team.incident_id, author="Bo", note="over")
    settle(team)
    for laptop in team.laptops:
        assert incident_store.get(laptop.database, team.incident_id).closed_at == first.closed_at
        assert len(texts(laptop, team.incident_id, "Incident resolved")) == 2
    the_same_everywhere(team)


def test_an_action_closed_on_two_laptops_was_done_at_the_first(team: Team) -> None:
    ann, bo, cy = team.laptops
    action = review.add_action(
        ann.database, team.incident_id, "Update the call list", owner="Ann", due="2026-07-01", author="Ann"
    ).value
    settle(team)
    review.close_action(bo.database, action.id, author="Bo")
    review.close_action(later(cy).database, action.id, author="Cy")
    settle(team)
    for laptop in team.laptops:
        assert review_store.get_action(laptop.database, action.id).done_by == "Bo"
    the_same_everywhere(team)


def test_the_same_link_noted_on_two_laptops_is_one_piece_of_coverage(team: Team) -> None:
    ann, bo, _ = team.laptops
    for laptop, outlet in ((ann, "Daily Post"), (later(bo), "The Daily Post")):
        record.add_coverage(
            laptop.database,
            team.incident_id,
            outlet=outlet,
            tone="negative",
            author=laptop.person,
            link="https://news.example/leak",
        )
    record.add_coverage(bo.database, team.incident_id, outlet="Radio North", tone="neutral", author="Bo")
    settle(team)
    for laptop in team.laptops:
        items = coverage_store.items(laptop.database, team.incident_id)
        assert [(item.outlet, item.added_by) for item in items] == [("Daily Post", ann.person), ("Radio North", "Bo")]
    the_same_everywhere(team)


# --- settings: the latest by the signed order, the earlier in the log ------------------------------


def test_roles_and_the_cadence_set_on_two_laptops_keep_the_latest_with_the_earlier_in_the_log(team: Team) -> None:
    ann, bo, _ = team.laptops
    steps.commit_assess(
        ann.database,
        team.incident_id,
        what_happened="A spreadsheet was posted",
        detected_at=T0,
        source_links=[],
        facts=[],
        audiences=["customers"],
        category="security-breach",
        level=3,
        author="Ann",
    )
    person = team_store.list_people(ann.database)[0]
    notify.record_notification(ann.database, team.incident_id, person.id, person.name, "phone", author="Ann")
    steps.commit_notify(ann.database, team.incident_id, author="Ann")
    settle(team)
    people = team_store.list_people(ann.database)
    for laptop, (lead, scribe, voice), cadence in (
        (ann, people[0:3], Cadence(10, 30, 2, 60)),
        (later(bo), people[3:6], Cadence(5, 15, 3, 45)),
    ):
        steps.commit_manage(
            laptop.database,
            team.incident_id,
            lead_id=lead.id,
            lead_name=lead.name,
            scribe_id=scribe.id,
            scribe_name=scribe.name,
            spokesperson_id=voice.id,
            spokesperson_name=voice.name,
            cadence=cadence,
            author=laptop.person,
        )
    settle(team)
    for laptop in team.laptops:
        roles = steps_store.roles(laptop.database, team.incident_id)
        assert roles is not None and (roles.lead.person_id, roles.assigned_by) == (people[3].id, bo.person)
        assert update_store.cadence(laptop.database, team.incident_id) == Cadence(5, 15, 3, 45)
        assert [author for author, _ in texts(laptop, team.incident_id, "Roles named: ")] == [ann.person, bo.person]
        assert [author for author, _ in texts(laptop, team.incident_id, "Update rhythm set: ")] == [
            ann.person,
            bo.person,
        ]
    the_same_everywhere(team)


# --- the firings: the rules' answer for the union of the mentions ----------------------------------

DAY = T0 - timedelta(days=1)


def posts(hour: int, minutes: Sequence[int]) -> list[Mention]:
    """Negative posts at ``hour``:``minute`` the day before; the same minute is the same post everywhere."""
    return [
        Mention(
            posted_at=to_iso(DAY.replace(hour=hour, minute=minute)),
            text=f"They leaked my data ({hour}:{minute:02d})",
            author=f"user{hour}{minute:02d}",
            external_id=f"{hour}-{minute}",
            platform="X",
            sentiment=Sentiment.NEGATIVE,
            sentiment_source=SentimentSource.EXPORT,
        )
        for minute in minutes
    ]


# Three monitors' exports. None alone trips "activate" (more than 10 an hour for 3 hours) and at 10:00
# none alone passes 5 an hour; together they do. At 12:00 two laptops each see a line crossed, at other
# times than the union does; the third laptop's export repeats posts of the first's.
EXPORTS = (
    posts(10, [1, 2, 3, 4]) + posts(12, [5, 10, 15, 20, 25, 30, 35]),
    posts(10, [31, 32, 33])
    + posts(12, [1, 3, 6, 8, 12, 14, 16])
    + [p for h in (13, 14, 15) for p in posts(h, range(6))],
    posts(12, [5, 10, 15]) + [p for h in (13, 14, 15) for p in posts(h, range(30, 36))],
)


def firings(database: Database, incident_id: str) -> list[tuple[object, ...]]:
    """The firings that hold, as the alert banner and the after-action read them."""
    return [
        (f.firing.rule_id, f.firing.fired_at, f.firing.episode_start, f.firing.episode_end, f.firing.suggested_level)
        for f in rule_store.firings(database, incident_id)
    ]


def imported_alone(tmp_path: Path) -> list[tuple[object, ...]]:
    """The firings of one laptop that imported all three exports."""
    with open_database(tmp_path / "alone.sqlite", clock=FixedClock(T0)) as database:
        incident = incidents.open_incident(database, "Alone", category=Category.SECURITY_BREACH, author="Ann").value
        for number, export in enumerate(EXPORTS):
            mention_service.import_mentions(
                database,
                incident.id,
                export,
                source=f"export-{number}.csv",
                file_format="csv",
                preset="generic",
                author="Ann",
            )
        return firings(database, incident.id)


def import_on(laptop: Laptop, incident_id: str, number: int) -> None:
    mention_service.import_mentions(
        laptop.database,
        incident_id,
        EXPORTS[number],
        source=f"export-{number}.csv",
        file_format="csv",
        preset="generic",
        author=laptop.person,
    )


@pytest.mark.parametrize("seed", range(4))
def test_firings_imported_on_three_laptops_at_once_end_as_the_rules_say_for_all_the_mentions(
    tmp_path: Path, seed: int
) -> None:
    """Each laptop imports its export, alerts on what it alone holds, then files travel in a random order
    (some not yet, some twice) with syncs in between, until all arrive: on every laptop the firings are
    those of one laptop that imported everything, and the hourly counts the chart draws are the same."""
    expected = imported_alone(tmp_path)
    assert {rule for rule, *_ in expected} >= {"assign", "activate"}
    team = form_team(tmp_path / "team", skews=(0, 40, -25))
    try:
        rnd = random.Random(seed)
        for number, laptop in enumerate(team.laptops):
            import_on(laptop, team.incident_id, number)
            assert firings(laptop.database, team.incident_id) != expected  # alone, each laptop sees less
        for _ in range(12):
            source, target = rnd.sample(team.laptops, 2)
            chosen = [name for name in folder_files(source.copy) if rnd.random() < 0.6]
            deliver(source, target, chosen + rnd.sample(chosen, min(len(chosen), 2)))
            laptop = rnd.choice(team.laptops)
            laptop.clock.advance(seconds=rnd.randint(1, 90))
            report = laptop.sync()
            assert not report.new_alarms and not report.problems, report
        settle(team)
        for laptop in team.laptops:
            assert firings(laptop.database, team.incident_id) == expected, laptop.name
            assert not rule_store.pending(laptop.database, team.incident_id)
        hours = {tuple(mention_store.hourly(laptop.database, team.incident_id)) for laptop in team.laptops}
        assert len(hours) == 1
        the_same_everywhere(team)
    finally:
        team.close()


def test_laptops_that_check_the_same_entries_record_one_firing(tmp_path: Path) -> None:
    """Two laptops take the same imports at the same moment and each finds the line crossed at 10:00, which
    neither export crosses alone: they record the firing under one id, so it is one firing (one alert
    shown), and the log keeps each laptop's alert entry. Both also merge the alerts each raised alone at
    12:00 into one episode, with the same revision: the alert it withdraws was withdrawn by the first."""
    team = form_team(tmp_path)
    try:
        ann, bo, cy = team.laptops
        import_on(ann, team.incident_id, 0)
        import_on(bo, team.incident_id, 1)
        assert ann.sync().written and bo.sync().written
        full_exchange(team.laptops)
        # Ann and Bo each take the other's import (nothing of a re-check has travelled yet).
        ann.sync()
        bo.sync()
        settle(team)
        for laptop in team.laptops:
            rows = laptop.database.query(
                "SELECT count(*) FROM rule_firings WHERE incident_id = ? AND episode_start LIKE ?",
                (team.incident_id, "%T10:%"),
            )
            assert rows[0][0] == 1
        alerts = [
            e
            for e in log_store.entries(cy.database, team.incident_id)
            if e.kind == "alert" and "10:" in (e.occurred_at or "")[11:14]
        ]
        assert len(alerts) == 2 and {e.device_id for e in alerts} == {ann.device_id, bo.device_id}
        revisions = [
            e
            for e in log_store.entries(cy.database, team.incident_id)
            if (e.payload or {}).get("type") == "rules.firings-revised"
        ]
        assert {e.device_id for e in revisions} == {ann.device_id, bo.device_id}
        withdrawn = cy.database.query(
            "SELECT id, superseded_at FROM rule_firings WHERE incident_id = ? AND superseded_at IS NOT NULL",
            (team.incident_id,),
        )
        assert withdrawn
        for firing_id, superseded_at in withdrawn:
            assert superseded_at == min(e.recorded_at for e in revisions if firing_id in (e.payload or {})["withdrawn"])
        the_same_everywhere(team)
    finally:
        team.close()


def test_the_same_post_imported_with_two_labels_on_two_laptops_ends_with_one_label(team: Team) -> None:
    ann, bo, _ = team.laptops
    negative = posts(12, range(8))
    neutral = [replace(post, sentiment=Sentiment.NEUTRAL) for post in negative]
    mention_service.import_mentions(
        ann.database,
        team.incident_id,
        negative,
        source="tool-a.csv",
        file_format="csv",
        preset="generic",
        author=ann.person,
    )
    mention_service.import_mentions(
        bo.database,
        team.incident_id,
        neutral,
        source="tool-b.csv",
        file_format="csv",
        preset="generic",
        author=bo.person,
    )
    settle(team)
    hours = {tuple(mention_store.hourly(laptop.database, team.incident_id)) for laptop in team.laptops}
    assert len(hours) == 1
    # The import first in the signed order (Ann's, made first) keeps the posts, with its labels.
    for laptop in team.laptops:
        labels = laptop.database.query(
            "SELECT DISTINCT sentiment FROM mentions WHERE incident_id = ?", (team.incident_id,)
        )
        assert [row[0] for row in labels] == ["negative"]
        evidence = verification.check_log(laptop.database)
        assert evidence.ok, [finding.line for finding in evidence.breaks]
        assert verification.check_state(laptop.database).differences == []
    the_same_everywhere(team)


def test_an_alert_acknowledged_on_two_laptops_keeps_the_first_acknowledgement(team: Team) -> None:
    ann, bo, cy = team.laptops
    import_on(ann, team.incident_id, 1)
    settle(team)
    alert = rule_store.firings(bo.database, team.incident_id)[0]
    mention_service.acknowledge(bo.database, alert.id, author="Bo")
    mention_service.acknowledge(later(cy).database, alert.id, author="Cy")
    settle(team)
    for laptop in team.laptops:
        held = {f.id: f for f in rule_store.firings(laptop.database, team.incident_id)}
        assert held[alert.id].acknowledged_at is not None
        ack = laptop.database.query("SELECT acknowledged_by FROM rule_firings WHERE id = ?", (alert.id,))
        assert ack[0][0] == "Bo"
        assert len(texts(laptop, team.incident_id, "Alert ")) == 2
    the_same_everywhere(team)


# --- a drill across laptops ------------------------------------------------------------------------


def test_a_drill_run_on_the_facilitator_s_laptop_reaches_the_team_and_its_after_action_reads_everyone(
    tmp_path: Path,
) -> None:
    """The facilitator's laptop runs the drill clock and plays the injects; the team's laptops receive the
    injects, the clock's changes and the burst's posts through the folder; what each laptop's person did
    (a call, a level) is scored alike on every laptop. While a burst is still coming in, a laptop that has
    not got its posts yet never withdraws the alerts the facilitator's laptop recorded over them, and no
    other laptop can pick the drill up and play it a second time."""
    laptops = [
        Laptop(tmp_path, name, person, FixedClock(T0))
        for name, person in (("ann", "Facilitator"), ("bo", "Bo Sand"), ("cy", "Cy Berg"))
    ]
    ann, bo, cy = laptops
    run = drill_service.begin(
        ann.database, scenario.parse(DRILL, "tiny.toml"), author="Facilitator", headless=True, real_now=ann.clock.now()
    ).value
    incident_id = run.incident.id
    started = sharing.start(ann.database, incident_id, ann.copy, author="Facilitator", laptop="ann").value
    for laptop in (bo, cy):
        copy_all(ann, laptop)
        joined = sharing.join(laptop.database, laptop.copy, author=laptop.person, laptop=laptop.name).value
        assert joined.team_fingerprint == started.fingerprint
        copy_all(laptop, ann)
        sharing.admit(ann.database, joined.fingerprint, author="Facilitator")
    team = Team(laptops, incident_id)
    try:
        settle(team)
        # Five minutes in: the burst has begun, some of its posts are in on the facilitator's laptop.
        for laptop in laptops:
            laptop.clock.advance(minutes=5)
        drill_service.advance(run, run.start + timedelta(minutes=5))
        assert rule_store.firings(ann.database, incident_id)
        settle(team)
        for laptop in (bo, cy):
            assert [e.text for e in log_store.entries(laptop.database, incident_id) if "EXERCISE" in e.text]
            assert firings(laptop.database, incident_id) == firings(ann.database, incident_id)
            before = log_view(laptop.database, incident_id)
            assert not mention_service.recheck(laptop.database, incident_id).value  # as the window does on showing it
            assert log_view(laptop.database, incident_id) == before  # nothing withdrawn over posts not here yet
        # Only the facilitator's laptop plays it: another laptop's drill window cannot pick it up.
        with pytest.raises(InvalidInputError, match="played on Facilitator's laptop ann"):
            drill_service.resume(bo.database, incident_id, author="Bo Sand")
        # The team acts on their own laptops; the facilitator pauses and resumes the clock.
        person = team_store.list_people(bo.database)[0]
        notify.record_notification(later(bo).database, incident_id, person.id, person.name, "phone", author="Bo Sand")
        incidents.set_level(later(cy, 120).database, incident_id, 4, author="Cy Berg", reason="recall coming")
        drill_service.record_clock(
            run, "paused", Anchor(later(ann, 180).clock.now(), run.start + timedelta(minutes=9), 1, True)
        )
        drill_service.record_clock(
            run, "resumed", Anchor(later(ann, 60).clock.now(), run.start + timedelta(minutes=9), 1, False)
        )
        settle(team)
        for laptop in laptops:
            laptop.clock.advance(minutes=50)
        drill_service.advance(run, run.start + timedelta(minutes=45))
        drill_service.finish(run)
        settle(team)
        scored = []
        for laptop in laptops:
            record_ = runner.drill_record(laptop.database, incident_id)
            assert record_ is not None and record_.ended
            assert any(anchor.paused for anchor in record_.history)  # the clock's changes, from the log
            assert set(record_.inject_times()) == {"burst", "recall"}
            observed = after_action.observe(
                laptop.database, incident_id, record_.start, simulated=record_.to_drill_time()
            )
            assert observed.notified and max(level for _, level in observed.levels) == 4
            assert observed.firings
            scored.append(
                (observed, after_action.score(record_.scenario(), record_.start, record_.inject_times(), observed))
            )
        assert scored[0] == scored[1] == scored[2]
        results = {r.expectation.id: r for r in scored[0][1].results}
        assert results["notify"].met  # Bo's call, six minutes in, on Bo's laptop
        assert results["level"].at is not None  # Cy's level 4, on Cy's laptop
        the_same_everywhere(team)
    finally:
        team.close()
