"""Architecture rules of DESIGN.md, checked on the source: Qt only in gui/, arrows one way."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "crisisroom"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
# Which of our packages each core package may import (DESIGN.md: "Arrows point one way").
ALLOWED = {
    "domain": {"domain"},
    # storage signs the log with the device key it asks the keychain for (storage/signing.py).
    "storage": {"domain", "storage", "system", "secrets"},
    "importers": {"domain", "importers"},
    "secrets": {"domain", "secrets"},
    # i18n: the one process-wide choice of language (plain Python), which templates and scenarios follow.
    "i18n": {"i18n"},
    "reports": {"domain", "reports", "i18n"},
    "charts": {"domain", "charts", "i18n"},
    "system": {"system", "domain"},
    "drills": {"domain", "storage", "drills", "i18n"},
    "services": {
        "domain",
        "storage",
        "importers",
        "secrets",
        "reports",
        "charts",
        "drills",
        "exchange",
        "system",
        "i18n",
        "services",
    },
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            # ``from crisisroom import system`` imports the package crisisroom.system.
            names.extend(
                f"{node.module}.{alias.name}" if node.module == "crisisroom" else node.module for alias in node.names
            )
    return names


def _sources(part: str) -> list[Path]:
    target = PACKAGE / part
    return sorted(target.rglob("*.py")) if target.is_dir() else [target.with_suffix(".py")]


def test_no_qt_outside_gui() -> None:
    leaks = [
        f"{path.relative_to(PACKAGE.parent)} imports {name}"
        for path in PACKAGE.rglob("*.py")
        if "gui" not in path.relative_to(PACKAGE).parts
        for name in _imports(path)
        if name.split(".")[0] in QT_MODULES
    ]
    assert not leaks, "Qt imported outside crisisroom/gui:\n" + "\n".join(leaks)


@pytest.mark.parametrize("part", sorted(ALLOWED))
def test_core_imports_point_one_way(part: str) -> None:
    wrong = []
    for path in _sources(part):
        if not path.exists():
            continue
        for name in _imports(path):
            pieces = name.split(".")
            if pieces[0] == "crisisroom" and len(pieces) > 1 and pieces[1] not in ALLOWED[part]:
                wrong.append(f"{path.relative_to(PACKAGE.parent)} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_the_rule_itself_can_fail(tmp_path: Path) -> None:
    """Guard against a vacuous check: the parser does see a Qt import."""
    sample = tmp_path / "sample.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport crisisroom.gui.app\n")
    assert _imports(sample) == ["PySide6.QtCore", "crisisroom.gui.app"]


def test_the_command_line_loads_no_chart_library_until_a_chart_is_drawn() -> None:
    """Every command registers at start; matplotlib (about a second to import) waits for a chart."""
    import subprocess
    import sys

    code = "import sys; from crisisroom import cli; cli.build_parser(); print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
