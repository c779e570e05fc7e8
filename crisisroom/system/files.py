"""Writing a user's file whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from crisisroom.domain.errors import UserError


def write_atomically(path: Path, data: bytes, *, what: str) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename it.

    A full disk or a crash leaves the old file (or none), never half of the new one. The file is
    readable by its owner only, like everything else Crisis Room writes: exports hold people's
    phone numbers and addresses.

    Args:
        path: the file to create or replace.
        data: its whole contents.
        what: what the file is, for the error message (``"the team export"``).

    Raises:
        UserError: the file cannot be written; nothing was changed.
    """
    path = Path(path)
    try:
        handle, temp = tempfile.mkstemp(prefix=".crisisroom-", suffix=".partial", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise
    except OSError as exc:
        raise UserError(f"{path} could not be written ({exc.strerror or exc}); {what} was not saved") from None
