"""Architecture rules of DESIGN.md, checked on the source: Qt only in gui/ (and QtGui/QtCore in
printing/), arrows one way, the command line never loads the window's code, and the window changes
nothing but through a use case (no storage writer called from gui/)."""

from __future__ import annotations

import ast
import re
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
        "sharing",  # the shared folder's files (services/sharing.py)
        "__version__",  # the version a shared incident needs (crisisroom/__init__.py holds only that)
    },
    # The files of a shared folder: their format, keys and layout (the merge's SQL is storage/sharing.py).
    "sharing": {"domain", "sharing"},
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


# The window changes the record only through services/ (each use case returns a Done the window redraws
# from): no module of gui/ calls, or hands on, a function of storage/ that writes. Which functions write
# is read from storage/ itself, so a new writer is covered the day it is written.
DML = re.compile(r"^\s*(INSERT\s+(OR\s+\w+\s+)?INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM|REPLACE\s+INTO)\b")


def _storage_names(tree: ast.AST) -> tuple[dict[str, str], dict[str, tuple[str, str]]]:
    """The storage modules a module imports (local name -> module) and the functions it imports from them
    (local name -> (module, function))."""
    modules: dict[str, str] = {}
    functions: dict[str, tuple[str, str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module == "crisisroom.storage":
            modules.update((alias.asname or alias.name, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("crisisroom.storage."):
            module = node.module.split(".")[2]
            functions.update((alias.asname or alias.name, (module, alias.name)) for alias in node.names)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("crisisroom.storage.") and alias.asname:
                    modules[alias.asname] = alias.name.split(".")[2]
    return modules, functions


def storage_writers(package: Path) -> dict[str, set[str]]:
    """The functions of each storage module that write: they open a transaction, run an INSERT, UPDATE,
    DELETE or REPLACE, or call a function that does (in their module or another storage module)."""
    trees = {
        path.stem: ast.parse(path.read_text(encoding="utf-8")) for path in sorted((package / "storage").glob("*.py"))
    }
    found: dict[str, set[str]] = {module: set() for module in trees}

    def writes(
        function: ast.FunctionDef, module: str, imported: tuple[dict[str, str], dict[str, tuple[str, str]]]
    ) -> bool:
        modules, functions = imported
        for node in ast.walk(function):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and DML.match(node.value):
                return True
            if not isinstance(node, ast.Call):
                continue
            call = node.func
            if isinstance(call, ast.Attribute) and call.attr == "transaction":
                return True
            if isinstance(call, ast.Name):
                other, name = functions.get(call.id, (module, call.id))
                if name in found.get(other, set()):
                    return True
            if (
                isinstance(call, ast.Attribute)
                and isinstance(call.value, ast.Name)
                and call.attr in found.get(modules.get(call.value.id, ""), set())
            ):
                return True
        return False

    grown = True
    while grown:  # until no function is found to call one found before
        grown = False
        for module, tree in trees.items():
            imported = _storage_names(tree)
            for function in tree.body:
                new = isinstance(function, ast.FunctionDef) and function.name not in found[module]
                if new and writes(function, module, imported):
                    found[module].add(function.name)
                    grown = True
    return found


def gui_storage_writes(package: Path, part: str = "gui") -> list[str]:
    """Every place in ``package``/``part`` that calls, or names to call later, a storage writer."""
    writers = storage_writers(package)
    found = []
    for path in sorted((package / part).rglob("*.py")):
        if "forms" in path.parts or path.name == "resources_rc.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules, functions = _storage_names(tree)
        where = path.relative_to(package.parent)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.attr in writers.get(modules.get(node.value.id, ""), set())
            ):
                found.append(f"{where}:{node.lineno}: storage.{modules[node.value.id]}.{node.attr}")
        found.extend(
            f"{where}: imports storage.{module}.{name}"
            for module, name in functions.values()
            if name in writers.get(module, set())
        )
    return found


def test_the_window_writes_only_through_the_services() -> None:
    found = gui_storage_writes(PACKAGE)
    assert not found, "gui/ calls storage writers; go through a use case of services/:\n" + "\n".join(found)


def test_the_command_line_writes_only_through_the_services() -> None:
    found = gui_storage_writes(PACKAGE, "commands")
    assert not found, "commands/ calls storage writers; go through a use case of services/:\n" + "\n".join(found)


def test_the_storage_writers_are_found() -> None:
    """Guard against a vacuous check: the writers everyone knows are found, and readers are not."""
    writers = storage_writers(PACKAGE)
    for module, name in [
        ("events", "record"),
        ("log", "append"),
        ("log", "correct"),
        ("incidents", "create"),
        ("incidents", "set_level"),
        ("incidents", "resolve"),
        ("incidents", "reopen"),
        ("mentions", "import_mentions"),
        ("mentions", "add_mention"),
        ("mentions", "relabel"),
        ("rules", "acknowledge"),
        ("rules", "save"),
        ("rules", "evaluate"),
        ("team", "save"),
        ("team", "remove"),
        ("checklist", "write"),
        ("organisation", "set_name"),
        ("templates", "save_override"),
        ("backups", "restore"),
    ]:
        assert name in writers[module], f"storage.{module}.{name} is not seen to write"
    for module, name in [("incidents", "get"), ("log", "entries"), ("rules", "firings"), ("backups", "backup_to")]:
        assert name not in writers[module], f"storage.{module}.{name} only reads"


def test_the_storage_writer_rule_can_fail(tmp_path: Path) -> None:
    """Every way of reaching a writer from gui/ is caught; reading, and a method of the same name, are not."""
    package = tmp_path / "crisisroom"
    for name, text in {
        "storage/events.py": "def record(database):\n    with database.transaction():\n        pass\n",
        "storage/rules.py": (
            "from crisisroom.storage import events\n"
            "def acknowledge(database, firing_id):\n    events.record(database)\n"
            "def firings(database):\n    return database.conn.execute('SELECT * FROM rule_firings').fetchall()\n"
        ),
        "storage/log.py": (
            "def append(database, text):\n    database.conn.execute('INSERT INTO log_entries VALUES (?)', (text,))\n"
        ),
        "gui/window.py": (
            "from crisisroom.storage import rules\n"
            "from crisisroom.storage import log as log_store\n"
            "def acknowledge(database, firing_id):\n    rules.acknowledge(database, firing_id)\n"
            "def show(database, panel):\n    panel.rules.acknowledge()\n    return rules.firings(database)\n"
            "def later(database, run):\n    run(log_store.append)\n"
        ),
        "gui/dialog.py": (
            "from crisisroom.storage.events import record\n"
            "import crisisroom.storage.rules as r\n"
            "r.acknowledge(None, 1)\n"
        ),
    }.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text)
    assert storage_writers(package) == {"events": {"record"}, "rules": {"acknowledge"}, "log": {"append"}}
    assert gui_storage_writes(package) == [
        "crisisroom/gui/dialog.py:3: storage.rules.acknowledge",
        "crisisroom/gui/dialog.py: imports storage.events.record",
        "crisisroom/gui/window.py:4: storage.rules.acknowledge",
        "crisisroom/gui/window.py:9: storage.log.append",
    ]
