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
    "storage": {"domain", "storage", "paths", "secrets"},
    "importers": {"domain", "importers"},
    "secrets": {"domain", "secrets"},
    # languages: the one process-wide choice of language (plain Python), which templates and scenarios follow,
    # and the translation hook for core labels, which it shares with domain.text (the bottom layer).
    "languages": set(),
    "reports": {"domain", "reports", "languages"},
    "charts": {"domain", "charts", "languages"},
    "paths": set(),
    # The vault's one service, shared by the CLI and the window: the core parts, never gui or commands.
    "vault_service": {"domain", "storage", "secrets", "files"},
    # report_service also reads a drill's scoring (drills: domain and storage only) for the after-action report,
    # and the Next list (next_steps_service) that opens the situation report.
    "report_service": {
        "domain",
        "storage",
        "reports",
        "charts",
        "drills",
        "files",
        "paths",
        "languages",
        "next_steps_service",
    },
    # The Next list's facts, shared by the window, `status` and the situation report; a drill's clock from drills.
    "next_steps_service": {"domain", "storage", "drills"},
    "drills": {"domain", "storage", "drills", "languages"},
    "mention_import": {"domain", "storage", "importers"},
    # Drafting statements from the incident's records, shared by the Message step and `crisisroom statement`.
    "statement_service": {"domain", "storage", "reports", "languages"},
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            # ``from crisisroom import languages`` imports the module crisisroom.languages.
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
