"""Secret fields are drawn in a font that really is fixed-pitch, whatever "monospace" means on the computer."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from crisisroom.gui.widgets.secret_edit import SecretEdit, monospace_font


def _proportional_family(qapp: QApplication) -> str:
    family = QFontInfo(qapp.font()).family()
    if QFontInfo(QFont(family)).fixedPitch():
        pytest.skip(f"the interface font {family} is fixed-pitch here")
    return family


def test_a_secret_field_is_fixed_pitch_at_the_interface_size(qtbot: QtBot, qapp: QApplication) -> None:
    edit = SecretEdit()
    qtbot.addWidget(edit)
    assert QFontInfo(edit.font()).fixedPitch()
    assert QFontInfo(monospace_font(qapp.font())).fixedPitch()
    assert monospace_font(qapp.font()).pointSizeF() == qapp.font().pointSizeF()


def test_a_proportional_platform_fixed_font_is_replaced(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A platform whose "fixed" font is proportional (a fontconfig alias gone wrong) still gets fixed pitch."""
    family = _proportional_family(qapp)
    monkeypatch.setattr(QFontDatabase, "systemFont", staticmethod(lambda _which: QFont(family)))
    assert not QFontInfo(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)).fixedPitch()
    assert QFontInfo(monospace_font(qapp.font())).fixedPitch()
    edit = SecretEdit()
    qtbot.addWidget(edit)
    assert QFontInfo(edit.font()).fixedPitch()


CHILD = """
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication
app = QApplication([])
from crisisroom.gui.widgets.secret_edit import SecretEdit
print(QFontInfo(QFont("monospace")).fixedPitch(), QFontInfo(SecretEdit().font()).fixedPitch())
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig's monospace alias is Linux's")
def test_monospace_resolving_to_a_proportional_font_on_linux(qapp: QApplication, tmp_path: Path) -> None:
    """As on a Debian machine with extra fonts: fontconfig's "monospace" picks a proportional family."""
    system = Path("/etc/fonts/fonts.conf")
    if not system.is_file() or shutil.which("fc-match") is None:
        pytest.skip("no fontconfig configuration here")
    family = _proportional_family(qapp)
    config = tmp_path / "fonts.conf"
    config.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">{system}</include>
  <match target="pattern">
    <test name="family"><string>monospace</string></test>
    <edit name="family" mode="prepend" binding="strong"><string>{family}</string></edit>
  </match>
</fontconfig>
"""
    )
    env = {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr
    alias_fixed, secret_fixed = done.stdout.split()
    if alias_fixed == "True":
        pytest.skip("this fontconfig kept a fixed-pitch font for monospace")
    assert secret_fixed == "True"
