"""Message templates: which ones there are, the data they get, and rendering them safely.

Our templates live in ``templates/messages/`` (package data) and are named like files:

* ``messages/<crisis type>/<audience>/<phase>.txt``: one message, e.g.
  ``messages/security-breach/customers/holding.txt``. Public posts also have a short version
  for X and SMS: ``messages/<crisis type>/public-posts/<phase>-short.txt``.
* ``messages/product-recall/<audience>/<phase>[-short].txt``: an operational failure in which a
  product is recalled (the incident's recall switch, :data:`PRODUCT_RECALL`): what to stop using
  and how to return it, instead of an outage's "working normally again".
* ``messages/_frames/<audience>/<phase>[-short].txt``: what a message shares with the same
  audience and phase of every crisis type (greeting, what we know, the next update, the
  signature); each message ``extends`` its frame and fills in its blocks.
* ``messages/_shared.txt``: macros every frame imports (the drill marker, the next-update
  sentence, the signature...).

Any of them can be overridden by the user (``crisisroom.storage.templates``). A message that
starts with ``Subject: …`` is an e-mail; :func:`split_subject` separates the two.

Rendering never returns a half-made text and never lets an exception through as a traceback: a
broken template raises :class:`TemplateProblem`, which names the template, the line and what is
wrong, in words a communications officer can act on.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from jinja2 import Environment, TemplateNotFound, TemplateSyntaxError, UndefinedError
from jinja2.exceptions import SecurityError

from crisisroom.domain.clock import now_iso, to_iso
from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.platform_lengths import Audience, Phase, Platform
from crisisroom.domain.severity import level as severity_level
from crisisroom.domain.text import QT_TRANSLATE_NOOP, as_written, sentence
from crisisroom.i18n.languages import exercise_mark
from crisisroom.i18n.languages import resolve as resolve_language
from crisisroom.reports.environments import (
    MAX_TEXT,
    MESSAGES_PREFIX,
    Overrides,
    TemplateLimitError,
    is_template_name,
    message_environment,
    shipped_names,
    shipped_source,
)
from crisisroom.reports.polarity import neutral

SHARED = f"{MESSAGES_PREFIX}_shared.txt"
FRAMES = f"{MESSAGES_PREFIX}_frames/"

SHORT_AUDIENCES = (Audience.PUBLIC,)
"""Audiences whose messages also come in a short version for X and SMS."""
SHORT_PLATFORMS = (Platform.X, Platform.SMS)
"""Platforms a statement for which is drafted from the short public post."""
FULL_POST_PLATFORMS = (Platform.THREADS, Platform.INSTAGRAM, Platform.LINKEDIN, Platform.FACEBOOK)
"""Social platforms a statement for which is drafted from the full public post."""
PRODUCT_RECALL = "product-recall"
"""The folder of the templates for an operational failure in which a product is recalled."""
RECALL_CATEGORY = Category.OPERATIONAL
"""The one crisis type a product recall belongs to (its recall switch is ignored on any other)."""


def template_set(category: Category | str, recall: bool = False) -> str:
    """The folder a crisis type's messages are in: the type's key, or :data:`PRODUCT_RECALL` for a recall.

    A recall switch left on after the incident's type changed away from an operational failure is
    ignored: the type's own templates are used.
    """
    category = Category.parse(category) if not isinstance(category, Category) else category
    return PRODUCT_RECALL if recall and category is RECALL_CATEGORY else category.value


def message_template_name(
    category: Category | str,
    audience: Audience | str,
    phase: Phase | str,
    *,
    short: bool = False,
    recall: bool = False,
) -> str:
    """The template name of one message: ``messages/<type>/<audience>/<phase>[-short].txt``.

    ``recall``: a product is recalled (an operational failure only; see :func:`template_set`).

    Raises:
        InvalidInputError: for an unknown type, audience or phase, or a short version of an
            audience that has none.
    """
    category = Category.parse(category) if not isinstance(category, Category) else category
    try:
        audience = Audience(audience)
        phase = Phase(phase)
    except ValueError as exc:
        raise InvalidInputError(str(exc)) from None
    if short and audience not in SHORT_AUDIENCES:
        raise InvalidInputError(f"only public posts have a short version, not {audience.label.lower()}")
    folder = template_set(category, recall)
    return f"{MESSAGES_PREFIX}{folder}/{audience.value}/{phase.value}{'-short' if short else ''}.txt"


def statement_template_name(
    category: Category | str,
    audience: Audience | str,
    phase: Phase | str,
    platform: Platform | str | None = None,
    *,
    recall: bool = False,
) -> str:
    """The template a statement is drafted from, for all channels (``platform`` None or "") or for one platform.

    X and SMS get the short public post whatever the audience (it is the only text written to fit
    160 characters); Threads, Instagram, LinkedIn and Facebook get the full public post; e-mail,
    press releases and all channels get the audience's own template. ``recall``: the incident's
    recall switch is on (the product-recall templates, for an operational failure).

    Raises:
        InvalidInputError: for an unknown type, audience, phase or platform.
    """
    if not platform:
        return message_template_name(category, audience, phase, recall=recall)
    chosen = platform if isinstance(platform, Platform) else Platform.parse(platform)
    if chosen in SHORT_PLATFORMS:
        return message_template_name(category, Audience.PUBLIC, phase, short=True, recall=recall)
    if chosen in FULL_POST_PLATFORMS:
        return message_template_name(category, Audience.PUBLIC, phase, recall=recall)
    return message_template_name(category, audience, phase, recall=recall)


def frame_template_name(audience: Audience | str, phase: Phase | str, *, short: bool = False) -> str:
    """The frame a message extends: ``messages/_frames/<audience>/<phase>[-short].txt``."""
    audience, phase = Audience(audience), Phase(phase)
    return f"{FRAMES}{audience.value}/{phase.value}{'-short' if short else ''}.txt"


def template_sets() -> list[tuple[Category, bool]]:
    """Every set of messages as ``(type, recall)``: each crisis type, the product recall after its type."""
    return [
        (category, recall)
        for category in Category
        for recall in ((False, True) if category is RECALL_CATEGORY else (False,))
    ]


def message_template_names() -> list[str]:
    """Every message (not frames or shared parts): by type (a recall after its type), audience, phase, short last."""
    return [
        message_template_name(category, audience, phase, short=short, recall=recall)
        for category, recall in template_sets()
        for audience in Audience
        for phase in Phase
        for short in ((False, True) if audience in SHORT_AUDIENCES else (False,))
    ]


_MESSAGE_NAME = re.compile(
    rf"^{MESSAGES_PREFIX}(?:(?P<frame>_frames)|(?P<category>[a-z-]+))/(?P<audience>[a-z-]+)/(?P<phase>[a-z]+)(?P<short>-short)?\.txt$"
)


_SHARED = QT_TRANSLATE_NOOP("Templates", "Sentences shared by every message")
_SHORT = QT_TRANSLATE_NOOP("Templates", "Short {phase}")
RECALL_LABEL = QT_TRANSLATE_NOOP("Templates", "Product recall")
"""The product-recall set of messages, in words (a label of the template editor's list)."""
_FRAME = QT_TRANSLATE_NOOP("Templates", "{parts} · shared by every crisis type")


@dataclass(frozen=True)
class TemplateInfo:
    """What a template name stands for, for lists, headings and previews.

    Attributes:
        name: the template name.
        kind: ``"message"``, ``"frame"`` (shared by every crisis type), ``"shared"`` (the
            macros) or ``"other"``.
        category, audience, phase: None where they do not apply.
        short: the short version for X and SMS.
        recall: a product recall's message (its category is the operational failure).
    """

    name: str
    kind: str
    category: Category | None = None
    audience: Audience | None = None
    phase: Phase | None = None
    short: bool = False
    recall: bool = False

    @property
    def label(self) -> str:
        """``Security breach · Customers · Holding statement`` (frames say they are shared)."""
        return self.label_in()

    def label_in(self, translate: Callable[[str, str], str] = as_written) -> str:
        """:attr:`label`, its words through ``translate(context, text)`` (a window's translation)."""
        if self.kind == "shared":
            return translate("Templates", _SHARED)
        if self.audience is None or self.phase is None:
            return self.name
        phase = translate("Messages", self.phase.label)
        if self.short:
            phase = translate("Templates", _SHORT).format(phase=phase.lower())
        parts = " · ".join([translate("Messages", self.audience.label), phase])
        if self.kind == "frame":
            return translate("Templates", _FRAME).format(parts=parts)
        assert self.category is not None
        if self.recall:
            return f"{translate('Templates', RECALL_LABEL)} · {parts}"
        return f"{translate('Category', self.category.label)} · {parts}"

    @property
    def platforms(self) -> tuple[Platform, ...]:
        """Where this text will be released, so the editor measures it for those.

        Short versions go to X and SMS; full public posts to the other social platforms; the
        letters to customers, staff and partners by e-mail; statements to the press as releases.
        """
        if self.short:
            return (Platform.X, Platform.SMS)
        if self.audience is Audience.PUBLIC:
            return (Platform.THREADS, Platform.INSTAGRAM, Platform.LINKEDIN, Platform.FACEBOOK)
        if self.audience is Audience.PRESS:
            return (Platform.PRESS_RELEASE,)
        return (Platform.EMAIL,)

    def preview_name(self, category: Category | str, recall: bool = False) -> str:
        """The message to preview this template with: itself, or one using it (in the recall set: ``recall``)."""
        if self.kind == "message":
            return self.name
        if self.kind == "frame" and self.audience is not None and self.phase is not None:
            return message_template_name(category, self.audience, self.phase, short=self.short, recall=recall)
        return message_template_name(category, Audience.CUSTOMERS, Phase.HOLDING, recall=recall)


def describe(name: str) -> TemplateInfo:
    """What a template name stands for (any name; unknown shapes are ``"other"``)."""
    if name == SHARED:
        return TemplateInfo(name, "shared")
    match = _MESSAGE_NAME.match(name)
    if not match:
        return TemplateInfo(name, "other")
    try:
        audience = Audience(match["audience"])
        phase = Phase(match["phase"])
        recall = match["category"] == PRODUCT_RECALL
        category = None if match["frame"] else RECALL_CATEGORY if recall else Category(match["category"])
    except ValueError:
        return TemplateInfo(name, "other")
    kind = "frame" if match["frame"] else "message"
    return TemplateInfo(name, kind, category, audience, phase, bool(match["short"]), recall)


# --- Problems, in words ------------------------------------------------------------------------


class TemplateProblem(InvalidInputError):
    """A template that cannot be used, with where and why.

    Attributes:
        detail: what is wrong, in words (``'summry' is not a field of the message; did you mean 'summary'?``).
        template: the template name where it went wrong (may be a frame the message uses).
        line: the line in that template, when known.
        kind: ``syntax``, ``undefined``, ``unsafe``, ``missing``, ``limit`` (it built too much text or
            ran too long: :class:`~crisisroom.reports.environments.TemplateLimitError`) or ``error``.
    """

    def __init__(self, detail: str, *, template: str | None = None, line: int | None = None, kind: str = "error"):
        self.detail = detail
        self.template = template
        self.line = line
        self.kind = kind
        where = ", ".join(part for part in (template, f"line {line}" if line else None) if part)
        super().__init__(f"{where}: {detail}" if where else detail)


_UNDEFINED = re.compile(r"^'([^']+)' is undefined$")

# jinja2's commonest syntax messages, in words for someone who writes statements, not code.
_SYNTAX_WORDS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"^expected token 'end of statement block', got '(.*)'$"),
        "a {{% … %}} tag is not closed: “%}}” was expected before “{0}”",
    ),
    (
        re.compile(r"^expected token 'end of print statement', got '(.*)'$"),
        "a {{{{ … }}}} field is not closed: “}}}}” was expected before “{0}”",
    ),
    (
        re.compile(r"^Unexpected end of template\..*The innermost block that needs to be closed is '(\w+)'\.$", re.S),
        "the template ends before the {{% {0} %}} opened earlier is closed with {{% end{0} %}}",
    ),
    (
        re.compile(
            r"^Encountered unknown tag '(\w+)'\..*The innermost block that needs to be closed is '(\w+)'\.$", re.S
        ),
        "{{% {0} %}} is out of place or unknown; {{% end{1} %}} was expected first",
    ),
    (re.compile(r"^Encountered unknown tag '(\w+)'\.$"), "there is no tag {{% {0} %}}"),
    (re.compile(r"^No filter named '(\w+)'\.$"), "there is no filter named '{0}'"),
    (re.compile(r"^No test named '(\w+)'\.$"), "there is no test named '{0}'"),
)


