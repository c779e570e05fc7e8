'''Drill scenario files (TOML): reading and validating them, with errors that name the line.

A scenario is one TOML file::

    [scenario]
    id = "viral-review"                 # lower-case letters, digits and dashes
    title = "A one-star review goes viral"
    briefing = """What the facilitator reads out at the start."""
    type = "reputation"                 # customer-service | reputation | security-breach | operational
    brand = "Larkspur Coffee"           # always a fictional brand
    product = "Cold Brew Cans"          # optional: fills {product}
    city = "Northport"                  # optional: fills {city}
    timezone = "UTC"                    # optional: the drill incident's time zone
    starting_level = 2                  # 1-5
    duration = "2h"                     # "2h", "90m", "1h30m", "+02:00" or whole minutes (120)

    [[injects]]                         # in any order; played in time order
    id = "first-wave"                   # unique; expectations refer to it
    at = "+00:05"                       # hours:minutes after the start, within the duration
    kind = "mentions"                   # mentions | message | event
    title = "The review is shared"      # optional short label for the facilitator
    count = 40                          # mentions: how many posts
    spread_minutes = 30                 #   spread evenly over this many minutes from `at`
    negative_share = 0.9                #   0.0-1.0 of them negative (the others neutral)
    platforms = ["X", "TikTok"]         #   taken in turn
    texts = ["{brand} ruined my morning in {city}"]   # the negative posts' pool
    other_texts = ["Anyone else seen the {brand} review?"]  # optional: the others' pool (default: texts)

    [[injects]]
    id = "journalist"
    at = "+00:20"
    kind = "message"                    # message: from, channel, subject, body
    from = "Dana Reyes, Northport Ledger"
    channel = "email"
    subject = "Request for comment"
    body = "We are running a story on {brand} at 5pm."

    [[injects]]
    id = "trending"
    at = "+00:45"
    kind = "event"                      # event: text
    text = "The review video is trending in {city}."

    [[expectations]]
    id = "notify"
    description = "Crisis team notified within 10 minutes"
    measure = "notified"                # notified | first_statement_released | level_at_least | rule_fired
    within = "+00:10"                   # after the start, or after the inject named by `after`
    after = "first-wave"                # optional
    value = 4                           # level_at_least: the level; rule_fired: the rule id ("surge")

Placeholders in texts, bodies and subjects: ``{brand}``, ``{product}``, ``{city}``, ``{platform}`` and
``{n}`` (the post's number in its burst); ``{{`` and ``}}`` for literal braces.

Every problem is an :class:`InvalidInputError` whose message starts ``FILE, line N:``. tomllib gives
no positions for values, so the line is found by scanning the text for the table header and key
(:class:`_Lines`); TOML syntax errors keep the line tomllib reports.
'''

from __future__ import annotations

import re
import string
import tomllib
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypedDict

from crisisroom.domain.errors import InvalidInputError, NotFoundError
from crisisroom.domain.incidents import Category
from crisisroom.drills.offsets import format_offset, parse_duration, parse_offset
from crisisroom.i18n import languages

PLACEHOLDERS = ("brand", "product", "city", "platform", "n")
MAX_BURST = 5000  # a drill's burst, not a load test: keeps a typo (400000) from filling the disk
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")


class Measure(StrEnum):
    """What an expectation measures in the team's record."""

    NOTIFIED = "notified"  # the first person of the crisis team reached
    FIRST_STATEMENT_RELEASED = "first_statement_released"  # the first statement released, any audience
    LEVEL_AT_LEAST = "level_at_least"  # the incident's level confirmed at ``value`` or higher
    RULE_FIRED = "rule_fired"  # the escalation rule ``value`` fired


@dataclass(frozen=True)
class Inject:
    """What every inject has: its id, when (after the start), its kind and a label."""

    id: str
    at: timedelta
    kind: str
    title: str

    @property
    def offset(self) -> str:
        return format_offset(self.at)


