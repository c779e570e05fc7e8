"""The shared folder on disk: where each file is, writing a file once, and what a scan finds.

Crisis Room writes only into its own subfolder (``<folder>/<device id>/``), only new files, each
under a temporary name that the syncing tools leave alone and then renamed; it never writes the
live database here (a syncing tool's last-writer rule would break it). Everything else in the
folder it only reads.
"""

from __future__ import annotations

import os
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

SHARE_FILE = "crisisroom-share.json"
JOIN_FILE = "join.json"
SEGMENT_SUFFIX = ".crseg"
_SEGMENT_NAME = re.compile(r"^([0-9]{6,})\.crseg$")
_WELCOME_NAME = re.compile(r"^welcome-([0-9a-f-]{36})\.json$")
_DEVICE_DIR = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
# What Syncthing (and others: Dropbox, Nextcloud) call a second version of a file both sides changed.
_CONFLICT = re.compile(r"(\.sync-conflict-|conflicted copy|\(conflict)", re.IGNORECASE)
DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3", ".db-wal", ".db-shm")


def segment_name(number: int) -> str:
    return f"{number:06d}{SEGMENT_SUFFIX}"


def welcome_name(device_id: str) -> str:
    return f"welcome-{device_id}.json"


@dataclass
class LaptopFolder:
    device_id: str
    path: Path
    join: Path | None = None
    welcomes: dict[str, Path] = field(default_factory=dict)  # for device id -> file
    segments: dict[int, Path] = field(default_factory=dict)  # number -> file


@dataclass
class Scan:
    laptops: dict[str, LaptopFolder] = field(default_factory=dict)
    conflicts: list[Path] = field(default_factory=list)


def scan(folder: Path) -> Scan:
    """What the shared folder holds now (files still being written under temporary names are skipped)."""
    found = Scan()
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return found
    for child in children:
        if _CONFLICT.search(child.name):
            found.conflicts.append(child)
            continue
        if not child.is_dir() or not _DEVICE_DIR.match(child.name):
            continue
        laptop = LaptopFolder(child.name, child)
        try:
            files = sorted(child.iterdir())
        except OSError:
            continue
        for item in files:
            name = item.name
            if _CONFLICT.search(name):
                found.conflicts.append(item)
            elif name == JOIN_FILE:
                laptop.join = item
            elif match := _WELCOME_NAME.match(name):
                laptop.welcomes[match.group(1)] = item
            elif match := _SEGMENT_NAME.match(name):
                laptop.segments[int(match.group(1))] = item
        found.laptops[child.name] = laptop
    return found


def write_once(path: Path, data: bytes) -> None:
    """Write a new file of the shared folder: under a temporary name, flushed to disk, then renamed.

    Raises:
        FileExistsError: a file of that name is there already (files of the folder never change).
        OSError: the folder cannot be written (full, read-only, gone).
    """
    if path.exists():
        raise FileExistsError(f"{path} is already in the shared folder")
    path.parent.mkdir(parents=True, exist_ok=True)
    # A leading "." and a ".tmp" end: the reader here passes such names by, and a folder set up through
    # Crisis Room's Syncthing offer ignores them ("(?d).*.tmp"); another tool may carry one briefly.
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(temporary, path)  # fails if the name appeared meanwhile, never replaces a file
        except FileExistsError:
            raise
        except OSError:
            # No hard links (a FAT or exFAT USB stick, some network shares): a rename, checked first.
            if path.exists():
                raise FileExistsError(f"{path} is already in the shared folder") from None
            os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    try:
        descriptor = os.open(path.parent, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def looks_like_database(folder: Path) -> Path | None:
    """A database file in the folder (the live database must never be in a synced folder)."""
    for suffix in DATABASE_SUFFIXES:
        for found in folder.glob(f"*{suffix}"):
            return found
    return None
