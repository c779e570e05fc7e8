"""Three laptops share one incident, each through its own copy of the shared folder, and end the same.

Each laptop works through the real services (the ones the window and the command line call) while
files travel between the copies as a syncing tool or a USB stick would move them: another
laptop's files copied in, one by one, in any order, some again (duplicates), some not yet (gaps),
and a laptop offline for a while, then brought back by copying a whole folder. Each laptop syncs
now and then. At the end, once every file has reached every copy and each laptop has synced (at
least twice, and again until a round moves nothing), the three show the same log (ids, words,
order), the same incident (every state table's rows for it, mention rows by post) and each one's
own ``verify`` (the chains, signatures and register, and its state rebuilt from its log) passes.

What the random work covers: notes and corrections, severity (set and reassessed), facts,
coverage, checklist ticks, people notified, the wizard's Assess, Notify and Manage steps (roles
named), review notes and actions, resolving and reopening, imports of small exports
(tests/data/imports) and of generated bursts of negative posts that trip the escalation rules,
relabelled posts, and statements drafted, approved and released.

Left out, because it does not converge yet: two exports that disagree about one post (its label
or time). Each laptop keeps the version it stored first, so the hourly counts (and the firings)
differ between laptops, and each laptop's ``verify`` still passes.
"""

from __future__ import annotations

import random
import tempfile
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisroom.domain.errors import UserError
from crisisroom.domain.log import Kind
from crisisroom.domain.mentions import Sentiment
from crisisroom.domain.notifications import Outcome
from crisisroom.services import checklist, incidents, log, mentions, notify, record, review, statements, verification
from crisisroom.services import response_steps as steps
from crisisroom.storage import incidents as incident_store
from crisisroom.storage import log as log_store
from crisisroom.storage import team as team_store
from crisisroom.storage.database import Database
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

DATA = Path(__file__).resolve().parents[1] / "data" / "imports"
# Small exports that import with no question asked (no mapping, no ambiguous zone).
EXPORTS = ("kibana-discover.csv", "crowdtangle-facebook.csv", "exportcomments.csv", "twitter-local-time.csv")


class Work:
    """What one piece of work needs: the laptop, the incident, a random source, a scratch folder."""

    def __init__(self, laptop: Laptop, incident_id: str, rnd: random.Random, scratch: Path) -> None:
        self.laptop, self.incident_id, self.rnd, self.scratch = laptop, incident_id, rnd, scratch

    @property
    def database(self) -> Database:
        return self.laptop.database

    @property
    def author(self) -> str:
        return self.laptop.person


def _note(work: Work) -> None:
    kind = work.rnd.choice((Kind.NOTE, Kind.DECISION, Kind.ACTION, Kind.FACT))
    log.add_entry(
        work.database,
        work.incident_id,
        f"{kind.value} from {work.laptop.name} {work.rnd.random():.5f}",
        author=work.author,
        kind=kind,
    )


def _correct(work: Work) -> None:
    entries = log_store.entries(work.database, work.incident_id)
    target = work.rnd.choice(entries)
    log.correct(
        work.database, target.id, f"Corrected by {work.laptop.name}: {work.rnd.randint(1, 99)}", author=work.author
    )


def _level(work: Work) -> None:
    call = incidents.reassess if work.rnd.random() < 0.3 else incidents.set_level
    call(
        work.database,
        work.incident_id,
        work.rnd.randint(1, 5),
        author=work.author,
        reason=f"seen on {work.laptop.name}",
    )


def _fact(work: Work) -> None:
    facts = work.database.query("SELECT id, verified FROM incident_facts WHERE incident_id = ?", (work.incident_id,))
    if facts and work.rnd.random() < 0.5:
        fact_id, verified = work.rnd.choice(facts)
        record.set_fact_verified(work.database, fact_id, not verified, author=work.author)
    else:
        record.add_fact(
            work.database, work.incident_id, f"Fact {work.rnd.randint(1, 50)}", verified=False, author=work.author
        )


