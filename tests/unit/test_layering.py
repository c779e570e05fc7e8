"""Architecture rules of DESIGN.md, checked on the source: Qt only in gui/ (and QtGui/QtCore in
printing/), arrows one way, the command line never loads the window's code."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "crisisroom"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")
# crisisroom/printing lays PDFs out with QTextDocument and QPdfWriter for the window and the command
# line alike: the one package outside gui/ that may import Qt, and only these two modules of it.
PRINTING_QT = ("PySide6.QtGui", "PySide6.QtCore")
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
        "printing",  # a report's PDF (services/reports.py), imported only when one is made
    },
    "printing": {"printing"},
}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            # ``from crisisroom import system`` imports the package crisisroom.system (and
            # ``from PySide6 import QtWidgets`` the module PySide6.QtWidgets).
            names.extend(
                f"{node.module}.{alias.name}" if node.module in ("crisisroom", *QT_MODULES) else node.module
                for alias in node.names
            )
    return names


def _sources(part: str) -> list[Path]:
    target = PACKAGE / part
    return sorted(target.rglob("*.py")) if target.is_dir() else [target.with_suffix(".py")]


def qt_leaks(package: Path) -> list[str]:
    """Qt imports outside ``package``/gui; in ``package``/printing, any Qt but QtGui and QtCore."""
    leaks = []
    for path in sorted(package.rglob("*.py")):
        parts = path.relative_to(package).parts
        if parts[0] == "gui":
            continue
        for name in _imports(path):
            if name.split(".")[0] not in QT_MODULES:
                continue
            if parts[0] == "printing" and any(name == m or name.startswith(f"{m}.") for m in PRINTING_QT):
                continue
            leaks.append(f"{path.relative_to(package.parent)} imports {name}")
    return leaks


def gui_imports(folder: Path) -> list[str]:
    """Imports of crisisroom.gui (or of anything in it) by the modules under ``folder``."""
    return [
        f"{path.relative_to(folder.parent)} imports {name}"
        for path in sorted(folder.rglob("*.py"))
        for name in _imports(path)
        if name == "crisisroom.gui" or name.startswith("crisisroom.gui.")
    ]


def test_no_qt_outside_gui_but_qtgui_in_printing() -> None:
    leaks = qt_leaks(PACKAGE)
    assert not leaks, "Qt imported outside crisisroom/gui (printing: QtGui and QtCore only):\n" + "\n".join(leaks)


def test_the_command_line_never_imports_the_window() -> None:
    """A command works where the window's code cannot load; what both need lives outside gui/."""
    found = gui_imports(PACKAGE / "commands")
    assert not found, "\n".join(found)


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


def test_the_qt_rule_can_fail(tmp_path: Path) -> None:
    """Widgets in printing/ and QtGui in the core are caught; QtGui and QtCore in printing/ and gui/ are not."""
    package = tmp_path / "crisisroom"
    for name, text in {
        "gui/window.py": "from PySide6.QtWidgets import QWidget\n",
        "printing/pdf.py": "from PySide6.QtGui import QPdfWriter\nfrom PySide6 import QtCore\n",
        "printing/dialog.py": "from PySide6.QtWidgets import QDialog\nimport PySide6.QtPrintSupport\n",
        "services/reports.py": "from PySide6.QtGui import QTextDocument\n",
    }.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text)
    assert sorted(qt_leaks(package)) == [
        "crisisroom/printing/dialog.py imports PySide6.QtPrintSupport",
        "crisisroom/printing/dialog.py imports PySide6.QtWidgets",
        "crisisroom/services/reports.py imports PySide6.QtGui",
    ]


def test_the_command_line_rule_can_fail(tmp_path: Path) -> None:
    """Every way of naming the window's code in a command is caught; a name that only starts alike is not."""
    commands = tmp_path / "crisisroom" / "commands"
    commands.mkdir(parents=True)
    (commands / "report.py").write_text(
        "def _pdf():\n    from crisisroom.gui.pdf import html_to_pdf\n"
        "from crisisroom import gui\nimport crisisroom.gui.app\nimport crisisroom.guide\n"
    )
    assert sorted(gui_imports(commands)) == [
        "commands/report.py imports crisisroom.gui",
        "commands/report.py imports crisisroom.gui.app",
        "commands/report.py imports crisisroom.gui.pdf",
    ]


def test_the_command_line_loads_no_chart_library_until_a_chart_is_drawn() -> None:
    """Every command registers at start; matplotlib (about a second to import) waits for a chart."""
    import subprocess
    import sys

    code = "import sys; from crisisroom import cli; cli.build_parser(); print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
