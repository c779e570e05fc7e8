"""The Linux desktop integration files: valid for the freedesktop tools, and about this app.

The validators (``desktop-file-validate`` from desktop-file-utils, ``appstreamcli`` from appstream)
are run when installed; CI installs both and sets CRISISROOM_REQUIRE_REAL=1, so they never skip there.
"""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from crisisroom import __version__
from crisisroom.gui.app import DESKTOP_ID
from tests.conftest import need_real

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
DESKTOP_FILE = PACKAGING / "linux" / f"{DESKTOP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{DESKTOP_ID}.metainfo.xml"
FLATPAK = PACKAGING / "flatpak" / f"{DESKTOP_ID}.yml"
HICOLOR = PACKAGING / "icons" / "hicolor"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def console_script() -> str:
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    names = [name for name, target in scripts.items() if target == "crisisroom.cli:main"]
    assert len(names) == 1, scripts
    return names[0]


def run_validator(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(tool) is None:
        need_real(f"{tool} is not installed (Debian: apt install desktop-file-utils appstream)")
    return subprocess.run([tool, *args], capture_output=True, text=True, timeout=60, check=False)


def test_desktop_file_passes_desktop_file_validate() -> None:
    done = run_validator("desktop-file-validate", str(DESKTOP_FILE))
    report = done.stdout + done.stderr
    assert done.returncode == 0 and "error:" not in report, report


def test_metainfo_passes_appstreamcli_validate() -> None:
    done = run_validator("appstreamcli", "validate", "--no-net", str(METAINFO))
    # Pedantic remarks and infos do not fail the validation; errors and warnings do.
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_file_starts_this_app_with_its_icon() -> None:
    entry = desktop_entry()
    assert DESKTOP_FILE.stem == DESKTOP_ID  # what QGuiApplication.setDesktopFileName names
    assert entry["Type"] == "Application" and entry["Name"] == "Crisis Room"
    assert shlex.split(entry["Exec"])[0] == console_script() == "crisisroom"
    assert entry["TryExec"] == console_script()
    assert entry["Icon"] == DESKTOP_ID
    assert entry["Terminal"] == "false"
    # Each translated key has an English original; the languages are the ones the app ships.
    translated = {key for key in entry if "[" in key}
    assert {key.split("[")[0] for key in translated} <= set(entry)
    assert {re.sub(r".*\[(.*)\]", r"\1", key) for key in translated} == {"sv", "fr"}


def test_metainfo_names_this_app_and_this_version() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == DESKTOP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == console_script()
    releases = component.findall("releases/release")
    assert releases, "no release listed"
    assert releases[0].get("version") == __version__, "the newest release must be the version in crisisroom/__init__.py"
    assert component.find("content_rating") is not None
    images = [image.text or "" for image in component.iterfind("screenshots/screenshot/image")]
    assert images
    for url in images:
        assert url.startswith("https://")
        assert (PACKAGING / "screenshots" / url.rsplit("/", 1)[-1]).is_file(), f"{url} is not in packaging/screenshots/"


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("size", ICON_SIZES)
def test_hicolor_png_icons_have_their_size(size: int) -> None:
    assert png_size(HICOLOR / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png") == (size, size)


def test_scalable_icon_is_the_app_icon() -> None:
    scalable = HICOLOR / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "crisisroom.svg").read_bytes(), (
        "run python packaging/make_icons.py"
    )


def test_flatpak_manifest_installs_this_app() -> None:
    text = FLATPAK.read_text(encoding="utf-8")
    assert re.search(rf"^app-id: {re.escape(DESKTOP_ID)}$", text, re.M)
    assert re.search(rf"^command: {re.escape(console_script())}$", text, re.M)
    permissions = set(re.findall(r"^\s*- (--[a-z-]+=\S+)$", text, re.M))
    assert "--share=network" not in permissions  # everything works offline; the sandbox says so
    assert {"--talk-name=org.freedesktop.secrets", "--talk-name=org.freedesktop.Notifications"} <= permissions
    assert {"--socket=wayland", "--socket=fallback-x11", "--share=ipc"} <= permissions
    for installed in (DESKTOP_FILE.name, METAINFO.name, f"{DESKTOP_ID}.svg"):
        assert installed in text, f"the Flatpak does not install {installed}"
