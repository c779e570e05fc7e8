"""Every kind of state change, as typed and versioned log payloads, one module per area.

Importing this package registers them all (:func:`event_of` can then read any of them).
"""

from crisisroom.domain.events import (  # noqa: F401  (each module registers its events)
    checklist,
    drills,
    facts,
    incidents,
    mentions,
    notify,
    organisation,
    review,
    sharing,
    statements,
    steps,
)
from crisisroom.domain.events.base import Event, event_of, event_types

__all__ = ["Event", "event_of", "event_types"]
