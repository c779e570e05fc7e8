"""The chain of command: which roles each crisis type calls at each severity level, and who holds them.

domain.md ("Roles"): the chain says who is responsible at each level, and the kind of crisis adds
people. A security breach brings the security lead, legal and the data-protection officer in early,
whatever the level; an operational failure (an outage, a recall) brings the owner of the service and
quality and product safety, and a recall legal too. The organisation keeps this as a table, crisis
type × level → roles (:class:`ChainTable`), edited in Settings and stored in the database;
:func:`default_table` is where it starts and what "Restore defaults" goes back to.

An incident's chain (:func:`chain_of_command`) is everyone on the roster who holds a role that its
type and level call for, plus anyone the roster calls at that level by their own levels, each with
their backup: the crisis lead first, then the holders of the roles the crisis type brings in (a
breach's security lead, legal and DPO are to be called early), then the rest in chain-of-command
order. Its warnings name what makes it unsafe to ring
down: a real incident that would call the made-up example team, and a role the table calls for that
nobody on the roster holds. A drill may use the example team (that is what it is for); a missing
role is a gap in the plan, which a drill is there to find, so it warns in drills too.

Texts are marked ``QT_TRANSLATE_NOOP("Chain", …)`` and translated by the ``translate`` function the
caller passes (the window's catalogue; English as written for the command line and the log).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category
from crisisroom.domain.team import (
    LEVEL_NUMBERS,
    ROLE_KEYS,
    Person,
    backup_of,
    find_role,
    in_role_order,
    is_example,
    role,
)
from crisisroom.domain.text import QT_TRANSLATE_NOOP, as_written

Translate = Callable[[str, str], str]

CTX = "Chain"
EXAMPLE_TEAM = "example-team"
MISSING_ROLE = "missing-role"

T_EXAMPLE_TEAM = QT_TRANSLATE_NOOP(
    "Chain",
    "This real incident would call the made-up example team ({names}): put your own people in "
    "Settings ▸ Team before you call anyone.",
)
T_MISSING_ROLE = QT_TRANSLATE_NOOP(
    "Chain",
    "Missing from the team for {category} at level {level}: {roles}. Give each role to someone in "
    "Settings ▸ Team, or change the chain of command in Settings.",
)
T_BACKUP = QT_TRANSLATE_NOOP("Chain", "{person} (backup {backup})")
T_NO_PHONE = QT_TRANSLATE_NOOP("Chain", "no phone")
T_NOBODY = QT_TRANSLATE_NOOP("Chain", "nobody on the team holds this role")
T_OR = QT_TRANSLATE_NOOP("Chain", "{first} or {second}")
MAX_NAMED = 3  # example people named in a warning; the rest are "…"

# Who handles each level (domain.md's severity table): support alone at 1, PR and social with a
# manager's guidance at 2, the crisis team at 3, senior management and executives at 4, executives,
# legal and the CEO at 5.
_BY_LEVEL: Mapping[int, tuple[str, ...]] = {
    1: ("support-lead",),
    2: ("pr-officer", "social-officer", "support-lead"),
    3: ("crisis-lead", "scribe", "spokesperson", "pr-officer", "social-officer", "support-lead"),
    4: (
        "crisis-lead",
        "scribe",
        "spokesperson",
        "pr-officer",
        "social-officer",
        "support-lead",
        "executive-approver",
        "cmo",
    ),
    5: (
        "crisis-lead",
        "scribe",
        "spokesperson",
        "pr-officer",
        "social-officer",
        "support-lead",
        "legal",
        "executive-approver",
        "cmo",
        "ceo",
    ),
}
# Whom each kind of crisis adds, by level.
_BY_TYPE: Mapping[Category, Mapping[int, tuple[str, ...]]] = {
    # Early, whatever the level: the breach clock (GDPR Article 33, 72 hours) starts when it is known.
    Category.SECURITY_BREACH: {n: ("security", "legal", "dpo") for n in LEVEL_NUMBERS},
    # An outage needs whoever owns the service; a faulty or unsafe product, quality and product
    # safety; a recall (level 4 on the scale) legal as well.
    Category.OPERATIONAL: {
        1: ("service-owner",),
        2: ("service-owner", "quality-safety"),
        3: ("service-owner", "quality-safety"),
        4: ("service-owner", "quality-safety", "legal"),
        5: ("service-owner", "quality-safety", "legal"),
    },
    # A story spreading online is the social officer's to watch from the first post.
    Category.REPUTATION: {1: ("social-officer",)},
    Category.CUSTOMER_SERVICE: {},
}

_RESERVED_DOMAINS = ("example.com", "example.org", "example.net")
_RESERVED_TLDS = ("example", "test", "invalid", "localhost")
# A rule's "whom to call" may name several roles: "Support director or PR lead".
_ROLE_SEPARATORS = re.compile(r"\s*(?:[,;&+/]|\bor\b|\band\b)\s*", re.IGNORECASE)


def _ordered(keys: Iterable[str]) -> tuple[str, ...]:
    """Role keys in chain-of-command order, once each; keys this version does not know come last."""
    wanted = set(keys)
    return tuple(k for k in ROLE_KEYS if k in wanted) + tuple(sorted(wanted - set(ROLE_KEYS)))


@dataclass(frozen=True)
class ChainTable:
    """Crisis type × severity level → the roles called.

    Attributes:
        cells: ``(category value, level)`` → role keys in chain-of-command order; every crisis type
            and level has a cell (an empty one calls no role).
    """

    cells: Mapping[tuple[str, int], tuple[str, ...]]

    def roles(self, category: Category | str, level: int) -> tuple[str, ...]:
        """The roles ``category`` calls at ``level``."""
        return self.cells.get((Category(category).value, level), ())

    def with_roles(self, category: Category | str, level: int, roles: Iterable[str]) -> ChainTable:
        """A copy with one cell changed."""
        cells = dict(self.cells)
        cells[(Category(category).value, level)] = _ordered(roles)
        return ChainTable(cells)

    def rows(self) -> list[tuple[str, int, str]]:
        """``(category, level, role)`` for every role of every cell, as stored."""
        return [(c, n, k) for (c, n), keys in sorted(self.cells.items()) for k in keys]

    def changed_cells(self, other: ChainTable) -> list[tuple[str, int]]:
        """The cells whose roles differ between this table and ``other``, in table order."""
        return [cell for cell in _all_cells() if self.cells.get(cell, ()) != other.cells.get(cell, ())]

    def validate(self) -> ChainTable:
        """Check every cell and return a tidy copy with every crisis type and level present.

        Raises:
            InvalidInputError: an unknown crisis type, a level outside 1 to 5 or an unknown role.
        """
        cells: dict[tuple[str, int], tuple[str, ...]] = {cell: () for cell in _all_cells()}
        for (category, level), keys in self.cells.items():
            try:
                value = Category(category).value
            except ValueError:
                raise InvalidInputError(f"unknown crisis type {category!r} in the chain of command") from None
            if level not in LEVEL_NUMBERS:
                raise InvalidInputError(f"the chain of command has a level {level}, but levels go from 1 to 5")
            unknown = [k for k in keys if k not in ROLE_KEYS]
            if unknown:
                raise InvalidInputError(f"the chain of command names an unknown role {unknown[0]!r}")
            cells[(value, level)] = _ordered(keys)
        return ChainTable(cells)

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, int, str]]) -> ChainTable:
        """The table from ``(category, level, role)`` rows; cells without rows are empty."""
        found: dict[tuple[str, int], list[str]] = {cell: [] for cell in _all_cells()}
        for category, level, key in rows:
            found.setdefault((category, level), []).append(key)
        return cls({cell: _ordered(keys) for cell, keys in found.items()})


def _all_cells() -> list[tuple[str, int]]:
    return [(c.value, n) for c in Category for n in LEVEL_NUMBERS]


def default_table() -> ChainTable:
    """The room's starting chain: the level's team (domain.md's scale) plus whom the crisis type adds."""
    return ChainTable(
        {
            (c.value, n): _ordered((*_BY_LEVEL[n], *_BY_TYPE.get(c, {}).get(n, ())))
            for c in Category
            for n in LEVEL_NUMBERS
        }
    )


def is_made_up(person: Person) -> bool:
    """True for someone of the shipped example team, or whose e-mail is at a domain reserved for examples.

    RFC 2606 keeps example.com/.org/.net and the .example, .test and .invalid names for
    documentation: nobody reads mail there, so an alert to them reaches nobody.
    """
    if is_example(person):
        return True
    domain = person.email.rpartition("@")[2].strip().casefold().rstrip(".")
    if not domain:
        return False
    reserved = any(domain == d or domain.endswith("." + d) for d in _RESERVED_DOMAINS)
    return reserved or domain.rsplit(".", 1)[-1] in _RESERVED_TLDS


@dataclass(frozen=True)
class Call:
    """One person of an incident's chain.

    Attributes:
        person: who is called.
        backup: whom to try when they cannot be reached (None: nobody named, or they left).
        called_as: the roles the chain calls for that this person holds (may be empty when only
            their own levels bring them in).
        by_own_levels: the roster calls them at this level whatever the crisis type.
    """

    person: Person
    backup: Person | None
    called_as: tuple[str, ...]
    by_own_levels: bool


@dataclass(frozen=True)
class ChainWarning:
    """Something that makes the chain unsafe to ring down, with what to do about it.

    Attributes:
        kind: :data:`EXAMPLE_TEAM` or :data:`MISSING_ROLE`.
        category: the incident's crisis type.
        level: the incident's level (None when not assessed yet).
        roles: for a missing role, the role keys nobody holds.
        people: for the example team, the made-up people the chain would call.
    """

    kind: str
    category: Category
    level: int | None
    roles: tuple[str, ...] = ()
    people: tuple[str, ...] = ()

    def text(self, translate: Translate = as_written) -> str:
        """The warning in one line, with what to do (English unless ``translate`` says otherwise)."""
        if self.kind == EXAMPLE_TEAM:
            names = ", ".join(self.people[:MAX_NAMED]) + ("…" if len(self.people) > MAX_NAMED else "")
            return translate(CTX, T_EXAMPLE_TEAM).format(names=names)
        return translate(CTX, T_MISSING_ROLE).format(
            category=translate("Category", self.category.label),
            level=self.level,
            roles=", ".join(translate("Roles", role(k).label) if k in ROLE_KEYS else k for k in self.roles),
        )

    def as_dict(self, translate: Translate = as_written) -> dict[str, object]:
        """For ``--json``: the kind, the roles or people it is about, and the line to show."""
        return {"kind": self.kind, "roles": list(self.roles), "people": list(self.people), "text": self.text(translate)}


@dataclass(frozen=True)
class Chain:
    """An incident's chain of command now: who is called, as what, and what is wrong with it.

    Attributes:
        category: the crisis type.
        level: the severity level (None: not assessed yet, so nobody is called).
        is_drill: a drill may use the example team without a warning.
        required: the roles the table calls for at this type and level.
        calls: the people called, in call order (:func:`in_call_order`): the crisis lead, then the
            roles the crisis type brings in, then the rest by seniority.
        warnings: example team first, then missing roles.
    """

    category: Category
    level: int | None
    is_drill: bool
    required: tuple[str, ...]
    calls: tuple[Call, ...]
    warnings: tuple[ChainWarning, ...]

    @property
    def people(self) -> list[Person]:
        return [c.person for c in self.calls]

    @property
    def missing_roles(self) -> tuple[str, ...]:
        return next((w.roles for w in self.warnings if w.kind == MISSING_ROLE), ())


def type_roles(category: Category | str, level: int, required: Iterable[str]) -> tuple[str, ...]:
    """The roles among ``required`` that the crisis type itself brings in at ``level``, in chain order.

    These are the type's own roles as domain.md names them (a breach: security, legal, the DPO; an
    operational failure: the service owner, quality and product safety, legal from level 4), not the
    level's team, so a role both bring (legal at level 5) still counts as the type's.
    """
    brought = set(_BY_TYPE.get(Category(category), {}).get(level, ()))
    return tuple(k for k in _ordered(required) if k in brought)


def in_call_order(people: Iterable[Person], early: Sequence[str] = ()) -> list[Person]:
    """People in the order they are called: the crisis lead, then the holders of the ``early`` roles, then the rest.

    The crisis lead comes first (they run the call-out); the roles the crisis type brings in are
    called next, because a breach needs its security lead, legal and DPO before the 72-hour clock
    runs down, and a recall its product-safety people; the rest follow in chain-of-command order.
    Within each group, by role in that group's order, then by name: the same roster always gives the
    same list.
    """
    lead = ROLE_KEYS[0]  # the crisis lead: the most senior role in the chain of command
    position = {k: i for i, k in enumerate(early)}

    def key(person: Person) -> tuple[int, int, int, str]:
        if lead in person.roles:
            return (0, 0, person.rank, person.name.casefold())
        firsts = [position[k] for k in person.roles if k in position]
        if firsts:
            return (1, min(firsts), person.rank, person.name.casefold())
        return (2, 0, person.rank, person.name.casefold())

    return sorted(people, key=key)


def chain_of_command(
    people: Sequence[Person],
    table: ChainTable,
    category: Category | str,
    level: int | None,
    *,
    is_drill: bool = False,
) -> Chain:
    """Who an incident of this type and level calls, with their backups and the chain's warnings.

    Args:
        people: the whole roster (backups are looked up in it).
        table: the organisation's chain of command.
        category: the incident's crisis type.
        level: its confirmed level; None means nobody is called yet (the example-team warning then
            looks at the whole roster).
        is_drill: drills are played with the example team on purpose: no warning for it.

    Raises:
        InvalidInputError: a level outside 1 to 5.
    """
    category = Category(category)
    if level is not None and level not in LEVEL_NUMBERS:
        raise InvalidInputError(f"severity level must be 1 to 5, not {level}")
    required = table.roles(category, level) if level is not None else ()
    calls: list[Call] = []
    if level is not None:
        wanted = set(required)
        chosen = [p for p in people if wanted.intersection(p.roles) or p.is_called_at(level)]
        calls = [
            Call(p, backup_of(p, people), tuple(k for k in p.roles if k in wanted), p.is_called_at(level))
            for p in in_call_order(chosen, type_roles(category, level, required))
        ]
    warnings: list[ChainWarning] = []
    if not is_drill:
        # Whoever would be rung: the chain and the backups it falls back on (the roster before a level).
        pool = [x for c in calls for x in (c.person, c.backup) if x is not None] if level is not None else people
        made_up = list(dict.fromkeys(p.name for p in in_role_order(pool) if is_made_up(p)))
        if made_up:
            warnings.append(ChainWarning(EXAMPLE_TEAM, category, level, people=tuple(made_up)))
    held = {k for p in people for k in p.roles}
    missing = tuple(k for k in required if k not in held)
    if missing:
        warnings.append(ChainWarning(MISSING_ROLE, category, level, roles=missing))
    return Chain(category, level, is_drill, required, tuple(calls), tuple(warnings))


# --- Whom a rule says to call -------------------------------------------------------------------------


@dataclass(frozen=True)
class RoleCall:
    """Whom an escalation rule's "call" names, found on the roster.

    Attributes:
        text: the rule's words, as typed ("CMO", "Support director or PR lead").
        roles: the roster roles those words name, in their order (empty: words that name no role).
        holders: everyone holding one of them, with their backup, by role in that order.
    """

    text: str
    roles: tuple[str, ...]
    holders: tuple[tuple[Person, Person | None], ...]

    def who(self, translate: Translate = as_written) -> str:
        """``Henrik Sato, +44 7700 900108 (backup Ruth Adeyemi, +44 7700 900109)``.

        Several holders are joined with "or"; "" when the words name no role, and a plain
        "nobody on the team holds this role" when nobody does.
        """
        if not self.roles:
            return ""
        if not self.holders:
            return translate(CTX, T_NOBODY)
        texts = []
        for person, backup in self.holders:
            text = _reach(person, translate)
            if backup is not None:
                text = translate(CTX, T_BACKUP).format(person=text, backup=_reach(backup, translate))
            texts.append(text)
        joined = texts[0]
        for text in texts[1:]:
            joined = translate(CTX, T_OR).format(first=joined, second=text)
        return joined

    def as_dict(self) -> dict[str, object]:
        """For ``--json``: the roles, and each holder's name and phone with their backup's."""
        return {
            "roles": list(self.roles),
            "people": [
                {
                    "name": p.name,
                    "phone": p.phone,
                    "backup": {"name": b.name, "phone": b.phone} if b is not None else None,
                }
                for p, b in self.holders
            ],
        }


def _reach(person: Person, translate: Translate) -> str:
    return f"{person.name}, {person.phone or translate(CTX, T_NO_PHONE)}"


def roles_named(text: str) -> tuple[str, ...]:
    """The roster roles a rule's words name: the whole text as a role, else each part of "A or B, C".

    ``"CMO"`` → cmo; ``"PR manager"`` → pr-officer; ``"Support director or PR lead"`` → support-lead
    and pr-officer, in that order; words that name no role → ().
    """
    whole = find_role(text) if text.strip() else None
    if whole is not None:
        return (whole.key,)
    found = [find_role(part) for part in _ROLE_SEPARATORS.split(text) if part.strip()]
    return tuple(dict.fromkeys(r.key for r in found if r is not None))  # in the order the words name them


def rule_call(text: str, people: Sequence[Person]) -> RoleCall:
    """Find whom a rule's "call" names on the roster: holders of the roles, with their backups."""
    keys = roles_named(text)
    # The holders of the first role named first ("Support director or PR lead": support, then PR).
    holders = list(dict.fromkeys(p for key in keys for p in in_role_order(q for q in people if key in q.roles)))
    return RoleCall(text, keys, tuple((p, backup_of(p, people)) for p in holders))