def _coverage(work: Work) -> None:
    record.add_coverage(
        work.database,
        work.incident_id,
        outlet=work.rnd.choice(("Daily Post", "Radio North")),
        tone=work.rnd.choice(list(Sentiment)),
        author=work.author,
        link=f"https://news.example/{work.rnd.randint(1, 40)}",
    )


def _checklist(work: Work) -> None:
    choice = work.rnd.random()
    if choice < 0.3:
        checklist.add_own(
            work.database, work.incident_id, f"Call the insurer {work.rnd.randint(1, 6)}", author=work.author
        )
    else:
        items = work.database.query("SELECT key FROM checklist_items WHERE incident_id = ?", (work.incident_id,))
        if items:
            key = work.rnd.choice(items)[0]
            checklist.tick(work.database, work.incident_id, key, work.rnd.random() < 0.7, author=work.author)


def _notify(work: Work) -> None:
    person = work.rnd.choice(team_store.list_people(work.database))
    notify.record_outcome(
        work.database, work.incident_id, person.id, person.name, work.rnd.choice(list(Outcome)), author=work.author
    )


def _step(work: Work) -> None:
    done = {
        step
        for (step,) in work.database.query("SELECT step FROM wizard_steps WHERE incident_id = ?", (work.incident_id,))
    }
    if "assess" not in done or work.rnd.random() < 0.2:
        steps.commit_assess(
            work.database,
            work.incident_id,
            what_happened=f"A spreadsheet of customer e-mails was posted ({work.laptop.name})",
            detected_at=work.laptop.clock.now() - timedelta(minutes=40),
            source_links=["https://forum.example/t/123"],
            facts=[("The file holds 1,200 e-mail addresses", True)],
            audiences=["customers", "press"],
            category="security-breach",
            level=work.rnd.randint(2, 4),
            level_reason="personal data",
            author=work.author,
        )
    elif "notify" not in done:
        notify.record_notification(work.database, work.incident_id, "p-ben", "Ben Ode", "phone", author=work.author)
        steps.commit_notify(work.database, work.incident_id, author=work.author)
    else:
        people = team_store.list_people(work.database)
        lead, scribe, spokesperson = work.rnd.sample(people, 3)
        steps.commit_manage(
            work.database,
            work.incident_id,
            lead_id=lead.id,
            lead_name=lead.name,
            scribe_id=scribe.id,
            scribe_name=scribe.name,
            spokesperson_id=spokesperson.id,
            spokesperson_name=spokesperson.name,
            author=work.author,
        )


def _review(work: Work) -> None:
    actions = work.database.query(
        "SELECT id FROM review_actions WHERE incident_id = ? AND done_at IS NULL", (work.incident_id,)
    )
    choice = work.rnd.random()
    if actions and choice < 0.3:
        review.close_action(work.database, work.rnd.choice(actions)[0], author=work.author)
    elif choice < 0.6:
        review.add_note(
            work.database, work.incident_id, "went-well", f"Calls were quick ({work.laptop.name})", author=work.author
        )
    else:
        review.add_action(
            work.database,
            work.incident_id,
            "Update the call list",
            owner=work.author,
            due="2026-07-01",
            author=work.author,
        )


def _close(work: Work) -> None:
    if incident_store.get(work.database, work.incident_id).closed_at is None:
        incidents.resolve(work.database, work.incident_id, author=work.author, note="contained")
    else:
        incidents.reopen(work.database, work.incident_id, author=work.author, note="it spread again")


def _import_export(work: Work) -> None:
    path = DATA / work.rnd.choice(EXPORTS)
    incident = incident_store.get(work.database, work.incident_id)
    mentions.import_file(work.database, incident, path, author=work.author)