@dataclass(frozen=True)
class MentionBurst(Inject):
    count: int
    spread_minutes: int
    negative_share: float
    platforms: tuple[str, ...]
    texts: tuple[str, ...]
    other_texts: tuple[str, ...]


@dataclass(frozen=True)
class MessageInject(Inject):
    sender: str
    channel: str
    subject: str
    body: str


@dataclass(frozen=True)
class EventInject(Inject):
    text: str


@dataclass(frozen=True)
class Expectation:
    id: str
    description: str
    measure: Measure
    within: timedelta
    after: str | None
    value: int | str | None


@dataclass(frozen=True)
class Scenario:
    id: str
    title: str
    briefing: str
    type: Category
    brand: str
    product: str
    city: str
    timezone: str
    starting_level: int
    duration: timedelta
    injects: tuple[Inject, ...]  # in time order
    expectations: tuple[Expectation, ...]
    source: str
    text: str = ""  # the TOML it was read from, kept with a drill so it can be resumed and scored as played

    @property
    def duration_minutes(self) -> int:
        return int(self.duration.total_seconds() // 60)

    def inject(self, inject_id: str) -> Inject:
        for inject in self.injects:
            if inject.id == inject_id:
                return inject
        raise NotFoundError(f"scenario {self.id!r} has no inject {inject_id!r}")

    def fill(self, text: str, *, platform: str = "", n: int = 0) -> str:
        """A text with its placeholders filled (validated when the file was read)."""
        return text.format(brand=self.brand, product=self.product, city=self.city, platform=platform, n=n)


_SCENARIO_KEYS = {
    "id",
    "title",
    "briefing",
    "type",
    "brand",
    "product",
    "city",
    "timezone",
    "starting_level",
    "duration",
}
_INJECT_KEYS = {"id", "at", "kind", "title"}
_KIND_KEYS = {
    "mentions": {"count", "spread_minutes", "negative_share", "platforms", "texts", "other_texts"},
    "message": {"from", "channel", "subject", "body"},
    "event": {"text"},
}
_EXPECTATION_KEYS = {"id", "description", "measure", "within", "after", "value"}


class _ScenarioFields(TypedDict):
    """The [scenario] table's plain fields, as :func:`parse` reads them (in this order)."""

    id: str
    title: str
    briefing: str
    brand: str
    product: str
    city: str
    timezone: str
    starting_level: int


class _InjectFields(TypedDict):
    """What every [[injects]] table gives an :class:`Inject`, whatever its kind."""

    id: str
    at: timedelta
    kind: str
    title: str


class _Lines:
    """Finds the line of a table or key in the TOML text, for error messages."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def _headers(self) -> list[tuple[int, str, bool]]:
        found = []
        for number, line in enumerate(self.lines, 1):
            match = re.match(r"^\s*(\[\[?)\s*([A-Za-z0-9_.\"' -]+?)\s*\]\]?", line)
            if match:
                found.append((number, match[2].strip("\"' "), match[1] == "[["))
        return found

    def table(self, name: str, index: int | None = None) -> int:
        """The header line of ``[name]`` or of the ``index``-th ``[[name]]`` (0 if absent)."""
        matches = [number for number, header, _ in self._headers() if header == name]
        position = index or 0
        return matches[position] if position < len(matches) else 0

    def key(self, table: str | None, index: int | None, key: str) -> int:
        """The line of ``key = …`` inside that table (top level when ``table`` is None), else the table's."""
        start = self.table(table, index) if table else 0
        if table and not start:
            return 0
        later = [number for number, _, _ in self._headers() if number > start]
        end = later[0] if later else len(self.lines) + 1
        pattern = re.compile(rf"^\s*(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')\s*=")
        for number in range(start + 1, end):
            if pattern.match(self.lines[number - 1]):
                return number
        return start


class _Reader:
    """Validates one table of the parsed document, raising errors with the line."""

    def __init__(self, source: str, lines: _Lines, data: dict[str, Any], table: str, index: int | None) -> None:
        self.source, self.lines, self.data, self.table, self.index = source, lines, data, table, index

    @property
    def where(self) -> str:
        return self.table if self.index is None else f"{self.table}[{self.index + 1}]"

    def fail(self, key: str | None, problem: str) -> InvalidInputError:
        line = self.lines.key(self.table, self.index, key) if key else self.lines.table(self.table, self.index)
        return InvalidInputError(f"{self.source}, line {line or '?'}: {problem}")

    def known(self, allowed: set[str]) -> None:
        for key in self.data:
            if key not in allowed:
                raise self.fail(
                    key, f"unknown key {key!r} in [{self.where}]; expected one of {', '.join(sorted(allowed))}"
                )

    def text(self, key: str, *, required: bool = True, default: str = "") -> str:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(None, f"[{self.where}] needs {key!r}")
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            raise self.fail(key, f"{key!r} in [{self.where}] must be a non-empty string")
        return value.strip()

    def integer(self, key: str, low: int, high: int) -> int:
        value = self.data.get(key)
        if value is None:
            raise self.fail(None, f"[{self.where}] needs {key!r}")
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                key, f"{key!r} in [{self.where}] must be a whole number from {low} to {high}, not {value!r}"
            )
        return value

    def share(self, key: str) -> float:
        value = self.data.get(key)
        if value is None:
            raise self.fail(None, f"[{self.where}] needs {key!r}")
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise self.fail(key, f"{key!r} in [{self.where}] must be a number from 0.0 to 1.0, not {value!r}")
        return float(value)

    def strings(self, key: str, *, required: bool = True) -> tuple[str, ...]:
        value = self.data.get(key)
        if value is None:
            if required:
                raise self.fail(None, f"[{self.where}] needs {key!r}")
            return ()
        if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
            raise self.fail(key, f"{key!r} in [{self.where}] must be a list of non-empty strings")
        return tuple(v.strip() for v in value)

    def ident(self, key: str = "id") -> str:
        value = self.text(key)
        if not _ID.match(value):
            raise self.fail(key, f"{key!r} {value!r} in [{self.where}] must be lower-case letters, digits and dashes")
        return value

    def offset(self, key: str) -> timedelta:
        value = self.data.get(key)
        if value is None:
            raise self.fail(None, f"[{self.where}] needs {key!r}")
        offset = parse_offset(value) if isinstance(value, str) else None
        if offset is None:
            raise self.fail(
                key, f'{key!r} in [{self.where}] must be an offset like "+00:05" (hours:minutes), not {value!r}'
            )
        return offset

    def placeholders(self, key: str, texts: tuple[str, ...]) -> None:
        for text in texts:
            try:
                fields = [name for _, name, _, _ in string.Formatter().parse(text) if name is not None]
            except ValueError:
                raise self.fail(
                    key, f"{key!r} in [{self.where}] has an unmatched brace (write {{{{ or }}}}): {text!r}"
                ) from None
            for name in fields:
                if name not in PLACEHOLDERS:
                    raise self.fail(
                        key,
                        f"unknown placeholder {{{name}}} in {key!r} of [{self.where}]; "
                        f"use {', '.join('{' + p + '}' for p in PLACEHOLDERS)}",
                    )


