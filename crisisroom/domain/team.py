"""The crisis team: who holds which role, how to reach them, who stands in, and at which levels they are called.

A person's own levels say when the roster calls them whatever the crisis; the chain of command of an
incident adds the holders of the roles its crisis type and level need (:mod:`crisisroom.domain.chain`).
Either way people are listed in the order of their most senior role in :data:`ROLES` (the crisis
lead first), each with the backup to try when they cannot be reached. Nothing here knows about
storage or files; the roster is a plain list of :class:`Person`, validated as a whole by
:func:`validate_roster`.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.severity import LEVELS
from crisisroom.domain.text import QT_TRANSLATE_NOOP

MAX_NAME = 120
MAX_PHONE = 40
MAX_EMAIL = 254  # RFC 5321's limit on a forward path
MAX_NOTES = 2_000
LEVEL_NUMBERS: tuple[int, ...] = tuple(lvl.number for lvl in LEVELS)

_EMAIL = re.compile(r"^[^@\s,;<>\"]+@[^@\s,;<>\"]+\.[^@\s,;<>\"]+$")
# Phone numbers are written every way there is (+44 20 7946 0000, (555) 010-0199, 030/1234-56,
# 0612 34 56 78 ext. 12), so only the characters are checked, plus enough digits to dial.
_PHONE = re.compile(r"^\+?[0-9 ()./\-]+(?:\s*(?:ext\.?|x|#)\s*[0-9]+)?$", re.IGNORECASE)
_MIN_PHONE_DIGITS = 3
# Control characters (NUL, escape…) have no place in a name or an address; a tab in notes is fine.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True)
class Role:
    """A role in the crisis team.

    Attributes:
        key: the stable key stored in the database and exports (``"crisis-lead"``).
        label: the name people read (``"Crisis lead"``).
        duty: what the role does in a crisis, in a sentence.
        aliases: other names people use for it, accepted when importing.
    """

    key: str
    label: str
    duty: str
    aliases: tuple[str, ...] = ()


# In chain-of-command order: the call sheet and the chain list people by their first role here.
ROLES: tuple[Role, ...] = (
    Role(
        "crisis-lead",
        QT_TRANSLATE_NOOP("Roles", "Crisis lead"),
        QT_TRANSLATE_NOOP("Roles", "Incident commander: owns the response, decides and delegates."),
        ("incident commander", "commander", "ic", "crisis manager", "incident lead"),
    ),
    Role(
        "scribe",
        QT_TRANSLATE_NOOP("Roles", "Scribe"),
        QT_TRANSLATE_NOOP("Roles", "Keeps the crisis log: who did what, and when."),
        ("note taker", "notetaker", "log keeper", "recorder"),
    ),
    Role(
        "spokesperson",
        QT_TRANSLATE_NOOP("Roles", "Spokesperson"),
        QT_TRANSLATE_NOOP("Roles", "The one voice that speaks for the organisation in public."),
        ("spokesman", "spokeswoman", "press spokesperson"),
    ),
    Role(
        "pr-officer",
        QT_TRANSLATE_NOOP("Roles", "PR / media officer"),
        QT_TRANSLATE_NOOP("Roles", "Handles journalists and press statements."),
        ("pr officer", "media officer", "pr/media officer", "pr manager", "pr lead", "press officer", "pr", "media"),
    ),
    Role(
        "social-officer",
        QT_TRANSLATE_NOOP("Roles", "Social media officer"),
        QT_TRANSLATE_NOOP("Roles", "Watches mentions and sentiment; pauses and restarts scheduled posts."),
        ("social officer", "social media manager", "community manager", "social"),
    ),
    Role(
        "support-lead",
        QT_TRANSLATE_NOOP("Roles", "Customer support lead"),
        QT_TRANSLATE_NOOP("Roles", "Briefs the support team and answers customers."),
        ("support lead", "customer support", "support director", "customer service lead", "support"),
    ),
    Role(
        "security",
        QT_TRANSLATE_NOOP("Roles", "Security lead"),
        QT_TRANSLATE_NOOP("Roles", "Handles hacks and leaks; secures the accounts."),
        ("security", "it security", "ciso", "security officer"),
    ),
    Role(
        "legal",
        QT_TRANSLATE_NOOP("Roles", "Legal counsel"),
        QT_TRANSLATE_NOOP("Roles", "Checks statements and advises on legal exposure."),
        ("legal", "lawyer", "counsel", "general counsel"),
    ),
    # The roles a crisis type brings in (domain.md, "Roles"): a breach the data-protection officer,
    # a recall quality and product safety, an outage the owner of the service that failed.
    Role(
        "dpo",
        QT_TRANSLATE_NOOP("Roles", "Data protection officer"),
        QT_TRANSLATE_NOOP("Roles", "Judges whether personal data is involved and what the regulator must be told."),
        ("data protection officer", "data protection", "privacy officer", "privacy lead", "privacy"),
    ),
    Role(
        "quality-safety",
        QT_TRANSLATE_NOOP("Roles", "Quality and product safety"),
        QT_TRANSLATE_NOOP("Roles", "Judges whether a product is unsafe; runs a recall with the authorities."),
        (
            "quality/safety",
            "quality / safety",
            "quality and safety",
            "quality & safety",
            "quality/product safety",
            "product safety",
            "quality",
            "quality assurance",
            "qa",
            "quality manager",
            "quality lead",
        ),
    ),
    Role(
        "service-owner",
        QT_TRANSLATE_NOOP("Roles", "Service owner"),
        QT_TRANSLATE_NOOP("Roles", "Owns the service that failed: what broke, and when it will work again."),
        ("service manager", "operations lead", "operations manager", "head of operations", "it operations"),
    ),
    Role(
        "executive-approver",
        QT_TRANSLATE_NOOP("Roles", "Executive approver"),
        QT_TRANSLATE_NOOP("Roles", "Approves statements before they are released."),
        ("approver", "executive", "exec approver"),
    ),
    Role(
        "cmo",
        QT_TRANSLATE_NOOP("Roles", "CMO"),
        QT_TRANSLATE_NOOP("Roles", "Chief marketing officer: owns the brand's response."),
        ("chief marketing officer",),
    ),
    Role(
        "ceo",
        QT_TRANSLATE_NOOP("Roles", "CEO"),
        QT_TRANSLATE_NOOP("Roles", "Chief executive: speaks for the company when it is most serious."),
        ("chief executive",),
    ),
)
ROLE_KEYS: tuple[str, ...] = tuple(r.key for r in ROLES)
_ROLE_BY_KEY: Mapping[str, Role] = {r.key: r for r in ROLES}
_ROLE_RANK: Mapping[str, int] = {r.key: i for i, r in enumerate(ROLES)}


def _folded(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").split()).casefold()


_ROLE_BY_NAME: Mapping[str, Role] = {_folded(name): r for r in ROLES for name in (r.key, r.label, *r.aliases)}


def role(key: str) -> Role:
    """The role with this key.

    Raises:
        InvalidInputError: for a key that is not one of :data:`ROLE_KEYS`.
    """
    try:
        return _ROLE_BY_KEY[key]
    except KeyError:
        raise InvalidInputError(f"unknown role {key!r}") from None


def find_role(text: str) -> Role | None:
    """The role named by a key, label or common alias, in any case (``"PR manager"`` → PR / media officer)."""
    return _ROLE_BY_NAME.get(_folded(text))


def parse_role(text: str) -> Role:
    """Like :func:`find_role`, for input that must name a role.

    Raises:
        InvalidInputError: naming the roles there are.
    """
    found = find_role(text)
    if found is None:
        raise InvalidInputError(f"unknown role {text.strip()!r}; the roles are: {', '.join(r.label for r in ROLES)}")
    return found


def role_labels(keys: Iterable[str]) -> str:
    """``"Crisis lead, Spokesperson"``; an unknown key is shown as it is rather than hidden."""
    return ", ".join(_ROLE_BY_KEY[k].label if k in _ROLE_BY_KEY else k for k in keys)


def format_levels(levels: Iterable[int], separator: str = ";") -> str:
    """``(3, 4, 5)`` → ``"3;4;5"``; the form exports use (and :func:`parse_levels` reads)."""
    return separator.join(str(n) for n in sorted(set(levels)))


def parse_levels(text: str) -> tuple[int, ...]:
    """Read levels as people type them: ``"3;4;5"``, ``"3, 4, 5"``, ``"3-5"``, ``"3 4 5"`` or empty.

    Raises:
        InvalidInputError: for anything that is not a level 1 to 5 or a range of them.
    """
    found: set[int] = set()
    for part in re.split(r"[;,\s]+", text.strip()):
        if not part:
            continue
        bounds = re.fullmatch(r"([0-9]+)(?:-|–|\.\.)([0-9]+)", part)
        single = re.fullmatch(r"[0-9]+", part)  # not str.isdigit(): it accepts "²", which int() refuses
        numbers = range(int(bounds[1]), int(bounds[2]) + 1) if bounds else [int(part)] if single else None
        if numbers is None or not numbers or any(n not in LEVEL_NUMBERS for n in numbers):
            raise InvalidInputError(f"levels must be numbers from 1 to 5 (like 3;4;5 or 3-5), not {part!r}")
        found.update(numbers)
    return tuple(sorted(found))


def new_person_id() -> str:
    """A fresh id for a person who is not stored yet."""
    return str(uuid.uuid4())


def describe_levels(levels: Iterable[int]) -> str:
    """Levels compactly for a table cell: ``(3, 4, 5)`` → ``"3–5"``, ``(1, 3, 4)`` → ``"1, 3, 4"``, none → ``""``."""
    runs: list[list[int]] = []
    for number in sorted(set(levels)):
        if runs and number == runs[-1][-1] + 1:
            runs[-1].append(number)
        else:
            runs.append([number])
    # A dash only pays off from three levels on: "3, 4" reads better than "3–4".
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs)


@dataclass(frozen=True)
class Person:
    """One member of the crisis team.

    Attributes:
        id: a stable id (UUID text) that other records may point at.
        name: how the team knows them; unique in a roster (ignoring case).
        roles: role keys from :data:`ROLES`, in chain-of-command order.
        phone: the number to call in a crisis, as written (may be empty).
        email: the address for alerts (may be empty).
        backup_id: the id of the person to try when this one cannot be reached.
        levels: the severity levels at which this person is called, ascending.
        notes: free text (hours, time zone, "call, don't text"…).
    """

    id: str
    name: str
    roles: tuple[str, ...] = ()
    phone: str = ""
    email: str = ""
    backup_id: str | None = None
    levels: tuple[int, ...] = ()
    notes: str = ""

    @property
    def role_labels(self) -> str:
        """The roles as people read them: ``"Crisis lead, Spokesperson"``."""
        return role_labels(self.roles)

    @property
    def rank(self) -> int:
        """Position in the chain of command: the index of the most senior role; no role comes last."""
        return min((_ROLE_RANK.get(k, len(ROLES)) for k in self.roles), default=len(ROLES))

    def is_called_at(self, level: int) -> bool:
        return level in self.levels

    def validate(self) -> Person:
        """Check one person and return a tidied copy (spaces collapsed, roles and levels in order).

        Raises:
            InvalidInputError: with a message naming the person and what to fix.
        """
        name = " ".join(self.name.split())
        if not name:
            raise InvalidInputError("every person needs a name")
        if len(name) > MAX_NAME:
            raise InvalidInputError(f"the name {name[:40]!r}… is longer than {MAX_NAME} characters")
        notes = self.notes.replace("\r\n", "\n").replace("\r", "\n").strip()
        if _CONTROL.search(name) or _CONTROL.search(self.email) or _CONTROL.search(notes):
            raise InvalidInputError(f"the details of {name!r} contain invisible control characters; retype them")
        phone = " ".join(self.phone.split())
        if phone:
            digits = sum(c.isdigit() for c in phone)
            if len(phone) > MAX_PHONE or not _PHONE.match(phone) or digits < _MIN_PHONE_DIGITS:
                raise InvalidInputError(
                    f"the phone number of {name} ({phone!r}) is not one a phone can dial; use digits, spaces, "
                    "+ - ( ) . / and an extension if needed, like +44 20 7946 0000 ext 12"
                )
        email = self.email.strip()
        if email and (len(email) > MAX_EMAIL or not _EMAIL.match(email)):
            raise InvalidInputError(f"the e-mail address of {name} ({email!r}) does not look like name@example.org")
        unknown = [k for k in self.roles if k not in _ROLE_BY_KEY]
        if unknown:
            raise InvalidInputError(f"{name} has an unknown role {unknown[0]!r}")
        bad_levels = [n for n in self.levels if n not in LEVEL_NUMBERS]
        if bad_levels:
            raise InvalidInputError(f"{name} is called at level {bad_levels[0]}, but levels go from 1 to 5")
        if self.backup_id is not None and self.backup_id == self.id:
            raise InvalidInputError(f"{name} cannot be their own backup")
        if len(notes) > MAX_NOTES:
            raise InvalidInputError(f"the notes for {name} are longer than {MAX_NOTES} characters")
        if not self.id.strip():
            raise InvalidInputError(f"{name} has no id")
        return replace(
            self,
            name=name,
            phone=phone,
            email=email,
            roles=tuple(k for k in ROLE_KEYS if k in self.roles),
            levels=tuple(sorted(set(self.levels))),
            notes=notes,
            backup_id=self.backup_id or None,
        )


def validate_roster(people: Sequence[Person]) -> list[Person]:
    """Validate every person and the links between them; returns the tidied roster.

    Raises:
        InvalidInputError: for a bad person, a name used twice, or a backup who is not on the roster.
    """
    checked = [p.validate() for p in people]
    ids: set[str] = set()
    names: dict[str, str] = {}
    for person in checked:
        if person.id in ids:
            raise InvalidInputError(f"two people share the id {person.id}")
        ids.add(person.id)
        folded = person.name.casefold()
        if folded in names:
            same = (
                f"two people are called {person.name!r}"
                if names[folded] == person.name
                else f"{names[folded]!r} and {person.name!r} count as the same name"
            )
            raise InvalidInputError(f"{same}; give each person a different name (add an initial or a team)")
        names[folded] = person.name
    for person in checked:
        if person.backup_id is not None and person.backup_id not in ids:
            raise InvalidInputError(f"the backup of {person.name} is not on the team")
    return checked


def in_role_order(people: Iterable[Person]) -> list[Person]:
    """People in chain-of-command order (most senior role first), then by name."""
    return sorted(people, key=lambda p: (p.rank, p.name.casefold()))


def chain_for_level(people: Iterable[Person], level: int) -> list[Person]:
    """Who the roster calls at this severity level by their own levels, in chain-of-command order.

    An incident's chain also depends on its crisis type: see :func:`crisisroom.domain.chain.chain_of_command`.
    Each person's backup is found with :func:`backup_of`; a backup is not added to the chain unless
    they are called at this level themselves.

    Raises:
        InvalidInputError: for a level outside 1 to 5.
    """
    if level not in LEVEL_NUMBERS:
        raise InvalidInputError(f"severity level must be 1 to 5, not {level}")
    return in_role_order(p for p in people if p.is_called_at(level))


def backup_of(person: Person, people: Iterable[Person]) -> Person | None:
    """The person who stands in for ``person``, or None when there is none (or they left the roster)."""
    if person.backup_id is None:
        return None
    return next((p for p in people if p.id == person.backup_id), None)


def by_name(people: Iterable[Person], name: str) -> Person | None:
    """The person with this name, ignoring case and extra spaces."""
    wanted = " ".join(name.split()).casefold()
    return next((p for p in people if p.name.casefold() == wanted), None)


def keep_ids(new: Sequence[Person], old: Iterable[Person]) -> list[Person]:
    """Give people in ``new`` the id they had in ``old`` when their name matches (ignoring case).

    An imported roster is made of fresh ids; keeping the old ones means records that point at a
    person (notifications, a named spokesperson) still find them after a re-import. Backup links
    are rewritten to match.
    """
    old_ids = {p.name.casefold(): p.id for p in old}
    taken = {p.id for p in new}
    mapping: dict[str, str] = {}
    for person in new:
        kept = old_ids.get(" ".join(person.name.split()).casefold())
        if kept is not None and (kept not in taken or kept == person.id):
            mapping[person.id] = kept
    return [
        replace(
            p,
            id=mapping.get(p.id, p.id),
            backup_id=mapping.get(p.backup_id, p.backup_id) if p.backup_id else None,
        )
        for p in new
    ]


# --- The example roster ----------------------------------------------------------------------------

EXAMPLE_NOTE = "Example person: replace with your own team (Team ▸ Import, or edit)."


def is_example(person: Person) -> bool:
    """True for a person of the shipped example roster that nobody has edited away."""
    return person.notes.startswith("Example person")


# The example people's ids are derived from their names in this namespace (never change it: files
# made since hold these ids, and a rebuild from the log makes them again).
_EXAMPLE_NAMESPACE = uuid.UUID("6f0c1a52-3d7e-4c1b-9a55-0e2f7b1c9d40")


def example_person_id(name: str) -> str:
    """The fixed id of the example person called ``name`` (a UUID, as every person's id is)."""
    return str(uuid.uuid5(_EXAMPLE_NAMESPACE, name))


def example_roster() -> list[Person]:
    """A fictional team a new user can look at, try the wizard with, and then replace.

    Phone numbers are in the UK's range reserved for drama (07700 900000–900999) and e-mail
    addresses at example.com, so nobody real is ever called or written to by mistake. Each person's
    id is fixed (:func:`example_person_id`): every new file starts with exactly the same rows, so a
    file rebuilt from its log starts from what the original started from.
    """
    # name, roles, levels, backup (by name), phone suffix
    plan: tuple[tuple[str, tuple[str, ...], tuple[int, ...], str | None, str], ...] = (
        ("Maya Lindqvist", ("crisis-lead",), (3, 4, 5), "Tomás Rivera", "101"),
        ("Jonas Weber", ("scribe",), (3, 4, 5), "Priya Natarajan", "102"),
        ("Tomás Rivera", ("spokesperson", "pr-officer"), (2, 3, 4, 5), "Maya Lindqvist", "103"),
        ("Priya Natarajan", ("social-officer",), (2, 3, 4, 5), "Jonas Weber", "104"),
        ("Aisha Bello", ("support-lead",), (1, 2, 3, 4, 5), "Priya Natarajan", "105"),
        ("Daniel Okafor", ("security",), (4, 5), "Maya Lindqvist", "106"),
        ("Clara Moreau", ("legal",), (4, 5), None, "107"),
        # Called at level 5 with everyone; before that when the crisis type needs them (domain/chain.py).
        ("Sara Haddad", ("dpo",), (5,), "Clara Moreau", "110"),
        ("Lukas Novak", ("quality-safety",), (5,), "Kenji Ito", "111"),
        ("Kenji Ito", ("service-owner",), (5,), "Daniel Okafor", "112"),
        ("Henrik Sato", ("executive-approver", "cmo"), (4, 5), "Ruth Adeyemi", "108"),
        ("Ruth Adeyemi", ("ceo",), (5,), "Henrik Sato", "109"),
    )
    ids = {name: example_person_id(name) for name, *_ in plan}
    return [
        Person(
            id=ids[name],
            name=name,
            roles=roles,
            phone=f"+44 7700 900{suffix}",
            email=f"{name.split()[0].lower().replace('á', 'a')}.{name.split()[-1].lower()}@example.com",
            backup_id=ids[backup] if backup else None,
            levels=levels,
            notes=EXAMPLE_NOTE,
        )
        for name, roles, levels, backup, suffix in plan
    ]