def _import_burst(work: Work) -> None:
    """A generated export: negative posts in one hour (enough to trip the default rules), from a pool
    of posts the laptops share, so two laptops' imports overlap as two monitors' exports do.

    A post reads the same in every export (time, words, label): two exports that disagree on one
    post (see the report of issue 18's tests) are left out here.
    """
    rnd = work.rnd
    hour = rnd.randint(0, 5)
    lines = ["created_at,text,author,url,id,sentiment"]
    for number in rnd.sample(range(40), rnd.randint(3, 14)):
        post = hour * 100 + number
        posted = T0 - timedelta(hours=8 - hour) + timedelta(minutes=number, seconds=7)
        label = "neutral" if post % 5 == 0 else "negative"
        lines.append(
            f"{posted.strftime('%Y-%m-%dT%H:%M:%SZ')},Awful leak of our data {post},user{post},"
            f"https://social.example/p/{post},{post},{label}"
        )
    path = work.scratch / f"burst-{work.laptop.name}-{rnd.randint(0, 10**9)}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    incident = incident_store.get(work.database, work.incident_id)
    mentions.import_file(work.database, incident, path, author=work.author)


def _relabel(work: Work) -> None:
    """A person corrects a post's label (on any laptop, also a post another laptop imported)."""
    posts = work.database.query(
        "SELECT seq FROM mentions WHERE incident_id = ? ORDER BY dedupe_key", (work.incident_id,)
    )
    if posts:
        label = work.rnd.choice(list(Sentiment))
        mentions.relabel(work.database, work.rnd.choice(posts)[0], label, author=work.author)


def _statement(work: Work) -> None:
    messages = work.database.query(
        "SELECT m.id, max(v.number), v.approved_at IS NOT NULL, v.released_at IS NOT NULL FROM incident_messages m "
        "JOIN message_versions v ON v.message_id = m.id WHERE m.incident_id = ? GROUP BY m.id",
        (work.incident_id,),
    )
    choice = work.rnd.random()
    if messages and choice < 0.35:
        message_id = work.rnd.choice(messages)[0]
        statements.approve(
            work.database, message_id, approver_name="Ann Lind", approver_role="lead", author=work.author
        )
    elif messages and choice < 0.55:
        message_id = work.rnd.choice(messages)[0]
        statements.release(work.database, message_id, where=("website",), author=work.author)
    else:
        statements.save_draft_text(
            work.database,
            work.incident_id,
            work.rnd.choice(("customers", "press")),
            "holding",
            f"We are looking into it ({work.laptop.name} {work.rnd.randint(1, 9)}).",
            author=work.author,
        )


WORK: dict[str, Callable[[Work], None]] = {
    "note": _note,
    "correct": _correct,
    "level": _level,
    "fact": _fact,
    "coverage": _coverage,
    "checklist": _checklist,
    "notify": _notify,
    "step": _step,
    "review": _review,
    "close": _close,
    "import": _import_export,
    "burst": _import_burst,
    "relabel": _relabel,
    "statement": _statement,
}

FINAL_ROUNDS = 6
LAPTOP = st.integers(0, 2)
WORK_OPERATION = st.tuples(st.just("work"), LAPTOP, st.sampled_from(sorted(WORK)), st.integers(0, 2**16))
OPERATION = st.one_of(
    WORK_OPERATION,  # three times as likely as each of the others: laptops mostly work
    WORK_OPERATION,
    WORK_OPERATION,
    # Some of one laptop's files (a random part, in a random order, perhaps again) reach another's copy.
    st.tuples(st.just("exchange"), LAPTOP, LAPTOP, st.integers(0, 2**16)),
    st.tuples(st.just("sync"), LAPTOP),
    st.tuples(st.just("offline"), LAPTOP),
    st.tuples(st.just("back"), LAPTOP),
)


