"""The jinja2 environments, as qutebrowser's ``jinja.py`` keeps them: few, strict, loaded from package data.

* :func:`message_environment`: plain-text message templates that users may edit. Sandboxed and
  immutable (a template cannot reach Python internals or change the data it is given),
  ``StrictUndefined`` (a misspelt field is an error, never an empty gap in a statement),
  no autoescaping (the output is plain text, not HTML). Templates are looked up first in the
  unsaved text of an editor, then in the user's saved overrides, then in what we ship.
* :func:`report_environment`: HTML reports written by us. Autoescaped, ``StrictUndefined``,
  shipped templates only.

Only plain data (str, int, bool, None, lists and dicts of them) is ever passed in; see
:func:`crisisroom.reports.statement_templates.message_context`.
"""

from __future__ import annotations

import functools
import inspect
import re
import time
from collections import deque
from collections.abc import Callable, ItemsView, Iterable, Iterator, KeysView, Mapping, ValuesView
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from functools import cache, update_wrapper
from importlib import resources
from importlib.resources.abc import Traversable
from types import BuiltinMethodType, MethodType
from typing import Any, TypeVar

from jinja2 import (
    BaseLoader,
    Environment,
    StrictUndefined,
    Template,
    TemplateNotFound,
    nodes,
    pass_context,
    pass_environment,
)
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.environment import TemplateModule
from jinja2.exceptions import SecurityError, TemplateRuntimeError
from jinja2.runtime import Context, LoopContext, Undefined
from jinja2.sandbox import ImmutableSandboxedEnvironment, SandboxedFormatter
from jinja2.utils import Namespace
from markupsafe import EscapeFormatter, Markup

from crisisroom.domain.clock import from_iso, zone_from_name
from crisisroom.domain.date_words import DATE_WORDS, DateWords
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import sentence
from crisisroom.i18n import languages

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
        language: the language of our templates; by default :func:`crisisroom.i18n.languages.language`
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
    clock = f"{moment:%H:%M} {_zone_label(moment)}"
    parts = {
        "clock": clock,
        "day": words.days[moment.weekday()],
        "d": moment.day,
        "month": words.months[moment.month - 1],
        "year": moment.year,
    }
    if style == "time":
        return clock if same_day else words.time_other_day.format(**parts)
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


# --- Limits: how much text a user's template may build, and for how long ------------------------
#
# A message template is user code run in the live preview and in the wizard's Message step. The
# sandbox keeps it away from Python internals; these limits keep it from freezing the app or
# eating its memory: every operation that could build a large text is checked *before* it runs
# (``'x'.ljust(10**9)`` is refused without allocating anything), and every rendering has a budget
# of loop rounds, calls and seconds.

MAX_REPEAT = 10_000  # longest string or list a template may build with * (a rule of 20 dashes is fine)
MAX_POWER = 64
MAX_INT_BITS = 16_384  # numbers of about 5,000 digits; Python will not even print more than 4,300
MAX_TEXT = 100_000
"""Longest text a template may produce, or build on the way: a statement is a few thousand characters."""
MAX_BUILT = 2_000_000
"""All the text one rendering may build, counted piece by piece (each piece at most :data:`MAX_TEXT`)."""
MAX_STEPS = 1_000_000
"""Work one rendering may do: loop rounds (weighted by the size of the loop's body), calls, filters, lookups."""
MAX_SECONDS = 1.5
"""Time one rendering may take; our templates take a few milliseconds."""

TOO_LONG = "the template ran too long and was stopped; is a loop running away?"
TOO_BIG = f"the template's text grew past {MAX_TEXT:,} characters; is a width or a loop too large?"
TOO_MUCH = f"the template built more than {MAX_BUILT:,} characters of text in all; is a loop running away?"


class TemplateLimitError(TemplateRuntimeError):
    """A user's template went past a limit on the text it builds or on the time it runs."""


@dataclass
class _Budget:
    deadline: float
    steps: int = 0
    built: int = 0


_BUDGET: ContextVar[_Budget | None] = ContextVar("crisisroom_template_budget", default=None)


def _tick(steps: int = 1) -> None:
    """Count work against the current rendering's budget (none outside :meth:`BoundedTemplate.render`)."""
    budget = _BUDGET.get()
    if budget is None:
        return
    budget.steps += steps
    if budget.steps > MAX_STEPS or time.monotonic() > budget.deadline:
        raise TemplateLimitError(TOO_LONG)


def _check_length(length: int) -> None:
    if length > MAX_TEXT:
        raise TemplateLimitError(TOO_BIG)


