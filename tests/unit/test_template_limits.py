"""A user's template cannot freeze the app or eat its memory: size and time limits, at render and at save.

Each hostile template is rendered in a child process with a cap on its memory and a wall-clock
guard, so that a regression fails here instead of hanging the suite or the machine. It must be
refused with a one-line limit problem within a couple of seconds, having allocated next to nothing.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crisisroom.domain.errors import InvalidInputError
from crisisroom.reports.environments import message_environment, shipped_source
from crisisroom.reports.statement_templates import (
    MAX_TEXT,
    MESSAGE_TEMPLATES,
    SHARED,
    TemplateProblem,
    describe,
    frame_template_name,
    message_template_name,
    message_template_names,
    render_message,
    sample_context,
)
from crisisroom.storage import templates
from crisisroom.storage.database import Database
from tests.template_tables import ensure_template_tables

NAME = "messages/test.txt"
ROOT = Path(__file__).resolve().parents[2]
MEMORY_CAP = 1_500_000_000  # bytes of address space for the child; a hostile template wants gigabytes
GUARD_SECONDS = 30  # the child is killed after this; a refusal takes at most MAX_SECONDS
QUICK_SECONDS = 3.0  # environments.MAX_SECONDS (1.5) and then some
PEAK_RSS_KB = 250_000  # the child's peak memory: Python and jinja2 take about 40 MB

_CHILD = """
import json, resource, sys, time
cap = int(sys.argv[1])
resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
from crisisroom.reports.statement_templates import TemplateProblem, render_message, sample_context
source = sys.stdin.read()
start = time.monotonic()
try:
    render_message(source, sample_context(), name="messages/test.txt")
    result = {"kind": None, "detail": "rendered"}
except TemplateProblem as problem:
    result = {"kind": problem.kind, "detail": problem.detail, "text": str(problem)}
result["seconds"] = time.monotonic() - start
# This process's own peak (ru_maxrss would count the parent's memory at the fork).
with open("/proc/self/status") as status:
    result["peak_kb"] = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
