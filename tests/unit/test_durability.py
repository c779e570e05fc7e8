"""Nothing acknowledged is ever lost: a writer killed with SIGKILL mid-append keeps every acknowledged entry."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from crisisroom.storage import evidence, log
from crisisroom.storage.database import open_database

WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from crisisroom.domain.incidents import Category
    from crisisroom.storage import incidents, log
    from crisisroom.storage.database import open_database

    db = open_database(Path(sys.argv[1]))
    incident = incidents.create(db, "Kill test", category=Category.OPERATIONAL, author="Writer")
    print("incident", incident.id, flush=True)
    n = 0
    while True:
        entry = log.append(db, incident.id, f"entry {n} " + "z" * (n % 500), author="Writer")
        # Printed only after append() returned, i.e. after COMMIT: this is the acknowledgement.
        print("ack", entry.id, flush=True)
        n += 1
    """
)


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
@pytest.mark.parametrize("round_", range(3))
def test_sigkill_while_appending_keeps_every_acknowledged_entry(tmp_path: Path, round_: int) -> None:
    db_path = tmp_path / "kill.sqlite"
    stop_after = random.Random(round_).randint(20, 400)
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(db_path)], stdout=subprocess.PIPE, text=True, env=os.environ.copy()
    )
    assert writer.stdout is not None
    acknowledged: list[str] = []
    incident_id = None
    try:
        for line in writer.stdout:
            word, value = line.split()
            if word == "incident":
                incident_id = value
                continue
            acknowledged.append(value)
            if len(acknowledged) >= stop_after:
                writer.send_signal(signal.SIGKILL)
                break
    finally:
        writer.kill()
        writer.wait(timeout=30)
        writer.stdout.close()
    assert writer.returncode == -signal.SIGKILL
    assert incident_id is not None
    # The lock died with the process: a new writer opens the file straight away.
    with open_database(db_path) as db:
        stored = {entry.id for entry in log.entries(db, incident_id)}
        missing = [entry_id for entry_id in acknowledged if entry_id not in stored]
        assert not missing, f"{len(missing)} acknowledged entries lost"
        # Chains, signatures, the register and this computer's record of heads (written after each
        # commit, so at most one entry behind the file after a kill, never ahead of it).
        checked = evidence.examine(db)
        assert checked.breaks == []
        assert checked.entries >= len(acknowledged) + 1
