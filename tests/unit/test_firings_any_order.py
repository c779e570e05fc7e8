"""Rule firings are a pure function of the stored mentions and the rules: any split of the same rows
into imports, in any order, gives the same firings, equal to the documented rule ("once per run of
busy hours, at the mention that crossed the line"), computed here independently of the app.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import random
import tempfile
from collections import Counter
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crisisroom.domain.clock import to_iso
from crisisroom.domain.incidents import Category
from crisisroom.domain.rules import DEFAULT_RULES, Rule
from crisisroom.services import mentions as mention_service
from crisisroom.storage import incidents, log, rules
from crisisroom.storage.database import Database, open_database
from tests.unit.importers.conftest import BRANDWATCH_HEADER, write_csv
from tests.unit.test_cli import run

DAY = datetime(2026, 3, 14, tzinfo=UTC)
Key = tuple[str, str, str, str]  # rule, fired_at, episode_start, episode_end


@dataclass(frozen=True)
class Row:
    at: datetime
    negative: bool
    n: int

    @property
    def posted_at(self) -> str:
        return to_iso(self.at)


def _day(seed: int = 7, *, whole_minutes: bool = False) -> list[Row]:
    """A day with several busy episodes: every default rule fires, some twice."""
    rng = random.Random(seed)
    negatives_per_hour = {6: 3, 8: 7, 9: 7, 10: 2, 11: 6, 12: 12, 13: 12, 14: 12, 15: 12, 17: 4, 18: 6, 19: 3, 20: 8}
    rows: list[Row] = []

    def at(hour: int, low: int = 0, high: int = 3599) -> datetime:
        seconds = rng.randint(low, high)
        return DAY + timedelta(hours=hour, seconds=seconds - seconds % 60 if whole_minutes else seconds)

    for hour, count in negatives_per_hour.items():
        rows += [Row(at(hour), True, 0) for _ in range(count)]
    rows += [Row(at(22, 600, 1800), True, 0) for _ in range(10)]  # a tight burst: only the window sees it
    rows += [Row(at(rng.randint(0, 23)), False, 0) for _ in range(40)]
    rows.sort(key=lambda r: r.at)
    return [Row(r.at, r.negative, n) for n, r in enumerate(rows)]


def reference(rows: list[Row], rule_set: tuple[Rule, ...] = DEFAULT_RULES) -> set[Key]:
    """The documented rule, brute force: per rule, breaching hours, their runs, the crossing mention."""
    negative = sorted(r.at for r in rows if r.negative)
    per_hour = Counter(t.replace(minute=0, second=0, microsecond=0) for t in negative)
    key = to_iso
    out: set[Key] = set()
    for rule in rule_set:
        if not rule.enabled:
            continue
        crossing: dict[datetime, datetime] = {}  # breaching hour -> the mention that crossed the line in it
        if rule.window_minutes:
            window = timedelta(minutes=rule.window_minutes)
            for index, moment in enumerate(negative):
                if sum(1 for other in negative[: index + 1] if other > moment - window) > rule.more_than:
                    crossing.setdefault(moment.replace(minute=0, second=0, microsecond=0), moment)
        else:
            for hour, count in per_hour.items():
                if count > rule.more_than:
                    crossing[hour] = [t for t in negative if hour <= t < hour + timedelta(hours=1)][rule.more_than]
        runs: list[list[datetime]] = []
        for hour in sorted(crossing):
            if runs and runs[-1][-1] + timedelta(hours=1) == hour:
                runs[-1].append(hour)
            else:
                runs.append([hour])
        for run_ in runs:
            if len(run_) >= rule.hours:
                fired = crossing[run_[rule.hours - 1]]
                out.add((rule.id, key(fired), key(run_[0])[:-5] + "Z", key(run_[-1])[:-5] + "Z"))
    return out


def _current(database: Database, incident_id: str) -> set[Key]:
    return {
        (f.firing.rule_id, f.firing.fired_at, f.firing.episode_start, f.firing.episode_end)
        for f in rules.firings(database, incident_id)
    }


def _generic_csv(path: Path, rows: list[Row]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["created_at", "text", "sentiment", "id"])
        for r in rows:
            writer.writerow([r.posted_at, f"post {r.n}", "negative" if r.negative else "positive", f"m{r.n}"])
    return path


def _import_parts(folder: Path, parts: list[list[Row]]) -> tuple[Database, str]:
    database = open_database(folder / "room.sqlite")
    incident = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", timezone="UTC")
    for index, part in enumerate(parts):
        path = _generic_csv(folder / f"part{index}.csv", part)
        mention_service.import_file(database, incident, path, author="Ana")
    return database, incident.id


DATA = _day()
_COMBINED: list[set[Key]] = []


def _combined() -> set[Key]:
    if not _COMBINED:
        with tempfile.TemporaryDirectory() as folder:
            database, incident_id = _import_parts(Path(folder), [DATA])
            with database:
                _COMBINED.append(_current(database, incident_id))
    return _COMBINED[0]


def test_the_data_set_hits_every_default_rule_and_one_import_gives_the_documented_firings() -> None:
    expected = reference(DATA)
    assert Counter(k[0] for k in expected) == {"assign": 5, "surge": 2, "activate": 1}
    assert _combined() == expected


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.integers(min_value=1, max_value=5).flatmap(
        lambda k: st.tuples(
            st.lists(st.integers(0, k - 1), min_size=len(DATA), max_size=len(DATA)),
            st.permutations(list(range(k))),
        )
    )
)
def test_any_split_in_any_order_gives_the_same_firings(parts: tuple[list[int], list[int]]) -> None:
    assignment, order = parts
    split = [[row for row, part in zip(DATA, assignment, strict=True) if part == p] for p in order]
    with tempfile.TemporaryDirectory() as folder:
        database, incident_id = _import_parts(Path(folder), [part for part in split if part])
        with database:
            assert _current(database, incident_id) == _combined() == reference(DATA)
            # Every firing ever recorded has its alert; withdrawn ones stay, with their alerts.
            recorded = database.query("SELECT count(*) FROM rule_firings")[0][0]
            assert log.count(database, log.LogFilter(incident_id, kinds=("alert",))) == recorded
            assert rules.suggested_level(database, incident_id) == 4
            assert not rules.pending(database, incident_id)


# Four real formats of the same day, with overlapping hours.


def _brandwatch(path: Path, rows: list[Row]) -> Path:
    lines: list[list[object]] = [["Brandwatch Consumer Research"], ["Report:", "Mentions"], ["Timezone:", "UTC"], []]
    lines.append(BRANDWATCH_HEADER)
    for r in rows:
        lines.append(
            ["1", "Acme", r.at.strftime("%Y-%m-%d %H:%M:%S.0"), "", f"https://x.com/bw/status/{r.n}", "x.com",
             "negative" if r.negative else "positive", "twitter", "en", "bw", "B W", f"brandwatch post {r.n}", "10",
             f"bw{r.n}"]
        )  # fmt: skip
    return write_csv(path, lines)


def _talkwalker(path: Path, rows: list[Row]) -> Path:
    header = ["url", "published", "title", "content", "lang", "source_type", "sentiment", "reach",
              "extra_author_attributes.name", "extra_author_attributes.short_name"]  # fmt: skip
    lines: list[list[object]] = [header]
    for r in rows:
        lines.append(
            [f"https://tw.example/{r.n}", int(r.at.timestamp() * 1000), "", f"talkwalker post {r.n}", "en",
             "SOCIALMEDIA_TWITTER", -4 if r.negative else 3, 5, "Cy", "cy"]
        )  # fmt: skip
    return write_csv(path, lines)


def _meltwater(path: Path, rows: list[Row]) -> Path:
    lines: list[list[object]] = [
        ["Date", "Time", "Headline", "URL", "Opening Text", "Hit Sentence", "Source Name", "Author Handle", "Reach",
         "Sentiment"]
    ]  # fmt: skip
    for r in rows:
        lines.append(
            [r.at.strftime("%d-%b-%Y"), r.at.strftime("%I:%M %p"), "", f"https://x.com/mw/status/{r.n}", "",
             f"meltwater post {r.n}", "Twitter", "@mw", "1.2K", "Negative" if r.negative else "Positive"]
        )  # fmt: skip
    buffer = io.StringIO()
    csv.writer(buffer, delimiter="\t", lineterminator="\r\n").writerows(lines)
    path.write_bytes(b"\xff\xfe" + buffer.getvalue().encode("utf-16-le"))
    return path


def _twitter(path: Path, rows: list[Row]) -> Path:
    """No sentiment in the API's objects: VADER labels them, as it would these texts."""
    tweets = [
        {
            "created_at": r.at.strftime("%a %b %d %H:%M:%S +0000 %Y"),
            "id_str": str(1_900_000_000_000_000_000 + r.n),
            "full_text": f"@acme this is the worst service ever, I am furious ({r.n})"
            if r.negative
            else f"Thanks @acme, great and fast help today! ({r.n})",
            "user": {"screen_name": "fred", "followers_count": 42},
        }
        for r in rows
    ]
    path.write_text("".join(json.dumps(t) + "\n" for t in tweets), encoding="utf-8")
    return path


