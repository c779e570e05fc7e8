"""The five-level severity scale crisis teams work with, and a plain-question assessment of it.

The assessment is deliberately simple and explicit: each answer to a question points at one level,
and the proposal is the highest level any answer points at. "Not sure" raises that by one level
until it is confirmed, because the team's rule is "when unsure between two levels, treat it as the
higher one"; it does not count as the most serious answer, or one doubt about injuries would make
every unclear incident a level 5. The proposal is what the answers point to, not the escalation
rules' suggestion (those count mentions); a person confirms the level.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Level:
    """One step of the severity scale.

    Attributes:
        number: 1 (routine) to 5 (severe crisis).
        name: one word or two, as shown next to the number.
        examples: typical situations at this level.
        handled_by: who handles it and what they do, in a sentence.
        meaning: what the level means for the organisation, in a sentence.
        team: who handles it, in a few words, for compact lists.
    """

    number: int
    name: str
    examples: str
    handled_by: str
    meaning: str = ""
    team: str = ""

    @property
    def is_crisis(self) -> bool:
        """Below level 3 it is rarely a crisis and should stay with support or routine PR."""
        return self.number >= 3

    @property
    def label(self) -> str:
        """``Level 3 · Serious``: how the level is named everywhere in the room."""
        return f"Level {self.number} · {self.name}"


LEVELS: tuple[Level, ...] = (
    Level(
        1,
        QT_TRANSLATE_NOOP("Severity", "Routine"),
        QT_TRANSLATE_NOOP("Severity", "A complaint or a question here and there."),
        QT_TRANSLATE_NOOP("Severity", "Customer support, as on any other day."),
        QT_TRANSLATE_NOOP("Severity", "Business as usual; keep an eye on it."),
        QT_TRANSLATE_NOOP("Severity", "Customer support"),
    ),
    Level(
        2,
        QT_TRANSLATE_NOOP("Severity", "Elevated"),
        QT_TRANSLATE_NOOP(
            "Severity", "Angry customers, a broken link, a wrong-account post, a factual error, a bad typo."
        ),
        QT_TRANSLATE_NOOP("Severity", "Customer support or PR, with a manager's guidance."),
        QT_TRANSLATE_NOOP("Severity", "Not a crisis yet; fix it and watch that it does not grow."),
        QT_TRANSLATE_NOOP("Severity", "Support or PR, a manager guiding"),
    ),
    Level(
        3,
        QT_TRANSLATE_NOOP("Severity", "Serious"),
        QT_TRANSLATE_NOOP("Severity", "Many angry customers, a service outage, a product people cannot get."),
        QT_TRANSLATE_NOOP(
            "Severity", "A support director or the PR lead takes the channel; the crisis plan may be opened."
        ),
        QT_TRANSLATE_NOOP("Severity", "A crisis in the making; someone senior owns it now."),
        QT_TRANSLATE_NOOP("Severity", "Support director or PR lead"),
    ),
    Level(
        4,
        QT_TRANSLATE_NOOP("Severity", "Crisis"),
        QT_TRANSLATE_NOOP("Severity", "A recall, faulty products, a data leak, bad press everywhere, layoffs."),
        QT_TRANSLATE_NOOP(
            "Severity", "Senior management, PR, marketing and executives; alert all staff; pause scheduled posts."
        ),
        QT_TRANSLATE_NOOP("Severity", "A crisis for the whole organisation; staff hear it from us first."),
        QT_TRANSLATE_NOOP("Severity", "Senior management and executives"),
    ),
    Level(
        5,
        QT_TRANSLATE_NOOP("Severity", "Severe crisis"),
        QT_TRANSLATE_NOOP("Severity", "A lawsuit, an accident with injuries, illegal conduct by staff."),
        QT_TRANSLATE_NOOP("Severity", "Executives and legal; the CEO makes a statement; the full crisis plan."),
        QT_TRANSLATE_NOOP("Severity", "People, the law or the company's survival are at stake."),
        QT_TRANSLATE_NOOP("Severity", "Executives, legal and the CEO"),
    ),
)


def level(number: int) -> Level:
    """The level with this number (1 to 5).

    Raises:
        InvalidInputError: for any other number.
    """
    if not 1 <= number <= len(LEVELS):
        raise InvalidInputError(f"severity level must be 1 to 5, not {number}")
    return LEVELS[number - 1]


# --- The assessment ----------------------------------------------------------------------------

UNSURE = "unsure"
"""The answer every question accepts: it raises the proposal by one level, up to what that question's
most serious answer would call for."""


@dataclass(frozen=True)
class Choice:
    """One possible answer to a question, and the level it points at.

    Attributes:
        value: the stable key stored in answers (``"yes"``, ``"national"``…).
        text: what the person reads on the button.
        points_to: the level this answer alone calls for (1 means it does not raise anything).
        reason: why, in words for the log; empty for answers that do not raise the level.
    """

    value: str
    text: str
    points_to: int = 1
    reason: str = ""


@dataclass(frozen=True)
class Question:
    """A plain question a stressed person can answer in a second.

    Attributes:
        key: the stable key in the answers mapping.
        text: the question as asked.
        short: a few words for the answers summary in the log.
        choices: the answers other than "not sure", least serious first.
        unsure_phrase: completes "Not sure …" in the reasons (``"whether anyone is hurt"``).
    """

    key: str
    text: str
    short: str
    choices: tuple[Choice, ...]
    unsure_phrase: str

    @property
    def most_serious(self) -> Choice:
        """The answer pointing at the highest level: how far a "not sure" to this question can raise."""
        return max(self.choices, key=lambda choice: choice.points_to)

    def choice(self, value: str) -> Choice:
        """The choice with this value (not "not sure").

        Raises:
            InvalidInputError: for a value this question does not offer.
        """
        for choice in self.choices:
            if choice.value == value:
                return choice
        raise InvalidInputError(f"{value!r} is not an answer to {self.key!r}")


def _yes_no(key: str, text: str, short: str, points_to: int, reason: str, unsure_phrase: str) -> Question:
    """A yes/no question whose "yes" calls for ``points_to``."""
    choices = (
        Choice("no", QT_TRANSLATE_NOOP("Severity", "No")),
        Choice("yes", QT_TRANSLATE_NOOP("Severity", "Yes"), points_to, reason),
    )
    return Question(key, text, short, choices, unsure_phrase)


# The rules, in one table. Levels come from the scale in domain.md: injuries, lawsuits and illegal
# conduct are level 5; recalls, faulty products and widespread bad press are 4; a high volume of
# angry customers, outages and unavailable products are 3; angry customers and published errors
# are 2. A data leak or a hijacked account is a security breach, which the scale does not place:
# we put it at 4, because its response (secure the accounts, pause scheduled posts, tell staff
# before they read it elsewhere) is the level-4 response. Local or trade press puts the PR lead
# on it, which is level 3's "who handles it".
QUESTIONS: tuple[Question, ...] = (
    _yes_no(
        "harm",
        QT_TRANSLATE_NOOP("Severity", "Is anyone hurt, or could someone get hurt?"),
        QT_TRANSLATE_NOOP("Severity", "Injuries"),
        5,
        QT_TRANSLATE_NOOP("Severity", "Someone is or could be hurt"),
        QT_TRANSLATE_NOOP("Severity", "whether anyone is hurt"),
    ),
    _yes_no(
        "legal",
        QT_TRANSLATE_NOOP("Severity", "Is there legal action, or illegal conduct by staff?"),
        QT_TRANSLATE_NOOP("Severity", "Legal"),
        5,
        QT_TRANSLATE_NOOP("Severity", "Legal action or illegal conduct by staff"),
        QT_TRANSLATE_NOOP("Severity", "about legal action"),
    ),
    _yes_no(
        "breach",
        QT_TRANSLATE_NOOP("Severity", "Has personal data leaked, or has one of our accounts been hacked?"),
        QT_TRANSLATE_NOOP("Severity", "Data or accounts"),
        4,
        QT_TRANSLATE_NOOP("Severity", "Personal data leaked or an account hacked (a security breach)"),
        QT_TRANSLATE_NOOP("Severity", "about a data leak or hack"),
    ),
    Question(
        "product",
        QT_TRANSLATE_NOOP("Severity", "Is a product or service affected?"),
        QT_TRANSLATE_NOOP("Severity", "Product or service"),
        (
            Choice("no", QT_TRANSLATE_NOOP("Severity", "No")),
            Choice(
                "down",
                QT_TRANSLATE_NOOP("Severity", "Down or unavailable"),
                3,
                QT_TRANSLATE_NOOP("Severity", "A service is down or a product unavailable"),
            ),
            Choice(
                "faulty",
                QT_TRANSLATE_NOOP("Severity", "Faulty, unsafe or recalled"),
                4,
                QT_TRANSLATE_NOOP("Severity", "A product or service is faulty, unsafe or recalled"),
            ),
        ),
        QT_TRANSLATE_NOOP("Severity", "about the product or service"),
    ),
    _yes_no(
        "mistake",
        QT_TRANSLATE_NOOP("Severity", "Did we publish something wrong (an error, a broken link, the wrong account)?"),
        QT_TRANSLATE_NOOP("Severity", "Our mistake"),
        2,
        QT_TRANSLATE_NOOP("Severity", "We published something wrong"),
        QT_TRANSLATE_NOOP("Severity", "whether we published an error"),
    ),
    Question(
        "press",
        QT_TRANSLATE_NOOP("Severity", "How much press coverage is there?"),
        QT_TRANSLATE_NOOP("Severity", "Press"),
        (
            Choice("none", QT_TRANSLATE_NOOP("Severity", "None")),
            Choice(
                "local",
                QT_TRANSLATE_NOOP("Severity", "Local or trade"),
                3,
                QT_TRANSLATE_NOOP("Severity", "Local or trade press is covering it"),
            ),
            Choice(
                "national",
                QT_TRANSLATE_NOOP("Severity", "National or widespread"),
                4,
                QT_TRANSLATE_NOOP("Severity", "National or widespread press coverage"),
            ),
        ),
        QT_TRANSLATE_NOOP("Severity", "about press coverage"),
    ),
    Question(
        "upset",
        QT_TRANSLATE_NOOP("Severity", "How many people are upset?"),
        QT_TRANSLATE_NOOP("Severity", "Upset people"),
        (
            Choice("few", QT_TRANSLATE_NOOP("Severity", "A few")),
            Choice(
                "dozens",
                QT_TRANSLATE_NOOP("Severity", "Dozens"),
                2,
                QT_TRANSLATE_NOOP("Severity", "Dozens of people are upset"),
            ),
            Choice(
                "hundreds",
                QT_TRANSLATE_NOOP("Severity", "Hundreds or more"),
                3,
                QT_TRANSLATE_NOOP("Severity", "Hundreds of people or more are upset"),
            ),
        ),
        QT_TRANSLATE_NOOP("Severity", "how many are upset"),
    ),
    _yes_no(
        "spreading",
        QT_TRANSLATE_NOOP("Severity", "Is it spreading fast (shared widely, more complaints every hour)?"),
        QT_TRANSLATE_NOOP("Severity", "Spreading fast"),
        3,
        QT_TRANSLATE_NOOP("Severity", "It is spreading fast"),
        QT_TRANSLATE_NOOP("Severity", "whether it is spreading"),
    ),
)

QUESTIONS_BY_KEY: dict[str, Question] = {question.key: question for question in QUESTIONS}

# Spreading fast is not a kind of trouble but a speed: it lifts whatever the other answers found
# by one level, to at least 3 (someone senior must own a story that is moving) and at most 4
# (only harm and the law make a level 5).
SPREAD_FLOOR = 3
SPREAD_CEILING = 4


@dataclass(frozen=True)
class Reason:
    """One reason of a proposal, kept as a marked template and its values so the GUI can translate it.

    Attributes:
        template: English text with ``{name}`` fields, marked with ``QT_TRANSLATE_NOOP("Severity", …)``.
        values: the fields; a str value is itself a marked label (translated too), a Reason is
            rendered recursively, a number is shown as it is.
        level: the level this reason points at, when it points at one.
        lower: field names whose text is shown in lower case (an answer quoted inside a sentence).
    """

    template: str
    values: Mapping[str, str | int | Reason] = field(default_factory=dict)
    level: int | None = None
    lower: tuple[str, ...] = ()

    def render(self, translate: Callable[[str], str] = lambda text: text) -> str:
        """The sentence, with ``translate(text)`` applied to the template and every label."""
        fields: dict[str, str | int] = {}
        for name, value in self.values.items():
            if isinstance(value, Reason):
                fields[name] = value.render(translate)
            elif isinstance(value, str):
                text = translate(value)
                fields[name] = text.lower() if name in self.lower else text
            else:
                fields[name] = value
        return translate(self.template).format(**fields)


@dataclass(frozen=True)
class Proposal:
    """The level the answers call for, and why.

    Attributes:
        level: the proposed level, 1 to 5.
        reasons: one sentence per answer that raised the level, highest first (English, for the log).
        unsure: keys of the questions answered "not sure".
        unanswered: keys of the questions not answered yet (they raise nothing).
        explained: the same reasons as :class:`Reason` objects, for a translated display.
    """

    level: int
    reasons: list[str] = field(default_factory=list)
    unsure: tuple[str, ...] = ()
    unanswered: tuple[str, ...] = ()
    explained: list[Reason] = field(default_factory=list)


def _validated(answers: Mapping[str, str | None]) -> dict[str, str]:
    """Answers with known keys and values only; ``None`` means not answered.

    Raises:
        InvalidInputError: for an unknown question or answer.
    """
    clean: dict[str, str] = {}
    for key, value in answers.items():
        question = QUESTIONS_BY_KEY.get(key)
        if question is None:
            raise InvalidInputError(f"there is no severity question {key!r}")
        if value is None:
            continue
        if value != UNSURE:
            question.choice(value)  # validates
        clean[key] = value
    return clean


def assess(answers: Mapping[str, str | None]) -> Proposal:
    """Propose a level from the answers to :data:`QUESTIONS`.

    Each definite answer points at a level (see the table above); the proposal is the highest of
    them, then lifted by "spreading fast". Each "not sure" then raises it by one level, with a
    reason that says so (:func:`_doubts`). Unanswered questions raise nothing.

    Raises:
        InvalidInputError: for an unknown question key or answer value.
    """
    given = _validated(answers)
    found: list[tuple[int, Reason]] = []  # (level, reason) in question order
    unsure: list[str] = []
    spreading: Reason | None = None
    for question in QUESTIONS:
        value = given.get(question.key)
        if value is None:
            continue
        if value == UNSURE:
            unsure.append(question.key)
            continue
        choice = question.choice(value)
        if choice.points_to <= 1:
            continue
        reason = Reason("{reason}", {"reason": choice.reason})
        if question.key == "spreading":
            spreading = reason  # applied after the others, as a lift rather than a level
            continue
        found.append(
            (
                choice.points_to,
                Reason(
                    QT_TRANSLATE_NOOP("Severity", "{reason} → level {level}"),
                    {"reason": reason, "level": choice.points_to},
                    level=choice.points_to,
                ),
            )
        )

    base = max((points for points, _ in found), default=1)
    proposed = base
    explained = [reason for _, reason in sorted(found, key=lambda item: -item[0])]
    if spreading is not None:
        proposed = max(base, min(SPREAD_CEILING, max(SPREAD_FLOOR, base + 1)))
        if proposed > base:
            lift = Reason(
                QT_TRANSLATE_NOOP(
                    "Severity", "{reason}, so one level up from {base} (at least {floor}) → level {level}"
                ),
                {"reason": spreading, "base": base, "floor": SPREAD_FLOOR, "level": proposed},
                level=proposed,
            )
            explained.insert(0, lift)
        else:
            explained.append(
                Reason(
                    QT_TRANSLATE_NOOP("Severity", "{reason}; level {base} already covers that"),
                    {"reason": spreading, "base": base},
                )
            )
    proposed, raised, covered = _doubts(unsure, proposed)
    explained = raised + explained + covered
    if unsure:
        explained.append(
            Reason(QT_TRANSLATE_NOOP("Severity", "When unsure between two levels, we take the higher one."))
        )
    if not given:
        explained.append(Reason(QT_TRANSLATE_NOOP("Severity", "Nothing answered yet.")))
    elif not explained:
        explained.append(
            Reason(QT_TRANSLATE_NOOP("Severity", "Nothing points above level 1: routine support handles it."), level=1)
        )
    unanswered = tuple(question.key for question in QUESTIONS if question.key not in given)
    reasons = [reason.render() for reason in explained]
    return Proposal(proposed, reasons, tuple(unsure), unanswered, explained)


def _doubt_ceiling(question: Question) -> int:
    """The highest level a "not sure" to ``question`` can raise to: what its most serious answer calls for.

    For "spreading fast", whose "yes" lifts rather than points, that is the lift's ceiling.
    """
    return SPREAD_CEILING if question.key == "spreading" else question.most_serious.points_to


def _doubts(unsure: list[str], known: int) -> tuple[int, list[Reason], list[Reason]]:
    """Raise ``known`` (what the definite answers call for) by one level per "not sure".

    A doubt never raises past what the question's most serious answer would call for: not being
    sure about a typo cannot make a recall of it. The doubts with the lowest ceiling go first, so
    the result does not depend on the questions' order and every doubt that can count does.

    Returns:
        The level, the reasons of the doubts that raised it (the last one, which set the level,
        first), and those that did not (the level already covers them).
    """
    level = known
    raised: list[Reason] = []
    covered: list[Reason] = []
    for question in sorted((QUESTIONS_BY_KEY[key] for key in unsure), key=_doubt_ceiling):
        about = {"about": question.unsure_phrase}
        if level < _doubt_ceiling(question):
            level += 1
            raised.insert(
                0,
                Reason(
                    QT_TRANSLATE_NOOP("Severity", "Not sure {about}: one level higher until confirmed → level {level}"),
                    {**about, "level": level},
                    level=level,
                ),
            )
        else:
            covered.append(
                Reason(
                    QT_TRANSLATE_NOOP("Severity", "{reason}; level {base} already covers that"),
                    {"reason": Reason(QT_TRANSLATE_NOOP("Severity", "Not sure {about}"), about), "base": level},
                )
            )
    return level, raised, covered


def summarise(answers: Mapping[str, str | None]) -> str:
    """The answers in one line for the log: ``Injuries: no · Press: local or trade · …``.

    Unanswered questions are left out, so the log shows what was actually known.

    Raises:
        InvalidInputError: for an unknown question key or answer value.
    """
    given = _validated(answers)
    parts = []
    for question in QUESTIONS:
        value = given.get(question.key)
        if value is None:
            continue
        text = "not sure" if value == UNSURE else question.choice(value).text.lower()
        parts.append(f"{question.short}: {text}")
    return " · ".join(parts)
