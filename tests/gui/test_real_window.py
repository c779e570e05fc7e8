"""A real window on a real X server (Xvfb), drawn and photographed, as a person would see it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.conftest import need_real


@pytest.mark.real_display
def test_self_test_draws_a_real_window_under_xvfb(request: pytest.FixtureRequest, tmp_path: Path) -> None:
    try:
        xvfb = request.getfixturevalue("xvfb")  # pytest-xvfb's virtual X server, when Xvfb is installed
    except pytest.FixtureLookupError:
        xvfb = None
    if xvfb is None or not os.environ.get("DISPLAY"):
        need_real("no X server: install Xvfb (Debian: xvfb) to run the real-window test")
    shot = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}
    done = subprocess.run(
        [sys.executable, "-m", "crisisroom", "--self-test", "--screenshot", str(shot)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    timings = json.loads(done.stdout.strip().splitlines()[-1])
    assert timings["platform"] == "xcb" and timings["log_verified"] is True
    image = QImage(str(shot))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 500
    # A drawn dashboard has text, the gauge's colours and the table: many distinct colours, not a blank grab.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert len(colours) > 50