FORMATS = {
    "brandwatch.csv": _brandwatch,
    "talkwalker.csv": _talkwalker,
    "meltwater.csv": _meltwater,
    "tweets.jsonl": _twitter,
}
FOUR = _day(11, whole_minutes=True)  # Meltwater writes minutes only


def _four_files(folder: Path) -> dict[str, Path]:
    rng = random.Random(3)
    names = list(FORMATS)
    shares: dict[str, list[Row]] = {name: [] for name in names}
    for row in FOUR:  # each tool saw a random share of every hour
        shares[rng.choice(names)].append(row)
    return {name: FORMATS[name](folder / name, shares[name]) for name in names}


def _status_firings(capsys: pytest.CaptureFixture[str], db: Path, incident_id: str) -> set[Key]:
    code, out, err = run(capsys, "--db", str(db), "status", incident_id, "--json")
    assert code == 0, err
    return {(f["rule"], f["fired_at"], f["episode_start"], f["episode_end"]) for f in json.loads(out)["firings"]}


def test_four_vendor_exports_in_every_order_give_the_same_firings(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files = _four_files(tmp_path)
    expected = reference(FOUR)
    assert {k[0] for k in expected} == {"assign", "surge", "activate"}
    for number, order in enumerate(itertools.permutations(files)):
        db = tmp_path / f"order{number}.sqlite"
        code, out, err = run(capsys, "--db", str(db), "incident", "new", "Outage", "--tz", "UTC")
        assert code == 0, err
        incident_id = out.strip()
        for name in order:
            code, out, err = run(capsys, "--db", str(db), "mentions", "import", incident_id, str(files[name]))
            assert code == 0, err
        assert _status_firings(capsys, db, incident_id) == expected, order
        if number in (0, 23):
            assert run(capsys, "--db", str(db), "verify")[0] == 0


# Rules changed after the fact, and what the log says.


def test_rules_changed_after_the_fact_re_derive_the_firings(database: Database, tmp_path: Path) -> None:
    incident = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", timezone="UTC")
    mention_service.import_file(database, incident, _generic_csv(tmp_path / "day.csv", DATA), author="Ana")
    assert _current(database, incident.id) == reference(DATA)
    held = {f.firing.fired_at: f.id for f in rules.firings(database, incident.id) if f.firing.rule_id == "assign"}
    first_assign = min(held)
    rules.acknowledge(database, held[first_assign], author="Maya")

    stricter = tuple(replace(r, more_than=6) if r.id == "assign" else r for r in DEFAULT_RULES)
    mention_service.save_rules(database, stricter, author="Ana")
    assert _current(database, incident.id) == reference(DATA, stricter)
    without_surge = tuple(replace(r, enabled=r.id != "surge") for r in stricter)
    mention_service.save_rules(database, without_surge, author="Ana")
    assert _current(database, incident.id) == reference(DATA, without_surge)
    assert {f.firing.rule_id for f in rules.firings(database, incident.id)} == {"assign", "activate"}

    # Back as they were: the same firings, the same acknowledgement.
    mention_service.save_rules(database, DEFAULT_RULES, author="Ana")
    assert _current(database, incident.id) == reference(DATA)
    again = {f.firing.fired_at: f for f in rules.firings(database, incident.id) if f.firing.rule_id == "assign"}
    assert again[first_assign].id == held[first_assign] and again[first_assign].acknowledged_at is not None
    revisions = [e for e in log.entries(database, incident.id) if "changed escalation rules" in e.text]
    assert revisions and all(e.author == rules.RULES_AUTHOR for e in revisions)


def _negatives(hour: int, minutes: list[int]) -> list[Row]:
    return [Row(DAY + timedelta(hours=hour, minutes=m), True, hour * 100 + m) for m in minutes]


def test_a_revision_is_one_plain_entry_per_change_and_none_when_nothing_changed(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    with open_database(db_path) as database:
        mention_service.save_rules(database, [r for r in DEFAULT_RULES if r.id == "assign"], author="Ana")
        incident = incidents.create(database, "Outage", category=Category.OPERATIONAL, author="Ana", timezone="UTC")

        def load(name: str, rows: list[Row]) -> list[str]:
            before = {e.id for e in log.entries(database, incident.id)}
            mention_service.import_file(database, incident, _generic_csv(tmp_path / name, rows), author="Ana")
            return [e.text for e in log.entries(database, incident.id) if e.id not in before and e.kind == "note"][1:]

        late = _negatives(15, [40, 42, 44, 46, 48, 49])
        assert load("brandwatch.csv", late) == []  # a new episode: its alert, no revision
        (alert,) = rules.firings(database, incident.id)
        assert alert.firing.fired_at == "2026-03-14T15:49:00.000Z"
        rules.acknowledge(database, alert.id, author="Maya")

        early = _negatives(14, [3, 5, 8, 11, 15, 18])
        assert load("talkwalker.csv", early) == [
            "With talkwalker.csv, “Assign to PR” crossed its line at 14:18; the 15:49 alert is part of that episode."
        ]
        (moved,) = rules.firings(database, incident.id)
        assert (moved.id, moved.firing.fired_at) == (alert.id, "2026-03-14T14:18:00.000Z")
        assert moved.acknowledged_at is not None  # the same episode: still acknowledged
        assert load("talkwalker-again.csv", early) == []  # all duplicates: nothing changed, nothing written
        assert rules.evaluate(database, incident.id) == []

        apart = _negatives(18, [10, 15, 20, 25, 26, 28])
        assert load("meltwater.csv", apart) == []  # 17:00 is quiet: a new episode
        bridge = _negatives(16, [1, 2, 3, 4, 5, 6]) + _negatives(17, [1, 2, 3, 4, 5, 6])
        assert load("tweets.csv", bridge) == [
            "With tweets.csv, “Assign to PR” crossed its line at 14:18; the 18:28 alert is part of that episode."
        ]
        (one,) = rules.firings(database, incident.id)
        assert (one.id, one.firing.episode_start, one.firing.episode_end) == (
            alert.id,
            "2026-03-14T14:00:00Z",
            "2026-03-14T18:00:00Z",
        )
        alerts = [e for e in log.entries(database, incident.id) if e.kind == "alert"]
        assert len(alerts) == 2  # the log keeps both alerts as they were
        assert rules.suggested_level(database, incident.id) == 2
        incident_id = incident.id
    status = json.loads(run(capsys, "--db", str(db_path), "status", incident_id, "--json")[1])
    assert [f["fired_at"] for f in status["firings"]] == ["2026-03-14T14:18:00.000Z"]
    code, _, err = run(capsys, "--db", str(db_path), "verify")
    assert code == 0, err
