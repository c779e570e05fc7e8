"""Drill scenario files: every shipped one validates and plays headless; bad files name the line."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest

from crisisroom.domain.clock import from_iso, to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.drills import scenario
from tests.unit.test_cli import run

GOOD = """\
[scenario]
id = "tiny"
title = "Tiny drill"
briefing = "A short one."
type = "reputation"
brand = "Acme Kites"
starting_level = 2
duration = "1h"

[[injects]]
id = "burst"
at = "+00:00"
kind = "mentions"
count = 40
spread_minutes = 30
negative_share = 1.0
platforms = ["X"]
texts = ["{brand} kites snapped in {city}"]

[[injects]]
id = "recall"
at = "+00:40"
kind = "message"
from = "Quality"
channel = "email"
subject = "Recall"
body = "Recall the {brand} kites."

[[expectations]]
id = "notify"
description = "Crisis team notified within 10 minutes"
measure = "notified"
within = "+00:10"

[[expectations]]
id = "level"
description = "Level 4 within 15 minutes of the recall"
measure = "level_at_least"
value = 4
after = "recall"
within = "+00:15"
"""


def test_shipped_scenarios_are_six_or_more_and_cover_the_domain() -> None:
    found = {s.id: s for s in scenario.shipped()}
    assert {
        "viral-review",
        "data-breach",
        "platform-outage",
        "product-recall",
        "executive-statement",
        "offensive-post",
    } <= set(found)
    for s in found.values():
        assert s.injects and s.expectations
        assert all(i.at <= s.duration for i in s.injects)


def test_the_example_parses() -> None:
    parsed = scenario.parse(GOOD, "tiny.toml")
    assert [i.id for i in parsed.injects] == ["burst", "recall"]
    assert parsed.duration_minutes == 60
    assert parsed.expectations[1].value == 4


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (("brand = ", 'colour = "red"\nbrand = '), "unknown key 'colour'"),
        (("starting_level = 2", 'starting_level = "two"'), "starting_level"),
        (('at = "+00:40"', 'at = "40 minutes"'), "offset like"),
        (('at = "+00:40"', 'at = "+02:00"'), "after the drill ends"),
        (('after = "recall"', 'after = "nope"'), "unknown inject 'nope'"),
        (('kind = "message"', 'kind = "fax"'), "'kind' must be"),
        (("count = 40", "count = 40.5"), "'count'"),
        (("{city}", "{town}"), "unknown placeholder {town}"),
        (('measure = "notified"', 'measure = "vibes"'), "'measure' must be"),
        (('title = "Tiny drill"', 'title = "Tiny drill'), "not valid TOML"),
    ],
)
def test_invalid_files_name_the_line(change: tuple[str, str], words: str) -> None:
    text = GOOD.replace(change[0], change[1], 1)
    # The error must point at the line that was broken.
    line = 1 + text[: text.index(change[1])].count("\n")
    with pytest.raises(InvalidInputError) as caught:
        scenario.parse(text, "bad.toml")
    message = caught.value.message
    assert message.startswith(f"bad.toml, line {line}:"), message
    assert words in message


def test_missing_key_names_its_table() -> None:
    with pytest.raises(InvalidInputError, match=r"bad.toml, line 20: \[injects\[2\]\] needs 'body'"):
        scenario.parse(GOOD.replace('body = "Recall the {brand} kites."\n', ""), "bad.toml")


def test_drill_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "drill", "list", "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert len(listed) >= 6
    assert set(listed[0]) == {"id", "title", "type", "duration"}


@pytest.mark.parametrize("name", [s.id for s in scenario.shipped()])
def test_every_shipped_scenario_plays_headless(capsys: pytest.CaptureFixture[str], name: str) -> None:
    code, out, err = run(capsys, "drill", "run", name, "--headless", "--speed", "60", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert {"incident", "injects", "firings", "expectations"} <= set(report)
    assert len(report["injects"]) == len(scenario.find(name).injects)
    assert report["firings"], "every shipped scenario's bursts should trip at least one rule"
    assert all(not e["met"] for e in report["expectations"] if e["measure"] != "rule_fired")
    assert report["speed"] == 60


def test_headless_surge_fires_at_the_tenth_negative(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "tiny.toml"
    path.write_text(GOOD, encoding="utf-8")
    code, out, err = run(capsys, "drill", "run", str(path), "--headless", "--json")
    assert code == 0, err
    report = json.loads(out)
    start = report["injects"][0]["at"]
    assert start == report["start"]
    firings = {f["rule"]: f["fired_at"] for f in report["firings"]}
    # 40 posts over 30 minutes, one every 45 s. "assign" counts clock hours: it fires at the 6th post
    # of one clock hour (the burst may start just before an hour turns, as the start follows the
    # real clock); "surge" slides its 60 minutes, so it always fires at the 10th post.
    begin = from_iso(start)
    posts = [begin + timedelta(seconds=45 * n) for n in range(40)]
    sixth_in_an_hour = next(
        post for n, post in enumerate(posts) if sum(1 for p in posts[: n + 1] if p.hour == post.hour) == 6
    )
    assert firings["assign"] == to_iso(sixth_in_an_hour)
    assert firings["surge"] == to_iso(posts[9])
    assert [e["met"] for e in report["expectations"]] == [False, False]


def test_drills_stay_out_of_the_incident_list(capsys: pytest.CaptureFixture[str]) -> None:
    drill = json.loads(run(capsys, "drill", "run", "offensive-post", "--headless", "--json")[1])["incident"]
    assert json.loads(run(capsys, "incident", "list", "--json")[1]) == []
    listed = json.loads(run(capsys, "incident", "list", "--drills", "--json")[1])
    assert [(i["id"], i["is_drill"]) for i in listed] == [(drill, True)]


def test_bad_input_exits_2_with_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(GOOD.replace('after = "recall"', 'after = "nope"'), encoding="utf-8")
    for args in (("drill", "run", str(bad), "--headless"), ("drill", "run", "no-such-drill", "--headless")):
        code, out, err = run(capsys, *args)
        assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    code, _, err = run(capsys, "drill", "run", "viral-review", "--headless", "--speed", "100")
    assert code == 2 and "speed" in err


def test_drills_core_has_no_qt_and_points_one_way() -> None:
    from tests.unit.test_layering import PACKAGE, _imports

    for path in (PACKAGE / "drills").rglob("*.py"):
        for name in _imports(path):
            pieces = name.split(".")
            assert pieces[0] not in ("PySide6", "shiboken6")
            if pieces[0] == "crisisroom":
                assert pieces[1] in {"domain", "storage", "drills", "i18n"}, f"{path} imports {name}"
