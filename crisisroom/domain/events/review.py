"""Events of review (see :mod:`crisisroom.domain.events.base`)."""

from __future__ import annotations