def _plain_syntax(message: str) -> str:
    """jinja2's syntax message reworded when it is a common one, as it is otherwise."""
    for pattern, words in _SYNTAX_WORDS:
        match = pattern.match(message)
        if match:
            return words.format(*match.groups())
    return message


def _error_location(exc: BaseException) -> tuple[str | None, int | None]:
    """The innermost template frame of a rendering error (jinja2 rewrites tracebacks to them)."""
    where: tuple[str | None, int | None] = (None, None)
    tb = exc.__traceback__
    while tb is not None:
        if "__jinja_exception__" in tb.tb_frame.f_globals:
            where = (tb.tb_frame.f_code.co_filename, tb.tb_lineno)
        tb = tb.tb_next
    return where


def _problem(exc: Exception, label: str, fields: Sequence[str]) -> TemplateProblem:
    """Turn whatever a template raised into a TemplateProblem a person can act on."""
    if isinstance(exc, TemplateSyntaxError):
        detail = _plain_syntax(exc.message or "the template cannot be read")
        return TemplateProblem(detail, template=exc.name or label, line=exc.lineno, kind="syntax")
    template, line = _error_location(exc)
    if template in (None, "<template>"):
        template = label
    if isinstance(exc, TemplateLimitError):
        return TemplateProblem(exc.message or str(exc), template=template, line=line, kind="limit")
    if isinstance(exc, MemoryError):  # a limit we did not foresee; the app survives it
        return TemplateProblem("the template needs too much memory", template=template, line=line, kind="limit")
    if isinstance(exc, TemplateNotFound):
        return TemplateProblem(f"there is no template named {exc.name!r}", template=template, line=line, kind="missing")
    if isinstance(exc, SecurityError):
        return TemplateProblem(f"not allowed in a template: {exc}", template=template, line=line, kind="unsafe")
    if isinstance(exc, UndefinedError):
        match = _UNDEFINED.match(str(exc))
        if match:
            field = match.group(1)
            detail = f"{field!r} is not a field of the message"
            close = difflib.get_close_matches(field, fields, n=1)
            if close:
                detail += f"; did you mean {close[0]!r}?"
            return TemplateProblem(detail, template=template, line=line, kind="undefined")
        return TemplateProblem(str(exc), template=template, line=line, kind="undefined")
    if isinstance(exc, RecursionError):
        return TemplateProblem("the template calls itself without end", template=template, line=line)
    return TemplateProblem(str(exc) or type(exc).__name__, template=template, line=line)


