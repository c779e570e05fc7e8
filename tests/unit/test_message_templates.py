"""Our message templates: every one renders, says what it must, and fits where it goes."""

from __future__ import annotations

import re
from typing import Any

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.domain.incidents import Category, Incident
from crisisroom.domain.platform_lengths import Audience, Phase, Platform, find_links, is_gsm7, measure
from crisisroom.reports.environments import message_environment, report_environment, shipped_names, shipped_source
from crisisroom.reports.statement_templates import (
    CONTEXT_FIELDS,
    SHARED,
    TemplateProblem,
    check_template,
    describe,
    frame_template_name,
    message_context,
    message_template_name,
    message_template_names,
    render_message,
    sample_context,
    split_subject,
    tidy,
)

MESSAGES = message_template_names()
SHORT = [name for name in MESSAGES if name.endswith("-short.txt")]


def _context_for(name: str, **changes: Any) -> dict[str, Any]:
    info = describe(name)
    assert info.category is not None and info.phase is not None
    context = sample_context(info.category, info.phase, recall=info.recall)
    context.update(changes)
    return context


def _incident(**changes: Any) -> Incident:
    fields: dict[str, Any] = {
        "id": "i-1",
        "title": "Checkout down",
        "category": Category.OPERATIONAL,
        "is_drill": False,
        "level": 4,
        "detected_at": "2026-11-21T12:40:00.000Z",
        "opened_at": "2026-11-21T12:45:00.000Z",
        "closed_at": None,
        "timezone": "Europe/Stockholm",
    }
    fields.update(changes)
    return Incident(**fields)


# --- The library ---------------------------------------------------------------------------------


def test_a_template_for_every_type_audience_and_phase() -> None:
    # Four crisis types and the product recall's own set, plus a short version of every public post.
    assert len(MESSAGES) == 5 * 5 * 3 + 5 * 3
    shipped = set(shipped_names())
    assert set(MESSAGES) <= shipped
    frames = {
        frame_template_name(audience, phase, short=short)
        for audience in Audience
        for phase in Phase
        for short in ((False, True) if audience is Audience.PUBLIC else (False,))
    }
    # Nothing shipped that is neither a message nor a part the messages use.
    assert shipped == set(MESSAGES) | frames | {SHARED}


@pytest.mark.parametrize("name", MESSAGES)
@pytest.mark.parametrize("is_drill", [False, True], ids=["real", "drill"])
def test_every_message_renders_with_a_full_context(name: str, is_drill: bool) -> None:
    info = describe(name)
    assert info.category is not None and info.phase is not None
    context = sample_context(info.category, info.phase, is_drill=is_drill, recall=info.recall)
    text = render_message(name, context)
    assert len(text) > 80
    assert "{{" not in text and "{%" not in text and "None" not in text
    assert not re.search(r"\n\s*\n\s*\n", text), "at most one blank line in a row"
    assert ("EXERCISE" in text) == is_drill, "a drill's message is marked, a real one never"
    if info.phase is not Phase.RESOLUTION:
        # Never go silent: every message before the resolution says when the next one comes.
        assert "14:30 CET" in text
    if info.audience in (Audience.CUSTOMERS, Audience.EMPLOYEES, Audience.PARTNERS):
        subject, body = split_subject(text)
        assert subject, "letters start with their subject line"
        assert ("[EXERCISE]" in subject) == is_drill
        assert "Northwind Outdoor" in body


@pytest.mark.parametrize("name", MESSAGES)
def test_every_message_renders_with_only_the_required_fields(name: str) -> None:
    """No contact, link, spokesperson, summary or facts: the text still reads, with no gaps."""
    context = message_context(
        _incident(category=describe(name).category, detected_at=None, level=None),
        organisation="Northwind Outdoor",
        next_update_at="2026-11-21T13:30:00Z",
        now="2026-11-21T13:10:00Z",
    )
    text = render_message(name, context)
    assert "{{" not in text and "None" not in text
    assert not re.search(r" [.,:;]|\(\)|\bat \.|: \n|  ", text), text


@pytest.mark.parametrize("name", [n for n in MESSAGES if "/public-posts/" in n and "-short" not in n])
@pytest.mark.parametrize("is_drill", [False, True], ids=["real", "drill"])
def test_full_public_posts_fit_threads(name: str, is_drill: bool) -> None:
    info = describe(name)
    assert info.category is not None and info.phase is not None
    text = render_message(name, sample_context(info.category, info.phase, is_drill=is_drill, recall=info.recall))
    assert measure(text, Platform.THREADS).fits, measure(text, Platform.THREADS)


