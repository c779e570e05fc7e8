"""The jinja2 environments, as qutebrowser's ``jinja.py`` keeps them: few, strict, loaded from package data.

* :func:`message_environment`: plain-text message templates that users may edit. Sandboxed and
  immutable (a template cannot reach Python internals or change the data it is given),
  ``StrictUndefined`` (a misspelt field is an error, never an empty gap in a statement),
  no autoescaping (the output is plain text, not HTML). Templates are looked up first in the
  unsaved text of an editor, then in the user's saved overrides, then in what we ship.
* :func:`report_environment`: HTML reports written by us. Autoescaped, ``StrictUndefined``,
  shipped templates only.

Only plain data (str, int, bool, None, lists and dicts of them) is ever passed in; see
:func:`crisisroom.reports.messages.message_context`.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from jinja2 import BaseLoader, Environment, StrictUndefined, TemplateNotFound, pass_context, pass_environment
from jinja2.exceptions import SecurityError, TemplateRuntimeError
from jinja2.runtime import Context
from jinja2.sandbox import ImmutableSandboxedEnvironment

from crisisroom import languages
from crisisroom.domain.clock import from_iso, zone_from_name
from crisisroom.domain.date_words import DATE_WORDS, DateWords
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import sentence

MESSAGES_PREFIX = "messages/"
TRANSLATIONS = "translations"
"""Below ``crisisroom/reports/``: ``translations/<lang>/<template name>`` mirrors ``templates/<template name>``."""

# Names are paths below templates/: lower-case segments that cannot climb out of the folder
# (no "..", no leading dot, no backslash), with the extension of a text file we may ship.
_NAME = re.compile(r"^[a-z0-9_][a-z0-9_-]*(?:/[a-z0-9_][a-z0-9_.-]*)*\.(?:txt|html|css|svg|xml|md)$")

Overrides = Callable[[str], str | None]
"""Looks up the user's saved source of a template name; None when the user has not edited it."""


def is_template_name(text: str) -> bool:
    """True when ``text`` has the shape of a template name (``messages/…/holding.txt``)."""
    return bool(_NAME.match(text)) and ".." not in text


@cache
def _root() -> Traversable:
    return resources.files("crisisroom.reports") / "templates"


@cache
def _translations_root() -> Traversable:
    return resources.files("crisisroom.reports") / TRANSLATIONS


def translated_source(name: str, language: str) -> str | None:
    """Our translation of a template into ``language`` alone (no English fallback); None when there is none.

    English is the original, so for "en" this is the shipped English text.
    """
    if not is_template_name(name):
        return None
    code = languages.resolve(language)
    if code == languages.DEFAULT:
        node = _root().joinpath(*name.split("/"))
    else:
        node = _translations_root().joinpath(code, *name.split("/"))
    if not node.is_file():
        return None
    return node.read_text(encoding="utf-8")


def shipped_source(name: str, language: str | None = None) -> str | None:
    """The text of a template we ship, in ``language`` (default: the current one) or else in English.

    None when there is no such template. Only names of the English original exist: a file in
    ``translations/`` without an English original is ignored.
    """
    if not is_template_name(name):
        return None
    english = _root().joinpath(*name.split("/"))
    if not english.is_file():
        return None
    code = languages.resolve(language)
    if code != languages.DEFAULT:
        translated = translated_source(name, code)
        if translated is not None:
            return translated
    return english.read_text(encoding="utf-8")


def shipped_names(prefix: str = MESSAGES_PREFIX) -> list[str]:
    """Every shipped template name under ``prefix`` (a folder such as ``messages/``; "" for all), sorted."""
    folder = prefix.strip("/")
    names: list[str] = []

    def walk(node: Traversable, path: str) -> None:
        for child in node.iterdir():
            if child.is_dir():
                walk(child, f"{path}{child.name}/")
            elif is_template_name(f"{path}{child.name}"):
                names.append(f"{path}{child.name}")

    start = _root().joinpath(*folder.split("/")) if folder else _root()
    if start.is_dir():
        walk(start, f"{folder}/" if folder else "")
    return sorted(names)