# --- Checking and rendering --------------------------------------------------------------------


def check_template(name: str, source: str, environment: Environment | None = None) -> None:
    """Check that ``source`` is a template jinja2 can compile (syntax, known filters and tests).

    Raises:
        TemplateProblem: naming the line, e.g. ``line 3: unexpected '}'``.
    """
    env = environment or message_environment()
    try:
        env.compile(source, name, name)
    except TemplateSyntaxError as exc:
        raise _problem(exc, name, ()) from exc


def trial_render(name: str, source: str, overrides: Overrides | None = None) -> str:
    """Render ``source`` as template ``name`` once with sample data, as the editor's preview does.

    A message renders itself; a frame or the shared part renders a message that uses it (of an
    operational incident). The user's other saved templates take part when ``overrides`` reads
    them. This is what is checked before a template is saved: one that builds too much text or
    runs too long (:data:`~crisisroom.reports.environments.MAX_TEXT`), or fails in any other way,
    is refused with the problem.

    Raises:
        TemplateProblem: as :func:`render_message`.
    """
    info = describe(name)
    category = info.category or Category.OPERATIONAL
    target = name if info.kind == "other" else info.preview_name(category)
    environment = message_environment(overrides, unsaved={name: source})
    context = sample_context(category, info.phase or Phase.HOLDING)
    return render_message(target, context, environment=environment, name=name)