def _charge(length: int) -> None:
    """A text of ``length`` characters was built: within :data:`MAX_TEXT`, and counted in the budget."""
    _check_length(length)
    budget = _BUDGET.get()
    if budget is not None:
        budget.built += length
        if budget.built > MAX_BUILT:
            raise TemplateLimitError(TOO_MUCH)


def _weight(value: Any, limit: int = MAX_TEXT) -> int:
    """About how many characters ``str(value)`` has, without building it; counting stops just past ``limit``.

    A list of a thousand references to one long text is small in memory and huge as text, so
    everything that turns a value into text checks its weight first.
    """
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str | bytes | bytearray):
            total += len(item)
        elif item is None or isinstance(item, bool | Undefined):
            total += 5  # never iterate an Undefined: StrictUndefined would fail here, not where it is used
        elif isinstance(item, int):
            total += item.bit_length() * 3 // 10 + 1
        elif isinstance(item, Mapping):
            for key, element in item.items():
                stack += (key, element)
                total += 4
                if total > limit:
                    return total
        elif isinstance(item, list | tuple | set | frozenset | deque | KeysView | ValuesView | ItemsView):
            for element in item:
                stack.append(element)
                total += 2
                if total > limit:
                    return total
        elif isinstance(item, Namespace):
            stack.append(item._Namespace__attrs)
        elif isinstance(item, TemplateModule):
            stack.extend(item._body_stream)
        else:
            total += 24
        if total > limit:
            return total
    return total


def _check_weight(value: Any) -> None:
    if not isinstance(value, int | float | bool) and value is not None:
        _check_length(_weight(value))


_T = TypeVar("_T")


def _checked(value: _T) -> _T:
    """A value an operation built: a text is counted in the budget, anything else must not be too big as text."""
    if isinstance(value, str | bytes | bytearray):
        _charge(len(value))
    else:
        _check_weight(value)
    return value


def _bounded_items(values: Iterable[Any], separator: int = 2) -> list[Any]:
    """The items of ``values`` as a list, refused as soon as joining them would be too long."""
    items: list[Any] = []
    total = 0
    for item in values:
        _tick()
        total += _weight(item, MAX_TEXT - total) + separator
        _check_length(total)
        items.append(item)
    return items


def _number(text: str | None) -> int:
    """A width or precision written in a format ("12"): its value, or just past the limit when longer."""
    if not text or not text.isdigit():
        return 0
    return int(text) if len(text) <= 7 else MAX_TEXT + 1


def _int(value: Any) -> int:
    return value if isinstance(value, int) else 0


_PERCENT = re.compile(r"%(?:\(([^)]*)\))?[-#0 +]*(\*|\d+)?(?:\.(\*|\d+))?[hlL]?(.)?", re.S)


def _check_percent(pattern: Any, values: Any) -> None:
    """Refuse ``pattern % values`` (or ``pattern|format(…)``) when its text could be too long."""
    if not isinstance(pattern, str | bytes | bytearray):
        return  # numbers: the remainder of a division
    text = pattern if isinstance(pattern, str) else bytes(pattern).decode("latin-1")
    arguments = values if isinstance(values, tuple) else (values,)
    widest = max((_int(value) for value in arguments), default=0)
    heaviest = max((_weight(value) for value in arguments), default=0)
    total = len(text)
    for match in _PERCENT.finditer(text):
        key, width, precision, kind = match.groups()
        if kind == "%":
            continue
        piece = sum(widest if number == "*" else _number(number) for number in (width, precision))
        if key is not None and isinstance(values, Mapping):
            piece += _weight(values.get(key))
        else:
            piece += heaviest
        total += piece + (320 if kind and kind in "eEfFgG" else 0)  # 1e308 written out in full
        _check_length(total)


def _check_spec(spec: str) -> None:
    """Refuse a ``str.format`` spec with a width or precision past :data:`MAX_TEXT` (``{:>1000000000}``)."""
    for number in re.findall(r"\d+", spec):
        _check_length(_number(number))


def _check_replace(text: Any, old: Any, new: Any, count: Any) -> None:
    if not (isinstance(text, str | bytes | bytearray) and hasattr(old, "__len__") and hasattr(new, "__len__")):
        return
    try:
        hits = text.count(old) if len(old) else len(text) + 1
    except TypeError:
        return  # the replace itself says what is wrong
    if isinstance(count, int) and count >= 0:
        hits = min(hits, count)
    _check_length(len(text) + hits * max(len(new) - len(old), 0))


