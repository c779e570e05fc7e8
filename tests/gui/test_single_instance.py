"""A second launch on the same database hands off to the first window and exits 0."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crisisroom.gui import single_instance

HELPER = Path(__file__).with_name("instance_helper.py")
ROOT = Path(__file__).resolve().parents[2]


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CRISISROOM_HOME=str(home), PYTHONPATH=str(ROOT))
    env.pop("CRISISROOM_DB", None)
    return env


def _start_first(db: Path, home: Path) -> subprocess.Popen[str]:
    first = subprocess.Popen(
        [sys.executable, str(HELPER), str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(home),
    )
    assert first.stdout is not None
    line = first.stdout.readline().strip()
    if line != "listening":
        first.kill()
        pytest.fail(f"the first instance did not start: {line!r} {first.stderr.read() if first.stderr else ''}")
    return first


def test_server_name_is_per_database_and_stable(tmp_path: Path) -> None:
    db = tmp_path / "a.sqlite"
    assert single_instance.server_name(db) == single_instance.server_name(tmp_path / "x" / ".." / "a.sqlite")
    assert single_instance.server_name(db) != single_instance.server_name(tmp_path / "b.sqlite")
    assert str(tmp_path) not in single_instance.server_name(db)  # no path (or user name) in the socket name


def test_second_launch_brings_the_first_forward_and_exits_0(tmp_path: Path, crisisroom_home: Path) -> None:
    db = tmp_path / "shared.sqlite"
    first = _start_first(db, crisisroom_home)
    try:
        started = time.monotonic()
        second = subprocess.run(
            [sys.executable, "-m", "crisisroom", "--db", str(db)],
            capture_output=True,
            text=True,
            env=_env(crisisroom_home),
            timeout=60,
        )
        took = time.monotonic() - started
        assert second.returncode == 0, second.stderr
        assert "already" not in second.stderr
        assert took < 20  # the import of Qt dominates; no window, no database
        assert not db.exists()  # the second launch never opened (or created) the database
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "raised minimized=False visible=True"
    finally:
        first.kill()
        first.communicate()


def test_a_crashed_instance_leaves_a_socket_that_is_recovered(
    qtbot: QtBot, tmp_path: Path, crisisroom_home: Path
) -> None:
    db = tmp_path / "crashed.sqlite"
    first = _start_first(db, crisisroom_home)
    first.send_signal(signal.SIGKILL)  # no chance to close its server: the socket file stays
    first.communicate()
    name = single_instance.server_name(db)
    started = time.monotonic()
    assert single_instance.hand_off(name) is False  # nobody answers: this launch goes on
    assert time.monotonic() - started < 2
    server = single_instance.InstanceServer()
    try:
        assert server.listen(name), "the stale socket was not removed"
        asked: list[bool] = []
        server.activation_requested.connect(lambda: asked.append(True))
        # A later launch now reaches this instance (a client in a thread of its own would block
        # the event loop the server needs, so the hand-off runs in a child process).
        later = subprocess.Popen(
            [
                sys.executable,
                "-c",
                f"import sys; from crisisroom.gui.single_instance import hand_off as h; sys.exit(1 - h({name!r}))",
            ],
            env=_env(crisisroom_home),
        )
        qtbot.waitUntil(lambda: later.poll() is not None, timeout=20_000)
        assert later.returncode == 0
        assert asked == [True]
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes leave no stale file to recover")
def test_listen_removes_a_stale_socket_file(qtbot: QtBot, tmp_path: Path) -> None:
    import socket as pysocket

    name = single_instance.server_name(tmp_path / "stale.sqlite")
    probe = single_instance.InstanceServer()
    assert probe.listen(name)
    path = probe._server.fullServerName()
    probe.close()
    # A socket file nobody listens on, as a killed process leaves it.
    stale = pysocket.socket(pysocket.AF_UNIX, pysocket.SOCK_STREAM)
    stale.bind(path)
    stale.close()
    assert Path(path).exists()
    assert single_instance.hand_off(name) is False
    server = single_instance.InstanceServer()
    try:
        assert server.listen(name)
    finally:
        server.close()