def render_message(
    template: str, context: Mapping[str, Any], *, environment: Environment | None = None, name: str | None = None
) -> str:
    """Render a message template to finished text.

    Args:
        template: a template name (``messages/…/holding.txt``), or template source text.
        context: plain data, as from :func:`message_context`.
        environment: the environment to use; by default ours alone, without the user's edits
            (pass ``message_environment(override_reader(db))`` for those).
        name: how to call source text in errors (the editor passes the name being edited).

    Returns:
        The text, tidied: no trailing spaces, at most one blank line in a row, no blank lines
        at the start or end.

    Raises:
        TemplateProblem: the template does not exist, does not parse, uses a field the context
            does not have, tries something the sandbox refuses, or fails in any other way.
            Nothing is returned then: never half a message.
    """
    env = environment or message_environment()
    label = template if is_template_name(template) else (name or "the template")
    fields = sorted(context)
    try:
        compiled = env.get_template(template) if is_template_name(template) else env.from_string(template)
        text = compiled.render(dict(context))
    except Exception as exc:  # a template is user code: any failure is the template's, not ours
        raise _problem(exc, label, fields) from exc
    text = tidy(text)
    if len(text) > MAX_TEXT:
        raise TemplateProblem(f"the text is over {MAX_TEXT:,} characters; is a loop running away?", template=label)
    return text


