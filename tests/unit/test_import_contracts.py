"""The layers of DESIGN.md hold: import-linter's contracts (pyproject.toml) are kept, and break when broken.

Each breaking case copies the package to a scratch folder, adds one wrong import and runs the same
checker there, so a contract that could never fail (a typo in a module name, a layer left out)
does not pass unnoticed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# import-linter's command, installed beside this Python by the test extras.
LINT_IMPORTS = str(Path(sys.executable).with_name("lint-imports"))


def _lint(where: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(where)}
    return subprocess.run(
        [LINT_IMPORTS, "--no-cache", "--config", str(where / "pyproject.toml")],
        cwd=where,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_the_contracts_are_kept() -> None:
    done = _lint(ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "broken" not in done.stdout.lower().replace("0 broken", "")


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    where = tmp_path_factory.mktemp("scratch")
    shutil.copytree(ROOT / "crisisroom", where / "crisisroom", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", where / "pyproject.toml")
    return where


@pytest.mark.parametrize(
    ("module", "line", "contract"),
    [
        ("crisisroom/commands/report.py", "import crisisroom.gui.app\n", "Entry points"),
        ("crisisroom/storage/log.py", "import crisisroom.services.reports\n", "Entry points"),
        ("crisisroom/domain/log.py", "import crisisroom.storage.log\n", "Entry points"),
        ("crisisroom/services/reports.py", "import crisisroom.gui.app\n", "Entry points"),
        ("crisisroom/reports/data.py", "from PySide6 import QtCore\n", "Qt only in gui"),
        ("crisisroom/printing/pdf.py", "import crisisroom.gui.app\n", "printing/ never"),
    ],
)
def test_a_wrong_import_breaks_a_contract(scratch: Path, module: str, line: str, contract: str) -> None:
    target = scratch / module
    original = target.read_text(encoding="utf-8")
    target.write_text(original + "\n" + line, encoding="utf-8")
    try:
        done = _lint(scratch)
    finally:
        target.write_text(original, encoding="utf-8")
    assert done.returncode != 0, done.stdout
    broken = done.stdout.split("Broken contracts", 1)[-1]
    assert contract in broken, done.stdout
