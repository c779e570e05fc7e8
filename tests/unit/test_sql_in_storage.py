"""SQL lives in crisisroom/storage only: no other module runs a statement or holds one.

Checked on the source, like the import contracts: a call of ``execute``, ``executemany``,
``executescript`` or ``query`` on anything, or a string that reads as a SQL statement, outside
storage/ fails with its file and line.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "crisisroom"
CALLS = {"execute", "executemany", "executescript", "query"}
STATEMENT = re.compile(
    r"^\s*(SELECT\s.+\sFROM\s|INSERT\s+INTO\s|UPDATE\s+\w+\s+SET\s|DELETE\s+FROM\s|CREATE\s+TABLE\s)", re.S
)


def _sql_in(path: Path, root: Path = PACKAGE.parent) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in CALLS:
            found.append(f"{path.relative_to(root)}:{node.lineno} calls .{node.func.attr}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and STATEMENT.match(node.value):
            found.append(f"{path.relative_to(root)}:{node.lineno} holds SQL: {node.value.strip()[:60]!r}")
    return found


def test_no_sql_outside_storage() -> None:
    outside = [
        line
        for path in sorted(PACKAGE.rglob("*.py"))
        if "storage" not in path.relative_to(PACKAGE).parts
        and "forms" not in path.relative_to(PACKAGE).parts
        and path.name != "resources_rc.py"
        for line in _sql_in(path)
    ]
    assert not outside, "SQL outside crisisroom/storage:\n" + "\n".join(outside)


def test_the_rule_can_fail(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'def f(database):\n    return database.query("SELECT id FROM incidents WHERE level > 3")\n', encoding="utf-8"
    )
    assert _sql_in(sample, tmp_path) == [
        "sample.py:2 calls .query()",
        "sample.py:2 holds SQL: 'SELECT id FROM incidents WHERE level > 3'",
    ]