def tidy(text: str) -> str:
    """Trailing spaces off, runs of blank lines down to one, blank lines at both ends removed.

    Templates leave gaps where an optional part (a list of facts, a contact) is empty; tidying
    here keeps every template simple.
    """
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if not line and (not kept or not kept[-1]):
            continue
        kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


# How an e-mail's first line names its subject, in each language's own word (so a Swedish or French
# draft does not open with an English "Subject:"); any of them is read in any language, so a text
# saved in one language still splits after the language changes.
SUBJECT_MARKERS: dict[str, str] = {"en": "Subject: ", "sv": "Ämne: ", "fr": "Objet\u00a0: "}
_SUBJECT_LINE = re.compile(r"(?:subject|ämne|objet)[ \u00a0\u202f]?:", re.IGNORECASE)


def split_subject(text: str) -> tuple[str | None, str]:
    """``("subject", "body")`` for a text starting ``Subject: …``
    (``Ämne: …``, ``Objet : …``), else ``(None, text)``.

    Each language names the subject in its own word (:data:`SUBJECT_MARKERS`); any of them is read.
    """
    first, _, rest = text.partition("\n")
    marker = _SUBJECT_LINE.match(first)
    if marker:
        return first[marker.end() :].strip(), rest.lstrip("\n")
    return None, text


# --- The data a message gets -------------------------------------------------------------------

CONTEXT_FIELDS: dict[str, str] = {
    "organisation": "who is speaking: the organisation's name",
    "title": "the incident's title (internal: public templates do not use it)",
    "summary": "what happened, written for the public (the phase's public summary; never the internal assessment)",
    "category": "the crisis type's key (security-breach…)",
    "category_label": "the crisis type in words (Security breach…)",
    "product_recall": "true when a product is recalled (an operational failure's recall switch)",
    "level": "the severity level, 1 to 5 (empty before it is assessed)",
    "level_label": "the level in words (Level 4 · Crisis)",
    "is_drill": "true for a drill's messages",
    "exercise_mark": "EXERCISE (in the text's language) in a drill, empty otherwise",
    "known": "the facts we have verified, each stated as a fact (a list)",
    "unknown": "what is not verified yet, each a sentence saying we are checking it, never a claim (a list)",
    "detected_at": "when it was first noticed (use |local_time)",
    "opened_at": "when the incident was opened (use |local_time)",
    "now": "when the text is drafted (use |local_time)",
    "next_update_at": "when the next update will come (use |local_time)",
    "timezone": "the incident's time zone, used by |local_time",
    "spokesperson": "who speaks for the organisation (the roster's spokesperson)",
    "spokesperson_role": "the spokesperson's role",
    "contact": "where customers and the public can ask (e-mail, phone)",
    "press_contact": "how journalists reach the spokesperson: phone and e-mail, as the roster has them",
    "status_url": "the page with every update (a link)",
}
"""Every field a message template may use, with what it holds (the editor lists them)."""