def parse(text: str, source: str = "scenario.toml") -> Scenario:
    """Read and validate a scenario from its TOML text; ``source`` names it in errors.

    Raises:
        InvalidInputError: ``"SOURCE, line N: what is wrong"``.
    """
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        found = re.search(r"\(at line (\d+), column (\d+)\)", message)
        if found:
            what = message[: found.start()].strip().rstrip(".")
            raise InvalidInputError(f"{source}, line {found[1]}: not valid TOML ({what}, column {found[2]})") from None
        raise InvalidInputError(f"{source}: not valid TOML ({message})") from None
    lines = _Lines(text)
    for key in document:
        if key not in ("scenario", "injects", "expectations"):
            line = lines.table(key) or lines.key(None, None, key)
            raise InvalidInputError(
                f"{source}, line {line or '?'}: unknown table or key {key!r}; expected [scenario], [[injects]], "
                "[[expectations]]"
            )
    head = document.get("scenario")
    if not isinstance(head, dict):
        raise InvalidInputError(f"{source}, line {lines.table('scenario') or 1}: a scenario needs a [scenario] table")
    reader = _Reader(source, lines, head, "scenario", None)
    reader.known(_SCENARIO_KEYS)
    duration = parse_duration(head.get("duration"))
    if duration is None:
        if "duration" not in head:
            raise reader.fail(None, "[scenario] needs 'duration'")
        raise reader.fail(
            "duration", f'\'duration\' must be like "2h", "90m" or a number of minutes, not {head["duration"]!r}'
        )
    try:
        category = Category.parse(reader.text("type"))
    except InvalidInputError as exc:
        raise reader.fail("type", exc.message) from None
    fields: _ScenarioFields = {
        "id": reader.ident(),
        "title": reader.text("title"),
        "briefing": reader.text("briefing"),
        "brand": reader.text("brand"),
        "product": reader.text("product", required=False),
        "city": reader.text("city", required=False),
        "timezone": reader.text("timezone", required=False, default="UTC"),
        "starting_level": reader.integer("starting_level", 1, 5),
    }
    injects = _injects(source, lines, document.get("injects", []), duration)
    expectations = _expectations(source, lines, document.get("expectations", []), injects, duration)
    return Scenario(
        **fields,
        type=category,
        duration=duration,
        injects=tuple(sorted(injects, key=lambda i: i.at)),
        expectations=tuple(expectations),
        source=source,
        text=text,
    )


