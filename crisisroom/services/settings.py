"""The organisation's settings and its message templates: what Settings ▸ Organisation, the welcome
page, the template editor and ``crisisroom settings`` change.

Every change is one event in the organisation's part of the log (no incident), recorded and
applied by storage (``storage/organisation.py``, ``storage/templates.py``); a change that alters
what open incidents say or promise (the name statements sign with, the default update rhythm) is
also told in their logs. Each returns a :class:`~crisisroom.services.changes.Done`; the same
value again changes nothing and logs nothing (``Changes.NONE``).
"""

from __future__ import annotations

from crisisroom.domain.cadence import Cadence
from crisisroom.services.changes import Changes, Done
from crisisroom.storage import organisation, templates
from crisisroom.storage.database import Database
from crisisroom.storage.organisation import CADENCE, NAME, TIMEZONE, OrganisationSettings
from crisisroom.storage.templates import TemplateCatalogue, TemplateOverride

# What each setting changes besides the settings: the name signs statements and is told in open
# incidents' logs; the default rhythm sets when the next update is due there, and is told too.
_AFFECTS = {
    NAME: Changes.SETTINGS | Changes.STATEMENTS | Changes.LOG,
    TIMEZONE: Changes.SETTINGS,
    CADENCE: Changes.SETTINGS | Changes.STEPS | Changes.LOG,
}


def set_name(database: Database, name: str, *, author: str) -> Done[str]:
    """Set who statements speak for ("" clears it); returns the name as stored (tidied).

    Raises:
        InvalidInputError: over 200 characters, or control characters.
    """
    before = organisation.name(database)
    stored = organisation.set_name(database, name, author=author)
    return Done(stored, _AFFECTS[NAME] if stored != before else Changes.NONE)


def set_timezone(database: Database, zone: str, *, author: str) -> Done[str]:
    """Set the zone new incidents start in ("" follows this computer's); incidents keep theirs.

    Raises:
        InvalidInputError: not a time zone.
    """
    before = organisation.timezone_setting(database)
    stored = organisation.set_timezone(database, zone, author=author)
    return Done(stored, _AFFECTS[TIMEZONE] if stored != before else Changes.NONE)


def set_default_cadence(database: Database, cadence: Cadence, *, author: str) -> Done[Cadence]:
    """Set the update rhythm of incidents that have not set their own.

    Raises:
        InvalidInputError: a rhythm that cannot work.
    """
    before = organisation.default_cadence(database)
    stored = organisation.set_default_cadence(database, cadence, author=author)
    return Done(stored, _AFFECTS[CADENCE] if stored != before else Changes.NONE)


def set_value(database: Database, key: str, text: str, *, author: str) -> Done[OrganisationSettings]:
    """Set one setting from text, as the command line gives it (cadence as ``5,20,2,60``).

    Raises:
        InvalidInputError: an unknown key or a value it cannot take; nothing is changed.
    """
    before = organisation.load(database)
    after = organisation.set_value(database, key, text, author=author)
    return Done(after, _changes(before, after))


def save_organisation(
    database: Database, *, name: str, timezone: str, cadence: Cadence, author: str
) -> Done[OrganisationSettings]:
    """Store the organisation's name, home zone and default rhythm together: all of them or none.

    Raises:
        InvalidInputError: the first value that cannot be taken; nothing is changed.
    """
    with database.transaction():
        before = organisation.load(database)
        organisation.set_name(database, name, author=author)
        organisation.set_timezone(database, timezone, author=author)
        organisation.set_default_cadence(database, cadence, author=author)
        after = organisation.load(database)
    return Done(after, _changes(before, after))


def _changes(before: OrganisationSettings, after: OrganisationSettings) -> Changes:
    changes = Changes.NONE
    for key, was, now in (
        (NAME, before.name, after.name),
        (TIMEZONE, before.timezone, after.timezone),
        (CADENCE, before.cadence, after.cadence),
    ):
        if was != now:
            changes |= _AFFECTS[key]
    return changes


# --- Message templates ------------------------------------------------------------------------------


def save_template(
    database: Database, name: str, source: str, *, author: str, catalogue: TemplateCatalogue | None = None
) -> Done[TemplateOverride | None]:
    """Save the user's version of a message template, once it compiles and renders with sample data.

    A text equal to ours puts ours back instead (the value is then None). ``catalogue``: our
    templates (default: the ones we ship, ``MESSAGE_TEMPLATES``).

    Raises:
        TemplateProblem: the template does not compile or fails its trial render (naming the line).
        InvalidInputError: an unknown name, an empty or oversized text; nothing is saved.
    """
    # Here rather than at the top: the window's start-up does not pay for jinja2 (DESIGN.md, fast).
    from crisisroom.reports.statement_templates import MESSAGE_TEMPLATES, describe

    before = templates.get_override(database, name)
    saved = templates.save_override(
        database, name, source, catalogue or MESSAGE_TEMPLATES, author=author, label=describe(name).label
    )
    changed = before != saved
    return Done(saved, Changes.SETTINGS | Changes.STATEMENTS if changed else Changes.NONE)


def reset_template(database: Database, name: str, *, author: str) -> Done[bool]:
    """Forget the user's version of a template, so ours is used; the value says whether there was one."""
    from crisisroom.reports.statement_templates import describe

    had = templates.reset_to_shipped(database, name, author=author, label=describe(name).label)
    return Done(had, Changes.SETTINGS | Changes.STATEMENTS if had else Changes.NONE)