print(json.dumps(result))
"""

S = "{% set s = 'x' * 10000 %}"  # the longest text * may build: a start for doubling
HOSTILE = {
    # String methods with a width.
    "ljust": "{{ 'x'.ljust(10**9) }}",
    "rjust": "{{ 'x'.rjust(10**9) }}",
    "center method": "{{ 'x'.center(10**9) }}",
    "zfill": "{{ '1'.zfill(10**9) }}",
    "expandtabs": "{{ 'a\\tb\\tc'.expandtabs(10**9) }}",
    "to_bytes": "{{ (1).to_bytes(10**9, 'big') }}",
    # str.format and % padding.
    "format width": "{{ '{:>1000000000}'.format(1) }}",
    "format nested width": "{{ '{0:>{1}}'.format('x', 10**9) }}",
    "format precision": "{{ '{:.1000000000f}'.format(1.0) }}",
    "format_map width": "{{ '{a:>1000000000}'.format_map({'a': 1}) }}",
    "format repeated field": S + "{{ ('{0}' * 3000).format(s) }}",
    "percent width": "{{ '%1000000000s' % 1 }}",
    "percent star": "{{ '%*s' % (10**9, 'x') }}",
    "percent precision": "{{ '%.1000000000f' % 1.0 }}",
    "percent key": "{{ '%(a)1000000000s' % {'a': 1} }}",
    "percent repeated key": S + "{{ ('%(a)s' * 2000) % {'a': s} }}",
    # Filters with a width or a count.
    "indent": "{{ 'a'|indent(10**9) }}",
    "indent first": "{{ 'a\\nb'|indent(1000000000, true) }}",
    "center filter": "{{ 'a'|center(10**9) }}",
    "format filter": "{{ '%1000000000s'|format(1) }}",
    "replace filter": S + "{{ s|replace('', s) }}",
    "replace method": S + "{{ s.replace('', s) }}",
    "translate": S + "{{ s.translate({120: s}) }}",
    "wordwrap": S + "{{ s|wordwrap(1, wrapstring=s) }}",
    "batch": "{{ [1]|batch(10**9, 0)|list }}",
    "slice": "{{ [1]|slice(10**9)|list }}",
    "tojson indent": "{{ [1, [2, [3]]]|tojson(10**9) }}",
    # Joining many pieces.
    "join method over range": "{{ ('x' * 10000).join(range(100000)|map('string')) }}",
    "join filter over range": "{{ range(100000)|map('string')|join('x' * 10000) }}",
    "join repeated text": S + "{{ ([s] * 10000)|join }}",
    "and_list repeated text": S + "{{ ([s] * 10000)|and_list }}",
    "print a list of long texts": S + "{{ [s] * 10000 }}",
    "a list of long texts as text": S + "{{ [s, s, s, s, s, s, s, s, s, s, s]|string }}",
    "percent a list": S + "{{ '%s' % ([s] * 10000,) }}",
    "format a list": S + "{{ '{}'.format([s] * 10000) }}",
    "fromkeys": S + "{{ {}.fromkeys(range(100000), s) }}",
    "many centred texts": "{{ range(100000)|map('center', 100000)|list|length }}",
    # Doubling a text again and again.
    "tilde doubling": S + "{% set s = s ~ s %}" * 17 + "{{ s|length }}",
    "plus doubling": S + "{% set s = s + s %}" * 17 + "{{ s|length }}",
    "block set doubling": S + "{% set s %}{{ s }}{{ s }}{% endset %}" * 17 + "{{ s|length }}",
    "namespace growing in a loop": (
        "{% set ns = namespace(s='') %}{% for i in range(100000) %}{% set ns.s = ns.s ~ 'x' * 1000 %}{% endfor %}"
        "{{ ns.s|length }}"
    ),
    # Loops and calls that run for hours.
    "nested range loops": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
    "nested range loops printing": "{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
    "nested loops in a macro": (
        "{% macro f() %}{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}"
        "{% endmacro %}{{ f()|length }}"
    ),
    "nested loops over text": (
        "{% for a in 'x' * 10000 %}{% for b in 'x' * 10000 %}{% for c in 'x' * 10000 %}"
        "{% endfor %}{% endfor %}{% endfor %}"
    ),
    "recursive loop": "{% for x in range(100000) %}{% for y in range(100000) recursive %}{% endfor %}{% endfor %}",
    "macro fan-out": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}",
    "macro fan-out printing": (
        "{% macro f(n) %}{% if n %}x{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}{% endmacro %}{{ f(60) }}"
    ),
}


def _render_in_child(source: str) -> dict[str, object]:
    start = time.monotonic()
    try:
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, str(MEMORY_CAP)],
            input=source,
            capture_output=True,
            text=True,
            timeout=GUARD_SECONDS,
            cwd=ROOT,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"still rendering after {GUARD_SECONDS} s")
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    result["wall"] = time.monotonic() - start
    return result


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="caps the child with setrlimit, reads /proc")
@pytest.mark.parametrize("source", list(HOSTILE.values()), ids=list(HOSTILE))
def test_a_hostile_template_is_refused_quickly_without_the_memory(source: str) -> None:
    result = _render_in_child(source)
    assert result["kind"] == "limit", result
    assert isinstance(result["seconds"], float) and result["seconds"] < QUICK_SECONDS, result
    assert isinstance(result["peak_kb"], int) and result["peak_kb"] < PEAK_RSS_KB, result
    detail = str(result["detail"])
    assert detail.startswith(("the template's text grew past", "the template ran too long", "the template built"))
    assert "\n" not in str(result["text"]) and "Traceback" not in str(result["text"])


def test_the_limit_messages_say_what_happened() -> None:
    with pytest.raises(TemplateProblem) as caught:
        render_message("Dear customer,\n{{ 'x'.ljust(10**9) }}", sample_context(), name=NAME)
    assert (caught.value.kind, caught.value.template, caught.value.line) == ("limit", NAME, 2)
    assert caught.value.detail.startswith(f"the template's text grew past {MAX_TEXT:,} characters")
    assert isinstance(caught.value, InvalidInputError)
    with pytest.raises(TemplateProblem) as caught:
        render_message(HOSTILE["nested range loops"], sample_context(), name=NAME)
    assert caught.value.kind == "limit"
    assert caught.value.detail == "the template ran too long and was stopped; is a loop running away?"


@pytest.mark.parametrize(
    "source",
    [
        "{{ 'x'.ljust(40) }}|{{ '{:>8}'.format(12) }}|{{ '%5s' % 'ab' }}|{{ 'a\\nb'|indent(2) }}|{{ '7'.zfill(3) }}",
        "{% for fact in known %}- {{ fact }}\n{% endfor %}{{ known|join('; ') }} {{ '-' * 20 }}",
        "{% for i in range(300) %}{% for j in range(300) %}{% endfor %}{% endfor %}{{ range(5)|list }}",
        "{% set s = 'ab' %}{% for i in range(10) %}{% set s = s ~ s %}{% endfor %}{{ (s ~ s)|length }}",
        "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}x{% endmacro %}{{ f(10)|length }}",
    ],
)
def test_ordinary_templates_stay_within_the_limits(source: str) -> None:
    assert render_message(source, sample_context(), name=NAME)


def test_every_shipped_message_renders_within_the_limits() -> None:
    env = message_environment()
    for name in message_template_names():
        info = describe(name)
        assert render_message(name, sample_context(info.category, info.phase), environment=env)


# --- Refused at save, shown when already saved --------------------------------------------------


@pytest.fixture
def db(database: Database) -> Database:
    return ensure_template_tables(database)


MESSAGE = message_template_name("operational", "customers", "holding")


def _in_shared_macro(macro: str, text: str) -> str:
    """Our shared part with ``text`` at the start of one of its macros."""
    shared = shipped_source(SHARED) or ""
    opening = shared.index("{% macro " + macro + "(")
    body = shared.index("%}", opening) + 2
    return shared[:body] + text + shared[body:]


FRAME = frame_template_name("customers", "holding")


@pytest.mark.parametrize(
    ("name", "source"),
    [
        (MESSAGE, "Dear customer,\n{{ 'x'.ljust(10**9) }}"),
        (MESSAGE, "Dear customer,\n{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"),
        (FRAME, "{{ '%1000000000s' % organisation }}"),
        (SHARED, _in_shared_macro("next_update", "{{ 'x'|indent(10**9) }}")),
    ],
    ids=["message width", "message loops", "frame", "shared part"],
)
def test_a_template_failing_its_trial_render_is_not_saved(db: Database, name: str, source: str) -> None:
    start = time.monotonic()
    with pytest.raises(TemplateProblem) as caught:
        templates.save_override(db, name, source, MESSAGE_TEMPLATES, author="Ann")
    assert time.monotonic() - start < QUICK_SECONDS
    assert caught.value.kind == "limit"
    assert "\n" not in str(caught.value)
    assert templates.get_override(db, name) is None


def test_a_template_with_a_misspelt_field_is_not_saved(db: Database) -> None:
    with pytest.raises(TemplateProblem) as caught:
        templates.save_override(db, MESSAGE, "Dear customer,\n{{ summry }}", MESSAGE_TEMPLATES, author="Ann")
    assert (caught.value.kind, caught.value.line) == ("undefined", 2)
    assert "did you mean 'summary'" in caught.value.detail
    assert templates.get_override(db, MESSAGE) is None


def test_the_trial_render_uses_the_users_other_templates(db: Database) -> None:
    """A message calling a macro the user added to the shared part saves once that part is saved."""
    shared = templates.effective_source(db, SHARED, MESSAGE_TEMPLATES)
    uses_it = "{% import '" + SHARED + "' as parts %}{{ parts.own_words() }}"
    with pytest.raises(TemplateProblem):
        templates.save_override(db, MESSAGE, uses_it, MESSAGE_TEMPLATES, author="Ann")
    templates.save_override(
        db, SHARED, shared + "\n{% macro own_words() %}Our own words.{% endmacro %}", MESSAGE_TEMPLATES, author="Ann"
    )
    assert templates.save_override(db, MESSAGE, uses_it, MESSAGE_TEMPLATES, author="Ann") is not None


def test_a_hostile_template_already_saved_is_a_problem_when_used(db: Database) -> None:
    """Saved before these limits (straight into the table): rendering it says why, quickly."""
    with db.transaction() as conn:
        conn.execute(
            "INSERT INTO template_overrides (name, source, saved_at, saved_by) VALUES (?, ?, ?, ?)",
            (FRAME, "{{ 'x'.center(10**9) }}", "2026-01-01T00:00:00.000Z", "Old"),
        )
    env = message_environment(templates.override_reader(db))
    start = time.monotonic()
    with pytest.raises(TemplateProblem) as caught:
        render_message(MESSAGE, sample_context(), environment=env)
    assert time.monotonic() - start < QUICK_SECONDS
    assert (caught.value.kind, caught.value.template) == ("limit", FRAME)