def _tables(source: str, lines: _Lines, value: Any, name: str) -> list[_Reader]:
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
        line = lines.table(name) or lines.key(None, None, name)
        raise InvalidInputError(f"{source}, line {line or '?'}: {name!r} must be [[{name}]] tables")
    return [_Reader(source, lines, item, name, index) for index, item in enumerate(value)]


def _injects(source: str, lines: _Lines, value: Any, duration: timedelta) -> list[Inject]:
    found: list[Inject] = []
    for reader in _tables(source, lines, value, "injects"):
        kind = reader.text("kind")
        if kind not in _KIND_KEYS:
            raise reader.fail("kind", f"'kind' must be mentions, message or event, not {kind!r}")
        reader.known(_INJECT_KEYS | _KIND_KEYS[kind])
        inject_id, at = reader.ident(), reader.offset("at")
        if any(other.id == inject_id for other in found):
            raise reader.fail("id", f"inject id {inject_id!r} is used twice")
        if at > duration:
            raise reader.fail(
                "at",
                f"inject {inject_id!r} at {format_offset(at)} comes after the drill ends ({format_offset(duration)})",
            )
        common: _InjectFields = {"id": inject_id, "at": at, "kind": kind, "title": reader.text("title", required=False)}
        if kind == "mentions":
            spread = reader.integer("spread_minutes", 0, 24 * 60)
            if at + timedelta(minutes=spread) > duration:
                raise reader.fail("spread_minutes", f"inject {inject_id!r} spreads past the end of the drill")
            texts, others = reader.strings("texts"), reader.strings("other_texts", required=False)
            reader.placeholders("texts", texts)
            reader.placeholders("other_texts", others)
            found.append(
                MentionBurst(
                    **common,
                    count=reader.integer("count", 1, MAX_BURST),
                    spread_minutes=spread,
                    negative_share=reader.share("negative_share"),
                    platforms=reader.strings("platforms"),
                    texts=texts,
                    other_texts=others or texts,
                )
            )
        elif kind == "message":
            subject, body = reader.text("subject"), reader.text("body")
            reader.placeholders("subject", (subject,))
            reader.placeholders("body", (body,))
            sender, channel = reader.text("from"), reader.text("channel")
            found.append(MessageInject(**common, sender=sender, channel=channel, subject=subject, body=body))
        else:
            event = reader.text("text")
            reader.placeholders("text", (event,))
            found.append(EventInject(**common, text=event))
    return found