def _bounded_method_args(method: Any, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> tuple[Any, ...]:
    """Check a call of a method of a built-in type that could build a huge value; the arguments to use."""
    if not isinstance(method, BuiltinMethodType):
        return args
    owner, name = method.__self__, method.__name__

    def arg(index: int, keyword: str, default: Any = None) -> Any:
        return args[index] if len(args) > index else kwargs.get(keyword, default)

    if isinstance(owner, str | bytes | bytearray):
        if name in ("ljust", "rjust", "center", "zfill"):
            _check_length(_int(arg(0, "width")))
        elif name == "expandtabs":
            tab = "\t" if isinstance(owner, str) else b"\t"
            _check_length(len(owner) + owner.count(tab) * max(_int(arg(0, "tabsize", 8)), 0))  # type: ignore[arg-type]
        elif name == "join" and args:
            items = _bounded_items(args[0], separator=len(owner))
            return (items, *args[1:])
        elif name == "replace":
            _check_replace(owner, arg(0, "old"), arg(1, "new"), arg(2, "count", -1))
        elif name == "translate" and args and isinstance(args[0], Mapping | list | tuple):
            table = args[0]
            values = table.values() if isinstance(table, Mapping) else table
            longest = max((len(value) for value in values if isinstance(value, str | bytes)), default=1)
            _check_length(len(owner) * max(longest, 1))
    elif isinstance(owner, int) and name == "to_bytes":
        _check_length(_int(arg(0, "length", 1)))
    return args


# Filters that build text from a size they are given, and how each is checked before it runs.
def _filter_center(a: dict[str, Any]) -> None:
    _check_length(_int(a["width"]))


def _filter_indent(a: dict[str, Any]) -> None:
    width = a["width"]
    step = len(width) if isinstance(width, str) else _int(width)
    text = a["s"]
    lines = text.count("\n") + 1 if isinstance(text, str) else 1
    _check_length(_weight(text) + step * lines)


def _filter_format(a: dict[str, Any]) -> None:
    _check_percent(str(a["value"]) if not isinstance(a["value"], str) else a["value"], a["kwargs"] or a["args"])


def _filter_join(a: dict[str, Any]) -> None:
    a["value"] = _bounded_items(a["value"], separator=_weight(a["d"]))


def _filter_sum(a: dict[str, Any]) -> None:
    a["iterable"] = _bounded_items(a["iterable"])


def _filter_and_list(a: dict[str, Any]) -> None:
    a["values"] = _bounded_items(a["values"], separator=_weight(a["conjunction"]) + 2)


def _filter_replace(a: dict[str, Any]) -> None:
    count = a["count"]
    text = a["s"] if isinstance(a["s"], str) else str(a["s"])
    _check_replace(text, a["old"], a["new"], -1 if count is None else count)


def _filter_wordwrap(a: dict[str, Any]) -> None:
    text = a["s"] if isinstance(a["s"], str) else ""
    wrap = a["wrapstring"]
    breaks = len(text) // max(_int(a["width"]), 1) + text.count("\n") + 1
    _check_length(len(text) + (len(wrap) if isinstance(wrap, str) else 1) * breaks)


def _filter_urlize(a: dict[str, Any]) -> None:
    text = a["value"] if isinstance(a["value"], str) else ""
    extra = sum(_weight(a[key]) for key in ("target", "rel") if a[key]) + 60
    _check_length(3 * len(text) + (len(text) // 4 + 1) * extra)


def _filter_tojson(a: dict[str, Any]) -> None:
    indent = a["indent"]
    step = len(indent) if isinstance(indent, str) else _int(indent)
    weight = _weight(a["value"])
    _check_length(weight + weight * step * min(weight, 100))


def _filter_batch(a: dict[str, Any]) -> None:
    _check_length(_int(a["linecount"]))


def _filter_slice(a: dict[str, Any]) -> None:
    _check_length(_int(a["slices"]))


_FILTER_CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "center": _filter_center,
    "indent": _filter_indent,
    "format": _filter_format,
    "join": _filter_join,
    "sum": _filter_sum,
    "and_list": _filter_and_list,
    "replace": _filter_replace,
    "wordwrap": _filter_wordwrap,
    "urlize": _filter_urlize,
    "tojson": _filter_tojson,
    "batch": _filter_batch,
    "slice": _filter_slice,
}


def _bounded_filter(name: str, func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` checked against the limits: its arguments before, its result after, and its sizes by name."""
    check = _FILTER_CHECKS.get(name)
    signature = inspect.signature(func) if check is not None else None
    passes = 0 if getattr(func, "jinja_pass_arg", None) is None else 1  # the context, environment or eval context
    # jinja2's async-aware filters (slice, list…) take the eval context and drop it for the plain
    # function, whose signature we bind: skip it then.
    skip = passes if getattr(inspect.unwrap(func), "jinja_pass_arg", None) is None else 0

    @functools.wraps(func)  # keeps jinja_pass_arg
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _tick()
        for value in (*args[passes:], *kwargs.values()):
            _check_weight(value)
        if check is not None and signature is not None:
            bound = signature.bind(*args[skip:], **kwargs)
            bound.apply_defaults()
            check(bound.arguments)
            args, kwargs = (*args[:skip], *bound.args), bound.kwargs
        return _checked(func(*args, **kwargs))

    return bounded


class _BoundedFormatter(SandboxedFormatter):
    """``str.format`` in a template: no width past the limit, no field too big, no result too long."""

    def __init__(self, env: Environment, **kwargs: Any) -> None:
        super().__init__(env, **kwargs)
        self._length = 0

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        _check_weight(value)
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> Any:
        _tick()
        _check_spec(format_spec)
        _check_weight(value)
        text = super().format_field(value, format_spec)
        self._length += len(text)
        _check_length(self._length)
        return text


class _BoundedEscapeFormatter(_BoundedFormatter, EscapeFormatter):
    pass


class BoundedCodeGenerator(CodeGenerator):
    """Compiles loops and ``~`` so that they answer to the limits (the sandbox has no hooks for them)."""

    def visit_Template(self, node: nodes.Template, frame: Frame | None = None) -> None:
        # {% for x in items %} runs as {% for x in environment.guard_loop(items, cost) %}, where
        # cost is the size of the loop's body (jinja2 allows no node types of our own).
        for loop in list(node.find_all(nodes.For)):
            cost = 1 + sum(1 for part in loop.body for _ in part.find_all(nodes.Node))
            guard = nodes.EnvironmentAttribute("guard_loop", lineno=loop.iter.lineno)
            cost_node = nodes.Const(cost, lineno=loop.iter.lineno)
            loop.iter = nodes.Call(guard, [loop.iter, cost_node], [], None, None, lineno=loop.iter.lineno)
        super().visit_Template(node, frame)

    @optimizeconst
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"environment.join_values({join}, (")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write("))")


class BoundedTemplate(Template):
    """A template whose :meth:`render` runs on a budget of :data:`MAX_STEPS` steps and :data:`MAX_SECONDS`."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        if _BUDGET.get() is not None:
            return super().render(*args, **kwargs)
        token = _BUDGET.set(_Budget(time.monotonic() + MAX_SECONDS))
        try:
            return super().render(*args, **kwargs)
        finally:
            _BUDGET.reset(token)


# --- The environments --------------------------------------------------------------------------


class MessageSandbox(ImmutableSandboxedEnvironment):
    """The immutable sandbox, with limits on what a template may build and for how long.

    A typo such as ``{{ '-' * 10**9 }}`` or ``{{ 'x'|indent(10**9) }}`` would otherwise freeze the
    live preview while Python allocates gigabytes, and nested loops would run for hours; the
    sandbox's own ``range`` limit covers neither. Every text-building operation a template can
    reach (operators, ``~``, string methods, ``str.format``, filters, printing) is checked before
    it runs, and loops, calls and lookups count against a budget of :data:`MAX_STEPS` and
    :data:`MAX_SECONDS` per rendering. Going past a limit raises :class:`TemplateLimitError`.
    """

    intercepted_binops = frozenset({"*", "**", "%", "+"})
    code_generator_class = BoundedCodeGenerator
    template_class = BoundedTemplate

    def unsafe_undefined(self, obj: Any, attribute: str) -> Any:
        """Refuse an unsafe attribute at once.

        jinja2 returns an Undefined that raises only when printed; inside a list
        (``known|map(attribute='__class__')|list``) it would print as "Undefined" instead of
        failing. A statement must never carry such debris, so the access itself fails.
        """
        raise SecurityError(f"access to attribute {attribute!r} of {type(obj).__name__!r} object is unsafe")

    def call_binop(self, context: Context, operator_name: str, left: Any, right: Any) -> Any:
        _tick()
        numbers = isinstance(left, int) and isinstance(right, int)
        if operator_name == "**":
            if isinstance(right, int | float) and abs(right) > MAX_POWER:
                raise SecurityError(f"powers above {MAX_POWER} are not allowed in templates")
            if numbers and right > 0 and left.bit_length() * right > MAX_INT_BITS:
                raise SecurityError("numbers this large are not allowed in templates")
        elif operator_name == "*":
            for sequence, times in ((left, right), (right, left)):
                repeatable = isinstance(sequence, str | list | tuple) and isinstance(times, int)
                if repeatable and len(sequence) * times > MAX_REPEAT:
                    raise SecurityError(f"repeating text more than {MAX_REPEAT} characters is not allowed")
            if numbers and left.bit_length() + right.bit_length() > MAX_INT_BITS:
                raise SecurityError("numbers this large are not allowed in templates")
        elif operator_name == "%":
            _check_percent(left, right)
        elif operator_name == "+" and isinstance(left, str | bytes) and isinstance(right, str | bytes):
            _check_length(len(left) + len(right))
        return _checked(self.binop_table[operator_name](left, right))

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        """Call ``obj`` from the template: counted, its arguments and result checked against the limits."""
        _tick()
        for value in (*args, *kwargs.values()):
            _check_weight(value)
        if isinstance(obj, LoopContext) and args:  # loop(children) in a recursive loop
            args = (self.guard_loop(args[0], 1), *args[1:])
        args = _bounded_method_args(obj, args, kwargs)
        return _checked(super().call(context, obj, *args, **kwargs))

    def getattr(self, obj: Any, attribute: str) -> Any:
        _tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _tick()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``str.format`` and ``format_map`` through :class:`_BoundedFormatter` (the sandbox's own, bounded)."""
        if not isinstance(value, MethodType | BuiltinMethodType) or value.__name__ not in ("format", "format_map"):
            return None
        owner = value.__self__
        if not isinstance(owner, str):
            return None
        is_format_map = value.__name__ == "format_map"

        def wrapper(*args: Any, **kwargs: Any) -> str:
            if is_format_map:
                if kwargs:
                    raise TypeError("format_map() takes no keyword arguments")
                if len(args) != 1:
                    raise TypeError(f"format_map() takes exactly one argument ({len(args)} given)")
                kwargs, args = args[0], ()
            _tick()
            formatter: _BoundedFormatter
            if isinstance(owner, Markup):
                formatter = _BoundedEscapeFormatter(self, escape=owner.escape)
            else:
                formatter = _BoundedFormatter(self)
            return _checked(type(owner)(formatter.vformat(owner, args, kwargs)))

        return update_wrapper(wrapper, value)

    def concat(self, pieces: Iterable[str]) -> str:
        """Join a template's output (or a macro's, a block's): refused as soon as it grows past :data:`MAX_TEXT`."""
        kept: list[str] = []
        length = 0
        for piece in pieces:
            length += len(piece)
            _check_length(length)
            kept.append(piece)
        _charge(length)
        return "".join(kept)

    def join_values(self, join: Callable[[Iterable[Any]], str], values: tuple[Any, ...]) -> str:
        """``a ~ b``: checked before the text is made."""
        _tick()
        total = 0
        for value in values:
            total += _weight(value, MAX_TEXT - total)
            _check_length(total)
        return _checked(join(values))

    def guard_loop(self, iterable: Iterable[Any], cost: int) -> Iterator[Any]:
        """The rounds of a ``{% for %}`` loop, each counted as ``cost`` steps."""
        for item in iterable:
            _tick(cost)
            yield item


def _bounded_finalize(value: Any) -> Any:
    """:func:`_finalize`, refusing a value too big to print (a list of many references to a long text)."""
    _check_weight(value)
    return _finalize(value)


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
            :func:`crisisroom.i18n.languages.language`. The user's overrides win in every language.
    """
    env = MessageSandbox(
        loader=TemplateLoader(MESSAGES_PREFIX, overrides, unsaved, language=language),
        undefined=StrictUndefined,
        autoescape=False,  # plain text: "&" in a statement must stay "&", not "&amp;"
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        auto_reload=True,
        finalize=_bounded_finalize,
    )
    env.filters.update(FILTERS)
    env.filters = {name: _bounded_filter(name, func) for name, func in env.filters.items()}
    # lipsum would put random Latin into a statement; nothing else in the defaults is risky here.
    env.globals.pop("lipsum", None)
    return env


def report_environment(language: str | None = None) -> Environment:
    """The autoescaping, strict environment for our HTML report templates.

    It serves every template we ship (report templates belong in ``templates/reports/``), never
    a user's override, in ``language`` (by default :func:`crisisroom.i18n.languages.language`) where
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