class TemplateLoader(BaseLoader):
    """Finds a template by name: unsaved editor text, then the user's override, then ours.

    Ours is our translation into the loader's language when there is one, else the English
    original; the name is the same in every language, so ``{% import %}`` and ``{% extends %}``
    stay within the language.

    Args:
        prefix: the only folder this loader serves (``messages/``), so a message template
            cannot include a report template or anything else.
        overrides: reads the user's saved version of a name (None: not edited).
        unsaved: text being edited and not saved yet, by name, for a live preview.
        language: the language of our templates; by default :func:`crisisroom.languages.language`
            when the loader is made.
    """

    def __init__(
        self,
        prefix: str,
        overrides: Overrides | None = None,
        unsaved: Mapping[str, str] | None = None,
        *,
        language: str | None = None,
    ):
        self.prefix = prefix
        self.overrides = overrides
        self.unsaved = dict(unsaved or {})
        self.language = languages.resolve(language)

    def get_source(self, environment: Environment, template: str) -> tuple[str, str, Callable[[], bool]]:
        if not template.startswith(self.prefix) or not is_template_name(template):
            raise TemplateNotFound(template)
        if template in self.unsaved:
            source = self.unsaved[template]
            return source, template, lambda: False  # the overlay belongs to one preview
        overrides = self.overrides
        if overrides is not None:
            saved = overrides(template)
            if saved is not None:
                # Still current while the saved text is the same (an edit elsewhere recompiles it).
                return saved, template, lambda: overrides(template) == saved
        shipped = shipped_source(template, self.language)
        if shipped is None:
            raise TemplateNotFound(template)
        return shipped, template, lambda: overrides is None or overrides(template) is None

    def list_templates(self) -> list[str]:
        return sorted(set(shipped_names(self.prefix)) | {name for name in self.unsaved if name.startswith(self.prefix)})


# --- Filters: the few things templates need that jinja2 does not have ---------------------------

TIME_STYLES = ("time", "day", "date", "datetime")


def environment_language(environment: Environment) -> str:
    """The language an environment of ours renders in ("en" for any other environment)."""
    loader = environment.loader
    return loader.language if isinstance(loader, TemplateLoader) else languages.DEFAULT


def _words(environment: Environment) -> DateWords:
    return DATE_WORDS.get(environment_language(environment), DATE_WORDS[languages.DEFAULT])


def _zone_label(moment: datetime) -> str:
    name = moment.tzname() or "UTC"
    # Zones without a common abbreviation report "+03"; "UTC+03" says what it is.
    return f"UTC{name}" if name[:1] in "+-" else name


def format_moment(moment: datetime, style: str, words: DateWords, *, same_day: bool = False) -> str:
    """A local time in one of :data:`TIME_STYLES`, in the words of one language."""
    parts = {
        "clock": f"{moment:%H:%M} {_zone_label(moment)}",
        "day": words.days[moment.weekday()],
        "d": moment.day,
        "month": words.months[moment.month - 1],
        "year": moment.year,
    }
    if style == "time":
        return parts["clock"] if same_day else words.time_other_day.format(**parts)
    pattern = {"day": words.day, "date": words.date, "datetime": words.datetime}[style]
    return pattern.format(**parts)


@pass_context
def local_time(context: Context, value: str, style: str = "time") -> str:
    """A stored UTC time (``2026-11-21T13:30:00.000Z``) on the incident's clock.

    Styles: ``time`` gives ``14:30 CET``, adding the day when it is not the day of ``now``
    (``14:30 CET on Sunday 22 November``), so "next update by 09:00" is never ambiguous overnight;
    ``day`` gives ``Saturday 21 November at 14:30 CET``; ``date`` gives ``21 November 2026``;
    ``datetime`` gives ``21 November 2026, 14:30 CET``. The zone is the context's ``timezone``;
    the words are those of the environment's language (:data:`DATE_WORDS`).
    """
    if style not in TIME_STYLES:
        raise TemplateRuntimeError(f"local_time: unknown style {style!r}; use one of {', '.join(TIME_STYLES)}")
    if not value:
        raise TemplateRuntimeError("local_time was given an empty time (is it set for this incident?)")
    try:
        zone = zone_from_name(str(context.get("timezone") or "UTC"))
        moment = from_iso(str(value)).astimezone(zone)
    except (ValueError, InvalidInputError) as exc:
        raise TemplateRuntimeError(f"local_time cannot read {value!r} as a time: {exc}") from None
    same_day = False
    now = context.get("now")
    if style == "time" and now:
        try:
            same_day = from_iso(str(now)).astimezone(zone).date() == moment.date()
        except ValueError:
            same_day = False
    return format_moment(moment, style, _words(context.environment), same_day=same_day)