def _expectations(
    source: str, lines: _Lines, value: Any, injects: list[Inject], duration: timedelta
) -> list[Expectation]:
    found: list[Expectation] = []
    names = {inject.id for inject in injects}
    for reader in _tables(source, lines, value, "expectations"):
        reader.known(_EXPECTATION_KEYS)
        expectation_id = reader.ident()
        if any(other.id == expectation_id for other in found):
            raise reader.fail("id", f"expectation id {expectation_id!r} is used twice")
        raw = reader.text("measure")
        try:
            measure = Measure(raw)
        except ValueError:
            raise reader.fail(
                "measure", f"'measure' must be one of {', '.join(m.value for m in Measure)}, not {raw!r}"
            ) from None
        after = reader.text("after", required=False) or None
        if after is not None and after not in names:
            raise reader.fail("after", f"expectation {expectation_id!r} refers to an unknown inject {after!r}")
        within = reader.offset("within")
        if within == timedelta(0):
            raise reader.fail("within", "'within' must be more than +00:00")
        expected: int | str | None = None
        if measure is Measure.LEVEL_AT_LEAST:
            expected = reader.integer("value", 1, 5)
        elif measure is Measure.RULE_FIRED:
            expected = reader.text("value")
        elif "value" in reader.data:
            raise reader.fail("value", f"'value' means nothing for measure {measure.value!r}")
        found.append(
            Expectation(
                id=expectation_id,
                description=reader.text("description"),
                measure=measure,
                within=within,
                after=after,
                value=expected,
            )
        )
    return found


def load(path: Path) -> Scenario:
    """Read a scenario file.

    Raises:
        InvalidInputError: unreadable or invalid, naming the file and the line.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not UTF-8 text"
        raise InvalidInputError(f"cannot read scenario {path}: {reason}") from None
    return parse(text, path.name)


def _shipped_files(language: str) -> dict[str, Traversable]:
    """The shipped scenario files of one language folder (English: the top folder), by file name."""
    folder = resources.files("crisisroom.drills").joinpath("scenarios")
    if language != languages.DEFAULT:
        folder = folder.joinpath(language)
    if not folder.is_dir():
        return {}
    return {item.name: item for item in folder.iterdir() if item.name.endswith(".toml") and item.is_file()}


def shipped(language: str | None = None) -> list[Scenario]:
    """The scenarios that come with Crisis Room, by id: one per scenario, in ``language`` where translated.

    ``language`` defaults to :func:`crisisroom.i18n.languages.language`. A scenario is translated in
    ``scenarios/<lang>/<id>.toml``; one without a translation is listed in English.
    """
    code = languages.resolve(language)
    files = _shipped_files(languages.DEFAULT)
    if code != languages.DEFAULT:
        translated = _shipped_files(code)
        files = {name: translated.get(name, item) for name, item in files.items()}
    found = [parse(item.read_text(encoding="utf-8"), item.name) for item in files.values()]
    return sorted(found, key=lambda s: s.id)


def find(name: str, language: str | None = None) -> Scenario:
    """A shipped scenario by id (in ``language`` where translated), or a scenario file by path.

    Raises:
        NotFoundError: neither a shipped id nor an existing file.
        InvalidInputError: the file is invalid.
    """
    path = Path(name)
    if path.suffix.lower() == ".toml" or path.is_file():
        if not path.is_file():
            raise NotFoundError(f"no scenario file {name}")
        return load(path)
    available = shipped(language)
    for scenario in available:
        if scenario.id == name:
            return scenario
    raise NotFoundError(f"no scenario {name!r}; shipped: {', '.join(s.id for s in available)} (or give a .toml file)")
