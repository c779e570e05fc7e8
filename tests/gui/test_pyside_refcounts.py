"""Guards against a Qt binding that leaks references to None or True (PySide6 6.12.0 on Python 3.11).

Such a leak aborts the whole app ("deallocating None") after a few thousand ordinary calls,
which in a crisis room means mid-incident. The calls run in a subprocess so a crash fails this
test instead of the test run.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QApplication, QLabel

    class Emitter(QObject):
        done = Signal(bool)

    app = QApplication([])
    label, emitter = QLabel(), Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20_000):
        label.setText("x")
        emitter.done.emit(True)
    print(sys.getrefcount(None) - none_before, sys.getrefcount(True) - true_before)
    """
)


@pytest.mark.slow
def test_void_calls_and_emits_do_not_leak_references() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=False,
    )
    assert done.returncode == 0, f"the Qt binding crashed the interpreter: {done.stderr[-500:]}"
    lost_none, lost_true = (int(x) for x in done.stdout.split())
    # Immortal objects (Python 3.12+) report a constant; 3.11 must not drift by thousands.
    assert lost_none > -1000 and lost_true > -1000, (lost_none, lost_true)