@pytest.mark.parametrize("name", SHORT)
def test_short_posts_fit_x_and_one_sms(name: str) -> None:
    text = render_message(name, _context_for(name))
    assert find_links(text), "the post carries the link to the updates"
    assert measure(text, Platform.X).fits
    assert is_gsm7(text), f"not plain GSM (one curly quote makes a 70-character SMS): {text}"
    assert measure(text, Platform.SMS).segments == 1, measure(text, Platform.SMS)


@pytest.mark.parametrize("name", SHORT)
def test_short_posts_still_fit_x_as_a_drill_with_a_next_day_update(name: str) -> None:
    info = describe(name)
    assert info.category is not None and info.phase is not None
    context = sample_context(info.category, info.phase, is_drill=True, recall=info.recall)
    context["next_update_at"] = "2026-11-22T08:00:00.000Z"  # tomorrow: the day is spelt out
    text = render_message(name, context)
    assert text.startswith("EXERCISE: ")
    assert measure(text, Platform.X).fits
    assert measure(text, Platform.SMS).segments in (1, 2)
    if info.phase is not Phase.RESOLUTION:
        assert "09:00 CET on Sunday 22 November" in text


def test_public_holding_statement_fits_x_with_a_long_link() -> None:
    name = message_template_name(Category.SECURITY_BREACH, Audience.PUBLIC, Phase.HOLDING, short=True)
    context = _context_for(name, status_url="https://status.northwind.example/incidents/2026/11/21/security?x=1")
    text = render_message(name, context)
    result = measure(text, Platform.X)
    assert result.fits
    assert "link counts as 23" in result.note
    assert result.count == len(text) - len(context["status_url"]) + 23


def test_shared_parts_change_every_message() -> None:
    """One edit of the shared next-update sentence reaches every message that says it."""
    edited = shipped_source(SHARED)
    assert edited is not None and "even if there is nothing new to tell" in edited
    env = message_environment(unsaved={SHARED: edited.replace("even if there is nothing new to tell", "come what may")})
    for name in (
        message_template_name("reputation", "customers", "holding"),
        message_template_name("operational", "press", "update"),
    ):
        assert "come what may" in render_message(name, _context_for(name), environment=env)


# --- Names ---------------------------------------------------------------------------------------


def test_names_and_descriptions() -> None:
    name = message_template_name("security-breach", "customers", "holding")
    assert name == "messages/security-breach/customers/holding.txt"
    info = describe(name)
    assert info.label == "Security breach · Customers · Holding statement"
    assert info.platforms == (Platform.EMAIL,)
    short = describe(message_template_name(Category.OPERATIONAL, Audience.PUBLIC, Phase.UPDATE, short=True))
    assert short.label == "Operational failure · Public posts · Short update"
    assert short.platforms == (Platform.X, Platform.SMS)
    frame = describe(frame_template_name("press", "resolution"))
    assert frame.kind == "frame"
    assert frame.preview_name(Category.REPUTATION) == "messages/reputation/press/resolution.txt"
    assert describe(SHARED).kind == "shared"
    assert describe("messages/nope.txt").kind == "other"
    with pytest.raises(InvalidInputError, match="only public posts"):
        message_template_name("reputation", "press", "holding", short=True)
    with pytest.raises(InvalidInputError):
        message_template_name("reputation", "aliens", "holding")


# --- The context ---------------------------------------------------------------------------------


def _plain(value: Any) -> bool:
    if isinstance(value, list):
        return all(_plain(item) for item in value)
    return value is None or isinstance(value, str | int | bool)


def test_context_is_plain_data_with_every_field() -> None:
    context = message_context(
        _incident(is_drill=True),
        organisation=" Northwind ",
        spokesperson="Maria",
        next_update_at="2026-11-21T13:30:00.000Z",
        known=["a fact", "  "],
        now="2026-11-21T13:10:00.000Z",
    )
    assert set(context) == set(CONTEXT_FIELDS)
    assert all(_plain(value) for value in context.values())
    assert context["organisation"] == "Northwind"
    assert context["level_label"] == "Level 4 · Crisis"
    assert context["exercise_mark"] == "EXERCISE"
    assert context["known"] == ["a fact"]
    with pytest.raises(InvalidInputError, match="organisation"):
        message_context(_incident(), organisation=" ", next_update_at=None)


