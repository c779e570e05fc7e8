"""``--self-test`` never hangs: the welcome page of a file without an incident, and a watchdog for the rest."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crisisroom.storage.database import open_database


def _self_test(tmp_path: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run ``crisisroom --self-test`` in a child process; a hang fails the test instead of stalling it."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("CRISISROOM_SELF_TEST")}
    environment.update(QT_QPA_PLATFORM="offscreen", CRISISROOM_HOME=str(tmp_path / "home"), **env)
    try:
        return subprocess.run(
            [sys.executable, "-m", "crisisroom", "--self-test", *args],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"the self-test was still running after {exc.timeout} s: {exc.stderr!r}")


@pytest.mark.parametrize("made", [True, False], ids=["empty-database", "new-file"])
def test_a_database_without_an_incident_draws_the_welcome_page(tmp_path: Path, made: bool) -> None:
    path = tmp_path / "empty.sqlite"
    if made:
        open_database(path).close()
    done = _self_test(tmp_path, "--db", str(path))
    assert done.returncode == 0, done.stderr
    timings = json.loads(done.stdout.strip().splitlines()[-1])
    assert timings["page"] == "welcome" and timings["log_verified"] is True
    assert timings["open_database_ms"] <= timings["window_shown_ms"] <= timings["dashboard_drawn_ms"]


def test_the_watchdog_ends_a_step_that_never_finishes_and_names_it(tmp_path: Path) -> None:
    done = _self_test(tmp_path, CRISISROOM_SELF_TEST_TIMEOUT="3", CRISISROOM_SELF_TEST_STALL="log-check")
    assert done.returncode == 1
    assert done.stdout.strip() == ""  # no timings: the window was never drawn
    message = [line for line in done.stderr.splitlines() if line.startswith("crisisroom:")]
    assert message == ["crisisroom: self-test timed out after 3 s: 'checking the log' never finished"]


def test_a_stuck_event_loop_is_ended_by_the_last_resort(tmp_path: Path) -> None:
    """The GUI thread never comes back, so no QTimer can fire: the watchdog's thread ends the process."""
    done = _self_test(tmp_path, CRISISROOM_SELF_TEST_TIMEOUT="5", CRISISROOM_SELF_TEST_STALL="draw")
    assert done.returncode == 1
    message = [line for line in done.stderr.splitlines() if line.startswith("crisisroom:")]
    assert message == ["crisisroom: self-test timed out after 5 s: 'drawing the window' never finished"]
