"""Events of the record kept beside the steps: facts and their checking, media coverage.

See :mod:`crisisroom.domain.events.base`.
"""

from __future__ import annotations