def test_missing_next_update_time_is_a_clear_problem() -> None:
    name = message_template_name("operational", "customers", "holding")
    with pytest.raises(TemplateProblem) as caught:
        render_message(name, _context_for(name, next_update_at=""))
    assert caught.value.template == SHARED
    assert caught.value.line is not None
    assert "empty time" in caught.value.detail


# --- Filters -------------------------------------------------------------------------------------


def _render(source: str, **context: Any) -> str:
    base = {"timezone": "Europe/Stockholm", "now": "2026-11-21T13:10:00.000Z"}
    base.update(context)
    return render_message(source, base)


def test_local_time_styles() -> None:
    t = "2026-11-21T13:30:00.000Z"
    assert _render("{{ t|local_time }}", t=t) == "14:30 CET"
    assert _render("{{ t|local_time }}", t="2026-11-22T08:00:00Z") == "09:00 CET on Sunday 22 November"
    assert _render("{{ t|local_time('day') }}", t=t) == "Saturday 21 November at 14:30 CET"
    assert _render("{{ t|local_time('date') }}", t=t) == "21 November 2026"
    assert _render("{{ t|local_time('datetime') }}", t=t) == "21 November 2026, 14:30 CET"
    assert _render("{{ t|local_time }}", t="2026-07-01T12:00:00Z", now="2026-07-01T08:00:00Z") == "14:00 CEST"
    assert _render("{{ t|local_time }}", t=t, timezone="Europe/Istanbul") == "16:30 UTC+03"


def test_local_time_problems() -> None:
    with pytest.raises(TemplateProblem, match="cannot read 'soon' as a time"):
        _render("{{ t|local_time }}", t="soon")
    with pytest.raises(TemplateProblem, match="unknown style"):
        _render("{{ t|local_time('year') }}", t="2026-11-21T13:30:00Z")


def test_sentence_and_and_list() -> None:
    assert _render("{{ s|sentence }}", s=" some customers cannot log in ") == "Some customers cannot log in."
    assert _render("{{ s|sentence }}", s="Is it down?") == "Is it down?"
    assert _render("{{ s|sentence }}", s="") == ""
    assert _render("{{ xs|and_list }}", xs=["a", "b", "c"]) == "a, b and c"
    assert _render("{{ xs|and_list('or') }}", xs=["a", "b"]) == "a or b"
    assert _render("{{ xs|and_list }}", xs=["a"]) == "a"


def test_none_prints_as_nothing() -> None:
    assert _render("[{{ level }}]", level=None) == "[]"


def test_tidy_and_split_subject() -> None:
    assert tidy("\n\nA  \n\n\n\nB\n\n") == "A\n\nB"
    assert split_subject("Subject: Hello\n\nBody") == ("Hello", "Body")
    assert split_subject("No subject\nhere") == (None, "No subject\nhere")


@pytest.mark.parametrize(
    ("source", "line", "words"),
    [
        ("Hello\n{% if summary %\nx{% endif %}", 3, "a {% … %} tag is not closed"),
        ("{{ summary b }}", 1, "a {{ … }} field is not closed"),
        (
            "a\n\n{% if summary %}x",
            3,
            "the template ends before the {% if %} opened earlier is closed with {% endif %}",
        ),
        ("{% for x in known %}{% endif %}", 1, "{% endif %} is out of place or unknown; {% endfor %} was expected"),
        ("{% frobnicate %}", 1, "there is no tag {% frobnicate %}"),
    ],
)
def test_syntax_errors_in_plain_words(source: str, line: int, words: str) -> None:
    with pytest.raises(TemplateProblem) as caught:
        check_template("messages/x.txt", source)
    assert caught.value.line == line
    assert words in caught.value.detail


def test_check_template() -> None:
    check_template("messages/x.txt", "{% if a %}b{% endif %}")
    with pytest.raises(TemplateProblem) as caught:
        check_template("messages/x.txt", "line one\n{% if a %}b")
    assert (caught.value.kind, caught.value.line) == ("syntax", 2)
    with pytest.raises(TemplateProblem, match="there is no filter named 'shout'"):
        check_template("messages/x.txt", "{{ a|shout }}")


# --- The report environment ----------------------------------------------------------------------


def test_report_environment_escapes_html_and_is_strict() -> None:
    env = report_environment()
    assert env.from_string("{{ x }}").render(x="<b>&</b>") == "&lt;b&gt;&amp;&lt;/b&gt;"
    with pytest.raises(Exception, match="'y' is undefined"):
        env.from_string("{{ y }}").render()
    with pytest.raises(TemplateProblem, match="'y' is not a field"):
        render_message("{{ y }}", {}, environment=env)