# How a statement names what is still being checked, per language: the lead, the word for
# "whether", and the words that already open an indirect question ("when", "how"…).
_CHECKING: dict[str, tuple[str, str, frozenset[str]]] = {
    "en": (
        "We are checking",
        "whether",
        frozenset(["whether", "if", "how", "when", "where", "which", "what", "who", "whom", "whose", "why"]),
    ),
    "sv": (
        "Vi undersöker",
        "om",
        frozenset(
            ["om", "huruvida", "hur", "när", "var", "vart", "vilka", "vilken", "vilket", "vad", "vem", "vems", "varför"]
        ),
    ),
    "fr": (
        "Nous vérifions",
        "si",
        frozenset(
            [
                "si",
                "s'il",
                "s'ils",
                "comment",
                "quand",
                "où",
                "quel",
                "quelle",
                "quels",
                "quelles",
                "qui",
                "pourquoi",
                "combien",
                "ce",
            ]
        ),
    ),
}


# Openers of a yes/no question, whose polarity carries no meaning; "when", "how"… keep theirs.
_YES_NO: dict[str, frozenset[str]] = {
    "en": frozenset(["whether", "if"]),
    "sv": frozenset(["om", "huruvida"]),
    "fr": frozenset(["si", "s'il", "s'ils"]),
}

# A fact whose negation cannot be taken out safely, said to be unconfirmed without rewording it.
_UNCONFIRMED: dict[str, str] = {
    "en": "We are checking the following, which is not confirmed yet: {text}.",
    "sv": "Vi undersöker följande, som ännu inte är bekräftat: {text}.",
    "fr": "Nous vérifions ce qui suit, qui n'est pas encore confirmé\u00a0: {text}.",
}


def _ordinary(text: str) -> bool:
    """Whether the first word is an ordinary one whose capital can go ("Passwords", not "IMY" or "iOS")."""
    first = text.split(" ", 1)[0]
    return first[1:] == first[1:].lower() and not any(c.isdigit() for c in first)


def being_checked(item: str, language: str | None = None) -> str:
    """An unverified fact as what is being checked (``We are checking whether passwords were exposed.``).

    Never a claim: the words of the fact only ever follow "we are checking whether" (or "…when",
    "…how" when the item is already an open question, like ``When the backlog will be cleared``).
    A yes/no question is neutral about polarity, so the main clause's negation is taken out
    (:func:`crisisroom.reports.polarity.neutral`: "Passwords were not exposed" is checked as
    "whether passwords were exposed"); when that cannot be done safely (two negations, "not
    only"), the fact is given as it was recorded after "We are checking the following, which is
    not confirmed yet:". An item that already says it is being checked is kept as a sentence.

    Args:
        item: the fact as recorded.
        language: ``en``, ``sv`` or ``fr``; by default the content language.
    """
    code = resolve_language(language)
    lead, whether, openers = _CHECKING[code]
    text = " ".join(str(item).split()).rstrip(".?!…;: ")
    if not text:
        return ""
    if text.casefold().startswith(lead.casefold()):
        return sentence(text)
    opener, _, question = text.partition(" ")
    if opener.casefold().replace("’", "'") in _YES_NO[code]:
        # Already "Whether …": the question is neutral about polarity, so its negation goes too.
        return f"{lead} {opener[:1].lower()}{opener[1:]} {neutral(question, code) or question}."
    if opener.casefold().replace("’", "'") not in openers:
        # "Passwords were not exposed" is asked as "whether passwords were exposed"; words whose
        # negation cannot be taken out safely are said to be unconfirmed, not rewritten.
        positive = neutral(text, code)
        if positive is None:
            return _UNCONFIRMED[code].format(text=text[:1].lower() + text[1:] if _ordinary(text) else text)
        text = positive
    first, _, rest = text.partition(" ")
    # Lower the first letter of an ordinary word ("Passwords" → "passwords"), not of "IMY" or "iOS".
    if first[1:] == first[1:].lower() and not any(c.isdigit() for c in first):
        first = first[:1].lower() + first[1:]
    text = f"{first} {rest}".strip()
    word = first.casefold().replace("’", "'")
    if word in openers:
        return f"{lead} {text}."
    if whether == "si" and word in {"il", "ils"}:
        return f"{lead} s'{text}."  # French elides "si il" to "s'il"
    return f"{lead} {whether} {text}."


def _iso(value: datetime | str | None) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else to_iso(value)


