"""Events of notify (see :mod:`crisisroom.domain.events.base`)."""

from __future__ import annotations