class Run:
    def __init__(self, team: Team, scratch: Path) -> None:
        self.team, self.scratch = team, scratch
        self.done: list[str] = []

    def step(self, operation: tuple[Any, ...]) -> None:
        kind = operation[0]
        laptops = self.team.laptops
        for laptop in laptops:  # time passes on every laptop alike; their clocks keep their skews
            laptop.clock.advance(seconds=37)
        if kind == "work":
            _, index, name, seed = operation
            laptop = laptops[index]
            laptop.clock.advance(seconds=seed % 300)
            try:
                WORK[name](Work(laptop, self.team.incident_id, random.Random(seed), self.scratch))
            except UserError as exc:  # refused as a person would be (a step out of turn, a release unapproved…)
                self.done.append(f"{laptop.name} {name}: refused ({exc})")
                return
            self.done.append(f"{laptop.name} {name}")
        elif kind == "exchange":
            _, source_index, target_index, seed = operation
            source, target = laptops[source_index], laptops[target_index]
            if source is target or not (source.online and target.online):
                return
            rnd = random.Random(seed)
            files = folder_files(source.copy)
            chosen = [name for name in files if rnd.random() < 0.6]  # the rest have not arrived yet
            chosen += rnd.sample(chosen, min(len(chosen), rnd.randint(0, 2)))  # some arrive twice
            rnd.shuffle(chosen)
            deliver(source, target, chosen)
            self.done.append(f"{source.name} -> {target.name}: {len(chosen)} files")
        elif kind == "sync":
            laptop = laptops[operation[1]]
            report = laptop.sync()
            assert not report.new_alarms and not report.problems, (self.done, report)
            self.done.append(f"{laptop.name} sync: wrote {report.written}, took {report.taken}")
        elif kind == "offline":
            laptops[operation[1]].online = False
            self.done.append(f"{laptops[operation[1]].name} offline")
        elif kind == "back":
            laptop = laptops[operation[1]]
            if laptop.online:
                return
            laptop.online = True
            # Brought back by a USB stick: a whole copy of an online laptop's folder, both ways.
            other = next((o for o in laptops if o is not laptop and o.online), None)
            if other is not None:
                copy_all(other, laptop)
                copy_all(laptop, other)
            self.done.append(f"{laptop.name} back")

    def finish(self) -> None:
        """Everyone online, every file everywhere, each laptop syncs; again until a round changes nothing.

        At least two rounds; more when a sync itself writes (a laptop's re-check of the rules over
        the mentions it took writes its firings, which the others then take).
        """
        laptops = self.team.laptops
        for laptop in laptops:
            laptop.online = True
        for round_number in range(1, FINAL_ROUNDS + 1):
            full_exchange(laptops)
            moved = 0
            for laptop in laptops:
                laptop.clock.advance(seconds=5)
                report = laptop.sync()
                assert not report.new_alarms and not report.problems and not report.waiting, (self.done, report)
                moved += report.written + report.taken
            self.done.append(f"final round {round_number}: {moved} entries written or taken")
            if moved == 0 and round_number >= 2:
                return
        raise AssertionError(f"still writing or taking after {FINAL_ROUNDS} rounds: {self.done}")


def check_the_same(team: Team, history: list[str]) -> None:
    first, *others = team.laptops
    incident = team.incident_id
    log = log_view(first.database, incident)
    state = incident_state(first.database, incident)
    for laptop in others:
        assert log_view(laptop.database, incident) == log, (laptop.name, history)
        theirs = incident_state(laptop.database, incident)
        differing = {
            table: (
                [r for r in state[table] if r not in theirs[table]],
                [r for r in theirs[table] if r not in state[table]],
            )
            for table in state
            if state[table] != theirs[table]
        }
        assert not differing, (first.name, laptop.name, differing, history)
    for laptop in team.laptops:
        evidence = verification.check_log(laptop.database)
        assert evidence.ok, (laptop.name, [str(finding) for finding in evidence.breaks], history)
        checked = verification.check_state(laptop.database)
        assert checked.ok and not checked.not_checked, (laptop.name, checked.lines(), history)
        assert not laptop.sync().new_alarms


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    operations=st.lists(OPERATION, min_size=8, max_size=36),
    skews=st.tuples(*[st.integers(-900, 900)] * 3),
)
def test_three_laptops_exchanging_files_in_any_order_end_with_the_same_incident(
    operations: list[tuple[Any, ...]], skews: tuple[int, int, int]
) -> None:
    with tempfile.TemporaryDirectory(prefix="laptops-") as folder:
        root = Path(folder)
        team = form_team(root, skews=skews)
        try:
            run = Run(team, root)
            for operation in operations:
                run.step(operation)
            run.finish()
            check_the_same(team, run.done)
        finally:
            team.close()
