"""A writer process for tests/unit/test_processes.py: the app's own Database, written the way the window writes.

``python process_writer.py DB INCIDENT_ID BACKUP_DIR``: opens DB as the writer (``open_database``),
then appends log entries with ``crisisroom.storage.log.append``, and every few entries does what the
window's workers do: a read connection on a worker thread (``open_database(path, write=False)``)
running ``log.verify``, ``backups.auto_backup`` or ``backups.backup_to``, while the appends go on.

It prints ``READY <crisisroom.__file__>`` once the database is open, then ``ACK <n> <entry id>``
after each append has committed (the acknowledgement), flushed. ``WORKER <job> <outcome>`` reports
each worker job. It never stops by itself before ``--seconds`` (the test kills it with SIGKILL).
"""

from __future__ import annotations

import argparse
import itertools
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path

import crisisroom
from crisisroom.storage import backups, file_guard, log
from crisisroom.storage.database import Database, open_database

JOBS = ("verify", "auto_backup", "backup_to")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db", type=Path)
    parser.add_argument("incident")
    parser.add_argument("backup_dir", type=Path)
    parser.add_argument("--every", type=int, default=4, help="a worker-thread read after this many entries")
    parser.add_argument("--pause", type=float, default=0.02, help="seconds between entries")
    parser.add_argument("--seconds", type=float, default=60, help="a safety net: exit after this long")
    args = parser.parse_args()

    file_guard.install_from_environment()
    database = open_database(args.db)
    print(f"READY {crisisroom.__file__}", flush=True)
    say = threading.Lock()
    busy = threading.Event()  # one worker job at a time, like a window that is not flooded with checks

    def worker(job: str) -> None:
        try:
            with open_database(args.db, write=False) as reader:
                outcome = run_job(job, reader, args.backup_dir)
        except Exception as exc:  # reported, not fatal: the window shows such failures and goes on
            outcome = f"failed {type(exc).__name__}: {exc}"
        finally:
            busy.clear()
        with say:
            print(f"WORKER {job} {outcome}", flush=True)

    jobs = itertools.cycle(JOBS)
    deadline = time.monotonic() + args.seconds
    for n in itertools.count(1):
        if time.monotonic() > deadline:
            break
        entry = log.append(database, args.incident, f"process entry {n}", author="Writer process")
        with say:
            print(f"ACK {n} {entry.id}", flush=True)
        if n % args.every == 0 and not busy.is_set():
            busy.set()
            threading.Thread(target=worker, args=(next(jobs),), daemon=True).start()
        time.sleep(args.pause)
    database.close()
    return 0


def run_job(job: str, reader: Database, backup_dir: Path) -> str:
    if job == "verify":
        total, breaks = log.verify(reader)
        return f"{total} entries, {len(breaks)} breaks"
    if job == "auto_backup":
        made = backups.auto_backup(reader, keep=2, interval=timedelta(0))
        return f"made {made is not None}"
    backup_dir.mkdir(parents=True, exist_ok=True)
    backups.backup_to(reader, backup_dir)
    for old in sorted(backup_dir.glob("*.sqlite"))[:-2]:
        old.unlink(missing_ok=True)
    return "made True"


if __name__ == "__main__":
    sys.exit(main())