def and_list(values: Any, conjunction: str = "and") -> str:
    """``["a", "b", "c"]`` → ``a, b and c``."""
    items = [str(value) for value in values if str(value).strip()]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


@pass_environment
def _and_list_filter(environment: Environment, values: Any, conjunction: str = "and") -> str:
    """:func:`and_list` with "and" and "or" in the environment's language (other words as given)."""
    return and_list(values, _words(environment).conjunctions.get(conjunction, conjunction))


FILTERS: dict[str, Callable[..., Any]] = {"local_time": local_time, "sentence": sentence, "and_list": _and_list_filter}


def _finalize(value: Any) -> Any:
    """None prints as nothing (a level not yet assessed), not as the word "None"."""
    return "" if value is None else value


# --- The environments --------------------------------------------------------------------------

MAX_REPEAT = 10_000  # longest string or list a template may build with * (a rule of 20 dashes is fine)
MAX_POWER = 64


class MessageSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, also refusing arithmetic that would build gigantic values.

    A typo such as ``{{ '-' * 10**9 }}`` would otherwise freeze the live preview while Python
    allocates gigabytes; the sandbox's own ``range`` limit does not cover ``*`` and ``**``.
    """

    intercepted_binops = frozenset({"*", "**"})

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        """Refuse an unsafe attribute at once.

        jinja2 returns an Undefined that raises only when printed; inside a list
        (``known|map(attribute='__class__')|list``) it would print as "Undefined" instead of
        failing. A statement must never carry such debris, so the access itself fails.
        """
        raise SecurityError(f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe")

    def call_binop(self, context: Context, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**" and isinstance(right, int | float) and abs(right) > MAX_POWER:
            raise SecurityError(f"powers above {MAX_POWER} are not allowed in templates")
        if operator_name == "*":
            for sequence, times in ((left, right), (right, left)):
                repeatable = isinstance(sequence, str | list | tuple) and isinstance(times, int)
                if repeatable and len(sequence) * times > MAX_REPEAT:
                    raise SecurityError(f"repeating text more than {MAX_REPEAT} characters is not allowed")
            return operator.mul(left, right)
        return super().call_binop(context, operator_name, left, right)


def message_environment(
    overrides: Overrides | None = None, *, unsaved: Mapping[str, str] | None = None, language: str | None = None
) -> ImmutableSandboxedEnvironment:
    """The sandboxed, strict, plain-text environment for message templates.

    Args:
        overrides: reads the user's saved template text by name (from
            :func:`crisisroom.storage.templates.override_reader`); None uses only ours.
        unsaved: text in an editor, by template name, that the preview renders in place of the
            saved one (so editing a shared frame previews a message that uses it).
        language: the language of our templates and of the dates filters write; by default
            :func:`crisisroom.languages.language`. The user's overrides win in every language.
    """
    env = MessageSandbox(
        loader=TemplateLoader(MESSAGES_PREFIX, overrides, unsaved, language=language),
        undefined=StrictUndefined,
        autoescape=False,  # plain text: "&" in a statement must stay "&", not "&amp;"
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=True,
        finalize=_finalize,
    )
    env.filters.update(FILTERS)
    # lipsum would put random Latin into a statement; nothing else in the defaults is risky here.
    env.globals.pop("lipsum", None)
    return env


def report_environment(language: str | None = None) -> Environment:
    """The autoescaping, strict environment for our HTML report templates.

    It serves every template we ship (report templates belong in ``templates/reports/``), never
    a user's override, in ``language`` (by default :func:`crisisroom.languages.language`) where
    we have a translation, else in English.

    Not sandboxed: report templates are ours, not user-editable, and reports iterate over large
    logs where the sandbox's per-attribute checks would cost time.
    """
    env = Environment(
        loader=TemplateLoader("", language=language),
        undefined=StrictUndefined,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        finalize=_finalize,
    )
    env.filters.update(FILTERS)
    env.globals.pop("lipsum", None)
    return env