def message_context(
    incident: Incident,
    *,
    organisation: str,
    next_update_at: datetime | str | None,
    spokesperson: str = "",
    spokesperson_role: str = "",
    level_label: str | None = None,
    summary: str = "",
    known: Sequence[str] = (),
    unknown: Sequence[str] = (),
    contact: str = "",
    press_contact: str = "",
    status_url: str = "",
    now: datetime | str | None = None,
    language: str | None = None,
    product_recall: bool = False,
) -> dict[str, Any]:
    """The data a message template gets: plain strings, numbers, booleans and lists only.

    No domain object goes into a template, so a template can neither call methods on it nor
    depend on its shape; every field in :data:`CONTEXT_FIELDS` is always present (empty when
    unknown), so a template can test ``{% if contact %}`` without tripping StrictUndefined.

    Args:
        incident: the incident the message is about.
        organisation: who is speaking.
        next_update_at: when the next update will come (every update says it); None when no
            time is set (a template that shows it then fails with a clear problem).
        spokesperson, spokesperson_role: who speaks for the organisation.
        level_label: the level in words; by default the incident's (``Level 4 · Crisis``).
        summary: what happened, in a sentence the public may read.
        known, unknown: the facts verified so far (stated as facts), and those not verified yet,
            which the context words as what is being checked (:func:`being_checked`), so that no
            template can state them as claims.
        contact, press_contact, status_url: where people can ask, and where updates are posted.
        now: the drafting time; the current time by default (a preview passes a fixed one).
        language: the language of the text, for the exercise marker; by default
            :func:`crisisroom.i18n.languages.language`.
        product_recall: a product is recalled (only an operational failure keeps it).

    Raises:
        InvalidInputError: when the organisation is empty.
    """
    if not organisation.strip():
        raise InvalidInputError("messages need the organisation's name")
    if level_label is None:
        level_label = severity_level(incident.level).label if incident.level is not None else ""
    return {
        "organisation": organisation.strip(),
        "title": incident.title,
        "summary": summary.strip(),
        "category": incident.category.value,
        "category_label": incident.category.label,
        "product_recall": bool(product_recall) and incident.category is RECALL_CATEGORY,
        "level": incident.level,
        "level_label": level_label,
        "is_drill": incident.is_drill,
        "exercise_mark": exercise_mark(language) if incident.is_drill else "",
        "known": [str(fact).strip() for fact in known if str(fact).strip()],
        "unknown": [being_checked(item, language) for item in unknown if str(item).strip()],
        "detected_at": incident.detected_at or "",
        "opened_at": incident.opened_at,
        "now": _iso(now) or now_iso(),
        "next_update_at": _iso(next_update_at),
        "timezone": incident.timezone,
        "spokesperson": spokesperson.strip(),
        "spokesperson_role": spokesperson_role.strip(),
        "contact": contact.strip(),
        "press_contact": press_contact.strip(),
        "status_url": status_url.strip(),
    }


# What a team might write as the summary at each phase, so a preview reads like the real thing.
_SAMPLE_SUMMARIES: dict[Category, dict[Phase, str]] = {
    Category.CUSTOMER_SERVICE: {
        Phase.HOLDING: "Since the weekend sale, many customers have waited days for a reply",
        Phase.UPDATE: "We have answered about half of the waiting messages since this morning",
        Phase.RESOLUTION: "Since 16:00 every waiting message has had an answer",
    },
    Category.REPUTATION: {
        Phase.HOLDING: "A video of a customer being turned away at one of our shops is being shared widely",
        Phase.UPDATE: "We have spoken with the customer in the video and with the staff involved",
        Phase.RESOLUTION: "The customer should not have been turned away, and we have apologised to her in person",
    },
    Category.SECURITY_BREACH: {
        Phase.HOLDING: "We found that someone had unauthorised access to the system that holds customer accounts",
        Phase.UPDATE: "The account that was used to get in is locked, and no further access has been seen",
        Phase.RESOLUTION: "The names and e-mail addresses of 2,300 customers were copied, but no passwords",
    },
    Category.OPERATIONAL: {
        Phase.HOLDING: "Card payments at checkout are failing for many customers",
        Phase.UPDATE: "We have found the cause, a fault at our payment provider, and are working with them on a fix",
        Phase.RESOLUTION: "Card payments have worked normally since 15:20",
    },
}
_SAMPLE_RECALL_SUMMARIES: dict[Phase, str] = {
    Phase.HOLDING: "We are recalling the Trailhead 2 camping stove, batch 24-117, because its gas valve can leak",
    Phase.UPDATE: "Shops have taken batch 24-117 of the Trailhead 2 stove off sale, and refunds have started",
    Phase.RESOLUTION: "Every shop has a replacement valve for the Trailhead 2 stove, batch 24-117",
}
_SAMPLE_RECALL_FACTS = (
    ["The batch number is printed under the stove's base", "Nobody has been hurt"],
    ["Whether other batches are affected"],
)
_SAMPLE_FACTS = {
    Category.CUSTOMER_SERVICE: (
        ["Replies are taking up to four days", "No orders have been lost"],
        ["When the backlog will be cleared"],
    ),
    Category.REPUTATION: (
        ["The video was filmed at our Malmö shop on Friday"],
        ["What happened before the video starts"],
    ),
    Category.SECURITY_BREACH: (
        ["The access was through one staff account, which is now locked", "Card numbers are not stored in this system"],
        ["Whether names and e-mail addresses were copied"],
    ),
    Category.OPERATIONAL: (
        ["Orders paid by invoice go through"],
        ["What caused the failure", "When card payments will work again"],
    ),
}


def sample_context(
    category: Category | str = Category.OPERATIONAL,
    phase: Phase | str = Phase.HOLDING,
    *,
    is_drill: bool = False,
    organisation: str = "",
    recall: bool = False,
) -> dict[str, Any]:
    """A made-up but realistic context, for previews with no incident open and for tests.

    ``organisation`` is the name statements speak for (the organisation's own once it is set);
    ``recall``: a product recall (for an operational failure).
    """
    category = Category.parse(category) if not isinstance(category, Category) else category
    phase = Phase(phase)
    recall = recall and category is RECALL_CATEGORY
    known, unknown = _SAMPLE_RECALL_FACTS if recall else _SAMPLE_FACTS[category]
    incident = Incident(
        id="sample",
        title="Sample incident",
        category=category,
        is_drill=is_drill,
        level=3,
        detected_at="2026-11-21T12:40:00.000Z",
        opened_at="2026-11-21T12:45:00.000Z",
        closed_at=None,
        timezone="Europe/Stockholm",
    )
    return message_context(
        incident,
        organisation=organisation.strip() or "Northwind Outdoor",
        next_update_at="2026-11-21T13:30:00.000Z",
        spokesperson="Maria Jensen",
        spokesperson_role="Head of Communications",
        summary=_SAMPLE_RECALL_SUMMARIES[phase] if recall else _SAMPLE_SUMMARIES[category][phase],
        known=known,
        unknown=unknown,
        contact="help@northwind.example",
        press_contact="press@northwind.example, +46 8 555 010 20",
        status_url="https://status.northwind.example",
        now="2026-11-21T13:10:00.000Z",
        product_recall=recall,
    )


# --- The catalogue storage validates against ---------------------------------------------------


class MessageTemplates:
    """Our message templates, as :mod:`crisisroom.storage.templates` needs them.

    Storage may not import this package (DESIGN.md: arrows point one way), so it takes this
    object as an argument: the names it may store, our text of each, and the check a user's
    text must pass before it is saved.
    """

    def names(self) -> list[str]:
        """Every template we ship under ``messages/``: messages, frames and shared parts."""
        return shipped_names(MESSAGES_PREFIX)

    def shipped_source(self, name: str) -> str | None:
        """Our text of a template, or None when we ship no such template."""
        return shipped_source(name) if name.startswith(MESSAGES_PREFIX) else None

    def check(self, name: str, source: str, overrides: Overrides | None = None) -> None:
        """Raises TemplateProblem (an InvalidInputError) when ``source`` does not compile or fails a trial render.

        The trial (:func:`trial_render`) renders with sample data and the user's other saved
        templates (``overrides``), within the limits every rendering has, so a template that
        would freeze the preview or the Message step is never saved.
        """
        check_template(name, source)
        trial_render(name, source, overrides)


MESSAGE_TEMPLATES = MessageTemplates()
